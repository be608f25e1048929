// Must not compile: trig takes 2 inputs, optionally followed by 1 output.
#include <vector>

#include "tests/test_kernels.h"

void call() {
  std::vector<double> a(4);
  test_kernels::trig(a, a, a, a);
}
