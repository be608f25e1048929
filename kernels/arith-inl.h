// Arithmetic beyond the operators, on lanes: cbrt hypot rint copysign sign fmin fmax signbit clip
// square reciprocal, NumPy's floor_divide and remainder (integer and floating point), and shifts by
// a count per lane. Their scalar twins, with the same results, are in kernels/scalar_arith.h (or
// are <cmath>'s).
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_ARITH_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_ARITH_INL_H_
#undef UFUNC_KERNELS_ARITH_INL_H_
#else
#define UFUNC_KERNELS_ARITH_INL_H_
#endif

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "hwy/highway.h"
#include "kernels/exact-inl.h"
#include "kernels/math-inl.h"
#include "kernels/polynomial-inl.h"
#include "kernels/promote-inl.h"
#include "kernels/scalar_arith.h"
#include "ufunc/lanes-inl.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

namespace arith_detail {

// c - a * b rounded once: one instruction with FMA, the C library's fma lane by lane without.
template <class D, class V>
HWY_INLINE V exact_nmuladd(D d, V a, V b, V c) {
#if HWY_NATIVE_FMA
  (void)d;
  return hn::NegMulAdd(a, b, c);
#else
  using T = hn::TFromD<D>;
  constexpr size_t kMax = HWY_MAX_BYTES / sizeof(T);
  HWY_ALIGN T as[kMax];
  HWY_ALIGN T bs[kMax];
  HWY_ALIGN T cs[kMax];
  hn::Store(a, d, as);
  hn::Store(b, d, bs);
  hn::Store(c, d, cs);
  for (size_t i = 0; i < hn::Lanes(d); ++i) as[i] = std::fma(-as[i], bs[i], cs[i]);
  return hn::Load(d, as);
#endif
}

template <class D>
HWY_INLINE hn::Mask<D> sign_bit_set(D d, hn::Vec<D> x) {
  const hn::RebindToSigned<D> di;
  return hn::RebindMask(d, hn::Lt(hn::BitCast(di, x), hn::Zero(di)));
}

// Quotients below this magnitude are exact in the fast path of FloorDivMod and are what NumPy
// returns (see math::detail::floor_divmod); 2x margin below the bound proved there.
template <class T>
constexpr T kExactQuotient = sizeof(T) == 4 ? T(1 << 21) : T(int64_t{1} << 50);

// Floating-point floor division (kQuotient) or remainder, NumPy's. Fast path, for finite b != 0
// and |a / b| < kExactQuotient: q = floor(fl(a / b)) is floor(a / b) or one more (fl rounds to
// the nearest, never past the next integer); a - q * b rounded once tells which (its sign is not
// b's when q is one too many) and is then the remainder NumPy gives (it rounds the same exact
// value once). Other lanes (zero, infinite or NaN arguments, huge quotients) take the scalar twin.
template <bool kQuotient, class D, class V>
HWY_INLINE V FloorDivMod(D d, V a, V b) {
  using T = hn::TFromD<D>;
  const V zero = hn::Zero(d);
  const V ratio = hn::Div(a, b);
  V q = hn::Floor(ratio);
  V r = exact_nmuladd(d, q, b, a);
  const auto wrong_sign = hn::Xor(sign_bit_set(d, r), sign_bit_set(d, b));
  const auto over = hn::AndNot(hn::Eq(r, zero), wrong_sign);
  q = hn::IfThenElse(over, hn::Sub(q, hn::Set(d, T(1))), q);
  V y;
  if constexpr (kQuotient) {
    // A zero quotient has the sign of a / b.
    y = hn::IfThenElse(hn::Eq(q, zero), hn::CopySign(zero, hn::Xor(a, b)), q);
  } else {
    r = hn::IfThenElse(over, exact_nmuladd(d, q, b, a), r);
    // A zero remainder has the sign of b.
    y = hn::IfThenElse(hn::Eq(r, zero), hn::CopySign(zero, b), r);
  }
  const auto fast = hn::And(hn::Lt(hn::Abs(ratio), hn::Set(d, kExactQuotient<T>)), hn::IsFinite(b));
  return patch_lanes2(d, a, b, y, hn::Not(fast), [](T x, T z) {
    return kQuotient ? math::floor_divide(x, z) : math::remainder(x, z);
  });
}

// int32 floor division through float64, exactly: a and b are exact in float64 and |a / b| <= 2^31,
// so fl(a / b) is within 2^31 * 2^-53 / |b| < 1 / |b| of a / b. A non-integer a / b is at least
// 1 / |b| from every integer, so fl(a / b) lies strictly between the same two integers and floors
// to floor(a / b); an integer a / b is exact. (The one quotient outside int32, INT_MIN / -1 =
// 2^31, is clamped and replaced below.)
template <class DI, class VD>
HWY_INLINE hn::Vec<DI> floor_div_i32_half(DI di, VD ad, VD bd) {
  const hn::Rebind<double, DI> dd;
  const VD q = hn::Min(hn::Floor(hn::Div(ad, bd)), hn::Set(dd, 2147483647.0));
  return hn::DemoteTo(di, q);
}

template <class D, class V>
HWY_INLINE V floor_div_i32(D d, V a, V b) {
  const V zero = hn::Zero(d);
  const auto by_zero = hn::Eq(b, zero);
  const V b_safe = hn::IfThenElse(by_zero, hn::Set(d, 1), b);
#if HWY_TARGET == HWY_SCALAR
  const hn::Rebind<double, D> dd;
  V q = floor_div_i32_half(d, hn::PromoteTo(dd, a), hn::PromoteTo(dd, b_safe));
#else
  const hn::Half<D> dh;
  const hn::Rebind<double, decltype(dh)> dd;
  const auto lo = floor_div_i32_half(dh, hn::PromoteTo(dd, hn::LowerHalf(dh, a)),
                                     hn::PromoteTo(dd, hn::LowerHalf(dh, b_safe)));
  const auto hi = floor_div_i32_half(dh, hn::PromoteTo(dd, hn::UpperHalf(dh, a)),
                                     hn::PromoteTo(dd, hn::UpperHalf(dh, b_safe)));
  V q = hn::Combine(d, hi, lo);
#endif
  // x // -1 = -x, wrapping around: INT_MIN // -1 = INT_MIN as in NumPy.
  q = hn::IfThenElse(hn::Eq(b, hn::Set(d, -1)), hn::Neg(a), q);
  return hn::IfThenZeroElse(by_zero, q);  // x // 0 = 0 as in NumPy
}

// cbrt of positive normal float64 lanes, without a division. a = m * 2^e with m in [1, 2),
// e = 3k + j: cbrt(a) = 2^k * cbrt(t) with t = m * 2^j in [1, 8) (j put in t's exponent field). A
// polynomial for m^(-1/3) (relative error 2^-17.4, a minimax fit) times 2^(-j/3) (the quadratic
// through j = 0, 1, 2) approximates z = t^(-1/3); one Newton step for the inverse cube root,
// z (4 - t z^3) / 3, leaves 2^-33.8; y = t z^2 is cbrt(t) to 2^-32.8, and a last Newton step
// y - (y^3 - t) z^2 / 3, with y^3 - t computed exactly, leaves only the final rounding: within
// 0.5 ULP plus about 2^-65 relative.
template <class D, class V>
HWY_INLINE V cbrt_f64_normal(D d, V a) {
  const hn::RebindToUnsigned<D> du;
  const auto bits = hn::BitCast(du, a);
  // The biased exponent as a float64, through the mantissa of 2^52 (no 64-bit conversion on x86).
  const V two52 = hn::Set(d, 0x1p52);
  const V biased =
      hn::Sub(hn::BitCast(d, hn::Or(hn::ShiftRight<52>(bits), hn::BitCast(du, two52))), two52);
  // k = floor(e / 3) as floor((e + 1/2) * fl(1/3)): the fraction is 1/6, 1/2 or 5/6 up to 2^-42.
  const V third = hn::Set(d, 1.0 / 3.0);
  const V k = hn::Floor(hn::Mul(hn::Sub(biased, hn::Set(d, 1022.5)), third));
  const V j = hn::NegMulAdd(k, hn::Set(d, 3.0), hn::Sub(biased, hn::Set(d, 1023.0)));  // exact
  const auto mantissa = hn::And(bits, hn::Set(du, (uint64_t{1} << 52) - 1));
  const V m = hn::BitCast(d, hn::Or(mantissa, hn::BitCast(du, hn::Set(d, 1.0))));
  // Adding 2^52 + 1023 leaves j + 1023 in the low bits: shifted into the exponent field.
  const V t = hn::BitCast(
      d,
      hn::Or(mantissa, hn::ShiftLeft<52>(hn::BitCast(du, hn::Add(j, hn::Set(d, 0x1p52 + 1023))))));
  static constexpr double kInvCbrt[] = {0x1.c7f3638381145p+0, -0x1.90e73a1bc6f35p+0,
                                        0x1.3e68aeb77ac4cp+0, -0x1.321c4f9c1dfeep-1,
                                        0x1.3fa2554bc13b4p-3, -0x1.16d6db67e53p-6};
  // 2^(-j/3) = 1 + j (c1 + j c2) at j = 0, 1, 2, to 2^-52.
  const V scale_j =
      hn::MulAdd(hn::MulAdd(hn::Set(d, 0x1.5ca5af129611ep-6), j, hn::Set(d, -0x1.d2150c92f7332p-3)),
                 j, hn::Set(d, 1.0));
  V z = hn::Mul(estrin(d, m, kInvCbrt), scale_j);
  // z (4 - t z^3) / 3, in plain products.
  const V z2 = hn::Mul(z, z);
  z = hn::Mul(hn::Mul(z, hn::Sub(hn::Set(d, 4.0), hn::Mul(t, hn::Mul(z2, z)))), third);
  const V zz = hn::Mul(z, z);
  V y = hn::Mul(t, zz);
  // y -= (y^3 - t) z^2 / 3 with y^3 - t exact: y^2 = s + s_err, s * y = p + p_err, p - t exact.
  V s, s_err, p, p_err;
  exact::two_prod(d, y, y, s, s_err);
  exact::two_prod(d, s, y, p, p_err);
  const V residual = hn::Add(hn::Sub(p, t), hn::MulAdd(s_err, y, p_err));
  y = hn::NegMulAdd(residual, hn::Mul(zz, third), y);
  // 2^k, built in the exponent field.
  const V scale_k =
      hn::BitCast(d, hn::ShiftLeft<52>(hn::BitCast(du, hn::Add(k, hn::Set(d, 0x1p52 + 1023)))));
  return hn::Mul(y, scale_k);
}

// cbrt of positive normal float32 lanes, the same algorithm in float arithmetic: m^(-1/3) to
// 2^-11.9 (a cubic), one Newton step for the inverse cube root (2^-21.5), y = t z^2, and a last
// Newton step whose residual y^3 - t is formed from 12-bit parts (y^3 = yh^3 + 3 yl (yh^2 + yh yl)
// + yl^3 with yh^2 exact, yh^3 = ah yh + al yh exactly, ah yh - t exact by Sterbenz): within
// 0.5 ULP plus about 2^-34 relative. Twice the lanes of float64 and no division.
template <class D, class V>
HWY_INLINE V cbrt_f32_normal(D d, V a) {
  const hn::RebindToSigned<D> di;
  const auto bits = hn::BitCast(di, a);
  const V biased = hn::ConvertTo(d, hn::ShiftRight<23>(bits));
  // floor(e / 3) as in cbrt_f64_normal: the fraction is 1/6, 1/2 or 5/6 up to 2^-16.
  const V third = hn::Set(d, 1.0f / 3.0f);
  const V k = hn::Floor(hn::Mul(hn::Sub(biased, hn::Set(d, 126.5f)), third));
  const V j = hn::NegMulAdd(k, hn::Set(d, 3.0f), hn::Sub(biased, hn::Set(d, 127.0f)));  // exact
  const auto mantissa = hn::And(bits, hn::Set(di, 0x007fffff));
  const V m = hn::BitCast(d, hn::Or(mantissa, hn::Set(di, 0x3f800000)));
  const V t = hn::BitCast(
      d,
      hn::Or(mantissa, hn::ShiftLeft<23>(hn::BitCast(di, hn::Add(j, hn::Set(d, 0x1p23f + 127))))));
  static constexpr float kInvCbrt[] = {0x1.8ab918p+0f, -0x1.9eb312p-1f, 0x1.456210p-2f,
                                       -0x1.99152ap-5f};
  const V scale_j = hn::MulAdd(
      hn::MulAdd(hn::Set(d, 0x1.5ca5b0p-6f), j, hn::Set(d, -0x1.d2150cp-3f)), j, hn::Set(d, 1.0f));
  V z = hn::Mul(estrin(d, m, kInvCbrt), scale_j);
  const V z2 = hn::Mul(z, z);
  z = hn::Mul(hn::Mul(z, hn::Sub(hn::Set(d, 4.0f), hn::Mul(t, hn::Mul(z2, z)))), third);
  const V zz = hn::Mul(z, z);
  V y = hn::Mul(t, zz);
  // y^3 - t from 12-bit parts of y and of yh^2.
  const auto hi12 = hn::Set(di, int32_t{-4096});
  const V yh = hn::BitCast(d, hn::And(hn::BitCast(di, y), hi12));
  const V yl = hn::Sub(y, yh);
  const V sq = hn::Mul(yh, yh);  // exact
  const V sq_hi = hn::BitCast(d, hn::And(hn::BitCast(di, sq), hi12));
  const V sq_lo = hn::Sub(sq, sq_hi);
  const V small =
      hn::MulAdd(hn::Mul(hn::Set(d, 3.0f), yl), hn::MulAdd(yh, yl, sq), hn::Mul(sq_lo, yh));
  const V residual = hn::Add(hn::Sub(hn::Mul(sq_hi, yh), t), small);
  y = hn::NegMulAdd(residual, hn::Mul(zz, third), y);
  // 2^k in the exponent field (k + 127 in [77, 170]).
  const V scale_k =
      hn::BitCast(d, hn::ShiftLeft<23>(hn::BitCast(di, hn::Add(k, hn::Set(d, 0x1p23f + 127)))));
  return hn::Mul(y, scale_k);
}

// cbrt(x): the core on |x| with the sign of x. When a lane is zero, subnormal, infinite or NaN,
// the whole vector again with subnormals scaled into the normal range (by 2^54, the result by
// 2^-18; float32: 2^24 and 2^-8), and cbrt(+-0, +-inf, NaN) = x.
template <class D, class V>
HWY_INLINE V cbrt_any(D d, V x) {
  using T = hn::TFromD<D>;
  using L = std::numeric_limits<T>;
  constexpr bool kF64 = sizeof(T) == 8;
  const auto core = [d](V a) {
    if constexpr (kF64) {
      return cbrt_f64_normal(d, a);
    } else {
      return cbrt_f32_normal(d, a);
    }
  };
  const V ax = hn::Abs(x);
  const auto normal = hn::And(hn::Ge(ax, hn::Set(d, L::min())), hn::Le(ax, hn::Set(d, L::max())));
  if (HWY_LIKELY(hn::AllTrue(d, normal))) return hn::CopySignToAbs(core(ax), x);
  const auto tiny = hn::Lt(ax, hn::Set(d, L::min()));
  const V up = hn::Set(d, kF64 ? T(0x1p54) : T(0x1p24));
  const V down = hn::Set(d, kF64 ? T(0x1p-18) : T(0x1p-8));
  const V r = core(hn::IfThenElse(tiny, hn::Mul(ax, up), ax));
  const V y = hn::CopySignToAbs(hn::IfThenElse(tiny, hn::Mul(r, down), r), x);
  const auto special = hn::Or(hn::Eq(x, hn::Zero(d)), hn::Not(hn::IsFinite(x)));
  return hn::IfThenElse(special, x, y);
}

// hypot of float64 lanes: the larger magnitude h and the smaller l are scaled by a power of two
// so that their squares neither overflow nor underflow (l^2 below the range is negligible against
// h^2), h^2 + l^2 is summed in double-double, and the square root r gets one correction from the
// exact residual: within 0.5 ULP plus about 2^-100, subnormal results rounded once.
template <class D, class V>
HWY_INLINE V hypot_f64(D d, V a, V b) {
  const V aa = hn::Abs(a), ab = hn::Abs(b);
  const V h = hn::Max(aa, ab), l = hn::Min(aa, ab);
  const auto big = hn::Gt(h, hn::Set(d, 0x1p500));
  const auto small = hn::Lt(h, hn::Set(d, 0x1p-500));
  const V scale = hn::IfThenElse(big, hn::Set(d, 0x1p-600),
                                 hn::IfThenElse(small, hn::Set(d, 0x1p600), hn::Set(d, 1.0)));
  const V unscale = hn::IfThenElse(big, hn::Set(d, 0x1p600),
                                   hn::IfThenElse(small, hn::Set(d, 0x1p-600), hn::Set(d, 1.0)));
  const V hs = hn::Mul(h, scale), ls = hn::Mul(l, scale);
  V h2, h2_err, l2, l2_err;
  exact::two_prod(d, hs, hs, h2, h2_err);
  exact::two_prod(d, ls, ls, l2, l2_err);
  const V sum = hn::Add(h2, l2);
  const V sum_err = hn::Add(hn::Add(hn::Sub(l2, hn::Sub(sum, h2)), h2_err), l2_err);  // h2 >= l2
  const V r = hn::Sqrt(sum);
  V r2, r2_err;
  exact::two_prod(d, r, r, r2, r2_err);
  const V residual = hn::Add(hn::Sub(hn::Sub(sum, r2), r2_err), sum_err);  // sum - r2: exact
  const V half_rcp = hn::Div(hn::Set(d, 0.5), r);
  V y = hn::Mul(hn::MulAdd(residual, half_rcp, r), unscale);
  if (HWY_UNLIKELY(!hn::AllFalse(d, small))) {
    // Subnormal results: rounding r + correction to 53 bits and then, unscaling, to the subnormal
    // grid rounds twice (0.59 ULP). Round once to that grid as seen scaled (G = 2^-474): adding
    // c = 1.5 2^52 G rounds to multiples of G, r's part exactly split off first.
    const V c = hn::Set(d, 0x1.8p-422);
    const V r_grid = hn::Sub(hn::Add(r, c), c);  // exact (Sterbenz)
    const V correction = hn::Mul(residual, half_rcp);
    const V rest = hn::Sub(hn::Add(hn::Add(hn::Sub(r, r_grid), correction), c), c);
    const V y_grid = hn::Mul(hn::Add(r_grid, rest), unscale);  // exact: a multiple of 2^-1074
    y = hn::IfThenElse(hn::And(small, hn::Lt(r, hn::Set(d, 0x1p-422))), y_grid, y);
  }
  y = hn::IfThenElse(hn::Eq(l, hn::Zero(d)), h, y);  // also hypot(0, 0) = 0
  y = hn::IfThenElse(hn::Or(hn::IsNaN(a), hn::IsNaN(b)), hn::Add(a, b), y);
  return hn::IfThenElse(hn::Or(hn::IsInf(a), hn::IsInf(b)), hn::Set(d, HUGE_VAL), y);
}

template <class D, class V>
HWY_INLINE V hypot_f32_via_f64(D d, V a, V b) {
  // float products are exact in float64, the sum and root round at 2^-53: the float result is
  // the correctly rounded one except within 2^-28 ULP of a tie. float squares cannot overflow.
  const V r = hn::Sqrt(hn::MulAdd(a, a, hn::Mul(b, b)));
  return hn::IfThenElse(hn::Or(hn::IsInf(a), hn::IsInf(b)), hn::Set(d, HUGE_VAL), r);
}

}  // namespace arith_detail

