#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <tuple>
#include <utility>

#include "python_number.hpp"
#include "tabula/core/error.hpp"
#include "tabula/plot/ticker.hpp"
#include "transforms.hpp"

namespace tabula {
namespace {

using plot::detail::floordiv;
using plot::detail::nonsingular;
using plot::detail::python_mod;

// matplotlib.ticker.scale_range: the step's decade and an offset when the interval sits far
// from zero compared to its width.
std::pair<double, double> scale_range(double vmin, double vmax, int n) {
    const double dv = std::abs(vmax - vmin);
    const double meanv = (vmax + vmin) / 2;
    double offset = 0.0;
    if (!(std::abs(meanv) / dv < 100)) {
        offset = std::copysign(std::pow(10.0, floordiv(std::log10(std::abs(meanv)), 1.0)), meanv);
    }
    return {std::pow(10.0, floordiv(std::log10(dv / n), 1.0)), offset};
}

// matplotlib.ticker._Edge_integer: multiples of step, forgiving rounding error in x.
class EdgeInteger {
  public:
    EdgeInteger(double step, double offset) : step_(step), offset_(std::abs(offset)) {}
    double le(double x) const {
        const double d = floordiv(x, step_);
        return closeto(python_mod(x, step_) / step_, 1.0) ? d + 1 : d;
    }
    double ge(double x) const {
        const double d = floordiv(x, step_);
        return closeto(python_mod(x, step_) / step_, 0.0) ? d : d + 1;
    }

  private:
    bool closeto(double ms, double edge) const {
        double tol = 1e-10;
        if (offset_ > 0) {
            const double digits = std::log10(offset_ / step_);
            tol = std::min(0.4999, std::max(1e-10, std::pow(10.0, digits - 12)));
        }
        return std::abs(ms - edge) < tol;
    }

    double step_;
    double offset_;
};

const char* bad_steps =
    "steps argument must be an increasing sequence of numbers between 1 and 10 inclusive";

}  // namespace

int get_tick_space(double length, std::string_view axis_name, double label_size) {
    double per_tick = 0.0;
    if (axis_name == "x") {
        per_tick = label_size * 3;
    } else if (axis_name == "y") {
        per_tick = label_size * 2;
    } else {
        std::string message = "axis_name must be 'x' or 'y', got '";
        message += axis_name;
        message += "'";
        throw ValueError(message);
    }
    if (per_tick <= 0) return std::numeric_limits<int>::max();
    return static_cast<int>(std::floor(length / per_tick));
}

MaxNLocator::MaxNLocator(MaxNLocatorParams params) : params_(std::move(params)) {
    auto& steps = params_.steps;
    if (steps.empty() || steps.front() < 1 || steps.back() > 10 ||
        std::adjacent_find(steps.begin(), steps.end(), std::greater_equal<>()) != steps.end()) {
        throw ValueError(bad_steps);
    }
    if (params_.nbins && *params_.nbins < 1) {
        std::string message = "nbins must be at least 1 or 'auto', got ";
        message += std::to_string(*params_.nbins);
        throw ValueError(message);
    }
    if (steps.front() != 1) steps.insert(steps.begin(), 1.0);
    if (steps.back() != 10) steps.push_back(10.0);
    // MaxNLocator._staircase: a decade below and the next step above, so that a step always
    // fits whatever the scale.
    for (std::size_t i = 0; i + 1 < steps.size(); ++i) extended_steps_.push_back(0.1 * steps[i]);
    extended_steps_.insert(extended_steps_.end(), steps.begin(), steps.end());
    extended_steps_.push_back(10 * steps[1]);
}

std::vector<double> MaxNLocator::tick_values(double vmin, double vmax, int tick_space) const {
    std::tie(vmin, vmax) = nonsingular(vmin, vmax, 1e-13, 1e-14);
    const int nbins =
        params_.nbins.value_or(std::clamp(tick_space, std::max(1, params_.min_n_ticks - 1), 9));
    const auto [scale, offset] = scale_range(vmin, vmax, nbins);
    const double lo = vmin - offset;
    const double hi = vmax - offset;
    const double raw_step = (hi - lo) / nbins;
    std::size_t istep = 0;
    while (istep + 1 < extended_steps_.size() && extended_steps_[istep] * scale < raw_step) ++istep;
    // From the smallest step that spans the interval in nbins down to the first that still
    // leaves min_n_ticks inside it.
    std::vector<double> ticks;
    for (std::size_t i = istep + 1; i-- > 0;) {
        const double step = extended_steps_[i] * scale;
        const double best_vmin = floordiv(lo, step) * step;
        const EdgeInteger edge(step, offset);
        const double low = edge.le(lo - best_vmin);
        const double high = edge.ge(hi - best_vmin);
        ticks.clear();
        int inside = 0;
        // numpy.arange(low, high + 1) * step + best_vmin
        for (double k = low; k < high + 1; k += 1) {
            const double tick = k * step + best_vmin;
            ticks.push_back(tick);
            inside += tick <= hi && tick >= lo;
        }
        if (inside >= params_.min_n_ticks) break;
    }
    for (double& tick : ticks) tick += offset;
    return ticks;
}

MaxNLocator AutoLocator() {
    return MaxNLocator({.nbins = std::nullopt, .steps = {1, 2, 2.5, 5, 10}});
}

}  // namespace tabula
