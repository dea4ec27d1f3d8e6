#include "tabula/ml/dummy/dummy_classifier.hpp"

#include <algorithm>
#include <cmath>

#include "../invalid_parameter.hpp"
#include "../model_selection/splitter_support.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/core/random.hpp"
#include "tabula/ml/labels.hpp"

namespace tabula {
namespace {

bool is_text(DType dtype) {
    return dtype == DType::String || dtype == DType::Categorical;
}

// Python's repr of classes_[i] inside list(classes_): 'a', 3, 3.0, True.
std::string label_repr(const Series& classes, std::int64_t i) {
    const DType dtype = classes.dtype();
    if (is_text(dtype)) {
        std::string out = "'";
        out += classes.text(i);
        out += "'";
        return out;
    }
    const double v = classes.value(i);
    if (dtype == DType::Bool) return v != 0.0 ? "True" : "False";
    if (dtype == DType::Float32 || dtype == DType::Float64) return float_repr(v);
    return std::to_string(static_cast<std::int64_t>(v));
}

// str(constant), as scikit-learn formats it into its message.
std::string constant_str(const std::variant<std::int64_t, double, std::string>& constant) {
    if (const auto* i = std::get_if<std::int64_t>(&constant)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&constant)) return float_repr(*d);
    return std::get<std::string>(constant);
}

// Position of `constant` among the classes (Python's ==: 1 == 1.0, '1' != 1), or -1.
std::int32_t constant_position(const Series& classes,
                               const std::variant<std::int64_t, double, std::string>& constant) {
    const bool text = is_text(classes.dtype());
    for (std::int64_t i = 0; i < classes.size(); ++i) {
        bool equal = false;
        if (const auto* s = std::get_if<std::string>(&constant)) {
            equal = text && classes.text(i) == *s;
        } else if (!text) {
            const double value = std::holds_alternative<std::int64_t>(constant)
                                     ? static_cast<double>(std::get<std::int64_t>(constant))
                                     : std::get<double>(constant);
            equal = classes.value(i) == value;
        }
        if (equal) return static_cast<std::int32_t>(i);
    }
    return -1;
}

// NumPy's random_binomial_inversion (legacy and new generators share it).
std::int64_t binomial_inversion(random::MT19937& bits, std::int64_t n, double p) {
    const double q = 1.0 - p;
    const double qn = std::exp(static_cast<double>(n) * std::log(q));
    const double np = static_cast<double>(n) * p;
    const auto bound = static_cast<std::int64_t>(
        std::min(static_cast<double>(n), np + 10.0 * std::sqrt(np * q + 1)));
    std::int64_t x = 0;
    double px = qn;
    double u = bits.next_double();
    while (u > px) {
        ++x;
        if (x > bound) {
            x = 0;
            px = qn;
            u = bits.next_double();
        } else {
            u -= px;
            px = (static_cast<double>(n - x + 1) * p * px) / (static_cast<double>(x) * q);
        }
    }
    return x;
}

// NumPy's random_binomial for n = 1 (p * n <= 30 always picks the inversion algorithm).
std::int64_t bernoulli(random::MT19937& bits, double p) {
    if (p == 0.0) return 0;
    if (p <= 0.5) return binomial_inversion(bits, 1, p);
    return 1 - binomial_inversion(bits, 1, 1.0 - p);
}

// The class hit by RandomState.multinomial(1, prior): random_multinomial's sequential binomials,
// each drawn only while the trial is not yet placed.
std::int32_t multinomial_one(random::MT19937& bits, const std::vector<double>& prior) {
    double remaining = 1.0;
    const auto last = static_cast<std::int32_t>(prior.size()) - 1;
    for (std::int32_t j = 0; j < last; ++j) {
        const auto k = static_cast<std::size_t>(j);
        if (bernoulli(bits, prior[k] / remaining) == 1) return j;
        remaining -= prior[k];
    }
    return last;
}

}  // namespace

DummyClassifierModel DummyClassifier::fit(const Features& X, const Target& y) const {
    return DummyClassifierModel(params_, X, y);
}

