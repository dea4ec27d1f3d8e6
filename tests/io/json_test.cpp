#include "tabula/io/json.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <limits>
#include <string>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "writers_frames.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::fixture_text;

ToJsonOptions lines() {
    ToJsonOptions options;
    options.lines = true;
    return options;
}

TEST(ToJson, FloatsAsPandasDoublePrecision) {
    const DataFrame frame = testing::floats_frame();
    EXPECT_EQ(to_json_string(frame), fixture_text("floats.json"));
    for (int precision : {0, 3, 15}) {
        ToJsonOptions options;
        options.double_precision = precision;
        EXPECT_EQ(to_json_string(frame, options),
                  fixture_text("floats_p" + std::to_string(precision) + ".json"))
            << precision;
    }
}

TEST(ToJson, RandomFloatsAsPandasDoublePrecision) {
    const DataFrame frame = testing::random_floats_frame();
    for (int precision : {0, 2, 10, 15}) {
        EXPECT_EQ(to_json_string(frame, {.lines = true, .double_precision = precision}),
                  fixture_text("random_p" + std::to_string(precision) + ".json"))
            << precision;
    }
}

TEST(ToJson, RecordsAndLines) {
    const DataFrame frame = testing::mixed_frame();
    EXPECT_EQ(to_json_string(frame), fixture_text("mixed.json"));
    EXPECT_EQ(to_json_string(frame, lines()), fixture_text("mixed_lines.json"));
}

TEST(ToJson, StringsEscapedAsUjson) {
    EXPECT_EQ(to_json_string(testing::strings_frame()), fixture_text("strings.json"));
}

TEST(ToJson, DatetimesAsEpochNumbers) {
    for (const char* name : {"dates", "seconds", "millis", "micros", "nanos"}) {
        for (const char* unit : {"s", "ms", "us", "ns"}) {
            ToJsonOptions options;
            options.date_unit = unit;
            EXPECT_EQ(to_json_string(testing::datetime_frame(name), options),
                      fixture_text(std::string("datetime_") + name + "_" + unit + ".json"))
                << name << " " << unit;
        }
    }
}

TEST(ToJson, NoRows) {
    const DataFrame frame({"a", "b"}, {Column::from_vector(std::vector<double>{}),
                                       Column::from_vector(std::vector<double>{})});
    EXPECT_EQ(to_json_string(frame), fixture_text("no_rows.json"));
    EXPECT_EQ(to_json_string(frame, lines()), fixture_text("no_rows_lines.json"));
}

TEST(ToJson, OptionErrors) {
    const DataFrame frame = testing::floats_frame();
    ToJsonOptions options;
    options.double_precision = 16;
    expect_error<ValueError>([&] { to_json_string(frame, options); },
                             "Invalid value '16' for option 'double_precision', max is '15'");
    options.double_precision = -1;
    expect_error<ValueError>([&] { to_json_string(frame, options); },
                             "Invalid value '-1' for option 'double_precision', max is '15'");
    options = {};
    options.date_unit = "h";
    expect_error<ValueError>([&] { to_json_string(frame, options); },
                             "Invalid value 'h' for option 'date_unit'");
    options = {};
    options.orient = "bogus";
    expect_error<ValueError>([&] { to_json_string(frame, options); },
                             "Invalid value 'bogus' for option 'orient'");
    options.orient = "columns";
    expect_error<ValueError>([&] { to_json_string(frame, options); },
                             "to_json supports orient='records' (with or without lines=true), "
                             "not orient='columns'");
    options.lines = true;
    expect_error<ValueError>([&] { to_json_string(frame, options); },
                             "'lines' keyword only valid when 'orient' is records");
}

TEST(ToJson, DuplicateColumns) {
    const DataFrame frame({"a", "a"}, {Column::from_vector(std::vector<std::int64_t>{1}),
                                       Column::from_vector(std::vector<std::int64_t>{2})});
    expect_error<ValueError>([&] { to_json_string(frame); },
                             "DataFrame columns must be unique for orient='records'.");
}

