// The math functions a ufunc lambda may call, on plain C++ scalars (those <cmath> does not have are
// in kernels/scalar_arith.h): what the lambda computes when
// it runs as the reference (Options::reference) and what the tests compare every SIMD target
// against. Their vector twins, with the same names, are in kernels/lane_math-inl.h.
#ifndef UFUNC_KERNELS_SCALAR_MATH_H_
#define UFUNC_KERNELS_SCALAR_MATH_H_

#include <cmath>
#include <cstdlib>
#include <type_traits>

#include "kernels/scalar_arith.h"

namespace ufunc {
namespace math {

using std::acos;
using std::acosh;
using std::asin;
using std::asinh;
using std::atan;
using std::atan2;
using std::atanh;
using std::cbrt;
using std::ceil;
using std::copysign;
using std::cos;
using std::cosh;
using std::exp;
using std::exp2;
using std::expm1;
using std::floor;
using std::hypot;
using std::isfinite;
using std::isinf;
using std::isnan;
using std::log;
using std::log10;
using std::log1p;
using std::log2;
using std::pow;
using std::rint;
using std::signbit;
using std::sin;
using std::sinh;
using std::sqrt;
using std::tan;
using std::tanh;
using std::trunc;

// a * b + c, rounded once.
template <class T, class = std::enable_if_t<std::is_arithmetic_v<T>>>
T muladd(T a, T b, T c) {
  if constexpr (std::is_floating_point_v<T>) {
    return std::fma(a, b, c);
  } else {
    return a * b + c;
  }
}

// NumPy's minimum and maximum: a NaN in either argument gives NaN.
template <class T, class = std::enable_if_t<std::is_arithmetic_v<T>>>
T minimum(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (std::isnan(a)) return a;
  }
  return a < b ? a : b;
}
template <class T, class = std::enable_if_t<std::is_arithmetic_v<T>>>
T maximum(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (std::isnan(a)) return a;
  }
  return a > b ? a : b;
}

// where(cond, x, y): x if cond, else y.
template <class X, class Y>
std::common_type_t<X, Y> where(bool cond, X x, Y y) {
  return cond ? x : y;
}

}  // namespace math
}  // namespace ufunc

#endif  // UFUNC_KERNELS_SCALAR_MATH_H_
