#pragma once
// scikit-learn's IterativeImputer: starts from a SimpleImputer fill, then for max_iter rounds
// regresses each feature with gaps on the others (BayesianRidge unless `estimator` says
// otherwise) and replaces its gaps with the predictions, until the largest change in a row
// (max over rows of the summed absolute changes) falls below tol * max |observed value|.
//
// Matches scikit-learn 1.2.1 to within 1e-6: the same order of features, the same random
// draws (NumPy's legacy RandomState for "random" order and for n_nearest_features), the same
// regressions, whose floating-point sums differ in the last bits.
// Missing means NaN or null (scikit-learn's default missing_values=np.nan; other markers are not
// supported, so there is no such parameter). Not supported: sample_posterior=true (a ValueError:
// scikit-learn draws from scipy's truncated normal), per-feature min_value/max_value arrays (one
// bound for all features), keep_empty_features (all-missing features are dropped, as by default)
// and `verbose`. Features without any observed value are dropped, as in scikit-learn.
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "tabula/ml/estimator.hpp"
#include "tabula/ml/impute/missing_indicator.hpp"
#include "tabula/ml/impute/simple_imputer.hpp"

namespace tabula {

struct IterativeImputerParams {
    // The regressor for each feature; none means BayesianRidge().
    Estimator estimator = {};
    bool sample_posterior = false;
    std::int64_t max_iter = 10;
    double tol = 1e-3;
    // Regress each feature on this many others, drawn with probability proportional to their
    // absolute correlation with it; none means all others.
    std::optional<std::int64_t> n_nearest_features;
    // SimpleImputer's strategy for the first fill.
    std::string initial_strategy = "mean";
    // "ascending" (fewest gaps first), "descending", "roman" (left to right), "arabic" (right to
    // left) or "random" (reshuffled every round).
    std::string imputation_order = "ascending";
    // Leave out features without gaps at fit.
    bool skip_complete = false;
    double min_value = -std::numeric_limits<double>::infinity();
    double max_value = std::numeric_limits<double>::infinity();
    std::optional<std::int64_t> random_state;
    bool add_indicator = false;

    static constexpr auto fields() {
        return std::tuple{param("estimator", &IterativeImputerParams::estimator),
                          param("sample_posterior", &IterativeImputerParams::sample_posterior),
                          param("max_iter", &IterativeImputerParams::max_iter),
                          param("tol", &IterativeImputerParams::tol),
                          param("n_nearest_features", &IterativeImputerParams::n_nearest_features),
                          param("initial_strategy", &IterativeImputerParams::initial_strategy),
                          param("imputation_order", &IterativeImputerParams::imputation_order),
                          param("skip_complete", &IterativeImputerParams::skip_complete),
                          param("min_value", &IterativeImputerParams::min_value),
                          param("max_value", &IterativeImputerParams::max_value),
                          param("random_state", &IterativeImputerParams::random_state),
                          param("add_indicator", &IterativeImputerParams::add_indicator)};
    }
    bool operator==(const IterativeImputerParams&) const = default;
};

class IterativeImputerModel;

class IterativeImputer : public EstimatorBase<IterativeImputer, IterativeImputerParams>,
                         public FitTransformMethods<IterativeImputer> {
  public:
    static constexpr std::string_view name = "IterativeImputer";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    IterativeImputerModel fit(const Features& X) const;
};

class IterativeImputerModel final : public ModelBase,
                                    public TransformMethods<IterativeImputerModel> {
  public:
    // One regression of scikit-learn's imputation_sequence_: feature (position among the kept
    // features) predicted from neighbours by model.
    struct Step {
        std::int64_t feature;
        std::vector<std::int64_t> neighbours;
        Model model;
    };

    IterativeImputerModel(const IterativeImputerParams& params, const Features& X);

    // scikit-learn's n_iter_ (rounds run), n_features_with_missing_, imputation_sequence_,
    // initial_imputer_ and indicator_ (null without add_indicator).
    std::int64_t n_iter() const noexcept { return n_iter_; }
    std::int64_t n_features_with_missing() const noexcept { return n_features_with_missing_; }
    const std::vector<Step>& imputation_sequence() const noexcept { return steps_; }
    const SimpleImputerModel& initial_imputer() const noexcept { return initial_; }
    const MissingIndicatorModel* indicator() const noexcept {
        return indicator_ ? &*indicator_ : nullptr;
    }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    std::vector<std::string> get_feature_names_out() const override;
    Features transform_features(const Features& X) const override;

  private:
    IterativeImputerParams params_;
    SimpleImputerModel initial_;
    std::int64_t n_iter_ = 0;
    std::int64_t n_features_with_missing_ = 0;
    std::vector<Step> steps_;
    std::optional<MissingIndicatorModel> indicator_;
};

}  // namespace tabula
