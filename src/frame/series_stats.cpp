// Series' reductions (sum, mean, var, std, min, max, median, quantile, nunique); the
// arithmetic lives in column_stats.cpp.
#include <cmath>

#include "column_stats.hpp"
#include "column_values.hpp"
#include "percentiles.hpp"
#include "tabula/frame/series.hpp"
#include "value_counting.hpp"

namespace tabula {

double Series::sum() const {
    check_pending();
    detail::require_numbers(column_, name_, "sum");
    return detail::nan_sum(column_);
}

double Series::mean() const {
    check_pending();
    detail::require_numbers(column_, name_, "mean");
    return detail::nan_mean(column_);
}

double Series::var(std::int64_t ddof) const {
    check_pending();
    detail::require_numbers(column_, name_, "var");
    return detail::nan_var(column_, ddof);
}

double Series::std(std::int64_t ddof) const {
    check_pending();
    detail::require_numbers(column_, name_, "std");
    return std::sqrt(detail::nan_var(column_, ddof));
}

double Series::min() const {
    check_pending();
    detail::require_numbers(column_, name_, "min");
    return detail::nan_min(column_);
}

double Series::max() const {
    check_pending();
    detail::require_numbers(column_, name_, "max");
    return detail::nan_max(column_);
}

double Series::median() const {
    check_pending();
    detail::require_numbers(column_, name_, "median");
    return detail::nan_median(column_);
}

double Series::quantile(double q) const {
    check_pending();
    detail::require_numbers(column_, name_, "quantile");
    detail::check_percentile(q);
    const double qs[] = {q};
    return detail::nan_quantiles(column_, qs)[0];
}

std::int64_t Series::nunique(bool dropna) const {
    check_pending();
    return detail::distinct_count(column_, dropna);
}

}  // namespace tabula
