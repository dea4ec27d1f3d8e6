#include "tabula/array/reductions.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"

using namespace tabula;

namespace {

// ---- NumPy fixtures (tests/fixtures/array/reductions.py) ----

using AnyArray = std::variant<NDArray<bool>, NDArray<std::int32_t>, NDArray<std::int64_t>,
                              NDArray<float>, NDArray<double>>;

using tabula::testing::parse_shape;
using tabula::testing::split;

template <class E>
NDArray<E> parse_array(const std::string& values, const Shape& shape) {
    std::vector<E> v;
    for (const std::string& s : split(values, ' ')) {
        if constexpr (std::is_floating_point_v<E>) {
            v.push_back(static_cast<E>(std::strtod(s.c_str(), nullptr)));
        } else {
            v.push_back(static_cast<E>(std::stoll(s)));
        }
    }
    return NDArray<E>(std::move(v), shape);
}

// tests/fixtures/array/reductions.py generated(): exact in float64 and float32.
template <class E>
NDArray<E> generated(const Shape& shape) {
    std::vector<E> v;
    const std::int64_t n = shape_size(shape);
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t m = (i * 2654435761LL) % 1000003 - 500001;
        const int e = static_cast<int>((i * 7) % 40) - 20;
        v.push_back(static_cast<E>(std::ldexp(static_cast<double>(m), e)));
    }
    return NDArray<E>(std::move(v), shape);
}

AnyArray parse_any(const std::string& dtype, const std::string& values, const Shape& shape) {
    if (dtype == "bool") return parse_array<bool>(values, shape);
    if (dtype == "int32") return parse_array<std::int32_t>(values, shape);
    if (dtype == "int64") return parse_array<std::int64_t>(values, shape);
    if (dtype == "float32") return parse_array<float>(values, shape);
    return parse_array<double>(values, shape);
}

// A result reduced to comparable form: integers exactly, floats as doubles (float32 widens
// exactly).
struct Result {
    std::string dtype;
    std::optional<Shape> shape;  // empty for a scalar
    std::vector<std::int64_t> ints;
    std::vector<double> floats;
};

template <class R>
void add_value(Result& r, R v) {
    if constexpr (std::is_floating_point_v<R>) {
        r.floats.push_back(static_cast<double>(v));
    } else {
        r.ints.push_back(static_cast<std::int64_t>(v));
    }
}

template <class R>
Result result_of(R value) {
    Result r{std::string(dtype_name(dtype_of_v<R>)), std::nullopt, {}, {}};
    add_value(r, value);
    return r;
}

template <class R>
Result result_of(const NDArray<R>& a) {
    Result r{std::string(dtype_name(dtype_of_v<R>)), a.shape(), {}, {}};
    const NDArray<R> c = a.copy();
    for (std::int64_t i = 0; i < c.size(); ++i) add_value(r, c.data()[i]);
    return r;
}

std::vector<double> parse_qs(const std::string& param) {
    std::vector<double> qs;
    for (const std::string& q : split(param, ',')) qs.push_back(std::strtod(q.c_str(), nullptr));
    return qs;
}

// The axis argument meaning "no axis" (NumPy's axis=None).
constexpr int whole_array = std::numeric_limits<int>::min();

