// sin, cos and tan of float32 lanes, with float32-length polynomials evaluated in float64.
//
// The float64 algorithms (trig-inl.h) carry every result to 1 ULP of float64, which float32 does
// not need: here the argument is reduced in float64 (exact for float inputs, see below) and the
// polynomials stop where their error drops below 2^-32, so the float64 result is within 2^-32
// relative of the true value and rounds to the nearest float except within 2^-8 ULP of a
// midpoint: at most 0.51 ULP. About a third of the float64 work per element. The MulAdds give the
// same bits on every FMA target.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_TRIG_F32_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_TRIG_F32_INL_H_
#undef UFUNC_KERNELS_TRIG_F32_INL_H_
#else
#define UFUNC_KERNELS_TRIG_F32_INL_H_
#endif

#include <cmath>

#include "hwy/highway.h"
#include "kernels/math-inl.h"
#include "kernels/promote-inl.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

namespace trig_f32 {

// Lanes at or beyond it (and NaN, infinities) take the C library's float64 function, rounded: as
// accurate as the float64 path, where glibc's float functions are up to 0.83 ULP off (tanf).
constexpr float kFastMax = 0x1p20f;
constexpr double kTwoOverPi = 0x1.45f306dc9c883p-1;
// pi/2 = kHalfPiHi + kHalfPiLo + O(2^-88). kHalfPiHi has 33 bits: n kHalfPiHi is exact for
// n < 2^20, and so is |x| - n kHalfPiHi (x within a factor of 2 of it). The nearest a float below
// 2^20 comes to a multiple of pi/2 is 2^-27.8 (0x1.f9cbe2p+7, found by trying every float), so
// the reduced argument's error, below 2^-66, is under 2^-38 of it.
constexpr double kHalfPiHi = 0x1.921fb544p0;
constexpr double kHalfPiLo = 0x1.0b4611a626331p-34;
constexpr double kRoundMagic = 0x1.8p52;

// sin r = r + r t S(t), t = r^2, for |r| <= pi/2 (1 + 2^-20): a Chebyshev fit of S (mpmath
// chebyfit, rounded to double) within 2^-33.1 of sin r relative (Taylor needs 7 terms for 2^-37,
// 6 give only 2^-30.5).
constexpr double kSinHalfPi[] = {-0x1.5555555460527p-3, 0x1.11110fdaaeedap-7,
                                 -0x1.a01905b9e4733p-13, 0x1.7196916e492b6p-19,
                                 -0x1.9db1ca1e210dcp-26};
// Taylor coefficients of sin r = r + r t S(t), cos r = 1 + t C(t) for |r| <= pi/4 (1 + 2^-20), tan's range: the
// first omitted terms, r^13/13! and r^12/12!, are below 2^-32 of sin r and cos r.
constexpr double kSin[] = {-1.0 / 6, 1.0 / 120, -1.0 / 5040, 1.0 / 362880, -1.0 / 39916800};
constexpr double kCos[] = {-1.0 / 2, 1.0 / 24, -1.0 / 720, 1.0 / 40320, -1.0 / 3628800};

template <class D, class V, size_t N>
HWY_INLINE V horner(D d, V t, const double (&c)[N]) {
  V p = hn::Set(d, c[N - 1]);
  for (size_t i = N - 1; i-- > 0;) p = hn::MulAdd(p, t, hn::Set(d, c[i]));
  return p;
}

// a - m (hi + lo), for m an integer (pi/2 = kHalfPiHi + kHalfPiLo) or half an odd one (pi):
// exact but for the m lo term, as m hi has at most 53 bits.
template <class D, class V>
HWY_INLINE V reduce(D d, V a, V m, double hi, double lo) {
  return hn::NegMulAdd(m, hn::Set(d, lo), hn::NegMulAdd(m, hn::Set(d, hi), a));
}

// (-1)^(low bit of the integer in k's mantissa), as a sign bit: kRoundMagic's low bit is 0.
template <class D, class V>
HWY_INLINE V parity_sign(D d, V k) {
  const hn::RebindToUnsigned<D> du;
  return hn::BitCast(d, hn::ShiftLeft<63>(hn::BitCast(du, k)));
}

// Which function of the reduced argument a lane needs.
enum class Fn { kSin, kCos, kTan };

// On float64 lanes holding floats below kFastMax in magnitude (others give garbage). sin and cos
// reduce by multiples of pi, so each needs one polynomial, sin's, in every lane: sin |x| =
// (-1)^n sin(|x| - n pi) with n nearest |x|/pi, and cos x = (-1)^(n+1) sin(|x| - (n + 1/2) pi)
// with n nearest |x|/pi - 1/2 (0.76 -> 0.5 ns/element for float32 sin than with both sin and cos
// polynomials on a pi/2 reduction). tan needs both, on the pi/2 reduction.
template <Fn kFn, class D, class V>
HWY_INLINE V on_f64(D d, V x) {
  const V a = hn::Abs(x);
  const V sign_bit = hn::SignBit(d);
  const V x_sign = hn::And(x, sign_bit);
  if constexpr (kFn == Fn::kTan) {
    const V k = hn::MulAdd(a, hn::Set(d, kTwoOverPi), hn::Set(d, kRoundMagic));
    const V r = reduce(d, a, hn::Sub(k, hn::Set(d, kRoundMagic)), kHalfPiHi, kHalfPiLo);
    const V t = hn::Mul(r, r);
    const V s = hn::MulAdd(hn::Mul(r, t), horner(d, t, kSin), r);
    const V c = hn::MulAdd(t, horner(d, t, kCos), hn::Set(d, 1.0));
    // n odd: tan(|x|) = -c/s, else s/c.
    const hn::RebindToUnsigned<D> du;
    const auto odd = hn::RebindMask(d, hn::TestBit(hn::BitCast(du, k), hn::Set(du, 1)));
    const V q = hn::Div(hn::IfThenElse(odd, c, s), hn::IfThenElse(odd, s, c));
    return hn::Xor(q, hn::Xor(hn::IfThenElseZero(odd, sign_bit), x_sign));
  } else {
    // k holds n in its low bits; r = |x| - m pi for m = n (sin) or n + 1/2 (cos).
    const V over_pi = hn::Set(d, 0.5 * kTwoOverPi);
    const V k = kFn == Fn::kSin
                    ? hn::MulAdd(a, over_pi, hn::Set(d, kRoundMagic))
                    : hn::Add(hn::MulAdd(a, over_pi, hn::Set(d, -0.5)), hn::Set(d, kRoundMagic));
    const V n = hn::Sub(k, hn::Set(d, kRoundMagic));
    const V m = kFn == Fn::kSin ? n : hn::Add(n, hn::Set(d, 0.5));
    const V r = reduce(d, a, m, 2 * kHalfPiHi, 2 * kHalfPiLo);
    const V t = hn::Mul(r, r);
    const V s = hn::MulAdd(hn::Mul(r, t), horner(d, t, kSinHalfPi), r);
    const V sign = kFn == Fn::kSin ? hn::Xor(parity_sign(d, k), x_sign)
                                   : hn::Xor(parity_sign(d, k), sign_bit);
    return hn::Xor(s, sign);
  }
}

template <Fn kFn, class D, class V>
HWY_INLINE V sin_cos_tan(D d, V x, double (*scalar)(double)) {
  const V y = via_f64(
      d, [](auto dd, auto v) { return on_f64<kFn>(dd, v); }, x);
  return patch_lanes(d, x, y, hn::Not(hn::Lt(hn::Abs(x), hn::Set(d, kFastMax))),
                     [scalar](float v) { return static_cast<float>(scalar(v)); });
}

}  // namespace trig_f32

template <class D, class V>
HWY_INLINE V SineF32(D d, V x) {
  return trig_f32::sin_cos_tan<trig_f32::Fn::kSin>(d, x, [](double v) { return std::sin(v); });
}
template <class D, class V>
HWY_INLINE V CosineF32(D d, V x) {
  return trig_f32::sin_cos_tan<trig_f32::Fn::kCos>(d, x, [](double v) { return std::cos(v); });
}
template <class D, class V>
HWY_INLINE V TangentF32(D d, V x) {
  return trig_f32::sin_cos_tan<trig_f32::Fn::kTan>(d, x, [](double v) { return std::tan(v); });
}

}  // namespace HWY_NAMESPACE
}  // namespace kernels
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_TRIG_F32_INL_H_ toggle
