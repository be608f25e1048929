// N-d calls: a property test over random shapes, broadcasting, strides, views and overlaps against
// a naive reference walk written here, independently of the library's iteration engine; plus views,
// slicing helpers and their errors.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/for_each_index.h"
#include "tests/message_of.h"
#include "tests/test_kernels.h"
#include "tests/ulp.h"
#include "ufunc/slicing.h"

namespace {

using ::testing::HasSubstr;
using ufunc::ArrayView;
using ufunc::Dims;
using ufunc::Layout;
using ufunc_test::for_each_index;
using ufunc_test::message_of;

// The address of the element at `index` (broadcasting: a length-1 dimension always reads index 0,
// missing leading dimensions are ignored).
char* element(const Layout& v, const std::vector<intptr_t>& index) {
  char* p = v.data;
  const int pad = static_cast<int>(index.size()) - v.shape.size();
  for (int d = 0; d < v.shape.size(); ++d) {
    if (v.shape[d] != 1) p += index[pad + d] * v.strides[d];
  }
  return p;
}

struct RandomCase {
  explicit RandomCase(uint32_t seed) : rng(seed) {}

  intptr_t dim() {
    static const intptr_t kDims[] = {0, 1, 1, 2, 3, 4, 5, 7, 16, 33};
    return kDims[std::uniform_int_distribution<int>(1, 9)(rng) - (coin(0.03) ? 1 : 0)];
  }
  bool coin(double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }
  int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }

  Dims shape() {
    Dims s;
    const int rank = below(7);
    for (int i = 0; i < rank; ++i) s.push_back(dim());
    while (ufunc::num_elements(s) > 4000) s[below(s.size())] = 1;
    return s;
  }
  // A shape that broadcasts to `full`: a suffix of it with some dimensions set to 1.
  Dims broadcastable_to(const Dims& full) {
    const int rank = below(full.size() + 1);
    Dims s;
    for (int i = full.size() - rank; i < full.size(); ++i) s.push_back(coin(0.25) ? 1 : full[i]);
    return s;
  }

  // A view of `shape` over `buffer` made by transposing, stepping and reversing a C-ordered base,
  // sometimes with a zero stride (broadcast_to) where the shape has a length-1 axis.
  ArrayView<double> view(std::vector<double>& buffer, const Dims& shape, bool allow_zero_stride) {
    const int rank = shape.size();
    std::vector<int> perm(rank);
    for (int i = 0; i < rank; ++i) perm[i] = i;
    std::shuffle(perm.begin(), perm.end(), rng);
    Dims base_shape = Dims::filled(rank, 0);
    std::vector<intptr_t> steps(rank);
    for (int i = 0; i < rank; ++i) {
      steps[i] = (1 + below(3)) * (coin(0.3) ? -1 : 1);
      base_shape[perm[i]] = shape[i] * std::abs(steps[i]);
    }
    const intptr_t offset = below(3);
    buffer.assign(static_cast<size_t>(ufunc::num_elements(base_shape) + offset + 1), 0.0);
    auto v = ufunc::view(buffer, base_shape, ufunc::c_strides(base_shape, sizeof(double)), offset);
    for (int i = 0; i < rank; ++i) v = ufunc::step(v, perm[i], steps[i]);
    std::vector<int> inverse(rank);
    for (int i = 0; i < rank; ++i) inverse[i] = perm[i];
    Layout l = v.layout();
    Layout t{l.data, Dims::filled(rank, 0), Dims::filled(rank, 0)};
    for (int i = 0; i < rank; ++i) {
      t.shape[i] = l.shape[inverse[i]];
      t.strides[i] = l.strides[inverse[i]];
    }
    ArrayView<double> out(t);
    if (allow_zero_stride && rank > 0 && coin(0.2)) {
      // Repeat a length-1 axis of a smaller view up to the wanted length.
      const int axis = below(rank);
      ArrayView<double> one = ufunc::slice(out, axis, 0, 1);
      out = ufunc::broadcast_to(one, shape);
    }
    EXPECT_EQ(out.shape(), shape);
    return out;
  }

  std::mt19937 rng;
};

std::vector<ufunc::Target> testable_targets() {
  return ufunc::targets_in(test_kernels::trig.compiled_targets() & ufunc::supported_targets());
}

