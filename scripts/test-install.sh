#!/usr/bin/env bash
# Proves ufunc works as a dependency: installs the release build into a temporary prefix, builds
# examples/lesson against it with find_package, runs it, runs its benchmark briefly; then builds the
# same example with add_subdirectory of this checkout. Needs a configured build/release.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --build --preset release -j "$(nproc)" --target ufunc ufunc-show-runtime
cmake --install build/release --prefix "$work/prefix" >/dev/null
echo "installed into a temporary prefix:"
(cd "$work/prefix" && find . -name '*.cmake' -o -name '*.pc' -o -name 'libufunc*' | sort)

echo "== find_package"
cmake -S examples/lesson -B "$work/lesson" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/lesson" -j "$(nproc)"
"$work/lesson/lesson"
"$work/lesson/lesson_bench" --benchmark_filter='^trig/f64/.*/1024/' --benchmark_min_time=0.01
"$work/prefix/bin/ufunc-show-runtime" | grep chosen

echo "== add_subdirectory"
cmake -S examples/lesson -B "$work/lesson-sub" -DCMAKE_BUILD_TYPE=Release \
  -DUFUNC_SOURCE_DIR="$PWD" >/dev/null
cmake --build "$work/lesson-sub" -j "$(nproc)" --target lesson
"$work/lesson-sub/lesson"
