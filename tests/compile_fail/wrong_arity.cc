// Must not compile: a ufunc takes 1 to 3 inputs.
#define UFUNC_KERNEL_FILE "tests/compile_fail/wrong_arity.cc"
#include "ufunc/define.h"
UFUNC_DEFINE(four, (double), [](auto a, auto b, auto c, auto d) { return a + b + c + d; })
