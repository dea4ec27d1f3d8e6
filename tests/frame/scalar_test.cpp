#include "tabula/frame/scalar.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

TEST(Scalar, KindsAndDtypes) {
    EXPECT_TRUE(Scalar().is_null());
    EXPECT_TRUE(Scalar(std::nullopt).is_null());
    EXPECT_TRUE(Scalar(true).is_bool());
    EXPECT_TRUE(Scalar(3).is_int());
    EXPECT_TRUE(Scalar(3L).is_int());
    EXPECT_TRUE(Scalar(2.5).is_float());
    EXPECT_TRUE(Scalar("Oslo").is_string());
    EXPECT_EQ(Scalar(true).dtype(), DType::Bool);
    EXPECT_EQ(Scalar(3).dtype(), DType::Int64);
    EXPECT_EQ(Scalar(2.5).dtype(), DType::Float64);
    EXPECT_EQ(Scalar(std::string("x")).dtype(), DType::String);
    EXPECT_EQ(Scalar().dtype(), DType::Float64);
    EXPECT_EQ(Scalar(1), Scalar(1L));
    EXPECT_NE(Scalar(1), Scalar(1.0));
}

TEST(Scalar, AsDoubleAndAsString) {
    EXPECT_EQ(Scalar(true).as_double(), 1.0);
    EXPECT_EQ(Scalar(-7).as_double(), -7.0);
    EXPECT_EQ(Scalar(0.25).as_double(), 0.25);
    EXPECT_EQ(Scalar("Oslo").as_string(), "Oslo");
    tabula::testing::expect_error<TypeError>([] { (void)Scalar("Oslo").as_double(); },
                                             "must be real number, not str");
    tabula::testing::expect_error<TypeError>([] { (void)Scalar().as_double(); },
                                             "must be real number, not NoneType");
    tabula::testing::expect_error<TypeError>([] { (void)Scalar(1).as_string(); },
                                             "expected str, not int");
}

TEST(Scalar, ReprAsPython) {
    EXPECT_EQ(Scalar(1).repr(), "1");
    EXPECT_EQ(Scalar(-12345678901234L).repr(), "-12345678901234");
    EXPECT_EQ(Scalar(2.5).repr(), "2.5");
    EXPECT_EQ(Scalar(1.0).repr(), "1.0");
    EXPECT_EQ(Scalar(1e-5).repr(), "1e-05");
    EXPECT_EQ(Scalar(std::numeric_limits<double>::quiet_NaN()).repr(), "nan");
    EXPECT_EQ(Scalar(true).repr(), "True");
    EXPECT_EQ(Scalar(false).repr(), "False");
    EXPECT_EQ(Scalar().repr(), "None");
    EXPECT_EQ(Scalar("Oslo").repr(), "'Oslo'");
    // Python's quoting choice and escapes: repr("it's"), repr('say "hi"'), repr("a\\b\n").
    EXPECT_EQ(Scalar("it's").repr(), "\"it's\"");
    EXPECT_EQ(Scalar("say \"hi\" it's").repr(), "'say \"hi\" it\\'s'");
    EXPECT_EQ(Scalar("a\\b\n\t\x01").repr(), "'a\\\\b\\n\\t\\x01'");
    EXPECT_EQ(Scalar("Tromsø").repr(), "'Tromsø'");
}

TEST(Scalar, ColumnFromScalar) {
    const Column ints = column_from_scalar(Scalar(7), 3);
    ASSERT_EQ(ints.dtype(), DType::Int64);
    ASSERT_EQ(ints.size(), 3);
    EXPECT_EQ(ints.data<std::int64_t>()[2], 7);
    EXPECT_FALSE(ints.has_nulls());
    const Column text = column_from_scalar(Scalar("ab"), 2);
    ASSERT_EQ(text.dtype(), DType::String);
    EXPECT_EQ(text.string_at(0), "ab");
    EXPECT_EQ(text.string_at(1), "ab");
    const Column empty_text = column_from_scalar(Scalar(""), 2);
    EXPECT_EQ(empty_text.string_at(1), "");
    const Column flags = column_from_scalar(Scalar(true), 2);
    EXPECT_EQ(flags.dtype(), DType::Bool);
    EXPECT_TRUE(flags.data<bool>()[1]);
    const Column floats = column_from_scalar(Scalar(0.5), 1);
    EXPECT_EQ(floats.data<double>()[0], 0.5);
    const Column nulls = column_from_scalar(Scalar(), 4);
    EXPECT_EQ(nulls.dtype(), DType::Float64);
    EXPECT_EQ(nulls.null_count(), 4);
    EXPECT_EQ(column_from_scalar(Scalar(1), 0).size(), 0);
    tabula::testing::expect_error<ValueError>([] { column_from_scalar(Scalar(1), -1); },
                                              "column_from_scalar: negative length -1");
}

TEST(Scalar, ScalarAt) {
    const Column ints = Column::from_optionals<std::int32_t>({4, std::nullopt});
    EXPECT_EQ(scalar_at(ints, 0), Scalar(4));
    EXPECT_TRUE(scalar_at(ints, 1).is_null());
    const Column floats = Column::from_vector<float>({0.5F});
    EXPECT_EQ(scalar_at(floats, 0), Scalar(0.5));
    const Column flags = Column::from_vector<bool>({false});
    EXPECT_EQ(scalar_at(flags, 0), Scalar(false));
    const Column cities = Column::from_strings({"Oslo", "Lima"});
    EXPECT_EQ(scalar_at(cities, 1), Scalar("Lima"));
    EXPECT_EQ(scalar_at(cities.astype(DType::Categorical), 0), Scalar("Oslo"));
    const Column when = Column::from_datetimes({1'000'000'000});
    EXPECT_EQ(scalar_at(when, 0), Scalar(1'000'000'000));
    tabula::testing::expect_error<IndexError>([&] { scalar_at(cities, 2); },
                                              "index 2 is out of bounds for size 2");
    tabula::testing::expect_error<IndexError>([&] { scalar_at(cities, -1); },
                                              "index -1 is out of bounds for size 2");
}

}  // namespace
}  // namespace tabula
