// Exceptions a ufunc call throws, one type per kind of mistake. Messages name the shapes and types
// involved, as NumPy's do.
#ifndef UFUNC_ERRORS_H_
#define UFUNC_ERRORS_H_

#include <stdexcept>

#include "dispatch/targets.h"  // TargetError: a bad or unsupported SIMD target

namespace ufunc {

// Operands whose shapes do not broadcast together, or an output of the wrong shape.
class ShapeError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// An element type the ufunc was not defined for, or operands of different element types.
class TypeError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// An axis out of range for the array's rank, or named twice (NumPy's AxisError).
class AxisError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// A reduction that has no answer as asked: an empty reduction or a where= mask without an identity
// or initial value, several axes for a ufunc that is not reorderable (NumPy's ValueError).
class ValueError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

}  // namespace ufunc

#endif  // UFUNC_ERRORS_H_
