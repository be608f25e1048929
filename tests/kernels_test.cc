// Every test kernel on every SIMD target this CPU supports, against the same lambda run on plain
// scalars (Options::reference), for lengths around every vector width and misaligned pointers.
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/test_kernels.h"
#include "tests/ulp.h"

namespace ufunc {
// Test names and failure messages show "AVX2", not the enum's bytes.
void PrintTo(Target t, std::ostream* os) { *os << target_name(t); }
}  // namespace ufunc

namespace {

using ufunc::Options;
using ufunc::Target;
using ufunc_test::ulp_distance;

std::vector<Target> testable_targets() {
  return ufunc::targets_in(test_kernels::trig.compiled_targets() & ufunc::supported_targets());
}

// Lengths 0..33 cover N-1, N and N+1 for every vector width up to 16 lanes (f32 on AVX-512); the
// long odd ones run the main loop for a while before a tail.
std::vector<size_t> lengths() {
  std::vector<size_t> n;
  for (size_t i = 0; i <= 33; ++i) n.push_back(i);
  n.push_back(1001);
  n.push_back(4099);
  return n;
}

template <class T>
std::vector<T> random_values(size_t n, double lo, double hi, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<T> v(n);
  if constexpr (std::is_integral_v<T>) {
    std::uniform_int_distribution<int64_t> dist(static_cast<int64_t>(lo), static_cast<int64_t>(hi));
    for (auto& x : v) x = static_cast<T>(dist(rng));
  } else {
    std::uniform_real_distribution<double> dist(lo, hi);
    for (auto& x : v) x = static_cast<T>(dist(rng));
  }
  return v;
}

// A copy of `v` starting one element past a vector-aligned address: no SIMD load is aligned.
template <class T>
struct Misaligned {
  explicit Misaligned(const std::vector<T>& v) : storage(v.size() + 1) {
    std::copy(v.begin(), v.end(), storage.begin() + 1);
  }
  ufunc::Span<T> span() { return {storage.data() + 1, storage.size() - 1}; }
  std::vector<T> storage;
};

template <class T>
void expect_within(const std::vector<T>& got, const std::vector<T>& want, uint64_t max_ulp,
                   const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (size_t i = 0; i < got.size(); ++i) {
    ASSERT_LE(ulp_distance(got[i], want[i]), max_ulp)
        << what << " at " << i << ": got " << got[i] << ", reference " << want[i];
  }
}

class OnTarget : public ::testing::TestWithParam<Target> {
 protected:
  Options on_target() const { return Options().target(GetParam()); }

