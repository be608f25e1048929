// reduce and accumulate, compiled once: they plan the walk and call the per-target loops (the
// ufunc's element-wise InnerLoop, and the pairwise fold of a reorderable ufunc).
//
// A reduction keeps some dimensions of the input (one output element per index) and combines the
// others. It is walked one of three ways:
//  - fold: the innermost dimension in memory is reduced and long: each output element gets the
//    pairwise SIMD fold of its runs (reorderable ufuncs only);
//  - across: the reduced dimensions go outside and the kept ones inside, and each step is the
//    element-wise loop out = f(out, a[r, ...]) over whole rows of kept elements: a strided reduced
//    axis is vectorised across the kept ones, never gathered;
//  - sequential: a non-reorderable ufunc whose kept rows are too short to vectorise runs its scalar
//    lambda along the reduced axis, in order.
#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "tbb/parallel_for.h"
#include "tbb/parallel_invoke.h"
#include "ufunc/broadcast.h"
#include "ufunc/iterate.h"
#include "ufunc/parallel.h"
#include "ufunc/ufunc.h"

namespace ufunc {
namespace detail {
namespace {

// Below this many elements of work per task a reduction stays serial (TBB's fork and join costs a
// few microseconds).
constexpr double kSerialBelowNs = 30000;
// Tasks get about this much work.
constexpr double kChunkNs = 50000;
// Fold mode is for reduced runs at least this long; shorter ones are combined across.
constexpr intptr_t kMinFoldRun = 32;
// Kept rows shorter than this are not worth the element-wise loop for a non-reorderable ufunc.
constexpr intptr_t kMinAcrossRow = 16;

// One dimension of the walk: its length, the input's and the output's stride (0 along reduced
// dimensions).
struct Dim {
  intptr_t len;
  intptr_t a;
  intptr_t o;
  bool reduced;
};

struct Dims2 {
  int rank = 0;
  Dim d[kMaxRank];
  void push(const Dim& x) { d[rank++] = x; }
};

// Sorts by decreasing |input stride| (stable) and merges neighbours of the same kind through which
// both operands step as one.
void sort_and_merge(Dims2& dims) {
  // Insertion sort, stable, without the allocation of std::stable_sort: at most 32 dimensions.
  for (int i = 1; i < dims.rank; ++i) {
    for (int j = i; j > 0 && std::labs(dims.d[j].a) > std::labs(dims.d[j - 1].a); --j) {
      std::swap(dims.d[j], dims.d[j - 1]);
    }
  }
  int out = 0;
  for (int i = 1; i < dims.rank; ++i) {
    Dim& prev = dims.d[out];
    const Dim& cur = dims.d[i];
    if (prev.reduced == cur.reduced && prev.a == cur.a * cur.len && prev.o == cur.o * cur.len) {
      prev.len *= cur.len;
      prev.a = cur.a;
      prev.o = cur.o;
    } else {
      dims.d[++out] = cur;
    }
  }
  dims.rank = dims.rank ? out + 1 : 0;
}

// `dims` regrouped: the reduced dimensions first (reduced_outside) or last, each group in its
// order. Returns the size of the first group.
int regroup(const Dims2& dims, bool reduced_outside, Dims2& out) {
  int first = 0;
  for (int pass = 0; pass < 2; ++pass) {
    for (int d = 0; d < dims.rank; ++d) {
      if (dims.d[d].reduced == (reduced_outside == (pass == 0))) out.push(dims.d[d]);
    }
    if (pass == 0) first = out.rank;
  }
  return first;
}

// A LoopPlan over `ops` operands from dims (outer first); operand k's stride in a dimension is
// picked by `which[k]` (0: the input's, 1: the output's).
LoopPlan plan_of(const Dim* dims, int rank, char* const* bases, const int* which, int num_ops) {
  LoopPlan p;
  p.num_ops = num_ops;
  for (int k = 0; k < num_ops; ++k) p.base[k] = bases[k];
  p.rank = rank > 0 ? rank : 1;
  if (rank == 0) {
    p.shape[0] = 1;
    for (int k = 0; k < num_ops; ++k) p.strides[0][k] = 0;
  }
  for (int d = 0; d < rank; ++d) {
    p.shape[d] = dims[d].len;
    for (int k = 0; k < num_ops; ++k) p.strides[d][k] = which[k] ? dims[d].o : dims[d].a;
  }
  return p;
}

// Runs body(begin, end) over [0, n) in blocks of `grain` (>= 1), in parallel when `parallel`.
template <class Body>
void blocks(bool parallel, intptr_t n, intptr_t grain, Body body) {
  if (!parallel || n <= grain) return body(intptr_t{0}, n);
  tbb::parallel_for(tbb::blocked_range<intptr_t>(0, n, grain),
                    [&](const tbb::blocked_range<intptr_t>& r) { body(r.begin(), r.end()); });
}

// How the elements of a reduction combine: by the target's pairwise fold if the ufunc is
// reorderable and the call is not a reference call, else by its scalar lambda in order.
struct Combiner {
  const ReductionLoops* tree;  // null: in order, with `reference`
  InnerLoop reference;
  size_t size;