template <class E>
std::optional<Result> compute(const std::string& func, const NDArray<E>& a, int axis_value,
                              bool keepdims, const std::string& param) {
    const bool axis = axis_value != whole_array;
    const ReduceOptions ro{.keepdims = keepdims};
#define TABULA_CASE(name) \
    if (func == #name) return axis ? result_of(name(a, axis_value, ro)) : result_of(name(a));
    TABULA_CASE(sum)
    TABULA_CASE(prod)
    TABULA_CASE(mean)
    TABULA_CASE(min)
    TABULA_CASE(max)
    TABULA_CASE(argmin)
    TABULA_CASE(argmax)
    TABULA_CASE(any)
    TABULA_CASE(all)
    TABULA_CASE(count_nonzero)
    TABULA_CASE(median)
    TABULA_CASE(nansum)
    TABULA_CASE(nanmean)
    TABULA_CASE(nanmin)
    TABULA_CASE(nanmax)
    TABULA_CASE(nanmedian)
#undef TABULA_CASE
    if (func == "cumsum") return axis ? result_of(cumsum(a, axis_value)) : result_of(cumsum(a));
    if (func == "var" || func == "std" || func == "nanvar" || func == "nanstd") {
        const VarOptions vo{.ddof = std::stoi(param), .keepdims = keepdims};
        if (func == "var") return axis ? result_of(var(a, axis_value, vo)) : result_of(var(a, vo));
        if (func == "std") {
            return axis ? result_of(tabula::std(a, axis_value, vo)) : result_of(tabula::std(a, vo));
        }
        if (func == "nanvar") {
            return axis ? result_of(nanvar(a, axis_value, vo)) : result_of(nanvar(a, vo));
        }
        return axis ? result_of(nanstd(a, axis_value, vo)) : result_of(nanstd(a, vo));
    }
    if constexpr (!std::is_same_v<E, bool>) {
        if (func == "quantile" || func == "percentile") {
            const bool several = param.find(',') != std::string::npos;
            const std::vector<double> qs = parse_qs(param);
            if (func == "quantile") {
                if (several) {
                    return axis ? result_of(quantile(a, qs, axis_value, ro))
                                : result_of(quantile(a, qs));
                }
                return axis ? result_of(quantile(a, qs[0], axis_value, ro))
                            : result_of(quantile(a, qs[0]));
            }
            if (several) {
                return axis ? result_of(percentile(a, qs, axis_value, ro))
                            : result_of(percentile(a, qs));
            }
            return axis ? result_of(percentile(a, qs[0], axis_value, ro))
                        : result_of(percentile(a, qs[0]));
        }
    }
    return std::nullopt;
}

template <class E>
NDArray<E> apply_view(const NDArray<E>& a, const std::string& view) {
    if (view == ".T") return a.T();
    if (view == ".s") {
        std::vector<IndexItem> index(static_cast<std::size_t>(a.ndim()), Slice{});
        index.back() = Slice{std::nullopt, std::nullopt, 2};
        return a.view(index);
    }
    if (view == ".r") return a.view({Slice{std::nullopt, std::nullopt, -1}});
    return a;
}

bool same_float(double x, double y) {
    if (std::isnan(x) || std::isnan(y)) return std::isnan(x) && std::isnan(y);
    return x == y && std::signbit(x) == std::signbit(y);
}

struct FixtureCase {
    std::string line;
    std::vector<std::string> f;
};

class ReductionsFixture : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        std::ifstream in(std::string(TABULA_FIXTURES) + "/array/reductions.txt");
        ASSERT_TRUE(in) << "missing fixture reductions.txt";
        std::string line;
        while (std::getline(in, line)) {
            const std::vector<std::string> f = split(line, '\t');
            if (f[0] == "A") {
                arrays().emplace(f[1], parse_any(f[2], f[4], parse_shape(f[3])));
            } else if (f[0] == "G") {
                const Shape shape = parse_shape(f[3]);
                if (f[2] == "float32") {
                    arrays().emplace(f[1], generated<float>(shape));
                } else {
                    arrays().emplace(f[1], generated<double>(shape));
                }
            } else {
                cases().push_back({line, f});
            }
        }
    }
    static std::map<std::string, AnyArray>& arrays() {
        static std::map<std::string, AnyArray> a;
        return a;
    }
    static std::vector<FixtureCase>& cases() {
        static std::vector<FixtureCase> c;
        return c;
    }
};