// The property: trig on random operands equals sin(a*a)*exp(b) at every index, within 4 ULP, with
// no write outside the output view, whatever the layouts, on every target.
TEST(NdProperty, RandomViewsBroadcastingAndOverlapMatchANaiveWalk) {
  const uint32_t kSeed = 20261125;
  const int kCases = 3000;
  for (int c = 0; c < kCases; ++c) {
    const uint32_t seed = kSeed + c;
    SCOPED_TRACE("case seed " + std::to_string(seed) + " (NdProperty: rerun with this seed)");
    RandomCase r(seed);
    const Dims full = r.shape();
    std::vector<double> buf_a, buf_b, buf_out;
    ArrayView<double> a = r.view(buf_a, r.broadcastable_to(full), true);
    ArrayView<double> b = r.view(buf_b, r.broadcastable_to(full), true);
    std::uniform_real_distribution<double> value(-2, 2);
    for (double& x : buf_a) x = value(r.rng);
    for (double& x : buf_b) x = value(r.rng);
    // The broadcast shape may be smaller than `full` when both inputs dropped dimensions.
    Dims shapes[2] = {a.shape(), b.shape()};
    const Dims shape = ufunc::broadcast_shapes(shapes, 2);
    // Where the output goes: its own random view, or over an input's buffer (in place or shifted).
    const int where = r.below(4);
    ArrayView<double> out;
    std::vector<double>* out_buffer = &buf_out;
    if (where == 1 && a.shape() == shape) {
      bool zero_stride = false;
      for (intptr_t s : a.strides()) zero_stride |= s == 0;
      if (!zero_stride) out = a, out_buffer = &buf_a;  // in place
    } else if (where == 2 && buf_a.size() >= static_cast<size_t>(ufunc::num_elements(shape)) + 1) {
      const intptr_t shift = r.below(2);  // a C-ordered output overlapping a's buffer
      out = ArrayView<double>(buf_a.data() + shift, shape);
      out_buffer = &buf_a;
    }
    if (out.data() == nullptr) out = r.view(buf_out, shape, false);
    for (double& x : buf_out) x = 1e300;  // sentinel outside the output view

    // Expected values and the untouched rest of the output buffer, from copies taken before calls.
    std::vector<double> expected;
    for_each_index(shape, [&](const std::vector<intptr_t>& i) {
      double x, y;
      std::memcpy(&x, element(a.layout(), i), 8);
      std::memcpy(&y, element(b.layout(), i), 8);
      expected.push_back(std::sin(x * x) * std::exp(y));
    });
    std::vector<double> outside = *out_buffer;
    for_each_index(shape, [&](const std::vector<intptr_t>& i) {
      const size_t at =
          (element(out.layout(), i) - reinterpret_cast<char*>(out_buffer->data())) / 8;
      outside[at] = 0;
    });
    const std::vector<double> a_copy = buf_a, b_copy = buf_b;

    for (ufunc::Target t : testable_targets()) {
      SCOPED_TRACE(std::string("target ") + ufunc::target_name(t));
      buf_a = a_copy;
      buf_b = b_copy;
      if (out_buffer == &buf_out) std::fill(buf_out.begin(), buf_out.end(), 1e300);
      test_kernels::trig(a, b, out, ufunc::Options().target(t));
      size_t k = 0;
      for_each_index(shape, [&](const std::vector<intptr_t>& i) {
        double got;
        std::memcpy(&got, element(out.layout(), i), 8);
        ASSERT_LE(ufunc_test::ulp_distance(got, expected[k]), 4u)
            << "shape " << ufunc::shape_string(shape) << " a " << ufunc::shape_string(a.shape())
            << " b " << ufunc::shape_string(b.shape()) << " at flat index " << k;
        ++k;
      });
      std::vector<double> rest = *out_buffer;
      for_each_index(shape, [&](const std::vector<intptr_t>& i) {
        rest[(element(out.layout(), i) - reinterpret_cast<char*>(out_buffer->data())) / 8] = 0;
      });
      ASSERT_EQ(rest, outside) << "wrote outside the output view";
      if (HasFailure()) return;
    }
  }
}

TEST(NdProperty, AllocatedOutputsHaveTheBroadcastShape) {
  std::vector<double> m(12), row(4), col(3);
  for (size_t i = 0; i < m.size(); ++i) m[i] = 0.1 * i;
  for (size_t i = 0; i < row.size(); ++i) row[i] = i;
  for (size_t i = 0; i < col.size(); ++i) col[i] = -1.0 * i;
  const auto mv = ufunc::view(m, {3, 4});
  ufunc::Array<double> r = test_kernels::trig(mv, ufunc::view(row));
  EXPECT_EQ(r.shape(), (Dims{3, 4}));
  EXPECT_DOUBLE_EQ(r(2, 3), std::sin(1.1 * 1.1) * std::exp(3.0));
  ufunc::Array<double> c = test_kernels::trig(mv, ufunc::new_axis(ufunc::view(col), 1));
  EXPECT_DOUBLE_EQ(c(2, 3), std::sin(1.1 * 1.1) * std::exp(-2.0));
  const auto [s, co] = test_kernels::sincos(ufunc::transpose(mv));
  EXPECT_EQ(s.shape(), (Dims{4, 3}));
  EXPECT_DOUBLE_EQ(co(3, 2), std::cos(1.1));
  // A 0-d view and a scalar: a 0-d result.
  double x = 0.5;
  ufunc::Array<double> z = test_kernels::trig(ArrayView<double>(&x, Dims{}), 0.0);
  EXPECT_EQ(z.rank(), 0);
  EXPECT_DOUBLE_EQ(z(), std::sin(0.25));
}

