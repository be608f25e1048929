// Hyperbolic functions on lanes: sinh cosh tanh asinh acosh atanh.
//
// float64: each is one expm1, exp or log1p of our own (kernels/exp_log-inl.h) and a few
// exact-enough steps. float32 has algorithms of its own on float32 lanes
// (kernels/hyperbolic_f32-inl.h, 0.56 to 1.06 ULP), whose rare lanes take the float64 ones on
// promoted lanes. NaN, infinities and arguments where the result overflows or the function is
// undefined go to the C library, so they are glibc's bit for bit. Measured errors against MPFR:
// docs/accuracy.md.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_HYPERBOLIC_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_HYPERBOLIC_INL_H_
#undef UFUNC_KERNELS_HYPERBOLIC_INL_H_
#else
#define UFUNC_KERNELS_HYPERBOLIC_INL_H_
#endif

#include <cmath>
#include <limits>
#include <type_traits>

#include "hwy/highway.h"
#include "kernels/exp_log-inl.h"
#include "kernels/hyperbolic_f32-inl.h"
#include "kernels/math-inl.h"
#include "kernels/promote-inl.h"
#include "ufunc/lanes-inl.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

namespace hyperbolic {

constexpr double kLn2 = 0x1.62e42fefa39efp-1;

// sinh(x) = (t + t / (t + 1)) / 2 with t = expm1(|x|): no cancellation near 0, and for large |x|
// the second term is 1/2, as e^|x| / 2 needs.
template <class D, class V>
HWY_INLINE V sinh_f64(D d, V x) {
  const V a = hn::Abs(x);
  const auto fast = hn::Le(a, hn::Set(d, 709.0));  // false for NaN
  const V t = exp_log::expm1_f64(d, hn::IfThenElse(fast, a, hn::Zero(d)));
  const V y = hn::Mul(hn::Set(d, 0.5), hn::Add(t, hn::Div(t, hn::Add(t, hn::Set(d, 1.0)))));
  return patch_lanes(d, x, hn::CopySign(y, x), hn::Not(fast),
                     [](double v) { return std::sinh(v); });
}

// cosh(x) = e^|x| / 2 + 1 / (2 e^|x|): two positive terms.
template <class D, class V>
HWY_INLINE V cosh_f64(D d, V x) {
  const V a = hn::Abs(x);
  const auto fast = hn::Le(a, hn::Set(d, 709.0));
  const V t = exp_log::exp_f64(d, hn::IfThenElse(fast, a, hn::Zero(d)));
  const V half = hn::Set(d, 0.5);
  const V y = hn::MulAdd(half, t, hn::Div(half, t));
  return patch_lanes(d, x, y, hn::Not(fast), [](double v) { return std::cosh(v); });
}

// tanh(x) = t / (t + 2) with t = expm1(2|x|); beyond |x| = 22 it rounds to 1.
template <class D, class V>
HWY_INLINE V tanh_f64(D d, V x) {
  const V a = hn::Min(hn::Abs(x), hn::Set(d, 22.0));
  const V t = exp_log::expm1_f64(d, hn::Add(a, a));
  const V y = hn::Div(t, hn::Add(t, hn::Set(d, 2.0)));
  return hn::IfThenElse(hn::IsNaN(x), x, hn::CopySign(y, x));
}

// asinh(x) = log(|x| + sqrt(x^2 + 1)), as log1p of an argument that keeps its accuracy: near 0
// |x| + x^2 / (1 + sqrt(1 + x^2)); above 2, 2|x| + 1 / (sqrt(x^2 + 1) + |x|) - 1; above 2^28,
// where x^2 + 1 is x^2, log(2|x|) = log1p(|x| - 1) + ln 2.
template <class D, class V>
HWY_INLINE V asinh_f64(D d, V x) {
  const V one = hn::Set(d, 1.0);
  const V a = hn::Abs(x);
  const auto fast = hn::Le(a, hn::Set(d, 1e300));
  const V ac = hn::IfThenElse(fast, a, one);
  const V root = hn::Sqrt(hn::MulAdd(ac, ac, one));
  const V near = hn::Add(ac, hn::Div(hn::Mul(ac, ac), hn::Add(one, root)));
  const V mid = hn::Sub(hn::Add(hn::Add(ac, ac), hn::Div(one, hn::Add(root, ac))), one);
  const auto huge = hn::Gt(ac, hn::Set(d, 0x1p28));
  const V arg = hn::IfThenElse(hn::Le(ac, hn::Set(d, 2.0)), near,
                               hn::IfThenElse(huge, hn::Sub(ac, one), mid));
  const V y =
      hn::Add(exp_log::log1p_f64(d, arg), hn::IfThenElse(huge, hn::Set(d, kLn2), hn::Zero(d)));
  return patch_lanes(d, x, hn::CopySign(y, x), hn::Not(fast),
                     [](double v) { return std::asinh(v); });
}

// acosh(x) = log(x + sqrt(x^2 - 1)) for x >= 1, likewise: near 1 with t = x - 1 (exact),
// log1p(t + sqrt(2t + t^2)); above 2, log1p(2x - 1 / (x + sqrt(x^2 - 1)) - 1); above 2^28,
// log1p(x - 1) + ln 2.
template <class D, class V>
HWY_INLINE V acosh_f64(D d, V x) {
  const V one = hn::Set(d, 1.0);
  const auto fast = hn::And(hn::Ge(x, one), hn::Le(x, hn::Set(d, 1e300)));
  const V xc = hn::IfThenElse(fast, x, one);
  const V t = hn::Sub(xc, one);
  const V near = hn::Add(t, hn::Sqrt(hn::MulAdd(t, t, hn::Add(t, t))));
  const V root = hn::Sqrt(hn::MulSub(xc, xc, one));
  const V mid = hn::Sub(hn::Sub(hn::Add(xc, xc), hn::Div(one, hn::Add(xc, root))), one);
  const auto huge = hn::Gt(xc, hn::Set(d, 0x1p28));
  const V arg = hn::IfThenElse(hn::Lt(xc, hn::Set(d, 2.0)), near, hn::IfThenElse(huge, t, mid));
  const V y =
      hn::Add(exp_log::log1p_f64(d, arg), hn::IfThenElse(huge, hn::Set(d, kLn2), hn::Zero(d)));
  return patch_lanes(d, x, y, hn::Not(fast), [](double v) { return std::acosh(v); });
}

// atanh(x) = log1p(2|x| / (1 - |x|)) / 2, written 2|x| + 2x^2 / (1 - |x|) below 1/2 so that the
// argument is accurate near 0.
template <class D, class V>
HWY_INLINE V atanh_f64(D d, V x) {
  const V one = hn::Set(d, 1.0);
  const V a = hn::Abs(x);
  const auto fast = hn::Lt(a, one);
  const V ac = hn::IfThenElse(fast, a, hn::Zero(d));
  const V inv = hn::Div(one, hn::Sub(one, ac));
  const V a2 = hn::Add(ac, ac);
  const V small = hn::MulAdd(hn::Mul(a2, ac), inv, a2);
  const V arg = hn::IfThenElse(hn::Lt(ac, hn::Set(d, 0.5)), small, hn::Mul(a2, inv));
  const V y = hn::Mul(hn::Set(d, 0.5), exp_log::log1p_f64(d, arg));
  return patch_lanes(d, x, hn::CopySign(y, x), hn::Not(fast),
                     [](double v) { return std::atanh(v); });
}

}  // namespace hyperbolic

