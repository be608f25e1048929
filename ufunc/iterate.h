// The n-d walk, compiled once: a LoopPlan orders and merges the dimensions of operands that share
// one shape, so that the per-target inner loop gets the longest, smallest-stride runs possible;
// then for_each_run hands it those runs.
#ifndef UFUNC_ITERATE_H_
#define UFUNC_ITERATE_H_

#include <cstddef>
#include <cstdint>

#include "ufunc/array_view.h"
#include "ufunc/inner_loop.h"

namespace ufunc {
namespace detail {

// Up to 3 inputs and 2 outputs.
inline constexpr int kMaxOperands = 5;

struct LoopPlan {
  int num_ops = 0;
  int rank = 1;  // at least 1; dimension rank - 1 is the inner one
  // Entries beyond rank and num_ops are never read, so they are not initialised (plans are made per
  // call and zeroing them costs more than the walk of a short array).
  intptr_t shape[kMaxRank];
  intptr_t strides[kMaxRank][kMaxOperands];
  char* base[kMaxOperands];

  intptr_t inner_size() const { return shape[rank - 1]; }
  intptr_t outer_size() const {
    intptr_t n = 1;
    for (int d = 0; d + 1 < rank; ++d) n *= shape[d];
    return n;
  }
};

// Plans the walk over `ops`, layouts that all have the same shape (broadcast already). Length-1
// dimensions are dropped; dimensions where operand `order_by` (the first output) has a negative
// stride are walked backwards for every operand; dimensions are ordered by decreasing stride of
// `order_by` (then of the other operands); neighbours that are contiguous together are merged. Only
// valid for element-wise work without overlap between outputs and inputs: it changes the order of
// elements.
LoopPlan make_plan(const Layout* ops, int num_ops, int order_by);

// Calls run(ptrs, steps, n) for the part of the plan with outer (flat) index in [outer_begin,
// outer_end) and inner index in [inner_begin, inner_end). ptrs[k] is operand k's first element of
// the run, steps[k] its inner stride in bytes.
template <class Run>
void for_each_run(const LoopPlan& plan, intptr_t outer_begin, intptr_t outer_end,
                  intptr_t inner_begin, intptr_t inner_end, Run&& run) {
  if (outer_begin >= outer_end || inner_begin >= inner_end) return;
  const int outer_rank = plan.rank - 1;
  const int nops = plan.num_ops;
  intptr_t index[kMaxRank];
  char* ptrs[kMaxOperands];
  intptr_t steps[kMaxOperands];
  for (int k = 0; k < nops; ++k) {
    ptrs[k] = plan.base[k] + inner_begin * plan.strides[outer_rank][k];
    steps[k] = plan.strides[outer_rank][k];
  }
  // The multi-index of outer_begin.
  intptr_t rest = outer_begin;
  for (int d = outer_rank - 1; d >= 0; --d) {
    index[d] = rest % plan.shape[d];
    rest /= plan.shape[d];
    for (int k = 0; k < nops; ++k) ptrs[k] += index[d] * plan.strides[d][k];
  }
  const size_t n = static_cast<size_t>(inner_end - inner_begin);
  for (intptr_t i = outer_begin; i < outer_end; ++i) {
    run(static_cast<char* const*>(ptrs), static_cast<const intptr_t*>(steps), n);
    // Odometer step over the outer dimensions, moving the pointers incrementally.
    for (int d = outer_rank - 1; d >= 0; --d) {
      if (++index[d] < plan.shape[d]) {
        for (int k = 0; k < nops; ++k) ptrs[k] += plan.strides[d][k];
        break;
      }
      for (int k = 0; k < nops; ++k) ptrs[k] -= (plan.shape[d] - 1) * plan.strides[d][k];
      index[d] = 0;
    }
  }
}

// Runs `loop` over the rectangle [row_begin, row_end) x [col_begin, col_end) of the plan (rows are
// flat outer indices, columns inner indices). The first `num_in` operands are inputs of `size`-byte
// elements; transposed inputs (a wider inner stride than that of the dimension before it, once the
// first such input's smallest-stride dimension is moved there) are first copied, a band of rows at
// a time, into row-major buffers, reading each of their cache lines once. Short rows run a band at
// a time where the outputs allow it, inputs whose rows are apart (a broadcast column, a stepped,
// reversed or sliced matrix) then copied into bands too.
void walk(const LoopPlan& plan, int num_in, size_t size, InnerLoop loop, intptr_t row_begin,
          intptr_t row_end, intptr_t col_begin, intptr_t col_end);

}  // namespace detail
}  // namespace ufunc

#endif  // UFUNC_ITERATE_H_
