#!/usr/bin/python3
"""Turns the C++ benchmark's JSON and the peers' JSON into a report: tables, a plot, the raw data.

Reads the Google Benchmark JSON of bench/ufunc_bench (runs named `<kernel>/<dtype>/<impl>/<n>`,
each with a `ns_per_elem` counter; several files, e.g. runs with different --benchmark_min_time,
are merged) and, optionally, the JSON of bench/peers.py, and writes into the output directory:
    report.md    header (date, CPU, machine), a summary at 1M elements (f64), the built-in
                 functions against NumPy (`builtin_<name>`, bench/builtin_bench.cc) and one table
                 per other kernel, ns per element
    report.png   throughput (elements per ns) against n, one panel per kernel (not the built-ins)
                 and dtype
    gbench.json, peers.json   copies of the inputs (further gbench files under their own names)

Run it with the Debian interpreter, which has matplotlib (scripts/install-deps.sh --bench):
    /usr/bin/python3 bench/report.py --gbench gbench.json --peers peers.json --out report/
"""

import argparse
import collections
import datetime
import json
import math
import os
import re
import shutil
import statistics
import sys

import matplotlib
import matplotlib.ticker

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)

# bench/ is the script's own directory.
from peers import BUILTIN_PREFIX, BUILTINS, cpu_model, is_builtin  # noqa: E402

# Highway targets, best first. Only those present in the data appear in the report.
TARGETS = ("AVX3_SPR", "AVX3_ZEN4", "AVX3_DL", "AVX3", "AVX2", "SSE4", "SSSE3", "SSE2",
           "SVE2_128", "SVE_256", "SVE2", "SVE", "NEON_BF16", "NEON", "PPC10", "PPC9", "PPC8",
           "WASM_EMU256", "WASM", "EMU128", "SCALAR")
PARALLEL = ("parallel",)
BASELINES = ("libm_loop", "novec")
PEERS = ("numpy", "numba_cpu", "numba_parallel", "numexpr")
# The n-d cases are `<kernel>_<layout>` (make_case in bench/ufunc_bench.cc), run on the best target.
LAYOUTS = ("strided", "reversed", "transposed", "batch_transposed", "broadcast_row",
           "broadcast_col", "narrow_col", "narrow_reversed")
# The reductions (register_reduce in bench/ufunc_bench.cc), timed per input element.
REDUCTIONS = ("sum", "sum_axis0")
KERNELS = (("add", "muladd", "discriminant", "trig", "exp", "log", "sin", "sqrt")
           + tuple(f"{kernel}_{layout}" for kernel in ("add", "trig") for layout in LAYOUTS)
           + REDUCTIONS)
SUMMARY_DTYPE, SUMMARY_N = "f64", 1 << 20  # the summary table at the top of report.md
# The goal for the built-in functions: at most this many times NumPy's time.
BUILTIN_GOAL = 1.2
UFUNC_IMPLS = TARGETS + PARALLEL  # what "best ufunc" is the minimum over
TIME_UNIT_NS = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}
# Suffixes Google Benchmark may append to a run's name (UseRealTime, MinTime, Repetitions, ...).
EXTRA_NAME_PART = re.compile(r"^(real_time|manual_time|process_time|[a-z_]+:[^/]*)$")
AGGREGATE_SUFFIX = re.compile(r"_(mean|median|stddev|cv)$")
# Context keys Google Benchmark itself writes; any others were added by the benchmark and are shown.
STANDARD_CONTEXT = {"date", "host_name", "executable", "num_cpus", "mhz_per_cpu", "caches",
                    "cpu_scaling_enabled", "load_avg", "library_build_type", "json_schema_version"}

Key = collections.namedtuple("Key", "kernel dtype impl n")


# ----------------------------------------------------------------------------------------------
# Reading.
# ----------------------------------------------------------------------------------------------

def parse_name(name):
    """(kernel, dtype, impl, n) from `kernel/dtype/impl/n[/real_time...]`, or None."""
    parts = name.split("/")
    if len(parts) < 4 or not parts[3].isdigit() or not all(parts[:3]):
        return None
    if not all(EXTRA_NAME_PART.match(p) for p in parts[4:]):
        return None
    return Key(parts[0], parts[1], parts[2], int(parts[3]))


def gbench_ns_per_elem(run, n):
    """The run's ns_per_elem counter, or its real time per element."""
    if "ns_per_elem" in run:
        return float(run["ns_per_elem"])
    return float(run["real_time"]) * TIME_UNIT_NS[run.get("time_unit", "ns")] / n


