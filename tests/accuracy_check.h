// Accuracy checks for the math kernels, on every SIMD target this CPU supports:
//  - expect_accuracy: the largest error in ULP against MPFR (tests/mpfr_oracle.h) stays within a
//    bound, over inputs from log_uniform / uniform;
//  - expect_glibc_values: results equal <cmath>'s bit for bit (any NaN for NaN) on special inputs.
// Failures name the target, the input and both values.
#ifndef UFUNC_TESTS_ACCURACY_CHECK_H_
#define UFUNC_TESTS_ACCURACY_CHECK_H_

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/mpfr_oracle.h"
#include "ufunc/ufunc.h"

namespace ufunc_test {

// How many random inputs an accuracy test draws per range: `n` by default (CI: keep the whole file
// under a second, it also runs under sanitizers and ~100x slower under qemu), or n times
// UFUNC_ACCURACY_SCALE for the large sweeps (ctest -L accuracy, see tests/CMakeLists.txt).
inline size_t samples(size_t n) {
  const char* scale = std::getenv("UFUNC_ACCURACY_SCALE");
  const long k = scale ? std::strtol(scale, nullptr, 10) : 1;
  return n * static_cast<size_t>(k > 1 ? k : 1);
}

// n values whose magnitudes are log-uniform in [lo, hi] (lo > 0), half of them negative when
// `negative_too`.
template <class T>
std::vector<T> log_uniform(size_t n, double lo, double hi, bool negative_too, uint32_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> e(std::log2(lo), std::log2(hi));
  std::vector<T> v(n);
  for (size_t i = 0; i < n; ++i) {
    v[i] = static_cast<T>(std::exp2(e(rng)));
    if (negative_too && (rng() & 1)) v[i] = -v[i];
  }
  return v;
}

// n values uniform in [lo, hi].
template <class T>
std::vector<T> uniform(size_t n, double lo, double hi, uint32_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(lo, hi);
  std::vector<T> v(n);
  for (auto& x : v) x = static_cast<T>(u(rng));
  return v;
}

template <class U>
std::vector<ufunc::Target> targets_of(const U& ufunc) {
  return ufunc::targets_in(ufunc.compiled_targets() & ufunc::supported_targets());
}

// The largest error of `ufunc` over x on every target, expected <= max_ulp. Returns it.
template <class T, class U>
double expect_accuracy(const U& ufunc, const Mpfr1& oracle, const std::vector<T>& x, double max_ulp,
                       const std::string& what) {
  double worst_all = 0;
  for (ufunc::Target t : targets_of(ufunc)) {
    const std::vector<T> y = ufunc(x, ufunc::Options().target(t));
    double worst = 0;
    size_t at = 0;
    for (size_t i = 0; i < x.size(); ++i) {
      const double e = oracle.ulp_error(x[i], y[i]);
      if (!(e <= worst)) {
        worst = e;
        at = i;
      }
    }
    worst_all = std::max(worst_all, worst);
    EXPECT_LE(worst, max_ulp) << what << " on " << ufunc::target_name(t) << ": " << ufunc.name()
                              << "(" << std::hexfloat << x[at] << ") = " << y[at]
                              << ", correctly rounded " << oracle.exact(x[at]) << std::defaultfloat
                              << " (" << worst << " ULP)";
  }
  return worst_all;
}

// The same for a function of two arguments.
template <class T, class U>
double expect_accuracy(const U& ufunc, const Mpfr2& oracle, const std::vector<T>& x,
                       const std::vector<T>& y, double max_ulp, const std::string& what) {
  double worst_all = 0;
  for (ufunc::Target t : targets_of(ufunc)) {
    const std::vector<T> z = ufunc(x, y, ufunc::Options().target(t));
    double worst = 0;
    size_t at = 0;
    for (size_t i = 0; i < x.size(); ++i) {
      const double e = oracle.ulp_error(x[i], y[i], z[i]);
      if (!(e <= worst)) {
        worst = e;
        at = i;
      }
    }
    worst_all = std::max(worst_all, worst);
    EXPECT_LE(worst, max_ulp) << what << " on " << ufunc::target_name(t) << ": " << ufunc.name()
                              << "(" << std::hexfloat << x[at] << ", " << y[at] << ") = " << z[at]
                              << ", correctly rounded " << oracle.exact(x[at], y[at])
                              << std::defaultfloat << " (" << worst << " ULP)";
  }
  return worst_all;
}

template <class T>
bool same_value(T a, T b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return std::memcmp(&a, &b, sizeof(T)) == 0;  // tells -0 from +0
}

// On every target, ufunc(x) is glibc's f(x) bit for bit (any NaN for NaN), for each x.
template <class T, class U, class F>
void expect_glibc_values(const U& ufunc, F f, const std::vector<T>& x) {
  for (ufunc::Target t : targets_of(ufunc)) {
    const std::vector<T> y = ufunc(x, ufunc::Options().target(t));
    for (size_t i = 0; i < x.size(); ++i) {
      const T want = static_cast<T>(f(x[i]));
      EXPECT_TRUE(same_value(y[i], want))
          << ufunc.name() << "(" << x[i] << ") on " << ufunc::target_name(t) << " is " << y[i]
          << ", glibc gives " << want;
    }
  }
}

// The same for a function of two arguments, over the pairs (x[i], y[i]).
template <class T, class U, class F>
void expect_glibc_values(const U& ufunc, F f, const std::vector<T>& x, const std::vector<T>& y) {
  for (ufunc::Target t : targets_of(ufunc)) {
    const std::vector<T> z = ufunc(x, y, ufunc::Options().target(t));
    for (size_t i = 0; i < x.size(); ++i) {
      const T want = static_cast<T>(f(x[i], y[i]));
      EXPECT_TRUE(same_value(z[i], want))
          << ufunc.name() << "(" << x[i] << ", " << y[i] << ") on " << ufunc::target_name(t)
          << " is " << z[i] << ", glibc gives " << want;
    }
  }
}

// Special inputs every float function is tried on: zeros, infinities, NaN, the extremes of the
// normal and subnormal ranges, and small integers.
template <class T>
std::vector<T> special_inputs() {
  using L = std::numeric_limits<T>;
  std::vector<T> v = {T(0),
                      -T(0),
                      L::infinity(),
                      -L::infinity(),
                      L::quiet_NaN(),
                      L::min(),
                      -L::min(),
                      L::denorm_min(),
                      -L::denorm_min(),
                      L::max(),
                      -L::max(),
                      L::epsilon(),
                      T(0.5),
                      T(-0.5),
                      T(1),
                      T(-1),
                      T(2),
                      T(-2),
                      T(3),
                      T(10),
                      T(-10),
                      T(100),
                      T(-100),
                      T(1e10),
                      T(-1e10),
                      L::min() / 4,
                      T(1e-30)};
  return v;
}

}  // namespace ufunc_test

#endif  // UFUNC_TESTS_ACCURACY_CHECK_H_
