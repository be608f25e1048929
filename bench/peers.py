#!/usr/bin/python3
"""Times ufunc's peers (NumPy, numba, numexpr) on the kernels of the C++ benchmark and writes JSON.

The kernels, sizes and dtypes match bench/ufunc_bench.cc, so bench/report.py can put the figures
next to the SIMD targets. Every peer writes into a preallocated output where it can, is checked
against NumPy before it is timed, and is timed as the median (and min) ns per output element of
repeated calls (per input element for the reductions, sum and sum_axis0).

The built-in ufuncs (`builtin_<name>`, bench/builtin_bench.cc) run with NumPy only, np.<name>(x,
out=out), at their own sizes (4096 and 1048576) on inputs uniform in the ranges of BUILTINS; their
output is checked to be finite (there is nothing else to compare NumPy with).

Run it with the Debian interpreter, which has the peers installed (scripts/install-deps.sh --bench):
    /usr/bin/python3 bench/peers.py --quick --out peers.json
"""

import argparse
import collections
import datetime
import importlib.metadata
import json
import math
import os
import platform
import statistics
import sys
import time

import numpy as np

ALL_PEERS = ("numpy", "numba_cpu", "numba_parallel", "numexpr")
DEFAULT_SIZES = (1024, 16384, 262144, 1048576, 16777216)
QUICK_SIZES = (1024, 1048576)
DTYPES = {"f32": np.float32, "f64": np.float64}
ROW = 1024  # row length of the broadcast cases' matrix
NARROW = 8  # row length of narrow_col's matrix


# ----------------------------------------------------------------------------------------------
# Kernels: inputs, the NumPy reference, NumPy with out=, the numexpr expression, the numba scalar.
# ----------------------------------------------------------------------------------------------

def uniform(rng, shape, dtype):
    """Inputs uniform in [0.5, 1.5), as in the C++ benchmark."""
    return rng.uniform(0.5, 1.5, size=shape).astype(dtype)


def contiguous_inputs(count):
    """An input maker for `count` contiguous arrays of n elements; the output has n elements."""
    def make(n, dtype, rng):
        return [uniform(rng, n, dtype) for _ in range(count)], (n,)
    return make


def strided_inputs(n, dtype, rng):
    """a[::2] (a has 2n elements) and b (n elements); the output has n elements."""
    return [uniform(rng, 2 * n, dtype)[::2], uniform(rng, n, dtype)], (n,)


def reversed_inputs(n, dtype, rng):
    """a[::-1] and b (both n elements); the output has n elements."""
    return [uniform(rng, n, dtype)[::-1], uniform(rng, n, dtype)], (n,)


def transposed_side(n):
    """The side of the transposed case's square matrix, as make_case in bench/ufunc_bench.cc: side
    doubles while side*side*4 <= n, so side*side is the largest power of 4 not above n (n itself
    when n is a power of 4, fewer output elements otherwise)."""
    side = 1
    while side * side * 4 <= n:
        side *= 2
    return side


def transposed_inputs(n, dtype, rng):
    """M.T and M (M square, see transposed_side); the output has M's shape."""
    side = transposed_side(n)
    m = uniform(rng, (side, side), dtype)
    return [m.T, m], (side, side)


