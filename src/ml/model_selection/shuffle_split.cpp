#include "tabula/ml/model_selection/shuffle_split.hpp"

#include <algorithm>
#include <cmath>

#include "splitter_support.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/ml/labels.hpp"

namespace tabula {
namespace {

// One side's range check: a count in (0, n_samples), a fraction in (0, 1).
void check_size(const char* name, const SplitSize& size, std::int64_t n_samples) {
    // NaN passes scikit-learn's range test and then fails where it becomes a row count.
    if (size.is_fraction() && std::isnan(size.fraction())) {
        throw ValueError("cannot convert float NaN to integer");
    }
    const bool bad = (size.is_count() && (size.count() >= n_samples || size.count() <= 0)) ||
                     (size.is_fraction() && (size.fraction() <= 0.0 || size.fraction() >= 1.0));
    if (!bad) return;
    std::string message = name;
    message += '=';
    message += size.repr();
    message += " should be either positive and smaller than the number of samples ";
    message += std::to_string(n_samples);
    message += " or a float in the (0, 1) range";
    throw ValueError(message);
}

// scikit-learn's _approximate_mode: about class_counts / total * n_draws rows of each class,
// floored, then one more for the classes with the largest remainders; among equal remainders
// the random state chooses (a permutation of the tied classes, drawn even when all of them are
// taken, as NumPy's choice without replacement does).
std::vector<std::int64_t> approximate_mode(const std::vector<std::int64_t>& class_counts,
                                           std::int64_t n_draws, random::RandomState& rng) {
    std::int64_t total = 0;
    for (std::int64_t c : class_counts) total += c;
    const std::size_t n_classes = class_counts.size();
    std::vector<std::int64_t> floored(n_classes);
    std::vector<double> remainder(n_classes);
    std::int64_t floored_sum = 0;
    for (std::size_t k = 0; k < n_classes; ++k) {
        const double continuous = static_cast<double>(class_counts[k]) /
                                  static_cast<double>(total) * static_cast<double>(n_draws);
        const double whole = std::floor(continuous);
        floored[k] = static_cast<std::int64_t>(whole);
        remainder[k] = continuous - whole;
        floored_sum += floored[k];
    }
    std::int64_t need_to_add = n_draws - floored_sum;
    if (need_to_add <= 0) return floored;
    std::vector<double> values = remainder;
    std::sort(values.begin(), values.end(), std::greater<>());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    std::vector<std::int64_t> inds;
    for (double value : values) {
        inds.clear();
        for (std::size_t k = 0; k < n_classes; ++k) {
            if (remainder[k] == value) inds.push_back(static_cast<std::int64_t>(k));
        }
        const std::int64_t add_now = std::min(static_cast<std::int64_t>(inds.size()), need_to_add);
        for (std::int64_t pick :
             rng.choice(static_cast<std::int64_t>(inds.size()), add_now, false)) {
            ++floored[static_cast<std::size_t>(inds[static_cast<std::size_t>(pick)])];
        }
        need_to_add -= add_now;
        if (need_to_add == 0) break;
    }
    return floored;
}

std::string shuffle_split_repr(const char* name, const ShuffleSplitParams& params) {
    return detail::splitter_repr(name, {{"n_splits", std::to_string(params.n_splits)},
                                        {"random_state", detail::seed_repr(params.random_state)},
                                        {"test_size", params.test_size.repr()},
                                        {"train_size", params.train_size.repr()}});
}

void check_class_minimum(const char* side, std::int64_t size, std::int64_t n_classes) {
    if (size >= n_classes) return;
    std::string message = "The ";
    message += side;
    message += " = ";
    message += std::to_string(size);
    message += " should be greater or equal to the number of classes = ";
    message += std::to_string(n_classes);
    throw ValueError(message);
}

}  // namespace

std::string SplitSize::repr() const {
    if (is_fraction_) return float_repr(fraction_);
    if (is_count_) return std::to_string(count_);
    return "None";
}

TrainTestSizes validate_shuffle_split(std::int64_t n_samples, const SplitSize& test_size,
                                      const SplitSize& train_size, double default_test_size) {
    const SplitSize test =
        test_size.is_none() && train_size.is_none() ? SplitSize(default_test_size) : test_size;
    check_size("test_size", test, n_samples);
    check_size("train_size", train_size, n_samples);
    if (train_size.is_fraction() && test.is_fraction() &&
        train_size.fraction() + test.fraction() > 1.0) {
        throw ValueError("The sum of test_size and train_size = " +
                         float_repr(train_size.fraction() + test.fraction()) +
                         ", should be in the (0, 1) range. Reduce test_size and/or train_size.");
    }
    const auto n = static_cast<double>(n_samples);
    std::int64_t n_test = 0;
    std::int64_t n_train = 0;
    if (test.is_fraction()) n_test = static_cast<std::int64_t>(std::ceil(test.fraction() * n));
    if (test.is_count()) n_test = test.count();
    if (train_size.is_fraction()) {
        n_train = static_cast<std::int64_t>(std::floor(train_size.fraction() * n));
    }
    if (train_size.is_count()) n_train = train_size.count();
    if (train_size.is_none()) {
        n_train = n_samples - n_test;
    } else if (test.is_none()) {
        n_test = n_samples - n_train;
    }
    if (n_train + n_test > n_samples) {
        throw ValueError(
            "The sum of train_size and test_size = " + std::to_string(n_train + n_test) +
            ", should be smaller than the number of samples " + std::to_string(n_samples) +
            ". Reduce test_size and/or train_size.");
    }
    if (n_train == 0) {
        std::string message = "With n_samples=";
        message += std::to_string(n_samples);
        message += ", test_size=";
        message += test.repr();
        message += " and train_size=";
        message += train_size.repr();
        message +=
            ", the resulting train set will be empty. Adjust any of the aforementioned "
            "parameters.";
        throw ValueError(message);
    }
    return {n_train, n_test};
}

std::vector<Split> ShuffleSplit::split(std::int64_t n_samples) const {
    const auto [n_train, n_test] =
        validate_shuffle_split(n_samples, params_.test_size, params_.train_size, 0.1);
    random::RandomState rng = detail::random_state_for(params_.random_state);
    std::vector<Split> splits;
    for (std::int64_t s = 0; s < params_.n_splits; ++s) {
        const std::vector<std::int64_t> permutation = rng.permutation(n_samples);
        splits.push_back(
            {std::vector<std::int64_t>(permutation.begin() + n_test,
                                       permutation.begin() + n_test + n_train),
             std::vector<std::int64_t>(permutation.begin(), permutation.begin() + n_test)});
    }
    return splits;
}

std::string ShuffleSplit::repr() const {
    return shuffle_split_repr("ShuffleSplit", params_);
}

std::vector<Split> StratifiedShuffleSplit::split(const Target& y) const {
    const std::int64_t n_samples = y.size();
    const EncodedLabels labels = encode_labels(y);
    const auto [n_train, n_test] =
        validate_shuffle_split(n_samples, params_.test_size, params_.train_size, 0.1);
    const auto n_classes = static_cast<std::size_t>(labels.classes.size());
    std::vector<std::int64_t> class_counts(n_classes, 0);
    for (std::int32_t code : labels.codes) ++class_counts[static_cast<std::size_t>(code)];
    if (*std::min_element(class_counts.begin(), class_counts.end()) < 2) {
        throw ValueError(
            "The least populated class in y has only 1 member, which is too few. The minimum "
            "number of groups for any class cannot be less than 2.");
    }
    check_class_minimum("train_size", n_train, static_cast<std::int64_t>(n_classes));
    check_class_minimum("test_size", n_test, static_cast<std::int64_t>(n_classes));
    // Each class's rows in ascending order (a stable argsort of the codes).
    std::vector<std::vector<std::int64_t>> class_rows(n_classes);
    for (std::size_t k = 0; k < n_classes; ++k) {
        class_rows[k].reserve(static_cast<std::size_t>(class_counts[k]));
    }
    for (std::size_t i = 0; i < labels.codes.size(); ++i) {
        class_rows[static_cast<std::size_t>(labels.codes[i])].push_back(
            static_cast<std::int64_t>(i));
    }
    random::RandomState rng = detail::random_state_for(params_.random_state);
    std::vector<Split> splits;
    for (std::int64_t s = 0; s < params_.n_splits; ++s) {
        const std::vector<std::int64_t> n_i = approximate_mode(class_counts, n_train, rng);
        std::vector<std::int64_t> remaining(n_classes);
        for (std::size_t k = 0; k < n_classes; ++k) remaining[k] = class_counts[k] - n_i[k];
        const std::vector<std::int64_t> t_i = approximate_mode(remaining, n_test, rng);
        Split split;
        for (std::size_t k = 0; k < n_classes; ++k) {
            const std::vector<std::int64_t> order = rng.permutation(class_counts[k]);
            for (std::int64_t j = 0; j < n_i[k] + t_i[k]; ++j) {
                const std::int64_t row =
                    class_rows[k][static_cast<std::size_t>(order[static_cast<std::size_t>(j)])];
                (j < n_i[k] ? split.train : split.test).push_back(row);
            }
        }
        rng.shuffle(split.train);
        rng.shuffle(split.test);
        splits.push_back(std::move(split));
    }
    return splits;
}

std::string StratifiedShuffleSplit::repr() const {
    return shuffle_split_repr("StratifiedShuffleSplit", params_);
}

}  // namespace tabula
