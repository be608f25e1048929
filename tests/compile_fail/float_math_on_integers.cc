// Must not compile: sin needs float or double lanes.
#define UFUNC_KERNEL_FILE "tests/compile_fail/float_math_on_integers.cc"
#include <cstdint>

#include "ufunc/define.h"
UFUNC_DEFINE(isin, (int32_t), [](auto x) { return sin(x); })