  // *acc = f(*acc, x[0], ..., x[n-1]) if has_acc, else the same without *acc (n >= 1).
  void fold(const char* x, intptr_t step, size_t n, char* acc, bool has_acc) const {
    if (tree) return tree->fold(x, step, n, acc, has_acc);
    if (!has_acc) {
      std::memcpy(acc, x, size);
      x += step;
      --n;
    }
    // The reference loop reads and writes one element at a time, so an input and the output at
    // the same address with step 0 make it a running fold.
    char* args[3] = {acc, const_cast<char*>(x), acc};
    const intptr_t steps[3] = {0, step, 0};
    reference(args, steps, n);
  }

  // fold over one long run, its tree's top levels on several threads: the same tree as the serial
  // fold, so the same result whatever the thread count.
  void parallel_fold(const char* x, intptr_t step, size_t n, char* acc, bool has_acc,
                     size_t grain) const {
    char tree_result[8];
    parallel_tree(x, step, n, tree_result, std::max(grain, tree->leaf));
    if (has_acc) {
      tree->combine(acc, tree_result);
    } else {
      std::memcpy(acc, tree_result, size);
    }
  }

 private:
  void parallel_tree(const char* x, intptr_t step, size_t n, char* result, size_t grain) const {
    if (n <= grain) return tree->fold(x, step, n, result, false);
    const size_t half = fold_split(n, tree->leaf);
    char right[8];
    tbb::parallel_invoke([&] { parallel_tree(x, step, half, result, grain); },
                         [&] {
                           parallel_tree(x + static_cast<intptr_t>(half) * step, step, n - half,
                                         right, grain);
                         });
    tree->combine(result, right);
  }
};

// Element moves with the size a compile-time constant, so that each is one load and one store: a
// memcpy of run-time size is a call per element (filling 1024 doubles took 3.4 us).
template <size_t kSize>
void fill_of(char* out, intptr_t count, const char* value) {
  for (intptr_t i = 0; i < count; ++i)
    std::memcpy(out + i * static_cast<intptr_t>(kSize), value, kSize);
}
void fill(char* out, intptr_t count, const char* value, size_t size) {
  return size == 8 ? fill_of<8>(out, count, value) : fill_of<4>(out, count, value);
}

template <size_t kSize>
void copy_run_of(char* const* ptrs, const intptr_t* steps, size_t n, int from, int to) {
  for (size_t i = 0; i < n; ++i) {
    std::memcpy(ptrs[to] + steps[to] * static_cast<intptr_t>(i),
                ptrs[from] + steps[from] * static_cast<intptr_t>(i), kSize);
  }
}
void copy_run(char* const* ptrs, const intptr_t* steps, size_t n, int from, int to, size_t size) {
  return size == 8 ? copy_run_of<8>(ptrs, steps, n, from, to)
                   : copy_run_of<4>(ptrs, steps, n, from, to);
}

// What one reduction call needs to know, shared by its walks.
struct Reduction {
  size_t size;
  Combiner combiner;
  InnerLoop loop;      // the element-wise loop: out = f(out, a)
  double ns_per_elem;  // its cost, for the parallel split; 0: serial
  bool has_start;      // out holds the start value already