def read_gbench(path):
    """(context, {Key: ns per element}) from a Google Benchmark JSON file.

    Prefers the median aggregate of repeated runs; without one, takes the median of the iteration
    runs. Names that do not parse and runs that failed are ignored.
    """
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    medians, iterations = {}, collections.defaultdict(list)
    for run in data.get("benchmarks", []):
        if run.get("error_occurred"):
            continue
        key = parse_name(run.get("run_name") or AGGREGATE_SUFFIX.sub("", run.get("name", "")))
        if key is None:
            continue
        if run.get("run_type") == "aggregate":
            if run.get("aggregate_name") == "median":
                medians[key] = gbench_ns_per_elem(run, key.n)
        else:
            iterations[key].append(gbench_ns_per_elem(run, key.n))
    results = {key: statistics.median(values) for key, values in iterations.items()}
    results.update(medians)
    return data.get("context", {}), results


def read_gbench_labels(path):
    """{Key: label} of the runs with a label (bench/builtin_bench.cc labels its runs with their
    input ranges)."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    labels = {}
    for run in data.get("benchmarks", []):
        key = parse_name(run.get("run_name") or AGGREGATE_SUFFIX.sub("", run.get("name", "")))
        if key is not None and run.get("label"):
            labels[key] = run["label"]
    return labels


def read_peers_inputs(path):
    """{Key: inputs} of the peers' records that name their input ranges (the built-ins)."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {Key(r["kernel"], r["dtype"], r["impl"], int(r["n"])): r["inputs"]
            for r in data.get("records", []) if r.get("inputs")}


def read_peers(path):
    """(header, {Key: ns per element}) from a bench/peers.py JSON file."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    results = {Key(r["kernel"], r["dtype"], r["impl"], int(r["n"])): float(r["ns_per_elem"])
               for r in data.get("records", [])}
    return data.get("header", {}), results



# ----------------------------------------------------------------------------------------------
# Ordering and formatting.
# ----------------------------------------------------------------------------------------------

def impl_order(impls):
    """Targets (best first), parallel, baselines, peers, then anything else alphabetically."""
    known = TARGETS + PARALLEL + BASELINES + PEERS
    rank = {name: i for i, name in enumerate(known)}
    return sorted(impls, key=lambda name: (rank.get(name, len(known)), name))


def format_ns(value):
    """ns per element with 2-3 significant digits."""
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:.0f}"
    return f"{value:.3g}" if value >= 1 else f"{value:.2g}"


def format_ratio(ratio):
    """A speed-up like '2.6x'."""
    if ratio is None:
        return "–"
    return f"{ratio:.0f}x" if ratio >= 10 else f"{ratio:.2g}x" if ratio < 1 else f"{ratio:.1f}x"


def format_size(n):
    """1024 -> '1K', 1048576 -> '1M'; other sizes as digits."""
    for unit, scale in (("M", 1 << 20), ("K", 1 << 10)):
        if n >= scale and n % scale == 0:
            return f"{n // scale}{unit}"
    return str(n)


def best_vs_numpy(results, kernel, dtype, n):
    """NumPy's ns per element over the fastest ufunc implementation's, or None."""
    numpy_ns = results.get(Key(kernel, dtype, "numpy", n))
    ufunc_ns = [v for k, v in results.items()
                if (k.kernel, k.dtype, k.n) == (kernel, dtype, n) and k.impl in UFUNC_IMPLS]
    if numpy_ns is None or not ufunc_ns:
        return None
    return numpy_ns / min(ufunc_ns)


def contiguous_kernel(kernel):
    """'add' for 'add_broadcast_row' and the like; None for a kernel that is not an n-d case."""
    for layout in sorted(LAYOUTS, key=len, reverse=True):  # batch_transposed before transposed
        if kernel.endswith("_" + layout) and len(kernel) > len(layout) + 1:
            return kernel[:-len(layout) - 1]
    return None


def best_target(results, kernel, dtype, n):
    """(target, ns per element) of the fastest serial SIMD target, or (None, None)."""
    times = [(v, k.impl) for k, v in results.items()
             if (k.kernel, k.dtype, k.n) == (kernel, dtype, n) and k.impl in TARGETS]
    if not times:
        return None, None
    ns, target = min(times)
    return target, ns


def dtype_order(dtypes):
    """f32 before f64, others after."""
    return sorted(dtypes, key=lambda d: ({"f32": 0, "f64": 1}.get(d, 2), d))


def kernel_order(results):
    """Kernels in the benchmark's order, then any others in order of appearance; not the built-ins
    (builtin_order), which have a section of their own."""
    present = dict.fromkeys(key.kernel for key in results if not is_builtin(key.kernel))
    return [k for k in KERNELS if k in present] + [k for k in present if k not in KERNELS]


def builtin_order(results):
    """The built-ins present, as `builtin_<name>`: in the order of peers.BUILTINS, then others."""
    present = dict.fromkeys(key.kernel for key in results if is_builtin(key.kernel))
    known = [BUILTIN_PREFIX + name for name in BUILTINS]
    return [k for k in known if k in present] + [k for k in present if k not in known]


# ----------------------------------------------------------------------------------------------
# Writing.
# ----------------------------------------------------------------------------------------------

def markdown_header(context, peers_header, cpu):
    """The report's first lines: date, CPU, the benchmark's context, the peers' versions."""
    lines = ["# ufunc benchmark report", ""]
    date = context.get("date") or peers_header.get("date") or datetime.datetime.now().isoformat()
    lines.append(f"- date: {date}")
    lines.append(f"- CPU: {cpu}")
    if context:
        mhz = context.get("mhz_per_cpu")
        load = context.get("load_avg")
        lines.append(f"- host: {context.get('host_name', '?')}, num_cpus: "
                     f"{context.get('num_cpus', '?')}, mhz: {mhz if mhz is not None else '?'}"
                     + (f", load average: {', '.join(f'{x:.2f}' for x in load)}" if load else ""))
        for key in sorted(set(context) - STANDARD_CONTEXT):
            lines.append(f"- {key}: {context[key]}")
        build_type = context.get("library_build_type")
        if build_type and build_type != "release":
            lines.append(f"- note: the Google Benchmark library reports a {build_type} build")
        if context.get("cpu_scaling_enabled"):
            lines.append("- **warning**: CPU frequency scaling is enabled; figures may be noisy")
    if peers_header:
        versions = ", ".join(f"{name} {peers_header[name]}"
                             for name in ("numpy", "numba", "numexpr") if peers_header.get(name))
        lines.append(f"- peers: {versions}; numexpr threads: {peers_header.get('threads', '?')}, "
                     f"numba_parallel threads: {peers_header.get('parallel_threads', '?')}"
                     + (f", load average: {', '.join(f'{x:.2f}' for x in peers_header['load_avg'])}"
                        if peers_header.get("load_avg") else ""))
    return lines + [""]


