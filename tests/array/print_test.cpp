#include "tabula/array/print.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "../support/arrays.hpp"
#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"

// Expected texts come from NumPy 1.24.2 (tests/fixtures/array/print.py) and are compared
// exactly, character for character: the digits come from the same shortest round-trip and
// exact-rounding rules as NumPy's Dragon4, so there is nothing to tolerate.

namespace tabula {
namespace {

struct Case {
    std::string name;
    std::string func;
    std::string options;
    std::string dtype;
    Shape shape;
    std::vector<std::string> values;
    std::string expect;
};

using testing::expect_error;
using testing::words;

std::string after(const std::string& line, const std::string& key) {
    EXPECT_EQ(line.rfind(key, 0), 0U) << "expected '" << key << "' in: " << line;
    return line.size() > key.size() ? line.substr(key.size() + 1) : std::string();
}

std::vector<Case> read_cases() {
    std::ifstream in = testing::open_fixture("array/print.txt");
    std::vector<Case> cases;
    for (std::string line; std::getline(in, line);) {
        Case c;
        c.name = after(line, "case");
        std::getline(in, line);
        c.func = after(line, "func");
        std::getline(in, line);
        c.options = after(line, "options");
        std::getline(in, line);
        c.dtype = after(line, "dtype");
        std::getline(in, line);
        for (const std::string& d : words(after(line, "shape"))) c.shape.push_back(std::stoll(d));
        std::getline(in, line);
        c.values = words(after(line, "values"));
        std::getline(in, line);
        const int n = std::stoi(after(line, "expect"));
        for (int i = 0; i < n; ++i) {
            std::getline(in, line);
            c.expect += (i > 0 ? "\n" : "") + line;
        }
        cases.push_back(std::move(c));
    }
    return cases;
}

// "precision=3 sign='+' nanstr='NaN'" (values never contain spaces except sign=' ').
PrintOptionsUpdate parse_options(const std::string& text) {
    PrintOptionsUpdate u;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto eq = text.find('=', pos);
        const std::string key = text.substr(pos, eq - pos);
        std::string value;
        if (text[eq + 1] == '\'') {
            const auto close = text.find('\'', eq + 2);
            value = text.substr(eq + 2, close - eq - 2);
            pos = close + 2;
        } else {
            const auto end = std::min(text.find(' ', eq), text.size());
            value = text.substr(eq + 1, end - eq - 1);
            pos = end + 1;
        }
        if (key == "precision") u.precision = std::stoi(value);
        if (key == "threshold") u.threshold = std::stoll(value);
        if (key == "edgeitems") u.edgeitems = std::stoi(value);
        if (key == "linewidth") u.linewidth = std::stoi(value);
        if (key == "suppress") u.suppress = value == "1";
        if (key == "sign") u.sign = value.at(0);
        if (key == "nanstr") u.nanstr = value;
        if (key == "infstr") u.infstr = value;
        if (key == "floatmode") {
            u.floatmode = value == "fixed"           ? FloatMode::fixed
                          : value == "unique"        ? FloatMode::unique
                          : value == "maxprec_equal" ? FloatMode::maxprec_equal
                                                     : FloatMode::maxprec;
        }
    }
    return u;
}

template <ArrayElement E>
std::string render(const Case& c) {
    const NDArray<E> a = testing::to_array<E>(c.values, c.shape);
    const PrintOptionsUpdate options = parse_options(c.options);
    return c.func == "repr" ? array_repr(a, options) : array_str(a, options);
}

std::string render(const Case& c) {
    if (c.dtype == "bool") return render<bool>(c);
    if (c.dtype == "int32") return render<std::int32_t>(c);
    if (c.dtype == "int64") return render<std::int64_t>(c);
    if (c.dtype == "float32") return render<float>(c);
    return render<double>(c);
}

TEST(ArrayPrint, MatchesNumPyFixtures) {
    const std::vector<Case> cases = read_cases();
    ASSERT_GT(cases.size(), 150U);
    int matched = 0;
    for (const Case& c : cases) {
        const std::string got = render(c);
        EXPECT_EQ(got, c.expect) << "case " << c.name;
        matched += got == c.expect;
    }
    EXPECT_EQ(matched, static_cast<int>(cases.size()));
}

TEST(ArrayPrint, StreamPrintsRepr) {
    std::ostringstream os;
    os << NDArray<double>{{1.0, 2.5}, {-3.0, 4.0}};
    EXPECT_EQ(os.str(), "array([[ 1. ,  2.5],\n       [-3. ,  4. ]])");
    std::ostringstream os32;
    os32 << NDArray<std::int32_t>{1, 2, 3};
    EXPECT_EQ(os32.str(), "array([1, 2, 3], dtype=int32)");
}

TEST(ArrayPrint, ViewsPrintTheirElements) {
    const NDArray<std::int64_t> a(std::vector<std::int64_t>{0, 1, 2, 3, 4, 5}, {2, 3});
    EXPECT_EQ(array_repr(a.T()), "array([[0, 3],\n       [1, 4],\n       [2, 5]])");
    EXPECT_EQ(array_repr(a(Slice{}, Slice{std::nullopt, std::nullopt, -2})),
              "array([[2, 0],\n       [5, 3]])");
    EXPECT_EQ(array_repr(a(1, Slice{1, std::nullopt})), "array([4, 5])");
    EXPECT_EQ(array_repr(a(Slice{0, 0})), "array([], shape=(0, 3), dtype=int64)");
}

TEST(ArrayPrint, SummarisedViewMeasuresOnlyTheEdges) {
    std::vector<double> v(2000, 1.0);
    v[1000] = 123456.0;  // hidden by "..." so it must not widen the columns
    const NDArray<double> a(std::move(v), {2000});
    EXPECT_EQ(array_repr(a), "array([1., 1., 1., ..., 1., 1., 1.])");
}

TEST(ArrayPrint, OptionsGuardRestores) {
    const NDArray<double> a{1.0 / 3.0};
    {
        const printoptions guard({.precision = 3});
        EXPECT_EQ(get_printoptions().precision, 3);
        EXPECT_EQ(array_repr(a), "array([0.333])");
        std::ostringstream os;
        os << a;
        EXPECT_EQ(os.str(), "array([0.333])");
    }
    EXPECT_EQ(get_printoptions().precision, 8);
    EXPECT_EQ(array_repr(a), "array([0.33333333])");
    EXPECT_EQ(array_repr(a, {.precision = 2}), "array([0.33])");
    EXPECT_EQ(get_printoptions().precision, 8);
}

TEST(ArrayPrint, SetPrintOptionsKeepsUnsetFields) {
    const PrintOptions before = get_printoptions();
    set_printoptions({.linewidth = 100, .suppress = true});
    const PrintOptions now = get_printoptions();
    EXPECT_EQ(now.linewidth, 100);
    EXPECT_TRUE(now.suppress);
    EXPECT_EQ(now.precision, before.precision);
    EXPECT_EQ(now.threshold, before.threshold);
    EXPECT_EQ(array_repr(NDArray<double>{1e-10, 1.0}), "array([0., 1.])");
    set_printoptions({.linewidth = before.linewidth, .suppress = before.suppress});
    EXPECT_EQ(array_repr(NDArray<double>{1e-10, 1.0}), "array([1.e-10, 1.e+00])");
}

TEST(ArrayPrint, BadOptionsRaiseAndChangeNothing) {
    expect_error<ValueError>([] { set_printoptions({.precision = -1}); }, "precision must be >= 0");
    expect_error<ValueError>([] { set_printoptions({.edgeitems = -2}); }, "edgeitems must be >= 0");
    expect_error<ValueError>([] { set_printoptions({.precision = 3, .sign = 'x'}); },
                             "sign option must be one of ' ', '+', or '-'");
    expect_error<ValueError>([] { (void)array_repr(NDArray<double>{1.0}, {.precision = -3}); },
                             "precision must be >= 0");
    expect_error<ValueError>([] { const printoptions guard({.sign = '*'}); },
                             "sign option must be one of ' ', '+', or '-'");
    EXPECT_EQ(get_printoptions().precision, 8);
    EXPECT_EQ(get_printoptions().sign, '-');
}

TEST(ArrayPrint, ExtremeIntegersAndFloats) {
    EXPECT_EQ(array_repr(NDArray<std::int64_t>{std::numeric_limits<std::int64_t>::min()}),
              "array([-9223372036854775808])");
    EXPECT_EQ(array_repr(NDArray<double>{std::numeric_limits<double>::denorm_min()}),
              "array([5.e-324])");
    EXPECT_EQ(array_str(NDArray<float>::scalar(std::numeric_limits<float>::max())),
              "3.4028235e+38");
}

}  // namespace
}  // namespace tabula
