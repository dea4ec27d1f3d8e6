#include "column_concat.hpp"

#include <cstring>
#include <optional>
#include <string>

#include "column_dispatch.hpp"
#include "column_values.hpp"
#include "tabula/core/error.hpp"

namespace tabula::detail {

namespace {

bool is_text(DType dtype) noexcept {
    return dtype == DType::String || dtype == DType::Categorical;
}

bool is_number(DType dtype) noexcept {
    return dtype == DType::Int32 || dtype == DType::Int64 || dtype == DType::Float32 ||
           dtype == DType::Float64;
}

DType common_dtype(DType a, DType b, std::string_view what) {
    if (a == b) return a;
    if (is_text(a) && is_text(b)) return DType::String;
    if (is_number(a) && is_number(b)) {
        if (is_floating(a) || is_floating(b)) return DType::Float64;
        return DType::Int64;
    }
    throw TypeError("cannot concatenate column '" + std::string(what) + "' of dtype " +
                    pandas_dtype_name(a) + " with one of dtype " + pandas_dtype_name(b) +
                    ": pandas would make an object column, which tabula does not have; convert "
                    "one with astype first");
}

// The validity of the stacked pieces; nullopt when nothing is null.
std::optional<Bitmap> stacked_validity(const std::vector<ColumnPiece>& pieces, std::int64_t n) {
    bool any_null = false;
    for (const auto& piece : pieces) {
        any_null = any_null || !piece.column || piece.column->has_nulls();
    }
    if (!any_null) return std::nullopt;
    Bitmap validity(n, true);
    std::int64_t at = 0;
    for (const auto& piece : pieces) {
        for (std::int64_t i = 0; i < piece.rows; ++i) {
            if (!piece.column || piece.column->is_null(i)) validity.set(at + i, false);
        }
        at += piece.rows;
    }
    return validity;
}

Column stack_strings(const std::vector<ColumnPiece>& pieces, std::int64_t n) {
    std::int64_t total = 0;
    for (const auto& piece : pieces) {
        if (!piece.column) continue;
        for (std::int64_t i = 0; i < piece.rows; ++i) {
            total += static_cast<std::int64_t>(piece.column->string_at(i).size());
        }
    }
    auto offsets = Buffer::allocate(static_cast<std::size_t>(n + 1) * sizeof(std::int64_t));
    auto chars = Buffer::allocate(static_cast<std::size_t>(total));
    auto* o = offsets->as<std::int64_t>();
    char* c = chars->as<char>();
    std::int64_t at = 0;
    o[0] = 0;
    for (const auto& piece : pieces) {
        for (std::int64_t i = 0; i < piece.rows; ++i, ++at) {
            const std::string_view text = piece.column ? piece.column->string_at(i) : "";
            if (!text.empty()) std::memcpy(c + o[at], text.data(), text.size());
            o[at + 1] = o[at] + static_cast<std::int64_t>(text.size());
        }
    }
    return Column::strings(std::move(offsets), std::move(chars), n, stacked_validity(pieces, n));
}

Column stack_codes(const std::vector<ColumnPiece>& pieces, std::int64_t n,
                   const Column& categories) {
    auto codes = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(std::int32_t));
    auto* out = codes->as<std::int32_t>();
    for (const auto& piece : pieces) {
        if (piece.column) {
            const std::int32_t* in = piece.column->codes();
            for (std::int64_t i = 0; i < piece.rows; ++i)
                out[i] = piece.column->is_valid(i) ? in[i] : -1;
        } else {
            for (std::int64_t i = 0; i < piece.rows; ++i) out[i] = -1;
        }
        out += piece.rows;
    }
    return Column::categorical(std::move(codes), n, categories, stacked_validity(pieces, n));
}

Column stack_fixed(const std::vector<ColumnPiece>& pieces, std::int64_t n, DType dtype) {
    return dispatch_fixed(dtype, [&]<class T>(T) {
        auto values = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(T));
        T* out = values->template as<T>();
        for (const auto& piece : pieces) {
            if (piece.column) {
                const Column cast =
                    piece.column->dtype() == dtype ? *piece.column : piece.column->astype(dtype);
                if (piece.rows > 0) {
                    std::memcpy(out, cast.data<T>(),
                                static_cast<std::size_t>(piece.rows) * sizeof(T));
                }
            } else {
                std::fill(out, out + piece.rows, T{});
            }
            out += piece.rows;
        }
        return Column::fixed(dtype, std::move(values), n, stacked_validity(pieces, n));
    });
}

}  // namespace

Column concat_columns(const std::vector<ColumnPiece>& pieces, std::string_view what) {
    std::int64_t n = 0;
    std::optional<DType> dtype;
    const Column* categories = nullptr;
    bool same_categories = true;
    for (const auto& piece : pieces) {
        n += piece.rows;
        if (!piece.column) continue;
        const DType d = piece.column->dtype();
        dtype = dtype ? common_dtype(*dtype, d, what) : d;
        if (d == DType::Categorical) {
            if (!categories) {
                categories = &piece.column->categories();
            } else if (!categories->equals(piece.column->categories())) {
                same_categories = false;
            }
        }
    }
    if (!dtype) return Column::nulls(DType::Float64, n);
    if (*dtype == DType::Categorical && !same_categories) dtype = DType::String;
    if (*dtype == DType::String) return stack_strings(pieces, n);
    if (*dtype == DType::Categorical) return stack_codes(pieces, n, *categories);
    return stack_fixed(pieces, n, *dtype);
}

}  // namespace tabula::detail
