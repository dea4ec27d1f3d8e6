#pragma once
// pandas' get_dummies: one 0/1 indicator column per distinct value of the encoded columns.
//   get_dummies(df)                                 every string and categorical column
//   get_dummies(df, {.columns = {"city"}, .drop_first = true})
#include <string>
#include <vector>

#include "tabula/core/dtype.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

struct GetDummiesOptions {
    // The columns to encode, in this order; empty: every string and categorical column.
    std::vector<std::string> columns = {};
    // One prefix per encoded column; empty: the column names (a Series gets no prefix).
    std::vector<std::string> prefix = {};
    std::string prefix_sep = "_";
    bool dummy_na = false;    // an extra "<prefix>_nan" column, 1 for a null
    bool drop_first = false;  // leave out the first value's column
    // pandas 1.5 gives uint8, which tabula does not have. int64 prints, sums and averages as
    // pandas' uint8 0/1 does; DType::Bool (pandas 2's default) stores one byte per value;
    // Int32, Float32 and Float64 are accepted too.
    DType dtype = DType::Int64;
};

// The columns not encoded first, in their order, then each encoded column's indicators: its
// distinct non-null values sorted (a categorical's categories in their order, unused ones
// included), named "<prefix><prefix_sep><value>" with the value as Python's str() writes it.
// A null row is 0 in every indicator. KeyError naming columns that are not in the frame;
// ValueError for a prefix list of the wrong length; TypeError for a datetime column or a
// dtype that cannot hold 0/1.
DataFrame get_dummies(const DataFrame& frame, const GetDummiesOptions& options = {});
// The indicators of one series, named by the values (prefix: at most one entry).
DataFrame get_dummies(const Series& series, const GetDummiesOptions& options = {});

}  // namespace tabula
