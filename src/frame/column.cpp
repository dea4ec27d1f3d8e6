#include "tabula/frame/column.hpp"

#include <cmath>
#include <cstring>
#include <string>

#include "tabula/core/error.hpp"

namespace tabula {

namespace {

std::int64_t count_nulls(const std::optional<Bitmap>& validity, std::int64_t offset,
                         std::int64_t length) {
    if (!validity) return 0;
    if (offset == 0 && length == validity->size()) return validity->null_count();
    std::int64_t nulls = 0;
    for (std::int64_t i = 0; i < length; ++i) nulls += validity->get(offset + i) ? 0 : 1;
    return nulls;
}

bool is_fixed(DType dtype) noexcept {
    return dtype != DType::String && dtype != DType::Categorical;
}

// The storage type a fixed-width dtype keeps its values in.
template <class T>
bool stores(DType dtype) noexcept {
    if (dtype == DType::Datetime) return std::is_same_v<T, std::int64_t>;
    if constexpr (ArrayElement<T>) return dtype == dtype_of_v<T>;
    return false;
}

std::shared_ptr<Buffer> copy_bytes(const void* data, std::size_t bytes) {
    auto buffer = Buffer::allocate(bytes);
    if (bytes > 0) std::memcpy(buffer->data(), data, bytes);
    return buffer;
}

void check_length(const std::shared_ptr<Buffer>& buffer, std::size_t bytes, const char* what) {
    if (!buffer || buffer->size() < bytes) {
        throw ValueError(std::string("Column: the ") + what + " buffer is smaller than its length");
    }
}

void check_validity(const std::optional<Bitmap>& validity, std::int64_t length) {
    if (validity && validity->size() != length) {
        throw ValueError("Column: validity has " + std::to_string(validity->size()) + " bits for " +
                         std::to_string(length) + " values");
    }
}

}  // namespace

// An empty buffer rather than none, so that data<double>() of an empty column is a valid pointer.
Column::Column()
    : data_([] {
          auto storage = std::make_shared<Storage>();
          storage->values = Buffer::allocate(0);
          return storage;
      }()) {}

Column::Column(std::shared_ptr<const Storage> data, std::int64_t offset, std::int64_t length)
    : data_(std::move(data)),
      offset_(offset),
      length_(length),
      null_count_(count_nulls(data_->validity, offset, length)) {}

Column Column::fixed(DType dtype, std::shared_ptr<Buffer> values, std::int64_t length,
                     std::optional<Bitmap> validity) {
    if (!is_fixed(dtype)) {
        throw TypeError("Column::fixed: " + std::string(dtype_name(dtype)) +
                        " is not a fixed-width dtype");
    }
    if (length < 0) throw ValueError("Column: negative length");
    check_length(values, static_cast<std::size_t>(length) * itemsize(dtype), "values");
    check_validity(validity, length);
    auto storage = std::make_shared<Storage>();
    storage->dtype = dtype;
    storage->values = std::move(values);
    storage->validity = std::move(validity);
    storage->length = length;
    return Column(std::move(storage), 0, length);
}

Column Column::strings(std::shared_ptr<Buffer> offsets, std::shared_ptr<Buffer> chars,
                       std::int64_t length, std::optional<Bitmap> validity) {
    if (length < 0) throw ValueError("Column: negative length");
    check_length(offsets, static_cast<std::size_t>(length + 1) * sizeof(std::int64_t), "offsets");
    check_validity(validity, length);
    const auto* o = offsets->as<std::int64_t>();
    if (!chars) chars = Buffer::allocate(0);
    if (o[0] < 0 || o[length] > static_cast<std::int64_t>(chars->size())) {
        throw ValueError("Column: string offsets point outside the character buffer");
    }
    auto storage = std::make_shared<Storage>();
    storage->dtype = DType::String;
    storage->offsets = std::move(offsets);
    storage->chars = std::move(chars);
    storage->validity = std::move(validity);
    storage->length = length;
    return Column(std::move(storage), 0, length);
}

Column Column::categorical(std::shared_ptr<Buffer> codes, std::int64_t length, Column categories,
                           std::optional<Bitmap> validity) {
    if (length < 0) throw ValueError("Column: negative length");
    if (categories.dtype() != DType::String || categories.has_nulls()) {
        throw TypeError("Column::categorical: categories must be strings without nulls");
    }
    check_length(codes, static_cast<std::size_t>(length) * sizeof(std::int32_t), "codes");
    check_validity(validity, length);
    const auto* c = codes->as<std::int32_t>();
    for (std::int64_t i = 0; i < length; ++i) {
        const bool valid = !validity || validity->get(i);
        if (valid && (c[i] < 0 || c[i] >= categories.size())) {
            throw ValueError("Column::categorical: code " + std::to_string(c[i]) + " at row " +
                             std::to_string(i) + " is outside the " +
                             std::to_string(categories.size()) + " categories");
        }
    }
    auto storage = std::make_shared<Storage>();
    storage->dtype = DType::Categorical;
    storage->values = std::move(codes);
    storage->categories = std::make_shared<const Column>(std::move(categories));
    storage->validity = std::move(validity);
    storage->length = length;
    return Column(std::move(storage), 0, length);
}

template <ArrayElement T>
Column Column::from_vector(const std::vector<T>& values, std::optional<Bitmap> validity) {
    const auto n = static_cast<std::int64_t>(values.size());
    auto buffer = Buffer::allocate(values.size() * sizeof(T));
    auto* out = buffer->template as<T>();
    for (std::size_t i = 0; i < values.size(); ++i) out[i] = values[i];
    return fixed(dtype_of_v<T>, std::move(buffer), n, std::move(validity));
}

template <ArrayElement T>
Column Column::from_optionals(const std::vector<std::optional<T>>& values) {
    const auto n = static_cast<std::int64_t>(values.size());
    auto buffer = Buffer::allocate(values.size() * sizeof(T));
    auto* out = buffer->template as<T>();
    Bitmap validity(n, true);
    bool any_null = false;
    for (std::size_t i = 0; i < values.size(); ++i) {
        out[i] = values[i].value_or(T{});
        if (!values[i]) {
            validity.set(static_cast<std::int64_t>(i), false);
            any_null = true;
        }
    }
    return fixed(dtype_of_v<T>, std::move(buffer), n,
                 any_null ? std::optional<Bitmap>(std::move(validity)) : std::nullopt);
}

Column Column::from_strings(const std::vector<std::string>& values,
                            std::optional<Bitmap> validity) {
    std::size_t total = 0;
    for (const auto& s : values) total += s.size();
    auto offsets = Buffer::allocate((values.size() + 1) * sizeof(std::int64_t));
    auto chars = Buffer::allocate(total);
    auto* o = offsets->as<std::int64_t>();
    char* c = chars->as<char>();
    o[0] = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i].empty()) std::memcpy(c + o[i], values[i].data(), values[i].size());
        o[i + 1] = o[i] + static_cast<std::int64_t>(values[i].size());
    }
    return strings(std::move(offsets), std::move(chars), static_cast<std::int64_t>(values.size()),
                   std::move(validity));
}

