#pragma once
// What the splitters share: scikit-learn's repr layout, the random state an int seed means, and
// the inconsistent-length check over X, y and groups.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "tabula/core/random.hpp"
#include "tabula/ml/model_selection/split.hpp"

namespace tabula::detail {

// scikit-learn's _build_repr: "Name(a=1, b=None)" with the parameters sorted by name and
// _pprint's line breaks; `params` holds each name with the Python repr of its value.
std::string splitter_repr(const std::string& name,
                          std::vector<std::pair<std::string, std::string>> params);

// "None" or the seed.
std::string seed_repr(const RandomStateSeed& seed);

// check_random_state(seed): RandomState(seed), or one seeded from std::random_device for None.
random::RandomState random_state_for(const RandomStateSeed& seed);

// check_consistent_length over the given lengths: ValueError "Found input variables with
// inconsistent numbers of samples: [10, 9, 10]".
void check_consistent_lengths(const std::vector<std::int64_t>& lengths);

// "The 'y' parameter should not be None." for a splitter that needs `what`.
[[noreturn]] void throw_missing(const char* what);

// _BaseKFold.__init__'s ValueError "k-fold cross-validation requires at least one train/test
// split by setting n_splits=2 or more, got n_splits=1."
void check_kfold_n_splits(std::int64_t n_splits);

// BaseCrossValidator.split's folds from each row's test fold: fold f's test rows are those with
// fold_of == f and its training rows all others, both ascending (scikit-learn goes through
// boolean masks, which sorts them).
std::vector<Split> splits_from_folds(const std::vector<std::int64_t>& fold_of,
                                     std::int64_t n_splits);

// _BaseKFold.split's ValueError "Cannot have number of splits n_splits=6 greater than the number
// of samples: n_samples=5."
void check_folds_fit(std::int64_t n_splits, std::int64_t n_samples);

}  // namespace tabula::detail