TEST(NdArrays, AreZeroedAndAlignedForSimdAndLargeOnesForHugePages) {
  for (intptr_t n : {0, 1, 7, 1000, 1 << 19, (1 << 19) + 3}) {  // up to just over 4 MiB
    const ufunc::Array<double> a({n});
    const uintptr_t address = reinterpret_cast<uintptr_t>(a.data());
    EXPECT_EQ(address % ufunc::Array<double>::kAlignment, 0u) << n;
    if (n * sizeof(double) >= ufunc::detail::kHugePageThreshold) {
      EXPECT_EQ(address % (uintptr_t{2} << 20), 0u) << n;
    }
    EXPECT_TRUE(std::all_of(a.data(), a.data() + n, [](double v) { return v == 0.0; })) << n;
  }
}

TEST(NdErrors, IncompatibleShapesNameThemLikeNumPy) {
  std::vector<double> m(12), v(5);
  EXPECT_THROW(test_kernels::trig(ufunc::view(m, {3, 4}), ufunc::view(v)), ufunc::ShapeError);
  EXPECT_EQ(message_of([&] {
              test_kernels::trig(ufunc::view(m, {3, 4}), ufunc::view(v));
            }),
            "trig: operands could not be broadcast together with shapes (3,4) (5,)");
}

TEST(NdErrors, AnOutputIsNeverBroadcast) {
  std::vector<double> m(12), out(4, 9.0);
  EXPECT_EQ(message_of([&] {
              test_kernels::trig(ufunc::view(m, {3, 4}), 1.0, ufunc::view(out));
            }),
            "trig: non-broadcastable output operand with shape (4,) doesn't match the broadcast "
            "shape (3,4)");
  EXPECT_EQ(out, std::vector<double>(4, 9.0));
  std::vector<double> one(4);
  auto repeated = ufunc::broadcast_to(ufunc::view(one, {1, 4}), {3, 4});
  EXPECT_THAT(message_of([&] {
                test_kernels::trig(ufunc::view(m, {3, 4}), 1.0, repeated);
              }),
              HasSubstr("output 0 has stride 0 in dimension 0"));
}

TEST(NdErrors, ViewsOutsideTheirBufferAreRejected) {
  std::vector<double> buf(10);
  EXPECT_THROW(ufunc::view(buf, {3, 4}), ufunc::ShapeError);
  EXPECT_EQ(message_of([&] {
              ufunc::view(buf, {3, 4});
            }),
            "ufunc: cannot view 10 elements as shape (3,4)");
  EXPECT_NO_THROW(ufunc::view(buf, {5}, {16}));
  EXPECT_THAT(message_of([&] { ufunc::view(buf, {6}, {16}); }),
              HasSubstr("outside its buffer of 80 bytes"));
  EXPECT_THAT(message_of([&] { ufunc::view(buf, {3}, {-8}, 1); }),
              HasSubstr("reaches bytes [-8, 16)"));
  EXPECT_NO_THROW(ufunc::view(buf, {3}, {-8}, 2));
  EXPECT_NO_THROW(ufunc::view(buf, {0, 100}, {8, 8}));  // empty: reaches nothing
}

