// Exponentials and logarithms on lanes: exp exp2 expm1 log log2 log10 log1p, and pow through
// kernels/pow-inl.h (included at the end).
//
// float64 algorithms of our own (no library code): Cody-Waite reduction (for exp by ln(2)/8, with a
// table of 2^(j/8)) and Taylor polynomials, evaluated with MulAdd so that every FMA target (AVX2,
// AVX-512, NEON) gives the same bits. float32 exp exp2 expm1 log log2 log10 log1p have algorithms
// of their own (kernels/exp_log_f32-inl.h), whose rare lanes take the float64 ones on promoted
// lanes (kernels/promote-inl.h). Lanes outside the fast range (NaN, infinities, zero and negative
// logarithm arguments, subnormal inputs of the logarithms, overflowing expm1) get the C library's
// value, so special values are glibc's bit for bit. Measured errors against MPFR:
// docs/accuracy.md.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_EXP_LOG_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_EXP_LOG_INL_H_
#undef UFUNC_KERNELS_EXP_LOG_INL_H_
#else
#define UFUNC_KERNELS_EXP_LOG_INL_H_
#endif

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "hwy/highway.h"
#include "kernels/exact-inl.h"
#include "kernels/exp_log_f32-inl.h"
#include "kernels/math-inl.h"
#include "kernels/polynomial-inl.h"
#include "kernels/promote-inl.h"
#include "kernels/table_lookup-inl.h"
#include "ufunc/lanes-inl.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

