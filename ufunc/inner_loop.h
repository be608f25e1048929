// The per-target 1-D inner loop every ufunc is made of, in the style of NumPy's loops: portable
// code walks the arrays and calls one of these on long runs.
#ifndef UFUNC_INNER_LOOP_H_
#define UFUNC_INNER_LOOP_H_

#include <cstddef>
#include <cstdint>

namespace ufunc {

// Applies a kernel to `n` elements. args[0..nin) are the inputs and args[nin..nin+nout) the
// outputs; steps[k] is the distance in bytes between consecutive elements of args[k] (any value; 0
// repeats an input; a given output never has step 0).
using InnerLoop = void (*)(char* const* args, const intptr_t* steps, size_t n);

namespace detail {

// The loops behind reduce of a reorderable binary ufunc f (UFUNC_DEFINE_REDUCIBLE), per element
// type. F(x, n) is f over the n >= 1 elements x[0], x[step], ... combined as a tree: ranges of more
// than `leaf` elements split at fold_split(n, leaf) and combine their halves' results as f(left,
// right); a leaf folds with several SIMD accumulators.
struct ReductionLoops {
  // *acc = has_acc ? f(*acc, F(in, n)) : F(in, n).
  void (*fold)(const char* in, intptr_t step, size_t n, char* acc, bool has_acc);
  // *acc = f(*acc, *x) on plain values, as the tree combines two halves.
  void (*combine)(char* acc, const char* x);
  size_t leaf;
};

// Where the tree splits a range of n > leaf elements: the first half is a whole number of leaves,
// so that the halves' leaves line up with those of the whole.
constexpr size_t fold_split(size_t n, size_t leaf) { return (n / 2 + leaf - 1) / leaf * leaf; }

// One SIMD target's reduction loops, one per element type in the order of its type list.
struct TargetReductions {
  int64_t target;  // a Target bit
  const ReductionLoops* loops;
};

// One SIMD target's loops of a ufunc, one per element type in the order of its type list.
struct TargetLoops {
  int64_t target;  // a Target bit
  const InnerLoop* loops;
};

}  // namespace detail
}  // namespace ufunc

#endif  // UFUNC_INNER_LOOP_H_