TEST(ToJson, InvalidUtf8) {
    const DataFrame frame({"s"}, {Column::from_strings({"ok", "bad\xff"})});
    expect_error<ValueError>([&] { to_json_string(frame); },
                             "to_json: the string in column 's' at row 1 is not valid UTF-8");
}

TEST(ToJson, FileErrors) {
    expect_error<IOError>([] { to_json(testing::floats_frame(), "/nonexistent-dir/out.json"); },
                          "[Errno 2] No such file or directory: '/nonexistent-dir/out.json'");
}

TEST(ReadJson, RecordsInferTypes) {
    const DataFrame frame =
        read_json_string(R"([{"i":1,"f":1,"b":true,"s":"x","n":null},)"
                         R"( {"i":-2,"f":2.5,"b":null,"s":"\u00e9\/","extra":"late"},)"
                         R"( {"i":null,"f":-3,"b":false,"s":null,"n":null}])");
    using std::nullopt;
    const DataFrame expected(
        {"i", "f", "b", "s", "n", "extra"},
        {Column::from_optionals(std::vector<std::optional<std::int64_t>>{1, -2, nullopt}),
         Column::from_optionals(std::vector<std::optional<double>>{1.0, 2.5, -3.0}),
         Column::from_optionals(std::vector<std::optional<bool>>{true, nullopt, false}),
         Column::from_optional_strings({"x", "é/", nullopt}), Column::nulls(DType::Float64, 3),
         Column::from_optional_strings({nullopt, "late", nullopt})});
    EXPECT_TRUE(frame.equals(expected));
}

// A key repeated within one object keeps its last value, as Python's json module does.
TEST(ReadJson, RepeatedKeyKeepsLastValue) {
    const DataFrame frame = read_json_string(R"([{"a":1,"b":"x","a":2},{"a":null,"a":3}])");
    const DataFrame expected({"a", "b"}, {Column::from_vector(std::vector<std::int64_t>{2, 3}),
                                          Column::from_optional_strings({"x", std::nullopt})});
    EXPECT_TRUE(frame.equals(expected));
}

TEST(ReadJson, LinesSkipBlankLines) {
    ReadJsonOptions options;
    options.lines = true;
    const DataFrame frame = read_json_string("{\"a\":1}\r\n\n  \n{\"b\":\"x\",\"a\":2}\n", options);
    const DataFrame expected({"a", "b"}, {Column::from_vector(std::vector<std::int64_t>{1, 2}),
                                          Column::from_optional_strings({std::nullopt, "x"})});
    EXPECT_TRUE(frame.equals(expected));
    EXPECT_EQ(read_json_string("\n \n", options).shape(),
              std::make_pair(std::int64_t{0}, std::int64_t{0}));
    EXPECT_EQ(read_json_string("[]").shape(), std::make_pair(std::int64_t{0}, std::int64_t{0}));
}

// What to_json writes, read_json reads back as the same frame, except that datetimes come back
// as their epoch numbers and categoricals as strings (JSON has neither type).
TEST(ReadJson, RoundTrip) {
    const DataFrame mixed = testing::mixed_frame();
    const DataFrame frame = mixed[std::vector<std::string>{"i", "b", "s"}];
    ToJsonOptions exact;
    exact.double_precision = 15;
    for (const ToJsonOptions& options : {exact, lines()}) {
        ReadJsonOptions read;
        read.lines = options.lines;
        EXPECT_TRUE(read_json_string(to_json_string(frame, options), read).equals(frame));
    }
    const DataFrame floats({"f"}, {Column::from_optionals(std::vector<std::optional<double>>{
                                      0.5, 0.25, std::nullopt, -3.0, 1e20})});
    EXPECT_TRUE(read_json_string(to_json_string(floats)).equals(floats));
}

