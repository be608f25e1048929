// Arithmetic beyond the operators, on lanes: cbrt hypot rint copysign sign fmin fmax signbit clip
// square reciprocal, NumPy's integer floor_divide and remainder.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_ARITH_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_ARITH_INL_H_
#undef UFUNC_KERNELS_ARITH_INL_H_
#else
#define UFUNC_KERNELS_ARITH_INL_H_
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
namespace HWY_NAMESPACE {}  // namespace HWY_NAMESPACE
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_ARITH_INL_H_ toggle
