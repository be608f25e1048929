#!/usr/bin/env bash
# Builds the benchmark in Release, runs it and the peers (NumPy, numba, numexpr), and writes a report.
#   scripts/bench.sh            # quick first look, about a minute: sizes 1K and 1M
#   scripts/bench.sh --full     # every kernel, size and target, 3 repetitions (about 20 minutes)
#   scripts/bench.sh --smoke    # seconds: proves the pipeline runs (CI); figures mean nothing
# Run names end in /real_time (wall-clock timing), hence the (/|$) in the filters.
# Writes build/bench-report/: report.md (tables), report.png (throughput plot), the raw JSON files.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:---quick}"
out=build/bench-report
scripts/install-deps.sh --bench
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target ufunc_bench
mkdir -p "$out"

case "$mode" in
  --smoke)
    filter='^(add|trig|sum|sum_axis0)/f64/.*/1024(/|$)'; gbench_args=(--benchmark_min_time=0.01)
    peers_args=(--quick --kernels add,trig,sum,sum_axis0 --dtypes f64 --sizes 1024 --repeats 5) ;;
  --quick)
    filter='/(1024|1048576)(/|$)'; gbench_args=(--benchmark_min_time=0.05)
    peers_args=(--quick) ;;
  --full)
    filter='.'; gbench_args=(--benchmark_min_time=0.2 --benchmark_repetitions=3
                             --benchmark_report_aggregates_only=true)
    peers_args=() ;;
  *) echo "usage: $0 [--quick|--full|--smoke]" >&2; exit 2 ;;
esac

build/release/bench/ufunc_bench --benchmark_filter="$filter" "${gbench_args[@]}" \
  --benchmark_out="$out/gbench.json" --benchmark_out_format=json
/usr/bin/python3 bench/peers.py "${peers_args[@]}" --out "$out/peers.json"
/usr/bin/python3 bench/report.py --gbench "$out/gbench.json" --peers "$out/peers.json" --out "$out"
echo "report: $out/report.md and $out/report.png"
