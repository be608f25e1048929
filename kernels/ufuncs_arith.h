// Built-in ufuncs, arithmetic: add subtract multiply divide negative positive absolute square
// reciprocal muladd minimum maximum fmin fmax sqrt cbrt floor ceil trunc rint copysign sign clip
// hypot. Part of kernels/ufuncs.h; accuracy in docs/accuracy.md.
//
// All are exact (correctly rounded: the IEEE operations, rounding and sign functions) except cbrt
// and hypot, whose error against MPFR is in docs/accuracy.md. Integers wrap around on overflow,
// as in NumPy: absolute(INT_MIN) = negative(INT_MIN) = INT_MIN.
#ifndef UFUNC_KERNELS_UFUNCS_ARITH_H_
#define UFUNC_KERNELS_UFUNCS_ARITH_H_

#include <cstdint>

#include "ufunc/ufunc.h"

namespace ufunc {

// a + b. Reorderable, identity 0.
UFUNC_DECLARE(add, 2, 1, (float, double, int32_t, int64_t));
// a - b.
UFUNC_DECLARE(subtract, 2, 1, (float, double, int32_t, int64_t));
// a * b. Reorderable, identity 1.
UFUNC_DECLARE(multiply, 2, 1, (float, double, int32_t, int64_t));
// a / b, NumPy's true division (floating point only; 1 / 0 = inf, 0 / 0 = NaN).
UFUNC_DECLARE(divide, 2, 1, (float, double));
// -x (negative(0.0) = -0.0).
UFUNC_DECLARE(negative, 1, 1, (float, double, int32_t, int64_t));
// +x, a copy.
UFUNC_DECLARE(positive, 1, 1, (float, double, int32_t, int64_t));
// |x|; clears the sign of -0.0 and of NaN.
UFUNC_DECLARE(absolute, 1, 1, (float, double, int32_t, int64_t));
// x * x.
UFUNC_DECLARE(square, 1, 1, (float, double, int32_t, int64_t));
// 1 / x, floating point only (NumPy also has an integer reciprocal, 1 // x).
UFUNC_DECLARE(reciprocal, 1, 1, (float, double));
// a * b + c rounded once (not in NumPy).
UFUNC_DECLARE(muladd, 3, 1, (float, double));
// The smaller, NaN if either is (the first NaN); equal values give b. Reorderable, identity +inf
// (NumPy has none, so minimum.reduce of nothing is +inf here and an error there).
UFUNC_DECLARE(minimum, 2, 1, (float, double, int32_t, int64_t));
// The larger, NaN if either is (the first NaN); equal values give b. Reorderable, identity -inf.
UFUNC_DECLARE(maximum, 2, 1, (float, double, int32_t, int64_t));
// The smaller, ignoring a NaN (both NaN: the first); equal values give b (fmin(0.0, -0.0) =
// -0.0, as NumPy). Reorderable, identity +inf, so fmin.reduce of all-NaN gives +inf where NumPy
// gives NaN.
UFUNC_DECLARE(fmin, 2, 1, (float, double, int32_t, int64_t));
// The larger, ignoring a NaN; as fmin. Reorderable, identity -inf.
UFUNC_DECLARE(fmax, 2, 1, (float, double, int32_t, int64_t));
// sqrt(x), correctly rounded; sqrt(-0.0) = -0.0, sqrt(x < 0) = NaN.
UFUNC_DECLARE(sqrt, 1, 1, (float, double));
// The real cube root: cbrt(-8) = -2, cbrt(-0.0) = -0.0.
UFUNC_DECLARE(cbrt, 1, 1, (float, double));
// floor(x); keeps the sign of zero.
UFUNC_DECLARE(floor, 1, 1, (float, double));
// ceil(x); ceil(-0.5) = -0.0.
UFUNC_DECLARE(ceil, 1, 1, (float, double));
// trunc(x); trunc(-0.5) = -0.0.
UFUNC_DECLARE(trunc, 1, 1, (float, double));
// Round to nearest, ties to even: rint(2.5) = 2, rint(-0.4) = -0.0.
UFUNC_DECLARE(rint, 1, 1, (float, double));
// |a| with the sign bit of b (also a NaN's: copysign(1, -nan) = -1).
UFUNC_DECLARE(copysign, 2, 1, (float, double));
// -1, 0 or 1; sign(-0.0) = +0.0, sign(nan) = nan.
UFUNC_DECLARE(sign, 1, 1, (float, double, int32_t, int64_t));
// minimum(maximum(x, lo), hi), as NumPy: a NaN anywhere gives NaN, lo > hi gives hi.
UFUNC_DECLARE(clip, 3, 1, (float, double, int32_t, int64_t));
// sqrt(a * a + b * b) without overflow or underflow; hypot(+-inf, nan) = inf, as C says.
UFUNC_DECLARE(hypot, 2, 1, (float, double));

}  // namespace ufunc

#endif  // UFUNC_KERNELS_UFUNCS_ARITH_H_
