#include "tabula/frame/column.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

TEST(Column, FixedValuesNullsAndSlices) {
    const Column c = Column::from_optionals<std::int64_t>({1, std::nullopt, 3, 4});
    EXPECT_EQ(c.dtype(), DType::Int64);
    EXPECT_EQ(c.size(), 4);
    EXPECT_EQ(c.null_count(), 1);
    EXPECT_TRUE(c.is_null(1));
    EXPECT_EQ(c.data<std::int64_t>()[2], 3);
    const Column tail = c.slice(2, 2);
    EXPECT_EQ(tail.null_count(), 0);
    EXPECT_EQ(tail.data<std::int64_t>()[0], 3);
    EXPECT_EQ(c.slice(1, 2).null_count(), 1);
    EXPECT_TRUE(c.slice(1, 2).is_null(0));
    EXPECT_THROW(c.data<double>(), TypeError);
    tabula::testing::expect_error<IndexError>(
        [&] { c.slice(3, 2); }, "slice [3, 5) is out of bounds for a column of 4 rows");
}

TEST(Column, StringsTakeAndFilter) {
    const Column s = Column::from_optional_strings({"Oslo", std::nullopt, "Rome", ""});
    EXPECT_EQ(s.dtype(), DType::String);
    EXPECT_EQ(s.string_at(0), "Oslo");
    EXPECT_EQ(s.string_at(3), "");
    EXPECT_TRUE(s.is_null(1));
    const std::vector<std::int64_t> order{2, -1, 0};
    const Column t = s.take(order);
    EXPECT_EQ(t.string_at(0), "Rome");
    EXPECT_TRUE(t.is_null(1));
    EXPECT_EQ(t.string_at(2), "Oslo");
    const bool keep[] = {false, true, true, false};
    const Column f = s.filter(keep);
    ASSERT_EQ(f.size(), 2);
    EXPECT_TRUE(f.is_null(0));
    EXPECT_EQ(f.string_at(1), "Rome");
    const std::vector<std::int64_t> bad{4};
    tabula::testing::expect_error<IndexError>([&] { s.take(bad); },
                                              "index 4 is out of bounds for a column of 4 rows");
    const bool short_mask[] = {true};
    tabula::testing::expect_error<ValueError>([&] { s.filter(short_mask); },
                                              "Item wrong length 1 instead of 4.");
}

TEST(Column, AstypeAsPandas) {
    const Column f = Column::from_optionals<double>({1.5, std::nullopt, -2.75});
    const Column i = f.astype(DType::Int64);
    EXPECT_EQ(i.data<std::int64_t>()[0], 1);
    EXPECT_EQ(i.data<std::int64_t>()[2], -2);
    EXPECT_TRUE(i.is_null(1));
    const Column text = f.astype(DType::String);
    EXPECT_EQ(text.string_at(0), "1.5");
    EXPECT_EQ(text.string_at(2), "-2.75");
    EXPECT_EQ(Column::from_vector<bool>({true, false}).astype(DType::String).string_at(0), "True");
    const Column cat = Column::from_strings({"b", "a", "b"}).astype(DType::Categorical);
    EXPECT_EQ(cat.categories().size(), 2);
    EXPECT_EQ(cat.codes()[0], 1);
    EXPECT_EQ(cat.string_at(1), "a");
    EXPECT_TRUE(cat.astype(DType::String).equals(Column::from_strings({"b", "a", "b"})));
    EXPECT_EQ(Column::from_strings({"2.5", "1e3"}).astype(DType::Float64).data<double>()[1],
              1000.0);
    tabula::testing::expect_error<ValueError>(
        [] { Column::from_strings({"abc"}).astype(DType::Float64); },
        "could not convert string to float: 'abc'");
    tabula::testing::expect_error<ValueError>(
        [] { Column::from_vector<double>({NAN}).astype(DType::Int64); },
        "Cannot convert non-finite values (NA or inf) to integer");
    tabula::testing::expect_error<ValueError>(
        [] { Column::from_vector<std::int64_t>({1LL << 40}).astype(DType::Int32); },
        "value 1099511627776 does not fit in int32");
}

TEST(Column, EqualsTreatsNanAsEqual) {
    const Column a = Column::from_vector<double>({NAN, 0.0, 1.0});
    EXPECT_TRUE(a.equals(Column::from_vector<double>({NAN, -0.0, 1.0})));
    EXPECT_FALSE(a.equals(Column::from_vector<double>({NAN, 0.0, 2.0})));
    EXPECT_FALSE(a.equals(Column::from_optionals<double>({std::nullopt, 0.0, 1.0})));
}

TEST(Column, MemoryUsageCountsStorage) {
    EXPECT_EQ(Column::from_vector<double>({1, 2, 3}).memory_usage(), 24u);
    const Column s = Column::from_strings({"ab", "cde"});
    EXPECT_EQ(s.memory_usage(), 24u);
    EXPECT_EQ(s.memory_usage(true), 29u);
    EXPECT_EQ(Column::from_optionals<std::int64_t>({1, std::nullopt}).memory_usage(), 17u);
}

TEST(Column, RejectsInconsistentStorage) {
    tabula::testing::expect_error<ValueError>(
        [] { Column::fixed(DType::Int64, Buffer::allocate(8), 2); },
        "Column: the values buffer is smaller than its length");
    tabula::testing::expect_error<ValueError>(
        [] {
            auto codes = Buffer::allocate(4);
            codes->as<std::int32_t>()[0] = 3;
            Column::categorical(codes, 1, Column::from_strings({"a"}));
        },
        "Column::categorical: code 3 at row 0 is outside the 1 categories");
}

}  // namespace
}  // namespace tabula