TABLES_INTRO = [
    "Cells are ns per output element (per input element for the reductions; lower is better). "
    "Columns: SIMD targets (best first), `parallel` (best target on TBB), baselines (`libm_loop`: "
    "plain loop over `<cmath>`, `novec`: the same lambda without SIMD), then the peers. The last "
    "column is NumPy's time over the fastest of the targets and `parallel`. The n-d kernels "
    "`<kernel>_<layout>` (add or trig on strided, reversed, transposed, batch-transposed or "
    "broadcast views, as make_case in bench/ufunc_bench.cc) run on the best target only, beside "
    "`libm_loop`, the plain loop a user would write for the layout. The "
    "reductions are `sum` (`add.reduce(v)`, `a.sum()`) and `sum_axis0` (`add.reduce(M, 0)`, "
    "`M.sum(axis=0)`, M of shape (n/1024, 1024)); numba_parallel does not run them (see "
    "bench/peers.py).", ""]


def summary_table(results, dtype=SUMMARY_DTYPE, n=SUMMARY_N):
    """The table at the top: per kernel present at n elements of dtype, the best serial target,
    NumPy, the speed-up, and for the n-d kernels their time over the contiguous kernel's on that
    target."""
    kernels = [k for k in kernel_order(results)
               if any((key.kernel, key.dtype, key.n) == (k, dtype, n) for key in results)]
    if not kernels:
        return []
    lines = [f"## Summary at {format_size(n)} elements ({dtype})", "",
             "Best ufunc target is the fastest serial SIMD target (`parallel` left out, so that "
             "the n-d kernels, which run serially on the best target, compare like with like). "
             "*vs contiguous* is the n-d kernel's time over the contiguous kernel's on the same "
             "target (above 1x: the layout costs time); *plain loop vs contiguous* the same ratio "
             "for `libm_loop`, the loop a user would write for the layout: what the layout costs "
             "without this library (a[::2] reads two cache lines for one).", "",
             "| kernel | best ufunc target | ns/elem | NumPy ns/elem | speedup vs NumPy "
             "| vs contiguous | plain loop vs contiguous |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for kernel in kernels:
        target, ufunc_ns = best_target(results, kernel, dtype, n)
        numpy_ns = results.get(Key(kernel, dtype, "numpy", n))
        speedup = numpy_ns / ufunc_ns if numpy_ns and ufunc_ns else None
        base = contiguous_kernel(kernel)
        base_ns = results.get(Key(base, dtype, target, n)) if base and target else None
        vs_contiguous = ufunc_ns / base_ns if base_ns else None
        plain_ns = results.get(Key(kernel, dtype, "libm_loop", n)) if base else None
        plain_base_ns = results.get(Key(base, dtype, "libm_loop", n)) if base else None
        plain_vs_contiguous = plain_ns / plain_base_ns if plain_ns and plain_base_ns else None
        cells = [f"`{kernel}`", target or "–", format_ns(ufunc_ns), format_ns(numpy_ns),
                 format_ratio(speedup), format_ratio(vs_contiguous),
                 format_ratio(plain_vs_contiguous)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines + [""]


def markdown_table(results, kernel):
    """One kernel's table: rows dtype x size, columns the implementations present."""
    keys = [k for k in results if k.kernel == kernel]
    impls = impl_order({k.impl for k in keys})
    with_ratio = "numpy" in impls
    ratio_head, ratio_rule = (" best ufunc vs NumPy |", " ---: |") if with_ratio else ("", "")
    lines = [f"## {kernel}", "",
             "| dtype | n | " + " | ".join(impls) + " |" + ratio_head,
             "| --- | ---: | " + " | ".join("---:" for _ in impls) + " |" + ratio_rule]
    for dtype in dtype_order({k.dtype for k in keys}):
        for n in sorted({k.n for k in keys if k.dtype == dtype}):
            cells = [format_ns(results.get(Key(kernel, dtype, impl, n))) for impl in impls]
            if with_ratio:
                cells.append(format_ratio(best_vs_numpy(results, kernel, dtype, n)))
            lines.append(f"| {dtype} | {format_size(n)} | " + " | ".join(cells) + " |")
    return lines + [""]


def builtin_section(results, labels):
    """The built-in functions against NumPy: rows function x dtype x n, our time on the best
    target present (the chosen one: bench/builtin_bench.cc runs no other), novec, NumPy, ours over
    NumPy, and how many rows meet BUILTIN_GOAL. `labels` are the input ranges, {Key: text}, from
    both sides; a difference between them is flagged (the two tables of ranges disagree)."""
    kernels = builtin_order(results)
    if not kernels:
        return []
    rows, mismatches = [], []
    tally = collections.defaultdict(lambda: [0, 0])  # (dtype, n) -> [met, compared]
    for kernel in kernels:
        keys = [k for k in results if k.kernel == kernel]
        for dtype in dtype_order({k.dtype for k in keys}):
            for n in sorted({k.n for k in keys if k.dtype == dtype}):
                target, ours = best_target(results, kernel, dtype, n)
                novec = results.get(Key(kernel, dtype, "novec", n))
                numpy_ns = results.get(Key(kernel, dtype, "numpy", n))
                inputs = sorted({v for k, v in labels.items()
                                 if (k.kernel, k.dtype, k.n) == (kernel, dtype, n)})
                if len(inputs) > 1:
                    mismatches.append(f"{kernel}/{dtype}/{n}: {' vs '.join(inputs)}")
                ratio = ours / numpy_ns if ours and numpy_ns else None
                goal = "–"
                if ratio is not None:
                    tally[dtype, n][0] += ratio <= BUILTIN_GOAL
                    tally[dtype, n][1] += 1
                    goal = "yes" if ratio <= BUILTIN_GOAL else "**no**"
                cells = [f"`{kernel[len(BUILTIN_PREFIX):]}`", dtype, format_size(n),
                         " ≠ ".join(inputs) or "–", target or "–", format_ns(ours),
                         format_ns(novec), format_ns(numpy_ns),
                         f"{ratio:.2f}" if ratio is not None else "–", goal]
                rows.append("| " + " | ".join(cells) + " |")
    lines = ["## Built-in functions", "",
             "The built-in ufuncs of kernels/ufuncs.h (`builtin_<name>`, bench/builtin_bench.cc) "
             "against NumPy's `np.<name>(x, out=out)`, both on one thread, inputs uniform in "
             "the ranges shown (BUILTINS in bench/peers.py). ns per element; *ours* is the "
             "ufunc's chosen target (*target*), `novec` the same function on scalars "
             "(`Options().reference()`). *ours/NumPy* below 1 is faster than NumPy; the goal is "
             f"{BUILTIN_GOAL:g} or below.", "",
             builtin_tally(tally), ""]
    if mismatches:
        lines += ["**warning**: the C++ benchmark and bench/peers.py used different inputs for "
                  + "; ".join(mismatches) + " (keep for_each_builtin in bench/builtin_bench.cc "
                  "and BUILTINS in bench/peers.py identical).", ""]
    lines += ["| function | dtype | n | inputs | target | ours | novec | NumPy | ours/NumPy "
              "| goal |",
              "| --- | --- | ---: | --- | --- | ---: | ---: | ---: | ---: | --- |"]
    return lines + rows + [""]


def builtin_tally(tally):
    """The line under the built-ins' heading: how many cases meet the goal, in all and per dtype
    and size, from {(dtype, n): [met, compared]}."""
    met, compared = (sum(counts[i] for counts in tally.values()) for i in (0, 1))
    if not compared:
        return "No NumPy figures to compare with (run bench/peers.py)."
    parts = [f"{dtype} {format_size(n)}: {tally[dtype, n][0]} of {tally[dtype, n][1]}"
             for dtype in dtype_order({d for d, _ in tally})
             for n in sorted(k for d, k in tally if d == dtype)]
    return (f"**{met} of {compared}** function x dtype x size cases meet the {BUILTIN_GOAL:g}x "
            f"goal ({'; '.join(parts)}).")


def write_markdown(path, results, context, peers_header, cpu, labels):
    """report.md."""
    lines = (markdown_header(context, peers_header, cpu) + summary_table(results)
             + builtin_section(results, labels))
    if kernel_order(results):
        lines += TABLES_INTRO
    for kernel in kernel_order(results):
        lines += markdown_table(results, kernel)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


TARGET_COLORS = ("#1f77b4", "#2ca02c", "#17becf", "#bcbd22", "#9467bd", "#8c564b", "#7f7f7f")
PEER_COLORS = {"numpy": "#d62728", "numba_cpu": "#ff7f0e", "numba_parallel": "#e377c2",
               "numexpr": "#8c564b"}
OTHER_COLORS = ("#aec7e8", "#98df8a", "#ffbb78", "#c5b0d5", "#c49c94")


def impl_styles(impls):
    """A line style per implementation: targets solid in distinct colours (best first), parallel
    black dash-dot, baselines grey dotted, peers dashed in warm colours, others thin."""
    styles = {}
    targets = [i for i in impls if i in TARGETS]
    others = [i for i in impls if i not in TARGETS + PARALLEL + BASELINES + PEERS]
    for impl in impls:
        style = {"marker": "o", "markersize": 3.5, "linewidth": 1.6, "linestyle": "-"}
        if impl in TARGETS:
            style["color"] = TARGET_COLORS[targets.index(impl) % len(TARGET_COLORS)]
        elif impl in PARALLEL:
            style.update(color="black", linestyle="-.", linewidth=2.2)
        elif impl in BASELINES:
            style.update(color="#555555" if impl == BASELINES[0] else "#aaaaaa", linestyle=":",
                         marker="s", linewidth=2.0)
        elif impl in PEERS:
            style.update(color=PEER_COLORS[impl], linestyle="--", marker="^")
        else:
            style.update(color=OTHER_COLORS[others.index(impl) % len(OTHER_COLORS)], linewidth=1.0)
        styles[impl] = style
    return styles


def write_png(path, results, title):
    """report.png: one panel per kernel (rows) and dtype (columns), throughput against n."""
    kernels = kernel_order(results)
    dtypes = dtype_order({k.dtype for k in results})
    impls = impl_order({k.impl for k in results})
    styles = impl_styles(impls)
    rows, cols = len(kernels), len(dtypes)
    legend_rows = math.ceil(len(impls) / 7)
    top_inches = 0.4 + 0.22 * legend_rows  # title and legend above the panels
    fig, axes = plt.subplots(rows, cols, figsize=(5.5 * cols + 1.0, 2.9 * rows + top_inches),
                             dpi=100, squeeze=False)
    for r, kernel in enumerate(kernels):
        for c, dtype in enumerate(dtypes):
            plot_panel(axes[r][c], results, kernel, dtype, impls, styles)
            if c == 0:
                axes[r][c].set_ylabel("elements / ns")
            if r == rows - 1:
                axes[r][c].set_xlabel("n (elements)")
    height = fig.get_figheight()
    fig.suptitle(title, fontsize=12, y=1.0 - 0.08 / height, va="top")
    handles = [plt.Line2D([], [], label=impl, **styles[impl]) for impl in impls]
    fig.legend(handles=handles, loc="upper center", ncol=min(len(impls), 7), fontsize=10,
               frameon=False, bbox_to_anchor=(0.5, 1.0 - 0.38 / height))
    fig.tight_layout(rect=(0, 0, 1, 1.0 - top_inches / height))
    fig.savefig(path)
    plt.close(fig)


def plot_panel(ax, results, kernel, dtype, impls, styles):
    """One kernel and dtype: a line of throughput against n per implementation."""
    for impl in impls:
        points = sorted((k.n, 1.0 / v) for k, v in results.items()
                        if (k.kernel, k.dtype, k.impl) == (kernel, dtype, impl) and v > 0)
        if points:
            ax.plot(*zip(*points), label=impl, **styles[impl])
    ax.set_xscale("log", base=2)
    ax.set_yscale("log")
    ax.set_title(f"{kernel} {dtype}", fontsize=11)
    ax.grid(True, which="major", alpha=0.4)
    ax.grid(True, which="minor", alpha=0.12)
    sizes = sorted({k.n for k in results if (k.kernel, k.dtype) == (kernel, dtype)})
    if sizes:
        ax.set_xticks(sizes, [format_size(n) for n in sizes])
        ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
    low, high = ax.get_ylim()
    subs = (1.0, 2.0, 5.0) if math.log10(high / low) < 2.5 else (1.0,)
    ax.yaxis.set_major_locator(matplotlib.ticker.LogLocator(base=10, subs=subs))
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda y, _: f"{y:g}"))
    ax.yaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())


