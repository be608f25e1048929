// Tests of kernels/ufuncs_integer.h: bitwise functions, shifts, floor_divide and remainder, on
// every SIMD target this CPU supports and as reference, against naive computations with NumPy
// 1.24's semantics (outputs of NumPy quoted where they are not obvious).
#include <mpfr.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/ufuncs.h"
#include "tests/accuracy_check.h"

namespace {

using ufunc::Options;
using ufunc_test::expect_exact;
using ufunc_test::runs_of;

template <class T>
std::vector<T> edge_integers() {
  using L = std::numeric_limits<T>;
  return {0,
          1,
          -1,
          2,
          -2,
          3,
          -3,
          7,
          -7,
          31,
          32,
          33,
          63,
          64,
          65,
          -32,
          -64,
          L::min(),
          L::min() + 1,
          L::max(),
          L::max() - 1,
          L::min() / 2,
          L::max() / 3};
}

// All pairs of edge values, then random pairs of mixed magnitudes (small divisors often).
template <class T>
std::pair<std::vector<T>, std::vector<T>> integer_pairs(uint32_t seed) {
  std::vector<T> x, y;
  const std::vector<T> e = edge_integers<T>();
  for (T a : e)
    for (T b : e) x.push_back(a), y.push_back(b);
  std::mt19937_64 rng(seed);
  for (size_t i = 0; i < ufunc_test::samples(3000); ++i) {
    const int bits_x = 1 + static_cast<int>(rng() % (sizeof(T) * 8 - 1));
    const int bits_y = 1 + static_cast<int>(rng() % (sizeof(T) * 8 - 1));
    x.push_back(static_cast<T>(static_cast<T>(rng()) >> (sizeof(T) * 8 - bits_x)));
    y.push_back(static_cast<T>(static_cast<T>(rng()) >> (sizeof(T) * 8 - bits_y)));
  }
  return {x, y};
}

// Floor division in a wider type, then wrapped back (INT_MIN // -1 = 2^31 wraps to INT_MIN).
template <class T>
T naive_floor_divide(T a, T b) {
  using W = std::conditional_t<sizeof(T) == 4, int64_t, __int128>;
  if (b == 0) return 0;
  W q = W(a) / W(b);
  if (q * W(b) != W(a) && ((a < 0) != (b < 0))) --q;
  return static_cast<T>(q);
}
template <class T>
T naive_remainder(T a, T b) {
  using W = std::conditional_t<sizeof(T) == 4, int64_t, __int128>;
  if (b == 0) return 0;
  return static_cast<T>(W(a) - W(naive_floor_divide(a, b)) * W(b));
}

template <class T>
void check_integer_division() {
  const auto [x, y] = integer_pairs<T>(42);
  expect_exact(ufunc::floor_divide, naive_floor_divide<T>, x, y);
  expect_exact(ufunc::remainder, naive_remainder<T>, x, y);
}

TEST(IntegerDivision, FloorDivideAndRemainderMatchNaiveFloorDivisionOnEdgesAndRandomPairs) {
  check_integer_division<int32_t>();
  check_integer_division<int64_t>();
}

TEST(IntegerDivision, FloorDivideRoundsTowardMinusInfinityAndRemainderHasTheDivisorsSign) {
  // np.floor_divide([7, -7, 7, -7], [2, 2, -2, -2]) = [3, -4, -4, 3]; remainder: [1, 1, -1, -1].
  const std::vector<int32_t> a = {7, -7, 7, -7}, b = {2, 2, -2, -2};
  EXPECT_EQ(ufunc::floor_divide(a, b), (std::vector<int32_t>{3, -4, -4, 3}));
  EXPECT_EQ(ufunc::remainder(a, b), (std::vector<int32_t>{1, 1, -1, -1}));
}

TEST(IntegerDivision, FloorDivideByZeroGivesZeroLikeNumPy) {
  // np.floor_divide(np.int32(7), np.int32(0)) = 0 and np.remainder(np.int32(7), np.int32(0)) = 0
  // (NumPy warns "divide by zero"; we do not).
  for (const auto& [name, options] : runs_of(ufunc::floor_divide)) {
    SCOPED_TRACE(name);
    const std::vector<int32_t> a = {7, -7, 0, std::numeric_limits<int32_t>::min()};
    const std::vector<int32_t> zero(a.size(), 0);
    EXPECT_EQ(ufunc::floor_divide(a, zero, options), zero);
    EXPECT_EQ(ufunc::remainder(a, zero, options), zero);
    const std::vector<int64_t> a64 = {7, -7, 0, std::numeric_limits<int64_t>::min()};
    const std::vector<int64_t> zero64(a.size(), 0);
    EXPECT_EQ(ufunc::floor_divide(a64, zero64, options), zero64);
    EXPECT_EQ(ufunc::remainder(a64, zero64, options), zero64);
  }
}

TEST(IntegerDivision, MinDividedByMinusOneWrapsToMinLikeNumPy) {
  // np.floor_divide(np.int32(-2**31), np.int32(-1)) = -2147483648, remainder 0 (NumPy warns).
  for (const auto& [name, options] : runs_of(ufunc::floor_divide)) {
    SCOPED_TRACE(name);
    constexpr int32_t kMin = std::numeric_limits<int32_t>::min();
    EXPECT_EQ(ufunc::floor_divide(std::vector<int32_t>(9, kMin), -1, options),
              std::vector<int32_t>(9, kMin));
    EXPECT_EQ(ufunc::remainder(std::vector<int32_t>(9, kMin), -1, options),
              std::vector<int32_t>(9, 0));
    constexpr int64_t kMin64 = std::numeric_limits<int64_t>::min();
    EXPECT_EQ(ufunc::floor_divide(std::vector<int64_t>(9, kMin64), int64_t{-1}, options),
              std::vector<int64_t>(9, kMin64));
    EXPECT_EQ(ufunc::remainder(std::vector<int64_t>(9, kMin64), int64_t{-1}, options),
              std::vector<int64_t>(9, 0));
  }
}

// NumPy 1.24's outputs (np.floor_divide and np.remainder on float64 arrays) for all pairs of
// special values: {a, b, a // b, a % b}.
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNumPyFloat64[][4] = {
    {0x0.0p+0, 0x0.0p+0, kNaN, kNaN},
    {0x0.0p+0, -0x0.0p+0, kNaN, kNaN},
    {0x0.0p+0, 0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0},
    {0x0.0p+0, -0x1.0000000000000p+0, -0x0.0p+0, -0x0.0p+0},
    {0x0.0p+0, 0x1.0000000000000p-1, 0x0.0p+0, 0x0.0p+0},
    {0x0.0p+0, -0x1.8000000000000p+1, -0x0.0p+0, -0x0.0p+0},
    {0x0.0p+0, 0x1.c000000000000p+2, 0x0.0p+0, 0x0.0p+0},
    {0x0.0p+0, 0x1.7e43c8800759cp+996, 0x0.0p+0, 0x0.0p+0},
    {0x0.0p+0, -0x1.56e1fc2f8f359p-997, -0x0.0p+0, -0x0.0p+0},
    {0x0.0p+0, 0x0.0000000000001p-1022, 0x0.0p+0, 0x0.0p+0},
    {0x0.0p+0, kInf, 0x0.0p+0, 0x0.0p+0},
    {0x0.0p+0, -kInf, -0x0.0p+0, -0x0.0p+0},
    {0x0.0p+0, kNaN, kNaN, kNaN},
    {-0x0.0p+0, 0x0.0p+0, kNaN, kNaN},
    {-0x0.0p+0, -0x0.0p+0, kNaN, kNaN},
    {-0x0.0p+0, 0x1.0000000000000p+0, -0x0.0p+0, 0x0.0p+0},
    {-0x0.0p+0, -0x1.0000000000000p+0, 0x0.0p+0, -0x0.0p+0},
    {-0x0.0p+0, 0x1.0000000000000p-1, -0x0.0p+0, 0x0.0p+0},
    {-0x0.0p+0, -0x1.8000000000000p+1, 0x0.0p+0, -0x0.0p+0},
    {-0x0.0p+0, 0x1.c000000000000p+2, -0x0.0p+0, 0x0.0p+0},
    {-0x0.0p+0, 0x1.7e43c8800759cp+996, -0x0.0p+0, 0x0.0p+0},
    {-0x0.0p+0, -0x1.56e1fc2f8f359p-997, 0x0.0p+0, -0x0.0p+0},
    {-0x0.0p+0, 0x0.0000000000001p-1022, -0x0.0p+0, 0x0.0p+0},
    {-0x0.0p+0, kInf, -0x0.0p+0, 0x0.0p+0},
    {-0x0.0p+0, -kInf, 0x0.0p+0, -0x0.0p+0},
    {-0x0.0p+0, kNaN, kNaN, kNaN},
    {0x1.0000000000000p+0, 0x0.0p+0, kInf, kNaN},
    {0x1.0000000000000p+0, -0x0.0p+0, -kInf, kNaN},
    {0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x0.0p+0},
    {0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x0.0p+0},
    {0x1.0000000000000p+0, 0x1.0000000000000p-1, 0x1.0000000000000p+1, 0x0.0p+0},
    {0x1.0000000000000p+0, -0x1.8000000000000p+1, -0x1.0000000000000p+0, -0x1.0000000000000p+1},
    {0x1.0000000000000p+0, 0x1.c000000000000p+2, 0x0.0p+0, 0x1.0000000000000p+0},
    {0x1.0000000000000p+0, 0x1.7e43c8800759cp+996, 0x0.0p+0, 0x1.0000000000000p+0},
    {0x1.0000000000000p+0, -0x1.56e1fc2f8f359p-997, -0x1.7e43c8800759bp+996,
     -0x1.1c67849b54798p-1000},
    {0x1.0000000000000p+0, 0x0.0000000000001p-1022, kInf, 0x0.0p+0},
    {0x1.0000000000000p+0, kInf, 0x0.0p+0, 0x1.0000000000000p+0},
    {0x1.0000000000000p+0, -kInf, -0x1.0000000000000p+0, -kInf},
    {0x1.0000000000000p+0, kNaN, kNaN, kNaN},
    {-0x1.0000000000000p+0, 0x0.0p+0, -kInf, kNaN},
    {-0x1.0000000000000p+0, -0x0.0p+0, kInf, kNaN},
    {-0x1.0000000000000p+0, 0x1.0000000000000p+0, -0x1.0000000000000p+0, 0x0.0p+0},
    {-0x1.0000000000000p+0, -0x1.0000000000000p+0, 0x1.0000000000000p+0, -0x0.0p+0},
    {-0x1.0000000000000p+0, 0x1.0000000000000p-1, -0x1.0000000000000p+1, 0x0.0p+0},
    {-0x1.0000000000000p+0, -0x1.8000000000000p+1, 0x0.0p+0, -0x1.0000000000000p+0},
    {-0x1.0000000000000p+0, 0x1.c000000000000p+2, -0x1.0000000000000p+0, 0x1.8000000000000p+2},
    {-0x1.0000000000000p+0, 0x1.7e43c8800759cp+996, -0x1.0000000000000p+0, 0x1.7e43c8800759cp+996},
    {-0x1.0000000000000p+0, -0x1.56e1fc2f8f359p-997, 0x1.7e43c8800759bp+996,
     -0x1.33550b9c24a66p-997},
    {-0x1.0000000000000p+0, 0x0.0000000000001p-1022, -kInf, 0x0.0p+0},
    {-0x1.0000000000000p+0, kInf, -0x1.0000000000000p+0, kInf},
    {-0x1.0000000000000p+0, -kInf, 0x0.0p+0, -0x1.0000000000000p+0},
    {-0x1.0000000000000p+0, kNaN, kNaN, kNaN},
    {0x1.0000000000000p-1, 0x0.0p+0, kInf, kNaN},
    {0x1.0000000000000p-1, -0x0.0p+0, -kInf, kNaN},
    {0x1.0000000000000p-1, 0x1.0000000000000p+0, 0x0.0p+0, 0x1.0000000000000p-1},
    {0x1.0000000000000p-1, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p-1},
    {0x1.0000000000000p-1, 0x1.0000000000000p-1, 0x1.0000000000000p+0, 0x0.0p+0},
    {0x1.0000000000000p-1, -0x1.8000000000000p+1, -0x1.0000000000000p+0, -0x1.4000000000000p+1},
    {0x1.0000000000000p-1, 0x1.c000000000000p+2, 0x0.0p+0, 0x1.0000000000000p-1},
    {0x1.0000000000000p-1, 0x1.7e43c8800759cp+996, 0x0.0p+0, 0x1.0000000000000p-1},
    {0x1.0000000000000p-1, -0x1.56e1fc2f8f359p-997, -0x1.7e43c8800759bp+995,
     -0x1.7a6eecc2f9c4cp-998},
    {0x1.0000000000000p-1, 0x0.0000000000001p-1022, kInf, 0x0.0p+0},
    {0x1.0000000000000p-1, kInf, 0x0.0p+0, 0x1.0000000000000p-1},
    {0x1.0000000000000p-1, -kInf, -0x1.0000000000000p+0, -kInf},
    {0x1.0000000000000p-1, kNaN, kNaN, kNaN},
    {-0x1.8000000000000p+1, 0x0.0p+0, -kInf, kNaN},
    {-0x1.8000000000000p+1, -0x0.0p+0, kInf, kNaN},
    {-0x1.8000000000000p+1, 0x1.0000000000000p+0, -0x1.8000000000000p+1, 0x0.0p+0},
    {-0x1.8000000000000p+1, -0x1.0000000000000p+0, 0x1.8000000000000p+1, -0x0.0p+0},
    {-0x1.8000000000000p+1, 0x1.0000000000000p-1, -0x1.8000000000000p+2, 0x0.0p+0},
    {-0x1.8000000000000p+1, -0x1.8000000000000p+1, 0x1.0000000000000p+0, -0x0.0p+0},
    {-0x1.8000000000000p+1, 0x1.c000000000000p+2, -0x1.0000000000000p+0, 0x1.0000000000000p+2},
    {-0x1.8000000000000p+1, 0x1.7e43c8800759cp+996, -0x1.0000000000000p+0, 0x1.7e43c8800759cp+996},
    {-0x1.8000000000000p+1, -0x1.56e1fc2f8f359p-997, 0x1.1eb2d66005835p+998,
     -0x1.d87654ea9f100p-998},
    {-0x1.8000000000000p+1, 0x0.0000000000001p-1022, -kInf, 0x0.0p+0},
    {-0x1.8000000000000p+1, kInf, -0x1.0000000000000p+0, kInf},
    {-0x1.8000000000000p+1, -kInf, 0x0.0p+0, -0x1.8000000000000p+1},
    {-0x1.8000000000000p+1, kNaN, kNaN, kNaN},
    {0x1.c000000000000p+2, 0x0.0p+0, kInf, kNaN},
    {0x1.c000000000000p+2, -0x0.0p+0, -kInf, kNaN},
    {0x1.c000000000000p+2, 0x1.0000000000000p+0, 0x1.c000000000000p+2, 0x0.0p+0},
    {0x1.c000000000000p+2, -0x1.0000000000000p+0, -0x1.c000000000000p+2, -0x0.0p+0},
    {0x1.c000000000000p+2, 0x1.0000000000000p-1, 0x1.c000000000000p+3, 0x0.0p+0},
    {0x1.c000000000000p+2, -0x1.8000000000000p+1, -0x1.8000000000000p+1, -0x1.0000000000000p+1},
    {0x1.c000000000000p+2, 0x1.c000000000000p+2, 0x1.0000000000000p+0, 0x0.0p+0},
    {0x1.c000000000000p+2, 0x1.7e43c8800759cp+996, 0x0.0p+0, 0x1.c000000000000p+2},
    {0x1.c000000000000p+2, -0x1.56e1fc2f8f359p-997, -0x1.4e7b4f70066e8p+999,
     -0x1.f1b5280fd3d4ap-998},
    {0x1.c000000000000p+2, 0x0.0000000000001p-1022, kInf, 0x0.0p+0},
    {0x1.c000000000000p+2, kInf, 0x0.0p+0, 0x1.c000000000000p+2},
    {0x1.c000000000000p+2, -kInf, -0x1.0000000000000p+0, -kInf},
    {0x1.c000000000000p+2, kNaN, kNaN, kNaN},
    {0x1.7e43c8800759cp+996, 0x0.0p+0, kInf, kNaN},
    {0x1.7e43c8800759cp+996, -0x0.0p+0, -kInf, kNaN},
    {0x1.7e43c8800759cp+996, 0x1.0000000000000p+0, 0x1.7e43c8800759cp+996, 0x0.0p+0},
    {0x1.7e43c8800759cp+996, -0x1.0000000000000p+0, -0x1.7e43c8800759cp+996, -0x0.0p+0},
    {0x1.7e43c8800759cp+996, 0x1.0000000000000p-1, 0x1.7e43c8800759cp+997, 0x0.0p+0},
    {0x1.7e43c8800759cp+996, -0x1.8000000000000p+1, -0x1.fdafb60009cd0p+994, -0x0.0p+0},
    {0x1.7e43c8800759cp+996, 0x1.c000000000000p+2, 0x1.b4dfc092518b2p+993, 0x1.0000000000000p+0},
    {0x1.7e43c8800759cp+996, 0x1.7e43c8800759cp+996, 0x1.0000000000000p+0, 0x0.0p+0},
    {0x1.7e43c8800759cp+996, -0x1.56e1fc2f8f359p-997, -kInf, -0x1.5e51cdefa4716p-998},
    {0x1.7e43c8800759cp+996, 0x0.0000000000001p-1022, kInf, 0x0.0p+0},
    {0x1.7e43c8800759cp+996, kInf, 0x0.0p+0, 0x1.7e43c8800759cp+996},
    {0x1.7e43c8800759cp+996, -kInf, -0x1.0000000000000p+0, -kInf},
    {0x1.7e43c8800759cp+996, kNaN, kNaN, kNaN},
    {-0x1.56e1fc2f8f359p-997, 0x0.0p+0, -kInf, kNaN},
    {-0x1.56e1fc2f8f359p-997, -0x0.0p+0, kInf, kNaN},
    {-0x1.56e1fc2f8f359p-997, 0x1.0000000000000p+0, -0x1.0000000000000p+0, 0x1.0000000000000p+0},
    {-0x1.56e1fc2f8f359p-997, -0x1.0000000000000p+0, 0x0.0p+0, -0x1.56e1fc2f8f359p-997},
    {-0x1.56e1fc2f8f359p-997, 0x1.0000000000000p-1, -0x1.0000000000000p+0, 0x1.0000000000000p-1},
    {-0x1.56e1fc2f8f359p-997, -0x1.8000000000000p+1, 0x0.0p+0, -0x1.56e1fc2f8f359p-997},
    {-0x1.56e1fc2f8f359p-997, 0x1.c000000000000p+2, -0x1.0000000000000p+0, 0x1.c000000000000p+2},
    {-0x1.56e1fc2f8f359p-997, 0x1.7e43c8800759cp+996, -0x1.0000000000000p+0,
     0x1.7e43c8800759cp+996},
    {-0x1.56e1fc2f8f359p-997, -0x1.56e1fc2f8f359p-997, 0x1.0000000000000p+0, -0x0.0p+0},
    {-0x1.56e1fc2f8f359p-997, 0x0.0000000000001p-1022, -0x1.56e1fc2f8f359p+77, 0x0.0p+0},
    {-0x1.56e1fc2f8f359p-997, kInf, -0x1.0000000000000p+0, kInf},
    {-0x1.56e1fc2f8f359p-997, -kInf, 0x0.0p+0, -0x1.56e1fc2f8f359p-997},
    {-0x1.56e1fc2f8f359p-997, kNaN, kNaN, kNaN},
    {0x0.0000000000001p-1022, 0x0.0p+0, kInf, kNaN},
    {0x0.0000000000001p-1022, -0x0.0p+0, -kInf, kNaN},
    {0x0.0000000000001p-1022, 0x1.0000000000000p+0, 0x0.0p+0, 0x0.0000000000001p-1022},
    {0x0.0000000000001p-1022, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0},
    {0x0.0000000000001p-1022, 0x1.0000000000000p-1, 0x0.0p+0, 0x0.0000000000001p-1022},
    {0x0.0000000000001p-1022, -0x1.8000000000000p+1, -0x1.0000000000000p+0, -0x1.8000000000000p+1},
    {0x0.0000000000001p-1022, 0x1.c000000000000p+2, 0x0.0p+0, 0x0.0000000000001p-1022},
    {0x0.0000000000001p-1022, 0x1.7e43c8800759cp+996, 0x0.0p+0, 0x0.0000000000001p-1022},
    {0x0.0000000000001p-1022, -0x1.56e1fc2f8f359p-997, -0x1.0000000000000p+0,
     -0x1.56e1fc2f8f359p-997},
    {0x0.0000000000001p-1022, 0x0.0000000000001p-1022, 0x1.0000000000000p+0, 0x0.0p+0},
    {0x0.0000000000001p-1022, kInf, 0x0.0p+0, 0x0.0000000000001p-1022},
    {0x0.0000000000001p-1022, -kInf, -0x1.0000000000000p+0, -kInf},
    {0x0.0000000000001p-1022, kNaN, kNaN, kNaN},
    {kInf, 0x0.0p+0, kInf, kNaN},
    {kInf, -0x0.0p+0, -kInf, kNaN},
    {kInf, 0x1.0000000000000p+0, kNaN, kNaN},
    {kInf, -0x1.0000000000000p+0, kNaN, kNaN},
    {kInf, 0x1.0000000000000p-1, kNaN, kNaN},
    {kInf, -0x1.8000000000000p+1, kNaN, kNaN},
    {kInf, 0x1.c000000000000p+2, kNaN, kNaN},
    {kInf, 0x1.7e43c8800759cp+996, kNaN, kNaN},
    {kInf, -0x1.56e1fc2f8f359p-997, kNaN, kNaN},
    {kInf, 0x0.0000000000001p-1022, kNaN, kNaN},
    {kInf, kInf, kNaN, kNaN},
    {kInf, -kInf, kNaN, kNaN},
    {kInf, kNaN, kNaN, kNaN},
    {-kInf, 0x0.0p+0, -kInf, kNaN},
    {-kInf, -0x0.0p+0, kInf, kNaN},
    {-kInf, 0x1.0000000000000p+0, kNaN, kNaN},
    {-kInf, -0x1.0000000000000p+0, kNaN, kNaN},
    {-kInf, 0x1.0000000000000p-1, kNaN, kNaN},
    {-kInf, -0x1.8000000000000p+1, kNaN, kNaN},
    {-kInf, 0x1.c000000000000p+2, kNaN, kNaN},
    {-kInf, 0x1.7e43c8800759cp+996, kNaN, kNaN},
    {-kInf, -0x1.56e1fc2f8f359p-997, kNaN, kNaN},
    {-kInf, 0x0.0000000000001p-1022, kNaN, kNaN},
    {-kInf, kInf, kNaN, kNaN},
    {-kInf, -kInf, kNaN, kNaN},
    {-kInf, kNaN, kNaN, kNaN},
    {kNaN, 0x0.0p+0, kNaN, kNaN},
    {kNaN, -0x0.0p+0, kNaN, kNaN},
    {kNaN, 0x1.0000000000000p+0, kNaN, kNaN},
    {kNaN, -0x1.0000000000000p+0, kNaN, kNaN},
    {kNaN, 0x1.0000000000000p-1, kNaN, kNaN},
    {kNaN, -0x1.8000000000000p+1, kNaN, kNaN},
    {kNaN, 0x1.c000000000000p+2, kNaN, kNaN},
    {kNaN, 0x1.7e43c8800759cp+996, kNaN, kNaN},
    {kNaN, -0x1.56e1fc2f8f359p-997, kNaN, kNaN},
    {kNaN, 0x0.0000000000001p-1022, kNaN, kNaN},
    {kNaN, kInf, kNaN, kNaN},
    {kNaN, -kInf, kNaN, kNaN},
    {kNaN, kNaN, kNaN, kNaN}};
// The same for float32, where NumPy computes in float32: huge quotients overflow or round there.
constexpr float kNaNf = std::numeric_limits<float>::quiet_NaN();
constexpr float kInff = std::numeric_limits<float>::infinity();
constexpr float kNumPyFloat32[][4] = {
    {0x1.93e5940000000p+99, 0x1.8000000000000p+1, 0x1.0d43b80000000p+98, 0x0.0p+0},
    {-0x1.93e5940000000p+99, 0x1.c000000000000p+2, -0x1.cd98aa0000000p+96, 0x1.8000000000000p+2},
    {-0x1.c000000000000p+2, 0x1.0000000000000p+1, -0x1.0000000000000p+2, 0x1.0000000000000p+0},
    {0x1.c000000000000p+2, -0x1.0000000000000p+1, -0x1.0000000000000p+2, -0x1.0000000000000p+0},
    {-0x1.16c2000000000p-133, 0x1.0000000000000p+0, -0x1.0000000000000p+0, 0x1.0000000000000p+0},
    {0x1.c363cc0000000p+127, 0x1.b38fb80000000p-127, kInff, 0x1.8513e00000000p-128},
    {0x1.0000000000000p+0, 0x0.0p+0, kInff, kNaNf},
    {-0x0.0p+0, 0x1.4000000000000p+2, -0x0.0p+0, 0x0.0p+0},
    {0x1.6000000000000p+2, kInff, 0x0.0p+0, 0x1.6000000000000p+2},
    {-0x1.6000000000000p+2, kInff, -0x1.0000000000000p+0, kInff},
    {0x1.fffffe0000000p+23, 0x1.99999a0000000p-4, 0x1.3ffffe0000000p+27, 0x1.9999a40000000p-5},
    {-0x1.7d78400000000p+24, 0x1.3333340000000p-2, -0x1.3de4340000000p+26, 0x1.2c73dc0000000p-2}};

template <class T, size_t N>
void check_numpy_table(const T (&table)[N][4]) {
  std::vector<T> a, b, q, r;
  for (const auto& row : table) {
    // Repeated so that every row also runs in full vectors, not only in the padded tail.
    for (int k = 0; k < 17; ++k) {
      a.push_back(row[0]), b.push_back(row[1]), q.push_back(row[2]), r.push_back(row[3]);
    }
  }
  for (const auto& [name, options] : runs_of(ufunc::floor_divide)) {
    const std::vector<T> fq = ufunc::floor_divide(a, b, options);
    const std::vector<T> fr = ufunc::remainder(a, b, options);
    for (size_t i = 0; i < a.size(); i += 17) {
      EXPECT_TRUE(ufunc_test::same_value(fq[i], q[i]))
          << "floor_divide(" << a[i] << ", " << b[i] << ") on " << name << " is " << fq[i]
          << ", NumPy gives " << q[i];
      EXPECT_TRUE(ufunc_test::same_value(fr[i], r[i]))
          << "remainder(" << a[i] << ", " << b[i] << ") on " << name << " is " << fr[i]
          << ", NumPy gives " << r[i];
    }
  }
}

TEST(IntegerDivisionOfFloats, SpecialValuesGiveNumPysResults) {
  // E.g. 1.0 // 0.0 = inf, 1.0 % 0.0 = nan, -1.0 // inf = -1.0, -1.0 % inf = inf,
  // -0.0 // 3.0 = -0.0, 0.5 // -3.0 = -1.0, 0.5 % -3.0 = -2.5.
  check_numpy_table(kNumPyFloat64);
  check_numpy_table(kNumPyFloat32);
}

// floor(a / b) and a - floor(a / b) * b rounded once, exactly, by MPFR: what NumPy returns when
// |a / b| < 2^51 (float: 2^22).
template <class T>
std::pair<T, T> mpfr_floor_divmod(T a, T b) {
  mpfr_t x, y, q, r;
  mpfr_inits2(2200, x, y, q, r, nullptr);  // wide enough for a - q * b exactly at any exponents
  mpfr_set_d(x, a, MPFR_RNDN);
  mpfr_set_d(y, b, MPFR_RNDN);
  mpfr_div(q, x, y, MPFR_RNDD);
  mpfr_floor(q, q);
  mpfr_mul(r, q, y, MPFR_RNDN);
  mpfr_sub(r, x, r, MPFR_RNDN);
  T fq = static_cast<T>(mpfr_get_d(q, MPFR_RNDN));
  T fr = sizeof(T) == 4 ? mpfr_get_flt(r, MPFR_RNDN) : static_cast<T>(mpfr_get_d(r, MPFR_RNDN));
  mpfr_clears(x, y, q, r, nullptr);
  if (fr == 0) fr = std::copysign(T(0), b);
  if (fq == 0) fq = std::copysign(T(0), a / b);
  return {fq, fr};
}

template <class T>
void check_float_division_against_mpfr() {
  // Magnitudes over the whole range, paired so that |a / b| stays below 2^20: every pair takes
  // the vector fast path, and the near-integer quotients where fl(a / b) rounds up occur.
  std::mt19937_64 rng(7);
  const size_t n = ufunc_test::samples(4000);
  const std::vector<T> b = ufunc_test::log_uniform<T>(n, sizeof(T) == 4 ? 1e-35 : 1e-300,
                                                      sizeof(T) == 4 ? 1e30 : 1e300, true, 11);
  std::vector<T> a(n);
  for (size_t i = 0; i < n; ++i) {
    const double k = std::ldexp(static_cast<double>(rng() >> 11), -53) * 1e6 - 5e5;
    a[i] = static_cast<T>(b[i] * k);  // often a multiple of b, or one rounding away from one
    if (i % 4 == 1) a[i] = static_cast<T>(b[i] * std::nearbyint(k));
    if (i % 4 == 2) a[i] = std::nextafter(static_cast<T>(b[i] * std::nearbyint(k)), T(0));
  }
  expect_exact(
      ufunc::floor_divide, [](T x, T y) { return mpfr_floor_divmod(x, y).first; }, a, b);
  expect_exact(
      ufunc::remainder, [](T x, T y) { return mpfr_floor_divmod(x, y).second; }, a, b);
}

TEST(IntegerDivisionOfFloats, ModerateQuotientsAreExactFloorDivisionAndOnceRoundedRemainders) {
  check_float_division_against_mpfr<float>();
  check_float_division_against_mpfr<double>();
}

template <class T>
void check_float_division_targets_agree() {
  // Any magnitudes: most pairs take the scalar path (huge or tiny quotients), which every target
  // must take the same way.
  const size_t n = ufunc_test::samples(3000);
  std::vector<T> a = ufunc_test::log_uniform<T>(n, 1e-38, 1e38, true, 3);
  std::vector<T> b = ufunc_test::log_uniform<T>(n, 1e-38, 1e38, true, 4);
  const std::vector<T> s = ufunc_test::special_inputs<T>();
  for (T x : s)
    for (T y : s) a.push_back(x), b.push_back(y);
  const std::vector<T> q = ufunc::floor_divide(a, b, Options().reference());
  const std::vector<T> r = ufunc::remainder(a, b, Options().reference());
  for (ufunc::Target t : ufunc_test::targets_of(ufunc::floor_divide)) {
    const std::vector<T> ft = ufunc::floor_divide(a, b, Options().target(t));
    const std::vector<T> rt = ufunc::remainder(a, b, Options().target(t));
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_TRUE(ufunc_test::same_value(ft[i], q[i]))
          << "floor_divide(" << a[i] << ", " << b[i] << ") on " << ufunc::target_name(t);
      EXPECT_TRUE(ufunc_test::same_value(rt[i], r[i]))
          << "remainder(" << a[i] << ", " << b[i] << ") on " << ufunc::target_name(t);
    }
  }
}

