// How a ufunc is called: allocation, given outputs, in-place and overlapping outputs, broadcasting
// of scalars and length-1 inputs, the errors, and per-call targets from several threads.
#include <array>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/message_of.h"
#include "tests/test_kernels.h"
#include "tests/ulp.h"

namespace {

using test_kernels::discriminant;
using test_kernels::trig;
using ::testing::HasSubstr;
using ufunc::Options;
using ufunc_test::message_of;

std::vector<double> iota(size_t n, double start, double step) {
  std::vector<double> v(n);
  for (size_t i = 0; i < n; ++i) v[i] = start + step * static_cast<double>(i);
  return v;
}

TEST(Call, AllocatesTheOutput) {
  const std::vector<double> a = iota(100, 0, 0.01), b = iota(100, 1, -0.01);
  const std::vector<double> c = trig(a, b);
  ASSERT_EQ(c.size(), 100u);
  for (size_t i = 0; i < c.size(); ++i) {
    EXPECT_LE(ufunc_test::ulp_distance(c[i], std::sin(a[i] * a[i]) * std::exp(b[i])), 4u) << i;
  }
}

TEST(Call, WritesIntoAGivenOutputAndMatchesAllocation) {
  const std::vector<float> a = {1, 2, 3}, b = {4, 5, 6}, c = {7, 8, 9};
  std::vector<float> out(3);
  discriminant(a, b, c, out);
  EXPECT_EQ(out, (std::vector<float>{16 - 28, 25 - 64, 36 - 108}));
  EXPECT_EQ(discriminant(a, b, c), out);
}

TEST(Call, AcceptsStdArrayAndPointerPlusLength) {
  const std::array<int64_t, 4> a = {1, 2, 3, 4};
  std::vector<int64_t> b = {5, 6, 7, 8}, out(4);
  discriminant(a, ufunc::span(b.data(), b.size()), a, ufunc::span(out.data(), out.size()));
  EXPECT_EQ(out, (std::vector<int64_t>{21, 20, 13, 0}));
}

TEST(Call, InPlaceOutputEqualsInput) {
  std::vector<double> a = iota(37, -1, 0.1);
  const std::vector<double> b = iota(37, 0, 0.05);
  const std::vector<double> want = trig(a, b);
  trig(a, b, a);
  EXPECT_EQ(a, want);
}

TEST(Call, OutputShiftedByOneElementMatchesNumPy) {
  // NumPy computes as if the inputs were copied first when an output partially overlaps them.
  std::vector<double> buf = iota(101, 0, 0.01);
  const std::vector<double> a(buf.begin(), buf.end() - 1);
  const std::vector<double> b = iota(100, 1, 0);
  const std::vector<double> want = trig(a, b);
  trig(ufunc::span(buf.data(), 100), b, ufunc::span(buf.data() + 1, 100));
  EXPECT_EQ(std::vector<double>(buf.begin() + 1, buf.end()), want);
  EXPECT_EQ(buf[0], 0.0);
}

TEST(Call, OutputsRightBeforeAndAfterAnInputAreApart) {
  // The contiguous fast path (ufunc/ufunc.cc) tells adjacent extents from overlapping ones.
  std::vector<double> buf = iota(300, 0, 0.01);
  const std::vector<double> copy = buf;
  const std::vector<double> b = iota(100, 1, 0);
  trig(ufunc::span(buf.data() + 100, 100), b, ufunc::span(buf.data() + 200, 100));
  trig(ufunc::span(buf.data() + 100, 100), b, ufunc::span(buf.data(), 100));
  const std::vector<double> want =
      trig(std::vector<double>(copy.begin() + 100, copy.begin() + 200), b);
  EXPECT_EQ(std::vector<double>(buf.begin() + 200, buf.end()), want);
  EXPECT_EQ(std::vector<double>(buf.begin(), buf.begin() + 100), want);
  EXPECT_EQ(std::vector<double>(buf.begin() + 100, buf.begin() + 200),
            std::vector<double>(copy.begin() + 100, copy.begin() + 200));
}

TEST(Call, ScalarAndLengthOneInputsBroadcast) {
  const std::vector<double> a = iota(50, 0, 0.1);
  const std::vector<double> one = {0.5};
  const std::vector<double> with_scalar = trig(a, 0.5);
  const std::vector<double> with_length_one = trig(a, one);
  const std::vector<double> full = trig(a, std::vector<double>(50, 0.5));
  EXPECT_EQ(with_scalar, full);
  EXPECT_EQ(with_length_one, full);
  EXPECT_EQ(discriminant(std::vector<int32_t>{1, 2}, 3, 4), (std::vector<int32_t>{-7, -23}));
}

TEST(Call, MismatchedLengthsNameTheShapesLikeNumPy) {
  const std::vector<double> a(3), b(4);
  EXPECT_THROW(trig(a, b), ufunc::ShapeError);
  EXPECT_EQ(message_of([&] { trig(a, b); }),
            "trig: operands could not be broadcast together with shapes (3,) (4,)");
}

TEST(Call, OutputOfTheWrongLengthIsAShapeError) {
  const std::vector<double> a(4), b(4);
  std::vector<double> out(3, 7.0);
  EXPECT_THROW(trig(a, b, out), ufunc::ShapeError);
  EXPECT_EQ(message_of([&] { trig(a, b, out); }),
            "trig: non-broadcastable output operand with shape (3,) doesn't match the broadcast "
            "shape (4,)");
  EXPECT_EQ(out, std::vector<double>(3, 7.0)) << "an erroring call must not write";
}

TEST(Call, EmptyInputsGiveEmptyOutputsAndTouchNoMemory) {
  const ufunc::Span<const double> empty{nullptr, 0};
  ufunc::Span<double> out{nullptr, 0};
  trig(empty, empty, out);
  EXPECT_TRUE(trig(empty, empty).empty());
}

TEST(Call, TwoOutputsAreReturnedAsAPair) {
  const std::vector<double> x = iota(20, -3, 0.3);
  const auto [s, c] = test_kernels::sincos(x);
  ASSERT_EQ(s.size(), 20u);
  for (size_t i = 0; i < x.size(); ++i) {
    EXPECT_LE(ufunc_test::ulp_distance(s[i], std::sin(x[i])), 3u);
    EXPECT_LE(ufunc_test::ulp_distance(c[i], std::cos(x[i])), 3u);
  }
  const auto [q, r] = test_kernels::divmod(std::vector<double>{7, -7}, 2.0);
  EXPECT_EQ(q, (std::vector<double>{3, -4}));
  EXPECT_EQ(r, (std::vector<double>{1, 1}));
}

TEST(Call, TypeErasedCallRejectsAnUnsupportedTypeNamingTheSupportedOnes) {
  int32_t x[2] = {1, 2}, out[2];
  const ufunc::AnyView ops[3] = {ufunc::ArrayView<int32_t>(x, {2}).any(),
                                 ufunc::ArrayView<int32_t>(x, {2}).any(),
                                 ufunc::ArrayView<int32_t>(out, {2}).any()};
  EXPECT_THROW(trig.call(ops), ufunc::TypeError);
  EXPECT_EQ(message_of([&] { trig.call(ops); }),
            "trig: no loop for element type int32 (supported: float32, float64)");
}

TEST(Call, TypeErasedCallRejectsMixedTypes) {
  float x[2] = {1, 2};
  double out[2];
  const ufunc::AnyView ops[3] = {ufunc::ArrayView<float>(x, {2}).any(),
                                 ufunc::ArrayView<float>(x, {2}).any(),
                                 ufunc::ArrayView<double>(out, {2}).any()};
  EXPECT_EQ(message_of([&] { trig.call(ops); }),
            "trig: operands have different element types (float32 and float64); convert them to "
            "one");
}

TEST(Call, ATargetThisCpuLacksIsATargetErrorNamingIt) {
  const ufunc::TargetSet missing =
      ~ufunc::supported_targets() & (static_cast<ufunc::TargetSet>(ufunc::Target::kNEON) |
                                     static_cast<ufunc::TargetSet>(ufunc::Target::kAVX3));
  if (missing == 0) GTEST_SKIP() << "this CPU supports both NEON and AVX3";
  const ufunc::Target t = ufunc::targets_in(missing).front();
  const std::vector<double> a(8);
  EXPECT_THROW(trig(a, a, Options().target(t)), ufunc::TargetError);
  EXPECT_THAT(message_of([&] { trig(a, a, Options().target(t)); }),
              HasSubstr(ufunc::target_name(t)));
}

TEST(Call, AutomaticTargetIsTheBestAllowedOne) {
  EXPECT_EQ(trig.chosen_target(), ufunc::chosen_target(trig.compiled_targets()));
  EXPECT_TRUE(trig.compiled_targets() & static_cast<ufunc::TargetSet>(trig.chosen_target()));
}

TEST(Call, ThreadsCanForceDifferentTargetsAtTheSameTime) {
  const std::vector<double> a = iota(10007, -2, 0.0004), b = iota(10007, 1, -0.0001);
  const std::vector<double> want = trig(a, b, Options().reference());
  const auto targets = ufunc::targets_in(trig.compiled_targets() & ufunc::supported_targets());
  std::vector<std::vector<double>> got(targets.size());
  std::vector<std::thread> threads;
  for (size_t t = 0; t < targets.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int rep = 0; rep < 20; ++rep) got[t] = trig(a, b, Options().target(targets[t]));
    });
  }
  for (auto& th : threads) th.join();
  for (size_t t = 0; t < targets.size(); ++t) {
    for (size_t i = 0; i < want.size(); ++i) {
      ASSERT_LE(ufunc_test::ulp_distance(got[t][i], want[i]), 4u)
          << ufunc::target_name(targets[t]) << " at " << i;
    }
  }
}

}  // namespace