// Every value is compared exactly (bits, NaN equal to NaN, signed zeros distinguished): the
// fixtures stay below the 8192-slice threshold past which tabula blocks a reduction along an outer
// axis, so the order of operations, and therefore the rounding, is NumPy's throughout.
TEST_F(ReductionsFixture, MatchesNumPyExactly) {
    ASSERT_GT(cases().size(), 5000u);
    int checked = 0;
    for (const FixtureCase& c : cases()) {
        const auto& f = c.f;
        const std::string& func = f[1];
        const std::size_t dot = f[2].find('.');
        const std::string name = f[2].substr(0, dot);
        const std::string view = dot == std::string::npos ? "" : f[2].substr(dot);
        const int axis = f[3] == "-" ? whole_array : std::stoi(f[3]);
        const bool keepdims = f[4] == "1";
        std::optional<Result> got = std::visit(
            [&](const auto& a) { return compute(func, apply_view(a, view), axis, keepdims, f[5]); },
            arrays().at(name));
        ASSERT_TRUE(got.has_value()) << c.line;
        // NumPy's quantile of a float32 array is float64, except a NaN (from NaN input) as a
        // scalar, which it makes float32; tabula's scalar quantile is always a double.
        const bool nan_scalar_quantile =
            (func == "quantile" || func == "percentile") && f[7] == "scalar" && f[8] == "nan";
        EXPECT_EQ(got->dtype, nan_scalar_quantile ? "float64" : f[6]) << c.line;
        if (f[7] == "scalar") {
            EXPECT_FALSE(got->shape.has_value()) << c.line;
        } else {
            ASSERT_TRUE(got->shape.has_value()) << c.line;
            EXPECT_EQ(*got->shape, f[7].empty() ? Shape{} : parse_shape(f[7])) << c.line;
        }
        const std::vector<std::string> expected =
            f.size() > 8 && !f[8].empty() ? split(f[8], ' ') : std::vector<std::string>{};
        if (!got->floats.empty() || got->dtype.starts_with("float")) {
            ASSERT_EQ(got->floats.size(), expected.size()) << c.line;
            for (std::size_t i = 0; i < expected.size(); ++i) {
                const double want = std::strtod(expected[i].c_str(), nullptr);
                if (!same_float(got->floats[i], want)) {
                    ADD_FAILURE() << c.line.substr(0, 200) << "\n at " << i << ": got "
                                  << got->floats[i] << " want " << want;
                    break;
                }
            }
        } else {
            ASSERT_EQ(got->ints.size(), expected.size()) << c.line;
            for (std::size_t i = 0; i < expected.size(); ++i) {
                ASSERT_EQ(got->ints[i], std::stoll(expected[i])) << c.line << "\n at " << i;
            }
        }
        ++checked;
    }
    EXPECT_EQ(checked, static_cast<int>(cases().size()));
}

// ---- hand-written cases ----

template <class F>
void expect_error(F f, const std::string& message) {
    try {
        f();
        ADD_FAILURE() << "no exception, expected: " << message;
    } catch (const ValueError& e) {
        EXPECT_EQ(std::string(e.what()), message);
    }
}

TEST(Reductions, ResultTypes) {
    const NDArray<std::int32_t> i{{1, 2}, {3, 4}};
    static_assert(std::is_same_v<decltype(sum(i)), std::int64_t>);
    static_assert(std::is_same_v<decltype(sum(i, 0)), NDArray<std::int64_t>>);
    static_assert(std::is_same_v<decltype(mean(i)), double>);
    static_assert(std::is_same_v<decltype(min(i)), std::int32_t>);
    static_assert(std::is_same_v<decltype(argmax(i, 1)), NDArray<std::int64_t>>);
    const NDArray<float> f{1.5f, 2.5f};
    static_assert(std::is_same_v<decltype(mean(f)), float>);
    static_assert(std::is_same_v<decltype(var(f, 0)), NDArray<float>>);
    static_assert(std::is_same_v<decltype(quantile(f, 0.5)), double>);
    EXPECT_EQ(sum(i), 10);
    EXPECT_EQ(sum(NDArray<bool>{true, true, false}), 2);
    EXPECT_TRUE(array_equal(sum(i, 0), NDArray<std::int64_t>{4, 6}));
    EXPECT_TRUE(array_equal(sum(i, -1, {.keepdims = true}), NDArray<std::int64_t>{{3}, {7}}));
    EXPECT_EQ(mean(f), 2.0f);
}

