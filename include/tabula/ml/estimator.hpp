#pragma once
// Estimators (DESIGN.md principle 2): hyper-parameters only, cheap to copy, comparable, printable,
// settable by name. `fit` returns a model; an estimator has no transform or predict, so using an
// unfitted one does not compile. `Estimator` holds any of them by value, for Pipelines,
// ColumnTransformers and searches.
#include <concepts>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "tabula/ml/data.hpp"
#include "tabula/ml/model.hpp"
#include "tabula/ml/params.hpp"

namespace tabula {

// scikit-learn's _estimator_type: decides cv=5's splitter (stratified for classifiers) and the
// default score.
enum class EstimatorKind { Transformer, Classifier, Regressor };

class EstimatorInterface {
  public:
    virtual ~EstimatorInterface() = default;
    virtual std::unique_ptr<EstimatorInterface> clone() const = 0;
    virtual std::string name() const = 0;
    virtual std::string repr() const = 0;
    virtual EstimatorKind kind() const = 0;
    virtual ParamMap get_params(bool deep) const = 0;
    virtual void set_params(std::string_view name, const ParamValue& value) = 0;
    virtual bool equals(const EstimatorInterface& other) const = 0;
    // y is null for an unsupervised fit; ValueError when the estimator needs it.
    virtual Model fit(const Features& X, const Target* y) const = 0;
    // The model and its transform of X; TargetEncoder's differs from fit + transform.
    virtual std::pair<Model, Features> fit_transform(const Features& X, const Target* y) const = 0;
};

// Any estimator, by value (copying clones it).
class Estimator {
  public:
    // Empty: holds no estimator (an unset optional step); using it throws ValueError.
    Estimator() = default;
    template <class E>
    requires(!std::same_as<std::remove_cvref_t<E>, Estimator> &&
             std::derived_from<std::remove_cvref_t<E>, EstimatorTag>)
        Estimator(E&& estimator);  // NOLINT(google-explicit-constructor)
    explicit Estimator(std::unique_ptr<EstimatorInterface> estimator)
        : impl_(std::move(estimator)) {}
    Estimator(const Estimator& other) : impl_(other.impl_ ? other.impl_->clone() : nullptr) {}
    Estimator(Estimator&&) noexcept = default;
    Estimator& operator=(const Estimator& other) {
        if (this != &other) impl_ = other.impl_ ? other.impl_->clone() : nullptr;
        return *this;
    }
    Estimator& operator=(Estimator&&) noexcept = default;

    bool empty() const noexcept { return impl_ == nullptr; }
    const EstimatorInterface& interface() const;
    std::string name() const { return interface().name(); }
    std::string repr() const { return interface().repr(); }
    EstimatorKind kind() const { return interface().kind(); }
    ParamMap get_params(bool deep = true) const { return interface().get_params(deep); }
    // By name, nested with "__" ("classifier__C"); ValueError for an unknown name, TypeError for
    // a value of the wrong type.
    Estimator& set_params(std::string_view name, const ParamValue& value);
    Model fit(const Features& X) const { return interface().fit(X, nullptr); }
    Model fit(const Features& X, const Target& y) const { return interface().fit(X, &y); }
    std::pair<Model, Features> fit_transform(const Features& X, const Target* y = nullptr) const {
        return interface().fit_transform(X, y);
    }
    // The concrete estimator held, or null.
    template <class E>
    const E* target() const;

    friend bool operator==(const Estimator& a, const Estimator& b);
    friend std::ostream& operator<<(std::ostream& out, const Estimator& e) {
        return out << e.repr();
    }

  private:
    std::unique_ptr<EstimatorInterface> impl_;
};

namespace detail {

std::string estimator_repr(std::string_view name, const ParamMap& params);
[[noreturn]] void throw_invalid_param(std::string_view estimator_repr, std::string_view name,
                                      const std::vector<std::string>& valid);
[[noreturn]] void throw_requires_y(std::string_view estimator);
// "step__rest" -> {"step", "rest"}; {name, ""} without "__".
std::pair<std::string_view, std::string_view> split_nested(std::string_view name);

}  // namespace detail

// Base of concrete estimators. Derived declares
//   static constexpr std::string_view name = "StandardScaler";
//   static constexpr EstimatorKind kind = EstimatorKind::Transformer;
//   DerivedModel fit(const Features& X) const;  and/or  fit(const Features& X, const Target& y)
// and Params declares `static constexpr auto fields()` (a tuple of param(...)) and operator==.
template <class Derived, class P>
class EstimatorBase : public EstimatorTag {
  public:
    using Params = P;
    EstimatorBase() = default;
    EstimatorBase(P params) : params_(std::move(params)) {}  // NOLINT

    const P& params() const noexcept { return params_; }

    ParamMap get_params(bool deep = true) const {
        ParamMap out;
        std::apply(
            [&](const auto&... field) {
                (add_param(out, field.name, params_.*(field.member), deep), ...);
            },
            P::fields());
        return out;
    }