Column Column::from_optional_strings(const std::vector<std::optional<std::string>>& values) {
    std::vector<std::string> texts(values.size());
    Bitmap validity(static_cast<std::int64_t>(values.size()), true);
    bool any_null = false;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i]) {
            texts[i] = *values[i];
        } else {
            validity.set(static_cast<std::int64_t>(i), false);
            any_null = true;
        }
    }
    return from_strings(texts,
                        any_null ? std::optional<Bitmap>(std::move(validity)) : std::nullopt);
}

Column Column::from_datetimes(const std::vector<std::int64_t>& nanoseconds,
                              std::optional<Bitmap> validity) {
    return fixed(DType::Datetime, copy_bytes(nanoseconds.data(), nanoseconds.size() * 8),
                 static_cast<std::int64_t>(nanoseconds.size()), std::move(validity));
}

Column Column::nulls(DType dtype, std::int64_t length) {
    if (length < 0) throw ValueError("Column: negative length");
    Bitmap none(length, false);
    if (dtype == DType::String) {
        return strings(Buffer::zeroed(static_cast<std::size_t>(length + 1) * 8), nullptr, length,
                       std::move(none));
    }
    if (dtype == DType::Categorical) {
        auto codes = Buffer::allocate(static_cast<std::size_t>(length) * 4);
        std::memset(codes->data(), 0xff, codes->size());
        return categorical(std::move(codes), length, from_strings({}), std::move(none));
    }
    return fixed(dtype, Buffer::zeroed(static_cast<std::size_t>(length) * itemsize(dtype)), length,
                 std::move(none));
}

