#pragma once
// Fitted models (DESIGN.md principle 2): what `fit` returns. A model is immutable, so it can be
// shared between threads and served; it knows the features it was fitted on and checks them.
#include <concepts>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"
#include "tabula/ml/data.hpp"

namespace tabula {

// scikit-learn's methods a fitted object may have; has_method() tells which it has.
enum class ModelMethod { Transform, Predict, PredictProba, DecisionFunction };

// What every fitted model is, behind the type-erased Model and inside Pipelines. Concrete models
// override the methods they have; the others throw AttributeError with scikit-learn's text
// ("'StandardScaler' object has no attribute 'predict'"). Users call the typed overloads that the
// method mixins below add (transform(DataFrame) -> DataFrame, ...), not these.
class ModelInterface {
  public:
    virtual ~ModelInterface() = default;
    // The estimator class that made it ("StandardScaler").
    virtual std::string estimator_name() const = 0;
    virtual std::int64_t n_features_in() const = 0;
    // Empty when fitted on an array (scikit-learn then has no feature_names_in_).
    virtual const std::vector<std::string>& feature_names_in() const = 0;
    virtual bool has_method(ModelMethod method) const = 0;
    virtual bool is_classifier() const { return false; }
    virtual bool is_regressor() const { return false; }

    virtual std::vector<std::string> get_feature_names_out() const;
    virtual Features transform_features(const Features& X) const;
    virtual Series predict_features(const Features& X) const;
    // One column per class of classes(), in that order.
    virtual NDArray<double> predict_proba_features(const Features& X) const;
    // 1-d (n_samples) for two classes, (n_samples, n_classes) otherwise, as scikit-learn.
    virtual NDArray<double> decision_function_features(const Features& X) const;
    virtual Series classes() const;
    // Mean accuracy for classifiers, R^2 for regressors (scikit-learn's score()).
    virtual double score_features(const Features& X, const Target& y) const;

  protected:
    [[noreturn]] void throw_no_attribute(std::string_view attribute) const;
};

// The typed calls, added to a model class Self that has `const ModelInterface& interface() const`.
template <class Self>
class TransformMethods {
  public:
    DataFrame transform(const DataFrame& X) const { return self().transform_features(X).frame(); }
    NDArray<double> transform(const NDArray<double>& X) const {
        return self().transform_features(X).to_numpy();
    }

  private:
    const ModelInterface& self() const { return static_cast<const Self&>(*this).interface(); }
};

template <class Self>
class PredictMethods {
  public:
    // Labels (classifiers, dtype of the training labels) or values (regressors), indexed as X.
    Series predict(const DataFrame& X) const { return self().predict_features(X); }
    Series predict(const NDArray<double>& X) const { return self().predict_features(X); }
    double score(const DataFrame& X, const Target& y) const { return self().score_features(X, y); }
    double score(const NDArray<double>& X, const Target& y) const {
        return self().score_features(X, y);
    }

  private:
    const ModelInterface& self() const { return static_cast<const Self&>(*this).interface(); }
};

template <class Self>
class ClassifierMethods {
  public:
    NDArray<double> predict_proba(const DataFrame& X) const {
        return self().predict_proba_features(X);
    }
    NDArray<double> predict_proba(const NDArray<double>& X) const {
        return self().predict_proba_features(X);
    }

  private:
    const ModelInterface& self() const { return static_cast<const Self&>(*this).interface(); }
};

template <class Self>
class DecisionMethods {
  public:
    NDArray<double> decision_function(const DataFrame& X) const {
        return self().decision_function_features(X);
    }
    NDArray<double> decision_function(const NDArray<double>& X) const {
        return self().decision_function_features(X);
    }

  private:
    const ModelInterface& self() const { return static_cast<const Self&>(*this).interface(); }
};

// Any fitted model, shared and immutable: what an erased Estimator's fit returns and what
// Pipelines hold. Every call is available; the ones the model lacks throw AttributeError.
class Model : public TransformMethods<Model>,
              public PredictMethods<Model>,
              public ClassifierMethods<Model>,
              public DecisionMethods<Model> {
  public:
    explicit Model(std::shared_ptr<const ModelInterface> model);
    // A concrete model (a PipelineModel, a StandardScalerModel, ...), shared from now on, for the
    // calls that take any model (scorers, permutation_importance).
    template <class M>
    requires(std::derived_from<M, ModelInterface> && !std::same_as<M, Model>)
        Model(M model)  // NOLINT(google-explicit-constructor)
        : Model(
              std::shared_ptr<const ModelInterface>(std::make_shared<const M>(std::move(model)))) {}

    const ModelInterface& interface() const noexcept { return *model_; }
    const std::shared_ptr<const ModelInterface>& shared() const noexcept { return model_; }
    std::string estimator_name() const { return model_->estimator_name(); }
    std::int64_t n_features_in() const { return model_->n_features_in(); }
    const std::vector<std::string>& feature_names_in() const { return model_->feature_names_in(); }
    bool has_method(ModelMethod method) const { return model_->has_method(method); }
    bool is_classifier() const { return model_->is_classifier(); }
    bool is_regressor() const { return model_->is_regressor(); }
    std::vector<std::string> get_feature_names_out() const {
        return model_->get_feature_names_out();
    }
    Series classes() const { return model_->classes(); }
    // The concrete model (StandardScalerModel, ...); TypeError when it is another.
    template <class M>
    const M& as() const {
        if (const auto* m = dynamic_cast<const M*>(model_.get())) return *m;
        throw_wrong_type();
    }

  private:
    [[noreturn]] void throw_wrong_type() const;
    std::shared_ptr<const ModelInterface> model_;
};

// The fitted-feature record of scikit-learn's n_features_in_ / feature_names_in_, and its checks.
class FeatureSchema {
  public:
    FeatureSchema() = default;
    explicit FeatureSchema(const Features& X);
    std::int64_t n_features_in() const noexcept { return n_features_in_; }
    const std::vector<std::string>& feature_names_in() const noexcept { return names_; }
    // scikit-learn's _check_feature_names and _check_n_features: ValueError "The feature names
    // should match those that were passed during fit. ..." (by name when both have names, order
    // included) or "X has 3 features, but StandardScaler is expecting 4 features as input.".
    void check(const Features& X, std::string_view estimator) const;

  private:
    std::int64_t n_features_in_ = 0;
    std::vector<std::string> names_;
};

// Base of concrete models: name and feature schema recorded at fit.
class ModelBase : public ModelInterface {
  public:
    ModelBase(std::string estimator_name, const Features& X)
        : name_(std::move(estimator_name)), schema_(X) {}
    std::string estimator_name() const override { return name_; }
    std::int64_t n_features_in() const override { return schema_.n_features_in(); }
    const std::vector<std::string>& feature_names_in() const override {
        return schema_.feature_names_in();
    }
    const ModelInterface& interface() const noexcept { return *this; }

  protected:
    void check_features(const Features& X) const { schema_.check(X, name_); }
    // feature_names_in, or x0, x1, ... when fitted on an array: a one-to-one transformer's
    // get_feature_names_out().
    std::vector<std::string> input_feature_names() const;

  private:
    std::string name_;
    FeatureSchema schema_;
};

}  // namespace tabula
