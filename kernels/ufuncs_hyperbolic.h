// Built-in ufuncs, hyperbolic functions: sinh cosh tanh asinh acosh atanh.
// Part of kernels/ufuncs.h; accuracy in docs/accuracy.md.
#ifndef UFUNC_KERNELS_UFUNCS_HYPERBOLIC_H_
#define UFUNC_KERNELS_UFUNCS_HYPERBOLIC_H_

#include <cstdint>

#include "ufunc/ufunc.h"

namespace ufunc {}  // namespace ufunc

#endif  // UFUNC_KERNELS_UFUNCS_HYPERBOLIC_H_
