// A ufunc: a scalar lambda turned into a function over arrays, run on the best SIMD target of this
// CPU. Define one with UFUNC_DEFINE (see "ufunc/define.h"), then call it:
//
//   std::vector<double> a = ..., b = ...;
//   std::vector<double> c = trig(a, b);             // allocates the output
//   trig(a, b, c);                                  // writes into c
//   trig(a, b, a);                                  // in place
//   trig(a, 2.0, c);                                // a scalar, or a length-1 array, broadcasts
//   trig(ufunc::span(p, n), ufunc::span(q, n), c);  // pointer + length
//   trig(a, b, c, ufunc::Options().target(ufunc::Target::kAVX2));  // this call on AVX2
//
//   auto m = ufunc::view(buf, {1000, 1000});                 // n-d views (ufunc/array_view.h)
//   ufunc::Array<double> r = trig(ufunc::transpose(m), m);  // NumPy broadcasting, any strides
//
// Inputs are contiguous ranges (anything with std::data and std::size: std::vector, std::array,
// ufunc::Span), n-d views (ArrayView, Array) or arithmetic scalars; all share one element type.
// Allocated outputs are std::vector for ranges and Array when any input is a view. A ufunc with two
// outputs (a lambda returning a std::pair or std::tuple) returns a std::pair, or takes two outputs.
// Errors: ShapeError for shapes that do not broadcast or an output of the wrong shape, TypeError
// for an element type the ufunc was not defined for, TargetError for a forced target that is not
// compiled in or not supported. A call that throws has written nothing.
#ifndef UFUNC_UFUNC_H_
#define UFUNC_UFUNC_H_

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "dispatch/targets.h"
#include "ufunc/array.h"
#include "ufunc/array_view.h"
#include "ufunc/dtype.h"
#include "ufunc/errors.h"
#include "ufunc/inner_loop.h"
#include "ufunc/options.h"

namespace ufunc {

// A pointer and a length, for data that is not in a container: trig(span(p, n), ...).
template <class T>
struct Span {
  T* ptr;
  size_t len;
  T* data() const { return ptr; }
  size_t size() const { return len; }
};
template <class T>
Span<T> span(T* ptr, size_t len) {
  return {ptr, len};
}

namespace detail {

// The type-independent half of a ufunc, compiled once into the library.
class UfuncBase {
 public:
  constexpr UfuncBase(const char* name, int num_in, int num_out, const DType* dtypes,
                      size_t num_dtypes, const TargetLoops* targets, size_t num_targets,
                      const InnerLoop* reference)
      : name_(name),
        num_in_(num_in),
        num_out_(num_out),
        dtypes_(dtypes),
        num_dtypes_(num_dtypes),
        targets_(targets),
        num_targets_(num_targets),
        reference_(reference) {}
  UfuncBase(const UfuncBase&) = delete;
  UfuncBase& operator=(const UfuncBase&) = delete;

  const char* name() const { return name_; }
  int num_inputs() const { return num_in_; }
  int num_outputs() const { return num_out_; }
  // The SIMD targets this ufunc was compiled for.
  TargetSet compiled_targets() const;
  // The target a call without Options::target runs on (resolved once, then cached).
  Target chosen_target() const;

  // Type-erased call for code that learns element types at run time: `operands` holds the inputs
  // then the outputs (given, of the broadcast shape). Throws TypeError if the operands' types
  // differ or the ufunc has no loop for their type, ShapeError as the typed calls do.
  void call(const AnyView* operands, const Options& options = {}) const;

 protected:
  // The typed calls come here with the index of their element type in the type list.
  void run(size_t type_index, const Layout* operands, const Options& options) const;
  // The shape the inputs broadcast to (throws ShapeError).
  Dims broadcast_inputs(const Layout* inputs) const;

 private:
  InnerLoop loop_for(size_t type_index, const Options& options) const;
  int resolve_chosen() const;
  // Nanoseconds per element of `loop` (the cost model of parallel calls), measured once per type.
  double cost_of(size_t type_index, InnerLoop loop) const;