template <class D, class V>
HWY_INLINE V Sinh(D d, V x) {
  return exp_log::native(
      d, x, [](auto df, auto v, auto f64) { return hyperbolic_f32::sinh(df, v, f64); },
      [](auto dd, auto v) { return hyperbolic::sinh_f64(dd, v); });
}
template <class D, class V>
HWY_INLINE V Cosh(D d, V x) {
  return exp_log::native(
      d, x, [](auto df, auto v, auto f64) { return hyperbolic_f32::cosh(df, v, f64); },
      [](auto dd, auto v) { return hyperbolic::cosh_f64(dd, v); });
}
template <class D, class V>
HWY_INLINE V Tanh(D d, V x) {
  if constexpr (std::is_same_v<hn::TFromD<D>, double>) {
    return hyperbolic::tanh_f64(d, x);
  } else {
    return hyperbolic_f32::tanh(d, x);
  }
}
template <class D, class V>
HWY_INLINE V Asinh(D d, V x) {
  return exp_log::native(
      d, x, [](auto df, auto v, auto f64) { return hyperbolic_f32::asinh(df, v, f64); },
      [](auto dd, auto v) { return hyperbolic::asinh_f64(dd, v); });
}
template <class D, class V>
HWY_INLINE V Acosh(D d, V x) {
  return exp_log::native(
      d, x, [](auto df, auto v, auto f64) { return hyperbolic_f32::acosh(df, v, f64); },
      [](auto dd, auto v) { return hyperbolic::acosh_f64(dd, v); });
}
template <class D, class V>
HWY_INLINE V Atanh(D d, V x) {
  return exp_log::native(
      d, x, [](auto df, auto v, auto f64) { return hyperbolic_f32::atanh(df, v, f64); },
      [](auto dd, auto v) { return hyperbolic::atanh_f64(dd, v); });
}

}  // namespace HWY_NAMESPACE
}  // namespace kernels

// The Lanes bindings, found by argument-dependent lookup from users' lambdas.
namespace HWY_NAMESPACE {

UFUNC_DETAIL_UNARY_FLOAT_LANES(sinh, Sinh)
UFUNC_DETAIL_UNARY_FLOAT_LANES(cosh, Cosh)
UFUNC_DETAIL_UNARY_FLOAT_LANES(tanh, Tanh)
UFUNC_DETAIL_UNARY_FLOAT_LANES(asinh, Asinh)
UFUNC_DETAIL_UNARY_FLOAT_LANES(acosh, Acosh)
UFUNC_DETAIL_UNARY_FLOAT_LANES(atanh, Atanh)

}  // namespace HWY_NAMESPACE
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_HYPERBOLIC_INL_H_ toggle
