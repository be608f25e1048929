#!/usr/bin/python3
"""Measures the largest error in ULP of NumPy's own float32 and float64 ufuncs on this machine.

NumPy 1.24 on x86-64 with AVX-512 runs many of these through Intel SVML loops, so the figures are
those of the loops actually dispatched here, not of libm.

How: inputs are random floats with uniform random bit patterns between bounds (so uniform exponent
and mantissa, i.e. log-uniform magnitudes) over each function's domain, both signs where allowed,
plus dense sweeps of hard regions (near 0, near 1 for the logs, near multiples of pi/2 up to 1e4
for trig, domain edges, exp/sinh/cosh near overflow and underflow) and a few special values.
The float32 reference is NumPy in float64 (its error is ~2^-29 float32 ULP); the float64
reference is NumPy in long double (x87, 64-bit mantissa, glibc's sinl etc.), checked against
mpmath at 100 bits on a subsample. The error is |got - ref| / ulp, with ulp = 2^(e - p) for a
reference in [2^(e-1), 2^e) (the subnormal spacing below the normal range), as tests/mpfr_oracle.h
does. Inputs whose reference is NaN or infinite in the result type are left out of the maximum
and checked separately: NaN against non-NaN, infinity against finite, sign of an exact zero.

Run:  /usr/bin/python3 bench/numpy_accuracy.py [--samples 200000] [--seed 1]
          [--functions exp,sin] [--out report.md]
"""

import argparse
import sys
import time

import mpmath
import numpy as np

LD = np.longdouble


def rand_bits(rng, dtype, lo, hi, n):
    """Positive floats with bit patterns uniform in [bits(lo), bits(hi)]: log-uniform magnitudes."""
    it = np.int32 if dtype == np.float32 else np.int64
    a, b = np.array([lo, hi], dtype=dtype).view(it)
    return rng.integers(int(a), int(b), n, endpoint=True, dtype=it).view(dtype)


def signed(rng, x):
    return np.where(rng.random(x.size) < 0.5, -x, x)


def near(rng, dtype, centers, rel_lo, rel_hi, n):
    """Points c*(1 +- d) with d log-uniform in [rel_lo, rel_hi], plus +-64-ULP neighbours of c."""
    c = np.asarray(centers, dtype=np.float64)
    pick = c[rng.integers(0, c.size, n)]
    d = rand_bits(rng, np.float64, rel_lo, rel_hi, n)
    x = (pick * (1 + signed(rng, d))).astype(dtype)
    cd = c.astype(dtype)
    steps = [cd]
    for k in range(64):  # dense ulp sweep around each centre
        steps.append(np.nextafter(steps[-1], np.array(np.inf, dtype)))
    up = np.concatenate(steps)
    dn = [cd]
    for k in range(64):
        dn.append(np.nextafter(dn[-1], np.array(-np.inf, dtype)))
    return np.concatenate([x, up, np.concatenate(dn)])


SPECIAL = [0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0]