TEST(Slicing, MatchesNumPyIndexing) {
  std::vector<double> buf(24);
  for (size_t i = 0; i < buf.size(); ++i) buf[i] = static_cast<double>(i);
  const auto m = ufunc::view(buf, {4, 6});
  EXPECT_EQ(ufunc::transpose(m)(5, 3), 23.0);
  EXPECT_EQ(ufunc::reversed(m, 1)(0, 0), 5.0);
  const auto s = ufunc::step(m, 1, 2);  // m[:, ::2]
  EXPECT_EQ(s.shape(), (Dims{4, 3}));
  EXPECT_EQ(s(1, 2), 10.0);
  const auto r = ufunc::step(m, 1, -4);  // m[:, ::-4]
  EXPECT_EQ(r.shape(), (Dims{4, 2}));
  EXPECT_EQ(r(0, 1), 1.0);
  EXPECT_EQ(ufunc::slice(m, 1, 1, 5, 3).shape(), (Dims{4, 2}));  // m[:, 1:5:3]
  EXPECT_EQ(ufunc::slice(m, 1, -2, ufunc::kEnd)(0, 0), 4.0);     // m[:, -2:]
  EXPECT_EQ(ufunc::slice(m, 0, 3, 1).shape(), (Dims{0, 6}));     // m[3:1]
  const auto d = ufunc::diagonal(m);
  EXPECT_EQ(d.shape(), (Dims{4}));
  EXPECT_EQ(d(3), 21.0);
  EXPECT_EQ(ufunc::diagonal(m, 2)(3), 23.0);
  EXPECT_EQ(ufunc::diagonal(m, -1).shape(), (Dims{3}));
  EXPECT_EQ(ufunc::new_axis(m, 1).shape(), (Dims{4, 1, 6}));
  EXPECT_EQ(ufunc::transpose(ufunc::new_axis(m, 0), {2, 0, 1}).shape(), (Dims{6, 1, 4}));
  EXPECT_THAT(message_of([&] { ufunc::step(m, 2, 1); }),
              HasSubstr("axis 2 is out of bounds for a view of rank 2"));
  EXPECT_THAT(message_of([&] { ufunc::step(m, 0, 0); }), HasSubstr("step cannot be zero"));
  EXPECT_THAT(message_of([&] { ufunc::transpose(m, {0, 0}); }), HasSubstr("repeated"));
  EXPECT_THAT(message_of([&] {
                ufunc::broadcast_to(m, {4, 5});
              }),
              HasSubstr("cannot broadcast a view of shape (4,6) to shape (4,5)"));
}

TEST(NdEngine, TraceOfTanhOverAStridedDiagonal) {
  // The lesson's a + trace(tanh(a)) needs the diagonal as a strided view; here its elementwise
  // part.
  ufunc::Array<double> a({50, 50});
  for (int i = 0; i < 50; ++i) {
    for (int j = 0; j < 50; ++j) a(i, j) = 0.01 * (i - j);
  }
  const auto d = ufunc::diagonal(a);
  const ufunc::Array<double> t = test_kernels::tanh_(d);
  for (int i = 0; i < 50; ++i) EXPECT_EQ(t(i), 0.0);
}

}  // namespace

