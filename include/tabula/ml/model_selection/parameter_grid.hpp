#pragma once
// scikit-learn's ParameterGrid and ParameterSampler: the candidate parameter settings that
// GridSearchCV and RandomizedSearchCV try. Parameters are named as set_params names them
// ("C", "classifier__C").
//   ParameterGrid grid({{{"C", {0.1, 1.0}}, {"penalty", {"l2"}}}});
//   for (const ParamMap& params : grid.candidates()) ...
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "tabula/ml/params.hpp"

namespace tabula {

// One grid: each parameter name and the values to try. Keys are kept sorted, as scikit-learn
// sorts them ("for reproducibility") before taking the product.
using ParamGrid = std::map<std::string, std::vector<ParamValue>>;

class ParameterGrid {
  public:
    // ValueError "Parameter grid for parameter 'C' need to be a non-empty sequence, got: []" for
    // an empty list of values. An empty grid is one candidate with no parameters.
    ParameterGrid(ParamGrid grid);                // NOLINT(google-explicit-constructor)
    ParameterGrid(std::vector<ParamGrid> grids);  // NOLINT(google-explicit-constructor)

    // len(grid): the product of the value counts, summed over the grids.
    std::int64_t size() const noexcept { return size_; }
    // grid[i], in the order of candidates(); its parameters are in reverse name order, as
    // scikit-learn's __getitem__ builds the dict. IndexError "ParameterGrid index out of range".
    ParamMap operator[](std::int64_t i) const;
    // list(grid): grid by grid, the last name varying fastest; parameters in name order.
    std::vector<ParamMap> candidates() const;
    const std::vector<ParamGrid>& grids() const noexcept { return grids_; }

  private:
    std::vector<ParamGrid> grids_;
    std::int64_t size_ = 0;
};

// scikit-learn's ParameterSampler for lists only (scipy.stats distributions are not available):
// n_iter settings drawn without replacement from the grid, with sample_without_replacement's
// exact draws from NumPy's legacy RandomState(random_state), so a seed picks the candidates
// scikit-learn picks. When the grid has fewer than n_iter settings, all of them are returned
// (scikit-learn also warns).
class ParameterSampler {
  public:
    ParameterSampler(std::vector<ParamGrid> param_distributions, std::int64_t n_iter,
                     std::optional<std::int64_t> random_state = std::nullopt);
    ParameterSampler(ParamGrid param_distributions, std::int64_t n_iter,
                     std::optional<std::int64_t> random_state = std::nullopt);

    // len(sampler): min(n_iter, grid size).
    std::int64_t size() const noexcept;
    // list(sampler). Without random_state, each call draws a fresh seed (scikit-learn then
    // uses NumPy's global generator).
    std::vector<ParamMap> candidates() const;

  private:
    ParameterGrid grid_;
    std::int64_t n_iter_;
    std::optional<std::int64_t> random_state_;
};

// Python's repr of a parameter value as scikit-learn's cv_results_ shows it: 'l2', 0.1, 3, True,
// None, ['a', 'b'] (an estimator prints its repr).
std::string python_repr(const ParamValue& value);
// Python's repr of a parameter dict: "{'C': 0.1, 'penalty': 'l2'}".
std::string python_repr(const ParamMap& params);

}  // namespace tabula
