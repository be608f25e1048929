// Per-call options: which SIMD target runs the call, and whether it may use several threads.
// Nothing here touches global state, so calls with different options can run at the same time.
//
//   trig(a, b, out, ufunc::Options().target(ufunc::Target::kAVX2));
//   trig(a, b, out, ufunc::Options().parallel());              // oneTBB, when it pays
//   trig(a, b, out, ufunc::Options().parallel().grain(65536));  // chunks of 65536 elements
#ifndef UFUNC_OPTIONS_H_
#define UFUNC_OPTIONS_H_

#include <cstddef>

#include "dispatch/targets.h"

namespace ufunc {

class Options {
 public:
  // Run on `t` instead of the automatically chosen target. The call throws TargetError if the ufunc
  // was not compiled for `t` or this CPU does not support it.
  Options& target(Target t) {
    target_ = static_cast<TargetSet>(t);
    reference_ = false;
    return *this;
  }
  // Run the lambda on plain C++ scalars, one element at a time, with vectorisation disabled: the
  // oracle the tests compare SIMD targets against, and the "novec" baseline of the benchmark.
  Options& reference() {
    reference_ = true;
    target_ = 0;
    return *this;
  }

  // Split the call over threads (oneTBB) when a cost model says it pays: small calls stay on the
  // calling thread. Results are bit-for-bit those of the serial call. See docs/parallel.md.
  Options& parallel() {
    parallel_ = true;
    return *this;
  }
  // Elements per parallel chunk, instead of the cost model's choice (implies parallel()). The inner
  // dimension is still not split below 4096 elements.
  Options& grain(size_t elements) {
    parallel_ = true;
    grain_ = elements;
    return *this;
  }

  TargetSet forced_target() const { return target_; }  // 0: choose automatically
  bool is_reference() const { return reference_; }
  bool is_parallel() const { return parallel_; }
  size_t forced_grain() const { return grain_; }  // 0: the cost model's choice

 private:
  TargetSet target_ = 0;
  bool reference_ = false;
  bool parallel_ = false;
  size_t grain_ = 0;
};

}  // namespace ufunc

#endif  // UFUNC_OPTIONS_H_
