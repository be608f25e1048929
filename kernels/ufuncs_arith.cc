// The built-in ufuncs of kernels/ufuncs_arith.h, compiled once per SIMD target.
#define UFUNC_KERNEL_FILE "kernels/ufuncs_arith.cc"
#include "kernels/ufuncs_arith.h"

#include "ufunc/define.h"

namespace ufunc {}  // namespace ufunc
