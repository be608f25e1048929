// The built-in ufuncs of kernels/ufuncs_compare.h, compiled once per SIMD target.
#define UFUNC_KERNEL_FILE "kernels/ufuncs_compare.cc"
#include "kernels/ufuncs_compare.h"

#include "ufunc/define.h"

namespace ufunc {}  // namespace ufunc