  // Runs `ufunc` with inputs drawn in [lo, hi] on this target (misaligned) and as reference, for
  // every length, and checks every output within max_ulp.
  template <class T, class U>
  void check_random(const U& ufunc, double lo, double hi, uint64_t max_ulp) {
    constexpr int kIn = U::kNumIn, kOut = U::kNumOut;
    for (size_t n : lengths()) {
      const std::string what = std::string(ufunc.name()) + " " +
                               ufunc::dtype_name(ufunc::dtype_of<T>()) + " n=" + std::to_string(n);
      std::vector<std::vector<T>> in;
      for (int k = 0; k < kIn; ++k) in.push_back(random_values<T>(n, lo, hi, 1234 + 77 * k + n));
      std::vector<Misaligned<T>> in_m;
      for (auto& v : in) in_m.emplace_back(v);
      std::vector<std::vector<T>> want(kOut, std::vector<T>(n)), got(kOut, std::vector<T>(n));
      std::vector<Misaligned<T>> got_m;
      for (auto& v : got) got_m.emplace_back(v);
      if constexpr (kIn == 1 && kOut == 1) {
        ufunc(in[0], want[0], Options().reference());
        ufunc(in_m[0].span(), got_m[0].span(), on_target());
      } else if constexpr (kIn == 2 && kOut == 1) {
        ufunc(in[0], in[1], want[0], Options().reference());
        ufunc(in_m[0].span(), in_m[1].span(), got_m[0].span(), on_target());
      } else if constexpr (kIn == 3 && kOut == 1) {
        ufunc(in[0], in[1], in[2], want[0], Options().reference());
        ufunc(in_m[0].span(), in_m[1].span(), in_m[2].span(), got_m[0].span(), on_target());
      } else if constexpr (kIn == 1 && kOut == 2) {
        ufunc(in[0], want[0], want[1], Options().reference());
        ufunc(in_m[0].span(), got_m[0].span(), got_m[1].span(), on_target());
      } else {
        static_assert(kIn == 2 && kOut == 2);
        ufunc(in[0], in[1], want[0], want[1], Options().reference());
        ufunc(in_m[0].span(), in_m[1].span(), got_m[0].span(), got_m[1].span(), on_target());
      }
      for (int k = 0; k < kOut; ++k) {
        auto s = got_m[k].span();
        expect_within(std::vector<T>(s.data(), s.data() + s.size()), want[k], max_ulp,
                      what + " output " + std::to_string(k));
      }
    }
  }
};

// Tolerances are the largest error measured on this machine, rounded up; see docs/accuracy.md.
TEST_P(OnTarget, TrigMatchesReferenceWithin4Ulp) {
  check_random<float>(test_kernels::trig, -3, 3, 4);
  check_random<double>(test_kernels::trig, -3, 3, 4);
}

TEST_P(OnTarget, DiscriminantIsExactForEveryType) {
  check_random<float>(test_kernels::discriminant, -100, 100, 0);
  check_random<double>(test_kernels::discriminant, -100, 100, 0);
  check_random<int32_t>(test_kernels::discriminant, -1000, 1000, 0);
  check_random<int64_t>(test_kernels::discriminant, -1000000, 1000000, 0);
}

TEST_P(OnTarget, TwoOutputKernelsMatchReference) {
  check_random<float>(test_kernels::sincos, -10, 10, 4);
  check_random<double>(test_kernels::sincos, -10, 10, 4);
  check_random<float>(test_kernels::divmod, -50, 50, 0);
  check_random<double>(test_kernels::divmod, -50, 50, 0);
}

TEST_P(OnTarget, ComparisonsWhereAndLiteralsMatchReference) {
  check_random<float>(test_kernels::clip_to_unit, -3, 3, 0);
  check_random<double>(test_kernels::clip_to_unit, -3, 3, 0);
  check_random<int32_t>(test_kernels::clip_to_unit, -3, 3, 0);
  check_random<int64_t>(test_kernels::clip_to_unit, -3, 3, 0);
  check_random<float>(test_kernels::mixed_literals, -100, 100, 1);
  check_random<double>(test_kernels::mixed_literals, -100, 100, 1);
  check_random<int32_t>(test_kernels::integer_bits, -100000, 100000, 0);
  check_random<int64_t>(test_kernels::integer_bits, -100000, 100000, 0);
}

TEST_P(OnTarget, MathFunctionsMatchReferenceOnRandomInputs) {
  check_random<float>(test_kernels::exp_, -80, 80, 1);
  check_random<double>(test_kernels::exp_, -700, 700, 1);
  check_random<float>(test_kernels::log_, 1e-30, 1e30, 4);
  check_random<double>(test_kernels::log_, 1e-300, 1e300, 4);
  check_random<float>(test_kernels::sin_, -1000, 1000, 3);
  check_random<double>(test_kernels::sin_, -1000, 1000, 3);
  check_random<float>(test_kernels::cos_, -1000, 1000, 3);
  check_random<double>(test_kernels::cos_, -1000, 1000, 3);
  check_random<float>(test_kernels::tanh_, -20, 20, 4);
  check_random<double>(test_kernels::tanh_, -20, 20, 4);
  check_random<float>(test_kernels::sqrt_, 0, 1e6, 0);
  check_random<double>(test_kernels::sqrt_, 0, 1e6, 0);
  check_random<float>(test_kernels::rounding, -1e4, 1e4, 0);
  check_random<double>(test_kernels::rounding, -1e4, 1e4, 0);
  check_random<int32_t>(test_kernels::abs_, -1e9, 1e9, 0);
  check_random<int64_t>(test_kernels::abs_, -1e15, 1e15, 0);
  check_random<double>(test_kernels::abs_, -1e15, 1e15, 0);
  check_random<float>(test_kernels::muladd_, -10, 10, 0);
  check_random<double>(test_kernels::muladd_, -10, 10, 0);
  check_random<float>(test_kernels::minmax, -10, 10, 0);
  check_random<int64_t>(test_kernels::minmax, -10, 10, 0);
}

// Special values: what glibc's <cmath> returns, bit for bit for NaN, infinities and signed zeros.
template <class T>
std::vector<T> special_values() {
  using L = std::numeric_limits<T>;
  std::vector<T> v = {L::quiet_NaN(), -L::quiet_NaN(), L::infinity(),    -L::infinity(), T(0),
                      -T(0),          L::denorm_min(), -L::denorm_min(), L::min() / 2,   L::min(),
                      -L::min(),      L::max(),        -L::max(),        T(1e-30),       T(0.5),
                      T(1),           T(-1),           T(3.14159265),    T(88.5),        T(-87.5),
                      T(-104),        T(1e5),          T(-1e5),          T(38999),       T(39001),
                      T(1e22),        T(-1e22)};
  if constexpr (sizeof(T) == 8) {
    for (double x : {705.9, 706.1, 709.7, 709.8, 710.0, -707.9, -708.1, -745.0, -745.2, -746.0,
                     1e-300, 1e300}) {
      v.push_back(x);
    }
  }
  return v;
}

template <class T, class U, class F>
void check_special(const U& ufunc, Options options, F reference, uint64_t max_ulp) {
  const std::vector<T> in = special_values<T>();
  const std::vector<T> got = ufunc(in, options);
  for (size_t i = 0; i < in.size(); ++i) {
    const T want = reference(in[i]);
    EXPECT_LE(ulp_distance(got[i], want), max_ulp)
        << ufunc.name() << "(" << in[i] << "): got " << got[i] << ", <cmath> gives " << want;
    if (want == 0 || std::isinf(want)) {
      EXPECT_EQ(std::signbit(got[i]), std::signbit(want))
          << ufunc.name() << "(" << in[i] << ") has the wrong sign: " << got[i];
    }
  }
}

TEST_P(OnTarget, MathFunctionsGiveCmathSpecialValues) {
  const Options o = on_target();
  check_special<float>(
      test_kernels::exp_, o, [](float x) { return std::exp(x); }, 1);
  check_special<double>(
      test_kernels::exp_, o, [](double x) { return std::exp(x); }, 1);
  check_special<float>(
      test_kernels::log_, o, [](float x) { return std::log(x); }, 4);
  check_special<double>(
      test_kernels::log_, o, [](double x) { return std::log(x); }, 4);
  check_special<float>(
      test_kernels::sin_, o, [](float x) { return std::sin(x); }, 3);
  check_special<double>(
      test_kernels::sin_, o, [](double x) { return std::sin(x); }, 3);
  check_special<float>(
      test_kernels::cos_, o, [](float x) { return std::cos(x); }, 3);
  check_special<double>(
      test_kernels::cos_, o, [](double x) { return std::cos(x); }, 3);
  check_special<float>(
      test_kernels::tanh_, o, [](float x) { return std::tanh(x); }, 4);
  check_special<double>(
      test_kernels::tanh_, o, [](double x) { return std::tanh(x); }, 4);
  check_special<double>(
      test_kernels::sqrt_, o, [](double x) { return std::sqrt(x); }, 0);
  check_special<double>(
      test_kernels::abs_, o, [](double x) { return std::abs(x); }, 0);
  check_special<float>(
      test_kernels::nan_to_zero, o,
      [](float x) { return std::isnan(x)   ? 0.0f
                           : std::isinf(x) ? 1.0f
                                           : x; }, 0);
}

TEST_P(OnTarget, MinimumAndMaximumPropagateNaN) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<double> a = {nan, 1.0, nan, -2.0};
  const std::vector<double> b = {1.0, nan, nan, 3.0};
  const auto [lo, hi] = test_kernels::minmax(a, b, on_target());
  EXPECT_TRUE(std::isnan(lo[0]) && std::isnan(lo[1]) && std::isnan(lo[2]));
  EXPECT_TRUE(std::isnan(hi[0]) && std::isnan(hi[1]) && std::isnan(hi[2]));
  EXPECT_EQ(lo[3], -2.0);
  EXPECT_EQ(hi[3], 3.0);
}