TEST(IntegerDivisionOfFloats, EveryTargetGivesTheReferenceResultAtAnyMagnitude) {
  check_float_division_targets_agree<float>();
  check_float_division_targets_agree<double>();
}

template <class T>
T naive_left_shift(T x, T n) {
  // NumPy 1.24: np.left_shift(np.int32(5), np.int32(32)) = 0, np.left_shift(5, -1) = 0.
  using U = std::make_unsigned_t<T>;
  if (n < 0 || n >= T(sizeof(T) * 8)) return 0;
  return static_cast<T>(static_cast<U>(static_cast<U>(x) << n));
}
template <class T>
T naive_right_shift(T x, T n) {
  // NumPy 1.24: np.right_shift(np.int32(-5), np.int32(32)) = -1, (5, -1) = 0, (-5, 100) = -1.
  if (n < 0 || n >= T(sizeof(T) * 8)) return x < 0 ? -1 : 0;
  T r = x;
  for (T i = 0; i < n; ++i) r = static_cast<T>(r < 0 ? ~((~r) / 2) : r / 2);  // floor(r / 2)
  return r;
}

template <class T>
void check_shifts() {
  std::vector<T> x, n;
  std::mt19937_64 rng(5);
  const std::vector<T> e = edge_integers<T>();
  for (T a : e)
    for (T b : e) x.push_back(a), n.push_back(b);
  for (size_t i = 0; i < ufunc_test::samples(2000); ++i) {
    x.push_back(static_cast<T>(rng()));
    n.push_back(static_cast<T>(static_cast<int>(rng() % (sizeof(T) * 8 + 8)) - 4));
  }
  expect_exact(ufunc::left_shift, naive_left_shift<T>, x, n);
  expect_exact(ufunc::right_shift, naive_right_shift<T>, x, n);
}

