#pragma once
// Comparing square roots without taking them: the nearest-neighbour search orders squared
// distances by their roots (scikit-learn's distances), and two squares can share a root.
namespace tabula::impute {

// For a square p that is a number: x's root is below p's exactly when x < below, and above it
// exactly when x > above (x >= 0 or NaN; NaN is neither).
struct RootBounds {
    double below;
    double above;
};

RootBounds root_bounds(double p);

// Whether a's root is below b's in NumPy's sort order (NaN after every number).
bool root_less(double a, double b);

}  // namespace tabula::impute
