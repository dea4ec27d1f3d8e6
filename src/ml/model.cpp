#include "tabula/ml/model.hpp"

#include <algorithm>
#include <set>

#include "tabula/core/error.hpp"

namespace tabula {

void ModelInterface::throw_no_attribute(std::string_view attribute) const {
    throw AttributeError("'" + estimator_name() + "' object has no attribute '" +
                         std::string(attribute) + "'");
}

std::vector<std::string> ModelInterface::get_feature_names_out() const {
    throw_no_attribute("get_feature_names_out");
}
Features ModelInterface::transform_features(const Features&) const {
    throw_no_attribute("transform");
}
Series ModelInterface::predict_features(const Features&) const {
    throw_no_attribute("predict");
}
NDArray<double> ModelInterface::predict_proba_features(const Features&) const {
    throw_no_attribute("predict_proba");
}
NDArray<double> ModelInterface::decision_function_features(const Features&) const {
    throw_no_attribute("decision_function");
}
Series ModelInterface::classes() const {
    throw_no_attribute("classes_");
}

Model::Model(std::shared_ptr<const ModelInterface> model) : model_(std::move(model)) {
    if (model_ == nullptr) throw ValueError("Model needs a fitted model, got none");
}

void Model::throw_wrong_type() const {
    throw TypeError("this Model holds a fitted " + model_->estimator_name());
}

FeatureSchema::FeatureSchema(const Features& X) : n_features_in_(X.num_features()) {
    if (X.has_feature_names()) names_ = X.frame().columns();
}

std::vector<std::string> ModelBase::input_feature_names() const {
    if (!feature_names_in().empty()) return feature_names_in();
    return positional_feature_names(n_features_in());
}

namespace {

std::string listed(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i == 5) return out + "- ...\n";
        out += "- " + names[i] + "\n";
    }
    return out;
}

std::vector<std::string> difference(const std::set<std::string>& a,
                                    const std::set<std::string>& b) {
    std::vector<std::string> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

}  // namespace

void FeatureSchema::check(const Features& X, std::string_view estimator) const {
    if (X.has_feature_names() && !names_.empty() && X.frame().columns() != names_) {
        const std::set<std::string> fitted(names_.begin(), names_.end());
        const std::set<std::string> given(X.frame().columns().begin(), X.frame().columns().end());
        const auto unexpected = difference(given, fitted);
        const auto missing = difference(fitted, given);
        std::string message = "The feature names should match those that were passed during fit.\n";
        if (!unexpected.empty())
            message += "Feature names unseen at fit time:\n" + listed(unexpected);
        if (!missing.empty()) {
            message += "Feature names seen at fit time, yet now missing:\n" + listed(missing);
        }
        if (unexpected.empty() && missing.empty()) {
            message += "Feature names must be in the same order as they were in fit.\n";
        }
        throw ValueError(message);
    }
    if (X.num_features() != n_features_in_) {
        throw ValueError("X has " + std::to_string(X.num_features()) + " features, but " +
                         std::string(estimator) + " is expecting " +
                         std::to_string(n_features_in_) + " features as input.");
    }
}

}  // namespace tabula
