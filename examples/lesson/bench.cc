// The lesson's ufuncs across SIMD widths, serial and parallel: one line per ufunc and type.
#include <benchmark/benchmark.h>

#include "kernels.h"
#include "ufunc/benchmark.h"

int main(int argc, char** argv) {
  ufunc::bench::register_ufunc<double>("trig", "f64", lesson::trig);
  ufunc::bench::register_ufunc<float>("trig", "f32", lesson::trig);
  ufunc::bench::register_ufunc<double>("discriminant", "f64", lesson::discriminant);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
