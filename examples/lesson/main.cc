// Calls the lesson's ufuncs on n-d arrays, serially and in parallel, and checks them against the
// same lambdas on plain scalars. Exit status 1 on any mismatch.
#include <cmath>
#include <cstdio>
#include <vector>

#include "kernels.h"
#include "ufunc/parallel.h"
#include "ufunc/slicing.h"

int main() {
  // A 1000 x 1000 matrix and a row, as NumPy users write M and row.
  const intptr_t n = 1000;
  std::vector<double> m(n * n), row(n);
  for (intptr_t i = 0; i < n * n; ++i) m[i] = std::sin(0.001 * i);
  for (intptr_t j = 0; j < n; ++j) row[j] = 0.001 * j;
  const auto M = ufunc::view(m, {n, n});

  const ufunc::Array<double> serial = lesson::trig(ufunc::transpose(M), ufunc::view(row));
  const ufunc::Array<double> parallel =
      lesson::trig(ufunc::transpose(M), ufunc::view(row), ufunc::Options().parallel());
  const ufunc::Array<double> reference =
      lesson::trig(ufunc::transpose(M), ufunc::view(row), ufunc::Options().reference());
  int bad = 0;
  double worst = 0;
  for (intptr_t i = 0; i < n; ++i) {
    for (intptr_t j = 0; j < n; ++j) {
      bad += parallel(i, j) != serial(i, j);
      worst = std::max(worst, std::abs(serial(i, j) - reference(i, j)) /
                                  std::max(1e-300, std::abs(reference(i, j))));
    }
  }
  std::printf(
      "trig(M.T, row) on %s, %d threads: %d parallel/serial differences, "
      "largest relative difference to the scalar reference %.2g\n",
      ufunc::target_name(lesson::trig.chosen_target()), ufunc::num_threads(), bad, worst);

  std::vector<int64_t> a = {1, 2, 3}, b = {10, 20, 30};
  const std::vector<int64_t> d = lesson::discriminant(a, b, int64_t{2});
  std::printf("discriminant: %lld %lld %lld\n", static_cast<long long>(d[0]),
              static_cast<long long>(d[1]), static_cast<long long>(d[2]));

  const auto [s, c] = lesson::sincos(ufunc::diagonal(M));
  std::printf("sincos of the diagonal: shape %s, s[1]^2 + c[1]^2 = %.17g\n",
              ufunc::shape_string(s.shape()).c_str(), s(1) * s(1) + c(1) * c(1));

  // The lesson's last example, NumPy's a + np.trace(np.tanh(a)): tanh of the strided diagonal
  // only (the trace needs no more), summed by add.reduce, then broadcast-added to the matrix.
  const double trace = lesson::add.reduce(lesson::tanh_(ufunc::diagonal(M)))();
  const ufunc::Array<double> shifted = lesson::add(M, trace);
  const ufunc::Options par = ufunc::Options().parallel();
  const double trace_par = lesson::add.reduce(lesson::tanh_(ufunc::diagonal(M), par), 0, par)();
  const ufunc::Array<double> shifted_par = lesson::add(M, trace_par, par);
  double naive = 0;
  for (intptr_t i = 0; i < n; ++i) naive += std::tanh(m[i * n + i]);
  int wrong = 0;
  for (intptr_t i = 0; i < n; ++i) {
    for (intptr_t j = 0; j < n; ++j) {
      wrong += shifted(i, j) != m[i * n + j] + trace || shifted_par(i, j) != shifted(i, j);
    }
  }
  std::printf("a + trace(tanh(a)): trace %.15g (naive loop %.15g), %d mismatches\n", trace, naive,
              wrong);

  const bool ok = bad == 0 && worst < 1e-14 && d[0] == 92 && d[2] == 876 &&
                  std::abs(s(1) * s(1) + c(1) * c(1) - 1) < 1e-15 && wrong == 0 &&
                  trace == trace_par && std::abs(trace - naive) < 1e-12 * n;
  std::puts(ok ? "ok" : "MISMATCH");
  return ok ? 0 : 1;
}
