// Which axes a reduction runs over, as NumPy's axis= argument: one axis, several, or all.
//
//   add.reduce(m, 0);                // axis=0 (NumPy's default for ufunc.reduce)
//   add.reduce(m, -1);               // the last axis
//   add.reduce(m, {0, 2});           // axis=(0, 2)
//   add.reduce(m, ufunc::kAllAxes);  // axis=None: every axis
#ifndef UFUNC_AXES_H_
#define UFUNC_AXES_H_

#include <cstdint>
#include <initializer_list>
#include <string>

#include "ufunc/dims.h"

namespace ufunc {

class Axes {
 public:
  Axes(int axis) : count_(1) { axes_[0] = axis; }  // NOLINT: add.reduce(a, 1) reads best
  Axes(std::initializer_list<int> axes);           // an empty list reduces nothing
  static Axes all() {
    Axes a{};
    a.all_ = true;
    return a;
  }

  // The axes as a bit mask for an array of `rank` dimensions (bit d: axis d). Negative axes count
  // from the end. Throws AxisError, its message starting with `what`, for an axis outside
  // [-rank, rank) or an axis named twice.
  uint64_t mask(int rank, const std::string& what = "ufunc") const;

 private:
  bool all_ = false;
  int count_ = 0;
  int axes_[kMaxRank] = {};
};

inline const Axes kAllAxes = Axes::all();

// `shape` without the axes of `mask`, or with them as length 1 when keepdims.
Dims reduced_shape(const Dims& shape, uint64_t mask, bool keepdims);

}  // namespace ufunc

#endif  // UFUNC_AXES_H_
