// Must not compile: trig is defined for float and double only.
#include <cstdint>
#include <vector>

#include "tests/test_kernels.h"

void call() {
  std::vector<int32_t> a(4);
  test_kernels::trig(a, a);
}
