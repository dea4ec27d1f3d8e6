#pragma once
// What estimators read: the features X and the target y, in every form a scikit-learn user
// passes them.
#include <cstdint>
#include <string>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

// X: a DataFrame (features found by column name, any dtype) or a 2-d NDArray<double> (features
// by position). Held as a frame either way, so every estimator reads typed, nullable columns;
// an array's columns are named x0, x1, ... as scikit-learn's get_feature_names_out names them,
// and has_feature_names() is false so that feature checks go by count, as scikit-learn's do.
class Features {
  public:
    Features(const DataFrame& frame);        // NOLINT(google-explicit-constructor)
    Features(const NDArray<double>& array);  // NOLINT(google-explicit-constructor)
    // A frame made by a transformer: keeps the caller's choice of named or positional features.
    Features(DataFrame frame, bool has_feature_names);

    const DataFrame& frame() const noexcept { return frame_; }
    bool has_feature_names() const noexcept { return has_feature_names_; }
    std::int64_t num_rows() const noexcept { return frame_.num_rows(); }
    std::int64_t num_features() const noexcept { return frame_.num_columns(); }
    // Rows at `positions` (the training or test rows of a split), index labels kept.
    Features take(const std::vector<std::int64_t>& positions) const;
    // Back to the form the caller gave: the frame, or a row-major float64 array (nulls as NaN;
    // TypeError for a string column).
    NDArray<double> to_numpy() const { return frame_.to_numpy(); }

  private:
    DataFrame frame_;
    bool has_feature_names_ = true;
};

// x0, x1, ...: the names scikit-learn gives the features of an array.
std::vector<std::string> positional_feature_names(std::int64_t count);

// y: a Series or a 1-d array of ints, floats or strings. Class labels keep their dtype (int64,
// float64, bool, string) in classes_ and in predictions.
class Target {
  public:
    Target(const Series& series);                     // NOLINT(google-explicit-constructor)
    Target(const NDArray<double>& values);            // NOLINT(google-explicit-constructor)
    Target(const NDArray<std::int64_t>& values);      // NOLINT(google-explicit-constructor)
    Target(const std::vector<std::string>& labels);   // NOLINT(google-explicit-constructor)
    Target(const std::vector<std::int64_t>& labels);  // NOLINT(google-explicit-constructor)
    Target(const std::vector<int>& labels);           // NOLINT(google-explicit-constructor)
    Target(const std::vector<double>& values);        // NOLINT(google-explicit-constructor)

    const Series& series() const noexcept { return series_; }
    std::int64_t size() const noexcept { return series_.size(); }
    Target take(const std::vector<std::int64_t>& positions) const;

  private:
    Series series_;
};

}  // namespace tabula
