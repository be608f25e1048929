// Per-call options: which SIMD target runs the call. Nothing here touches global state, so calls with
// different options can run at the same time from several threads.
//
//   trig(a, b, out, ufunc::Options().target(ufunc::Target::kAVX2));
#ifndef UFUNC_OPTIONS_H_
#define UFUNC_OPTIONS_H_

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

  TargetSet forced_target() const { return target_; }  // 0: choose automatically
  bool is_reference() const { return reference_; }

 private:
  TargetSet target_ = 0;
  bool reference_ = false;
};

}  // namespace ufunc

#endif  // UFUNC_OPTIONS_H_
