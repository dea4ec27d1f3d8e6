#include "tabula/core/dtype.hpp"

#include <gtest/gtest.h>

#include "tabula/core/error.hpp"

namespace tabula {
namespace {

TEST(DType, NamesRoundTrip) {
    for (DType d : {DType::Bool, DType::Int32, DType::Int64, DType::Float32, DType::Float64,
                    DType::String, DType::Categorical, DType::Datetime}) {
        EXPECT_EQ(dtype_from_name(dtype_name(d)), d);
    }
    EXPECT_EQ(dtype_name(DType::Float64), "float64");
    EXPECT_EQ(dtype_name(DType::Datetime), "datetime64[ns]");
    EXPECT_EQ(dtype_from_name("str"), DType::String);
    EXPECT_THROW(dtype_from_name("float16"), TypeError);
}

TEST(DType, Properties) {
    EXPECT_EQ(itemsize(DType::Bool), 1u);
    EXPECT_EQ(itemsize(DType::Int32), 4u);
    EXPECT_EQ(itemsize(DType::Float64), 8u);
    EXPECT_TRUE(is_integer(DType::Int64));
    EXPECT_FALSE(is_integer(DType::Float32));
    EXPECT_TRUE(is_floating(DType::Float32));
    EXPECT_TRUE(is_numeric(DType::Bool));
    EXPECT_FALSE(is_numeric(DType::String));
    EXPECT_EQ(dtype_of_v<std::int32_t>, DType::Int32);
    EXPECT_EQ(dtype_of_v<double>, DType::Float64);
}

}  // namespace
}  // namespace tabula
