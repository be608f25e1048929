// The built-in ufuncs of kernels/ufuncs_hyperbolic.h, compiled once per SIMD target.
#define UFUNC_KERNEL_FILE "kernels/ufuncs_hyperbolic.cc"
#include "kernels/ufuncs_hyperbolic.h"

#include "ufunc/define.h"

namespace ufunc {

UFUNC_DEFINE(sinh, (float, double), [](auto x) { return sinh(x); })
UFUNC_DEFINE(cosh, (float, double), [](auto x) { return cosh(x); })
UFUNC_DEFINE(tanh, (float, double), [](auto x) { return tanh(x); })
UFUNC_DEFINE(arcsinh, (float, double), [](auto x) { return asinh(x); })
UFUNC_DEFINE(arccosh, (float, double), [](auto x) { return acosh(x); })
UFUNC_DEFINE(arctanh, (float, double), [](auto x) { return atanh(x); })

}  // namespace ufunc
