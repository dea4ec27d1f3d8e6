#include "tabula/ml/model_selection/cross_validator.hpp"

#include "splitter_support.hpp"
#include "tabula/array/print.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

// NumPy's IndexError for a position outside X's rows.
void check_positions(const std::vector<std::int64_t>& positions, std::int64_t n_samples) {
    for (std::int64_t p : positions) {
        if (p < 0 || p >= n_samples) {
            throw IndexError("index " + std::to_string(p) +
                             " is out of bounds for axis 0 with size " + std::to_string(n_samples));
        }
    }
}

std::string positions_repr(const std::vector<std::int64_t>& positions) {
    return array_repr(
        NDArray<std::int64_t>(positions, {static_cast<std::int64_t>(positions.size())}));
}

}  // namespace

std::vector<Split> CrossValidator::split(const Features& X, const Target* y,
                                         const Target* groups) const {
    return split(X.num_rows(), y, groups);
}

std::vector<Split> CrossValidator::split(std::int64_t n_samples, const Target* y,
                                         const Target* groups) const {
    std::vector<std::int64_t> lengths{n_samples};
    if (y != nullptr) lengths.push_back(y->size());
    if (groups != nullptr) lengths.push_back(groups->size());
    detail::check_consistent_lengths(lengths);
    struct Visitor {
        std::int64_t n_samples;
        const Target* y;
        const Target* groups;
        std::vector<Split> operator()(std::int64_t n_splits) const {
            return KFold(n_splits).split(n_samples);
        }
        std::vector<Split> operator()(const KFold& cv) const { return cv.split(n_samples); }
        std::vector<Split> operator()(const StratifiedKFold& cv) const {
            if (y == nullptr) detail::throw_missing("y");
            return cv.split(*y);
        }
        std::vector<Split> operator()(const GroupKFold& cv) const {
            if (groups == nullptr) {
                detail::check_folds_fit(cv.get_n_splits(), n_samples);
                detail::throw_missing("groups");
            }
            return cv.split(*groups);
        }
        std::vector<Split> operator()(const ShuffleSplit& cv) const { return cv.split(n_samples); }
        std::vector<Split> operator()(const StratifiedShuffleSplit& cv) const {
            if (y == nullptr) detail::throw_missing("y");
            return cv.split(*y);
        }
        std::vector<Split> operator()(const std::vector<Split>& splits) const {
            for (const Split& split : splits) {
                check_positions(split.train, n_samples);
                check_positions(split.test, n_samples);
            }
            return splits;
        }
    };
    return std::visit(Visitor{n_samples, y, groups}, held_);
}

std::int64_t CrossValidator::get_n_splits() const {
    return std::visit(
        [](const auto& cv) -> std::int64_t {
            using T = std::decay_t<decltype(cv)>;
            if constexpr (std::is_same_v<T, std::int64_t>) {
                return cv;
            } else if constexpr (std::is_same_v<T, std::vector<Split>>) {
                return static_cast<std::int64_t>(cv.size());
            } else {
                return cv.get_n_splits();
            }
        },
        held_);
}

std::string CrossValidator::repr() const {
    return std::visit(
        [](const auto& cv) -> std::string {
            using T = std::decay_t<decltype(cv)>;
            if constexpr (std::is_same_v<T, std::int64_t>) {
                return std::to_string(cv);
            } else if constexpr (std::is_same_v<T, std::vector<Split>>) {
                std::string out = "[";
                for (std::size_t i = 0; i < cv.size(); ++i) {
                    if (i > 0) out += ", ";
                    out += '(';
                    out += positions_repr(cv[i].train);
                    out += ", ";
                    out += positions_repr(cv[i].test);
                    out += ')';
                }
                return out + "]";
            } else {
                return cv.repr();
            }
        },
        held_);
}

CrossValidator check_cv(const CrossValidator& cv, const Target* y, bool classifier) {
    if (!cv.is_int()) return cv;
    const std::int64_t n_splits = cv.get_n_splits();
    if (classifier && y != nullptr) {
        const std::string target_type = type_of_target(*y);
        if (target_type == "binary" || target_type == "multiclass") {
            return StratifiedKFold(n_splits);
        }
    }
    return KFold(n_splits);
}

}  // namespace tabula
