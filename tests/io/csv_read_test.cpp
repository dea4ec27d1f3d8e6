// read_csv beyond the pandas fixtures: the parallel reader gives exactly the sequential result
// on inputs whose chunk boundaries fall inside quoted fields, whatever the thread count;
// hostile inputs never crash or hang; tabula's documented choices (ints past int64).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/io/csv.hpp"

namespace tabula {
namespace {

// Several MiB where most rows hold quoted line ends (so guessed chunk starts are often inside
// quotes), with CRLF and lone-CR lines, blank lines, nulls and a column that turns from int to
// float far from its start.
std::string quoted_heavy(int rows) {
    std::mt19937 rng(7);
    std::string text = "id,note,x,y,flag\n";
    for (int i = 0; i < rows; ++i) {
        text += std::to_string(i) + ",";
        switch (rng() % 5) {
            case 0:
                text += "\"multi\nline, with \"\"quotes\"\"\n" + std::to_string(i) + "\"";
                break;
            case 1:
                text += "\"crlf\r\ninside\"";
                break;
            case 2:
                text += "";
                break;
            case 3:
                text += "plain " + std::to_string(rng() % 100);
                break;
            default:
                text += "\"" + std::string(rng() % 300, '\n') + "\"";
                break;
        }
        text += "," + std::to_string(rng() % 1000);
        text += i == rows - 7 ? ",2.5" : (rng() % 10 == 0 ? "," : "," + std::to_string(rng() % 9));
        text += rng() % 2 ? ",True" : ",False";
        text += rng() % 3 == 0 ? "\r\n" : (rng() % 17 == 0 ? "\n\n" : "\n");
    }
    return text;
}

TEST(CsvRead, ParallelEqualsSequential) {
    const std::string text = quoted_heavy(60000);
    ASSERT_GT(text.size(), 3u << 20);
    ReadCsvOptions sequential;
    sequential.nrows = 1 << 30;  // a row limit reads in one piece
    const DataFrame expected = read_csv_string(text, sequential);
    ASSERT_EQ(expected.num_rows(), 60000);
    EXPECT_EQ(dtype_name(expected.column("y").dtype()), "float64");
    EXPECT_EQ(dtype_name(expected.column("flag").dtype()), "bool");
    EXPECT_EQ(expected.column("note").string_at(5).find('\r'), std::string_view::npos)
        << "a plain field";
    for (const int threads : {1, 2, 3}) {
        set_num_threads(threads);
        EXPECT_TRUE(read_csv_string(text).equals(expected)) << threads << " threads";
    }
    set_num_threads(0);
}

TEST(CsvRead, OneQuotedFieldSpanningManyChunks) {
    std::string field;
    for (int i = 0; i < 300000; ++i) field += "1,2,3\n";
    const std::string text = "a,b\nx,\"" + field + "\"\ny,2\n";
    const DataFrame frame = read_csv_string(text);
    ASSERT_EQ(frame.num_rows(), 2);
    EXPECT_EQ(frame.column("b").string_at(0), field);
    EXPECT_EQ(frame.column("b").string_at(1), "2");
}

TEST(CsvRead, ChunkedEqualsWholeFile) {
    const std::string path = ::testing::TempDir() + "tabula_csv_chunked.csv";
    const std::string text = quoted_heavy(20000);
    std::ofstream(path, std::ios::binary) << "\xEF\xBB\xBF" << text;
    const DataFrame whole = read_csv(path);
    std::int64_t rows = 0;
    for (const DataFrame& chunk : read_csv_chunked(path, 4999)) {
        EXPECT_TRUE(chunk.index().is_range());
        EXPECT_EQ(chunk.index().start(), rows);
        EXPECT_EQ(chunk.num_rows(), std::min<std::int64_t>(4999, 20000 - rows));
        for (const char* name : {"id", "note", "x", "flag"}) {
            EXPECT_TRUE(chunk.column(name).equals(whole.column(name).slice(rows, chunk.num_rows())))
                << name << " at " << rows;
        }
        rows += chunk.num_rows();
    }
    EXPECT_EQ(rows, 20000);
    std::remove(path.c_str());
}

TEST(CsvRead, ChunkedInfersTypesPerChunkAsPandas) {
    const std::string path = ::testing::TempDir() + "tabula_csv_chunk_types.csv";
    std::ofstream(path) << "a,b\n1,x\n2,y\n3.5,z\n,w\n5,v";
    ReadCsvOptions options;
    options.usecols = {"a"};
    std::vector<std::string> dtypes;
    std::vector<std::int64_t> starts;
    for (const DataFrame& chunk : read_csv_chunked(path, 2, options)) {
        dtypes.emplace_back(dtype_name(chunk.column("a").dtype()));
        starts.push_back(chunk.index().start());
        EXPECT_EQ(chunk.columns(), std::vector<std::string>{"a"});
    }
    EXPECT_EQ(dtypes, (std::vector<std::string>{"int64", "float64", "int64"}));
    EXPECT_EQ(starts, (std::vector<std::int64_t>{0, 2, 4}));

    options = {};
    options.nrows = 3;
    std::int64_t rows = 0;
    for (const DataFrame& chunk : read_csv_chunked(path, 2, options)) rows += chunk.num_rows();
    EXPECT_EQ(rows, 3);

    std::ofstream(path) << "a,b\n";
    int chunks = 0;
    for (const DataFrame& chunk : read_csv_chunked(path, 2)) chunks += chunk.num_rows() >= 0;
    EXPECT_EQ(chunks, 0);
    std::remove(path.c_str());
}

TEST(CsvRead, ChunkedStopsEarlyWithoutReadingTheRest) {
    const std::string path = ::testing::TempDir() + "tabula_csv_chunk_break.csv";
    {
        std::ofstream out(path);
        out << "a\n";
        for (int i = 0; i < 100000; ++i) out << i << "\n";
        out << "1,2\n";  // never reached
    }
    auto frames = read_csv_chunked(path, 10);
    for (const DataFrame& chunk : frames) {
        EXPECT_EQ(chunk.column("a").data<std::int64_t>()[9], 9);
        break;
    }
    std::remove(path.c_str());
}

TEST(CsvRead, IntegersPastInt64AreFloats) {
    // pandas makes uint64 up to 2**64 - 1 and object past it; tabula has no uint64 and keeps a
    // column of numbers numeric.
    const DataFrame frame = read_csv_string("a,b\n9223372036854775808,1\n1,99999999999999999999\n");
    EXPECT_EQ(frame.column("a").dtype(), DType::Float64);
    EXPECT_EQ(frame.column("a").data<double>()[0], 9223372036854775808.0);
    EXPECT_EQ(frame.column("b").data<double>()[1], 1e20);
}

TEST(CsvRead, NulBytesAreData) {
    // pandas' C parser stops a field at a NUL byte (C strings); tabula keeps the byte.
    const DataFrame frame = read_csv_string(std::string("a,b\nx\0y,1\n", 10));
    EXPECT_EQ(frame.column("a").string_at(0), std::string("x\0y", 3));
}

TEST(CsvRead, HostileInputsNeverCrash) {
    const std::vector<std::string> inputs = {"\"",
                                             "\"\"",
                                             "\"\"\"",
                                             "a\n\"",
                                             "a,b\n\"\n",
                                             std::string(5, '\0'),
                                             "a\n" + std::string(3, '\0'),
                                             "\n",
                                             "\r",
                                             "\r\r\r\n\n",
                                             ",",
                                             ",,,\n,,,",
                                             "a,b",
                                             "a\n\\",
                                             "a\n1\\",
                                             "#",
                                             "a\n#"};
    for (const std::string& text : inputs) {
        for (const bool escape : {false, true}) {
            ReadCsvOptions options;
            if (escape) {
                options.escapechar = '\\';
                options.comment = '#';
            }
            try {
                const DataFrame frame = read_csv_string(text, options);
                EXPECT_GE(frame.num_columns(), 1);
            } catch (const ValueError&) {
            }
        }
    }
}

TEST(CsvRead, RandomBytesNeverCrash) {
    // Every input either reads or raises a ValueError (ParseError is one); ASan checks memory.
    const std::string alphabet = ",\"\n\r a1.-#\\\xff\xc3\t;e";
    std::mt19937 rng(1);
    for (int trial = 0; trial < 3000; ++trial) {
        std::string text;
        const int length = static_cast<int>(rng() % 64);
        for (int i = 0; i < length; ++i) text += alphabet[rng() % alphabet.size()];
        ReadCsvOptions options;
        if (trial % 3 == 1) options.escapechar = '\\';
        if (trial % 4 == 1) options.comment = '#';
        if (trial % 5 == 1) options.on_bad_lines = "skip";
        if (trial % 7 == 1) options.header = std::nullopt;
        try {
            const DataFrame frame = read_csv_string(text, options);
            for (std::int64_t c = 0; c < frame.num_columns(); ++c) {
                EXPECT_EQ(frame.column(static_cast<std::size_t>(c)).size(), frame.num_rows());
            }
        } catch (const ValueError&) {
        }
    }
}

TEST(CsvRead, HugeField) {
    const std::string big(20 << 20, 'x');
    const DataFrame frame = read_csv_string("a,b\n" + big + ",1\n");
    EXPECT_EQ(frame.column("a").string_at(0).size(), big.size());
    EXPECT_EQ(frame.column("b").data<std::int64_t>()[0], 1);
}

TEST(CsvRead, EmptyColumnIsFloatNullAndHeaderOnlyIsStrings) {
    const DataFrame frame = read_csv_string("a,b\n1,\n2,\n");
    EXPECT_EQ(frame.column("b").dtype(), DType::Float64);
    EXPECT_EQ(frame.column("b").null_count(), 2);
    const DataFrame empty = read_csv_string("a,b\n");
    EXPECT_EQ(empty.num_rows(), 0);
    EXPECT_EQ(empty.column("a").dtype(), DType::String);
}

TEST(CsvRead, CategoricalOverride) {
    ReadCsvOptions options;
    options.dtype["c"] = DType::Categorical;
    const DataFrame frame = read_csv_string("c\nb\na\n\nb\nNA\n", options);
    const Column& c = frame.column("c");
    ASSERT_EQ(c.dtype(), DType::Categorical);
    EXPECT_EQ(c.size(), 4);
    EXPECT_EQ(c.categories().string_at(0), "a");
    EXPECT_EQ(c.codes()[0], 1);
    EXPECT_EQ(c.codes()[1], 0);
    EXPECT_TRUE(c.is_null(3));
}

}  // namespace
}  // namespace tabula
