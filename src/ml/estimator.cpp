#include "tabula/ml/estimator.hpp"

#include <algorithm>

namespace tabula {

const EstimatorInterface& Estimator::interface() const {
    if (impl_ == nullptr) throw ValueError("The estimator is empty (no estimator was given).");
    return *impl_;
}

Estimator& Estimator::set_params(std::string_view name, const ParamValue& value) {
    if (impl_ == nullptr) throw ValueError("The estimator is empty (no estimator was given).");
    impl_->set_params(name, value);
    return *this;
}

bool operator==(const Estimator& a, const Estimator& b) {
    if (a.impl_ == nullptr || b.impl_ == nullptr) return a.impl_ == b.impl_;
    return a.impl_->equals(*b.impl_);
}

namespace detail {

std::string estimator_repr(std::string_view name, const ParamMap& params) {
    std::string out(name);
    out += '(';
    bool first = true;
    for (const auto& [key, value] : params) {
        if (!first) out += ", ";
        first = false;
        out += key + "=" + value.repr();
    }
    return out + ')';
}

void throw_invalid_param(std::string_view estimator_repr, std::string_view name,
                         const std::vector<std::string>& valid) {
    std::vector<std::string> sorted = valid;
    std::sort(sorted.begin(), sorted.end());
    std::string list = "[";
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i > 0) list += ", ";
        list += "'" + sorted[i] + "'";
    }
    throw ValueError("Invalid parameter '" + std::string(name) + "' for estimator " +
                     std::string(estimator_repr) + ". Valid parameters are: " + list + "].");
}

void throw_requires_y(std::string_view estimator) {
    throw ValueError("This " + std::string(estimator) +
                     " estimator requires y to be passed, but the target y is None.");
}

std::pair<std::string_view, std::string_view> split_nested(std::string_view name) {
    const auto at = name.find("__");
    if (at == std::string_view::npos) return {name, {}};
    return {name.substr(0, at), name.substr(at + 2)};
}

}  // namespace detail

}  // namespace tabula
