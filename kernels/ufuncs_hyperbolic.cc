// The built-in ufuncs of kernels/ufuncs_hyperbolic.h, compiled once per SIMD target.
#define UFUNC_KERNEL_FILE "kernels/ufuncs_hyperbolic.cc"
#include "kernels/ufuncs_hyperbolic.h"

#include "ufunc/define.h"

namespace ufunc {}  // namespace ufunc
