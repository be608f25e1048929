// Float32 math through float64: the float64 algorithm on promoted lanes, rounded once to float32.
// The float64 result is within about 1 ULP of float64, so the float32 result is the correctly
// rounded one except within 2^-28 of a rounding boundary: at most 0.5 + 2^-28 ULP, and the
// special values of the float64 function (overflow, underflow and subnormals round as float32).
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_PROMOTE_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_PROMOTE_INL_H_
#undef UFUNC_KERNELS_PROMOTE_INL_H_
#else
#define UFUNC_KERNELS_PROMOTE_INL_H_
#endif

#include <type_traits>

#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

namespace detail {
// Highway's scalar DemoteTo saturates to FLT_MAX (and turns inf into it); a cast rounds as IEEE.
template <class DF, class VD>
HWY_INLINE hn::Vec<DF> demote(DF df, VD v) {
#if HWY_TARGET == HWY_SCALAR
  return hn::Set(df, static_cast<float>(hn::GetLane(v)));
#else
  return hn::DemoteTo(df, v);
#endif
}
}  // namespace detail

// f(dd, x...) for float32 lanes x, where f is written for float64 lanes: each half of the float32
// vector (the whole of it on the scalar target) is promoted, computed and demoted.
template <class DF, class F, class... V>
HWY_INLINE hn::Vec<DF> via_f64(DF df, F f, V... x) {
#if HWY_TARGET == HWY_SCALAR
  const hn::Rebind<double, DF> dd;
  return detail::demote(df, f(dd, hn::PromoteTo(dd, x)...));
#else
  const hn::Half<DF> dh;
  const hn::Rebind<double, decltype(dh)> dd;
  const auto lo = f(dd, hn::PromoteTo(dd, hn::LowerHalf(dh, x))...);
  const auto hi = f(dd, hn::PromoteTo(dd, hn::UpperHalf(dh, x))...);
  return hn::Combine(df, detail::demote(dh, hi), detail::demote(dh, lo));
#endif
}

// f64(d, x...) on double lanes; on float lanes, the same algorithm through via_f64. `f64` is a
// generic callable, e.g. [](auto dd, auto v) { return exp_f64(dd, v); }.
template <class D, class F, class... V>
HWY_INLINE hn::Vec<D> on_float64(D d, F f64, V... x) {
  if constexpr (std::is_same_v<hn::TFromD<D>, double>) {
    return f64(d, x...);
  } else {
    return via_f64(d, f64, x...);
  }
}

}  // namespace HWY_NAMESPACE
}  // namespace kernels
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_PROMOTE_INL_H_ toggle
