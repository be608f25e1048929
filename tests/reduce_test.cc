// reduce, accumulate, outer and where=: property tests over random shapes, views, axes, initial
// values and masks against a naive reference written here, on every supported target; NumPy's
// examples and error messages; the pairwise sum's error bound; parallel reductions that do not
// depend on the thread count.
#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tbb/task_arena.h"
#include "tests/for_each_index.h"
#include "tests/message_of.h"
#include "tests/test_kernels.h"
#include "ufunc/slicing.h"

namespace {

using test_kernels::add;
using ufunc::Array;
using ufunc::ArrayView;
using ufunc::Dims;
using ufunc::kAllAxes;
using ufunc::Options;
using ufunc::Target;
using ufunc_test::for_each_index;
using ufunc_test::message_of;

std::vector<Options> every_target() {
  std::vector<Options> all = {Options().reference()};
  for (Target t : ufunc::targets_in(add.compiled_targets() & ufunc::supported_targets())) {
    all.push_back(Options().target(t));
  }
  return all;
}

std::string name_of(const Options& o) {
  return o.is_reference() ? "reference"
                          : ufunc::target_name(static_cast<Target>(o.forced_target()));
}

template <class T>
const T& at(const ArrayView<const T>& v, const std::vector<intptr_t>& index) {
  const char* p = reinterpret_cast<const char*>(v.data());
  for (int d = 0; d < v.rank(); ++d) p += index[d] * v.stride(d);
  return *reinterpret_cast<const T*>(p);
}

// The naive reduction: every output element folds its inputs in C order of the reduced axes.
template <class T, class F>
std::vector<T> naive_reduce(const ArrayView<const T>& a, uint64_t axes, F f, std::optional<T> start,
                            const ArrayView<const bool>* mask) {
  Dims kept, reduced;
  for (int d = 0; d < a.rank(); ++d) (axes >> d & 1 ? reduced : kept).push_back(a.shape(d));
  std::vector<T> out;
  for_each_index(kept, [&](const std::vector<intptr_t>& k) {
    std::optional<T> acc = start;
    for_each_index(reduced, [&](const std::vector<intptr_t>& r) {
      std::vector<intptr_t> index(a.rank());
      size_t ki = 0, ri = 0;
      for (int d = 0; d < a.rank(); ++d) index[d] = axes >> d & 1 ? r[ri++] : k[ki++];
      if (mask && !at(*mask, index)) return;
      const T x = at(a, index);
      acc = acc ? static_cast<T>(f(*acc, x)) : x;
    });
    out.push_back(*acc);
  });
  return out;
}

struct Random {
  explicit Random(uint32_t seed) : rng(seed) {}
  std::mt19937 rng;
  int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
  bool coin(double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }

  Dims shape(int max_rank, intptr_t max_size) {
    static const intptr_t kDims[] = {1, 2, 3, 5, 8, 17, 40, 130, 0};
    Dims s;
    const int rank = below(max_rank + 1);
    for (int i = 0; i < rank; ++i) s.push_back(kDims[below(coin(0.05) ? 9 : 8)]);
    while (ufunc::num_elements(s) > max_size) s[below(s.size())] = 1;
    return s;
  }

  // A view of `shape` into `buffer`: a C-ordered base of a larger shape, transposed, stepped and
  // reversed at random, sometimes with a repeated (stride 0) axis.
  template <class T>
  ArrayView<const T> view(std::vector<T>& buffer, const Dims& shape, T lo, T hi) {
    const int rank = shape.size();
    std::vector<int> perm(rank);
    for (int i = 0; i < rank; ++i) perm[i] = i;
    std::shuffle(perm.begin(), perm.end(), rng);
    std::vector<intptr_t> step(rank), base(rank);
    for (int i = 0; i < rank; ++i) {
      step[i] = coin(0.3) ? 1 + below(3) : 1;
      base[perm[i]] = std::max<intptr_t>(shape[i], 1) * step[i];
    }
    intptr_t total = 1;
    std::vector<intptr_t> base_stride(rank);
    for (int d = rank - 1; d >= 0; --d) {
      base_stride[d] = total;
      total *= base[d];
    }
    buffer.assign(static_cast<size_t>(total), T(0));
    for (auto& x : buffer) {
      x = static_cast<T>(lo + static_cast<T>(below(static_cast<int>(hi - lo) + 1)));
    }
    Dims strides;
    intptr_t offset = 0;
    for (int i = 0; i < rank; ++i) {
      intptr_t s = base_stride[perm[i]] * step[i];
      if (shape[i] > 1 && coin(0.15)) {
        s = -s;
        offset += (shape[i] - 1) * -s;
      }
      if (coin(0.05)) s = 0;
      strides.push_back(s * static_cast<intptr_t>(sizeof(T)));
    }
    return ArrayView<const T>(buffer.data() + offset, shape, strides);
  }

