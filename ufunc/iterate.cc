#include "ufunc/iterate.h"

#include <cstdlib>

namespace ufunc {
namespace detail {
namespace {

// True if dimension a should be walked outside dimension b: larger strides outside, deciding by
// operand `order_by` first, then by the others in order.
bool walks_outside(const LoopPlan& p, int a, int b, int order_by) {
  const intptr_t sa = std::labs(p.strides[a][order_by]), sb = std::labs(p.strides[b][order_by]);
  if (sa != sb) return sa > sb;
  for (int k = 0; k < p.num_ops; ++k) {
    const intptr_t ka = std::labs(p.strides[a][k]), kb = std::labs(p.strides[b][k]);
    if (ka != kb) return ka > kb;
  }
  return false;
}

void swap_dims(LoopPlan& p, int a, int b) {
  const intptr_t s = p.shape[a];
  p.shape[a] = p.shape[b];
  p.shape[b] = s;
  for (int k = 0; k < p.num_ops; ++k) {
    const intptr_t t = p.strides[a][k];
    p.strides[a][k] = p.strides[b][k];
    p.strides[b][k] = t;
  }
}

}  // namespace

LoopPlan make_plan(const Layout* ops, int num_ops, int order_by) {
  LoopPlan p;
  p.num_ops = num_ops;
  p.rank = 0;

  for (int k = 0; k < num_ops; ++k) p.base[k] = ops[k].data;
  const Dims& shape = ops[0].shape;
  for (int d = 0; d < shape.size(); ++d) {
    if (shape[d] == 1) continue;
    p.shape[p.rank] = shape[d];
    for (int k = 0; k < num_ops; ++k) p.strides[p.rank][k] = ops[k].strides[d];
    ++p.rank;
  }
  if (p.rank == 0) {  // a single element (or a 0-d operand)
    p.rank = 1;
    p.shape[0] = 1;
    for (int k = 0; k < num_ops; ++k) p.strides[0][k] = 0;
    return p;
  }
  // Walk forwards through the ordering operand: start each backward dimension at its end.
  for (int d = 0; d < p.rank; ++d) {
    if (p.strides[d][order_by] >= 0) continue;
    for (int k = 0; k < num_ops; ++k) {
      p.base[k] += p.strides[d][k] * (p.shape[d] - 1);
      p.strides[d][k] = -p.strides[d][k];
    }
  }
  // Insertion sort, stable: at most 32 dimensions.
  for (int i = 1; i < p.rank; ++i) {
    for (int j = i; j > 0 && walks_outside(p, j, j - 1, order_by); --j) swap_dims(p, j, j - 1);
  }
  // Merge a dimension into the next inner one where every operand steps through both as one.
  int out = p.rank - 1;
  for (int d = p.rank - 2; d >= 0; --d) {
    bool mergeable = true;
    for (int k = 0; k < num_ops && mergeable; ++k) {
      mergeable = p.strides[d][k] == p.strides[out][k] * p.shape[out];
    }
    if (mergeable) {
      p.shape[out] *= p.shape[d];
    } else {
      --out;
      if (out != d) {
        p.shape[out] = p.shape[d];
        for (int k = 0; k < num_ops; ++k) p.strides[out][k] = p.strides[d][k];
      }
    }
  }
  // Dimensions now sit in [out, rank); move them to the front.
  const int rank = p.rank - out;
  for (int d = 0; d < rank; ++d) {
    p.shape[d] = p.shape[out + d];
    for (int k = 0; k < num_ops; ++k) p.strides[d][k] = p.strides[out + d][k];
  }
  p.rank = rank;
  return p;
}

}  // namespace detail
}  // namespace ufunc
