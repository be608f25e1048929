// The kernels the benchmark compares across SIMD targets and against NumPy, numba and numexpr
// (bench/peers.py times the same expressions).
#ifndef UFUNC_BENCH_BENCH_KERNELS_H_
#define UFUNC_BENCH_BENCH_KERNELS_H_

#include "ufunc/ufunc.h"

namespace bench_kernels {
UFUNC_DECLARE(add, 2, 1, (float, double));
UFUNC_DECLARE(muladd, 3, 1, (float, double));
UFUNC_DECLARE(discriminant, 3, 1, (float, double));
UFUNC_DECLARE(trig, 2, 1, (float, double));
UFUNC_DECLARE(exp, 1, 1, (float, double));
UFUNC_DECLARE(log, 1, 1, (float, double));
UFUNC_DECLARE(sin, 1, 1, (float, double));
UFUNC_DECLARE(sqrt, 1, 1, (float, double));
}  // namespace bench_kernels

#endif  // UFUNC_BENCH_BENCH_KERNELS_H_
