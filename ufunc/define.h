// Defining ufuncs from scalar lambdas. A kernel file looks like this:
//
//   // my_kernels.cc
//   #define UFUNC_KERNEL_FILE "my_kernels.cc"  // this file's path, as the compiler can include it
//   #include "ufunc/define.h"
//
//   UFUNC_DEFINE(trig, (float, double), [](auto a, auto b) { return sin(a * a) * exp(b); })
//   UFUNC_DEFINE(discriminant, (float, double, int32_t, int64_t),
//                [](auto a, auto b, auto c) { return b * b - 4 * a * c; })
//
// A binary ufunc that may be reduced in any order (associative and commutative, like add, multiply,
// maximum) says so, with its identity (ufunc/identity.h), to get fast reduce and accumulate
// (pairwise SIMD folds, parallel reductions); see docs/reductions.md:
//
//   UFUNC_DEFINE_REDUCIBLE(add, (float, double), ufunc::Identity::kZero,
//                          [](auto a, auto b) { return a + b; })
//
// Each UFUNC_DEFINE(name, (types...), lambda) defines `const ufunc::Ufunc<...> name` in the current
// namespace (see ufunc/ufunc.h for how to call it). To use it from other files, declare it in a
// header included by the kernel file too: UFUNC_DECLARE(trig, 2, 1, (float, double)).
//
// The file is compiled once per SIMD target (Highway's foreach_target.h re-includes it), so:
//  - include your ordinary headers before this one;
//  - the lambda is generic (`auto` parameters) and runs both on plain values and on Lanes<T>: use
//    operators, literals, comparisons, where(cond, x, y) and the math functions of
//    kernels/lane_math-inl.h, unqualified (`exp(x)`, not `std::exp(x)`). A data-dependent `if`
//    cannot work on lanes: write where(x < 0, -x, x);
//  - anything else in the file must be inside `#if HWY_ONCE ... #endif` (compiled once).

#ifndef UFUNC_KERNEL_FILE
#error "ufunc: #define UFUNC_KERNEL_FILE \"path/of/this/file.cc\" before including ufunc/define.h"
#endif

// Ordinary headers first: anything included inside a per-target region would be compiled for it.
#include "kernels/scalar_math.h"
#include "ufunc/identity.h"
#include "ufunc/reference_loop.h"
#include "ufunc/target_table.h"
#include "ufunc/ufunc.h"

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE UFUNC_KERNEL_FILE
#include "hwy/foreach_target.h"  // IWYU pragma: keep
#include "hwy/highway.h"
#include "kernels/lane_math-inl.h"
#include "ufunc/lanes-inl.h"
#include "ufunc/loops-inl.h"
#include "ufunc/reduce_loops-inl.h"

#ifndef UFUNC_DEFINE_H_ONCE_
#define UFUNC_DEFINE_H_ONCE_

namespace ufunc {
namespace detail {
template <class T, class... Rest>
struct FirstOf {
  using type = T;
};
}  // namespace detail
}  // namespace ufunc

// The names a lambda may call on plain values; on lanes, argument-dependent lookup finds their
// twins.
#define UFUNC_DETAIL_SCALAR_MATH \
  using ::ufunc::math::abs;      \
  using ::ufunc::math::acos;     \
  using ::ufunc::math::acosh;    \
  using ::ufunc::math::asin;     \
  using ::ufunc::math::asinh;    \
  using ::ufunc::math::atan;     \
  using ::ufunc::math::atan2;    \
  using ::ufunc::math::atanh;    \
  using ::ufunc::math::cbrt;     \
  using ::ufunc::math::ceil;     \
  using ::ufunc::math::copysign; \
  using ::ufunc::math::cos;      \
  using ::ufunc::math::cosh;     \
  using ::ufunc::math::exp;      \
  using ::ufunc::math::exp2;     \
  using ::ufunc::math::expm1;    \
  using ::ufunc::math::floor;    \
  using ::ufunc::math::fmax;     \
  using ::ufunc::math::fmin;     \
  using ::ufunc::math::hypot;    \
  using ::ufunc::math::isfinite; \
  using ::ufunc::math::isinf;    \
  using ::ufunc::math::isnan;    \
  using ::ufunc::math::log;      \
  using ::ufunc::math::log10;    \
  using ::ufunc::math::log1p;    \
  using ::ufunc::math::log2;     \
  using ::ufunc::math::maximum;  \
  using ::ufunc::math::minimum;  \
  using ::ufunc::math::muladd;   \
  using ::ufunc::math::pow;      \
  using ::ufunc::math::rint;     \
  using ::ufunc::math::signbit;  \
  using ::ufunc::math::sin;      \
  using ::ufunc::math::sinh;     \
  using ::ufunc::math::sqrt;     \
  using ::ufunc::math::tan;      \
  using ::ufunc::math::tanh;     \
  using ::ufunc::math::trunc;    \
  using ::ufunc::math::where;    \
  UFUNC_DETAIL_SCALAR_ARITH

