// Series.rank as pandas 1.5.3's rank_1d: ties share a rank by `method`, rows with equal values
// counted in row order for "first" (in either direction), nulls ranked as the smallest ("top")
// or largest ("bottom") group or left null ("keep"); pct divides by the number of ranked rows
// (by the highest rank for "dense"). The result is float64, NaN for an unranked row.
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "sort_keys.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

namespace {

enum class TieMethod { Average, Min, Max, First, Dense };

TieMethod parse_method(std::string_view method) {
    if (method == "average") return TieMethod::Average;
    if (method == "min") return TieMethod::Min;
    if (method == "max") return TieMethod::Max;
    if (method == "first") return TieMethod::First;
    if (method == "dense") return TieMethod::Dense;
    // pandas looks the name up in a dict and lets its KeyError through.
    throw KeyError("'" + std::string(method) + "'");
}

// Gives the rows of one tie group, which sit at sorted places [begin, end) of the ranked rows
// (1-based ranks begin + 1 ... end), their ranks; `dense` is the group's number.
void rank_group(const std::vector<std::int64_t>& rows, std::int64_t begin, std::int64_t end,
                std::int64_t dense, TieMethod method, std::vector<double>& out) {
    std::int64_t sum = 0;
    for (std::int64_t i = begin; i < end; ++i) sum += i + 1;
    for (std::int64_t i = begin; i < end; ++i) {
        double rank = 0.0;
        switch (method) {
            case TieMethod::Average:
                rank = static_cast<double>(sum) / static_cast<double>(end - begin);
                break;
            case TieMethod::Min:
                rank = static_cast<double>(begin + 1);
                break;
            case TieMethod::Max:
                rank = static_cast<double>(end);
                break;
            case TieMethod::First:
                rank = static_cast<double>(i + 1);
                break;
            case TieMethod::Dense:
                rank = static_cast<double>(dense);
                break;
        }
        out[static_cast<std::size_t>(rows[static_cast<std::size_t>(i - begin)])] = rank;
    }
}

}  // namespace

Series Series::rank(const RankOptions& options) const {
    const TieMethod method = parse_method(options.method);
    const std::string& na = options.na_option;
    if (na != "keep" && na != "top" && na != "bottom") {
        throw ValueError("na_option must be one of 'keep', 'top', or 'bottom'");
    }
    detail::RowSplit split = detail::split_missing(column_);
    std::vector<std::int64_t> sorted = split.present;
    detail::stable_sort_rows(column_, options.ascending, sorted);
    const auto missing = static_cast<std::int64_t>(split.missing.size());
    const auto present = static_cast<std::int64_t>(sorted.size());
    std::vector<double> out(static_cast<std::size_t>(size()),
                            std::numeric_limits<double>::quiet_NaN());
    const bool nulls_ranked = na != "keep" && missing > 0;
    const bool nulls_first = na == "top";
    std::int64_t offset = nulls_ranked && nulls_first ? missing : 0;
    std::int64_t dense = nulls_ranked && nulls_first ? 1 : 0;
    if (nulls_ranked && nulls_first) rank_group(split.missing, 0, missing, 1, method, out);
    std::vector<std::int64_t> group;
    for (std::int64_t i = 0; i < present;) {
        std::int64_t j = i + 1;
        while (j < present && detail::equal_rows(column_, sorted[static_cast<std::size_t>(i)],
                                                 sorted[static_cast<std::size_t>(j)])) {
            ++j;
        }
        group.assign(sorted.begin() + i, sorted.begin() + j);
        rank_group(group, offset + i, offset + j, ++dense, method, out);
        i = j;
    }
    if (nulls_ranked && !nulls_first) {
        rank_group(split.missing, present, present + missing, ++dense, method, out);
    }
    if (options.pct) {
        const std::int64_t ranked = nulls_ranked ? present + missing : present;
        const auto total = static_cast<double>(method == TieMethod::Dense ? dense : ranked);
        for (double& r : out) r /= total;
    }
    return Series(Column::from_vector(out), name_, index_);
}

}  // namespace tabula
