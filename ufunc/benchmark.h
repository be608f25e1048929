// Benchmark any ufunc across SIMD widths with one line:
//
//   ufunc::bench::register_ufunc<double>("trig", "f64", my::trig);
//
// registers Google Benchmark runs named `<kernel>/<dtype>/<impl>/<n>` for every target the ufunc
// was compiled for and this CPU supports (forced per call, no global state), `parallel` (the best
// target with Options().parallel(), on ufunc::num_threads() threads) and `novec` (the lambda on
// plain scalars), over the sizes in kSizes. Inputs are uniform in [0.5, 1.5). Each run reports
// items and bytes per second and a `ns_per_elem` counter; bench/report.py turns the JSON into
// tables.
#ifndef UFUNC_BENCHMARK_H_
#define UFUNC_BENCHMARK_H_

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>


#include "ufunc/allocate.h"
#include "ufunc/ufunc.h"

namespace ufunc {
namespace bench {

inline const std::vector<size_t> kSizes = {1 << 10, 1 << 14, 1 << 18, 1 << 20, 1 << 24};

// Sets the counters every run reports: elements/s, bytes/s (inputs read + outputs written) and
// ns per element, the unit of the report.
inline void set_counters(benchmark::State& state, size_t n, size_t bytes_per_element) {
  const auto elements = static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(n);
  state.SetItemsProcessed(elements);
  state.SetBytesProcessed(elements * static_cast<int64_t>(bytes_per_element));
  state.counters["ns_per_elem"] =
      benchmark::Counter(static_cast<double>(elements) * 1e-9,
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// Registers `body(state, n)` as `<name>/<n>` for every size.
inline void register_sizes(const std::string& name,
                           std::function<void(benchmark::State&, size_t)> body) {
  for (size_t n : kSizes) {
    benchmark::RegisterBenchmark((name + "/" + std::to_string(n)).c_str(),
                                 [body, n](benchmark::State& state) { body(state, n); })
        ->UseRealTime();
  }
}

// Memory as Array<T> and NumPy get it: from 4 MiB on, on transparent huge pages (ufunc/allocate.h),
// so that the figures compare like with like.
template <class T>
struct ArrayAllocator {
  using value_type = T;
  ArrayAllocator() = default;
  template <class U>
  ArrayAllocator(const ArrayAllocator<U>&) {}  // NOLINT: allocators convert implicitly
  T* allocate(size_t n) { return static_cast<T*>(detail::allocate(n * sizeof(T))); }
  void deallocate(T* p, size_t) { std::free(p); }
  template <class U>
  bool operator==(const ArrayAllocator<U>&) const {
    return true;
  }
  template <class U>
  bool operator!=(const ArrayAllocator<U>&) const {
    return false;
  }
};
template <class T>
using Buffer = std::vector<T, ArrayAllocator<T>>;

// n inputs uniform in [0.5, 1.5), the same for the same seed.
template <class T>
Buffer<T> uniform_inputs(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> dist(0.5, 1.5);
  Buffer<T> v(n);
  for (auto& x : v) x = static_cast<T>(dist(rng));
  return v;
}

// Buffers of n elements, made once per (type, n, slot) and reused by every run: allocating and
// freeing hundreds of megabytes per run made the 16M-element figures page-fault-bound on the
// project's VM (add f64: 7-12 ns/element in the harness, 0.72 in a plain program).
template <class T>
Buffer<T>& shared_buffer(size_t n, int slot) {
  static std::map<std::pair<size_t, int>, Buffer<T>> buffers;
  auto [it, inserted] = buffers.try_emplace({n, slot});
  if (inserted) it->second = uniform_inputs<T>(n, 17 + static_cast<uint32_t>(slot));
  return it->second;
}

template <class T, class U>
void run_ufunc(benchmark::State& state, const U& ufunc, size_t n, const ufunc::Options& options) {
  Buffer<T>* in[3] = {};
  Buffer<T>* out[2] = {};
  for (int k = 0; k < U::kNumIn; ++k) in[k] = &shared_buffer<T>(n, k);
  for (int k = 0; k < U::kNumOut; ++k) out[k] = &shared_buffer<T>(n, 8 + k);
  for (auto _ : state) {
    if constexpr (U::kNumIn == 1 && U::kNumOut == 1) ufunc(*in[0], *out[0], options);
    if constexpr (U::kNumIn == 2 && U::kNumOut == 1) ufunc(*in[0], *in[1], *out[0], options);
    if constexpr (U::kNumIn == 3 && U::kNumOut == 1)
      ufunc(*in[0], *in[1], *in[2], *out[0], options);
    if constexpr (U::kNumIn == 1 && U::kNumOut == 2) ufunc(*in[0], *out[0], *out[1], options);
    if constexpr (U::kNumIn == 2 && U::kNumOut == 2)
      ufunc(*in[0], *in[1], *out[0], *out[1], options);
    benchmark::DoNotOptimize(out[0]->data());
    benchmark::ClobberMemory();
  }
  set_counters(state, n, (U::kNumIn + U::kNumOut) * sizeof(T));
}

// Registers `ufunc` on element type T for every supported target, parallel, and the novec baseline.
template <class T, class U>
void register_ufunc(const std::string& kernel, const std::string& dtype, const U& ufunc) {
  const std::string prefix = kernel + "/" + dtype + "/";
  for (ufunc::Target t : ufunc::targets_in(ufunc.compiled_targets() & ufunc::supported_targets())) {
    register_sizes(prefix + ufunc::target_name(t), [&ufunc, t](benchmark::State& s, size_t n) {
      run_ufunc<T>(s, ufunc, n, ufunc::Options().target(t));
    });
  }
  register_sizes(prefix + "parallel", [&ufunc](benchmark::State& s, size_t n) {
    run_ufunc<T>(s, ufunc, n, ufunc::Options().parallel());
  });
  register_sizes(prefix + "novec", [&ufunc](benchmark::State& s, size_t n) {
    run_ufunc<T>(s, ufunc, n, ufunc::Options().reference());
  });
}

}  // namespace bench
}  // namespace ufunc

#endif  // UFUNC_BENCHMARK_H_
