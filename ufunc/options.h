// Per-call options: which SIMD target runs the call, whether it may use several threads, a where=
// mask, and the options of reductions. Nothing here touches global state, so calls with different
// options can run at the same time.
//
//   trig(a, b, out, ufunc::Options().target(ufunc::Target::kAVX2));
//   trig(a, b, out, ufunc::Options().parallel());              // oneTBB, when it pays
//   trig(a, b, out, ufunc::Options().parallel().grain(65536));  // chunks of 65536 elements
//   trig(a, b, out, ufunc::Options().where(mask));             // only where mask is true
//   add.reduce(m, 1, ufunc::Options().keepdims().initial(10)); // see docs/reductions.md
#ifndef UFUNC_OPTIONS_H_
#define UFUNC_OPTIONS_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "dispatch/targets.h"
#include "ufunc/array_view.h"

namespace ufunc {

class Options {
 public:
  // Run on `t` instead of the automatically chosen target. The call throws TargetError if the ufunc
  // was not compiled for `t` or this CPU does not support it.
  Options& target(Target t) {
    target_ = static_cast<TargetSet>(t);
    reference_ = false;
    return *this;
  }
  // Run the lambda on plain C++ scalars, one element at a time, with vectorisation disabled: the
  // oracle the tests compare SIMD targets against, and the "novec" baseline of the benchmark.
  Options& reference() {
    reference_ = true;
    target_ = 0;
    return *this;
  }

  // Split the call over threads (oneTBB) when a cost model says it pays: small calls stay on the
  // calling thread. Results are bit-for-bit those of the serial call. See docs/parallel.md.
  Options& parallel() {
    parallel_ = true;
    return *this;
  }
  // Elements per parallel chunk, instead of the cost model's choice (implies parallel()). The inner
  // dimension is still not split below 4096 elements.
  Options& grain(size_t elements) {
    parallel_ = true;
    grain_ = elements;
    return *this;
  }

  // NumPy's where=: compute only the elements where `mask` (bool elements, broadcast to the call's
  // shape) is true; the other elements of a given output are left as they are, those of an
  // allocated output are 0. For reduce, the elements where `mask` (broadcast to the input's shape)
  // is false are skipped. `mask` is an ArrayView<bool>, Array<bool>, or a contiguous range of bool
  // (std::array, ufunc::Span); it is not copied and must outlive the call.
  template <class M>
  Options& where(const M& mask) {
    if constexpr (std::is_convertible_v<const M&, ArrayView<const bool>>) {
      where_ = ArrayView<const bool>(mask).layout();
    } else {
      static_assert(
          !std::is_same_v<M, std::vector<bool>>,
          "ufunc: std::vector<bool> packs bits; use ufunc::Array<bool> or a view of bool");
      using E = std::remove_pointer_t<decltype(std::data(std::declval<const M&>()))>;
      static_assert(std::is_same_v<std::remove_cv_t<E>, bool>,
                    "ufunc: a where mask has bool elements");
      where_ = ArrayView<const bool>(std::data(mask), Dims{static_cast<intptr_t>(std::size(mask))})
                   .layout();
    }
    has_where_ = true;
    return *this;
  }
  // reduce: keep each reduced axis as a dimension of length 1, as NumPy's keepdims=True.
  Options& keepdims() {
    keepdims_ = true;
    return *this;
  }
  // reduce: start every reduction from `value` instead of the ufunc's identity (NumPy's initial=).
  // Needed to reduce empty arrays, or with where=, for ufuncs without an identity.
  template <class V>
  Options& initial(V value) {
    static_assert(std::is_arithmetic_v<V>, "ufunc: initial takes an arithmetic value");
    initial_ = static_cast<double>(value);
    initial_int_ = std::is_integral_v<V> ? static_cast<int64_t>(value) : 0;
    initial_is_integer_ = std::is_integral_v<V>;
    return *this;
  }

  TargetSet forced_target() const { return target_; }  // 0: choose automatically
  bool is_reference() const { return reference_; }
  bool is_parallel() const { return parallel_; }
  size_t forced_grain() const { return grain_; }  // 0: the cost model's choice
  const Layout* where_mask() const { return has_where_ ? &where_ : nullptr; }
  bool keeps_dims() const { return keepdims_; }
  // The initial value as a T, if one was given. An integer T from a value with a fraction throws
  // TypeError.
  template <class T>
  std::optional<T> initial_as() const {
    if (!initial_) return std::nullopt;
    if constexpr (std::is_integral_v<T>) {
      if (!initial_is_integer_ &&
          *initial_ != static_cast<double>(static_cast<int64_t>(*initial_))) {
        throw TypeError("ufunc: initial " + std::to_string(*initial_) +
                        " is not a whole number, but the array is of integers");
      }
      return static_cast<T>(initial_is_integer_ ? initial_int_ : static_cast<int64_t>(*initial_));
    } else {
      return static_cast<T>(*initial_);
    }
  }

 private:
  TargetSet target_ = 0;
  bool reference_ = false;
  bool parallel_ = false;
  size_t grain_ = 0;
  bool has_where_ = false;
  Layout where_;
  bool keepdims_ = false;
  std::optional<double> initial_;
  int64_t initial_int_ = 0;
  bool initial_is_integer_ = false;
};

}  // namespace ufunc

#endif  // UFUNC_OPTIONS_H_
