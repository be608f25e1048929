// The ufuncs of tests/test_kernels.h.
#define UFUNC_KERNEL_FILE "tests/test_kernels.cc"
#include "tests/test_kernels.h"

#include "ufunc/define.h"

namespace test_kernels {

UFUNC_DEFINE(trig, (float, double), [](auto a, auto b) { return sin(a * a) * exp(b); })
UFUNC_DEFINE(discriminant, (float, double, int32_t, int64_t),
             [](auto a, auto b, auto c) { return b * b - 4 * a * c; })

UFUNC_DEFINE(sincos, (float, double), [](auto x) { return std::make_pair(sin(x), cos(x)); })
UFUNC_DEFINE(divmod, (float, double), [](auto a, auto b) {
  const auto q = floor(a / b);
  return std::make_tuple(q, a - q * b);
})

UFUNC_DEFINE(clip_to_unit, (float, double, int32_t, int64_t),
             [](auto x) { return where(x < -1 || !(x <= 1), where(x < 0, -1, 1), x); })
UFUNC_DEFINE(mixed_literals, (float, double), [](auto x) { return 4 * x + 1.5f - 0.25 * x / 2u; })
UFUNC_DEFINE(integer_bits, (int32_t, int64_t), [](auto a, auto b) {
  return ((a & b) | (a ^ 7)) + ((~b & 0xffff) << 3) - (a >> 1) * 3;
})

UFUNC_DEFINE(exp_, (float, double), [](auto x) { return exp(x); })
UFUNC_DEFINE(log_, (float, double), [](auto x) { return log(x); })
UFUNC_DEFINE(sin_, (float, double), [](auto x) { return sin(x); })
UFUNC_DEFINE(cos_, (float, double), [](auto x) { return cos(x); })
UFUNC_DEFINE(tanh_, (float, double), [](auto x) { return tanh(x); })
UFUNC_DEFINE(sqrt_, (float, double), [](auto x) { return sqrt(x); })
UFUNC_DEFINE(rounding, (float, double),
             [](auto x) { return floor(x) * 4 + ceil(x) * 2 + trunc(x) - abs(x); })
UFUNC_DEFINE(abs_, (float, double, int32_t, int64_t), [](auto x) { return abs(x); })
UFUNC_DEFINE(muladd_, (float, double), [](auto a, auto b, auto c) { return muladd(a, b, c); })
UFUNC_DEFINE(minmax, (float, double, int32_t, int64_t),
             [](auto a, auto b) { return std::make_pair(minimum(a, b), maximum(a, b)); })
UFUNC_DEFINE(nan_to_zero, (float, double), [](auto x) {
  return where(isnan(x), 0, where(isinf(x), 1, where(isfinite(x), x, 2)));
})

UFUNC_DEFINE_REDUCIBLE(add, (float, double, int32_t, int64_t), ufunc::Identity::kZero,
                       [](auto a, auto b) { return a + b; })
UFUNC_DEFINE_REDUCIBLE(multiply, (float, double, int32_t, int64_t), ufunc::Identity::kOne,
                       [](auto a, auto b) { return a * b; })
UFUNC_DEFINE_REDUCIBLE(maximum_, (float, double, int32_t, int64_t), ufunc::Identity::kMinusInfinity,
                       [](auto a, auto b) { return maximum(a, b); })
UFUNC_DEFINE_REDUCIBLE(max_no_identity, (float, double, int32_t, int64_t), ufunc::Identity::kNone,
                       [](auto a, auto b) { return maximum(a, b); })
UFUNC_DEFINE_REDUCIBLE(add_no_identity, (float, double, int32_t, int64_t), ufunc::Identity::kNone,
                       [](auto a, auto b) { return a + b; })
UFUNC_DEFINE(subtract, (float, double, int32_t, int64_t), [](auto a, auto b) { return a - b; })

}  // namespace test_kernels
