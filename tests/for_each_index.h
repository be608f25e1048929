// for_each_index(shape, f): calls f(index) for every multi-index of `shape` in C order; the naive
// walk the tests check the library's engine against.
#ifndef UFUNC_TESTS_FOR_EACH_INDEX_H_
#define UFUNC_TESTS_FOR_EACH_INDEX_H_

#include <cstdint>
#include <vector>

#include "ufunc/dims.h"

namespace ufunc_test {

template <class F>
void for_each_index(const ufunc::Dims& shape, F f) {
  if (ufunc::num_elements(shape) == 0) return;
  std::vector<intptr_t> index(shape.size(), 0);
  while (true) {
    f(index);
    int d = shape.size() - 1;
    while (d >= 0 && ++index[d] == shape[d]) index[d--] = 0;
    if (d < 0) return;
  }
}

}  // namespace ufunc_test

#endif  // UFUNC_TESTS_FOR_EACH_INDEX_H_
