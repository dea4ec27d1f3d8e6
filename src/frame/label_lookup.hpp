#pragma once
// Finding index labels, as pandas' Index.get_loc / get_indexer: for loc, and for aligning an
// assigned Series on the frame's labels.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "tabula/frame/index.hpp"
#include "tabula/frame/indexing.hpp"
#include "tabula/frame/scalar.hpp"

namespace tabula::detail {

// A label as it compares: a float with an integral value equals the int (pandas finds 2.0 in an
// int index), NaN and null are the same missing label. Text points into the index or Scalar.
using LabelKey = std::variant<std::monostate, bool, std::int64_t, double, std::string_view>;

LabelKey label_key(const Scalar& label);
// The keys of every label of `index` (a RangeIndex computes them).
std::vector<LabelKey> label_keys(const Index& index);
// Python's repr of a key: 5, 2.5, 'r1', True, nan.
std::string key_repr(const LabelKey& key);

// The positions of `label` in `index`, ascending (empty when absent).
std::vector<std::int64_t> label_positions(const Index& index, const Scalar& label);

// For each label of `wanted`, its position in `index` or -1 when absent; ValueError "cannot
// reindex on an axis with duplicate labels" when `index` repeats a label, as pandas.
std::vector<std::int64_t> reindex_positions(const Index& index, const Index& wanted);

// pandas' df.loc[labels]: for each label in order, every position holding it. KeyError
// "None of [Index([...], dtype='object')] are in the [index]" when none is found, "[...] not in
// index" naming the missing ones otherwise.
std::vector<std::int64_t> list_positions(const Index& index, const std::vector<Scalar>& labels);

// The rows a label slice selects as Python slice arguments (first, stop, step), as pandas'
// slice_locs: a sorted index (ascending or descending) is searched, so the ends need not be
// labels of it; otherwise each end must be a label (KeyError with its repr), and a repeated one
// must repeat in one run (KeyError "Cannot get left slice bound for non-unique label: 'b'").
// TypeError when an end cannot be compared with the sorted labels.
struct SliceBounds {
    std::int64_t first;
    std::int64_t stop;
};
SliceBounds label_slice_bounds(const Index& index, const LabelSlice& slice);

}  // namespace tabula::detail
