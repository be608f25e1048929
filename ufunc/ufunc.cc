#include "ufunc/ufunc.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "ufunc/broadcast.h"
#include "ufunc/iterate.h"
#include "ufunc/parallel.h"

namespace ufunc {
namespace detail {
namespace {

// The addresses [lo, hi) a non-empty operand can reach.
std::pair<uintptr_t, uintptr_t> byte_extent(const Layout& op, size_t size) {
  const ByteSpan span = byte_span(op, size);
  const auto start = reinterpret_cast<uintptr_t>(op.data);
  return {start + span.first, start + span.last};
}

// NumPy (since 1.13) gives the result of computing into a fresh buffer whenever an output shares
// memory with an input in any way other than being exactly the same elements (in place). The test
// is conservative: overlapping extents count as sharing, which costs a copy, never a wrong answer.
bool needs_copy(const Layout& out, const Layout* inputs, int num_in, size_t size) {
  const auto [out_lo, out_hi] = byte_extent(out, size);
  for (int j = 0; j < num_in; ++j) {
    const auto [in_lo, in_hi] = byte_extent(inputs[j], size);
    const bool overlaps = in_lo < out_hi && out_lo < in_hi;
    const bool same_elements = inputs[j].data == out.data && inputs[j].strides == out.strides;
    if (overlaps && !same_elements) return true;
  }
  return false;
}

// Whether `op` has `shape` and is C-contiguous (row-major, no gaps) with `size`-byte elements.
bool is_c_contiguous(const Layout& op, const Dims& shape, size_t size) {
  if (op.shape != shape) return false;
  intptr_t expected = static_cast<intptr_t>(size);
  for (int d = shape.size() - 1; d >= 0; --d) {
    if (shape[d] != 1 && op.strides[d] != expected) return false;
    expected *= shape[d];
  }
  return true;
}

// Copies element by element from `from` to `to` (same shape).
void copy_elements(const Layout& from, const Layout& to, size_t size) {
  const Layout ops[2] = {from, to};
  const LoopPlan plan = make_plan(ops, 2, 1);
  for_each_run(plan, 0, plan.outer_size(), 0, plan.inner_size(),
               [size](char* const* ptrs, const intptr_t* steps, size_t n) {
                 for (size_t i = 0; i < n; ++i) {
                   std::memcpy(ptrs[1] + steps[1] * static_cast<intptr_t>(i),
                               ptrs[0] + steps[0] * static_cast<intptr_t>(i), size);
                 }
               });
}

// Copies the elements of `from` where `mask` (bool, same shape) is true to `to`.
void copy_where(const Layout& from, const Layout& to, const Layout& mask, size_t size) {
  const Layout ops[3] = {from, to, mask};
  const LoopPlan plan = make_plan(ops, 3, 1);
  for_each_run(plan, 0, plan.outer_size(), 0, plan.inner_size(),
               [size](char* const* ptrs, const intptr_t* steps, size_t n) {
                 for (size_t i = 0; i < n; ++i) {
                   if (!*(ptrs[2] + steps[2] * static_cast<intptr_t>(i))) continue;
                   std::memcpy(ptrs[1] + steps[1] * static_cast<intptr_t>(i),
                               ptrs[0] + steps[0] * static_cast<intptr_t>(i), size);
                 }
               });
}

}  // namespace

TargetSet UfuncBase::compiled_targets() const {
  TargetSet set = 0;
  for (size_t i = 0; i < num_targets_; ++i) set |= targets_[i].target;
  return set;
}

int UfuncBase::resolve_chosen() const {
  int index = chosen_.load(std::memory_order_acquire);
  if (index >= 0) return index;
  const Target best = ufunc::chosen_target(compiled_targets());  // throws for a bad UFUNC_TARGETS
  for (size_t i = 0; i < num_targets_; ++i) {
    if (targets_[i].target == static_cast<TargetSet>(best)) index = static_cast<int>(i);
  }
  // Several threads may race here; they all compute the same index.
  chosen_.store(index, std::memory_order_release);
  return index;
}

Target UfuncBase::chosen_target() const {
  return static_cast<Target>(targets_[resolve_chosen()].target);
}

int UfuncBase::target_index(const Options& options) const {
  const TargetSet forced = options.forced_target();
  if (forced == 0) return resolve_chosen();
  const Target t = static_cast<Target>(forced);
  if (!(supported_targets() & forced)) {
    throw TargetError(std::string(name_) + ": target " + target_name(t) +
                      " is not supported by this CPU");
  }
  for (size_t i = 0; i < num_targets_; ++i) {
    if (targets_[i].target == forced) return static_cast<int>(i);
  }
  std::string compiled;
  for (Target c : targets_in(compiled_targets())) compiled += std::string(" ") + target_name(c);
  throw TargetError(std::string(name_) + ": not compiled for target " + target_name(t) +
                    " (compiled:" + compiled + ")");
}

InnerLoop UfuncBase::loop_for(size_t type_index, const Options& options) const {
  if (options.is_reference()) return reference_[type_index];
  return targets_[target_index(options)].loops[type_index];
}

double UfuncBase::cost_of(size_t type_index, InnerLoop loop) const {
  // Measured once per element type, on the first parallel call; racing threads store the same kind
  // of figure.
  uint32_t ps = cost_ps_[type_index].load(std::memory_order_relaxed);
  if (ps == 0) {
    const double ns = measure_cost(loop, num_in_, num_out_, dtypes_[type_index]);
    ps = static_cast<uint32_t>(std::min(4e9, std::max(1.0, ns * 1000)));
    cost_ps_[type_index].store(ps, std::memory_order_relaxed);
  }
  return ps / 1000.0;
}

Dims UfuncBase::broadcast_inputs(const Layout* inputs, const Options& options) const {
  const Layout* mask = options.where_mask();
  bool same = !mask;
  for (int j = 1; same && j < num_in_; ++j) same = inputs[j].shape == inputs[0].shape;
  if (same) return inputs[0].shape;  // the common call, without copies of every shape
  Dims shapes[kMaxOperands + 1];
  for (int j = 0; j < num_in_; ++j) shapes[j] = inputs[j].shape;
  if (mask) shapes[num_in_] = mask->shape;
  return broadcast_shapes(shapes, num_in_ + (mask ? 1 : 0), name_);
}

void UfuncBase::call(const AnyView* operands, const Options& options) const {
  const DType dtype = operands[0].dtype;
  Layout layouts[kMaxOperands];
  for (int k = 0; k < num_in_ + num_out_; ++k) {
    if (operands[k].dtype != dtype) {
      throw TypeError(std::string(name_) + ": operands have different element types (" +
                      dtype_name(dtype) + " and " + dtype_name(operands[k].dtype) +
                      "); convert them to one");
    }
    layouts[k] = operands[k].layout;
  }
  for (size_t i = 0; i < num_dtypes_; ++i) {
    if (dtypes_[i] == dtype) return run(i, layouts, options);
  }
  std::string supported;
  for (size_t i = 0; i < num_dtypes_; ++i) {
    supported += std::string(i ? ", " : "") + dtype_name(dtypes_[i]);
  }
  throw TypeError(std::string(name_) + ": no loop for element type " + dtype_name(dtype) +
                  " (supported: " + supported + ")");
}

void UfuncBase::run(size_t type_index, const Layout* operands, const Options& options) const {
  const Dims shape = broadcast_inputs(operands, options);
  const size_t size = dtype_size(dtypes_[type_index]);
  for (int k = 0; k < num_out_; ++k) {
    const Layout& out = operands[num_in_ + k];
    if (out.shape != shape) {
      throw ShapeError(std::string(name_) + ": non-broadcastable output operand with shape " +
                       shape_string(out.shape) + " doesn't match the broadcast shape " +
                       shape_string(shape));
    }
    for (int d = 0; d < shape.size(); ++d) {
      if (out.strides[d] == 0 && shape[d] > 1) {
        throw ShapeError(std::string(name_) + ": output " + std::to_string(k) +
                         " has stride 0 in dimension " + std::to_string(d) +
                         ", so its elements would overwrite each other");
      }
    }
  }
  const InnerLoop loop = loop_for(type_index, options);  // errors before touching memory
  const intptr_t count = num_elements(shape);
  if (count == 0) return;

  // A parallel call with too little work runs as a serial one, fast path included (a 1K-element
  // a + b: 0.31 -> 0.21 ns/element).
  const bool parallel =
      options.is_parallel() &&
      !stays_serial(static_cast<double>(count), cost_of(type_index, loop), options.forced_grain());
  // The common call, every operand C-contiguous with the broadcast shape and outputs either in
  // place or apart from the inputs: one run of the inner loop, without a plan (the walk's setup
  // is most of a 1K-element call's time).
  const Layout* mask = options.where_mask();
  if (!mask && !parallel) {
    bool simple = true;
    for (int k = 0; simple && k < num_in_ + num_out_; ++k) {
      simple = is_c_contiguous(operands[k], shape, size);
    }
    // Contiguous extents: an output overlaps an input unless they are the same elements or apart.
    const auto bytes = static_cast<uintptr_t>(count) * size;
    for (int k = num_in_; simple && k < num_in_ + num_out_; ++k) {
      const auto out = reinterpret_cast<uintptr_t>(operands[k].data);
      for (int j = 0; simple && j < num_in_; ++j) {
        const auto in = reinterpret_cast<uintptr_t>(operands[j].data);
        simple = in == out || in + bytes <= out || out + bytes <= in;
      }
    }
    if (simple) {
      char* ptrs[kMaxOperands];
      intptr_t steps[kMaxOperands];
      for (int k = 0; k < num_in_ + num_out_; ++k) {
        ptrs[k] = operands[k].data;
        steps[k] = static_cast<intptr_t>(size);
      }
      loop(ptrs, steps, static_cast<size_t>(count));
      return;
    }
  }

  Layout ops[kMaxOperands];
  for (int j = 0; j < num_in_; ++j) ops[j] = broadcast_layout(operands[j], shape);
  // With a where mask every element is computed into a temporary, and only the selected ones are
  // copied out: masked-out elements of a given output keep their values.
  std::unique_ptr<char[]> scratch[2];
  for (int k = 0; k < num_out_; ++k) {
    ops[num_in_ + k] = operands[num_in_ + k];
    if (mask || needs_copy(ops[num_in_ + k], ops, num_in_, size)) {
      scratch[k].reset(new char[static_cast<size_t>(num_elements(shape)) * size]);
      ops[num_in_ + k] = Layout{scratch[k].get(), shape, c_strides(shape, size)};
    }
  }
  const LoopPlan plan = make_plan(ops, num_in_ + num_out_, num_in_);
  if (parallel) {
    parallel_walk(plan, num_in_, size, loop, cost_of(type_index, loop), options.forced_grain());
  } else {
    walk(plan, num_in_, size, loop, 0, plan.outer_size(), 0, plan.inner_size());
  }
  for (int k = 0; k < num_out_; ++k) {
    if (mask) {
      copy_where(ops[num_in_ + k], operands[num_in_ + k], broadcast_layout(*mask, shape), size);
    } else if (scratch[k]) {
      copy_elements(ops[num_in_ + k], operands[num_in_ + k], size);
    }
  }
}

}  // namespace detail
}  // namespace ufunc
