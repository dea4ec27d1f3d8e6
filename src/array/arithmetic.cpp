// + - * / maximum minimum, as arrays and in place.
#include "binary_impl.hpp"

namespace tabula::detail {

TABULA_BINARY_ALL_PAIRS(BinaryOp::Add)
TABULA_BINARY_ALL_PAIRS(BinaryOp::Multiply)
TABULA_BINARY_ALL_PAIRS(BinaryOp::Divide)
TABULA_BINARY_ALL_PAIRS(BinaryOp::Maximum)
TABULA_BINARY_ALL_PAIRS(BinaryOp::Minimum)
TABULA_WITH_ALL(TABULA_BINARY_INSTANCE, BinaryOp::Subtract, std::int32_t)
TABULA_WITH_ALL(TABULA_BINARY_INSTANCE, BinaryOp::Subtract, std::int64_t)
TABULA_WITH_ALL(TABULA_BINARY_INSTANCE, BinaryOp::Subtract, float)
TABULA_WITH_ALL(TABULA_BINARY_INSTANCE, BinaryOp::Subtract, double)
TABULA_BINARY_INSTANCE(BinaryOp::Subtract, bool, std::int32_t)
TABULA_BINARY_INSTANCE(BinaryOp::Subtract, bool, std::int64_t)
TABULA_BINARY_INSTANCE(BinaryOp::Subtract, bool, float)
TABULA_BINARY_INSTANCE(BinaryOp::Subtract, bool, double)

TABULA_INPLACE_NUMERIC(BinaryOp::Add)
TABULA_INPLACE_NUMERIC(BinaryOp::Subtract)
TABULA_INPLACE_NUMERIC(BinaryOp::Multiply)
TABULA_INPLACE_INSTANCE(BinaryOp::Add, bool, bool)
TABULA_INPLACE_INSTANCE(BinaryOp::Multiply, bool, bool)
TABULA_WITH_ALL(TABULA_INPLACE_INSTANCE, BinaryOp::Divide, float)
TABULA_WITH_ALL(TABULA_INPLACE_INSTANCE, BinaryOp::Divide, double)

void throw_integer_out_of_bounds(const std::string& value, DType dtype) {
    throw ValueError(
        fmt::format("Python integer {} out of bounds for {}", value, dtype_name(dtype)));
}

}  // namespace tabula::detail