def inputs(name, dtype, n, rng):
    """Arrays of arguments for `name` (a tuple of one or two arrays)."""
    fi = np.finfo(dtype)
    tiny, big, sub = float(fi.tiny), float(fi.max), float(fi.smallest_subnormal)
    lnmax, lnmin, lnsub = np.log(big), np.log(tiny), np.log(sub)
    l2max = 128.0 if dtype == np.float32 else 1024.0
    l2min = -126.0 if dtype == np.float32 else -1022.0
    m = n // 4
    R = lambda lo, hi, k=n: rand_bits(rng, dtype, lo, hi, k)
    S = lambda lo, hi, k=n: signed(rng, R(lo, hi, k))
    sp = np.array(SPECIAL + [sub, -sub, tiny, -tiny, big, -big], dtype=dtype)
    subn = S(sub, tiny, m // 4)
    pio2 = np.arange(1, int(1e4 / (np.pi / 2))) * (np.pi / 2)
    one = [1.0, -1.0]
    regions = {
        "exp": [S(tiny, lnmax), near(rng, dtype, [lnmax, lnmin, lnsub], 1e-8, 1e-3, m)],
        "exp2": [S(tiny, l2max), near(rng, dtype, [l2max, l2min, l2min - 23 if dtype == np.float32
                                                 else l2min - 52], 1e-8, 1e-3, m)],
        "expm1": [S(tiny, lnmax), S(big / 1e10, big, m // 4), subn,
                  near(rng, dtype, [lnmax], 1e-8, 1e-3, m)],
        "log": [R(sub, big), near(rng, dtype, [1.0], 1e-12, 0.5, m)],
        "log1p": [R(tiny, big), -R(tiny, 1.0, m), subn, near(rng, dtype, [-1.0], 1e-12, 1e-2, m)],
        "sin": [S(tiny, big), S(tiny, 1e4, m), subn, near(rng, dtype, np.r_[-pio2, pio2], 1e-12,
                                                          1e-4, m)],
        "arcsin": [S(tiny, 1.0), subn, near(rng, dtype, one, 1e-12, 0.5, m)],
        "arctan": [S(tiny, big), subn],
        "sinh": [S(tiny, lnmax + np.log(2)), subn, near(rng, dtype, [lnmax + np.log(2),
                                                          -lnmax - np.log(2)], 1e-8, 1e-3, m)],
        "tanh": [S(tiny, big), S(tiny, 20.0, m), subn],
        "arccosh": [R(1.0, big), near(rng, dtype, [1.0], 1e-12, 0.5, m)],
        "arctanh": [S(tiny, 1.0), subn, near(rng, dtype, one, 1e-12, 0.5, m)],
        "cbrt": [S(sub, big)],
        "sqrt": [R(sub, big)],
    }
    alias = {"log2": "log", "log10": "log", "cos": "sin", "tan": "sin", "arccos": "arcsin",
             "cosh": "sinh", "arcsinh": "arctan"}
    if name in ("power", "arctan2", "hypot"):
        return inputs2(name, dtype, n, rng, R, S, sp, tiny, big)
    x = np.concatenate(regions[alias.get(name, name)] + [sp])
    return (x,)


def inputs2(name, dtype, n, rng, R, S, sp, tiny, big):
    m = n // 4
    if name == "power":
        # y chosen so that x**y lands uniformly (in exponent) over the normal range
        x = np.concatenate([R(tiny, big, n), (1 + signed(rng, R(1e-12, 0.5, m))).astype(dtype)])
        lo, hi = np.log2(tiny), np.log2(big)
        t = rng.uniform(lo, hi, x.size)
        with np.errstate(all="ignore"):
            y = (t / np.log2(x.astype(np.float64))).astype(dtype)
        xi = -R(tiny, big, m)  # negative base with integer exponents
        yi = rng.integers(-40, 41, m).astype(dtype)
        xs, ys = np.meshgrid(sp, sp)
        return (np.concatenate([x, xi, R(1e-3, 1e3, m), xs.ravel()]),
                np.concatenate([y, yi, rng.uniform(-20, 20, m).astype(dtype), ys.ravel()]))
    a, b = S(tiny, big), S(tiny, big)
    c = S(1e-3, 1e3, m)
    d = (c * signed(rng, R(1e-8, 1e8, m))).astype(dtype)  # nearby and far-apart magnitudes
    xs, ys = np.meshgrid(sp, sp)
    return np.concatenate([a, c, xs.ravel()]), np.concatenate([b, d, ys.ravel()])


MP = {"exp": mpmath.exp, "exp2": lambda x: mpmath.power(2, x), "expm1": mpmath.expm1,
      "log": mpmath.log, "log2": lambda x: mpmath.log(x, 2), "log10": mpmath.log10,
      "log1p": mpmath.log1p, "sin": mpmath.sin, "cos": mpmath.cos, "tan": mpmath.tan,
      "arcsin": mpmath.asin, "arccos": mpmath.acos, "arctan": mpmath.atan, "sinh": mpmath.sinh,
      "cosh": mpmath.cosh, "tanh": mpmath.tanh, "arcsinh": mpmath.asinh, "arccosh": mpmath.acosh,
      "arctanh": mpmath.atanh, "cbrt": mpmath.cbrt, "sqrt": mpmath.sqrt, "power": mpmath.power,
      "arctan2": mpmath.atan2, "hypot": mpmath.hypot}
FUNCS = list(MP)


def ulp_of(ref, dtype):
    """ULP of dtype at each (higher-precision) reference: 2^(e-p), clamped to the subnormal step."""
    fi = np.finfo(dtype)
    _, e = np.frexp(ref)
    e = np.maximum(np.where(ref == 0, fi.minexp + 1, e), fi.minexp + 1)
    return np.ldexp(np.ones_like(ref), e - (fi.nmant + 1))


def measure(name, dtype, args, ref):
    """(max ULP, args at max, special mismatches: list of (args, got, ref))."""
    f = getattr(np, name)
    got = f(*args)
    rr = ref.astype(dtype)
    special = np.isnan(rr) | np.isinf(rr)
    bad = special & ~((np.isnan(rr) & np.isnan(got)) | (rr == got))
    bad |= ~special & ~np.isfinite(got)
    bad |= (ref == 0) & (got == 0) & (np.signbit(ref) != np.signbit(got))
    ok = ~special & np.isfinite(got)
    err = np.zeros(got.shape)
    err[ok] = np.abs(got[ok].astype(ref.dtype) - ref[ok]) / ulp_of(ref[ok], dtype)
    i = int(np.argmax(err))
    mism = [(tuple(a[j] for a in args), got[j], rr[j]) for j in np.nonzero(bad)[0]]
    return float(err[i]), tuple(a[i] for a in args), mism


def to_mp(v):
    hi = np.float64(v)
    return mpmath.mpf(float(hi)) + mpmath.mpf(float(LD(v) - LD(hi)))  # exact split of a long double


def check_ld(name, args, ref, k, rng):
    """Largest |ref_ld - mpmath| in float64 ULP on k finite points."""
    idx = np.nonzero(np.isfinite(ref.astype(np.float64)) & (ref != 0))[0]
    idx = rng.choice(idx, min(k, idx.size), replace=False)
    f, worst = MP[name], 0.0
    with mpmath.workprec(100):
        for j in idx:
            exact = f(*[mpmath.mpf(float(a[j])) for a in args])
            if not isinstance(exact, mpmath.mpf):
                continue
            d = abs(to_mp(ref[j]) - exact)
            u = mpmath.mpf(float(ulp_of(np.array([float(exact)]), np.float64)[0]))
            worst = max(worst, float(d / u))
    return worst


def mp_ref(name, args):
    out = np.empty(args[0].size, dtype=LD)
    f = MP[name]
    with mpmath.workprec(100):
        for j in range(out.size):
            try:
                v = f(*[mpmath.mpf(float(a[j])) for a in args])
                out[j] = LD(float(v)) + LD(float(v - mpmath.mpf(float(v)))) \
                    if isinstance(v, mpmath.mpf) else np.nan
            except (ValueError, ZeroDivisionError, OverflowError):
                out[j] = np.nan
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--samples", type=int, default=200000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--functions", default=",".join(FUNCS))
    p.add_argument("--check", type=int, default=300, help="mpmath points per function (float64)")
    p.add_argument("--out")
    a = p.parse_args()
    names = a.functions.split(",")
    assert np.finfo(LD).nmant == 63, "needs x87 80-bit long double for the float64 reference"
    t0 = time.time()
    from numpy.core._multiarray_umath import __cpu_baseline__, __cpu_dispatch__, __cpu_features__
    lines = [f"NumPy {np.__version__}, Python {sys.version.split()[0]}",
             f"CPU baseline: {' '.join(__cpu_baseline__)}; dispatch: {' '.join(__cpu_dispatch__)}",
             "AVX512_SKX (SVML loops) available on this CPU: "
             f"{__cpu_features__.get('AVX512_SKX')}", ""]
    rows, notes = [], []
    rng = np.random.default_rng(a.seed)
    with np.errstate(all="ignore"):
        for name in names:
            row = [name]
            where = []
            for dtype in (np.float32, np.float64):
                args = inputs(name, dtype, a.samples, rng)
                hi = LD if dtype == np.float64 else np.float64
                ref = getattr(np, name)(*[x.astype(hi) for x in args])
                if dtype == np.float64:
                    dev = check_ld(name, args, ref, a.check, rng)
                    notes.append(f"{name}: long double vs mpmath max {dev:.2e} float64 ULP")
                    if dev > 0.01:
                        notes[-1] += " -> using mpmath reference on a random 1/4 of the points"
                        keep = np.sort(rng.choice(args[0].size, args[0].size // 4, replace=False))
                        args = tuple(x[keep] for x in args)
                        ref = mp_ref(name, args)
                # special values: glibc long double follows C99 Annex F, so ask it for both dtypes
                sref = getattr(np, name)(*[x.astype(LD) for x in args])
                s = np.isnan(sref) | np.isinf(sref.astype(dtype)) | (sref == 0)
                for x in args:  # mpmath is unreliable on infinite and zero arguments
                    s |= ~np.isfinite(x) | (x == 0)
                ref = np.where(s, sref, ref.astype(LD)).astype(hi)
                mx, at, mism = measure(name, dtype, args, ref)
                row.append(f"{mx:.3g}")
                where.append(f"{np.dtype(dtype).name}: " + ", ".join(repr(dtype(v)) for v in at))
                for m in mism[:5]:
                    notes.append(f"MISMATCH {name} {np.dtype(dtype).name} args={m[0]} "
                                 f"got={m[1]!r} expected={m[2]!r}")
                if len(mism) > 5:
                    notes.append(f"MISMATCH {name} {np.dtype(dtype).name}: {len(mism)} in all")
            rows.append(row + ["; ".join(where)])
            print(name, row[1:], file=sys.stderr, flush=True)
    out = lines + ["| function | float32 max ULP | float64 max ULP | input at the max |",
                   "|---|---|---|---|"]
    out += [f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} |" for r in rows]
    out += ["", "Reference checks and special-value mismatches:", ""] + [f"- {n}" for n in notes]
    out += ["", f"samples={a.samples} seed={a.seed}, runtime {time.time() - t0:.1f} s"]
    text = "\n".join(out)
    print(text)
    if a.out:
        with open(a.out, "w") as fh:
            fh.write(text + "\n")


if __name__ == "__main__":
    main()
