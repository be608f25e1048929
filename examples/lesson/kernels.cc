// The lesson's ufuncs: compiled once per SIMD target by ufunc_add_kernels.
#define UFUNC_KERNEL_FILE "kernels.cc"
#include "kernels.h"

#include "ufunc/define.h"

namespace lesson {
UFUNC_DEFINE(trig, (float, double), [](auto a, auto b) { return sin(a * a) * exp(b); })
UFUNC_DEFINE(discriminant, (float, double, int32_t, int64_t),
             [](auto a, auto b, auto c) { return b * b - 4 * a * c; })
UFUNC_DEFINE(sincos, (float, double), [](auto x) { return std::make_pair(sin(x), cos(x)); })
UFUNC_DEFINE(tanh_, (float, double), [](auto x) { return tanh(x); })
// Reorderable, with identity 0: add.reduce sums pairwise in SIMD lanes.
UFUNC_DEFINE_REDUCIBLE(add, (float, double), ufunc::Identity::kZero,
                       [](auto a, auto b) { return a + b; })
}  // namespace lesson
