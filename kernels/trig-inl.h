// Trigonometric functions on lanes: sin cos tan asin acos atan atan2.
//
// Float64 algorithms; float32 sin, cos and tan are in kernels/trig_f32-inl.h (float64 lanes of
// float length), float32 asin, acos, atan and atan2 in kernels/inverse_trig_f32-inl.h (float32
// lanes; atan2's rare lanes through the float64 algorithm here on promoted lanes). Polynomials are
// minimax fits made for this file (Remez exchange in mpmath, coefficients rounded to double) and
// are evaluated with MulAdd, so every FMA target (AVX2, AVX3, NEON) gives the same bits; targets
// without FMA round the products separately and may differ in the last bit. The exact products
// that the error compensations need are one FMA each, or Dekker's algorithm without FMA, so the
// accuracy is the same on every target.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_TRIG_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_TRIG_INL_H_
#undef UFUNC_KERNELS_TRIG_INL_H_
#else
#define UFUNC_KERNELS_TRIG_INL_H_
#endif

#include <cmath>
#include <cstddef>
#include <limits>

#include "hwy/highway.h"
#include "kernels/exact-inl.h"
#include "kernels/inverse_trig_f32-inl.h"
#include "kernels/math-inl.h"
#include "kernels/promote-inl.h"
#include "kernels/trig_f32-inl.h"
#include "ufunc/lanes-inl.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

