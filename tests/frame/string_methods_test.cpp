// Series::str() against pandas 1.5.3 (tests/fixtures/frame/ops/make_strings.py).
#include "tabula/frame/string_methods.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using tabula::testing::split;

std::vector<std::optional<std::string>> optionals(const std::string& field) {
    std::vector<std::optional<std::string>> out;
    for (const std::string& v : split(field, '\x1f')) {
        out.push_back(v == "NA" ? std::nullopt : std::optional<std::string>(v));
    }
    return out;
}

// A result's values as text (bools as True/False, ints in decimal), a null as nullopt.
std::vector<std::optional<std::string>> texts(const Series& s) {
    std::vector<std::optional<std::string>> out;
    for (std::int64_t i = 0; i < s.size(); ++i) {
        if (s.column().is_null(i)) {
            out.emplace_back(std::nullopt);
        } else if (s.dtype() == DType::Bool) {
            out.emplace_back(s.column().data<bool>()[i] ? "True" : "False");
        } else if (s.dtype() == DType::Int64) {
            out.emplace_back(std::to_string(s.column().data<std::int64_t>()[i]));
        } else {
            out.emplace_back(std::string(s.text(i)));
        }
    }
    return out;
}

Series apply(const StringMethods& str, const std::string& method,
             const std::vector<std::string>& a) {
    if (method == "lower") return str.lower();
    if (method == "upper") return str.upper();
    if (method == "strip") return str.strip();
    if (method == "len") return str.len();
    if (method == "contains") return str.contains(a.at(0), a.at(1) == "True", a.at(2) == "True");
    if (method == "startswith") return str.startswith(a.empty() ? "" : a.at(0));
    if (method == "endswith") return str.endswith(a.at(0));
    if (method == "replace") return str.replace(a.at(0), a.at(1), a.at(2) == "True");
    ADD_FAILURE() << "unknown method " << method;
    return str.lower();
}

void check_fixtures(const Series& s) {
    const auto lines = tabula::testing::fixture_lines("frame/ops/strings.txt");
    ASSERT_GT(lines.size(), 20U);
    for (std::size_t k = 1; k < lines.size(); ++k) {
        const std::vector<std::string> f = split(lines[k], '|');
        ASSERT_EQ(f.size(), 3U) << lines[k];
        const std::vector<std::string> args = split(f[1], '\x1e');
        const Series result = apply(s.str(), f[0], args);
        EXPECT_EQ(result.name(), "place");
        EXPECT_EQ(texts(result), optionals(f[2])) << f[0] << " " << f[1];
    }
}

Series fixture_values() {
    const auto lines = tabula::testing::fixture_lines("frame/ops/strings.txt");
    const std::vector<std::string> f = split(lines.at(0), '|');
    return Series(Column::from_optional_strings(optionals(f.at(2))), "place");
}

TEST(StringMethods, MatchPandasFixtures) {
    check_fixtures(fixture_values());
}

TEST(StringMethods, CategoricalsWorkAsStrings) {
    check_fixtures(fixture_values().astype(DType::Categorical));
}

TEST(StringMethods, Errors) {
    using tabula::testing::expect_error;
    expect_error<TypeError>([] { Series(std::vector<double>{1.0}, "x").str(); },
                            "Can only use .str accessor with string values! (column 'x')");
    const Series s(std::vector<std::string>{"a"});
    try {
        s.str().contains("(");
        ADD_FAILURE() << "no ValueError for an unclosed group";
    } catch (const ValueError& e) {
        // The rest is std::regex's own description of the error.
        EXPECT_EQ(std::string(e.what()).rfind("invalid regular expression '(': ", 0), 0U)
            << e.what();
    }
    expect_error<ValueError>(
        [&] { s.str().replace("(a)", "\\g<name>"); },
        "unsupported group reference in replacement '\\g<name>' (only \\g<number> is supported)");
}

TEST(StringMethods, EmptyPatternInsertsEverywhereAsPython) {
    const Series s(std::vector<std::string>{"ab", ""});
    const Series out = s.str().replace("", "-", false);
    EXPECT_EQ(out.text(0), "-a-b-");
    EXPECT_EQ(out.text(1), "-");
}

}  // namespace
}  // namespace tabula
