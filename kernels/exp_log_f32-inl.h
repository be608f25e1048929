// float32 exp exp2 expm1 log log2 log10 log1p on float32 lanes: twice the lanes per instruction of
// the float64 algorithms and shorter polynomials. Algorithms of our own (no library code); the
// polynomial coefficients are Chebyshev fits (mpmath) rounded to float. expm1_parts and
// log1p_parts also serve the float32 hyperbolic functions (kernels/hyperbolic_f32-inl.h).
//
// Products that must be exact are formed without FMA: a factor with 12 significant bits (its low
// mantissa bits masked off) times one with at most 12 gives 24 bits. So FMA and non-FMA targets
// reduce the arguments identically (but exp2, whose product f ln 2 takes one FMA for its error
// where there is FMA), and MulAdd only evaluates the small terms: the FMA targets
// (AVX2, AVX-512, NEON) give identical bits, the others differ at most in the last bit. Each result
// is a sum hi + (lo + small) whose only large rounding is the last addition. Measured exhaustively
// over the fast range against the float64 C library (every float32 for exp and exp2; for the
// logarithms every one in [0.25, 4) and every 61st elsewhere): exp 0.675 ULP, exp2 0.664,
// log 0.595, log2 0.569, log10 0.574 (the same on every target). Sampled (every 5th to 29th float
// of the fast range, every 17th near 0) against glibc's float64 functions: expm1 0.586 ULP; every
// 7th float and every one of [0.5, 2): log1p 0.607 (0.613 without FMA).
//
// Lanes outside the fast range (results subnormal, zero or infinite, NaN, subnormal and
// non-positive logarithm arguments, expm1 beyond [-87, 88.3], log1p at or below -1) take the
// float64 algorithm on promoted lanes, which rounds once to float32: glibc's special values,
// correctly rounded subnormal results.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_EXP_LOG_F32_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_EXP_LOG_F32_INL_H_
#undef UFUNC_KERNELS_EXP_LOG_F32_INL_H_
#else
#define UFUNC_KERNELS_EXP_LOG_F32_INL_H_
#endif

#include <cstddef>
#include <cstdint>
#include <limits>

#include "hwy/highway.h"
#include "kernels/exact-inl.h"
#include "kernels/log_table_f32.h"
#include "kernels/polynomial-inl.h"
#include "kernels/promote-inl.h"
#include "kernels/table_lookup-inl.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

