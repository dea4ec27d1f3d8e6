#pragma once
// describe()'s and quantile()'s percentiles as pandas 1.5.3 checks, orders and labels them.
#include <string>
#include <vector>

namespace tabula::detail {

// ValueError unless 0 <= q <= 1 (pandas' validate_percentile wording).
void check_percentile(double q);
// pandas' refine_percentiles: each checked, 0.5 added when absent, sorted; ValueError for
// duplicates.
std::vector<double> refine_percentiles(const std::vector<double>& percentiles);
// pandas' format_percentiles: "25%", "33.3%", "0.1%": the fewest decimals that keep the labels
// apart, none for whole percentages.
std::vector<std::string> percentile_labels(const std::vector<double>& percentiles);

}  // namespace tabula::detail
