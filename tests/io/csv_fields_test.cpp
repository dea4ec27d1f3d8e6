// The field parsers behind read_csv: the word-at-a-time fast paths agree with the general
// parsers on every shape they accept, the general parsers follow pandas' syntax, and floats
// round correctly (std::from_chars is the reference).
#include "../../src/io/csv_fields.hpp"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <random>
#include <string>

#include "../../src/io/csv_dialect.hpp"

namespace tabula::csv {
namespace {

// The text followed by bytes that must not be taken for more digits or a decimal point.
std::string padded(const std::string& text, char pad) {
    return text + std::string(48, pad);
}

TEST(CsvFields, FastIntegersAgreeWithTheGeneralParser) {
    std::mt19937_64 rng(3);
    for (int trial = 0; trial < 200000; ++trial) {
        const int digits = 1 + static_cast<int>(rng() % 19);
        std::string text = rng() % 3 == 0 ? "-" : "";
        for (int i = 0; i < digits; ++i) text += static_cast<char>('0' + rng() % 10);
        for (const char pad : {',', '\n', '5', '.', '\xff'}) {
            const std::string buffer = padded(text, pad);
            const char* b = buffer.data();
            const char* e = b + text.size();
            std::int64_t fast = 0;
            std::int64_t general = 0;
            const IntParse parsed = parse_int64(b, e, no_char, general);
            if (parse_int64_simple(b, e, b + buffer.size(), fast)) {
                ASSERT_EQ(parsed, IntParse::ok) << text;
                ASSERT_EQ(fast, general) << text;
            }
            // The fast path needs the field to end where its digits do (it does in a CSV,
            // where a separator or line end follows).
            if (digits <= 15 && pad != '5') {
                EXPECT_TRUE(parse_int64_simple(b, e, b + buffer.size(), fast)) << text;
            }
        }
    }
}

TEST(CsvFields, FastFloatsAreCorrectlyRounded) {
    std::mt19937_64 rng(5);
    for (int trial = 0; trial < 200000; ++trial) {
        std::string text = rng() % 3 == 0 ? "-" : "";
        const int whole = static_cast<int>(rng() % 9);
        const int fraction = static_cast<int>(rng() % 9);
        for (int i = 0; i < whole; ++i) text += static_cast<char>('0' + rng() % 10);
        if (rng() % 5 != 0) {
            text += '.';
            for (int i = 0; i < fraction; ++i) text += static_cast<char>('0' + rng() % 10);
        }
        double expected = 0;
        const bool valid =
            std::from_chars(text.data() + (text[0] == '-'), text.data() + text.size(), expected)
                .ptr == text.data() + text.size();
        for (const char pad : {',', '7', '.', 'e'}) {
            const std::string buffer = padded(text, pad);
            const char* b = buffer.data();
            const char* e = b + text.size();
            double fast = 0;
            if (parse_float64_simple(b, e, b + buffer.size(), '.', fast)) {
                ASSERT_TRUE(valid) << text;
                const double want = text[0] == '-' ? -expected : expected;
                ASSERT_EQ(fast, want) << text;
                ASSERT_EQ(std::signbit(fast), std::signbit(want)) << text;
            }
            double general = 0;
            if (valid && parse_float64(b, e, '.', no_char, general)) {
                ASSERT_EQ(general, text[0] == '-' ? -expected : expected) << text;
            }
        }
    }
}

TEST(CsvFields, TooLittleReadableTextFallsBack) {
    const std::string text = "12345";
    std::int64_t value = 0;
    double f = 0;
    EXPECT_FALSE(parse_int64_simple(text.data(), text.data() + 5, text.data() + 5, value));
    EXPECT_FALSE(parse_float64_simple(text.data(), text.data() + 5, text.data() + 5, '.', f));
    EXPECT_EQ(parse_int64(text.data(), text.data() + 5, no_char, value), IntParse::ok);
    EXPECT_EQ(value, 12345);
}

TEST(CsvFields, PandasIntegerSyntax) {
    auto parse = [](const std::string& text, int thousands = no_char) {
        std::int64_t v = 0;
        const IntParse p = parse_int64(text.data(), text.data() + text.size(), thousands, v);
        return p == IntParse::ok ? std::to_string(v) : p == IntParse::overflow ? "overflow" : "no";
    };
    EXPECT_EQ(parse(" +7 "), "7");
    EXPECT_EQ(parse("-0"), "0");
    EXPECT_EQ(parse("007"), "7");
    EXPECT_EQ(parse("- 1"), "no");
    EXPECT_EQ(parse("1_000"), "no");
    EXPECT_EQ(parse("1,000", ','), "1000");
    EXPECT_EQ(parse(",1", ','), "no");
    EXPECT_EQ(parse("9223372036854775807"), "9223372036854775807");
    EXPECT_EQ(parse("-9223372036854775808"), "-9223372036854775808");
    EXPECT_EQ(parse("9223372036854775808"), "overflow");
    EXPECT_EQ(parse("-9223372036854775809"), "overflow");
    EXPECT_EQ(parse("99999999999999999999x"), "no");
}

TEST(CsvFields, PandasFloatSyntax) {
    auto parse = [](const std::string& text, char decimal = '.') {
        double v = 0;
        return parse_float64(text.data(), text.data() + text.size(), decimal, no_char, v)
                   ? v
                   : std::nan("");
    };
    EXPECT_EQ(parse("1e308"), 1e308);
    EXPECT_TRUE(std::isnan(parse("1e309")));  // pandas leaves it a string
    EXPECT_EQ(parse("1e-400"), 0.0);
    EXPECT_TRUE(std::signbit(parse("-0")));
    EXPECT_EQ(parse("+Infinity"), INFINITY);
    EXPECT_EQ(parse("-iNf"), -INFINITY);
    EXPECT_TRUE(std::isnan(parse("nan")));  // an NA string, never a float literal
    EXPECT_TRUE(std::isnan(parse("1e")));
    EXPECT_TRUE(std::isnan(parse(".")));
    EXPECT_EQ(parse(" 2.5 "), 2.5);
    EXPECT_EQ(parse("1,5", ','), 1.5);
    EXPECT_TRUE(std::isnan(parse("1.5", ',')));
    EXPECT_EQ(parse("0.30000000000000004"), 0.30000000000000004);
}

TEST(CsvFields, Datetimes) {
    auto parse = [](const std::string& text) {
        std::int64_t v = 0;
        return parse_datetime(text.data(), text.data() + text.size(), v) ? v : -1;
    };
    EXPECT_EQ(parse("1970-01-01"), 0);
    EXPECT_EQ(parse("2020-01-02 03:04:05.5"), 1577934245500000000);
    EXPECT_EQ(parse("2000-02-29T12:00"), 951825600000000000);
    EXPECT_EQ(parse("1969-12-31 23:59:59.5"), -500000000);
    EXPECT_EQ(parse("2001-02-29"), -1);
    EXPECT_EQ(parse("2020-01-01 24:00"), -1);
    EXPECT_EQ(parse("2020-1-01"), -1);
    EXPECT_EQ(parse("3000-01-01"), -1);  // past datetime64[ns]
}

TEST(CsvFields, Utf8Validation) {
    EXPECT_EQ(find_invalid_utf8("plain ascii text, long enough for words"), std::string::npos);
    EXPECT_EQ(find_invalid_utf8("S\xc3\xa3o \xf0\x9f\x98\x80"), std::string::npos);
    EXPECT_EQ(find_invalid_utf8("ab\xc0\xaf"), 2u);           // overlong
    EXPECT_EQ(find_invalid_utf8("\xed\xa0\x80"), 0u);         // surrogate
    EXPECT_EQ(find_invalid_utf8("x\xf4\x90\x80\x80"), 1u);    // past U+10FFFF
    EXPECT_EQ(find_invalid_utf8("0123456789\xe2\x82"), 10u);  // cut short
}

}  // namespace
}  // namespace tabula::csv
