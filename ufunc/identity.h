// The identity of a reorderable binary ufunc: the value e with f(e, x) == x, used as the start of
// a reduction (NumPy's ufunc.identity). UFUNC_DEFINE_REDUCIBLE names one; see docs/reductions.md.
#ifndef UFUNC_IDENTITY_H_
#define UFUNC_IDENTITY_H_

#include <limits>
#include <type_traits>

namespace ufunc {

enum class Identity {
  kNone,           // no identity: reducing nothing is an error, and where= needs an initial value
  kZero,           // add, logical_or, bitwise_or, bitwise_xor
  kOne,            // multiply, logical_and
  kMinusOne,       // bitwise_and on integers (all bits set)
  kMinusInfinity,  // maximum: -inf, or the lowest value of an integer type
  kPlusInfinity,   // minimum: +inf, or the highest value of an integer type
};

// The identity as a value of T (Identity::kNone gives T()).
template <class T>
constexpr T identity_value(Identity identity) {
  switch (identity) {
    case Identity::kNone:
    case Identity::kZero:
      return T(0);
    case Identity::kOne:
      return T(1);
    case Identity::kMinusOne:
      return T(-1);
    case Identity::kMinusInfinity:
      if constexpr (std::is_floating_point_v<T>) return -std::numeric_limits<T>::infinity();
      return std::numeric_limits<T>::lowest();
    case Identity::kPlusInfinity:
      if constexpr (std::is_floating_point_v<T>) return std::numeric_limits<T>::infinity();
      return std::numeric_limits<T>::max();
  }
  return T(0);
}

}  // namespace ufunc

#endif  // UFUNC_IDENTITY_H_
