// asin, acos, atan and atan2 of float32 lanes, on float32 lanes: twice the lanes per instruction of
// the float64 algorithms (kernels/trig-inl.h) and polynomials of float length. Algorithms of our
// own; the polynomial coefficients are minimax fits (Lawson's iteration in numpy against mpmath)
// of the relative error of the result, rounded to float one at a time with the rest refitted.
//
// As in kernels/exp_log_f32-inl.h, MulAdd only evaluates the small terms, and the residuals of the
// quotient and of the square root (n - q m, t - root^2) are one FMA where there is FMA (AVX3, 4K
// and 1M: arctan 0.79-0.81 -> 0.62-0.64 ns/element, arctan2 0.86-0.90 -> 0.73-0.77, arcsin and
// arccos 0.52-0.57 -> 0.43-0.46; same bits on the tests' samples, same largest errors below) and
// products of 12-bit halves (hi12) without: the FMA targets (AVX2, AVX-512, NEON) give identical
// bits, the others differ at most in the last bit. Each result is hi + (lo + small) with hi + lo
// exact (Fast2Sum), so the only large rounding is the last one.
//
//  - asin, acos: |x| <= 1/2: asin x = x + x t P(t), t = x^2; |x| > 1/2: through
//    asin |x| = pi/2 - 2 asin(w), w = sqrt((1 - |x|)/2) with the rounding error of the square root
//    carried along (w_lo). acos from the same parts: pi/2 - asin x, 2 asin w, pi - 2 asin w.
//  - atan2(y, x) = B +- atan(v), B a multiple of pi/4, v = n/m or (n - m)/(n + m) for
//    n = min(|x|, |y|), m = max(|x|, |y|), so that |v| <= tan(pi/8); v carries the rounding of the
//    quotient and of n -+ m (v_lo, from an exact residual), and atan(v) = v + v t P(t), t = v^2.
//    atan(x) = atan2(|x|, 1) with the sign of x.
//
// Largest errors measured over every 11th float (atan2: every 23rd y against three x) against the
// float64 C library: asin 0.661 ULP, acos 0.621, atan 0.679, atan2 0.652 on the FMA targets; 0.665,
// 0.640, 0.701, 0.683 without FMA. tests/trig_test.cc holds them to 0.75 against MPFR.
//
// Lanes outside the fast range of atan2 (NaN, infinities, both magnitudes below 2^-60 or one above
// 2^100, a ratio below 2^-30 but not 0, which covers subnormal inputs) take the caller's slow
// path (the float64 algorithm on promoted lanes); asin, acos and atan have none: their special
// values come out of the same arithmetic.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_INVERSE_TRIG_F32_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_INVERSE_TRIG_F32_INL_H_
#undef UFUNC_KERNELS_INVERSE_TRIG_F32_INL_H_
#else
#define UFUNC_KERNELS_INVERSE_TRIG_F32_INL_H_
#endif

#include <cstdint>
#include <limits>

#include "hwy/highway.h"
#include "kernels/exact-inl.h"
#include "kernels/polynomial-inl.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