  const char* name_;
  int num_in_;
  int num_out_;
  const DType* dtypes_;
  size_t num_dtypes_;
  const TargetLoops* targets_;
  size_t num_targets_;
  const InnerLoop* reference_;
  mutable std::atomic<int> chosen_{-1};            // index into targets_, -1 until the first call
  mutable std::atomic<uint32_t> cost_ps_[4] = {};  // picoseconds per element per type, 0: unknown
};

template <class A>
using ElementOf = std::remove_cv_t<std::remove_pointer_t<decltype(std::data(std::declval<A&>()))>>;

template <class A, class = void>
struct IsRange : std::false_type {};
template <class A>
struct IsRange<A, std::void_t<decltype(std::data(std::declval<A&>())),
                              decltype(std::size(std::declval<A&>()))>> : std::true_type {};

// ArrayView<T> and Array<T>: n-d operands.
template <class A, class = void>
struct IsView : std::false_type {};
template <class A>
struct IsView<
    A, std::void_t<decltype(std::declval<A&>().layout()), typename std::remove_cv_t<A>::value_type>>
    : std::true_type {};
template <class T>
struct IsView<Array<T>> : std::true_type {};
template <class T>
struct IsView<const Array<T>> : std::true_type {};

template <class A, bool kIsView = IsView<A>::value>
struct ElementOfArg {
  using type = ElementOf<A>;
};
template <class A>
struct ElementOfArg<A, true> {
  using type = std::remove_cv_t<std::remove_pointer_t<decltype(std::declval<A&>().data())>>;
};

template <class A>
inline constexpr bool kIsArrayArg = IsView<A>::value || IsRange<A>::value;

// The element type of the first array among Args (void if there is none).
template <class... Args>
struct FirstElement {
  using type = void;
};
template <class A, class... Rest>
struct FirstElement<A, Rest...> {
  template <class X, bool kIsArray = kIsArrayArg<X>>
  struct Of {
    using type = typename ElementOfArg<X>::type;
  };
  template <class X>
  struct Of<X, false> {
    using type = typename FirstElement<Rest...>::type;
  };
  using type = typename Of<std::remove_reference_t<A>>::type;
};

template <class T, class... Types>
constexpr size_t IndexOf() {
  constexpr bool matches[] = {std::is_same_v<T, Types>...};
  for (size_t i = 0; i < sizeof...(Types); ++i) {
    if (matches[i]) return i;
  }
  return sizeof...(Types);
}

}  // namespace detail

// A ufunc with NumIn inputs and NumOut outputs, defined for the element types Types.
template <int NumIn, int NumOut, class... Types>
class Ufunc : public detail::UfuncBase {
  static_assert(NumIn >= 1 && NumIn <= 3, "ufunc: a ufunc takes 1 to 3 inputs");
  static_assert(NumOut >= 1 && NumOut <= 2, "ufunc: a ufunc has 1 or 2 outputs");
  static_assert((kIsElement<Types> && ...),
                "ufunc: element types are float, double, int32_t and int64_t");
  static_assert(sizeof...(Types) >= 1 && sizeof...(Types) <= 4,
                "ufunc: list each element type once (at most float, double, int32_t, int64_t)");

 public:
  static constexpr int kNumIn = NumIn;
  static constexpr int kNumOut = NumOut;
  static constexpr std::array<DType, sizeof...(Types)> kDTypes = {dtype_of<Types>()...};

  constexpr Ufunc(const char* name, const detail::TargetLoops* targets, size_t num_targets,
                  const InnerLoop* reference)
      : UfuncBase(name, NumIn, NumOut, kDTypes.data(), kDTypes.size(), targets, num_targets,
                  reference) {}

  // trig(a, b) allocates and returns the output(s); trig(a, b, out) writes into out. Either form
  // takes an Options as its last argument.
  template <class... Args>
  auto operator()(Args&&... args) const {
    using Last = std::remove_cv_t<
        std::remove_reference_t<std::tuple_element_t<sizeof...(Args) - 1, std::tuple<Args...>>>>;
    constexpr bool kHasOptions = std::is_same_v<Last, Options>;
    constexpr size_t kNumArgs = sizeof...(Args) - (kHasOptions ? 1 : 0);
    static_assert(kNumArgs == NumIn || kNumArgs == NumIn + NumOut,
                  "ufunc: pass the ufunc's inputs, optionally followed by all of its outputs "
                  "(and optionally an Options last)");
    auto all = std::forward_as_tuple(args...);
    Options options;
    if constexpr (kHasOptions) options = std::get<sizeof...(Args) - 1>(all);
    return call_typed<kNumArgs == NumIn + NumOut>(all, options,
                                                  std::make_index_sequence<kNumArgs>());
  }

