// Hyperbolic functions on lanes: sinh cosh tanh asinh acosh atanh.
//
// float64: sinh and cosh are e^a / 2 -+ e^-a / 2 from one reduction and polynomial, the large
// terms summed exactly (0.57 and 0.73 ULP); tanh n / (n + 2) of expm1's parts (0.55); asinh, acosh,
// atanh are 2 atanh(S) of an S formed with one division and carried in two parts (log_of_root_sum,
// atanh_f64: 0.56-0.58 ULP on every target). float32 has algorithms of its own on float32 lanes
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
#include <cstdint>
#include <limits>
#include <type_traits>

#include "hwy/highway.h"
#include "kernels/exact-inl.h"
#include "kernels/exp_log-inl.h"
#include "kernels/hyperbolic_f32-inl.h"
#include "kernels/math-inl.h"
#include "kernels/polynomial-inl.h"
#include "kernels/promote-inl.h"
#include "ufunc/lanes-inl.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

namespace hyperbolic {

constexpr double kLn2 = 0x1.62e42fefa39efp-1;

using exp_log::kExpPoly;
// exp's r^2 P(r) = r^2 / 2 + r^4 E(r^2) + r^3 O(r^2).
constexpr double kExpEven[] = {kExpPoly[2], kExpPoly[4],  kExpPoly[6],
                               kExpPoly[8], kExpPoly[10], kExpPoly[12]};
constexpr double kExpOdd[] = {kExpPoly[1], kExpPoly[3], kExpPoly[5],
                              kExpPoly[7], kExpPoly[9], kExpPoly[11]};

// e^a / 2 = p e^(r + r_lo) and e^-a / 2 = m e^-(r + r_lo) for a in [0, 709]: a = k ln 2 + r + r_lo
// (|r| <= ln(2)/2, r_lo what rounding r lost), p = 2^(k-1) and m = 2^(-k-1), m held at 2^-61 from
// k = 60 on, where it is negligible. e^+-r = 1 +- r + r^2/2 + E +- O with E and O the even and
// odd parts of exp's polynomial beyond r^2/2, each computed once: even = E, odd = O.
template <class D, class V>
HWY_INLINE void half_exponentials(D d, V a, V& r, V& r_lo, V& p, V& m, V& even, V& odd) {
  const V k = exp_log::nearest_ln2_multiple(d, a);
  const V r_hi = hn::NegMulAdd(k, hn::Set(d, exp_log::kLn2Hi), a);  // exact
  r = exact::fast_two_sum(r_hi, hn::Mul(k, hn::Set(d, -exp_log::kLn2Lo)), r_lo);
  const hn::RebindToSigned<D> di;
  p = exp_log::pow2(d, hn::Sub(k, hn::Set(d, 1.0)));
  // m's exponent field is 2044 minus p's: one integer subtraction, floored at 2^-61's bits.
  m = hn::BitCast(d, hn::Max(hn::Sub(hn::Set(di, int64_t{2044} << 52), hn::BitCast(di, p)),
                             hn::BitCast(di, hn::Set(d, 0x1p-61))));
  const V z = hn::Mul(r, r);
  even = hn::Mul(hn::Mul(z, z), estrin(d, z, kExpEven));
  odd = hn::Mul(hn::Mul(z, r), estrin(d, z, kExpOdd));
}

// sinh(a) = p e^(r + r_lo) - m e^-(r + r_lo) for a in [0, 709] (half_exponentials): no
// cancellation at k = 0, where the result is r + O. 1 +- r are split exactly (Fast2Sum) and
// r^2/2 too (two_prod); the two large terms p (1 + r) and m (1 - r) are summed exactly, the rest
// added to their error: the rounding of (p - m) r^2/2, at most 1/8 of the result, and the last
// one are all that matter.
template <class D, class V>
HWY_INLINE V sinh_positive(D d, V a) {
  V r, r_lo, p, m, e, o;
  half_exponentials(d, a, r, r_lo, p, m, e, o);
  const V one = hn::Set(d, 1.0);
  const V half = hn::Set(d, 0.5);
  V lp, lm, z, z_lo;
  const V hp = exact::fast_two_sum(one, r, lp);
  const V hm = exact::fast_two_sum(one, hn::Neg(r), lm);
  exact::two_prod(d, r, r, z, z_lo);
  const V h_hi = hn::Mul(half, z);
  const V even = hn::MulAdd(half, z_lo, e);
  const V sum = hn::Add(p, m);
  const V diff = hn::Sub(p, m);
  const V rest =
      hn::MulAdd(diff, even, hn::MulAdd(sum, o, hn::Mul(r_lo, hn::MulAdd(r, diff, sum))));
  const V small = hn::MulAdd(p, lp, hn::NegMulAdd(m, lm, hn::MulAdd(diff, h_hi, rest)));
  // |p hp| >= |m hm|: k >= 1, or k = 0 and r = a >= 0.
  V err;
  const V big = exact::fast_two_sum(hn::Mul(p, hp), hn::Neg(hn::Mul(m, hm)), err);
  return hn::Add(big, hn::Add(err, small));
}

// sinh(x): below 2^-26 it rounds to x, which the halves above can lose for subnormals; beyond
// 709 (and NaN, infinities) the C library.
template <class D, class V>
HWY_INLINE V sinh_f64(D d, V x) {
  const V a = hn::Abs(x);
  const auto fast = hn::Le(a, hn::Set(d, 709.0));  // false for NaN
  const V y = sinh_positive(d, hn::IfThenElse(fast, a, hn::Zero(d)));
  const V ys = hn::IfThenElse(hn::Lt(a, hn::Set(d, 0x1p-26)), a, y);
  return patch_lanes(d, x, hn::CopySign(ys, x), hn::Not(fast),
                     [](double v) { return std::sinh(v); });
}

// cosh(a) = p e^(r + r_lo) + m e^-(r + r_lo) for a in [0, 709] (half_exponentials) =
// (p + m) + (p - m) r + (p + m)(r^2/2 + E) + (p - m) O + r_lo ((p - m) + (p + m) r): p + m >= 1 is
// the large term (split exactly: it is inexact from k = 27 on); the rest, at most 0.42 of the
// result, rounds once before the last addition. No division (it was e^a / 2 + 1 / (2 e^a): 0.97
// ULP, now 0.73, in the same time).
template <class D, class V>
HWY_INLINE V cosh_positive(D d, V a) {
  V r, r_lo, p, m, e, o;
  half_exponentials(d, a, r, r_lo, p, m, e, o);
  const V even = hn::MulAdd(hn::Set(d, 0.5), hn::Mul(r, r), e);
  V sum_lo;
  const V sum = exact::fast_two_sum(p, m, sum_lo);
  const V diff = hn::Sub(p, m);
  const V rest = hn::MulAdd(
      diff, r,
      hn::MulAdd(sum, even,
                 hn::MulAdd(diff, o, hn::MulAdd(r_lo, hn::MulAdd(sum, r, diff), sum_lo))));
  return hn::Add(sum, rest);
}

// cosh(x) = cosh_positive(|x|); beyond 709 (and NaN, infinities) the C library.
template <class D, class V>
HWY_INLINE V cosh_f64(D d, V x) {
  const V a = hn::Abs(x);
  const auto fast = hn::Le(a, hn::Set(d, 709.0));
  const V y = cosh_positive(d, hn::IfThenElse(fast, a, hn::Zero(d)));
  return patch_lanes(d, x, y, hn::Not(fast), [](double v) { return std::cosh(v); });
}

// tanh(x) = n / (n + 2) with n = expm1(2|x|) in two parts (normalized: |n_lo| within half an ULP
// of n_hi), the denominator summed exactly, one reciprocal, the quotient corrected by the exact
// residual and rounded once; beyond |x| = 22 it rounds to 1.
template <class D, class V>
HWY_INLINE V tanh_f64(D d, V x) {
  const V a = hn::Min(hn::Abs(x), hn::Set(d, 22.0));
  V e_lo, n_lo, den_lo;
  const V e_hi = exp_log::expm1_parts(d, hn::Add(a, a), e_lo);
  const V n_hi = exact::fast_two_sum(e_hi, e_lo, n_lo);
  const V two = hn::Set(d, 2.0);
  const V den = exact::fast_two_sum(hn::Max(n_hi, two), hn::Min(n_hi, two), den_lo);
  const V rcp = hn::Div(hn::Set(d, 1.0), den);
  const V q = hn::Mul(n_hi, rcp);  // within an ULP of n_hi / den: the residual is exact
  const V res =
      hn::Add(exact::residual(n_hi, q, den), hn::NegMulAdd(q, hn::Add(den_lo, n_lo), n_lo));
  const V y = hn::MulAdd(res, rcp, q);
  return hn::IfThenElse(hn::IsNaN(x), x, hn::CopySign(y, x));
}

// x = 2^e m with m in [sqrt(2)/2, sqrt(2)) for positive normal x (exp_log::split_mantissa): e as
// a double, m exactly, and 2^-e (e in [-1022, 1022]).
template <class D, class V>
HWY_INLINE void split_scaled(D d, V x, V& e, V& m, V& inv_scale) {
  const hn::RebindToSigned<D> di;
  hn::Vec<decltype(di)> e_field;
  m = exp_log::split_mantissa(d, x, e, e_field);
  inv_scale = hn::BitCast(d, hn::Sub(hn::Set(di, int64_t{1023} << 52), e_field));
}

// log(hi + lo + delta / (2 root)) for hi in [1, 2^1000), |lo| <= ulp(hi), |delta| / root^2 and
// |delta| / root below 2^-50 or so: the sum of a square root r and another term, with delta the
// exact residual of r^2 that corrects r to first order. hi = 2^e m (m in [sqrt(2)/2, sqrt(2))),
// log = e ln 2 + 2 atanh(S), S = (M - 1) / (M + 1) for M = 2^-e (hi + lo + delta / (2 root)),
// |S| <= 0.1716. One division serves both reciprocals, 1 / (m + 1) and 1 / root: 2 / ((m + 1)
// root) times root or times delta. S = S_hi + S_lo, S_hi rounded from a reciprocal and corrected
// by the residual (exact with FMA), so that the only large rounding is the last addition.
template <class D, class V>
HWY_INLINE V log_of_root_sum(D d, V hi, V lo, V delta, V root) {
  const V one = hn::Set(d, 1.0);
  const V two = hn::Set(d, 2.0);
  V e, m, scale;
  split_scaled(d, hi, e, m, scale);
  const V num = hn::Sub(m, one);  // exact
  const V den = hn::Add(m, one);
  const V den_lo = hn::Add(hn::Sub(one, den), m);  // m + 1 - den, exact (Fast2Sum)
  const V inv_both = hn::Div(two, hn::Mul(den, root));
  const V inv2 = hn::Mul(root, inv_both);  // 2 / den
  const V t_hi = hn::Mul(num, inv2);       // 2 S, a little off
  const V s_hi = hn::Mul(hn::Set(d, 0.5), t_hi);
  const V one_minus_s = hn::Sub(one, s_hi);
  // 2 (M - 1 - S_hi (M + 1)) / (M + 1): the residual of num, the parts beyond m, delta's term.
  const V res = hn::Add(exact::residual(num, s_hi, den),
                        hn::MulSub(hn::Mul(lo, scale), one_minus_s, hn::Mul(s_hi, den_lo)));
  const V half_delta = hn::Mul(hn::Mul(hn::Set(d, 0.5), delta), scale);
  const V t_lo = hn::MulAdd(res, inv2, hn::Mul(hn::Mul(half_delta, one_minus_s), inv_both));
  // 2 atanh(S) - 2 S = S R(S^2).
  const V z = hn::Mul(s_hi, s_hi);
  const V tail = hn::Mul(s_hi, hn::Mul(z, estrin(d, z, exp_log::kLogPoly)));
  const V small = hn::MulAdd(e, hn::Set(d, exp_log::kLn2Lo), hn::Add(t_lo, tail));
  V err;
  const V sum = exact::fast_two_sum(hn::Mul(e, hn::Set(d, exp_log::kLn2Hi)), t_hi, err);
  return hn::Add(sum, hn::Add(err, small));
}

// asinh(a) = log(a + r + delta / (2r)), r = sqrt(a^2 + 1) rounded and delta = a^2 + 1 - r^2 =
// 1 - (r - a)(r + a) with r - a and r + a split exactly (Fast2Sum): a + r = hi + lo, no
// cancellation anywhere near 0, and one division (log_of_root_sum) where log1p of a quotient had
// four: asinh f64 on AVX3 3.4 -> 2.4 ns/element (acosh 3.4 -> 2.6, atanh 2.6 -> 2.0). From 2^28
// on r is a (delta = 1).
template <class D, class V>
HWY_INLINE V asinh_f64(D d, V x) {
  const V one = hn::Set(d, 1.0);
  const V a = hn::Abs(x);
  const auto fast = hn::Le(a, hn::Set(d, 1e300));
  const V ac = hn::IfThenElse(fast, a, one);
  const V am = hn::Min(ac, hn::Set(d, 0x1p28));
  const V root = hn::Max(hn::Sqrt(hn::MulAdd(am, am, one)), ac);
  V lo, d_lo;
  const V hi = exact::fast_two_sum(root, ac, lo);
  const V dif = exact::fast_two_sum(root, hn::Neg(ac), d_lo);
  const V hi_c = hn::Min(hi, hn::Set(d, 0x1p32));  // dif is 0 beyond (no overflow without FMA)
  const V delta = hn::NegMulAdd(d_lo, hi, hn::NegMulAdd(dif, lo, exact::residual(one, dif, hi_c)));
  const V y = log_of_root_sum(d, hi, lo, delta, root);
  // Below 2^-27 asinh(a) = a - a^3 / 6 rounds to a, where the product d_lo lo dropped from delta
  // (and without FMA the rounding of dif lo), up to 2^-106, would show.
  const V ys = hn::IfThenElse(hn::Lt(ac, hn::Set(d, 0x1p-27)), ac, y);
  return patch_lanes(d, x, hn::CopySign(ys, x), hn::Not(fast),
                     [](double v) { return std::asinh(v); });
}

// acosh(x) = log(x + r + delta / (2r)) for x >= 1, r = sqrt(x^2 - 1) rounded (as t (t + 2),
// t = x - 1 exact) and delta = x^2 - 1 - r^2 = (x - r)(x + r) - 1, as asinh. From 2^28 on r is
// x (delta = -1).
template <class D, class V>
HWY_INLINE V acosh_f64(D d, V x) {
  const V one = hn::Set(d, 1.0);
  const auto fast = hn::And(hn::Ge(x, one), hn::Le(x, hn::Set(d, 1e300)));
  const V xc = hn::IfThenElse(fast, x, one);
  const V t = hn::Sub(hn::Min(xc, hn::Set(d, 0x1p28)), one);
  const V root =
      hn::IfThenElse(hn::Gt(xc, hn::Set(d, 0x1p28)), xc, hn::Sqrt(hn::MulAdd(t, t, hn::Add(t, t))));
  V lo, d_lo;
  const V hi = exact::fast_two_sum(xc, root, lo);
  const V dif = exact::fast_two_sum(xc, hn::Neg(root), d_lo);
  const V hi_c = hn::Min(hi, hn::Set(d, 0x1p32));  // dif is 0 beyond (no overflow without FMA)
  const V delta = hn::MulAdd(d_lo, hi, hn::MulSub(dif, lo, exact::residual(one, dif, hi_c)));
  // At x = 1 r and delta are 0: any positive root keeps 2 / ((m + 1) root) finite.
  const V y = log_of_root_sum(d, hi, lo, delta, hn::Max(root, hn::Set(d, 0x1p-600)));
  return patch_lanes(d, x, y, hn::Not(fast), [](double v) { return std::acosh(v); });
}

// atanh(a) = j ln(2) / 2 + atanh(S), S = (N - M) / (N + M), for N = 1 + a and M = 2^j (1 - a)
// (both exact as hi + lo), j chosen so that N / M is within sqrt(2) of 1 (|S| <= 0.1716):
// N - M is exact (Sterbenz), one division, S = S_hi + S_lo corrected by the residual.
template <class D, class V>
HWY_INLINE V atanh_f64(D d, V x) {
  const V one = hn::Set(d, 1.0);
  const V a = hn::Abs(x);
  const auto fast = hn::Lt(a, one);
  const V ac = hn::IfThenElse(fast, a, hn::Zero(d));
  V n_lo, m_lo;
  const V n_hi = exact::fast_two_sum(one, ac, n_lo);
  const V m_hi = exact::fast_two_sum(one, hn::Neg(ac), m_lo);
  V k, m, scale;
  split_scaled(d, m_hi, k, m, scale);  // 1 - a = 2^k m
  // N / m in [sqrt(2)/2, 2 sqrt(2)); above sqrt(2), M = 2m.
  const auto twice = hn::Gt(n_hi, hn::Mul(m, hn::Set(d, 0x1.6a09e667f3bcdp+0)));
  const V f = hn::IfThenElse(twice, hn::Set(d, 2.0), one);
  const V mm = hn::Mul(m, f);
  const V mm_lo = hn::Mul(hn::Mul(m_lo, scale), f);
  const V j = hn::Sub(hn::IfThenElseZero(twice, one), k);
  const V num = hn::Sub(n_hi, mm);  // exact
  const V num_lo = hn::Sub(n_lo, mm_lo);
  const V big = hn::Max(n_hi, mm);
  const V den = hn::Add(n_hi, mm);
  const V den_lo = hn::Add(hn::Add(hn::Sub(big, den), hn::Min(n_hi, mm)), hn::Add(n_lo, mm_lo));
  const V inv = hn::Div(one, den);
  const V s_hi = hn::Mul(num, inv);
  const V res = hn::Add(exact::residual(num, s_hi, den), hn::NegMulAdd(s_hi, den_lo, num_lo));
  const V s_lo = hn::Mul(res, inv);
  // atanh(S) - S = S R(S^2) / 2.
  const V z = hn::Mul(s_hi, s_hi);
  const V tail =
      hn::Mul(hn::Mul(hn::Set(d, 0.5), s_hi), hn::Mul(z, estrin(d, z, exp_log::kLogPoly)));
  const V small = hn::MulAdd(j, hn::Set(d, 0.5 * exp_log::kLn2Lo), hn::Add(s_lo, tail));
  V err;
  const V sum = exact::fast_two_sum(hn::Mul(j, hn::Set(d, 0.5 * exp_log::kLn2Hi)), s_hi, err);
  const V y = hn::Add(sum, hn::Add(err, small));
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
