#include "tabula/ml/metrics/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "numpy_sums.hpp"
#include "tabula/array/print.hpp"
#include "tabula/array/sorting.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/ml/labels.hpp"
#include "targets.hpp"

namespace tabula {
namespace {

using metrics_detail::TargetType;

void check_finite(const std::vector<double>& values) {
    for (const double v : values) {
        if (std::isnan(v)) throw ValueError("Input contains NaN.");
        if (std::isinf(v)) {
            throw ValueError("Input contains infinity or a value too large for dtype('float64').");
        }
    }
}

// column_or_1d(y_score).
std::vector<double> score_vector(const NDArray<double>& y_score) {
    const bool column = y_score.ndim() == 2 && y_score.shape()[1] == 1;
    if (y_score.ndim() != 1 && !column) {
        throw ValueError("y should be a 1d array, got an array of shape " +
                         metrics_detail::shape_repr(y_score.shape()) + " instead.");
    }
    return y_score.to_vector();
}

// _check_pos_label_consistency: without pos_label, y_true's labels must be 0/1 or -1/1.
Scalar positive_label(const Series& classes, const std::optional<Scalar>& pos_label) {
    if (pos_label) return *pos_label;
    bool allowed = classes.dtype() != DType::String && classes.dtype() != DType::Categorical;
    if (allowed) {
        std::vector<double> v;
        for (std::int64_t i = 0; i < classes.size(); ++i) v.push_back(classes.value(i));
        allowed = v == std::vector<double>{0, 1} || v == std::vector<double>{-1, 1} ||
                  v == std::vector<double>{0} || v == std::vector<double>{-1} ||
                  v == std::vector<double>{1};
    }
    if (!allowed) {
        std::string listed;
        for (std::int64_t i = 0; i < classes.size(); ++i) {
            if (i > 0) listed += ", ";
            listed += scalar_at(classes.column(), i).repr();
        }
        throw ValueError("y_true takes value in {" + listed +
                         "} and pos_label is not specified: either make y_true take value in {0, "
                         "1} or {-1, 1} or pass pos_label explicitly.");
    }
    return Scalar(1);
}

// _binary_clf_curve: false and true positives at each distinct score, highest first.
struct ClfCurve {
    std::vector<double> fps;
    std::vector<double> tps;
    std::vector<double> thresholds;
};

ClfCurve binary_clf_curve(const std::vector<bool>& positive, const std::vector<double>& scores) {
    const auto n = static_cast<std::int64_t>(scores.size());
    // np.argsort(kind="mergesort")[::-1]: ties in reverse order of appearance.
    const NDArray<std::int64_t> ascending = argsort(metrics_detail::as_array(scores));
    std::vector<double> sorted(scores.size());
    std::vector<bool> truth(scores.size());
    for (std::int64_t i = 0; i < n; ++i) {
        const auto from = static_cast<std::size_t>(ascending.data()[n - 1 - i]);
        sorted[static_cast<std::size_t>(i)] = scores[from];
        truth[static_cast<std::size_t>(i)] = positive[from];
    }
    ClfCurve curve;
    double cumulative = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        const auto at = static_cast<std::size_t>(i);
        cumulative += truth[at] ? 1.0 : 0.0;
        if (i == n - 1 || sorted[at] != sorted[at + 1]) {
            curve.tps.push_back(cumulative);
            curve.fps.push_back(1 + static_cast<double>(i) - cumulative);
            curve.thresholds.push_back(sorted[at]);
        }
    }
    return curve;
}

// The checks of _binary_clf_curve, then the curve of y_true == pos_label.
ClfCurve labelled_curve(const Target& y_true, const NDArray<double>& y_score,
                        const std::optional<Scalar>& pos_label) {
    const TargetType type = metrics_detail::type_of_target(y_true.series(), "y_true");
    if (!(type == TargetType::Binary || (type == TargetType::Multiclass && pos_label))) {
        throw ValueError(std::string(metrics_detail::type_name(type)) + " format is not supported");
    }
    const std::vector<double> scores = score_vector(y_score);
    check_consistent_length(y_true.size(), static_cast<std::int64_t>(scores.size()));
    check_finite(scores);
    const auto labels = metrics_detail::discrete_labels(y_true.series(), "y_true");
    const std::int32_t pos =
        metrics_detail::label_index(labels->classes, positive_label(labels->classes, pos_label));
    std::vector<bool> positive(labels->codes.size());
    for (std::size_t i = 0; i < positive.size(); ++i) positive[i] = labels->codes[i] == pos;
    return binary_clf_curve(positive, scores);
}

std::vector<double> rates(const std::vector<double>& counts) {
    std::vector<double> out(counts.size(), NAN);
    if (counts.back() <= 0) return out;
    for (std::size_t i = 0; i < counts.size(); ++i) out[i] = counts[i] / counts.back();
    return out;
}

RocCurve roc_from(ClfCurve c, bool drop_intermediate) {
    if (drop_intermediate && c.fps.size() > 2) {
        // Keep the ends and the corners: where either count's second difference is not 0.
        ClfCurve kept;
        const std::size_t m = c.fps.size();
        for (std::size_t i = 0; i < m; ++i) {
            const bool corner = i == 0 || i == m - 1 ||
                                c.fps[i + 1] - c.fps[i] - (c.fps[i] - c.fps[i - 1]) != 0 ||
                                c.tps[i + 1] - c.tps[i] - (c.tps[i] - c.tps[i - 1]) != 0;
            if (!corner) continue;
            kept.fps.push_back(c.fps[i]);
            kept.tps.push_back(c.tps[i]);
            kept.thresholds.push_back(c.thresholds[i]);
        }
        c = std::move(kept);
    }
    c.fps.insert(c.fps.begin(), 0.0);
    c.tps.insert(c.tps.begin(), 0.0);
    c.thresholds.insert(c.thresholds.begin(), c.thresholds.front() + 1);
    return {rates(c.fps), rates(c.tps), std::move(c.thresholds)};
}

[[noreturn]] void throw_one_class() {
    throw ValueError(
        "Only one class present in y_true. ROC AUC score is not defined in that case.");
}

double binary_roc_auc(const std::vector<bool>& positive, const std::vector<double>& scores) {
    bool any_positive = false;
    bool any_negative = false;
    for (const bool p : positive) (p ? any_positive : any_negative) = true;
    if (!any_positive || !any_negative) throw_one_class();
    const RocCurve roc = roc_from(binary_clf_curve(positive, scores), true);
    return auc(roc.fpr, roc.tpr);
}

// _average_multiclass_ovo_score: each pair of y_true's classes scored both ways on its samples.
double ovo_roc_auc(const std::vector<std::int32_t>& codes, const NDArray<double>& y_score,
                   Average average) {
    const std::int64_t n = y_score.shape()[0];
    const std::int64_t k = y_score.shape()[1];
    std::vector<bool> present(static_cast<std::size_t>(k), false);
    for (const std::int32_t c : codes) present[static_cast<std::size_t>(c)] = true;
    std::vector<std::int32_t> classes;
    for (std::int64_t c = 0; c < k; ++c) {
        if (present[static_cast<std::size_t>(c)]) classes.push_back(static_cast<std::int32_t>(c));
    }
    const double* s = y_score.data();
    std::vector<double> pair_scores;
    std::vector<double> prevalence;
    for (std::size_t ia = 0; ia < classes.size(); ++ia) {
        for (std::size_t ib = ia + 1; ib < classes.size(); ++ib) {
            const std::int32_t a = classes[ia];
            const std::int32_t b = classes[ib];
            std::vector<bool> is_a;
            std::vector<double> a_scores;
            std::vector<double> b_scores;
            for (std::int64_t i = 0; i < n; ++i) {
                const std::int32_t c = codes[static_cast<std::size_t>(i)];
                if (c != a && c != b) continue;
                is_a.push_back(c == a);
                a_scores.push_back(s[i * k + a]);
                b_scores.push_back(s[i * k + b]);
            }
            std::vector<bool> is_b(is_a.size());
            for (std::size_t i = 0; i < is_a.size(); ++i) is_b[i] = !is_a[i];
            pair_scores.push_back(
                (binary_roc_auc(is_a, a_scores) + binary_roc_auc(is_b, b_scores)) / 2);
            prevalence.push_back(static_cast<double>(is_a.size()) / static_cast<double>(n));
        }
    }
    if (average == Average::Weighted) {
        return metrics_detail::numpy_weighted_mean(pair_scores, prevalence);
    }
    return metrics_detail::numpy_mean(std::move(pair_scores));
}

// _binary_roc_auc_score's partial area: the curve cut at max_fpr by np.interp, then McClish's
// correction (0.5 for a non-discriminant score, 1 for a perfect one).
double partial_roc_auc(const std::vector<bool>& positive, const std::vector<double>& scores,
                       double max_fpr) {
    if (!(max_fpr > 0 && max_fpr <= 1)) {
        throw ValueError("Expected max_fpr in range (0, 1], got: " + float_repr(max_fpr));
    }
    RocCurve roc = roc_from(binary_clf_curve(positive, scores), true);
    if (max_fpr == 1) return auc(roc.fpr, roc.tpr);
    // np.searchsorted(fpr, max_fpr, "right"); fpr ends at 1 > max_fpr, so stop is inside.
    const auto stop = static_cast<std::size_t>(
        std::upper_bound(roc.fpr.begin(), roc.fpr.end(), max_fpr) - roc.fpr.begin());
    const double x0 = roc.fpr[stop - 1];
    const double x1 = roc.fpr[stop];
    const double y0 = roc.tpr[stop - 1];
    const double y1 = roc.tpr[stop];
    // np.interp's arithmetic for x in [x0, x1).
    double y = y0;
    if (x0 != max_fpr) {
        const double slope = (y1 - y0) / (x1 - x0);
        y = slope * (max_fpr - x0) + y0;
        if (std::isnan(y)) y = slope * (max_fpr - x1) + y1;
        if (std::isnan(y) && y0 == y1) y = y0;
    }
    roc.fpr.resize(stop);
    roc.tpr.resize(stop);
    roc.fpr.push_back(max_fpr);
    roc.tpr.push_back(y);
    const double partial = auc(roc.fpr, roc.tpr);
    const double min_area = 0.5 * std::pow(max_fpr, 2.0);
    const double max_area = max_fpr;
    return 0.5 * (1 + (partial - min_area) / (max_area - min_area));
}

// _multiclass_roc_auc_score.
double multiclass_roc_auc(const Target& y_true, const NDArray<double>& y_score,
                          const RocAucOptions& options) {
    const std::int64_t n = y_score.shape()[0];
    const std::int64_t k = y_score.shape()[1];
    const NDArray<double> row_sums = y_score.sum(1);
    for (std::int64_t i = 0; i < n; ++i) {
        const double s = row_sums.data()[i];
        if (!(std::abs(1 - s) <= 1e-8 + 1e-5 * std::abs(s))) {
            throw ValueError(
                "Target scores need to be probabilities for multiclass roc_auc, i.e. they should "
                "sum up to 1.0 over classes");
        }
    }
    const bool ovr = options.multi_class == MultiClass::Ovr;
    if (options.average == Average::Binary || (!ovr && options.average == Average::Micro)) {
        throw ValueError(std::string("average must be one of (") + (ovr ? "'micro', " : "") +
                         "'macro', 'weighted', None) for multiclass problems");
    }
    if (options.average == Average::None) {
        throw ValueError("average=None gives one score per class: roc_auc_score returns one");
    }
    Series classes;
    if (options.labels) {
        const Series given = metrics_detail::labels_series(*options.labels);
        classes = encode_labels(Target(given)).classes;
        if (classes.size() != given.size()) throw ValueError("Parameter 'labels' must be unique");
        const auto order = label_positions(classes, given);
        for (std::size_t j = 0; j < order.size(); ++j) {
            if (order[j] != static_cast<std::int32_t>(j)) {
                throw ValueError("Parameter 'labels' must be ordered");
            }
        }
        if (classes.size() != k) {
            throw ValueError("Number of given labels, " + std::to_string(classes.size()) +
                             ", not equal to the number of columns in 'y_score', " +
                             std::to_string(k));
        }
    } else {
        classes = encode_labels(y_true).classes;
        if (classes.size() != k) {
            throw ValueError(
                "Number of classes in y_true not equal to the number of columns in 'y_score'");
        }
    }
    const std::vector<std::int32_t> codes = label_positions(classes, y_true.series());
    for (const std::int32_t c : codes) {
        if (c < 0) throw ValueError("'y_true' contains labels not in parameter 'labels'");
    }
    if (!ovr) return ovo_roc_auc(codes, y_score, options.average);
    const double* s = y_score.data();
    if (options.average == Average::Micro) {
        std::vector<bool> positive(static_cast<std::size_t>(n * k));
        for (std::int64_t i = 0; i < n; ++i) {
            positive[static_cast<std::size_t>(i * k + codes[static_cast<std::size_t>(i)])] = true;
        }
        return binary_roc_auc(positive, y_score.to_vector());
    }
    std::vector<double> scores(static_cast<std::size_t>(k));
    std::vector<double> weights(static_cast<std::size_t>(k), 0.0);
    for (const std::int32_t c : codes) weights[static_cast<std::size_t>(c)] += 1;
    for (std::int64_t c = 0; c < k; ++c) {
        std::vector<bool> positive(static_cast<std::size_t>(n));
        std::vector<double> column(static_cast<std::size_t>(n));
        for (std::int64_t i = 0; i < n; ++i) {
            positive[static_cast<std::size_t>(i)] = codes[static_cast<std::size_t>(i)] == c;
            column[static_cast<std::size_t>(i)] = s[i * k + c];
        }
        scores[static_cast<std::size_t>(c)] = binary_roc_auc(positive, column);
    }
    if (options.average == Average::Weighted) {
        return metrics_detail::numpy_weighted_mean(scores, weights);
    }
    return metrics_detail::numpy_mean(std::move(scores));
}

}  // namespace

