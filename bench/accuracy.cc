// Measures the largest error, in ULP against glibc's <cmath>, of each math function lambdas may
// call, on each SIMD target this CPU supports, over 2^20 uniform random inputs per range. Prints
// the Markdown table of docs/accuracy.md: build/release/bench/ufunc_accuracy
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include "tests/test_kernels.h"
#include "tests/ulp.h"

namespace {

template <class T, class U, class F>
void measure(const char* name, const U& ufunc, double lo, double hi, F reference) {
  std::mt19937 rng(1);
  std::uniform_real_distribution<double> dist(lo, hi);
  std::vector<T> x(1 << 20);
  for (auto& v : x) v = static_cast<T>(dist(rng));
  std::printf("| %s | %s | [%g, %g] |", name, sizeof(T) == 4 ? "float32" : "float64", lo, hi);
  for (ufunc::Target t : ufunc::targets_in(ufunc.compiled_targets() & ufunc::supported_targets())) {
    const std::vector<T> y = ufunc(x, ufunc::Options().target(t));
    uint64_t worst = 0;
    for (size_t i = 0; i < x.size(); ++i) {
      worst = std::max(worst, ufunc_test::ulp_distance(y[i], static_cast<T>(reference(x[i]))));
    }
    std::printf(" %llu |", static_cast<unsigned long long>(worst));
  }
  std::printf("\n");
}

}  // namespace

int main() {
  using namespace test_kernels;
  std::printf("| function | type | inputs |");
  for (ufunc::Target t : ufunc::targets_in(exp_.compiled_targets() & ufunc::supported_targets())) {
    std::printf(" %s |", ufunc::target_name(t));
  }
  std::printf("\n|---|---|---|");
  for (size_t i = 0;
       i < ufunc::targets_in(exp_.compiled_targets() & ufunc::supported_targets()).size(); ++i) {
    std::printf("---|");
  }
  std::printf("\n");
  measure<float>("exp", exp_, -87, 88, [](float v) { return std::exp(v); });
  measure<double>("exp", exp_, -708, 706, [](double v) { return std::exp(v); });
  measure<float>("log", log_, 1e-30, 1e30, [](float v) { return std::log(v); });
  measure<double>("log", log_, 1e-300, 1e300, [](double v) { return std::log(v); });
  measure<float>("log", log_, 0.5, 2, [](float v) { return std::log(v); });
  measure<double>("log", log_, 0.5, 2, [](double v) { return std::log(v); });
  measure<float>("sin", sin_, -39000, 39000, [](float v) { return std::sin(v); });
  measure<double>("sin", sin_, -39000, 39000, [](double v) { return std::sin(v); });
  measure<float>("cos", cos_, -39000, 39000, [](float v) { return std::cos(v); });
  measure<double>("cos", cos_, -39000, 39000, [](double v) { return std::cos(v); });
  measure<float>("tanh", tanh_, -20, 20, [](float v) { return std::tanh(v); });
  measure<double>("tanh", tanh_, -20, 20, [](double v) { return std::tanh(v); });
  measure<float>("tanh", tanh_, -0.01, 0.01, [](float v) { return std::tanh(v); });
  measure<double>("tanh", tanh_, -0.01, 0.01, [](double v) { return std::tanh(v); });
  measure<double>("sqrt", sqrt_, 0, 1e300, [](double v) { return std::sqrt(v); });
  return 0;
}
