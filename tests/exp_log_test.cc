// The exponentials and logarithms of kernels/ufuncs_exp_log.h on every supported target: error
// against MPFR over the whole domain and the hard regions, glibc's special values, and
// bit-identical results on the FMA targets.
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/ufuncs.h"
#include "tests/accuracy_check.h"

namespace {

using ufunc_test::around;
using ufunc_test::concat;
using ufunc_test::expect_accuracy;
using ufunc_test::expect_glibc_values;
using ufunc_test::log_uniform;
using ufunc_test::Mpfr1;
using ufunc_test::Mpfr2;
using ufunc_test::samples;
using ufunc_test::special_and;
using ufunc_test::uniform;

// Everywhere exp is finite and nonzero, magnitudes from tiny to the limits, and the edges where it
// overflows or turns subnormal.
template <class T>
std::vector<T> exp_inputs(double lo, double hi, double edge_lo, double edge_hi) {
  const size_t n = samples(1 << 11);
  return concat<T>({uniform<T>(n, lo, hi, 1), log_uniform<T>(n, 1e-300, hi, true, 2),
                    uniform<T>(n, edge_lo, lo + 1, 3), uniform<T>(n, hi - 1, edge_hi, 4),
                    uniform<T>(n, -1, 1, 5)});
}

TEST(ExpLogAccuracy, ExpWithinOneUlpIncludingSubnormalResults) {
  const Mpfr1 exact(mpfr_exp);
  expect_accuracy(ufunc::exp, exact, exp_inputs<double>(-708, 709, -745, 709.78), 1.0, "exp f64");
  // float32: 0.675 ULP measured over every float of the fast range, on every target.
  expect_accuracy(ufunc::exp, exact, exp_inputs<float>(-87, 88, -103, 88.72), 0.7, "exp f32");
}

TEST(ExpLogAccuracy, Exp2WithinOneUlp) {
  const Mpfr1 exact(mpfr_exp2);
  expect_accuracy(ufunc::exp2, exact, exp_inputs<double>(-1022, 1023, -1074, 1023.99), 1.0,
                  "exp2 f64");
  // float32: 0.664 ULP measured exhaustively.
  expect_accuracy(ufunc::exp2, exact, exp_inputs<float>(-126, 127, -149, 127.99), 0.7, "exp2 f32");
}

TEST(ExpLogAccuracy, Expm1WithinOneUlpNearZeroAndBeyond) {
  const Mpfr1 exact(mpfr_expm1);
  const size_t n = samples(1 << 11);
  // float64: 1.37 ULP on ufunc_accuracy 200000's random inputs, 1.82 at the switch of k at
  // ln(2) / 2 in the sweep below (one compact formula, 1.8x faster than exp_log::expm1_parts
  // rounded). The hard places: the switches of k at (j + 1/2) ln 2, where 2^k - 1 stops being
  // exact (|k| = 54, x = +-37.1), the ends of the fast range (-40, 709).
  std::vector<double> hard64 =
      concat<double>({log_uniform<double>(n, 1e-300, 709, true, 6), uniform<double>(n, -2, 2, 7),
                      uniform<double>(n, -50, 50, 8)});
  for (double x : {0.3465735902799727, -0.3465735902799727, 1.0397207708399179, 37.08337, -37.08337,
                   37.7765, -37.7765, -40.0, 709.0}) {
    double lo = x, hi = x;
    for (int i = 0; i < 256; ++i) {
      hard64.push_back(lo = std::nextafter(lo, -HUGE_VAL));
      hard64.push_back(hi = std::nextafter(hi, HUGE_VAL));
    }
  }
  expect_accuracy(ufunc::expm1, exact, hard64, 2.0, "expm1 f64");
  // float32 (exp_log_f32::expm1): 0.586 ULP measured on every 17th float of [-0.5, 0.5], 0.557 on
  // every 5th of [0.5, 88.3] and 0.511 of [-20, -0.5], on every target. The hard places: near 0
  // (the result is r + r^2/2 + ..., no cancellation allowed), the switches of k at
  // (j + 1/2) ln 2, of 2^k - 1 at k = 20 and -24, and the ends of the fast range.
  std::vector<float> hard = concat<float>(
      {log_uniform<float>(n, 1e-38, 88, true, 9), uniform<float>(n, -2, 2, 10),
       uniform<float>(n, -0.36, 0.36, 11), log_uniform<float>(n, 1e-8, 1e-2, true, 12)});
  for (float x : {0.3465736f, -0.3465736f, 1.0397208f, -1.0397208f, 14.2097464f, 14.9028936f,
                  -16.9822493f, -17.3286972f, -87.0f, 88.3f, 10.0f})
    for (float v : around(x, 256)) hard.push_back(v);
  expect_accuracy(ufunc::expm1, exact, hard, 0.65, "expm1 f32");
}

// Positive normal and subnormal magnitudes, and dense sweeps around 1 (where log is small) and
// around sqrt(2) (where the reduction switches exponent).
template <class T>
std::vector<T> log_inputs() {
  const size_t n = samples(1 << 11);
  using L = std::numeric_limits<T>;
  return concat<T>({log_uniform<T>(n, L::denorm_min(), L::max(), false, 11),
                    uniform<T>(n, 0.99, 1.01, 12), uniform<T>(n, 1.41, 1.42, 13),
                    uniform<T>(n, 0.70, 0.71, 14), uniform<T>(n, 1, 100, 15)});
}

TEST(ExpLogAccuracy, LogWithinOneUlp) {
  const Mpfr1 exact(mpfr_log);
  expect_accuracy(ufunc::log, exact, log_inputs<double>(), 1.0, "log f64");
  // float32: 0.595 ULP measured on every 7th float and every one of [0.5, 2), both signs
  // (`ufunc_accuracy --sweep log`), and exhaustively on [0.25, 4).
  expect_accuracy(ufunc::log, exact, log_inputs<float>(), 0.6, "log f32");
}

// float64: 2 ULP with FMA; without it (SSE4, SSSE3, SCALAR) f / ln 2 is formed with one rounding
// less exactly, up to 2.03 ULP measured. float32 (its own algorithm, the same bits on every
// target): log2 0.569 and log10 0.574 ULP measured on every 7th float and every one of [0.5, 2)
// (`ufunc_accuracy --sweep`), and exhaustively on [0.25, 4).
TEST(ExpLogAccuracy, Log2AndLog10WithinThreeUlp) {
  const Mpfr1 exact2(mpfr_log2), exact10(mpfr_log10);
  expect_accuracy(ufunc::log2, exact2, log_inputs<double>(), 3.0, "log2 f64");
  expect_accuracy(ufunc::log2, exact2, log_inputs<float>(), 0.6, "log2 f32");
  expect_accuracy(ufunc::log10, exact10, log_inputs<double>(), 3.0, "log10 f64");
  expect_accuracy(ufunc::log10, exact10, log_inputs<float>(), 0.6, "log10 f32");
}

TEST(ExpLogAccuracy, Log1pWithinTwoUlpNearZeroAndMinusOne) {
  const Mpfr1 exact(mpfr_log1p);
  const size_t n = samples(1 << 11);
  const auto inputs = [n](auto zero) {
    using T = decltype(zero);
    return concat<T>({log_uniform<T>(n, 1e-30, std::numeric_limits<T>::max(), false, 16),
                      log_uniform<T>(n, 1e-30, 0.999999, false, 17), uniform<T>(n, -0.5, 0.5, 18),
                      uniform<T>(n, -1, -0.99, 19)});
  };
  std::vector<double> d = inputs(0.0);
  for (auto& x : d) x = x < -1 ? -x : x;
  std::vector<double> negative = log_uniform<double>(n, 1e-300, 0.999999, false, 20);
  for (auto& x : negative) x = -x;
  expect_accuracy(ufunc::log1p, exact, concat<double>({d, negative}), 2.0, "log1p f64");
  // float32 (exp_log_f32::log1p): 0.607 ULP (0.613 without FMA) measured on every 7th float and
  // every float of [0.5, 2), both signs. The hard places: near 0 and -1, 2^-7 (where r = x
  // stops), the ends of the table's interval around 1 (x = -2^-5.68, 0.0234375), where 1 + x
  // changes binade, and 2^24, beyond which 1 + x rounds off all of the 1.
  std::vector<float> f = concat<float>({inputs(0.0f), uniform<float>(n, -0.3, 0.42, 25),
                                        log_uniform<float>(n, 1e-12, 1e-2, true, 26),
                                        log_uniform<float>(n, 1e-7, 1e-2, false, 27)});
  for (size_t i = f.size() - n; i < f.size(); ++i) f[i] = -1 + f[i];
  for (float x : {-0.29289323f, 0.41421354f, 1.0f, 3.0f, -0.5f, 0x1p24f, 0x1p25f, 1e30f, 0x1p-7f,
                  -0x1p-7f, -0.01953125f, 0.0234375f})
    for (float v : around(x, 256)) f.push_back(v);
  expect_accuracy(ufunc::log1p, exact, f, 0.65, "log1p f32");
}

// Exponents for x that keep |y log x| below `reach` (uniform in [-reach, reach] as y log x), so
// that the result stays finite and the error of log x is magnified the most.
std::vector<double> exponents_reaching(const std::vector<double>& x, double reach, uint32_t seed) {
  std::vector<double> y = uniform<double>(x.size(), -reach, reach, seed);
  for (size_t i = 0; i < x.size(); ++i) {
    const double l = std::log(x[i]);
    y[i] = l == 0 ? y[i] : y[i] / l;
  }
  return y;
}

// float64 (kernels/pow-inl.h): exp(y log x) with log x within 2^-68 in double-double and the
// product exact, so the error is the exp core's (0.73 ULP) plus up to 745 * 2^-68 relative:
// 0.62 ULP measured on these inputs, 0.68 on 5 million, 0.8 asserted (dropping r^2's low part in
// the logarithm reaches 0.99 in the sweep around 1). The hard places: x near 1 with y large (log x
// tiny, every bit of it magnified), |y log x| near 708, where the fast path ends and results turn
// subnormal or overflow, x = 2^k, integer and half-integer y, and x over the whole range with y as
// large as the result allows.
TEST(ExpLogAccuracy, PowerFloat64WithinEightTenthsUlpWhereYLogXIsLarge) {
  const Mpfr2 exact(mpfr_pow);
  const size_t n = samples(1 << 11);
  const auto x = log_uniform<double>(n, 1e-3, 1e3, false, 21);
  const auto y = uniform<double>(n, -100, 100, 22);
  expect_accuracy(ufunc::power, exact, x, y, 0.8, "power f64");
  expect_accuracy(ufunc::power, exact, uniform<double>(n, 0.5, 2, 30),
                  uniform<double>(n, -4, 4, 31), 0.8, "power f64 NumPy's benchmark range");
  // x = 1 + d, |d| from 2^-53 to 2^-6, y up to 745 / |log x|.
  std::vector<double> near1 = log_uniform<double>(n, 0x1p-53, 0x1p-6, true, 32);
  for (auto& v : near1) v += 1;
  expect_accuracy(ufunc::power, exact, near1, exponents_reaching(near1, 745, 33), 0.8,
                  "power f64 x near 1");
  // The two table intervals around 1, [1 - 2^-9, 1 + 2^-8), where log x = log(1 + r) alone
  // (no table term): its low parts matter most, |y log x| from 600 to 745.
  std::vector<double> around1 = uniform<double>(n, -0x1p-9, 0x1p-8, 42);
  for (auto& v : around1) v += 1;
  std::vector<double> y1 = uniform<double>(n, 600, 745, 43);
  for (size_t i = 0; i < n; ++i) y1[i] = (i % 2 ? y1[i] : -y1[i]) / std::log(around1[i]);
  expect_accuracy(ufunc::power, exact, around1, y1, 0.8, "power f64 x in [1 - 2^-9, 1 + 2^-8)");
  // The whole range of x, |y log x| up to 745; then only 690 to 745, both signs.
  const auto whole = log_uniform<double>(n, 1e-307, 1e308, false, 34);
  expect_accuracy(ufunc::power, exact, whole, exponents_reaching(whole, 745, 35), 0.8,
                  "power f64 whole range");
  std::vector<double> far = uniform<double>(n, 690, 745, 36);
  for (size_t i = 0; i < n; ++i) far[i] = (i % 2 ? far[i] : -far[i]) / std::log(whole[i]);
  expect_accuracy(ufunc::power, exact, whole, far, 0.8, "power f64 |y log x| in [690, 745]");
  // x = 2^k (log x = k ln 2, no table error) and x in [0.7, 1.42], every interval of the table.
  std::vector<double> pow2(n), table = uniform<double>(n, 0.7, 1.42, 37);
  for (size_t i = 0; i < n; ++i) pow2[i] = std::ldexp(1.0, static_cast<int>(i % 2045) - 1022);
  expect_accuracy(ufunc::power, exact, pow2, exponents_reaching(pow2, 745, 38), 0.8,
                  "power f64 x = 2^k");
  expect_accuracy(ufunc::power, exact, table, exponents_reaching(table, 745, 39), 0.8,
                  "power f64 x in [0.7, 1.42]");
  // Integer and half-integer y: exact results (2^3, 10^2, 4^0.5) must come out exact.
  const auto xi = log_uniform<double>(n, 1e-4, 1e4, false, 40);
  std::vector<double> yi = uniform<double>(n, -64, 64, 41);
  for (size_t i = 0; i < n; ++i) yi[i] = std::round(yi[i]) / (i % 2 ? 2 : 1);
  expect_accuracy(ufunc::power, exact, xi, yi, 0.8, "power f64 integer and half-integer y");
  const std::vector<double> xe = {2, 10, 4, 9, 3, 0.5, 10, 16, 0.25, 7};
  const std::vector<double> ye = {3, 2, 0.5, 1.5, 20, -10, 15, 0.25, -1.5, 18};
  expect_accuracy(ufunc::power, exact, xe, ye, 0.0, "power f64 exact results");
}

// float32 (kernels/pow-inl.h, pow_f32_detail): 2^(y log2 x) in float-float arithmetic, the
// product t = y log2 x within about 2^-34 relative, so the error is the last rounding plus up to
// |t| 2^-34 (|t| < 128 for a normal result). 0.652 ULP measured with FMA, 0.667 without, over
// 96 x 2^20 pairs (`ufunc_accuracy --power 96`), worst at x near 1.025 (log2 x = 0.035 out of
// terms of 0.077 and -0.042) and y near -2800; 0.7 asserted. The hard places: x near 1 with y
// large, the table intervals next to 1, the ends of the float32 path (|t| near 125 and 127.5,
// where the float64 algorithm takes over), subnormal x (float64 too) and exact results.
TEST(ExpLogAccuracy, PowerFloat32WithinSevenTenthsUlp) {
  const Mpfr2 exact(mpfr_pow);
  const size_t n = samples(1 << 11);
  const auto xf = log_uniform<float>(n, 1e-3f, 1e3f, false, 23);
  const auto yf = uniform<float>(n, -12, 12, 24);
  expect_accuracy(ufunc::power, exact, xf, yf, 0.7, "power f32");
  // |y log x| up to 140: overflow, the float64 path's subnormal results and both ends of the
  // float32 path.
  const auto xe = uniform<float>(n, 0.5, 2, 25);
  const auto ye = uniform<float>(n, -200, 200, 26);
  expect_accuracy(ufunc::power, exact, xe, ye, 0.7, "power f32 at the float range's ends");
  const auto xs = log_uniform<float>(n, 1e-45, 3e38, false, 27);  // subnormal x included
  const auto ys = uniform<float>(n, -1.5, 1.5, 28);
  expect_accuracy(ufunc::power, exact, xs, ys, 0.7, "power f32 whole range");
  // x within 3% of 1 (the interval around 1 and its neighbours), |y log x| up to 87.
  std::vector<float> xn = uniform<float>(n, 0.97f, 1.03f, 29), yn = uniform<float>(n, -1, 1, 30);
  for (size_t i = 0; i < n; ++i) {
    const double l = std::log(static_cast<double>(xn[i]));
    if (l != 0) yn[i] = static_cast<float>(87 * yn[i] / l);
  }
  expect_accuracy(ufunc::power, exact, xn, yn, 0.7, "power f32 x near 1, y large");
  // Exact results come out exact (any other float is a whole ULP away).
  const std::vector<float> xx = {2, 10, 4, 9, 3, 0.5f, 10, 16, 0.25f, 7, 2, 2, 2};
  const std::vector<float> yx = {3, 2, 0.5f, 1.5f, 15, -10, 7, 0.25f, -1.5f, 8, -149, 127, -125};
  expect_accuracy(ufunc::power, exact, xx, yx, 0.0, "power f32 exact results");
}

TEST(ExpLogSpecialValues, AreGlibcsBitForBit) {
  const auto d =
      special_and<double>({709.782712893384, 709.79, 710, -745.1332191019411, -745.14, -746,
                           1023.99, 1024, -1074, -1075.1, 1e-320, -1 + 1e-16, -1, -2, 4e-320});
  const auto f = special_and<float>(
      {88.72f, 88.73f, -103.97f, -104, 128, -149, -150, 1e-40f, -1 + 1e-7f, -1, -2});
  for (const auto& x : {d}) {
    expect_glibc_values(
        ufunc::exp, [](double v) { return std::exp(v); }, x);
    expect_glibc_values(
        ufunc::exp2, [](double v) { return std::exp2(v); }, x);
    expect_glibc_values(
        ufunc::expm1, [](double v) { return std::expm1(v); }, x);
    expect_glibc_values(
        ufunc::log, [](double v) { return std::log(v); }, x);
    expect_glibc_values(
        ufunc::log2, [](double v) { return std::log2(v); }, x);
    expect_glibc_values(
        ufunc::log10, [](double v) { return std::log10(v); }, x);
    expect_glibc_values(
        ufunc::log1p, [](double v) { return std::log1p(v); }, x);
  }
  expect_glibc_values(
      ufunc::exp, [](float v) { return std::exp(v); }, f);
  expect_glibc_values(
      ufunc::exp2, [](float v) { return std::exp2(v); }, f);
  expect_glibc_values(
      ufunc::expm1, [](float v) { return std::expm1(v); }, f);
  expect_glibc_values(
      ufunc::log, [](float v) { return std::log(v); }, f);
  expect_glibc_values(
      ufunc::log2, [](float v) { return std::log2(v); }, f);
  expect_glibc_values(
      ufunc::log10, [](float v) { return std::log10(v); }, f);
  expect_glibc_values(
      ufunc::log1p, [](float v) { return std::log1p(v); }, f);
  // pow's special cases (C99 Annex F): pow(x, +-0) = 1 even for NaN, pow(1, y) = 1, ...
  const std::vector<double> px = {NAN, 1, -1, 0, -0.0, INFINITY, -INFINITY, 2, -2, 0.5};
  for (double y :
       std::vector<double>{0.0, -0.0, NAN, 1.0, -1.0, 0.5, 3.0, -3.0, INFINITY, -INFINITY}) {
    expect_glibc_values(
        ufunc::power, [](double a, double b) { return std::pow(a, b); }, px,
        std::vector<double>(px.size(), y));
    const std::vector<float> pxf(px.begin(), px.end());
    expect_glibc_values(
        ufunc::power, [](float a, float b) { return std::pow(a, b); }, pxf,
        std::vector<float>(pxf.size(), static_cast<float>(y)));
  }
  // float64 around where results overflow, turn subnormal and underflow to zero (|y log x| near
  // 708, 709.78, 745.13, y = +-1024 or -1074 for x = 2), negative x with integer y, x next to 1
  // with huge y: the C library's, bit for bit where the result is not normal.
  std::vector<double> tx, ty;
  for (double x : {2.0, 0.5, 3.0, 1.5, 10.0, 1e-300, 1e300}) {
    for (double t :
         {708.0, 709.782712893384, 709.79, -708.0, -708.4, -744.44, -745.1332191019411, -745.14}) {
      const double y = t / std::log(x);
      for (double v :
           {y, std::nextafter(y, -INFINITY), std::nextafter(y, INFINITY), y * 1.0001, y / 1.0001}) {
        tx.push_back(x);
        ty.push_back(v);
      }
    }
  }
  for (double y : {1023.0, 1023.99, 1024.0, -1022.0, -1022.5, -1074.0, -1074.5, -1075.0, -1076.0}) {
    tx.push_back(2);
    ty.push_back(y);
  }
  const std::vector<double> nx = {-2, -2, -2, -0.5, -8, -1, -1, -3, 1 + 0x1p-52, 1 - 0x1p-53, 1, 1};
  const std::vector<double> ny = {3,      0.5, -1075, 1075,  1.0 / 3, 1e300,
                                  0x1p60, 10,  1e17,  -1e17, 1e300,   -0x1p62};
  tx.insert(tx.end(), nx.begin(), nx.end());
  ty.insert(ty.end(), ny.begin(), ny.end());
  expect_glibc_values(
      ufunc::power, [](double a, double b) { return std::pow(a, b); }, tx, ty);
}

// float32 has algorithms of its own (kernels/exp_log_f32-inl.h) whose fast range ends where the
// result stops being a normal float; beyond, the float64 algorithm rounds once. Every float near
// those edges and the overflow and underflow thresholds gives glibc's bits; subnormal results are
// correctly rounded (glibc's expf is not always at near-ties: exp(-0x1.5d91f8p+6f) is 0.5003
// subnormal ULP off).
TEST(ExpLogSpecialValues, Float32ThresholdsAndSubnormalResultsAreGlibcs) {
  std::vector<float> e;
  // exp: fast-range edges, FLT_MIN, overflow (88.7228394f is the last finite), the smallest
  // subnormal and zero.
  for (float x : {-87.33f, 88.72f, -87.336548f, 88.7228394f, -103.278931f, -103.972076f})
    for (float v : around(x, 64)) e.push_back(v);
  expect_glibc_values(
      ufunc::exp, [](float v) { return std::exp(v); }, e);
  expect_accuracy(ufunc::exp, Mpfr1(mpfr_exp), uniform<float>(samples(1 << 11), -104, -87.34, 40),
                  0.501, "exp f32 subnormal results");
  std::vector<float> e2;
  for (float x : {-126.0f, 128.0f, -149.0f, -150.0f, -148.5f})
    for (float v : around(x, 64)) e2.push_back(v);
  expect_glibc_values(
      ufunc::exp2, [](float v) { return std::exp2(v); }, e2);
  expect_accuracy(ufunc::exp2, Mpfr1(mpfr_exp2), uniform<float>(samples(1 << 11), -151, -126, 41),
                  0.501, "exp2 f32 subnormal results");
  using L = std::numeric_limits<float>;
  // expm1: the ends of the fast range (-87, 88.3), where it rounds to -1 (-17.33) and overflows
  // (88.7228394f is the last finite); log1p: around -1 and the largest float.
  std::vector<float> m1;
  for (float x : {-87.0f, 88.3f, -17.3286791f, 88.7228394f, -1.0f, L::max()})
    for (float v : around(x, 64)) m1.push_back(v);
  expect_glibc_values(
      ufunc::expm1, [](float v) { return std::expm1(v); }, m1);
  expect_glibc_values(
      ufunc::log1p, [](float v) { return std::log1p(v); }, m1);
  // The logarithms around the smallest normal and the largest float.
  const std::vector<float> l = concat<float>({around(L::min(), 64), around(L::max(), 64)});
  expect_glibc_values(
      ufunc::log, [](float v) { return std::log(v); }, l);
  expect_glibc_values(
      ufunc::log2, [](float v) { return std::log2(v); }, l);
  expect_glibc_values(
      ufunc::log10, [](float v) { return std::log10(v); }, l);
  // Subnormal inputs round once from float64: correctly rounded, where glibc's log10f is not
  // always (log10(0x1.1074p-135f) is 0.505 ULP off).
  const auto sub = log_uniform<float>(samples(1 << 11), L::denorm_min(), L::min(), false, 42);
  expect_accuracy(ufunc::log, Mpfr1(mpfr_log), sub, 0.501, "log f32 subnormal inputs");
  expect_accuracy(ufunc::log2, Mpfr1(mpfr_log2), sub, 0.501, "log2 f32 subnormal inputs");
  expect_accuracy(ufunc::log10, Mpfr1(mpfr_log10), sub, 0.501, "log10 f32 subnormal inputs");
}

// The FMA targets evaluate the same operations with the same fused steps: identical bits.
TEST(ExpLogCrossTarget, FmaTargetsAgreeBitForBit) {
  const auto fma_targets =
      ufunc::targets_in(ufunc::exp.compiled_targets() & ufunc::supported_targets() &
                        (static_cast<ufunc::TargetSet>(ufunc::Target::kAVX3) |
                         static_cast<ufunc::TargetSet>(ufunc::Target::kAVX2)));
  if (fma_targets.size() < 2) GTEST_SKIP() << "needs AVX2 and AVX-512";
  const auto x =
      concat<double>({uniform<double>(samples(1 << 14), -745, 709, 30), log_inputs<double>()});
  for (const auto* u : {&ufunc::exp, &ufunc::exp2, &ufunc::expm1, &ufunc::log, &ufunc::log2,
                        &ufunc::log10, &ufunc::log1p}) {
    const auto a = (*u)(x, ufunc::Options().target(fma_targets[0]));
    const auto b = (*u)(x, ufunc::Options().target(fma_targets[1]));
    for (size_t i = 0; i < x.size(); ++i) {
      ASSERT_TRUE(ufunc_test::same_value(a[i], b[i])) << u->name() << "(" << x[i] << ")";
    }
  }
  const auto xf =
      concat<float>({uniform<float>(samples(1 << 14), -104, 89, 31),
                     uniform<float>(samples(1 << 14), -151, 129, 32), log_inputs<float>()});
  for (const auto* u : {&ufunc::exp, &ufunc::exp2, &ufunc::expm1, &ufunc::log, &ufunc::log2,
                        &ufunc::log10, &ufunc::log1p}) {
    const auto a = (*u)(xf, ufunc::Options().target(fma_targets[0]));
    const auto b = (*u)(xf, ufunc::Options().target(fma_targets[1]));
    for (size_t i = 0; i < xf.size(); ++i) {
      ASSERT_TRUE(ufunc_test::same_value(a[i], b[i])) << u->name() << "(" << xf[i] << "f)";
    }
  }
}

// float64 power: the exact steps (the reduction r = z invc - 1, the products y log x and r^2) give
// the same bits with and without FMA, so the FMA targets agree and the others (SSE4, SSSE3,
// SCALAR) differ only through the polynomials' roundings: at most 1 ULP.
TEST(ExpLogCrossTarget, PowerFmaTargetsAgreeOthersWithinOneUlp) {
  const auto targets = ufunc_test::targets_of(ufunc::power);
  const size_t n = samples(1 << 13);
  const auto x = concat<double>(
      {log_uniform<double>(n, 1e-307, 1e308, false, 50), uniform<double>(n, 0.5, 2, 51)});
  const auto y = exponents_reaching(x, 745, 52);
  const auto reference = ufunc::power(x, y, ufunc::Options().target(targets[0]));
  for (ufunc::Target t : targets) {
    const bool fma =
        t == ufunc::Target::kAVX3 || t == ufunc::Target::kAVX2 || t == ufunc::Target::kNEON;
    const auto z = ufunc::power(x, y, ufunc::Options().target(t));
    uint64_t worst = 0;
    size_t at = 0;
    for (size_t i = 0; i < x.size(); ++i) {
      const uint64_t dist = ufunc_test::ulp_distance(z[i], reference[i]);
      if (dist > worst) worst = dist, at = i;
    }
    EXPECT_LE(worst, fma ? 0u : 1u) << "power on " << ufunc::target_name(t) << " at ("
                                    << std::hexfloat << x[at] << ", " << y[at] << ")";
  }
}

}  // namespace
