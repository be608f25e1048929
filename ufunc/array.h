// Array<T>: an owning, C-ordered n-d array, aligned for the widest SIMD target. Ufunc calls on
// views return one; it converts to ArrayView<T> (and ArrayView<const T>) to be passed on.
//
//   ufunc::Array<double> m({3, 4});   // zero-filled 3x4
//   m(1, 2) = 5;
//   auto t = trig(m, 1.0);            // Array<double> of shape (3, 4)
#ifndef UFUNC_ARRAY_H_
#define UFUNC_ARRAY_H_

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "ufunc/allocate.h"
#include "ufunc/array_view.h"

namespace ufunc {

template <class T>
class Array {
 public:
  // 64 bytes: an AVX-512 vector, and a cache line. Arrays of 4 MiB and more are on transparent
  // huge pages where the system allows, as NumPy's (ufunc/allocate.h).
  static constexpr size_t kAlignment = detail::kSimdAlignment;

  Array() : Array(Dims{0}) {}
  // Zero-filled, C-ordered.
  explicit Array(const Dims& shape) : shape_(shape), size_(num_elements(shape)) {
    for (intptr_t d : shape) {
      if (d < 0) throw ShapeError("ufunc: negative dimension in shape " + shape_string(shape));
    }
    const size_t bytes = static_cast<size_t>(size_) * sizeof(T);
    data_.reset(static_cast<T*>(detail::allocate(bytes)));
    std::memset(data_.get(), 0, bytes);
  }
  Array(const Array& other) : Array(other.shape_) {
    std::memcpy(data_.get(), other.data_.get(), static_cast<size_t>(size_) * sizeof(T));
  }
  Array& operator=(const Array& other) {
    if (this != &other) *this = Array(other);
    return *this;
  }
  Array(Array&&) noexcept = default;
  Array& operator=(Array&&) noexcept = default;

  T* data() { return data_.get(); }
  const T* data() const { return data_.get(); }
  int rank() const { return shape_.size(); }
  const Dims& shape() const { return shape_; }
  intptr_t shape(int axis) const { return shape_[axis]; }
  Dims strides() const { return c_strides(shape_, sizeof(T)); }
  intptr_t size() const { return size_; }

  ArrayView<T> view() { return ArrayView<T>(data(), shape_); }
  ArrayView<const T> view() const { return ArrayView<const T>(data(), shape_); }
  operator ArrayView<T>() { return view(); }              // NOLINT: an array is a view of itself
  operator ArrayView<const T>() const { return view(); }  // NOLINT

  template <class... I>
  T& operator()(I... index) {
    return view()(index...);
  }
  template <class... I>
  const T& operator()(I... index) const {
    return view()(index...);
  }

  // The elements in C order.
  std::vector<T> to_vector() const { return std::vector<T>(data(), data() + size_); }

 private:
  struct Free {
    void operator()(T* p) const { std::free(p); }
  };
  Dims shape_;
  intptr_t size_;
  std::unique_ptr<T, Free> data_;
};

}  // namespace ufunc

#endif  // UFUNC_ARRAY_H_
