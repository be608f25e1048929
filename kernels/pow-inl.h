// pow(x, y) on lanes.
//
// float64: exp(y log x) with log x and the product in double-double arithmetic, an algorithm of
// our own built from published ideas: Tang's table-driven logarithm (ACM TOMS 16(4), 1990), with
// table values of 9 significant bits so that the reduction r = z invc - 1 is exact on every
// target, Dekker's exact product (1971), and the float64 exp core of kernels/exp_log-inl.h
// taking the product's low part as a correction. The table is kernels/pow_log_table.h (made by
// scripts/pow_log_table.cc). Lanes outside the fast range (x not positive normal finite, y not
// finite, |y log x| > 708: overflow, subnormal and zero results) get the C library's pow, so
// special values are glibc's bit for bit. 0.68 ULP measured (docs/accuracy.md); 3.7 ns/element
// on AVX-512 against 16 lane by lane (bench: builtin_power f64, 4K).
// float32: 2^(y log2 x) in float-float arithmetic on float32 lanes (pow_f32_detail::y_log2_x and
// exp2_sum), on the float logarithms' 16-interval table and a table of 2^(j/8): 0.652 ULP
// measured with FMA, 0.667 without (bench/accuracy.cc --power), 1.04-1.07 ns/element on AVX-512
// against 1.95-2.1 for the float64 algorithm it replaced (2026-12-06, Intel Xeon, 4K and 1M,
// medians of 5 alternated twice), which still serves subnormal x and results beyond [2^-125,
// 2^127.5].
//
// Re-included once per SIMD target (from kernels/exp_log-inl.h, whose exp core it uses).

#if defined(UFUNC_KERNELS_POW_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_POW_INL_H_
#undef UFUNC_KERNELS_POW_INL_H_
#else
#define UFUNC_KERNELS_POW_INL_H_
#endif

#include <cmath>
#include <cstdint>
#include <limits>

#include "hwy/highway.h"
#include "kernels/exact-inl.h"
#include "kernels/exp_log-inl.h"
#include "kernels/math-inl.h"
#include "kernels/polynomial-inl.h"
#include "kernels/pow_log_table.h"
#include "kernels/promote-inl.h"
#include "kernels/table_lookup-inl.h"
#include "ufunc/lanes-inl.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

