// The hyperbolic functions of kernels/ufuncs_hyperbolic.h on every supported target: error against
// MPFR over the whole domain and near the points where the formulas switch, glibc's special values,
// and bit-identical results on the FMA targets.
#include <cmath>
#include <limits>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/ufuncs.h"
#include "tests/accuracy_check.h"

namespace {

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

TEST(HyperbolicAccuracy, SinhCoshTanhWithinThreeUlp) {
  const Mpfr1 sinh_exact(mpfr_sinh), cosh_exact(mpfr_cosh), tanh_exact(mpfr_tanh);
  expect_accuracy(ufunc::sinh, sinh_exact, inputs<double>(710.4, 30, 1), 3.0, "sinh f64");
  expect_accuracy(ufunc::sinh, sinh_exact, inputs<float>(89.4, 30, 4), 1.0, "sinh f32");
  expect_accuracy(ufunc::cosh, cosh_exact, inputs<double>(710.4, 30, 7), 3.0, "cosh f64");
  expect_accuracy(ufunc::cosh, cosh_exact, inputs<float>(89.4, 30, 10), 1.0, "cosh f32");
  expect_accuracy(ufunc::tanh, tanh_exact, inputs<double>(1e300, 25, 13), 3.0, "tanh f64");
  expect_accuracy(ufunc::tanh, tanh_exact, inputs<float>(1e30, 12, 16), 1.0, "tanh f32");
}

TEST(HyperbolicAccuracy, InverseFunctionsWithinThreeUlp) {
  const Mpfr1 asinh_exact(mpfr_asinh), acosh_exact(mpfr_acosh), atanh_exact(mpfr_atanh);
  const size_t n = samples(1 << 11);
  expect_accuracy(ufunc::arcsinh, asinh_exact,
                  concat<double>({inputs<double>(1e308, 4, 20), uniform<double>(n, 1.9, 2.1, 23),
                                  log_uniform<double>(n, 1e8, 1e9, true, 24)}),
                  3.0, "asinh f64");
  expect_accuracy(ufunc::arcsinh, asinh_exact, inputs<float>(3e38, 4, 25), 1.0, "asinh f32");
  const auto above_one = [n](auto one, uint32_t seed) {
    using T = decltype(one);
    std::vector<T> v =
        concat<T>({log_uniform<T>(n, 1e-15, 1e300 > std::numeric_limits<T>::max() ? 1e38 : 1e300,
                                  false, seed),
                   uniform<T>(n, 0, 2, seed + 1)});
    for (auto& x : v) x += 1;
    return v;
  };
  expect_accuracy(ufunc::arccosh, acosh_exact, above_one(0.0, 30), 3.0, "acosh f64");
  expect_accuracy(ufunc::arccosh, acosh_exact, above_one(0.0f, 32), 1.0, "acosh f32");
  const auto inside = [n](auto one, uint32_t seed) {
    using T = decltype(one);
    std::vector<T> v =
        concat<T>({log_uniform<T>(n, std::numeric_limits<T>::denorm_min(), 1, true, seed),
                   uniform<T>(n, -1, 1, seed + 1), uniform<T>(n, 0.999, 1, seed + 2)});
    for (auto& x : v) x = std::abs(x) >= 1 ? T(0.5) : x;
    return v;
  };
  expect_accuracy(ufunc::arctanh, atanh_exact, inside(0.0, 40), 3.0, "atanh f64");
  expect_accuracy(ufunc::arctanh, atanh_exact, inside(0.0f, 43), 1.0, "atanh f32");
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
}

}  // namespace
