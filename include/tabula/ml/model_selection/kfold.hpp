#pragma once
// scikit-learn 1.2.1's K-fold splitters: KFold, StratifiedKFold and GroupKFold. Each is a value
// (copyable, comparable, printed as scikit-learn's repr); its parameters are checked when it is
// made, where scikit-learn's __init__ checks them:
//   KFold({.n_splits = 3, .shuffle = true, .random_state = 0}).split(n_samples)
//   StratifiedKFold(5).split(y)        GroupKFold(3).split(groups)
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "tabula/ml/data.hpp"
#include "tabula/ml/model_selection/split.hpp"

namespace tabula {

struct KFoldParams {
    std::int64_t n_splits = 5;
    bool shuffle = false;
    RandomStateSeed random_state{};
    bool operator==(const KFoldParams&) const = default;
};

// Consecutive folds (after one shuffle of all rows when shuffle is set): the first
// n_samples % n_splits folds hold one row more. The constructor throws scikit-learn's ValueErrors
// for n_splits < 2 and for a random_state without shuffle.
class KFold {
  public:
    using Params = KFoldParams;
    KFold() = default;
    KFold(KFoldParams params);  // NOLINT(google-explicit-constructor)
    explicit KFold(std::int64_t n_splits) : KFold(KFoldParams{.n_splits = n_splits}) {}

    const KFoldParams& params() const noexcept { return params_; }
    std::int64_t get_n_splits() const noexcept { return params_.n_splits; }
    // ValueError "Cannot have number of splits n_splits=6 greater than the number of samples:
    // n_samples=5."
    std::vector<Split> split(std::int64_t n_samples) const;
    // "KFold(n_splits=5, random_state=None, shuffle=False)"
    std::string repr() const;

    bool operator==(const KFold&) const = default;
    friend std::ostream& operator<<(std::ostream& out, const KFold& cv) { return out << cv.repr(); }

  private:
    KFoldParams params_;
};

// Folds that keep each class's share of y: 1.2.1's allocation (round robin over the sorted
// labels, classes numbered by first appearance, each class's rows dealt to folds in blocks, the
// blocks shuffled per class when shuffle is set). y must be binary or multiclass (ValueError
// "Supported target types are: ('binary', 'multiclass'). Got 'continuous' instead.").
// When every class has fewer than n_splits members it is scikit-learn's ValueError; when only
// some do, scikit-learn warns ("The least populated class in y has only 1 members, which is less
// than n_splits=3.") and splits anyway: this gives the same split without the warning (tabula
// has no warnings channel), so some test folds then miss that class.
class StratifiedKFold {
  public:
    using Params = KFoldParams;
    StratifiedKFold() = default;
    StratifiedKFold(KFoldParams params);  // NOLINT(google-explicit-constructor)
    explicit StratifiedKFold(std::int64_t n_splits)
        : StratifiedKFold(KFoldParams{.n_splits = n_splits}) {}

    const KFoldParams& params() const noexcept { return params_; }
    std::int64_t get_n_splits() const noexcept { return params_.n_splits; }
    std::vector<Split> split(const Target& y) const;
    std::string repr() const;

    bool operator==(const StratifiedKFold&) const = default;
    friend std::ostream& operator<<(std::ostream& out, const StratifiedKFold& cv) {
        return out << cv.repr();
    }

  private:
    KFoldParams params_;
};

struct GroupKFoldParams {
    std::int64_t n_splits = 5;
    bool operator==(const GroupKFoldParams&) const = default;
};

// Each group in exactly one test fold: groups (any labels: ints, floats, strings) taken largest
// first, each into the fold with the fewest rows so far, as 1.2.1 does (its tie order among
// equal-sized groups is NumPy's unstable argsort, reproduced). ValueError "Cannot have number of
// splits n_splits=4 greater than the number of groups: 3."
class GroupKFold {
  public:
    using Params = GroupKFoldParams;
    GroupKFold() = default;
    GroupKFold(GroupKFoldParams params);  // NOLINT(google-explicit-constructor)
    explicit GroupKFold(std::int64_t n_splits) : GroupKFold(GroupKFoldParams{n_splits}) {}

    const GroupKFoldParams& params() const noexcept { return params_; }
    std::int64_t get_n_splits() const noexcept { return params_.n_splits; }
    std::vector<Split> split(const Target& groups) const;
    std::string repr() const;

    bool operator==(const GroupKFold&) const = default;
    friend std::ostream& operator<<(std::ostream& out, const GroupKFold& cv) {
        return out << cv.repr();
    }

  private:
    GroupKFoldParams params_;
};

}  // namespace tabula
