// ufunc-show-runtime: prints which SIMD targets are compiled in, which this CPU supports, and which
// one ufunc calls run on, like NumPy's np.show_runtime(). Exit status 2 if UFUNC_TARGETS is
// malformed.
#include <cstdio>

#include "dispatch/targets.h"

int main() {
  try {
    std::fputs(ufunc::runtime_report().c_str(), stdout);
    return 0;
  } catch (const ufunc::TargetError& e) {
    std::fprintf(stderr, "ufunc-show-runtime: %s\n", e.what());
    return 2;
  }
}
