// The per-target loops behind reduce of a reorderable binary ufunc: a pairwise fold with SIMD
// accumulators (ufunc/inner_loop.h says what it computes).
//
// Re-included once per SIMD target.

#if defined(UFUNC_REDUCE_LOOPS_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_REDUCE_LOOPS_INL_H_
#undef UFUNC_REDUCE_LOOPS_INL_H_
#else
#define UFUNC_REDUCE_LOOPS_INL_H_
#endif

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "hwy/highway.h"
#include "ufunc/inner_loop.h"
#include "ufunc/lanes-inl.h"
#include "ufunc/loops-inl.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace HWY_NAMESPACE {
namespace detail {

// Independent SIMD accumulators of a leaf: enough to hide the latency of an add on every target.
constexpr size_t kAccumulators = 8;
// Vectors each accumulator takes in turn within a leaf, as NumPy's pairwise sum does (8 x 16).
constexpr size_t kRounds = 16;

template <const auto& Fn, class T>
HWY_INLINE T fold_scalars(const T* x, size_t n) {
  // Pairwise, so that the lanes of an accumulator combine like a tree too.
  T buf[HWY_MAX_BYTES / sizeof(T)];
  std::memcpy(buf, x, n * sizeof(T));
  for (size_t width = n; width > 1; width = (width + 1) / 2) {
    const size_t half = width / 2;
    for (size_t i = 0; i < half; ++i) buf[i] = static_cast<T>(Fn(buf[i], buf[width - half + i]));
  }
  return buf[0];
}

// Fn over n >= 1 contiguous elements, n <= kAccumulators * kRounds vectors: accumulators take
// consecutive vectors in turn, then combine as a tree, then their lanes do.
template <const auto& Fn, class T>
HWY_INLINE T fold_leaf(const T* HWY_RESTRICT p, size_t n) {
  const hn::ScalableTag<T> d;
  const size_t N = hn::Lanes(d);
  if (n < N) {
    T acc = p[0];
    for (size_t i = 1; i < n; ++i) acc = static_cast<T>(Fn(acc, p[i]));
    return acc;
  }
  using L = Lanes<T>;
  const size_t vectors = n / N;
  const size_t used = vectors < kAccumulators ? vectors : kAccumulators;
  hn::Vec<decltype(d)> acc[kAccumulators];
  for (size_t k = 0; k < used; ++k) acc[k] = hn::LoadU(d, p + k * N);
  size_t i = used * N;
  for (; i + kAccumulators * N <= n; i += kAccumulators * N) {
    for (size_t k = 0; k < kAccumulators; ++k) {
      acc[k] = Fn(L(acc[k]), L(hn::LoadU(d, p + i + k * N))).v;
    }
  }
  size_t k = 0;  // fewer than `used` vectors are left
  for (; i + N <= n; i += N, ++k) acc[k] = Fn(L(acc[k]), L(hn::LoadU(d, p + i))).v;
  if (i < n) {
    // The last partial vector joins the first lanes of an accumulator, so no identity is needed.
    // Its padding repeats a real element, so that it computes nothing exotic.
    HWY_ALIGN T last[HWY_MAX_BYTES / sizeof(T)];
    for (size_t j = 0; j < N; ++j) last[j] = p[i + (j < n - i ? j : 0)];
    const auto sum = Fn(L(acc[k]), L(hn::Load(d, last))).v;
    acc[k] = hn::IfThenElse(hn::FirstN(d, n - i), sum, acc[k]);
  }
  for (size_t width = used; width > 1; width = (width + 1) / 2) {
    const size_t half = width / 2;
    for (size_t j = 0; j < half; ++j) acc[j] = Fn(L(acc[j]), L(acc[width - half + j])).v;
  }
  HWY_ALIGN T lanes[HWY_MAX_BYTES / sizeof(T)];
  hn::Store(acc[0], d, lanes);
  return fold_scalars<Fn, T>(lanes, N);
}

template <class T>
constexpr size_t leaf_size() {
  return kAccumulators * kRounds * hn::MaxLanes(hn::ScalableTag<T>());
}

// Fn over n >= 1 elements `step` bytes apart: leaves of kAccumulators x kRounds vectors combined
// pairwise, split as fold_split says, so the rounding error of a sum grows with log2(n). Strided
// leaves are first copied into an L1 buffer.
template <const auto& Fn, class T>
T fold_tree(const char* p, intptr_t step, size_t n) {
  constexpr size_t kLeaf = leaf_size<T>();
  if (n <= kLeaf) {
    if (step == static_cast<intptr_t>(sizeof(T))) {
      return fold_leaf<Fn, T>(reinterpret_cast<const T*>(p), n);
    }
    HWY_ALIGN T buf[kLeaf];
    gather_block(buf, p, step, n);
    return fold_leaf<Fn, T>(buf, n);
  }
  const size_t half = ::ufunc::detail::fold_split(n, kLeaf);
  const T left = fold_tree<Fn, T>(p, step, half);
  const T right = fold_tree<Fn, T>(p + static_cast<intptr_t>(half) * step, step, n - half);
  return static_cast<T>(Fn(left, right));
}

template <const auto& Fn, class T>
void fold_loop(const char* in, intptr_t step, size_t n, char* acc, bool has_acc) {
  T r = fold_tree<Fn, T>(in, step, n);
  if (has_acc) {
    T a;
    std::memcpy(&a, acc, sizeof(T));
    r = static_cast<T>(Fn(a, r));
  }
  std::memcpy(acc, &r, sizeof(T));
}

template <const auto& Fn, class T>
void combine(char* acc, const char* x) {
  T a, b;
  std::memcpy(&a, acc, sizeof(T));
  std::memcpy(&b, x, sizeof(T));
  a = static_cast<T>(Fn(a, b));
  std::memcpy(acc, &a, sizeof(T));
}

// The reduction loops of one binary lambda for each element type, in order.
template <const auto& Fn, class... Ts>
struct ReductionLoopsOf {
  static_assert(((Signature<Fn, Ts>::kNumIn == 2 && Signature<Fn, Ts>::kNumOut == 1) && ...),
                "ufunc: UFUNC_DEFINE_REDUCIBLE needs a lambda of two inputs and one output");
  static constexpr ::ufunc::detail::ReductionLoops kLoops[] = {
      {&fold_loop<Fn, Ts>, &combine<Fn, Ts>, leaf_size<Ts>()}...};
};

}  // namespace detail
}  // namespace HWY_NAMESPACE
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_REDUCE_LOOPS_INL_H_ toggle
