#pragma once
// pandas' merge and concat as free functions (DataFrame::merge and DataFrame::join are members).
//
// Differences from pandas, all from tabula's nullable dtypes (DESIGN principle 3):
// - a merge or concat that leaves gaps in an int64 or bool column keeps its dtype with nulls;
//   pandas turns it into float64 (ints) or object (bools). The values are the same.
// - concat of a column that is a number in one frame and a string (or bool) in another is a
//   TypeError: pandas makes an object column, which tabula does not have.
#include <cstdint>
#include <string>
#include <vector>

#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/options.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

// merge(left, right, {.on = {"id"}, .how = "left"}) is left.merge(right, ...): rows matched on
// equal keys (a null key matches a null key, as pandas), in pandas' order for each `how`; a new
// RangeIndex.
DataFrame merge(const DataFrame& left, const DataFrame& right, const MergeOptions& options = {});

struct ConcatOptions {
    int axis = 0;                // 0 stacks rows, 1 places columns side by side
    std::string join = "outer";  // "outer" (union of the other axis) or "inner" (intersection)
    bool ignore_index = false;   // axis 0: a RangeIndex; axis 1: columns named "0", "1", ...
};

// axis 0: the columns of every frame in order of first appearance (join="inner": those in all
// frames, in the first frame's order), nulls where a frame lacks one; the index labels one after
// another (duplicates kept). axis 1: the columns side by side, rows aligned on the index labels:
// the first frame's labels, then labels met later in order (pandas does not sort them);
// ValueError when an index that must be aligned has duplicate labels.
DataFrame concat(const std::vector<DataFrame>& frames, const ConcatOptions& options = {});
// The values one after another, with their labels (a RangeIndex if `ignore_index`); the name
// is kept when every series has it.
Series concat(const std::vector<Series>& pieces, bool ignore_index = false);

}  // namespace tabula