namespace {

// Transposed inputs are copied in bands (iterate.cc, walk): bands wider than one column chunk,
// partial bands, float (32 rows a band) and double (16), and a transposed input next to a
// contiguous one.
TEST(NdEngine, TransposedInputsMatchTheReferenceAcrossBandsAndChunks) {
  for (const auto& [rows, cols] : {std::pair<intptr_t, intptr_t>{37, 5000}, {1000, 3}, {9, 9}}) {
    SCOPED_TRACE(std::to_string(rows) + "x" + std::to_string(cols));
    std::vector<float> m(static_cast<size_t>(rows * cols));
    for (size_t i = 0; i < m.size(); ++i) m[i] = static_cast<float>(i % 1013) * 1e-3f;
    const auto mt = ufunc::transpose(ufunc::view(m, {rows, cols}));  // cols x rows, transposed
    std::vector<float> other(static_cast<size_t>(rows * cols), 0.5f);
    const ufunc::Array<float> got = test_kernels::trig(mt, ufunc::view(other, {cols, rows}));
    const ufunc::Array<float> want =
        test_kernels::trig(mt, ufunc::view(other, {cols, rows}), ufunc::Options().reference());
    for (intptr_t i = 0; i < cols; ++i) {
      for (intptr_t j = 0; j < rows; ++j) {
        const float x = mt(i, j);
        ASSERT_LE(ufunc_test::ulp_distance(want(i, j), std::sin(x * x) * std::exp(0.5f)), 4u);
        ASSERT_LE(ufunc_test::ulp_distance(got(i, j), want(i, j)), 4u) << i << "," << j;
      }
    }
  }
}

// The band copy moves bits: whole lines of a transposed input (two a column, or one in a last
// partial band) in register tiles of 2 x 2 (8-byte elements) or 4 x 4 (4-byte), the rest element
// by element (iterate.cc). Every element must land in its place: widths that are and are not whole
// tiles, partial bands (of one line, of part of a line), several column chunks, columns of a
// transposed input that are not contiguous (a stepped axis), both element sizes.
template <class T>
void check_transposed_copies() {
  const std::pair<intptr_t, intptr_t> shapes[] = {{37, 5000}, {1000, 3}, {9, 9},    {64, 67},
                                                  {33, 130},  {16, 16},  {8, 2049}, {17, 5},
                                                  {20, 48},   {12, 40}};
  for (const auto& [rows, cols] : shapes) {
    std::vector<T> m(static_cast<size_t>(rows * cols));
    for (size_t i = 0; i < m.size(); ++i) m[i] = static_cast<T>(i);
    for (intptr_t column_step : {1, 2}) {
      SCOPED_TRACE(std::to_string(rows) + "x" + std::to_string(cols) + " step " +
                   std::to_string(column_step));
      const auto mt = ufunc::transpose(ufunc::step(ufunc::view(m, {rows, cols}), 1, column_step));
      ufunc::Array<T> other(mt.shape());
      for (intptr_t i = 0; i < mt.shape(0); ++i) {
        for (intptr_t j = 0; j < mt.shape(1); ++j) other(i, j) = static_cast<T>((i * 7 + j) % 5);
      }
      const ufunc::Array<T> got = test_kernels::subtract(mt, other);
      for (intptr_t i = 0; i < mt.shape(0); ++i) {
        for (intptr_t j = 0; j < mt.shape(1); ++j) {
          ASSERT_EQ(got(i, j), static_cast<T>(mt(i, j) - other(i, j))) << i << "," << j;
        }
      }
    }
  }
}

// Rank 3: a batch of transposed matrices (the band's dimension is already next to the inner one)
// and a fully reversed axis order (walk() moves the input's contiguous dimension, the output's
// outermost, next to the inner one), with partial bands and tiles.
template <class T>
void check_transposed_copies_3d() {
  const intptr_t shapes[][3] = {{3, 37, 70}, {2, 100, 5}, {5, 17, 33}, {1, 64, 64}, {4, 3, 48}};
  const std::initializer_list<int> orders[] = {{0, 2, 1}, {2, 1, 0}, {1, 2, 0}};
  for (const auto& shape : shapes) {
    std::vector<T> m(static_cast<size_t>(shape[0] * shape[1] * shape[2]));
    for (size_t i = 0; i < m.size(); ++i) m[i] = static_cast<T>(i % 100003);
    for (const std::initializer_list<int>& order : orders) {
      std::string axes;
      for (int a : order) axes += std::to_string(a);
      SCOPED_TRACE(std::to_string(shape[0]) + "x" + std::to_string(shape[1]) + "x" +
                   std::to_string(shape[2]) + " transposed " + axes);
      const auto mt = ufunc::transpose(ufunc::view(m, {shape[0], shape[1], shape[2]}), order);
      ufunc::Array<T> other(mt.shape());
      for_each_index(mt.shape(), [&](const std::vector<intptr_t>& i) {
        other(i[0], i[1], i[2]) = static_cast<T>((i[0] * 3 + i[1] * 7 + i[2]) % 5);
      });
      const ufunc::Array<T> got = test_kernels::subtract(mt, other);
      for_each_index(mt.shape(), [&](const std::vector<intptr_t>& i) {
        ASSERT_EQ(got(i[0], i[1], i[2]),
                  static_cast<T>(mt(i[0], i[1], i[2]) - other(i[0], i[1], i[2])))
            << i[0] << "," << i[1] << "," << i[2];
      });
    }
  }
}

TEST(NdEngine, TransposedBandsOfRankThreeCopyEveryElementToItsPlace) {
  check_transposed_copies_3d<float>();
  check_transposed_copies_3d<double>();
  check_transposed_copies_3d<int32_t>();
  check_transposed_copies_3d<int64_t>();
}

// Short rows of a band run as one call where every other operand steps from row to row as one run
// (iterate.cc, walk): a C-ordered operand and a scalar allow it; a column slice of a wider matrix
// (rows apart), a broadcast row (outer step 0) and a parallel split of the columns do not. Each
// must still give every element its own result.
template <class T>
void check_short_transposed_rows() {
  const std::pair<intptr_t, intptr_t> shapes[] = {{8, 8}, {3, 40}, {33, 7}, {64, 2}, {5, 128}};
  for (const auto& [rows, cols] : shapes) {
    std::vector<T> m(static_cast<size_t>(rows * cols));
    for (size_t i = 0; i < m.size(); ++i) m[i] = static_cast<T>(i);
    const auto mt = ufunc::transpose(ufunc::view(m, {rows, cols}));  // cols x rows
    ufunc::Array<T> wide({cols, rows + 3});
    for (intptr_t i = 0; i < cols; ++i) {
      for (intptr_t j = 0; j < rows + 3; ++j) wide(i, j) = static_cast<T>((i * 5 + j) % 7);
    }
    const auto sliced = ufunc::slice(wide.view(), 1, 2, rows + 2);  // rows not adjacent
    ufunc::Array<T> row({rows});
    for (intptr_t j = 0; j < rows; ++j) row(j) = static_cast<T>(j % 3);
    const auto broadcast_row = ufunc::broadcast_to(row.view(), {cols, rows});
    SCOPED_TRACE(std::to_string(cols) + "x" + std::to_string(rows));
    ufunc::Array<T> c_ordered({cols, rows});
    for (intptr_t i = 0; i < cols; ++i) {
      for (intptr_t j = 0; j < rows; ++j) c_ordered(i, j) = sliced(i, j);
    }
    for (const auto& [name, other] :
         {std::pair<const char*, ufunc::ArrayView<const T>>{"C-ordered", c_ordered.view()},
          {"column slice", sliced},
          {"broadcast row", broadcast_row}}) {
      SCOPED_TRACE(name);
      for (const ufunc::Options& options :
           {ufunc::Options(), ufunc::Options().parallel().grain(3)}) {
        const ufunc::Array<T> got = test_kernels::subtract(mt, other, options);
        for (intptr_t i = 0; i < cols; ++i) {
          for (intptr_t j = 0; j < rows; ++j) {
            ASSERT_EQ(got(i, j), static_cast<T>(mt(i, j) - other(i, j))) << i << "," << j;
          }
        }
      }
    }
    const ufunc::Array<T> minus_one = test_kernels::subtract(mt, T(1));
    for (intptr_t i = 0; i < cols; ++i) {
      for (intptr_t j = 0; j < rows; ++j) ASSERT_EQ(minus_one(i, j), static_cast<T>(mt(i, j) - 1));
    }
  }
}

// Among short rows, inputs whose rows do not follow each other are copied a band at a time so that
// the band runs as one call (iterate.cc, walk): a broadcast column (M + col[:, None], each band row
// filled with its value) beside a C-ordered matrix, a transposed one, a column slice (rows apart),
// a stepped one, a reversed one; and a broadcast row, on its own. Serially and on threads, with the
// column first, second, and the second input of three.
template <class T>
void check_short_rows_of_inputs_apart() {
  const std::pair<intptr_t, intptr_t> shapes[] = {{1000, 8}, {37, 3}, {5, 64}, {300, 1}, {9, 129}};
  for (const auto& [rows, cols] : shapes) {
    SCOPED_TRACE(std::to_string(rows) + "x" + std::to_string(cols));
    ufunc::Array<T> m({rows, cols + 2});
    for (intptr_t i = 0; i < rows; ++i) {
      for (intptr_t j = 0; j < cols + 2; ++j) m(i, j) = static_cast<T>((i * 13 + j * 7) % 101);
    }
    ufunc::Array<T> c_ordered({rows, cols});
    for (intptr_t i = 0; i < rows; ++i) {
      for (intptr_t j = 0; j < cols; ++j) c_ordered(i, j) = m(i, j + 1);
    }
    std::vector<T> column(static_cast<size_t>(rows));
    for (intptr_t i = 0; i < rows; ++i) column[static_cast<size_t>(i)] = static_cast<T>(i % 17);
    const auto col = ufunc::new_axis(ufunc::view(std::as_const(column)), 1);
    ufunc::Array<T> transposed_storage({cols, rows});
    for (intptr_t i = 0; i < rows; ++i) {
      for (intptr_t j = 0; j < cols; ++j) transposed_storage(j, i) = c_ordered(i, j);
    }
    const auto transposed = ufunc::transpose(transposed_storage.view());
    const auto sliced = ufunc::slice(m.view(), 1, 1, cols + 1);  // rows 2 elements apart
    ufunc::Array<T> wide({rows, 2 * cols});
    for (intptr_t i = 0; i < rows; ++i) {
      for (intptr_t j = 0; j < cols; ++j) {
        wide(i, 2 * j) = c_ordered(i, j);
        wide(i, 2 * j + 1) = T(99);
      }
    }
    const auto stepped = ufunc::step(wide.view(), 1, 2);
    ufunc::Array<T> mirrored({rows, cols});
    for (intptr_t i = 0; i < rows; ++i) {
      for (intptr_t j = 0; j < cols; ++j) mirrored(i, cols - 1 - j) = c_ordered(i, j);
    }
    const auto reversed = ufunc::reversed(mirrored.view(), 1);
    for (const auto& [name, matrix] :
         {std::pair<const char*, ArrayView<const T>>{"C-ordered", c_ordered.view()},
          {"transposed", transposed},
          {"column slice", sliced},
          {"stepped", stepped},
          {"reversed", reversed}}) {
      SCOPED_TRACE(name);
      for (const ufunc::Options& options :
           {ufunc::Options(), ufunc::Options().parallel().grain(5)}) {
        const ufunc::Array<T> got = test_kernels::subtract(matrix, col, options);
        const ufunc::Array<T> flipped = test_kernels::subtract(col, matrix, options);
        // b*b - 4*a*c with b the column.
        const ufunc::Array<T> three = test_kernels::discriminant(matrix, col, T(2), options);
        for (intptr_t i = 0; i < rows; ++i) {
          for (intptr_t j = 0; j < cols; ++j) {
            const T want = static_cast<T>(matrix(i, j) - column[static_cast<size_t>(i)]);
            ASSERT_EQ(got(i, j), want) << i << "," << j;
            ASSERT_EQ(flipped(i, j), static_cast<T>(-want)) << i << "," << j;
            const T b = column[static_cast<size_t>(i)];
            ASSERT_EQ(three(i, j), static_cast<T>(b * b - 4 * matrix(i, j) * 2)) << i << "," << j;
          }
        }
      }
    }
    std::vector<T> row_values(static_cast<size_t>(cols));
    for (intptr_t j = 0; j < cols; ++j) row_values[static_cast<size_t>(j)] = static_cast<T>(j * 3);
    const auto row = ufunc::view(std::as_const(row_values));
    for (const ufunc::Options& options : {ufunc::Options(), ufunc::Options().parallel().grain(5)}) {
      const ufunc::Array<T> got = test_kernels::subtract(row, c_ordered, options);
      for (intptr_t i = 0; i < rows; ++i) {
        for (intptr_t j = 0; j < cols; ++j) {
          ASSERT_EQ(got(i, j), static_cast<T>(row_values[static_cast<size_t>(j)] - c_ordered(i, j)))
              << "row " << i << "," << j;
        }
      }
    }
  }
}

TEST(NdEngine, ShortRowsOfInputsApartRunABandAtATimeAndGiveEveryElementItsValue) {
  check_short_rows_of_inputs_apart<float>();
  check_short_rows_of_inputs_apart<double>();
  check_short_rows_of_inputs_apart<int64_t>();
}

TEST(NdEngine, ShortTransposedRowsRunAsOneOnlyWhereTheOtherOperandsStepAsOne) {
  check_short_transposed_rows<float>();
  check_short_transposed_rows<double>();
  check_short_transposed_rows<int32_t>();
}

TEST(NdEngine, TransposedBandsCopyEveryElementToItsPlace) {
  check_transposed_copies<float>();
  check_transposed_copies<double>();
  check_transposed_copies<int32_t>();
  check_transposed_copies<int64_t>();
}

}  // namespace

