// Error-free transformations on lanes, shared by the kernel families: sums and products whose
// rounding error is recovered exactly (two_sum, fast_two_sum, two_prod, residual), float32 factors
// whose products are exact without FMA (hi12), and the once-rounded sum the arcsine and arccosine
// of both types end with.
//
// Re-included once per SIMD target.

#if defined(UFUNC_KERNELS_EXACT_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef UFUNC_KERNELS_EXACT_INL_H_
#undef UFUNC_KERNELS_EXACT_INL_H_
#else
#define UFUNC_KERNELS_EXACT_INL_H_
#endif

#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace ufunc {
namespace kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

namespace exact {

// a + b = s + err exactly, whatever the magnitudes (Knuth's two-sum).
template <class V>
HWY_INLINE V two_sum(V a, V b, V& err) {
  const V s = hn::Add(a, b);
  const V b_part = hn::Sub(s, a);
  err = hn::Add(hn::Sub(a, hn::Sub(s, b_part)), hn::Sub(b, b_part));
  return s;
}

// The same when |a| >= |b| or a = 0 (Dekker's fast two-sum).
template <class V>
HWY_INLINE V fast_two_sum(V a, V b, V& err) {
  const V s = hn::Add(a, b);
  err = hn::Add(hn::Sub(a, s), b);
  return s;
}

// a b = p + e exactly (barring overflow and underflow): FMA where the target has it, Dekker's
// product with Veltkamp's splitting elsewhere. e is unique, so both give the same bits.
template <class D, class V>
HWY_INLINE void two_prod(D d, V a, V b, V& p, V& e) {
  p = hn::Mul(a, b);
#if HWY_NATIVE_FMA
  (void)d;
  e = hn::MulSub(a, b, p);
#else
  using T = hn::TFromD<D>;
  const V split = hn::Set(d, T(sizeof(T) == 4 ? 4097.0 : 134217729.0));  // 2^ceil(digits/2) + 1
  const V ca = hn::Mul(a, split), cb = hn::Mul(b, split);
  const V ah = hn::Sub(ca, hn::Sub(ca, a)), bh = hn::Sub(cb, hn::Sub(cb, b));
  const V al = hn::Sub(a, ah), bl = hn::Sub(b, bh);
  e = hn::Add(hn::Add(hn::Add(hn::Sub(hn::Mul(ah, bh), p), hn::Mul(ah, bl)), hn::Mul(al, bh)),
              hn::Mul(al, bl));
#endif
}

// c - a b rounded once, for a b near c (a residual, such as num - q den for q within an ULP of
// num / den): one fused instruction with FMA, c - p - e of two_prod without.
template <class V>
HWY_INLINE V residual(V c, V a, V b) {
#if HWY_NATIVE_FMA
  return hn::NegMulAdd(a, b, c);
#else
  const hn::DFromV<V> d;
  V p, e;
  two_prod(d, a, b, p, e);
  return hn::Sub(hn::Sub(c, p), e);
#endif
}

// v (float lanes) with its 12 low mantissa bits cleared: 12 significant bits, so products of two
// such are exact without FMA, and every target forms them alike.
template <class D, class V>
HWY_INLINE V hi12(D d, V v) {
  const hn::RebindToUnsigned<D> du;
  return hn::BitCast(d, hn::And(hn::BitCast(du, v), hn::Set(du, 0xfffff000u)));
}

// A + f (w + w_lo + w p) for A = a_hi + a_lo, f = +-1 or +-2 and |a_hi| >= |f w| or a_hi = 0,
// rounded once at the end: f is a power of two, so MulAdd(f, .., a_lo) rounds alike with and
// without FMA. The last step of asin and acos, where A is 0, pi/2 or pi.
template <class V>
HWY_INLINE V asin_combine(V a_hi, V a_lo, V f, V w, V w_lo, V p) {
  V err;
  const V hi = fast_two_sum(a_hi, hn::Mul(f, w), err);
  return hn::Add(hi, hn::Add(err, hn::MulAdd(f, hn::MulAdd(w, p, w_lo), a_lo)));
}

}  // namespace exact

}  // namespace HWY_NAMESPACE
}  // namespace kernels
}  // namespace ufunc
HWY_AFTER_NAMESPACE();

#endif  // UFUNC_KERNELS_EXACT_INL_H_ toggle
