// The built-in ufuncs of kernels/ufuncs_integer.h, compiled once per SIMD target.
#define UFUNC_KERNEL_FILE "kernels/ufuncs_integer.cc"
#include "kernels/ufuncs_integer.h"

#include "ufunc/define.h"

namespace ufunc {}  // namespace ufunc
