// Threads for parallel calls (Options::parallel), like numba's NUMBA_NUM_THREADS:
//
//   UFUNC_NUM_THREADS=2 ./app        // read once, at the first parallel call
//   ufunc::set_num_threads(2);       // or from code, at any time
//
// Parallel calls run on oneTBB in the caller's task arena, so a ufunc called inside the user's own
// tbb::parallel_for shares its threads (no oversubscription, no deadlock).
#ifndef UFUNC_PARALLEL_H_
#define UFUNC_PARALLEL_H_

#include <cstddef>
#include <cstdint>

#include "ufunc/dtype.h"
#include "ufunc/inner_loop.h"
#include "ufunc/iterate.h"

namespace ufunc {

// Limits the threads of parallel calls to `n` (>= 1) through tbb::global_control, which applies to
// all of oneTBB in this process, as NUMBA_NUM_THREADS does for numba. Throws std::invalid_argument
// for n < 1.
void set_num_threads(int n);
// The most threads a parallel call uses now.
int num_threads();

namespace detail {

// True if a parallel call of `elements` elements at `ns_per_element` runs on the calling thread
// alone: too little work to be worth TBB's fork and join, or one thread. A nonzero `grain` (chunks
// forced by Options::grain) always splits when there are threads.
bool stays_serial(double elements, double ns_per_element, size_t grain);

// Runs `loop` over the plan, split over threads unless stays_serial; `grain` elements per chunk if
// nonzero. Same results as walk() over the whole plan.
void parallel_walk(const LoopPlan& plan, int num_in, size_t size, InnerLoop loop,
                   double ns_per_element, size_t grain);

// Nanoseconds per element of `loop` on this machine, measured once on 2048 elements of value 1.
double measure_cost(InnerLoop loop, int num_in, int num_out, DType dtype);

}  // namespace detail
}  // namespace ufunc

#endif  // UFUNC_PARALLEL_H_
