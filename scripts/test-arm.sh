#!/usr/bin/env bash
# Cross-builds the library and its whole test suite for aarch64 (Arm NEON) and runs it under qemu.
#   scripts/test-arm.sh               # install the arm64 toolchain and libraries, build, test
#   scripts/test-arm.sh -R OnTarget   # later arguments go to ctest
# See docs/arm.md. Emulation is ~100x slower than native, yet the whole run (install excluded) takes
# 1-2.5 minutes on 2 cores, most of it compiling.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
build=build/arm
jobs="$(nproc)"
# Must match CMAKE_CROSSCOMPILING_EMULATOR in cmake/toolchain-aarch64.cmake (why -L / and not
# -L /usr/aarch64-linux-gnu: see there).
emulator=(qemu-aarch64 -L /)

# Tests left out on aarch64, each as "exact CTest name|reason"; the script prints every entry with
# its reason, and says when an entry no longer names a test. Add one only for a test that cannot
# pass under emulation, with its reason, and remove it once the cause is fixed. None is needed.
excluded=()

scripts/install-deps.sh --arm
install_done=$SECONDS

cmake -S . -B "$build" -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-aarch64.cmake \
  -DCMAKE_BUILD_TYPE=Release -DUFUNC_BUILD_BENCH=OFF
cmake --build "$build" -j "$jobs"

echo
echo "=== dispatch report (ufunc-show-runtime under ${emulator[*]})"
report="$("${emulator[@]}" "$build/ufunc-show-runtime")"
echo "$report"
if ! grep -q '^chosen target *: NEON$' <<<"$report"; then
  echo "test-arm: FAIL: the dispatch report does not choose NEON" >&2
  exit 1
fi
listed="$(ctest --test-dir "$build" -N)"
if ! grep -q '/NEON' <<<"$listed"; then
  echo "test-arm: FAIL: no per-target test ran on NEON (no CTest name contains /NEON)" >&2
  exit 1
fi

echo
echo "=== tests excluded on aarch64 (${#excluded[@]})"
regex=""
for entry in "${excluded[@]}"; do
  name="${entry%%|*}"
  echo "  $name: ${entry#*|}"
  # The exact name; gtest_discover_tests appends "  # GetParam() = ..." to parameterized ones.
  # shellcheck disable=SC2001,SC2016  # sed escapes every regex metacharacter at once
  name_re="$(sed 's/[][\.*^$()+?{}|]/\\&/g' <<<"$name")(  # .*)?\$"
  if ! grep -qE "^ *Test +#[0-9]+: $name_re" <<<"$listed"; then
    echo "    (no such test any more: remove it from the list in $0)"
  fi
  regex+="${regex:+|}^$name_re"
done

echo
echo "=== ctest under qemu"
junit="$PWD/$build/ctest-junit.xml"
# --timeout: a test that hangs under emulation fails in 5 minutes instead of CTest's default 25.
# The accuracy tests draw 1/8 of their random inputs: MPFR is ~100x slower under emulation, and
# the native runs measure the full samples.
rm -f "$junit"
status=0
UFUNC_ACCURACY_SCALE=0.125 ctest --test-dir "$build" -j "$jobs" --output-on-failure --timeout 300 \
  --output-junit "$junit" ${regex:+-E "$regex"} "$@" || status=$?

count() { sed -n "s/^[[:space:]]*$1=\"\([0-9]*\)\"/\1/p" "$junit" | head -n 1; }
if [ -f "$junit" ]; then
  ran=$(count tests) failed=$(count failures) skipped=$(count skipped)
  echo
  echo "test-arm: $ran tests: $((ran - failed - skipped)) passed, $skipped skipped," \
       "$failed failed; ${#excluded[@]} excluded (listed above)"
fi
# forced_target.NEON must have run and passed, not skipped (unless ctest arguments left it out).
if [ -f "$junit" ] && grep -q 'name="forced_target.NEON"' "$junit" &&
   ! grep 'name="forced_target.NEON"' "$junit" | grep -q 'status="run"'; then
  echo "test-arm: FAIL: forced_target.NEON did not run (skipped?)" >&2
  exit 1
fi
if [ "$status" != 0 ]; then
  echo "test-arm: FAIL (ctest exit status $status)" >&2
  exit "$status"
fi
echo "test-arm: passed in $((SECONDS - install_done)) s" \
     "(after $((install_done - start)) s of install-deps)"
