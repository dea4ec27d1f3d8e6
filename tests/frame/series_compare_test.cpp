#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {
namespace {

using Flags = std::vector<std::optional<bool>>;

// A bool series' values, a null as nullopt.
Flags flags(const Series& s) {
    EXPECT_EQ(s.dtype(), DType::Bool);
    Flags out;
    for (std::int64_t i = 0; i < s.size(); ++i) {
        out.push_back(s.column().is_null(i) ? std::nullopt
                                            : std::optional<bool>(s.column().data<bool>()[i]));
    }
    return out;
}

constexpr std::nullopt_t NA = std::nullopt;
const double nan = std::numeric_limits<double>::quiet_NaN();

TEST(SeriesCompare, NumbersWithScalarsKeepNulls) {
    const Series age(Column::from_optionals<std::int64_t>({25, std::nullopt, 67, 72}), "age");
    EXPECT_EQ(flags(age > 60), (Flags{false, NA, true, true}));
    EXPECT_EQ(flags(age >= 67), (Flags{false, NA, true, true}));
    EXPECT_EQ(flags(age < 67.5), (Flags{true, NA, true, false}));
    EXPECT_EQ(flags(age <= 25), (Flags{true, NA, false, false}));
    EXPECT_EQ(flags(age == 72), (Flags{false, NA, false, true}));
    EXPECT_EQ(flags(age != 72), (Flags{true, NA, true, false}));
    EXPECT_EQ((age > 60).name(), "age");
    EXPECT_EQ(flags(age == Scalar()), (Flags{NA, NA, NA, NA}));
    EXPECT_EQ(flags(age == true), (Flags{false, NA, false, false}));
}

TEST(SeriesCompare, NanComparesFalseAndUnequal) {
    const Series x(std::vector<double>{1.5, nan, -0.0});
    EXPECT_EQ(flags(x > 1), (Flags{true, false, false}));
    EXPECT_EQ(flags(x == nan), (Flags{false, false, false}));
    EXPECT_EQ(flags(x != nan), (Flags{true, true, true}));
    EXPECT_EQ(flags(x == 0), (Flags{false, false, true}));
    EXPECT_EQ(flags(x == x), (Flags{true, false, true}));
}

TEST(SeriesCompare, IntegersExactFloatsAsNumPy) {
    // int64 with an int compares exactly; with a float, in float64 as NumPy (2**53 + 1 rounds).
    const std::int64_t big = (std::int64_t{1} << 53) + 1;
    const Series ints(std::vector<std::int64_t>{big});
    EXPECT_EQ(flags(ints == big - 1), (Flags{false}));
    EXPECT_EQ(flags(ints == static_cast<double>(big - 1)), (Flags{true}));
    // A float32 column with a Python float compares in float32 (np.float32(0.1) == 0.1 is True),
    // with an int in float64.
    const Series f32(std::vector<float>{0.1F, 16777216.0F});
    EXPECT_EQ(flags(f32 == 0.1), (Flags{true, false}));
    EXPECT_EQ(flags(f32 == 16777217), (Flags{false, false}));
    const Series b(std::vector<bool>{true, false});
    EXPECT_EQ(flags(b == 1), (Flags{true, false}));
    EXPECT_EQ(flags(b > 0.5), (Flags{true, false}));
}

TEST(SeriesCompare, Strings) {
    const Series city(Column::from_optional_strings({"Oslo", std::nullopt, "Lima", "Åre", "Os"}),
                      "city");
    EXPECT_EQ(flags(city == "Oslo"), (Flags{true, NA, false, false, false}));
    EXPECT_EQ(flags(city != "Oslo"), (Flags{false, NA, true, true, true}));
    // Byte order is code-point order: "Åre" (U+00C5) sorts after every ASCII letter.
    EXPECT_EQ(flags(city > "Oslo"), (Flags{false, NA, false, true, false}));
    EXPECT_EQ(flags(city <= "Os"), (Flags{false, NA, true, false, true}));
    EXPECT_EQ(flags(city == 1), (Flags{false, NA, false, false, false}));
    EXPECT_EQ(flags(city != 1.5), (Flags{true, NA, true, true, true}));
    tabula::testing::expect_error<TypeError>(
        [&] { city > 1; },
        "'>' not supported between instances of 'str' and 'int' (column 'city')");
    tabula::testing::expect_error<TypeError>(
        [&] { Series(std::vector<std::string>{"a"}) <= 2.5; },
        "'<=' not supported between instances of 'str' and 'float'");
    const Series other(Column::from_optional_strings({"Oslo", "Rome", std::nullopt, "Åre", "Ab"}),
                       "city");
    EXPECT_EQ(flags(city == other), (Flags{true, NA, NA, true, false}));
    EXPECT_EQ(flags(city < other), (Flags{false, NA, NA, false, false}));
    EXPECT_EQ((city == other).name(), "city");
}

TEST(SeriesCompare, CategoricalsCompareEqualityOnly) {
    const Series c = Series(Column::from_strings({"b", "a", "b"})).astype(DType::Categorical);
    EXPECT_EQ(flags(c == "b"), (Flags{true, false, true}));
    EXPECT_EQ(flags(c != "z"), (Flags{true, true, true}));
    EXPECT_EQ(flags(c == 1), (Flags{false, false, false}));
    tabula::testing::expect_error<TypeError>(
        [&] { c > "a"; }, "Unordered Categoricals can only compare equality or not");
}

TEST(SeriesCompare, NumbersWithStringsAndDatetimes) {
    const Series n(std::vector<std::int64_t>{1, 2}, "n");
    EXPECT_EQ(flags(n == "a"), (Flags{false, false}));
    EXPECT_EQ(flags(n != "a"), (Flags{true, true}));
    tabula::testing::expect_error<TypeError>(
        [&] { n > "a"; }, "Invalid comparison between dtype=int64 and str (column 'n')");
    const Series when(Column::from_datetimes({0, 86'400'000'000'000}));
    EXPECT_EQ(flags(when == 0), (Flags{false, false}));
    tabula::testing::expect_error<TypeError>(
        [&] { when > 1; }, "Invalid comparison between dtype=datetime64[ns] and int");
    EXPECT_EQ(flags(when < when.slice(0, 2)), (Flags{false, false}));
    const Series text(std::vector<std::string>{"a", "b"});
    EXPECT_EQ(flags(n == text), (Flags{false, false}));
    tabula::testing::expect_error<TypeError>(
        [&] { n > text; }, "'>' not supported between instances of 'int' and 'str'");
    // NumPy hands the comparison to the int, reflected: t > s reads '<' for (int, str).
    tabula::testing::expect_error<TypeError>(
        [&] { text > n; }, "'<' not supported between instances of 'int' and 'str'");
}

TEST(SeriesCompare, SeriesNeedIdenticalLabels) {
    const Series a(std::vector<std::int64_t>{1, 2, 3}, "a");
    const Series b(std::vector<double>{1.0, 2.5, nan}, "b");
    EXPECT_EQ(flags(a == b), (Flags{true, false, false}));
    EXPECT_EQ(flags(a < b), (Flags{false, true, false}));
    EXPECT_EQ((a == b).name(), "");
    tabula::testing::expect_error<ValueError>(
        [&] { a == a.slice(1, 2); }, "Can only compare identically-labeled Series objects");
    const Series shifted(a.column(), "a", Index::range(1, 4));
    tabula::testing::expect_error<ValueError>(
        [&] { a > shifted; }, "Can only compare identically-labeled Series objects");
}

}  // namespace
}  // namespace tabula
