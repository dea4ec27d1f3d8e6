#include "lbfgs.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <utility>

namespace tabula::detail {
namespace {

constexpr double epsilon = std::numeric_limits<double>::epsilon();
// L-BFGS-B's line-search constants (sufficient decrease, curvature) and evaluation budget.
constexpr double c1 = 1e-3;
constexpr double c2 = 0.9;
constexpr int max_line_evaluations = 20;

double dot(std::span<const double> a, std::span<const double> b) {
    double s = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) s += a[i] * b[i];
    return s;
}

double max_abs(std::span<const double> v) {
    double m = 0.0;
    for (double x : v) m = std::max(m, std::abs(x));
    return m;
}

// A point on the search line: step, value, gradient and directional derivative.
struct LinePoint {
    double step = 0.0;
    double f = 0.0;
    double slope = 0.0;
    std::vector<double> x;
    std::vector<double> g;
};

class LineSearch {
  public:
    LineSearch(const Objective& objective, const std::vector<double>& x, std::span<const double> d,
               std::int64_t& evaluations)
        : objective_(objective), x_(x), d_(d), evaluations_(evaluations) {}

    // A step satisfying the strong Wolfe conditions (Nocedal & Wright, algorithms 3.5 and 3.6,
    // cubic interpolation safeguarded by bisection), or the best decreasing point found when
    // the budget runs out; false when no step decreased f.
    bool search(const LinePoint& start, double initial_step, LinePoint& out) {
        start_ = &start;
        LinePoint previous = start;
        previous.step = 0.0;
        double step = initial_step;
        for (int i = 0; i < max_line_evaluations; ++i) {
            LinePoint current = evaluate(step);
            if (!std::isfinite(current.f) || !sufficient(current) ||
                (i > 0 && current.f > previous.f)) {
                return zoom(std::move(previous), std::move(current), out);
            }
            if (curvature(current)) {
                out = std::move(current);
                return true;
            }
            if (current.slope >= 0.0) return zoom(std::move(current), std::move(previous), out);
            previous = std::move(current);
            step *= 4.0;
        }
        return accept_best(previous, out);
    }

  private:
    LinePoint evaluate(double step) {
        LinePoint p;
        p.step = step;
        p.x.resize(x_.size());
        p.g.resize(x_.size());
        for (std::size_t i = 0; i < x_.size(); ++i) p.x[i] = x_[i] + step * d_[i];
        p.f = objective_(p.x, p.g);
        ++evaluations_;
        p.slope = dot(p.g, d_);
        ++used_;
        return p;
    }
    bool sufficient(const LinePoint& p) const {
        return p.f <= start_->f + c1 * p.step * start_->slope;
    }
    bool curvature(const LinePoint& p) const { return std::abs(p.slope) <= -c2 * start_->slope; }
    bool accept_best(const LinePoint& best, LinePoint& out) const {
        if (best.step <= 0.0 || !(best.f <= start_->f)) return false;
        out = best;
        return true;
    }

    // lo satisfies sufficient decrease with the lowest f so far; the minimiser lies between
    // lo and hi.
    bool zoom(LinePoint lo, LinePoint hi, LinePoint& out) {
        while (used_ < max_line_evaluations) {
            const double step = interpolate(lo, hi);
            if (step == lo.step || step == hi.step) break;
            LinePoint trial = evaluate(step);
            if (!std::isfinite(trial.f) || !sufficient(trial) || trial.f > lo.f) {
                hi = std::move(trial);
                continue;
            }
            if (curvature(trial)) {
                out = std::move(trial);
                return true;
            }
            if (trial.slope * (hi.step - lo.step) >= 0.0) hi = std::move(lo);
            lo = std::move(trial);
        }
        return accept_best(lo, out);
    }

    // Minimiser of the cubic through lo and hi (values and slopes), kept away from the ends;
    // the midpoint when the cubic gives nothing usable.
    static double interpolate(const LinePoint& lo, const LinePoint& hi) {
        const double a = lo.step;
        const double b = hi.step;
        const double low = std::min(a, b);
        const double width = std::abs(b - a);
        const double middle = 0.5 * (a + b);
        if (!std::isfinite(hi.f) || !std::isfinite(hi.slope)) return middle;
        const double d1 = lo.slope + hi.slope - 3.0 * (lo.f - hi.f) / (a - b);
        const double radicand = d1 * d1 - lo.slope * hi.slope;
        if (!(radicand >= 0.0)) return middle;
        const double d2 = std::copysign(std::sqrt(radicand), b - a);
        const double denominator = hi.slope - lo.slope + 2.0 * d2;
        if (denominator == 0.0) return middle;
        const double step = b - (b - a) * (hi.slope + d2 - d1) / denominator;
        if (!std::isfinite(step) || step < low + 0.1 * width || step > low + 0.9 * width) {
            return middle;
        }
        return step;
    }

