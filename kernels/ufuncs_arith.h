// Built-in ufuncs, arithmetic: add subtract multiply divide negative positive absolute square
// reciprocal muladd minimum maximum fmin fmax sqrt cbrt floor ceil trunc rint copysign sign clip
// hypot. Part of kernels/ufuncs.h; accuracy in docs/accuracy.md.
#ifndef UFUNC_KERNELS_UFUNCS_ARITH_H_
#define UFUNC_KERNELS_UFUNCS_ARITH_H_

#include <cstdint>

#include "ufunc/ufunc.h"

namespace ufunc {}  // namespace ufunc

#endif  // UFUNC_KERNELS_UFUNCS_ARITH_H_
