#include "tabula/util/timer.hpp"

#include <fmt/format.h>

#include <exception>
#include <iostream>

namespace tabula {

Timer::Timer(std::string name) : Timer(std::move(name), std::cout) {}

Timer::Timer(std::string name, std::ostream& out)
    : name_(std::move(name)),
      out_(&out),
      start_(std::chrono::steady_clock::now()),
      uncaught_at_start_(std::uncaught_exceptions()) {}

Timer::~Timer() {
    if (std::uncaught_exceptions() > uncaught_at_start_) return;
    // A stream set to throw must not turn a finished measurement into std::terminate.
    try {
        *out_ << fmt::format("{} took {:.3f}s\n", name_, elapsed());
    } catch (...) {
    }
}

double Timer::elapsed() const noexcept {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

}  // namespace tabula
