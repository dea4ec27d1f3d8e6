#pragma once
// The Moré-Thuente line search (MINPACK-2's dcsrch and dcstep), which scipy's L-BFGS-B runs with
// ftol=1e-3, gtol=0.9, xtol=0.1: a step satisfying the strong Wolfe conditions, found by
// safeguarded cubic and quadratic interpolation. The caller evaluates f and its slope along
// the search direction at step() and hands them to update() until it says to stop.
namespace tabula::detail {

class MoreThuente {
  public:
    enum class Outcome { Evaluate, Converged, Warning };

    // f and slope at step 0 (slope < 0), the first trial step and the largest allowed.
    MoreThuente(double f0, double slope0, double step, double max_step);

    double step() const noexcept { return step_; }
    // f and slope at step(): Converged when both Wolfe conditions hold, Warning when no better
    // step can be found (rounding, interval too small, step at its bound), Evaluate with a new
    // step() otherwise. scipy's L-BFGS-B accepts the point after Converged and Warning alike.
    Outcome update(double f, double slope);

  private:
    // dcstep: the next trial step from the interval [stx, sty] and the point (step_, f, slope),
    // and the interval updated.
    void next_step(double& fx, double& gx, double& fy, double& gy, double f, double slope);

    double step_;
    double max_step_;
    bool bracketed_ = false;
    int stage_ = 1;
    double f0_;
    double g0_;
    double gtest_;
    double stx_ = 0.0;
    double fx_;
    double gx_;
    double sty_ = 0.0;
    double fy_;
    double gy_;
    double stmin_ = 0.0;
    double stmax_;
    double width_;
    double width1_;
};

}  // namespace tabula::detail
