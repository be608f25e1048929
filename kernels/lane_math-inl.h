// The math functions a ufunc lambda may call, on Lanes: found by argument-dependent lookup, so that
// `sin(a * a) * exp(b)` compiles for Lanes<T> as well as for plain T (kernels/scalar_math.h).
//
//   here:                 sqrt abs floor ceil trunc muladd minimum maximum isnan isinf isfinite
//   kernels/exp_log-inl.h, trig-inl.h, hyperbolic-inl.h, arith-inl.h: the rest, by family
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_LANE_MATH_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_LANE_MATH_INL_H_
#undef UFUNC_KERNELS_LANE_MATH_INL_H_
#else
#define UFUNC_KERNELS_LANE_MATH_INL_H_
#endif

#include <cmath>
#include <type_traits>

#include "hwy/highway.h"
#include "kernels/arith-inl.h"
#include "kernels/exp_log-inl.h"
#include "kernels/hyperbolic-inl.h"
#include "kernels/trig-inl.h"
#include "ufunc/lanes-inl.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace HWY_NAMESPACE {

template <class T>
HWY_INLINE Lanes<T> sqrt(Lanes<T> x) {
  detail::require_float<T>();
  return Lanes<T>(hn::Sqrt(x.v));
}
template <class T>
HWY_INLINE Lanes<T> abs(Lanes<T> x) {
  return Lanes<T>(hn::Abs(x.v));
}
template <class T>
HWY_INLINE Lanes<T> floor(Lanes<T> x) {
  detail::require_float<T>();
  // Highway 1.0.3 loses the sign of zero on some targets (floor(-0) = +0 on SSSE3); C++ keeps it.
  return Lanes<T>(hn::CopySign(hn::Floor(x.v), x.v));
}
template <class T>
HWY_INLINE Lanes<T> ceil(Lanes<T> x) {
  detail::require_float<T>();
  // Highway 1.0.3 loses the sign of zero on some targets (floor(-0) = +0 on SSSE3); C++ keeps it.
  return Lanes<T>(hn::CopySign(hn::Ceil(x.v), x.v));
}
template <class T>
HWY_INLINE Lanes<T> trunc(Lanes<T> x) {
  detail::require_float<T>();
  // Highway 1.0.3 loses the sign of zero on some targets (floor(-0) = +0 on SSSE3); C++ keeps it.
  return Lanes<T>(hn::CopySign(hn::Trunc(x.v), x.v));
}

// a * b + c, rounded once on every target: one instruction where the target has FMA (AVX2, AVX3,
// NEON), the C library's fma lane by lane elsewhere (slow, but the same result everywhere).
template <class T, class B, class C>
HWY_INLINE Lanes<T> muladd(Lanes<T> a, B b_in, C c_in) {
  const Lanes<T> b(b_in), c(c_in);
  if constexpr (!std::is_floating_point_v<T>) {
    return a * b + c;
  } else {
#if HWY_NATIVE_FMA
    return Lanes<T>(hn::MulAdd(a.v, b.v, c.v));
#else
    const typename Lanes<T>::D d;
    constexpr size_t kMax = HWY_MAX_BYTES / sizeof(T);
    HWY_ALIGN T x[kMax], y[kMax], z[kMax];
    hn::Store(a.v, d, x);
    hn::Store(b.v, d, y);
    hn::Store(c.v, d, z);
    for (size_t i = 0; i < hn::Lanes(d); ++i) x[i] = std::fma(x[i], y[i], z[i]);
    return Lanes<T>(hn::Load(d, x));
#endif
  }
}

// NumPy's minimum and maximum: a NaN in either argument gives NaN; otherwise a < b ? a : b, so the
// result is the same on every target (x86 and Arm min instructions disagree on -0 and NaN).
template <class T, class B>
HWY_INLINE Lanes<T> minimum(Lanes<T> a, B b_in) {
  const Lanes<T> b(b_in);
  auto r = hn::IfThenElse(hn::Lt(a.v, b.v), a.v, b.v);
  if constexpr (std::is_floating_point_v<T>) r = hn::IfThenElse(hn::IsNaN(a.v), a.v, r);
  return Lanes<T>(r);
}
template <class T, class B>
HWY_INLINE Lanes<T> maximum(Lanes<T> a, B b_in) {
  const Lanes<T> b(b_in);
  auto r = hn::IfThenElse(hn::Gt(a.v, b.v), a.v, b.v);
  if constexpr (std::is_floating_point_v<T>) r = hn::IfThenElse(hn::IsNaN(a.v), a.v, r);
  return Lanes<T>(r);
}

template <class T>
HWY_INLINE LaneMask<T> isnan(Lanes<T> x) {
  detail::require_float<T>();
  return {hn::IsNaN(x.v)};
}
template <class T>
HWY_INLINE LaneMask<T> isinf(Lanes<T> x) {
  detail::require_float<T>();
  return {hn::IsInf(x.v)};
}
template <class T>
HWY_INLINE LaneMask<T> isfinite(Lanes<T> x) {
  detail::require_float<T>();
  return {hn::IsFinite(x.v)};
}

}  // namespace HWY_NAMESPACE
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_LANE_MATH_INL_H_ toggle
