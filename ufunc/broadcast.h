// NumPy's broadcasting rules: shapes are aligned at their last dimension; each dimension must be
// equal or 1, and a missing or length-1 dimension is repeated (stride 0).
#ifndef UFUNC_BROADCAST_H_
#define UFUNC_BROADCAST_H_

#include "ufunc/array_view.h"

namespace ufunc {

// The shape `shapes[0..n)` broadcast together to. Throws ShapeError like NumPy:
// "operands could not be broadcast together with shapes (3,4) (5,)" (prefixed by `name`, a ufunc's
// name, when given).
Dims broadcast_shapes(const Dims* shapes, int n, const char* name = nullptr);

// `layout` seen with shape `shape` (repeated dimensions get stride 0). Throws ShapeError if it does
// not broadcast to `shape`.
Layout broadcast_layout(const Layout& layout, const Dims& shape);

// A view repeated to `shape` without copying, like numpy.broadcast_to.
template <class T>
ArrayView<T> broadcast_to(const ArrayView<T>& v, const Dims& shape) {
  return ArrayView<T>(broadcast_layout(v.layout(), shape));
}

}  // namespace ufunc

#endif  // UFUNC_BROADCAST_H_
