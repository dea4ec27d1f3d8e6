#include "tabula/array/ndarray.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>

#include "strided_loop.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

namespace {

template <ArrayElement E>
std::shared_ptr<Buffer> allocate_elements(std::int64_t n) {
    return Buffer::allocate(static_cast<std::size_t>(n) * sizeof(E));
}

// C conversion, except that a float with no integer value (NaN, inf, out of range) becomes the
// integer type's minimum, which is what NumPy's astype yields on x86-64, instead of undefined
// behaviour.
template <class U, class E>
U convert(E value) {
    if constexpr (std::is_floating_point_v<E> && std::is_integral_v<U> &&
                  !std::is_same_v<U, bool>) {
        constexpr E lo = static_cast<E>(std::numeric_limits<U>::min());
        constexpr E hi = -lo;
        if (!(value >= lo && value < hi)) return std::numeric_limits<U>::min();
    }
    return static_cast<U>(value);
}

[[noreturn]] void throw_ragged() {
    throw ValueError(
        "setting an array element with a sequence. The requested array has an inhomogeneous "
        "shape");
}

}  // namespace

template <ArrayElement E>
NDArray<E>::NDArray() : NDArray(std::vector<E>{}, Shape{0}) {}

template <ArrayElement E>
NDArray<E>::NDArray(std::initializer_list<Element> values) {
    std::vector<E> flat;
    flat.reserve(values.size());
    for (const Element& v : values) flat.push_back(v.value);
    *this = NDArray(std::move(flat), Shape{static_cast<std::int64_t>(values.size())});
}

template <ArrayElement E>
NDArray<E>::NDArray(std::initializer_list<std::initializer_list<E>> rows) {
    const std::int64_t cols =
        rows.size() == 0 ? 0 : static_cast<std::int64_t>(rows.begin()->size());
    std::vector<E> values;
    values.reserve(rows.size() * cols);
    for (const auto& row : rows) {
        if (static_cast<std::int64_t>(row.size()) != cols) throw_ragged();
        values.insert(values.end(), row.begin(), row.end());
    }
    *this = NDArray(std::move(values), Shape{static_cast<std::int64_t>(rows.size()), cols});
}

template <ArrayElement E>
NDArray<E>::NDArray(std::initializer_list<std::initializer_list<std::initializer_list<E>>> planes) {
    const std::int64_t rows =
        planes.size() == 0 ? 0 : static_cast<std::int64_t>(planes.begin()->size());
    const std::int64_t cols =
        rows == 0 ? 0 : static_cast<std::int64_t>(planes.begin()->begin()->size());
    std::vector<E> values;
    for (const auto& plane : planes) {
        if (static_cast<std::int64_t>(plane.size()) != rows) throw_ragged();
        for (const auto& row : plane) {
            if (static_cast<std::int64_t>(row.size()) != cols) throw_ragged();
            values.insert(values.end(), row.begin(), row.end());
        }
    }
    *this = NDArray(std::move(values), Shape{static_cast<std::int64_t>(planes.size()), rows, cols});
}

template <ArrayElement E>
NDArray<E>::NDArray(std::vector<E> values, Shape shape) {
    for (std::int64_t d : shape) {
        if (d < 0) throw ValueError("negative dimensions are not allowed");
    }
    const std::int64_t n = shape_size(shape);
    if (n != static_cast<std::int64_t>(values.size())) {
        throw ShapeError(fmt::format("cannot reshape array of size {} into shape {}", values.size(),
                                     shape_to_string(shape)));
    }
    buffer_ = allocate_elements<E>(n);
    data_ = buffer_->template as<E>();
    std::copy(values.begin(), values.end(), data_);
    strides_ = c_strides(shape);
    shape_ = std::move(shape);
}

template <ArrayElement E>
NDArray<E>::NDArray(std::shared_ptr<Buffer> buffer, std::int64_t offset, Shape shape,
                    Strides strides)
    : buffer_(std::move(buffer)), shape_(std::move(shape)), strides_(std::move(strides)) {
    if (shape_.size() != strides_.size()) {
        throw ValueError("shape and strides must have the same length");
    }
    data_ = buffer_->template as<E>() + offset;
}

