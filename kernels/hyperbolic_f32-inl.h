// float32 sinh cosh tanh asinh acosh atanh on float32 lanes, from the float32 exp reduction and
// polynomial and the log1p core of kernels/exp_log_f32-inl.h (twice the lanes per instruction of
// the float64 algorithms, no library code). Exact products as there: MulAdd only on small terms,
// so the FMA targets give identical bits.
//
// sinh, cosh: a = |x| = k ln 2 + r + r_lo; e^a / 2 = 2^(k-1) (1 + r + r^2/2 + E + O) and
// e^-a / 2 = 2^(-k-1) (1 - r + r^2/2 + E - O), where E and O are the even and odd parts of exp's
// polynomial beyond r^2/2, so sinh needs no polynomial of its own near 0 (k = 0: r + O). 1 +- r
// are split exactly (Fast2Sum), r^2/2 into an exact part and a rest, the two large terms summed
// exactly, the small ones added to the rest. tanh: expm1(2a) = n_hi + n_lo
// (exp_log_f32::expm1_parts) over n + 2, one division corrected by the exact residual (products
// of 12-bit halves). asinh, acosh, atanh: log1p (exp_log_f32::log1p_parts) of an argument carried
// in two parts (a + a^2 / (1 + sqrt(1 + a^2)); t + sqrt(t (t + 2)) with t = x - 1 and a corrected
// square root; 2a / (1 - a) with a corrected quotient), log(2a) from 2^12 on.
//
// Measured against glibc's float64 functions on every 17th float near 0 (1 for acosh) and every
// 5th to 29th elsewhere, the same on every target to within 0.03 ULP: sinh 0.633 ULP, cosh 0.618,
// tanh 0.564; on every 7th float and every one of [0.5, 2), both signs, the same on every target:
// asinh 1.020 (near 1.13, the roundings of a^2 / (1 + sqrt(1 + a^2))), acosh 0.575, atanh 0.607.
//
// Lanes outside the fast range (NaN, infinities, |x| > 88.3 for sinh and cosh, |x| > 2^126 for
// asinh and acosh, x < 1 for acosh, |x| >= 1 for atanh) take the float64 algorithm on promoted
// lanes, rounded once: glibc's special values and overflow threshold. tanh needs none: beyond
// 9.5 it is +-1, NaN passes through.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_HYPERBOLIC_F32_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_HYPERBOLIC_F32_INL_H_
#undef UFUNC_KERNELS_HYPERBOLIC_F32_INL_H_
#else
#define UFUNC_KERNELS_HYPERBOLIC_F32_INL_H_
#endif

#include "hwy/highway.h"
#include "kernels/exact-inl.h"
#include "kernels/exp_log_f32-inl.h"
#include "kernels/polynomial-inl.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