TEST_P(OnTarget, StridedAndBroadcastOperandsMatchContiguous) {
  // Through the type-erased call: a negative stride, a stride of 3 elements and a repeated input.
  const size_t n = 1000;
  const std::vector<double> a = random_values<double>(3 * n, -2, 2, 7);
  const double b = 0.75;
  std::vector<double> out(2 * n, -1.0);
  const ufunc::AnyView ops[3] = {
      ufunc::ArrayView<const double>(a.data() + 3 * (n - 1), {intptr_t(n)}, {-3 * 8}).any(),
      ufunc::ArrayView<const double>(&b, {}).any(),
      ufunc::ArrayView<double>(out.data(), {intptr_t(n)}, {2 * 8}).any()};
  test_kernels::trig.call(ops, on_target());
  for (size_t i = 0; i < n; ++i) {
    const double x = a[3 * (n - 1 - i)];
    EXPECT_LE(ulp_distance(out[2 * i], std::sin(x * x) * std::exp(b)), 4) << i;
    EXPECT_EQ(out[2 * i + 1], -1.0) << "wrote between the strided output's elements at " << i;
  }
}

INSTANTIATE_TEST_SUITE_P(AllTargets, OnTarget, ::testing::ValuesIn(testable_targets()),
                         [](const ::testing::TestParamInfo<Target>& info) {
                           return std::string(ufunc::target_name(info.param));
                         });

}  // namespace

