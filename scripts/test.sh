#!/usr/bin/env bash
# Installs what the build needs, then builds and runs the whole test suite.
#   scripts/test.sh                  # release build (build/release)
#   scripts/test.sh asan             # AddressSanitizer + UndefinedBehaviorSanitizer (build/asan)
#   scripts/test.sh tsan -R Parallel # ThreadSanitizer (build/tsan); later arguments go to ctest
# Presets (CMakePresets.json): release, debug, asan, tsan.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
shift || true
scripts/install-deps.sh
[ "$preset" != tsan ] || scripts/build-tbb-tsan.sh
cmake --preset "$preset"
cmake --build --preset "$preset" -j "$(nproc)"
ctest --preset "$preset" -j "$(nproc)" "$@"