namespace trig {

// sin, cos and tan take the vector path for |x| < kFastMax and call the C library beyond. Below it
// n = round(x * 2/pi) < 2^19.4, so n times a 33-bit part of pi/2 is exact. Over all doubles below
// 2^21, |x - n pi/2| >= 2^-61 (continued fraction of 2/pi); the four parts hold pi/2 to 2^-160,
// so the reduced argument keeps a relative error below 2^-70 even there. With FMA the reduction
// has three parts (kPi2Hi, whose product the FMA keeps exact, then kHalfPiFma) and a relative
// error below 2^-59 there: n 2^-141.8 and a rounding of lo, 1/64 ULP of the result at most.
constexpr double kFastMax = 0x1p20;
constexpr double kTwoOverPi = 0x1.45f306dc9c883p-1;
constexpr double kHalfPi[4] = {0x1.921fb544p0, 0x1.0b4611a6p-34, 0x1.3198a2ep-69,
                               0x1.b839a252049c1p-104};
// pi/2 - kPi2Hi as a 29-bit part (n times it is exact) and the double nearest the rest.
constexpr double kHalfPiFma[2] = {0x1.1a62633p-54, 0x1.45c06e0e68948p-86};
// Adding 1.5 * 2^52 rounds a value in [0, 2^51) to an integer, left in the low mantissa bits.
constexpr double kRoundMagic = 0x1.8p52;

// Multiples of pi/4 as hi + lo, hi being the double nearest to it.
constexpr double kPi4Hi = 0x1.921fb54442d18p-1, kPi4Lo = 0x1.1a62633145c07p-55;
constexpr double kPi2Hi = 0x1.921fb54442d18p0, kPi2Lo = 0x1.1a62633145c07p-54;
constexpr double kPi34Hi = 0x1.2d97c7f3321d2p1, kPi34Lo = 0x1.a79394c9e8a0ap-54;
constexpr double kPiHi = 0x1.921fb54442d18p1, kPiLo = 0x1.1a62633145c07p-53;

// sin(r) = r + r^3 S(r^2) on |r| <= pi/4 (1 + 2^-20): weighted error 2^-66.
constexpr double kSin[] = {-0x1.5555555555555p-3, 0x1.111111111111p-7,    -0x1.a01a01a019939p-13,
                           0x1.71de3a5460acbp-19, -0x1.ae645412e94bap-26, 0x1.61217f255044p-33,
                           -0x1.ab17e1eec2ff2p-41};
// cos(r) = 1 - r^2/2 + r^4 C(r^2) on the same range: error 2^-59 in C, 2^-60 in cos.
constexpr double kCos[] = {0x1.5555555555555p-5,   -0x1.6c16c16c16967p-10, 0x1.a01a019f4ec8ap-16,
                           -0x1.27e4fa17f5db3p-22, 0x1.1eeb6902f0ea7p-29,  -0x1.907db4096e1a6p-37};
// atan(u) = u + u^3 A(u^2) on |u| <= tan(pi/8) (1 + 2^-20): error 2^-55 in A, 2^-57 in atan.
constexpr double kAtan[] = {-0x1.5555555555555p-2, 0x1.99999999993a8p-3,  -0x1.249249243a71ap-3,
                            0x1.c71c7187c0429p-4,  -0x1.745d0b87934f8p-4, 0x1.3b126b13fc1d4p-4,
                            -0x1.10fae234e5e6ep-4, 0x1.dfed198bf51ffp-5,  -0x1.a0bb5255981a6p-5,
                            0x1.41bf1d0a9ebfbp-5,  -0x1.3b08d214bea7bp-6};
// asin(w) = w + w^3 B(w^2) on |w| <= 1/2: error 2^-56 in B, 2^-58 in asin.
constexpr double kAsin[] = {0x1.5555555555556p-3, 0x1.3333333332e3fp-4, 0x1.6db6db6e3ee98p-5,
                            0x1.f1c71c1618a1ep-6, 0x1.6e8bb2ede8463p-6, 0x1.1c4d1b9ffca11p-6,
                            0x1.c9d1fcaf5ba91p-7, 0x1.780a2bf21d2b8p-7, 0x1.52f4aa8c6ba19p-7,
                            0x1.5fd0b8f026c7fp-8, 0x1.20fafa457048dp-6, -0x1.f285baa02eb22p-7,
                            0x1.db203ea0acbaap-6};

// c[0] + c[1] t + ... as pairs c[2i] + c[2i+1] t combined by Horner's rule in t^2: half the
// latency of plain Horner (the loop runs one vector at a time), one more multiplication.
// `coef(i)` gives c[i] as a vector.
template <size_t N, class V, class Coef>
HWY_INLINE V polynomial_of(V t, Coef coef) {
  const V t2 = hn::Mul(t, t);
  V p = N % 2 ? coef(N - 1) : hn::MulAdd(coef(N - 1), t, coef(N - 2));
  for (size_t i = (N - 1) / 2; i-- > 0;) {
    p = hn::MulAdd(p, t2, hn::MulAdd(coef(2 * i + 1), t, coef(2 * i)));
  }
  return p;
}

template <class D, class V, size_t N>
HWY_INLINE V polynomial(D d, V t, const double (&c)[N]) {
  return polynomial_of<N>(t, [&](size_t i) { return hn::Set(d, c[i]); });
}

// The polynomial with the coefficients a in the lanes of `m`, b elsewhere (zeros beyond the end of
// the shorter): one evaluation where lanes need different functions.
template <class D, class V, size_t Na, size_t Nb>
HWY_INLINE V polynomial_select(D d, V t, hn::Mask<D> m, const double (&a)[Na],
                               const double (&b)[Nb]) {
  return polynomial_of<(Na > Nb ? Na : Nb)>(t, [&](size_t i) {
    return hn::IfThenElse(m, hn::Set(d, i < Na ? a[i] : 0.0), hn::Set(d, i < Nb ? b[i] : 0.0));
  });
}

// For 0 <= a < kFastMax: a = n pi/2 + hi + lo with |hi + lo| <= pi/4 (a little more when a * 2/pi
// rounds across a half-integer), |lo| <= max(ulp(hi)/2, 2^-5 |hi|), relative error below 2^-59
// (2^-70 without FMA); returns hi, and n in the low bits of `bits`.
template <class D, class V>
HWY_INLINE V reduce_half_pi(D d, V a, V& lo, hn::Vec<hn::RebindToUnsigned<D>>& bits) {
#if HWY_NATIVE_FMA
  const V k = hn::MulAdd(a, hn::Set(d, kTwoOverPi), hn::Set(d, kRoundMagic));
  bits = hn::BitCast(hn::RebindToUnsigned<D>(), k);
  const V n = hn::Sub(k, hn::Set(d, kRoundMagic));
  // Exact: a and n kPi2Hi are multiples of 2^-53 (n >= 1) and r1 is below 1.
  const V r1 = hn::NegMulAdd(n, hn::Set(d, kPi2Hi), a);
  // hi + e = r1 - n kHalfPiFma[0] exactly, in 3 operations instead of two_sum's 6: r1 - hi is
  // exact, by Sterbenz's lemma when |n kHalfPiFma[0]| <= |r1|/2, else because hi itself is (r1 and
  // the product are multiples of 2^-82 and |r1 - product| < 2^-32.8).
  const V hi = hn::NegMulAdd(n, hn::Set(d, kHalfPiFma[0]), r1);
  const V e = hn::NegMulAdd(n, hn::Set(d, kHalfPiFma[0]), hn::Sub(r1, hi));
  // |lo| may exceed ulp(hi) where hi is tiny (up to 2^-5 hi): the callers only need lo small.
  lo = hn::NegMulAdd(n, hn::Set(d, kHalfPiFma[1]), e);
  return hi;
#else
  const V k = hn::Add(hn::Mul(a, hn::Set(d, kTwoOverPi)), hn::Set(d, kRoundMagic));
  bits = hn::BitCast(hn::RebindToUnsigned<D>(), k);
  const V n = hn::Sub(k, hn::Set(d, kRoundMagic));
  // Exact: n * kHalfPi[0] is, and a is within a factor of 2 of it (or n = 0).
  const V t1 = hn::NegMulAdd(n, hn::Set(d, kHalfPi[0]), a);
  V e2, e3;
  const V t2 = exact::two_sum(t1, hn::Mul(n, hn::Set(d, -kHalfPi[1])), e2);
  const V t3 = exact::two_sum(t2, hn::Mul(n, hn::Set(d, -kHalfPi[2])), e3);
  const V tail = hn::NegMulAdd(n, hn::Set(d, kHalfPi[3]), hn::Add(e2, e3));
  return exact::fast_two_sum(t3, tail, lo);
#endif
}

// sin and cos of r = hi + lo (from reduce_half_pi), each as a rounded value plus its rounding
// error (s + s_lo, c + c_lo).
template <class D, class V>
HWY_INLINE void sin_cos_reduced(D d, V hi, V lo, V& s, V& s_lo, V& c, V& c_lo) {
  const V one = hn::Set(d, 1.0);
  const V t = hn::Mul(hi, hi);
  const V half_t = hn::Mul(t, hn::Set(d, 0.5));
  // sin(hi + lo) = hi + hi t S(t) + lo cos(hi), cos(hi) = 1 - t/2 to the precision lo needs.
  const V s_tail =
      hn::MulAdd(hn::Mul(hi, t), polynomial(d, t, kSin), hn::NegMulAdd(half_t, lo, lo));
  s = exact::fast_two_sum(hi, s_tail, s_lo);
  // cos(hi + lo) = 1 - hi^2/2 + t^2 C(t) - hi lo, with hi^2 = t + t_err and 1 - t/2 = w + w_err
  // exactly (t_err = -residual): the rounding of t and of 1 - t/2 would each cost a quarter ULP
  // near pi/4.
  const V w = hn::Sub(one, half_t);
  const V w_err = hn::Sub(hn::Sub(one, w), half_t);
  const V small = hn::NegMulAdd(hn::Set(d, 0.5), exact::residual(t, hi, hi), hn::Mul(hi, lo));
  const V c_tail =
      hn::Add(w_err, hn::MulAdd(hn::Mul(t, t), polynomial(d, t, kCos), hn::Neg(small)));
  c = exact::fast_two_sum(w, c_tail, c_lo);
}

// sin(r) or, in the lanes of `cosine`, cos(r) for r = hi + lo from reduce_half_pi: the formulas of
// sin_cos_reduced with one polynomial per lane, rounded once.
template <class D, class V>
HWY_INLINE V sin_or_cos_reduced(D d, V hi, V lo, hn::Mask<D> cosine) {
  const V one = hn::Set(d, 1.0);
  const V t = hn::Mul(hi, hi);
  const V half_t = hn::Mul(t, hn::Set(d, 0.5));
  const V w = hn::Sub(one, half_t);
  const V w_err = hn::Sub(hn::Sub(one, w), half_t);
  const V cos_lo =
      hn::Sub(w_err, hn::NegMulAdd(hn::Set(d, 0.5), exact::residual(t, hi, hi), hn::Mul(hi, lo)));
  const V sin_lo = hn::NegMulAdd(half_t, lo, lo);
  // sin: hi + (hi t) S(t) + sin_lo; cos: w + t^2 C(t) + cos_lo.
  const V p = polynomial_select(d, t, cosine, kCos, kSin);
  const V tail = hn::MulAdd(hn::Mul(hn::IfThenElse(cosine, t, hi), t), p,
                            hn::IfThenElse(cosine, cos_lo, sin_lo));
  return hn::Add(hn::IfThenElse(cosine, w, hi), tail);
}

// The sign bit of each lane of `bits` (unsigned lanes of D) at bit `from`, as a float vector.
template <int kFrom, class D, class VU>
HWY_INLINE hn::Vec<D> sign_from_bit(D d, VU bits) {
  return hn::And(hn::BitCast(d, hn::ShiftLeft<63 - kFrom>(bits)), hn::SignBit(d));
}

// sin or cos (kCosine) of x, |x| < kFastMax or not finite (those lanes give garbage).
template <bool kCosine, class D, class V>
HWY_INLINE V sin_or_cos(D d, V x) {
  const hn::RebindToUnsigned<D> du;
  V lo;
  hn::Vec<decltype(du)> n;
  const V hi = reduce_half_pi(d, hn::Abs(x), lo, n);
  // n mod 4 = 0, 1, 2, 3: sin(|x|) = sin r, cos r, -sin r, -cos r; cos(x) = cos r, -sin r, -cos r,
  // sin r. sin is odd, cos even.
  const auto odd = hn::RebindMask(d, hn::TestBit(n, hn::Set(du, 1)));
  if constexpr (kCosine) {
    const V sign = sign_from_bit<1>(d, hn::Add(n, hn::Set(du, 1)));
    return hn::Xor(sin_or_cos_reduced(d, hi, lo, hn::Not(odd)), sign);
  } else {
    const V sign = hn::Xor(sign_from_bit<1>(d, n), hn::And(x, hn::SignBit(d)));
    return hn::Xor(sin_or_cos_reduced(d, hi, lo, odd), sign);
  }
}

// atan2(y, x) for y = |y|, x = |x| finite, max(x, y) in [2^-960, 2^960] (so that 1/den below is
// finite and normal), or x = 1 and y any non-negative value up to 2^960. With kSignedX, the
// result is for -x in the lanes of x_negative. Also NaN for a NaN y.
//
// The angle is base + atan(u), u = num/den in [-tan(pi/8), tan(pi/8)]:
//   y <= x tan(pi/8):    u = y/x,              base 0
//   y >  x tan(3pi/8):   u = -x/y,             base pi/2
//   otherwise:           u = (y - x)/(y + x),  base pi/4
// For -x: pi - base - atan(u). num and den are carried with their rounding errors, and u as
// u + u_lo with the one division a reciprocal: u_lo recovers the rounding of num * (1/den) and of
// num and den, so that the reduction costs next to nothing in accuracy.
template <bool kSignedX, class D, class V>
HWY_INLINE V atan2_abs(D d, V y, V x, hn::Mask<D> x_negative) {
  const V zero = hn::Zero(d);
  const auto low = hn::Le(y, hn::Mul(x, hn::Set(d, 0x1.a827999fcef32p-2)));   // tan(pi/8)
  const auto high = hn::Gt(y, hn::Mul(x, hn::Set(d, 0x1.3504f333f9de6p+1)));  // tan(3pi/8)
  V diff_lo, sum_lo;
  const V diff = exact::two_sum(y, hn::Neg(x), diff_lo);
  const V sum = exact::two_sum(y, x, sum_lo);
  V num = hn::IfThenElse(low, y, hn::IfThenElse(high, hn::Neg(x), diff));
  V num_lo = hn::IfThenElseZero(hn::Not(hn::Or(low, high)), diff_lo);
  const V den = hn::IfThenElse(low, x, hn::IfThenElse(high, y, sum));
  const V den_lo = hn::IfThenElseZero(hn::Not(hn::Or(low, high)), sum_lo);
  V base_hi =
      hn::IfThenElse(low, zero, hn::IfThenElse(high, hn::Set(d, kPi2Hi), hn::Set(d, kPi4Hi)));
  V base_lo =
      hn::IfThenElse(low, zero, hn::IfThenElse(high, hn::Set(d, kPi2Lo), hn::Set(d, kPi4Lo)));
  if constexpr (kSignedX) {
    num = hn::IfThenElse(x_negative, hn::Neg(num), num);
    num_lo = hn::IfThenElse(x_negative, hn::Neg(num_lo), num_lo);
    const V flip_hi = hn::IfThenElse(low, hn::Set(d, kPiHi),
                                     hn::IfThenElse(high, hn::Set(d, kPi2Hi), hn::Set(d, kPi34Hi)));
    const V flip_lo = hn::IfThenElse(low, hn::Set(d, kPiLo),
                                     hn::IfThenElse(high, hn::Set(d, kPi2Lo), hn::Set(d, kPi34Lo)));
    base_hi = hn::IfThenElse(x_negative, flip_hi, base_hi);
    base_lo = hn::IfThenElse(x_negative, flip_lo, base_lo);
  }
  const V recip = hn::Div(hn::Set(d, 1.0), den);
  const V u = hn::Mul(num, recip);
  const V rem = hn::Add(exact::residual(num, u, den), hn::NegMulAdd(u, den_lo, num_lo));
  const V u_lo = hn::Mul(rem, recip);
  // atan(u + u_lo) = u + u^3 A(u^2) + u_lo / (1 + u^2), the last to the precision u_lo needs.
  const V t = hn::Mul(u, u);
  const V tail = hn::MulAdd(hn::Mul(u, t), polynomial(d, t, kAtan), hn::NegMulAdd(t, u_lo, u_lo));
  V err;
  const V sum_hi = exact::fast_two_sum(base_hi, u, err);
  return hn::Add(sum_hi, hn::Add(err, hn::Add(tail, base_lo)));
}

// For |x| <= 1/2: w = x, z = x^2; for |x| > 1/2 (`big`): w + w_lo = sqrt(z), z = (1 - |x|)/2,
// using asin(|x|) = pi/2 - 2 asin(sqrt((1 - |x|)/2)). Returns p with asin(w) = w + w p.
template <class D, class V>
HWY_INLINE V asin_parts(D d, V x, hn::Mask<D> big, V& w, V& w_lo) {
  const V a = hn::Abs(x);
  const V z =
      hn::IfThenElse(big, hn::Mul(hn::Sub(hn::Set(d, 1.0), a), hn::Set(d, 0.5)), hn::Mul(x, x));
  const V root = hn::Sqrt(z);
  w = hn::IfThenElse(big, root, x);
  // The rounding error of the square root: near |x| = 1/2 the subtraction from pi/2 would
  // otherwise double it into half an ULP of the result.
  w_lo = hn::IfThenElseZero(hn::And(big, hn::Gt(z, hn::Zero(d))),
                            hn::Div(exact::residual(z, root, root), hn::Add(root, root)));
  return hn::Mul(z, polynomial(d, z, kAsin));
}

}  // namespace trig

