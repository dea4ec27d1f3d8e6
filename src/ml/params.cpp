#include "tabula/ml/params.hpp"

#include <algorithm>

#include "tabula/core/float_repr.hpp"
#include "tabula/ml/estimator.hpp"

namespace tabula {
namespace {

std::string quoted(const std::string& text) {
    return '"' + text + '"';
}

template <class T, class F>
std::string braced(const std::vector<T>& values, F&& item) {
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ", ";
        out += item(values[i]);
    }
    return out + "}";
}

}  // namespace

ParamValue::ParamValue(const Estimator& value) : value_(std::make_shared<const Estimator>(value)) {}

const Estimator& ParamValue::estimator() const {
    const auto* held = std::get_if<std::shared_ptr<const Estimator>>(&value_);
    if (held == nullptr) throw TypeError("parameter value " + repr() + " is not an estimator");
    return **held;
}

std::string ParamValue::repr() const {
    struct Visitor {
        std::string operator()(std::monostate) const { return "none"; }
        std::string operator()(bool v) const { return v ? "true" : "false"; }
        std::string operator()(std::int64_t v) const { return std::to_string(v); }
        std::string operator()(double v) const { return float_repr(v); }
        std::string operator()(const std::string& v) const { return quoted(v); }
        std::string operator()(const std::vector<std::string>& v) const {
            return braced(v, quoted);
        }
        std::string operator()(const std::vector<double>& v) const {
            return braced(v, [](double x) { return float_repr(x); });
        }
        std::string operator()(const std::shared_ptr<const Estimator>& v) const {
            return v->empty() ? "none" : v->repr();
        }
    };
    return std::visit(Visitor{}, value_);
}

std::string ParamValue::type_name() const {
    struct Visitor {
        std::string operator()(std::monostate) const { return "NoneType"; }
        std::string operator()(bool) const { return "bool"; }
        std::string operator()(std::int64_t) const { return "int"; }
        std::string operator()(double) const { return "float"; }
        std::string operator()(const std::string&) const { return "str"; }
        std::string operator()(const std::vector<std::string>&) const { return "list"; }
        std::string operator()(const std::vector<double>&) const { return "list"; }
        std::string operator()(const std::shared_ptr<const Estimator>& v) const {
            return v->empty() ? "NoneType" : v->name();
        }
    };
    return std::visit(Visitor{}, value_);
}

bool operator==(const ParamValue& a, const ParamValue& b) {
    const auto* ea = std::get_if<std::shared_ptr<const Estimator>>(&a.value_);
    const auto* eb = std::get_if<std::shared_ptr<const Estimator>>(&b.value_);
    if (ea != nullptr && eb != nullptr) return **ea == **eb;
    return a.value_ == b.value_;
}

bool ParamMap::contains(std::string_view name) const noexcept {
    return std::any_of(items_.begin(), items_.end(),
                       [&](const auto& item) { return item.first == name; });
}

const ParamValue& ParamMap::at(std::string_view name) const {
    for (const auto& [key, value] : items_) {
        if (key == name) return value;
    }
    throw KeyError("'" + std::string(name) + "'");
}

namespace detail {

void throw_param_type(std::string_view estimator, std::string_view name, std::string_view expected,
                      const ParamValue& got) {
    throw TypeError("The '" + std::string(name) + "' parameter of " + std::string(estimator) +
                    " must be of type " + std::string(expected) + ". Got " + got.repr() + " (" +
                    got.type_name() + ") instead.");
}

}  // namespace detail

}  // namespace tabula