// Per target: the lambda, its signature and its loops, one per element type.
#define UFUNC_DETAIL_PER_TARGET(name, types, ...)                                        \
  HWY_BEFORE_NAMESPACE();                                                                \
  namespace HWY_NAMESPACE {                                                              \
  namespace name##_ufunc_detail {                                                        \
    UFUNC_DETAIL_SCALAR_MATH                                                             \
    inline constexpr auto fn = __VA_ARGS__;                                              \
    inline constexpr const ::ufunc::InnerLoop* loops =                                   \
        ::ufunc::HWY_NAMESPACE::detail::LoopsOf<fn, UFUNC_DETAIL_UNPAREN types>::kLoops; \
  }                                                                                      \
  }                                                                                      \
  HWY_AFTER_NAMESPACE();

// Per target, for UFUNC_DEFINE_REDUCIBLE: the fold and accumulate loops, one per element type.
#define UFUNC_DETAIL_PER_TARGET_REDUCTIONS(name, types)                                           \
  HWY_BEFORE_NAMESPACE();                                                                         \
  namespace HWY_NAMESPACE {                                                                       \
  namespace name##_ufunc_detail {                                                                 \
    inline constexpr const ::ufunc::detail::ReductionLoops* reductions =                          \
        ::ufunc::HWY_NAMESPACE::detail::ReductionLoopsOf<fn, UFUNC_DETAIL_UNPAREN types>::kLoops; \
  }                                                                                               \
  }                                                                                               \
  HWY_AFTER_NAMESPACE();

// Once, after the last target: the table of targets, the reference loops and the ufunc object;
// `...` are the constructor's reduction arguments (none for a plain ufunc).
#define UFUNC_DETAIL_ONCE(name, types, ...)                                                       \
  namespace name##_ufunc_detail {                                                                 \
    using First = ::ufunc::detail::FirstOf<UFUNC_DETAIL_UNPAREN types>::type;                     \
    using Sig =                                                                                   \
        ::ufunc::HWY_NAMESPACE::detail::Signature<HWY_NAMESPACE::name##_ufunc_detail::fn, First>; \
    inline constexpr ::ufunc::detail::TargetLoops targets[] = {                                   \
        UFUNC_DETAIL_TARGET_TABLE(name##_ufunc_detail::loops)};                                   \
  }                                                                                               \
  const ::ufunc::Ufunc<name##_ufunc_detail::Sig::kNumIn, name##_ufunc_detail::Sig::kNumOut,       \
                       UFUNC_DETAIL_UNPAREN types>                                                \
      name{#name, name##_ufunc_detail::targets,                                                   \
           sizeof(name##_ufunc_detail::targets) / sizeof(name##_ufunc_detail::targets[0]),        \
           ::ufunc::HWY_NAMESPACE::detail::ReferenceLoops<HWY_NAMESPACE::name##_ufunc_detail::fn, \
                                                          UFUNC_DETAIL_UNPAREN types>::kLoops     \
               __VA_ARGS__};

// Once, for UFUNC_DEFINE_REDUCIBLE: the table of reduction loops, in the order of the targets.
#define UFUNC_DETAIL_ONCE_REDUCTIONS(name)                                     \
  namespace name##_ufunc_detail {                                              \
    inline constexpr ::ufunc::detail::TargetReductions reduction_targets[] = { \
        UFUNC_DETAIL_TARGET_TABLE(name##_ufunc_detail::reductions)};           \
  }

#endif  // UFUNC_DEFINE_H_ONCE_

// Defines a ufunc; see the top of this file.
#undef UFUNC_DEFINE
#if HWY_ONCE
#define UFUNC_DEFINE(name, types, ...) \
  UFUNC_DETAIL_PER_TARGET(name, types, __VA_ARGS__) UFUNC_DETAIL_ONCE(name, types)
#else
#define UFUNC_DEFINE(name, types, ...) UFUNC_DETAIL_PER_TARGET(name, types, __VA_ARGS__)
#endif

// Defines a reorderable binary ufunc with an identity; see the top of this file.
#undef UFUNC_DEFINE_REDUCIBLE
#if HWY_ONCE
#define UFUNC_DEFINE_REDUCIBLE(name, types, identity, ...) \
  UFUNC_DETAIL_PER_TARGET(name, types, __VA_ARGS__)        \
  UFUNC_DETAIL_PER_TARGET_REDUCTIONS(name, types)          \
  UFUNC_DETAIL_ONCE_REDUCTIONS(name)                       \
  UFUNC_DETAIL_ONCE(name, types, , name##_ufunc_detail::reduction_targets, (identity))
#else
#define UFUNC_DEFINE_REDUCIBLE(name, types, identity, ...) \
  UFUNC_DETAIL_PER_TARGET(name, types, __VA_ARGS__)        \
  UFUNC_DETAIL_PER_TARGET_REDUCTIONS(name, types)
#endif