template <ArrayElement E>
NDArray<E> NDArray<E>::empty(const Shape& shape) {
    for (std::int64_t d : shape) {
        if (d < 0) throw ValueError("negative dimensions are not allowed");
    }
    return NDArray(allocate_elements<E>(shape_size(shape)), 0, shape, c_strides(shape));
}

template <ArrayElement E>
NDArray<E> NDArray<E>::zeros(const Shape& shape) {
    return full(shape, E{});
}

template <ArrayElement E>
NDArray<E> NDArray<E>::ones(const Shape& shape) {
    return full(shape, E{1});
}

template <ArrayElement E>
NDArray<E> NDArray<E>::full(const Shape& shape, E value) {
    NDArray out = empty(shape);
    std::fill_n(out.data_, out.size(), value);
    return out;
}

template <ArrayElement E>
NDArray<E> NDArray<E>::scalar(E value) {
    return full(Shape{}, value);
}

template <ArrayElement E>
bool NDArray<E>::is_contiguous() const noexcept {
    std::int64_t expected = 1;
    for (std::size_t axis = shape_.size(); axis-- > 0;) {
        if (shape_[axis] != 1 && strides_[axis] != expected) return false;
        expected *= shape_[axis];
    }
    return true;
}

template <ArrayElement E>
std::int64_t NDArray<E>::element_offset(std::initializer_list<std::int64_t> index) const {
    if (static_cast<int>(index.size()) != ndim()) {
        throw IndexError(fmt::format("expected {} indices for a {}-dimensional array, got {}",
                                     ndim(), ndim(), index.size()));
    }
    std::int64_t offset = 0;
    std::size_t axis = 0;
    for (std::int64_t i : index) {
        const std::int64_t n = shape_[axis];
        if (i < -n || i >= n) {
            throw IndexError(
                fmt::format("index {} is out of bounds for axis {} with size {}", i, axis, n));
        }
        offset += (i < 0 ? i + n : i) * strides_[axis];
        ++axis;
    }
    return offset;
}

template <ArrayElement E>
E& NDArray<E>::at(std::initializer_list<std::int64_t> index) {
    return data_[element_offset(index)];
}

template <ArrayElement E>
const E& NDArray<E>::at(std::initializer_list<std::int64_t> index) const {
    return data_[element_offset(index)];
}

template <ArrayElement E>
E NDArray<E>::item() const {
    if (size() != 1) {
        throw ValueError("can only convert an array of size 1 to a Python scalar");
    }
    return *data_;
}

template <ArrayElement E>
NDArray<E> NDArray<E>::view(const std::vector<IndexItem>& index) const {
    std::size_t consumed = 0;
    for (const IndexItem& item : index) {
        if (!std::holds_alternative<NewAxis>(item)) ++consumed;
    }
    if (consumed > shape_.size()) {
        throw IndexError(
            fmt::format("too many indices for array: array is {}-dimensional, but {} "
                        "were indexed",
                        ndim(), consumed));
    }
    Shape shape;
    Strides strides;
    std::int64_t offset = data_ - buffer_->template as<E>();
    std::size_t axis = 0;
    for (const IndexItem& item : index) {
        if (std::holds_alternative<NewAxis>(item)) {
            shape.push_back(1);
            strides.push_back(0);
            continue;
        }
        const std::int64_t n = shape_[axis];
        if (const auto* i = std::get_if<std::int64_t>(&item)) {
            if (*i < -n || *i >= n) {
                throw IndexError(
                    fmt::format("index {} is out of bounds for axis {} with size {}", *i, axis, n));
            }
            offset += (*i < 0 ? *i + n : *i) * strides_[axis];
        } else {
            const Slice& s = std::get<Slice>(item);
            if (s.step == 0) throw ValueError("slice step cannot be zero");
            // Python's slice.indices: clamp the bounds into range for the step's direction.
            auto clamp = [&](std::optional<std::int64_t> bound, std::int64_t if_missing) {
                if (!bound) return if_missing;
                std::int64_t b = *bound < 0 ? *bound + n : *bound;
                if (s.step > 0) return std::clamp<std::int64_t>(b, 0, n);
                return std::clamp<std::int64_t>(b, -1, n - 1);
            };
            const std::int64_t start = clamp(s.start, s.step > 0 ? 0 : n - 1);
            const std::int64_t stop = clamp(s.stop, s.step > 0 ? n : -1);
            std::int64_t length = 0;
            if (s.step > 0 && stop > start) length = (stop - start + s.step - 1) / s.step;
            if (s.step < 0 && start > stop) length = (start - stop - s.step - 1) / -s.step;
            if (length > 0) offset += start * strides_[axis];
            shape.push_back(length);
            strides.push_back(strides_[axis] * s.step);
        }
        ++axis;
    }
    for (; axis < shape_.size(); ++axis) {
        shape.push_back(shape_[axis]);
        strides.push_back(strides_[axis]);
    }
    return NDArray(buffer_, offset, std::move(shape), std::move(strides));
}

