#include "ufunc/broadcast.h"

#include <string>

namespace ufunc {
namespace {

[[noreturn]] void throw_not_broadcastable(const Dims* shapes, int n, const char* name) {
  std::string msg = name ? std::string(name) + ": " : std::string("ufunc: ");
  msg += "operands could not be broadcast together with shapes";
  for (int k = 0; k < n; ++k) msg += " " + shape_string(shapes[k]);
  throw ShapeError(msg);
}

}  // namespace

Dims broadcast_shapes(const Dims* shapes, int n, const char* name) {
  int rank = 0;
  for (int k = 0; k < n; ++k) rank = shapes[k].size() > rank ? shapes[k].size() : rank;
  Dims out = Dims::filled(rank, 1);
  for (int k = 0; k < n; ++k) {
    const int pad = rank - shapes[k].size();
    for (int i = 0; i < shapes[k].size(); ++i) {
      const intptr_t d = shapes[k][i];
      intptr_t& o = out[pad + i];
      if (d == o || d == 1) continue;
      if (o != 1) throw_not_broadcastable(shapes, n, name);
      o = d;
    }
  }
  return out;
}

Layout broadcast_layout(const Layout& layout, const Dims& shape) {
  const int pad = shape.size() - layout.shape.size();
  Layout out{layout.data, shape, Dims::filled(shape.size(), 0)};
  bool ok = pad >= 0;
  for (int i = 0; ok && i < layout.shape.size(); ++i) {
    const intptr_t d = layout.shape[i];
    if (d == shape[pad + i]) {
      out.strides[pad + i] = layout.strides[i];
    } else if (d != 1) {
      ok = false;
    }
  }
  if (!ok) {
    throw ShapeError("ufunc: cannot broadcast a view of shape " + shape_string(layout.shape) +
                     " to shape " + shape_string(shape));
  }
  return out;
}

}  // namespace ufunc