namespace inverse_trig_f32 {

// pi/2 and pi as hi + lo, hi the nearest float.
constexpr float kPi2Hi = 0x1.921fb6p0f, kPi2Lo = -0x1.777a5cp-25f;
constexpr float kPiHi = 0x1.921fb6p1f, kPiLo = -0x1.777a5cp-24f;
// pi/4 and 3pi/4 likewise.
constexpr float kPi4Hi = 0x1.921fb6p-1f, kPi4Lo = -0x1.777a5cp-26f;
constexpr float kPi34Hi = 0x1.2d97c8p1f, kPi34Lo = -0x1.99bc5cp-28f;

// asin(w) = w + w t P(t), t = w^2 <= 1/4: relative error of the result 2^-31.7.
constexpr float kAsin[] = {0x1.55554cp-3f, 0x1.3338acp-4f, 0x1.6ca744p-5f,
                           0x1.04d452p-5f, 0x1.d4fb36p-7f, 0x1.34db14p-5f};
// atan(v) = v + v t P(t), t = v^2 <= tan(pi/8)^2 (1 + 2^-10): relative error of the result 2^-30.4.
constexpr float kAtan[] = {-0x1.55554ap-2f, 0x1.9991e0p-3f, -0x1.23b964p-3f, 0x1.b21fb8p-4f,
                           -0x1.f2ca08p-5f};
constexpr float kTanPi8 = 0x1.a8279ap-2f;

// n - q m for q within 2 ULP of n / m, to 2^-33 n. With FMA, one fused operation (rounded once,
// so to 2^-47 n; the FMA targets still agree bit for bit). Without: q m = qh mh + qh ml + ql mh +
// ql ml exactly (12-bit parts), n - qh mh is exact (Sterbenz) and the rest is small; n must stay
// above 2^-100 (the products normal).
template <class D, class V>
HWY_INLINE V residual(D d, V n, V q, V m) {
#if HWY_NATIVE_FMA
  (void)d;
  return exact::residual(n, q, m);
#else
  const V qh = exact::hi12(d, q), mh = exact::hi12(d, m);
  const V ql = hn::Sub(q, qh), ml = hn::Sub(m, mh);
  const V r = hn::Sub(hn::Sub(n, hn::Mul(qh, mh)), hn::Mul(qh, ml));
  return hn::Sub(hn::Sub(r, hn::Mul(ql, mh)), hn::Mul(ql, ml));
#endif
}

// For |x| <= 1/2: w = x, t = x^2; for |x| > 1/2 (`big`): w + w_lo = sqrt(t), t = (1 - |x|)/2
// (exact). Returns p = t P(t), so that asin(w) = w + w p. |x| > 1 gives NaN (the square root).
template <class D, class V>
HWY_INLINE V asin_parts(D d, V x, hn::Mask<D> big, V& w, V& w_lo) {
  const V a = hn::Abs(x);
  const V t =
      hn::IfThenElse(big, hn::Mul(hn::Sub(hn::Set(d, 1.0f), a), hn::Set(d, 0.5f)), hn::Mul(x, x));
  const V root = hn::Sqrt(t);
  w = hn::IfThenElse(big, root, x);
  // The rounding error of the root, (t - root^2) / (2 root): without it, up to 0.6 ULP near
  // |x| = 1/2 (doubled in pi/2 - 2 asin w) and 0.5 ULP near 1 for acos (2 asin w ~ 2 w). t - root^2
  // as in residual(): one FMA, or root^2 as rh^2 + 2 rh rl + rl^2.
#if HWY_NATIVE_FMA
  const V r = exact::residual(t, root, root);
#else
  const V rh = exact::hi12(d, root), rl = hn::Sub(root, rh);
  const V r =
      hn::Sub(hn::Sub(hn::Sub(t, hn::Mul(rh, rh)), hn::Mul(hn::Add(rh, rh), rl)), hn::Mul(rl, rl));
#endif
  // 1/(2 root) to 2^-8.6 is enough (|r| / (2 root) <= ulp(root)): the exponent-reflection
  // estimate, within 5.1%, and one Newton step, in plain products (no division to wait for).
  const hn::RebindToSigned<D> di;
  const V two_root = hn::Add(root, root);
  V inv = hn::BitCast(d, hn::Sub(hn::Set(di, 0x7ef311c3), hn::BitCast(di, two_root)));
  inv = hn::Mul(inv, hn::Sub(hn::Set(d, 2.0f), hn::Mul(two_root, inv)));
  w_lo = hn::IfThenElseZero(hn::And(big, hn::Gt(t, hn::Zero(d))), hn::Mul(r, inv));
  return hn::Mul(t, estrin(d, t, kAsin));
}

template <class D, class V>
HWY_INLINE V asin(D d, V x) {
  const V a = hn::Abs(x);
  const auto big = hn::Gt(a, hn::Set(d, 0.5f));
  V w, w_lo;
  const V p = asin_parts(d, a, big, w, w_lo);
  // asin(a) = a + a p, or pi/2 - 2 (w + w_lo + w p); asin is odd.
  const V zero = hn::Zero(d);
  const V y = exact::asin_combine(
      hn::IfThenElse(big, hn::Set(d, kPi2Hi), zero), hn::IfThenElse(big, hn::Set(d, kPi2Lo), zero),
      hn::IfThenElse(big, hn::Set(d, -2.0f), hn::Set(d, 1.0f)), w, w_lo, p);
  return hn::Xor(y, hn::And(x, hn::SignBit(d)));
}

template <class D, class V>
HWY_INLINE V acos(D d, V x) {
  const auto big = hn::Gt(hn::Abs(x), hn::Set(d, 0.5f));
  const auto negative = hn::Lt(x, hn::Zero(d));
  V w, w_lo;
  const V p = asin_parts(d, x, big, w, w_lo);
  // acos(x) = pi/2 - (x + x p) for |x| <= 1/2; 2 (w + w_lo + w p) for x > 1/2; pi minus that for
  // x < -1/2.
  const V a_hi =
      hn::IfThenElse(big, hn::IfThenElseZero(negative, hn::Set(d, kPiHi)), hn::Set(d, kPi2Hi));
  const V a_lo =
      hn::IfThenElse(big, hn::IfThenElseZero(negative, hn::Set(d, kPiLo)), hn::Set(d, kPi2Lo));
  const V f = hn::IfThenElse(big, hn::IfThenElse(negative, hn::Set(d, -2.0f), hn::Set(d, 2.0f)),
                             hn::Set(d, -1.0f));
  return exact::asin_combine(a_hi, a_lo, f, w, w_lo, p);
}

// atan2(ay, ax) for ay = |y|, ax = |x| in the fast range (see atan2), or for -x in the lanes of
// x_negative. With n = min(ay, ax), m = max(ay, ax), the angle is B + s atan(v), s = +-1, where
//   n <= m tan(pi/8) ("low"):  v = n/m,             and atan(n/m) = atan(v)
//   otherwise:                 v = (n - m)/(n + m), and atan(n/m) = pi/4 + atan(v),
// so that |v| <= tan(pi/8) and the polynomial neither cancels nor rounds much; then
// atan2(ay, ax) = pi/2 - atan(n/m) when ay > ax ("swap"), and pi minus that for -x:
//   low:   B = 0, pi/2 (swap) or pi (-x, no swap);   otherwise: B = pi/4, or 3pi/4 for -x;
//   s = -1 when exactly one of swap and -x holds.
// n - m and n + m are kept with their rounding errors (Fast2Sum, m >= n), and v = num (1/den),
// within 1.5 ULP of num/den, with v_lo from the exact residual: the reduction costs next to
// nothing.
template <class D, class V>
HWY_INLINE V atan2_abs(D d, V ay, V ax, hn::Mask<D> x_negative) {
  const auto swap = hn::Gt(ay, ax);
  const V n = hn::Min(ay, ax), m = hn::Max(ay, ax);
  const auto low = hn::Le(n, hn::Mul(m, hn::Set(d, kTanPi8)));
  V diff_lo, sum_lo;
  const V diff = exact::fast_two_sum(hn::Neg(m), n, diff_lo);
  const V sum = exact::fast_two_sum(m, n, sum_lo);
  const V num = hn::IfThenElse(low, n, diff), num_lo = hn::IfThenZeroElse(low, diff_lo);
  const V den = hn::IfThenElse(low, m, sum), den_lo = hn::IfThenZeroElse(low, sum_lo);
  const V recip = hn::Div(hn::Set(d, 1.0f), den);
  const V v = hn::Mul(num, recip);
  const V rem = hn::Add(residual(d, num, v, den), hn::NegMulAdd(v, den_lo, num_lo));
  const V v_lo = hn::Mul(rem, recip);
  const V t = hn::Mul(v, v);
  // atan(v + v_lo) = v + v t P(t) + v_lo / (1 + t), the last as v_lo (1 - t): off by t^2 <= 3%
  // of v_lo.
  const V tail = hn::MulAdd(hn::Mul(v, t), estrin(d, t, kAtan), hn::NegMulAdd(t, v_lo, v_lo));
  const auto negate = hn::Xor(swap, x_negative);
  const V b_hi = hn::IfThenElse(
      low,
      hn::IfThenElse(swap, hn::Set(d, kPi2Hi), hn::IfThenElseZero(x_negative, hn::Set(d, kPiHi))),
      hn::IfThenElse(x_negative, hn::Set(d, kPi34Hi), hn::Set(d, kPi4Hi)));
  const V b_lo = hn::IfThenElse(
      low,
      hn::IfThenElse(swap, hn::Set(d, kPi2Lo), hn::IfThenElseZero(x_negative, hn::Set(d, kPiLo))),
      hn::IfThenElse(x_negative, hn::Set(d, kPi34Lo), hn::Set(d, kPi4Lo)));
  const V sign = hn::IfThenElseZero(negate, hn::SignBit(d));
  // |b_hi| >= pi/4 > |v| unless b_hi = 0: hi + err = b_hi +- v exactly.
  V err;
  const V hi = exact::fast_two_sum(b_hi, hn::Xor(v, sign), err);
  return hn::Add(hi, hn::Add(err, hn::Add(b_lo, hn::Xor(tail, sign))));
}

template <class D, class V>
HWY_INLINE V atan(D d, V x) {
  // atan(|x|) = atan2(|x|, 1); beyond 2^30 it rounds to pi/2 as at infinity. Min and Max do not
  // propagate NaN on x86: NaN is put back at the end.
  const V big = hn::Set(d, 0x1p30f);
  const V a = hn::Abs(x);
  const V y =
      atan2_abs(d, hn::IfThenElse(hn::Gt(a, big), big, a), hn::Set(d, 1.0f), hn::FirstN(d, 0));
  return hn::IfThenElse(hn::IsNaN(x), x, hn::Xor(y, hn::And(x, hn::SignBit(d))));
}

// `slow`(d, y, x) gives the lanes outside the fast range: not finite, max(|x|, |y|) outside
// [2^-60, 2^100] (both zero included), or 0 < min/max < 2^-30 (subnormal inputs included).
template <class D, class V, class Slow>
HWY_INLINE V atan2(D d, V y, V x, Slow slow) {
  const V ax = hn::Abs(x), ay = hn::Abs(y);
  const V m = hn::Max(ax, ay), n = hn::Min(ax, ay);
  const V huge = hn::Set(d, 0x1p100f);
  // NaN fails the first two tests.
  const auto fast =
      hn::And(hn::And(hn::Le(ax, huge), hn::Le(ay, huge)),
              hn::And(hn::Ge(m, hn::Set(d, 0x1p-60f)),
                      hn::Or(hn::Eq(n, hn::Zero(d)), hn::Ge(n, hn::Mul(m, hn::Set(d, 0x1p-30f))))));
  const hn::RebindToUnsigned<D> du;
  const V sign_bit = hn::SignBit(d);
  const auto x_negative =  // -0 included
      hn::RebindMask(d, hn::TestBit(hn::BitCast(du, x), hn::BitCast(du, sign_bit)));
  const V z = hn::Xor(atan2_abs(d, ay, ax, x_negative), hn::And(y, sign_bit));
  if (HWY_LIKELY(hn::AllTrue(d, fast))) return z;
  return hn::IfThenElse(fast, z, slow(d, y, x));
}

}  // namespace inverse_trig_f32

}  // namespace HWY_NAMESPACE
}  // namespace kernels
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_INVERSE_TRIG_F32_INL_H_ toggle