namespace {

// Stepped inputs take vector paths for steps of -1, 2, 3 and 4 elements (loops-inl.h,
// gather_block). The buffers end exactly at the last element: under AddressSanitizer a read past it
// fails the test.
template <class T>
void check_steps() {
  for (intptr_t step : {-4, -3, -2, -1, 2, 3, 4, 5}) {
    for (intptr_t n : {1, 7, 8, 9, 16, 17, 31, 33, 255, 256, 257, 1000}) {
      SCOPED_TRACE("step " + std::to_string(step) + " n " + std::to_string(n));
      const intptr_t span = (n - 1) * (step < 0 ? -step : step) + 1;
      std::vector<T> base(static_cast<size_t>(span));
      for (intptr_t i = 0; i < span; ++i) base[static_cast<size_t>(i)] = static_cast<T>(0.001 * i);
      const auto v = ufunc::step(ufunc::view(base), 0, step);
      ASSERT_EQ(v.shape(0), n);
      const ufunc::Array<T> got = test_kernels::trig(v, T(0.5));
      for (intptr_t i = 0; i < n; ++i) {
        const T x = v(i);
        ASSERT_LE(
            ufunc_test::ulp_distance(
                got(i), test_kernels::trig(ufunc::ArrayView<const T>(&x, ufunc::Dims{}), T(0.5))()),
            0u)
            << i;
      }
    }
  }
}

TEST(NdEngine, SteppedInputsMatchElementByElementCallsAndStayInTheirBuffer) {
  check_steps<float>();
  check_steps<double>();
}

// Reversed (step -1) and repeated (step 0) inputs are read in place by the vector loop, whole
// vectors reversed in registers or splat (loops-inl.h, run_vectors); the head up to an aligned
// output and the tail go through a padded vector. Every mix of such inputs, at lengths around
// each vector width and outputs starting off alignment, must give bit for bit what the same target
// gives on contiguous copies. Each buffer ends at its last element, so under AddressSanitizer a
// load past either end of a reversed run fails the test.
enum class Run { kContiguous, kReversed, kRepeated };

template <class T>
void check_runs_read_in_place(ufunc::Target target) {
  std::mt19937 rng(20261208);
  std::uniform_real_distribution<double> value(-2, 2);
  const Run kRuns[] = {Run::kContiguous, Run::kReversed, Run::kRepeated};
  for (intptr_t n : {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 257, 1000}) {
    for (Run r0 : kRuns) {
      for (Run r1 : kRuns) {
        for (Run r2 : kRuns) {
          SCOPED_TRACE("n " + std::to_string(n) + " runs " + std::to_string(int(r0)) +
                       std::to_string(int(r1)) + std::to_string(int(r2)));
          const Run runs[3] = {r0, r1, r2};
          std::vector<T> bufs[3];
          std::vector<T> logical[3];  // the elements each view yields, in order
          ArrayView<const T> views[3];
          for (int k = 0; k < 3; ++k) {
            bufs[k].resize(runs[k] == Run::kRepeated ? 1 : static_cast<size_t>(n));
            for (T& x : bufs[k]) x = static_cast<T>(value(rng));
            if (runs[k] == Run::kContiguous) views[k] = ufunc::view(bufs[k]);
            if (runs[k] == Run::kReversed) views[k] = ufunc::reversed(ufunc::view(bufs[k]), 0);
            if (runs[k] == Run::kRepeated) views[k] = ufunc::view(bufs[k], {n}, {0});
            for (intptr_t i = 0; i < n; ++i) logical[k].push_back(views[k](i));
          }
          const auto options = ufunc::Options().target(target);
          const ufunc::Array<T> want_muladd = test_kernels::muladd_(
              ufunc::view(logical[0]), ufunc::view(logical[1]), ufunc::view(logical[2]), options);
          const ufunc::Array<T> want_trig =
              test_kernels::trig(ufunc::view(logical[0]), ufunc::view(logical[1]), options);
          for (intptr_t offset = 0; offset < 4; ++offset) {
            std::vector<T> out_buf(static_cast<size_t>(n + offset));
            const auto out = ufunc::view(out_buf, {n}, {sizeof(T)}, offset);
            test_kernels::muladd_(views[0], views[1], views[2], out, options);
            ASSERT_EQ(std::memcmp(&out_buf[offset], &want_muladd(0), n * sizeof(T)), 0)
                << "muladd_, output " << offset << " elements in";
            test_kernels::trig(views[0], views[1], out, options);
            ASSERT_EQ(std::memcmp(&out_buf[offset], &want_trig(0), n * sizeof(T)), 0)
                << "trig, output " << offset << " elements in";
          }
        }
      }
    }
  }
}

TEST(NdEngine, ReversedAndRepeatedInputsReadInPlaceGiveTheContiguousResultsOnEveryTarget) {
  for (ufunc::Target t : testable_targets()) {
    SCOPED_TRACE(ufunc::target_name(t));
    check_runs_read_in_place<float>(t);
    check_runs_read_in_place<double>(t);
  }
}

// NumPy allows strides that are not a multiple of the element size (packed records).
TEST(NdEngine, StridesThatAreNotAMultipleOfTheElementSize) {
  // 12-byte records: a double then an int32, packed.
  std::vector<unsigned char> records(12 * 100);
  for (int i = 0; i < 100; ++i) {
    const double x = 0.01 * i;
    std::memcpy(records.data() + 12 * i, &x, sizeof x);
  }
  const ArrayView<const double> xs(reinterpret_cast<const double*>(records.data()), {100}, {12});
  const ufunc::Array<double> got = test_kernels::trig(xs, 0.0);
  for (int i = 0; i < 100; ++i) {
    const double x = 0.01 * i;
    EXPECT_LE(ufunc_test::ulp_distance(got(i), std::sin(x * x)), 4u) << i;
  }
}

TEST(NdErrors, MoreThan32DimensionsAndNegativeShapesAreShapeErrors) {
  EXPECT_THAT(message_of([] { ufunc::Dims::filled(33, 1); }), HasSubstr("more than 32 dimensions"));
  EXPECT_THAT(message_of([] {
                ufunc::Array<double> a({2, -1});
              }),
              HasSubstr("negative dimension in shape (2,-1)"));
  std::vector<double> buf(4);
  EXPECT_THAT(message_of([&] { ufunc::view(buf, {-2}, {8}); }), HasSubstr("negative dimension"));
}

}  // namespace