DType Column::dtype() const noexcept {
    return data_->dtype;
}

Bitmap Column::validity() const {
    if (null_count_ == 0) return Bitmap(length_, true);
    return data_->validity->slice(offset_, length_);
}

void Column::check_dtype(DType expected, const char* what) const {
    if (dtype() != expected) {
        throw TypeError(std::string(what) + " needs a " + std::string(dtype_name(expected)) +
                        " column, not " + std::string(dtype_name(dtype())));
    }
}

template <class T>
const T* Column::data() const {
    if (!stores<T>(dtype())) {
        throw TypeError("Column::data: the column's dtype is " + std::string(dtype_name(dtype())));
    }
    return data_->values->as<T>() + offset_;
}

std::string_view Column::string_at(std::int64_t i) const {
    if (dtype() == DType::Categorical) {
        if (is_null(i)) return {};
        return data_->categories->string_at(codes()[i]);
    }
    check_dtype(DType::String, "string_at");
    const auto* o = data_->offsets->as<std::int64_t>() + offset_;
    return {data_->chars->as<char>() + o[i], static_cast<std::size_t>(o[i + 1] - o[i])};
}

const std::int64_t* Column::string_offsets() const {
    check_dtype(DType::String, "string_offsets");
    return data_->offsets->as<std::int64_t>() + offset_;
}

const char* Column::string_chars() const {
    check_dtype(DType::String, "string_chars");
    return data_->chars->as<char>();
}

const std::int32_t* Column::codes() const {
    check_dtype(DType::Categorical, "codes");
    return data_->values->as<std::int32_t>() + offset_;
}

const Column& Column::categories() const {
    check_dtype(DType::Categorical, "categories");
    return *data_->categories;
}

Column Column::slice(std::int64_t offset, std::int64_t length) const {
    if (offset < 0 || length < 0 || offset > length_ || length > length_ - offset) {
        throw IndexError("slice [" + std::to_string(offset) + ", " +
                         std::to_string(offset + length) + ") is out of bounds for a column of " +
                         std::to_string(length_) + " rows");
    }
    return Column(data_, offset_ + offset, length);
}

std::size_t Column::memory_usage(bool deep) const {
    const auto n = static_cast<std::size_t>(length_);
    std::size_t bytes = data_->validity ? (n + 7) / 8 : 0;
    switch (dtype()) {
        case DType::String: {
            bytes += (n + 1) * sizeof(std::int64_t);
            if (deep && n > 0) {
                const auto* o = string_offsets();
                bytes += static_cast<std::size_t>(o[length_] - o[0]);
            }
            return bytes;
        }
        case DType::Categorical:
            bytes += n * sizeof(std::int32_t);
            if (deep) bytes += data_->categories->memory_usage(true);
            return bytes;
        default:
            return bytes + n * itemsize(dtype());
    }
}

#define TABULA_INSTANTIATE_COLUMN(T)                                                      \
    template Column Column::from_vector<T>(const std::vector<T>&, std::optional<Bitmap>); \
    template Column Column::from_optionals<T>(const std::vector<std::optional<T>>&);      \
    template const T* Column::data<T>() const;
TABULA_INSTANTIATE_COLUMN(bool)
TABULA_INSTANTIATE_COLUMN(std::int32_t)
TABULA_INSTANTIATE_COLUMN(std::int64_t)
TABULA_INSTANTIATE_COLUMN(float)
TABULA_INSTANTIATE_COLUMN(double)
#undef TABULA_INSTANTIATE_COLUMN

}  // namespace tabula
