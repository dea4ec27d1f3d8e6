#pragma once
// matplotlib.ticker's choice of ticks and their labels: MaxNLocator (AutoLocator is its default
// configuration on every linear axis), LogLocator for log axes, and ScalarFormatter, the default
// labels with their offset text ("1e6", "+1e5"). Positions and labels equal matplotlib 3.6's.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tabula {

// Axis.get_tick_space: how many ticks fit on an axis `length` points long whose labels are
// `label_size` points; matplotlib assumes labels 3 sizes wide on "x" and 2 sizes tall on "y".
// ValueError for another axis name.
int get_tick_space(double length, std::string_view axis_name, double label_size = 10.0);

struct MaxNLocatorParams {
    // The most intervals between ticks; none is matplotlib's "auto": the axis' tick space,
    // between 1 and 9.
    std::optional<int> nbins = 10;
    // The nice step multiples within a decade, from 1 to 10.
    std::vector<double> steps = {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};
    int min_n_ticks = 2;
};

class MaxNLocator {
  public:
    // ValueError for steps not increasing within [1, 10] or nbins below 1.
    explicit MaxNLocator(MaxNLocatorParams params = {});
    // Ticks covering [vmin, vmax], possibly one step beyond each end as matplotlib returns them
    // (the axis shows those inside). `tick_space` is get_tick_space() of the axis, used for
    // nbins "auto".
    std::vector<double> tick_values(double vmin, double vmax, int tick_space = 9) const;

  private:
    MaxNLocatorParams params_;
    std::vector<double> extended_steps_;
};

// matplotlib.ticker.AutoLocator: nbins "auto", steps 1, 2, 2.5, 5, 10.
MaxNLocator AutoLocator();

// matplotlib.ticker.LogLocator's major ticks: powers of `base`, every stride-th decade so that at
// most the tick space's worth (2 to 9) show. ValueError when vmax is not positive ("Data has no
// positive values, and therefore can not be log-scaled."); a vmin at or below zero is taken as
// `minpos`, the smallest positive data value.
std::vector<double> log_tick_values(double vmin, double vmax, int tick_space = 9,
                                    double base = 10.0, double minpos = 1e-300);

struct ScalarFormatterParams {
    // Move a common additive constant into the offset text where it shortens the labels.
    bool useOffset = true;
    // Exponents at or beyond which the labels are scaled and "1e<n>" goes to the offset text
    // (rcParams["axes.formatter.limits"]).
    int powerlimit_low = -5;
    int powerlimit_high = 6;
};

// matplotlib.ticker.ScalarFormatter with the default rcParams: the same digits for every label,
// as few as tell the ticks apart, and U+2212 for minus signs.
class ScalarFormatter {
  public:
    explicit ScalarFormatter(ScalarFormatterParams params = {}) : params_(params) {}
    // Sets offset, scale and digits from the locator's ticks `locs` on the view [vmin, vmax]
    // (matplotlib's set_locs) and returns every tick's label.
    std::vector<std::string> format_ticks(const std::vector<double>& locs, double vmin,
                                          double vmax);
    // The label of x under the state format_ticks left.
    std::string operator()(double x) const;
    // The offset text drawn at the axis' end: "1e6", "+1e5", "1e−6+1.002e3" or "".
    std::string get_offset() const;

  private:
    void compute_offset(const std::vector<double>& visible);
    void set_order_of_magnitude(const std::vector<double>& visible, double vmin, double vmax);
    void set_format(const std::vector<double>& locs, double vmin, double vmax);

    ScalarFormatterParams params_;
    bool has_locs_ = false;
    double offset_ = 0.0;
    int order_of_magnitude_ = 0;
    int decimals_ = 0;
};

}  // namespace tabula