template <class D, class V>
HWY_INLINE V Cbrt(D d, V x) {
  return arith_detail::cbrt_any(d, x);
}

template <class D, class V>
HWY_INLINE V Hypot(D d, V a, V b) {
  if constexpr (sizeof(hn::TFromD<D>) == 8) {
    return arith_detail::hypot_f64(d, a, b);
  } else {
    return via_f64(
        d, [](auto dd, auto x, auto y) { return arith_detail::hypot_f32_via_f64(dd, x, y); }, a, b);
  }
}

// NumPy's floor_divide and remainder, lanes of any element type. int64 divides lane by lane: x86
// has no 64-bit integer division and float64 is not exact for it.
template <class D, class V>
HWY_INLINE V FloorDivide(D d, V a, V b) {
  using T = hn::TFromD<D>;
  if constexpr (std::is_floating_point_v<T>) {
    return arith_detail::FloorDivMod<true>(d, a, b);
  } else if constexpr (sizeof(T) == 4) {
    return arith_detail::floor_div_i32(d, a, b);
  } else {
    return per_lane2(d, a, b, [](T x, T y) { return math::floor_divide(x, y); });
  }
}
template <class D, class V>
HWY_INLINE V Remainder(D d, V a, V b) {
  using T = hn::TFromD<D>;
  if constexpr (std::is_floating_point_v<T>) {
    return arith_detail::FloorDivMod<false>(d, a, b);
  } else if constexpr (sizeof(T) == 4) {
    // a - q * b wraps around to 0 for INT_MIN // -1; x % 0 = 0 as in NumPy.
    const V q = arith_detail::floor_div_i32(d, a, b);
    return hn::IfThenZeroElse(hn::Eq(b, hn::Zero(d)), hn::Sub(a, hn::Mul(q, b)));
  } else {
    return per_lane2(d, a, b, [](T x, T y) { return math::remainder(x, y); });
  }
}

