// tabula's operators against NumPy 1.24.2's broadcasting and type promotion, from
// tests/fixtures/array/broadcast.txt (written by broadcast.py).
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <type_traits>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/array/creation.hpp"
#include "tabula/array/operators.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::parse_shape;
using testing::parse_value;
using testing::words;

std::vector<std::vector<std::string>> fixture_rows(const std::string& kind) {
    return testing::fixture_rows("array/broadcast.txt", kind);
}

template <class Tag>
using type_of = typename std::decay_t<Tag>::type;

// Calls f(std::type_identity<E>{}) for the element type NumPy names `dtype`.
template <class F>
void with_dtype(const std::string& dtype, F&& f) {
    if (dtype == "bool") return f(std::type_identity<bool>{});
    if (dtype == "int32") return f(std::type_identity<std::int32_t>{});
    if (dtype == "int64") return f(std::type_identity<std::int64_t>{});
    if (dtype == "float32") return f(std::type_identity<float>{});
    if (dtype == "float64") return f(std::type_identity<double>{});
    ADD_FAILURE() << "unknown dtype " << dtype;
}

// Calls f(op) with a functor for the operator NumPy names `name`; the functor is not invocable
// for operand types the operator refuses.
template <class F>
void with_operator(const std::string& name, F&& f) {
    if (name == "add") return f([](auto a, auto b) -> decltype(a + b) { return a + b; });
    if (name == "subtract") return f([](auto a, auto b) -> decltype(a - b) { return a - b; });
    if (name == "multiply") return f([](auto a, auto b) -> decltype(a * b) { return a * b; });
    if (name == "divide") return f([](auto a, auto b) -> decltype(a / b) { return a / b; });
    if (name == "equal") return f([](auto a, auto b) -> decltype(a == b) { return a == b; });
    if (name == "not_equal") return f([](auto a, auto b) -> decltype(a != b) { return a != b; });
    if (name == "less") return f([](auto a, auto b) -> decltype(a < b) { return a < b; });
    if (name == "less_equal") return f([](auto a, auto b) -> decltype(a <= b) { return a <= b; });
    if (name == "greater") return f([](auto a, auto b) -> decltype(a > b) { return a > b; });
    if (name == "greater_equal") {
        return f([](auto a, auto b) -> decltype(a >= b) { return a >= b; });
    }
    ADD_FAILURE() << "unknown operator " << name;
}

// The six-element operands of the dtype rows.
class Inputs {
  public:
    Inputs() {
        for (const auto& row : fixture_rows("input")) values_[row[1]] = words(row[2]);
    }
    template <ArrayElement E>
    NDArray<E> get(const std::string& dtype) const {
        std::vector<E> v;
        for (const auto& w : values_.at(dtype)) v.push_back(parse_value<E>(w));
        return asarray(std::move(v));
    }

  private:
    std::map<std::string, std::vector<std::string>> values_;
};

// Same dtype name and the same values, bit for bit (NaN equal to NaN, the sign of zero
// significant): the operators compute in the promoted type exactly as NumPy's loops do.
template <ArrayElement R>
void expect_result(const NDArray<R>& r, const std::string& dtype, const std::string& values,
                   const std::string& context) {
    EXPECT_EQ(dtype_name(r.dtype()), dtype) << context;
    testing::expect_values(r.to_vector(), words(values), context);
}

TEST(BroadcastFixture, ShapesMatchNumPy) {
    for (const auto& row : fixture_rows("shape")) {
        const Shape sa = parse_shape(row[1]);
        const Shape sb = parse_shape(row[2]);
        const auto a = arange(shape_size(sa)).reshape(sa);
        const auto b = (arange(shape_size(sb)) * 10).reshape(sb);
        const auto r = a + b;
        const std::string context = "(" + row[1] + ") + (" + row[2] + ")";
        EXPECT_EQ(r.shape(), parse_shape(row[3])) << context;
        EXPECT_EQ(broadcast_shapes(sa, sb), parse_shape(row[3])) << context;
        expect_result(r, "int64", row[4], context);
    }
}

TEST(BroadcastFixture, IncompatibleShapesRaiseNumPysMessage) {
    for (const auto& row : fixture_rows("shape_error")) {
        const Shape sa = parse_shape(row[1]);
        const Shape sb = parse_shape(row[2]);
        try {
            auto r = NDArray<double>::zeros(sa) * NDArray<std::int32_t>::ones(sb);
            ADD_FAILURE() << row[1] << " with " << row[2] << " gave shape "
                          << shape_to_string(r.shape());
        } catch (const ShapeError& e) {
            EXPECT_EQ(e.what(), row[3]);
        }
    }
}

