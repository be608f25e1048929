// The parallel policy: bit-for-bit the serial results for random n-d cases, thread counts and
// grains, nested inside the user's own tbb::parallel_for, and thread control.
#include "ufunc/parallel.h"

#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tbb/info.h"
#include "tbb/parallel_for.h"
#include "tests/test_kernels.h"
#include "ufunc/slicing.h"

namespace {

using ufunc::ArrayView;
using ufunc::Dims;
using ufunc::Options;

// Restores the default thread count when a test ends.
struct ThreadCountGuard {
  ~ThreadCountGuard() { ufunc::set_num_threads(tbb::info::default_concurrency()); }
};

struct Case {
  std::vector<double> a, b;
  ArrayView<const double> x, y;
  Dims shape;
};

// Large enough to be split: up to 300 000 elements, rank 1 to 3, some inputs transposed, reversed,
// stepped or broadcast.
Case random_case(std::mt19937& rng) {
  auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  Case c;
  const int rank = 1 + pick(3);
  const intptr_t sizes[] = {1, 3, 17, 100, 257, 1000, 4097, 9000};
  for (int i = 0; i < rank; ++i) c.shape.push_back(sizes[pick(8)]);
  while (ufunc::num_elements(c.shape) > 300000) c.shape[pick(rank)] = 7;
  const intptr_t n = ufunc::num_elements(c.shape);
  std::uniform_real_distribution<double> value(-2, 2);
  c.a.resize(static_cast<size_t>(2 * n));
  c.b.resize(static_cast<size_t>(n));
  for (double& v : c.a) v = value(rng);
  for (double& v : c.b) v = value(rng);
  auto a = ufunc::view(c.a, [&] {
    Dims s = c.shape;
    s[rank - 1] *= 2;
    return s;
  }());
  c.x = ufunc::step(a, rank - 1, pick(2) ? 2 : -2);  // stepped, maybe reversed
  if (rank == 2 && c.shape[0] == c.shape[1] && pick(2)) c.x = ufunc::transpose(c.x);
  c.y = ufunc::view(c.b, c.shape);
  if (pick(3) == 0) c.y = ufunc::broadcast_to(ufunc::slice(c.y, 0, 0, 1), c.shape);
  return c;
}

TEST(Parallel, EqualsSerialBitForBitAcrossThreadCountsAndGrains) {
  ThreadCountGuard guard;
  const uint32_t kSeed = 4242;
  std::mt19937 rng(kSeed);
  for (int iteration = 0; iteration < 40; ++iteration) {
    SCOPED_TRACE("seed " + std::to_string(kSeed) + ", case " + std::to_string(iteration));
    const Case c = random_case(rng);
    const ufunc::Array<double> serial = test_kernels::trig(c.x, c.y);
    for (int threads : {1, 2, 4, 8}) {
      ufunc::set_num_threads(threads);
      for (size_t grain : {size_t{0}, size_t{1}, size_t{5000}, size_t{100000}}) {
        const ufunc::Array<double> parallel =
            test_kernels::trig(c.x, c.y, grain ? Options().grain(grain) : Options().parallel());
        ASSERT_EQ(parallel.to_vector(), serial.to_vector())
            << "threads " << threads << " grain " << grain << " shape "
            << ufunc::shape_string(c.shape);
      }
    }
  }
}

TEST(Parallel, TransposedInputsSplitInBandsEqualSerial) {
  std::vector<float> m(600 * 700);
  for (size_t i = 0; i < m.size(); ++i) m[i] = static_cast<float>(i % 977) * 1e-3f;
  const auto mt = ufunc::transpose(ufunc::view(m, {600, 700}));
  std::vector<float> other(700 * 600, 0.25f);
  const auto o = ufunc::view(other, {700, 600});
  const auto serial = test_kernels::trig(mt, o);
  for (size_t grain : {size_t{1}, size_t{4096}, size_t{50000}}) {
    EXPECT_EQ(test_kernels::trig(mt, o, Options().grain(grain)).to_vector(), serial.to_vector())
        << "grain " << grain;
  }
}

TEST(Parallel, NestedInsideTbbParallelForGivesTheSerialResults) {
  std::vector<double> a(200000), b(200000);
  for (size_t i = 0; i < a.size(); ++i) {
    a[i] = 1e-5 * static_cast<double>(i);
    b[i] = -1e-6 * static_cast<double>(i);
  }
  const std::vector<double> serial = test_kernels::trig(a, b);
  std::vector<std::vector<double>> results(16);
  tbb::parallel_for(0, 16, [&](int i) {
    results[i] = test_kernels::trig(a, b, Options().parallel().grain(8192));
  });
  for (const auto& r : results) EXPECT_EQ(r, serial);
}

TEST(Parallel, WorksOnEveryTargetAndForTwoOutputs) {
  std::vector<double> x(100003);
  for (size_t i = 0; i < x.size(); ++i) x[i] = 1e-4 * static_cast<double>(i) - 5;
  for (ufunc::Target t :
       ufunc::targets_in(test_kernels::sincos.compiled_targets() & ufunc::supported_targets())) {
    const auto serial = test_kernels::sincos(x, Options().target(t));
    const auto parallel = test_kernels::sincos(x, Options().target(t).grain(4096));
    EXPECT_EQ(parallel.first, serial.first) << ufunc::target_name(t);
    EXPECT_EQ(parallel.second, serial.second) << ufunc::target_name(t);
  }
}

// The cost model's decision, shared by calls (which then take the serial fast path) and
// parallel_walk: too little work or one thread stays on the calling thread; a forced grain splits.
TEST(Parallel, LittleWorkOrOneThreadStaysSerialAndAForcedGrainSplits) {
  ThreadCountGuard guard;
  ufunc::set_num_threads(2);
  EXPECT_TRUE(ufunc::detail::stays_serial(1024, 0.5, 0));
  EXPECT_FALSE(ufunc::detail::stays_serial(1 << 20, 0.5, 0));
  EXPECT_FALSE(ufunc::detail::stays_serial(1024, 0.5, 256));
  ufunc::set_num_threads(1);
  EXPECT_TRUE(ufunc::detail::stays_serial(1 << 20, 0.5, 0));
  EXPECT_TRUE(ufunc::detail::stays_serial(1024, 0.5, 256));
}

// Small parallel calls run as serial ones, through the same fast path: contiguous, in place, and
// with outputs that overlap an input (copied through a temporary).
TEST(Parallel, SmallCallsGiveTheSerialResults) {
  for (size_t n : {1, 7, 1000, 4099}) {
    SCOPED_TRACE(n);
    std::vector<double> a(n + 1), b(n + 1);
    for (size_t i = 0; i <= n; ++i) {
      a[i] = 1e-3 * static_cast<double>(i);
      b[i] = 0.5 - 1e-4 * static_cast<double>(i);
    }
    EXPECT_EQ(test_kernels::trig(a, b, Options().parallel()), test_kernels::trig(a, b));
    std::vector<double> in_place = a;
    test_kernels::trig(in_place, b, in_place, Options().parallel());
    EXPECT_EQ(in_place, test_kernels::trig(a, b));
    // out[i] = trig(a[i + 1], b[i]) with out starting at a[0]: NumPy's result, as if copied first.
    std::vector<double> shifted = a;
    const auto x = ufunc::slice(ufunc::view(std::as_const(shifted)), 0, 1, n + 1);
    const auto out = ufunc::slice(ufunc::view(shifted), 0, 0, n);
    const auto y = ufunc::slice(ufunc::view(std::as_const(b)), 0, 0, n);
    const ufunc::Array<double> want = test_kernels::trig(x, y);
    test_kernels::trig(x, y, out, Options().parallel());
    for (size_t i = 0; i < n; ++i) ASSERT_EQ(shifted[i], want(static_cast<intptr_t>(i))) << i;
  }
}

TEST(ThreadControl, SetNumThreadsLimitsAndRejectsZero) {
  ThreadCountGuard guard;
  ufunc::set_num_threads(1);
  EXPECT_EQ(ufunc::num_threads(), 1);
  ufunc::set_num_threads(2);
  EXPECT_EQ(ufunc::num_threads(), 2);
  EXPECT_THROW(ufunc::set_num_threads(0), std::invalid_argument);
  EXPECT_EQ(ufunc::num_threads(), 2);
}

// Run by CTest with UFUNC_NUM_THREADS set (see tests/CMakeLists.txt).
TEST(ThreadControlEnvironment, UfuncNumThreadsSetsTheThreadCount) {
  const char* value = std::getenv("UFUNC_NUM_THREADS");
  if (value == nullptr) GTEST_SKIP() << "run with UFUNC_NUM_THREADS set";
  if (std::string(value) == "zero") {
    EXPECT_THAT([] { ufunc::num_threads(); },
                ::testing::ThrowsMessage<std::invalid_argument>(
                    ::testing::HasSubstr("UFUNC_NUM_THREADS='zero' is not a thread count")));
    return;
  }
  EXPECT_EQ(ufunc::num_threads(), std::atoi(value));
  std::vector<double> a(100000, 0.5);
  EXPECT_EQ(test_kernels::trig(a, a, Options().grain(4096)), test_kernels::trig(a, a));
}

}  // namespace