namespace pow_f64_detail {

// (log(1 + r) - r + r^2/2) / r^3 = sum of (-1)^(n+1) r^(n-3) / n for n = 3..9: |r| < 2^-8, so the
// first omitted term is below 2^-75 relative to log(1 + r).
constexpr double kLog1pTail[] = {1.0 / 3, -1.0 / 4, 1.0 / 5, -1.0 / 6, 1.0 / 7, -1.0 / 8, 1.0 / 9};

// x = 2^k z with z in [0.707, 1.414) for positive normal finite x, z's interval's invc ~ 1/z and
// -log(invc) = c_hi + c_lo (the table's): k as a double, c_hi, r = z invc - 1 (|r| < 2^-8, exact)
// and the table index (for c_lo).
template <class D, class V>
HWY_INLINE void log_reduce(D d, V x, V& kd, V& c_hi, V& r, hn::Vec<hn::RebindToSigned<D>>& index) {
  const hn::RebindToSigned<D> di;
  const auto bits = hn::BitCast(di, x);
  const auto rel = hn::Sub(bits, hn::Set(di, static_cast<int64_t>(pow_table::kOffset)));
  const auto k = hn::ShiftRight<52>(rel);  // arithmetic
  index = hn::And(hn::ShiftRight<52 - pow_table::kIndexBits>(rel),
                  hn::Set(di, (int64_t{1} << pow_table::kIndexBits) - 1));
  const V z = hn::BitCast(d, hn::Sub(bits, hn::ShiftLeft<52>(k)));
  // k as a double: the integer lies in the low bits of kShifter's mantissa.
  kd = hn::Sub(hn::BitCast(d, hn::Add(k, hn::BitCast(di, hn::Set(d, exp_log::kShifter)))),
               hn::Set(d, exp_log::kShifter));
  // invc * 2^9 (an integer below 2^10) rides in c_hi's low bits, which are zero, so that one
  // gather gives both. invc = (2^52 + m) 2^-9 - 2^43, exact.
  const auto packed =
      hn::GatherIndex(di, reinterpret_cast<const int64_t*>(pow_table::kLogCHiInvC), index);
  const auto low_bits = hn::Set(di, int64_t{0x3ff});
  c_hi = hn::BitCast(d, hn::AndNot(low_bits, packed));
  const V invc = hn::MulSub(
      hn::BitCast(d, hn::Or(hn::And(packed, low_bits), hn::Set(di, int64_t{0x4330000000000000}))),
      hn::Set(d, 0x1p-9), hn::Set(d, 0x1p43));

  // r = z invc - 1 is a double (its bits span fewer than 53 places), so one FMA gives it exactly.
  // Without FMA: z = zh + zl with zh's 44 significant bits and zl's 9, so that both products are
  // exact, zh invc - 1 too and the sum, which is r, as well: the same bits.
#if HWY_NATIVE_FMA
  r = hn::MulSub(z, invc, hn::Set(d, 1.0));
#else
  const V zh = hn::BitCast(d, hn::And(hn::BitCast(di, z), hn::Set(di, ~int64_t{0x1ff})));
  const V zl = hn::Sub(z, zh);
  r = hn::MulAdd(zl, invc, hn::MulSub(zh, invc, hn::Set(d, 1.0)));
#endif
}

// log(x) = hi + lo (returned, and through `lo`) for positive normal finite x, within 2^-68
// relative: log x = k ln 2 + c + log(1 + r) (log_reduce). Every step is exact or rounds alike
// with and without FMA but the small terms, so FMA and non-FMA targets differ at most in the last
// bits of lo.
template <class D, class V>
HWY_INLINE V log_dd(D d, V x, V& lo) {
  V kd, c_hi, r;
  hn::Vec<hn::RebindToSigned<D>> index;
  log_reduce(d, x, kd, c_hi, r, index);
  const V c_lo = hn::GatherIndex(d, pow_table::kLogCLo, index);

  // log(1 + r) = r - r^2/2 + r^3 P(r): r^2 exact in two parts, r - r^2/2 in two parts.
  V r2, r2_lo;
  exact::two_prod(d, r, r, r2, r2_lo);
  const V minus_half = hn::Set(d, -0.5);
  V q_lo;
  const V q = exact::fast_two_sum(r, hn::Mul(minus_half, r2), q_lo);  // |r| >= r^2/2
  const V tail = hn::Mul(hn::Mul(r2, r), estrin(d, r, kLog1pTail));

  // k ln2_hi + c_hi is exact (both multiples of 2^-42, below 2^10); adding q rounds, Fast2Sum
  // recovers the error: a = 0 or |a| > |q| (|a| > ln 2 - 0.35 for k != 0; |c_hi| > |r| in every
  // interval where c_hi != 0, checked by scripts/pow_log_table.cc).
  const V a = hn::MulAdd(kd, hn::Set(d, exp_log::kLn2Hi), c_hi);
  V a_lo;
  const V hi = exact::fast_two_sum(a, q, a_lo);
  const V small = hn::Add(hn::MulAdd(kd, hn::Set(d, exp_log::kLn2Lo), c_lo),
                          hn::MulAdd(minus_half, r2_lo, tail));
  lo = hn::Add(hn::Add(a_lo, q_lo), small);
  return hi;
}

// pow for float64 lanes. y log x = t + t_lo (exact product of y and log's hi part, plus y times
// log's lo part), then exp(t + t_lo) by exp_log::exp_f64's reduction (by ln(2)/8, a table and 7
// terms). |t| <= 708 keeps the result normal with 2^e one exact factor. The lanes outside the fast
// range compute garbage (or NaN) that the patch replaces; every lane of the fast range has |t| <=
// 708 (false for NaN, infinite y, x = 1 with infinite y).
template <class D, class V>
HWY_INLINE V pow_f64(D d, V x, V y) {
  auto fast = exp_log::log_fast_range(d, x);
#if !HWY_NATIVE_FMA
  // |y| < 2^60 keeps Dekker's splitting of y finite where log x = 0; beyond, |y log x| > 2^7
  // unless x = 1, for which the C library's 1 is right anyway. With FMA, y log x is
  // y * 0 = 0 there, exactly.
  fast = hn::And(fast, hn::Lt(hn::Abs(y), hn::Set(d, 0x1p60)));
#endif
  V log_lo;
  const V log_hi = log_dd(d, x, log_lo);
  V t, t_lo;
  exact::two_prod(d, y, log_hi, t, t_lo);
  t_lo = hn::MulAdd(y, log_lo, t_lo);
  fast = hn::And(fast, hn::Le(hn::Abs(t), hn::Set(d, 708.0)));

  V shifted, r, r_lo;
  exp_log::reduce_by_ln2_eighths(d, t, t_lo, shifted, r, r_lo);
  // One product by 2^e, not exp_log::times_two_to_e's integer addition: 2.0 against 3.1
  // ns/element on AVX3 (the integer lanes slow this longer chain down; exp alone gains from them).
  const V z = hn::Mul(exp_log::exp_eighths(d, shifted, r, r_lo),
                      exp_log::pow2(d, exp_log::eighths_exponent(d, shifted)));
  return patch_lanes2(d, x, y, z, hn::Not(fast), [](double a, double b) { return std::pow(a, b); });
}

}  // namespace pow_f64_detail