// sin(x): fast path for |x| < 2^20, the C library beyond.
template <class D, class V>
HWY_INLINE V Sine(D d, V x) {
  using T = hn::TFromD<D>;
  if constexpr (sizeof(T) == 4) {
    return SineF32(d, x);
  } else {
    const V y = trig::sin_or_cos<false>(d, x);
    return patch_lanes(d, x, y, hn::Ge(hn::Abs(x), hn::Set(d, trig::kFastMax)),
                       [](T v) { return std::sin(v); });
  }
}

// cos(x): the same paths as sin.
template <class D, class V>
HWY_INLINE V Cosine(D d, V x) {
  using T = hn::TFromD<D>;
  if constexpr (sizeof(T) == 4) {
    return CosineF32(d, x);
  } else {
    const V y = trig::sin_or_cos<true>(d, x);
    return patch_lanes(d, x, y, hn::Ge(hn::Abs(x), hn::Set(d, trig::kFastMax)),
                       [](T v) { return std::cos(v); });
  }
}

// tan(x) = s/c or -c/s from the reduced sine and cosine, each carried with its rounding error;
// the quotient is formed as q = num * (1/den) and corrected by the residual num - q den.
template <class D, class V>
HWY_INLINE V Tangent(D d, V x) {
  using T = hn::TFromD<D>;
  if constexpr (sizeof(T) == 4) {
    return TangentF32(d, x);
  } else {
    const hn::RebindToUnsigned<D> du;
    V lo, s, s_lo, c, c_lo;
    hn::Vec<decltype(du)> n;
    const V hi = trig::reduce_half_pi(d, hn::Abs(x), lo, n);
    trig::sin_cos_reduced(d, hi, lo, s, s_lo, c, c_lo);
    const auto odd = hn::RebindMask(d, hn::TestBit(n, hn::Set(du, 1)));
    const V num = hn::IfThenElse(odd, c, s), num_lo = hn::IfThenElse(odd, c_lo, s_lo);
    const V den = hn::IfThenElse(odd, s, c), den_lo = hn::IfThenElse(odd, s_lo, c_lo);
    const V recip = hn::Div(hn::Set(d, 1.0), den);
    const V q = hn::Mul(num, recip);
    const V rem = hn::Add(exact::residual(num, q, den), hn::NegMulAdd(q, den_lo, num_lo));
    const V y = hn::MulAdd(rem, recip, q);
    // tan is odd, and negative in odd quadrants of |x|.
    const V sign = hn::Xor(trig::sign_from_bit<0>(d, n), hn::And(x, hn::SignBit(d)));
    return patch_lanes(d, x, hn::Xor(y, sign), hn::Ge(hn::Abs(x), hn::Set(d, trig::kFastMax)),
                       [](T v) { return std::tan(v); });
  }
}

