// Strided n-d views, like NumPy arrays that do not own their memory: a data pointer, a shape, and a
// stride per dimension in bytes (negative, zero, or not a multiple of the element size are all
// allowed, as in NumPy).
//
//   std::vector<double> buf(12);
//   auto m = ufunc::view(buf, {3, 4});        // C-ordered 3x4 over buf (checked: 12 elements)
//   auto t = ufunc::transpose(m);              // 4x3, no copy (ufunc/slicing.h)
//   double x = m(1, 2);
//
// ArrayView<T> knows its element type at compile time; AnyView carries a DType tag instead, for
// code that learns types at run time. Both are cheap to copy (shapes are stored inline).
#ifndef UFUNC_ARRAY_VIEW_H_
#define UFUNC_ARRAY_VIEW_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <type_traits>

#include "ufunc/dims.h"
#include "ufunc/dtype.h"
#include "ufunc/errors.h"

namespace ufunc {

// Where a view's elements are: the first element, the shape, and the strides in bytes.
struct Layout {
  char* data = nullptr;
  Dims shape;
  Dims strides;
};

// The strides of a C-ordered (row-major, contiguous) array of `shape` with elements of `size`
// bytes.
Dims c_strides(const Dims& shape, size_t size);

// The bytes a non-empty `layout` of `element_size`-byte elements reaches, as offsets from its data
// pointer: [first, last) where first <= 0 < last.
struct ByteSpan {
  intptr_t first;
  intptr_t last;
};
ByteSpan byte_span(const Layout& layout, size_t element_size);

// Throws ShapeError unless every element `layout` can reach lies inside [begin, begin + bytes).
// An empty view reaches nothing.
void check_inside(const Layout& layout, size_t element_size, const char* begin, size_t bytes);

// A type-erased view: what a binding or a file reader passes to Ufunc::call.
struct AnyView {
  DType dtype;
  Layout layout;
};

template <class T>
class ArrayView {
 public:
  using value_type = T;

  ArrayView() = default;
  // A C-ordered view of `shape` starting at `data`. Unchecked: prefer view(container, shape).
  ArrayView(T* data, const Dims& shape)
      : layout_{byte_pointer(data), shape, c_strides(shape, sizeof(T))} {}
  // Any strides, in bytes. Unchecked, like NumPy's as_strided: every element must be valid memory.
  ArrayView(T* data, const Dims& shape, const Dims& strides)
      : layout_{byte_pointer(data), shape, strides} {
    if (shape.size() != strides.size()) {
      throw ShapeError("ufunc: a view of shape " + shape_string(shape) + " needs " +
                       std::to_string(shape.size()) + " strides, got " +
                       std::to_string(strides.size()));
    }
  }
  explicit ArrayView(const Layout& layout) : layout_(layout) {}
  // A view of const elements from a view of mutable ones.
  template <class U, class = std::enable_if_t<std::is_same_v<const U, T> && !std::is_same_v<U, T>>>
  ArrayView(const ArrayView<U>& other) : layout_(other.layout()) {}  // NOLINT: like T* -> const T*

  T* data() const { return reinterpret_cast<T*>(layout_.data); }
  int rank() const { return layout_.shape.size(); }
  const Dims& shape() const { return layout_.shape; }
  const Dims& strides() const { return layout_.strides; }
  intptr_t shape(int axis) const { return layout_.shape[axis]; }
  intptr_t stride(int axis) const { return layout_.strides[axis]; }
  intptr_t size() const { return num_elements(layout_.shape); }
  const Layout& layout() const { return layout_; }
  AnyView any() const { return {dtype_of<std::remove_const_t<T>>(), layout_}; }

  // The element at these indices (one per dimension, unchecked).
  template <class... I>
  T& operator()(I... index) const {
    static_assert((std::is_integral_v<I> && ...), "ufunc: indices are integers");
    const intptr_t indices[] = {0, static_cast<intptr_t>(index)...};
    char* p = layout_.data;
    for (int k = 0; k < static_cast<int>(sizeof...(I)); ++k)
      p += indices[k + 1] * layout_.strides[k];
    return *reinterpret_cast<T*>(p);
  }

 private:
  static char* byte_pointer(T* p) {
    return reinterpret_cast<char*>(const_cast<std::remove_const_t<T>*>(p));
  }
  Layout layout_;
};

// The layout of `n` contiguous elements from `data` (a container's): a 1-D C-ordered view's,
// formed without the general stride computation (it is made on every call).
template <class T>
Layout contiguous_layout(const T* data, size_t n) {
  Layout layout;
  layout.data = reinterpret_cast<char*>(const_cast<T*>(data));
  layout.shape.push_back(static_cast<intptr_t>(n));
  layout.strides.push_back(static_cast<intptr_t>(sizeof(T)));
  return layout;
}

// A 1-D view of a whole container (std::vector, std::array, ...).
template <class C>
auto view(C& container) {
  using T = std::remove_pointer_t<decltype(std::data(container))>;
  return ArrayView<T>(std::data(container), Dims{static_cast<intptr_t>(std::size(container))});
}

// A C-ordered view of `shape` over a container; throws ShapeError unless the sizes agree.
template <class C>
auto view(C& container, const Dims& shape) {
  using T = std::remove_pointer_t<decltype(std::data(container))>;
  const auto n = static_cast<intptr_t>(std::size(container));
  if (num_elements(shape) != n) {
    throw ShapeError("ufunc: cannot view " + std::to_string(n) + " elements as shape " +
                     shape_string(shape));
  }
  return ArrayView<T>(std::data(container), shape);
}

// A strided view over a container, starting `offset` elements in; throws ShapeError unless every
// element the view can reach lies inside the container.
template <class C>
auto view(C& container, const Dims& shape, const Dims& strides, intptr_t offset = 0) {
  using T = std::remove_pointer_t<decltype(std::data(container))>;
  const ArrayView<T> v(std::data(container) + offset, shape, strides);
  check_inside(v.layout(), sizeof(T), reinterpret_cast<const char*>(std::data(container)),
               std::size(container) * sizeof(T));
  return v;
}

}  // namespace ufunc

#endif  // UFUNC_ARRAY_VIEW_H_