  uint64_t axes(int rank, bool one_axis) {
    if (one_axis) return rank == 0 ? 0 : uint64_t{1} << below(rank);
    uint64_t m = 0;
    for (int d = 0; d < rank; ++d) m |= coin(0.5) ? uint64_t{1} << d : 0;
    return m;
  }
};

ufunc::Axes axes_of(uint64_t mask, int rank) {
  std::vector<int> list;
  for (int d = 0; d < rank; ++d) {
    if (mask >> d & 1) list.push_back(d - (d % 2 ? rank : 0));  // some as negative axes
  }
  switch (list.size()) {
    case 0:
      return ufunc::Axes{};
    case 1:
      return ufunc::Axes(list[0]);
    case 2:
      return ufunc::Axes{list[0], list[1]};
    case 3:
      return ufunc::Axes{list[0], list[1], list[2]};
    default:
      return kAllAxes;  // only used when every axis is in the mask
  }
}

template <class T, class U, class F>
void check_random_reductions(const U& ufunc, F f, bool reorderable, bool has_identity, T lo, T hi,
                             uint32_t seed, int cases) {
  const auto options = every_target();
  for (int c = 0; c < cases; ++c) {
    Random rnd(seed + c);
    std::vector<T> buffer;
    const Dims shape = rnd.shape(4, 3000);
    const ArrayView<const T> a = rnd.view(buffer, shape, lo, hi);
    const int rank = shape.size();
    uint64_t mask = rnd.axes(rank, !reorderable);
    if (rank > 3 && __builtin_popcountll(mask) > 3) mask = (uint64_t{1} << rank) - 1;
    const bool keepdims = rnd.coin(0.3);
    std::optional<T> initial;
    if (rnd.coin(has_identity ? 0.3 : 0.5)) initial = static_cast<T>(rnd.below(5) - 2);
    const bool use_where = (initial || has_identity) && rnd.coin(0.3);
    std::vector<char> where_storage;
    Array<bool> where_mask(rnd.coin(0.5) ? shape : Dims{rank ? shape[rank - 1] : 1});
    if (rank == 0) where_mask = Array<bool>(Dims{});
    for (intptr_t i = 0; i < where_mask.size(); ++i) where_mask.data()[i] = rnd.coin(0.6);
    const ArrayView<const bool> where_view =
        ufunc::broadcast_to(ArrayView<const bool>(where_mask.view()), shape);

    std::optional<T> start = initial;
    if (!start && has_identity) start = ufunc::identity_value<T>(ufunc.identity());
    intptr_t reduced = 1;
    for (int d = 0; d < rank; ++d) reduced *= mask >> d & 1 ? shape[d] : 1;
    if (reduced == 0 && !start) continue;  // an error, tested elsewhere
    const std::vector<T> want =
        naive_reduce<T>(a, mask, f, start, use_where ? &where_view : nullptr);

    for (Options o : options) {
      if (keepdims) o.keepdims();
      if (initial) o.initial(*initial);
      if (use_where) o.where(where_mask);
      const Array<T> got = ufunc.reduce(a, axes_of(mask, rank), o);
      SCOPED_TRACE("seed " + std::to_string(seed + c) + " shape " + ufunc::shape_string(shape) +
                   " axes mask " + std::to_string(mask) + " on " + name_of(o) +
                   (keepdims ? " keepdims" : "") + (initial ? " initial" : "") +
                   (use_where ? " where" : ""));
      ASSERT_EQ(got.shape(), ufunc::reduced_shape(shape, mask, keepdims));
      ASSERT_EQ(got.to_vector(), want);
    }
  }
}

// Small whole numbers: every order of summation gives the exact result, so the SIMD trees, the
// reference and the naive fold must agree bit for bit.
TEST(ReduceProperty, AddMatchesANaiveFoldOnRandomViewsAxesInitialAndWhere) {
  const auto plus = [](auto x, auto y) { return x + y; };
  check_random_reductions<double>(add, plus, true, true, -3, 3, 1000, 300);
  check_random_reductions<float>(add, plus, true, true, -3, 3, 2000, 150);
  check_random_reductions<int32_t>(add, plus, true, true, -3, 3, 3000, 150);
  check_random_reductions<int64_t>(add, plus, true, true, -3, 3, 4000, 50);
}

TEST(ReduceProperty, MultiplyMaximumAndAnUfuncWithoutIdentityMatchANaiveFold) {
  const auto times = [](auto x, auto y) { return x * y; };
  const auto max = [](auto x, auto y) { return x > y ? x : y; };
  check_random_reductions<double>(test_kernels::multiply, times, true, true, -1, 1, 5000, 100);
  check_random_reductions<int32_t>(test_kernels::multiply, times, true, true, -1, 1, 5500, 50);
  check_random_reductions<double>(test_kernels::maximum_, max, true, true, -9, 9, 6000, 100);
  check_random_reductions<int64_t>(test_kernels::maximum_, max, true, true, -9, 9, 6500, 50);
  check_random_reductions<float>(test_kernels::max_no_identity, max, true, false, -9, 9, 7000, 150);
  // Without an identity the first element starts each fold: counting it twice would show.
  const auto plus = [](auto x, auto y) { return x + y; };
  check_random_reductions<double>(test_kernels::add_no_identity, plus, true, false, -3, 3, 7500,
                                  300);
}

TEST(ReduceProperty, ANonReorderableUfuncFoldsOneAxisInOrder) {
  const auto minus = [](auto x, auto y) { return x - y; };
  check_random_reductions<double>(test_kernels::subtract, minus, false, false, -3, 3, 8000, 200);
  check_random_reductions<int32_t>(test_kernels::subtract, minus, false, false, -3, 3, 9000, 100);
}

TEST(Reduce, MatchesNumPysExamples) {
  std::vector<double> buf = {1, 2, 3, 4, 5, 6};
  const auto m = ufunc::view(buf, {2, 3});
  EXPECT_EQ(add.reduce(m).to_vector(), (std::vector<double>{5, 7, 9}));  // axis 0 by default
  EXPECT_EQ(add.reduce(m, 1).to_vector(), (std::vector<double>{6, 15}));
  EXPECT_EQ(add.reduce(m, -1).to_vector(), (std::vector<double>{6, 15}));
  EXPECT_EQ(add.reduce(m, kAllAxes)(), 21);
  EXPECT_EQ(add.reduce(m, {0, 1})(), 21);
  EXPECT_EQ(add.reduce(m, 1, Options().keepdims()).shape(), (Dims{2, 1}));
  EXPECT_EQ(add.reduce(m, {}).to_vector(), buf);  // no axes: nothing reduced
  EXPECT_EQ(add.reduce(m, 1, Options().initial(10)).to_vector(), (std::vector<double>{16, 25}));
  EXPECT_EQ(test_kernels::multiply.reduce(m, kAllAxes)(), 720);
  EXPECT_EQ(test_kernels::subtract.reduce(std::vector<double>{0, 1, 2, 3, 4})(), -10);
  // np.add.reduce(np.ones(3), initial=10, where=[True, False, True]) == 12
  const std::array<bool, 3> where = {true, false, true};
  EXPECT_EQ(add.reduce(std::vector<double>{1, 1, 1}, 0, Options().initial(10).where(where))(), 12);
  EXPECT_EQ(test_kernels::max_no_identity.reduce(std::vector<double>{1, 7, 3}, 0,
                                                 Options().initial(-5).where(where))(),
            3);
  // NaN propagates through maximum, as np.maximum.reduce([1, nan, 3]).
  EXPECT_TRUE(std::isnan(test_kernels::maximum_.reduce(std::vector<double>{1, NAN, 3})()));
  // A 0-d array reduces to itself; NumPy accepts axis 0 for it.
  const double x = 4;
  EXPECT_EQ(add.reduce(ArrayView<const double>(&x, Dims{}), 0)(), 4);
  // NumPy 1.24 starts a sum from the identity: np.add.reduce([-0.0]) is +0.0.
  EXPECT_FALSE(std::signbit(add.reduce(std::vector<double>{-0.0})()));
}

TEST(Reduce, EmptyReductionsGiveTheIdentityOrTheInitialValue) {
  const std::vector<int32_t> none;
  EXPECT_EQ(test_kernels::multiply.reduce(none)(), 1);
  EXPECT_EQ(add.reduce(none)(), 0);
  EXPECT_EQ(test_kernels::maximum_.reduce(std::vector<double>{})(), -INFINITY);
  EXPECT_EQ(test_kernels::max_no_identity.reduce(none, 0, Options().initial(7))(), 7);
  Array<double> e({3, 0});
  EXPECT_EQ(add.reduce(e, 1).to_vector(), (std::vector<double>{0, 0, 0}));
  EXPECT_EQ(test_kernels::max_no_identity.reduce(Array<double>({0, 3}), 1).size(), 0);
}

TEST(ReduceErrors, NameTheProblemLikeNumPy) {
  Array<double> m({2, 3});
  EXPECT_EQ(message_of([&] { add.reduce(m, 2); }),
            "add.reduce: axis 2 is out of bounds for array of dimension 2");
  EXPECT_EQ(message_of([&] { add.reduce(m, -3); }),
            "add.reduce: axis -3 is out of bounds for array of dimension 2");
  EXPECT_EQ(message_of([&] { add.reduce(m, {0, -2}); }), "add.reduce: duplicate value in 'axis'");
  EXPECT_THROW(add.reduce(m, 2), ufunc::AxisError);
  EXPECT_EQ(message_of([&] { test_kernels::subtract.reduce(m, kAllAxes); }),
            "subtract.reduce: reduction operation 'subtract' is not reorderable, so at most one "
            "axis may be specified");
  EXPECT_THROW(test_kernels::subtract.reduce(m, {0, 1}), ufunc::ValueError);
  EXPECT_EQ(message_of([&] {
              test_kernels::max_no_identity.reduce(Array<double>({3, 0}), 1);
            }),
            "max_no_identity.reduce: zero-size array to reduction operation max_no_identity which "
            "has no identity");
  EXPECT_EQ(message_of([&] {
              test_kernels::max_no_identity.reduce(Array<double>({0, 0}), 1);
            }),
            "max_no_identity.reduce: zero-size array to reduction operation max_no_identity which "
            "has no identity");
  const std::array<bool, 3> three = {true, false, true};
  const std::array<bool, 2> two = {true, false};
  EXPECT_EQ(message_of([&] { test_kernels::max_no_identity.reduce(m, 1, Options().where(three)); }),
            "max_no_identity.reduce: reduction operation 'max_no_identity' does not have an "
            "identity, so to use a where mask one has to specify 'initial'");
  EXPECT_EQ(
      message_of([&] { add.reduce(m, 1, Options().where(two)); }),
      "add.reduce: the where mask of shape (2,) does not broadcast to the array's shape (2,3)");
  EXPECT_THROW(add.reduce(m, 1, Options().where(two)), ufunc::ShapeError);
  EXPECT_EQ(message_of([&] { add.reduce(std::vector<int32_t>{1}, 0, Options().initial(2.5)); }),
            "ufunc: initial 2.500000 is not a whole number, but the array is of integers");
  const bool has_neon = add.compiled_targets() & static_cast<ufunc::TargetSet>(Target::kNEON);
  const Target absent = has_neon ? Target::kAVX2 : Target::kNEON;
  EXPECT_THROW(add.reduce(m, 1, Options().target(absent)), ufunc::TargetError);
  EXPECT_THROW(add.accumulate(m, 1, Options().target(absent)), ufunc::TargetError);
}

// A float32 sum of 10M elements: pairwise summation keeps the error within
// (log2(n) + 13) * 2^-24 * sum|x| (docs/reductions.md), which a sequential sum breaks by far.
TEST(ReducePairwise, Float32SumOfTenMillionStaysWithinTheStatedBound) {
  const size_t n = 10'000'000;
  std::vector<float> x(n);
  std::mt19937 rng(5);
  std::uniform_real_distribution<float> dist(0, 1);
  double exact = 0;
  float sequential = 0;
  for (auto& v : x) {
    v = dist(rng);
    exact += v;
    sequential += v;
  }
  const double bound = (std::log2(static_cast<double>(n)) + 13) * std::ldexp(1.0, -24) * exact;
  EXPECT_GT(std::abs(sequential - exact), bound) << "the test could not tell a sequential sum";
  for (const Options& o : every_target()) {
    if (o.is_reference()) continue;  // the reference folds in order, like the sequential sum
    const double got = add.reduce(x, 0, o)();
    EXPECT_LE(std::abs(got - exact), bound) << name_of(o) << ": " << got << " vs " << exact;
  }
}

// Shapes that take each walk: one long run (a parallel tree), long reduced rows (fold per
// output), a reduced axis of large stride (across, split by columns), and kept rows under an
// outer reduced axis (across, split by rows). Values with fractions, so any change in the order
// of additions would show.
TEST(ReduceParallel, ResultsAreBitwiseEqualToSerialForEveryThreadCount) {
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> dist(-1, 1);
  std::vector<double> buf(3'000'000);
  for (auto& v : buf) v = dist(rng);
  struct Case {
    Dims shape;
    ufunc::Axes axes;
  };
  const Case cases[] = {{{3'000'000}, 0},     {{3000, 1000}, 1},        {{1000, 3000}, 0},
                        {{30, 100, 1000}, 1}, {{100, 30000}, kAllAxes}, {{1'000'000, 3}, 0}};
  for (const Case& c : cases) {
    const auto a = ufunc::view(buf, c.shape);
    const std::vector<double> serial = add.reduce(a, c.axes).to_vector();
    for (int threads : {1, 2, 4}) {
      tbb::task_arena arena(threads);
      std::vector<double> parallel;
      arena.execute([&] { parallel = add.reduce(a, c.axes, Options().parallel()).to_vector(); });
      EXPECT_EQ(parallel, serial) << ufunc::shape_string(c.shape) << " on " << threads
                                  << " threads";
    }
  }
  // A strided run: the parallel tree over gathered leaves.
  const auto every_third = ufunc::step(ufunc::view(buf), 0, 3);
  const double strided = add.reduce(every_third)();
  tbb::task_arena two(2);
  two.execute([&] { EXPECT_EQ(add.reduce(every_third, 0, Options().parallel())(), strided); });
  std::vector<float> f(buf.begin(), buf.end());
  const float serial = add.reduce(f)();
  two.execute([&] { EXPECT_EQ(add.reduce(f, 0, Options().parallel())(), serial); });
}

template <class T, class U, class F>
void check_random_accumulations(const U& ufunc, F f, uint32_t seed, int cases) {
  for (int c = 0; c < cases; ++c) {
    Random rnd(seed + c);
    std::vector<T> buffer;
    Dims shape = rnd.shape(4, 3000);
    if (shape.empty()) shape.push_back(5);
    const ArrayView<const T> a = rnd.view(buffer, shape, T(-3), T(3));
    const int axis = rnd.below(shape.size());
    // The naive running fold, element by element in C order.
    Array<T> want(shape);
    for_each_index(shape, [&](const std::vector<intptr_t>& index) {
      T* out = want.data();
      intptr_t flat = 0;
      for (int d = 0; d < shape.size(); ++d) flat = flat * shape[d] + index[d];
      T x = at(a, index);
      if (index[axis] > 0) {
        std::vector<intptr_t> prev = index;
        --prev[axis];
        intptr_t pflat = 0;
        for (int d = 0; d < shape.size(); ++d) pflat = pflat * shape[d] + prev[d];
        x = static_cast<T>(f(out[pflat], x));
      }
      out[flat] = x;
    });
    for (const Options& o : every_target()) {
      SCOPED_TRACE("seed " + std::to_string(seed + c) + " shape " + ufunc::shape_string(shape) +
                   " axis " + std::to_string(axis) + " on " + name_of(o));
      const int signed_axis = rnd.coin(0.5) ? axis : axis - static_cast<int>(shape.size());
      ASSERT_EQ(ufunc.accumulate(a, signed_axis, o).to_vector(), want.to_vector());
    }
  }
}

TEST(AccumulateProperty, MatchesANaiveRunningFold) {
  check_random_accumulations<double>(
      add, [](auto x, auto y) { return x + y; }, 100, 200);
  check_random_accumulations<int32_t>(
      test_kernels::subtract, [](auto x, auto y) { return x - y; }, 200, 150);
  check_random_accumulations<float>(
      test_kernels::max_no_identity, [](auto x, auto y) { return x > y ? x : y; }, 300, 100);
}

TEST(Accumulate, MatchesNumPysExamplesAndErrors) {
  EXPECT_EQ(test_kernels::subtract.accumulate(std::vector<double>{0, 1, 2, 3, 4}).to_vector(),
            (std::vector<double>{0, -1, -3, -6, -10}));
  std::vector<double> ones(6, 1.0);
  EXPECT_EQ(add.accumulate(ufunc::view(ones, {2, 3}), -1).to_vector(),
            (std::vector<double>{1, 2, 3, 1, 2, 3}));
  EXPECT_EQ(add.accumulate(std::vector<double>{}).size(), 0);
  const double x = 1;
  EXPECT_EQ(message_of([&] { add.accumulate(ArrayView<const double>(&x, Dims{})); }),
            "add.accumulate: cannot accumulate on a scalar");
  EXPECT_EQ(message_of([&] { add.accumulate(ones, 1); }),
            "add.accumulate: axis 1 is out of bounds for array of dimension 1");
  EXPECT_THROW(add.accumulate(ones, -2), ufunc::AxisError);
}

TEST(Outer, MatchesNumPy) {
  const std::vector<double> x = {0, 1}, y = {0, 1, 2};
  const Array<double> t = add.outer(x, y);
  EXPECT_EQ(t.shape(), (Dims{2, 3}));
  EXPECT_EQ(t.to_vector(), (std::vector<double>{0, 1, 2, 1, 2, 3}));
  std::vector<double> m = {1, 2, 3, 4};
  const Array<double> u = test_kernels::multiply.outer(ufunc::view(m, {2, 2}), y);
  EXPECT_EQ(u.shape(), (Dims{2, 2, 3}));
  EXPECT_EQ(u(1, 0, 2), 6);
  for (const Options& o : every_target()) {
    EXPECT_EQ(test_kernels::subtract.outer(x, y, o).to_vector(),
              (std::vector<double>{0, -1, -2, 1, 0, -1}));
  }
  const double s = 1;
  const ArrayView<const double> big(&s, Dims::filled(20, 1));
  EXPECT_EQ(message_of([&] { add.outer(big, big); }),
            "add.outer: the result would have more than 32 dimensions");
}

TEST(Where, ComputesOnlySelectedElementsOfAGivenOutput) {
  const std::array<bool, 3> where = {true, false, true};
  for (const Options& base : every_target()) {
    Options o = base;
    std::vector<double> out = {-1, -1, -1};
    add(std::vector<double>{1, 1, 1}, 1.0, out, o.where(where));
    EXPECT_EQ(out, (std::vector<double>{2, -1, 2})) << name_of(base);
  }
  // Allocated outputs are zero where the mask is false (NumPy leaves them uninitialised).
  EXPECT_EQ(add(std::vector<double>{1, 1, 1}, 1.0, Options().where(where)),
            (std::vector<double>{2, 0, 2}));
}

TEST(Where, TheMaskBroadcastsWithTheInputs) {
  Array<bool> mask({2, 1});
  mask(0, 0) = true;
  const std::vector<double> row = {1, 2, 3};
  const Array<double> got = add(ufunc::view(row), 10.0, Options().where(mask));
  EXPECT_EQ(got.shape(), (Dims{2, 3}));
  EXPECT_EQ(got.to_vector(), (std::vector<double>{11, 12, 13, 0, 0, 0}));
  // In place, with a reversed input overlapping the output.
  std::vector<double> v = {1, 2, 3, 4};
  const std::array<bool, 4> odd = {false, true, false, true};
  add(ufunc::reversed(ufunc::view(v), 0), ufunc::view(v), ufunc::view(v), Options().where(odd));
  EXPECT_EQ(v, (std::vector<double>{1, 5, 3, 5}));
}

TEST(WhereErrors, NameTheShapes) {
  std::vector<double> out(3);
  const std::array<bool, 2> two = {true, false};
  EXPECT_EQ(message_of([&] { add(std::vector<double>(3), 1.0, out, Options().where(two)); }),
            "add: operands could not be broadcast together with shapes (3,) () (2,)");
  Array<bool> wide({2, 3});
  EXPECT_EQ(message_of([&] { add(std::vector<double>(3), 1.0, out, Options().where(wide)); }),
            "add: non-broadcastable output operand with shape (3,) doesn't match the broadcast "
            "shape (2,3)");
}

}  // namespace
