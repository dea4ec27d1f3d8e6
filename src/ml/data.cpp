#include "tabula/ml/data.hpp"

#include <atomic>
#include <mutex>
#include <optional>
#include <span>

#include "tabula/core/error.hpp"

namespace tabula {
namespace {

void check_2d(const NDArray<double>& array) {
    if (array.ndim() != 2) {
        throw ValueError("Expected 2D array, got " + std::to_string(array.ndim()) +
                         "D array instead. Reshape your data either using array.reshape(-1, 1) "
                         "if your data has a single feature or array.reshape(1, -1) if it "
                         "contains a single sample.");
    }
}

template <class E>
Series series_of(const NDArray<E>& values) {
    const bool column_vector = values.ndim() == 2 && values.shape()[1] == 1;
    if (values.ndim() != 1 && !column_vector) {
        std::string shape = "(";
        for (std::size_t i = 0; i < values.shape().size(); ++i) {
            shape += (i > 0 ? ", " : "") + std::to_string(values.shape()[i]);
        }
        throw ValueError("y should be a 1d array, got an array of shape " + shape + ") instead.");
    }
    return Series(values.ravel().to_vector());
}

}  // namespace

std::vector<std::string> positional_feature_names(std::int64_t count) {
    std::vector<std::string> names(static_cast<std::size_t>(count), "x");
    for (std::int64_t j = 0; j < count; ++j)
        names[static_cast<std::size_t>(j)] += std::to_string(j);
    return names;
}

struct Features::State {
    explicit State(DataFrame given) : frame(std::move(given)) { built.store(true); }
    explicit State(const NDArray<double>& given) : array(given) {}

    std::optional<NDArray<double>> array;
    DataFrame frame;
    std::atomic<bool> built{false};
    std::mutex building;
};

Features::Features(const DataFrame& frame) : state_(std::make_shared<State>(frame)) {}

Features::Features(const NDArray<double>& array) : has_feature_names_(false) {
    check_2d(array);
    state_ = std::make_shared<State>(array);
}

Features::Features(DataFrame frame, bool has_feature_names)
    : state_(std::make_shared<State>(std::move(frame))), has_feature_names_(has_feature_names) {}

const DataFrame& Features::frame() const {
    State& state = *state_;
    if (!state.built.load(std::memory_order_acquire)) {
        const std::lock_guard lock(state.building);
        if (!state.built.load(std::memory_order_relaxed)) {
            state.frame = DataFrame::from_numpy(*state.array,
                                                positional_feature_names(state.array->shape()[1]));
            state.built.store(true, std::memory_order_release);
        }
    }
    return state.frame;
}

const NDArray<double>* Features::row_major() const noexcept {
    const auto& array = state_->array;
    return array && array->is_contiguous() ? &*array : nullptr;
}

std::int64_t Features::num_rows() const noexcept {
    return state_->array ? state_->array->shape()[0] : frame().num_rows();
}

std::int64_t Features::num_features() const noexcept {
    return state_->array ? state_->array->shape()[1] : frame().num_columns();
}

Features Features::take(const std::vector<std::int64_t>& positions) const {
    return Features(frame().take(positions), has_feature_names_);
}

NDArray<double> Features::to_numpy() const {
    return state_->array ? *state_->array : frame().to_numpy();
}

Target::Target(const Series& series) : series_(series) {}
Target::Target(const NDArray<double>& values) : series_(series_of(values)) {}
Target::Target(const NDArray<std::int64_t>& values) : series_(series_of(values)) {}
Target::Target(const std::vector<std::string>& labels) : series_(labels) {}
Target::Target(const std::vector<std::int64_t>& labels) : series_(labels) {}
Target::Target(const std::vector<int>& labels)
    : series_(std::vector<std::int64_t>(labels.begin(), labels.end())) {}
Target::Target(const std::vector<double>& values) : series_(values) {}

Target Target::take(const std::vector<std::int64_t>& positions) const {
    return Target(
        Series(series_.column().take(positions), series_.name(), series_.index().take(positions)));
}

}  // namespace tabula
