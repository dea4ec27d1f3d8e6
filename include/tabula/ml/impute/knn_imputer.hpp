#pragma once
// scikit-learn's KNNImputer: each missing value becomes the (weighted) mean of that feature over
// the n_neighbors nearest training rows that have it, by nan_euclidean distance (the Euclidean
// distance over the features both rows have, scaled up for the ones either lacks). A row with no
// feature in common with any such training row gets the feature's training mean.
//
// Results equal scikit-learn 1.2.1's bit for bit: the distances repeat its arithmetic (the
// squared norms as NumPy's einsum sums them, the dot products from the same OpenBLAS call) and
// the neighbours are chosen with NumPy's argpartition, so ties go the same way. A frame is taken
// to be held as pandas holds a frame read from CSV or built column by column (column-major), an
// array as row-major, which is what decides einsum's summation order in scikit-learn. Above 4M
// (rows with a gap x training rows) the dot products are formed row by row, as OpenBLAS's bulk
// kernels form them, to bound the memory; OpenBLAS rounds the rows at the edges of its thread
// partition differently, so those few rows' distances may then differ in the last bit (which
// changes a neighbour only on a tie within one unit in the last place).
//
// Missing means NaN or null (scikit-learn's missing_values=np.nan; other markers are not
// supported, so there is no such parameter, nor `copy`). metric takes only "nan_euclidean" and
// weights "uniform" or "distance" (no callables). With add_indicator the MissingIndicator columns
// are appended as float64 0/1, also when X has nothing missing (scikit-learn 1.2.1 then forgets
// them, which contradicts its own get_feature_names_out).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "tabula/core/cache_line_allocator.hpp"
#include "tabula/ml/estimator.hpp"
#include "tabula/ml/impute/missing_indicator.hpp"

namespace tabula {

struct KNNImputerParams {
    std::int64_t n_neighbors = 5;
    // "uniform" or "distance" (inverse distance; a neighbour at distance 0 takes all the weight).
    std::string weights = "uniform";
    std::string metric = "nan_euclidean";
    bool add_indicator = false;
    // Impute all-missing training features with 0 instead of dropping them.
    bool keep_empty_features = false;

    static constexpr auto fields() {
        return std::tuple{param("n_neighbors", &KNNImputerParams::n_neighbors),
                          param("weights", &KNNImputerParams::weights),
                          param("metric", &KNNImputerParams::metric),
                          param("add_indicator", &KNNImputerParams::add_indicator),
                          param("keep_empty_features", &KNNImputerParams::keep_empty_features)};
    }
    bool operator==(const KNNImputerParams&) const = default;
};

class KNNImputerModel;

class KNNImputer : public EstimatorBase<KNNImputer, KNNImputerParams>,
                   public FitTransformMethods<KNNImputer> {
  public:
    static constexpr std::string_view name = "KNNImputer";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    KNNImputerModel fit(const Features& X) const;
};

class KNNImputerModel final : public ModelBase, public TransformMethods<KNNImputerModel> {
  public:
    KNNImputerModel(const KNNImputerParams& params, const Features& X);

    // scikit-learn's indicator_: the MissingIndicator fitted with add_indicator, else null.
    const MissingIndicatorModel* indicator() const noexcept {
        return indicator_ ? &*indicator_ : nullptr;
    }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    // The features with a training value (all with keep_empty_features), then the indicator's.
    std::vector<std::string> get_feature_names_out() const override;
    Features transform_features(const Features& X) const override;

  private:
    struct Receiver;
    NDArray<double> blas_products(const std::vector<std::int64_t>& receivers,
                                  const std::vector<const double*>& columns) const;
    void impute_row(std::int64_t row, const double* dots, const std::vector<const double*>& columns,
                    std::vector<double*>& out, Receiver& scratch) const;

    KNNImputerParams params_;
    std::int64_t rows_ = 0;
    std::int64_t features_ = 0;
    // Training values by feature: as given (NaN where missing), with 0 for missing, squared.
    std::vector<std::vector<double>> values_;
    std::vector<CacheLineVector<double>> zeroed_;
    std::vector<CacheLineVector<double>> squared_;
    CacheLineVector<double> norms_;  // per training row
    // Each training row's gap pattern, and the patterns' features (pattern p's are
    // pattern_features_[pattern_starts_[p], pattern_starts_[p + 1])).
    std::vector<std::int64_t> row_pattern_;
    std::vector<std::int64_t> pattern_starts_;
    std::vector<std::int64_t> pattern_features_;
    std::vector<std::vector<std::int64_t>> donors_;      // per feature: rows that have it
    std::vector<std::vector<std::uint8_t>> donor_bits_;  // the same rows as bits
    std::vector<double> means_;
    std::vector<std::uint8_t> valid_;
    std::optional<MissingIndicatorModel> indicator_;
};

}  // namespace tabula
