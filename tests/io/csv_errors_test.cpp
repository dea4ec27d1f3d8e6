// read_csv's refusals: each bad input or option gives the Python class and a message naming
// file, line, column and the offending text (pandas' wording where pandas has one).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/io/csv.hpp"

namespace tabula {
namespace {

using testing::expect_error;

void read(std::string_view text, const ReadCsvOptions& options = {}) {
    read_csv_string(text, options);
}

TEST(CsvErrors, RowWithMoreFieldsThanTheHeader) {
    expect_error<ParseError>([] { read("a,b\n1,2\n3,4,5\n"); },
                             "<string>:3:5: Expected 2 fields in line 3, saw 3: '3,4,5'");
}

TEST(CsvErrors, RowWithFewerFieldsIsAnErrorToo) {
    expect_error<ParseError>([] { read("a,b,c\n1,2,3\n1,2\n"); },
                             "<string>:3:4: Expected 3 fields in line 3, saw 2: '1,2'");
}

TEST(CsvErrors, LineNumbersArePhysicalLines) {
    // The quoted line end and the blank line count; "\r\n" is one line end, a lone '\r' one.
    expect_error<ParseError>([] { read("a,b\r\n\"x\ny\",1\r\n\n2,3\r4,5,6\n"); },
                             "<string>:6:5: Expected 2 fields in line 6, saw 3: '4,5,6'");
}

TEST(CsvErrors, ParseErrorCarriesThePlace) {
    try {
        read("a,b\n1,2\n3\n");
        FAIL() << "no exception";
    } catch (const ParseError& e) {
        EXPECT_EQ(e.file(), "<string>");
        EXPECT_EQ(e.line(), 3);
        EXPECT_EQ(e.column(), 2);
        EXPECT_STREQ(e.python_name(), "ParseError");
    }
}

TEST(CsvErrors, BadLinesCanBeSkippedAndCounted) {
    for (const char* mode : {"skip", "warn"}) {
        ReadCsvOptions options;
        options.on_bad_lines = mode;
        CsvReadReport report;
        const DataFrame frame =
            read_csv_string("a,b\n1,2\n3\n4,5\n6,7,8\n9,10\n", options, &report);
        EXPECT_EQ(frame.num_rows(), 3);
        EXPECT_EQ(frame.column("a").data<std::int64_t>()[2], 9);
        EXPECT_EQ(report.bad_lines_skipped, 2);
        EXPECT_EQ(report.skipped_lines, (std::vector<std::int64_t>{3, 5}));
    }
}

TEST(CsvErrors, UnterminatedQuoteNamesTheOpeningQuote) {
    expect_error<ParseError>([] { read("a,b\n1,\"abc\n2,3\n"); },
                             "<string>:2:3: EOF inside string starting here: '\"abc\\n2,3\\n'");
    expect_error<ParseError>([] { read("\"a,b\n"); },
                             "<string>:1:1: EOF inside string starting here: '\"a,b\\n'");
}

TEST(CsvErrors, InvalidUtf8NamesTheByte) {
    expect_error<ParseError>([] { read("a,b\n1,ok\n2,ab\xff\n"); },
                             "<string>:3:5: invalid UTF-8 byte 0xff in column 'b': 'ab\\xff'");
    // A truncated two-byte character, and a surrogate encoded in three bytes.
    expect_error<ParseError>([] { read("a\n\xc3\n"); },
                             "<string>:2:1: invalid UTF-8 byte 0xc3 in column 'a': '\\xc3'");
    expect_error<ParseError>([] { read("a\nx\xed\xa0\x80\n"); },
                             "<string>:2:2: invalid UTF-8 byte 0xed in column 'a': "
                             "'x\\xed\\xa0\\x80'");
    expect_error<ParseError>([] { read("a\xfe\n1\n"); },
                             "<string>:1:2: invalid UTF-8 in a column name: 'a\\xfe'");
}

TEST(CsvErrors, DtypeOverrideThatDoesNotFit) {
    ReadCsvOptions options;
    options.dtype["a"] = DType::Int64;
    expect_error<ParseError>([&] { read("a,b\n1,x\nabc,y\n", options); },
                             "<string>:3:1: could not convert 'abc' to int64 in column 'a'");
    expect_error<ParseError>([&] { read("a\n1.5\n", options); },
                             "<string>:2:1: could not convert '1.5' to int64 in column 'a'");
    options.dtype["a"] = DType::Int32;
    expect_error<ParseError>([&] { read("a\n3000000000\n", options); },
                             "<string>:2:1: could not convert '3000000000' to int32 in column 'a'");
    options.dtype["a"] = DType::Float64;
    expect_error<ParseError>([&] { read("a\n1\n\"x,y\"\n", options); },
                             "<string>:3:1: could not convert 'x,y' to float64 in column 'a'");
    options.dtype["a"] = DType::Bool;
    expect_error<ParseError>([&] { read("a\nTrue\n1\n", options); },
                             "<string>:3:1: could not convert '1' to bool in column 'a'");
}

TEST(CsvErrors, UnparseableDate) {
    ReadCsvOptions options;
    options.parse_dates = {"d"};
    // pandas would leave the column as strings; tabula refuses to hand back a silently
    // different type.
    expect_error<ParseError>([&] { read("d\n2020-01-01\n2020-13-01\n", options); },
                             "<string>:3:1: could not parse '2020-13-01' as a date (ISO 8601 "
                             "YYYY-MM-DD[ HH:MM[:SS[.fraction]]]) in column 'd'");
    options.parse_dates = {"x"};
    expect_error<ValueError>([&] { read("d\n2020-01-01\n", options); },
                             "Missing column provided to 'parse_dates': 'x'");
}

TEST(CsvErrors, NoColumns) {
    for (const char* text : {"", "\n\n\r\n", "   \n", "#c\n"}) {
        ReadCsvOptions options;
        options.comment = '#';
        expect_error<ValueError>([&] { read(text, options); }, "No columns to parse from file");
    }
    ReadCsvOptions options;
    options.header = 3;
    expect_error<ValueError>([&] { read("a\nb\n", options); },
                             "Passed header=3 but only 2 lines in file");
}

TEST(CsvErrors, Usecols) {
    ReadCsvOptions options;
    options.usecols = {"x", "b", "it's"};
    expect_error<ValueError>([&] { read("a,b\n1,2\n", options); },
                             "Usecols do not match columns, columns expected but not found: "
                             "['x', \"it's\"]");
}

TEST(CsvErrors, Names) {
    ReadCsvOptions options;
    options.names = {"x", "y", "z"};
    expect_error<ParseError>([&] { read("a,b\n1,2\n", options); },
                             "<string>:1:1: Too many columns specified: expected 3 and found 2");
    options.names = {"x", "x"};
    expect_error<ValueError>([&] { read("a,b\n1,2\n", options); },
                             "Duplicate names are not allowed.");
}

TEST(CsvErrors, Options) {
    ReadCsvOptions options;
    options.encoding = "latin-1";
    expect_error<ValueError>([&] { read("a\n1\n", options); },
                             "unknown encoding: latin-1 (read_csv reads utf-8, with or without "
                             "a byte-order mark)");
    options = {};
    options.on_bad_lines = "ignore";
    expect_error<ValueError>([&] { read("a\n1\n", options); },
                             "Argument ignore is invalid for on_bad_lines");
    options = {};
    options.nrows = -1;
    expect_error<ValueError>([&] { read("a\n1\n", options); }, "'nrows' must be an integer >=0");
    options = {};
    options.header = -1;
    expect_error<ValueError>([&] { read("a\n1\n", options); },
                             "Passing negative integer to header is invalid. For no header, use "
                             "header=None instead");
    for (const char* name : {"UTF-8", "utf8", "utf_8_sig", "UTF-8-SIG"}) {
        options = {};
        options.encoding = name;
        EXPECT_EQ(read_csv_string("a\n1\n", options).num_rows(), 1) << name;
    }
}

TEST(CsvErrors, FileErrorsNameTheFile) {
    expect_error<IOError>([] { read_csv("/nonexistent/tabula.csv"); },
                          "[Errno 2] No such file or directory: '/nonexistent/tabula.csv'");
    const std::string path = ::testing::TempDir() + "tabula_csv_errors.csv";
    std::ofstream(path) << "a,b\n1,2\n3,4,5\n";
    expect_error<ParseError>([&] { read_csv(path); },
                             path + ":3:5: Expected 2 fields in line 3, saw 3: '3,4,5'");
    std::remove(path.c_str());
}

TEST(CsvErrors, ChunkedReaderChecksAtTheCall) {
    expect_error<ValueError>([] { read_csv_chunked("whatever.csv", 0); },
                             "'chunksize' must be an integer >=1");
    expect_error<IOError>([] { read_csv_chunked("/nonexistent/x.csv", 10); },
                          "[Errno 2] No such file or directory: '/nonexistent/x.csv'");
}

TEST(CsvErrors, ChunkedReaderLinesCountFromTheFileStart) {
    const std::string path = ::testing::TempDir() + "tabula_csv_chunk_errors.csv";
    {
        std::ofstream out(path);
        out << "a,b\n";
        for (int i = 0; i < 100; ++i) {
            out << i << ",\"x\ny\"" << (i % 3 == 0 ? "\r" : i % 3 == 1 ? "\r\n" : "\n");
        }
        out << "1,2,3\n";
    }
    expect_error<ParseError>(
        [&] {
            for (const DataFrame& frame : read_csv_chunked(path, 7)) EXPECT_LE(frame.num_rows(), 7);
        },
        path + ":202:5: Expected 2 fields in line 202, saw 3: '1,2,3'");
    std::remove(path.c_str());
}

}  // namespace
}  // namespace tabula
