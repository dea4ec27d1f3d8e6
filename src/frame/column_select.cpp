// Row selection on columns: gather by position and filter by mask.
#include <cstring>
#include <string>

#include "column_dispatch.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/column.hpp"

namespace tabula {

namespace {

void check_position(std::int64_t p, std::int64_t size) {
    if (p < -1 || p >= size) {
        throw IndexError("index " + std::to_string(p) + " is out of bounds for a column of " +
                         std::to_string(size) + " rows");
    }
}

// Validity of the gathered rows; nullopt when every one is present.
std::optional<Bitmap> gathered_validity(const Column& column,
                                        std::span<const std::int64_t> positions) {
    const auto n = static_cast<std::int64_t>(positions.size());
    std::optional<Bitmap> validity;
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t p = positions[static_cast<std::size_t>(i)];
        if (p == -1 || column.is_null(p)) {
            if (!validity) validity.emplace(n, true);
            validity->set(i, false);
        }
    }
    return validity;
}

}  // namespace

Column Column::take(std::span<const std::int64_t> positions) const {
    for (std::int64_t p : positions) check_position(p, length_);
    const auto n = static_cast<std::int64_t>(positions.size());
    auto validity = gathered_validity(*this, positions);
    if (dtype() == DType::String) {
        const auto* o = string_offsets();
        std::int64_t total = 0;
        for (std::int64_t p : positions) total += p < 0 ? 0 : o[p + 1] - o[p];
        auto offsets = Buffer::allocate(static_cast<std::size_t>(n + 1) * sizeof(std::int64_t));
        auto chars = Buffer::allocate(static_cast<std::size_t>(total));
        auto* out_o = offsets->as<std::int64_t>();
        char* out_c = chars->as<char>();
        const char* in_c = string_chars();
        out_o[0] = 0;
        for (std::int64_t i = 0; i < n; ++i) {
            const std::int64_t p = positions[static_cast<std::size_t>(i)];
            const std::int64_t len = p < 0 ? 0 : o[p + 1] - o[p];
            if (len > 0) std::memcpy(out_c + out_o[i], in_c + o[p], static_cast<std::size_t>(len));
            out_o[i + 1] = out_o[i] + len;
        }
        return strings(std::move(offsets), std::move(chars), n, std::move(validity));
    }
    if (dtype() == DType::Categorical) {
        auto codes_out = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(std::int32_t));
        auto* out = codes_out->as<std::int32_t>();
        const auto* in = codes();
        for (std::int64_t i = 0; i < n; ++i) {
            const std::int64_t p = positions[static_cast<std::size_t>(i)];
            out[i] = p < 0 ? -1 : in[p];
        }
        return categorical(std::move(codes_out), n, categories(), std::move(validity));
    }
    return detail::dispatch_fixed(dtype(), [&]<class T>(T) {
        auto values = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(T));
        auto* out = values->as<T>();
        const T* in = data<T>();
        for (std::int64_t i = 0; i < n; ++i) {
            const std::int64_t p = positions[static_cast<std::size_t>(i)];
            out[i] = p < 0 ? T{} : in[p];
        }
        return fixed(dtype(), std::move(values), n, std::move(validity));
    });
}

Column Column::filter(std::span<const bool> keep) const {
    if (static_cast<std::int64_t>(keep.size()) != length_) {
        throw ValueError("Item wrong length " + std::to_string(keep.size()) + " instead of " +
                         std::to_string(length_) + ".");
    }
    std::vector<std::int64_t> positions;
    for (std::int64_t i = 0; i < length_; ++i) {
        if (keep[static_cast<std::size_t>(i)]) positions.push_back(i);
    }
    return take(positions);
}

}  // namespace tabula
