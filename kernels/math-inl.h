// Vector math with the special values of <cmath>: Highway's contrib functions on the range where
// they are accurate, and the C library on the rare lanes outside it (NaN, infinities, huge
// arguments, subnormal results). Highway 1.0.3 alone returns Exp(NaN) = 0, Log(0) = -746.5,
// Sin(1e22) = inf and Sin(-0) = +0 (measured, see DESIGN.md); these wrappers return what glibc
// returns.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_MATH_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_MATH_INL_H_
#undef UFUNC_KERNELS_MATH_INL_H_
#else
#define UFUNC_KERNELS_MATH_INL_H_
#endif

#include <cmath>
#include <limits>

#include "hwy/contrib/math/math-inl.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// Replaces the lanes of `y` where `outside` holds by scalar(x) for that lane. The fast path (no
// such lane) costs one mask test.
template <class D, class V, class Scalar>
HWY_INLINE V patch_lanes(D d, V x, V y, hn::Mask<D> outside, Scalar scalar) {
  if (HWY_LIKELY(hn::AllFalse(d, outside))) return y;
  using T = hn::TFromD<D>;
  constexpr size_t kMax = HWY_MAX_BYTES / sizeof(T);
  HWY_ALIGN T xs[kMax];
  HWY_ALIGN T ys[kMax];
  HWY_ALIGN hwy::MakeUnsigned<T> bad[kMax];
  const hn::RebindToUnsigned<D> du;
  hn::Store(x, d, xs);
  hn::Store(y, d, ys);
  hn::Store(hn::BitCast(du, hn::VecFromMask(d, outside)), du, bad);
  for (size_t i = 0; i < hn::Lanes(d); ++i) {
    if (bad[i] != 0) ys[i] = scalar(xs[i]);
  }
  return hn::Load(d, ys);
}

template <class T>
struct Limits {
  // contrib Sin/Cos keep their 3 ULP bound up to here.
  static constexpr T kTrigMax = T(39000.0);
};

template <class D, class V>
HWY_INLINE V Sin(D d, V x) {
  using T = hn::TFromD<D>;
  const auto inside = hn::Le(hn::Abs(x), hn::Set(d, Limits<T>::kTrigMax));
  // sin(+-0) = +-0: contrib loses the sign.
  const V y = hn::IfThenElse(hn::Eq(x, hn::Zero(d)), x, hn::Sin(d, x));
  return patch_lanes(d, x, y, hn::Not(inside), [](T v) { return std::sin(v); });
}

template <class D, class V>
HWY_INLINE V Cos(D d, V x) {
  using T = hn::TFromD<D>;
  const auto inside = hn::Le(hn::Abs(x), hn::Set(d, Limits<T>::kTrigMax));
  return patch_lanes(d, x, hn::Cos(d, x), hn::Not(inside), [](T v) { return std::cos(v); });
}

}  // namespace HWY_NAMESPACE
}  // namespace kernels
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_MATH_INL_H_ toggle
