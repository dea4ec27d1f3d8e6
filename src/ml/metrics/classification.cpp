#include "tabula/ml/metrics/classification.hpp"

#include <cmath>
#include <string>

#include "label_scores.hpp"
#include "numpy_sums.hpp"
#include "tabula/core/error.hpp"
#include "targets.hpp"

namespace tabula {
namespace {

using metrics_detail::CheckedTargets;
using metrics_detail::TargetType;

// The true positives, predictions and true samples of each label of the union.
struct LabelCounts {
    std::vector<std::int64_t> tp;
    std::vector<std::int64_t> pred;
    std::vector<std::int64_t> truth;
};

LabelCounts count_labels(const CheckedTargets& t) {
    const auto k = static_cast<std::size_t>(t.classes.size());
    LabelCounts c{std::vector<std::int64_t>(k), std::vector<std::int64_t>(k),
                  std::vector<std::int64_t>(k)};
    for (std::size_t i = 0; i < t.true_codes.size(); ++i) {
        const auto yt = static_cast<std::size_t>(t.true_codes[i]);
        const auto yp = static_cast<std::size_t>(t.pred_codes[i]);
        ++c.truth[yt];
        ++c.pred[yp];
        if (yt == yp) ++c.tp[yt];
    }
    return c;
}

// The counts of the chosen labels (positions in the union; -1 is a label never seen: zeros).
LabelCounts select(const LabelCounts& all, const std::vector<std::int32_t>& chosen) {
    LabelCounts out;
    for (const std::int32_t j : chosen) {
        const bool seen = j >= 0;
        const auto u = static_cast<std::size_t>(seen ? j : 0);
        out.tp.push_back(seen ? all.tp[u] : 0);
        out.pred.push_back(seen ? all.pred[u] : 0);
        out.truth.push_back(seen ? all.truth[u] : 0);
    }
    return out;
}

std::int64_t total(const std::vector<std::int64_t>& values) {
    std::int64_t sum = 0;
    for (const std::int64_t v : values) sum += v;
    return sum;
}

double zero_division_value(ZeroDivision z) {
    return z == ZeroDivision::One ? 1.0 : 0.0;
}

// _prf_divide: numerator / denominator, zero_division where the denominator is 0.
std::vector<double> divide(const std::vector<std::int64_t>& num,
                           const std::vector<std::int64_t>& den, ZeroDivision z) {
    std::vector<double> out(num.size());
    for (std::size_t i = 0; i < num.size(); ++i) {
        out[i] = den[i] == 0 ? zero_division_value(z)
                             : static_cast<double>(num[i]) / static_cast<double>(den[i]);
    }
    return out;
}

// _check_set_wise_labels: the positions of the labels to score.
std::vector<std::int32_t> scored_labels(const CheckedTargets& t,
                                        const PrecisionRecallOptions& options) {
    if (options.average == Average::Binary) {
        if (t.type != TargetType::Binary) {
            throw ValueError(
                "Target is multiclass but average='binary'. Please choose another average "
                "setting, one of [None, 'micro', 'macro', 'weighted'].");
        }
        const std::int32_t pos = metrics_detail::label_index(t.classes, options.pos_label);
        if (pos < 0 && t.classes.size() >= 2) {
            throw ValueError("pos_label=" + metrics_detail::label_str(options.pos_label) +
                             " is not a valid label. It should be one of " +
                             metrics_detail::python_list(t.classes));
        }
        return {pos};
    }
    if (options.labels) return metrics_detail::label_indices(t.classes, *options.labels);
    std::vector<std::int32_t> all(static_cast<std::size_t>(t.classes.size()));
    for (std::size_t j = 0; j < all.size(); ++j) all[j] = static_cast<std::int32_t>(j);
    return all;
}

double average_of(const std::vector<double>& values, const std::vector<double>& weights,
                  Average average) {
    if (average == Average::Weighted) return metrics_detail::numpy_weighted_mean(values, weights);
    return metrics_detail::numpy_mean(values);
}

// The one-value scores: average None (per label) belongs to precision_recall_fscore_support.
PrecisionRecallFscoreSupport averaged_scores(const Target& y_true, const Target& y_pred,
                                             const PrecisionRecallOptions& options, double beta) {
    if (options.average == Average::None) {
        throw ValueError(
            "average=None gives one score per label: use precision_recall_fscore_support");
    }
    return precision_recall_fscore_support(y_true, y_pred, options, beta);
}

}  // namespace

namespace metrics_detail {

PrecisionRecallFscoreSupport label_scores(const CheckedTargets& t,
                                          const PrecisionRecallOptions& options, double beta) {
    LabelCounts c = select(count_labels(t), scored_labels(t, options));
    if (options.average == Average::Micro) {
        c = LabelCounts{{total(c.tp)}, {total(c.pred)}, {total(c.truth)}};
    }
    PrecisionRecallFscoreSupport r;
    r.precision = divide(c.tp, c.pred, options.zero_division);
    r.recall = divide(c.tp, c.truth, options.zero_division);
    const double beta2 = beta * beta;
    r.fbeta_score.resize(r.precision.size());
    for (std::size_t i = 0; i < r.precision.size(); ++i) {
        const double p = r.precision[i];
        const double q = r.recall[i];
        if (std::isinf(beta)) {
            r.fbeta_score[i] = q;
            continue;
        }
        double denom = beta2 * p + q;
        if (denom == 0.0) denom = 1;
        r.fbeta_score[i] = (1 + beta2) * p * q / denom;
    }
    if (options.average == Average::None) {
        r.support = c.truth;
        return r;
    }
    const std::vector<double> weights(c.truth.begin(), c.truth.end());
    if (options.average == Average::Weighted && total(c.truth) == 0) {
        const double z = zero_division_value(options.zero_division);
        if (total(c.pred) == 0) return {{z}, {z}, {z}, {}};
        return {{0.0}, {z}, {0.0}, {}};
    }
    return {{average_of(r.precision, weights, options.average)},
            {average_of(r.recall, weights, options.average)},
            {average_of(r.fbeta_score, weights, options.average)},
            {}};
}

}  // namespace metrics_detail

double accuracy_score(const Target& y_true, const Target& y_pred, bool normalize) {
    const CheckedTargets t = metrics_detail::check_targets(y_true, y_pred);
    std::int64_t correct = 0;
    for (std::size_t i = 0; i < t.true_codes.size(); ++i) {
        correct += t.true_codes[i] == t.pred_codes[i] ? 1 : 0;
    }
    const auto n = static_cast<double>(t.true_codes.size());
    return normalize ? static_cast<double>(correct) / n : static_cast<double>(correct);
}

PrecisionRecallFscoreSupport precision_recall_fscore_support(const Target& y_true,
                                                             const Target& y_pred,
                                                             const PrecisionRecallOptions& options,
                                                             double beta) {
    if (beta < 0) throw ValueError("beta should be >=0 in the F-beta score");
    return metrics_detail::label_scores(metrics_detail::check_targets(y_true, y_pred), options,
                                        beta);
}

double precision_score(const Target& y_true, const Target& y_pred,
                       const PrecisionRecallOptions& options) {
    return averaged_scores(y_true, y_pred, options, 1.0).precision[0];
}

double recall_score(const Target& y_true, const Target& y_pred,
                    const PrecisionRecallOptions& options) {
    return averaged_scores(y_true, y_pred, options, 1.0).recall[0];
}

double f1_score(const Target& y_true, const Target& y_pred, const PrecisionRecallOptions& options) {
    return fbeta_score(y_true, y_pred, 1.0, options);
}

double fbeta_score(const Target& y_true, const Target& y_pred, double beta,
                   const PrecisionRecallOptions& options) {
    return averaged_scores(y_true, y_pred, options, beta).fbeta_score[0];
}

NDArray<std::int64_t> confusion_matrix(const Target& y_true, const Target& y_pred,
                                       const std::optional<std::vector<Scalar>>& labels) {
    const CheckedTargets t = metrics_detail::check_targets(y_true, y_pred);
    const auto k_all = static_cast<std::size_t>(t.classes.size());
    // Matrix position of each union label, -1 for labels left out.
    std::vector<std::int64_t> slot(k_all, -1);
    std::int64_t n_labels = t.classes.size();
    if (!labels) {
        for (std::size_t j = 0; j < k_all; ++j) slot[j] = static_cast<std::int64_t>(j);
    } else {
        if (labels->empty()) throw ValueError("'labels' should contains at least one label.");
        n_labels = static_cast<std::int64_t>(labels->size());
        const auto chosen = metrics_detail::label_indices(t.classes, *labels);
        std::vector<bool> in_true(k_all, false);
        for (const std::int32_t code : t.true_codes) in_true[static_cast<std::size_t>(code)] = true;
        bool any_in_true = false;
        // As scikit-learn's {label: position} dict, a repeated label keeps its last position.
        for (std::size_t m = 0; m < chosen.size(); ++m) {
            if (chosen[m] < 0) continue;
            slot[static_cast<std::size_t>(chosen[m])] = static_cast<std::int64_t>(m);
            any_in_true = any_in_true || in_true[static_cast<std::size_t>(chosen[m])];
        }
        if (!any_in_true) throw ValueError("At least one label specified must be in y_true");
    }
    auto cm = NDArray<std::int64_t>::zeros({n_labels, n_labels});
    std::int64_t* out = cm.data();
    for (std::size_t i = 0; i < t.true_codes.size(); ++i) {
        const std::int64_t r = slot[static_cast<std::size_t>(t.true_codes[i])];
        const std::int64_t c = slot[static_cast<std::size_t>(t.pred_codes[i])];
        if (r >= 0 && c >= 0) ++out[r * n_labels + c];
    }
    return cm;
}

NDArray<double> confusion_matrix(const Target& y_true, const Target& y_pred,
                                 ConfusionNormalize normalize,
                                 const std::optional<std::vector<Scalar>>& labels) {
    const NDArray<std::int64_t> counts = confusion_matrix(y_true, y_pred, labels);
    const std::int64_t k = counts.shape()[0];
    const std::int64_t* c = counts.data();
    std::vector<std::int64_t> rows(static_cast<std::size_t>(k), 0);
    std::vector<std::int64_t> columns(static_cast<std::size_t>(k), 0);
    std::int64_t all = 0;
    for (std::int64_t i = 0; i < k; ++i) {
        for (std::int64_t j = 0; j < k; ++j) {
            rows[static_cast<std::size_t>(i)] += c[i * k + j];
            columns[static_cast<std::size_t>(j)] += c[i * k + j];
            all += c[i * k + j];
        }
    }
    std::vector<double> out(static_cast<std::size_t>(k * k));
    for (std::int64_t i = 0; i < k; ++i) {
        for (std::int64_t j = 0; j < k; ++j) {
            const std::int64_t divisor = normalize == ConfusionNormalize::True   ? rows[i]
                                         : normalize == ConfusionNormalize::Pred ? columns[j]
                                                                                 : all;
            // np.nan_to_num turns the 0/0 of an empty row or column into 0.
            out[static_cast<std::size_t>(i * k + j)] =
                divisor == 0 ? 0.0
                             : static_cast<double>(c[i * k + j]) / static_cast<double>(divisor);
        }
    }
    return NDArray<double>(std::move(out), {k, k});
}

double balanced_accuracy_score(const Target& y_true, const Target& y_pred, bool adjusted) {
    const CheckedTargets t = metrics_detail::check_targets(y_true, y_pred);
    const LabelCounts c = count_labels(t);
    // Labels only predicted have no recall (scikit-learn drops their NaN with a warning).
    std::vector<double> per_class;
    for (std::size_t j = 0; j < c.truth.size(); ++j) {
        if (c.truth[j] > 0) {
            per_class.push_back(static_cast<double>(c.tp[j]) / static_cast<double>(c.truth[j]));
        }
    }
    const auto n_classes = static_cast<double>(per_class.size());
    double score = metrics_detail::numpy_mean(std::move(per_class));
    if (adjusted) {
        const double chance = 1 / n_classes;
        score -= chance;
        score /= 1 - chance;
    }
    return score;
}

}  // namespace tabula
