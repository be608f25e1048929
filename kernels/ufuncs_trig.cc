// The built-in ufuncs of kernels/ufuncs_trig.h, compiled once per SIMD target.
#define UFUNC_KERNEL_FILE "kernels/ufuncs_trig.cc"
#include "kernels/ufuncs_trig.h"

#include "ufunc/define.h"

namespace ufunc {

UFUNC_DEFINE(sin, (float, double), [](auto x) { return sin(x); })
UFUNC_DEFINE(cos, (float, double), [](auto x) { return cos(x); })
UFUNC_DEFINE(tan, (float, double), [](auto x) { return tan(x); })
UFUNC_DEFINE(arcsin, (float, double), [](auto x) { return asin(x); })
UFUNC_DEFINE(arccos, (float, double), [](auto x) { return acos(x); })
UFUNC_DEFINE(arctan, (float, double), [](auto x) { return atan(x); })
UFUNC_DEFINE(arctan2, (float, double), [](auto y, auto x) { return atan2(y, x); })

}  // namespace ufunc