TEST(BroadcastFixture, DtypePairsMatchNumPy) {
    const Inputs inputs;
    int checked = 0;
    for (const auto& row : fixture_rows("dtype")) {
        const std::string context = row[2] + " " + row[1] + " " + row[3];
        with_operator(row[1], [&](auto op) {
            with_dtype(row[2], [&](auto ta) {
                with_dtype(row[3], [&](auto tb) {
                    using A = type_of<decltype(ta)>;
                    using B = type_of<decltype(tb)>;
                    if constexpr (std::is_invocable_v<decltype(op), NDArray<A>, NDArray<B>>) {
                        expect_result(op(inputs.get<A>(row[2]), inputs.get<B>(row[3])), row[4],
                                      row[5], context);
                        ++checked;
                    } else {
                        ADD_FAILURE() << context << ": NumPy accepts it, tabula does not";
                    }
                });
            });
        });
    }
    EXPECT_EQ(checked, 10 * 25 - 1);
}

TEST(BroadcastFixture, PairsNumPyRefusesDoNotCompile) {
    for (const auto& row : fixture_rows("refused")) {
        with_operator(row[1], [&](auto op) {
            with_dtype(row[2], [&](auto ta) {
                with_dtype(row[3], [&](auto tb) {
                    using A = type_of<decltype(ta)>;
                    using B = type_of<decltype(tb)>;
                    EXPECT_FALSE((std::is_invocable_v<decltype(op), NDArray<A>, NDArray<B>>))
                        << row[2] << " " << row[1] << " " << row[3];
                });
            });
        });
    }
}

// Calls f with the C++ scalar standing for a Python scalar as repr() writes it.
template <class F>
void with_scalar(const std::string& text, F&& f) {
    if (text == "True" || text == "False") return f(text == "True");
    if (text.find('.') != std::string::npos) return f(std::strtod(text.c_str(), nullptr));
    return f(std::int64_t{std::stoll(text)});
}

TEST(BroadcastFixture, PythonScalarsPromoteAsNumPy124) {
    const Inputs inputs;
    for (const auto& row : fixture_rows("scalar")) {
        const std::string context =
            row[2] + " array " + row[1] + " " + row[3] + " on the " + row[4];
        with_operator(row[1], [&](auto op) {
            with_dtype(row[2], [&](auto ta) {
                with_scalar(row[3], [&](auto s) {
                    using A = type_of<decltype(ta)>;
                    using S = std::decay_t<decltype(s)>;
                    const auto a = inputs.get<A>(row[2]);
                    if (row[4] == "right") {
                        if constexpr (std::is_invocable_v<decltype(op), NDArray<A>, S>) {
                            expect_result(op(a, s), row[5], row[6], context);
                        } else {
                            ADD_FAILURE() << context << ": NumPy accepts it, tabula does not";
                        }
                    } else {
                        if constexpr (std::is_invocable_v<decltype(op), S, NDArray<A>>) {
                            expect_result(op(s, a), row[5], row[6], context);
                        } else {
                            ADD_FAILURE() << context << ": NumPy accepts it, tabula does not";
                        }
                    }
                });
            });
        });
    }
}

TEST(BroadcastFixture, NamedScalarPromotions) {
    const NDArray<std::int32_t> i{1, 2};
    const NDArray<float> f{1, 2};
    const NDArray<bool> b{true, false};
    static_assert(std::is_same_v<decltype(i * 2), NDArray<std::int32_t>>);
    static_assert(std::is_same_v<decltype(i * 2.5), NDArray<double>>);
    static_assert(std::is_same_v<decltype(f * 2.0), NDArray<float>>);
    static_assert(std::is_same_v<decltype(b + 1), NDArray<std::int64_t>>);
    EXPECT_EQ((i * 2.5).to_vector(), (std::vector<double>{2.5, 5.0}));
    EXPECT_EQ((b + 1).to_vector(), (std::vector<std::int64_t>{2, 1}));
}

// Where tabula follows NumPy 2 (NEP 50) rather than 1.24's value-based casting: an integer
// scalar that does not fit the array's type is refused (1.24 silently gives int64), and a 0-d
// array promotes like any array (1.24 gives float32 for float32_array + np.array(2.0)).
TEST(BroadcastFixture, DeviationsFromValueBasedCasting) {
    const NDArray<std::int32_t> i{1, 2};
    try {
        auto r = i + (std::int64_t{1} << 40);
        FAIL() << r;
    } catch (const ValueError& e) {
        EXPECT_STREQ(e.what(), "Python integer 1099511627776 out of bounds for int32");
    }
    const NDArray<float> f{1, 2};
    static_assert(std::is_same_v<decltype(f + NDArray<double>::scalar(2.0)), NDArray<double>>);
    static_assert(
        std::is_same_v<decltype(i + NDArray<std::int64_t>::scalar(2)), NDArray<std::int64_t>>);
}

}  // namespace
}  // namespace tabula