// asin(x), all on the vector path (NaN beyond [-1, 1] from the square root).
template <class D, class V>
HWY_INLINE V ArcSine(D d, V x) {
  using T = hn::TFromD<D>;
  if constexpr (sizeof(T) == 4) {
    return inverse_trig_f32::asin(d, x);
  } else {
    const V a = hn::Abs(x);
    const auto big = hn::Gt(a, hn::Set(d, 0.5));
    V w, w_lo;
    const V p = trig::asin_parts(d, a, big, w, w_lo);
    // asin(a) = a + a p, or pi/2 - 2 (w + w_lo + w p); asin is odd.
    const V zero = hn::Zero(d);
    const V y =
        exact::asin_combine(hn::IfThenElse(big, hn::Set(d, trig::kPi2Hi), zero),
                            hn::IfThenElse(big, hn::Set(d, trig::kPi2Lo), zero),
                            hn::IfThenElse(big, hn::Set(d, -2.0), hn::Set(d, 1.0)), w, w_lo, p);
    return hn::Xor(y, hn::And(x, hn::SignBit(d)));
  }
}

// acos(x), likewise.
template <class D, class V>
HWY_INLINE V ArcCosine(D d, V x) {
  using T = hn::TFromD<D>;
  if constexpr (sizeof(T) == 4) {
    return inverse_trig_f32::acos(d, x);
  } else {
    const auto big = hn::Gt(hn::Abs(x), hn::Set(d, 0.5));
    const auto negative = hn::Lt(x, hn::Zero(d));
    V w, w_lo;
    const V p = trig::asin_parts(d, x, big, w, w_lo);
    // acos(x) = pi/2 - (x + x p) for |x| <= 1/2; 2 (w + w_lo + w p) for x > 1/2; pi minus that
    // for x < -1/2.
    const V zero = hn::Zero(d);
    const V a_hi = hn::IfThenElse(big, hn::IfThenElse(negative, hn::Set(d, trig::kPiHi), zero),
                                  hn::Set(d, trig::kPi2Hi));
    const V a_lo = hn::IfThenElse(big, hn::IfThenElse(negative, hn::Set(d, trig::kPiLo), zero),
                                  hn::Set(d, trig::kPi2Lo));
    const V f = hn::IfThenElse(big, hn::IfThenElse(negative, hn::Set(d, -2.0), hn::Set(d, 2.0)),
                               hn::Set(d, -1.0));
    return exact::asin_combine(a_hi, a_lo, f, w, w_lo, p);
  }
}

