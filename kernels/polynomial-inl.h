// estrin(d, x, c): the polynomial c[0] + c[1] x + ... + c[N-1] x^(N-1) on lanes, by Estrin's
// scheme: halves of the coefficients combine as low + x^(2^k) high, so the chain of dependent
// MulAdds is about log2(N) long instead of N (a loop of exp was latency-bound with Horner's 13
// steps). The coefficients are doubles or floats, as the lanes.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_POLYNOMIAL_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_POLYNOMIAL_INL_H_
#undef UFUNC_KERNELS_POLYNOMIAL_INL_H_
#else
#define UFUNC_KERNELS_POLYNOMIAL_INL_H_
#endif

#include <cstddef>

#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

namespace detail {
// The coefficients c[Lo, Lo + Len); pw[k] holds x^(2^k).
template <size_t Lo, size_t Len, class D, class V, class C, size_t N>
HWY_INLINE V estrin_part(D d, const V* pw, const C (&c)[N]) {
  if constexpr (Len == 1) {
    return hn::Set(d, c[Lo]);
  } else {
    constexpr size_t kLevel = Len > 8 ? 3 : Len > 4 ? 2 : Len > 2 ? 1 : 0;
    constexpr size_t kHalf = size_t{1} << kLevel;
    return hn::MulAdd(estrin_part<Lo + kHalf, Len - kHalf>(d, pw, c), pw[kLevel],
                      estrin_part<Lo, kHalf>(d, pw, c));
  }
}
}  // namespace detail

template <class D, class V, class C, size_t N>
HWY_INLINE V estrin(D d, V x, const C (&c)[N]) {
  static_assert(N <= 16, "ufunc: extend the powers for longer polynomials");
  V pw[4];
  pw[0] = x;
  for (size_t k = 1; k < 4; ++k) pw[k] = hn::Mul(pw[k - 1], pw[k - 1]);
  return detail::estrin_part<0, N>(d, pw, c);
}

}  // namespace HWY_NAMESPACE
}  // namespace kernels
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_POLYNOMIAL_INL_H_ toggle
