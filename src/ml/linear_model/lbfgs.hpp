#pragma once
// Limited-memory BFGS for smooth unconstrained problems: what scikit-learn's lbfgs solvers get
// from scipy's L-BFGS-B with no bounds. The same first step, directions (the two-loop recursion
// equals L-BFGS-B's compact form without bounds), Moré-Thuente line search, update-skipping
// and restart rules and stopping tests, so it walks the same iterates up to rounding.
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace tabula::detail {

// f(x), with its gradient written to `gradient` (same size as x).
using Objective = std::function<double(std::span<const double> x, std::span<double> gradient)>;

struct LbfgsOptions {
    // scipy's maxiter: iterations (accepted steps), not evaluations.
    std::int64_t max_iter = 15000;
    // Stop when max_i |g_i| <= gtol (scikit-learn passes its tol here).
    double gtol = 1e-5;
    // Stop when (f_old - f) <= ftol * max(|f_old|, |f|, 1): scipy's default factr * epsilon.
    double ftol = 2.220446049250313e-09;
    // Correction pairs kept (scipy's maxcor).
    int memory = 10;
    // Function evaluations allowed in all (scipy's maxfun).
    std::int64_t max_fun = 15000;
};

enum class LbfgsStatus { Converged, MaxIter, LineSearchFailed };

struct LbfgsResult {
    std::vector<double> x;
    double f = 0.0;
    std::int64_t n_iter = 0;
    LbfgsStatus status = LbfgsStatus::Converged;
};

// Minimises `objective` from x0. Deterministic: the same x0 and objective give the same iterates.
LbfgsResult minimize_lbfgs(const Objective& objective, std::vector<double> x0,
                           const LbfgsOptions& options);

}  // namespace tabula::detail
