// dispatch/: target names, the UFUNC_TARGETS rule, and the choice of target.
#include "dispatch/targets.h"

#include <cstdlib>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "hwy/highway.h"  // HWY_MAJOR..., HWY_TARGETS as libufunc sees it (same definitions)
#include "hwy/targets.h"

namespace {

using ::testing::ContainsRegex;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ufunc::Target;
using ufunc::TargetError;
using ufunc::TargetSet;

constexpr TargetSet bits(Target t) { return static_cast<TargetSet>(t); }
constexpr TargetSet kAVX3 = bits(Target::kAVX3), kAVX2 = bits(Target::kAVX2),
                    kSSE4 = bits(Target::kSSE4), kSSSE3 = bits(Target::kSSSE3),
                    kNEON = bits(Target::kNEON), kEMU128 = bits(Target::kEMU128),
                    kScalar = bits(Target::kScalar);
constexpr TargetSet kKnown = kAVX3 | kAVX2 | kSSE4 | kSSSE3 | kNEON | kEMU128 | kScalar;
// What an AVX-512 machine with g++ 12 supports; the filter tests pass it explicitly.
constexpr TargetSet kX86 = kAVX3 | kAVX2 | kSSE4 | kSSSE3 | kScalar;
// Bit 0 is below every Target, so a best_target that does not mask would pick it.
constexpr TargetSet kNotATarget = TargetSet{1};
static_assert((kNotATarget & kKnown) == 0);

template <class F>
std::string error_of(F f) {
  try {
    f();
  } catch (const TargetError& e) {
    return e.what();
  }
  return "(no TargetError)";
}

std::string joined_names(TargetSet set) {
  std::string out;
  for (Target t : ufunc::targets_in(set))
    out += (out.empty() ? "" : " ") + std::string(ufunc::target_name(t));
  return out;
}

TEST(TargetName, RoundTripsThroughParse) {
  const std::vector<Target> all = ufunc::targets_in(kKnown);
  ASSERT_EQ(all.size(), 7u);
  for (Target t : all) {
    SCOPED_TRACE(ufunc::target_name(t));
    EXPECT_EQ(ufunc::parse_target(ufunc::target_name(t)), t);
  }
  EXPECT_STREQ(ufunc::target_name(Target::kScalar), "SCALAR");
  EXPECT_STREQ(ufunc::target_name(Target::kEMU128), "EMU128");
}

TEST(TargetName, ParseIgnoresCaseAndSurroundingSpaces) {
  EXPECT_EQ(ufunc::parse_target("avx2"), Target::kAVX2);
  EXPECT_EQ(ufunc::parse_target("Ssse3"), Target::kSSSE3);
  EXPECT_EQ(ufunc::parse_target(" Scalar\t"), Target::kScalar);
}

TEST(TargetName, UnknownNameIsAnErrorListingTheKnownOnes) {
  EXPECT_THROW(ufunc::parse_target("AVX9"), TargetError);
  EXPECT_THAT(error_of([] { ufunc::parse_target("AVX9"); }),
              HasSubstr("unknown SIMD target 'AVX9' (known: AVX3 AVX2 SSE4 SSSE3 NEON EMU128 "
                        "SCALAR)"));
  // A prefix of a real name is not that name.
  EXPECT_THROW(ufunc::parse_target("AVX"), TargetError);
  EXPECT_THROW(ufunc::parse_target(""), TargetError);
}

TEST(TargetError, IsAnInvalidArgument) {
  static_assert(std::is_base_of_v<std::invalid_argument, TargetError>);
  EXPECT_THROW(ufunc::parse_target("bogus"), std::invalid_argument);
}

TEST(TargetsIn, ListsBestFirstAndIgnoresOtherBits) {
  EXPECT_THAT(ufunc::targets_in(kScalar | kSSE4 | kAVX3 | kNotATarget),
              ElementsAre(Target::kAVX3, Target::kSSE4, Target::kScalar));
  EXPECT_THAT(ufunc::targets_in(kNotATarget), ElementsAre());
}

TEST(BestTarget, PrefersLowerBit) {
  EXPECT_EQ(ufunc::best_target(kX86), Target::kAVX3);
  EXPECT_EQ(ufunc::best_target(kSSE4 | kScalar), Target::kSSE4);
  EXPECT_EQ(ufunc::best_target(kEMU128 | kScalar), Target::kEMU128);
  EXPECT_EQ(ufunc::best_target(kScalar), Target::kScalar);
}

TEST(BestTarget, IgnoresBitsThatAreNotTargets) {
  EXPECT_EQ(ufunc::best_target(kNotATarget | kSSE4), Target::kSSE4);
  EXPECT_THROW(ufunc::best_target(kNotATarget), TargetError);
}

TEST(BestTarget, OfNothingIsAnError) { EXPECT_THROW(ufunc::best_target(0), TargetError); }

TEST(TargetFilter, EmptySpecAllowsEverySupportedTarget) {
  EXPECT_EQ(ufunc::parse_target_filter("", kX86), kX86);
  EXPECT_EQ(ufunc::parse_target_filter("  ", kX86), kX86);
  EXPECT_EQ(ufunc::parse_target_filter("", kNEON | kScalar), kNEON | kScalar);
}

TEST(TargetFilter, ListAllowsExactlyTheNamedTargets) {
  EXPECT_EQ(ufunc::parse_target_filter("AVX2", kX86), kAVX2);
  EXPECT_EQ(ufunc::parse_target_filter("SCALAR", kX86), kScalar);
  // Order, case and spaces around names do not matter.
  EXPECT_EQ(ufunc::parse_target_filter(" sse4 ,AVX2", kX86), kAVX2 | kSSE4);
  EXPECT_EQ(ufunc::parse_target_filter("AVX2,AVX2", kX86), kAVX2);
}

TEST(TargetFilter, MinusFormRemovesTargets) {
  EXPECT_EQ(ufunc::parse_target_filter("-AVX3,-AVX2", kX86), kSSE4 | kSSSE3 | kScalar);
  EXPECT_EQ(ufunc::parse_target_filter(" - avx3", kX86), kAVX2 | kSSE4 | kSSSE3 | kScalar);
}

TEST(TargetFilter, RemovingAnUnsupportedTargetIsHarmless) {
  // So one setting can be shared by machines with different CPUs.
  EXPECT_EQ(ufunc::parse_target_filter("-NEON", kX86), kX86);
  EXPECT_EQ(ufunc::parse_target_filter("-AVX3", kAVX2 | kScalar), kAVX2 | kScalar);
}

TEST(TargetFilter, ForcingAnUnsupportedTargetIsAnError) {
  const TargetSet avx2_machine = kAVX2 | kSSE4 | kSSSE3 | kScalar;
  EXPECT_THROW(ufunc::parse_target_filter("AVX3", avx2_machine), TargetError);
  EXPECT_THAT(error_of([&] { ufunc::parse_target_filter("AVX3,SSE4", avx2_machine); }),
              HasSubstr("UFUNC_TARGETS='AVX3,SSE4' names AVX3, which this CPU does not support "
                        "(supported: AVX2 SSE4 SSSE3 SCALAR)"));
}

TEST(TargetFilter, UnknownNameIsAnErrorNamingIt) {
  EXPECT_THAT(error_of([] { ufunc::parse_target_filter("AVX2,AVX9", kX86); }),
              HasSubstr("UFUNC_TARGETS='AVX2,AVX9': ufunc: unknown SIMD target 'AVX9'"));
  // Names to remove must be real names too: a typo would otherwise silently remove nothing.
  EXPECT_THAT(error_of([] { ufunc::parse_target_filter("-AVX-512", kX86); }),
              HasSubstr("unknown SIMD target 'AVX-512'"));
}

TEST(TargetFilter, EmptyItemIsAnErrorQuotingTheSpec) {
  for (const char* spec : {"AVX2,,SSE4", "AVX2,", ",AVX2", "-", "-AVX3, -"}) {
    SCOPED_TRACE(spec);
    EXPECT_THAT(error_of([&] { ufunc::parse_target_filter(spec, kX86); }),
                HasSubstr("UFUNC_TARGETS='" + std::string(spec) + "' has an empty item"));
  }
}

TEST(TargetFilter, MixingKeepAndRemoveIsAnError) {
  EXPECT_THAT(error_of([] { ufunc::parse_target_filter("AVX2,-SSE4", kX86); }),
              HasSubstr("UFUNC_TARGETS='AVX2,-SSE4' mixes targets to keep and targets to remove"));
  EXPECT_THROW(ufunc::parse_target_filter("-AVX3,SSE4", kX86), TargetError);
}

TEST(TargetFilter, RemovingEveryTargetIsAnError) {
  const std::string spec = "-AVX3,-AVX2,-SSE4,-SSSE3,-SCALAR";
  EXPECT_THAT(error_of([&] { ufunc::parse_target_filter(spec, kX86); }),
              HasSubstr("UFUNC_TARGETS='" + spec + "' leaves no target to run on"));
}

TEST(SupportedTargets, IncludesScalarFallback) {
  EXPECT_TRUE(ufunc::supported_targets() & kScalar);
}

TEST(SupportedTargets, AreHighwaysDetectionRestrictedToKnownTargets) {
  EXPECT_EQ(ufunc::supported_targets(), hwy::SupportedTargets() & kKnown);
}

TEST(CompiledTargets, AreKnownTargetsIncludingOneEveryCpuOfTheArchitectureRuns) {
  const TargetSet c = ufunc::compiled_targets();
  EXPECT_EQ(c & ~kKnown, 0);
  // x86 compiles a scalar (or EMU128) fallback; on aarch64 Highway 1.0.3 compiles only NEON, which
  // every aarch64 CPU has.
#if HWY_ARCH_ARM_A64
  EXPECT_TRUE(c & kNEON);
#else
  EXPECT_TRUE(c & (kScalar | kEMU128));
#endif
}

TEST(CompiledTargets, AreHighwaysTargetsForThisBuild) {
  // This file is compiled with libufunc's definitions (HWY_DISABLED_TARGETS is public).
  EXPECT_EQ(ufunc::compiled_targets(), HWY_TARGETS & kKnown);
}

// The tests below read the real environment; CTest runs them with UFUNC_TARGETS unset, but they
// hold for any valid value.
std::string ufunc_targets_env() {
  const char* spec = std::getenv("UFUNC_TARGETS");
  return spec ? spec : "";
}

TEST(AllowedTargets, AreSupportedTargetsFilteredByTheEnvironment) {
  EXPECT_EQ(ufunc::allowed_targets(),
            ufunc::parse_target_filter(ufunc_targets_env(), ufunc::supported_targets()));
}

TEST(AllowedTargets, ReadTheEnvironmentOnlyOnce) {
  const TargetSet first = ufunc::allowed_targets();
  const std::string first_report = ufunc::runtime_report();
  const std::optional<std::string> saved =
      std::getenv("UFUNC_TARGETS") ? std::optional<std::string>(ufunc_targets_env()) : std::nullopt;
  setenv("UFUNC_TARGETS", first == kScalar ? "-SCALAR" : "SCALAR", 1);
  const TargetSet second = ufunc::allowed_targets();
  // The report shows the value in force, not what the environment says now.
  const std::string second_report = ufunc::runtime_report();
  if (saved) {
    setenv("UFUNC_TARGETS", saved->c_str(), 1);
  } else {
    unsetenv("UFUNC_TARGETS");
  }
  EXPECT_EQ(second, first);
  EXPECT_EQ(second_report, first_report);
}

TEST(ChosenTarget, IsTheBestAllowedTarget) {
  EXPECT_EQ(ufunc::chosen_target(), ufunc::best_target(ufunc::allowed_targets()));
}

TEST(ChosenTarget, RespectsAvailableSet) {
  const TargetSet allowed = ufunc::allowed_targets();
  for (Target t : ufunc::targets_in(allowed)) {
    SCOPED_TRACE(ufunc::target_name(t));
    EXPECT_EQ(ufunc::chosen_target(bits(t)), t);
    // A better target that is not allowed must not win.
    EXPECT_EQ(ufunc::chosen_target(bits(t) | (kKnown & ~allowed)), t);
  }
}

TEST(ChosenTarget, NoAllowedTargetAvailableIsAnError) {
  EXPECT_THROW(ufunc::chosen_target(0), TargetError);
  const TargetSet not_allowed = kKnown & ~ufunc::allowed_targets();
  if (not_allowed != 0) {
    EXPECT_THAT(error_of([&] { ufunc::chosen_target(not_allowed); }),
                HasSubstr("no target is both allowed (" + joined_names(ufunc::allowed_targets()) +
                          ") and compiled in (" + joined_names(not_allowed) + ")"));
  }
}

TEST(RuntimeReport, StatesVersionsTargetsAndTheChoice) {
  const std::string report = ufunc::runtime_report();
  const std::string hwy_version =
      std::to_string(HWY_MAJOR) + "." + std::to_string(HWY_MINOR) + "." + std::to_string(HWY_PATCH);
  EXPECT_THAT(report, HasSubstr("Highway version  : " + hwy_version + "\n"));
  EXPECT_THAT(report, HasSubstr("compiled targets : " + joined_names(ufunc::compiled_targets())));
  EXPECT_THAT(report, HasSubstr("CPU supports     : " + joined_names(ufunc::supported_targets())));
  EXPECT_THAT(report, HasSubstr("allowed targets  : " + joined_names(ufunc::allowed_targets())));
  // With UFUNC_TARGETS=EMU128 under g++ 12 nothing allowed is compiled: the report says so.
  const bool can_choose = ufunc::allowed_targets() & ufunc::compiled_targets();
  EXPECT_THAT(
      report,
      HasSubstr(std::string("chosen target    : ") +
                (can_choose ? ufunc::target_name(ufunc::chosen_target(ufunc::compiled_targets()))
                            : "(none")));
  EXPECT_THAT(report, HasSubstr("UFUNC_TARGETS    : " + (std::getenv("UFUNC_TARGETS")
                                                             ? ufunc_targets_env()
                                                             : std::string("(unset)"))));
  EXPECT_THAT(report, HasSubstr("SVE, SVE2, RVV are disabled"));
  // UFUNC_VERSION_STRING is private to the library: "unknown" only if the build did not pass it.
  EXPECT_THAT(report, ContainsRegex("ufunc version    : (unknown|[0-9]+\\.[0-9]+\\.[0-9]+)\n"));
  EXPECT_THAT(report, HasSubstr(std::string("compiler         : ") +
#ifdef __clang__
                                "clang "
#else
                                "g++ "
#endif
                                __VERSION__));
}

}  // namespace
