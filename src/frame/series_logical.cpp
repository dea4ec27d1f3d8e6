// & | ^ ~ on series. Bool with bool follows Kleene logic for nulls, as pandas' "boolean" dtype
// (false & null is false, true | null is true, anything else with a null is null); int with int
// is bitwise, as pandas. Rows that exist on one side only (unequal indexes) give false where the
// left row is absent and read the absent right row as false, as pandas 1.5.3's object fallback.
#include <cstdint>
#include <string>

#include "series_align.hpp"
#include "series_elementwise.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/series_ops.hpp"

namespace tabula {

namespace {

enum class Logic { And, Or, Xor };

const char* symbol(Logic op) noexcept {
    return op == Logic::And ? "&" : op == Logic::Or ? "|" : "^";
}

bool int_dtype(DType dtype) noexcept {
    return dtype == DType::Int32 || dtype == DType::Int64;
}

// A side's value and presence at one row: absent rows (from alignment) count as a valid false.
struct Side {
    const Column& column;
    const std::uint8_t* values;
    const std::vector<std::int64_t>* positions;

    bool valid(std::int64_t i) const {
        const std::int64_t p = positions ? (*positions)[static_cast<std::size_t>(i)] : i;
        return p < 0 || column.is_valid(p);
    }
    bool value(std::int64_t i) const {
        const std::int64_t p = positions ? (*positions)[static_cast<std::size_t>(i)] : i;
        return p >= 0 && values[p] != 0;
    }
    bool absent(std::int64_t i) const {
        return positions && (*positions)[static_cast<std::size_t>(i)] < 0;
    }
};

const std::uint8_t* bytes_of(const Column& c) {
    return reinterpret_cast<const std::uint8_t*>(c.data<bool>());
}

Series kleene(const Side& a, const Side& b, std::int64_t n, Logic op, std::string name,
              const Index& index) {
    auto values = detail::allocate_values<bool>(n);
    bool* out = values->as<bool>();
    Bitmap validity(n, true);
    bool any_null = false;
    for (std::int64_t i = 0; i < n; ++i) {
        if (a.absent(i)) {
            out[i] = false;
            continue;
        }
        const bool va = a.valid(i);
        const bool vb = b.valid(i);
        const bool x = va && a.value(i);
        const bool y = vb && b.value(i);
        bool valid = va && vb;
        if (op == Logic::And) {
            out[i] = x && y;
            valid = valid || (va && !x) || (vb && !y);
        } else if (op == Logic::Or) {
            out[i] = x || y;
            valid = valid || x || y;
        } else {
            out[i] = x != y;
        }
        if (!valid) {
            out[i] = false;
            validity.set(i, false);
            any_null = true;
        }
    }
    return Series(
        Column::fixed(DType::Bool, std::move(values), n,
                      any_null ? std::optional<Bitmap>(std::move(validity)) : std::nullopt),
        std::move(name), index);
}

Series bitwise(const Column& a, const Column& b, Logic op, std::string name, const Index& index) {
    const std::int64_t n = a.size();
    auto values = detail::allocate_values<std::int64_t>(n);
    std::int64_t* out = values->as<std::int64_t>();
    detail::with_values(a, [&](const auto* x) {
        detail::with_values(b, [&](const auto* y) {
            for (std::int64_t i = 0; i < n; ++i) {
                const auto p = static_cast<std::int64_t>(x[i]);
                const auto q = static_cast<std::int64_t>(y[i]);
                out[i] = op == Logic::And ? (p & q) : op == Logic::Or ? (p | q) : (p ^ q);
            }
        });
    });
    return Series(Column::fixed(DType::Int64, std::move(values), n, detail::both_valid(a, b)),
                  std::move(name), index);
}

Series logical(const Series& a, const Series& b, Logic op) {
    const DType da = a.dtype();
    const DType db = b.dtype();
    const bool bools = da == DType::Bool && db == DType::Bool;
    const bool ints = int_dtype(da) && int_dtype(db);
    if (!bools && !ints) {
        throw TypeError(std::string("unsupported operand type(s) for ") + symbol(op) + ": '" +
                        detail::python_type_name(da) + "' and '" + detail::python_type_name(db) +
                        "'");
    }
    const detail::Alignment aligned = detail::align(a.index(), b.index());
    std::string name = detail::shared_name(a, b);
    if (ints) {
        if (aligned.by_position) return bitwise(a.column(), b.column(), op, name, aligned.index);
        return bitwise(a.column().take(aligned.left), b.column().take(aligned.right), op, name,
                       aligned.index);
    }
    const std::int64_t n = aligned.index.size();
    const auto* left = aligned.by_position ? nullptr : &aligned.left;
    const auto* right = aligned.by_position ? nullptr : &aligned.right;
    return kleene(Side{a.column(), bytes_of(a.column()), left},
                  Side{b.column(), bytes_of(b.column()), right}, n, op, std::move(name),
                  aligned.index);
}

}  // namespace

Series operator&(const Series& a, const Series& b) {
    return logical(a, b, Logic::And);
}
Series operator|(const Series& a, const Series& b) {
    return logical(a, b, Logic::Or);
}
Series operator^(const Series& a, const Series& b) {
    return logical(a, b, Logic::Xor);
}

Series operator~(const Series& a) {
    const std::int64_t n = a.size();
    if (a.dtype() == DType::Bool) {
        auto values = detail::allocate_values<bool>(n);
        bool* out = values->as<bool>();
        const std::uint8_t* x = bytes_of(a.column());
        for (std::int64_t i = 0; i < n; ++i) out[i] = x[i] == 0;
        return Series(
            Column::fixed(DType::Bool, std::move(values), n, detail::validity_of(a.column())),
            a.name(), a.index());
    }
    if (int_dtype(a.dtype())) {
        auto values = detail::allocate_values<std::int64_t>(n);
        std::int64_t* out = values->as<std::int64_t>();
        detail::with_values(a.column(), [&](const auto* x) {
            for (std::int64_t i = 0; i < n; ++i) out[i] = ~static_cast<std::int64_t>(x[i]);
        });
        return Series(
            Column::fixed(DType::Int64, std::move(values), n, detail::validity_of(a.column())),
            a.name(), a.index());
    }
    throw TypeError(std::string("bad operand type for unary ~: '") +
                    detail::python_type_name(a.dtype()) + "'");
}

}  // namespace tabula
