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

ByteSpan byte_span(const Layout& layout, size_t element_size) {
  ByteSpan span{0, static_cast<intptr_t>(element_size)};
  for (int i = 0; i < layout.shape.size(); ++i) {
    const intptr_t extent = layout.strides[i] * (layout.shape[i] - 1);
    (extent < 0 ? span.first : span.last) += extent;
  }
  return span;
}

void check_inside(const Layout& layout, size_t element_size, const char* begin, size_t bytes) {
  for (int i = 0; i < layout.shape.size(); ++i) {
    if (layout.shape[i] < 0) {
      throw ShapeError("ufunc: negative dimension in shape " + shape_string(layout.shape));
    }
    if (layout.shape[i] == 0) return;  // an empty view reaches nothing
  }
  const intptr_t offset = layout.data - begin;
  const ByteSpan span = byte_span(layout, element_size);
  if (offset + span.first < 0 || offset + span.last > static_cast<intptr_t>(bytes)) {
    throw ShapeError("ufunc: a view of shape " + shape_string(layout.shape) + " and strides " +
                     shape_string(layout.strides) + " starting at byte " + std::to_string(offset) +
                     " reaches bytes [" + std::to_string(offset + span.first) + ", " +
                     std::to_string(offset + span.last) + ") outside its buffer of " +
                     std::to_string(bytes) + " bytes");
  }
}

}  // namespace ufunc
