// Must not compile: the lambda must take `auto` parameters to run on lanes.
#define UFUNC_KERNEL_FILE "tests/compile_fail/not_generic.cc"
#include "ufunc/define.h"
UFUNC_DEFINE(twice, (double), [](double x) { return 2 * x; })