RocCurve roc_curve(const Target& y_true, const NDArray<double>& y_score,
                   const std::optional<Scalar>& pos_label, bool drop_intermediate) {
    return roc_from(labelled_curve(y_true, y_score, pos_label), drop_intermediate);
}

PrecisionRecallCurve precision_recall_curve(const Target& y_true, const NDArray<double>& y_score,
                                            const std::optional<Scalar>& pos_label) {
    const ClfCurve c = labelled_curve(y_true, y_score, pos_label);
    const std::size_t m = c.tps.size();
    PrecisionRecallCurve out;
    // Reversed so that recall decreases; precision is 0 where nothing is predicted positive, and
    // recall 1 throughout when y_true has no positive.
    for (std::size_t r = 0; r < m; ++r) {
        const std::size_t i = m - 1 - r;
        const double predicted = c.tps[i] + c.fps[i];
        out.precision.push_back(predicted != 0 ? c.tps[i] / predicted : 0.0);
        out.recall.push_back(c.tps.back() == 0 ? 1.0 : c.tps[i] / c.tps.back());
        out.thresholds.push_back(c.thresholds[i]);
    }
    out.precision.push_back(1.0);
    out.recall.push_back(0.0);
    return out;
}

double auc(const std::vector<double>& x, const std::vector<double>& y) {
    check_consistent_length(static_cast<std::int64_t>(x.size()),
                            static_cast<std::int64_t>(y.size()));
    if (x.size() < 2) {
        throw ValueError(
            "At least 2 points are needed to compute area under curve, but x.shape = " +
            std::to_string(x.size()));
    }
    bool any_decrease = false;
    bool all_nonincreasing = true;
    for (std::size_t i = 1; i < x.size(); ++i) {
        any_decrease = any_decrease || x[i] - x[i - 1] < 0;
        all_nonincreasing = all_nonincreasing && x[i] - x[i - 1] <= 0;
    }
    double direction = 1;
    if (any_decrease) {
        if (!all_nonincreasing) {
            throw ValueError("x is neither increasing nor decreasing : " +
                             array_str(metrics_detail::as_array(x)) + ".");
        }
        direction = -1;
    }
    // np.trapz: the pairwise sum of dx * (y[i+1] + y[i]) / 2.
    std::vector<double> areas(x.size() - 1);
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
        areas[i] = (x[i + 1] - x[i]) * (y[i + 1] + y[i]) / 2.0;
    }
    return direction * metrics_detail::numpy_sum(std::move(areas));
}