TEST(IntegerShift, ShiftsByPerElementCountsAndCountsOutsideTheWidthShiftEverythingOut) {
  check_shifts<int32_t>();
  check_shifts<int64_t>();
}

template <class T>
void check_bitwise() {
  const auto [x, y] = integer_pairs<T>(9);
  expect_exact(
      ufunc::bitwise_and, [](T a, T b) { return static_cast<T>(a & b); }, x, y);
  expect_exact(
      ufunc::bitwise_or, [](T a, T b) { return static_cast<T>(a | b); }, x, y);
  expect_exact(
      ufunc::bitwise_xor, [](T a, T b) { return static_cast<T>(a ^ b); }, x, y);
  for (const auto& [name, options] : runs_of(ufunc::invert)) {
    const std::vector<T> z = ufunc::invert(x, options);
    for (size_t i = 0; i < x.size(); ++i) ASSERT_EQ(z[i], static_cast<T>(-1 - x[i])) << name;
  }
}

TEST(IntegerBitwise, AndOrXorInvertAreTheBitOperations) {
  check_bitwise<int32_t>();
  check_bitwise<int64_t>();
}

TEST(IntegerBitwise, ReductionsStartFromAllBitsForAndAndZeroForOrAndXor) {
  // np.bitwise_and.reduce(np.array([], np.int32)) = -1; or, xor: 0.
  const std::vector<int32_t> none;
  EXPECT_EQ(ufunc::bitwise_and.reduce(none)(), -1);
  EXPECT_EQ(ufunc::bitwise_or.reduce(none)(), 0);
  const std::vector<int64_t> v = {0b1110, 0b0111, 0b1111};
  EXPECT_EQ(ufunc::bitwise_and.reduce(v)(), 0b0110);
  EXPECT_EQ(ufunc::bitwise_or.reduce(v)(), 0b1111);
  EXPECT_EQ(ufunc::bitwise_xor.reduce(v)(), 0b0110);
}

}  // namespace
