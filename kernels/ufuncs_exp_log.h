// Built-in ufuncs, exponentials and logarithms, float32 and float64. Part of kernels/ufuncs.h; the
// special values are glibc's and the errors, measured against MPFR, are in docs/accuracy.md.
#ifndef UFUNC_KERNELS_UFUNCS_EXP_LOG_H_
#define UFUNC_KERNELS_UFUNCS_EXP_LOG_H_

#include "ufunc/ufunc.h"

namespace ufunc {

UFUNC_DECLARE(exp, 1, 1, (float, double));    // e^x
UFUNC_DECLARE(exp2, 1, 1, (float, double));   // 2^x
UFUNC_DECLARE(expm1, 1, 1, (float, double));  // e^x - 1, accurate near 0
UFUNC_DECLARE(log, 1, 1, (float, double));    // natural logarithm
UFUNC_DECLARE(log2, 1, 1, (float, double));
UFUNC_DECLARE(log10, 1, 1, (float, double));
UFUNC_DECLARE(log1p, 1, 1, (float, double));  // log(1 + x), accurate near 0
UFUNC_DECLARE(power, 2, 1, (float, double));  // x^y (NumPy's name)

}  // namespace ufunc

#endif  // UFUNC_KERNELS_UFUNCS_EXP_LOG_H_
