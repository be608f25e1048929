#include "ufunc/iterate.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <type_traits>

#include "ufunc/allocate.h"

namespace ufunc {
namespace detail {
namespace {

struct FreeMemory {
  void operator()(char* p) const { std::free(p); }
};

// True if dimension a should be walked outside dimension b: larger strides outside, deciding by
// operand `order_by` first, then by the others in order.
bool walks_outside(const LoopPlan& p, int a, int b, int order_by) {
  const intptr_t sa = std::labs(p.strides[a][order_by]), sb = std::labs(p.strides[b][order_by]);
  if (sa != sb) return sa > sb;
  for (int k = 0; k < p.num_ops; ++k) {
    const intptr_t ka = std::labs(p.strides[a][k]), kb = std::labs(p.strides[b][k]);
    if (ka != kb) return ka > kb;
  }
  return false;
}

void swap_dims(LoopPlan& p, int a, int b) {
  const intptr_t s = p.shape[a];
  p.shape[a] = p.shape[b];
  p.shape[b] = s;
  for (int k = 0; k < p.num_ops; ++k) {
    const intptr_t t = p.strides[a][k];
    p.strides[a][k] = p.strides[b][k];
    p.strides[b][k] = t;
  }
}

// An input that steps through the inner dimension more widely than through the one before it: a
// transposed input, which a row-by-row walk would read one cache line per element, with
// power-of-two strides mapping every line to the same few L1 sets.
bool is_transposed(const LoopPlan& plan, int k) {
  if (plan.rank < 2) return false;
  const intptr_t inner = std::labs(plan.strides[plan.rank - 1][k]);
  const intptr_t outer = std::labs(plan.strides[plan.rank - 2][k]);
  return outer != 0 && inner > outer;
}

// The plan with one more dimension moved next to the inner one, for the band walk: the one through
// which the first input that steps more widely through the inner dimension than through some other
// steps least (a.transpose(2, 1, 0) + b: a's contiguous dimension, the outermost of the output's).
// Elements are independent, so the order of the outer dimensions is free.
LoopPlan with_band_dimension(const LoopPlan& plan, int num_in) {
  LoopPlan p = plan;
  if (p.rank < 3) return p;
  for (int k = 0; k < num_in; ++k) {
    const intptr_t inner = std::labs(p.strides[p.rank - 1][k]);
    int best = -1;
    for (int d = 0; d + 1 < p.rank; ++d) {
      const intptr_t s = std::labs(p.strides[d][k]);
      if (s != 0 && s < inner && (best < 0 || s < std::labs(p.strides[best][k]))) best = d;
    }
    if (best < 0) continue;
    for (int d = best; d + 2 < p.rank; ++d) swap_dims(p, d, d + 1);
    return p;
  }
  return p;
}

// Cache lines of the transposed input per column of a band. Two, not one, by measurement (M.T + M,
// AVX3, f64 1024 x 1024: 1.46-1.54 -> 1.26-1.31 ns/element, f32: 0.77-0.82 -> 0.60-0.64; f64
// 4096 x 4096: 4.9 -> 3.8-3.9); likely because the L2 prefetcher fetches aligned 128-byte pairs of
// lines, whose second half a band one line deep left for a later band. Four lines a column were no
// better, eight slower.
constexpr intptr_t kBandLines = 2;

// Rows of a band up to this many bytes are merged into one run where the other operands allow it
// (walk): rows 512 bytes apart still spread over 8 L1 sets while the copy writes down a column.
constexpr intptr_t kMergedRowBytes = 512;
// A band of merged rows without a transposed input holds this many bytes (walk).
constexpr intptr_t kMergedBandBytes = 4096;
// Rows of up to this many bytes merge even where an input's rows are apart (not transposed): it is
// copied into the band as well (walk).
constexpr intptr_t kCopiedRowBytes = 128;

// Copies rows x cols elements of kSize bytes (rows along outer_step, columns along inner_step)
// into a row-major band whose rows are `pitch` bytes apart. kSize is a constant so that each
// element is one load and one store, not a call to memcpy; kRows, if not 0, is the constant number
// of rows of a whole band read down a contiguous column (outer_step == kSize), so that the column's
// lines are read by kRows loads at constant offsets, with no inner loop: M.T + M, f64 128 x 128
// (in L2), 0.88 -> 0.6 ns/element.
// Asks for the `lines` lines of column c + kPrefetchAhead of a band read down its columns. Hardware
// prefetchers do not follow a walk across lines a row apart, and each line costs a full cache miss
// (M.T + M, f64 1024 x 1024: 4.3 ns/element without this, 1.4 with it). The lines go to L2, 32
// columns ahead: with power-of-two rows they all map to one L1 set, and 32 lines fit in the L2
// sets they share.
constexpr intptr_t kPrefetchAhead = 32;
inline void prefetch_column_ahead(const char* src, intptr_t c, intptr_t cols, intptr_t inner_step,
                                  intptr_t lines) {
  if (c + kPrefetchAhead >= cols) return;
  for (intptr_t l = 0; l < lines; ++l)
    __builtin_prefetch(src + (c + kPrefetchAhead) * inner_step + 64 * l, 0, 2);
}

template <size_t kSize, intptr_t kRows>
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-vectorize")))  // GCC 12 makes slow insert chains of this loop
#endif
void copy_band_of(char* band, intptr_t pitch, const char* src, intptr_t rows, intptr_t cols,
                  intptr_t outer_step, intptr_t inner_step) {
  if constexpr (kRows > 0) {
    rows = kRows;
    outer_step = static_cast<intptr_t>(kSize);
  }
  for (intptr_t c = 0; c < cols; ++c) {
    const char* p = src + c * inner_step;
    prefetch_column_ahead(src, c, cols, inner_step, kRows > 0 ? kBandLines : 1);
    char* q = band + c * static_cast<intptr_t>(kSize);
    for (intptr_t r = 0; r < rows; ++r) std::memcpy(q + r * pitch, p + r * outer_step, kSize);
  }
}

#if defined(__GNUC__) && !defined(__clang__)
// `lines` whole cache lines of kSize-byte elements read down contiguous columns, in tiles of L x L
// elements that fill one 16-byte vector per row, transposed in registers: L loads, 2 L shuffles
// and L stores instead of L^2 loads and stores (M.T + M, f32 512 x 512: 0.54 -> 0.3 ns/element).
// The bits are moved as integers; columns beyond the last whole tile are copied one by one.
typedef uint32_t U32x4 __attribute__((vector_size(16)));
typedef uint64_t U64x2 __attribute__((vector_size(16)));

template <size_t kSize>
void copy_lines_in_tiles(char* band, intptr_t pitch, const char* src, intptr_t cols,
                         intptr_t inner_step, intptr_t lines) {
  using Vec = std::conditional_t<kSize == 8, U64x2, U32x4>;
  constexpr intptr_t kLanes = 16 / static_cast<intptr_t>(kSize);
  const intptr_t rows = lines * 64 / static_cast<intptr_t>(kSize);
  intptr_t c = 0;
  for (; c + kLanes <= cols; c += kLanes) {
    const char* p = src + c * inner_step;
    for (intptr_t j = 0; j < kLanes; ++j)
      prefetch_column_ahead(src, c + j, cols, inner_step, lines);
    char* q = band + c * static_cast<intptr_t>(kSize);
    for (intptr_t r = 0; r < rows; r += kLanes) {
      Vec v[kLanes];
      for (intptr_t j = 0; j < kLanes; ++j) std::memcpy(&v[j], p + j * inner_step + r * kSize, 16);
      Vec row[kLanes];
      if constexpr (kLanes == 2) {
        row[0] = __builtin_shuffle(v[0], v[1], Vec{0, 2});
        row[1] = __builtin_shuffle(v[0], v[1], Vec{1, 3});
      } else {
        const Vec t0 = __builtin_shuffle(v[0], v[1], Vec{0, 4, 1, 5});
        const Vec t1 = __builtin_shuffle(v[0], v[1], Vec{2, 6, 3, 7});
        const Vec t2 = __builtin_shuffle(v[2], v[3], Vec{0, 4, 1, 5});
        const Vec t3 = __builtin_shuffle(v[2], v[3], Vec{2, 6, 3, 7});
        row[0] = __builtin_shuffle(t0, t2, Vec{0, 1, 4, 5});
        row[1] = __builtin_shuffle(t0, t2, Vec{2, 3, 6, 7});
        row[2] = __builtin_shuffle(t1, t3, Vec{0, 1, 4, 5});
        row[3] = __builtin_shuffle(t1, t3, Vec{2, 3, 6, 7});
      }
      for (intptr_t i = 0; i < kLanes; ++i) std::memcpy(q + (r + i) * pitch, &row[i], 16);
    }
  }
  copy_band_of<kSize, 0>(band + c * static_cast<intptr_t>(kSize), pitch, src + c * inner_step, rows,
                         cols - c, kSize, inner_step);
}
#endif

template <size_t kSize>
void copy_band_of_size(char* band, intptr_t pitch, const char* src, intptr_t rows, intptr_t cols,
                       intptr_t outer_step, intptr_t inner_step) {
  constexpr intptr_t kLineRows = 64 / static_cast<intptr_t>(kSize);
  if (rows % kLineRows == 0 && outer_step == static_cast<intptr_t>(kSize)) {
#if defined(__GNUC__) && !defined(__clang__)
    return copy_lines_in_tiles<kSize>(band, pitch, src, cols, inner_step, rows / kLineRows);
#else
    if (rows == kBandLines * kLineRows) {
      return copy_band_of<kSize, kBandLines * kLineRows>(band, pitch, src, rows, cols, outer_step,
                                                         inner_step);
    }
#endif
  }
  return copy_band_of<kSize, 0>(band, pitch, src, rows, cols, outer_step, inner_step);
}

// The band of an input whose rows are apart but not transposed (stepped or reversed along its
// rows): row by row, in the order of its memory.
template <size_t kSize>
void copy_rows_of(char* band, intptr_t pitch, const char* src, intptr_t rows, intptr_t cols,
                  intptr_t outer_step, intptr_t inner_step) {
  for (intptr_t r = 0; r < rows; ++r) {
    const char* p = src + r * outer_step;
    char* q = band + r * pitch;
    for (intptr_t c = 0; c < cols; ++c) std::memcpy(q + c * kSize, p + c * inner_step, kSize);
  }
}

void copy_band(char* band, intptr_t pitch, const char* src, intptr_t rows, intptr_t cols,
               intptr_t outer_step, intptr_t inner_step, size_t size) {
  if (inner_step == static_cast<intptr_t>(size)) {  // rows contiguous but apart: row by row
    for (intptr_t r = 0; r < rows; ++r) {
      std::memcpy(band + r * pitch, src + r * outer_step, static_cast<size_t>(cols) * size);
    }
    return;
  }
  if (inner_step != 0 && std::labs(inner_step) < std::labs(outer_step)) {  // not transposed
    if (size == 8) return copy_rows_of<8>(band, pitch, src, rows, cols, outer_step, inner_step);
    return copy_rows_of<4>(band, pitch, src, rows, cols, outer_step, inner_step);
  }
  if (size == 8) return copy_band_of_size<8>(band, pitch, src, rows, cols, outer_step, inner_step);
  return copy_band_of_size<4>(band, pitch, src, rows, cols, outer_step, inner_step);
}

}  // namespace

void walk(const LoopPlan& plan, int num_in, size_t size, InnerLoop loop, intptr_t row_begin,
          intptr_t row_end, intptr_t col_begin, intptr_t col_end) {
  if (plan.rank < 2) return for_each_run(plan, row_begin, row_end, col_begin, col_end, loop);
  // Inputs copied band by band into row-major buffers: transposed ones, and (below) among short
  // rows those whose rows are apart.
  const LoopPlan p = with_band_dimension(plan, num_in);
  bool banded[kMaxOperands] = {};
  bool transposed = false;
  for (int k = 0; k < num_in; ++k) transposed |= banded[k] = is_transposed(p, k);
  // A band is kBandLines cache lines of the transposed input deep and up to kCols wide
  // (L2-resident). M.T + M, 1024x1024 f64: 6.3 ns/element walking row by row, 1.0 in bands of one
  // line (contiguous: 0.6).
  intptr_t band_rows = kBandLines * static_cast<intptr_t>(64 / size > 0 ? 64 / size : 1);
  constexpr intptr_t kCols = 2048;
  const intptr_t width = col_end - col_begin < kCols ? col_end - col_begin : kCols;
  const int band_dim = p.rank - 2, inner_dim = p.rank - 1;
  intptr_t outer_step[kMaxOperands] = {}, inner_step[kMaxOperands] = {};
  for (int k = 0; k < p.num_ops; ++k) {
    outer_step[k] = p.strides[band_dim][k];
    inner_step[k] = p.strides[inner_dim][k];
  }
  // Short rows run as one: where the outputs step from one row to the next as if the rows were
  // one run (outer step = width x inner step), every input that does not is copied a band at a
  // time without padding between its rows, and the band is walked by one call of the inner loop
  // instead of one a row. A call of 8 elements costs about what 64 do: a batch of 8 x 8
  // transposes, f32, 2.73 -> 1.36 ns/element; M + col[:, None] with rows of 8 (the column copied
  // into the band, each row filled with its value), M of 131072 x 8, f64, 4.3 -> 1.1 (NumPy 1.6);
  // with rows of 8 f64, M[:, ::-1] + N 2.3-4.1 -> 0.73-0.78, N + row 1.6-2.7 -> 0.86.
  const intptr_t row_bytes = width * static_cast<intptr_t>(size);
  bool merge_rows = row_bytes <= kMergedRowBytes;
  bool rows_apart[kMaxOperands] = {};  // inputs copied only so that the rows merge
  bool any_apart = false;
  for (int k = 0; merge_rows && k < p.num_ops; ++k) {
    const bool one_run = outer_step[k] == width * inner_step[k];
    if (k >= num_in) {
      merge_rows = one_run;
    } else if (!one_run && !banded[k]) {
      // Copied element by element, which costs more than the call it saves beyond a few elements
      // (M[:, ::-1] + N, f64, rows of 64: 0.7-1.1 ns/element a call per row, 1.8-2.5 copied).
      merge_rows = row_bytes <= kCopiedRowBytes;
      any_apart = rows_apart[k] = merge_rows;
    }
  }
  if (!transposed && !(merge_rows && any_apart)) {
    return for_each_run(plan, row_begin, row_end, col_begin, col_end, loop);
  }
  if (merge_rows) {
    for (int k = 0; k < num_in; ++k) banded[k] |= rows_apart[k];
    // Without a transposed input, whose lines set the band's depth, bands of merged rows hold
    // kMergedBandBytes: fewer, longer calls (narrow_col, f32 1M: 0.34 -> 0.23 ns/element).
    if (!transposed) band_rows = std::max(band_rows, kMergedBandBytes / row_bytes);
  }
  // Otherwise whole cache lines, and one more than a row: with power-of-two rows, the band's rows
  // would all map to the same L1 set (f32 1024 x 1024: 16 rows 4 KiB apart in 12 ways; 4.3 -> 2.5
  // ns/element).
  const intptr_t pitch = merge_rows ? row_bytes : (row_bytes + 63) / 64 * 64 + 64;
  // Aligned like the arrays, so that the kernel's vector loads from the band's rows do not split
  // cache lines.
  std::unique_ptr<char, FreeMemory> bands[kMaxOperands];
  for (int k = 0; k < num_in; ++k) {
    if (banded[k])
      bands[k].reset(static_cast<char*>(allocate(static_cast<size_t>(band_rows * pitch))));
  }
  char* ptrs[kMaxOperands] = {};
  intptr_t steps[kMaxOperands] = {};
  // Rows are flat indices over the dimensions before the inner one; each stretch of them within
  // one index of the dimensions before band_dim is a 2-d walk from its own origin.
  const intptr_t band_extent = p.shape[band_dim];
  for (intptr_t row = row_begin; row < row_end;) {
    const intptr_t first = row % band_extent;
    const intptr_t last = std::min(band_extent, first + (row_end - row));
    char* origin[kMaxOperands];
    for (int k = 0; k < p.num_ops; ++k) origin[k] = p.base[k];
    intptr_t rest = row / band_extent;
    for (int d = band_dim - 1; d >= 0; --d) {
      for (int k = 0; k < p.num_ops; ++k) origin[k] += (rest % p.shape[d]) * p.strides[d][k];
      rest /= p.shape[d];
    }
    for (intptr_t c0 = col_begin; c0 < col_end; c0 += kCols) {
      const intptr_t cols = col_end - c0 < kCols ? col_end - c0 : kCols;
      for (intptr_t r0 = first; r0 < last; r0 += band_rows) {
        const intptr_t rows = last - r0 < band_rows ? last - r0 : band_rows;
        for (int k = 0; k < num_in; ++k) {
          if (!banded[k]) continue;
          copy_band(bands[k].get(), pitch, origin[k] + r0 * outer_step[k] + c0 * inner_step[k],
                    rows, cols, outer_step[k], inner_step[k], size);
        }
        // Merged rows: one run from the band's first row (r = 0 only).
        const intptr_t runs = merge_rows ? 1 : rows;
        const intptr_t run_length = merge_rows ? rows * cols : cols;
        for (intptr_t r = 0; r < runs; ++r) {
          for (int k = 0; k < p.num_ops; ++k) {
            if (k < num_in && banded[k]) {
              ptrs[k] = bands[k].get() + r * pitch;
              steps[k] = static_cast<intptr_t>(size);
            } else {
              ptrs[k] = origin[k] + (r0 + r) * outer_step[k] + c0 * inner_step[k];
              steps[k] = inner_step[k];
            }
          }
          loop(ptrs, steps, static_cast<size_t>(run_length));
        }
      }
    }
    row += last - first;
  }
}

LoopPlan make_plan(const Layout* ops, int num_ops, int order_by) {
  LoopPlan p;
  p.num_ops = num_ops;
  p.rank = 0;

  for (int k = 0; k < num_ops; ++k) p.base[k] = ops[k].data;
  const Dims& shape = ops[0].shape;
  for (int d = 0; d < shape.size(); ++d) {
    if (shape[d] == 1) continue;
    p.shape[p.rank] = shape[d];
    for (int k = 0; k < num_ops; ++k) p.strides[p.rank][k] = ops[k].strides[d];
    ++p.rank;
  }
  if (p.rank == 0) {  // a single element (or a 0-d operand)
    p.rank = 1;
    p.shape[0] = 1;
    for (int k = 0; k < num_ops; ++k) p.strides[0][k] = 0;
    return p;
  }
  // Walk forwards through the ordering operand: start each backward dimension at its end.
  for (int d = 0; d < p.rank; ++d) {
    if (p.strides[d][order_by] >= 0) continue;
    for (int k = 0; k < num_ops; ++k) {
      p.base[k] += p.strides[d][k] * (p.shape[d] - 1);
      p.strides[d][k] = -p.strides[d][k];
    }
  }
  // Insertion sort, stable: at most 32 dimensions.
  for (int i = 1; i < p.rank; ++i) {
    for (int j = i; j > 0 && walks_outside(p, j, j - 1, order_by); --j) swap_dims(p, j, j - 1);
  }
  // Merge a dimension into the next inner one where every operand steps through both as one.
  int out = p.rank - 1;
  for (int d = p.rank - 2; d >= 0; --d) {
    bool mergeable = true;
    for (int k = 0; k < num_ops && mergeable; ++k) {
      mergeable = p.strides[d][k] == p.strides[out][k] * p.shape[out];
    }
    if (mergeable) {
      p.shape[out] *= p.shape[d];
    } else {
      --out;
      if (out != d) {
        p.shape[out] = p.shape[d];
        for (int k = 0; k < num_ops; ++k) p.strides[out][k] = p.strides[d][k];
      }
    }
  }
  // Dimensions now sit in [out, rank); move them to the front.
  const int rank = p.rank - out;
  for (int d = 0; d < rank; ++d) {
    p.shape[d] = p.shape[out + d];
    for (int k = 0; k < num_ops; ++k) p.strides[d][k] = p.strides[out + d][k];
  }
  p.rank = rank;
  return p;
}

}  // namespace detail
}  // namespace ufunc
