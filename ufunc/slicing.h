// Views of views, without copying, as NumPy's indexing makes them:
//
//   transpose(m)              m.T               reversed(v, 0)     v[::-1]
//   transpose(m, {1, 0, 2})   m.transpose(...)  step(v, 0, 2)      v[::2]
//   slice(v, 0, 1, 5, 2)      v[1:5:2]          diagonal(m)        np.diagonal(m)
//   new_axis(v, 1)            v[:, None]        broadcast_to(v, s) np.broadcast_to(v, s)
//
// Each takes an ArrayView or an Array and returns an ArrayView; a bad axis, step or permutation is
// a ShapeError naming it.
#ifndef UFUNC_SLICING_H_
#define UFUNC_SLICING_H_

#include <cstdint>
#include <initializer_list>
#include <limits>

#include "ufunc/array.h"
#include "ufunc/array_view.h"
#include "ufunc/broadcast.h"

namespace ufunc {

// "Up to the end" for slice bounds, like leaving a bound out in Python.
inline constexpr intptr_t kEnd = std::numeric_limits<intptr_t>::max();

namespace detail {
Layout transposed(const Layout& v, const int* axes, int num_axes);  // axes == nullptr: reversed
Layout sliced(const Layout& v, int axis, intptr_t start, intptr_t stop, intptr_t step);
Layout diagonal_of(const Layout& v, int axis1, int axis2, intptr_t offset);
Layout with_new_axis(const Layout& v, int axis);

template <class T>
ArrayView<T> as_view(const ArrayView<T>& v) {
  return v;
}
template <class T>
ArrayView<T> as_view(Array<T>& a) {
  return a.view();
}
template <class T>
ArrayView<const T> as_view(const Array<T>& a) {
  return a.view();
}
}  // namespace detail

// The axes reversed (m.T).
template <class A>
auto transpose(A&& a) {
  const auto v = detail::as_view(a);
  return decltype(v)(detail::transposed(v.layout(), nullptr, 0));
}
// The axes permuted: result axis i is axis axes[i].
template <class A>
auto transpose(A&& a, std::initializer_list<int> axes) {
  const auto v = detail::as_view(a);
  return decltype(v)(detail::transposed(v.layout(), axes.begin(), static_cast<int>(axes.size())));
}
// v[start:stop:step] along `axis`, with Python's rules for negative and out-of-range bounds (use
// kEnd for an open end; with a negative step, start defaults to the last element when given as
// kEnd).
template <class A>
auto slice(A&& a, int axis, intptr_t start, intptr_t stop, intptr_t step = 1) {
  const auto v = detail::as_view(a);
  return decltype(v)(detail::sliced(v.layout(), axis, start, stop, step));
}
// v[::step] along `axis` (step may be negative: v[::-2]).
template <class A>
auto step(A&& a, int axis, intptr_t step) {
  return slice(a, axis, kEnd, kEnd, step);
}
// v[::-1] along `axis`.
template <class A>
auto reversed(A&& a, int axis) {
  return step(a, axis, -1);
}
// The diagonal of axes axis1 and axis2 (offset > 0 above the main diagonal), as the last axis.
template <class A>
auto diagonal(A&& a, intptr_t offset = 0, int axis1 = 0, int axis2 = 1) {
  const auto v = detail::as_view(a);
  return decltype(v)(detail::diagonal_of(v.layout(), axis1, axis2, offset));
}
// A length-1 axis inserted before `axis` (v[:, None] is new_axis(v, 1)).
template <class A>
auto new_axis(A&& a, int axis) {
  const auto v = detail::as_view(a);
  return decltype(v)(detail::with_new_axis(v.layout(), axis));
}

}  // namespace ufunc

#endif  // UFUNC_SLICING_H_
