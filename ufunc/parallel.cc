#include "ufunc/parallel.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include "tbb/blocked_range.h"
#include "tbb/global_control.h"
#include "tbb/parallel_for.h"

namespace ufunc {
namespace {

std::mutex control_mutex;
std::unique_ptr<tbb::global_control> control;  // guarded by control_mutex

// Reads UFUNC_NUM_THREADS on the first parallel call; a malformed value throws on every call.
void apply_environment_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    const char* value = std::getenv("UFUNC_NUM_THREADS");
    if (value == nullptr || *value == '\0') return;
    char* end = nullptr;
    const long n = std::strtol(value, &end, 10);
    if (*end != '\0' || n < 1 || n > 4096) {
      throw std::invalid_argument(std::string("ufunc: UFUNC_NUM_THREADS='") + value +
                                  "' is not a thread count (a whole number from 1)");
    }
    set_num_threads(static_cast<int>(n));
  });
}

}  // namespace

void set_num_threads(int n) {
  if (n < 1) {
    throw std::invalid_argument("ufunc: set_num_threads(" + std::to_string(n) +
                                "): the thread count must be at least 1");
  }
  const std::lock_guard<std::mutex> lock(control_mutex);
  control.reset();  // one global_control at a time: the most restrictive would win otherwise
  control = std::make_unique<tbb::global_control>(tbb::global_control::max_allowed_parallelism,
                                                  static_cast<size_t>(n));
}

int num_threads() {
  apply_environment_once();
  return static_cast<int>(
      tbb::global_control::active_value(tbb::global_control::max_allowed_parallelism));
}

namespace detail {

double measure_cost(InnerLoop loop, int num_in, int num_out, DType dtype) {
  constexpr size_t kN = 2048;
  const size_t size = dtype_size(dtype);
  std::vector<char> buffers[kMaxOperands];
  char* args[kMaxOperands];
  intptr_t steps[kMaxOperands];
  for (int k = 0; k < num_in + num_out; ++k) {
    buffers[k].resize(kN * size);
    args[k] = buffers[k].data();
    steps[k] = static_cast<intptr_t>(size);
  }
  // Inputs of 1: inside the fast range of every math function.
  unsigned char one[8];
  const float f = 1;
  const double d = 1;
  const int32_t i32 = 1;
  const int64_t i64 = 1;
  const void* value = dtype == DType::kFloat32   ? static_cast<const void*>(&f)
                      : dtype == DType::kFloat64 ? static_cast<const void*>(&d)
                      : dtype == DType::kInt32   ? static_cast<const void*>(&i32)
                                                 : static_cast<const void*>(&i64);
  std::memcpy(one, value, size);
  for (int k = 0; k < num_in; ++k) {
    for (size_t i = 0; i < kN; ++i) std::memcpy(args[k] + i * size, one, size);
  }
  double best = 1e30;
  for (int rep = 0; rep < 3; ++rep) {
    const auto start = std::chrono::steady_clock::now();
    loop(args, steps, kN);
    const std::chrono::duration<double, std::nano> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  return best / kN;
}

bool stays_serial(double elements, double ns_per_element, size_t grain) {
  // Below this much work TBB's fork and join (a few microseconds) costs more than it saves.
  constexpr double kSerialBelowNs = 30000;
  if (grain == 0 && elements * ns_per_element < kSerialBelowNs) return true;
  return num_threads() <= 1;
}

void parallel_walk(const LoopPlan& plan, int num_in, size_t size, InnerLoop loop,
                   double ns_per_element, size_t grain) {
  // Chunks of about this long balance well and keep the scheduling overhead near 1%.
  constexpr double kChunkNs = 50000;
  // The inner dimension is not split below this: SIMD loops want long runs.
  constexpr intptr_t kMinInner = 4096;
  const intptr_t rows = plan.outer_size(), cols = plan.inner_size();
  const double total = static_cast<double>(rows) * static_cast<double>(cols);
  if (stays_serial(total, ns_per_element, grain)) {
    return walk(plan, num_in, size, loop, 0, rows, 0, cols);
  }
  const int threads = num_threads();
  intptr_t chunk = grain ? static_cast<intptr_t>(grain)
                         : static_cast<intptr_t>(kChunkNs / std::max(ns_per_element, 1e-3));
  // At least a few chunks per thread, so that a slow thread does not hold the others up.
  chunk = std::min<intptr_t>(chunk, static_cast<intptr_t>(total / (4.0 * threads)) + 1);
  chunk = std::max<intptr_t>(chunk, 1);
  intptr_t width = cols, rows_per_task = 1;
  if (cols > chunk && cols >= 2 * kMinInner) {
    width = std::max(kMinInner, chunk);
  } else {
    rows_per_task = std::max<intptr_t>(1, chunk / std::max<intptr_t>(cols, 1));
    // Whole bands of a transposed input (walk() copies 128 bytes deep): round up to 32 rows.
    if (plan.rank >= 2 && rows_per_task > 1) rows_per_task = (rows_per_task + 31) / 32 * 32;
  }
  const intptr_t col_blocks = (cols + width - 1) / width;
  const intptr_t row_blocks = (rows + rows_per_task - 1) / rows_per_task;
  const intptr_t tasks = col_blocks * row_blocks;
  if (tasks <= 1) return walk(plan, num_in, size, loop, 0, rows, 0, cols);
  tbb::parallel_for(tbb::blocked_range<intptr_t>(0, tasks, 1),
                    [&](const tbb::blocked_range<intptr_t>& range) {
                      for (intptr_t t = range.begin(); t < range.end(); ++t) {
                        const intptr_t r0 = (t / col_blocks) * rows_per_task;
                        const intptr_t c0 = (t % col_blocks) * width;
                        walk(plan, num_in, size, loop, r0, std::min(rows, r0 + rows_per_task), c0,
                             std::min(cols, c0 + width));
                      }
                    });
}

}  // namespace detail
}  // namespace ufunc
