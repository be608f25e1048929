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

// One SIMD target's loops of a ufunc, one per element type in the order of its type list.
struct TargetLoops {
  int64_t target;  // a Target bit
  const InnerLoop* loops;
};

}  // namespace detail
}  // namespace ufunc

#endif  // UFUNC_INNER_LOOP_H_
