// DataFrame::duplicated and drop_duplicates: rows grouped by equal values over the subset (a
// null equals a null, as pandas), then marked by their place in the group.
#include <string>

#include "merge_keys.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula {

namespace {

enum class Keep { First, Last, None };

Keep parse_keep(const std::string& keep) {
    if (keep == "first") return Keep::First;
    if (keep == "last") return Keep::Last;
    if (keep == "none") return Keep::None;
    throw ValueError("keep must be either \"first\", \"last\" or \"none\"");
}

}  // namespace

Series DataFrame::duplicated(const DuplicatedOptions& options) const {
    const Keep keep = parse_keep(options.keep);
    std::vector<Column> keys;
    if (options.subset.empty()) {
        keys = columns_;
    } else {
        for (const auto& name : options.subset) keys.push_back(column(name));
    }
    const std::int64_t rows = num_rows();
    std::vector<bool> duplicate(static_cast<std::size_t>(rows), false);
    if (!keys.empty()) {
        const detail::KeyGroups groups = detail::JoinKeys(keys, {}).factorize();
        const auto& codes = groups.codes;
        std::vector<std::int64_t> seen(static_cast<std::size_t>(groups.groups), 0);
        for (std::int64_t c : codes) ++seen[static_cast<std::size_t>(c)];
        std::vector<std::int64_t> remaining = seen;
        for (std::int64_t i = 0; i < rows; ++i) {
            const auto g = static_cast<std::size_t>(codes[static_cast<std::size_t>(i)]);
            const std::int64_t left = --remaining[g];
            const bool first = left + 1 == seen[g];
            switch (keep) {
                case Keep::First:
                    duplicate[static_cast<std::size_t>(i)] = !first;
                    break;
                case Keep::Last:
                    duplicate[static_cast<std::size_t>(i)] = left > 0;
                    break;
                case Keep::None:
                    duplicate[static_cast<std::size_t>(i)] = seen[g] > 1;
                    break;
            }
        }
    } else {
        for (std::int64_t i = 1; i < rows; ++i) duplicate[static_cast<std::size_t>(i)] = true;
    }
    return Series(Column::from_vector(duplicate), {}, index_);
}

DataFrame DataFrame::drop_duplicates(const DuplicatedOptions& options) const {
    const Series duplicate = duplicated(options);
    const bool* flags = duplicate.column().data<bool>();
    std::vector<std::int64_t> kept;
    for (std::int64_t i = 0; i < num_rows(); ++i) {
        if (!flags[i]) kept.push_back(i);
    }
    DataFrame out = take(kept);
    if (options.ignore_index) {
        out = DataFrame(out.names_, out.columns_, Index::range(0, out.num_rows()));
    }
    return out;
}

}  // namespace tabula
