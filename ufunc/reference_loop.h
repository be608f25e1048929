// The reference InnerLoop: the lambda applied to plain C++ scalars one element at a time, with
// auto-vectorisation off. It is the oracle the tests hold every SIMD target to, and the "novec"
// baseline of the benchmark.
#ifndef UFUNC_REFERENCE_LOOP_H_
#define UFUNC_REFERENCE_LOOP_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <tuple>
#include <type_traits>
#include <utility>

#include "ufunc/inner_loop.h"

#if defined(__GNUC__) && !defined(__clang__)
#define UFUNC_DETAIL_NO_VECTORIZE __attribute__((optimize("no-tree-vectorize")))
#else
#define UFUNC_DETAIL_NO_VECTORIZE
#endif

namespace ufunc {
namespace detail {

template <class T, class R>
void store_scalar_result(const R& r, char* const* out, size_t i, const intptr_t* steps) {
  if constexpr (std::is_arithmetic_v<R>) {
    const T value = static_cast<T>(r);
    std::memcpy(out[0] + steps[0] * static_cast<intptr_t>(i), &value, sizeof(T));
  } else {
    const T first = static_cast<T>(std::get<0>(r));
    const T second = static_cast<T>(std::get<1>(r));
    std::memcpy(out[0] + steps[0] * static_cast<intptr_t>(i), &first, sizeof(T));
    std::memcpy(out[1] + steps[1] * static_cast<intptr_t>(i), &second, sizeof(T));
  }
}

template <const auto& Fn, class T, size_t... I>
auto call_scalars(char* const* in, const intptr_t* steps, size_t i, std::index_sequence<I...>) {
  T x[sizeof...(I)];
  (std::memcpy(&x[I], in[I] + steps[I] * static_cast<intptr_t>(i), sizeof(T)), ...);
  return Fn(x[I]...);
}

template <const auto& Fn, class T, int NumIn, int NumOut>
UFUNC_DETAIL_NO_VECTORIZE void reference_loop(char* const* args, const intptr_t* steps, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    store_scalar_result<T>(call_scalars<Fn, T>(args, steps, i, std::make_index_sequence<NumIn>()),
                           args + NumIn, i, steps + NumIn);
  }
}

}  // namespace detail
}  // namespace ufunc

#endif  // UFUNC_REFERENCE_LOOP_H_
