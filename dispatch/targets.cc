#include "dispatch/targets.h"

#include <cctype>
#include <cstdlib>
#include <sstream>
#include <utility>

#include "hwy/highway.h"
#include "hwy/targets.h"
#include "ufunc/version.h"  // HWY_MAJOR, HWY_MINOR, HWY_PATCH

namespace ufunc {
namespace {

// Best first: targets_in and the error messages list targets in this order.
constexpr std::pair<Target, const char*> kTargets[] = {
    {Target::kAVX3, "AVX3"},    {Target::kAVX2, "AVX2"}, {Target::kSSE4, "SSE4"},
    {Target::kSSSE3, "SSSE3"},  {Target::kNEON, "NEON"}, {Target::kEMU128, "EMU128"},
    {Target::kScalar, "SCALAR"}};

constexpr TargetSet bit(Target t) { return static_cast<TargetSet>(t); }

constexpr TargetSet known_set() {
  TargetSet set = 0;
  for (const auto& entry : kTargets) set |= bit(entry.first);
  return set;
}
constexpr TargetSet kKnown = known_set();

// "Best first" and "lowest bit first" must agree, or best_target and targets_in would disagree.
constexpr bool is_ascending() {
  for (size_t i = 1; i < sizeof(kTargets) / sizeof(kTargets[0]); ++i) {
    if (bit(kTargets[i - 1].first) >= bit(kTargets[i].first)) return false;
  }
  return true;
}
static_assert(is_ascending(), "kTargets must be sorted by Highway target bit");

std::string names_of(TargetSet set) {
  std::string out;
  for (Target t : targets_in(set)) out += (out.empty() ? "" : " ") + std::string(target_name(t));
  return out.empty() ? "(none)" : out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// UFUNC_TARGETS as read on first use, and what it allows or the error it gives. Kept together so
// that the report shows the value that is in force, even if the environment changed since.
struct Allowed {
  bool set_in_environment = false;
  std::string spec;
  TargetSet targets = 0;
  std::string error;  // empty if the spec is valid
};

const Allowed& allowed_once() {
  static const Allowed allowed = [] {
    Allowed a;
    if (const char* spec = std::getenv("UFUNC_TARGETS")) {
      a.set_in_environment = true;
      a.spec = spec;
    }
    try {
      a.targets = parse_target_filter(a.spec, supported_targets());
    } catch (const TargetError& e) {
      a.error = e.what();
    }
    return a;
  }();
  return allowed;
}

}  // namespace

const char* target_name(Target t) {
  for (const auto& [target, name] : kTargets) {
    if (target == t) return name;
  }
  return "UNKNOWN";
}

Target parse_target(std::string_view name) {
  const std::string_view trimmed = trim(name);
  for (const auto& [target, known] : kTargets) {
    const std::string_view k(known);
    bool same = k.size() == trimmed.size();
    for (size_t i = 0; same && i < k.size(); ++i) {
      same = std::toupper(static_cast<unsigned char>(trimmed[i])) == k[i];
    }
    if (same) return target;
  }
  throw TargetError("ufunc: unknown SIMD target '" + std::string(trimmed) +
                    "' (known: " + names_of(kKnown) + ")");
}

std::vector<Target> targets_in(TargetSet set) {
  std::vector<Target> out;
  for (const auto& entry : kTargets) {
    if (set & bit(entry.first)) out.push_back(entry.first);
  }
  return out;
}

Target best_target(TargetSet set) {
  const TargetSet known = set & kKnown;
  if (known == 0) throw TargetError("ufunc: no SIMD target to choose from");
  // The lowest set bit; no allocation, as callers resolve a target on the way to a kernel.
  return static_cast<Target>(known & -known);
}

TargetSet compiled_targets() { return HWY_TARGETS & kKnown; }

TargetSet supported_targets() {
  // hwy::SupportedTargets() runs CPUID again on every call (about 25 us here); the CPU does not
  // change under a running process, so ask once.
  static const TargetSet supported = hwy::SupportedTargets() & kKnown;
  return supported;
}

TargetSet parse_target_filter(std::string_view spec, TargetSet supported) {
  if (trim(spec).empty()) return supported;
  const std::string quoted = "UFUNC_TARGETS='" + std::string(spec) + "'";
  TargetSet keep = 0, remove = 0;
  for (size_t start = 0;;) {
    const size_t comma = spec.find(',', start);
    const size_t end = comma == std::string_view::npos ? spec.size() : comma;
    std::string_view item = trim(spec.substr(start, end - start));
    const bool minus = !item.empty() && item.front() == '-';
    if (minus) item = trim(item.substr(1));
    if (item.empty()) throw TargetError(quoted + " has an empty item");
    Target t;
    try {
      t = parse_target(item);
    } catch (const TargetError& e) {
      throw TargetError(quoted + ": " + e.what());
    }
    (minus ? remove : keep) |= bit(t);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  if (keep && remove) {
    throw TargetError(quoted + " mixes targets to keep and targets to remove ('-'); use one form");
  }
  // Forcing a target the CPU lacks would crash on the first call (SIGILL); refuse it now.
  // Removing one is harmless, so the same setting can be shared between machines.
  if (const TargetSet missing = keep & ~supported) {
    throw TargetError(quoted + " names " + names_of(missing) +
                      ", which this CPU does not support (supported: " + names_of(supported) + ")");
  }
  const TargetSet result = keep ? keep : (supported & ~remove);
  if (result == 0) throw TargetError(quoted + " leaves no target to run on");
  return result;
}

TargetSet allowed_targets() {
  const Allowed& a = allowed_once();
  if (!a.error.empty()) throw TargetError(a.error);
  return a.targets;
}

Target chosen_target(TargetSet available) {
  const TargetSet allowed = allowed_targets();
  if (!(allowed & available & kKnown)) {
    throw TargetError("ufunc: no target is both allowed (" + names_of(allowed) +
                      ") and compiled in (" + names_of(available) + ")");
  }
  return best_target(allowed & available);
}

std::string runtime_report() {
  const Allowed& env = allowed_once();
  const TargetSet allowed = allowed_targets();  // throws for a malformed UFUNC_TARGETS
#ifdef UFUNC_VERSION_STRING
  const char* version = UFUNC_VERSION_STRING;
#else
  const char* version = "unknown";
#endif
  const char* compiler =
#if defined(__clang__)
      "clang " __clang_version__;
#elif defined(__GNUC__)
      "g++ " __VERSION__;
#else
      "unknown";
#endif
  // A report is for finding out why a call fails, so an empty choice is shown, not thrown.
  std::string chosen;
  if (allowed & compiled_targets()) {
    chosen = target_name(chosen_target(compiled_targets()));
  } else {
    chosen = "(none: no allowed target is compiled in; calls throw TargetError)";
  }
  std::ostringstream out;
  out << "ufunc version    : " << version << "\n"
      << "compiler         : " << compiler << "\n"
      << "Highway version  : " << HWY_MAJOR << "." << HWY_MINOR << "." << HWY_PATCH << "\n"
      << "compiled targets : " << names_of(compiled_targets()) << "\n"
      << "CPU supports     : " << names_of(supported_targets()) << "\n"
      << "UFUNC_TARGETS    : "
      << (!env.set_in_environment ? "(unset)"
          : env.spec.empty()      ? "(empty)"
                                  : env.spec)
      << "\n"
      << "allowed targets  : " << names_of(allowed) << "\n"
      << "chosen target    : " << chosen
      << "\n"
      // Why, in one line: docs/dispatch.md has the rest.
      << "not used         : SVE, SVE2, RVV are disabled for user kernels: sizeless vectors do "
         "not fit the lane wrapper\n";
  return out.str();
}

}  // namespace ufunc