  bool parallel_pays(double elements) const {
    return ns_per_elem > 0 && elements * ns_per_elem >= kSerialBelowNs;
  }
  intptr_t grain_for(double elements_per_unit) const {
    return std::max<intptr_t>(1, static_cast<intptr_t>(kChunkNs / std::max(ns_per_elem, 1e-3) /
                                                       std::max(elements_per_unit, 1.0)));
  }

  // Kept dimensions outside, reduced ones inside: each output element folds its runs.
  void fold_mode(const Dims2& dims, char* a, char* o) const {
    Dims2 grouped;
    const int num_kept = regroup(dims, false, grouped);
    const Dim* order = grouped.d;
    const int rank = grouped.rank;
    char* bases[2] = {a, o};
    const int which[2] = {0, 1};
    const LoopPlan plan = plan_of(order, rank, bases, which, 2);
    intptr_t kept = 1, runs_per_out = 1;
    for (int d = 0; d < num_kept; ++d) kept *= order[d].len;
    for (int d = num_kept; d + 1 < rank; ++d) runs_per_out *= order[d].len;
    const intptr_t run = plan.inner_size();
    const double total = static_cast<double>(kept) * runs_per_out * run;
    if (kept == 1 && runs_per_out == 1 && combiner.tree && parallel_pays(total)) {
      const size_t grain = static_cast<size_t>(grain_for(1));
      return combiner.parallel_fold(a, plan.strides[plan.rank - 1][0], static_cast<size_t>(run), o,
                                    has_start, grain);
    }
    const double per_out = static_cast<double>(runs_per_out) * run;
    blocks(parallel_pays(total), kept, grain_for(per_out), [&](intptr_t k0, intptr_t k1) {
      intptr_t row = k0 * runs_per_out;
      for_each_run(plan, k0 * runs_per_out, k1 * runs_per_out, 0, run,
                   [&](char* const* ptrs, const intptr_t* steps, size_t n) {
                     const bool first = row++ % runs_per_out == 0;
                     combiner.fold(ptrs[0], steps[0], n, ptrs[1], has_start || !first);
                   });
    });
  }

  // Reduced dimensions outside, kept ones inside: out = f(out, a[r, ...]) for each reduced index r
  // in turn, vectorised across the kept elements. Splitting the kept elements between threads
  // cannot change any result.
  void across_mode(const Dims2& dims, char* a, char* o) const {
    Dims2 grouped;
    const int num_reduced = regroup(dims, true, grouped);
    const Dim* order = grouped.d;
    const int rank = grouped.rank;
    // Operands of the loop: out (as input), a, out.
    char* bases[3] = {o, a, o};
    const int which[3] = {1, 0, 1};
    const LoopPlan plan = plan_of(order, rank, bases, which, 3);
    intptr_t seq = 1, slab_rows = 1;
    for (int d = 0; d < num_reduced; ++d) seq *= order[d].len;
    for (int d = num_reduced; d + 1 < rank; ++d) slab_rows *= order[d].len;
    const intptr_t cols = plan.inner_size();
    // Without a start value the first reduced index initialises the output.
    const intptr_t first_seq = has_start ? 0 : 1;
    const auto task = [&](intptr_t r0, intptr_t r1, intptr_t c0, intptr_t c1) {
      if (!has_start) {
        for_each_run(plan, r0, r1, c0, c1, [&](char* const* p, const intptr_t* s, size_t n) {
          copy_run(p, s, n, 1, 2, size);
        });
      }
      if (r0 == 0 && r1 == slab_rows) {  // whole rows of every reduced index: one walk
        return for_each_run(plan, first_seq * slab_rows, seq * slab_rows, c0, c1, loop);
      }
      for (intptr_t s = first_seq; s < seq; ++s) {
        for_each_run(plan, s * slab_rows + r0, s * slab_rows + r1, c0, c1, loop);
      }
    };
    const double total = static_cast<double>(seq) * slab_rows * cols;
    if (!parallel_pays(total)) return task(0, slab_rows, 0, cols);
    if (slab_rows > 1) {
      blocks(true, slab_rows, grain_for(static_cast<double>(seq) * cols),
             [&](intptr_t r0, intptr_t r1) { task(r0, r1, 0, cols); });
    } else {
      // Column blocks of at least kMinColumns: narrower ones make each reduced step a short loop
      // call, and every task read a few bytes of every row (sum of axis 0 of a 16384 x 1024 f64
      // matrix: 16-column tasks took 4.9 ns/element against 0.35 serially).
      // Halves of 1024 columns were slower than one thread too (16384 x 1024 f64: 0.50 against
      // 0.41 ns/element), so narrower matrices stay serial.
      constexpr intptr_t kMinColumns = 1024;
      if (cols < 2 * kMinColumns) return task(0, 1, 0, cols);
      const intptr_t grain = std::max(kMinColumns, grain_for(static_cast<double>(seq)));
      blocks(true, cols, grain, [&](intptr_t c0, intptr_t c1) { task(0, 1, c0, c1); });
    }
  }

