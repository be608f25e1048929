// Built-in ufuncs, exponentials and logarithms: exp exp2 expm1 log log2 log10 log1p pow.
// Part of kernels/ufuncs.h; accuracy in docs/accuracy.md.
#ifndef UFUNC_KERNELS_UFUNCS_EXP_LOG_H_
#define UFUNC_KERNELS_UFUNCS_EXP_LOG_H_

#include <cstdint>

#include "ufunc/ufunc.h"

namespace ufunc {}  // namespace ufunc

#endif  // UFUNC_KERNELS_UFUNCS_EXP_LOG_H_
