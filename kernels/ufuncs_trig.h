// Built-in ufuncs, trigonometric functions: sin cos tan asin acos atan atan2.
// Part of kernels/ufuncs.h; accuracy in docs/accuracy.md.
#ifndef UFUNC_KERNELS_UFUNCS_TRIG_H_
#define UFUNC_KERNELS_UFUNCS_TRIG_H_

#include "ufunc/ufunc.h"

namespace ufunc {

// NumPy's names. Largest error measured against MPFR on the x86 targets, float64 | float32, in
// ULP; special values and huge arguments give what glibc gives.
UFUNC_DECLARE(sin, 1, 1, (float, double));      // sine of radians: 0.77 | 0.50
UFUNC_DECLARE(cos, 1, 1, (float, double));      // cosine of radians: 0.74 | 0.50
UFUNC_DECLARE(tan, 1, 1, (float, double));      // tangent of radians: 0.95 | 0.50
UFUNC_DECLARE(arcsin, 1, 1, (float, double));   // asin, in [-pi/2, pi/2]: 0.64 | 0.50
UFUNC_DECLARE(arccos, 1, 1, (float, double));   // acos, in [0, pi]: 0.59 | 0.50
UFUNC_DECLARE(arctan, 1, 1, (float, double));   // atan, in [-pi/2, pi/2]: 0.70 | 0.50
UFUNC_DECLARE(arctan2, 2, 1, (float, double));  // atan2(y, x), the angle of (x, y): 0.64 | 0.96

}  // namespace ufunc

#endif  // UFUNC_KERNELS_UFUNCS_TRIG_H_
