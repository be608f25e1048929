// Ufuncs the tests exercise, defined in tests/test_kernels.cc the way a user defines theirs.
#ifndef UFUNC_TESTS_TEST_KERNELS_H_
#define UFUNC_TESTS_TEST_KERNELS_H_

#include <cstdint>

#include "ufunc/ufunc.h"

namespace test_kernels {

// The lesson's two examples.
UFUNC_DECLARE(trig, 2, 1, (float, double));
UFUNC_DECLARE(discriminant, 3, 1, (float, double, int32_t, int64_t));

// Two outputs.
UFUNC_DECLARE(sincos, 1, 2, (float, double));
UFUNC_DECLARE(divmod, 2, 2, (float, double));

// Comparisons, where, logical operators on masks, literals of other types.
UFUNC_DECLARE(clip_to_unit, 1, 1, (float, double, int32_t, int64_t));
UFUNC_DECLARE(mixed_literals, 1, 1, (float, double));
UFUNC_DECLARE(integer_bits, 2, 1, (int32_t, int64_t));

// One per math function lambdas may call, to check each against <cmath> on special values.
UFUNC_DECLARE(exp_, 1, 1, (float, double));
UFUNC_DECLARE(log_, 1, 1, (float, double));
UFUNC_DECLARE(sin_, 1, 1, (float, double));
UFUNC_DECLARE(cos_, 1, 1, (float, double));
UFUNC_DECLARE(tanh_, 1, 1, (float, double));
UFUNC_DECLARE(sqrt_, 1, 1, (float, double));
UFUNC_DECLARE(rounding, 1, 1, (float, double));
UFUNC_DECLARE(abs_, 1, 1, (float, double, int32_t, int64_t));
UFUNC_DECLARE(muladd_, 3, 1, (float, double));
UFUNC_DECLARE(minmax, 2, 2, (float, double, int32_t, int64_t));
UFUNC_DECLARE(nan_to_zero, 1, 1, (float, double));

// Reductions: reorderable with an identity, reorderable without one, and not reorderable.
UFUNC_DECLARE(add, 2, 1, (float, double, int32_t, int64_t));
UFUNC_DECLARE(multiply, 2, 1, (float, double, int32_t, int64_t));
UFUNC_DECLARE(maximum_, 2, 1, (float, double, int32_t, int64_t));
UFUNC_DECLARE(max_no_identity, 2, 1, (float, double, int32_t, int64_t));
UFUNC_DECLARE(add_no_identity, 2, 1, (float, double, int32_t, int64_t));
UFUNC_DECLARE(subtract, 2, 1, (float, double, int32_t, int64_t));

}  // namespace test_kernels

#endif  // UFUNC_TESTS_TEST_KERNELS_H_
