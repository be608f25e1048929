// The per-target 1-D inner loop built from a lambda: the contiguous SIMD loop, its padded tail, and
// the strided wrapper that feeds it blocks.
//
// Re-included once per SIMD target.

#if defined(UFUNC_LOOPS_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_LOOPS_INL_H_
#undef UFUNC_LOOPS_INL_H_
#else
#define UFUNC_LOOPS_INL_H_
#endif

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <tuple>
#include <type_traits>
#include <utility>

#include "hwy/highway.h"
#include "ufunc/inner_loop.h"
#include "ufunc/lanes-inl.h"
#include "ufunc/reference_loop.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace HWY_NAMESPACE {
namespace detail {

// How many outputs a lambda's result holds: Lanes<T> is one, a pair or tuple of two Lanes<T> is
// two.
template <class T, class R>
struct ResultArity {
  static constexpr int value = 0;  // anything else: rejected by a static_assert below
};
template <class T>
struct ResultArity<T, Lanes<T>> {
  static constexpr int value = 1;
};
template <class T>
struct ResultArity<T, std::pair<Lanes<T>, Lanes<T>>> {
  static constexpr int value = 2;
};
template <class T>
struct ResultArity<T, std::tuple<Lanes<T>, Lanes<T>>> {
  static constexpr int value = 2;
};

// How the inner loop reads input k: element j of a run is at at[k] + dir[k] * j. dir[k] is 1 for
// an input read in place, -1 for a reversed view (whole vectors loaded and reversed in registers:
// a copy through L1 cost f32 a[::-1] + b as much as the add) and 0 for one value repeated.
template <class T, int NumIn>
struct InputRuns {
  const T* at[NumIn];
  int dir[NumIn];
};

template <class T, int NumIn>
HWY_INLINE InputRuns<T, NumIn> forward_runs(const T* const* in) {
  InputRuns<T, NumIn> runs;
  for (int k = 0; k < NumIn; ++k) {
    runs.at[k] = in[k];
    runs.dir[k] = 1;
  }
  return runs;
}

// The vector of elements i .. i + N - 1 of a run.
template <class T>
HWY_INLINE hn::Vec<hn::ScalableTag<T>> load_run(const T* at, int dir, size_t i) {
  const hn::ScalableTag<T> d;
  if (dir > 0) return hn::LoadU(d, at + i);
  if (dir < 0) return hn::Reverse(d, hn::LoadU(d, at - i - (hn::Lanes(d) - 1)));
  T value;  // a step-0 view may start anywhere: no alignment assumed
  std::memcpy(&value, at, sizeof(T));
  return hn::Set(d, value);
}

// Fn on elements i .. i + N - 1. kForward: every dir is 1, and the loads need no test (a test per
// input and vector cost b*b-4*a*c 45% at 1K elements, in L1).
template <const auto& Fn, class T, int NumIn, bool kForward, size_t... I>
HWY_INLINE auto call_lanes(const InputRuns<T, NumIn>& in, size_t i, std::index_sequence<I...>) {
  if constexpr (kForward) {
    const hn::ScalableTag<T> d;
    return Fn(Lanes<T>(hn::LoadU(d, in.at[I] + i))...);
  } else {
    return Fn(Lanes<T>(load_run(in.at[I], in.dir[I], i))...);
  }
}

template <class T, class R>
HWY_INLINE void store_result(const R& r, T* const* out, size_t i) {
  const hn::ScalableTag<T> d;
  if constexpr (ResultArity<T, R>::value == 1) {
    hn::StoreU(r.v, d, out[0] + i);
  } else {
    hn::StoreU(std::get<0>(r).v, d, out[0] + i);
    hn::StoreU(std::get<1>(r).v, d, out[1] + i);
  }
}

// The number of inputs the lambda takes with lanes of T (1 to 3), or 0 if none fits.
template <const auto& Fn, class T>
constexpr int lambda_arity() {
  using F = std::remove_cv_t<std::remove_reference_t<decltype(Fn)>>;
  if constexpr (std::is_invocable_v<const F&, Lanes<T>>)
    return 1;
  else if constexpr (std::is_invocable_v<const F&, Lanes<T>, Lanes<T>>)
    return 2;
  else if constexpr (std::is_invocable_v<const F&, Lanes<T>, Lanes<T>, Lanes<T>>)
    return 3;
  else
    return 0;
}

template <const auto& Fn, class T, int NumIn>
struct ResultOf {
  using type = decltype(call_lanes<Fn, T, NumIn, true>(InputRuns<T, NumIn>(), 0,
                                                       std::make_index_sequence<NumIn>()));
};
template <const auto& Fn, class T>
struct ResultOf<Fn, T, 0> {
  using type = void;  // the static_assert in Signature explains
};

template <const auto& Fn, class T>
struct Signature {
  static constexpr int kNumIn = lambda_arity<Fn, T>();
  static_assert(kNumIn != 0,
                "ufunc: the lambda must be generic (take `auto` parameters), take 1 to 3 of them, "
                "and use only operations these lanes support (see docs/defining-ufuncs.md)");
  using Result = typename ResultOf<Fn, T, kNumIn>::type;
  static constexpr int kNumOut = kNumIn == 0 ? 1 : ResultArity<T, Result>::value;
  static_assert(kNumOut != 0,
                "ufunc: the lambda must return a value computed from its arguments (same element "
                "type), or a std::pair / std::tuple of two such values");
};

// Runs Fn on `count` < one vector of elements from index i through a padded vector, so that they
// get bit-for-bit the results the full-vector loop would give them.
template <const auto& Fn, class T, int NumIn, int NumOut>
HWY_NOINLINE void run_partial(const InputRuns<T, NumIn>& in, T* const* out, size_t i, size_t count) {
  using Indices = std::make_index_sequence<NumIn>;
  constexpr size_t kMax = HWY_MAX_BYTES / sizeof(T);
  HWY_ALIGN T in_buf[NumIn][kMax];
  HWY_ALIGN T out_buf[NumOut][kMax];
  const T* in_ptrs[NumIn];
  T* out_ptrs[NumOut];
  for (int k = 0; k < NumIn; ++k) {
    in_ptrs[k] = in_buf[k];
    // Pad with a real input so padding lanes compute nothing exotic.
    for (size_t j = 0; j < kMax; ++j) {
      const ptrdiff_t index = static_cast<ptrdiff_t>(i + (j < count ? j : 0));
      std::memcpy(&in_buf[k][j], in.at[k] + in.dir[k] * index, sizeof(T));
    }
  }
  for (int k = 0; k < NumOut; ++k) out_ptrs[k] = out_buf[k];
  store_result<T>(
      call_lanes<Fn, T, NumIn, true>(forward_runs<T, NumIn>(in_ptrs), 0, Indices()), out_ptrs, 0);
  for (int k = 0; k < NumOut; ++k) std::memcpy(out[k] + i, out_buf[k], count * sizeof(T));
}

// How far ahead of the loads run_vectors prefetches each input in place. The hardware
// prefetchers of the Intel Xeon this was measured on (AVX-512, 2 MiB L2) stay too close behind a
// compute-bound loop: f64 at 1M elements, AVX3, exp 0.86 -> 0.75 ns/element, log2 1.18 -> 0.99,
// sinh 1.12 -> 0.99, memory-bound add unchanged; 512 and 2048 bytes did about as well
// (docs/benchmarks.md).
constexpr intptr_t kPrefetchBytes = 1024;

// What run_vectors prefetches while it computes element i: for each input, the byte at
// at[k] + i * step[k]. Addresses are integers: they may lie past the end of an array, where
// pointer arithmetic would be undefined behaviour, and a prefetch is a hint that does not fault.
template <int NumIn>
struct PrefetchPlan {
  uintptr_t at[NumIn];
  intptr_t step[NumIn];
};

// Runs Fn on n elements read as `in` says and written to contiguous outputs. The first elements
// up to a vector-aligned output and the last partial vector go through a padded vector, so every
// element gets bit-for-bit the same result wherever it sits in the array; the stores in between
// are aligned (unaligned 64-byte stores split cache lines: add f64 at 1M elements on AVX3, 0.58
// ns/element unaligned, see docs/benchmarks.md).
template <const auto& Fn, class T, int NumIn, int NumOut, bool kForward>
HWY_FLATTEN void vector_loop(const InputRuns<T, NumIn>& in_arg, T* const* out_arg, size_t n,
                             const PrefetchPlan<NumIn>& prefetch) {
  // Local copies the compiler keeps in registers: through the caller's arrays, every store to an
  // output could change the pointers, forcing a reload per vector.
  const InputRuns<T, NumIn> in = in_arg;
  T* out[NumOut];
  for (int k = 0; k < NumOut; ++k) out[k] = out_arg[k];
  const hn::ScalableTag<T> d;
  const size_t N = hn::Lanes(d);
  using Indices = std::make_index_sequence<NumIn>;
  size_t i = 0;
  const uintptr_t address = reinterpret_cast<uintptr_t>(out[0]);
  const size_t vector_bytes = N * sizeof(T);
  if (N > 1 && n >= 4 * N && address % sizeof(T) == 0 && address % vector_bytes != 0) {
    i = (vector_bytes - address % vector_bytes) / sizeof(T);
    run_partial<Fn, T, NumIn, NumOut>(in, out, 0, i);
  }
  uintptr_t ahead[NumIn];
  uintptr_t ahead_per_vector[NumIn];
  for (int k = 0; k < NumIn; ++k) {
    ahead[k] = prefetch.at[k] + static_cast<uintptr_t>(prefetch.step[k] * static_cast<intptr_t>(i));
    ahead_per_vector[k] = static_cast<uintptr_t>(prefetch.step[k] * static_cast<intptr_t>(N));
  }
  for (; i + N <= n; i += N) {
    for (int k = 0; k < NumIn; ++k) {
      __builtin_prefetch(reinterpret_cast<const void*>(ahead[k]));
      ahead[k] += ahead_per_vector[k];  // wraps for negative steps, as intended
    }
    store_result<T>(call_lanes<Fn, T, NumIn, kForward>(in, i, Indices()), out, i);
  }
  if (i < n) run_partial<Fn, T, NumIn, NumOut>(in, out, i, n - i);
}

// vector_loop, with the loads' test only where some input is reversed or repeated.
template <const auto& Fn, class T, int NumIn, int NumOut>
HWY_INLINE void run_vectors(const InputRuns<T, NumIn>& in, T* const* out, size_t n,
                            const PrefetchPlan<NumIn>& prefetch) {
  bool forward = true;
  for (int k = 0; k < NumIn; ++k) forward &= in.dir[k] == 1;
  if (forward) {
    vector_loop<Fn, T, NumIn, NumOut, true>(in, out, n, prefetch);
  } else {
    vector_loop<Fn, T, NumIn, NumOut, false>(in, out, n, prefetch);
  }
}

// Copies `len` elements that lie `step` bytes apart from `src` into dst. Reversed runs use vector
// loads and Reverse, steps of 2-4 elements de-interleaving loads; other strides go element by
// element: vector gathers were slower on this project's AMD EPYC (a[::2] + b, f64, 1M: 2.8
// ns/element with GatherIndex, 1.2 without).
// Not inlined, not auto-vectorised: GCC 12 turns the element loop into vpinsrq chains that are 3x
// slower than scalar loads (M.T + M, f64 128x128: 1.7 ns/element).
template <class T>
HWY_NOINLINE UFUNC_DETAIL_NO_VECTORIZE void gather_block(T* HWY_RESTRICT dst, const char* src,
                                                         intptr_t step, size_t len) {
  constexpr intptr_t kSize = sizeof(T);
  const hn::ScalableTag<T> d;
  const size_t N = hn::Lanes(d);
  size_t j = 0;
  const bool aligned = reinterpret_cast<uintptr_t>(src) % kSize == 0 && step % kSize == 0;
  const T* p = reinterpret_cast<const T*>(src);
  hn::Vec<decltype(d)> v0, v1, v2, v3;
  // Steps of 2, 3 and 4 elements: whole vectors, de-interleaved. Each reads up to just before the
  // element after the block, so only while that element is in the run (j + N < len).
  if (aligned && step == -kSize) {
    for (; j + N <= len; j += N) {
      hn::Store(hn::Reverse(d, hn::LoadU(d, p - j - (N - 1))), d, dst + j);
    }
  } else if (aligned && step == 2 * kSize) {
    for (; j + N < len; j += N) {
      hn::LoadInterleaved2(d, p + 2 * j, v0, v1);
      hn::Store(v0, d, dst + j);
    }
  } else if (aligned && step == 3 * kSize) {
    for (; j + N < len; j += N) {
      hn::LoadInterleaved3(d, p + 3 * j, v0, v1, v2);
      hn::Store(v0, d, dst + j);
    }
  } else if (aligned && step == 4 * kSize) {
    for (; j + N < len; j += N) {
      hn::LoadInterleaved4(d, p + 4 * j, v0, v1, v2, v3);
      hn::Store(v0, d, dst + j);
    }
  }
  for (; j < len; ++j) std::memcpy(&dst[j], src + step * static_cast<intptr_t>(j), sizeof(T));
}

// Elements per block of the strided path: small enough that all buffers stay in L1 (5 operands x
// 256 x 8 bytes = 10 KiB), long enough to amortise the per-block setup.
constexpr size_t kBlock = 256;

// Whether the vector loop reads an input of this step where it lies (contiguous, reversed or
// repeated) rather than from a copy.
template <class T>
constexpr bool reads_in_place(intptr_t step) {
  return step == static_cast<intptr_t>(sizeof(T)) || step == 0 ||
         step == -static_cast<intptr_t>(sizeof(T));
}

// Input k read where it lies from `src` on: its run and what to prefetch, kPrefetchBytes ahead in
// the direction it is read.
template <class T, int NumIn>
HWY_INLINE void read_in_place(int k, const char* src, intptr_t step, InputRuns<T, NumIn>& in,
                              PrefetchPlan<NumIn>& prefetch) {
  in.at[k] = reinterpret_cast<const T*>(src);
  in.dir[k] = static_cast<int>(step / static_cast<intptr_t>(sizeof(T)));
  prefetch.at[k] = reinterpret_cast<uintptr_t>(src) +
                   static_cast<uintptr_t>(in.dir[k] * kPrefetchBytes);  // wraps when reversed
  prefetch.step[k] = step;
}

// The InnerLoop for Fn on T. Inputs that are contiguous, reversed or repeated (step 0) are read in
// place; other strides are copied block by block into L1 buffers, and outputs that are not
// contiguous are written to one and copied out, so the vector loop only ever stores contiguously.
template <const auto& Fn, class T, int NumIn, int NumOut>
void strided_loop(char* const* args, const intptr_t* steps, size_t n) {
  constexpr intptr_t kSize = sizeof(T);
  bool in_place = true;
  for (int k = 0; k < NumIn; ++k) in_place &= reads_in_place<T>(steps[k]);
  for (int k = 0; k < NumOut; ++k) in_place &= steps[NumIn + k] == kSize;
  if (in_place) {
    InputRuns<T, NumIn> in;
    PrefetchPlan<NumIn> prefetch;
    T* out[NumOut];
    for (int k = 0; k < NumIn; ++k) read_in_place(k, args[k], steps[k], in, prefetch);
    for (int k = 0; k < NumOut; ++k) out[k] = reinterpret_cast<T*>(args[NumIn + k]);
    return run_vectors<Fn, T, NumIn, NumOut>(in, out, n, prefetch);
  }
  HWY_ALIGN T buf[NumIn + NumOut][kBlock];
  for (size_t start = 0; start < n; start += kBlock) {
    const size_t len = n - start < kBlock ? n - start : kBlock;
    InputRuns<T, NumIn> in;
    PrefetchPlan<NumIn> prefetch;
    T* out[NumOut];
    for (int k = 0; k < NumIn; ++k) {
      const char* src = args[k] + steps[k] * static_cast<intptr_t>(start);
      if (reads_in_place<T>(steps[k])) {
        read_in_place(k, src, steps[k], in, prefetch);
        continue;
      }
      gather_block(buf[k], src, steps[k], len);
      in.at[k] = buf[k];
      in.dir[k] = 1;
      // The next block's elements, while this one computes: the gather alone keeps too few
      // misses in flight (a[::2] + b, f64 1M, AVX2, AMD EPYC: see docs/benchmarks.md).
      prefetch.at[k] = reinterpret_cast<uintptr_t>(src) +
                       static_cast<uintptr_t>(steps[k] * static_cast<intptr_t>(kBlock));
      prefetch.step[k] = steps[k];
    }
    for (int k = 0; k < NumOut; ++k) {
      const intptr_t step = steps[NumIn + k];
      out[k] = step == kSize
                   ? reinterpret_cast<T*>(args[NumIn + k] + step * static_cast<intptr_t>(start))
                   : buf[NumIn + k];
    }
    run_vectors<Fn, T, NumIn, NumOut>(in, out, len, prefetch);
    for (int k = 0; k < NumOut; ++k) {
      const intptr_t step = steps[NumIn + k];
      if (step == kSize) continue;
      char* dst = args[NumIn + k] + step * static_cast<intptr_t>(start);
      for (size_t j = 0; j < len; ++j)
        std::memcpy(dst + step * intptr_t(j), &buf[NumIn + k][j], kSize);
    }
  }
}

// The loops of one lambda for each element type, in order.
template <const auto& Fn, class... Ts>
struct LoopsOf {
  static constexpr InnerLoop kLoops[] = {
      &strided_loop<Fn, Ts, Signature<Fn, Ts>::kNumIn, Signature<Fn, Ts>::kNumOut>...};
};
template <const auto& Fn, class... Ts>
struct ReferenceLoops {
  static constexpr InnerLoop kLoops[] = {
      &::ufunc::detail::reference_loop<Fn, Ts, Signature<Fn, Ts>::kNumIn,
                                       Signature<Fn, Ts>::kNumOut>...};
};

}  // namespace detail
}  // namespace HWY_NAMESPACE
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_LOOPS_INL_H_ toggle
