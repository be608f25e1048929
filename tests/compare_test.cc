// Tests of kernels/ufuncs_compare.h: comparisons, predicates, logic and where, on every SIMD target
// this CPU supports and as reference. They return the input's element type holding 1 or 0 where
// NumPy returns bool; otherwise NumPy 1.24's results (quoted where they are not obvious).
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

// Special values, both signs of zero, and values that compare equal, less and greater among them.
template <class T>
std::vector<T> values() {
  using L = std::numeric_limits<T>;
  if constexpr (std::is_integral_v<T>) {
    return {0, 1, -1, 2, -2, 5, L::min(), L::min() + 1, L::max(), L::max() - 1};
  } else {
    std::vector<T> v = ufunc_test::special_inputs<T>();
    v.push_back(-L::quiet_NaN());
    return v;
  }
}

// All pairs of values(), repeated so that each pair also lands in the middle of a vector.
template <class T>
std::pair<std::vector<T>, std::vector<T>> all_pairs() {
  std::vector<T> x, y;
  const std::vector<T> v = values<T>();
  for (int repeat = 0; repeat < 3; ++repeat)
    for (T a : v)
      for (T b : v) x.push_back(a), y.push_back(b);
  return {x, y};
}

template <class T>
void check_comparisons() {
  const auto [x, y] = all_pairs<T>();
  expect_exact(
      ufunc::equal, [](T a, T b) { return a == b; }, x, y);
  expect_exact(
      ufunc::not_equal, [](T a, T b) { return a != b; }, x, y);
  expect_exact(
      ufunc::less, [](T a, T b) { return a < b; }, x, y);
  expect_exact(
      ufunc::less_equal, [](T a, T b) { return a <= b; }, x, y);
  expect_exact(
      ufunc::greater, [](T a, T b) { return a > b; }, x, y);
  expect_exact(
      ufunc::greater_equal, [](T a, T b) { return a >= b; }, x, y);
}

TEST(Compare, ComparisonsGiveOneOrZeroOfTheInputsTypeForEveryPairOfSpecialValues) {
  check_comparisons<float>();
  check_comparisons<double>();
  check_comparisons<int32_t>();
  check_comparisons<int64_t>();
}

TEST(Compare, EveryComparisonWithNaNIsFalseExceptNotEqualAndZerosAreEqual) {
  // np.equal(nan, nan) = False, np.not_equal(nan, nan) = True, np.less(nan, 1) = False,
  // np.equal(0.0, -0.0) = True.
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<double> a = {nan, nan, 0.0, 1.0}, b = {nan, 1.0, -0.0, nan};
  EXPECT_EQ(ufunc::equal(a, b), (std::vector<double>{0, 0, 1, 0}));
  EXPECT_EQ(ufunc::not_equal(a, b), (std::vector<double>{1, 1, 0, 1}));
  EXPECT_EQ(ufunc::less(a, b), (std::vector<double>{0, 0, 0, 0}));
  EXPECT_EQ(ufunc::greater_equal(a, b), (std::vector<double>{0, 0, 1, 0}));
}

template <class T>
void check_predicates() {
  const std::vector<T> v = values<T>();
  std::vector<T> x;
  for (int repeat = 0; repeat < 20; ++repeat) x.insert(x.end(), v.begin(), v.end());
  if constexpr (std::is_floating_point_v<T>) {
    expect_exact(
        ufunc::isnan, [](T a) { return std::isnan(a); }, x);
    expect_exact(
        ufunc::isinf, [](T a) { return std::isinf(a); }, x);
    expect_exact(
        ufunc::isfinite, [](T a) { return std::isfinite(a); }, x);
    expect_exact(
        ufunc::signbit, [](T a) { return std::signbit(a); }, x);
  } else {
    // np.isnan(np.int32(5)) = False, np.isfinite(np.int32(5)) = True.
    expect_exact(
        ufunc::isnan, [](T) { return 0; }, x);
    expect_exact(
        ufunc::isinf, [](T) { return 0; }, x);
    expect_exact(
        ufunc::isfinite, [](T) { return 1; }, x);
  }
}

TEST(Compare, PredicatesAreOneOrZeroAndIntegersAreAlwaysFinite) {
  check_predicates<float>();
  check_predicates<double>();
  check_predicates<int32_t>();
  check_predicates<int64_t>();
}

TEST(Compare, SignbitSeesTheSignOfZeroAndOfNaN) {
  // np.signbit([nan, -nan, -0.0]) = [False, True, True].
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(ufunc::signbit(std::vector<double>{nan, -nan, -0.0, 0.0, -1.0}),
            (std::vector<double>{0, 1, 1, 0, 1}));
}

template <class T>
void check_logic() {
  const auto [x, y] = all_pairs<T>();
  expect_exact(
      ufunc::logical_and, [](T a, T b) { return a != 0 && b != 0; }, x, y);
  expect_exact(
      ufunc::logical_or, [](T a, T b) { return a != 0 || b != 0; }, x, y);
  expect_exact(
      ufunc::logical_xor, [](T a, T b) { return (a != 0) != (b != 0); }, x, y);
  expect_exact(
      ufunc::logical_not, [](T a) { return a == 0; }, x);
  std::vector<T> z(x.size());
  for (size_t i = 0; i < z.size(); ++i) z[i] = static_cast<T>(i);
  expect_exact(
      ufunc::where, [](T c, T a, T b) { return c != 0 ? a : b; }, x, y, z);
}

TEST(Compare, LogicTakesEveryNonzeroValueAsTrue) {
  check_logic<float>();
  check_logic<double>();
  check_logic<int32_t>();
  check_logic<int64_t>();
}

TEST(Compare, NaNIsTrueAndNegativeZeroIsFalseLikeNumPy) {
  // np.logical_and(nan, 1.0) = True, np.logical_not(nan) = False, np.logical_not(-0.0) = True,
  // np.where(nan, 1.0, 2.0) = 1.0.
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(ufunc::logical_and(std::vector<double>{nan, -0.0}, 1.0), (std::vector<double>{1, 0}));
  EXPECT_EQ(ufunc::logical_not(std::vector<double>{nan, -0.0}), (std::vector<double>{0, 1}));
  EXPECT_EQ(ufunc::where(std::vector<double>{nan, -0.0}, 1.0, 2.0), (std::vector<double>{1, 2}));
}

TEST(Compare, WhereBroadcastsItsBranches) {
  const std::vector<int32_t> cond = {0, 3, -1, 0, 7};
  EXPECT_EQ(ufunc::where(cond, std::vector<int32_t>{10, 11, 12, 13, 14}, -1),
            (std::vector<int32_t>{-1, 11, 12, -1, 14}));
}

}  // namespace
