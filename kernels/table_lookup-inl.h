// table[i] on lanes, for a small constant table: a register permutation where one vector holds the
// whole table (AVX-512 for 8 doubles or 16 floats), a gather from memory elsewhere. Both fetch the
// same values, so a kernel built on a table gives the same bits on every target. On AVX2 its
// gather beat two permutations and a blend (exp float64 at 1M, 1.02-1.08 against 1.17-1.20
// ns/element).
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_TABLE_LOOKUP_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_TABLE_LOOKUP_INL_H_
#undef UFUNC_KERNELS_TABLE_LOOKUP_INL_H_
#else
#define UFUNC_KERNELS_TABLE_LOOKUP_INL_H_
#endif

#include <cstddef>
#include <type_traits>

#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// Where each lane reads in a table of N entries: build once, look up several tables of that size.
template <class D, size_t N>
struct TableIndex {
  static constexpr bool kInRegister = hn::MaxLanes(D()) == N;

  // index: every lane in [0, N).
  HWY_INLINE TableIndex(D d, hn::Vec<hn::RebindToSigned<D>> index) : lanes(index) {
    if constexpr (kInRegister) permutation = hn::IndicesFromVec(d, index);
  }

  hn::Vec<hn::RebindToSigned<D>> lanes;
  std::conditional_t<kInRegister, decltype(hn::IndicesFromVec(D(), lanes)), int> permutation{};
};

// table[index] for each lane.
template <class D, size_t N>
HWY_INLINE hn::Vec<D> lookup(D d, const hn::TFromD<D> (&table)[N], const TableIndex<D, N>& at) {
  if constexpr (TableIndex<D, N>::kInRegister) {
    return hn::TableLookupLanes(hn::LoadU(d, table), at.permutation);
  } else {
    return hn::GatherIndex(d, table, at.lanes);
  }
}

}  // namespace HWY_NAMESPACE
}  // namespace kernels
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_TABLE_LOOKUP_INL_H_ toggle
