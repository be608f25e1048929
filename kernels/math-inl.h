// patch_lanes (patch_lanes2 for two arguments): the C library's value for the rare lanes a vector
// algorithm does not cover (NaN, infinities, huge arguments, subnormal inputs), so that special
// values are glibc's bit for bit while the common lanes pay one mask test per vector. Used by every
// family of kernels/*-inl.h. per_lane2: a function of two arguments computed lane by lane.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_MATH_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_MATH_INL_H_
#undef UFUNC_KERNELS_MATH_INL_H_
#else
#define UFUNC_KERNELS_MATH_INL_H_
#endif

#include <cstddef>

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

// patch_lanes for a function of two arguments: the lanes of `y` where `outside` holds become
// scalar(a, b) for that lane.
template <class D, class V, class Scalar>
HWY_INLINE V patch_lanes2(D d, V a, V b, V y, hn::Mask<D> outside, Scalar scalar) {
  if (HWY_LIKELY(hn::AllFalse(d, outside))) return y;
  using T = hn::TFromD<D>;
  constexpr size_t kMax = HWY_MAX_BYTES / sizeof(T);
  HWY_ALIGN T as[kMax];
  HWY_ALIGN T bs[kMax];
  HWY_ALIGN T ys[kMax];
  HWY_ALIGN hwy::MakeUnsigned<T> bad[kMax];
  const hn::RebindToUnsigned<D> du;
  hn::Store(a, d, as);
  hn::Store(b, d, bs);
  hn::Store(y, d, ys);
  hn::Store(hn::BitCast(du, hn::VecFromMask(d, outside)), du, bad);
  for (size_t i = 0; i < hn::Lanes(d); ++i) {
    if (bad[i] != 0) ys[i] = scalar(as[i], bs[i]);
  }
  return hn::Load(d, ys);
}

// scalar(a, b) in every lane.
template <class D, class V, class Scalar>
HWY_INLINE V per_lane2(D d, V a, V b, Scalar scalar) {
  using T = hn::TFromD<D>;
  constexpr size_t kMax = HWY_MAX_BYTES / sizeof(T);
  HWY_ALIGN T as[kMax];
  HWY_ALIGN T bs[kMax];
  hn::Store(a, d, as);
  hn::Store(b, d, bs);
  for (size_t i = 0; i < hn::Lanes(d); ++i) as[i] = scalar(as[i], bs[i]);
  return hn::Load(d, as);
}

}  // namespace HWY_NAMESPACE
}  // namespace kernels
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_MATH_INL_H_ toggle
