#!/usr/bin/env python3
"""crosscheck — compare moldrisk's JSON report with the numpy peer's, figure by figure.

    python3 bench/crosscheck.py MOLDRISK.json PEER.json
    python3 bench/crosscheck.py SCENARIO.toml MOLDRISK_BINARY [--trials N]
    python3 bench/crosscheck.py --binary MOLDRISK_BINARY SCENARIO.toml [SCENARIO.toml ...] [--trials N]

PEER.json is `python3 bench/peer_model.py SCENARIO --json` (use --stock-levels all, the default,
so every stock-curve point has a peer value and a standard error). In the running forms, moldrisk
is run as `BINARY run SCENARIO --format json --output -` and the peer with the same trial count.

Each figure passes when the two independent estimates differ by at most 5 combined standard errors:
  mean:        5·√(se₁² + se₂²)   (se₁ from moldrisk when it reports one, else the peer's scaled to n₁)
  proportion:  5·√(p(1−p)(1/n₁ + 1/n₂)), p pooled, floored at 5/min(n₁, n₂)
and exactly (relative 1e-9) where the figure is deterministic (standard error 0 on both sides).
Rows marked INFO are printed for a reader and never fail. Exit status 1 if any figure FAILs.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys

K = 5.0
REL_EXACT = 1e-9


class Table:
    def __init__(self, title):
        self.title = title
        self.rows = []
        self.fails = 0

    def add(self, figure, mr, peer, score, status):
        if status == "FAIL":
            self.fails += 1
        self.rows.append((figure, mr, peer, score, status))

    def print(self, out=sys.stdout):
        print(f"\n== {self.title}", file=out)
        w = max([len(r[0]) for r in self.rows] + [6])
        print(f"{'figure':<{w}}  {'moldrisk':>16}  {'peer':>16}  {'|diff|/SE':>10}  result", file=out)
        for fig, a, b, s, st in self.rows:
            print(f"{fig:<{w}}  {_fmt(a):>16}  {_fmt(b):>16}  {s:>10}  {st}", file=out)
        n_ok = sum(1 for r in self.rows if r[4] == "OK")
        print(f"-- {n_ok} OK, {self.fails} FAIL, {sum(1 for r in self.rows if r[4] == 'INFO')} INFO", file=out)


def _fmt(x):
    if x is None:
        return "—"
    if isinstance(x, str):
        return x
    if isinstance(x, int) or (isinstance(x, float) and x.is_integer() and abs(x) < 1e15):
        return f"{int(x):,}"
    if abs(x) >= 1e4:
        return f"{x:,.1f}"
    return f"{x:.8g}"


def _get(d, *path):
    for p in path:
        if d is None:
            return None
        if isinstance(p, int):
            d = d[p] if isinstance(d, list) and p < len(d) else None
        else:
            d = d.get(p) if isinstance(d, dict) else None
    return d


def _exact(a, b):
    return abs(a - b) <= REL_EXACT * max(abs(a), abs(b), 1.0)


def check_mean(t, fig, a, b, se_a, se_b, deterministic=False):
    if a is None or b is None:
        t.add(fig, a, b, "", "FAIL" if a is None else "INFO")
        return
    tiny = 1e-12 * max(abs(a), abs(b), 1.0)   # an SE of round-off size means: deterministic
    if deterministic or (se_a <= tiny and se_b <= tiny):
        t.add(fig, a, b, "exact", "OK" if _exact(a, b) else "FAIL")
        return
    se = math.sqrt(se_a ** 2 + se_b ** 2)
    z = abs(a - b) / se
    t.add(fig, a, b, f"{z:.2f}", "OK" if z <= K else "FAIL")


def check_prop(t, fig, a, b, n_a, n_b):
    if a is None or b is None:
        t.add(fig, a, b, "", "FAIL" if a is None else "INFO")
        return
    p = (a * n_a + b * n_b) / (n_a + n_b)
    se = max(math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b)), 1 / min(n_a, n_b))
    if p in (0.0, 1.0):
        t.add(fig, a, b, "exact", "OK" if _exact(a, b) else "FAIL")
        return
    z = abs(a - b) / se
    t.add(fig, a, b, f"{z:.2f}", "OK" if z <= K else "FAIL")


def info(t, fig, a, b):
    t.add(fig, a, b, "", "INFO" if a == b else "INFO ≠")


def compare(mr: dict, peer: dict, title: str = "") -> Table:
    t = Table(title or f"{mr.get('scenario')}  (moldrisk n={mr.get('trials')}, peer n={peer.get('trials')})")
    n1, n2 = mr["trials"], peer["trials"]
    scale = math.sqrt(n2 / n1)  # peer SE → SE of a moldrisk estimate from n1 trials
    for name, pc in peer["cycles"].items():
        mc = _get(mr, "cycles", name)
        if mc is None:
            t.add(f"{name}: cycle", None, "present", "", "FAIL")
            continue
        pre = f"{name}."
        p_se = pc["profit"]["se"]
        m_se = _get(mc, "profit", "se")
        if m_se is None:
            m_se = p_se * scale
        tiny = 1e-12 * max(abs(pc["profit"]["mean"]), 1.0)
        det_profit = pc["profit"]["sd"] <= tiny and (_get(mc, "profit", "sd") or 0.0) <= tiny
        check_mean(t, pre + "profit.mean", _get(mc, "profit", "mean"), pc["profit"]["mean"], m_se, p_se, det_profit)
        check_prop(t, pre + "probability_of_loss", _get(mc, "probability_of_loss"), pc["probability_of_loss"], n1, n2)
        check_prop(t, pre + "probability_late", _get(mc, "probability_late"), pc["probability_late"], n1, n2)
        st_se = pc["sell_through"]["se"]
        check_mean(t, pre + "sell_through.mean", _get(mc, "sell_through", "mean"), pc["sell_through"]["mean"],
                   st_se * scale, st_se)
        be, mbe = pc["break_even"], _get(mc, "break_even")
        u_se = be["units_se"]
        check_mean(t, pre + "break_even.units", _get(mbe, "units"), be["units"], u_se * scale, u_se)
        st_u = u_se * be["sell_through"] / be["units"] if be["units"] else 0.0   # sell_through = units / stock
        check_mean(t, pre + "break_even.sell_through", _get(mbe, "sell_through"), be["sell_through"], st_u * scale, st_u)
        check_mean(t, pre + "break_even.mold_cost", _get(mbe, "mold_cost"), be["mold_cost"],
                   be["mold_cost_se"] * scale, be["mold_cost_se"])
        check_prop(t, pre + "break_even.probability", _get(mbe, "probability"), be["probability"], n1, n2)
        mcurve = {float(p["stock"]): p for p in (_get(mc, "stock_curve") or [])}
        for pt in pc["stock_curve"]:
            q = float(pt["stock"])
            mp = mcurve.get(q)
            tag = f"{pre}curve[{_fmt(pt['stock'])}]"
            if mp is None:
                t.add(tag, None, "present", "", "FAIL")
                continue
            check_mean(t, tag + ".expected_profit", mp.get("expected_profit"), pt["expected_profit"],
                       pt["se"] * scale, pt["se"])
            check_prop(t, tag + ".P(loss)", mp.get("probability_of_loss"), pt["probability_of_loss"], n1, n2)
        extra = sorted(set(mcurve) - {float(p["stock"]) for p in pc["stock_curve"]})
        if extra:
            t.add(pre + "curve: moldrisk-only levels", ", ".join(_fmt(x) for x in extra), "—", "", "INFO")
        info(t, pre + "best_stock", _get(mc, "best_stock"), pc["best_stock"])
        info(t, pre + "max_stock_within_tolerance", _get(mc, "max_stock_within_tolerance"),
             pc["max_stock_within_tolerance"])
        info(t, pre + "ready_days.p50 (sketch)", _get(mc, "ready_days", "p50"), round(pc["ready_days"]["p50"], 3))
    mcmp = {(c.get("from"), c.get("to")): c for c in (mr.get("comparison") or [])}
    for c in peer["comparison"]:
        key = (c["from"], c["to"])
        m = mcmp.get(key)
        fig = f"{c['to']} − {c['from']}"
        if m is None:
            t.add(fig, None, c["expected_profit_difference"], "", "FAIL")
            continue
        lo, hi = m.get("ci", [0, 0])
        m_se = (hi - lo) / (2 * 1.959963984540054)
        check_mean(t, fig, m.get("expected_profit_difference"), c["expected_profit_difference"], m_se, c["se"])
    return t


def run_moldrisk(binary: str, scenario: str, trials: int | None) -> dict:
    cmd = [binary, "run", scenario, "--format", "json", "--output", "-"]
    if trials is not None:
        cmd += ["--trials", str(trials)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        first = next((ln.strip() for ln in r.stderr.splitlines() if ln.strip() and "Backtrac" not in ln), "")
        raise RuntimeError(f"exit {r.returncode}: {first}")
    return json.loads(r.stdout)


def run_peer(scenario: str, trials: int, seed: int | None = None) -> dict:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import peer_model as pm
    sc = pm.load_scenario(scenario)
    # a different seed from moldrisk's on purpose: the two runs must be independent estimates
    return pm.run(sc, trials=trials, seed=seed)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Compare moldrisk's JSON report with the numpy peer's.")
    ap.add_argument("inputs", nargs="+", help="MOLDRISK.json PEER.json | SCENARIO.toml BINARY | SCENARIO.toml… with --binary")
    ap.add_argument("--binary", help="moldrisk binary to run on each SCENARIO.toml")
    ap.add_argument("--trials", type=int, help="trials for both runs (default: the scenario's)")
    ap.add_argument("--peer-seed", type=int, help="seed of the peer run (default: the scenario's)")
    a = ap.parse_args(argv)

    tables = []
    if a.binary is None and len(a.inputs) == 2 and a.inputs[0].endswith(".json"):
        with open(a.inputs[0]) as f:
            mr = json.load(f)
        with open(a.inputs[1]) as f:
            peer = json.load(f)
        tables.append(compare(mr, peer))
    else:
        if a.binary is None:
            if len(a.inputs) != 2 or not a.inputs[0].endswith(".toml"):
                ap.error("give MOLDRISK.json PEER.json, SCENARIO.toml BINARY, or --binary BINARY SCENARIO.toml…")
            scenarios, binary = [a.inputs[0]], a.inputs[1]
        else:
            scenarios, binary = a.inputs, a.binary
        for s in scenarios:
            try:
                mr = run_moldrisk(binary, s, a.trials)
            except (RuntimeError, json.JSONDecodeError) as e:
                t = Table(s)
                t.add("moldrisk run", "failed", "", "", "FAIL")
                print(f"{s}: moldrisk {e}", file=sys.stderr)
                tables.append(t)
                continue
            peer = run_peer(s, mr["trials"], a.peer_seed)
            tables.append(compare(mr, peer, f"{s}  (n={mr['trials']} each)"))
    for t in tables:
        t.print()
    fails = sum(t.fails for t in tables)
    if len(tables) > 1:
        print(f"\n{len(tables)} scenarios, {fails} FAIL")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
