#pragma once
// What estimators read: the features X and the target y, in every form a scikit-learn user
// passes them.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

// X: a DataFrame (features found by column name, any dtype) or a 2-d NDArray<double> (features
// by position). Estimators read it as a frame of typed, nullable columns; an array's columns are
// named x0, x1, ... as scikit-learn's get_feature_names_out names them, and has_feature_names()
// is false so that feature checks go by count, as scikit-learn's do. An array is turned into
// that frame only when a frame is first asked for: estimators with a row-major path read the
// array as given (row_major()), so an array in, array out step never transposes its data.
class Features {
  public:
    Features(const DataFrame& frame);        // NOLINT(google-explicit-constructor)
    Features(const NDArray<double>& array);  // NOLINT(google-explicit-constructor)
    // A frame made by a transformer: keeps the caller's choice of named or positional features.
    Features(DataFrame frame, bool has_feature_names);

    // Safe to call from several threads at once (the first call builds it for an array).
    const DataFrame& frame() const;
    // X as the C-ordered array it was given as, else null (a frame, or a strided array view).
    const NDArray<double>* row_major() const noexcept;
    bool has_feature_names() const noexcept { return has_feature_names_; }
    std::int64_t num_rows() const noexcept;
    std::int64_t num_features() const noexcept;
    // Rows at `positions` (the training or test rows of a split), index labels kept.
    Features take(const std::vector<std::int64_t>& positions) const;
    // Back to the form the caller gave: the frame, or a row-major float64 array (nulls as NaN;
    // TypeError for a string column).
    NDArray<double> to_numpy() const;

  private:
    struct State;
    std::shared_ptr<State> state_;
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
