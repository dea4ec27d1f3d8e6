#pragma once
// The `cv` argument of cross_val_score, GridSearchCV and friends: any splitter, an int, or a
// fixed list of splits (scikit-learn's iterable of (train, test) pairs).
//   cross_val_score(model, X, y, {.cv = 5});
//   cross_val_score(model, X, y, {.cv = KFold({.n_splits = 3, .shuffle = true, .random_state =
//   0})}); cross_val_score(model, X, y, {.cv = GroupKFold(3)}, ...groups...);
// Searches resolve it once with check_cv (an int becomes StratifiedKFold for a classifier with
// a binary or multiclass y, else KFold, as scikit-learn's check_cv), then call split.
#include <cstdint>
#include <ostream>
#include <string>
#include <variant>
#include <vector>

#include "tabula/ml/data.hpp"
#include "tabula/ml/model_selection/kfold.hpp"
#include "tabula/ml/model_selection/shuffle_split.hpp"
#include "tabula/ml/model_selection/split.hpp"

namespace tabula {

class CrossValidator {
  public:
    // cv=None: 5 folds.
    CrossValidator() = default;
    // cv=int: n folds, which kind decided by check_cv. ValueError for n < 2 ("k-fold
    // cross-validation requires at least one train/test split by setting n_splits=2 or more, got
    // n_splits=1.") when the folds are made, as scikit-learn's KFold(n) does.
    CrossValidator(int n_splits) : held_(std::int64_t{n_splits}) {}          // NOLINT
    CrossValidator(std::int64_t n_splits) : held_(n_splits) {}               // NOLINT
    CrossValidator(KFold cv) : held_(std::move(cv)) {}                       // NOLINT
    CrossValidator(StratifiedKFold cv) : held_(std::move(cv)) {}             // NOLINT
    CrossValidator(GroupKFold cv) : held_(std::move(cv)) {}                  // NOLINT
    CrossValidator(ShuffleSplit cv) : held_(std::move(cv)) {}                // NOLINT
    CrossValidator(StratifiedShuffleSplit cv) : held_(std::move(cv)) {}      // NOLINT
    CrossValidator(std::vector<Split> splits) : held_(std::move(splits)) {}  // NOLINT

    // The splits of X's rows (or of n_samples rows). y is needed by the stratified splitters,
    // groups (any labels, in the forms y takes) by GroupKFold ("The 'groups' parameter should
    // not be None." otherwise); each splitter ignores what it does not use. An int not yet
    // resolved by check_cv splits as KFold(n). ValueError "Found input variables with
    // inconsistent numbers of samples: [10, 9]" when X, y and groups differ in length;
    // IndexError for a fixed split that names a row past the end.
    std::vector<Split> split(const Features& X, const Target* y = nullptr,
                             const Target* groups = nullptr) const;
    std::vector<Split> split(std::int64_t n_samples, const Target* y = nullptr,
                             const Target* groups = nullptr) const;

    std::int64_t get_n_splits() const;
    // True while it holds an int that check_cv has not resolved.
    bool is_int() const noexcept { return std::holds_alternative<std::int64_t>(held_); }
    // The splitter held, or null: cv.target<KFold>().
    template <class Splitter>
    const Splitter* target() const noexcept {
        return std::get_if<Splitter>(&held_);
    }
    // The held splitter's repr; an int prints as itself, a list of splits as "[(train, test),
    // ...]" with NumPy's arrays.
    std::string repr() const;

    bool operator==(const CrossValidator&) const = default;
    friend std::ostream& operator<<(std::ostream& out, const CrossValidator& cv) {
        return out << cv.repr();
    }

  private:
    std::variant<std::int64_t, KFold, StratifiedKFold, GroupKFold, ShuffleSplit,
                 StratifiedShuffleSplit, std::vector<Split>>
        held_ = std::int64_t{5};
};

// scikit-learn's check_cv(cv, y, classifier): an int becomes StratifiedKFold(n) when
// `classifier` is set and y is binary or multiclass (type_of_target), else KFold(n) (both throw
// for n < 2); anything else is returned unchanged.
CrossValidator check_cv(const CrossValidator& cv, const Target* y = nullptr,
                        bool classifier = false);

// scikit-learn's type_of_target for a 1-d y: "binary" (at most two distinct labels, strings or
// integral numbers), "multiclass" (more), or "continuous" (a float that is not integral).
// ValueError "Input y contains NaN." / "Input y contains infinity or a value too large for
// dtype('float64')." for a non-integral float y holding those.
std::string type_of_target(const Target& y);

}  // namespace tabula
