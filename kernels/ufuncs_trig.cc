// The built-in ufuncs of kernels/ufuncs_trig.h, compiled once per SIMD target.
#define UFUNC_KERNEL_FILE "kernels/ufuncs_trig.cc"
#include "kernels/ufuncs_trig.h"

#include "ufunc/define.h"

namespace ufunc {}  // namespace ufunc
