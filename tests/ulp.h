// Distance in units in the last place, for stating tolerances.
#ifndef UFUNC_TESTS_ULP_H_
#define UFUNC_TESTS_ULP_H_

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>

namespace ufunc_test {

// How many representable values lie between a and b: 0 if equal (+0 and -0 are equal here; sign of
// zero is checked separately), both NaN counts as equal, NaN against a number is the maximum.
template <class T>
uint64_t ulp_distance(T a, T b) {
  if constexpr (std::is_integral_v<T>) {
    return a == b ? 0 : std::numeric_limits<uint64_t>::max();
  } else {
    if (std::isnan(a) || std::isnan(b)) {
      return std::isnan(a) && std::isnan(b) ? 0 : std::numeric_limits<uint64_t>::max();
    }
    if (a == b) return 0;
    using Bits = std::conditional_t<sizeof(T) == 4, int32_t, int64_t>;
    Bits ia, ib;
    std::memcpy(&ia, &a, sizeof(T));
    std::memcpy(&ib, &b, sizeof(T));
    // Map sign-magnitude to a monotonic integer line.
    if (ia < 0) ia = std::numeric_limits<Bits>::min() - ia;
    if (ib < 0) ib = std::numeric_limits<Bits>::min() - ib;
    const int64_t lo = ia < ib ? ia : ib, hi = ia < ib ? ib : ia;
    return static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo);
  }
}

}  // namespace ufunc_test

#endif  // UFUNC_TESTS_ULP_H_
