#include "tabula/io/to_csv.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <string>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/io/csv.hpp"
#include "writers_frames.hpp"

namespace tabula {
namespace {

using testing::fixture_text;

TEST(ToCsv, FloatsAsPythonRepr) {
    EXPECT_EQ(to_csv_string(testing::floats_frame()), fixture_text("floats.csv"));
}

TEST(ToCsv, RandomFloatsAsPythonRepr) {
    EXPECT_EQ(to_csv_string(testing::random_floats_frame(), {.index = false}),
              fixture_text("random.csv"));
}

TEST(ToCsv, FloatFormatAndNaRep) {
    const ToCsvOptions options{.na_rep = "NULL", .index = false, .float_format = "%.3f"};
    EXPECT_EQ(to_csv_string(testing::floats_frame(), options), fixture_text("floats_format.csv"));
}

TEST(ToCsv, EveryDtypeWithNulls) {
    const DataFrame frame = testing::mixed_frame();
    EXPECT_EQ(to_csv_string(frame), fixture_text("mixed.csv"));

    ToCsvOptions tab;
    tab.sep = '\t';
    tab.index = false;
    tab.na_rep = "NA";
    EXPECT_EQ(to_csv_string(frame, tab), fixture_text("mixed_tab_na.csv"));

    ToCsvOptions no_header;
    no_header.header = false;
    EXPECT_EQ(to_csv_string(frame, no_header), fixture_text("mixed_noheader.csv"));

    ToCsvOptions semicolon;
    semicolon.sep = ';';
    semicolon.quotechar = '\'';
    semicolon.lineterminator = "\r\n";
    EXPECT_EQ(to_csv_string(frame, semicolon), fixture_text("mixed_semicolon.csv"));
}

TEST(ToCsv, StringsQuotedOnlyWhenNeeded) {
    ToCsvOptions options;
    options.index = false;
    EXPECT_EQ(to_csv_string(testing::strings_frame(), options), fixture_text("strings.csv"));
}

// Python 3.11.2's csv module (Debian's, under pandas 1.5.3) leaves a lone '\r' unquoted when the
// line terminator is "\n", so read_csv splits the row there; CPython 3.11.9 and later quote it
// (gh-67044), and so does tabula.
TEST(ToCsv, CarriageReturnQuoted) {
    const DataFrame frame({"s"}, {Column::from_strings({"r\rx", "n"})});
    ToCsvOptions options;
    options.index = false;
    EXPECT_EQ(to_csv_string(frame, options), "s\n\"r\rx\"\nn\n");
}

TEST(ToCsv, NaNValueIsNaRep) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const DataFrame frame({"a", "b"}, {Column::from_vector(std::vector<double>{nan, 1.0}),
                                       Column::from_vector(std::vector<float>{2.0F, NAN})});
    ToCsvOptions options;
    options.na_rep = "-";
    EXPECT_EQ(to_csv_string(frame, options), ",a,b\n0,-,2.0\n1,1.0,-\n");
}

TEST(ToCsv, Datetimes) {
    for (const char* name : {"dates", "seconds", "millis", "micros", "nanos"}) {
        EXPECT_EQ(to_csv_string(testing::datetime_frame(name)),
                  fixture_text(std::string("datetime_") + name + ".csv"))
            << name;
    }
}

TEST(ToCsv, IndexLabels) {
    const DataFrame frame =
        DataFrame(
            {"k", "a"},
            {Column::from_optional_strings({"r1", "r,2", std::nullopt}),
             Column::from_optionals(std::vector<std::optional<double>>{1.5, std::nullopt, 3.0})})
            .set_index("k");
    EXPECT_EQ(to_csv_string(frame), fixture_text("index_labels.csv"));
    ToCsvOptions options;
    options.index_label = "key";
    EXPECT_EQ(to_csv_string(frame, options), fixture_text("index_label_option.csv"));

    const DataFrame range({"a"},
                          {Column::from_vector(std::vector<std::int64_t>{10, 20, 30, 40, 50})});
    EXPECT_EQ(to_csv_string(range.slice(2, 3)), fixture_text("index_range_slice.csv"));
}

TEST(ToCsv, HeaderNamesQuoted) {
    const DataFrame frame({"a,b", "q\"", ""}, {Column::from_vector(std::vector<std::int64_t>{1}),
                                               Column::from_vector(std::vector<std::int64_t>{2}),
                                               Column::from_vector(std::vector<std::int64_t>{3})});
    EXPECT_EQ(to_csv_string(frame), fixture_text("names_quoted.csv"));
}

TEST(ToCsv, EmptyShapes) {
    const DataFrame one(
        {"a"}, {Column::from_optionals(std::vector<std::optional<std::int64_t>>{1, {}, 2})});
    ToCsvOptions no_index;
    no_index.index = false;
    EXPECT_EQ(to_csv_string(one, no_index), fixture_text("one_column_null.csv"));

    const DataFrame no_columns({}, {}, Index::range(0, 2));
    EXPECT_EQ(to_csv_string(no_columns), fixture_text("no_columns.csv"));
    EXPECT_EQ(to_csv_string(no_columns, no_index), fixture_text("no_columns_no_index.csv"));

    const DataFrame no_rows({"a", "b"}, {Column::from_vector(std::vector<double>{}),
                                         Column::from_vector(std::vector<double>{})});
    EXPECT_EQ(to_csv_string(no_rows), fixture_text("no_rows.csv"));
}

TEST(ToCsv, ManyRowsKeepOrder) {
    // More rows than one parallel block, so the blocks' texts must be joined in row order.
    std::vector<std::int64_t> values(100'000);
    std::string expected = "v\n";
    for (std::size_t i = 0; i < values.size(); ++i) {
        values[i] = static_cast<std::int64_t>(i) * 7 - 3;
        expected += std::to_string(values[i]) + "\n";
    }
    ToCsvOptions options;
    options.index = false;
    EXPECT_EQ(to_csv_string(DataFrame({"v"}, {Column::from_vector(values)}), options), expected);
}

// read_csv(to_csv(df)) gives back df exactly: every dtype, nulls in each, floats bit for bit
// (the sign of zero included). Datetimes and categoricals need parse_dates / dtype, as in pandas.
TEST(ToCsv, RoundTripThroughReadCsv) {
    using std::nullopt;
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<std::optional<double>> floats = {
        0.1, 1.0 / 3, 1e308, 5e-324, -0.0, 1e16, inf, -inf, nullopt, 123456789.12345679};
    const std::vector<std::optional<std::int64_t>> ints = {0,
                                                           -1,
                                                           nullopt,
                                                           std::numeric_limits<std::int64_t>::max(),
                                                           std::numeric_limits<std::int64_t>::min(),
                                                           7,
                                                           8,
                                                           9,
                                                           10,
                                                           11};
    const std::vector<std::optional<bool>> bools = {true,  false, nullopt, true, true,
                                                    false, true,  true,    true, false};
    const std::vector<std::optional<std::string>> strings = {
        "a,b", "q\"x", "l\nn", "r\rx", nullopt, " sp ", "é", "x", "'single'", "end"};
    std::vector<std::int64_t> nanoseconds;
    Bitmap validity(10);
    for (std::int64_t i = 0; i < 10; ++i) {
        nanoseconds.push_back(1'609'632'000'000'000'000 + i * 3'600'000'000'123);
        validity.set(i, i != 4);
    }
    const DataFrame frame(
        {"f", "i", "b", "s", "d", "c"},
        {Column::from_optionals(floats), Column::from_optionals(ints),
         Column::from_optionals(bools), Column::from_optional_strings(strings),
         Column::from_datetimes(nanoseconds, validity),
         Column::from_optional_strings({"x", nullopt, "y", "x", "z", "y", "x", "x", "y", "z"})
             .astype(DType::Categorical)});
    const std::string text = to_csv_string(frame, {.index = false});
    ReadCsvOptions options;
    options.parse_dates = {"d"};
    options.dtype = {{"c", DType::Categorical}};
    const DataFrame back = read_csv_string(text, options);
    EXPECT_TRUE(back.equals(frame)) << text;
    ASSERT_EQ(back.column("f").dtype(), DType::Float64);
    for (std::size_t k = 0; k < floats.size(); ++k) {
        if (!floats[k]) continue;
        EXPECT_EQ(std::bit_cast<std::uint64_t>(back.column("f").data<double>()[k]),
                  std::bit_cast<std::uint64_t>(*floats[k]))
            << *floats[k];
    }

    const DataFrame random = testing::random_floats_frame();
    EXPECT_TRUE(read_csv_string(to_csv_string(random, {.index = false})).equals(random));
}

TEST(ToCsv, WritesFile) {
    const std::string path =
        (std::filesystem::temp_directory_path() / "tabula_to_csv_test.csv").string();
    to_csv(testing::mixed_frame(), path);
    std::ifstream in(path, std::ios::binary);
    const std::string written{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    EXPECT_EQ(written, fixture_text("mixed.csv"));
    std::remove(path.c_str());
}

TEST(ToCsv, Errors) {
    testing::expect_error<IOError>(
        [] { to_csv(testing::floats_frame(), "/nonexistent-dir/out.csv"); },
        "[Errno 2] No such file or directory: '/nonexistent-dir/out.csv'");
    const auto with_format = [](const char* format) {
        return ToCsvOptions{.float_format = format};
    };
    testing::expect_error<ValueError>(
        [&] { to_csv_string(testing::floats_frame(), with_format("%s")); },
        "float_format '%s': only one floating conversion (%e %E %f %F %g %G, with flags, width "
        "and precision) is supported, not '%s'");
    testing::expect_error<ValueError>(
        [&] { to_csv_string(testing::floats_frame(), with_format("%.2f and %.3f")); },
        "float_format '%.2f and %.3f' must hold exactly one floating conversion, it holds 2");
    testing::expect_error<ValueError>(
        [&] { to_csv_string(testing::floats_frame(), with_format("100%%")); },
        "float_format '100%%' must hold exactly one floating conversion, it holds 0");
    EXPECT_EQ(to_csv_string(DataFrame({"f"}, {Column::from_vector(std::vector<double>{1234.5})}),
                            with_format("%08.2e%%")),
              ",f\n0,1.23e+03%\n");
}

}  // namespace
}  // namespace tabula
