#include "tabula/ml/metrics/scorer.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "tabula/core/error.hpp"
#include "tabula/ml/metrics/classification.hpp"
#include "tabula/ml/metrics/log_loss.hpp"
#include "tabula/ml/metrics/ranking.hpp"
#include "tabula/ml/metrics/regression.hpp"
#include "targets.hpp"

namespace tabula {
namespace {

using metrics_detail::TargetType;
using LabelMetric = std::function<double(const Target&, const Target&)>;
using ScoreMetric = std::function<double(const Target&, const NDArray<double>&)>;

// _PredictScorer: sign * metric(y, predict(X)).
Scorer predict_scorer(LabelMetric metric, double sign) {
    return
        [metric = std::move(metric), sign](const Model& model, const Features& X, const Target& y) {
            return sign * metric(y, model.interface().predict_features(X));
        };
}

Scorer averaged(double (*metric)(const Target&, const Target&, const PrecisionRecallOptions&),
                Average average) {
    return predict_scorer(
        [metric, average](const Target& y, const Target& pred) {
            return metric(y, pred, {.average = average});
        },
        1.0);
}

// _select_proba_binary: the column of the positive class, classes()[1].
NDArray<double> positive_column(const NDArray<double>& proba, std::string_view metric) {
    if (proba.ndim() != 2 || proba.shape()[1] != 2) {
        throw ValueError("Got predict_proba of shape " + metrics_detail::shape_repr(proba.shape()) +
                         ", but need classifier with two classes for " + std::string(metric) +
                         " scoring");
    }
    const std::int64_t n = proba.shape()[0];
    std::vector<double> column(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) column[static_cast<std::size_t>(i)] = proba(i, 1);
    return NDArray<double>(std::move(column), {n});
}

// _ProbaScorer: sign * metric(y, predict_proba(X)), one column for a binary y.
Scorer proba_scorer(ScoreMetric metric, std::string metric_name, double sign) {
    return [metric = std::move(metric), metric_name = std::move(metric_name), sign](
               const Model& model, const Features& X, const Target& y) {
        const TargetType type = metrics_detail::type_of_target(y.series(), "");
        NDArray<double> proba = model.interface().predict_proba_features(X);
        if (type == TargetType::Binary && proba.ndim() == 2 && proba.shape()[1] <= 2) {
            proba = positive_column(proba, metric_name);
        }
        return sign * metric(y, proba);
    };
}

// _ThresholdScorer for roc_auc: predict for regressors, else decision_function when the model
// has it, else the positive class's probability.
double threshold_roc_auc(const Model& model, const Features& X, const Target& y) {
    const TargetType type = metrics_detail::type_of_target(y.series(), "");
    if (type != TargetType::Binary) {
        throw ValueError(std::string(metrics_detail::type_name(type)) + " format is not supported");
    }
    const ModelInterface& m = model.interface();
    NDArray<double> scores;
    if (m.is_regressor()) {
        scores = m.predict_features(X).to_numpy();
    } else if (m.has_method(ModelMethod::DecisionFunction)) {
        scores = m.decision_function_features(X);
    } else {
        scores = positive_column(m.predict_proba_features(X), "roc_auc_score");
    }
    return roc_auc_score(y, scores);
}

const std::map<std::string, Scorer, std::less<>>& scorers() {
    static const std::map<std::string, Scorer, std::less<>> table = [] {
        std::map<std::string, Scorer, std::less<>> t;
        t["accuracy"] = predict_scorer(
            [](const Target& y, const Target& p) { return accuracy_score(y, p); }, 1.0);
        t["balanced_accuracy"] = predict_scorer(
            [](const Target& y, const Target& p) { return balanced_accuracy_score(y, p); }, 1.0);
        const std::pair<const char*,
                        double (*)(const Target&, const Target&, const PrecisionRecallOptions&)>
            label_metrics[] = {
                {"precision", precision_score}, {"recall", recall_score}, {"f1", f1_score}};
        for (const auto& [name, metric] : label_metrics) {
            const std::string base = name;
            t[base] = averaged(metric, Average::Binary);
            t[base + "_micro"] = averaged(metric, Average::Micro);
            t[base + "_macro"] = averaged(metric, Average::Macro);
            t[base + "_weighted"] = averaged(metric, Average::Weighted);
        }
        t["neg_mean_squared_error"] = predict_scorer(
            [](const Target& y, const Target& p) { return mean_squared_error(y, p); }, -1.0);
        t["neg_root_mean_squared_error"] = predict_scorer(
            [](const Target& y, const Target& p) { return mean_squared_error(y, p, false); }, -1.0);
        t["neg_mean_absolute_error"] = predict_scorer(
            [](const Target& y, const Target& p) { return mean_absolute_error(y, p); }, -1.0);
        t["r2"] =
            predict_scorer([](const Target& y, const Target& p) { return r2_score(y, p); }, 1.0);
        t["explained_variance"] = predict_scorer(
            [](const Target& y, const Target& p) { return explained_variance_score(y, p); }, 1.0);
        t["neg_log_loss"] =
            proba_scorer([](const Target& y, const NDArray<double>& p) { return log_loss(y, p); },
                         "log_loss", -1.0);
        t["roc_auc"] = threshold_roc_auc;
        const std::tuple<const char*, MultiClass, Average> multiclass_auc[] = {
            {"roc_auc_ovr", MultiClass::Ovr, Average::Macro},
            {"roc_auc_ovr_weighted", MultiClass::Ovr, Average::Weighted},
            {"roc_auc_ovo", MultiClass::Ovo, Average::Macro},
            {"roc_auc_ovo_weighted", MultiClass::Ovo, Average::Weighted}};
        for (const auto& [name, multi_class, average] : multiclass_auc) {
            t[name] = proba_scorer(
                [multi_class, average](const Target& y, const NDArray<double>& p) {
                    return roc_auc_score(y, p, {.average = average, .multi_class = multi_class});
                },
                "roc_auc_score", 1.0);
        }
        return t;
    }();
    return table;
}

}  // namespace

Scorer get_scorer(std::string_view name) {
    const auto& table = scorers();
    const auto it = table.find(name);
    if (it == table.end()) {
        throw ValueError("'" + std::string(name) +
                         "' is not a valid scoring value. Use "
                         "sklearn.metrics.get_scorer_names() to get valid options.");
    }
    return it->second;
}

std::vector<std::string> get_scorer_names() {
    std::vector<std::string> names;
    for (const auto& entry : scorers()) names.push_back(entry.first);
    return names;
}

}  // namespace tabula
