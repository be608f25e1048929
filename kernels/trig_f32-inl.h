// sin, cos and tan of float32 lanes, with float32-length polynomials evaluated in float64.
//
// The float64 algorithms (trig-inl.h) carry every result to 1 ULP of float64, which float32 does
// not need: here the argument is reduced in float64 (exact for float inputs, see below) and the
// Taylor polynomials stop where their error drops below 2^-32, so the float64 result is within
// 2^-32 relative of the true value and rounds to the nearest float except within 2^-8 ULP of a
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

// Taylor coefficients: sin r = r + r t S(t), cos r = 1 + t C(t), t = r^2, |r| <= pi/4 (1 + 2^-20).
// The first omitted terms, r^13/13! and r^12/12!, are below 2^-32 of sin r and cos r.
constexpr double kSin[] = {-1.0 / 6, 1.0 / 120, -1.0 / 5040, 1.0 / 362880, -1.0 / 39916800};
constexpr double kCos[] = {-1.0 / 2, 1.0 / 24, -1.0 / 720, 1.0 / 40320, -1.0 / 3628800};

template <class D, class V, size_t N>
HWY_INLINE V horner(D d, V t, const double (&c)[N]) {
  V p = hn::Set(d, c[N - 1]);
  for (size_t i = N - 1; i-- > 0;) p = hn::MulAdd(p, t, hn::Set(d, c[i]));
  return p;
}

// Which function of the reduced argument a lane needs.
enum class Fn { kSin, kCos, kTan };

// On float64 lanes holding floats below kFastMax in magnitude (others give garbage).
template <Fn kFn, class D, class V>
HWY_INLINE V on_f64(D d, V x) {
  const hn::RebindToUnsigned<D> du;
  const V a = hn::Abs(x);
  const V k = hn::MulAdd(a, hn::Set(d, kTwoOverPi), hn::Set(d, kRoundMagic));
  const auto n = hn::BitCast(du, k);  // n in the low bits
  const V nd = hn::Sub(k, hn::Set(d, kRoundMagic));
  const V r = hn::NegMulAdd(nd, hn::Set(d, kHalfPiLo), hn::NegMulAdd(nd, hn::Set(d, kHalfPiHi), a));
  const V t = hn::Mul(r, r);
  const V s = hn::MulAdd(hn::Mul(r, t), horner(d, t, kSin), r);
  const V c = hn::MulAdd(t, horner(d, t, kCos), hn::Set(d, 1.0));
  // n mod 4 = 0, 1, 2, 3: sin(|x|) = s, c, -s, -c; cos x = c, -s, -c, s; tan(|x|) = s/c, -c/s.
  const auto odd = hn::RebindMask(d, hn::TestBit(n, hn::Set(du, 1)));
  const V sign_bit = hn::SignBit(d);
  const V x_sign = hn::And(x, sign_bit);
  if constexpr (kFn == Fn::kTan) {
    const V q = hn::Div(hn::IfThenElse(odd, c, s), hn::IfThenElse(odd, s, c));
    return hn::Xor(q, hn::Xor(hn::IfThenElseZero(odd, sign_bit), x_sign));
  } else {
    const auto bit1 = hn::RebindMask(d, hn::TestBit(n, hn::Set(du, 2)));
    if constexpr (kFn == Fn::kSin) {
      const V sign = hn::Xor(hn::IfThenElseZero(bit1, sign_bit), x_sign);
      return hn::Xor(hn::IfThenElse(odd, c, s), sign);
    } else {
      // cos is negative in quadrants 1 and 2: bit 1 of n + 1.
      const auto negative = hn::Xor(odd, bit1);
      return hn::Xor(hn::IfThenElse(odd, s, c), hn::IfThenElseZero(negative, sign_bit));
    }
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
