// Built-in ufuncs, hyperbolic functions, float32 and float64. Part of kernels/ufuncs.h; the special
// values are glibc's and the errors, measured against MPFR, are in docs/accuracy.md.
#ifndef UFUNC_KERNELS_UFUNCS_HYPERBOLIC_H_
#define UFUNC_KERNELS_UFUNCS_HYPERBOLIC_H_

#include "ufunc/ufunc.h"

namespace ufunc {

UFUNC_DECLARE(sinh, 1, 1, (float, double));
UFUNC_DECLARE(cosh, 1, 1, (float, double));
UFUNC_DECLARE(tanh, 1, 1, (float, double));
UFUNC_DECLARE(arcsinh, 1, 1, (float, double));  // NumPy's names for asinh, acosh, atanh
UFUNC_DECLARE(arccosh, 1, 1, (float, double));
UFUNC_DECLARE(arctanh, 1, 1, (float, double));

}  // namespace ufunc

#endif  // UFUNC_KERNELS_UFUNCS_HYPERBOLIC_H_
