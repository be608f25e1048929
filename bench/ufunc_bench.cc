// The benchmark: every kernel of bench/bench_kernels.h on every SIMD target, against a plain loop
// over <cmath> (libm_loop) and the same lambda without SIMD (novec). scripts/bench.sh runs it with
// the peers and writes the report.
#include <benchmark/benchmark.h>

#include <cmath>
#include <string>
#include <vector>

#include "bench/bench_kernels.h"
#include "ufunc/benchmark.h"
#include "ufunc/slicing.h"

namespace {

// What a user would write without this library: one loop, <cmath>, whatever the compiler makes of
// it.
template <class T, int NumIn, class F>
void register_libm_loop(const std::string& kernel, const std::string& dtype, F f) {
  ufunc::bench::register_sizes(kernel + "/" + dtype + "/libm_loop",
                               [f](benchmark::State& s, size_t n) {
                                 const std::vector<T>* in[3] = {};
                                 for (int k = 0; k < NumIn; ++k) {
                                   in[k] = &ufunc::bench::shared_buffer<T>(n, k);
                                 }
                                 std::vector<T>& out = ufunc::bench::shared_buffer<T>(n, 8);
                                 for (auto _ : s) {
                                   for (size_t i = 0; i < n; ++i) {
                                     if constexpr (NumIn == 1) out[i] = f((*in[0])[i]);
                                     if constexpr (NumIn == 2) out[i] = f((*in[0])[i], (*in[1])[i]);
                                     if constexpr (NumIn == 3)
                                       out[i] = f((*in[0])[i], (*in[1])[i], (*in[2])[i]);
                                   }
                                   benchmark::DoNotOptimize(out.data());
                                   benchmark::ClobberMemory();
                                 }
                                 ufunc::bench::set_counters(s, n, (NumIn + 1) * sizeof(T));
                               });
}

// Views of the n-d benchmark cases, over buffers that live as long as the run. The output is always
// a fresh C-ordered array of the result shape, as NumPy's would be.
template <class T>
struct NdCase {
  std::vector<T> a, b;
  ufunc::ArrayView<const T> x, y;
};

// The same cases as bench/peers.py: for n elements of output,
//   strided:       a[::2] + b            (a has 2n elements)
//   reversed:      a[::-1] + b
//   transposed:    M.T + M               (M square, side sqrt(n) rounded down to a power of two)
//   broadcast_row: M + row               (M of shape (n/1024, 1024))
//   broadcast_col: M + col[:, None]      (M of shape (n/1024, 1024))
template <class T>
NdCase<T> make_case(const std::string& layout, size_t n) {
  NdCase<T> c;
  const intptr_t cols = n >= 1024 ? 1024 : static_cast<intptr_t>(n);
  const intptr_t rows = static_cast<intptr_t>(n) / cols;
  if (layout == "strided") {
    c.a = ufunc::bench::uniform_inputs<T>(2 * n, 1);
    c.b = ufunc::bench::uniform_inputs<T>(n, 2);
    c.x = ufunc::step(ufunc::view(c.a), 0, 2);
    c.y = ufunc::view(c.b);
  } else if (layout == "reversed") {
    c.a = ufunc::bench::uniform_inputs<T>(n, 1);
    c.b = ufunc::bench::uniform_inputs<T>(n, 2);
    c.x = ufunc::reversed(ufunc::view(c.a), 0);
    c.y = ufunc::view(c.b);
  } else if (layout == "transposed") {
    intptr_t side = 1;
    while (side * side * 4 <= static_cast<intptr_t>(n)) side *= 2;
    c.a = ufunc::bench::uniform_inputs<T>(side * side, 1);
    c.y = ufunc::view(c.a, {side, side});
    c.x = ufunc::transpose(c.y);
  } else if (layout == "broadcast_row") {
    c.a = ufunc::bench::uniform_inputs<T>(n, 1);
    c.b = ufunc::bench::uniform_inputs<T>(cols, 2);
    c.x = ufunc::view(c.a, {rows, cols});
    c.y = ufunc::view(c.b);
  } else {  // broadcast_col
    c.a = ufunc::bench::uniform_inputs<T>(n, 1);
    c.b = ufunc::bench::uniform_inputs<T>(rows, 2);
    c.x = ufunc::view(c.a, {rows, cols});
    c.y = ufunc::new_axis(ufunc::view(c.b), 1);
  }
  return c;
}

// `<kernel>_<layout>` on the best target, serially.
template <class T, class U>
void register_nd(const std::string& kernel, const std::string& layout, const std::string& dtype,
                 const U& ufunc) {
  ufunc::bench::register_sizes(
      kernel + "_" + layout + "/" + dtype + "/" + ufunc::target_name(ufunc.chosen_target()),
      [&ufunc, layout](benchmark::State& s, size_t n) {
        const NdCase<T> c = make_case<T>(layout, n);
        ufunc::Dims shapes[2] = {c.x.shape(), c.y.shape()};
        ufunc::Array<T> out(ufunc::broadcast_shapes(shapes, 2));
        for (auto _ : s) {
          ufunc(c.x, c.y, out.view());
          benchmark::DoNotOptimize(out.data());
          benchmark::ClobberMemory();
        }
        ufunc::bench::set_counters(s, static_cast<size_t>(out.size()), 3 * sizeof(T));
      });
}

template <class T>
void register_all(const std::string& dtype) {
  namespace k = bench_kernels;
  ufunc::bench::register_ufunc<T>("add", dtype, k::add);
  ufunc::bench::register_ufunc<T>("muladd", dtype, k::muladd);
  ufunc::bench::register_ufunc<T>("discriminant", dtype, k::discriminant);
  ufunc::bench::register_ufunc<T>("trig", dtype, k::trig);
  ufunc::bench::register_ufunc<T>("exp", dtype, k::exp);
  ufunc::bench::register_ufunc<T>("log", dtype, k::log);
  ufunc::bench::register_ufunc<T>("sin", dtype, k::sin);
  ufunc::bench::register_ufunc<T>("sqrt", dtype, k::sqrt);
  register_libm_loop<T, 2>("add", dtype, [](T a, T b) { return a + b; });
  register_libm_loop<T, 3>("muladd", dtype, [](T a, T b, T c) { return a * b + c; });
  register_libm_loop<T, 3>("discriminant", dtype, [](T a, T b, T c) { return b * b - 4 * a * c; });
  register_libm_loop<T, 2>("trig", dtype, [](T a, T b) { return std::sin(a * a) * std::exp(b); });
  register_libm_loop<T, 1>("exp", dtype, [](T x) { return std::exp(x); });
  register_libm_loop<T, 1>("log", dtype, [](T x) { return std::log(x); });
  register_libm_loop<T, 1>("sin", dtype, [](T x) { return std::sin(x); });
  register_libm_loop<T, 1>("sqrt", dtype, [](T x) { return std::sqrt(x); });
  for (const char* layout :
       {"strided", "reversed", "transposed", "broadcast_row", "broadcast_col"}) {
    register_nd<T>("add", layout, dtype, k::add);
    register_nd<T>("trig", layout, dtype, k::trig);
  }
}

}  // namespace

int main(int argc, char** argv) {
  register_all<double>("f64");
  register_all<float>("f32");
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::AddCustomContext("ufunc_chosen_target",
                              ufunc::target_name(bench_kernels::trig.chosen_target()));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
