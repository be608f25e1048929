// Lanes<T>: a Highway vector that behaves like a scalar T, so that one generic lambda runs on plain
// values and on SIMD vectors. Arithmetic, comparisons (giving LaneMask<T>), `where` and mixing with
// literals of any arithmetic type (`4 * a`, `a + 1.5f`) are defined here; math functions (sin,
// exp...) are found by argument-dependent lookup in kernels/lane_math-inl.h.
//
// Re-included once per SIMD target (Highway's foreach_target.h); users never include it directly.

#if defined(UFUNC_LANES_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_LANES_INL_H_
#undef UFUNC_LANES_INL_H_
#else
#define UFUNC_LANES_INL_H_
#endif

#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

template <class T>
struct Lanes;
template <class T>
struct LaneMask;

namespace detail {

template <class X>
struct IsLanes : std::false_type {};
template <class T>
struct IsLanes<Lanes<T>> : std::true_type {};

// A literal (or other scalar) used with lanes of T.
template <class T, class S>
HWY_INLINE T literal(S s) {
  static_assert(std::is_arithmetic_v<S>, "ufunc: lanes mix only with arithmetic scalars");
  static_assert(!(std::is_integral_v<T> && std::is_floating_point_v<S>),
                "ufunc: a floating-point literal with integer lanes would be truncated; write an "
                "integer literal or convert explicitly");
  return static_cast<T>(s);
}

// Applies a scalar operation lane by lane, for operations Highway 1.0.3 lacks (64-bit integer
// multiply on x86).
template <class T, class Op>
HWY_INLINE hn::Vec<hn::ScalableTag<T>> per_lane(hn::Vec<hn::ScalableTag<T>> a,
                                                hn::Vec<hn::ScalableTag<T>> b, Op op) {
  const hn::ScalableTag<T> d;
  HWY_ALIGN T x[HWY_MAX_BYTES / sizeof(T)];
  HWY_ALIGN T y[HWY_MAX_BYTES / sizeof(T)];
  hn::Store(a, d, x);
  hn::Store(b, d, y);
  for (size_t i = 0; i < hn::Lanes(d); ++i) x[i] = op(x[i], y[i]);
  return hn::Load(d, x);
}

template <class T>
constexpr void require_float() {
  static_assert(std::is_floating_point_v<T>,
                "ufunc: this math function needs float or double lanes");
}

}  // namespace detail

// Lanes<T> name(Lanes<T>) for a float function kernels::HWY_NAMESPACE::Impl(d, v).
#define UFUNC_DETAIL_UNARY_FLOAT_LANES(name, Impl)                              \
  template <class T>                                                            \
  HWY_INLINE Lanes<T> name(Lanes<T> x) {                                        \
    detail::require_float<T>();                                                 \
    return Lanes<T>(kernels::HWY_NAMESPACE::Impl(typename Lanes<T>::D(), x.v)); \
  }

// Lanes<T> name(Lanes<T>, B) for a float function kernels::HWY_NAMESPACE::Impl(d, a, b); the second
// argument may be a scalar.
#define UFUNC_DETAIL_BINARY_FLOAT_LANES(name, Impl)                                           \
  template <class T, class B>                                                                 \
  HWY_INLINE Lanes<T> name(Lanes<T> a, B b) {                                                 \
    detail::require_float<T>();                                                               \
    return Lanes<T>(kernels::HWY_NAMESPACE::Impl(typename Lanes<T>::D(), a.v, Lanes<T>(b).v)); \
  }

template <class T>
struct Lanes {
  using D = hn::ScalableTag<T>;
  using V = hn::Vec<D>;
  using value_type = T;

  V v;

  HWY_INLINE explicit Lanes(V vec) : v(vec) {}
  // Every lane equal to `s`: lets `where(m, 0, x)` and `Lanes<T>(1)` work.
  template <class S, class = std::enable_if_t<std::is_arithmetic_v<S>>>
  HWY_INLINE Lanes(S s) : v(hn::Set(D(), detail::literal<T>(s))) {}  // NOLINT: implicit on purpose

