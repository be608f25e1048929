// Memory for arrays: aligned for the widest SIMD target, and on huge pages when large.
#ifndef UFUNC_ALLOCATE_H_
#define UFUNC_ALLOCATE_H_

#include <cstddef>

namespace ufunc {
namespace detail {

// Alignment of every allocation: an AVX-512 vector, and a cache line.
constexpr size_t kSimdAlignment = 64;
// From this size on, allocations are aligned to 2 MiB and advised to use transparent huge pages,
// as NumPy advises its arrays of 4 MiB and more on Linux (numpy/core/src/multiarray/alloc.c).
constexpr size_t kHugePageThreshold = size_t{4} << 20;

// At least `bytes` (rounded up to the alignment) of uninitialised memory, to be released with
// std::free. Throws std::bad_alloc.
void* allocate(size_t bytes);

}  // namespace detail
}  // namespace ufunc

#endif  // UFUNC_ALLOCATE_H_
