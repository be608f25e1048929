#define UFUNC_KERNEL_FILE "bench/bench_kernels.cc"
#include "bench/bench_kernels.h"

#include "ufunc/define.h"

namespace bench_kernels {
// Reorderable: add.reduce (the sum kernels) gets the pairwise SIMD fold and parallel reductions.
UFUNC_DEFINE_REDUCIBLE(add, (float, double), ufunc::Identity::kZero,
                       [](auto a, auto b) { return a + b; })
UFUNC_DEFINE(muladd, (float, double), [](auto a, auto b, auto c) { return a * b + c; })
UFUNC_DEFINE(discriminant, (float, double),
             [](auto a, auto b, auto c) { return b * b - 4 * a * c; })
UFUNC_DEFINE(trig, (float, double), [](auto a, auto b) { return sin(a * a) * exp(b); })
UFUNC_DEFINE(exp, (float, double), [](auto x) { return exp(x); })
UFUNC_DEFINE(log, (float, double), [](auto x) { return log(x); })
UFUNC_DEFINE(sin, (float, double), [](auto x) { return sin(x); })
UFUNC_DEFINE(sqrt, (float, double), [](auto x) { return sqrt(x); })
}  // namespace bench_kernels