// Round to nearest, ties to even, keeping the sign of -0.4 (-0): adding and subtracting 2^52
// (2^23) leaves no fraction bits. Highway's Round on SSSE3 returns +0 for -0.4 and its scalar
// Round rounds 0.49999999999999994 to 1, so every target uses this.
template <class D, class V>
HWY_INLINE V Rint(D d, V x) {
  using T = hn::TFromD<D>;
  const V big = hn::Set(d, T(1) / std::numeric_limits<T>::epsilon());
  const V ax = hn::Abs(x);
  const V r = hn::CopySign(hn::Sub(hn::Add(ax, big), big), x);
  return hn::IfThenElse(hn::Lt(ax, big), r, x);  // NaN and large values are already integers
}

// Shifts by a count per lane, NumPy's: a count outside [0, bits of T) shifts every bit out.
template <class D, class V>
HWY_INLINE V LeftShift(D d, V x, V n) {
  using T = hn::TFromD<D>;
  const V zero = hn::Zero(d);
  const auto in_range = hn::AndNot(hn::Lt(n, zero), hn::Lt(n, hn::Set(d, T(sizeof(T) * 8))));
  return hn::IfThenElseZero(in_range, hn::operator<<(x, hn::IfThenElseZero(in_range, n)));
}
template <class D, class V>
HWY_INLINE V RightShift(D d, V x, V n) {
  using T = hn::TFromD<D>;
  const V zero = hn::Zero(d);
  const auto in_range = hn::AndNot(hn::Lt(n, zero), hn::Lt(n, hn::Set(d, T(sizeof(T) * 8))));
  return hn::IfThenElse(in_range, hn::operator>>(x, hn::IfThenElseZero(in_range, n)),
                        hn::ShiftRight<sizeof(T) * 8 - 1>(x));
}

}  // namespace HWY_NAMESPACE
}  // namespace kernels

