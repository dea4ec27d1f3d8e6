#pragma once
// The seed's `@timer` decorator and its scope form.
//
//     auto train_model = timed("train_model", [](const Matrix& X, const Vector& y) { ... });
//     auto model = train_model(X, y);        // prints "train_model took 0.123s"
//
//     {
//         Timer t("load");                   // prints "load took 0.045s" at the closing brace
//         ...
//     }
//
// Like the decorator, which prints after `result = func(*args, **kwargs)` returns, nothing is
// printed when the timed code throws: the time of a failed call is not a measurement anyone
// asked for. Times come from std::chrono::steady_clock, so a wall-clock change cannot make
// them negative. Each report is written with one stream insertion, so reports from several
// threads do not interleave within a line.
#include <chrono>
#include <concepts>
#include <iosfwd>
#include <string>
#include <type_traits>
#include <utility>

namespace tabula {

class Timer {
  public:
    explicit Timer(std::string name);  // reports to std::cout
    Timer(std::string name, std::ostream& out);
    Timer(const Timer&) = delete;
    Timer& operator=(const Timer&) = delete;
    ~Timer();

    // Seconds since construction.
    double elapsed() const noexcept;
    const std::string& name() const noexcept { return name_; }

  private:
    std::string name_;
    std::ostream* out_;
    std::chrono::steady_clock::time_point start_;
    int uncaught_at_start_;
};

// What timed() returns: calls F with the arguments exactly as given (references stay
// references, move-only results are moved out) and reports how long the call took.
template <typename F>
class Timed {
  public:
    Timed(std::string name, F f, std::ostream* out)
        : name_(std::move(name)), f_(std::move(f)), out_(out) {}

    template <typename... Args>
    requires std::invocable<F&, Args...>
    decltype(auto) operator()(Args&&... args) {
        const Timer timer = start();
        return f_(std::forward<Args>(args)...);
    }

    template <typename... Args>
    requires std::invocable<const F&, Args...>
    decltype(auto) operator()(Args&&... args) const {
        const Timer timer = start();
        return f_(std::forward<Args>(args)...);
    }

    const std::string& name() const noexcept { return name_; }

  private:
    Timer start() const { return out_ ? Timer(name_, *out_) : Timer(name_); }

    std::string name_;
    F f_;
    std::ostream* out_;
};

// `name` stands in for Python's func.__name__, which a C++ callable does not carry.
template <typename F>
Timed<std::decay_t<F>> timed(std::string name, F&& f) {
    return Timed<std::decay_t<F>>(std::move(name), std::forward<F>(f), nullptr);
}

template <typename F>
Timed<std::decay_t<F>> timed(std::string name, F&& f, std::ostream& out) {
    return Timed<std::decay_t<F>>(std::move(name), std::forward<F>(f), &out);
}

}  // namespace tabula
