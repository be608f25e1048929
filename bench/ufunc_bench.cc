// The benchmark: every kernel of bench/bench_kernels.h on every SIMD target, against a plain loop
// over <cmath> (libm_loop) and the same lambda without SIMD (novec); and add.reduce, the sum of a
// vector and of a matrix's columns; and the built-in ufuncs (bench/builtin_bench.cc).
// scripts/bench.sh runs it with the peers and writes the report.
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
  ufunc::bench::register_sizes(
      kernel + "/" + dtype + "/libm_loop", [f](benchmark::State& s, size_t n) {
        const ufunc::bench::Buffer<T>* in[3] = {};
        for (int k = 0; k < NumIn; ++k) {
          in[k] = &ufunc::bench::shared_buffer<T>(n, k);
        }
        ufunc::bench::Buffer<T>& out = ufunc::bench::shared_buffer<T>(n, 8);
        for (auto _ : s) {
          for (size_t i = 0; i < n; ++i) {
            if constexpr (NumIn == 1) out[i] = f((*in[0])[i]);
            if constexpr (NumIn == 2) out[i] = f((*in[0])[i], (*in[1])[i]);
            if constexpr (NumIn == 3) out[i] = f((*in[0])[i], (*in[1])[i], (*in[2])[i]);
          }
          benchmark::DoNotOptimize(out.data());
          benchmark::ClobberMemory();
        }
        ufunc::bench::set_counters(s, n, (NumIn + 1) * sizeof(T));
      });
}

// The broadcast cases' (and sum_axis0's) matrix of n elements: (n/1024, 1024), or (1, n) when
// n < 1024.
ufunc::Dims matrix_shape(size_t n) {
  const intptr_t cols = n >= 1024 ? 1024 : static_cast<intptr_t>(n);
  return {static_cast<intptr_t>(n) / cols, cols};
}

// The transposed cases' square side: doubles while side * side * 4 <= n, so that side * side is the
// largest power of 4 not above n (as transposed_side in bench/peers.py).
intptr_t square_side(size_t n) {
  intptr_t side = 1;
  while (side * side * 4 <= static_cast<intptr_t>(n)) side *= 2;
  return side;
}

// Views of the n-d benchmark cases, over buffers that live as long as the run. The output is always
// a fresh C-ordered array of the result shape, as NumPy's would be. The inputs are on the memory
// Array and NumPy use (huge pages from 4 MiB): M.T + M, f64 1M, 3.1 ns/element on 4 KiB pages, 2.2
// on huge pages, as each column of M.T is on a page of its own.
template <class T>
struct NdCase {
  ufunc::bench::Buffer<T> a, b;
  ufunc::ArrayView<const T> x, y;
};