TEST(ReadJson, TypeErrors) {
    expect_error<ValueError>(
        [] { read_json_string(R"([{"a":1},{"a":"x"}])"); },
        "read_json: column 'a' holds int64 values and, at record 1, a string value");
    expect_error<ValueError>(
        [] { read_json_string(R"([{"a":true},{"a":2.5}])"); },
        "read_json: column 'a' holds bool values and, at record 1, a float64 value");
    ReadJsonOptions lines_options;
    lines_options.lines = true;
    expect_error<ValueError>(
        [&] { read_json_string("{\"a\":1.5}\n\n{\"a\":false}\n", lines_options); },
        "read_json: column 'a' holds float64 values and, at record 1 (line 3), a bool value");
    expect_error<ValueError>([] { read_json_string(R"([{"a":[1]}])"); },
                             "read_json: column 'a' at record 0 holds a nested array; only "
                             "numbers, strings, true/false and null are supported");
    expect_error<ValueError>([] { read_json_string(R"([{"a":18446744073709551615}])"); },
                             "read_json: column 'a' at record 0 holds 18446744073709551615, "
                             "which does not fit int64");
    expect_error<ValueError>([] { read_json_string(R"([{"a":1},{"a":-9223372036854775809}])"); },
                             "read_json: column 'a' at record 1 holds -9223372036854775809, "
                             "which does not fit int64");
    expect_error<ValueError>([] { read_json_string(R"([{"b":0,"a":{"x":1}}])"); },
                             "read_json: column 'a' at record 0 holds a nested object; only "
                             "numbers, strings, true/false and null are supported");
    expect_error<ValueError>([] { read_json_string(R"([{"a":1}, 5])"); },
                             "read_json(orient='records'): record 1 is a number, not an object");
    expect_error<ValueError>([] { read_json_string(R"([[1]])"); },
                             "read_json(orient='records'): record 0 is an array, not an object");
    expect_error<ValueError>([&] { read_json_string("{\"a\":1}\n\"x\"\n", lines_options); },
                             "read_json(orient='records'): record 1 (line 2) is a string, not an "
                             "object");
    expect_error<ValueError>([] { read_json_string(R"({"a":[1,2]})"); },
                             "read_json(orient='records') expects an array of objects, not a "
                             "JSON object");
    ReadJsonOptions columns;
    columns.orient = "columns";
    expect_error<ValueError>([&] { read_json_string("{}", columns); },
                             "read_json supports orient='records' (with or without lines=true), "
                             "not orient='columns'");
}

TEST(ReadJson, ParseErrorsNameLineAndColumn) {
    try {
        read_json_string("[{\"a\":1},\n {\"a\":2,}]");
        ADD_FAILURE() << "no exception";
    } catch (const ParseError& e) {
        EXPECT_EQ(e.file(), "<string>");
        EXPECT_EQ(e.line(), 2);
        EXPECT_EQ(e.column(), 9);
    }
    ReadJsonOptions lines_options;
    lines_options.lines = true;
    try {
        read_json_string("{\"a\":1}\n{\"a\" 2}\n", lines_options);
        ADD_FAILURE() << "no exception";
    } catch (const ParseError& e) {
        EXPECT_EQ(e.line(), 2);
        EXPECT_EQ(e.column(), 6);
    }
    expect_error<ParseError>([] { read_json_string("[{\"a\":1},\n {\"a\":2,}]"); },
                             "<string>:2:9: syntax error while parsing object key - unexpected "
                             "'}'; expected string literal");
    // The broken byte nlohmann quotes is shown escaped, so the message stays valid UTF-8.
    expect_error<ParseError>([] { read_json_string("[{\"a\":\"\xff\"}]"); },
                             "<string>:1:8: syntax error while parsing value - invalid string: "
                             "ill-formed UTF-8 byte; last read: '\"\\xff'");
}

TEST(ReadJson, Files) {
    const std::string path =
        (std::filesystem::temp_directory_path() / "tabula_json_test.json").string();
    const DataFrame frame = testing::mixed_frame()[std::vector<std::string>{"i", "s"}];
    to_json(frame, path, lines());
    ReadJsonOptions options;
    options.lines = true;
    EXPECT_TRUE(read_json(path, options).equals(frame));
    std::remove(path.c_str());
    expect_error<IOError>([&] { read_json(path); },
                          "[Errno 2] No such file or directory: '" + path + "'");
}

}  // namespace
}  // namespace tabula