namespace exp_log {

// ln 2 in two parts: the high part has 42 significant bits, so k * kLn2Hi is exact for |k| < 2^11
// even without FMA.
constexpr double kLn2Hi = 0x1.62e42fefa3800p-1;
constexpr double kLn2Lo = 0x1.ef35793c76730p-45;
constexpr double kInvLn2 = 0x1.71547652b82fep+0;
// 1/ln 2 and log10(e) = 1/ln 10 as a double and the rest.
constexpr double kInvLn2Lo = 0x1.777d0ffda0d24p-56;
constexpr double kInvLn10 = 0x1.bcb7b1526e50ep-2;
constexpr double kInvLn10Lo = 0x1.95355baaafad3p-57;
// log10(2) in two parts, the high part with 42 bits (k * kLog10Of2Hi exact for |k| < 2^11).
constexpr double kLog10Of2Hi = 0x1.34413509f7800p-2;
constexpr double kLog10Of2Lo = 0x1.fef311f12b358p-46;
// Adding it rounds a double below 2^51 in magnitude to an integer, held in the low mantissa bits.
constexpr double kShifter = 0x1.8p52;

// (exp(r) - 1 - r) / r^2 = sum of r^(n-2) / n! for n = 2..14: for |r| <= ln(2)/2 the first
// omitted term is below 2^-61 relative.
constexpr double kExpPoly[] = {1.0 / 2,
                               1.0 / 6,
                               1.0 / 24,
                               1.0 / 120,
                               1.0 / 720,
                               1.0 / 5040,
                               1.0 / 40320,
                               1.0 / 362880,
                               1.0 / 3628800,
                               1.0 / 39916800,
                               1.0 / 479001600.0,
                               1.0 / 6227020800.0,
                               1.0 / 87178291200.0};

// expm1(r) for |r| <= ln(2)/2 + a little, as r + r^2 * poly(r).
template <class D, class V>
HWY_INLINE V expm1_small(D d, V r) {
  return hn::MulAdd(hn::Mul(r, r), estrin(d, r, kExpPoly), r);
}

// 2^k as a double for integer-valued k in [-1022, 1023].
template <class D, class V>
HWY_INLINE V pow2(D d, V k) {
  const hn::RebindToSigned<D> di;
  const auto biased = hn::BitCast(di, hn::Add(k, hn::Set(d, kShifter + 1023)));
  const auto exponent = hn::Sub(biased, hn::BitCast(di, hn::Set(d, kShifter)));
  return hn::BitCast(d, hn::ShiftLeft<52>(exponent));
}

// y * 2^k for integer-valued k in [-1075, 1024], in two steps so that each factor is a normal
// number: one rounding, into the subnormal range if it must.
template <class D, class V>
HWY_INLINE V scale(D d, V y, V k) {
  const V half = hn::Floor(hn::Mul(k, hn::Set(d, 0.5)));
  return hn::Mul(hn::Mul(y, pow2(d, half)), pow2(d, hn::Sub(k, half)));
}

// log(1 + f) - f for the reduced argument f in [sqrt(2)/2 - 1, sqrt(2) - 1], as
// s * (f^2/2 + R(s^2)) - f^2/2 with s = f / (2 + f), where log(1 + f) = 2 atanh(s) and
// R(z) = sum of 2 z^n / (2n + 1) for n = 1..11 (|s| <= 0.1716: the first omitted term is below
// 2^-61 relative). Keeping f apart lets the callers add it last, exactly.
constexpr double kLogPoly[] = {2.0 / 3,  2.0 / 5,  2.0 / 7,  2.0 / 9,  2.0 / 11, 2.0 / 13,
                               2.0 / 15, 2.0 / 17, 2.0 / 19, 2.0 / 21, 2.0 / 23};
template <class D, class V>
HWY_INLINE V log1p_minus_f(D d, V f) {
  const V s = hn::Div(f, hn::Add(hn::Set(d, 2.0), f));
  const V z = hn::Mul(s, s);
  const V r = hn::Mul(z, estrin(d, z, kLogPoly));
  const V hfsq = hn::Mul(hn::Set(d, 0.5), hn::Mul(f, f));
  return hn::MulSub(s, hn::Add(hfsq, r), hfsq);
}

// x = 2^e m with m in [sqrt(2)/2, sqrt(2)), for positive normal x: returns m; e as a double, and
// e << 52 (its exponent-field bits, for callers that scale by 2^-e).
template <class D, class V>
HWY_INLINE V split_mantissa(D d, V x, V& e, hn::Vec<hn::RebindToSigned<D>>& e_field) {
  const hn::RebindToSigned<D> di;
  const auto xi = hn::BitCast(di, x);
  // Subtracting the bits of sqrt(2)/2 puts the exponent step where the mantissa passes sqrt(2).
  const auto k = hn::ShiftRight<52>(hn::Sub(xi, hn::Set(di, int64_t{0x3fe6a09e667f3bcd})));
  e_field = hn::ShiftLeft<52>(k);
  // e as a double: the integer lies in the low bits of kShifter's mantissa.
  e = hn::Sub(hn::BitCast(d, hn::Add(k, hn::BitCast(di, hn::Set(d, kShifter)))),
              hn::Set(d, kShifter));
  return hn::BitCast(d, hn::Sub(xi, e_field));
}

// x = 2^e (1 + f) with 1 + f in [sqrt(2)/2, sqrt(2)), for positive normal x: e as a double, f
// exactly.
template <class D, class V>
HWY_INLINE void split(D d, V x, V& e, V& f) {
  hn::Vec<hn::RebindToSigned<D>> e_field;
  f = hn::Sub(split_mantissa(d, x, e, e_field), hn::Set(d, 1.0));
}

// The lanes the fast logarithm handles: positive, normal, finite.
template <class D, class V>
HWY_INLINE hn::Mask<D> log_fast_range(D d, V x) {
  return hn::And(hn::Ge(x, hn::Set(d, std::numeric_limits<double>::min())),
                 hn::Le(x, hn::Set(d, std::numeric_limits<double>::max())));
}

// The integer nearest x / ln 2, as a double.
template <class D, class V>
HWY_INLINE V nearest_ln2_multiple(D d, V x) {
  return hn::Sub(hn::MulAdd(x, hn::Set(d, kInvLn2), hn::Set(d, kShifter)), hn::Set(d, kShifter));
}

// 2^(j/8) = hi + lo for j = 0..7 (mpmath, rounded to nearest).
constexpr double kExp2EighthsHi[] = {
    0x1.0000000000000p+0, 0x1.172b83c7d517bp+0, 0x1.306fe0a31b715p+0, 0x1.4bfdad5362a27p+0,
    0x1.6a09e667f3bcdp+0, 0x1.8ace5422aa0dbp+0, 0x1.ae89f995ad3adp+0, 0x1.d5818dcfba487p+0};
constexpr double kExp2EighthsLo[] = {0.0,
                                     -0x1.19041b9d78a76p-55,
                                     0x1.6f46ad23182e4p-55,
                                     0x1.d4397afec42e2p-56,
                                     -0x1.bdd3413b26456p-54,
                                     0x1.6e9f156864b27p-54,
                                     0x1.7a1cd345dcc81p-54,
                                     0x1.2ed02d75b3707p-55};
// ln(2)/8 in two parts, the high part with 39 significant bits: k * kLn2EighthHi is exact for
// |k| < 2^14 even without FMA.
constexpr double kLn2EighthHi = 0x1.62e42fefa4000p-4;
constexpr double kLn2EighthLo = -0x1.8432a1b0e2634p-46;
// (exp(r) - 1 - r) / r^2 to r^6 / 8!: for |r| <= ln(2)/16 the first omitted term is below 2^-59
// relative.
constexpr double kExpEighthPoly[] = {kExpPoly[0], kExpPoly[1], kExpPoly[2], kExpPoly[3],
                                     kExpPoly[4], kExpPoly[5], kExpPoly[6]};

// exp and exp2 reduce to 2^e 2^(j/8) exp(r + r_lo) with k = 8e + j an integer and |r| <= ln(2)/16
// + a little: the table halves the polynomial of a reduction to 2^k alone (7 terms instead of 13).
// t = kShifter + k holds k in its low mantissa bits (kShifter is 0 mod 8).

// x + x_lo = k ln(2)/8 + r + r_lo for |x_lo| <= 2^-50 |x| or so, k nearest 8x / ln 2.
template <class D, class V>
HWY_INLINE void reduce_by_ln2_eighths(D d, V x, V x_lo, V& t, V& r, V& r_lo) {
  t = hn::MulAdd(x, hn::Set(d, 0x1.71547652b82fep+3), hn::Set(d, kShifter));
  const V k = hn::Sub(t, hn::Set(d, kShifter));
  const V r_hi = hn::NegMulAdd(k, hn::Set(d, kLn2EighthHi), x);  // exact
  r = exact::fast_two_sum(r_hi, hn::NegMulAdd(k, hn::Set(d, kLn2EighthLo), x_lo), r_lo);
}

// 2^x = 2^(k/8) exp(r + r_lo), k nearest 8x, r + r_lo = (x - k/8) ln 2 in two parts: the rounding
// error of the product (exact with FMA) and ln 2's tail.
template <class D, class V>
HWY_INLINE void reduce_by_eighths(D d, V x, V& t, V& r, V& r_lo) {
  t = hn::MulAdd(x, hn::Set(d, 8.0), hn::Set(d, kShifter));
  const V f = hn::NegMulAdd(hn::Sub(t, hn::Set(d, kShifter)), hn::Set(d, 0.125), x);  // exact
  const V ln2 = hn::Set(d, 0x1.62e42fefa39efp-1);
  r = hn::Mul(f, ln2);
  r_lo = hn::MulAdd(f, hn::Set(d, 0x1.abc9e3b39803fp-56), hn::MulSub(f, ln2, r));
}

// j = k mod 8 for k in t, as the index into kExp2Eighths*.
template <class D, class V>
HWY_INLINE TableIndex<D, 8> eighths_index(D d, V t) {
  const hn::RebindToSigned<D> di;
  return TableIndex<D, 8>(d, hn::And(hn::BitCast(di, t), hn::Set(di, 7)));
}

// y = 2^(j/8) exp(r + r_lo) in [2^(-1/16), 2^(15/16)], j = k mod 8. With m = exp(r + r_lo) - 1, y
// is hi + (hi m + lo): the second term is below 5% of the first, so its roundings are a few
// hundredths of an ULP and the last addition is the only one that matters.
template <class D, class V>
HWY_INLINE V exp_eighths(D d, V t, V r, V r_lo) {
  const auto j = eighths_index(d, t);
  const V hi = lookup(d, kExp2EighthsHi, j);
  const V lo = lookup(d, kExp2EighthsLo, j);
  const V m_small = hn::MulAdd(hn::Mul(r, r), estrin(d, r, kExpEighthPoly), r_lo);
  return hn::Add(hi, hn::MulAdd(hi, r, hn::MulAdd(hi, m_small, lo)));
}

// e = floor(k / 8) as a double, for k in t.
template <class D, class V>
HWY_INLINE V eighths_exponent(D d, V t) {
  return hn::Floor(hn::Mul(hn::Sub(t, hn::Set(d, kShifter)), hn::Set(d, 0.125)));
}

// y 2^e for exp_eighths' y and t where the result is normal: e added to y's exponent field, in
// integer lanes (exp float64 on AVX3 at 1M: 0.57 ns/element, 0.63 with y times 2^e from
// eighths_exponent; AVX2 1.07 and 1.24).
template <class D, class V>
HWY_INLINE V times_two_to_e(D d, V y, V t) {
  const hn::RebindToSigned<D> di;
  // (8e + kShifter's bits) << 49 = e << 52 + the shifter's part, a constant (mod 2^64).
  const auto eight_e = hn::AndNot(hn::Set(di, 7), hn::BitCast(di, t));
  const auto shifter_part = hn::ShiftLeft<49>(hn::BitCast(di, hn::Set(d, kShifter)));
  const auto e_field = hn::Sub(hn::ShiftLeft<49>(eight_e), shifter_part);
  return hn::BitCast(d, hn::Add(hn::BitCast(di, y), e_field));
}

// 2^e exp_eighths() after reduce(x, t, r, r_lo): where every lane's x is in [normal_lo,
// normal_hi] (results normal: e in [-1022, 1023], and y >= 1 where e = -1022), times_two_to_e;
// otherwise x is clamped to [clamp_lo, clamp_hi], where the result is already 0 or inf, so that e
// stays in scale()'s range, and scale() rounds once into the subnormals (the same bits on normal
// results). One branch per vector: exp f64 4K on AVX3, 1.28 -> 1.08 ns/element when it replaced
// scale() on every vector.
template <class D, class V, class Reduce>
HWY_INLINE V scaled_exp(D d, V x, double normal_lo, double normal_hi, double clamp_lo,
                        double clamp_hi, Reduce reduce) {
  V t, r, r_lo;
  if (HWY_LIKELY(hn::AllTrue(d, hn::And(hn::Ge(x, hn::Set(d, normal_lo)),  // false for NaN
                                        hn::Le(x, hn::Set(d, normal_hi)))))) {
    reduce(x, t, r, r_lo);
    return times_two_to_e(d, exp_eighths(d, t, r, r_lo), t);
  }
  const V xc = hn::Min(hn::Max(x, hn::Set(d, clamp_lo)), hn::Set(d, clamp_hi));
  reduce(xc, t, r, r_lo);
  return hn::IfThenElse(hn::IsNaN(x), x,
                        scale(d, exp_eighths(d, t, r, r_lo), eighths_exponent(d, t)));
}

template <class D, class V>
HWY_INLINE V exp_f64(D d, V x) {
  return scaled_exp(d, x, -708.0, 709.0, -746.0, 710.0, [d](V v, V& t, V& r, V& r_lo) {
    reduce_by_ln2_eighths(d, v, hn::Zero(d), t, r, r_lo);
  });
}

template <class D, class V>
HWY_INLINE V exp2_f64(D d, V x) {
  return scaled_exp(d, x, -1022.0, 1023.0, -1076.0, 1025.0,
                    [d](V v, V& t, V& r, V& r_lo) { reduce_by_eighths(d, v, t, r, r_lo); });
}

// exp's P(r) = 1/2 + r Q(r).
constexpr double kExpPolyQ[] = {kExpPoly[1], kExpPoly[2],  kExpPoly[3],  kExpPoly[4],
                                kExpPoly[5], kExpPoly[6],  kExpPoly[7],  kExpPoly[8],
                                kExpPoly[9], kExpPoly[10], kExpPoly[11], kExpPoly[12]};

// expm1(x) = hi + lo for x in [-36.7, 36.7] (|k| <= 53, where 2^k - 1 is exact), with lo's error
// a small fraction of an ULP of the sum (not normalized: |lo| may reach a few percent of |hi|).
// 2^k e^(r + r_lo) - 1 with r + r_lo = x - k ln 2 (x - k ln2_hi exact), e^(r + r_lo) = 1 + r +
// r^2/2 + r^3 Q(r) + r_lo (1 + r): the large terms 2^k - 1, 2^k r and 2^k r^2/2 (its high part;
// two_prod) are exact and summed exactly, each at most half the one before (or 2^k - 1 = 0), so
// that only r^3 Q(r), 2% of the result, carries the polynomial's roundings (with r^2 P(r) rounded
// as a whole, 0.89 ULP near x = 0.3466). Further out hi + lo is off by up to 2^-54 of itself (the
// -1 lost or kept whole), which tanh, its user, does not see.
template <class D, class V>
HWY_INLINE V expm1_parts(D d, V x, V& lo) {
  const V k = nearest_ln2_multiple(d, x);
  const V r_hi = hn::NegMulAdd(k, hn::Set(d, kLn2Hi), x);  // exact
  V r_lo, z, z_lo;
  const V r = exact::fast_two_sum(r_hi, hn::Mul(k, hn::Set(d, -kLn2Lo)), r_lo);
  exact::two_prod(d, r, r, z, z_lo);
  const V half = hn::Set(d, 0.5);
  const V rest = hn::Add(hn::MulAdd(hn::Mul(z, r), estrin(d, r, kExpPolyQ), hn::Mul(half, z_lo)),
                         hn::MulAdd(r, r_lo, r_lo));
  const V t = pow2(d, k);
  V bc_err, hi_err;
  const V bc = exact::fast_two_sum(hn::Mul(t, r), hn::Mul(t, hn::Mul(half, z)), bc_err);
  const V hi = exact::fast_two_sum(hn::Sub(t, hn::Set(d, 1.0)), bc, hi_err);
  lo = hn::MulAdd(t, rest, hn::Add(bc_err, hi_err));
  return hi;
}

// expm1(x) rounded from one compact formula: 1.37 ULP on random inputs and 1.82 next to
// x = ln(2) / 2. expm1_parts rounded (with 2^k - 1 made exact for every k) measured 0.53 and 0.63
// but took 1.8x the time (1.17 against 0.64 ns/element on AVX3; NumPy's SVML loop: 0.97 ns,
// 2.02 ULP); tanh, which needs the accuracy, takes the parts.
template <class D, class V>
HWY_INLINE V expm1_f64(D d, V x) {
  // expm1 is -1 below -40 and overflows near 709.8: those lanes (and NaN) go to the C library.
  const auto fast = hn::And(hn::Ge(x, hn::Set(d, -40.0)), hn::Le(x, hn::Set(d, 709.0)));
  const V xc = hn::IfThenElse(fast, x, hn::Zero(d));
  const V k = nearest_ln2_multiple(d, xc);
  const V r = hn::NegMulAdd(k, hn::Set(d, kLn2Lo), hn::NegMulAdd(k, hn::Set(d, kLn2Hi), xc));
  const V s = expm1_small(d, r);
  // 2^k (1 + s) - 1 = (2^k - 1) + 2^k s: 2^k - 1 is exact for k in [-53, 53] and 2^k s is exact,
  // so one rounding; for larger k the -1 hardly matters.
  const V t = pow2(d, k);
  V y = hn::MulAdd(t, s, hn::Sub(t, hn::Set(d, 1.0)));
  y = hn::IfThenElse(hn::Eq(x, hn::Zero(d)), x, y);  // keeps the sign of -0
  return patch_lanes(d, x, y, hn::Not(fast), [](double v) { return std::expm1(v); });
}

template <class D, class V>
HWY_INLINE V log_f64(D d, V x) {
  const auto fast = log_fast_range(d, x);
  const V xc = hn::IfThenElse(fast, x, hn::Set(d, 1.0));
  V e, f;
  split(d, xc, e, f);
  // e ln2_hi is exact; the small terms are added first, f (exact) and e ln2_hi last.
  const V small = hn::MulAdd(e, hn::Set(d, kLn2Lo), log1p_minus_f(d, f));
  const V y = hn::MulAdd(e, hn::Set(d, kLn2Hi), hn::Add(f, small));
  return patch_lanes(d, x, y, hn::Not(fast), [](double v) { return std::log(v); });
}

// log(x) * c for c = 1/ln 2 or 1/ln 10 (c_hi + c_lo), plus e * b (b_hi + b_lo) where log(x) =
// e ln 2 + log(1 + f): for log2 b = 1, for log10 b = log10(2).
template <class D, class V>
HWY_INLINE V log_base_f64(D d, V x, double c_hi, double c_lo, double b_hi, double b_lo,
                          double (*scalar)(double)) {
  const auto fast = log_fast_range(d, x);
  const V xc = hn::IfThenElse(fast, x, hn::Set(d, 1.0));
  V e, f;
  split(d, xc, e, f);
  const V t = log1p_minus_f(d, f);
  // (f + t) c with f c formed in two parts (exact with FMA).
  const V fc = hn::Mul(f, hn::Set(d, c_hi));
  const V fc_lo = hn::MulSub(f, hn::Set(d, c_hi), fc);
  const V rest =
      hn::MulAdd(t, hn::Set(d, c_hi), hn::MulAdd(hn::Add(f, t), hn::Set(d, c_lo), fc_lo));
  const V small = hn::MulAdd(e, hn::Set(d, b_lo), rest);
  const V y = hn::Add(hn::MulAdd(e, hn::Set(d, b_hi), fc), small);
  return patch_lanes(d, x, y, hn::Not(fast), scalar);
}

template <class D, class V>
HWY_INLINE V log1p_f64(D d, V x) {
  // 1 + x rounds; log1p(x) = log(u) + (x - (u - 1)) / u corrects for it to first order.
  const V u = hn::Add(hn::Set(d, 1.0), x);
  const auto fast = log_fast_range(d, u);
  const V uc = hn::IfThenElse(fast, u, hn::Set(d, 1.0));
  V e, f;
  split(d, uc, e, f);
  const V c = hn::Div(hn::Sub(x, hn::Sub(uc, hn::Set(d, 1.0))), uc);
  const V small = hn::Add(hn::MulAdd(e, hn::Set(d, kLn2Lo), log1p_minus_f(d, f)), c);
  const V y = hn::MulAdd(e, hn::Set(d, kLn2Hi), hn::Add(f, small));
  // Zeros keep their sign; -1, below -1, inf and NaN are the C library's.
  return patch_lanes(d, x, hn::IfThenElse(hn::Eq(x, hn::Zero(d)), x, y), hn::Not(fast),
                     [](double v) { return std::log1p(v); });
}

}  // namespace exp_log

