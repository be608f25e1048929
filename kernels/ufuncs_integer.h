// Built-in ufuncs, integer functions: bitwise_and bitwise_or bitwise_xor invert left_shift
// right_shift floor_divide remainder. Part of kernels/ufuncs.h; accuracy in docs/accuracy.md.
#ifndef UFUNC_KERNELS_UFUNCS_INTEGER_H_
#define UFUNC_KERNELS_UFUNCS_INTEGER_H_

#include <cstdint>

#include "ufunc/ufunc.h"

namespace ufunc {}  // namespace ufunc

#endif  // UFUNC_KERNELS_UFUNCS_INTEGER_H_