namespace pow_f32_detail {

// exp(y log x) on float64 lanes for x a positive float and y finite, at the precision a float
// result needs, no more, and without a division: log x = k ln 2 + c + log(1 + r) from
// pow_f64_detail::log_reduce's table, with log(1 + r) to r^5/5 (|r| < 2^-8: 2^-50); exp from
// exp_log's reduction by ln(2)/8, with 2^(j/8)'s high part and exp(r) to r^6/6! (|r| <= ln(2)/16:
// 2^-44). |y log x| < 104 wherever the result is a nonzero finite float, and log x within 2^-42.6
// relative (the polynomial where k = c = 0) puts the result within 2^-12 ULP of the float before
// it rounds: correctly rounded except next to a tie. The product is clamped to +-200, where every
// float result is already 0 or infinity, so that 2^e is one normal factor. The lanes float32
// arithmetic leaves out (subnormal x, results that overflow or are not normal) take it.
constexpr double kLog1pShort[] = {-1.0 / 2, 1.0 / 3, -1.0 / 4, 1.0 / 5};
constexpr double kExpPolyShort[] = {exp_log::kExpPoly[0], exp_log::kExpPoly[1],
                                    exp_log::kExpPoly[2], exp_log::kExpPoly[3],
                                    exp_log::kExpPoly[4]};

template <class D, class V>
HWY_INLINE V exp_y_log_x_f64(D d, V x, V y) {
  V kd, c_hi, f;
  hn::Vec<hn::RebindToSigned<D>> index;
  pow_f64_detail::log_reduce(d, x, kd, c_hi, f, index);
  const V log1p_f = hn::MulAdd(hn::Mul(f, f), estrin(d, f, kLog1pShort), f);
  const V c_lo = hn::GatherIndex(d, pow_table::kLogCLo, index);
  const V log_x =
      hn::MulAdd(kd, hn::Set(d, 0x1.62e42fefa39efp-1), hn::Add(c_hi, hn::Add(log1p_f, c_lo)));
  const V limit = hn::Set(d, 200.0);
  const V t = hn::Min(hn::Max(hn::Mul(y, log_x), hn::Neg(limit)), limit);
  V shifted, r, r_lo;
  exp_log::reduce_by_ln2_eighths(d, t, hn::Zero(d), shifted, r, r_lo);
  const V hi = lookup(d, exp_log::kExp2EighthsHi, exp_log::eighths_index(d, shifted));
  const V exp_r_minus_1 = hn::MulAdd(hn::Mul(r, r), estrin(d, r, kExpPolyShort), r);
  return hn::Mul(hn::MulAdd(hi, exp_r_minus_1, hi),
                 exp_log::pow2(d, exp_log::eighths_exponent(d, shifted)));
}

// The float32 algorithm: 2^(y log2 x) in float32 lanes, twice as many as float64's, with y log2 x
// carried as t_hi + t_lo. |t| <= 128 where the result is a normal float, so t needs 2^-27
// absolute, and log2 x 2^-35 relative, near x = 1 as elsewhere: float-float arithmetic.
//
// log2 x = k + log2(c) + log2(1 + r) on the float logarithms' table (kernels/log_table_f32.h, r
// exact in two parts, |r| < 0.03): a = k + log2(c)_hi is exact (24 bits), log2(1 + r) = r L - r^2
// L/2 + r^3 Q(r) with L = 1/ln 2, whose first two terms are exact products (two_prod) summed
// exactly to a (Fast2Sum twice: |a| > 0.05 > |r L| where a != 0, and |r^2 L/2| < |r L|/20); the
// roundings left are in terms below 2^-10 of the result. 2^t = 2^e 2^(j/8) 2^f with 8e + j
// nearest 8 t_hi and f = t_hi - e - j/8 exact (|f| <= 1/16); 2^(j/8) = T_hi + T_lo, and the
// result T_hi + (T_hi p + T_lo), p = 2^(f + t_lo) - 1 below 5%, rounds once at the end.
// Q(r) = L (1/3 - r/4 + r^2/5 - r^3/6 + r^4/7): the first omitted term is below 2^-45.
constexpr float kLog2Tail[] = {0x1.ec709ep-2f, -0x1.715476p-2f, 0x1.2776c6p-2f, -0x1.ec709ep-3f,
                               0x1.a61762p-3f};
// (2^f - 1 - f ln 2) / f^2 = (ln 2)^2/2 + ... to (ln 2)^5 f^3/5!: for |f| <= 1/16 the first
// omitted term is below 2^-36.
constexpr float kExp2Tail[] = {0x1.ebfbe0p-3f, 0x1.c6b08ep-5f, 0x1.3b2ab6p-7f, 0x1.5d87fep-10f};
// Adding it rounds |t| < 2^19 to a multiple of 1/8, held (times 8) in the low mantissa bits.
constexpr float kShifterEighths = 0x1.8p20f;

// 2^(j/8) = hi + lo for j = i mod 8: 16 entries, so that the table is one register of AVX-512.
struct Exp2EighthsF32 {
  float hi[16];
  float lo[16];
};
constexpr Exp2EighthsF32 make_exp2_eighths_f32() {
  Exp2EighthsF32 table{};
  for (int i = 0; i < 16; ++i) {
    const double v = exp_log::kExp2EighthsHi[i % 8];  // within 2^-53 relative
    table.hi[i] = static_cast<float>(v);
    table.lo[i] = static_cast<float>(v - static_cast<double>(table.hi[i]));
  }
  return table;
}
inline constexpr Exp2EighthsF32 kExp2EighthsF32 = make_exp2_eighths_f32();

// y log2(x) = t_hi + t_lo for positive normal finite x and finite y.
template <class D, class V>
HWY_INLINE void y_log2_x(D d, V x, V y, V& t_hi, V& t_lo) {
  namespace ef = exp_log_f32;
  V k;
  hn::Vec<hn::RebindToSigned<D>> e, index;
  const V z = ef::log_reduce(d, x, k, e, index);
  const TableIndex<D, (1 << log_table_f32::kIndexBits)> at(d, index);
  V r_lo;
  const V r = ef::log_residual(d, z, lookup(d, log_table_f32::kInvC, at), r_lo);
  const V a = hn::Add(k, lookup(d, log_table_f32::kLog2Hi, at));
  const V inv_ln2 = hn::Set(d, ef::kInvLn2Float);
  const V minus_half_inv_ln2 = hn::Set(d, -0.5f * ef::kInvLn2Float);
  V p1, e1, s, s_lo, p2, e2;
  exact::two_prod(d, r, inv_ln2, p1, e1);
  exact::two_prod(d, r, r, s, s_lo);
  exact::two_prod(d, s, minus_half_inv_ln2, p2, e2);
  // The small terms: log2(c)_lo, r L_lo, r_lo L / (1 + r) as r_lo L (1 - r)(1 + r^2) (r_lo is up
  // to 2^-25: its r^2 term counts near x = 1), s_lo (-L/2), s (-L_lo/2), r^3 Q(r).
  V small = hn::MulAdd(r, hn::Set(d, ef::kInvLn2FloatLo), lookup(d, log_table_f32::kLog2Lo, at));
  const V slope = hn::NegMulAdd(r, inv_ln2, inv_ln2);
  small = hn::MulAdd(r_lo, hn::MulAdd(slope, s, slope), small);
  small = hn::MulAdd(s_lo, minus_half_inv_ln2, small);
  small = hn::MulAdd(s, hn::Set(d, -0.5f * ef::kInvLn2FloatLo), small);
  small = hn::MulAdd(hn::Mul(s, r), estrin(d, r, kLog2Tail), small);
  V err1, err2;
  const V h1 = exact::fast_two_sum(a, p1, err1);
  const V hi = exact::fast_two_sum(h1, p2, err2);
  const V lo = hn::Add(hn::Add(small, hn::Add(e1, e2)), hn::Add(err1, err2));
  V prod_lo;
  exact::two_prod(d, y, hi, t_hi, prod_lo);
  t_lo = hn::MulAdd(y, lo, prod_lo);
}

// 2^(t_hi + t_lo) for t_hi in [-125, 127.5] and |t_lo| < 2^-8: a normal float.
template <class D, class V>
HWY_INLINE V exp2_sum(D d, V t_hi, V t_lo) {
  const hn::RebindToSigned<D> di;
  const V shifter = hn::Set(d, kShifterEighths);
  const V shifted = hn::Add(t_hi, shifter);
  const V f = hn::Sub(t_hi, hn::Sub(shifted, shifter));                        // exact
  const auto n = hn::Sub(hn::BitCast(di, shifted), hn::BitCast(di, shifter));  // 8e + j
  const TableIndex<D, 16> at(d, hn::And(n, hn::Set(di, 15)));
  const V table_hi = lookup(d, kExp2EighthsF32.hi, at);
  const V table_lo = lookup(d, kExp2EighthsF32.lo, at);
  // g + g_lo = f + t_lo exactly: t_lo is not below ulp(t_hi) (y times log2's unnormalized low
  // part), so that neither a rounded f + t_lo nor a first-order term in t_lo would do.
  V g_lo;
  const V g = exact::two_sum(f, t_lo, g_lo);
  const V ln2 = hn::Set(d, exp_log_f32::kLn2Float);
  V small = hn::Mul(hn::Mul(g, g), estrin(d, g, kExp2Tail));
  small = hn::MulAdd(g, hn::Set(d, exp_log_f32::kLn2FloatLo), hn::MulAdd(g_lo, ln2, small));
  const V p = hn::MulAdd(g, ln2, small);
  const V m = hn::Add(table_hi, hn::MulAdd(table_hi, p, table_lo));  // in [0.95, 2)
  return hn::BitCast(d, hn::Add(hn::BitCast(di, m), hn::ShiftLeft<23>(hn::ShiftRight<3>(n))));
}

}  // namespace pow_f32_detail

