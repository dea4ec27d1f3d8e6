// seaborn.husl_palette through seaborn.external.husl (HUSL 2.1.0): hue, saturation and lightness
// in HUSL -> CIE LCh -> Luv -> XYZ -> sRGB.
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

#include "seaborn_common.hpp"
#include "tabula/array/creation.hpp"

namespace tabula::plot::detail {

namespace {

constexpr std::array<std::array<double, 3>, 3> m = {
    {{3.2406, -1.5372, -0.4986}, {-0.9689, 1.8758, 0.0415}, {0.0557, -0.2040, 1.0570}}};
constexpr double ref_y = 1.0;
constexpr double ref_u = 0.19784;
constexpr double ref_v = 0.46834;
constexpr double lab_e = 0.008856;
constexpr double lab_k = 903.3;

double radians(double degrees) {
    return degrees * std::numbers::pi / 180;
}

// The largest chroma at lightness L and hue H that stays inside sRGB.
double max_chroma(double L, double H) {
    const double sin_h = std::sin(radians(H));
    const double cos_h = std::cos(radians(H));
    const double sub1 = std::pow(L + 16, 3.0) / 1560896.0;
    const double sub2 = sub1 > 0.008856 ? sub1 : L / 903.3;
    double result = std::numeric_limits<double>::infinity();
    for (const auto& row : m) {
        const double top = (0.99915 * row[0] + 1.05122 * row[1] + 1.14460 * row[2]) * sub2;
        const double rbottom = 0.86330 * row[2] - 0.17266 * row[1];
        const double lbottom = 0.12949 * row[2] - 0.38848 * row[0];
        const double bottom = (rbottom * sin_h + lbottom * cos_h) * sub2;
        for (const double t : {0.0, 1.0}) {
            const double c = L * (top - 1.05122 * t) / (bottom + 0.17266 * sin_h * t);
            if (c > 0.0 && c < result) result = c;
        }
    }
    return result;
}

double f_inv(double t) {
    return std::pow(t, 3.0) > lab_e ? std::pow(t, 3.0) : (116.0 * t - 16.0) / lab_k;
}

double from_linear(double c) {
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}

Rgba husl_to_rgb(double h, double s, double l) {
    // husl_to_lch
    double L = l;
    double C = 0;
    if (l > 99.9999999) {
        L = 100;
    } else if (l >= 0.00000001) {
        C = max_chroma(l, h) / 100.0 * s;
    } else {
        L = 0;
    }
    // lch_to_luv, luv_to_xyz
    const double U = std::cos(radians(h)) * C;
    const double V = std::sin(radians(h)) * C;
    std::array<double, 3> xyz = {0, 0, 0};
    if (L != 0) {
        const double var_y = f_inv((L + 16.0) / 116.0);
        const double var_u = U / (13.0 * L) + ref_u;
        const double var_v = V / (13.0 * L) + ref_v;
        const double Y = var_y * ref_y;
        const double X = 0.0 - (9.0 * Y * var_u) / ((var_u - 4.0) * var_v - var_u * var_v);
        const double Z = (9.0 * Y - (15.0 * var_v * Y) - (var_v * X)) / (3.0 * var_v);
        xyz = {X, Y, Z};
    }
    // xyz_to_rgb (Python's sum from 0, left to right), then seaborn's clip to [0, 1].
    std::array<double, 3> rgb{};
    for (std::size_t i = 0; i < 3; ++i) {
        const double dot = ((0.0 + m[i][0] * xyz[0]) + m[i][1] * xyz[1]) + m[i][2] * xyz[2];
        rgb[i] = std::clamp(from_linear(dot), 0.0, 1.0);
    }
    return {rgb[0], rgb[1], rgb[2], 1.0};
}

}  // namespace

std::vector<Rgba> husl_palette(std::size_t n, double lightness) {
    const NDArray<double> steps = linspace(0, 1, static_cast<std::int64_t>(n) + 1);
    std::vector<Rgba> out;
    for (std::size_t i = 0; i < n; ++i) {
        const double hue = std::fmod(steps.data()[i] + .01, 1.0) * 359;
        out.push_back(husl_to_rgb(hue, .9 * 99, lightness * 99));
    }
    return out;
}

}  // namespace tabula::plot::detail