namespace exp_log {
// f64(d, x) on double lanes; f32(d, x, f64) on float lanes, where f32 is the float32 algorithm and
// takes f64 for its rare lanes.
template <class D, class V, class F32, class F64>
HWY_INLINE V native(D d, V x, F32 f32, F64 f64) {
  if constexpr (std::is_same_v<hn::TFromD<D>, double>) {
    return f64(d, x);
  } else {
    return f32(d, x, f64);
  }
}
}  // namespace exp_log

template <class D, class V>
HWY_INLINE V Exp(D d, V x) {
  return exp_log::native(
      d, x, [](auto df, auto v, auto f64) { return exp_log_f32::exp(df, v, f64); },
      [](auto dd, auto v) { return exp_log::exp_f64(dd, v); });
}
template <class D, class V>
HWY_INLINE V Exp2(D d, V x) {
  return exp_log::native(
      d, x, [](auto df, auto v, auto f64) { return exp_log_f32::exp2(df, v, f64); },
      [](auto dd, auto v) { return exp_log::exp2_f64(dd, v); });
}
template <class D, class V>
HWY_INLINE V Expm1(D d, V x) {
  return exp_log::native(
      d, x, [](auto df, auto v, auto f64) { return exp_log_f32::expm1(df, v, f64); },
      [](auto dd, auto v) { return exp_log::expm1_f64(dd, v); });
}
template <class D, class V>
HWY_INLINE V Log(D d, V x) {
  return exp_log::native(
      d, x, [](auto df, auto v, auto f64) { return exp_log_f32::log(df, v, f64); },
      [](auto dd, auto v) { return exp_log::log_f64(dd, v); });
}
template <class D, class V>
HWY_INLINE V Log1p(D d, V x) {
  return exp_log::native(
      d, x, [](auto df, auto v, auto f64) { return exp_log_f32::log1p(df, v, f64); },
      [](auto dd, auto v) { return exp_log::log1p_f64(dd, v); });
}