  HWY_INLINE Lanes& operator+=(Lanes b) { return *this = *this + b; }
  HWY_INLINE Lanes& operator-=(Lanes b) { return *this = *this - b; }
  HWY_INLINE Lanes& operator*=(Lanes b) { return *this = *this * b; }
  HWY_INLINE Lanes& operator/=(Lanes b) { return *this = *this / b; }
};

// The result of comparing lanes: one boolean per lane, for `where` and the logical operators.
template <class T>
struct LaneMask {
  hn::Mask<hn::ScalableTag<T>> m;
};

// --- arithmetic ----------------------------------------------------------------------------------

template <class T>
HWY_INLINE Lanes<T> operator+(Lanes<T> a, Lanes<T> b) {
  return Lanes<T>(hn::Add(a.v, b.v));
}
template <class T>
HWY_INLINE Lanes<T> operator-(Lanes<T> a, Lanes<T> b) {
  return Lanes<T>(hn::Sub(a.v, b.v));
}
template <class T>
HWY_INLINE Lanes<T> operator*(Lanes<T> a, Lanes<T> b) {
  if constexpr (std::is_integral_v<T> && sizeof(T) == 8 && HWY_TARGET != HWY_SCALAR) {
    // Highway 1.0.3 has no 64-bit integer multiply; wrap around like NumPy (unsigned arithmetic).
    return Lanes<T>(detail::per_lane<T>(a.v, b.v, [](T x, T y) {
      return static_cast<T>(static_cast<uint64_t>(x) * static_cast<uint64_t>(y));
    }));
  } else {
    return Lanes<T>(hn::Mul(a.v, b.v));
  }
}
template <class T>
HWY_INLINE Lanes<T> operator/(Lanes<T> a, Lanes<T> b) {
  static_assert(std::is_floating_point_v<T>,
                "ufunc: `/` on integer lanes is not supported (C++ integer division is undefined "
                "for a zero divisor); convert to floating point first");
  return Lanes<T>(hn::Div(a.v, b.v));
}
template <class T>
HWY_INLINE Lanes<T> operator-(Lanes<T> a) {
  return Lanes<T>(hn::Neg(a.v));
}
template <class T>
HWY_INLINE Lanes<T> operator+(Lanes<T> a) {
  return a;
}

// --- integer bit operations ----------------------------------------------------------------------

template <class T>
HWY_INLINE Lanes<T> operator&(Lanes<T> a, Lanes<T> b) {
  static_assert(std::is_integral_v<T>, "ufunc: bit operations need integer lanes");
  return Lanes<T>(hn::And(a.v, b.v));
}
template <class T>
HWY_INLINE Lanes<T> operator|(Lanes<T> a, Lanes<T> b) {
  static_assert(std::is_integral_v<T>, "ufunc: bit operations need integer lanes");
  return Lanes<T>(hn::Or(a.v, b.v));
}
template <class T>
HWY_INLINE Lanes<T> operator^(Lanes<T> a, Lanes<T> b) {
  static_assert(std::is_integral_v<T>, "ufunc: bit operations need integer lanes");
  return Lanes<T>(hn::Xor(a.v, b.v));
}
template <class T>
HWY_INLINE Lanes<T> operator~(Lanes<T> a) {
  static_assert(std::is_integral_v<T>, "ufunc: bit operations need integer lanes");
  return Lanes<T>(hn::Not(a.v));
}
// Shifts by a scalar count in [0, bits of T).
template <class T>
HWY_INLINE Lanes<T> operator<<(Lanes<T> a, int bits) {
  static_assert(std::is_integral_v<T>, "ufunc: shifts need integer lanes");
  return Lanes<T>(hn::ShiftLeftSame(a.v, bits));
}
template <class T>
HWY_INLINE Lanes<T> operator>>(Lanes<T> a, int bits) {
  static_assert(std::is_integral_v<T>, "ufunc: shifts need integer lanes");
  return Lanes<T>(hn::ShiftRightSame(a.v, bits));
}

