#!/usr/bin/env python3
"""compare_reports — are two JSON reports of one scenario the same figures up to Monte Carlo noise?

When an exact sampler replaces another (2026-12-07: Cheng's Beta for GSL's), the random draws and so
every checked-in report change; each figure must stay within its standard error of before. This
walks two `moldrisk run --format json` reports of the same scenario (same trials) and prints one row
per number that differs, tested where the report gives (or implies) a standard error:

- a figure with a sibling `<name>_se` (expected_profit, evpi, evsi…), `profit.mean` with `profit.se`;
- probabilities (keys starting `probability`, `share_`): binomial SE `√(p(1−p)/n)`, p pooled, n trials;
- a cycle's profit percentiles `p1`…`p99`: the SE of a sample quantile `√(q(1−q)/n)/f(x_q)`, the
  density from the cycle's `profit_cdf` (the neighbouring points), plus two widths of the sketch's
  `method.percentile_relative_error` (the percentiles are rounded to it);
- `sell_through.mean`: SE ≤ 0.5/√n (a share in [0, 1]);
- `break_even.units` and `break_even.mold_cost`, when `--scenario` gives the file: the mold cost's and
  rework cost's standard deviations from their laws (closed forms; `sd(X + Y) ≤ sd X + sd Y`).

Two independent estimates differ by SE·√2; a figure passes when `|after − before| ≤ K·√2·SE`
(K = 4 by default). Other numbers that differ are listed as INFO (argmax stocks, the lead search's
optimum, percentiles of ready days). Exit status 1 when any tested figure fails.

    python3 bench/compare_reports.py BEFORE.json AFTER.json [--scenario S.toml] [-k 4] [--markdown]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import tomllib

PERCENTILE_KEYS = {f"p{q}": q / 100 for q in (1, 5, 10, 25, 50, 75, 90, 95, 99)}


def law_moments(spec) -> tuple[float, float] | None:
    """(mean, variance) of a scenario law (unclamped), None for a law this does not know."""
    if not isinstance(spec, dict):
        return float(spec), 0.0
    d = spec.get("dist")
    if d == "fixed":
        return float(spec["value"]), 0.0
    if d == "uniform":
        a, b = spec["min"], spec["max"]
        return (a + b) / 2, (b - a) ** 2 / 12
    if d == "triangular":
        a, c, b = spec["min"], spec["mode"], spec["max"]
        return (a + b + c) / 3, (a * a + b * b + c * c - a * b - a * c - b * c) / 18
    if d == "pert":
        a, m, b, lam = spec["min"], spec["mode"], spec["max"], spec.get("lambda", 4)
        mu = (a + lam * m + b) / (lam + 2)
        return mu, (mu - a) * (b - mu) / (lam + 3)
    if d == "normal":
        return spec["mean"], spec["sd"] ** 2
    if d == "lognormal":
        s2 = spec["sigma"] ** 2
        return spec["median"] * math.exp(s2 / 2), (math.exp(s2) - 1) * spec["median"] ** 2 * math.exp(s2)
    if d == "gamma":
        return spec["shape"] * spec["scale"], spec["shape"] * spec["scale"] ** 2
    return None


def cost_sds(scenario_path: str | None) -> dict[str, tuple[float, float, float]]:
    """Per cycle name: (sd of the mold cost, sd of the rework cost incl. its Bernoulli, price − salvage)."""
    if not scenario_path:
        return {}
    with open(scenario_path, "rb") as f:
        raw = tomllib.load(f)
    mold = law_moments(raw["mold"]["cost"])
    product = raw["product"]
    margin = product["unit_price"] - product.get("salvage_value", 0)
    out = {}
    for name, c in raw.get("cycles", {}).items():
        p = c.get("rework_probability", 0)
        r = law_moments(c["rework_cost"]) if p > 0 and "rework_cost" in c else (0.0, 0.0)
        if mold is None or r is None:
            continue
        rework_var = p * (r[1] + r[0] ** 2) - (p * r[0]) ** 2
        out[name] = (math.sqrt(mold[1]), math.sqrt(max(0.0, rework_var)), margin)
    return out


def quantile_se(cdf: list[dict], x: float, q: float, n: int) -> float | None:
    """SE of the q-quantile from the density at x, estimated from the report's profit CDF points."""
    pts = sorted((pt["probability"], pt["profit"]) for pt in cdf)
    for (p0, x0), (p1, x1) in zip(pts, pts[1:]):
        if p0 <= q <= p1 and x1 > x0:
            # the widest neighbouring step around q (two points either side when there are)
            i = pts.index((p0, x0))
            lo, hi = pts[max(0, i - 1)], pts[min(len(pts) - 1, i + 2)]
            f = (hi[0] - lo[0]) / (hi[1] - lo[1]) if hi[1] > lo[1] else None
            return math.sqrt(q * (1 - q) / n) / f if f else None
    return None


