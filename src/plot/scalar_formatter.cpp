#include <algorithm>
#include <cmath>
#include <string>

#include "python_number.hpp"
#include "tabula/plot/ticker.hpp"

namespace tabula {
namespace {

using plot::detail::floordiv;

// rcParams["axes.formatter.offset_threshold"]: an offset must save at least this many digits.
constexpr int offset_threshold = 4;

// The ticks inside the view, which the offset and the scale are chosen for.
std::vector<double> inside(const std::vector<double>& locs, double vmin, double vmax) {
    std::vector<double> out;
    for (const double x : locs) {
        if (vmin <= x && x <= vmax) out.push_back(x);
    }
    return out;
}

// ScalarFormatter.format_data: the offset as "1e5", "1.5e5" or "1002".
std::string format_data(double value) {
    const int e = static_cast<int>(std::floor(std::log10(std::abs(value))));
    const double s = plot::detail::python_round(value / std::pow(10.0, e), 10);
    std::string significand = std::fmod(s, 1.0) == 0.0 ? plot::detail::format_fixed(s, 0)
                                                       : plot::detail::format_general(s, 10);
    if (e == 0) return significand;
    significand += "e";
    significand += std::to_string(e);
    return significand;
}

}  // namespace

std::vector<std::string> ScalarFormatter::format_ticks(const std::vector<double>& locs, double vmin,
                                                       double vmax) {
    if (vmax < vmin) std::swap(vmin, vmax);
    has_locs_ = !locs.empty();
    offset_ = 0.0;
    order_of_magnitude_ = 0;
    if (has_locs_) {
        const std::vector<double> visible = inside(locs, vmin, vmax);
        if (params_.useOffset) compute_offset(visible);
        set_order_of_magnitude(visible, vmin, vmax);
        set_format(locs, vmin, vmax);
    }
    std::vector<std::string> labels;
    for (const double x : locs) labels.push_back((*this)(x));
    return labels;
}

std::string ScalarFormatter::operator()(double x) const {
    if (!has_locs_) return "";
    double xp = (x - offset_) / std::pow(10.0, order_of_magnitude_);
    if (std::abs(xp) < 1e-8) xp = 0;
    return plot::detail::fix_minus(plot::detail::format_fixed(xp, decimals_));
}

std::string ScalarFormatter::get_offset() const {
    if (!has_locs_ || (order_of_magnitude_ == 0 && offset_ == 0)) return "";
    std::string text;
    if (order_of_magnitude_ != 0) {
        text += "1e";
        text += std::to_string(order_of_magnitude_);
    }
    if (offset_ != 0) {
        if (offset_ > 0) text += "+";
        text += format_data(offset_);
    }
    return plot::detail::fix_minus(text);
}

// The offset keeps the digits the visible ticks share: the decade above which they agree,
// when what is left has offset_threshold digits or more.
void ScalarFormatter::compute_offset(const std::vector<double>& visible) {
    if (visible.empty()) return;
    const auto [lo, hi] = std::minmax_element(visible.begin(), visible.end());
    const double lmin = *lo;
    const double lmax = *hi;
    if (lmin == lmax || (lmin <= 0 && 0 <= lmax)) return;
    const double abs_min = std::min(std::abs(lmin), std::abs(lmax));
    const double abs_max = std::max(std::abs(lmin), std::abs(lmax));
    const double sign = std::copysign(1.0, lmin);
    const double oom_max = std::ceil(std::log10(abs_max));
    // matplotlib counts down without end; below 1e-400 the powers are zero and nothing more can
    // differ, so no offset is found there instead of looping forever.
    const auto first_oom = [&](auto differs) -> std::optional<double> {
        for (double oom = oom_max; oom > -400; oom -= 1) {
            const double p = std::pow(10.0, oom);
            if (differs(floordiv(abs_min, p), floordiv(abs_max, p))) return oom;
        }
        return std::nullopt;
    };
    auto oom = first_oom([](double a, double b) { return a != b; });
    if (!oom) return;
    double decade = *oom + 1;
    if ((abs_max - abs_min) / std::pow(10.0, decade) <= 1e-2) {
        oom = first_oom([](double a, double b) { return b - a > 1; });
        if (!oom) return;
        decade = *oom + 1;
    }
    const double p = std::pow(10.0, decade);
    if (floordiv(abs_max, p) >= std::pow(10.0, offset_threshold - 1)) {
        offset_ = sign * floordiv(abs_max, p) * p;
    }
}

void ScalarFormatter::set_order_of_magnitude(const std::vector<double>& visible, double vmin,
                                             double vmax) {
    if (visible.empty()) return;
    int oom = 0;
    if (offset_ != 0) {
        oom = static_cast<int>(std::floor(std::log10(vmax - vmin)));
    } else {
        double val = 0;
        for (const double x : visible) val = std::max(val, std::abs(x));
        if (val != 0) oom = static_cast<int>(std::floor(std::log10(val)));
    }
    if (oom <= params_.powerlimit_low || oom >= params_.powerlimit_high) order_of_magnitude_ = oom;
}

// As few decimals as keep every tick's label exact to a thousandth of their range.
void ScalarFormatter::set_format(const std::vector<double>& locs, double vmin, double vmax) {
    std::vector<double> scaled = locs;
    // One tick alone takes its range from the view.
    if (locs.size() < 2) {
        scaled.push_back(vmin);
        scaled.push_back(vmax);
    }
    const double scale = std::pow(10.0, order_of_magnitude_);
    for (double& x : scaled) x = (x - offset_) / scale;
    const auto [lo, hi] = std::minmax_element(scaled.begin(), scaled.end());
    double loc_range = *hi - *lo;
    if (loc_range == 0) {
        for (const double x : scaled) loc_range = std::max(loc_range, std::abs(x));
    }
    if (loc_range == 0) loc_range = 1;
    if (locs.size() < 2) scaled.resize(scaled.size() - 2);
    const int loc_range_oom = static_cast<int>(std::floor(std::log10(loc_range)));
    int sigfigs = std::max(0, 3 - loc_range_oom);
    const double thresh = 1e-3 * std::pow(10.0, loc_range_oom);
    while (sigfigs >= 0) {
        double worst = 0;
        for (const double x : scaled) {
            worst = std::max(worst, std::abs(x - plot::detail::numpy_round(x, sigfigs)));
        }
        if (!(worst < thresh)) break;
        --sigfigs;
    }
    decimals_ = sigfigs + 1;
}

}  // namespace tabula
