#include "ufunc/slicing.h"

#include <string>

namespace ufunc {
namespace detail {
namespace {

// A negative axis counts from the end, as in NumPy.
int normalize_axis(int axis, int rank, const char* what) {
  const int a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) {
    throw ShapeError(std::string("ufunc: ") + what + ": axis " + std::to_string(axis) +
                     " is out of bounds for a view of rank " + std::to_string(rank));
  }
  return a;
}

}  // namespace

Layout transposed(const Layout& v, const int* axes, int num_axes) {
  const int rank = v.shape.size();
  Layout out{v.data, Dims::filled(rank, 0), Dims::filled(rank, 0)};
  if (axes == nullptr) {
    for (int i = 0; i < rank; ++i) {
      out.shape[i] = v.shape[rank - 1 - i];
      out.strides[i] = v.strides[rank - 1 - i];
    }
    return out;
  }
  if (num_axes != rank) {
    throw ShapeError("ufunc: transpose: " + std::to_string(num_axes) +
                     " axes given for a view of rank " + std::to_string(rank));
  }
  bool seen[kMaxRank] = {};
  for (int i = 0; i < rank; ++i) {
    const int a = normalize_axis(axes[i], rank, "transpose");
    if (seen[a]) {
      throw ShapeError("ufunc: transpose: axis " + std::to_string(axes[i]) + " repeated");
    }
    seen[a] = true;
    out.shape[i] = v.shape[a];
    out.strides[i] = v.strides[a];
  }
  return out;
}

Layout sliced(const Layout& v, int axis, intptr_t start, intptr_t stop, intptr_t step) {
  const int a = normalize_axis(axis, v.shape.size(), "slice");
  if (step == 0) throw ShapeError("ufunc: slice: step cannot be zero");
  const intptr_t n = v.shape[a];
  // Python's slice.indices(n).
  auto clamp = [&](intptr_t x, bool is_start) {
    if (x == kEnd)
      return step > 0 ? (is_start ? intptr_t{0} : n) : (is_start ? n - 1 : intptr_t{-1});
    if (x < 0) x += n;
    if (step > 0) return x < 0 ? intptr_t{0} : (x > n ? n : x);
    return x < 0 ? intptr_t{-1} : (x >= n ? n - 1 : x);
  };
  const intptr_t lo = clamp(start, true), hi = clamp(stop, false);
  intptr_t len = 0;
  if (step > 0 && hi > lo) len = (hi - lo + step - 1) / step;
  if (step < 0 && lo > hi) len = (lo - hi - step - 1) / -step;
  Layout out = v;
  if (len > 0) out.data += lo * v.strides[a];
  out.shape[a] = len;
  out.strides[a] = v.strides[a] * step;
  return out;
}

Layout diagonal_of(const Layout& v, int axis1, int axis2, intptr_t offset) {
  const int rank = v.shape.size();
  if (rank < 2) throw ShapeError("ufunc: diagonal: needs a view of rank 2 or more");
  const int a1 = normalize_axis(axis1, rank, "diagonal");
  const int a2 = normalize_axis(axis2, rank, "diagonal");
  if (a1 == a2) throw ShapeError("ufunc: diagonal: axis1 and axis2 must differ");
  intptr_t n1 = v.shape[a1], n2 = v.shape[a2];
  char* data = v.data;
  if (offset >= 0) {
    n2 -= offset;
    if (n2 > 0) data += offset * v.strides[a2];
  } else {
    n1 += offset;
    if (n1 > 0) data -= offset * v.strides[a1];
  }
  intptr_t len = n1 < n2 ? n1 : n2;
  if (len < 0) len = 0;
  Layout out{data, {}, {}};
  for (int i = 0; i < rank; ++i) {
    if (i == a1 || i == a2) continue;
    out.shape.push_back(v.shape[i]);
    out.strides.push_back(v.strides[i]);
  }
  out.shape.push_back(len);
  out.strides.push_back(v.strides[a1] + v.strides[a2]);
  return out;
}

Layout with_new_axis(const Layout& v, int axis) {
  const int rank = v.shape.size();
  const int a = axis < 0 ? axis + rank + 1 : axis;
  if (a < 0 || a > rank) {
    throw ShapeError("ufunc: new_axis: axis " + std::to_string(axis) +
                     " is out of bounds for a result of rank " + std::to_string(rank + 1));
  }
  Layout out = v;
  out.shape.insert(a, 1);
  out.strides.insert(a, 0);
  return out;
}

}  // namespace detail
}  // namespace ufunc
