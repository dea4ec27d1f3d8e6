#pragma once
// Hyper-parameters by name, as scikit-learn's get_params()/set_params() see them. An estimator's
// parameters are a plain struct (so users write RandomForestClassifier({.n_estimators = 100}))
// that lists its fields once in `fields()`; printing, comparing and setting by name are derived
// from that list.
#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "tabula/core/error.hpp"

namespace tabula {

class Estimator;

// Marks concrete estimator classes (what Estimator and ParamValue accept).
class EstimatorTag {};

// One parameter value: None, bool, int, float, str, a list of str or float, or an estimator.
class ParamValue {
  public:
    using Storage = std::variant<std::monostate, bool, std::int64_t, double, std::string,
                                 std::vector<std::string>, std::vector<double>,
                                 std::shared_ptr<const Estimator>>;

    ParamValue() = default;
    ParamValue(std::nullopt_t) {}                                             // NOLINT
    ParamValue(bool value) : value_(value) {}                                 // NOLINT
    ParamValue(int value) : value_(std::int64_t{value}) {}                    // NOLINT
    ParamValue(std::int64_t value) : value_(value) {}                         // NOLINT
    ParamValue(double value) : value_(value) {}                               // NOLINT
    ParamValue(const char* value) : value_(std::string(value)) {}             // NOLINT
    ParamValue(std::string value) : value_(std::move(value)) {}               // NOLINT
    ParamValue(std::vector<std::string> value) : value_(std::move(value)) {}  // NOLINT
    ParamValue(std::vector<double> value) : value_(std::move(value)) {}       // NOLINT
    ParamValue(const Estimator& value);                                       // NOLINT
    // A concrete estimator (StandardScaler(), ...), held as an Estimator. `Holder` only defers
    // the use of Estimator, which is complete where this is called.
    template <class E, class Holder = Estimator>
    requires std::derived_from<E, EstimatorTag> ParamValue(const E& value)
        : ParamValue(Holder(value)) {}  // NOLINT
    template <class T>
    ParamValue(const std::optional<T>& value) {  // NOLINT
        if (value) *this = ParamValue(*value);
    }
    template <class... T>
    ParamValue(const std::variant<T...>& value) {  // NOLINT
        std::visit([this](const auto& v) { *this = ParamValue(v); }, value);
    }

    const Storage& storage() const noexcept { return value_; }
    bool is_none() const noexcept { return std::holds_alternative<std::monostate>(value_); }
    // The estimator held (TypeError otherwise).
    const Estimator& estimator() const;
    // As the parameter is written in C++: true, 3, 0.5, "median", {"a", "b"}, none, or the
    // estimator's repr.
    std::string repr() const;
    // Python's type name of the value, for messages: NoneType, bool, int, float, str, list.
    std::string type_name() const;
    friend bool operator==(const ParamValue& a, const ParamValue& b);

  private:
    Storage value_;
};

// Parameters in declaration order; nested ones (deep) as "step__name" after their owner.
class ParamMap {
  public:
    // The value is built in place (a moved std::variant trips g++ 12's -Wmaybe-uninitialized).
    template <class T>
    void add(std::string name, const T& value) {
        items_.emplace_back(std::piecewise_construct, std::forward_as_tuple(std::move(name)),
                            std::forward_as_tuple(value));
    }
    const std::vector<std::pair<std::string, ParamValue>>& items() const noexcept { return items_; }
    bool contains(std::string_view name) const noexcept;
    // KeyError naming the parameter.
    const ParamValue& at(std::string_view name) const;
    std::size_t size() const noexcept { return items_.size(); }
    auto begin() const noexcept { return items_.begin(); }
    auto end() const noexcept { return items_.end(); }

  private:
    std::vector<std::pair<std::string, ParamValue>> items_;
};

// A field of a parameter struct: its name and where it lives.
template <class Params, class T>
struct Param {
    std::string_view name;
    T Params::*member;
};

template <class Params, class T>
constexpr Param<Params, T> param(std::string_view name, T Params::*member) {
    return {name, member};
}

namespace detail {

[[noreturn]] void throw_param_type(std::string_view estimator, std::string_view name,
                                   std::string_view expected, const ParamValue& got);

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_variant : std::false_type {};
template <class... T>
struct is_variant<std::variant<T...>> : std::true_type {};

template <class T>
std::string_view param_type_name() {
    if constexpr (std::is_same_v<T, bool>)
        return "bool";
    else if constexpr (std::is_integral_v<T>)
        return "int";
    else if constexpr (std::is_floating_point_v<T>)
        return "float";
    else if constexpr (std::is_same_v<T, std::string>)
        return "str";
    else if constexpr (std::is_same_v<T, std::vector<std::string>>)
        return "list of str";
    else if constexpr (std::is_same_v<T, std::vector<double>>)
        return "list of float";
    else
        return "estimator";
}

template <class T>
bool param_from(const ParamValue& value, T& out);

template <std::size_t I, class T>
bool alternative_from(const ParamValue& value, T& out) {
    std::variant_alternative_t<I, T> alternative{};
    if (!param_from(value, alternative)) return false;
    out = std::move(alternative);
    return true;
}

template <class T, std::size_t... I>
bool variant_from(const ParamValue& value, T& out, std::index_sequence<I...>) {
    return (alternative_from<I>(value, out) || ...);
}

// The value converted to the field's type; false when it has another type. An int converts to
// a float field, as Python's numbers.Real accepts it; a bool never passes for an int.
template <class T>
bool param_from(const ParamValue& value, T& out) {
    const auto& s = value.storage();
    const auto assign = [&out](const auto* v) {
        if (v == nullptr) return false;
        out = static_cast<T>(*v);
        return true;
    };
    if constexpr (is_optional<T>::value) {
        if (value.is_none()) {
            out.reset();
            return true;
        }
        typename T::value_type inner{};
        if (!param_from(value, inner)) return false;
        out = std::move(inner);
        return true;
    } else if constexpr (is_variant<T>::value) {
        return variant_from(value, out, std::make_index_sequence<std::variant_size_v<T>>{});
    } else if constexpr (std::is_same_v<T, bool>) {
        return assign(std::get_if<bool>(&s));
    } else if constexpr (std::is_integral_v<T>) {
        return assign(std::get_if<std::int64_t>(&s));
    } else if constexpr (std::is_floating_point_v<T>) {
        return assign(std::get_if<double>(&s)) || assign(std::get_if<std::int64_t>(&s));
    } else if constexpr (std::is_same_v<T, std::string> ||
                         std::is_same_v<T, std::vector<std::string>> ||
                         std::is_same_v<T, std::vector<double>>) {
        return assign(std::get_if<T>(&s));
    } else {
        static_assert(std::is_same_v<T, Estimator>, "unsupported parameter type");
        const auto* held = std::get_if<std::shared_ptr<const Estimator>>(&s);
        if (held == nullptr) return false;
        out = **held;
        return true;
    }
}

}  // namespace detail

}  // namespace tabula
