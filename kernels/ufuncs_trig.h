// Built-in ufuncs, trigonometric functions: sin cos tan asin acos atan atan2.
// Part of kernels/ufuncs.h; accuracy in docs/accuracy.md.
#ifndef UFUNC_KERNELS_UFUNCS_TRIG_H_
#define UFUNC_KERNELS_UFUNCS_TRIG_H_

#include <cstdint>

#include "ufunc/ufunc.h"

namespace ufunc {}  // namespace ufunc

#endif  // UFUNC_KERNELS_UFUNCS_TRIG_H_