namespace hyperbolic_f32 {

using exp_log_f32::kExpPoly;
// exp's r^2 P(r) = r^2 / 2 + r^4 E(r^2) + r^3 O(r^2).
constexpr float kExpEven[] = {kExpPoly[2], kExpPoly[4]};
constexpr float kExpOdd[] = {kExpPoly[1], kExpPoly[3], kExpPoly[5]};

// sinh(a) (kSinh) or cosh(a) for a in [0, 88.3]: 2^(k-1) stays below 2^127; 2^(-k-1), negligible
// beyond k = 25, is held at 2^-61 from there.
template <bool kSinh, class D, class V>
HWY_INLINE V sinh_cosh(D d, V a) {
  const hn::RebindToSigned<D> di;
  V t, r, r_lo;
  exp_log_f32::exp_reduce(d, a, t, r, r_lo);
  const auto k = exp_log_f32::exponent_of(d, t);
  const auto minus_one = hn::Set(di, -1);
  const V p = exp_log_f32::pow2(d, hn::Add(k, minus_one));                            // 2^(k-1)
  const V m = exp_log_f32::pow2(d, hn::Sub(minus_one, hn::Min(k, hn::Set(di, 60))));  // 2^(-k-1)
  const V one = hn::Set(d, 1.0f);
  const V hp = hn::Add(one, r);
  const V lp = hn::Add(hn::Sub(one, hp), r);  // 1 + r = hp + lp
  const V hm = hn::Sub(one, r);
  const V lm = hn::Sub(hn::Sub(one, hm), r);  // 1 - r = hm + lm
  V h_hi, h_lo;
  exp_log_f32::half_square(d, r, h_hi, h_lo);
  const V z = hn::Mul(r, r);
  const V even = hn::Add(h_lo, hn::Mul(hn::Mul(z, z), estrin(d, z, kExpEven)));  // + h_hi
  const V odd = hn::Mul(hn::Mul(z, r), estrin(d, z, kExpOdd));
  const V sum = hn::Add(p, m);
  const V diff = hn::Sub(p, m);
  // |p hp| >= |m hm|: k >= 0, and for k = 0, r >= 0. The factor of h_hi is 1 or 0 for k = 0 and
  // the product exact; beyond, h_hi's term is at most 1/8 of the result.
  if constexpr (kSinh) {
    const V rest =
        hn::MulAdd(diff, even, hn::MulAdd(sum, odd, hn::Mul(r_lo, hn::MulAdd(r, diff, sum))));
    const V small = hn::MulAdd(p, lp, hn::NegMulAdd(m, lm, hn::MulAdd(diff, h_hi, rest)));
    return exp_log_f32::sum3(hn::Mul(p, hp), hn::Neg(hn::Mul(m, hm)), small);
  } else {
    const V rest =
        hn::MulAdd(sum, even, hn::MulAdd(diff, odd, hn::Mul(r_lo, hn::MulAdd(r, sum, diff))));
    const V small = hn::MulAdd(p, lp, hn::MulAdd(m, lm, hn::MulAdd(sum, h_hi, rest)));
    return exp_log_f32::sum3(hn::Mul(p, hp), hn::Mul(m, hm), small);
  }
}

template <class D, class V, class F64>
HWY_INLINE V sinh(D d, V x, F64 f64) {
  const V a = hn::Abs(x);
  const auto fast = hn::Le(a, hn::Set(d, 88.3f));  // false for NaN
  const V y = sinh_cosh<true>(d, hn::IfThenElse(fast, a, hn::Zero(d)));
  // Below 2^-12 sinh(a) rounds to a, which the halves of the sum above can lose for subnormals.
  const V ys = hn::IfThenElse(hn::Lt(a, hn::Set(d, 0x1p-12f)), a, y);
  return exp_log_f32::patch_via_f64(d, x, hn::CopySign(ys, x), hn::Not(fast), f64);
}

template <class D, class V, class F64>
HWY_INLINE V cosh(D d, V x, F64 f64) {
  const V a = hn::Abs(x);
  const auto fast = hn::Le(a, hn::Set(d, 88.3f));
  const V y = sinh_cosh<false>(d, hn::IfThenElse(fast, a, hn::Zero(d)));
  return exp_log_f32::patch_via_f64(d, x, y, hn::Not(fast), f64);
}

// tanh(a) = n / (n + 2) for n = expm1(2a); beyond a = 9.5 it rounds to 1. q0 = n_hi / d_hi is
// corrected by (n - q0 d) / d_hi, with q0 d_hi formed exactly from 12-bit halves: the only
// large rounding is the last one.
template <class D, class V>
HWY_INLINE V tanh(D d, V x) {
  const V a = hn::Min(hn::Abs(x), hn::Set(d, 9.5f));
  V e_hi, e_lo;
  exp_log_f32::expm1_parts(d, hn::Add(a, a), e_hi, e_lo);
  const V n_hi = hn::Add(e_hi, e_lo);  // normalized: n_lo within half an ULP of n_hi
  const V n_lo = hn::Add(hn::Sub(e_hi, n_hi), e_lo);
  const V two = hn::Set(d, 2.0f);
  const V d_hi = hn::Add(n_hi, two);
  const V d_lo = hn::Add(hn::Add(hn::Sub(hn::Max(n_hi, two), d_hi), hn::Min(n_hi, two)), n_lo);
  const V rcp = hn::Div(hn::Set(d, 1.0f), d_hi);
  const V q0 = hn::Mul(n_hi, rcp);
  const V res_hi = exact::residual(n_hi, q0, d_hi);  // exact
  const V res = hn::Add(res_hi, hn::Sub(n_lo, hn::Mul(q0, d_lo)));
  const V y = hn::MulAdd(res, rcp, q0);
  return hn::IfThenElse(hn::IsNaN(x), x, hn::CopySign(y, x));
}

// asinh(a) = log1p(a + a^2 / (1 + sqrt(1 + a^2))), the argument summed exactly into hi + lo; from
// 2^12 on, log1p(2a - 1) (= log(2a), the omitted 1 / (4 a^2) below 2^-26 of it).
template <class D, class V, class F64>
HWY_INLINE V asinh(D d, V x, F64 f64) {
  const V one = hn::Set(d, 1.0f);
  const V a = hn::Abs(x);
  const auto fast = hn::Le(a, hn::Set(d, 0x1p126f));  // 2a finite; false for NaN
  const V ac = hn::IfThenElseZero(fast, a);
  const auto big = hn::Ge(ac, hn::Set(d, 0x1p12f));
  const V am = hn::Min(ac, hn::Set(d, 0x1p12f));
  const V a2 = hn::Mul(am, am);
  const V w = hn::Div(a2, hn::Add(one, hn::Sqrt(hn::Add(one, a2))));  // <= am
  const V s = hn::Add(am, w);
  const V x_hi = hn::IfThenElse(big, hn::Sub(hn::Add(ac, ac), one), s);
  const V x_lo = hn::IfThenZeroElse(big, hn::Add(hn::Sub(am, s), w));
  V hi, lo;
  exp_log_f32::log1p_parts(d, x_hi, x_lo, hi, lo);
  return exp_log_f32::patch_via_f64(d, x, hn::CopySign(hn::Add(hi, lo), x), hn::Not(fast), f64);
}

// acosh(x) = log1p(t + sqrt(t (t + 2))) with t = x - 1 (exact): t (t + 2) and the square root
// carried to about 2^-36 (exact residuals of 12-bit halves), their sum into hi + lo; from 2^12 on,
// log1p(2x - 1).
template <class D, class V, class F64>
HWY_INLINE V acosh(D d, V x, F64 f64) {
  const V one = hn::Set(d, 1.0f);
  const V two = hn::Set(d, 2.0f);
  const auto fast = hn::And(hn::Ge(x, one), hn::Le(x, hn::Set(d, 0x1p126f)));  // false for NaN
  const V xc = hn::IfThenElse(fast, x, one);
  const auto big = hn::Ge(xc, hn::Set(d, 0x1p12f));
  const V t = hn::Sub(hn::Min(xc, hn::Set(d, 0x1p12f)), one);
  const V t2 = hn::Add(t, two);
  const V t2_lo = hn::Add(hn::Sub(hn::Max(t, two), t2), hn::Min(t, two));  // t + 2 = t2 + t2_lo
  V p, p_lo;
  exact::two_prod(d, t, t2, p, p_lo);
  p_lo = hn::MulAdd(t, t2_lo, p_lo);  // t (t + 2) = p + p_lo
  const V r = hn::Sqrt(p);
  V r2, r2_lo;
  exact::two_prod(d, r, r, r2, r2_lo);
  // sqrt(p + p_lo) = r + (p + p_lo - r^2) / (2r); p - r2 is exact. t = 0 gives 0 / FLT_MIN.
  const V res = hn::Add(hn::Sub(hn::Sub(p, r2), r2_lo), p_lo);
  const V r_lo = hn::Div(res, hn::Max(hn::Add(r, r), hn::Set(d, 0x1p-126f)));
  const V s = hn::Add(r, t);  // r >= t
  const V x_hi = hn::IfThenElse(big, hn::Sub(hn::Add(xc, xc), one), s);
  const V x_lo = hn::IfThenZeroElse(big, hn::Add(hn::Add(hn::Sub(r, s), t), r_lo));
  V hi, lo;
  exp_log_f32::log1p_parts(d, x_hi, x_lo, hi, lo);
  return exp_log_f32::patch_via_f64(d, x, hn::Add(hi, lo), hn::Not(fast), f64);
}

// atanh(a) = log1p(2a / (1 - a)) / 2: 1 - a split exactly (Fast2Sum), the quotient q0 corrected
// by the exact residual of 2a - q0 (1 - a) into hi + lo. Below 2^-12 atanh(a) rounds to a.
template <class D, class V, class F64>
HWY_INLINE V atanh(D d, V x, F64 f64) {
  const V one = hn::Set(d, 1.0f);
  const V a = hn::Abs(x);
  const auto fast = hn::Lt(a, one);  // false for NaN
  const V ac = hn::IfThenElseZero(fast, a);
  const V den = hn::Sub(one, ac);
  const V den_lo = hn::Sub(hn::Sub(one, den), ac);
  const V rcp = hn::Div(one, den);
  const V num = hn::Add(ac, ac);
  const V q = hn::Mul(num, rcp);
  V p, p_lo;
  exact::two_prod(d, q, den, p, p_lo);
  const V res = hn::Sub(hn::Sub(hn::Sub(num, p), p_lo), hn::Mul(q, den_lo));  // num - p exact
  V hi, lo;
  exp_log_f32::log1p_parts(d, q, hn::Mul(res, rcp), hi, lo);
  const V y = hn::Mul(hn::Set(d, 0.5f), hn::Add(hi, lo));
  const V ys = hn::IfThenElse(hn::Lt(a, hn::Set(d, 0x1p-12f)), a, y);
  return exp_log_f32::patch_via_f64(d, x, hn::CopySign(ys, x), hn::Not(fast), f64);
}

}  // namespace hyperbolic_f32

}  // namespace HWY_NAMESPACE
}  // namespace kernels
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_HYPERBOLIC_F32_INL_H_ toggle