def copy_into(src, out_dir, name):
    """Copies an input JSON into the report directory (nothing to do if it is already there)."""
    dst = os.path.join(out_dir, name)
    if os.path.exists(dst) and os.path.samefile(src, dst):
        return
    shutil.copyfile(src, dst)


def parse_args(argv):
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--gbench", required=True, nargs="+",
                        help="Google Benchmark JSON of bench/ufunc_bench "
                        "(--benchmark_out=FILE --benchmark_out_format=json); several files are "
                        "merged (a later file's figure wins for the same run)")
    parser.add_argument("--peers", help="JSON written by bench/peers.py (optional)")
    parser.add_argument("--out", required=True, help="report directory (created if needed)")
    return parser.parse_args(argv)


def main(argv=None):
    """Reads both inputs and writes the report directory."""
    args = parse_args(argv)
    context, results, labels = {}, {}, {}
    for path in args.gbench:
        file_context, file_results = read_gbench(path)
        context = context or file_context
        results.update(file_results)
        labels.update(read_gbench_labels(path))
    peers_header = {}
    if args.peers:
        peers_header, peer_results = read_peers(args.peers)
        results.update(peer_results)
        labels.update(read_peers_inputs(args.peers))
    if not results:
        sys.exit("report.py: no run named <kernel>/<dtype>/<impl>/<n> in "
                 f"{', '.join(args.gbench)}")
    os.makedirs(args.out, exist_ok=True)
    cpu = peers_header.get("cpu") or cpu_model()
    write_markdown(os.path.join(args.out, "report.md"), results, context, peers_header, cpu,
                   labels)
    date = (context.get("date") or peers_header.get("date") or "")[:10]
    if kernel_order(results):
        write_png(os.path.join(args.out, "report.png"), results,
                  f"ufunc throughput, higher is better ({cpu}, {date})")
    names = ["gbench.json"]
    for path in args.gbench[1:]:
        name = os.path.basename(path)
        names.append(name if name not in names else f"gbench-{len(names) + 1}.json")
    for path, name in zip(args.gbench, names):
        copy_into(path, args.out, name)
    if args.peers:
        copy_into(args.peers, args.out, "peers.json")
    print(f"report.py: {len(results)} results, {len(kernel_order(results))} kernels, "
          f"{len(builtin_order(results))} built-ins -> {os.path.join(args.out, 'report.md')}"
          + (", report.png" if kernel_order(results) else ""))


if __name__ == "__main__":
    main()
