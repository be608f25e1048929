// The scalar twins of the lane functions that <cmath> does not have (kernels/arith-inl.h), with
// NumPy's semantics; part of kernels/scalar_math.h.
#ifndef UFUNC_KERNELS_SCALAR_ARITH_H_
#define UFUNC_KERNELS_SCALAR_ARITH_H_

namespace ufunc {
namespace math {}  // namespace math
}  // namespace ufunc

// The names of this file that lambdas may call (ufunc/define.h brings them into a lambda's scope).
#define UFUNC_DETAIL_SCALAR_ARITH

#endif  // UFUNC_KERNELS_SCALAR_ARITH_H_
