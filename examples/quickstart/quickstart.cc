// The README's example: define two ufuncs from scalar lambdas and call them.
#define UFUNC_KERNEL_FILE "examples/quickstart/quickstart.cc"
#include <cstdio>
#include <vector>

#include "ufunc/define.h"

UFUNC_DEFINE(trig, (float, double), [](auto a, auto b) { return sin(a * a) * exp(b); })
UFUNC_DEFINE(discriminant, (float, double, int32_t, int64_t),
             [](auto a, auto b, auto c) { return b * b - 4 * a * c; })

#if HWY_ONCE  // the rest of the file is compiled once, not once per SIMD target
int main() {
  std::vector<double> a = {0.0, 0.5, 1.0}, b = {1.0, 2.0, 3.0};
  std::vector<double> t = trig(a, b);  // allocates the output
  std::vector<double> d(3);
  discriminant(a, b, 1.0, d);  // writes into d; the scalar broadcasts
  std::printf("trig:         %.6f %.6f %.6f\n", t[0], t[1], t[2]);
  std::printf("discriminant: %.1f %.1f %.1f\n", d[0], d[1], d[2]);
  std::printf("ran on:       %s\n", ufunc::target_name(trig.chosen_target()));
}
#endif
