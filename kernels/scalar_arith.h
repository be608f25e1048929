// The scalar twins of the lane functions that <cmath> does not have (kernels/arith-inl.h), with
// NumPy 1.24's semantics; part of kernels/scalar_math.h. They run on the reference path and must
// give exactly what the lanes give, so integer overflow wraps around (through unsigned arithmetic:
// in C++ it is undefined) and division by zero has NumPy's results instead of a trap.
#ifndef UFUNC_KERNELS_SCALAR_ARITH_H_
#define UFUNC_KERNELS_SCALAR_ARITH_H_

#include <cmath>
#include <limits>
#include <type_traits>
#include <utility>

namespace ufunc {
namespace math {
namespace detail {

template <class T>
using EnableIfArithmetic = std::enable_if_t<std::is_arithmetic_v<T>>;

// The element type of a plain value or of Lanes (which have value_type).
template <class X, bool = std::is_arithmetic_v<X>>
struct ElementOf {
  using type = X;
};
template <class X>
struct ElementOf<X, false> {
  using type = typename X::value_type;
};
// Whether x (a plain value or lanes) holds floating-point numbers.
template <class X>
inline constexpr bool kIsFloat = std::is_floating_point_v<typename ElementOf<X>::type>;

// a + b, a - b, a * b, -a, |a| wrapping around on integers, as lanes and NumPy do.
template <class T>
constexpr T wrap_add(T a, T b) {
  if constexpr (std::is_integral_v<T>) {
    using U = std::make_unsigned_t<T>;
    return static_cast<T>(static_cast<U>(static_cast<U>(a) + static_cast<U>(b)));
  } else {
    return a + b;
  }
}
template <class T>
constexpr T wrap_sub(T a, T b) {
  if constexpr (std::is_integral_v<T>) {
    using U = std::make_unsigned_t<T>;
    return static_cast<T>(static_cast<U>(static_cast<U>(a) - static_cast<U>(b)));
  } else {
    return a - b;
  }
}
template <class T>
constexpr T wrap_mul(T a, T b) {
  if constexpr (std::is_integral_v<T>) {
    using U = std::make_unsigned_t<T>;
    return static_cast<T>(static_cast<U>(static_cast<U>(a) * static_cast<U>(b)));
  } else {
    return a * b;
  }
}
template <class T>
constexpr T wrap_neg(T a) {
  if constexpr (std::is_integral_v<T>) {
    return wrap_sub(T(0), a);
  } else {
    return -a;
  }
}
// absolute(INT_MIN) = INT_MIN, as in NumPy.
template <class T>
constexpr T wrap_abs(T a) {
  if constexpr (std::is_integral_v<T>) {
    return a < 0 ? wrap_neg(a) : a;
  } else {
    return std::abs(a);
  }
}

// NumPy's fmin and fmax: a NaN argument is ignored (both NaN: the first); otherwise as minimum and
// maximum, so that equal arguments give the second (fmin(0.0, -0.0) = -0.0, where glibc's fmin
// gives the first).
template <class T>
constexpr T numpy_fmin(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (std::isnan(b)) return a;
    if (std::isnan(a)) return b;
  }
  return a < b ? a : b;
}
template <class T>
constexpr T numpy_fmax(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (std::isnan(b)) return a;
    if (std::isnan(a)) return b;
  }
  return a > b ? a : b;
}

// Floating-point floor division and remainder for b != 0, as NumPy 1.24 computes them. fmod is
// exact, so a - m is the multiple of b that truncated division gives; dividing it by b rounds, and
// when the quotient is below 2^51 (2^22 for float) rounding moves it by less than 1/2, so the
// snapped result is exactly floor(a / b). Above that it is the rounded value NumPy returns.
template <class T>
std::pair<T, T> floor_divmod(T a, T b) {
  T m = std::fmod(a, b);
  T q = (a - m) / b;
  if (m != 0) {
    if ((m < 0) != (b < 0)) {  // truncation went the wrong way: floor is one lower
      m += b;
      q -= 1;
    }
  } else {
    m = std::copysign(T(0), b);
  }
  if (q == 0) return {std::copysign(T(0), a / b), m};
  T f = std::floor(q);
  if (q - f > T(0.5)) f += 1;
  return {f, m};
}

}  // namespace detail

