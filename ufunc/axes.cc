#include "ufunc/axes.h"

#include <string>

#include "ufunc/errors.h"

namespace ufunc {

Axes::Axes(std::initializer_list<int> axes) {
  if (axes.size() > static_cast<size_t>(kMaxRank)) {
    throw AxisError("ufunc: more than " + std::to_string(kMaxRank) + " axes");
  }
  for (int a : axes) axes_[count_++] = a;
}

uint64_t Axes::mask(int rank, const std::string& what) const {
  if (all_) return rank == 64 ? ~uint64_t{0} : (uint64_t{1} << rank) - 1;
  uint64_t bits = 0;
  for (int i = 0; i < count_; ++i) {
    const int axis = axes_[i];
    if (rank == 0 && (axis == 0 || axis == -1)) continue;  // NumPy accepts axis 0 of a 0-d array
    if (axis < -rank || axis >= rank) {
      throw AxisError(what + ": axis " + std::to_string(axis) +
                      " is out of bounds for array of dimension " + std::to_string(rank));
    }
    const uint64_t bit = uint64_t{1} << (axis < 0 ? axis + rank : axis);
    if (bits & bit) throw AxisError(what + ": duplicate value in 'axis'");
    bits |= bit;
  }
  return bits;
}

Dims reduced_shape(const Dims& shape, uint64_t mask, bool keepdims) {
  Dims out;
  for (int d = 0; d < shape.size(); ++d) {
    if (!(mask >> d & 1)) {
      out.push_back(shape[d]);
    } else if (keepdims) {
      out.push_back(1);
    }
  }
  return out;
}

}  // namespace ufunc
