#include "percentiles.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>

#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"

namespace tabula::detail {

namespace {

bool in_unit_interval(double q) {
    return 0.0 <= q && q <= 1.0;
}

[[noreturn]] void throw_out_of_interval(const std::string& suggestion) {
    throw ValueError("percentiles should all be in the interval [0, 1]. Try " + suggestion +
                     " instead.");
}

// NumPy's str() of a 1-d float array in its positional form: each number's shortest digits,
// the fractions padded with spaces to the longest ("[0.0025 0.015 ]").
std::string numpy_array_str(const std::vector<double>& values) {
    std::vector<std::string> whole;
    std::vector<std::string> fraction;
    std::size_t whole_width = 0;
    std::size_t fraction_width = 0;
    for (double v : values) {
        const std::string text = float_repr(v);
        const auto dot = text.find('.');
        whole.push_back(dot == std::string::npos ? text : text.substr(0, dot));
        fraction.push_back(dot == std::string::npos ? "." : text.substr(dot));
        if (fraction.back() == ".0") fraction.back() = ".";
        whole_width = std::max(whole_width, whole.back().size());
        fraction_width = std::max(fraction_width, fraction.back().size());
    }
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ' ';
        out += std::string(whole_width - whole[i].size(), ' ') + whole[i] + fraction[i];
        out += std::string(fraction_width - fraction[i].size(), ' ');
    }
    return out + "]";
}

}  // namespace

void check_percentile(double q) {
    if (!in_unit_interval(q)) throw_out_of_interval(float_repr(q / 100.0));
}

std::vector<double> refine_percentiles(const std::vector<double>& percentiles) {
    if (!std::all_of(percentiles.begin(), percentiles.end(), in_unit_interval)) {
        std::vector<double> hundredths;
        for (double q : percentiles) hundredths.push_back(q / 100.0);
        throw_out_of_interval(numpy_array_str(hundredths));
    }
    std::vector<double> out = percentiles;
    if (std::find(out.begin(), out.end(), 0.5) == out.end()) out.push_back(0.5);
    std::sort(out.begin(), out.end());
    if (std::adjacent_find(out.begin(), out.end()) != out.end()) {
        throw ValueError("percentiles cannot contain duplicates");
    }
    return out;
}

std::vector<std::string> percentile_labels(const std::vector<double>& percentiles) {
    std::vector<double> percent;
    std::vector<bool> whole;
    for (double p : percentiles) {
        percent.push_back(100.0 * p);
        const auto truncated = static_cast<double>(static_cast<std::int64_t>(percent.back()));
        // np.isclose(int(x), x): atol 1e-8, rtol 1e-5 relative to x.
        whole.push_back(std::fabs(truncated - percent.back()) <=
                        1e-8 + 1e-5 * std::fabs(percent.back()));
    }
    int precision = 1;
    if (!std::all_of(whole.begin(), whole.end(), [](bool w) { return w; })) {
        std::vector<double> unique = percent;
        std::sort(unique.begin(), unique.end());
        unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
        double smallest = std::numeric_limits<double>::infinity();
        if (unique.front() > 0) smallest = unique.front();
        if (unique.back() < 100) smallest = std::min(smallest, 100 - unique.back());
        for (std::size_t i = 1; i < unique.size(); ++i) {
            smallest = std::min(smallest, unique[i] - unique[i - 1]);
        }
        precision = std::max(1, static_cast<int>(-std::floor(std::log10(smallest))));
    }
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < percent.size(); ++i) {
        if (whole[i]) {
            labels.push_back(std::to_string(static_cast<std::int64_t>(percent[i])) + "%");
        } else {
            // np.round: scale by 10**decimals, round half to even, scale back.
            const double scale = std::pow(10.0, precision);
            labels.push_back(float_repr(std::nearbyint(percent[i] * scale) / scale) + "%");
        }
    }
    return labels;
}

}  // namespace tabula::detail
