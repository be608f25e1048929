// The built-in ufuncs of kernels/ufuncs_exp_log.h, compiled once per SIMD target.
#define UFUNC_KERNEL_FILE "kernels/ufuncs_exp_log.cc"
#include "kernels/ufuncs_exp_log.h"

#include "ufunc/define.h"

namespace ufunc {}  // namespace ufunc
