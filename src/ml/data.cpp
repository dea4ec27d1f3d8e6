#include "tabula/ml/data.hpp"

#include <span>

#include "tabula/core/error.hpp"

namespace tabula {
namespace {

DataFrame frame_of(const NDArray<double>& array) {
    if (array.ndim() != 2) {
        throw ValueError("Expected 2D array, got " + std::to_string(array.ndim()) +
                         "D array instead. Reshape your data either using array.reshape(-1, 1) "
                         "if your data has a single feature or array.reshape(1, -1) if it "
                         "contains a single sample.");
    }
    return DataFrame::from_numpy(array, positional_feature_names(array.shape()[1]));
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

Features::Features(const DataFrame& frame) : frame_(frame) {}

Features::Features(const NDArray<double>& array)
    : frame_(frame_of(array)), has_feature_names_(false) {}

Features::Features(DataFrame frame, bool has_feature_names)
    : frame_(std::move(frame)), has_feature_names_(has_feature_names) {}

Features Features::take(const std::vector<std::int64_t>& positions) const {
    return Features(frame_.take(positions), has_feature_names_);
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
