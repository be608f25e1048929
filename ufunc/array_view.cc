#include "ufunc/array_view.h"

#include <string>

namespace ufunc {

std::string shape_string(const Dims& shape) {
  std::string s = "(";
  for (int i = 0; i < shape.size(); ++i) {
    s += (i ? "," : "") + std::to_string(shape[i]);
  }
  return s + (shape.size() == 1 ? ",)" : ")");
}

Dims c_strides(const Dims& shape, size_t size) {
  Dims strides = Dims::filled(shape.size(), 0);
  intptr_t step = static_cast<intptr_t>(size);
  for (int i = shape.size() - 1; i >= 0; --i) {
    strides[i] = step;
    step *= shape[i] > 0 ? shape[i] : 1;
  }
  return strides;
}

void check_inside(const Layout& layout, size_t element_size, const char* begin, size_t bytes) {
  intptr_t lo = 0, hi = 0;  // byte offsets of the first and last element reachable
  for (int i = 0; i < layout.shape.size(); ++i) {
    if (layout.shape[i] < 0) {
      throw ShapeError("ufunc: negative dimension in shape " + shape_string(layout.shape));
    }
    if (layout.shape[i] == 0) return;
    const intptr_t extent = layout.strides[i] * (layout.shape[i] - 1);
    (extent < 0 ? lo : hi) += extent;
  }
  const intptr_t offset = layout.data - begin;
  if (offset + lo < 0 ||
      offset + hi + static_cast<intptr_t>(element_size) > static_cast<intptr_t>(bytes)) {
    throw ShapeError("ufunc: a view of shape " + shape_string(layout.shape) + " and strides " +
                     shape_string(layout.strides) + " starting at byte " + std::to_string(offset) +
                     " reaches bytes [" + std::to_string(offset + lo) + ", " +
                     std::to_string(offset + hi + static_cast<intptr_t>(element_size)) +
                     ") outside its buffer of " + std::to_string(bytes) + " bytes");
  }
}

}  // namespace ufunc
