// UFUNC_DETAIL_TARGET_TABLE(x): one {target, N_<TARGET>::x} entry for every target this translation
// unit compiles (HWY_TARGETS), so that a ufunc lists exactly the targets its kernels exist for.
#ifndef UFUNC_TARGET_TABLE_H_
#define UFUNC_TARGET_TABLE_H_

#include "hwy/detect_targets.h"

#if HWY_TARGETS & HWY_AVX3
#define UFUNC_DETAIL_ENTRY_AVX3(x) {HWY_AVX3, N_AVX3::x},
#else
#define UFUNC_DETAIL_ENTRY_AVX3(x)
#endif
#if HWY_TARGETS & HWY_AVX2
#define UFUNC_DETAIL_ENTRY_AVX2(x) {HWY_AVX2, N_AVX2::x},
#else
#define UFUNC_DETAIL_ENTRY_AVX2(x)
#endif
#if HWY_TARGETS & HWY_SSE4
#define UFUNC_DETAIL_ENTRY_SSE4(x) {HWY_SSE4, N_SSE4::x},
#else
#define UFUNC_DETAIL_ENTRY_SSE4(x)
#endif
#if HWY_TARGETS & HWY_SSSE3
#define UFUNC_DETAIL_ENTRY_SSSE3(x) {HWY_SSSE3, N_SSSE3::x},
#else
#define UFUNC_DETAIL_ENTRY_SSSE3(x)
#endif
#if HWY_TARGETS & HWY_NEON
#define UFUNC_DETAIL_ENTRY_NEON(x) {HWY_NEON, N_NEON::x},
#else
#define UFUNC_DETAIL_ENTRY_NEON(x)
#endif
#if HWY_TARGETS & HWY_EMU128
#define UFUNC_DETAIL_ENTRY_EMU128(x) {HWY_EMU128, N_EMU128::x},
#else
#define UFUNC_DETAIL_ENTRY_EMU128(x)
#endif
#if HWY_TARGETS & HWY_SCALAR
#define UFUNC_DETAIL_ENTRY_SCALAR(x) {HWY_SCALAR, N_SCALAR::x},
#else
#define UFUNC_DETAIL_ENTRY_SCALAR(x)
#endif

#define UFUNC_DETAIL_TARGET_TABLE(x)                                                \
  UFUNC_DETAIL_ENTRY_AVX3(x)                                                        \
  UFUNC_DETAIL_ENTRY_AVX2(x) UFUNC_DETAIL_ENTRY_SSE4(x) UFUNC_DETAIL_ENTRY_SSSE3(x) \
      UFUNC_DETAIL_ENTRY_NEON(x) UFUNC_DETAIL_ENTRY_EMU128(x) UFUNC_DETAIL_ENTRY_SCALAR(x)

// Targets whose vectors are sizeless types cannot be held by Lanes<T> (see docs/dispatch.md).
#if HWY_TARGETS & (HWY_SVE | HWY_SVE2 | HWY_SVE_256 | HWY_SVE2_128 | HWY_RVV)
#error \
    "ufunc: SVE and RVV must be disabled for kernel files: link ufunc::ufunc, or define HWY_DISABLED_TARGETS as it does"
#endif
#if HWY_TARGETS & ~(HWY_AVX3 | HWY_AVX2 | HWY_SSE4 | HWY_SSSE3 | HWY_NEON | HWY_EMU128 | HWY_SCALAR)
#error \
    "ufunc: this translation unit compiles a Highway target ufunc does not know; see docs/dispatch.md"
#endif

#endif  // UFUNC_TARGET_TABLE_H_