// atan(x), all on the vector path.
template <class D, class V>
HWY_INLINE V ArcTangent(D d, V x) {
  using T = hn::TFromD<D>;
  if constexpr (sizeof(T) == 4) {
    return inverse_trig_f32::atan(d, x);
  } else {
    // atan(|x|) = atan2(|x|, 1); beyond 2^960 it rounds to pi/2 as at infinity.
    const V big = hn::Set(d, 0x1p960);
    const V a = hn::Abs(x);
    const V y = trig::atan2_abs<false>(d, hn::IfThenElse(hn::Gt(a, big), big, a), hn::Set(d, 1.0),
                                       hn::FirstN(d, 0));
    return hn::Xor(y, hn::And(x, hn::SignBit(d)));
  }
}

// atan2(y, x): the vector path unless an argument is not finite, both are below 2^-960 (zeros
// included), one is above 2^960 or y is nonzero below 2^-900; the C library there.
template <class D, class V>
HWY_INLINE V ArcTangent2(D d, V y, V x) {
  using T = hn::TFromD<D>;
  if constexpr (sizeof(T) == 4) {
    // The lanes outside the float32 fast range: the float64 algorithm on promoted lanes.
    return inverse_trig_f32::atan2(d, y, x, [](D df, V ys, V xs) {
      const V z = via_f64(
          df, [](auto dd, auto p, auto q) { return ArcTangent2(dd, p, q); }, ys, xs);
      // glibc's atan2f rounds pi/2 + a subnormal x down, unlike the float64 path: its value there.
      const V zero = hn::Zero(df), min = hn::Set(df, std::numeric_limits<float>::min());
      const auto subnormal = hn::Or(hn::And(hn::Lt(hn::Abs(xs), min), hn::Ne(xs, zero)),
                                    hn::And(hn::Lt(hn::Abs(ys), min), hn::Ne(ys, zero)));
      return patch_lanes2(df, ys, xs, z, subnormal, [](T p, T q) { return std::atan2(p, q); });
    });
  } else {
    const V ax = hn::Abs(x), ay = hn::Abs(y);
    const V m = hn::Max(ax, ay);
    // |y| below 2^-900 leaves the residual of y/x below the normal range, where its rounding
    // would be magnified by 1/x.
    const auto outside =
        hn::Or(hn::Or(hn::Not(hn::And(hn::IsFinite(x), hn::IsFinite(y))),
                      hn::Or(hn::Gt(m, hn::Set(d, 0x1p960)), hn::Lt(m, hn::Set(d, 0x1p-960)))),
               hn::And(hn::Lt(ay, hn::Set(d, 0x1p-900)), hn::Gt(ay, hn::Zero(d))));
    const hn::RebindToUnsigned<D> du;
    const V sign_bit = hn::SignBit(d);
    const auto x_negative =  // -0 included
        hn::RebindMask(d, hn::TestBit(hn::BitCast(du, x), hn::BitCast(du, sign_bit)));
    const V z = trig::atan2_abs<true>(d, ay, ax, x_negative);
    return patch_lanes2(d, y, x, hn::Xor(z, hn::And(y, sign_bit)), outside,
                        [](T a, T b) { return std::atan2(a, b); });
  }
}

}  // namespace HWY_NAMESPACE
}  // namespace kernels

// The Lanes bindings, found by argument-dependent lookup from users' lambdas.
namespace HWY_NAMESPACE {

UFUNC_DETAIL_UNARY_FLOAT_LANES(sin, Sine)
UFUNC_DETAIL_UNARY_FLOAT_LANES(cos, Cosine)
UFUNC_DETAIL_UNARY_FLOAT_LANES(tan, Tangent)
UFUNC_DETAIL_UNARY_FLOAT_LANES(asin, ArcSine)
UFUNC_DETAIL_UNARY_FLOAT_LANES(acos, ArcCosine)
UFUNC_DETAIL_UNARY_FLOAT_LANES(atan, ArcTangent)

// atan2(y, x), the angle of the point (x, y); x may be a scalar.
UFUNC_DETAIL_BINARY_FLOAT_LANES(atan2, ArcTangent2)

}  // namespace HWY_NAMESPACE
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_TRIG_INL_H_ toggle
