// memory_usage of Series and DataFrame: the columns' bytes (Column::memory_usage) plus the index,
// which for a RangeIndex is what pandas reports for its three Python ints.
#include <bit>
#include <cstdint>

#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

namespace {

// sys.getsizeof of a Python 3.11 int: a 24-byte header and 30-bit digits, at least one.
std::size_t python_int_bytes(std::int64_t value) {
    const std::uint64_t magnitude = value < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(value)
                                              : static_cast<std::uint64_t>(value);
    const auto digits = (std::bit_width(magnitude) + 29) / 30;
    return 24 + 4 * static_cast<std::size_t>(std::max(1, static_cast<int>(digits)));
}

// pandas' RangeIndex.nbytes: getsizeof(range) (48) plus its start, stop and step.
std::size_t index_bytes(const Index& index, bool deep) {
    if (!index.is_range()) return index.labels().memory_usage(deep);
    constexpr std::size_t range_object = 48;
    return range_object + python_int_bytes(index.start()) + python_int_bytes(index.stop()) +
           python_int_bytes(index.step());
}

}  // namespace

std::size_t Series::memory_usage(bool index, bool deep) const {
    check_pending();
    return column_.memory_usage(deep) + (index ? index_bytes(index_, deep) : 0);
}

Series DataFrame::memory_usage(bool index, bool deep) const {
    std::vector<std::string> labels;
    std::vector<std::int64_t> bytes;
    if (index) {
        labels.emplace_back("Index");
        bytes.push_back(static_cast<std::int64_t>(index_bytes(index_, deep)));
    }
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        labels.push_back(names_[c]);
        bytes.push_back(static_cast<std::int64_t>(columns_[c].memory_usage(deep)));
    }
    return Series(Column::from_vector(bytes), {}, Index(labels));
}

}  // namespace tabula
