// Must not compile: 2.5 would be truncated to int lanes.
#define UFUNC_KERNEL_FILE "tests/compile_fail/float_literal_with_integers.cc"
#include <cstdint>

#include "ufunc/define.h"
UFUNC_DEFINE(scale, (int32_t), [](auto x) { return x * 2.5; })