// NumPy's sign: -1, 0 or 1; sign(-0.0) = +0.0 and a NaN is returned as it is.
// abs, fmin and fmax with NumPy's semantics, replacing <cmath>'s: abs(INT_MIN) wraps to INT_MIN
// (std::abs is undefined there), fmin/fmax return the second of two equal arguments as the lanes
// do (glibc returns the first: fmin(0.0, -0.0)).
template <class T, class = detail::EnableIfArithmetic<T>>
constexpr T abs(T x) {
  return detail::wrap_abs(x);
}
template <class T, class = detail::EnableIfArithmetic<T>>
constexpr T fmin(T a, T b) {
  return detail::numpy_fmin(a, b);
}
template <class T, class = detail::EnableIfArithmetic<T>>
constexpr T fmax(T a, T b) {
  return detail::numpy_fmax(a, b);
}

template <class T, class = detail::EnableIfArithmetic<T>>
constexpr T sign(T x) {
  if (x > 0) return T(1);
  if (x < 0) return T(-1);
  if (x == 0) return T(0);
  return x;
}

// NumPy's clip: minimum(maximum(x, lo), hi), so a NaN anywhere gives NaN and lo > hi gives hi.
template <class T, class = detail::EnableIfArithmetic<T>>
constexpr T clip(T x, T lo, T hi) {
  T r = x;
  if constexpr (std::is_floating_point_v<T>) {
    if (!std::isnan(x)) r = x > lo ? x : lo;
    if (!std::isnan(r)) r = r < hi ? r : hi;
  } else {
    r = x > lo ? x : lo;
    r = r < hi ? r : hi;
  }
  return r;
}

// x * x, wrapping around on integers.
template <class T, class = detail::EnableIfArithmetic<T>>
constexpr T square(T x) {
  return detail::wrap_mul(x, x);
}

// 1 / x (floating point only, as in this library).
template <class T, class = std::enable_if_t<std::is_floating_point_v<T>>>
constexpr T reciprocal(T x) {
  return T(1) / x;
}

// NumPy's floor_divide: floor(a / b). Integers: a // 0 = 0 and INT_MIN // -1 = INT_MIN (NumPy
// warns; we do not). Floating point: a // 0 = a / 0 (inf or NaN); see detail::floor_divmod.
template <class T, class = detail::EnableIfArithmetic<T>>
T floor_divide(T a, T b) {
  if constexpr (std::is_integral_v<T>) {
    if (b == 0) return T(0);
    if (b == -1) return detail::wrap_neg(a);
    const T q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
  } else {
    if (b == 0) return a / b;
    return detail::floor_divmod(a, b).first;
  }
}

// NumPy's remainder: a - floor_divide(a, b) * b, with the sign of b. Integers: a % 0 = 0.
// Floating point: a % 0 = NaN, a % inf = a when the signs agree, else inf.
template <class T, class = detail::EnableIfArithmetic<T>>
T remainder(T a, T b) {
  if constexpr (std::is_integral_v<T>) {
    if (b == 0 || b == -1) return T(0);
    const T r = a % b;
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
  } else {
    if (b == 0) return std::fmod(a, b);
    return detail::floor_divmod(a, b).second;
  }
}

// NumPy's left_shift and right_shift by a count per element. A count that is negative or at least
// the width of T shifts every bit out: 0, or for right_shift of a negative x, -1.
template <class T, class = std::enable_if_t<std::is_integral_v<T>>>
constexpr T left_shift(T x, T n) {
  if (n < 0 || n >= T(std::numeric_limits<std::make_unsigned_t<T>>::digits)) return T(0);
  return static_cast<T>(static_cast<std::make_unsigned_t<T>>(x) << n);
}
template <class T, class = std::enable_if_t<std::is_integral_v<T>>>
constexpr T right_shift(T x, T n) {
  if (n < 0 || n >= T(std::numeric_limits<std::make_unsigned_t<T>>::digits)) {
    return x < 0 ? T(-1) : T(0);
  }
  return static_cast<T>(x >> n);  // arithmetic on every compiler this library supports
}

}  // namespace math
}  // namespace ufunc

// The names of this file that lambdas may call (ufunc/define.h brings them into a lambda's scope).
#define UFUNC_DETAIL_SCALAR_ARITH    \
  using ::ufunc::math::clip;         \
  using ::ufunc::math::floor_divide; \
  using ::ufunc::math::left_shift;   \
  using ::ufunc::math::reciprocal;   \
  using ::ufunc::math::remainder;    \
  using ::ufunc::math::right_shift;  \
  using ::ufunc::math::sign;         \
  using ::ufunc::math::square;

#endif  // UFUNC_KERNELS_SCALAR_ARITH_H_
