// Trigonometric functions on lanes: sin cos tan asin acos atan atan2.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_TRIG_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_TRIG_INL_H_
#undef UFUNC_KERNELS_TRIG_INL_H_
#else
#define UFUNC_KERNELS_TRIG_INL_H_
#endif

#include <cmath>
#include <limits>

#include "hwy/highway.h"
#include "kernels/math-inl.h"
#include "kernels/promote-inl.h"
#include "ufunc/lanes-inl.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

}  // namespace HWY_NAMESPACE
}  // namespace kernels

// The Lanes bindings, found by argument-dependent lookup from users' lambdas.
namespace HWY_NAMESPACE {

UFUNC_DETAIL_UNARY_FLOAT_LANES(sin, Sin)
UFUNC_DETAIL_UNARY_FLOAT_LANES(cos, Cos)

}  // namespace HWY_NAMESPACE
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_TRIG_INL_H_ toggle
