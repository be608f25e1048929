// The built-in ufuncs of kernels/ufuncs_compare.h, compiled once per SIMD target.
#define UFUNC_KERNEL_FILE "kernels/ufuncs_compare.cc"
#include "kernels/ufuncs_compare.h"

#include "ufunc/define.h"

// Highway 1.0.3's Ne on AVX2 and AVX3 is the ordered comparison (false for NaN, unlike IEEE and
// SSE4), so these lambdas test `== 0` instead of `!= 0`.
namespace ufunc {

UFUNC_DEFINE(equal, (float, double, int32_t, int64_t),
             [](auto a, auto b) { return where(a == b, 1, 0); })
UFUNC_DEFINE(not_equal, (float, double, int32_t, int64_t),
             [](auto a, auto b) { return where(a == b, 0, 1); })
UFUNC_DEFINE(less, (float, double, int32_t, int64_t),
             [](auto a, auto b) { return where(a < b, 1, 0); })
UFUNC_DEFINE(less_equal, (float, double, int32_t, int64_t),
             [](auto a, auto b) { return where(a <= b, 1, 0); })
UFUNC_DEFINE(greater, (float, double, int32_t, int64_t),
             [](auto a, auto b) { return where(a > b, 1, 0); })
UFUNC_DEFINE(greater_equal, (float, double, int32_t, int64_t),
             [](auto a, auto b) { return where(a >= b, 1, 0); })

// Integers are never NaN or infinite; the lane predicates take floating point only.
UFUNC_DEFINE(isnan, (float, double, int32_t, int64_t), [](auto x) {
  if constexpr (math::detail::kIsFloat<decltype(x)>) {
    return where(isnan(x), 1, 0);
  } else {
    return decltype(x)(0);
  }
})
UFUNC_DEFINE(isinf, (float, double, int32_t, int64_t), [](auto x) {
  if constexpr (math::detail::kIsFloat<decltype(x)>) {
    return where(isinf(x), 1, 0);
  } else {
    return decltype(x)(0);
  }
})
UFUNC_DEFINE(isfinite, (float, double, int32_t, int64_t), [](auto x) {
  if constexpr (math::detail::kIsFloat<decltype(x)>) {
    return where(isfinite(x), 1, 0);
  } else {
    return decltype(x)(1);
  }
})
UFUNC_DEFINE(signbit, (float, double), [](auto x) { return where(signbit(x), 1, 0); })

UFUNC_DEFINE(logical_and, (float, double, int32_t, int64_t),
             [](auto a, auto b) { return where(a == 0 || b == 0, 0, 1); })
UFUNC_DEFINE(logical_or, (float, double, int32_t, int64_t),
             [](auto a, auto b) { return where(a == 0 && b == 0, 0, 1); })
UFUNC_DEFINE(logical_xor, (float, double, int32_t, int64_t), [](auto a, auto b) {
  const auto x = a == 0, y = b == 0;
  return where((x && !y) || (!x && y), 1, 0);
})
UFUNC_DEFINE(logical_not, (float, double, int32_t, int64_t),
             [](auto x) { return where(x == 0, 1, 0); })
UFUNC_DEFINE(where, (float, double, int32_t, int64_t),
             [](auto cond, auto x, auto y) { return where(cond == 0, y, x); })

}  // namespace ufunc
