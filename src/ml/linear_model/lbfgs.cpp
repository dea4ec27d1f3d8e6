#include "lbfgs.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <optional>
#include <utility>

#include "more_thuente.hpp"

namespace tabula::detail {
namespace {

constexpr double epsilon = std::numeric_limits<double>::epsilon();
// L-BFGS-B's evaluation budget per line search and its largest step without bounds.
constexpr int max_line_evaluations = 20;
constexpr double max_step = 1e10;

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

// A point on the search line: its step, value, gradient and slope along the direction.
struct LinePoint {
    double step = 0.0;
    double f = 0.0;
    double slope = 0.0;
    std::vector<double> x;
    std::vector<double> g;
};

LinePoint evaluate(const Objective& objective, const LinePoint& start, std::span<const double> d,
                   double step) {
    LinePoint p;
    p.step = step;
    p.x.resize(d.size());
    p.g.resize(d.size());
    for (std::size_t i = 0; i < d.size(); ++i) p.x[i] = start.x[i] + step * d[i];
    p.f = objective(p.x, p.g);
    p.slope = dot(p.g, d);
    return p;
}

// L-BFGS-B's lnsrlb: Moré-Thuente from `step`, at most 20 evaluations; the accepted point, or
// nothing when the budget ran out or f or its gradient stopped being finite.
std::optional<LinePoint> line_search(const Objective& objective, const LinePoint& start,
                                     std::span<const double> d, double step,
                                     std::int64_t& evaluations) {
    MoreThuente search(start.f, start.slope, step, max_step);
    for (int i = 0; i < max_line_evaluations; ++i) {
        LinePoint trial = evaluate(objective, start, d, search.step());
        ++evaluations;
        if (!std::isfinite(trial.f) || !std::isfinite(trial.slope)) return std::nullopt;
        if (search.update(trial.f, trial.slope) != MoreThuente::Outcome::Evaluate) return trial;
    }
    return std::nullopt;
}

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
    while (true) {
        std::vector<double> d = memory.direction(current.g);
        current.slope = dot(current.g, d);
        if (!(current.slope < 0.0)) {
            memory.clear();
            d = memory.direction(current.g);
            current.slope = dot(current.g, d);
        }
        // As L-BFGS-B: the first step has length 1 along steepest descent, later ones start
        // from the full quasi-Newton step.
        const double initial =
            result.n_iter == 0 ? std::min(1.0 / std::sqrt(dot(d, d)), max_step) : 1.0;
        auto found = line_search(objective, current, d, initial, evaluations);
        if (!found) {
            // L-BFGS-B forgets its correction pairs and retries along steepest descent once.
            if (memory.empty()) return finish(LbfgsStatus::LineSearchFailed);
            memory.clear();
            continue;
        }
        LinePoint next = std::move(*found);
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
