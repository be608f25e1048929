// Tests of kernels/ufuncs_arith.h on every SIMD target this CPU supports and as reference: the
// exact functions bit for bit against naive computations with NumPy 1.24's semantics (NumPy's
// outputs quoted where they are not obvious), cbrt and hypot against MPFR.
#include <mpfr.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/ufuncs.h"
#include "tests/accuracy_check.h"

namespace {

using ufunc::Options;
using ufunc_test::expect_exact;
using ufunc_test::runs_of;

// Special values (both NaN signs), values near rounding ties, and random values of every
// magnitude; for integers the edges of the range and random values of every width.
template <class T>
std::vector<T> values(uint32_t seed) {
  using L = std::numeric_limits<T>;
  std::vector<T> v;
  std::mt19937_64 rng(seed);
  if constexpr (std::is_integral_v<T>) {
    v = {0, 1, -1, 2, -2, 3, 46341, -46341, L::min(), L::min() + 1, L::max(), L::max() - 1};
    for (size_t i = 0; i < ufunc_test::samples(500); ++i) {
      v.push_back(static_cast<T>(static_cast<T>(rng()) >> (rng() % (sizeof(T) * 8))));
    }
  } else {
    v = ufunc_test::special_inputs<T>();
    v.push_back(-L::quiet_NaN());
    const T big = T(1) / L::epsilon();  // 2^52 (float: 2^23): the last binade with fractions
    for (T x : {T(0.5), T(1.5), T(2.5), T(-0.4), T(-0.5), T(-2.5), T(0.49999997), big, big - T(0.5),
                big + 1, T(-0.999999)}) {
      v.push_back(x);
      v.push_back(std::nextafter(x, T(0)));
    }
    const std::vector<T> r = ufunc_test::log_uniform<T>(ufunc_test::samples(400), 1e-6,
                                                        sizeof(T) == 4 ? 1e9 : 1e17, true, seed);
    v.insert(v.end(), r.begin(), r.end());
  }
  return v;
}

// All pairs of the first values and of the rest.
template <class T>
std::pair<std::vector<T>, std::vector<T>> pairs(uint32_t seed) {
  const std::vector<T> v = values<T>(seed);
  std::vector<T> x, y;
  const size_t n = std::min<size_t>(v.size(), 60);
  for (size_t i = 0; i < n; ++i)
    for (size_t j = 0; j < n; ++j) x.push_back(v[i]), y.push_back(v[j]);
  const std::vector<T> w = values<T>(seed + 1);
  x.insert(x.end(), v.begin(), v.end());
  y.insert(y.end(), w.begin(), w.begin() + v.size());
  return {x, y};
}

template <class T>
void check_integer_arithmetic() {
  using U = std::make_unsigned_t<T>;
  const auto [x, y] = pairs<T>(1);
  expect_exact(
      ufunc::add, [](T a, T b) { return static_cast<T>(U(a) + U(b)); }, x, y);
  expect_exact(
      ufunc::subtract, [](T a, T b) { return static_cast<T>(U(a) - U(b)); }, x, y);
  expect_exact(
      ufunc::multiply, [](T a, T b) { return static_cast<T>(U(a) * U(b)); }, x, y);
  expect_exact(
      ufunc::negative, [](T a) { return static_cast<T>(U(0) - U(a)); }, x);
  expect_exact(
      ufunc::positive, [](T a) { return a; }, x);
  expect_exact(
      ufunc::absolute, [](T a) { return a < 0 ? static_cast<T>(U(0) - U(a)) : a; }, x);
  expect_exact(
      ufunc::square, [](T a) { return static_cast<T>(U(a) * U(a)); }, x);
  expect_exact(
      ufunc::sign, [](T a) { return a > 0   ? 1
                                    : a < 0 ? -1
                                            : 0; }, x);
  expect_exact(
      ufunc::minimum, [](T a, T b) { return a < b ? a : b; }, x, y);
  expect_exact(
      ufunc::maximum, [](T a, T b) { return a > b ? a : b; }, x, y);
  expect_exact(
      ufunc::fmin, [](T a, T b) { return a < b ? a : b; }, x, y);
  expect_exact(
      ufunc::fmax, [](T a, T b) { return a > b ? a : b; }, x, y);
}

TEST(Arith, IntegerArithmeticWrapsAroundLikeNumPy) {
  // np.absolute(np.int32(-2**31)) = np.negative(np.int32(-2**31)) = -2147483648,
  // np.square(np.int32(2**31 - 1)) = 1, np.sign(np.int32(-2**31)) = -1.
  check_integer_arithmetic<int32_t>();
  check_integer_arithmetic<int64_t>();
}

template <class T>
void check_float_arithmetic() {
  const auto [x, y] = pairs<T>(2);
  expect_exact(
      ufunc::add, [](T a, T b) { return a + b; }, x, y);
  expect_exact(
      ufunc::subtract, [](T a, T b) { return a - b; }, x, y);
  expect_exact(
      ufunc::multiply, [](T a, T b) { return a * b; }, x, y);
  expect_exact(
      ufunc::divide, [](T a, T b) { return a / b; }, x, y);
  expect_exact(
      ufunc::copysign, [](T a, T b) { return std::copysign(a, b); }, x, y);
  expect_exact(
      ufunc::muladd, [](T a, T b, T c) { return std::fma(a, b, c); }, x, y, x);
  expect_exact(
      ufunc::negative, [](T a) { return -a; }, x);
  expect_exact(
      ufunc::positive, [](T a) { return a; }, x);
  expect_exact(
      ufunc::absolute, [](T a) { return std::fabs(a); }, x);
  expect_exact(
      ufunc::square, [](T a) { return a * a; }, x);
  expect_exact(
      ufunc::reciprocal, [](T a) { return T(1) / a; }, x);
  expect_exact(
      ufunc::sqrt, [](T a) { return std::sqrt(a); }, x);
}

TEST(Arith, FloatArithmeticIsTheIeeeOperationOnEveryTarget) {
  check_float_arithmetic<float>();
  check_float_arithmetic<double>();
}

template <class T>
void check_rounding() {
  const std::vector<T> x = values<T>(3);
  expect_exact(
      ufunc::floor, [](T a) { return std::floor(a); }, x);
  expect_exact(
      ufunc::ceil, [](T a) { return std::ceil(a); }, x);
  expect_exact(
      ufunc::trunc, [](T a) { return std::trunc(a); }, x);
  expect_exact(
      ufunc::rint, [](T a) { return std::nearbyint(a); }, x);
}

TEST(Arith, RoundingFunctionsKeepTheSignOfZeroAndRintRoundsHalfToEven) {
  // np.rint([0.5, 1.5, 2.5, -0.5, -0.4]) = [0., 2., 2., -0., -0.].
  check_rounding<float>();
  check_rounding<double>();
}

template <class T>
void check_min_max() {
  const auto [x, y] = pairs<T>(4);
  // NumPy: the first NaN; otherwise a < b ? a : b (np.minimum(0.0, -0.0) = -0.0,
  // np.minimum(-0.0, 0.0) = 0.0; np.maximum(-nan, nan) keeps the first's sign bit).
  const auto minimum = [](T a, T b) { return std::isnan(a) ? a : (a < b ? a : b); };
  const auto maximum = [](T a, T b) { return std::isnan(a) ? a : (a > b ? a : b); };
  expect_exact(ufunc::minimum, minimum, x, y);
  expect_exact(ufunc::maximum, maximum, x, y);
  // NumPy: a NaN is ignored, both NaN give the first (np.fmin(1.0, nan) = 1.0); equal arguments
  // give the second (np.fmin(0.0, -0.0) = -0.0, np.fmax(-0.0, 0.0) = 0.0).
  expect_exact(
      ufunc::fmin, [](T a, T b) { return std::isnan(b)   ? a
                                         : std::isnan(a) ? b
                                         : a < b         ? a
                                                         : b; },
      x, y);
  expect_exact(
      ufunc::fmax, [](T a, T b) { return std::isnan(b)   ? a
                                         : std::isnan(a) ? b
                                         : a > b         ? a
                                                         : b; },
      x, y);
  // np.clip(x, lo, hi) = minimum(maximum(x, lo), hi): np.clip([2.0], [nan], [3.0]) = [nan],
  // np.clip([2.0], [3.0], [1.0]) = [1.0], np.clip([0.0], [-0.0], [1.0]) = [-0.0].
  std::vector<T> hi(x.size());
  for (size_t i = 0; i < hi.size(); ++i) hi[i] = y[(i * 7 + 3) % y.size()];
  expect_exact(
      ufunc::clip, [&](T a, T lo, T h) { return minimum(maximum(a, lo), h); }, x, y, hi);
}

TEST(Arith, MinimumMaximumPropagateNaNFminFmaxIgnoreItAndClipComposesThem) {
  check_min_max<float>();
  check_min_max<double>();
}

TEST(Arith, IntegerClipTakesHiWhenTheBoundsCross) {
  // np.clip(np.array([5, -5, 1], np.int32), 3, 1) = [1, 1, 1].
  for (const auto& [name, options] : runs_of(ufunc::clip)) {
    EXPECT_EQ(ufunc::clip(std::vector<int32_t>{5, -5, 1, 2}, 3, 1, options),
              (std::vector<int32_t>{1, 1, 1, 1}))
        << name;
    EXPECT_EQ(ufunc::clip(std::vector<int64_t>{5, -5, 1, 2}, int64_t{0}, int64_t{3}, options),
              (std::vector<int64_t>{3, 0, 1, 2}))
        << name;
  }
}

template <class T>
void check_sign() {
  // np.sign([-0.0, nan, -inf]) = [0.0, nan, -1.0]; the zero is +0.0, the NaN keeps its sign bit.
  const std::vector<T> x = values<T>(5);
  expect_exact(
      ufunc::sign, [](T a) { return a > 0    ? T(1)
                                    : a < 0  ? T(-1)
                                    : a == 0 ? T(0)
                                             : a; }, x);
}

TEST(Arith, SignOfNegativeZeroIsPositiveZeroAndOfNaNIsNaN) {
  check_sign<float>();
  check_sign<double>();
}

TEST(Arith, ReductionsStartFromTheIdentities) {
  const std::vector<double> none;
  EXPECT_EQ(ufunc::add.reduce(none)(), 0.0);
  EXPECT_EQ(ufunc::multiply.reduce(none)(), 1.0);
  EXPECT_EQ(ufunc::maximum.reduce(none)(), -std::numeric_limits<double>::infinity());
  EXPECT_EQ(ufunc::minimum.reduce(none)(), std::numeric_limits<double>::infinity());
  EXPECT_EQ(ufunc::fmax.reduce(none)(), -std::numeric_limits<double>::infinity());
  EXPECT_EQ(ufunc::fmin.reduce(none)(), std::numeric_limits<double>::infinity());
  EXPECT_EQ(ufunc::maximum.reduce(std::vector<int32_t>{})(), std::numeric_limits<int32_t>::min());
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<double> v = {3, nan, -1, 7, 2, 5, 1, 0, 4};
  EXPECT_TRUE(std::isnan(ufunc::maximum.reduce(v)()));  // np.maximum.reduce: nan
  EXPECT_EQ(ufunc::fmax.reduce(v)(), 7.0);              // np.fmax.reduce: 7.0
  EXPECT_EQ(ufunc::fmin.reduce(v)(), -1.0);
  EXPECT_EQ(ufunc::add.reduce(std::vector<int32_t>{std::numeric_limits<int32_t>::max(), 1})(),
            std::numeric_limits<int32_t>::min());  // wraps
}

// --- cbrt and hypot, against MPFR ------------------------------------------------------------

template <class T>
std::vector<T> whole_range(uint32_t seed) {
  using L = std::numeric_limits<T>;
  const size_t n = ufunc_test::samples(3000);
  std::vector<T> x = ufunc_test::log_uniform<T>(n, L::min(), L::max(), true, seed);
  const std::vector<T> sub =
      ufunc_test::log_uniform<T>(n / 4, L::denorm_min(), L::min(), true, seed + 1);
  x.insert(x.end(), sub.begin(), sub.end());
  const std::vector<T> mid = ufunc_test::log_uniform<T>(n, 0.5, 8, true, seed + 2);
  x.insert(x.end(), mid.begin(), mid.end());
  return x;
}

TEST(ArithAccuracy, CbrtIsWithinOneUlpOverTheWholeRange) {
  const ufunc_test::Mpfr1 exact(mpfr_cbrt);
  const double f =
      ufunc_test::expect_accuracy(ufunc::cbrt, exact, whole_range<float>(1), 1.0, "cbrt float");
  const double d =
      ufunc_test::expect_accuracy(ufunc::cbrt, exact, whole_range<double>(2), 1.0, "cbrt double");
  RecordProperty("worst_ulp_float", std::to_string(f));
  RecordProperty("worst_ulp_double", std::to_string(d));
}

// Consecutive values on both sides of 2^k for every k (both signs; where the exponent's residue
// mod 3 changes, so does the scale of the reduced argument), of 1 (the ends of the polynomial's
// interval) and of perfect cubes, and around the smallest normal and subnormal numbers.
template <class T>
std::vector<T> cbrt_hard_inputs() {
  using L = std::numeric_limits<T>;
  std::vector<T> x;
  const auto run = [&](T from, T toward, int n) {
    for (int i = 0; i < n; ++i, from = std::nextafter(from, toward)) {
      x.push_back(from);
      x.push_back(-from);
    }
  };
  const int n = static_cast<int>(ufunc_test::samples(64)) / 8;
  for (int e = L::min_exponent - L::digits; e < L::max_exponent; ++e) {
    const T p = std::ldexp(T(1), e - 1);
    run(p, T(0), n);
    run(p, L::infinity(), n);
  }
  for (T c : {T(8), T(27), T(64), T(125), T(1000), T(1) / 8, T(3375)}) {
    run(c, T(0), 4 * n);
    run(c, L::infinity(), 4 * n);
  }
  run(L::min(), T(0), 16 * n);
  run(L::denorm_min(), T(1), 16 * n);
  run(L::max(), T(0), n);
  return x;
}

// The last Newton step, with an exact residual, leaves only the final rounding
// (kernels/arith-inl.h; measured 0.5005 ULP for float32 over every 257th float, 0.50 for float64).
TEST(ArithAccuracy, CbrtIsCorrectlyRoundedButForAThousandthOfAnUlpNearPowersOfTwoAndSubnormals) {
  const ufunc_test::Mpfr1 exact(mpfr_cbrt);
  ufunc_test::expect_accuracy(ufunc::cbrt, exact, cbrt_hard_inputs<double>(), 0.501, "cbrt f64");
  ufunc_test::expect_accuracy(ufunc::cbrt, exact, whole_range<double>(3), 0.501, "cbrt f64");
  ufunc_test::expect_accuracy(ufunc::cbrt, exact, cbrt_hard_inputs<float>(), 0.501, "cbrt f32");
  ufunc_test::expect_accuracy(ufunc::cbrt, exact, whole_range<float>(4), 0.501, "cbrt f32");
}

template <class T>
void check_cbrt_values() {
  // np.cbrt(-8.0) = -2.0, np.cbrt(-0.0) = -0.0; glibc's cbrtf(-27) = -2.9999998 (NumPy too), one
  // ULP off: ours gives the exact -3.
  std::vector<T> x = {T(-8), T(27), T(-27), T(1e-3), T(0.125), T(1) / 3};
  const std::vector<T> s = ufunc_test::special_inputs<T>();
  x.insert(x.end(), s.begin(), s.end());
  for (const auto& [name, options] : runs_of(ufunc::cbrt)) {
    const std::vector<T> y = ufunc::cbrt(x, options);
    if (name != "reference") {  // the reference is glibc's cbrt
      EXPECT_EQ(y[0], T(-2)) << name;
      EXPECT_EQ(y[1], T(3)) << name;
      EXPECT_EQ(y[2], T(-3)) << name;
    }
    for (size_t i = 0; i < x.size(); ++i) {
      if (x[i] == 0 || !std::isfinite(x[i])) {
        EXPECT_TRUE(ufunc_test::same_value(y[i], x[i])) << name << " cbrt(" << x[i] << ")";
      }
    }
  }
}

TEST(ArithAccuracy, CbrtOfZerosInfinitiesAndNaNIsItsArgumentAndCubesAreExact) {
  check_cbrt_values<float>();
  check_cbrt_values<double>();
}

template <class T>
void check_hypot_accuracy() {
  using L = std::numeric_limits<T>;
  const ufunc_test::Mpfr2 exact(mpfr_hypot);
  const size_t n = ufunc_test::samples(3000);
  // Independent magnitudes over the whole range (wildly different), then close ones.
  std::vector<T> x = ufunc_test::log_uniform<T>(n, L::denorm_min(), L::max(), true, 5);
  std::vector<T> y = ufunc_test::log_uniform<T>(n, L::denorm_min(), L::max(), true, 6);
  const std::vector<T> u = ufunc_test::log_uniform<T>(n, 0.25, 4, true, 7);
  const std::vector<T> e = ufunc_test::log_uniform<T>(n, L::denorm_min(), L::max(), false, 8);
  for (size_t i = 0; i < n; ++i) {
    x.push_back(e[i]);
    y.push_back(static_cast<T>(e[i] * u[i]));
  }
  // Around the overflow threshold and in the subnormal range.
  for (T s : {L::max() / 2, L::max() / T(1.5), L::max(), L::min(), L::denorm_min() * 3}) {
    for (T f : {T(1), T(0.75), T(0.5), T(1e-10)}) x.push_back(s), y.push_back(s * f);
  }
  const double worst = ufunc_test::expect_accuracy(ufunc::hypot, exact, x, y, 0.5001, "hypot");
  ::testing::Test::RecordProperty(sizeof(T) == 4 ? "worst_ulp_float" : "worst_ulp_double",
                                  std::to_string(worst));
}

TEST(ArithAccuracy, HypotIsWithinHalfAnUlpAtAnyMagnitudesWithoutOverflow) {
  check_hypot_accuracy<float>();
  check_hypot_accuracy<double>();
}

template <class T>
void check_hypot_values() {
  // C and NumPy: np.hypot(inf, nan) = np.hypot(nan, -inf) = inf, np.hypot(nan, 1.0) = nan.
  using L = std::numeric_limits<T>;
  const std::vector<T> s = ufunc_test::special_inputs<T>();
  std::vector<T> x, y;
  for (T a : s)
    for (T b : s) x.push_back(a), y.push_back(b);
  x.insert(x.end(), {T(3), -L::infinity(), T(0)});
  y.insert(y.end(), {T(4), -L::quiet_NaN(), -T(0)});
  const std::vector<T> h = ufunc::hypot(x, y);
  for (const auto& [name, options] : runs_of(ufunc::hypot)) {
    const std::vector<T> h = ufunc::hypot(x, y, options);
    for (size_t i = 0; i < x.size(); ++i) {
      const T want = std::hypot(x[i], y[i]);
      if (std::isnan(want) || std::isinf(want) || want == 0 || x[i] == 0 || y[i] == 0 ||
          want == std::trunc(want)) {
        EXPECT_TRUE(ufunc_test::same_value(h[i], want))
            << name << " hypot(" << x[i] << ", " << y[i] << ") = " << h[i] << ", glibc " << want;
      }
    }
  }
}

TEST(ArithAccuracy, HypotOfInfinityIsInfinityEvenWithNaNAndExactCasesAreExact) {
  check_hypot_values<float>();
  check_hypot_values<double>();
}

}  // namespace
