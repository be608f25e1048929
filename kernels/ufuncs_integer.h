// Built-in ufuncs, integer functions: bitwise_and bitwise_or bitwise_xor invert left_shift
// right_shift floor_divide remainder. Part of kernels/ufuncs.h; accuracy in docs/accuracy.md.
//
// All are exact. Where NumPy 1.24 warns (integer division by zero, INT_MIN // -1) these give the
// same values without a warning; integer arithmetic wraps around as in NumPy.
#ifndef UFUNC_KERNELS_UFUNCS_INTEGER_H_
#define UFUNC_KERNELS_UFUNCS_INTEGER_H_

#include <cstdint>

#include "ufunc/ufunc.h"

namespace ufunc {

// a & b.
UFUNC_DECLARE(bitwise_and, 2, 1, (int32_t, int64_t));
// a | b.
UFUNC_DECLARE(bitwise_or, 2, 1, (int32_t, int64_t));
// a ^ b.
UFUNC_DECLARE(bitwise_xor, 2, 1, (int32_t, int64_t));
// ~a. NumPy's bitwise_not is another name for it; this library has only invert.
UFUNC_DECLARE(invert, 1, 1, (int32_t, int64_t));
// a << n, per element; n < 0 or n >= the width gives 0 (NumPy 1.24: left_shift(5, 32) = 0).
UFUNC_DECLARE(left_shift, 2, 1, (int32_t, int64_t));
// a >> n (arithmetic), per element; n < 0 or n >= the width gives 0, or -1 for a < 0 (NumPy 1.24).
UFUNC_DECLARE(right_shift, 2, 1, (int32_t, int64_t));
// floor(a / b). Integers: a // 0 = 0, INT_MIN // -1 = INT_MIN. Floats: a // 0 = a / 0 (inf or
// NaN), inf // x = NaN, x // inf = 0 or -1 (signs differ), as NumPy 1.24.
UFUNC_DECLARE(floor_divide, 2, 1, (float, double, int32_t, int64_t));
// a - floor_divide(a, b) * b, with b's sign. Integers: a % 0 = 0. Floats: a % 0 = NaN,
// inf % x = NaN, x % inf = x (same signs) or inf (signs differ), as NumPy 1.24.
UFUNC_DECLARE(remainder, 2, 1, (float, double, int32_t, int64_t));

}  // namespace ufunc

#endif  // UFUNC_KERNELS_UFUNCS_INTEGER_H_
