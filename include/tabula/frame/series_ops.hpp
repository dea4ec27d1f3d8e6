#pragma once
// Elementwise Series operators and math, as pandas' nullable dtypes behave: a null on either
// side gives a null (Kleene logic for & and |: false & null is false, true | null is true).
// Two series are aligned on their index labels first (the union of labels, nulls where one
// side has no row); equal indexes, the usual case, pair rows by position at no cost.
// Result dtypes: int with int stays int64 (/ gives float64), anything with a float gives
// float64 (int32 and float32 inputs give int64 and float64, where pandas keeps the width),
// comparisons and & | ^ ~ of bools give bool.
// Division: x / 0 is inf, -inf or NaN; an int // or % with a 0 divisor gives float64 with
// inf/-inf/NaN there, as pandas' default NumPy-backed int64 (its nullable Int64 gives 0).
// // and % take the sign of the divisor, as Python. Ints wrap around on overflow, as NumPy.
// bool + bool is "or" and bool * bool "and" (bool - bool, /, // and % raise TypeError);
// str + str concatenates and str * int repeats. Datetimes and categoricals do not compute.
// Comparisons need identically-labeled series (ValueError otherwise, as pandas); numbers
// compare as NumPy promotes them, text by bytes (code points); text with a number gives false
// for ==, true for !=, and TypeError for an ordering.
#include "tabula/frame/scalar.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

Series operator+(const Series& a, const Series& b);
Series operator-(const Series& a, const Series& b);
Series operator*(const Series& a, const Series& b);
Series operator/(const Series& a, const Series& b);
Series operator%(const Series& a, const Series& b);
Series operator+(const Series& a, const Scalar& b);
Series operator-(const Series& a, const Scalar& b);
Series operator*(const Series& a, const Scalar& b);
Series operator/(const Series& a, const Scalar& b);
Series operator%(const Series& a, const Scalar& b);
Series operator+(const Scalar& a, const Series& b);
Series operator-(const Scalar& a, const Series& b);
Series operator*(const Scalar& a, const Series& b);
Series operator/(const Scalar& a, const Series& b);
Series operator%(const Scalar& a, const Series& b);
// A bool series negates logically, as pandas.
Series operator-(const Series& a);
// Python's floor division (//), which C++ has no operator for.
Series floordiv(const Series& a, const Series& b);
Series floordiv(const Series& a, const Scalar& b);
Series floordiv(const Scalar& a, const Series& b);

Series operator==(const Series& a, const Series& b);
Series operator!=(const Series& a, const Series& b);
Series operator<(const Series& a, const Series& b);
Series operator<=(const Series& a, const Series& b);
Series operator>(const Series& a, const Series& b);
Series operator>=(const Series& a, const Series& b);
Series operator==(const Series& a, const Scalar& b);
Series operator!=(const Series& a, const Scalar& b);
Series operator<(const Series& a, const Scalar& b);
Series operator<=(const Series& a, const Scalar& b);
Series operator>(const Series& a, const Scalar& b);
Series operator>=(const Series& a, const Scalar& b);

// Logical operators on bool series (Kleene logic), bitwise on int series; TypeError otherwise.
Series operator&(const Series& a, const Series& b);
Series operator|(const Series& a, const Series& b);
Series operator^(const Series& a, const Series& b);
Series operator~(const Series& a);

// NumPy's ufuncs applied to a series (np.log1p(df["income"])), nulls kept: log1p, log, exp and
// sqrt give float64; abs keeps ints and bools; round keeps ints (rounding half to even through
// float64 for negative decimals) and bools; pow and clip keep an int series int when the
// exponent or bounds are whole numbers (a negative whole exponent is a ValueError, as NumPy),
// else float64. clip ignores a NaN bound and swaps reversed bounds, as pandas.
Series log1p(const Series& s);
Series log(const Series& s);
Series exp(const Series& s);
Series sqrt(const Series& s);
Series abs(const Series& s);
Series pow(const Series& s, double exponent);
Series round(const Series& s, int decimals = 0);
Series clip(const Series& s, std::optional<double> lower, std::optional<double> upper);

}  // namespace tabula