    const Objective& objective_;
    const std::vector<double>& x_;
    std::span<const double> d_;
    std::int64_t& evaluations_;
    const LinePoint* start_ = nullptr;
    int used_ = 0;
};

// The correction pairs and the two-loop recursion for d = -H g.
class Memory {
  public:
    explicit Memory(std::size_t capacity) : capacity_(capacity) {}
    bool empty() const noexcept { return s_.empty(); }
    void clear() {
        s_.clear();
        y_.clear();
        rho_.clear();
    }
    void add(std::vector<double> s, std::vector<double> y, double sy) {
        if (s_.size() == capacity_) {
            s_.pop_front();
            y_.pop_front();
            rho_.pop_front();
        }
        s_.push_back(std::move(s));
        y_.push_back(std::move(y));
        rho_.push_back(1.0 / sy);
    }
    std::vector<double> direction(std::span<const double> g) const {
        std::vector<double> q(g.begin(), g.end());
        std::vector<double> alpha(s_.size());
        for (std::size_t k = s_.size(); k-- > 0;) {
            alpha[k] = rho_[k] * dot(s_[k], q);
            for (std::size_t i = 0; i < q.size(); ++i) q[i] -= alpha[k] * y_[k][i];
        }
        if (!s_.empty()) {
            const double gamma = 1.0 / (rho_.back() * dot(y_.back(), y_.back()));
            for (double& v : q) v *= gamma;
        }
        for (std::size_t k = 0; k < s_.size(); ++k) {
            const double beta = rho_[k] * dot(y_[k], q);
            for (std::size_t i = 0; i < q.size(); ++i) q[i] += s_[k][i] * (alpha[k] - beta);
        }
        for (double& v : q) v = -v;
        return q;
    }

  private:
    std::size_t capacity_;
    std::deque<std::vector<double>> s_;
    std::deque<std::vector<double>> y_;
    std::deque<double> rho_;
};

}  // namespace

LbfgsResult minimize_lbfgs(const Objective& objective, std::vector<double> x0,
                           const LbfgsOptions& options) {
    LinePoint current;
    current.x = std::move(x0);
    current.g.resize(current.x.size());
    current.f = objective(current.x, current.g);
    std::int64_t evaluations = 1;
    LbfgsResult result;
    const auto finish = [&](LbfgsStatus status) {
        result.x = std::move(current.x);
        result.f = current.f;
        result.status = status;
        return result;
    };
    if (max_abs(current.g) <= options.gtol) return finish(LbfgsStatus::Converged);
    if (options.max_iter <= 0) return finish(LbfgsStatus::MaxIter);

    Memory memory(static_cast<std::size_t>(options.memory));
    bool restarted = true;
    while (true) {
        std::vector<double> d = memory.direction(current.g);
        current.slope = dot(current.g, d);
        if (!(current.slope < 0.0)) {
            memory.clear();
            d = memory.direction(current.g);
            current.slope = dot(current.g, d);
            restarted = true;
        }
        // As L-BFGS-B: a first step of length 1 along steepest descent, unit steps after.
        const double initial = restarted ? std::min(1.0 / std::sqrt(dot(d, d)), 1e10) : 1.0;
        LineSearch search(objective, current.x, d, evaluations);
        LinePoint next;
        if (!search.search(current, initial, next)) {
            if (memory.empty()) return finish(LbfgsStatus::LineSearchFailed);
            memory.clear();
            restarted = true;
            continue;
        }
        restarted = false;
        std::vector<double> s(d.size());
        std::vector<double> y(d.size());
        for (std::size_t i = 0; i < d.size(); ++i) {
            s[i] = next.x[i] - current.x[i];
            y[i] = next.g[i] - current.g[i];
        }
        const double f_old = current.f;
        const double decrease_bound = -dot(s, current.g);
        current = std::move(next);
        ++result.n_iter;
        if (max_abs(current.g) <= options.gtol) return finish(LbfgsStatus::Converged);
        const double scale = std::max({std::abs(f_old), std::abs(current.f), 1.0});
        if (f_old - current.f <= options.ftol * scale) return finish(LbfgsStatus::Converged);
        if (result.n_iter >= options.max_iter || evaluations >= options.max_fun) {
            return finish(LbfgsStatus::MaxIter);
        }
        // L-BFGS-B skips a pair whose curvature s.y is not clearly positive.
        const double sy = dot(s, y);
        if (sy > epsilon * decrease_bound) memory.add(std::move(s), std::move(y), sy);
    }
}

}  // namespace tabula::detail