 private:
  template <bool kHasOutputs, class Tuple, size_t... I>
  auto call_typed(Tuple& all, const Options& options, std::index_sequence<I...>) const {
    using T = typename detail::FirstElement<std::tuple_element_t<I, Tuple>...>::type;
    static_assert(!std::is_void_v<T>, "ufunc: at least one input must be an array");
    constexpr size_t kIndex = detail::IndexOf<T, Types...>();
    static_assert(kIndex < sizeof...(Types),
                  "ufunc: this ufunc was not defined for the inputs' element type; add the type "
                  "to its UFUNC_DEFINE type list");
    // Scalars are converted to T and kept here so that their operand can point at them.
    std::array<T, NumIn> scalars{};
    std::array<Layout, NumIn + NumOut> operands{};
    (void)std::initializer_list<int>{
        (operands[I] = operand<T, I>(std::get<I>(all), scalars), 0)...};
    if constexpr (kHasOutputs) {
      run(kIndex, operands.data(), options);
    } else {
      const Dims shape = broadcast_inputs(operands.data());
      constexpr bool kAnyView =
          (detail::IsView<std::remove_reference_t<std::tuple_element_t<I, Tuple>>>::value || ...);
      using Out = std::conditional_t<kAnyView, Array<T>, std::vector<T>>;
      std::array<Out, NumOut> outs;
      for (int k = 0; k < NumOut; ++k) {
        if constexpr (kAnyView) {
          outs[k] = Array<T>(shape);
          operands[NumIn + k] = outs[k].view().layout();
        } else {
          outs[k].resize(static_cast<size_t>(num_elements(shape)));
          operands[NumIn + k] = ArrayView<T>(outs[k].data(), shape).layout();
        }
      }
      run(kIndex, operands.data(), options);
      if constexpr (NumOut == 1) {
        return std::move(outs[0]);
      } else {
        return std::make_pair(std::move(outs[0]), std::move(outs[1]));
      }
    }
  }

  template <class T, size_t I, class A>
  static Layout operand(A& arg, std::array<T, NumIn>& scalars) {
    using Arg = std::remove_cv_t<std::remove_reference_t<A>>;
    constexpr bool kIsOutput = I >= static_cast<size_t>(NumIn);
    if constexpr (detail::kIsArrayArg<std::remove_reference_t<A>>) {
      using Element = typename detail::ElementOfArg<std::remove_reference_t<A>>::type;
      static_assert(std::is_same_v<Element, T>,
                    "ufunc: all arrays of a call must have the same element type; convert one");
      using Pointer = decltype(std::data(arg));
      static_assert(!kIsOutput || !std::is_const_v<std::remove_pointer_t<Pointer>>,
                    "ufunc: an output must be writable");
      if constexpr (detail::IsView<std::remove_reference_t<A>>::value) {
        if constexpr (std::is_same_v<Arg, Array<T>>) {
          return arg.view().layout();
        } else {
          return arg.layout();
        }
      } else {
        return ArrayView<const T>(std::data(arg), Dims{static_cast<intptr_t>(std::size(arg))})
            .layout();
      }
    } else {
      static_assert(!kIsOutput, "ufunc: an output must be an array, not a scalar");
      static_assert(std::is_arithmetic_v<Arg>,
                    "ufunc: an input must be an array (std::vector, std::array, ufunc::Span, "
                    "ufunc::ArrayView, ufunc::Array) or an arithmetic scalar");
      static_assert(!(std::is_integral_v<T> && std::is_floating_point_v<Arg>),
                    "ufunc: a floating-point scalar with integer arrays would be truncated; "
                    "convert it explicitly");
      if constexpr (!kIsOutput) {
        scalars[I] = static_cast<T>(arg);
        return ArrayView<T>(&scalars[I], Dims{}).layout();
      }
    }
  }
};

}  // namespace ufunc

// Declares a ufunc that UFUNC_DEFINE defines in another file, for a header:
//   UFUNC_DECLARE(trig, 2, 1, (float, double));  // 2 inputs, 1 output, element types
#define UFUNC_DECLARE(name, num_in, num_out, types) \
  extern const ::ufunc::Ufunc<num_in, num_out, UFUNC_DETAIL_UNPAREN types> name
#define UFUNC_DETAIL_UNPAREN(...) __VA_ARGS__

#endif  // UFUNC_UFUNC_H_
