// Hyperbolic functions on lanes: sinh cosh tanh asinh acosh atanh.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_HYPERBOLIC_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_HYPERBOLIC_INL_H_
#undef UFUNC_KERNELS_HYPERBOLIC_INL_H_
#else
#define UFUNC_KERNELS_HYPERBOLIC_INL_H_
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

UFUNC_DETAIL_UNARY_FLOAT_LANES(tanh, Tanh)

}  // namespace HWY_NAMESPACE
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_HYPERBOLIC_INL_H_ toggle
