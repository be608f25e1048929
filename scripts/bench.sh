#!/usr/bin/env bash
# Builds the benchmark in Release, runs it and the peers (NumPy, numba, numexpr), and writes a report.
#   scripts/bench.sh            # quick first look, about a minute: sizes 1K and 1M, and the
#                               # built-in functions (builtin_*) at 4K and 1M (about 15 s more)
#   scripts/bench.sh --full     # every kernel, size and target, 3 repetitions (about 20 minutes)
#   scripts/bench.sh --smoke    # seconds: proves the pipeline runs (CI); figures mean nothing
# Run names end in /real_time (wall-clock timing), hence the (/|$) in the filters. The built-ins
# (bench/builtin_bench.cc) have sizes of their own, 4096 and 1048576.
# Writes build/bench-report/: report.md (tables), report.png (throughput plot), the raw JSON files.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:---quick}"
out=build/bench-report
scripts/install-deps.sh --bench
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target ufunc_bench
mkdir -p "$out"
rm -f "$out"/gbench*.json

# Quick mode runs the built-ins on their own, with a shorter min_time, into gbench-builtin.json.
builtin_filter=''; builtin_args=()
case "$mode" in
  --smoke)
    filter='^((add|trig|sum|sum_axis0)/f64/.*/1024|builtin_exp/f64/.*/4096)(/|$)'
    gbench_args=(--benchmark_min_time=0.01)
    peers_args=(--quick --kernels "add,trig,sum,sum_axis0,builtin_exp" --dtypes f64 --sizes 1024
                --builtin-sizes 4096 --repeats 5) ;;
  --quick)
    # Every name not starting with builtin_ (POSIX regular expressions have no lookahead).
    not_builtin='^([^b]|b[^u]|bu[^i]|bui[^l]|buil[^t]|built[^i]|builti[^n]|builtin[^_])'
    filter="$not_builtin.*/(1024|1048576)(/|\$)"; gbench_args=(--benchmark_min_time=0.05)
    builtin_filter='^builtin_'; builtin_args=(--benchmark_min_time=0.02)
    peers_args=(--quick) ;;
  --full)
    filter='.'; gbench_args=(--benchmark_min_time=0.2 --benchmark_repetitions=3
                             --benchmark_report_aggregates_only=true)
    peers_args=() ;;
  *) echo "usage: $0 [--quick|--full|--smoke]" >&2; exit 2 ;;
esac

gbench_files=("$out/gbench.json")
build/release/bench/ufunc_bench --benchmark_filter="$filter" "${gbench_args[@]}" \
  --benchmark_out="$out/gbench.json" --benchmark_out_format=json
if [[ -n "$builtin_filter" ]]; then
  gbench_files+=("$out/gbench-builtin.json")
  build/release/bench/ufunc_bench --benchmark_filter="$builtin_filter" "${builtin_args[@]}" \
    --benchmark_out="$out/gbench-builtin.json" --benchmark_out_format=json
fi
/usr/bin/python3 bench/peers.py "${peers_args[@]}" --out "$out/peers.json"
/usr/bin/python3 bench/report.py --gbench "${gbench_files[@]}" --peers "$out/peers.json" \
  --out "$out"
echo "report: $out/report.md and $out/report.png"
