// table[i] on lanes, for a small constant table: register permutations where one or two vectors
// hold the whole table (AVX-512 for 8 doubles or 16 floats, AVX2 for 8 floats), a gather from
// memory elsewhere. Both fetch the same values, so a kernel built on a table gives the same bits
// on every target. On AVX2, two permutations and a blend beat the gather on the project's AMD EPYC
// (2026-12-04, 1M, ns/element: exp float64 1.30 -> 1.08, float32 log's three tables 1.38 -> 0.64)
// and lost to it on the Intel Xeon (exp float64 1.17-1.20 against 1.02-1.08); four permutations
// and three blends lost on SSE4 (exp float64 2.8 -> 4.15, float32 log 1.83 -> 2.2).
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
// A table of one or two vectors is looked up by register permutations, one per vector, and a
// select between them; a larger one is gathered from memory.
template <class D, size_t N>
struct TableIndex {
  static constexpr size_t kLanes = hn::MaxLanes(D());
  static constexpr size_t kPieces = N / kLanes;
  static constexpr bool kInRegister = N % kLanes == 0 && (kPieces == 1 || kPieces == 2);
  using DI = hn::RebindToSigned<D>;

  // index: every lane in [0, N).
  HWY_INLINE TableIndex(D d, hn::Vec<DI> index) : lanes(index) {
    if constexpr (kInRegister) {
      const DI di;
      permutation = hn::IndicesFromVec(d, hn::And(index, hn::Set(di, kLanes - 1)));
      if constexpr (kPieces > 1) {
        high = hn::RebindMask(d, hn::TestBit(index, hn::Set(di, kLanes)));
      }
    }
  }

  hn::Vec<DI> lanes;
  std::conditional_t<kInRegister, decltype(hn::IndicesFromVec(D(), lanes)), int> permutation{};
  hn::Mask<D> high;  // index bit kLanes: the second vector
};

// table[index] for each lane.
template <class D, size_t N>
HWY_INLINE hn::Vec<D> lookup(D d, const hn::TFromD<D> (&table)[N], const TableIndex<D, N>& at) {
  using Index = TableIndex<D, N>;
  if constexpr (Index::kInRegister) {
    const auto piece = [&](size_t i) {
      return hn::TableLookupLanes(hn::LoadU(d, table + i * Index::kLanes), at.permutation);
    };
    if constexpr (Index::kPieces == 1) {
      return piece(0);
    } else {
      return hn::IfThenElse(at.high, piece(1), piece(0));
    }
  } else {
    return hn::GatherIndex(d, table, at.lanes);
  }
}

}  // namespace HWY_NAMESPACE
}  // namespace kernels
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_TABLE_LOOKUP_INL_H_ toggle