// pow(x, y). float64: pow_f64_detail::pow_f64 above. float32: pow_f32_detail's float32
// algorithm where x is positive, normal and finite, y finite and the result normal; its float64
// algorithm (rounded once) for the other positive finite x and finite y (subnormal x, results
// that overflow, underflow or are subnormal); the C library's powf for the rest (x <= 0,
// infinities, NaN), for C99's special cases.
template <class D, class V>
HWY_INLINE V Pow(D d, V x, V y) {
  using T = hn::TFromD<D>;
  if constexpr (sizeof(T) == 4) {
    // The other lanes compute garbage (table indices stay in range) that the fallback replaces.
    const V max = hn::Set(d, std::numeric_limits<float>::max());
    const auto normal =
        hn::And(hn::And(hn::Ge(x, hn::Set(d, std::numeric_limits<float>::min())), hn::Le(x, max)),
                hn::IsFinite(y));  // false for NaN
    V t_hi, t_lo;
    pow_f32_detail::y_log2_x(d, x, y, t_hi, t_lo);
    // t_hi in [-125, 127.5] (false for NaN).
    const auto fast =
        hn::And(normal, hn::Le(hn::Abs(hn::Sub(t_hi, hn::Set(d, 1.25f))), hn::Set(d, 126.25f)));
    V z = pow_f32_detail::exp2_sum(d, t_hi, t_lo);
    if (HWY_UNLIKELY(!hn::AllTrue(d, fast))) {
      const auto positive =
          hn::And(hn::And(hn::Gt(x, hn::Zero(d)), hn::Le(x, max)), hn::IsFinite(y));
      const V z64 = via_f64(
          d, [](auto dd, auto a, auto b) { return pow_f32_detail::exp_y_log_x_f64(dd, a, b); },
          hn::IfThenElse(positive, x, hn::Set(d, 1.0f)), hn::IfThenElseZero(positive, y));
      z = hn::IfThenElse(fast, z, z64);
      z = patch_lanes2(d, x, y, z, hn::Not(positive), [](T a, T b) { return std::pow(a, b); });
    }
    return z;
  } else {
    return pow_f64_detail::pow_f64(d, x, y);
  }
}

}  // namespace HWY_NAMESPACE
}  // namespace kernels

// The Lanes binding, found by argument-dependent lookup from users' lambdas.
namespace HWY_NAMESPACE {
UFUNC_DETAIL_BINARY_FLOAT_LANES(pow, Pow)
}  // namespace HWY_NAMESPACE
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_POW_INL_H_ toggle