// The Lanes bindings, found by argument-dependent lookup from users' lambdas.
namespace HWY_NAMESPACE {

UFUNC_DETAIL_UNARY_FLOAT_LANES(rint, Rint)
UFUNC_DETAIL_UNARY_FLOAT_LANES(cbrt, Cbrt)

UFUNC_DETAIL_BINARY_FLOAT_LANES(hypot, Hypot)

template <class T, class B>
HWY_INLINE Lanes<T> copysign(Lanes<T> magnitude, B sign_in) {
  detail::require_float<T>();
  return Lanes<T>(hn::CopySign(magnitude.v, Lanes<T>(sign_in).v));
}

// NumPy's sign: -1, 0, 1; sign(-0.0) = +0.0, a NaN stays as it is.
template <class T>
HWY_INLINE Lanes<T> sign(Lanes<T> x) {
  const typename Lanes<T>::D d;
  const auto zero = hn::Zero(d);
  auto r = hn::IfThenElse(hn::Lt(x.v, zero), hn::Set(d, T(-1)), zero);
  if constexpr (std::is_floating_point_v<T>) r = hn::IfThenElse(hn::IsNaN(x.v), x.v, r);
  return Lanes<T>(hn::IfThenElse(hn::Gt(x.v, zero), hn::Set(d, T(1)), r));
}

// NumPy's fmin and fmax: a NaN argument is ignored; equal arguments give the second (fmin(0.0,
// -0.0) = -0.0), as NumPy does.
template <class T, class B>
HWY_INLINE Lanes<T> fmin(Lanes<T> a, B b_in) {
  const Lanes<T> b(b_in);
  auto r = hn::IfThenElse(hn::Lt(a.v, b.v), a.v, b.v);
  if constexpr (std::is_floating_point_v<T>) r = hn::IfThenElse(hn::IsNaN(b.v), a.v, r);
  return Lanes<T>(r);
}
template <class T, class B>
HWY_INLINE Lanes<T> fmax(Lanes<T> a, B b_in) {
  const Lanes<T> b(b_in);
  auto r = hn::IfThenElse(hn::Gt(a.v, b.v), a.v, b.v);
  if constexpr (std::is_floating_point_v<T>) r = hn::IfThenElse(hn::IsNaN(b.v), a.v, r);
  return Lanes<T>(r);
}

// Whether the sign bit is set (also for -0.0 and NaNs with it).
template <class T>
HWY_INLINE LaneMask<T> signbit(Lanes<T> x) {
  detail::require_float<T>();
  return {kernels::HWY_NAMESPACE::arith_detail::sign_bit_set(typename Lanes<T>::D(), x.v)};
}

// NumPy's clip: minimum(maximum(x, lo), hi), NaN-propagating, hi winning when lo > hi.
template <class T, class L, class H>
HWY_INLINE Lanes<T> clip(Lanes<T> x, L lo_in, H hi_in) {
  const Lanes<T> lo(lo_in), hi(hi_in);
  auto r = hn::IfThenElse(hn::Gt(x.v, lo.v), x.v, lo.v);
  if constexpr (std::is_floating_point_v<T>) r = hn::IfThenElse(hn::IsNaN(x.v), x.v, r);
  auto s = hn::IfThenElse(hn::Lt(r, hi.v), r, hi.v);
  if constexpr (std::is_floating_point_v<T>) s = hn::IfThenElse(hn::IsNaN(r), r, s);
  return Lanes<T>(s);
}

template <class T>
HWY_INLINE Lanes<T> square(Lanes<T> x) {
  return x * x;
}

template <class T>
HWY_INLINE Lanes<T> reciprocal(Lanes<T> x) {
  detail::require_float<T>();
  return Lanes<T>(hn::Div(hn::Set(typename Lanes<T>::D(), T(1)), x.v));
}

// NumPy's floor_divide and remainder (see kernels/scalar_arith.h for their special values).
template <class T, class B>
HWY_INLINE Lanes<T> floor_divide(Lanes<T> a, B b) {
  return Lanes<T>(kernels::HWY_NAMESPACE::FloorDivide(typename Lanes<T>::D(), a.v, Lanes<T>(b).v));
}
template <class T, class B>
HWY_INLINE Lanes<T> remainder(Lanes<T> a, B b) {
  return Lanes<T>(kernels::HWY_NAMESPACE::Remainder(typename Lanes<T>::D(), a.v, Lanes<T>(b).v));
}

// Shifts by a count per lane (the operators << and >> of Lanes take one count for all lanes).
template <class T, class B>
HWY_INLINE Lanes<T> left_shift(Lanes<T> x, B n) {
  static_assert(std::is_integral_v<T>, "ufunc: shifts need integer lanes");
  return Lanes<T>(kernels::HWY_NAMESPACE::LeftShift(typename Lanes<T>::D(), x.v, Lanes<T>(n).v));
}
template <class T, class B>
HWY_INLINE Lanes<T> right_shift(Lanes<T> x, B n) {
  static_assert(std::is_integral_v<T>, "ufunc: shifts need integer lanes");
  return Lanes<T>(kernels::HWY_NAMESPACE::RightShift(typename Lanes<T>::D(), x.v, Lanes<T>(n).v));
}

}  // namespace HWY_NAMESPACE
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_ARITH_INL_H_ toggle
