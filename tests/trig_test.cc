// The trigonometric functions of kernels/ufuncs_trig.h on every supported target: error against
// MPFR over the whole domain and in the regions where accuracy is hard to keep (near multiples of
// pi/2, around the end of the fast range at 2^20, near the ends of asin/acos, where atan's
// reduction switches), glibc's special values, the lane functions in users' lambdas, and
// bit-identical results on the FMA targets.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/ufuncs.h"
#include "tests/accuracy_check.h"
#include "tests/test_kernels.h"
#include "tests/ulp.h"

namespace {

using ufunc_test::concat;
using ufunc_test::expect_accuracy;
using ufunc_test::expect_glibc_values;
using ufunc_test::log_uniform;
using ufunc_test::Mpfr1;
using ufunc_test::Mpfr2;
using ufunc_test::samples;
using ufunc_test::uniform;

// For each binade up to 2^21, the double closest to a multiple of pi/2 (found from the continued
// fraction of pi/2): where sin or cos cancels most, down to |x - n pi/2| = 2^-60.5.
const std::vector<double> kNearestToHalfPiMultiples = {
    0x1.921fb54442d18p+0,  0x1.921fb54442d18p+1,  0x1.2d97c7f3321d2p+2,  0x1.2d97c7f3321d2p+3,
    0x1.dd85a7410f58dp+4,  0x1.6c6cbc45dc8dep+5,  0x1.6c6cbc45dc8dep+6,  0x1.6c6cbc45dc8dep+7,
    0x1.6c6cbc45dc8dep+8,  0x1.6c6cbc45dc8dep+9,  0x1.6c6cbc45dc8dep+10, 0x1.6c6cbc45dc8dep+11,
    0x1.6c6cbc45dc8dep+12, 0x1.6c6cbc45dc8dep+13, 0x1.635e3d74befcap+14, 0x1.67e57cdd4dc54p+15,
    0x1.65a1dd290660fp+16, 0x1.bf9b3c6059d24p+17, 0x1.39c6fd67805a7p+18, 0x1.39c6fd67805a7p+19,
    0x1.9eb7148f354d6p+20};

// For each binade from 1 to 2^20, the float closest to a multiple of pi/2 (found by trying every
// float): the float path's hardest reductions, down to |x - n pi/2| = 2^-27.8.
const std::vector<float> kFloatsNearestToHalfPiMultiples = {
    0x1.921fb6p+0f,  0x1.921fb6p+1f,  0x1.2d97c8p+2f,  0x1.2d97c8p+3f,  0x1.2d97c8p+4f,
    0x1.2d97c8p+5f,  0x1.2d97c8p+6f,  0x1.f9cbe2p+7f,  0x1.f9cbe2p+8f,  0x1.f9cbe2p+9f,
    0x1.f9cbe2p+10f, 0x1.17cc5p+11f,  0x1.17cc5p+12f,  0x1.17cc5p+13f,  0x1.17cc5p+14f,
    0x1.9a48dep+15f, 0x1.9a48dep+16f, 0x1.9a48dep+17f, 0x1.04ccbcp+18f, 0x1.04ccbcp+19f};

// Each of `centres` and its three neighbours on either side, with both signs.
template <class T>
void add_neighbourhoods(std::vector<T>& v, const std::vector<T>& centres) {
  for (T h : centres) {
    T x = h;
    for (int i = 0; i < 3; ++i) x = std::nextafter(x, T(0));
    for (int i = 0; i < 7; ++i, x = std::nextafter(x, 2 * x)) {
      v.push_back(x);
      v.push_back(-x);
    }
  }
}

// Doubles within a few ULP of k pi/2 for random k up to k_max, and the hardest cases above with
// their neighbours.
std::vector<double> near_half_pi_multiples(size_t n, double k_max, uint32_t seed) {
  std::vector<double> v;
  for (double k : log_uniform<double>(n / 8, 1, k_max, true, seed)) {
    const long double exact = std::nearbyint(static_cast<long double>(k)) * 1.5707963267948966192L;
    double x = static_cast<double>(exact);
    for (int i = 0; i < 4; ++i) x = std::nextafter(x, 0.0);
    for (int i = 0; i < 8; ++i, x = std::nextafter(x, 2 * x)) v.push_back(x);
  }
  add_neighbourhoods(v, kNearestToHalfPiMultiples);
  return v;
}

// sin, cos and tan inputs: every magnitude, [-10, 10], near multiples of pi/2 inside and beyond
// the fast range, and around its end at 2^20.
template <class T>
std::vector<T> periodic_inputs(uint32_t seed) {
  const size_t n = samples(1 << 11);
  const double top = sizeof(T) == 4 ? 3e38 : 1e300;
  std::vector<T> v = concat<T>(
      {log_uniform<T>(n, std::numeric_limits<T>::denorm_min(), top, true, seed),
       uniform<T>(n, -10, 10, seed + 1), uniform<T>(n, 0x1p20 - 4096, 0x1p20 + 4096, seed + 2),
       log_uniform<T>(n, 10, 0x1p20, true, seed + 3)});
  if constexpr (sizeof(T) == 8) {
    const auto near = concat<double>({near_half_pi_multiples(n, 0x1p20 / 1.58, seed + 4),
                                      near_half_pi_multiples(n / 8, 1e12, seed + 5)});
    v.insert(v.end(), near.begin(), near.end());
  } else {
    for (double x : near_half_pi_multiples(n, 0x1p20 / 1.58, seed + 4)) {
      v.push_back(static_cast<float>(x));
    }
    add_neighbourhoods(v, kFloatsNearestToHalfPiMultiples);
  }
  return v;
}

TEST(TrigAccuracy, SinFloat64WithinOneUlpOverTheFastRangeAndBeyond) {
  expect_accuracy(ufunc::sin, Mpfr1(mpfr_sin), periodic_inputs<double>(1), 1.0, "sin f64");
}

TEST(TrigAccuracy, CosFloat64WithinOneUlpOverTheFastRangeAndBeyond) {
  expect_accuracy(ufunc::cos, Mpfr1(mpfr_cos), periodic_inputs<double>(11), 1.0, "cos f64");
}

TEST(TrigAccuracy, TanFloat64WithinOneUlp) {
  expect_accuracy(ufunc::tan, Mpfr1(mpfr_tan), periodic_inputs<double>(21), 1.0, "tan f64");
}

// kernels/trig_f32-inl.h: within 2^-32 before the one rounding to float.
TEST(TrigAccuracy, SinCosTanFloat32RoundCorrectlyButForAHundredthOfAnUlp) {
  expect_accuracy(ufunc::sin, Mpfr1(mpfr_sin), periodic_inputs<float>(31), 0.51, "sin f32");
  expect_accuracy(ufunc::cos, Mpfr1(mpfr_cos), periodic_inputs<float>(32), 0.51, "cos f32");
  expect_accuracy(ufunc::tan, Mpfr1(mpfr_tan), periodic_inputs<float>(33), 0.51, "tan f32");
}

// [-1, 1], tiny magnitudes, near +-1 (where acos and asin go through a square root) and near
// +-1/2 (where the formula switches).
template <class T>
std::vector<T> unit_inputs(uint32_t seed) {
  const size_t n = samples(1 << 9);
  std::vector<T> v =
      concat<T>({uniform<T>(n, -1, 1, seed),
                 log_uniform<T>(n, std::numeric_limits<T>::denorm_min(), 1, true, seed + 1),
                 log_uniform<T>(n, std::numeric_limits<T>::epsilon() / 2, 0.5, false, seed + 2),
                 uniform<T>(n, 0.49, 0.51, seed + 3), uniform<T>(n, -0.51, -0.49, seed + 4)});
  for (size_t i = 2 * n; i < 3 * n; ++i) v[i] = (i & 1 ? T(1) : T(-1)) * (T(1) - v[i]);
  return v;
}

// The bound of the float32 asin, acos, atan and atan2 on float32 lanes
// (kernels/inverse_trig_f32-inl.h): measured 0.66, 0.64, 0.70 and 0.68 ULP over every 11th float
// (atan2: every 23rd y against x = -1.5, 0.7, -3e-5) on every target, 0.02 less with FMA.
constexpr double kInverseF32Ulp = 0.75;

TEST(TrigAccuracy, ArcsinAndArccosWithinOneUlp) {
  const Mpfr1 asin_exact(mpfr_asin), acos_exact(mpfr_acos);
  expect_accuracy(ufunc::arcsin, asin_exact, unit_inputs<double>(41), 1.0, "asin f64");
  expect_accuracy(ufunc::arcsin, asin_exact, unit_inputs<float>(42), kInverseF32Ulp, "asin f32");
  expect_accuracy(ufunc::arccos, acos_exact, unit_inputs<double>(43), 1.0, "acos f64");
  expect_accuracy(ufunc::arccos, acos_exact, unit_inputs<float>(44), kInverseF32Ulp, "acos f32");
}

// `n` consecutive floats from `from` toward `toward` (from included), with their negatives.
std::vector<float> float_run(float from, float toward, size_t n) {
  std::vector<float> v;
  float x = from;
  for (size_t i = 0; i < n; ++i, x = std::nextafter(x, toward)) {
    v.push_back(x);
    v.push_back(-x);
  }
  return v;
}

// Every float near 1 (where the square root argument (1 - |x|)/2 has few bits and acos is about
// 2 sqrt of it), on both sides of 1/2 (where the formula switches and the root's rounding is
// doubled), tiny and subnormal ones, and |x| just above 1 (NaN).
TEST(TrigAccuracy, ArcsinAndArccosFloat32DenseWhereTheyAreHard) {
  const size_t n = samples(1 << 12);
  const auto x = concat<float>(
      {float_run(1.0f, 0.0f, n), float_run(0.5f, 0.0f, n), float_run(0.5f, 1.0f, n),
       float_run(std::nextafter(1.0f, 2.0f), 2.0f, 16), float_run(0x1p-12f, 0.0f, n / 4),
       float_run(std::numeric_limits<float>::min(), 0.0f, 64),
       log_uniform<float>(n, std::numeric_limits<float>::denorm_min(), 0.5, true, 45),
       uniform<float>(4 * n, -1, 1, 46)});
  expect_accuracy(ufunc::arcsin, Mpfr1(mpfr_asin), x, kInverseF32Ulp, "asin f32 dense");
  expect_accuracy(ufunc::arccos, Mpfr1(mpfr_acos), x, kInverseF32Ulp, "acos f32 dense");
}

// Every magnitude, and dense sweeps around 1 and around tan(pi/8), tan(3pi/8) where the
// reduction switches.
template <class T>
std::vector<T> atan_inputs(uint32_t seed) {
  const size_t n = samples(1 << 10);
  const double top = sizeof(T) == 4 ? 3e38 : 1e308;
  return concat<T>({log_uniform<T>(n, std::numeric_limits<T>::denorm_min(), top, true, seed),
                    uniform<T>(n, -3, 3, seed + 1), uniform<T>(n, 0.99, 1.01, seed + 2),
                    uniform<T>(n, 0.41, 0.42, seed + 3), uniform<T>(n, -2.42, -2.41, seed + 4)});
}

TEST(TrigAccuracy, ArctanWithinOneUlp) {
  const Mpfr1 atan_exact(mpfr_atan);
  expect_accuracy(ufunc::arctan, atan_exact, atan_inputs<double>(51), 1.0, "atan f64");
  expect_accuracy(ufunc::arctan, atan_exact, atan_inputs<float>(52), kInverseF32Ulp, "atan f32");
}

// Every float around 1 (where the float32 reduction switches from u = |x| to u = 1/|x| and the
// polynomial's argument is largest), around tan(pi/8) and tan(3pi/8) (where the float64 one
// switches), tiny ones, and around 2^26 and the clamp at 2^30 (where the result reaches pi/2).
TEST(TrigAccuracy, ArctanFloat32DenseWhereItIsHard) {
  const size_t n = samples(1 << 12);
  const auto x = concat<float>(
      {float_run(1.0f, 0.0f, n), float_run(1.0f, 2.0f, n), float_run(0.41421357f, 0.0f, n / 4),
       float_run(0.41421357f, 1.0f, n / 4), float_run(2.4142137f, 0.0f, n / 4),
       float_run(2.4142137f, 4.0f, n / 4), float_run(0x1p26f, 0.0f, 64),
       float_run(0x1p26f, 0x1p27f, 64), float_run(0x1p30f, 0.0f, 64),
       float_run(0x1p30f, 0x1p31f, 64), float_run(0x1p-12f, 0.0f, n / 4),
       uniform<float>(4 * n, -4, 4, 53), log_uniform<float>(4 * n, 1e-3, 1e3, true, 54)});
  expect_accuracy(ufunc::arctan, Mpfr1(mpfr_atan), x, kInverseF32Ulp, "atan f32 dense");
}

// Pairs in all four quadrants: magnitudes over the whole range (tiny and huge ratios), and
// magnitudes within a factor of 3 of each other (the middle of the reduction).
template <class T>
void expect_atan2_accuracy(double max_ulp, uint32_t seed, const char* what) {
  const size_t n = samples(1 << 10);
  const double top = sizeof(T) == 4 ? 3e38 : 1e308;
  const T tiny = std::numeric_limits<T>::denorm_min();
  auto y =
      concat<T>({log_uniform<T>(n, tiny, top, true, seed), log_uniform<T>(n, 1, 3, true, seed + 1),
                 log_uniform<T>(n, 1e-3, 1e3, true, seed + 2)});
  auto x = concat<T>({log_uniform<T>(n, tiny, top, true, seed + 3),
                      log_uniform<T>(n, 1, 3, true, seed + 4),
                      log_uniform<T>(n, 1e-3, 1e3, true, seed + 5)});
  // The same ratios near the ends of the exponent range (for float64: of the vector path, which
  // ends at 2^960 and, for y, 2^-900).
  const T up = T(sizeof(T) == 4 ? 0x1p120 : 0x1p950),
          down = T(sizeof(T) == 4 ? 0x1p-120 : 0x1p-890);
  for (size_t i = n; i < 2 * n; ++i) {
    const T scale = i & 1 ? down : up;
    y.push_back(y[i] * scale);
    x.push_back(x[i] * scale);
  }
  expect_accuracy(ufunc::arctan2, Mpfr2(mpfr_atan2), y, x, max_ulp, what);
}

TEST(TrigAccuracy, Arctan2WithinOneUlpInEveryQuadrant) {
  expect_atan2_accuracy<double>(1.0, 61, "atan2 f64");
  expect_atan2_accuracy<float>(kInverseF32Ulp, 62, "atan2 f32");
}

// float32 pairs at the edges of the fast range of kernels/inverse_trig_f32-inl.h (ratios around
// 2^-30, the larger magnitude around 2^-60 and 2^100), with |y| and |x| within a few ULP of each
// other (where the quotient swaps), ratios near 1 in every quadrant, and zeros against numbers.
TEST(TrigAccuracy, Arctan2Float32DenseAtTheEdgesOfItsFastRange) {
  const size_t n = samples(1 << 11);
  std::vector<float> y, x;
  const auto add = [&](float a, float b) {
    for (float sy : {1.0f, -1.0f}) {
      for (float sx : {1.0f, -1.0f}) {
        y.push_back(sy * a);
        x.push_back(sx * b);
        y.push_back(sy * b);
        x.push_back(sx * a);
      }
    }
  };
  const auto m = log_uniform<float>(n, 0x1p-70, 0x1p110, false, 63);
  const auto r = log_uniform<float>(n, 0x1p-33, 0x1p-27, false, 64);
  const auto near1 = uniform<float>(n, 0.999, 1.001, 65);
  for (size_t i = 0; i < n; ++i) {
    add(m[i] * r[i], m[i]);      // ratios around 2^-30, magnitudes across the range's ends
    add(m[i] * near1[i], m[i]);  // |y| close to |x|
    add(std::nextafter(m[i], 0.0f), m[i]);
    add(0.0f, m[i]);
  }
  for (float e : {0x1p-60f, 0x1p100f}) {
    for (float a : float_run(e, 0.0f, 32)) {
      if (a > 0) add(a * 0.75f, a), add(a * 0x1p-30f, a), add(a * 0x1p-31f, a);
    }
    for (float a : float_run(e, 2 * e, 32)) {
      if (a > 0) add(a * 0.75f, a), add(a * 0x1p-30f, a), add(a * 0x1p-31f, a);
    }
  }
  expect_accuracy(ufunc::arctan2, Mpfr2(mpfr_atan2), y, x, kInverseF32Ulp, "atan2 f32 dense");
}

template <class T>
std::vector<T> special_and(std::initializer_list<T> more) {
  std::vector<T> v = ufunc_test::special_inputs<T>();
  v.insert(v.end(), more);
  for (T x : more) v.push_back(-x);
  return v;
}

TEST(TrigSpecialValues, AreGlibcs) {
  const auto d =
      special_and<double>({1e22, 1e300, 0x1p20, std::nextafter(0x1p20, 0.0), 0x1.921fb54442d18p+0,
                           0x1.921fb54442d18p+1, 0x1.921fb54442d18p-1, 0x1p-26, 0x1p-27, 1e-310,
                           1 - 0x1p-53, 0.5, 1 + 0x1p-52, 1e16, 0x1p1000, 0x1p1023});
  const auto f = special_and<float>({1e22f, 1e38f, 0x1p20f, 1.5707964f, 3.1415927f, 0.7853982f,
                                     0x1p-12f, 1e-40f, 1 - 0x1p-24f, 0.5f, 1 + 0x1p-23f, 1e8f,
                                     0x1p30f, 0x1p31f, 0x1p26f, 0x1p-64f, 0x1p-80f, 2.0f, 4.0f});
  expect_glibc_values(
      ufunc::sin, [](double v) { return std::sin(v); }, d);
  expect_glibc_values(
      ufunc::cos, [](double v) { return std::cos(v); }, d);
  expect_glibc_values(
      ufunc::tan, [](double v) { return std::tan(v); }, d);
  expect_glibc_values(
      ufunc::arcsin, [](double v) { return std::asin(v); }, d);
  expect_glibc_values(
      ufunc::arccos, [](double v) { return std::acos(v); }, d);
  expect_glibc_values(
      ufunc::arctan, [](double v) { return std::atan(v); }, d);
  expect_glibc_values(
      ufunc::sin, [](float v) { return std::sin(v); }, f);
  expect_glibc_values(
      ufunc::cos, [](float v) { return std::cos(v); }, f);
  expect_glibc_values(
      ufunc::tan, [](float v) { return std::tan(v); }, f);
  expect_glibc_values(
      ufunc::arcsin, [](float v) { return std::asin(v); }, f);
  expect_glibc_values(
      ufunc::arccos, [](float v) { return std::acos(v); }, f);
  expect_glibc_values(
      ufunc::arctan, [](float v) { return std::atan(v); }, f);
}

// Every pair of special values: the IEEE table of atan2 (signed zeros, infinities, NaN).
template <class T>
void expect_atan2_table() {
  using L = std::numeric_limits<T>;
  const std::vector<T> s = {T(0),           -T(0),           T(1),
                            -T(1),          T(2.5),          L::max(),
                            -L::max(),      L::denorm_min(), -L::denorm_min(),
                            L::min(),       L::infinity(),   -L::infinity(),
                            L::quiet_NaN(), T(1e-30),        T(3e30),
                            T(0x1p-61),     T(0x1p-60),      T(0x1p100),
                            T(0x1p101),     T(0x1p-31)};
  std::vector<T> y, x;
  for (T a : s) {
    for (T b : s) {
      y.push_back(a);
      x.push_back(b);
    }
  }
  expect_glibc_values(
      ufunc::arctan2, [](T a, T b) { return std::atan2(a, b); }, y, x);
}

TEST(TrigSpecialValues, Arctan2TableIsGlibcs) {
  expect_atan2_table<double>();
  expect_atan2_table<float>();
}

std::vector<ufunc::Target> supported(ufunc::TargetSet among) {
  return ufunc::targets_in(ufunc::sin.compiled_targets() & ufunc::supported_targets() & among);
}

// sin and cos called in a user's lambda (tests/test_kernels.cc) are the built-in ufuncs' lanes.
TEST(TrigLanes, LambdasCallingSinAndCosMatchTheBuiltInsOnEveryTarget) {
  const auto x = periodic_inputs<double>(70);
  const auto xf = periodic_inputs<float>(71);
  for (ufunc::Target t : supported(~ufunc::TargetSet{0})) {
    const auto o = ufunc::Options().target(t);
    const auto s = test_kernels::sin_(x, o), c = test_kernels::cos_(x, o);
    const auto sf = test_kernels::sin_(xf, o), cf = test_kernels::cos_(xf, o);
    const auto bs = ufunc::sin(x, o), bc = ufunc::cos(x, o);
    const auto bsf = ufunc::sin(xf, o), bcf = ufunc::cos(xf, o);
    for (size_t i = 0; i < x.size(); ++i) {
      ASSERT_TRUE(ufunc_test::same_value(s[i], bs[i])) << "sin(" << x[i] << ")";
      ASSERT_TRUE(ufunc_test::same_value(c[i], bc[i])) << "cos(" << x[i] << ")";
    }
    for (size_t i = 0; i < xf.size(); ++i) {
      ASSERT_TRUE(ufunc_test::same_value(sf[i], bsf[i])) << "sin(" << xf[i] << ")";
      ASSERT_TRUE(ufunc_test::same_value(cf[i], bcf[i])) << "cos(" << xf[i] << ")";
    }
  }
}

// The largest difference in ULP between two targets over every function's test inputs.
template <class T>
uint64_t largest_difference(ufunc::Target a, ufunc::Target b, uint32_t seed) {
  const auto periodic = periodic_inputs<T>(seed), unit = unit_inputs<T>(seed + 1);
  const auto any = atan_inputs<T>(seed + 2);
  uint64_t most = 0;
  const auto compare = [&](const auto& u, const std::vector<T>& x) {
    const auto ya = u(x, ufunc::Options().target(a)), yb = u(x, ufunc::Options().target(b));
    for (size_t i = 0; i < x.size(); ++i)
      most = std::max(most, ufunc_test::ulp_distance(ya[i], yb[i]));
  };
  compare(ufunc::sin, periodic);
  compare(ufunc::cos, periodic);
  compare(ufunc::tan, periodic);
  compare(ufunc::arcsin, unit);
  compare(ufunc::arccos, unit);
  compare(ufunc::arctan, any);
  const std::vector<T> other(any.rbegin(), any.rend());
  const auto za = ufunc::arctan2(any, other, ufunc::Options().target(a));
  const auto zb = ufunc::arctan2(any, other, ufunc::Options().target(b));
  for (size_t i = 0; i < any.size(); ++i)
    most = std::max(most, ufunc_test::ulp_distance(za[i], zb[i]));
  return most;
}

constexpr ufunc::TargetSet kFmaTargets = static_cast<ufunc::TargetSet>(ufunc::Target::kAVX3) |
                                         static_cast<ufunc::TargetSet>(ufunc::Target::kAVX2) |
                                         static_cast<ufunc::TargetSet>(ufunc::Target::kNEON);

TEST(TrigCrossTarget, FmaTargetsAgreeBitForBit) {
  const auto fma = supported(kFmaTargets);
  if (fma.size() < 2) GTEST_SKIP() << "needs two FMA targets (AVX2 and AVX-512)";
  EXPECT_EQ(largest_difference<double>(fma[0], fma[1], 80), 0u);
  EXPECT_EQ(largest_difference<float>(fma[0], fma[1], 81), 0u);
}

// Without FMA the polynomials round each product: the last bit may differ, no more.
TEST(TrigCrossTarget, TargetsWithoutFmaDifferByAtMostOneUlp) {
  const auto all = supported(~ufunc::TargetSet{0});
  const auto fma = supported(kFmaTargets);
  if (fma.empty()) GTEST_SKIP() << "no FMA target here";
  for (ufunc::Target t : all) {
    if (std::find(fma.begin(), fma.end(), t) != fma.end()) continue;
    EXPECT_LE(largest_difference<double>(fma[0], t, 90), 1u) << ufunc::target_name(t);
    EXPECT_LE(largest_difference<float>(fma[0], t, 91), 1u) << ufunc::target_name(t);
  }
}

}  // namespace
