// The lesson's ufuncs, declared for the files that call them.
#ifndef LESSON_KERNELS_H_
#define LESSON_KERNELS_H_

#include <cstdint>

#include "ufunc/ufunc.h"

namespace lesson {
UFUNC_DECLARE(trig, 2, 1, (float, double));
UFUNC_DECLARE(discriminant, 3, 1, (float, double, int32_t, int64_t));
UFUNC_DECLARE(sincos, 1, 2, (float, double));
UFUNC_DECLARE(tanh_, 1, 1, (float, double));
UFUNC_DECLARE(add, 2, 1, (float, double));
}  // namespace lesson

#endif  // LESSON_KERNELS_H_
