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
// Binary ufuncs also have NumPy's methods reduce, accumulate and outer (docs/reductions.md):
//
//   ufunc::Array<double> col_sums = add.reduce(m, 0);        // np.add.reduce(m, axis=0)
//   double total = add.reduce(m, ufunc::kAllAxes)();          // 0-d result: call it for the value
//   auto running = add.accumulate(v);                         // np.add.accumulate(v)
//   auto table = multiply.outer(x, y);                        // np.multiply.outer(x, y)
//
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
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "dispatch/targets.h"
#include "ufunc/array.h"
#include "ufunc/array_view.h"
#include "ufunc/axes.h"
#include "ufunc/dtype.h"
#include "ufunc/errors.h"
#include "ufunc/identity.h"
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
                      const InnerLoop* reference, const TargetReductions* reductions = nullptr,
                      Identity identity = Identity::kNone)
      : name_(name),
        num_in_(num_in),
        num_out_(num_out),
        dtypes_(dtypes),
        num_dtypes_(num_dtypes),
        targets_(targets),
        num_targets_(num_targets),
        reference_(reference),
        reductions_(reductions),
        identity_(identity) {}
  UfuncBase(const UfuncBase&) = delete;
  UfuncBase& operator=(const UfuncBase&) = delete;

  const char* name() const { return name_; }
  int num_inputs() const { return num_in_; }
  int num_outputs() const { return num_out_; }
  // The SIMD targets this ufunc was compiled for.
  TargetSet compiled_targets() const;
  // The target a call without Options::target runs on (resolved once, then cached).
  Target chosen_target() const;
  // Whether reductions may combine elements in any order (UFUNC_DEFINE_REDUCIBLE), and the value
  // they start from.
  bool is_reorderable() const { return reductions_ != nullptr; }
  Identity identity() const { return identity_; }

  // Type-erased call for code that learns element types at run time: `operands` holds the inputs
  // then the outputs (given, of the broadcast shape). Throws TypeError if the operands' types
  // differ or the ufunc has no loop for their type, ShapeError as the typed calls do.
  void call(const AnyView* operands, const Options& options = {}) const;

 protected:
  // The typed calls come here with the index of their element type in the type list.
  void run(size_t type_index, const Layout* operands, const Options& options) const;
  // The shape the inputs (and the where mask of `options`) broadcast to (throws ShapeError).
  Dims broadcast_inputs(const Layout* inputs, const Options& options) const;
  // reduce: combines `a` over the axes of `axes` into `out` (C-ordered, of the reduced shape, with
  // or without the kept length-1 axes), starting from `start` (an element: the initial value or
  // the identity; or null: the first element along the axes).
  void reduce_into(size_t type_index, const Layout& a, uint64_t axes, const Layout& out,
                   const char* start, const Options& options) const;
  // accumulate: out (C-ordered, a's shape) = the running reduction of `a` along `axis`.
  void accumulate_into(size_t type_index, const Layout& a, int axis, const Layout& out,
                       const Options& options) const;

 private:
  int target_index(const Options& options) const;
  InnerLoop loop_for(size_t type_index, const Options& options) const;
  // The fold and accumulate loops of the call's target, or null (not reorderable, or a reference
  // call).
  const ReductionLoops* reductions_for(size_t type_index, const Options& options) const;
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
  const TargetReductions* reductions_;  // same order as targets_; null: not reorderable
  Identity identity_;
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
  // A reorderable binary ufunc (UFUNC_DEFINE_REDUCIBLE).
  constexpr Ufunc(const char* name, const detail::TargetLoops* targets, size_t num_targets,
                  const InnerLoop* reference, const detail::TargetReductions* reductions,
                  Identity identity)
      : UfuncBase(name, NumIn, NumOut, kDTypes.data(), kDTypes.size(), targets, num_targets,
                  reference, reductions, identity) {}

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

  // NumPy's ufunc.reduce: combines the elements of `a` along `axes` (default axis 0, like NumPy;
  // kAllAxes for all). Options: keepdims(), initial(v), where(mask), parallel(), target(t).
  // Reorderable ufuncs reduce in any order (pairwise, SIMD), the others fold each axis left to
  // right. Throws AxisError, ValueError (see ufunc/errors.h) and ShapeError for a bad where mask.
  template <class A>
  Array<typename detail::ElementOfArg<std::remove_cv_t<A>>::type> reduce(
      const A& a, const Axes& axes = 0, const Options& options = {}) const {
    using T = typename detail::ElementOfArg<std::remove_cv_t<A>>::type;
    constexpr size_t kIndex = check_binary<T>();
    const Layout in = layout_of(a);
    const uint64_t mask = axes.mask(in.shape.size(), std::string(name()) + ".reduce");
    Array<T> out(reduced_shape(in.shape, mask, options.keeps_dims()));
    std::optional<T> start = options.initial_as<T>();
    if (!start && identity() != Identity::kNone) start = identity_value<T>(identity());
    reduce_into(kIndex, in, mask, out.view().layout(),
                start ? reinterpret_cast<const char*>(&*start) : nullptr, options);
    return out;
  }

  // NumPy's ufunc.accumulate: out[..., i, ...] = f(out[..., i-1, ...], a[..., i, ...]) along
  // `axis`, with out[..., 0, ...] = a[..., 0, ...], in order. Options: target(t), reference(); it
  // runs on one thread. Throws AxisError, and TypeError for a 0-d array.
  template <class A>
  Array<typename detail::ElementOfArg<std::remove_cv_t<A>>::type> accumulate(
      const A& a, int axis = 0, const Options& options = {}) const {
    using T = typename detail::ElementOfArg<std::remove_cv_t<A>>::type;
    constexpr size_t kIndex = check_binary<T>();
    const Layout in = layout_of(a);
    const int rank = in.shape.size();
    if (rank == 0)
      throw TypeError(std::string(name()) + ".accumulate: cannot accumulate on a scalar");
    if (axis < -rank || axis >= rank) {
      throw AxisError(std::string(name()) + ".accumulate: axis " + std::to_string(axis) +
                      " is out of bounds for array of dimension " + std::to_string(rank));
    }
    Array<T> out(in.shape);
    accumulate_into(kIndex, in, axis < 0 ? axis + rank : axis, out.view().layout(), options);
    return out;
  }

  // NumPy's ufunc.outer: out[i..., j...] = f(a[i...], b[j...]), of shape a.shape + b.shape. Takes
  // the Options of a call (where, parallel, target).
  template <class A, class B>
  auto outer(const A& a, const B& b, const Options& options = {}) const {
    static_assert(NumIn == 2, "ufunc: outer needs a ufunc of two inputs");
    using T = typename detail::ElementOfArg<std::remove_cv_t<A>>::type;
    Layout la = layout_of(a);
    const Layout lb = layout_of(b);
    if (la.shape.size() + lb.shape.size() > kMaxRank) {
      throw ShapeError(std::string(name()) + ".outer: the result would have more than " +
                       std::to_string(kMaxRank) + " dimensions");
    }
    for (int d = 0; d < lb.shape.size(); ++d) {
      la.shape.push_back(1);
      la.strides.push_back(0);
    }
    return (*this)(ArrayView<const T>(la), ArrayView<const T>(lb), options);
  }

 private:
  template <class T>
  static constexpr size_t check_binary() {
    static_assert(NumIn == 2 && NumOut == 1,
                  "ufunc: reduce and accumulate need a ufunc of two inputs and one output");
    constexpr size_t kIndex = detail::IndexOf<T, Types...>();
    static_assert(kIndex < sizeof...(Types),
                  "ufunc: this ufunc was not defined for the inputs' element type; add the type "
                  "to its UFUNC_DEFINE type list");
    return kIndex;
  }
  template <class A>
  static Layout layout_of(const A& a) {
    static_assert(detail::kIsArrayArg<A>,
                  "ufunc: pass an array (std::vector, ufunc::ArrayView, ufunc::Array, ...)");
    using T = typename detail::ElementOfArg<A>::type;
    if constexpr (detail::IsView<A>::value) {
      return ArrayView<const T>(a).layout();
    } else {
      return contiguous_layout(std::data(a), std::size(a));
    }
  }

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
      const Dims shape = broadcast_inputs(operands.data(), options);
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
        return contiguous_layout(std::data(arg), std::size(arg));
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
