// The built-in ufuncs of kernels/ufuncs_arith.h, compiled once per SIMD target.
#define UFUNC_KERNEL_FILE "kernels/ufuncs_arith.cc"
#include "kernels/ufuncs_arith.h"

#include "ufunc/define.h"

// Lanes wrap around on integer overflow, as NumPy does; on plain integers (the reference path)
// overflow is undefined, so there the lambdas take math::detail's wrapping twins.
namespace ufunc {

UFUNC_DEFINE_REDUCIBLE(add, (float, double, int32_t, int64_t), Identity::kZero, [](auto a, auto b) {
  if constexpr (std::is_arithmetic_v<decltype(a)>) {
    return math::detail::wrap_add(a, b);
  } else {
    return a + b;
  }
})
UFUNC_DEFINE(subtract, (float, double, int32_t, int64_t), [](auto a, auto b) {
  if constexpr (std::is_arithmetic_v<decltype(a)>) {
    return math::detail::wrap_sub(a, b);
  } else {
    return a - b;
  }
})
UFUNC_DEFINE_REDUCIBLE(multiply, (float, double, int32_t, int64_t), Identity::kOne,
                       [](auto a, auto b) {
                         if constexpr (std::is_arithmetic_v<decltype(a)>) {
                           return math::detail::wrap_mul(a, b);
                         } else {
                           return a * b;
                         }
                       })
UFUNC_DEFINE(divide, (float, double), [](auto a, auto b) { return a / b; })
UFUNC_DEFINE(negative, (float, double, int32_t, int64_t), [](auto x) {
  if constexpr (std::is_arithmetic_v<decltype(x)>) {
    return math::detail::wrap_neg(x);
  } else {
    return -x;
  }
})
UFUNC_DEFINE(positive, (float, double, int32_t, int64_t), [](auto x) { return x; })
UFUNC_DEFINE(absolute, (float, double, int32_t, int64_t), [](auto x) {
  if constexpr (std::is_arithmetic_v<decltype(x)>) {
    return math::detail::wrap_abs(x);
  } else {
    return abs(x);
  }
})
UFUNC_DEFINE(square, (float, double, int32_t, int64_t), [](auto x) { return square(x); })
UFUNC_DEFINE(reciprocal, (float, double), [](auto x) { return reciprocal(x); })
UFUNC_DEFINE(muladd, (float, double), [](auto a, auto b, auto c) { return muladd(a, b, c); })

UFUNC_DEFINE_REDUCIBLE(minimum, (float, double, int32_t, int64_t), Identity::kPlusInfinity,
                       [](auto a, auto b) { return minimum(a, b); })
UFUNC_DEFINE_REDUCIBLE(maximum, (float, double, int32_t, int64_t), Identity::kMinusInfinity,
                       [](auto a, auto b) { return maximum(a, b); })
UFUNC_DEFINE_REDUCIBLE(fmin, (float, double, int32_t, int64_t), Identity::kPlusInfinity,
                       [](auto a, auto b) { return fmin(a, b); })
UFUNC_DEFINE_REDUCIBLE(fmax, (float, double, int32_t, int64_t), Identity::kMinusInfinity,
                       [](auto a, auto b) { return fmax(a, b); })

UFUNC_DEFINE(sqrt, (float, double), [](auto x) { return sqrt(x); })
UFUNC_DEFINE(cbrt, (float, double), [](auto x) { return cbrt(x); })
// Highway 1.0.3's Floor and Ceil lose the sign of zero on SSSE3 and SCALAR (ceil(-0.5) = +0 there,
// ceil(+0) = -0 on SCALAR); the result always has x's sign.
UFUNC_DEFINE(floor, (float, double), [](auto x) { return copysign(floor(x), x); })
UFUNC_DEFINE(ceil, (float, double), [](auto x) { return copysign(ceil(x), x); })
UFUNC_DEFINE(trunc, (float, double), [](auto x) { return trunc(x); })
UFUNC_DEFINE(rint, (float, double), [](auto x) { return rint(x); })
UFUNC_DEFINE(copysign, (float, double), [](auto a, auto b) { return copysign(a, b); })
UFUNC_DEFINE(sign, (float, double, int32_t, int64_t), [](auto x) { return sign(x); })
UFUNC_DEFINE(clip, (float, double, int32_t, int64_t),
             [](auto x, auto lo, auto hi) { return clip(x, lo, hi); })
UFUNC_DEFINE(hypot, (float, double), [](auto a, auto b) { return hypot(a, b); })

}  // namespace ufunc