namespace {

// AVX2 and AVX-512 both have FMA and run the same algorithms: results must be identical.
TEST(CrossTarget, FmaTargetsAgreeBitForBit) {
  const ufunc::TargetSet both =
      static_cast<ufunc::TargetSet>(Target::kAVX3) | static_cast<ufunc::TargetSet>(Target::kAVX2);
  if ((ufunc::supported_targets() & both) != both) GTEST_SKIP() << "needs AVX3 and AVX2";
  const std::vector<double> x = random_values<double>(100003, -700, 700, 11);
  const std::vector<float> xf = random_values<float>(100003, -80, 80, 12);
  const Options avx3 = Options().target(Target::kAVX3), avx2 = Options().target(Target::kAVX2);
  EXPECT_EQ(test_kernels::exp_(x, avx3), test_kernels::exp_(x, avx2));
  EXPECT_EQ(test_kernels::exp_(xf, avx3), test_kernels::exp_(xf, avx2));
  EXPECT_EQ(test_kernels::sin_(x, avx3), test_kernels::sin_(x, avx2));
  EXPECT_EQ(test_kernels::cos_(xf, avx3), test_kernels::cos_(xf, avx2));
  EXPECT_EQ(test_kernels::tanh_(x, avx3), test_kernels::tanh_(x, avx2));
  const std::vector<double> pos = random_values<double>(100003, 1e-3, 1e3, 13);
  EXPECT_EQ(test_kernels::log_(pos, avx3), test_kernels::log_(pos, avx2));
  EXPECT_EQ(test_kernels::trig(pos, x, avx3), test_kernels::trig(pos, x, avx2));
}

}  // namespace
