// SIMD targets: which exist, which this library was compiled for, which this CPU supports, which
// the UFUNC_TARGETS environment variable allows, and which one a call runs on. Knows nothing of
// arrays or math. See docs/dispatch.md.
//
//   ufunc::Target t = ufunc::chosen_target();    // e.g. Target::kAVX3 on an AVX-512 CPU
//   std::puts(ufunc::target_name(t));            // "AVX3"
//   std::puts(ufunc::runtime_report().c_str());  // what the ufunc-show-runtime tool prints
//
// UFUNC_TARGETS (read once, on first use) restricts the targets, like NumPy's
// NPY_ENABLE_CPU_FEATURES / NPY_DISABLE_CPU_FEATURES:
//   UFUNC_TARGETS=AVX2        run on AVX2 (the CPU must support it)
//   UFUNC_TARGETS=AVX2,SSE4   only these; the better one is chosen
//   UFUNC_TARGETS=-AVX3       every supported target but AVX3
// A malformed value is an error (TargetError), never a silent fallback.
#ifndef UFUNC_DISPATCH_TARGETS_H_
#define UFUNC_DISPATCH_TARGETS_H_

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "hwy/detect_targets.h"  // the HWY_* target bits only, no SIMD code

namespace ufunc {

// A SIMD instruction set, valued as Highway's target bit. A lower bit is a better (wider) target.
enum class Target : int64_t {
  kAVX3 = HWY_AVX3,      // AVX-512 F/VL/DQ/BW
  kAVX2 = HWY_AVX2,      // AVX2 + FMA
  kSSE4 = HWY_SSE4,      // SSE4.2 + CLMUL/AES
  kSSSE3 = HWY_SSSE3,    // SSSE3
  kNEON = HWY_NEON,      // Arm Advanced SIMD
  kEMU128 = HWY_EMU128,  // portable 128-bit emulation (clang, GCC >= 12.3)
  kScalar = HWY_SCALAR,  // one lane, no SIMD (the fallback with GCC < 12.3)
};

// A set of targets: the bitwise OR of Target values.
using TargetSet = int64_t;

// A bad target name, a forced target the CPU or a ufunc lacks, a malformed UFUNC_TARGETS.
class TargetError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// "AVX3", "AVX2", "SSE4", "SSSE3", "NEON", "EMU128", "SCALAR".
const char* target_name(Target t);
// The target of that name, in any case, spaces around it ignored. Throws TargetError naming it and
// listing the known names.
Target parse_target(std::string_view name);
// The targets in `set`, best first; bits that are not a Target are ignored.
std::vector<Target> targets_in(TargetSet set);
// The best target in `set` (its lowest Target bit). Throws TargetError if `set` holds none.
Target best_target(TargetSet set);

// What libufunc's own code was compiled for (kernel files may differ; each ufunc knows its own).
TargetSet compiled_targets();
// What this CPU can run (Highway's detection, run once, restricted to the targets above).
TargetSet supported_targets();

// The rule behind UFUNC_TARGETS, as a pure function: "" allows `supported`; "A,B" allows exactly A
// and B (each must be in `supported`); "-A,-B" allows `supported` minus A and B. Names are
// case-insensitive and may have spaces around them. Throws TargetError for an unknown name, an
// empty item, mixing the two forms, a forced target outside `supported`, or an empty result; the
// message quotes the spec.
TargetSet parse_target_filter(std::string_view spec, TargetSet supported);
// supported_targets() filtered by UFUNC_TARGETS, read once (thread-safe) and cached. Throws the
// same TargetError on every call if UFUNC_TARGETS is malformed.
TargetSet allowed_targets();
// The target a call runs on when it does not force one: the best allowed target among `available`
// (what a ufunc was compiled for). Throws TargetError if there is none, or for a bad UFUNC_TARGETS.
Target chosen_target(TargetSet available = ~TargetSet{0});

// A multi-line report like NumPy's np.show_runtime(): versions, and the targets compiled,
// supported, allowed and chosen. Throws TargetError if UFUNC_TARGETS is malformed.
std::string runtime_report();

}  // namespace ufunc

#endif  // UFUNC_DISPATCH_TARGETS_H_