double roc_auc_score(const Target& y_true, const NDArray<double>& y_score,
                     const RocAucOptions& options) {
    const TargetType type = metrics_detail::type_of_target(y_true.series(), "y_true");
    check_finite(y_score.to_vector());
    const bool wide = y_score.ndim() == 2 && y_score.shape()[1] > 2;
    if (type == TargetType::Multiclass || (type == TargetType::Binary && wide)) {
        if (options.max_fpr && *options.max_fpr != 1.0) {
            throw ValueError(
                "Partial AUC computation not available in multiclass setting, 'max_fpr' must be "
                "set to `None`, received `max_fpr=" +
                float_repr(*options.max_fpr) + "` instead");
        }
        if (options.multi_class == MultiClass::Raise) {
            throw ValueError("multi_class must be in ('ovo', 'ovr')");
        }
        if (y_score.ndim() != 2) {
            // NumPy's AxisError (a ValueError) from y_score.sum(axis=1).
            throw ValueError("axis 1 is out of bounds for array of dimension " +
                             std::to_string(y_score.ndim()));
        }
        check_consistent_length(y_true.size(), y_score.shape()[0]);
        return multiclass_roc_auc(y_true, y_score, options);
    }
    if (options.average == Average::Binary) {
        throw ValueError(
            "average has to be one of (None, 'micro', 'macro', 'weighted', 'samples')");
    }
    if (type != TargetType::Binary) {
        throw ValueError(std::string(metrics_detail::type_name(type)) + " format is not supported");
    }
    // label_binarize: the greater of the two labels is positive.
    const auto labels = metrics_detail::discrete_labels(y_true.series(), "y_true");
    std::vector<bool> positive(labels->codes.size());
    for (std::size_t i = 0; i < positive.size(); ++i) positive[i] = labels->codes[i] == 1;
    if (labels->classes.size() != 2) throw_one_class();
    const std::vector<double> scores = score_vector(y_score);
    check_consistent_length(y_true.size(), static_cast<std::int64_t>(scores.size()));
    if (options.max_fpr) return partial_roc_auc(positive, scores, *options.max_fpr);
    return binary_roc_auc(positive, scores);
}

}  // namespace tabula
