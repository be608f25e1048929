// Measures the built-in math functions (kernels/ufuncs.h) against MPFR on every SIMD target this
// CPU supports and prints the tables of docs/accuracy.md: the largest error in ULP per function,
// type, input range and target, and the largest difference between targets.
//   build/release/bench/ufunc_accuracy [samples per row, default 1000000]
// Or sweeps a float32 function over every `stride`-th float and every float of [0.5, 2), both
// signs, against the C library's float64 function (exact enough to measure a float's ULP), on
// every target: the figures the kernels' comments quote as "every 7th float".
//   build/release/bench/ufunc_accuracy --sweep log1p [stride, default 7]
// Or samples float32 power over pairs that reach every float result, overflow and underflow
// included, against the C library's float64 pow, on every target:
//   build/release/bench/ufunc_accuracy --power [millions of pairs, default 64]
#include <mpfr.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "kernels/ufuncs.h"
#include "tests/mpfr_oracle.h"
#include "tests/ulp.h"

namespace {

size_t g_samples = 1000000;

// One row: inputs drawn uniformly in [lo, hi], or with log-uniform magnitudes in [lo, hi] (both
// signs if `signed_log`).
struct Range {
  double lo, hi;
  bool log_scale = false;
  bool signed_log = false;
};

template <class T>
std::vector<T> draw(const Range& r, uint32_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<T> v(g_samples);
  if (r.log_scale) {
    std::uniform_real_distribution<double> e(std::log2(r.lo), std::log2(r.hi));
    for (auto& x : v)
      x = static_cast<T>((r.signed_log && (rng() & 1) ? -1 : 1) * std::exp2(e(rng)));
  } else {
    std::uniform_real_distribution<double> u(r.lo, r.hi);
    for (auto& x : v) x = static_cast<T>(u(rng));
  }
  return v;
}

std::string describe(const Range& r) {
  char buf[96];
  if (r.log_scale) {
    // No '|' in the text: it would split a Markdown table cell.
    std::snprintf(buf, sizeof buf, "%s[%g, %g], log-uniform", r.signed_log ? "±" : "", r.lo, r.hi);
  } else {
    std::snprintf(buf, sizeof buf, "[%g, %g]", r.lo, r.hi);
  }
  return buf;
}

std::vector<ufunc::Target> targets() {
  return ufunc::targets_in(ufunc::exp.compiled_targets() & ufunc::supported_targets());
}

// The largest difference in ULP between the results of two targets.
template <class T>
uint64_t max_difference(const std::vector<T>& a, const std::vector<T>& b) {
  uint64_t worst = 0;
  for (size_t i = 0; i < a.size(); ++i)
    worst = std::max(worst, ufunc_test::ulp_distance(a[i], b[i]));
  return worst;
}

std::vector<std::string> g_cross;  // rows of the cross-target table

template <class T, class U>
void row(const char* name, const U& ufunc, ufunc_test::Mpfr1::Fn f, const Range& r) {
  const std::vector<T> x = draw<T>(r, 7);
  const ufunc_test::Mpfr1 oracle(f);
  std::vector<long double> exact(x.size());
  for (size_t i = 0; i < x.size(); ++i) exact[i] = oracle.exact_long(x[i]);
  std::printf("| %s | %s | %s |", name, sizeof(T) == 4 ? "float32" : "float64",
              describe(r).c_str());
  std::vector<std::vector<T>> results;
  for (ufunc::Target t : targets()) {
    results.push_back(ufunc(x, ufunc::Options().target(t)));
    double worst = 0;
    for (size_t i = 0; i < x.size(); ++i) {
      worst = std::max(worst, ufunc_test::ulp_error(results.back()[i], exact[i]));
    }
    std::printf(" %.2f |", worst);
  }
  std::printf("\n");
  // Targets with FMA (AVX3, AVX2) against each other, and the first against the first without.
  const auto all = targets();
  std::string cross = std::string("| ") + name + " | " + (sizeof(T) == 4 ? "float32" : "float64") +
                      " | " + describe(r) + " |";
  for (size_t j = 1; j < all.size(); ++j) {
    cross += " " + std::to_string(max_difference(results[0], results[j])) + " |";
  }
  g_cross.push_back(cross);
}

template <class U>
void both(const char* name, const U& ufunc, ufunc_test::Mpfr1::Fn f, const Range& r64,
          const Range& r32) {
  row<double>(name, ufunc, f, r64);
  row<float>(name, ufunc, f, r32);
}

void header(const char* first) {
  std::printf("| %s | type | inputs |", first);
  for (ufunc::Target t : targets()) std::printf(" %s |", ufunc::target_name(t));
  std::printf("\n|---|---|---|");
  for (size_t i = 0; i < targets().size(); ++i) std::printf("---|");
  std::printf("\n");
}

// The float32 functions --sweep knows, with their float64 references.
struct SweepFunction {
  const char* name;
  const decltype(ufunc::exp)* ufunc;
  double (*reference)(double);
};
const SweepFunction kSweep[] = {
    {"exp", &ufunc::exp, [](double v) { return std::exp(v); }},
    {"exp2", &ufunc::exp2, [](double v) { return std::exp2(v); }},
    {"expm1", &ufunc::expm1, [](double v) { return std::expm1(v); }},
    {"log", &ufunc::log, [](double v) { return std::log(v); }},
    {"log2", &ufunc::log2, [](double v) { return std::log2(v); }},
    {"log10", &ufunc::log10, [](double v) { return std::log10(v); }},
    {"log1p", &ufunc::log1p, [](double v) { return std::log1p(v); }},
    {"sinh", &ufunc::sinh, [](double v) { return std::sinh(v); }},
    {"cosh", &ufunc::cosh, [](double v) { return std::cosh(v); }},
    {"tanh", &ufunc::tanh, [](double v) { return std::tanh(v); }},
    {"arcsinh", &ufunc::arcsinh, [](double v) { return std::asinh(v); }},
    {"arccosh", &ufunc::arccosh, [](double v) { return std::acosh(v); }},
    {"arctanh", &ufunc::arctanh, [](double v) { return std::atanh(v); }},
    {"sin", &ufunc::sin, [](double v) { return std::sin(v); }},
    {"cos", &ufunc::cos, [](double v) { return std::cos(v); }},
    {"tan", &ufunc::tan, [](double v) { return std::tan(v); }},
    {"arcsin", &ufunc::arcsin, [](double v) { return std::asin(v); }},
    {"arccos", &ufunc::arccos, [](double v) { return std::acos(v); }},
    {"arctan", &ufunc::arctan, [](double v) { return std::atan(v); }},
    {"cbrt", &ufunc::cbrt, [](double v) { return std::cbrt(v); }},
};

// The largest error per target of f over the sweep's inputs, in chunks of 2^20.
int sweep(const char* name, uint32_t stride) {
  const SweepFunction* f = nullptr;
  for (const auto& s : kSweep) f = std::strcmp(s.name, name) == 0 ? &s : f;
  if (f == nullptr || stride == 0) {
    std::fprintf(stderr, "--sweep: unknown function %s or stride 0\n", name);
    return 1;
  }
  const auto all = targets();
  std::vector<double> worst(all.size(), 0);
  std::vector<float> at(all.size(), 0);
  std::vector<float> x, y;
  const auto flush = [&] {
    for (size_t t = 0; t < all.size(); ++t) {
      y = (*f->ufunc)(x, ufunc::Options().target(all[t]));
      for (size_t i = 0; i < x.size(); ++i) {
        const double e = ufunc_test::ulp_error(y[i], static_cast<long double>(f->reference(x[i])));
        if (e > worst[t]) worst[t] = e, at[t] = x[i];
      }
    }
    x.clear();
  };
  const auto add = [&](uint32_t bits) {
    float v;
    std::memcpy(&v, &bits, 4);
    x.push_back(v);
    x.push_back(-v);
    if (x.size() >= (1u << 20)) flush();
  };
  for (uint64_t b = 0; b < 0x7f800000u; b += stride) add(static_cast<uint32_t>(b));
  for (uint32_t b = 0x3f000000u; b < 0x40000000u; ++b) add(b);  // [0.5, 2)
  flush();
  std::printf("%s float32, every %uth float and all of [0.5, 2), both signs:\n", name, stride);
  for (size_t t = 0; t < all.size(); ++t) {
    std::printf("  %-6s %.3f ULP at %a\n", ufunc::target_name(all[t]), worst[t],
                static_cast<double>(at[t]));
  }
  return 0;
}

// float32 power on `millions` million pairs (x, y) in three families of 2^20: x log-uniform over
// the positive floats with |y log2 x| up to 160 (every result, overflow and underflow included);
// x in [0.5, 2) with |y| up to 200; x within 2^-4 of 1 with |y log2 x| up to 130. The largest error
// per target against std::pow in float64, and the largest difference between targets.
int power_sample(uint32_t millions) {
  const auto all = targets();
  std::vector<double> worst(all.size(), 0);
  std::vector<std::pair<float, float>> at(all.size());
  double differ = 0;
  std::mt19937_64 rng(2026);
  std::uniform_real_distribution<double> u(-1, 1);
  std::vector<float> x(1u << 20), y(x.size());
  std::vector<double> reference(x.size());
  for (uint32_t chunk = 0; chunk < millions; ++chunk) {
    for (size_t i = 0; i < x.size(); ++i) {
      switch (chunk % 3) {
        case 0:
          x[i] = static_cast<float>(std::exp2(149 * u(rng) - 10 + 20 * std::abs(u(rng))));
          y[i] = static_cast<float>(160 * u(rng) /
                                    std::max(std::abs(std::log2(static_cast<double>(x[i]))), 1e-3));
          break;
        case 1:
          x[i] = static_cast<float>(1.25 + 0.75 * u(rng));
          y[i] = static_cast<float>(200 * u(rng));
          break;
        default:
          x[i] =
              static_cast<float>(1 + std::copysign(std::exp2(-4 - 20 * std::abs(u(rng))), u(rng)));
          y[i] = static_cast<float>(
              130 * u(rng) / std::max(std::abs(std::log2(static_cast<double>(x[i]))), 1e-30));
      }
      if (!std::isfinite(y[i])) y[i] = 0;
      reference[i] = std::pow(static_cast<double>(x[i]), static_cast<double>(y[i]));
    }
    std::vector<std::vector<float>> out;
    for (size_t t = 0; t < all.size(); ++t) {
      out.push_back(ufunc::power(x, y, ufunc::Options().target(all[t])));
      for (size_t i = 0; i < x.size(); ++i) {
        const double e = ufunc_test::ulp_error(out[t][i], static_cast<long double>(reference[i]));
        if (e > worst[t]) worst[t] = e, at[t] = {x[i], y[i]};
        if (t > 0)
          differ =
              std::max(differ, static_cast<double>(ufunc_test::ulp_distance(out[t][i], out[0][i])));
      }
    }
  }
  std::printf("power float32, %u x 2^20 pairs:\n", millions);
  for (size_t t = 0; t < all.size(); ++t) {
    std::printf("  %-6s %.3f ULP at (%a, %a)\n", ufunc::target_name(all[t]), worst[t],
                static_cast<double>(at[t].first), static_cast<double>(at[t].second));
  }
  std::printf("  largest difference from %s: %.0f ULP\n", ufunc::target_name(all[0]), differ);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 2 && std::strcmp(argv[1], "--sweep") == 0) {
    return sweep(argv[2], argc > 3 ? static_cast<uint32_t>(std::strtoul(argv[3], nullptr, 10)) : 7);
  }
  if (argc > 1 && std::strcmp(argv[1], "--power") == 0) {
    return power_sample(argc > 2 ? static_cast<uint32_t>(std::strtoul(argv[2], nullptr, 10)) : 64);
  }
  if (argc > 1) g_samples = std::strtoul(argv[1], nullptr, 10);
  std::printf("Largest error in ULP against MPFR, %zu inputs per row:\n\n", g_samples);
  header("function");
  const Range any64{1e-300, 1e300, true, true}, any32{1e-37, 1e37, true, true};
  const Range pos64{1e-307, 1e308, true}, pos32{1e-37, 3e38, true};
  both("exp", ufunc::exp, mpfr_exp, {-745, 709.7}, {-103, 88.7});
  both("exp", ufunc::exp, mpfr_exp, {-1, 1}, {-1, 1});
  both("exp2", ufunc::exp2, mpfr_exp2, {-1074, 1023.9}, {-149, 127.9});
  both("expm1", ufunc::expm1, mpfr_expm1, {1e-300, 709, true, true}, {1e-37, 88, true, true});
  both("log", ufunc::log, mpfr_log, pos64, pos32);
  both("log", ufunc::log, mpfr_log, {0.5, 2}, {0.5, 2});
  both("log2", ufunc::log2, mpfr_log2, pos64, pos32);
  both("log10", ufunc::log10, mpfr_log10, pos64, pos32);
  both("log1p", ufunc::log1p, mpfr_log1p, pos64, pos32);
  both("log1p", ufunc::log1p, mpfr_log1p, {-0.999, 1}, {-0.999, 1});
  both("sinh", ufunc::sinh, mpfr_sinh, {1e-300, 710, true, true}, {1e-37, 89, true, true});
  both("cosh", ufunc::cosh, mpfr_cosh, {1e-300, 710, true, true}, {1e-37, 89, true, true});
  both("tanh", ufunc::tanh, mpfr_tanh, {1e-300, 30, true, true}, {1e-37, 15, true, true});
  both("arcsinh", ufunc::arcsinh, mpfr_asinh, any64, any32);
  both("arccosh", ufunc::arccosh, mpfr_acosh, {1, 1e300, true}, {1, 1e37, true});
  both("arctanh", ufunc::arctanh, mpfr_atanh, {-0.9999, 0.9999}, {-0.9999, 0.9999});
  both("sin", ufunc::sin, mpfr_sin, {1e-300, 1e300, true, true}, {1e-37, 1e37, true, true});
  both("sin", ufunc::sin, mpfr_sin, {-1e6, 1e6}, {-1e6, 1e6});
  both("cos", ufunc::cos, mpfr_cos, {1e-300, 1e300, true, true}, {1e-37, 1e37, true, true});
  both("cos", ufunc::cos, mpfr_cos, {-1e6, 1e6}, {-1e6, 1e6});
  both("tan", ufunc::tan, mpfr_tan, {1e-300, 1e300, true, true}, {1e-37, 1e37, true, true});
  both("arcsin", ufunc::arcsin, mpfr_asin, {-1, 1}, {-1, 1});
  both("arccos", ufunc::arccos, mpfr_acos, {-1, 1}, {-1, 1});
  both("arctan", ufunc::arctan, mpfr_atan, any64, any32);
  both("cbrt", ufunc::cbrt, mpfr_cbrt, {1e-307, 1e308, true, true}, {1e-37, 3e38, true, true});
  std::printf("\nLargest difference in ULP between %s and each other target:\n\n",
              ufunc::target_name(targets()[0]));
  std::printf("| function | type | inputs |");
  for (size_t j = 1; j < targets().size(); ++j)
    std::printf(" %s |", ufunc::target_name(targets()[j]));
  std::printf("\n|---|---|---|");
  for (size_t j = 1; j < targets().size(); ++j) std::printf("---|");
  std::printf("\n");
  for (const auto& line : g_cross) std::printf("%s\n", line.c_str());
  return 0;
}
