#pragma once
// scikit-learn's DummyClassifier: predicts from the training labels alone, ignoring the feature
// values (a baseline to compare real classifiers with). Single-output y; no sample_weight.
// Unlike scikit-learn (which skips X validation), predict checks X's features against fit's.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>
#include <vector>

#include "tabula/ml/estimator.hpp"

namespace tabula {

struct DummyClassifierParams {
    // The label predicted by "constant": an int, a float or a str that occurs in y.
    std::optional<std::variant<std::int64_t, double, std::string>> constant = std::nullopt;
    // Seeds NumPy's legacy RandomState for "stratified" and "uniform"; each predict call starts
    // from the seed again, as scikit-learn's check_random_state(int) does. None draws a fresh seed.
    std::optional<std::int64_t> random_state = std::nullopt;
    // "prior", "most_frequent", "stratified", "uniform" or "constant".
    std::string strategy = "prior";

    static constexpr auto fields() {
        return std::tuple{param("constant", &DummyClassifierParams::constant),
                          param("random_state", &DummyClassifierParams::random_state),
                          param("strategy", &DummyClassifierParams::strategy)};
    }
    bool operator==(const DummyClassifierParams&) const = default;
};

class DummyClassifierModel;

class DummyClassifier : public EstimatorBase<DummyClassifier, DummyClassifierParams> {
  public:
    static constexpr std::string_view name = "DummyClassifier";
    static constexpr EstimatorKind kind = EstimatorKind::Classifier;
    using EstimatorBase::EstimatorBase;

    // ValueError for an unknown strategy, for "constant" without a constant or with one that is
    // not a training label (scikit-learn's messages).
    DummyClassifierModel fit(const Features& X, const Target& y) const;
};

class DummyClassifierModel final : public ModelBase,
                                   public PredictMethods<DummyClassifierModel>,
                                   public ClassifierMethods<DummyClassifierModel> {
  public:
    DummyClassifierModel(const DummyClassifierParams& params, const Features& X, const Target& y);

    // scikit-learn's classes_ (sorted, y's dtype), n_classes_ and class_prior_ (count / n).
    Series classes() const override { return classes_; }
    std::int64_t n_classes() const noexcept { return classes_.size(); }
    const std::vector<double>& class_prior() const noexcept { return class_prior_; }

    bool is_classifier() const override { return true; }
    bool has_method(ModelMethod method) const override {
        return method == ModelMethod::Predict || method == ModelMethod::PredictProba;
    }
    Series predict_features(const Features& X) const override;
    NDArray<double> predict_proba_features(const Features& X) const override;

  private:
    // One code per row for "stratified" and "uniform": NumPy's draws from a fresh RandomState.
    std::vector<std::int32_t> random_codes(std::int64_t n_samples) const;

    DummyClassifierParams params_;
    Series classes_;
    std::vector<double> class_prior_;
    // The class predicted by "most_frequent", "prior" and "constant".
    std::int32_t fixed_class_ = 0;
};

}  // namespace tabula