TEST(Reductions, MethodsMatchFreeFunctions) {
    const NDArray<double> x{{1.0, 2.0, 4.0}, {3.0, 5.0, 8.0}};
    EXPECT_EQ(x.sum(), 23.0);
    EXPECT_TRUE(array_equal(x.mean(0), NDArray<double>{2.0, 3.5, 6.0}));
    EXPECT_TRUE(array_equal(x.std(0, {.ddof = 1}), tabula::std(x, 0, {.ddof = 1})));
    EXPECT_EQ(x.var(), var(x));
    EXPECT_EQ(x.max(), 8.0);
    EXPECT_EQ(x.argmin(), 0);
    EXPECT_TRUE(array_equal(x.argmax(1), NDArray<std::int64_t>{2, 2}));
    EXPECT_TRUE(x.all());
    EXPECT_TRUE((NDArray<bool>{false, true}.any()));
    EXPECT_EQ(x.prod(), 1.0 * 2 * 4 * 3 * 5 * 8);
    EXPECT_TRUE(array_equal(x.min(1, {.keepdims = true}), NDArray<double>{{1.0}, {3.0}}));
}

TEST(Reductions, StdQualifiedNamesStillWork) {
    // `using namespace tabula` is in force in this file: std:: still names the standard library,
    // and tabula::std (or the method) is NumPy's std.
    std::vector<double> v{1.0, 3.0};
    EXPECT_EQ(std::max(v[0], v[1]), 3.0);
    EXPECT_EQ(std::sqrt(4.0), 2.0);
    EXPECT_EQ(tabula::std(NDArray<double>{1.0, 3.0}), 1.0);
}

TEST(Reductions, EmptyInputs) {
    const NDArray<double> empty;
    EXPECT_TRUE(std::isnan(mean(empty)));
    EXPECT_EQ(sum(empty), 0.0);
    EXPECT_EQ(prod(empty), 1.0);
    EXPECT_FALSE(any(empty));
    EXPECT_TRUE(all(empty));
    expect_error([&] { min(empty); },
                 "zero-size array to reduction operation minimum which has no identity");
    expect_error([&] { max(empty); },
                 "zero-size array to reduction operation maximum which has no identity");
    expect_error([&] { argmin(empty); }, "attempt to get argmin of an empty sequence");
    expect_error([&] { argmax(empty); }, "attempt to get argmax of an empty sequence");
    expect_error([&] { nanmin(empty); },
                 "zero-size array to reduction operation fmin which has no identity");
    expect_error([&] { nanmax(empty); },
                 "zero-size array to reduction operation fmax which has no identity");
    const auto rows0 = NDArray<double>::zeros({0, 3});
    expect_error([&] { min(rows0, 0); },
                 "zero-size array to reduction operation minimum which has no identity");
    EXPECT_EQ(min(rows0, 1).shape(), Shape{0});
    EXPECT_EQ(argmin(rows0, 1).shape(), Shape{0});
    expect_error(
        [&] {
            argmax(NDArray<double>::zeros({3, 0}), 1);
        },
        "attempt to get argmax of an empty sequence");
    const NDArray<double> m = mean(rows0, 0);
    ASSERT_EQ(m.shape(), Shape{3});
    EXPECT_TRUE(std::isnan(m.at({1})));
    EXPECT_TRUE(array_equal(sum(rows0, 0), NDArray<double>{0.0, 0.0, 0.0}));
}

TEST(Reductions, BadAxis) {
    const auto x = NDArray<double>::zeros({2, 3});
    try {
        sum(x, 2);
        ADD_FAILURE();
    } catch (const IndexError& e) {
        EXPECT_STREQ(e.what(), "axis 2 is out of bounds for array of dimension 2");
    }
    EXPECT_THROW(mean(x, -3), IndexError);
    EXPECT_THROW(cumsum(x, 5), IndexError);
    EXPECT_THROW(var(x, 2), IndexError);
    EXPECT_THROW(argmin(x, -3), IndexError);
}

TEST(Reductions, VarDegreesOfFreedom) {
    EXPECT_TRUE(std::isinf(var(NDArray<double>{1.0, 2.0}, {.ddof = 2})));
    EXPECT_TRUE(std::isnan(var(NDArray<double>{1.0}, {.ddof = 1})));
    EXPECT_TRUE(std::isnan(nanvar(NDArray<double>{1.0, 2.0}, {.ddof = 2})));
    EXPECT_DOUBLE_EQ(tabula::std(NDArray<std::int64_t>{1, 2, 3}, {.ddof = -1}), std::sqrt(0.5));
}

