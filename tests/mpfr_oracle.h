// The accuracy oracle: MPFR evaluates a function at 160 bits, and ulp_error says how far a float or
// double result is from that value, in units in the last place of the result's type (fractional:
// 0.5 is the most a correctly rounded result can be off).
//
//   const ufunc_test::Mpfr1 exp_exact(mpfr_exp);
//   double e = exp_exact.ulp_error(x, got);  // x, got: float or double
#ifndef UFUNC_TESTS_MPFR_ORACLE_H_
#define UFUNC_TESTS_MPFR_ORACLE_H_

#include <mpfr.h>

#include <cmath>
#include <limits>
#include <type_traits>

namespace ufunc_test {

namespace detail {

constexpr mpfr_prec_t kPrecision = 160;

struct Scratch {
  Scratch() { mpfr_inits2(kPrecision, x, y, exact, diff, nullptr); }
  ~Scratch() { mpfr_clears(x, y, exact, diff, nullptr); }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  mpfr_t x, y, exact, diff;
};

template <class T>
void set(mpfr_t m, T v) {
  if constexpr (std::is_same_v<T, float>) {
    mpfr_set_flt(m, v, MPFR_RNDN);
  } else {
    mpfr_set_d(m, v, MPFR_RNDN);
  }
}

template <class T>
T get(const mpfr_t m) {
  if constexpr (std::is_same_v<T, float>) {
    return mpfr_get_flt(m, MPFR_RNDN);
  } else {
    return mpfr_get_d(m, MPFR_RNDN);
  }
}

// |got - exact| in ULP of T at `exact`. Subnormal results count in units of the smallest
// subnormal; a NaN, an infinity or a result beyond T's range counts 0 if it matches the correctly
// rounded value and infinity otherwise.
template <class T>
double ulp_error(Scratch& s, T got) {
  const T rounded = get<T>(s.exact);
  if (std::isnan(got) || std::isnan(rounded) || std::isinf(got) || std::isinf(rounded)) {
    const bool same = (std::isnan(got) && std::isnan(rounded)) || got == rounded;
    return same ? 0.0 : std::numeric_limits<double>::infinity();
  }
  constexpr int kDigits = std::numeric_limits<T>::digits;
  constexpr int kMinExp = std::numeric_limits<T>::min_exponent;  // 2^(kMinExp-1) = min normal
  int exponent = mpfr_zero_p(s.exact) ? kMinExp : static_cast<int>(mpfr_get_exp(s.exact));
  if (exponent < kMinExp) exponent = kMinExp;  // subnormal range: a fixed ULP
  set(s.diff, got);
  mpfr_sub(s.diff, s.diff, s.exact, MPFR_RNDN);
  mpfr_abs(s.diff, s.diff, MPFR_RNDN);
  // ULP of a value in [2^(e-1), 2^e) is 2^(e - digits).
  mpfr_mul_2si(s.diff, s.diff, kDigits - exponent, MPFR_RNDN);
  return mpfr_get_d(s.diff, MPFR_RNDN);
}

}  // namespace detail

// A function of one argument, as MPFR spells it (mpfr_exp, mpfr_sin, ...).
class Mpfr1 {
 public:
  using Fn = int (*)(mpfr_ptr, mpfr_srcptr, mpfr_rnd_t);
  explicit Mpfr1(Fn f) : f_(f) {}

  // The correctly rounded value of f(x) in T.
  template <class T>
  T exact(T x) const {
    detail::set(s_.x, x);
    f_(s_.exact, s_.x, MPFR_RNDN);
    return detail::get<T>(s_.exact);
  }
  template <class T>
  double ulp_error(T x, T got) const {
    detail::set(s_.x, x);
    f_(s_.exact, s_.x, MPFR_RNDN);
    return detail::ulp_error<T>(s_, got);
  }
  // f(x) to 64 bits, to measure the results of several targets against one evaluation.
  template <class T>
  long double exact_long(T x) const {
    detail::set(s_.x, x);
    f_(s_.exact, s_.x, MPFR_RNDN);
    return mpfr_get_ld(s_.exact, MPFR_RNDN);
  }

 private:
  Fn f_;
  mutable detail::Scratch s_;
};

// A function of two arguments (mpfr_pow, mpfr_atan2, mpfr_hypot, ...).
class Mpfr2 {
 public:
  using Fn = int (*)(mpfr_ptr, mpfr_srcptr, mpfr_srcptr, mpfr_rnd_t);
  explicit Mpfr2(Fn f) : f_(f) {}

  template <class T>
  T exact(T x, T y) const {
    detail::set(s_.x, x);
    detail::set(s_.y, y);
    f_(s_.exact, s_.x, s_.y, MPFR_RNDN);
    return detail::get<T>(s_.exact);
  }
  template <class T>
  double ulp_error(T x, T y, T got) const {
    detail::set(s_.x, x);
    detail::set(s_.y, y);
    f_(s_.exact, s_.x, s_.y, MPFR_RNDN);
    return detail::ulp_error<T>(s_, got);
  }
  template <class T>
  long double exact_long(T x, T y) const {
    detail::set(s_.x, x);
    detail::set(s_.y, y);
    f_(s_.exact, s_.x, s_.y, MPFR_RNDN);
    return mpfr_get_ld(s_.exact, MPFR_RNDN);
  }

 private:
  Fn f_;
  mutable detail::Scratch s_;
};

// |got - exact| in ULP of T at `exact` (from exact_long: 64 bits, so the error is known to about
// 2^-11 ULP for double), with the conventions of the 160-bit measure above.
template <class T>
double ulp_error(T got, long double exact) {
  const T rounded = static_cast<T>(exact);
  if (std::isnan(got) || std::isnan(rounded) || std::isinf(got) || std::isinf(rounded)) {
    const bool same = (std::isnan(got) && std::isnan(rounded)) || got == rounded;
    return same ? 0.0 : std::numeric_limits<double>::infinity();
  }
  constexpr int kDigits = std::numeric_limits<T>::digits;
  constexpr int kMinExp = std::numeric_limits<T>::min_exponent;
  int exponent = kMinExp;
  if (exact != 0) std::frexp(exact, &exponent);  // exact = m 2^exponent, m in [0.5, 1)
  if (exponent < kMinExp) exponent = kMinExp;
  return static_cast<double>(
      std::ldexp(std::fabs(static_cast<long double>(got) - exact), kDigits - exponent));
}

}  // namespace ufunc_test

#endif  // UFUNC_TESTS_MPFR_ORACLE_H_