// The same cases as bench/peers.py: for n elements of output,
//   strided:       a[::2] + b            (a has 2n elements)
//   reversed:      a[::-1] + b
//   transposed:    M.T + M               (M square, side square_side(n))
//   batch_transposed: A.transpose(0, 2, 1) + A  (16 square matrices, side square_side(n / 16))
//   broadcast_row: M + row               (M of shape (n/1024, 1024))
//   broadcast_col: M + col[:, None]      (M of shape (n/1024, 1024))
//   narrow_col:    M + col[:, None]      (M of shape (n/8, 8): rows of 8)
//   narrow_reversed: M[:, ::-1] + N      (M, N of shape (n/8, 8))
template <class T>
NdCase<T> make_case(const std::string& layout, size_t n) {
  NdCase<T> c;
  const ufunc::Dims shape = matrix_shape(n);
  const intptr_t rows = shape[0], cols = shape[1];
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
    const intptr_t side = square_side(n);
    c.a = ufunc::bench::uniform_inputs<T>(side * side, 1);
    c.y = ufunc::view(c.a, {side, side});
    c.x = ufunc::transpose(c.y);
  } else if (layout == "batch_transposed") {
    const intptr_t side = square_side(n / 16);
    c.a = ufunc::bench::uniform_inputs<T>(16 * side * side, 1);
    c.y = ufunc::view(c.a, {16, side, side});
    c.x = ufunc::transpose(c.y, {0, 2, 1});
  } else if (layout == "narrow_reversed") {
    const intptr_t narrow = static_cast<intptr_t>(n < 8 ? n : 8);
    const intptr_t m = static_cast<intptr_t>(n) / narrow;
    c.a = ufunc::bench::uniform_inputs<T>(n, 1);
    c.b = ufunc::bench::uniform_inputs<T>(n, 2);
    c.x = ufunc::reversed(ufunc::view(c.a, {m, narrow}), 1);
    c.y = ufunc::view(c.b, {m, narrow});
  } else if (layout == "broadcast_row") {
    c.a = ufunc::bench::uniform_inputs<T>(n, 1);
    c.b = ufunc::bench::uniform_inputs<T>(cols, 2);
    c.x = ufunc::view(c.a, {rows, cols});
    c.y = ufunc::view(c.b);
  } else {  // broadcast_col, narrow_col
    const intptr_t narrow = static_cast<intptr_t>(n < 8 ? n : 8);
    const intptr_t m = layout == "narrow_col" ? static_cast<intptr_t>(n) / narrow : rows;
    const intptr_t k = layout == "narrow_col" ? narrow : cols;
    c.a = ufunc::bench::uniform_inputs<T>(n, 1);
    c.b = ufunc::bench::uniform_inputs<T>(m, 2);
    c.x = ufunc::view(c.a, {m, k});
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

// `<kernel>_<layout>/<dtype>/libm_loop`: the plain loop a user would write for the layout, with the
// structure written out so that the compiler sees constant strides. Its time over the contiguous
// libm_loop's is what the layout itself costs in memory traffic (a[::2] reads two lines for one),
// whatever does the arithmetic.
template <class T, class F>
void register_nd_libm_loop(const std::string& kernel, const std::string& layout,
                           const std::string& dtype, F f) {
  ufunc::bench::register_sizes(
      kernel + "_" + layout + "/" + dtype + "/libm_loop",
      [f, layout](benchmark::State& s, size_t n) {
        const NdCase<T> c = make_case<T>(layout, n);
        ufunc::Dims shapes[2] = {c.x.shape(), c.y.shape()};
        ufunc::Array<T> out(ufunc::broadcast_shapes(shapes, 2));
        T* o = out.data();
        const T* a = c.a.data();
        const T* b = c.b.data();
        const intptr_t size = out.size(), cols = out.shape(out.rank() - 1);
        const intptr_t rows = size / cols, matrices = out.rank() == 3 ? out.shape(0) : 1;
        for (auto _ : s) {
          if (layout == "strided") {
            for (intptr_t i = 0; i < size; ++i) o[i] = f(a[2 * i], b[i]);
          } else if (layout == "reversed") {
            for (intptr_t i = 0; i < size; ++i) o[i] = f(a[size - 1 - i], b[i]);
          } else if (layout == "transposed" || layout == "batch_transposed") {
            const intptr_t side = cols;
            for (intptr_t k = 0; k < matrices; ++k) {
              const T* m = a + k * side * side;
              T* r = o + k * side * side;
              for (intptr_t i = 0; i < side; ++i) {
                for (intptr_t j = 0; j < side; ++j)
                  r[i * side + j] = f(m[j * side + i], m[i * side + j]);
              }
            }
          } else if (layout == "narrow_reversed") {
            for (intptr_t i = 0; i < rows; ++i) {
              for (intptr_t j = 0; j < cols; ++j) {
                o[i * cols + j] = f(a[i * cols + cols - 1 - j], b[i * cols + j]);
              }
            }
          } else if (layout == "broadcast_row") {
            for (intptr_t i = 0; i < rows; ++i) {
              for (intptr_t j = 0; j < cols; ++j) o[i * cols + j] = f(a[i * cols + j], b[j]);
            }
          } else {  // broadcast_col, narrow_col
            for (intptr_t i = 0; i < rows; ++i) {
              for (intptr_t j = 0; j < cols; ++j) o[i * cols + j] = f(a[i * cols + j], b[i]);
            }
          }
          benchmark::DoNotOptimize(o);
          benchmark::ClobberMemory();
        }
        ufunc::bench::set_counters(s, static_cast<size_t>(size), 3 * sizeof(T));
      });
}

// The reductions of n input elements, as bench/peers.py's sum kernels:
//   sum:       add.reduce(v)     v contiguous (1-D); a 0-d result
//   sum_axis0: add.reduce(M, 0)  M C-ordered of matrix_shape(n); 1024 results (n when n < 1024)
// on every supported target, `parallel` and `novec`, as register_ufunc runs a call. The result is a
// new Array each run (reduce has no out=), as NumPy's would be without out=. ns_per_elem is per
// input element; the bytes are those read.
template <class T, class U>
void register_reduce(const std::string& kernel, const std::string& dtype, const U& ufunc) {
  const bool axis0 = kernel == "sum_axis0";
  const auto run = [&ufunc, axis0](benchmark::State& s, size_t n, const ufunc::Options& options) {
    const ufunc::bench::Buffer<T>& in = ufunc::bench::shared_buffer<T>(n, 0);
    const ufunc::ArrayView<const T> m = ufunc::view(in, matrix_shape(n));
    for (auto _ : s) {
      if (axis0) {
        ufunc::Array<T> sums = ufunc.reduce(m, 0, options);
        benchmark::DoNotOptimize(sums.data());
        benchmark::ClobberMemory();
      } else {
        T total = ufunc.reduce(in, 0, options)();
        benchmark::DoNotOptimize(total);
      }
    }
    ufunc::bench::set_counters(s, n, sizeof(T));
  };
  const std::string prefix = kernel + "/" + dtype + "/";
  for (ufunc::Target t : ufunc::targets_in(ufunc.compiled_targets() & ufunc::supported_targets())) {
    ufunc::bench::register_sizes(
        prefix + ufunc::target_name(t),
        [run, t](benchmark::State& s, size_t n) { run(s, n, ufunc::Options().target(t)); });
  }
  ufunc::bench::register_sizes(prefix + "parallel", [run](benchmark::State& s, size_t n) {
    run(s, n, ufunc::Options().parallel());
  });
  ufunc::bench::register_sizes(prefix + "novec", [run](benchmark::State& s, size_t n) {
    run(s, n, ufunc::Options().reference());
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
  const auto plain_add = [](T a, T b) { return a + b; };
  const auto plain_trig = [](T a, T b) { return std::sin(a * a) * std::exp(b); };
  register_libm_loop<T, 2>("add", dtype, plain_add);
  register_libm_loop<T, 3>("muladd", dtype, [](T a, T b, T c) { return a * b + c; });
  register_libm_loop<T, 3>("discriminant", dtype, [](T a, T b, T c) { return b * b - 4 * a * c; });
  register_libm_loop<T, 2>("trig", dtype, plain_trig);
  register_libm_loop<T, 1>("exp", dtype, [](T x) { return std::exp(x); });
  register_libm_loop<T, 1>("log", dtype, [](T x) { return std::log(x); });
  register_libm_loop<T, 1>("sin", dtype, [](T x) { return std::sin(x); });
  register_libm_loop<T, 1>("sqrt", dtype, [](T x) { return std::sqrt(x); });
  for (const char* layout : {"strided", "reversed", "transposed", "batch_transposed",
                             "broadcast_row", "broadcast_col", "narrow_col", "narrow_reversed"}) {
    register_nd<T>("add", layout, dtype, k::add);
    register_nd<T>("trig", layout, dtype, k::trig);
    register_nd_libm_loop<T>("add", layout, dtype, plain_add);
    register_nd_libm_loop<T>("trig", layout, dtype, plain_trig);
  }
  register_reduce<T>("sum", dtype, k::add);
  register_reduce<T>("sum_axis0", dtype, k::add);
}

}  // namespace

// bench/builtin_bench.cc: `builtin_<name>/<dtype>/<target>/<n>`, the built-in ufuncs of
// kernels/ufuncs.h on their chosen target and novec, at 4096 and 1048576 elements.
void register_builtin_benchmarks();

int main(int argc, char** argv) {
  register_all<double>("f64");
  register_all<float>("f32");
  register_builtin_benchmarks();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::AddCustomContext("ufunc_chosen_target",
                              ufunc::target_name(bench_kernels::trig.chosen_target()));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
