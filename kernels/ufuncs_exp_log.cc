// The built-in ufuncs of kernels/ufuncs_exp_log.h, compiled once per SIMD target.
#define UFUNC_KERNEL_FILE "kernels/ufuncs_exp_log.cc"
#include "kernels/ufuncs_exp_log.h"

#include "ufunc/define.h"

namespace ufunc {

UFUNC_DEFINE(exp, (float, double), [](auto x) { return exp(x); })
UFUNC_DEFINE(exp2, (float, double), [](auto x) { return exp2(x); })
UFUNC_DEFINE(expm1, (float, double), [](auto x) { return expm1(x); })
UFUNC_DEFINE(log, (float, double), [](auto x) { return log(x); })
UFUNC_DEFINE(log2, (float, double), [](auto x) { return log2(x); })
UFUNC_DEFINE(log10, (float, double), [](auto x) { return log10(x); })
UFUNC_DEFINE(log1p, (float, double), [](auto x) { return log1p(x); })
UFUNC_DEFINE(power, (float, double), [](auto x, auto y) { return pow(x, y); })

}  // namespace ufunc