    Derived& set_params(std::string_view name, const ParamValue& value) {
        const auto [head, rest] = detail::split_nested(name);
        bool found = false;
        std::apply(
            [&](const auto&... field) {
                ((found = found || set_field(field, head, rest, value)), ...);
            },
            P::fields());
        if (!found) {
            std::vector<std::string> valid;
            std::apply([&](const auto&... field) { (valid.emplace_back(field.name), ...); },
                       P::fields());
            detail::throw_invalid_param(repr(), head, valid);
        }
        return static_cast<Derived&>(*this);
    }

    std::string repr() const { return detail::estimator_repr(Derived::name, get_params(false)); }

    friend bool operator==(const Derived& a, const Derived& b) { return a.params_ == b.params_; }
    friend std::ostream& operator<<(std::ostream& out, const Derived& e) { return out << e.repr(); }

  protected:
    P params_;

  private:
    template <class T>
    static void add_param(ParamMap& out, std::string_view name, const T& value, bool deep) {
        out.add(std::string(name), value);
        if constexpr (std::is_same_v<T, Estimator>) {
            if (deep && !value.empty()) {
                for (const auto& [sub, v] : value.get_params(true)) {
                    out.add(std::string(name) + "__" + sub, v);
                }
            }
        }
    }

    template <class Field>
    bool set_field(const Field& field, std::string_view head, std::string_view rest,
                   const ParamValue& value) {
        if (field.name != head) return false;
        auto& member = params_.*(field.member);
        using T = std::remove_cvref_t<decltype(member)>;
        if (!rest.empty()) {
            if constexpr (std::is_same_v<T, Estimator>) {
                member.set_params(rest, value);
                return true;
            } else {
                return false;
            }
        }
        if (!detail::param_from(value, member)) {
            detail::throw_param_type(Derived::name, field.name, detail::param_type_name<T>(),
                                     value);
        }
        return true;
    }
};

namespace detail {

// Estimator's implementation for a concrete estimator E.
template <class E>
class ErasedEstimator final : public EstimatorInterface {
  public:
    explicit ErasedEstimator(E estimator) : e_(std::move(estimator)) {}
    std::unique_ptr<EstimatorInterface> clone() const override {
        return std::make_unique<ErasedEstimator>(e_);
    }
    std::string name() const override { return std::string(E::name); }
    std::string repr() const override { return e_.repr(); }
    EstimatorKind kind() const override {
        if constexpr (requires { e_.kind(); }) {
            return e_.kind();
        } else {
            return E::kind;
        }
    }
    ParamMap get_params(bool deep) const override { return e_.get_params(deep); }
    void set_params(std::string_view name, const ParamValue& value) override {
        e_.set_params(name, value);
    }
    bool equals(const EstimatorInterface& other) const override {
        const auto* o = dynamic_cast<const ErasedEstimator*>(&other);
        return o != nullptr && o->e_ == e_;
    }
    Model fit(const Features& X, const Target* y) const override {
        if constexpr (requires { e_.fit(X, *y); }) {
            if (y != nullptr) return wrap(e_.fit(X, *y));
        }
        if constexpr (requires { e_.fit(X); }) {
            return wrap(e_.fit(X));
        } else {
            throw_requires_y(E::name);
        }
    }
    std::pair<Model, Features> fit_transform(const Features& X, const Target* y) const override {
        if constexpr (requires { e_.fit_transform_model(X, y); }) {
            auto [model, Xt] = e_.fit_transform_model(X, y);
            return {wrap(std::move(model)), std::move(Xt)};
        } else if constexpr (requires { e_.fit_transform_model(X, *y); }) {
            if (y == nullptr) throw_requires_y(E::name);
            auto [model, Xt] = e_.fit_transform_model(X, *y);
            return {wrap(std::move(model)), std::move(Xt)};
        } else {
            Model model = fit(X, y);
            Features Xt = model.interface().transform_features(X);
            return {std::move(model), std::move(Xt)};
        }
    }
    const E& estimator() const noexcept { return e_; }

  private:
    template <class M>
    static Model wrap(M&& model) {
        return Model(std::make_shared<const std::remove_cvref_t<M>>(std::forward<M>(model)));
    }
    E e_;
};

}  // namespace detail

// fit_transform for a transformer Derived (whose fit returns a model with transform_features):
// the output in the input's form. scikit-learn's fit_transform, which discards the model.
template <class Derived>
class FitTransformMethods {
  public:
    DataFrame fit_transform(const DataFrame& X) const { return fitted(X).frame(); }
    NDArray<double> fit_transform(const NDArray<double>& X) const { return fitted(X).to_numpy(); }

  private:
    Features fitted(const Features& X) const {
        return static_cast<const Derived&>(*this).fit(X).transform_features(X);
    }
};

template <class E>
requires(
    !std::same_as<std::remove_cvref_t<E>, Estimator> &&
    std::derived_from<std::remove_cvref_t<E>, EstimatorTag>) Estimator::Estimator(E&& estimator)
    : impl_(std::make_unique<detail::ErasedEstimator<std::remove_cvref_t<E>>>(
          std::forward<E>(estimator))) {}

template <class E>
const E* Estimator::target() const {
    const auto* erased = dynamic_cast<const detail::ErasedEstimator<E>*>(impl_.get());
    return erased != nullptr ? &erased->estimator() : nullptr;
}

}  // namespace tabula
