// The built-in math ufuncs (kernels/ufuncs.h) against NumPy, as the project's issue asks: each
// function at 4096 (in cache) and 1048576 elements, f32 and f64, on the ufunc's chosen target and
// one thread, next to NumPy's np.<name>(x, out=out) timed by bench/peers.py in the same run.
//
// Runs are named `builtin_<numpy name>/<dtype>/<impl>/<n>`, impl the chosen target (e.g. AVX3) or
// `novec` (Options().reference()). Other targets are left out: forcing each one for every
// function is too many runs (bench/ufunc_bench.cc's kernels compare the targets). Each run's label
// is its input ranges, so that bench/report.py can check that peers.py used the same ones.
//
// To add a function: one line in for_each_builtin below and the same line in BUILTINS in
// bench/peers.py.
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "kernels/ufuncs.h"
#include "ufunc/benchmark.h"

namespace {

// Inputs are uniform in [lo, hi).
struct Range {
  double lo, hi;
  bool operator==(const Range& other) const { return lo == other.lo && hi == other.hi; }
};

// THE table: every built-in float function and the range of each of its inputs. Keep it identical
// to BUILTINS in bench/peers.py (report.py warns when a run's label and peers.py's record differ).
// The ranges are realistic and inside each domain, with every result finite in f32 and f64.
template <class F>
void for_each_builtin(F&& f) {
  // Exponentials and logarithms (kernels/ufuncs_exp_log.h).
  f("exp", ufunc::exp, Range{-10, 10});
  f("exp2", ufunc::exp2, Range{-20, 20});
  f("expm1", ufunc::expm1, Range{-5, 5});
  f("log", ufunc::log, Range{1e-3, 1e3});
  f("log2", ufunc::log2, Range{1e-3, 1e3});
  f("log10", ufunc::log10, Range{1e-3, 1e3});
  f("log1p", ufunc::log1p, Range{-0.5, 10});
  f("power", ufunc::power, Range{0.5, 2}, Range{-4, 4});
  // Hyperbolic (kernels/ufuncs_hyperbolic.h).
  f("sinh", ufunc::sinh, Range{-10, 10});
  f("cosh", ufunc::cosh, Range{-10, 10});
  f("tanh", ufunc::tanh, Range{-5, 5});
  f("arcsinh", ufunc::arcsinh, Range{-100, 100});
  f("arccosh", ufunc::arccosh, Range{1, 100});
  f("arctanh", ufunc::arctanh, Range{-0.99, 0.99});
  // Trigonometric (kernels/ufuncs_trig.h).
  f("sin", ufunc::sin, Range{-100, 100});
  f("cos", ufunc::cos, Range{-100, 100});
  f("tan", ufunc::tan, Range{-100, 100});
  f("arcsin", ufunc::arcsin, Range{-1, 1});
  f("arccos", ufunc::arccos, Range{-1, 1});
  f("arctan", ufunc::arctan, Range{-100, 100});
  f("arctan2", ufunc::arctan2, Range{-100, 100}, Range{-100, 100});
  // Roots (kernels/ufuncs_arith.h).
  f("sqrt", ufunc::sqrt, Range{0, 1e3});
  f("cbrt", ufunc::cbrt, Range{-1e3, 1e3});
  f("hypot", ufunc::hypot, Range{-100, 100}, Range{-100, 100});
}

// Not ufunc::bench::kSizes: in cache and well out of it, as the issue asks.
constexpr size_t kBuiltinSizes[] = {4096, 1 << 20};

// The label of a run, as bench/peers.py's input_label: "[lo, hi)" per input, " x " between.
std::string range_label(const std::vector<Range>& ranges) {
  std::string label;
  for (const Range& r : ranges) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "[%g, %g)", r.lo, r.hi);
    label += (label.empty() ? "" : " x ") + std::string(buffer);
  }
  return label;
}

// Input `arg` of n elements uniform in `r`, in ufunc::bench::shared_buffer slot 100 + arg, refilled
// when the range changes (the runs of one function and size are registered together, so each
// function's inputs are made once per size and no more than two buffers per size are kept).
template <class T>
const ufunc::bench::Buffer<T>& ranged_input(size_t n, int arg, Range r) {
  static std::map<std::pair<size_t, int>, Range> filled;
  ufunc::bench::Buffer<T>& v = ufunc::bench::shared_buffer<T>(n, 100 + arg);
  auto [it, inserted] = filled.try_emplace({n, arg}, r);
  if (inserted || !(it->second == r)) {
    std::mt19937 rng(101 + static_cast<uint32_t>(arg));
    std::uniform_real_distribution<double> dist(r.lo, r.hi);
    for (auto& x : v) x = static_cast<T>(dist(rng));
    it->second = r;
  }
  return v;
}

template <class T, class U>
void run_builtin(benchmark::State& state, const U& f, size_t n, const std::vector<Range>& ranges,
                 const ufunc::Options& options) {
  static_assert(U::kNumOut == 1 && (U::kNumIn == 1 || U::kNumIn == 2),
                "builtin benchmarks: unary or binary functions with one output");
  const ufunc::bench::Buffer<T>& x = ranged_input<T>(n, 0, ranges[0]);
  const ufunc::bench::Buffer<T>* y = nullptr;
  if constexpr (U::kNumIn == 2) y = &ranged_input<T>(n, 1, ranges[1]);
  ufunc::bench::Buffer<T>& out = ufunc::bench::shared_buffer<T>(n, 8);
  for (auto _ : state) {
    if constexpr (U::kNumIn == 1) f(x, out, options);
    if constexpr (U::kNumIn == 2) f(x, *y, out, options);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  ufunc::bench::set_counters(state, n, (U::kNumIn + 1) * sizeof(T));
  state.SetLabel(range_label(ranges));
  // The ranges keep every result finite: anything else means a wrong range or a broken kernel.
  for (size_t i = 0; i < n; ++i) {
    if (!std::isfinite(out[i])) {
      state.SkipWithError(("non-finite result at element " + std::to_string(i)).c_str());
      break;
    }
  }
}

// `builtin_<name>/<dtype>/<chosen target>/<n>` and `.../novec/<n>` for both sizes, the two impls of
// a size next to each other (they share the inputs).
template <class T, class U, class... R>
void register_builtin(const std::string& dtype, const char* name, const U& f, R... r) {
  static_assert(sizeof...(R) == U::kNumIn, "builtin benchmarks: one Range per input");
  const std::vector<Range> ranges = {r...};
  const std::string prefix = std::string("builtin_") + name + "/" + dtype + "/";
  const std::pair<std::string, ufunc::Options> impls[] = {
      {ufunc::target_name(f.chosen_target()), ufunc::Options().target(f.chosen_target())},
      {"novec", ufunc::Options().reference()}};
  for (size_t n : kBuiltinSizes) {
    for (const auto& [impl, options] : impls) {
      benchmark::RegisterBenchmark((prefix + impl + "/" + std::to_string(n)).c_str(),
                                   [&f, n, ranges, options = options](benchmark::State& s) {
                                     run_builtin<T>(s, f, n, ranges, options);
                                   })
          ->UseRealTime();
    }
  }
}

}  // namespace

// Called by bench/ufunc_bench.cc's main.
void register_builtin_benchmarks() {
  for_each_builtin([](const char* name, const auto& f, auto... ranges) {
    register_builtin<double>("f64", name, f, ranges...);
  });
  for_each_builtin([](const char* name, const auto& f, auto... ranges) {
    register_builtin<float>("f32", name, f, ranges...);
  });
}
