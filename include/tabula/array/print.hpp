#pragma once
// NumPy's array printing: repr/str laid out exactly as NumPy 1.24 does, under print options that
// work like np.set_printoptions / np.get_printoptions / np.printoptions.
#include <cstdint>
#include <optional>
#include <string>

#include "tabula/array/ndarray.hpp"

namespace tabula {

// np.set_printoptions' floatmode: how `precision` limits the fractional digits of floats.
enum class FloatMode {
    fixed,         // always `precision` digits
    unique,        // the shortest round-trip digits; `precision` is ignored
    maxprec,       // shortest round-trip, at most `precision` digits (NumPy's default)
    maxprec_equal  // as maxprec, then every element gets the largest digit count
};

// The options np.get_printoptions() reports, with NumPy's defaults.
struct PrintOptions {
    int precision = 8;
    std::int64_t threshold = 1000;  // more elements than this are summarised with "..."
    int edgeitems = 3;              // items kept at each end of a summarised axis
    int linewidth = 75;
    bool suppress = false;  // print tiny floats as 0 instead of switching to scientific notation
    FloatMode floatmode = FloatMode::maxprec;
    char sign = '-';  // '-': sign of negatives only, '+': always, ' ': a space for positives
    std::string nanstr = "nan";
    std::string infstr = "inf";
};

// The arguments of np.set_printoptions: an empty field keeps the value it overrides.
struct PrintOptionsUpdate {
    std::optional<int> precision{};
    std::optional<std::int64_t> threshold{};
    std::optional<int> edgeitems{};
    std::optional<int> linewidth{};
    std::optional<bool> suppress{};
    std::optional<FloatMode> floatmode{};
    std::optional<char> sign{};
    std::optional<std::string> nanstr{};
    std::optional<std::string> infstr{};
};

// The process-wide options (shared by all threads, as NumPy's are per interpreter).
PrintOptions get_printoptions();
// ValueError for precision < 0 ("precision must be >= 0"), edgeitems < 0, or a sign other than
// '-', '+', ' ' ("sign option must be one of ' ', '+', or '-'"); nothing changes then.
void set_printoptions(const PrintOptionsUpdate& update);

// np.printoptions: applies `update` for the guard's lifetime, then restores the previous options.
class printoptions {
  public:
    explicit printoptions(const PrintOptionsUpdate& update);
    ~printoptions();
    printoptions(const printoptions&) = delete;
    printoptions& operator=(const printoptions&) = delete;

  private:
    PrintOptions saved_;
};

// repr(a): "array([1. , 2.5])", "array([], shape=(0, 3), dtype=float32)"; `overrides` apply to
// this call only. operator<< prints the same text with the current options.
template <ArrayElement E>
std::string array_repr(const NDArray<E>& a, const PrintOptionsUpdate& overrides = {});
// str(a): "[1.  2.5]"; a 0-d array prints as NumPy's scalar str ("5.0", "1e-05", "True").
template <ArrayElement E>
std::string array_str(const NDArray<E>& a, const PrintOptionsUpdate& overrides = {});

}  // namespace tabula