namespace exp_log_f32 {

// Adding it rounds a float below 2^22 in magnitude to an integer, held in the low mantissa bits.
constexpr float kShifter = 0x1.8p23f;
// ln 2 with 16 significant bits (k ln2_hi is exact for |k| < 2^8) and the rest.
constexpr float kLn2Hi16 = 0x1.62e4p-1f;
constexpr float kLn2Lo16 = 0x1.7f7d1cp-20f;
// Factors with 12 significant bits (see hi12) and the rest: ln 2, 1/ln 2, 1/ln 10, log10(2).
constexpr float kLn2Hi = 0x1.62ep-1f;
constexpr float kLn2Lo = 0x1.0bfbe8p-15f;
constexpr float kInvLn2Hi = 0x1.714p+0f;
constexpr float kInvLn2Lo = 0x1.47652cp-12f;
constexpr float kInvLn10Hi = 0x1.bcap-2f;
constexpr float kInvLn10Lo = 0x1.7b1526p-14f;
constexpr float kLog10Of2Hi = 0x1.344p-2f;
constexpr float kLog10Of2Lo = 0x1.3509f8p-18f;
// ln 2 and 1/ln 2 rounded to float, and the rest of each.
constexpr float kLn2Float = 0x1.62e430p-1f;
constexpr float kLn2FloatLo = -0x1.05c610p-29f;
constexpr float kInvLn2Float = 0x1.715476p+0f;
constexpr float kInvLn2FloatLo = 0x1.4ae0c0p-26f;

// y, with the lanes where `outside` holds replaced by f64 on promoted lanes (the whole vector is
// recomputed, at vector speed, only when one lane needs it).
template <class D, class V, class F64>
HWY_INLINE V patch_via_f64(D d, V x, V y, hn::Mask<D> outside, F64 f64) {
  if (HWY_LIKELY(hn::AllFalse(d, outside))) return y;
  return hn::IfThenElse(outside, via_f64(d, f64, x), y);
}

// (exp(r) - 1 - r) / r^2 on |r| <= 1.002 ln(2)/2: fit error 1.4e-9.
constexpr float kExpPoly[] = {0x1.000000p-1f, 0x1.555556p-3f,  0x1.5554e8p-5f,
                              0x1.1110e0p-7f, 0x1.6d444ap-10f, 0x1.a125f6p-13f};

// exp(r + r_lo) - 1 - r for |r| <= ln(2)/2 + a little, |r_lo| <= ulp(r): r^2 P(r) plus r_lo's
// first-order term.
template <class D, class V>
HWY_INLINE V exp_small(D d, V r, V r_lo) {
  const V p2 = hn::Mul(hn::Mul(r, r), estrin(d, r, kExpPoly));
  return hn::MulAdd(r_lo, r, hn::Add(r_lo, p2));
}

// exp(r + r_lo) for |r| <= ln(2)/2 + a little, |r_lo| <= ulp(r): 1 + r is split exactly into
// hi + lo (Fast2Sum), so the error is the last rounding plus about 0.15 ULP.
template <class D, class V>
HWY_INLINE V exp_core(D d, V r, V r_lo) {
  const V one = hn::Set(d, 1.0f);
  const V hi = hn::Add(one, r);
  const V lo = hn::Add(hn::Sub(one, hi), r);
  return hn::Add(hi, hn::Add(lo, exp_small(d, r, r_lo)));
}

// x = k ln 2 + r + r_lo for |x| <= 88.4, with t = k + kShifter (k in the low mantissa bits) and
// |r| <= ln(2)/2 + a little: k ln2_hi is exact (|k| < 2^8), so is x - k ln2_hi, also without FMA.
template <class D, class V>
HWY_INLINE void exp_reduce(D d, V x, V& t, V& r, V& r_lo) {
  t = hn::MulAdd(x, hn::Set(d, kInvLn2Float), hn::Set(d, kShifter));
  const V k = hn::Sub(t, hn::Set(d, kShifter));
  const V r_hi = hn::NegMulAdd(k, hn::Set(d, kLn2Hi16), x);
  const V r_tail = hn::Mul(k, hn::Set(d, -kLn2Lo16));
  r = hn::Add(r_hi, r_tail);
  r_lo = hn::Add(hn::Sub(r_hi, r), r_tail);  // what rounding r lost
}

// k of exp_reduce's t, as an integer.
template <class D, class V>
HWY_INLINE hn::Vec<hn::RebindToSigned<D>> exponent_of(D d, V t) {
  const hn::RebindToSigned<D> di;
  return hn::Sub(hn::BitCast(di, t), hn::BitCast(di, hn::Set(d, kShifter)));
}

// 2^k as a float for integer k in [-126, 127].
template <class D, class VI>
HWY_INLINE hn::Vec<D> pow2(D d, VI k) {
  const hn::RebindToSigned<D> di;
  return hn::BitCast(d, hn::ShiftLeft<23>(hn::Add(k, hn::Set(di, 127))));
}

// y 2^k for y in [sqrt(2)/2, sqrt(2)] and t = k + kShifter, where the result is a normal float:
// k added to the exponent field.
template <class D, class V>
HWY_INLINE V scale(D d, V y, V t) {
  const hn::RebindToSigned<D> di;
  const auto k = hn::Sub(hn::BitCast(di, t), hn::BitCast(di, hn::Set(d, kShifter)));
  return hn::BitCast(d, hn::Add(hn::BitCast(di, y), hn::ShiftLeft<23>(k)));
}

template <class D, class V, class F64>
HWY_INLINE V exp(D d, V x, F64 f64) {
  // exp(x) is a normal float here (ln FLT_MIN = -87.3365, ln FLT_MAX = 88.7228) and 2^k stays
  // below 2^128 with y < 1 at the top; NaN fails both tests.
  const auto fast = hn::And(hn::Ge(x, hn::Set(d, -87.33f)), hn::Le(x, hn::Set(d, 88.72f)));
  const V xc = hn::IfThenElse(fast, x, hn::Zero(d));
  V t, r, r_lo;
  exp_reduce(d, xc, t, r, r_lo);
  return patch_via_f64(d, x, scale(d, exp_core(d, r, r_lo), t), hn::Not(fast), f64);
}

// r^2 / 2 = h_hi + h_lo, for expm1 and the hyperbolic functions. With FMA, h_hi is the rounded
// product and h_lo its exact error (2026-12-03, AVX3, 1M, medians of 5, alternated twice: expm1
// 0.57-0.58 -> 0.54-0.55 ns/element, tanh 0.89 -> 0.80-0.82, sinh 0.67 -> 0.64-0.66; every 7th to
// 29th float against glibc's float64 functions: expm1 0.595 ULP, sinh 0.630, cosh 0.623, tanh
// 0.562). Without, r_hi^2 has 24 bits, so h_hi is exact and h_lo rounds once.
template <class D, class V>
HWY_INLINE void half_square(D d, V r, V& h_hi, V& h_lo) {
  const V half = hn::Set(d, 0.5f);
#if HWY_NATIVE_FMA
  exact::two_prod(d, hn::Mul(r, half), r, h_hi, h_lo);
#else
  const V r_hi = exact::hi12(d, r);
  h_hi = hn::Mul(hn::Mul(r_hi, half), r_hi);
  h_lo = hn::Mul(hn::Mul(hn::Add(r, r_hi), half), hn::Sub(r, r_hi));
#endif
}

// exp's P(r) = 1/2 + r Q(r).
constexpr float kExpPolyQ[] = {kExpPoly[1], kExpPoly[2], kExpPoly[3], kExpPoly[4], kExpPoly[5]};

// expm1(x) = hi + lo for x in [-87, 88.3], where 2^k is a normal float; |lo| is up to 4% of |hi|
// (not normalized). 2^k (1 + r + r^2/2 + r^3 Q(r) + r_lo (1 + r)) - 1: the large terms 2^k - 1,
// 2^k r and 2^k h_hi (half_square) are exact and summed exactly (Fast2Sum twice, each term at
// most half the one before, or 2^k - 1 = 0), so that only r^3 Q(r), r^2/6 of the result, carries
// roundings of the polynomial. 2^k - 1 is not a float for k above 20 (where the -1 joins the small
// terms) and below -24 (where -1 stands for it and 2^k joins them).
template <class D, class V>
HWY_INLINE void expm1_parts(D d, V x, V& hi, V& lo) {
  V t, r, r_lo;
  exp_reduce(d, x, t, r, r_lo);
  const V p = pow2(d, exponent_of(d, t));
  const V one = hn::Set(d, 1.0f);
  const auto big = hn::Gt(t, hn::Set(d, kShifter + 20.0f));
  const auto tiny = hn::Lt(t, hn::Set(d, kShifter - 24.0f));
  V h_hi, h_lo;
  half_square(d, r, h_hi, h_lo);
  const V z = hn::Mul(r, r);
  const V rest =
      hn::Add(hn::MulAdd(hn::Mul(z, r), estrin(d, r, kExpPolyQ), h_lo), hn::MulAdd(r_lo, r, r_lo));
  const V a = hn::IfThenElse(big, p, hn::IfThenElse(tiny, hn::Neg(one), hn::Sub(p, one)));
  const V extra = hn::IfThenElse(big, hn::Neg(one), hn::IfThenElseZero(tiny, p));  // a + extra
  const V b = hn::Mul(p, r);
  const V c = hn::Mul(p, h_hi);
  const V bc = hn::Add(b, c);
  hi = hn::Add(a, bc);
  const V err = hn::Add(hn::Add(hn::Sub(b, bc), c), hn::Add(hn::Sub(a, hi), bc));
  lo = hn::Add(err, hn::MulAdd(p, rest, extra));
}

template <class D, class V, class F64>
HWY_INLINE V expm1(D d, V x, F64 f64) {
  // Below -87 2^k would be subnormal (expm1 is -1 there), above 88.3 k would reach 128; NaN fails.
  const auto fast = hn::And(hn::Ge(x, hn::Set(d, -87.0f)), hn::Le(x, hn::Set(d, 88.3f)));
  V hi, lo;
  expm1_parts(d, hn::IfThenElse(fast, x, hn::Zero(d)), hi, lo);
  const V y = hn::IfThenElse(hn::Eq(x, hn::Zero(d)), x, hn::Add(hi, lo));  // -0 stays -0
  return patch_via_f64(d, x, y, hn::Not(fast), f64);
}

template <class D, class V, class F64>
HWY_INLINE V exp2(D d, V x, F64 f64) {
  // 2^x is a normal float exactly on [-126, 128).
  const auto fast = hn::And(hn::Ge(x, hn::Set(d, -126.0f)), hn::Lt(x, hn::Set(d, 128.0f)));
  const V xc = hn::IfThenElse(fast, x, hn::Zero(d));
  const V t = hn::Add(xc, hn::Set(d, kShifter));
  const V f = hn::Sub(xc, hn::Sub(t, hn::Set(d, kShifter)));  // exact, |f| <= 1/2
  // r + r_lo = f ln 2. With FMA: the rounding error of the product, exact, and ln 2's tail (0.41
  // -> 0.35 ns/element on AVX3). Without: f_hi ln2_hi exact, the rest small (dropping the
  // product's error there measured 0.74 ULP).
#if HWY_NATIVE_FMA
  const V ln2 = hn::Set(d, kLn2Float);
  const V r = hn::Mul(f, ln2);
  const V r_lo = hn::MulAdd(f, hn::Set(d, kLn2FloatLo), hn::MulSub(f, ln2, r));
#else
  const V f_hi = exact::hi12(d, f);
  const V r_hi = hn::Mul(f_hi, hn::Set(d, kLn2Hi));
  const V rest = hn::MulAdd(hn::Sub(f, f_hi), hn::Set(d, kLn2Hi), hn::Mul(f, hn::Set(d, kLn2Lo)));
  const V r = hn::Add(r_hi, rest);
  const V r_lo = hn::Add(hn::Sub(r_hi, r), rest);
#endif
  return patch_via_f64(d, x, scale(d, exp_core(d, r, r_lo), t), hn::Not(fast), f64);
}

// The lanes the fast logarithm handles: positive, normal, finite (NaN fails both tests).
template <class D, class V>
HWY_INLINE hn::Mask<D> log_fast_range(D d, V x) {
  return hn::And(hn::Ge(x, hn::Set(d, std::numeric_limits<float>::min())),
                 hn::Le(x, hn::Set(d, std::numeric_limits<float>::max())));
}

// a + b + small for exact a, b with |a| >= |b| or a = 0: a + b split exactly (Fast2Sum), so the
// last addition is the only large rounding.
template <class V>
HWY_INLINE V sum3(V a, V b, V small) {
  const V s = hn::Add(a, b);
  return hn::Add(s, hn::Add(hn::Add(hn::Sub(a, s), b), small));
}

// log, log2 and log10 of x = 2^k z, z in [kOffset, 2 kOffset) (kernels/log_table_f32.h):
// log_b x = k log_b 2 + log_b c + log_b(1 + r), with c = 1/invc of z's interval and r = z invc - 1
// (|r| < 0.03). r = r_hi + r_lo and k log_b(2)_hi + log_b(c)_hi are exact, and their sum is
// split exactly, so that the last addition is the only large rounding. The same steps on every
// target (r alike with and without FMA), in float32 lanes and three table lookups (a
// register permutation each on AVX-512, two and a blend on AVX2). They replaced (2026-12-04) an
// exact f - f^2/2 plus a 9-term polynomial on 1 + f in [sqrt(2)/2, sqrt(2)): 0.69 / 0.79 / 0.73
// -> 0.595 / 0.569 / 0.574 ULP for log / log2 / log10, 0.52 / 0.60 / 0.60 -> 0.405 / 0.51 / 0.56
// ns/element (AVX3, 1M, AMD EPYC, medians of 5 alternated twice; AVX2 0.64-0.65 both).

// z, k (as a float and as the integer e) and the interval index of a positive normal x.
template <class D, class V>
HWY_INLINE V log_reduce(D d, V x, V& k, hn::Vec<hn::RebindToSigned<D>>& e,
                        hn::Vec<hn::RebindToSigned<D>>& index) {
  const hn::RebindToSigned<D> di;
  const auto tmp = hn::Sub(hn::BitCast(di, x), hn::Set(di, log_table_f32::kOffset));
  e = hn::ShiftRight<23>(tmp);  // arithmetic
  index = hn::And(hn::ShiftRight<23 - log_table_f32::kIndexBits>(tmp),
                  hn::Set(di, (1 << log_table_f32::kIndexBits) - 1));
  k = hn::ConvertTo(d, e);
  return hn::BitCast(d, hn::Sub(hn::BitCast(di, x), hn::ShiftLeft<23>(e)));
}

// z invc - 1 = r_hi + r_lo exactly, r_hi = p - 1 for the rounded product p (exact by Sterbenz: a
// multiple of 2^-24 below 2^-5), r_lo = z invc - p. The same bits without FMA: invc has 12
// significant bits, so z's 12-bit halves times it are exact, z_hi invc - p is (Sterbenz), and so
// is the sum, the error of a product being a float.
template <class D, class V>
HWY_INLINE V log_residual(D d, V z, V invc, V& r_lo) {
  const V p = hn::Mul(z, invc);
#if HWY_NATIVE_FMA
  r_lo = hn::MulSub(z, invc, p);
#else
  const V z_hi = exact::hi12(d, z);
  r_lo = hn::Add(hn::Sub(hn::Mul(z_hi, invc), p), hn::Mul(hn::Sub(z, z_hi), invc));
#endif
  return hn::Sub(p, hn::Set(d, 1.0f));
}

// (log_b(1 + r) - r log_b(e)) / r^2 = log_b(e) (-1/2 + r/3 - r^2/4 + r^3/5) for |r| < 0.03: the
// first omitted term is below 2^-27 of the result.
template <int kBase>
struct LogSeries {
  static constexpr double kScale = kBase == 2    ? 1.4426950408889634
                                   : kBase == 10 ? 0.43429448190325176
                                                 : 1.0;
  static constexpr float kQ[] = {static_cast<float>(-kScale / 2), static_cast<float>(kScale / 3),
                                 static_cast<float>(-kScale / 4), static_cast<float>(kScale / 5)};
};

// log_b(x) = hi + lo for b = e, 2 or 10 (kBase 0, 2 or 10), from log_reduce's k and interval and
// log_residual's r = r_hi + r_lo: a + r_hi log_b(e) summed exactly (Fast2Sum), where a = k
// log_b(2)_hi + log_b(c)_hi is exact; lo holds the small terms (not normalized: hi may be 0).
template <int kBase, class D, class V>
HWY_INLINE void log_sum(D d, V k, const TableIndex<D, (1 << log_table_f32::kIndexBits)>& at, V r_hi,
                        V r_lo, V& hi, V& lo) {
  namespace t = log_table_f32;
  const V r = hn::Add(r_hi, r_lo);
  const V series = hn::Mul(hn::Mul(r, r), estrin(d, r, LogSeries<kBase>::kQ));
  if constexpr (kBase == 0) {
    const V a = hn::MulAdd(k, hn::Set(d, kLn2Hi16), lookup(d, t::kLnHi, at));
    // Fast2Sum: |a| > |r_hi| or a = 0 (k ln 2 >= 0.69 > 0.34 + 0.03 where k != 0; for k = 0,
    // scripts/log_table_f32.cc checks the table).
    hi = hn::Add(a, r_hi);
    const V err = hn::Add(hn::Sub(a, hi), r_hi);
    const V tail = hn::Add(hn::MulAdd(k, hn::Set(d, kLn2Lo16), lookup(d, t::kLnLo, at)), r_lo);
    lo = hn::Add(hn::Add(tail, err), series);
  } else {
    const float b_hi = kBase == 2 ? 1.0f : kLog10Of2Hi, b_lo = kBase == 2 ? 0.0f : kLog10Of2Lo;
    const float c_hi = kBase == 2 ? kInvLn2Hi : kInvLn10Hi;
    const float c_lo = kBase == 2 ? kInvLn2Lo : kInvLn10Lo;
    const V a =
        hn::MulAdd(k, hn::Set(d, b_hi), lookup(d, kBase == 2 ? t::kLog2Hi : t::kLog10Hi, at));
    // r_hi c_hi = rc + rc_lo, both products exact (12-bit factors).
    const V c = hn::Set(d, c_hi);
    const V rh = exact::hi12(d, r_hi);
    const V rc = hn::Mul(rh, c);
    const V rc_lo = hn::Mul(hn::Sub(r_hi, rh), c);
    // Fast2Sum as for log: |a| >= |rc| or a = 0 (scripts/log_table_f32.cc checks the table).
    hi = hn::Add(a, rc);
    const V err = hn::Add(hn::Sub(a, hi), rc);
    V tail = hn::Add(lookup(d, kBase == 2 ? t::kLog2Lo : t::kLog10Lo, at), rc_lo);
    if constexpr (kBase == 10) tail = hn::MulAdd(k, hn::Set(d, b_lo), tail);
    tail = hn::MulAdd(r_hi, hn::Set(d, c_lo), hn::MulAdd(r_lo, hn::Set(d, c_hi), tail));
    lo = hn::Add(hn::Add(tail, err), series);
  }
}

template <int kBase, class D, class V, class F64>
HWY_INLINE V log_table(D d, V x, F64 f64) {
  const auto fast = log_fast_range(d, x);
  V k;
  hn::Vec<hn::RebindToSigned<D>> e, index;
  const V z = log_reduce(d, hn::IfThenElse(fast, x, hn::Set(d, 1.0f)), k, e, index);
  const TableIndex<D, (1 << log_table_f32::kIndexBits)> at(d, index);
  V r_lo, hi, lo;
  const V r_hi = log_residual(d, z, lookup(d, log_table_f32::kInvC, at), r_lo);
  log_sum<kBase>(d, k, at, r_hi, r_lo, hi, lo);
  return patch_via_f64(d, x, hn::Add(hi, lo), hn::Not(fast), f64);
}

template <class D, class V, class F64>
HWY_INLINE V log(D d, V x, F64 f64) {
  return log_table<0>(d, x, f64);
}
template <class D, class V, class F64>
HWY_INLINE V log2(D d, V x, F64 f64) {
  return log_table<2>(d, x, f64);
}
template <class D, class V, class F64>
HWY_INLINE V log10(D d, V x, F64 f64) {
  return log_table<10>(d, x, f64);
}

// log1p(x_hi + x_lo) = hi + lo (not normalized: hi may be 0) for x_hi in (-1, FLT_MAX] and
// |x_lo| at most about ulp(x_hi): log(u) as log_table's for u = 1 + x_hi rounded, plus the rest
// d = x_hi - (u - 1) + x_lo over u (Fast2Sum makes x_hi - (u - 1) exact below 2^24; above,
// log1p does not notice d), d/u = d invc 2^-k (1 - r) to a relative 2^-10, below an ULP of d/u.
// Below 2^-7, r is x itself (the table interval around 1 has invc = 1 and k = 0).
template <class D, class V>
HWY_INLINE void log1p_parts(D d, V x_hi, V x_lo, V& hi, V& lo) {
  const hn::RebindToSigned<D> di;
  const V one = hn::Set(d, 1.0f);
  const V u = hn::Add(one, x_hi);
  V k;
  hn::Vec<hn::RebindToSigned<D>> e, index;
  const V z = log_reduce(d, u, k, e, index);
  const TableIndex<D, (1 << log_table_f32::kIndexBits)> at(d, index);
  const V invc = lookup(d, log_table_f32::kInvC, at);
  // Small x: r = x_hi + x_lo itself, as d would cancel most of u - 1 (0.875 ULP at -2^-25).
  const auto direct = hn::Lt(hn::Abs(x_hi), hn::Set(d, 0x1p-7f));  // interval 9, k = 0
  V r_lo;
  V r_hi = log_residual(d, z, invc, r_lo);
  r_hi = hn::IfThenElse(direct, x_hi, r_hi);
  r_lo = hn::IfThenElse(direct, x_lo, r_lo);
  const V r = hn::Add(r_hi, r_lo);
  const V rest = hn::IfThenZeroElse(direct, hn::Add(hn::Sub(x_hi, hn::Sub(u, one)), x_lo));
  // 2^-k from e's bits, k = 128 clamped (rest is moot there).
  const V scale = hn::BitCast(
      d, hn::Sub(hn::Set(di, 0x3f800000), hn::ShiftLeft<23>(hn::Min(e, hn::Set(di, 126)))));
  const V corr = hn::Mul(hn::Mul(rest, hn::Mul(invc, scale)), hn::Sub(one, r));
  log_sum<0>(d, k, at, r_hi, r_lo, hi, lo);
  lo = hn::Add(lo, corr);
}

template <class D, class V, class F64>
HWY_INLINE V log1p(D d, V x, F64 f64) {
  // 1 + x is then a positive normal float (x > -1 is at least -1 + 2^-24, and 1 + x exact).
  const auto fast = hn::And(hn::Gt(x, hn::Set(d, -1.0f)),
                            hn::Le(x, hn::Set(d, std::numeric_limits<float>::max())));
  V hi, lo;
  log1p_parts(d, hn::IfThenElse(fast, x, hn::Zero(d)), hn::Zero(d), hi, lo);
  const V y = hn::IfThenElse(hn::Eq(x, hn::Zero(d)), x, hn::Add(hi, lo));  // -0 stays -0
  return patch_via_f64(d, x, y, hn::Not(fast), f64);
}

}  // namespace exp_log_f32

}  // namespace HWY_NAMESPACE
}  // namespace kernels
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_EXP_LOG_F32_INL_H_ toggle