def batch_transposed_inputs(n, dtype, rng):
    """A.transpose(0, 2, 1) and A, A of shape (16, side, side) with side = transposed_side(n // 16)
    (as make_case in bench/ufunc_bench.cc); the output has A's shape."""
    side = transposed_side(n // 16)
    a = uniform(rng, (16, side, side), dtype)
    return [a.transpose(0, 2, 1), a], a.shape


def matrix_shape(n):
    """The broadcast cases' matrix: (n/1024, 1024), or (1, n) when n < 1024."""
    return (n // ROW, ROW) if n >= ROW else (1, n)


def broadcast_row_inputs(n, dtype, rng):
    """M of shape (n/1024, 1024) (or (1, n) when n < 1024) and a row; the output has M's shape."""
    shape = matrix_shape(n)
    return [uniform(rng, shape, dtype), uniform(rng, shape[1], dtype)], shape


def broadcast_col_inputs(n, dtype, rng):
    """M as for broadcast_row and col[:, None] (a value per row); the output has M's shape."""
    shape = matrix_shape(n)
    return [uniform(rng, shape, dtype), uniform(rng, shape[0], dtype)[:, None]], shape


def narrow_col_inputs(n, dtype, rng):
    """M of shape (n/8, 8) (rows of 8) and col[:, None]; the output has M's shape."""
    shape = (n // NARROW, NARROW) if n >= NARROW else (1, n)
    return [uniform(rng, shape, dtype), uniform(rng, shape[0], dtype)[:, None]], shape


def narrow_reversed_inputs(n, dtype, rng):
    """M[:, ::-1] and N, M and N of shape (n/8, 8) (rows of 8); the output has their shape."""
    shape = (n // NARROW, NARROW) if n >= NARROW else (1, n)
    return [uniform(rng, shape, dtype)[:, ::-1], uniform(rng, shape, dtype)], shape


def sum_inputs(n, dtype, rng):
    """a (n elements); its sum is 0-d."""
    return [uniform(rng, n, dtype)], ()


def sum_axis0_inputs(n, dtype, rng):
    """M as for broadcast_row; its sum over axis 0 has a value per column."""
    shape = matrix_shape(n)
    return [uniform(rng, shape, dtype)], shape[1:]


def np_muladd(a, b, c, out, tmp):
    """a*b+c with NumPy ufuncs into out."""
    np.multiply(a, b, out=out)
    np.add(out, c, out=out)


def np_discriminant(a, b, c, out, tmp):
    """b*b-4*a*c with NumPy ufuncs into out, one scratch array."""
    np.multiply(b, b, out=out)
    np.multiply(a, c, out=tmp)
    np.multiply(tmp, out.dtype.type(4), out=tmp)
    np.subtract(out, tmp, out=out)


def np_trig(a, b, out, tmp):
    """sin(a*a)*exp(b) with NumPy ufuncs into out, one scratch array. exp(b) is taken at b's own
    shape (as np.exp(b) would be), so a broadcast row or column costs its length, not n, exps."""
    np.multiply(a, a, out=out)
    np.sin(out, out=out)
    exp_b = tmp if b.shape == out.shape else tmp.reshape(-1)[:b.size].reshape(b.shape)
    np.exp(b, out=exp_b)
    np.multiply(out, exp_b, out=out)


def unary(ufunc):
    """NumPy with out= for a single ufunc call."""
    def run(a, out, tmp):
        ufunc(a, out=out)
    return run


def np_add(a, b, out, tmp):
    """a+b into out (also for the strided, reversed, transposed and broadcast views)."""
    np.add(a, b, out=out)


def np_add_reduce(a, out, tmp):
    """np.add.reduce(a, axis=0) into out: a.sum() of a vector, M.sum(axis=0) of a matrix."""
    np.add.reduce(a, axis=0, out=out)


def numba_source(name, four):
    """The scalar Python function numba.vectorize compiles for a kernel; `four` is 4 in the
    kernel's dtype, so that float32 stays float32 (a Python int would promote to float64)."""
    sources = {
        "add": lambda a, b: a + b,
        "muladd": lambda a, b, c: a * b + c,
        "discriminant": lambda a, b, c: b * b - four * a * c,
        "trig": lambda a, b: math.sin(a * a) * math.exp(b),
        "exp": lambda a: math.exp(a),
        "log": lambda a: math.log(a),
        "sin": lambda a: math.sin(a),
        "sqrt": lambda a: math.sqrt(a),
    }
    return sources[scalar_kernel(name)]


def scalar_kernel(name):
    """The contiguous kernel whose scalar function a kernel runs (its numba ufunc): `add` for
    add_strided and the like, and for the reductions."""
    if name in REDUCTIONS:
        return "add"
    return ND_KERNELS.get(name, (name,))[0]


# A kernel: input maker, numexpr expression and variable names, NumPy with out=, NumPy reference,
# and for a reduction (add.reduce of its one input) the axis it reduces, None for the others.
# Reductions are timed per input element, the others per output element.
Kernel = collections.namedtuple("Kernel", "make_inputs expr names numpy_out reference reduce_axis",
                                defaults=(None,))

KERNELS = {name: Kernel(*fields) for name, fields in {
    "add": (contiguous_inputs(2), "a+b", "ab", np_add, lambda a, b: a + b),
    "muladd": (contiguous_inputs(3), "a*b+c", "abc", np_muladd, lambda a, b, c: a * b + c),
    "discriminant": (contiguous_inputs(3), "b*b-4*a*c", "abc", np_discriminant,
                     lambda a, b, c: b * b - 4 * a * c),
    "trig": (contiguous_inputs(2), "sin(a*a)*exp(b)", "ab", np_trig,
             lambda a, b: np.sin(a * a) * np.exp(b)),
    "exp": (contiguous_inputs(1), "exp(a)", "a", unary(np.exp), np.exp),
    "log": (contiguous_inputs(1), "log(a)", "a", unary(np.log), np.log),
    "sin": (contiguous_inputs(1), "sin(a)", "a", unary(np.sin), np.sin),
    "sqrt": (contiguous_inputs(1), "sqrt(a)", "a", unary(np.sqrt), np.sqrt),
}.items()}

# The n-d cases of bench/ufunc_bench.cc (make_case there): `<kernel>_<layout>` runs add or trig on
# two views, for n output elements (fewer for transposed when n is not a power of 4):
#   strided:       a[::2], b            (a has 2n elements)
#   reversed:      a[::-1], b
#   transposed:    M.T, M               (M square, see transposed_side)
#   batch_transposed: A.transpose(0, 2, 1), A  (16 square matrices, see batch_transposed_inputs)
#   broadcast_row: M, row               (M of shape (n/1024, 1024), row of 1024)
#   broadcast_col: M, col[:, None]      (M as above, col of n/1024)
#   narrow_col:    M, col[:, None]      (M of shape (n/8, 8): rows of 8, col of n/8)
#   narrow_reversed: M[:, ::-1], N      (M, N of shape (n/8, 8))
# Every peer gets the views themselves: NumPy ufuncs with out=, numba ufuncs, numexpr.evaluate.
LAYOUTS = {"strided": (strided_inputs, "ab"), "reversed": (reversed_inputs, "ab"),
           "transposed": (transposed_inputs, ("MT", "M")),
           "batch_transposed": (batch_transposed_inputs, ("AT", "A")),
           "broadcast_row": (broadcast_row_inputs, ("M", "row")),
           "broadcast_col": (broadcast_col_inputs, ("M", "col")),
           "narrow_col": (narrow_col_inputs, ("M", "col")),
           "narrow_reversed": (narrow_reversed_inputs, ("MR", "N"))}
# `<kernel>_<layout>` -> (kernel, layout).
ND_KERNELS = {f"{kernel}_{layout}": (kernel, layout)
              for kernel in ("add", "trig") for layout in LAYOUTS}


def nd_kernel(kernel, layout):
    """The contiguous kernel's NumPy code and reference on a layout's views."""
    make_inputs, (x, y) = LAYOUTS[layout]
    expr = {"add": f"{x}+{y}", "trig": f"sin({x}*{x})*exp({y})"}[kernel]
    return KERNELS[kernel]._replace(make_inputs=make_inputs, expr=expr, names=(x, y))


KERNELS.update({name: nd_kernel(*case) for name, case in ND_KERNELS.items()})

# The reductions of bench/ufunc_bench.cc (register_reduce there), add.reduce of n input elements:
#   sum:       a.sum()         (a contiguous, 1-D; a 0-d result)
#   sum_axis0: M.sum(axis=0)   (M C-ordered, of the broadcast cases' shape; a value per column)
# NumPy's add.reduce and numexpr's sum() write into a preallocated out=; numba_cpu runs its
# vectorize ufunc's .reduce (NumPy's reduction loop over the compiled scalar add: sequential, no
# SIMD, for the full sum), also with out=. numba_parallel is left out (REDUCTION_SKIPS).
REDUCTIONS = {"sum": (sum_inputs, "sum(a)", "a", np_add_reduce, lambda a: a.sum(), 0),
              "sum_axis0": (sum_axis0_inputs, "sum(M, axis=0)", ("M",), np_add_reduce,
                            lambda m: m.sum(axis=0), 0)}
KERNELS.update({name: Kernel(*fields) for name, fields in REDUCTIONS.items()})
# Peers that do not run the reductions. numba_parallel's vectorize ufunc has a .reduce, but NumPy
# calls its threaded inner loop with one shared output element for the full sum, which races
# (16M f64: 15.9M instead of 16.8M, at 15 ns per element), and once per row for axis 0 (85-130 ns
# per element at 1M and 16M).
REDUCTION_SKIPS = ("numba_parallel",)


# The built-in ufuncs of kernels/ufuncs.h (bench/builtin_bench.cc), `builtin_<name>`: NumPy's
# np.<name> with out=, on inputs uniform in [lo, hi). THE table of ranges: for_each_builtin in
# bench/builtin_bench.cc has the same one (keep them identical; report.py warns when the labels of
# the C++ runs, input_label of these ranges, differ from the `inputs` of these records). To add a
# function: one line here and one there. Every result is finite in f32 and f64 on these ranges.
BUILTINS = {
    # Exponentials and logarithms (kernels/ufuncs_exp_log.h).
    "exp": ((-10, 10),),
    "exp2": ((-20, 20),),
    "expm1": ((-5, 5),),
    "log": ((1e-3, 1e3),),
    "log2": ((1e-3, 1e3),),
    "log10": ((1e-3, 1e3),),
    "log1p": ((-0.5, 10),),
    "power": ((0.5, 2), (-4, 4)),
    # Hyperbolic (kernels/ufuncs_hyperbolic.h).
    "sinh": ((-10, 10),),
    "cosh": ((-10, 10),),
    "tanh": ((-5, 5),),
    "arcsinh": ((-100, 100),),
    "arccosh": ((1, 100),),
    "arctanh": ((-0.99, 0.99),),
    # Trigonometric (kernels/ufuncs_trig.h).
    "sin": ((-100, 100),),
    "cos": ((-100, 100),),
    "tan": ((-100, 100),),
    "arcsin": ((-1, 1),),
    "arccos": ((-1, 1),),
    "arctan": ((-100, 100),),
    "arctan2": ((-100, 100), (-100, 100)),
    # Roots (kernels/ufuncs_arith.h).
    "sqrt": ((0, 1e3),),
    "cbrt": ((-1e3, 1e3),),
    "hypot": ((-100, 100), (-100, 100)),
}
BUILTIN_PREFIX = "builtin_"
BUILTIN_SIZES = (4096, 1048576)  # kBuiltinSizes in bench/builtin_bench.cc
BUILTIN_PEERS = ("numpy",)  # the only peer that runs the built-ins


def input_label(ranges):
    """The inputs' ranges as bench/builtin_bench.cc labels its runs: '[lo, hi)' per input, ' x '
    between (printf's %g and Python's :g agree)."""
    return " x ".join(f"[{float(lo):g}, {float(hi):g})" for lo, hi in ranges)


def is_builtin(kernel):
    """Whether a kernel is one of the built-in ufuncs."""
    return kernel.startswith(BUILTIN_PREFIX)


def ranged_inputs(ranges):
    """An input maker: one contiguous array of n elements per range, uniform in [lo, hi)."""
    def make(n, dtype, rng):
        return [rng.uniform(lo, hi, size=n).astype(dtype) for lo, hi in ranges], (n,)
    return make


def builtin_call(ufunc):
    """NumPy with out= for a built-in: ufunc(*inputs, out=out)."""
    def run(*args):
        ufunc(*args[:-2], out=args[-2])
    return run


def builtin_kernel(name, ranges):
    """The Kernel of `builtin_<name>`: no numexpr expression, no reference (its output is checked
    to be finite)."""
    return Kernel(ranged_inputs(ranges), None, "ab"[:len(ranges)], builtin_call(getattr(np, name)),
                  None)


KERNELS.update({BUILTIN_PREFIX + name: builtin_kernel(name, ranges)
                for name, ranges in BUILTINS.items()})


# ----------------------------------------------------------------------------------------------
# Peers: each maker returns a function (inputs, out, tmp) -> None for one kernel and dtype.
# ----------------------------------------------------------------------------------------------

class Peers:
    """Imports the installed peers and builds their kernels (numba ufuncs compiled once each)."""

    def __init__(self, wanted, threads, parallel_threads, numba_layer):
        os.environ["NUMBA_NUM_THREADS"] = str(parallel_threads)
        if numba_layer != "default":
            os.environ["NUMBA_THREADING_LAYER"] = numba_layer
        os.environ.setdefault("NUMEXPR_MAX_THREADS", str(max(threads, 1)))
        self.modules = {"numpy": np}
        self.available = []
        for peer in wanted:
            module = self._import(peer)
            if module is None:
                print(f"peers.py: warning: {peer} is not installed, skipping it", file=sys.stderr)
                continue
            self.modules[peer] = module
            self.available.append(peer)
        if "numexpr" in self.modules:
            self.modules["numexpr"].set_num_threads(threads)
        self._numba_cache = {}

    @staticmethod
    def _import(peer):
        """The module a peer needs, or None when it is not installed."""
        name = {"numpy": "numpy", "numexpr": "numexpr"}.get(peer, "numba")
        try:
            return __import__(name)
        except ImportError:
            return None

    def threading_layer(self):
        """numba's threading layer (omp, tbb, workqueue) once a parallel ufunc has run, or None."""
        if "numba_parallel" not in self.modules:
            return None
        try:
            return self.modules["numba_parallel"].threading_layer()
        except ValueError:
            return None

    def numba_ufunc(self, kernel, dtype, target):
        """A numba.vectorize ufunc for one kernel, dtype and target, compiled on first use (the
        n-d kernels and the reductions share the ufunc of their contiguous kernel)."""
        key = (scalar_kernel(kernel), dtype, target)
        if key not in self._numba_cache:
            numba = self.modules["numba_cpu" if target == "cpu" else "numba_parallel"]
            nin = len(KERNELS[key[0]].names)
            name = numba.from_dtype(np.dtype(dtype)).name
            signature = f"{name}({', '.join([name] * nin)})"
            source = numba_source(kernel, np.dtype(dtype).type(4))
            self._numba_cache[key] = numba.vectorize([signature], target=target)(source)
        return self._numba_cache[key]

    @staticmethod
    def runs(peer, kernel):
        """Whether `peer` runs `kernel` (see REDUCTION_SKIPS and BUILTIN_PEERS)."""
        if is_builtin(kernel):
            return peer in BUILTIN_PEERS
        return KERNELS[kernel].reduce_axis is None or peer not in REDUCTION_SKIPS

    def kernel(self, peer, kernel, dtype):
        """The callable (inputs, out, tmp) -> None that runs `kernel` with `peer`."""
        if peer == "numpy":
            return KERNELS[kernel].numpy_out
        if peer in ("numba_cpu", "numba_parallel"):
            ufunc = self.numba_ufunc(kernel, dtype, "cpu" if peer == "numba_cpu" else "parallel")
            axis = KERNELS[kernel].reduce_axis
            if axis is not None:
                return lambda a, out, tmp: ufunc.reduce(a, axis=axis, out=out)
            return lambda *args: ufunc(*args[:-2], out=args[-2])
        if peer == "numexpr":
            evaluate = self.modules["numexpr"].evaluate
            expr, names = KERNELS[kernel].expr, KERNELS[kernel].names
            return lambda *args: evaluate(expr, local_dict=dict(zip(names, args[:-2])),
                                          out=args[-2])
        raise KeyError(peer)


# ----------------------------------------------------------------------------------------------
# Checking and timing.
# ----------------------------------------------------------------------------------------------

def tolerance(dtype, summed):
    """The relative tolerance against NumPy of a result that sums `summed` elements (1 for the
    element-wise kernels): 1e-5 (f32) or 1e-12 (f64), or for long sums the typical rounding error
    of a sequential sum, sqrt(summed) * eps, if larger. NumPy's full sum is pairwise, numexpr's and
    numba's are sequential: for 16M f32 elements they differ by 1.7e-5 (the tolerance is 4.9e-4)."""
    return max(1e-5 if dtype == np.float32 else 1e-12, math.sqrt(summed) * np.finfo(dtype).eps)


def check_finite(peer, kernel, dtype, got):
    """Fails loudly when a built-in's output has an inf or NaN (the input ranges rule them out)."""
    bad = np.flatnonzero(~np.isfinite(got))
    if bad.size:
        sys.exit(f"peers.py: {peer} gives {bad.size} non-finite results for {kernel}/"
                 f"{np.dtype(dtype).name}: element {bad[0]} is {got.flat[bad[0]]!r}")


def check(peer, kernel, dtype, got, want, rtol):
    """Fails loudly when a peer's output differs from NumPy's by more than rtol."""
    if not np.allclose(got, want, rtol=rtol, atol=0.0):
        bad = np.argmax(np.abs(got - want) / np.abs(want))
        sys.exit(f"peers.py: {peer} gives wrong results for {kernel}/{np.dtype(dtype).name}: "
                 f"element {bad} is {got.flat[bad]!r}, NumPy says {want.flat[bad]!r}")


def time_calls(run, target_seconds, repeats, min_repeats, max_repeats):
    """Per-call times in ns: a warm-up call (which sets the repeats unless given), then the rest."""
    start = time.perf_counter_ns()
    run()
    first = max(time.perf_counter_ns() - start, 1)
    if repeats is None:
        repeats = min(max(math.ceil(target_seconds * 1e9 / first), min_repeats), max_repeats)
    times = []
    for _ in range(repeats):
        start = time.perf_counter_ns()
        run()
        times.append(time.perf_counter_ns() - start)
    return times


def bench_case(peers, kernel, dtype_name, n, args):
    """Times every available peer on one kernel, dtype and size; returns the records."""
    dtype = DTYPES[dtype_name]
    inputs, out_shape = KERNELS[kernel].make_inputs(n, dtype, np.random.default_rng(17))
    builtin = is_builtin(kernel)
    want = None if builtin else KERNELS[kernel].reference(*inputs)
    out = np.empty(out_shape, dtype)
    tmp = np.empty(out_shape, dtype)
    # What the times are per: the output's elements, or the input's for a reduction.
    reduction = KERNELS[kernel].reduce_axis is not None
    elements = inputs[0].size if reduction else out.size
    rtol = tolerance(dtype, inputs[0].size // out.size if reduction else 1)
    records = []
    for peer in ["numpy"] * ("numpy" in peers.available) + [
            p for p in peers.available if p != "numpy"]:
        if not peers.runs(peer, kernel):
            continue
        run = peers.kernel(peer, kernel, dtype)
        out.fill(np.nan)
        run(*inputs, out, tmp)
        if builtin:
            check_finite(peer, kernel, dtype, out)
        else:
            check(peer, kernel, dtype, out, want, rtol)
        times = time_calls(lambda: run(*inputs, out, tmp), args.target_seconds, args.repeats,
                           args.min_repeats, args.max_repeats)
        record = {"kernel": kernel, "dtype": dtype_name, "impl": peer, "n": n,
                  "ns_per_elem": statistics.median(times) / elements,
                  "ns_per_elem_min": min(times) / elements, "repeats": len(times)}
        if builtin:
            record["inputs"] = input_label(BUILTINS[kernel[len(BUILTIN_PREFIX):]])
        print(f"{kernel:>18} {dtype_name} {n:>9} {peer:<15} {record['ns_per_elem']:9.3f} ns/elem"
              f"  (min {record['ns_per_elem_min']:.3f}, {len(times)} calls)", flush=True)
        records.append(record)
    return records


# ----------------------------------------------------------------------------------------------
# Command line and output.
# ----------------------------------------------------------------------------------------------

def cpu_model():
    """The CPU model from /proc/cpuinfo, or what platform knows."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name") or line.startswith("Model"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def package_version(name):
    """The installed version of a Python package, or None."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def comma_list(text):
    """Splits 'a,b,c' into ['a', 'b', 'c']."""
    return [item.strip() for item in text.split(",") if item.strip()]


def parse_args(argv):
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", help="write the JSON here (default: only print the figures)")
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in comma_list(s)],
                        help="comma list of element counts (default: "
                        f"{','.join(map(str, DEFAULT_SIZES))}; with --quick "
                        f"{','.join(map(str, QUICK_SIZES))})")
    parser.add_argument("--builtin-sizes", type=lambda s: [int(x) for x in comma_list(s)],
                        default=list(BUILTIN_SIZES),
                        help="comma list of element counts for the built-ins, builtin_<name> "
                        f"(default, also with --quick: {','.join(map(str, BUILTIN_SIZES))})")
    parser.add_argument("--dtypes", type=comma_list, default=list(DTYPES),
                        help="comma list of f32,f64 (default: both)")
    parser.add_argument("--kernels", type=comma_list, default=list(KERNELS),
                        help="comma list of kernels, `builtins` for every builtin_<name> "
                        f"(default: all: {','.join(k for k in KERNELS if not is_builtin(k))}, "
                        "builtins)")
    parser.add_argument("--peers", type=comma_list, default=list(ALL_PEERS),
                        help=f"comma list of {','.join(ALL_PEERS)} (default: all that import)")
    parser.add_argument("--quick", action="store_true",
                        help="sizes 1024 and 1048576 only, about 0.05 s per case instead of 0.2 s")
    parser.add_argument("--repeats", type=int,
                        help="timed calls per case (default: enough for ~0.2 s, 5 to 200)")
    parser.add_argument("--threads", type=int, default=1,
                        help="threads for numexpr (default 1; numpy and numba_cpu use one)")
    parser.add_argument("--parallel-threads", type=int, default=os.cpu_count(),
                        help="threads for numba_parallel (default: all CPUs, here %(default)s)")
    parser.add_argument("--numba-threading-layer", default="workqueue",
                        choices=("workqueue", "omp", "tbb", "default"),
                        help="numba_parallel's threading layer (default: workqueue; numba's own "
                        "choice on Debian is omp, which calls the kernel once per element and is "
                        "about 10x slower on large arrays; 'default' leaves the choice to numba)")
    args = parser.parse_args(argv)
    builtins = [k for k in KERNELS if is_builtin(k)]
    args.kernels = [k for item in args.kernels
                    for k in (builtins if item == "builtins" else [item])]
    for name, given, known in (("dtype", args.dtypes, DTYPES), ("kernel", args.kernels, KERNELS),
                               ("peer", args.peers, ALL_PEERS)):
        unknown = [x for x in given if x not in known]
        if unknown:
            parser.error(f"unknown {name}(s): {', '.join(unknown)}; known: {', '.join(known)}")
    if args.sizes is None:
        args.sizes = list(QUICK_SIZES if args.quick else DEFAULT_SIZES)
    if any(n < 1 for n in args.sizes + args.builtin_sizes):
        parser.error("sizes must be positive")
    if args.repeats is not None and args.repeats < 1:
        parser.error("--repeats must be at least 1")
    args.target_seconds, args.min_repeats, args.max_repeats = (
        (0.05, 3, 50) if args.quick else (0.2, 5, 200))
    return args


def main(argv=None):
    """Runs every requested case and writes the JSON."""
    args = parse_args(argv)
    peers = Peers(args.peers, args.threads, args.parallel_threads, args.numba_threading_layer)
    if not peers.available:
        sys.exit("peers.py: none of the requested peers is installed")
    header = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu": cpu_model(),
        "num_cpus": os.cpu_count(),
        "python": platform.python_version(),
        "numpy": np.__version__,
        "numba": package_version("numba"),
        "numexpr": package_version("numexpr"),
        "threads": args.threads,
        "parallel_threads": args.parallel_threads,
        "quick": args.quick,
        "load_avg": [round(x, 2) for x in os.getloadavg()],
    }
    print(f"peers.py: {header['cpu']}; numpy {header['numpy']}, numba {header['numba']}, "
          f"numexpr {header['numexpr']}; peers: {', '.join(peers.available)}", flush=True)
    records = []
    for kernel in args.kernels:
        for dtype_name in args.dtypes:
            for n in args.builtin_sizes if is_builtin(kernel) else args.sizes:
                records.extend(bench_case(peers, kernel, dtype_name, n, args))
    header["numba_threading_layer"] = peers.threading_layer()
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump({"header": header, "records": records}, f, indent=1)
            f.write("\n")
        print(f"peers.py: wrote {len(records)} records to {args.out}")


if __name__ == "__main__":
    main()