template <ArrayElement E>
NDArray<E> NDArray<E>::reshape(const Shape& requested) const {
    Shape shape = requested;
    const auto unknown = std::count(shape.begin(), shape.end(), -1);
    if (unknown > 1) throw ValueError("can only specify one unknown dimension");
    for (std::int64_t d : shape) {
        if (d < -1) throw ValueError("negative dimensions not allowed");
    }
    if (unknown == 1) {
        std::int64_t known = 1;
        for (std::int64_t d : shape) {
            if (d != -1) known *= d;
        }
        if (known == 0 || size() % known != 0) {
            throw ShapeError(fmt::format("cannot reshape array of size {} into shape {}", size(),
                                         shape_to_string(requested)));
        }
        *std::find(shape.begin(), shape.end(), -1) = size() / known;
    }
    if (shape_size(shape) != size()) {
        throw ShapeError(fmt::format("cannot reshape array of size {} into shape {}", size(),
                                     shape_to_string(requested)));
    }
    const NDArray source = is_contiguous() ? *this : copy();
    return NDArray(source.buffer_, source.data_ - source.buffer_->template as<E>(), shape,
                   c_strides(shape));
}

template <ArrayElement E>
NDArray<E> NDArray<E>::transpose() const {
    std::vector<int> axes(shape_.size());
    std::iota(axes.rbegin(), axes.rend(), 0);
    return transpose(axes);
}

template <ArrayElement E>
NDArray<E> NDArray<E>::transpose(const std::vector<int>& axes) const {
    if (axes.size() != shape_.size()) throw ValueError("axes don't match array");
    std::vector<bool> seen(axes.size(), false);
    Shape shape(axes.size());
    Strides strides(axes.size());
    for (std::size_t i = 0; i < axes.size(); ++i) {
        const int axis = normalize_axis(axes[i], ndim());
        if (seen[axis]) throw ValueError("repeated axis in transpose");
        seen[axis] = true;
        shape[i] = shape_[axis];
        strides[i] = strides_[axis];
    }
    return NDArray(buffer_, data_ - buffer_->template as<E>(), shape, strides);
}

template <ArrayElement E>
NDArray<E> NDArray<E>::squeeze() const {
    Shape shape;
    Strides strides;
    for (std::size_t axis = 0; axis < shape_.size(); ++axis) {
        if (shape_[axis] == 1) continue;
        shape.push_back(shape_[axis]);
        strides.push_back(strides_[axis]);
    }
    return NDArray(buffer_, data_ - buffer_->template as<E>(), shape, strides);
}

template <ArrayElement E>
NDArray<E> NDArray<E>::squeeze(int axis) const {
    const int a = normalize_axis(axis, ndim());
    if (shape_[a] != 1) {
        throw ValueError("cannot select an axis to squeeze out which has size not equal to one");
    }
    Shape shape = shape_;
    Strides strides = strides_;
    shape.erase(shape.begin() + a);
    strides.erase(strides.begin() + a);
    return NDArray(buffer_, data_ - buffer_->template as<E>(), shape, strides);
}

