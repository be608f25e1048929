// The FMA targets (AVX-512, AVX2, NEON) give the same bits for the math functions: a hash of the
// results over fixed inputs, recorded on x86, is checked on whichever FMA targets this CPU has, so
// the Arm run under qemu checks NEON against AVX-512 too. The inputs come from an integer generator
// and an explicit fma (no std:: distribution, whose results may differ between standard libraries).
//
// After a deliberate change to a function, print the new table with
//   UFUNC_PRINT_FMA_HASHES=1 build/release/tests/ufunc_tests --gtest_filter='FmaConsistency*'
#include <cinttypes>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/ufuncs.h"

namespace {

using Unary = ufunc::Ufunc<1, 1, float, double>;

struct Case {
  const char* name;
  const Unary& ufunc;
  double lo, hi;
  uint64_t hash64, hash32;  // of the float64 and float32 results
};

// n values in [lo, hi): a splitmix64 sequence mapped linearly.
template <class T>
std::vector<T> inputs(double lo, double hi, size_t n, uint64_t seed = 0x9e3779b97f4a7c15u) {
  std::vector<T> v(n);
  uint64_t state = seed;
  for (auto& x : v) {
    uint64_t z = (state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    z ^= z >> 31;
    // An explicit fma: GCC contracts lo + (hi - lo) * u on aarch64 and not on x86.
    x = static_cast<T>(std::fma(hi - lo, static_cast<double>(z >> 11) * 0x1p-53, lo));
  }
  return v;
}

// FNV-1a over the results' bits, every NaN counted as one value.
template <class T>
uint64_t hash_of(const std::vector<T>& y) {
  uint64_t h = 0xcbf29ce484222325u;
  for (T v : y) {
    unsigned char bytes[sizeof(T)];
    const T canonical = std::isnan(v) ? std::numeric_limits<T>::quiet_NaN() : v;
    std::memcpy(bytes, &canonical, sizeof(T));
    for (unsigned char b : bytes) h = (h ^ b) * 0x100000001b3u;
  }
  return h;
}

std::vector<ufunc::Target> fma_targets() {
  const ufunc::TargetSet fma = static_cast<ufunc::TargetSet>(ufunc::Target::kAVX3) |
                               static_cast<ufunc::TargetSet>(ufunc::Target::kAVX2) |
                               static_cast<ufunc::TargetSet>(ufunc::Target::kNEON);
  return ufunc::targets_in(ufunc::exp.compiled_targets() & ufunc::supported_targets() & fma);
}

constexpr size_t kInputs = 1 << 14;

const Case kCases[] = {
    {"sin", ufunc::sin, -1e+06, 1e+06, 0x11d7f4183b2799e6u, 0x6765fa4312dbd6cau},
    {"cos", ufunc::cos, -1e+06, 1e+06, 0x477b11f8aadfa1ccu, 0x628e0e9d88f02f19u},
    {"tan", ufunc::tan, -100, 100, 0x43e3b9599c31d5ecu, 0x1ec85dca740933a6u},
    {"arcsin", ufunc::arcsin, -1, 1, 0x69ea1e32c669003au, 0x34bce2699943ea3eu},
    {"arccos", ufunc::arccos, -1, 1, 0xa82f1b59a01f8e3au, 0x51a2329085974a32u},
    {"arctan", ufunc::arctan, -1000, 1000, 0x913fc70d272f18fbu, 0x686dc350c9e65150u},
    {"cbrt", ufunc::cbrt, -1e+06, 1e+06, 0x704088767f13bcc3u, 0xbf8d6e09cb52f0feu},
    {"exp", ufunc::exp, -745, 709.7, 0x446cd923c93b041eu, 0x074fadc75382e798u},
    {"exp2", ufunc::exp2, -1074, 1023.9, 0xa179358bf0295676u, 0x3e2651051c25bccbu},
    {"expm1", ufunc::expm1, -40, 709, 0xa80f13e9d137d16au, 0xceca17bd2133c386u},
    {"log", ufunc::log, 0, 2, 0xbe6cacb2c5956a17u, 0xaabb18081c2dcc16u},
    {"log", ufunc::log, 1, 1e+30, 0x01887230676e1382u, 0x3b0bf559b5f8c2fcu},
    {"log2", ufunc::log2, 0, 1e+06, 0xd9a31417c80249d7u, 0x3d19091477e79debu},
    {"log10", ufunc::log10, 0, 1e+06, 0xa1eea078c44cdfeau, 0x52e2ab0eba44dea7u},
    {"log1p", ufunc::log1p, -0.999, 100, 0x56b48b49b1bc459bu, 0xbdc4657f47d9293eu},
    {"sinh", ufunc::sinh, -710, 710, 0xbaeebf904e1124e0u, 0x1d71cfcf015fd80fu},
    {"cosh", ufunc::cosh, -710, 710, 0x4b7b6b476875ed44u, 0x585916c42f581e76u},
    {"tanh", ufunc::tanh, -20, 20, 0xed9e183580b26bb8u, 0x9824c7538b6e698cu},
    {"arcsinh", ufunc::arcsinh, -1e+06, 1e+06, 0xea182b9754c801b7u, 0x7c717e96ea98cb03u},
    {"arccosh", ufunc::arccosh, 1, 1e+06, 0x03d72e333e8a1807u, 0xc0cc0a5433d630b6u},
    {"arctanh", ufunc::arctanh, -1, 1, 0xeadadc423b831439u, 0xba191b6c4bc8fabcu},
};

// The float64 and float32 hashes of one case's results on every FMA target against the recorded
// ones or, with UFUNC_PRINT_FMA_HASHES set, printed as the case's table row: run(t, T{}) gives the
// results for T on target t, row(h64, h32) prints the row without its end.
template <class Run, class Row>
void expect_recorded_bits(const char* name, uint64_t hash64, uint64_t hash32, Run run, Row row) {
  const bool print = std::getenv("UFUNC_PRINT_FMA_HASHES") != nullptr;
  for (ufunc::Target t : fma_targets()) {
    const uint64_t h64 = hash_of(run(t, double{}));
    const uint64_t h32 = hash_of(run(t, float{}));
    if (print) {
      row(h64, h32);
      std::printf("  // %s\n", ufunc::target_name(t));
      continue;
    }
    EXPECT_EQ(h64, hash64) << name << " float64 on " << ufunc::target_name(t);
    EXPECT_EQ(h32, hash32) << name << " float32 on " << ufunc::target_name(t);
  }
}

TEST(FmaConsistency, EveryFmaTargetGivesTheRecordedBits) {
  if (fma_targets().empty()) GTEST_SKIP() << "no FMA target on this CPU";
  for (const Case& c : kCases) {
    expect_recorded_bits(
        c.name, c.hash64, c.hash32,
        [&](ufunc::Target t, auto type) {
          using T = decltype(type);
          return c.ufunc(inputs<T>(c.lo, c.hi, kInputs), ufunc::Options().target(t));
        },
        [&](uint64_t h64, uint64_t h32) {
          std::printf("    {\"%s\", ufunc::%s, %g, %g, 0x%016" PRIx64 "u, 0x%016" PRIx64 "u},",
                      c.name, c.name, c.lo, c.hi, h64, h32);
        });
  }
}

// Functions of two arguments: x in [lo, hi), y in [y_lo, y_hi), from two sequences.
using Binary = ufunc::Ufunc<2, 1, float, double>;
struct BinaryCase {
  const char* name;
  const Binary& ufunc;
  double lo, hi, y_lo, y_hi;
  uint64_t hash64, hash32;
};

const BinaryCase kBinaryCases[] = {
    {"power", ufunc::power, 0.01, 100, -150, 150, 0xc14d2263be9d6779u, 0x705f038262010c09u},
};

TEST(FmaConsistency, EveryFmaTargetGivesTheRecordedBitsForTwoArguments) {
  if (fma_targets().empty()) GTEST_SKIP() << "no FMA target on this CPU";
  for (const BinaryCase& c : kBinaryCases) {
    expect_recorded_bits(
        c.name, c.hash64, c.hash32,
        [&](ufunc::Target t, auto type) {
          using T = decltype(type);
          return c.ufunc(inputs<T>(c.lo, c.hi, kInputs),
                         inputs<T>(c.y_lo, c.y_hi, kInputs, 0x2545f4914f6cdd1du),
                         ufunc::Options().target(t));
        },
        [&](uint64_t h64, uint64_t h32) {
          std::printf("    {\"%s\", ufunc::%s, %g, %g, %g, %g, 0x%016" PRIx64 "u, 0x%016" PRIx64
                      "u},",
                      c.name, c.name, c.lo, c.hi, c.y_lo, c.y_hi, h64, h32);
        });
  }
}

}  // namespace