def walk(a, b, path=""):
    """(path, before, after, parent_before, parent_after, key) for every numeric leaf present in both."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in a:
            if k in b:
                yield from _leaf_or_walk(a[k], b[k], f"{path}.{k}" if path else k, a, b, k)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            yield from _leaf_or_walk(x, y, f"{path}[{i}]", a, b, i)


def _leaf_or_walk(x, y, path, pa, pb, key):
    if isinstance(x, (int, float)) and isinstance(y, (int, float)) and not isinstance(x, bool):
        yield path, float(x), float(y), pa, pb, key
    else:
        yield from walk(x, y, path)


def compare(before: dict, after: dict, k: float, sds: dict) -> list[tuple]:
    n = after.get("trials") or before.get("trials")
    rel = (after.get("method") or {}).get("percentile_relative_error", 0.0)
    rows = []
    for path, x, y, pa, pb, key in walk(before, after):
        if x == y or path.endswith("_se") or path.endswith(".se") or "_ci" in path or path.endswith(".sd"):
            continue
        se, extra = None, 0.0
        if isinstance(key, str):
            if f"{key}_se" in pa:
                se = math.hypot(pa[f"{key}_se"], pb[f"{key}_se"]) / math.sqrt(2)
            elif key == "mean" and "se" in pa:
                se = math.hypot(pa["se"], pb["se"]) / math.sqrt(2)
            elif (key.startswith("probability") or key.startswith("share")) and 0 <= x <= 1 and n:
                p = (x + y) / 2
                se = max(math.sqrt(p * (1 - p) / n), 1 / n)
            elif key in PERCENTILE_KEYS and ".profit." in path + "." and n:
                cycle = _cycle_of(before, path)
                if cycle and "profit_cdf" in cycle:
                    se = quantile_se(cycle["profit_cdf"], x, PERCENTILE_KEYS[key], n)
                    extra = 2 * rel * max(abs(x), abs(y))
            elif path.endswith("sell_through.mean") and n:
                se = 0.5 / math.sqrt(n)
            elif path.split(".")[-2:-1] == ["break_even"] and key in ("units", "mold_cost") and n:
                name = path.split(".")[1] if path.startswith("cycles.") else None
                if name in sds:
                    sd_mold, sd_rework, margin = sds[name]
                    if key == "units":
                        se = (sd_mold + sd_rework) / math.sqrt(n) / margin
                    else:
                        cycle = before["cycles"][name]
                        se = cycle["profit"]["se"] + sd_mold / math.sqrt(n)
        if se is None or not math.isfinite(se) or se <= 0:
            rows.append((path, x, y, None, None, "INFO"))
            continue
        z = (abs(y - x) - extra) / (math.sqrt(2) * se)
        rows.append((path, x, y, se, max(0.0, z), "OK" if z <= k else "FAIL"))
    return rows


def _cycle_of(report: dict, path: str) -> dict | None:
    parts = path.split(".")
    if len(parts) >= 3 and parts[0] == "cycles":
        return report["cycles"].get(parts[1])
    return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--scenario", help="the scenario file (for break-even's standard errors)")
    ap.add_argument("-k", type=float, default=4.0, help="tolerance in SE of the difference (default 4)")
    ap.add_argument("--markdown", action="store_true", help="a Markdown table")
    ap.add_argument("--all", action="store_true", help="also list INFO rows")
    a = ap.parse_args(argv)
    with open(a.before, encoding="utf-8") as f:
        before = json.load(f)
    with open(a.after, encoding="utf-8") as f:
        after = json.load(f)
    rows = compare(before, after, a.k, cost_sds(a.scenario))
    fails = [r for r in rows if r[5] == "FAIL"]
    tested = [r for r in rows if r[5] != "INFO"]
    if a.markdown:
        print("| figure | before | after | SE | |diff|/(√2·SE) | |")
        print("|---|---|---|---|---|---|")
    for path, x, y, se, z, verdict in rows:
        if verdict == "INFO" and not a.all:
            continue
        if a.markdown:
            sez = "–" if se is None else f"{se:.4g}"
            zz = "–" if z is None else f"{z:.2f}"
            print(f"| {path} | {x:.6g} | {y:.6g} | {sez} | {zz} | {verdict} |")
        else:
            zz = "" if z is None else f"  z={z:.2f}"
            print(f"{verdict:4}  {path}: {x:.6g} -> {y:.6g}{zz}")
    worst = max((r[4] for r in tested), default=0.0)
    print(f"{a.after}: {len(tested)} figures tested, {len(fails)} beyond {a.k:g} SE (worst {worst:.2f}); "
          f"{len(rows) - len(tested)} INFO", file=sys.stderr)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
