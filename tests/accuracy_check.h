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
#include <initializer_list>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "tests/mpfr_oracle.h"
#include "tests/ulp.h"
#include "ufunc/ufunc.h"

namespace ufunc_test {

// How many random inputs an accuracy test draws per range: `n` times UFUNC_ACCURACY_SCALE (default
// 1; CI keeps each test file around a second, as it also runs under sanitizers; the Arm run under
// qemu, ~100x slower, uses 1/8; the large sweeps 64, see tests/CMakeLists.txt), at least 64.
inline size_t samples(size_t n) {
  const char* scale = std::getenv("UFUNC_ACCURACY_SCALE");
  const double k = scale ? std::strtod(scale, nullptr) : 1.0;
  const double scaled = static_cast<double>(n) * (k > 0 ? k : 1.0);
  return scaled < 64 ? 64 : static_cast<size_t>(scaled);
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

// The worst of `errors` (one per input) and where it is.
struct Worst {
  double ulp = 0;
  size_t at = 0;
};
template <class F>
Worst worst_of(size_t n, F error_at) {
  Worst w;
  for (size_t i = 0; i < n; ++i) {
    const double e = error_at(i);
    if (!(e <= w.ulp)) w = {e, i};  // NaN counts as the worst
  }
  return w;
}

// The largest error of `ufunc` over x on every target, expected <= max_ulp. Returns it. MPFR
// evaluates each input once for all targets.
template <class T, class U>
double expect_accuracy(const U& ufunc, const Mpfr1& oracle, const std::vector<T>& x, double max_ulp,
                       const std::string& what) {
  std::vector<long double> exact(x.size());
  for (size_t i = 0; i < x.size(); ++i) exact[i] = oracle.exact_long(x[i]);
  double worst_all = 0;
  for (ufunc::Target t : targets_of(ufunc)) {
    const std::vector<T> y = ufunc(x, ufunc::Options().target(t));
    const Worst w = worst_of(x.size(), [&](size_t i) { return ulp_error(y[i], exact[i]); });
    worst_all = std::max(worst_all, w.ulp);
    EXPECT_LE(w.ulp, max_ulp) << what << " on " << ufunc::target_name(t) << ": " << ufunc.name()
                              << "(" << std::hexfloat << x[w.at] << ") = " << y[w.at]
                              << ", correctly rounded " << oracle.exact(x[w.at])
                              << std::defaultfloat << " (" << w.ulp << " ULP)";
  }
  return worst_all;
}

// The same for a function of two arguments.
template <class T, class U>
double expect_accuracy(const U& ufunc, const Mpfr2& oracle, const std::vector<T>& x,
                       const std::vector<T>& y, double max_ulp, const std::string& what) {
  std::vector<long double> exact(x.size());
  for (size_t i = 0; i < x.size(); ++i) exact[i] = oracle.exact_long(x[i], y[i]);
  double worst_all = 0;
  for (ufunc::Target t : targets_of(ufunc)) {
    const std::vector<T> z = ufunc(x, y, ufunc::Options().target(t));
    const Worst w = worst_of(x.size(), [&](size_t i) { return ulp_error(z[i], exact[i]); });
    worst_all = std::max(worst_all, w.ulp);
    EXPECT_LE(w.ulp, max_ulp) << what << " on " << ufunc::target_name(t) << ": " << ufunc.name()
                              << "(" << std::hexfloat << x[w.at] << ", " << y[w.at]
                              << ") = " << z[w.at] << ", correctly rounded "
                              << oracle.exact(x[w.at], y[w.at]) << std::defaultfloat << " ("
                              << w.ulp << " ULP)";
  }
  return worst_all;
}

template <class T>
bool same_value(T a, T b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return std::memcmp(&a, &b, sizeof(T)) == 0;  // tells -0 from +0
}

// Whether `got` is what glibc gives (`want`) for a special case: bit for bit (any NaN for NaN)
// where the input or glibc's result is NaN, infinite, zero or subnormal, within 1 ULP elsewhere
// (the accuracy tests hold ordinary results to their bound).
template <class T>
bool matches_glibc(T got, T want, bool special_input) {
  const bool special = special_input || !std::isnormal(want);
  return special ? same_value(got, want) : ulp_distance(got, want) <= 1;
}

// On every target, ufunc(x) matches glibc's f(x) for each x (see matches_glibc).
template <class T, class U, class F>
void expect_glibc_values(const U& ufunc, F f, const std::vector<T>& x) {
  for (ufunc::Target t : targets_of(ufunc)) {
    const std::vector<T> y = ufunc(x, ufunc::Options().target(t));
    for (size_t i = 0; i < x.size(); ++i) {
      const T want = static_cast<T>(f(x[i]));
      EXPECT_TRUE(matches_glibc(y[i], want, !std::isnormal(x[i])))
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
      EXPECT_TRUE(matches_glibc(z[i], want, !std::isnormal(x[i]) || !std::isnormal(y[i])))
          << ufunc.name() << "(" << x[i] << ", " << y[i] << ") on " << ufunc::target_name(t)
          << " is " << z[i] << ", glibc gives " << want;
    }
  }
}

// Every supported target of `ufunc`, then the reference (Options().reference(): the scalar twins),
// each with its name.
template <class U>
std::vector<std::pair<std::string, ufunc::Options>> runs_of(const U& ufunc) {
  std::vector<std::pair<std::string, ufunc::Options>> runs;
  for (ufunc::Target t : targets_of(ufunc)) {
    runs.emplace_back(ufunc::target_name(t), ufunc::Options().target(t));
  }
  runs.emplace_back("reference", ufunc::Options().reference());
  return runs;
}

// ufunc(x, more...) on every run equals want(x[i], more[i]...) bit for bit (any NaN for NaN), for
// results that are exact; at most 10 failures are reported per run.
template <class T, class U, class F, class... V>
void expect_exact(const U& ufunc, F want, const std::vector<T>& x, const V&... more) {
  for (const auto& [name, options] : runs_of(ufunc)) {
    const std::vector<T> z = ufunc(x, more..., options);
    int failures = 0;
    for (size_t i = 0; i < x.size() && failures < 10; ++i) {
      const T w = static_cast<T>(want(x[i], more[i]...));
      if (!same_value(z[i], w)) {
        ++failures;
        std::ostringstream args;
        args << std::hexfloat << +x[i];
        ((args << ", " << +more[i]), ...);
        ADD_FAILURE() << ufunc.name() << "(" << args.str() << ") on " << name << " at " << i
                      << " is " << std::hexfloat << +z[i] << ", want " << +w;
      }
    }
  }
}

// The 2n floats around x, n on each side.
inline std::vector<float> around(float x, int n) {
  std::vector<float> v;
  float lo = x, hi = x;
  for (int i = 0; i < n; ++i) {
    lo = std::nextafter(lo, -INFINITY);
    v.push_back(lo);
    v.push_back(hi);
    hi = std::nextafter(hi, INFINITY);
  }
  return v;
}

// The parts one after another.
template <class T>
std::vector<T> concat(std::initializer_list<std::vector<T>> parts) {
  std::vector<T> all;
  for (const auto& p : parts) all.insert(all.end(), p.begin(), p.end());
  return all;
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

// special_inputs() and more.
template <class T>
std::vector<T> special_and(std::initializer_list<T> more) {
  std::vector<T> v = special_inputs<T>();
  v.insert(v.end(), more);
  return v;
}

}  // namespace ufunc_test

#endif  // UFUNC_TESTS_ACCURACY_CHECK_H_