template <ArrayElement E>
NDArray<E> NDArray<E>::expand_dims(int axis) const {
    const int a = normalize_axis(axis, ndim() + 1);
    Shape shape = shape_;
    Strides strides = strides_;
    shape.insert(shape.begin() + a, 1);
    strides.insert(strides.begin() + a, 0);
    return NDArray(buffer_, data_ - buffer_->template as<E>(), shape, strides);
}

template <ArrayElement E>
NDArray<E> NDArray<E>::ravel() const {
    return reshape({size()});
}

template <ArrayElement E>
NDArray<E> NDArray<E>::flatten() const {
    return copy().reshape({size()});
}

template <ArrayElement E>
NDArray<E> NDArray<E>::copy() const {
    return astype<E>();
}

template <ArrayElement E>
std::vector<E> NDArray<E>::to_vector() const {
    const NDArray c = is_contiguous() ? *this : copy();
    return std::vector<E>(c.data_, c.data_ + c.size());
}

template <ArrayElement E>
void NDArray<E>::fill(E value) {
    Shape shape = shape_;
    std::array<Strides, 1> strides{strides_};
    detail::coalesce(shape, strides);
    E* base = data_;
    detail::for_each_run<1>(shape, strides, 0, detail::outer_count(shape),
                            [&](std::int64_t run, const auto& offset, const auto& inner) {
                                E* p = base + offset[0];
                                for (std::int64_t i = 0; i < run; ++i) p[i * inner[0]] = value;
                            });
}

template <ArrayElement E>
template <ArrayElement U>
NDArray<U> NDArray<E>::astype() const {
    NDArray<U> out = NDArray<U>::empty(shape_);
    Shape shape = shape_;
    std::array<Strides, 2> strides{out.strides(), strides_};
    detail::coalesce(shape, strides);
    U* dst = out.data();
    const E* src = data_;
    detail::for_each_run<2>(shape, strides, 0, detail::outer_count(shape),
                            [&](std::int64_t run, const auto& offset, const auto& inner) {
                                U* d = dst + offset[0];
                                const E* s = src + offset[1];
                                if (inner[0] == 1 && inner[1] == 1) {
                                    for (std::int64_t i = 0; i < run; ++i) d[i] = convert<U>(s[i]);
                                } else {
                                    for (std::int64_t i = 0; i < run; ++i) {
                                        d[i * inner[0]] = convert<U>(s[i * inner[1]]);
                                    }
                                }
                            });
    return out;
}

template <ArrayElement E>
bool array_equal(const NDArray<E>& a, const NDArray<E>& b) {
    if (a.shape() != b.shape()) return false;
    const std::vector<E> x = a.to_vector();
    const std::vector<E> y = b.to_vector();
    return std::equal(x.begin(), x.end(), y.begin());
}

#define TABULA_INSTANTIATE_ASTYPE(E, U) template NDArray<U> NDArray<E>::astype<U>() const;
#define TABULA_INSTANTIATE_NDARRAY(E)                                \
    template class NDArray<E>;                                       \
    template bool array_equal(const NDArray<E>&, const NDArray<E>&); \
    TABULA_INSTANTIATE_ASTYPE(E, bool)                               \
    TABULA_INSTANTIATE_ASTYPE(E, std::int32_t)                       \
    TABULA_INSTANTIATE_ASTYPE(E, std::int64_t)                       \
    TABULA_INSTANTIATE_ASTYPE(E, float)                              \
    TABULA_INSTANTIATE_ASTYPE(E, double)

TABULA_INSTANTIATE_NDARRAY(bool)
TABULA_INSTANTIATE_NDARRAY(std::int32_t)
TABULA_INSTANTIATE_NDARRAY(std::int64_t)
TABULA_INSTANTIATE_NDARRAY(float)
TABULA_INSTANTIATE_NDARRAY(double)

}  // namespace tabula