TEST(Reductions, NanHandling) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const NDArray<double> x{{1.0, nan, 3.0}, {nan, nan, nan}};
    EXPECT_TRUE(std::isnan(sum(x)));
    EXPECT_TRUE(std::isnan(max(x)));
    EXPECT_EQ(nansum(x), 4.0);
    EXPECT_EQ(nanmean(x), 2.0);
    EXPECT_EQ(nanmax(x), 3.0);
    EXPECT_EQ(argmax(x), 1);
    EXPECT_EQ(argmin(x), 1);
    const NDArray<double> rows = nanmin(x, 1);
    EXPECT_EQ(rows.at({0}), 1.0);
    EXPECT_TRUE(std::isnan(rows.at({1})));
    EXPECT_TRUE(std::isnan(nanmean(x, 1).at({1})));
    EXPECT_TRUE(any(NDArray<double>{0.0, nan}));
    EXPECT_EQ(count_nonzero(NDArray<double>{0.0, nan, 2.0}), 2);
}

TEST(Reductions, IntegerSumsWrapAsNumPy) {
    const std::int64_t big = std::numeric_limits<std::int64_t>::max();
    EXPECT_EQ(sum(NDArray<std::int64_t>{big, 1}), std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(prod(NDArray<std::int64_t>{big, 2}), -2);
    const NDArray<std::int64_t> expected{big, std::numeric_limits<std::int64_t>::min()};
    EXPECT_TRUE(array_equal(cumsum(NDArray<std::int64_t>{big, 1}), expected));
}

TEST(Reductions, CumsumShapes) {
    const NDArray<std::int32_t> x{{1, 2, 3}, {4, 5, 6}};
    EXPECT_TRUE(array_equal(cumsum(x), NDArray<std::int64_t>{1, 3, 6, 10, 15, 21}));
    EXPECT_TRUE(array_equal(cumsum(x, 0), NDArray<std::int64_t>{{1, 2, 3}, {5, 7, 9}}));
    EXPECT_TRUE(array_equal(cumsum(x.T(), 1), NDArray<std::int64_t>{{1, 5}, {2, 7}, {3, 9}}));
    EXPECT_EQ(cumsum(NDArray<double>()).shape(), Shape{0});
}

// Sums of long arrays run in parallel pieces; the pieces are fixed by the shape, so the bits do
// not depend on the thread count.
TEST(Reductions, ThreadCountDoesNotChangeResults) {
    std::vector<double> v(3'000'000);
    std::uint64_t state = 12345;
    for (double& x : v) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        x = static_cast<double>(state >> 11) * 0x1.0p-53 * 100.0 - 37.0;
    }
    const NDArray<double> a(v, {150'000, 20});
    const int threads = get_num_threads();
    set_num_threads(1);
    const double s1 = sum(a);
    const NDArray<double> c1 = sum(a, 0);
    const NDArray<double> r1 = mean(a, 1);
    const NDArray<double> d1 = tabula::std(a, 0);
    set_num_threads(4);
    EXPECT_EQ(sum(a), s1);
    EXPECT_TRUE(array_equal(sum(a, 0), c1));
    EXPECT_TRUE(array_equal(mean(a, 1), r1));
    EXPECT_TRUE(array_equal(tabula::std(a, 0), d1));
    set_num_threads(threads);
    // Above 8192 rows the column sums are blocked; they stay within a few ulps of sequential
    // summation.
    std::vector<double> sequential(20, 0.0);
    for (std::int64_t r = 0; r < 150'000; ++r) {
        for (std::int64_t c = 0; c < 20; ++c)
            sequential[static_cast<std::size_t>(c)] += v[static_cast<std::size_t>(r * 20 + c)];
    }
    for (std::int64_t c = 0; c < 20; ++c) {
        EXPECT_NEAR(c1.at({c}), sequential[static_cast<std::size_t>(c)],
                    1e-12 * std::abs(sequential[static_cast<std::size_t>(c)]) + 1e-9);
    }
}

}  // namespace
