// The hyperbolic functions of kernels/ufuncs_hyperbolic.h on every supported target: error against
// MPFR over the whole domain and near the points where the formulas switch, glibc's special values,
// and bit-identical results on the FMA targets.
#include <cmath>
#include <initializer_list>
#include <limits>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/ufuncs.h"
#include "tests/accuracy_check.h"

namespace {

using ufunc_test::around;
using ufunc_test::concat;
using ufunc_test::expect_accuracy;
using ufunc_test::expect_glibc_values;
using ufunc_test::log_uniform;
using ufunc_test::Mpfr1;
using ufunc_test::samples;
using ufunc_test::special_and;
using ufunc_test::uniform;

// Magnitudes from subnormal to `hi`, both signs, and dense sweeps of [-lo_sweep, lo_sweep].
template <class T>
std::vector<T> inputs(double hi, double sweep, uint32_t seed) {
  const size_t n = samples(1 << 11);
  return concat<T>({log_uniform<T>(n, std::numeric_limits<T>::denorm_min(), hi, true, seed),
                    uniform<T>(n, -sweep, sweep, seed + 1), uniform<T>(n, -1, 1, seed + 2)});
}

// `base` and the 512 floats around each of `points`, both signs.
std::vector<float> with_points(std::vector<float> base, std::initializer_list<float> points) {
  for (float x : points)
    for (float v : around(x, 256)) {
      base.push_back(v);
      base.push_back(-v);
    }
  return base;
}

// `base` and the 2n doubles around each of `points`.
std::vector<double> with_points(std::vector<double> base, std::initializer_list<double> points,
                                int n = 256) {
  for (double x : points) {
    double lo = x, hi = x;
    for (int i = 0; i < n; ++i) {
      lo = std::nextafter(lo, -HUGE_VAL);
      hi = std::nextafter(hi, HUGE_VAL);
      base.push_back(lo);
      base.push_back(hi);
    }
  }
  return base;
}

// The n doubles up to x.
std::vector<double> around_below(double x, int n) {
  std::vector<double> v;
  for (int i = 0; i < n; ++i, x = std::nextafter(x, 0.0)) v.push_back(x);
  return v;
}

TEST(HyperbolicAccuracy, SinhCoshTanhWithinOneUlp) {
  const Mpfr1 sinh_exact(mpfr_sinh), cosh_exact(mpfr_cosh), tanh_exact(mpfr_tanh);
  // float64: sinh 0.57 ULP, tanh 0.55 (expm1's parts over n + 2), cosh 0.73 (0.91 without FMA)
  // measured by ufunc_accuracy 200000 on every target. The hard places: the switches of k at (j +
  // 1/2) ln 2, 2^-26 (below, sinh is x), k = 60 (m stops shrinking), the end of the fast range
  // (709); for tanh half of those, and 22.
  const double ln2 = 0.6931471805599453;
  expect_accuracy(ufunc::sinh, sinh_exact,
                  with_points(inputs<double>(710.4, 30, 1),
                              {0.5 * ln2, 1.5 * ln2, 2.5 * ln2, 0x1p-26, 59.5 * ln2, 709.0}),
                  0.65, "sinh f64");
  // float32 (hyperbolic_f32): sinh 0.633 ULP, cosh 0.618, tanh 0.564 measured on every 17th
  // float of [0, 0.5] and every 5th above, on every target. The hard places: near 0, the
  // switches of k at (j + 1/2) ln 2 (for tanh at half of those), 2^-12 (sinh), and the end of the
  // fast range (88.3; beyond, the float64 algorithm) and of tanh's (9.5).
  const size_t n = samples(1 << 11);
  const auto near0 = [n](uint32_t seed) {
    return concat<float>(
        {uniform<float>(n, -0.36, 0.36, seed), log_uniform<float>(n, 1e-6, 1e-2, true, seed + 1)});
  };
  expect_accuracy(ufunc::sinh, sinh_exact,
                  with_points(concat<float>({inputs<float>(89.4, 30, 4), near0(60)}),
                              {0.3465736f, 1.0397208f, 1.7328680f, 0x1p-12f, 88.3f, 89.4f}),
                  0.7, "sinh f32");
  expect_accuracy(ufunc::cosh, cosh_exact,
                  with_points(inputs<double>(710.4, 30, 7),
                              {0.5 * ln2, 1.5 * ln2, 26.5 * ln2, 27.5 * ln2, 59.5 * ln2, 709.0}),
                  0.95, "cosh f64");
  expect_accuracy(ufunc::cosh, cosh_exact,
                  with_points(concat<float>({inputs<float>(89.4, 30, 10), near0(62)}),
                              {0.3465736f, 1.0397208f, 1.7328680f, 88.3f, 89.4f}),
                  0.7, "cosh f32");
  expect_accuracy(
      ufunc::tanh, tanh_exact,
      with_points(inputs<double>(1e300, 25, 13), {0.25 * ln2, 0.75 * ln2, 1.25 * ln2, 22.0}), 0.6,
      "tanh f64");
  expect_accuracy(ufunc::tanh, tanh_exact,
                  with_points(concat<float>({inputs<float>(1e30, 12, 16), near0(64)}),
                              {0.1732868f, 0.5198604f, 0.8664340f, 9.0f, 9.5f}),
                  0.65, "tanh f32");
}

TEST(HyperbolicAccuracy, InverseFunctionsWithinOneUlp) {
  const Mpfr1 asinh_exact(mpfr_asinh), acosh_exact(mpfr_acosh), atanh_exact(mpfr_atanh);
  const size_t n = samples(1 << 11);
  // float64: 0.58 ULP measured (the C library's 0.98 beyond 1e300), acosh 0.57, atanh 0.56, on
  // every target. The hard places of log_of_root_sum: near 0 (asinh, atanh) and 1 (acosh,
  // atanh), 2^-27 (asinh is a below), where a + sqrt(a^2 +- 1) crosses sqrt(2) and 2 sqrt(2)
  // (e changes), 2^28 (the root is a), the end of the fast range (1e300); for atanh where
  // (1 + a) / (1 - a) crosses 2^j sqrt(2) and 1 - a crosses 2^k sqrt(2)/2.
  expect_accuracy(
      ufunc::arcsinh, asinh_exact,
      with_points(concat<double>({inputs<double>(1e300, 4, 20), uniform<double>(n, 1.9, 2.1, 23),
                                  log_uniform<double>(n, 1e8, 1e9, true, 24),
                                  log_uniform<double>(n, 1e-12, 1e-6, true, 21)}),
                  {0x1p-27, -0x1p-27, 0.35355339059327373, 1.2374368670764582, 0x1p28}),
      0.75, "asinh f64");
  // float32 (hyperbolic_f32, from exp_log_f32::log1p_parts): asinh 1.020 ULP (near 1.13, from
  // the roundings of a^2 / (1 + sqrt(1 + a^2))), acosh 0.575, atanh 0.607, measured on every 7th
  // float and every float of [0.5, 2), both signs, on every target. The hard places: near 0 (asinh, atanh) and 1 (acosh, atanh), the switch to log(2a)
  // at 2^12, where log1p's argument crosses sqrt(2) - 1, and the ends of the fast range (2^126).
  expect_accuracy(
      ufunc::arcsinh, asinh_exact,
      with_points(concat<float>({inputs<float>(3e38, 4, 25), uniform<float>(n, 1, 1.3, 26)}),
                  {0x1p12f, 0.3535534f, 1.1301f, 0x1p126f, 0x1p-12f}),
      1.05, "asinh f32");
  const auto above_one = [n](auto one, uint32_t seed) {
    using T = decltype(one);
    std::vector<T> v =
        concat<T>({log_uniform<T>(n, 1e-15, 1e300 > std::numeric_limits<T>::max() ? 1e38 : 1e300,
                                  false, seed),
                   uniform<T>(n, 0, 2, seed + 1)});
    for (auto& x : v) x += 1;
    return v;
  };
  std::vector<double> acosh_d =
      with_points(above_one(0.0, 30), {1.0606601717798212, 1.5909902576697319, 0x1p28});
  for (double& v : acosh_d) v = std::min(v, 1e300);
  for (double v : around_below(1e300, 256)) acosh_d.push_back(v);
  for (int i = 0; i < 512; ++i) acosh_d.push_back(1 + i * 0x1p-52);
  for (double v : log_uniform<double>(n, 1e-15, 1e-3, false, 31)) acosh_d.push_back(1 + v);
  expect_accuracy(ufunc::arccosh, acosh_exact, acosh_d, 0.75, "acosh f64");
  // Beyond 1e300, the C library's (0.98 ULP).
  expect_accuracy(ufunc::arcsinh, asinh_exact, log_uniform<double>(n, 1e300, 1e308, true, 28), 1.0,
                  "asinh f64 beyond 1e300");
  expect_accuracy(ufunc::arccosh, acosh_exact, log_uniform<double>(n, 1e300, 1e308, false, 29), 1.0,
                  "acosh f64 beyond 1e300");
  std::vector<float> acosh_f = above_one(0.0f, 32);
  for (float x : {1.0f, 1.0606602f, 0x1p12f, 0x1p126f, 3.0f})
    for (float v : around(x, 256))
      if (v >= 1) acosh_f.push_back(v);
  for (float x : log_uniform<float>(n, 1e-7, 1e-2, false, 34)) acosh_f.push_back(1 + x);
  expect_accuracy(ufunc::arccosh, acosh_exact, acosh_f, 0.6, "acosh f32");
  const auto inside = [n](auto one, uint32_t seed) {
    using T = decltype(one);
    std::vector<T> v =
        concat<T>({log_uniform<T>(n, std::numeric_limits<T>::denorm_min(), 1, true, seed),
                   uniform<T>(n, -1, 1, seed + 1), uniform<T>(n, 0.999, 1, seed + 2)});
    for (auto& x : v) x = std::abs(x) >= 1 ? T(0.5) : x;
    return v;
  };
  std::vector<double> atanh_d =
      with_points(inside(0.0, 40), {0.17157287525380990, 0.47759225007251715, 0.69955404013066900,
                                    0.29289321881345248, 0.64644660940672624, 0.82322330470336312,
                                    -0.17157287525380990, -0.29289321881345248});
  for (int i = 1; i < 512; ++i) {
    atanh_d.push_back(1 - i * 0x1p-53);
    atanh_d.push_back(-1 + i * 0x1p-53);
  }
  for (double v : log_uniform<double>(n, 1e-16, 1e-3, true, 41))
    atanh_d.push_back(v < 0 ? -1 - v : 1 - v);
  expect_accuracy(ufunc::arctanh, atanh_exact, atanh_d, 0.75, "atanh f64");
  std::vector<float> atanh_f =
      with_points(concat<float>({inside(0.0f, 43), uniform<float>(n, -0.3, 0.3, 46)}),
                  {0x1p-12f, 0.1715729f, 0.5f});
  for (float v : around(1.0f, 256))
    if (v < 1) {
      atanh_f.push_back(v);
      atanh_f.push_back(-v);
    }
  for (float x : log_uniform<float>(n, 1e-7, 1e-2, true, 47))
    atanh_f.push_back(x < 0 ? -1 - x : 1 - x);
  expect_accuracy(ufunc::arctanh, atanh_exact, atanh_f, 0.65, "atanh f32");
}

TEST(HyperbolicSpecialValues, AreGlibcs) {
  const auto d = special_and<double>({709, 710, 710.4758, 710.48, -710.48, 22, 23, 1e-300, 0.5,
                                      1 + 1e-15, 0x1p28, 0x1p29, 0.9999999999999999, -1, 1});
  const auto f = special_and<float>({89, 89.5f, 90, -90, 9, 10, 1e-40f, 1 + 1e-7f, 0x1p28f, -1, 1});
  expect_glibc_values(
      ufunc::sinh, [](double v) { return std::sinh(v); }, d);
  expect_glibc_values(
      ufunc::cosh, [](double v) { return std::cosh(v); }, d);
  expect_glibc_values(
      ufunc::tanh, [](double v) { return std::tanh(v); }, d);
  expect_glibc_values(
      ufunc::arcsinh, [](double v) { return std::asinh(v); }, d);
  expect_glibc_values(
      ufunc::arccosh, [](double v) { return std::acosh(v); }, d);
  expect_glibc_values(
      ufunc::arctanh, [](double v) { return std::atanh(v); }, d);
  expect_glibc_values(
      ufunc::sinh, [](float v) { return std::sinh(v); }, f);
  expect_glibc_values(
      ufunc::cosh, [](float v) { return std::cosh(v); }, f);
  expect_glibc_values(
      ufunc::tanh, [](float v) { return std::tanh(v); }, f);
  expect_glibc_values(
      ufunc::arcsinh, [](float v) { return std::asinh(v); }, f);
  expect_glibc_values(
      ufunc::arccosh, [](float v) { return std::acosh(v); }, f);
  expect_glibc_values(
      ufunc::arctanh, [](float v) { return std::atanh(v); }, f);
  // float32: the ends of the fast ranges (sinh, cosh 88.3; asinh, acosh 2^126; atanh 1), beyond
  // which sinh and cosh overflow (89.4159851f is the last finite) and tanh rounds to 1 (9.01). Near
  // 1 glibc's tanhf is 1.6 ULP off: glibc's values only at the edges.
  std::vector<float> edges, finite;
  for (float v : around(89.4159851f, 64)) {
    (v <= 89.4159851f ? finite : edges).push_back(v);
    (v <= 89.4159851f ? finite : edges).push_back(-v);
  }
  // Correctly rounded from float64 there, where glibc's sinhf and coshf are up to 2 ULP off.
  expect_accuracy(ufunc::sinh, Mpfr1(mpfr_sinh), finite, 0.501, "sinh f32 before overflow");
  expect_accuracy(ufunc::cosh, Mpfr1(mpfr_cosh), finite, 0.501, "cosh f32 before overflow");
  const auto near = [](std::initializer_list<float> points) {
    std::vector<float> v;
    for (float x : points)
      for (float y : around(x, 64)) {
        v.push_back(y);
        v.push_back(-y);
      }
    return v;
  };
  const float kMax = std::numeric_limits<float>::max();
  expect_glibc_values(
      ufunc::sinh, [](float v) { return std::sinh(v); }, concat<float>({edges, near({88.3f})}));
  expect_glibc_values(
      ufunc::cosh, [](float v) { return std::cosh(v); }, concat<float>({edges, near({88.3f})}));
  expect_glibc_values(
      ufunc::tanh, [](float v) { return std::tanh(v); }, near({9.0109f, 9.5f}));
  expect_glibc_values(
      ufunc::arcsinh, [](float v) { return std::asinh(v); }, near({0x1p126f, kMax}));
  expect_glibc_values(
      ufunc::arccosh, [](float v) { return std::acosh(v); }, near({1.0f, 0x1p126f, kMax}));
  expect_glibc_values(
      ufunc::arctanh, [](float v) { return std::atanh(v); }, near({1.0f}));
}

TEST(HyperbolicCrossTarget, FmaTargetsAgreeBitForBit) {
  const auto fma_targets =
      ufunc::targets_in(ufunc::sinh.compiled_targets() & ufunc::supported_targets() &
                        (static_cast<ufunc::TargetSet>(ufunc::Target::kAVX3) |
                         static_cast<ufunc::TargetSet>(ufunc::Target::kAVX2)));
  if (fma_targets.size() < 2) GTEST_SKIP() << "needs AVX2 and AVX-512";
  const auto x = concat<double>({inputs<double>(700, 30, 50), uniform<double>(4096, 1, 5, 53)});
  for (const auto* u : {&ufunc::sinh, &ufunc::cosh, &ufunc::tanh, &ufunc::arcsinh, &ufunc::arccosh,
                        &ufunc::arctanh}) {
    const auto a = (*u)(x, ufunc::Options().target(fma_targets[0]));
    const auto b = (*u)(x, ufunc::Options().target(fma_targets[1]));
    for (size_t i = 0; i < x.size(); ++i) {
      ASSERT_TRUE(ufunc_test::same_value(a[i], b[i])) << u->name() << "(" << x[i] << ")";
    }
  }
  const auto xf = concat<float>({inputs<float>(88, 30, 54), uniform<float>(4096, 1, 5, 57),
                                 log_uniform<float>(4096, 1, 1e38, false, 58),
                                 uniform<float>(4096, -1, 1, 59)});
  for (const auto* u : {&ufunc::sinh, &ufunc::cosh, &ufunc::tanh, &ufunc::arcsinh, &ufunc::arccosh,
                        &ufunc::arctanh}) {
    const auto a = (*u)(xf, ufunc::Options().target(fma_targets[0]));
    const auto b = (*u)(xf, ufunc::Options().target(fma_targets[1]));
    for (size_t i = 0; i < xf.size(); ++i) {
      ASSERT_TRUE(ufunc_test::same_value(a[i], b[i])) << u->name() << "(" << xf[i] << "f)";
    }
  }
}

}  // namespace
