// Run by CTest with UFUNC_TARGETS set: checks that the environment forced the expected target and
// that results equal those of the same target forced per call (and the reference within 4 ULP).
// Usage: forced_target_check EXPECTED_TARGET|ERROR. Exit 0 pass, 1 fail, 77 skip (the target is not
// both supported and compiled), 2 if UFUNC_TARGETS is rejected (the message is printed for CTest).
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "tests/test_kernels.h"
#include "tests/ulp.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s EXPECTED_TARGET\n", argv[0]);
    return 1;
  }
  try {
    if (std::string(argv[1]) == "ERROR") {  // UFUNC_TARGETS is malformed: the call must throw
      test_kernels::trig.chosen_target();
      std::printf("FAIL: no TargetError\n");
      return 1;
    }
    const ufunc::Target expected = ufunc::parse_target(argv[1]);
    const ufunc::TargetSet runnable =
        ufunc::supported_targets() & test_kernels::trig.compiled_targets();
    if (!(runnable & static_cast<ufunc::TargetSet>(expected))) {
      std::printf("skip: %s is not both supported by this CPU and compiled in\n", argv[1]);
      return 77;
    }
    const ufunc::Target chosen = test_kernels::trig.chosen_target();
    if (chosen != expected) {
      std::printf("FAIL: chose %s, expected %s\n", ufunc::target_name(chosen), argv[1]);
      return 1;
    }
    std::vector<double> a(1001), b(1001);
    for (size_t i = 0; i < a.size(); ++i) {
      a[i] = std::sin(0.37 * i) * 3;
      b[i] = std::cos(0.11 * i);
    }
    const auto automatic = test_kernels::trig(a, b);
    const auto forced = test_kernels::trig(a, b, ufunc::Options().target(expected));
    const auto reference = test_kernels::trig(a, b, ufunc::Options().reference());
    for (size_t i = 0; i < a.size(); ++i) {
      if (automatic[i] != forced[i] || ufunc_test::ulp_distance(automatic[i], reference[i]) > 4) {
        std::printf("FAIL at %zu: %.17g, per-call %.17g, reference %.17g\n", i, automatic[i],
                    forced[i], reference[i]);
        return 1;
      }
    }
    std::printf("ok: %s\n", ufunc::target_name(chosen));
    return 0;
  } catch (const ufunc::TargetError& e) {
    std::printf("TargetError: %s\n", e.what());
    return 2;
  }
}