DummyClassifierModel::DummyClassifierModel(const DummyClassifierParams& params, const Features& X,
                                           const Target& y)
    : ModelBase(std::string(DummyClassifier::name), X), params_(params) {
    detail::check_str_option(DummyClassifier::name, "strategy", params.strategy,
                             {"most_frequent", "prior", "stratified", "uniform", "constant"});
    if (params.random_state && (*params.random_state < 0 || *params.random_state > 4294967295)) {
        detail::throw_invalid_parameter(DummyClassifier::name, "random_state",
                                        "an int in the range [0, 4294967295], an instance of "
                                        "'numpy.random.mtrand.RandomState' or None",
                                        std::to_string(*params.random_state));
    }
    check_consistent_length(X.num_rows(), y.size());
    if (params.strategy == "constant" && !params.constant) {
        throw ValueError(
            "Constant target value has to be specified when the constant strategy is used.");
    }
    const EncodedLabels labels = encode_labels(y);
    classes_ = labels.classes;
    std::vector<std::int64_t> counts(static_cast<std::size_t>(classes_.size()), 0);
    for (const std::int32_t code : labels.codes) ++counts[static_cast<std::size_t>(code)];
    const auto n = static_cast<double>(labels.codes.size());
    class_prior_.reserve(counts.size());
    for (const std::int64_t count : counts) class_prior_.push_back(static_cast<double>(count) / n);
    fixed_class_ = static_cast<std::int32_t>(
        std::max_element(class_prior_.begin(), class_prior_.end()) - class_prior_.begin());
    if (params.strategy == "constant") {
        fixed_class_ = constant_position(classes_, *params.constant);
        if (fixed_class_ < 0) {
            std::string message =
                "The constant target value must be present in the training data. You provided "
                "constant=";
            message += constant_str(*params.constant);
            message += ". Possible values are: [";
            for (std::int64_t i = 0; i < classes_.size(); ++i) {
                if (i > 0) message += ", ";
                message += label_repr(classes_, i);
            }
            message += "].";
            throw ValueError(message);
        }
    }
}

std::vector<std::int32_t> DummyClassifierModel::random_codes(std::int64_t n_samples) const {
    auto rs = detail::random_state_for(params_.random_state);
    std::vector<std::int32_t> codes(static_cast<std::size_t>(n_samples));
    if (params_.strategy == "uniform") {
        std::vector<std::int64_t> draws(codes.size());
        rs.fill_randint(draws.data(), n_samples, 0, n_classes());
        std::copy(draws.begin(), draws.end(), codes.begin());
    } else {
        for (auto& code : codes) code = multinomial_one(rs.bit_generator(), class_prior_);
    }
    return codes;
}

Series DummyClassifierModel::predict_features(const Features& X) const {
    check_features(X);
    const std::int64_t n = X.num_rows();
    std::vector<std::int32_t> codes;
    if (params_.strategy == "stratified" || params_.strategy == "uniform") {
        codes = random_codes(n);
    } else {
        codes.assign(static_cast<std::size_t>(n), fixed_class_);
    }
    return decode_labels(classes_, codes, X.frame().index());
}

NDArray<double> DummyClassifierModel::predict_proba_features(const Features& X) const {
    check_features(X);
    const std::int64_t n = X.num_rows();
    const std::int64_t k = n_classes();
    std::vector<double> out(static_cast<std::size_t>(n * k), 0.0);
    const auto at = [k](std::int64_t row, std::int64_t j) {
        return static_cast<std::size_t>(row * k + j);
    };
    if (params_.strategy == "prior") {
        for (std::int64_t i = 0; i < n; ++i) {
            std::copy(class_prior_.begin(), class_prior_.end(), out.begin() + at(i, 0));
        }
    } else if (params_.strategy == "uniform") {
        std::fill(out.begin(), out.end(), 1.0 / static_cast<double>(k));
    } else if (params_.strategy == "stratified") {
        // The same draws as predict, so predict is the argmax of this.
        const auto codes = random_codes(n);
        for (std::int64_t i = 0; i < n; ++i) out[at(i, codes[static_cast<std::size_t>(i)])] = 1.0;
    } else {
        for (std::int64_t i = 0; i < n; ++i) out[at(i, fixed_class_)] = 1.0;
    }
    return NDArray<double>(std::move(out), Shape{n, k});
}

}  // namespace tabula
