#pragma once
// Keyword arguments of the DataFrame and Series methods, with pandas' defaults:
// df.sort_values({"age"}, {.ascending = {false}, .na_position = "first"}).
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tabula {

struct SortOptions {
    // One entry for every key, or one entry for all of them.
    std::vector<bool> ascending = {true};
    std::string na_position = "last";  // "last" or "first"
    // "quicksort" (pandas' default: NumPy's unstable introsort order for one key; several keys
    // always sort stably, as pandas' lexsort), "mergesort" or "stable".
    std::string kind = "quicksort";
    bool ignore_index = false;  // a RangeIndex for the result instead of the moved labels
};

struct RankOptions {
    std::string method = "average";  // "average", "min", "max", "first", "dense"
    bool ascending = true;
    std::string na_option = "keep";  // "keep" (null rank), "top", "bottom"
    bool pct = false;                // ranks divided by the number of ranked values
};

// Every member initialised, so that df.dropna({.subset = {"age"}}) compiles under -Wextra.
struct DropnaOptions {
    int axis = 0;             // 0 drops rows, 1 drops columns
    std::string how = "any";  // "any" or "all"
    // Keep a row (column) with at least this many values. pandas 1.5 refuses it together with
    // an explicit how; "any" is the default here, so only how = "all" is refused.
    std::optional<std::int64_t> thresh = {};
    // The columns that count (axis 0) or the labels of the rows that count (axis 1, as the
    // index prints them); empty: all of them.
    std::vector<std::string> subset = {};
};

struct GroupByOptions {
    bool sort = true;    // groups in sorted key order (false: order of first appearance)
    bool dropna = true;  // rows with a null key are dropped; false keeps a null group (last)
    // false: frame results hold the keys as their first columns over a RangeIndex (the only
    // typed form of several keys, as tabula has no MultiIndex); Series results need a frame
    // then, so they throw ValueError.
    bool as_index = true;
};

struct MergeOptions {
    std::vector<std::string> on = {};  // key columns present in both frames
    std::vector<std::string> left_on = {};
    std::vector<std::string> right_on = {};
    std::string how = "inner";  // "inner", "left", "right", "outer"
    std::pair<std::string, std::string> suffixes = {"_x", "_y"};
    // "" (no check), "one_to_one"/"1:1", "one_to_many"/"1:m", "many_to_one"/"m:1",
    // "many_to_many"/"m:m"; MergeError (a ValueError) when the keys break it.
    std::string validate = {};
    bool sort = false;  // sort the result by the keys
};

struct JoinOptions {
    std::vector<std::string> on = {};  // columns of the caller matched against the other's index
    std::string how = "left";
    std::string lsuffix = {};
    std::string rsuffix = {};
    bool sort = false;
};

struct DuplicatedOptions {
    std::vector<std::string> subset = {};  // empty: every column
    std::string keep = "first";            // "first", "last", or "none" (pandas' keep=False)
    bool ignore_index = false;  // drop_duplicates: a RangeIndex instead of the kept labels
};

}  // namespace tabula