// --- comparisons ---------------------------------------------------------------------------------

template <class T>
HWY_INLINE LaneMask<T> operator<(Lanes<T> a, Lanes<T> b) {
  return {hn::Lt(a.v, b.v)};
}
template <class T>
HWY_INLINE LaneMask<T> operator<=(Lanes<T> a, Lanes<T> b) {
  // Highway 1.0.3 has no integer Le on x86; without NaN, a <= b is !(a > b).
  if constexpr (std::is_integral_v<T>)
    return {hn::Not(hn::Gt(a.v, b.v))};
  else
    return {hn::Le(a.v, b.v)};
}
template <class T>
HWY_INLINE LaneMask<T> operator>(Lanes<T> a, Lanes<T> b) {
  return {hn::Gt(a.v, b.v)};
}
template <class T>
HWY_INLINE LaneMask<T> operator>=(Lanes<T> a, Lanes<T> b) {
  if constexpr (std::is_integral_v<T>)
    return {hn::Not(hn::Lt(a.v, b.v))};
  else
    return {hn::Ge(a.v, b.v)};
}
template <class T>
HWY_INLINE LaneMask<T> operator==(Lanes<T> a, Lanes<T> b) {
  return {hn::Eq(a.v, b.v)};
}
template <class T>
HWY_INLINE LaneMask<T> operator!=(Lanes<T> a, Lanes<T> b) {
  // Highway 1.0.3's Ne is false for NaN on AVX2/AVX-512 and true on SSE4 and scalar; C++ says true.
  return {hn::Not(hn::Eq(a.v, b.v))};
}

// Mixing lanes with scalars: the scalar is broadcast to every lane.
#define UFUNC_DETAIL_MIXED(op)                                                   \
  template <class T, class S, class = std::enable_if_t<std::is_arithmetic_v<S>>> \
  HWY_INLINE auto operator op(Lanes<T> a, S s) {                                 \
    return a op Lanes<T>(s);                                                     \
  }                                                                              \
  template <class T, class S, class = std::enable_if_t<std::is_arithmetic_v<S>>> \
  HWY_INLINE auto operator op(S s, Lanes<T> b) {                                 \
    return Lanes<T>(s) op b;                                                     \
  }
UFUNC_DETAIL_MIXED(+)
UFUNC_DETAIL_MIXED(-)
UFUNC_DETAIL_MIXED(*)
UFUNC_DETAIL_MIXED(/)
UFUNC_DETAIL_MIXED(&)
UFUNC_DETAIL_MIXED(|)
UFUNC_DETAIL_MIXED(^)
UFUNC_DETAIL_MIXED(<)
UFUNC_DETAIL_MIXED(<=)
UFUNC_DETAIL_MIXED(>)
UFUNC_DETAIL_MIXED(>=)
UFUNC_DETAIL_MIXED(==)
UFUNC_DETAIL_MIXED(!=)
#undef UFUNC_DETAIL_MIXED

// --- masks ---------------------------------------------------------------------------------------

template <class T>
HWY_INLINE LaneMask<T> operator&&(LaneMask<T> a, LaneMask<T> b) {
  return {hn::And(a.m, b.m)};
}
template <class T>
HWY_INLINE LaneMask<T> operator||(LaneMask<T> a, LaneMask<T> b) {
  return {hn::Or(a.m, b.m)};
}
template <class T>
HWY_INLINE LaneMask<T> operator!(LaneMask<T> a) {
  return {hn::Not(a.m)};
}

// where(cond, x, y): x in the lanes where cond holds, else y (NumPy's np.where). Both sides are
// computed for every lane; this is how a lambda expresses what `if` would on plain values.
template <class T, class X, class Y>
HWY_INLINE Lanes<T> where(LaneMask<T> cond, X x, Y y) {
  return Lanes<T>(hn::IfThenElse(cond.m, Lanes<T>(x).v, Lanes<T>(y).v));
}

}  // namespace HWY_NAMESPACE
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_LANES_INL_H_ toggle
