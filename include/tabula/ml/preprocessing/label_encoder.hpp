#pragma once
// scikit-learn's LabelEncoder: target labels to 0 .. n_classes - 1 and back.
//   auto le = LabelEncoder().fit(y);        // le.classes(): sorted distinct labels
//   Series codes = le.transform(y);         // int64
// It encodes y, not X, so it is not an Estimator (scikit-learn's is not usable in a Pipeline
// either).
#include <cstdint>
#include <string>
#include <vector>

#include "tabula/frame/series.hpp"
#include "tabula/ml/data.hpp"

namespace tabula {

class LabelEncoderModel;

class LabelEncoder {
  public:
    static constexpr std::string_view name = "LabelEncoder";
    // ValueError "Input y contains NaN." for a missing label.
    LabelEncoderModel fit(const Target& y) const;
    // fit(y).transform(y).
    Series fit_transform(const Target& y) const;
    std::string repr() const { return "LabelEncoder()"; }
};

class LabelEncoderModel {
  public:
    explicit LabelEncoderModel(const Target& y);

    // classes_: sorted distinct labels in y's dtype (a categorical y gives strings).
    const Series& classes() const noexcept { return classes_; }
    // Each label's position in classes(), int64, indexed as y. ValueError "y contains previously
    // unseen labels: 'rome'" (text; the first one met) or "... [7]" (numbers, sorted), as
    // scikit-learn 1.2.1 words them.
    Series transform(const Target& y) const;
    // classes()[codes]; ValueError "y contains previously unseen labels: [5]" for a code out of
    // range.
    Series inverse_transform(const std::vector<std::int64_t>& codes) const;
    Series inverse_transform(const Series& codes) const;

  private:
    Series classes_;
};

}  // namespace tabula
