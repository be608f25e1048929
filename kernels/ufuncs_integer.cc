// The built-in ufuncs of kernels/ufuncs_integer.h, compiled once per SIMD target.
#define UFUNC_KERNEL_FILE "kernels/ufuncs_integer.cc"
#include "kernels/ufuncs_integer.h"

#include "ufunc/define.h"

namespace ufunc {

UFUNC_DEFINE_REDUCIBLE(bitwise_and, (int32_t, int64_t), Identity::kMinusOne,
                       [](auto a, auto b) { return a & b; })
UFUNC_DEFINE_REDUCIBLE(bitwise_or, (int32_t, int64_t), Identity::kZero,
                       [](auto a, auto b) { return a | b; })
UFUNC_DEFINE_REDUCIBLE(bitwise_xor, (int32_t, int64_t), Identity::kZero,
                       [](auto a, auto b) { return a ^ b; })
UFUNC_DEFINE(invert, (int32_t, int64_t), [](auto a) { return ~a; })
UFUNC_DEFINE(left_shift, (int32_t, int64_t), [](auto a, auto n) { return left_shift(a, n); })
UFUNC_DEFINE(right_shift, (int32_t, int64_t), [](auto a, auto n) { return right_shift(a, n); })
UFUNC_DEFINE(floor_divide, (float, double, int32_t, int64_t),
             [](auto a, auto b) { return floor_divide(a, b); })
UFUNC_DEFINE(remainder, (float, double, int32_t, int64_t),
             [](auto a, auto b) { return remainder(a, b); })

}  // namespace ufunc
