#include "more_thuente.hpp"

#include <algorithm>
#include <cmath>

namespace tabula::detail {
namespace {

// scipy's L-BFGS-B constants: sufficient decrease, curvature, relative interval width.
constexpr double ftol = 1e-3;
constexpr double gtol = 0.9;
constexpr double xtol = 0.1;
// Extrapolation limits before a minimiser is bracketed.
constexpr double extrapolate_lower = 1.1;
constexpr double extrapolate_upper = 4.0;

// The minimiser of the cubic interpolating (a, fa, da) and (b, fb, db), written from b's side
// as dcstep writes it: b + r * (a - b).
double cubic_from(double a, double fa, double da, double b, double fb, double db) {
    const double theta = 3.0 * (fa - fb) / (b - a) + da + db;
    const double s = std::max({std::abs(theta), std::abs(da), std::abs(db)});
    double gamma = s * std::sqrt((theta / s) * (theta / s) - (da / s) * (db / s));
    if (b > a) gamma = -gamma;
    const double p = (gamma - db) + theta;
    const double q = ((gamma - db) + gamma) + da;
    return b + p / q * (a - b);
}

}  // namespace

MoreThuente::MoreThuente(double f0, double slope0, double step, double max_step)
    : step_(step),
      max_step_(max_step),
      f0_(f0),
      g0_(slope0),
      gtest_(ftol * slope0),
      fx_(f0),
      gx_(slope0),
      fy_(f0),
      gy_(slope0),
      stmax_(step + extrapolate_upper * step),
      width_(max_step),
      width1_(max_step / 0.5) {}

MoreThuente::Outcome MoreThuente::update(double f, double slope) {
    const double ftest = f0_ + step_ * gtest_;
    if (stage_ == 1 && f <= ftest && slope >= 0.0) stage_ = 2;
    Outcome outcome = Outcome::Evaluate;
    if ((bracketed_ && (step_ <= stmin_ || step_ >= stmax_)) ||
        (bracketed_ && stmax_ - stmin_ <= xtol * stmax_) ||
        (step_ == max_step_ && f <= ftest && slope <= gtest_) ||
        (step_ == 0.0 && (f > ftest || slope >= gtest_))) {
        outcome = Outcome::Warning;
    }
    if (f <= ftest && std::abs(slope) <= gtol * -g0_) outcome = Outcome::Converged;
    if (outcome != Outcome::Evaluate) return outcome;

    // While the decrease is not yet sufficient, steps are chosen on the auxiliary function
    // psi(a) = f(a) - f0 - ftol * a * slope0, whose minimisers satisfy it.
    if (stage_ == 1 && f <= fx_ && f > ftest) {
        double fxm = fx_ - stx_ * gtest_;
        double fym = fy_ - sty_ * gtest_;
        double gxm = gx_ - gtest_;
        double gym = gy_ - gtest_;
        next_step(fxm, gxm, fym, gym, f - step_ * gtest_, slope - gtest_);
        fx_ = fxm + stx_ * gtest_;
        fy_ = fym + sty_ * gtest_;
        gx_ = gxm + gtest_;
        gy_ = gym + gtest_;
    } else {
        next_step(fx_, gx_, fy_, gy_, f, slope);
    }
    if (bracketed_) {
        // Bisect when the interval has not shrunk enough in two steps.
        if (std::abs(sty_ - stx_) >= 0.66 * width1_) step_ = stx_ + 0.5 * (sty_ - stx_);
        width1_ = width_;
        width_ = std::abs(sty_ - stx_);
        stmin_ = std::min(stx_, sty_);
        stmax_ = std::max(stx_, sty_);
    } else {
        stmin_ = step_ + extrapolate_lower * (step_ - stx_);
        stmax_ = step_ + extrapolate_upper * (step_ - stx_);
    }
    step_ = std::clamp(step_, 0.0, max_step_);
    if (bracketed_ && (step_ <= stmin_ || step_ >= stmax_ || stmax_ - stmin_ <= xtol * stmax_)) {
        step_ = stx_;
    }
    return Outcome::Evaluate;
}

void MoreThuente::next_step(double& fx, double& gx, double& fy, double& gy, double f,
                            double slope) {
    const double stp = step_;
    const double sgnd = slope * (gx / std::abs(gx));
    double next = 0.0;
    if (f > fx) {
        // A higher value: the minimiser is bracketed. The cubic step if it is closer to stx
        // than the quadratic one, else their average.
        const double theta = 3.0 * (fx - f) / (stp - stx_) + gx + slope;
        const double s = std::max({std::abs(theta), std::abs(gx), std::abs(slope)});
        double gamma = s * std::sqrt((theta / s) * (theta / s) - (gx / s) * (slope / s));
        if (stp < stx_) gamma = -gamma;
        const double p = (gamma - gx) + theta;
        const double q = ((gamma - gx) + gamma) + slope;
        const double cubic = stx_ + p / q * (stp - stx_);
        const double quadratic =
            stx_ + ((gx / ((fx - f) / (stp - stx_) + gx)) / 2.0) * (stp - stx_);
        next = std::abs(cubic - stx_) < std::abs(quadratic - stx_)
                   ? cubic
                   : cubic + (quadratic - cubic) / 2.0;
        bracketed_ = true;
    } else if (sgnd < 0.0) {
        // A lower value, slopes of opposite signs: bracketed. The cubic step if it is farther
        // from stp than the secant step, else the secant step.
        const double cubic = cubic_from(stx_, fx, gx, stp, f, slope);
        const double secant = stp + (slope / (slope - gx)) * (stx_ - stp);
        next = std::abs(cubic - stp) > std::abs(secant - stp) ? cubic : secant;
        bracketed_ = true;
    } else if (std::abs(slope) < std::abs(gx)) {
        // A lower value, same signs, the slope shrinking: the cubic step only when the cubic
        // tends to infinity in the step's direction or its minimum lies beyond stp.
        const double theta = 3.0 * (fx - f) / (stp - stx_) + gx + slope;
        const double s = std::max({std::abs(theta), std::abs(gx), std::abs(slope)});
        double gamma =
            s * std::sqrt(std::max(0.0, (theta / s) * (theta / s) - (gx / s) * (slope / s)));
        if (stp > stx_) gamma = -gamma;
        const double p = (gamma - slope) + theta;
        const double q = (gamma + (gx - slope)) + gamma;
        const double r = p / q;
        double cubic = 0.0;
        if (r < 0.0 && gamma != 0.0) {
            cubic = stp + r * (stx_ - stp);
        } else {
            cubic = stp > stx_ ? stmax_ : stmin_;
        }
        const double secant = stp + (slope / (slope - gx)) * (stx_ - stp);
        if (bracketed_) {
            next = std::abs(cubic - stp) < std::abs(secant - stp) ? cubic : secant;
            next = stp > stx_ ? std::min(stp + 0.66 * (sty_ - stp), next)
                              : std::max(stp + 0.66 * (sty_ - stp), next);
        } else {
            next = std::abs(cubic - stp) > std::abs(secant - stp) ? cubic : secant;
            next = std::max(stmin_, std::min(stmax_, next));
        }
    } else {
        // A lower value, same signs, the slope not shrinking: the cubic step through stp and
        // sty when bracketed, else as far as allowed.
        if (bracketed_) {
            next = cubic_from(sty_, fy, gy, stp, f, slope);
        } else {
            next = stp > stx_ ? stmax_ : stmin_;
        }
    }
    if (f > fx) {
        sty_ = stp;
        fy = f;
        gy = slope;
    } else {
        if (sgnd < 0.0) {
            sty_ = stx_;
            fy = fx;
            gy = gx;
        }
        stx_ = stp;
        fx = f;
        gx = slope;
    }
    step_ = next;
}

}  // namespace tabula::detail
