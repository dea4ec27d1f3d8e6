#include "splitter_support.hpp"

#include <algorithm>
#include <random>

#include "tabula/core/error.hpp"

namespace tabula::detail {

std::string splitter_repr(const std::string& name,
                          std::vector<std::pair<std::string, std::string>> params) {
    std::sort(params.begin(), params.end());
    // _pprint breaks the line before an item that would reach column 75, counting from the
    // class name's width, and indents continuation lines by 1 + len(name) // 2.
    const std::string line_sep = ",\n" + std::string(1 + name.size() / 2, ' ');
    std::string out = name + "(";
    std::size_t line_length = name.size();
    for (std::size_t i = 0; i < params.size(); ++i) {
        std::string item = params[i].first;
        item += '=';
        item += params[i].second;
        if (i > 0) {
            if (line_length + item.size() >= 75) {
                out += line_sep;
                line_length = line_sep.size();
            } else {
                out += ", ";
                line_length += 2;
            }
        }
        out += item;
        line_length += item.size();
    }
    out += ')';
    return out;
}

std::string seed_repr(const RandomStateSeed& seed) {
    return seed ? std::to_string(*seed) : std::string("None");
}

random::RandomState random_state_for(const RandomStateSeed& seed) {
    if (seed) return random::RandomState(*seed);
    std::random_device device;
    return random::RandomState(static_cast<std::int64_t>(device()));
}

void check_consistent_lengths(const std::vector<std::int64_t>& lengths) {
    if (std::all_of(lengths.begin(), lengths.end(),
                    [&](std::int64_t n) { return n == lengths.front(); })) {
        return;
    }
    std::string message = "Found input variables with inconsistent numbers of samples: [";
    for (std::size_t i = 0; i < lengths.size(); ++i) {
        if (i > 0) message += ", ";
        message += std::to_string(lengths[i]);
    }
    message += ']';
    throw ValueError(message);
}

void throw_missing(const char* what) {
    std::string message = "The '";
    message += what;
    message += "' parameter should not be None.";
    throw ValueError(message);
}

void check_kfold_n_splits(std::int64_t n_splits) {
    if (n_splits > 1) return;
    std::string message =
        "k-fold cross-validation requires at least one train/test split by setting n_splits=2 or "
        "more, got n_splits=";
    message += std::to_string(n_splits);
    message += '.';
    throw ValueError(message);
}

std::vector<Split> splits_from_folds(const std::vector<std::int64_t>& fold_of,
                                     std::int64_t n_splits) {
    const auto n = static_cast<std::int64_t>(fold_of.size());
    std::vector<std::int64_t> fold_sizes(static_cast<std::size_t>(n_splits), 0);
    for (std::int64_t f : fold_of) {
        if (f >= 0 && f < n_splits) ++fold_sizes[static_cast<std::size_t>(f)];
    }
    std::vector<Split> splits(static_cast<std::size_t>(n_splits));
    for (std::int64_t f = 0; f < n_splits; ++f) {
        Split& split = splits[static_cast<std::size_t>(f)];
        split.test.reserve(static_cast<std::size_t>(fold_sizes[static_cast<std::size_t>(f)]));
        split.train.reserve(static_cast<std::size_t>(n - fold_sizes[static_cast<std::size_t>(f)]));
        for (std::int64_t row = 0; row < n; ++row) {
            (fold_of[static_cast<std::size_t>(row)] == f ? split.test : split.train).push_back(row);
        }
    }
    return splits;
}

void check_folds_fit(std::int64_t n_splits, std::int64_t n_samples) {
    if (n_splits <= n_samples) return;
    std::string message = "Cannot have number of splits n_splits=";
    message += std::to_string(n_splits);
    message += " greater than the number of samples: n_samples=";
    message += std::to_string(n_samples);
    message += '.';
    throw ValueError(message);
}

}  // namespace tabula::detail
