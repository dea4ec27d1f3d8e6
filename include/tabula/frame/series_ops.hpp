#pragma once
// Elementwise Series operators and math, as pandas' nullable dtypes behave: a null on either
// side gives a null (Kleene logic for & and |: false & null is false, true | null is true).
// Two series are aligned on their index labels first (the union of labels, nulls where one
// side has no row); equal indexes, the usual case, pair rows by position at no cost.
// Result dtypes: int with int stays int64 (/ gives float64), anything with a float gives
// float64, comparisons and & | ^ ~ give bool.
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
Series operator-(const Series& a);
// Python's floor division (//), which C++ has no operator for.
Series floordiv(const Series& a, const Series& b);
Series floordiv(const Series& a, const Scalar& b);

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

// Logical operators on bool series; TypeError for other dtypes.
Series operator&(const Series& a, const Series& b);
Series operator|(const Series& a, const Series& b);
Series operator^(const Series& a, const Series& b);
Series operator~(const Series& a);

// NumPy's ufuncs applied to a series (np.log1p(df["income"])): float64 results, nulls kept.
Series log1p(const Series& s);
Series log(const Series& s);
Series exp(const Series& s);
Series sqrt(const Series& s);
Series abs(const Series& s);
Series pow(const Series& s, double exponent);
Series round(const Series& s, int decimals = 0);
Series clip(const Series& s, std::optional<double> lower, std::optional<double> upper);

}  // namespace tabula
