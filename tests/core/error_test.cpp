#include "tabula/core/error.hpp"

#include <gtest/gtest.h>

namespace tabula {
namespace {

TEST(Error, PythonNamesAndHierarchy) {
    try {
        throw ShapeError("bad shape");
    } catch (const ValueError& e) {
        EXPECT_STREQ(e.python_name(), "ShapeError");
        EXPECT_STREQ(e.what(), "bad shape");
    }
    EXPECT_STREQ(KeyError("k").python_name(), "KeyError");
    EXPECT_STREQ(IndexError("i").python_name(), "IndexError");
    EXPECT_STREQ(TypeError("t").python_name(), "TypeError");
    EXPECT_STREQ(IOError("o").python_name(), "IOError");
    EXPECT_STREQ(NotFittedError("n").python_name(), "NotFittedError");
    EXPECT_THROW(throw NotFittedError("n"), ValueError);
    EXPECT_THROW(throw IOError("x"), Error);
    EXPECT_THROW(throw KeyError("x"), std::runtime_error);
}

TEST(Error, ParseErrorNamesPlace) {
    ParseError e("users.csv", 12, 3, "expected 6 fields, saw 7");
    EXPECT_STREQ(e.what(), "users.csv:12:3: expected 6 fields, saw 7");
    EXPECT_EQ(e.file(), "users.csv");
    EXPECT_EQ(e.line(), 12);
    EXPECT_EQ(e.column(), 3);
    EXPECT_STREQ(e.python_name(), "ParseError");
}

}  // namespace
}  // namespace tabula