  // Each output element folds its reduced elements in order, with the scalar lambda.
  void sequential_mode(const Dims2& dims, char* a, char* o) const {
    Dims2 grouped;
    regroup(dims, false, grouped);
    char* bases[2] = {a, o};
    const int which[2] = {0, 1};
    const LoopPlan plan = plan_of(grouped.d, grouped.rank, bases, which, 2);
    const Combiner in_order{nullptr, combiner.reference, size};
    for_each_run(plan, 0, plan.outer_size(), 0, plan.inner_size(),
                 [&](char* const* ptrs, const intptr_t* steps, size_t n) {
                   in_order.fold(ptrs[0], steps[0], n, ptrs[1], has_start);
                 });
  }
};

}  // namespace

const ReductionLoops* UfuncBase::reductions_for(size_t type_index, const Options& options) const {
  if (!reductions_ || options.is_reference()) return nullptr;
  const int index = target_index(options);
  return reductions_[index].loops + type_index;
}

void UfuncBase::reduce_into(size_t type_index, const Layout& a, uint64_t axes, const Layout& out,
                            const char* start, const Options& options) const {
  // Built only for a message: a string per call costs more than reducing a short array.
  const auto what = [this] { return std::string(name_) + ".reduce"; };
  const int rank = a.shape.size();
  int num_axes = 0;
  intptr_t reduced_size = 1;
  for (int d = 0; d < rank; ++d) {
    if (axes >> d & 1) {
      ++num_axes;
      reduced_size *= a.shape[d];
    }
  }
  if (!is_reorderable() && num_axes > 1) {
    throw ValueError(what() + ": reduction operation '" + name_ +
                     "' is not reorderable, so at most one axis may be specified");
  }
  const Layout* mask = options.where_mask();
  Layout mask_layout;
  if (mask) {
    if (!start) {
      throw ValueError(what() + ": reduction operation '" + name_ +
                       "' does not have an identity, so to use a where mask one has to specify "
                       "'initial'");
    }
    const Dims shapes[2] = {a.shape, mask->shape};
    bool ok = true;
    try {
      ok = broadcast_shapes(shapes, 2) == a.shape;
    } catch (const ShapeError&) {
      ok = false;
    }
    if (!ok) {
      throw ShapeError(what() + ": the where mask of shape " + shape_string(mask->shape) +
                       " does not broadcast to the array's shape " + shape_string(a.shape));
    }
    mask_layout = broadcast_layout(*mask, a.shape);
  }
  const InnerLoop loop = loop_for(type_index, options);  // target errors before any work
  const ReductionLoops* tree = reductions_for(type_index, options);
  const size_t size = dtype_size(dtypes_[type_index]);
  if (reduced_size == 0 && !start) {
    throw ValueError(what() + ": zero-size array to reduction operation " + name_ +
                     " which has no identity");
  }
  const intptr_t out_size = num_elements(out.shape);
  if (start) fill(out.data, out_size, start, size);
  if (out_size == 0 || reduced_size == 0) return;

  Reduction r{size, Combiner{tree, reference_[type_index], size}, loop, 0.0, start != nullptr};
  if (options.is_parallel() && num_threads() > 1) r.ns_per_elem = cost_of(type_index, loop);

  // The output's stride for each kept dimension of a (out is C-ordered, with or without the kept
  // length-1 axes).
  const Dims out_strides = c_strides(out.shape, size);
  const bool keepdims = out.shape.size() == rank;
  char* a_base = a.data;
  char* o_base = out.data;
  if (mask) {
    // Masked elements are left out by compacting each output element's unmasked inputs into a
    // row of a buffer (kept dimensions outer, reduced inner), then folding the rows.
    const intptr_t rows = out_size, row_len = reduced_size;
    std::unique_ptr<char[]> masked(new char[static_cast<size_t>(rows * row_len) * size]);
    std::vector<intptr_t> counts(static_cast<size_t>(rows), 0);
    // A walk of a and the mask in (kept..., reduced...) order, C-ordered within each group.
    Dims2 all, order;
    for (int d = 0; d < rank; ++d) {
      all.push(
          {a.shape[d], a.strides[d], mask_layout.strides[d], static_cast<bool>(axes >> d & 1)});
    }
    regroup(all, false, order);
    char* bases[2] = {a.data, mask_layout.data};
    const int which[2] = {0, 1};
    const LoopPlan plan = plan_of(order.d, order.rank, bases, which, 2);
    // Every row of a has row_len elements, walked as runs of the plan's inner dimension.
    const intptr_t inner = plan.inner_size();
    intptr_t flat = 0;
    for_each_run(plan, 0, plan.outer_size(), 0, inner,
                 [&](char* const* p, const intptr_t* s, size_t n) {
                   for (size_t i = 0; i < n; ++i, ++flat) {
                     const intptr_t row = flat / row_len;
                     if (!*(p[1] + s[1] * static_cast<intptr_t>(i))) continue;
                     std::memcpy(masked.get() + (row * row_len + counts[row]++) * size,
                                 p[0] + s[0] * static_cast<intptr_t>(i), size);
                   }
                 });
    const Combiner& c = r.combiner;
    for (intptr_t row = 0; row < rows; ++row) {
      if (counts[row] == 0) continue;
      c.fold(masked.get() + row * row_len * size, static_cast<intptr_t>(size),
             static_cast<size_t>(counts[row]), out.data + row * static_cast<intptr_t>(size), true);
    }
    return;
  }

  Dims2 dims;
  int out_dim = 0;
  for (int d = 0; d < rank; ++d) {
    const bool reduced = axes >> d & 1;
    const intptr_t o_stride = reduced ? 0 : out_strides[keepdims ? d : out_dim];
    if (!reduced || keepdims) ++out_dim;
    if (a.shape[d] == 1) continue;
    Dim dim{a.shape[d], a.strides[d], o_stride, reduced};
    // Reversed dimensions are walked forwards, except the reduced one of a ufunc whose order
    // matters.
    if (dim.a < 0 && (is_reorderable() || !reduced)) {
      a_base += dim.a * (dim.len - 1);
      o_base += dim.o * (dim.len - 1);
      dim.a = -dim.a;
      dim.o = -dim.o;
    }
    dims.push(dim);
  }
  sort_and_merge(dims);
  bool any_reduced = false, any_kept = false;
  for (int d = 0; d < dims.rank; ++d) (dims.d[d].reduced ? any_reduced : any_kept) = true;
  const Dim* innermost = dims.rank ? &dims.d[dims.rank - 1] : nullptr;
  if (is_reorderable()) {
    const bool fold =
        any_reduced && (!any_kept || (innermost->reduced && innermost->len >= kMinFoldRun));
    return fold ? r.fold_mode(dims, a_base, o_base) : r.across_mode(dims, a_base, o_base);
  }
  // The innermost kept dimension is the row the element-wise loop would get.
  intptr_t row = 0;
  for (int d = dims.rank - 1; d >= 0; --d) {
    if (!dims.d[d].reduced) {
      row = dims.d[d].len;
      break;
    }
  }
  const bool across = !any_reduced || (row >= kMinAcrossRow && !innermost->reduced);
  return across ? r.across_mode(dims, a_base, o_base) : r.sequential_mode(dims, a_base, o_base);
}

void UfuncBase::accumulate_into(size_t type_index, const Layout& a, int axis, const Layout& out,
                                const Options& options) const {
  const InnerLoop loop = loop_for(type_index, options);
  const size_t size = dtype_size(dtypes_[type_index]);
  if (num_elements(a.shape) == 0) return;
  const Dims out_strides = c_strides(out.shape, size);
  const intptr_t n = a.shape[axis];
  // The slab: every dimension but `axis`, for the operands (out[i-1], a[i], out[i]) at i = 1.
  Layout slab[3];
  Dims slab_shape;
  Dims strides[3];
  for (int d = 0; d < a.shape.size(); ++d) {
    if (d == axis) continue;
    slab_shape.push_back(a.shape[d]);
    strides[0].push_back(out_strides[d]);
    strides[1].push_back(a.strides[d]);
    strides[2].push_back(out_strides[d]);
  }
  const intptr_t o_step = out_strides[axis], a_step = a.strides[axis];
  // out[0] = a[0].
  {
    const Layout ops[2] = {Layout{a.data, slab_shape, strides[1]},
                           Layout{out.data, slab_shape, strides[2]}};
    const LoopPlan copy = make_plan(ops, 2, 1);
    for_each_run(
        copy, 0, copy.outer_size(), 0, copy.inner_size(),
        [&](char* const* p, const intptr_t* s, size_t len) { copy_run(p, s, len, 0, 1, size); });
  }
  if (n == 1) return;
  slab[0] = Layout{out.data, slab_shape, strides[0]};
  slab[1] = Layout{a.data + a_step, slab_shape, strides[1]};
  slab[2] = Layout{out.data + o_step, slab_shape, strides[2]};
  const LoopPlan slab_plan = make_plan(slab, 3, 2);
  LoopPlan plan = slab_plan;
  if (slab_plan.inner_size() >= kMinAcrossRow) {
    // out[i] = f(out[i-1], a[i]) for i = 1, 2, ... in turn: `axis` outermost, rows of the slab
    // inside, vectorised.
    for (int d = slab_plan.rank; d > 0; --d) {
      plan.shape[d] = slab_plan.shape[d - 1];
      for (int k = 0; k < 3; ++k) plan.strides[d][k] = slab_plan.strides[d - 1][k];
    }
    plan.rank = slab_plan.rank + 1;
    plan.shape[0] = n - 1;
    plan.strides[0][0] = o_step;
    plan.strides[0][1] = a_step;
    plan.strides[0][2] = o_step;
    return for_each_run(plan, 0, plan.outer_size(), 0, plan.inner_size(), loop);
  }
  // Short rows: each slab element runs the scalar lambda along `axis`, reading the element it
  // wrote one step before.
  const InnerLoop reference = reference_[type_index];
  if (slab_plan.rank == 1 && slab_plan.shape[0] == 1) {
    plan.rank = 1;
  } else {
    plan.rank = slab_plan.rank + 1;
  }
  plan.shape[plan.rank - 1] = n - 1;
  plan.strides[plan.rank - 1][0] = o_step;
  plan.strides[plan.rank - 1][1] = a_step;
  plan.strides[plan.rank - 1][2] = o_step;
  for_each_run(plan, 0, plan.outer_size(), 0, plan.inner_size(), reference);
}

}  // namespace detail
}  // namespace ufunc
