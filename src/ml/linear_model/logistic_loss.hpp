#pragma once
// LogisticRegression's objective and gradient: scikit-learn's LinearModelLoss with
// HalfBinomialLoss (one output, targets 0/1) or HalfMultinomialLoss (one output per class,
// targets class codes), sample weights and an L2 penalty on the weights but not the intercept.
#include <cstdint>
#include <span>
#include <vector>

#include "tabula/ml/validation.hpp"

namespace tabula::detail {

class LogisticLoss {
  public:
    // The coefficients are (outputs, n_features + fit_intercept) row-major, intercept last.
    LogisticLoss(const NumericColumns& X, std::vector<double> target,
                 std::vector<double> sample_weight, std::int64_t outputs, bool fit_intercept,
                 double l2_reg_strength);

    std::int64_t num_coefficients() const noexcept { return outputs_ * stride_; }
    // sum_i sw_i * loss_i + 0.5 * l2 * ||weights||^2, its gradient written to `gradient`.
    // Rows are summed in fixed chunks combined in order, so the value does not depend on the
    // thread count.
    double operator()(std::span<const double> coef, std::span<double> gradient) const;

  private:
    // The chunk's loss, its gradient added to `gradient` (zeroed by the caller).
    double chunk(std::span<const double> coef, std::int64_t begin, std::int64_t end,
                 std::span<double> gradient) const;

    const NumericColumns& X_;
    std::vector<double> target_;
    std::vector<double> sample_weight_;
    std::int64_t outputs_;
    std::int64_t features_;
    std::int64_t stride_;
    bool fit_intercept_;
    double l2_;
};

}  // namespace tabula::detail