namespace exp_log {
template <class D, class V>
HWY_INLINE V log2_f64(D d, V x) {
  return log_base_f64(d, x, kInvLn2, kInvLn2Lo, 1.0, 0.0, [](double v) { return std::log2(v); });
}
template <class D, class V>
HWY_INLINE V log10_f64(D d, V x) {
  return log_base_f64(d, x, kInvLn10, kInvLn10Lo, kLog10Of2Hi, kLog10Of2Lo,
                      [](double v) { return std::log10(v); });
}
}  // namespace exp_log

template <class D, class V>
HWY_INLINE V Log2(D d, V x) {
  return exp_log::native(
      d, x, [](auto df, auto v, auto f64) { return exp_log_f32::log2(df, v, f64); },
      [](auto dd, auto v) { return exp_log::log2_f64(dd, v); });
}
template <class D, class V>
HWY_INLINE V Log10(D d, V x) {
  return exp_log::native(
      d, x, [](auto df, auto v, auto f64) { return exp_log_f32::log10(df, v, f64); },
      [](auto dd, auto v) { return exp_log::log10_f64(dd, v); });
}

}  // namespace HWY_NAMESPACE
}  // namespace kernels

// The Lanes bindings, found by argument-dependent lookup from users' lambdas.
namespace HWY_NAMESPACE {

UFUNC_DETAIL_UNARY_FLOAT_LANES(exp, Exp)
UFUNC_DETAIL_UNARY_FLOAT_LANES(exp2, Exp2)
UFUNC_DETAIL_UNARY_FLOAT_LANES(expm1, Expm1)
UFUNC_DETAIL_UNARY_FLOAT_LANES(log, Log)
UFUNC_DETAIL_UNARY_FLOAT_LANES(log2, Log2)
UFUNC_DETAIL_UNARY_FLOAT_LANES(log10, Log10)
UFUNC_DETAIL_UNARY_FLOAT_LANES(log1p, Log1p)

}  // namespace HWY_NAMESPACE
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

// pow, built on the exp core above.
#include "kernels/pow-inl.h"

#endif  // UFUNC_KERNELS_EXP_LOG_INL_H_ toggle
