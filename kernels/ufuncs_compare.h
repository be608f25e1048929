// Built-in ufuncs, comparisons, predicates and logic: equal not_equal less less_equal greater
// greater_equal isnan isinf isfinite signbit logical_and logical_or logical_xor logical_not where.
// Part of kernels/ufuncs.h; accuracy in docs/accuracy.md.
//
// Unlike NumPy, which returns bool arrays, these return the element type of their inputs (a call
// has one element type, and there are no bool arrays): 1 for true, 0 for false. logical_* and
// where take any nonzero value as true, NaN included (as NumPy does: logical_not(nan) = 0).
// Comparisons follow IEEE: every comparison with a NaN is false except not_equal.
#ifndef UFUNC_KERNELS_UFUNCS_COMPARE_H_
#define UFUNC_KERNELS_UFUNCS_COMPARE_H_

#include <cstdint>

#include "ufunc/ufunc.h"

namespace ufunc {

// a == b, as 1 or 0.
UFUNC_DECLARE(equal, 2, 1, (float, double, int32_t, int64_t));
// a != b, as 1 or 0 (1 when either is NaN).
UFUNC_DECLARE(not_equal, 2, 1, (float, double, int32_t, int64_t));
// a < b, as 1 or 0.
UFUNC_DECLARE(less, 2, 1, (float, double, int32_t, int64_t));
// a <= b, as 1 or 0.
UFUNC_DECLARE(less_equal, 2, 1, (float, double, int32_t, int64_t));
// a > b, as 1 or 0.
UFUNC_DECLARE(greater, 2, 1, (float, double, int32_t, int64_t));
// a >= b, as 1 or 0.
UFUNC_DECLARE(greater_equal, 2, 1, (float, double, int32_t, int64_t));
// Whether x is a NaN, as 1 or 0 (always 0 for integers).
UFUNC_DECLARE(isnan, 1, 1, (float, double, int32_t, int64_t));
// Whether x is +-inf, as 1 or 0 (always 0 for integers).
UFUNC_DECLARE(isinf, 1, 1, (float, double, int32_t, int64_t));
// Whether x is neither infinite nor NaN, as 1 or 0 (always 1 for integers).
UFUNC_DECLARE(isfinite, 1, 1, (float, double, int32_t, int64_t));
// Whether the sign bit of x is set (-0.0 and NaNs with it too), as 1 or 0. Floats only, as NumPy.
UFUNC_DECLARE(signbit, 1, 1, (float, double));
// a && b (nonzero is true), as 1 or 0.
UFUNC_DECLARE(logical_and, 2, 1, (float, double, int32_t, int64_t));
// a || b (nonzero is true), as 1 or 0.
UFUNC_DECLARE(logical_or, 2, 1, (float, double, int32_t, int64_t));
// Exactly one of a, b nonzero, as 1 or 0.
UFUNC_DECLARE(logical_xor, 2, 1, (float, double, int32_t, int64_t));
// x == 0, as 1 or 0 (logical_not(-0.0) = 1, logical_not(nan) = 0).
UFUNC_DECLARE(logical_not, 1, 1, (float, double, int32_t, int64_t));
// where(cond, x, y): x where cond is nonzero (NaN included), else y; cond has x's element type.
UFUNC_DECLARE(where, 3, 1, (float, double, int32_t, int64_t));

}  // namespace ufunc

#endif  // UFUNC_KERNELS_UFUNCS_COMPARE_H_
