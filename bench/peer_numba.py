#!/usr/bin/env python3
"""peer_numba — the model of `peer_model.py` as a numba JIT per-trial loop on several threads.

The second benchmark peer (issue 21 item 5): the same scenario input (`peer_model.load_scenario`),
the same model (DESIGN §1, as `peer_model.simulate_batch` states it) evaluated one trial at a time
in compiled code at the planned stock only, and the same outputs (`peer_model.analyse`: expected
profit with its SE, percentiles, P(loss) with its Wilson interval, VaR/CVaR, sell-through, ready
days, P(late), break-even), so `bench/test_peer.py` can check the two peers agree within SE and
`bench/run_bench.py` can time moldrisk against both. numba (and numpy) are tools of the bench
only, never runtime dependencies of moldrisk.

    python3 bench/peer_numba.py SCENARIO.toml [--trials N] [--seed S] [--threads T] [--json]

Parallelism: trials are cut into chunks of 100,000 (`CHUNK`); `numba.prange` hands chunks to T
threads (default 2); chunk k seeds the generator of the thread that runs it with `(seed·1,000,003 + k) mod 2³²`
(numba's per-thread Mersenne Twister), so the result depends on the seed and the trial count, not
on the thread count or the schedule. Each chunk keeps its sums (shifted by its first value, merged
in chunk order by Chan's formula) and writes the planned-stock profit, sell-through and ready days
of its trials into the arrays the exact percentiles need, as the numpy peer keeps them.

Timers: `compile_seconds` is the JIT compilation (the first call, on one trial; no on-disk cache,
so every process pays it once), `simulation_seconds` the compiled loop alone, `analysis_seconds`
the percentiles and the rest of `peer_model.analyse`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
import tomllib
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import peer_model as pm  # noqa: E402  (the scenario reader and the analysis are shared)

import numba  # noqa: E402
from numba import njit, prange  # noqa: E402

CHUNK = 100_000

# Spec kinds of the compiled sampler; parameters in a row of 4.
FIXED, UNIFORM, TRIANGULAR, PERT, NORMAL, LOGNORMAL, GAMMA, BETA, EMPIRICAL = range(9)
# Per cycle, the specs in this order: research, tooling, rework days, rework cost, units or visitors.
SPECS_PER_CYCLE = 5
# Per-chunk sums per cycle: n·mean and M2 of profit, losses, sum of sell-through, late count,
# sum of mold, sum of rework cost, mean and M2 of mold + rework cost, mean and M2 of profit + mold.
STATS = 11


def encode(spec: pm.Spec | None, values: list[float], cdf: list[float]) -> tuple[int, list[float]]:
    """A spec as (kind, 4 parameters); an empirical spec's values and cumulative weights are appended
    to `values`/`cdf`, its parameters being (offset, count)."""
    if spec is None:
        return FIXED, [0.0, 0, 0, 0]
    p, k = spec.p, spec.kind
    if k == "fixed":
        return FIXED, [p["value"], 0, 0, 0]
    if k == "uniform":
        return (FIXED, [p["min"], 0, 0, 0]) if p["max"] == p["min"] else (UNIFORM, [p["min"], p["max"], 0, 0])
    if k == "triangular":
        return (FIXED, [p["min"], 0, 0, 0]) if p["max"] == p["min"] else (TRIANGULAR, [p["min"], p["mode"], p["max"], 0])
    if k == "pert":
        lo, mo, hi, lam = p["min"], p["mode"], p["max"], p.get("lambda", 4.0)
        if hi == lo:
            return FIXED, [lo, 0, 0, 0]
        return PERT, [lo, hi - lo, 1 + lam * (mo - lo) / (hi - lo), 1 + lam * (hi - mo) / (hi - lo)]
    if k == "normal":
        return NORMAL, [p["mean"], p["sd"], 0, 0]
    if k == "lognormal":
        return LOGNORMAL, [math.log(p["median"]), p["sigma"], 0, 0]
    if k == "gamma":
        return GAMMA, [p["shape"], p["scale"], 0, 0]
    if k == "beta":
        return BETA, [p["alpha"], p["beta"], 0, 0]
    if k == "empirical":
        v = [float(x) for x in p["values"]]
        w = p.get("weights")
        w = np.ones(len(v)) if w is None else np.asarray(w, dtype=float)
        c = np.cumsum(w)
        offset = len(values)
        values.extend(v)
        cdf.extend((c / c[-1]).tolist())
        return EMPIRICAL, [float(offset), float(len(v)), 0, 0]
    raise AssertionError(k)


@njit(inline="always")
def draw(kind, par, values, cdf):
    """One draw of a compiled spec (numba's own generator of the calling thread)."""
    if kind == FIXED:
        return par[0]
    if kind == UNIFORM:
        return np.random.uniform(par[0], par[1])
    if kind == TRIANGULAR:
        return np.random.triangular(par[0], par[1], par[2])
    if kind == PERT:
        return par[0] + par[1] * np.random.beta(par[2], par[3])
    if kind == NORMAL:
        return np.random.normal(par[0], par[1])
    if kind == LOGNORMAL:
        return np.random.lognormal(par[0], par[1])
    if kind == GAMMA:
        return np.random.gamma(par[0], par[1])
    if kind == BETA:
        return np.random.beta(par[0], par[1])
    # EMPIRICAL: the first cumulative weight above a uniform.
    offset, count = int(par[0]), int(par[1])
    i = np.searchsorted(cdf[offset:offset + count], np.random.random(), side="right")
    return values[offset + min(i, count - 1)]


@njit(parallel=True)
def simulate(trials, seed, kinds, pars, values, cdf, cyc, model, profit, sell, ready, stats):
    """Every trial of the run, chunk by chunk in parallel. `cyc[c]` = (rework probability, fixed
    cost, drift, lead days, signals flag, posterior α, posterior β); `model` = (price, unit cost,
    salvage, stock, production days, peak share, season days). Writes the planned-stock arrays and
    each chunk's sums `stats[chunk, cycle, :]` (`STATS`)."""
    price, unit_cost, salvage, level, production, peak, season = (
        model[0], model[1], model[2], model[3], model[4], model[5], model[6])
    ncyc = cyc.shape[0]
    chunks = (trials + CHUNK - 1) // CHUNK
    for k in prange(chunks):
        np.random.seed((seed * 1_000_003 + k) & 0xFFFFFFFF)
        start = k * CHUNK
        stop = min(trials, start + CHUNK)
        st = stats[k]
        # Shifts (the chunk's first values) for the second moments.
        shift_p = np.zeros(ncyc)
        shift_mr = np.zeros(ncyc)
        shift_pm = np.zeros(ncyc)
        for i in range(start, stop):
            mold = max(0.0, draw(kinds[0], pars[0], values, cdf))
            for c in range(ncyc):
                s = 1 + c * SPECS_PER_CYCLE
                rework_p, fixed, drift, lead = cyc[c, 0], cyc[c, 1], cyc[c, 2], cyc[c, 3]
                t = max(0.0, draw(kinds[s], pars[s], values, cdf)) + max(0.0, draw(kinds[s + 1], pars[s + 1], values, cdf))
                rcost = 0.0
                if rework_p > 0 and np.random.random() < rework_p:
                    t += max(0.0, draw(kinds[s + 2], pars[s + 2], values, cdf))
                    rcost = max(0.0, draw(kinds[s + 3], pars[s + 3], values, cdf))
                d = 1.0
                if drift > 0:
                    age = lead / 30.0
                    d = math.exp(drift * math.sqrt(age) * np.random.standard_normal() - drift * drift * age / 2)
                base = max(0.0, draw(kinds[s + 4], pars[s + 4], values, cdf))
                if cyc[c, 4] > 0:
                    base *= np.random.beta(cyc[c, 5], cyc[c, 6])
                base *= d
                t += production
                late = t - lead
                if late > 0:
                    base *= (1 - peak) * max(0.0, 1 - late / season)
                demand = float(np.random.poisson(base)) if cyc[c, 4] > 0 else base
                sold = min(demand, level)
                p = (price - salvage) * sold + (salvage - unit_cost) * level - (mold + rcost + fixed)
                profit[c, i] = p
                sell[c, i] = sold / level
                ready[c, i] = t
                mr = mold + rcost
                pmv = p + mold
                if i == start:
                    shift_p[c], shift_mr[c], shift_pm[c] = p, mr, pmv
                st[c, 0] += p
                st[c, 1] += (p - shift_p[c]) ** 2
                st[c, 2] += 1.0 if p < 0 else 0.0
                st[c, 3] += sold / level
                st[c, 4] += 1.0 if late > 0 else 0.0
                st[c, 5] += mold
                st[c, 6] += rcost
                st[c, 7] += mr
                st[c, 8] += (mr - shift_mr[c]) ** 2
                st[c, 9] += pmv
                st[c, 10] += (pmv - shift_pm[c]) ** 2
        # Shifted sums of squares → M2 about the chunk's mean: M2 = S − n(mean − shift)².
        n = stop - start
        for c in range(ncyc):
            st[c, 1] -= n * (st[c, 0] / n - shift_p[c]) ** 2
            st[c, 8] -= n * (st[c, 7] / n - shift_mr[c]) ** 2
            st[c, 10] -= n * (st[c, 9] / n - shift_pm[c]) ** 2


def merged(stats: np.ndarray, trials: int, c: int, sum_col: int, m2_col: int) -> tuple[float, float]:
    """(mean, M2) of one quantity over all chunks, in chunk order (Chan et al.'s pairwise update)."""
    n, mean, m2 = 0, 0.0, 0.0
    for k in range(stats.shape[0]):
        nk = min(CHUNK, trials - k * CHUNK)
        mk = stats[k, c, sum_col] / nk
        delta = mk - mean
        total = n + nk
        mean += delta * nk / total
        m2 += stats[k, c, m2_col] + delta * delta * n * nk / total
        n = total
    return mean, m2


def compiled_inputs(sc: pm.Scenario):
    """The scenario as the arrays `simulate` reads."""
    values: list[float] = []
    cdf: list[float] = []
    specs = [sc.mold_cost]
    cyc = []
    for cy in sc.cycles:
        specs += [cy.research, cy.tooling, cy.rework_days, cy.rework_cost, cy.units or cy.visitors]
        signals = cy.visitors is not None
        cyc.append([cy.rework_p, cy.fixed_cost, cy.drift, cy.lead, 1.0 if signals else 0.0,
                    cy.prior_alpha + cy.orders, cy.prior_beta + cy.impressions - cy.orders])
    enc = [encode(s, values, cdf) for s in specs]
    kinds = np.array([e[0] for e in enc], dtype=np.int64)
    pars = np.array([e[1] for e in enc], dtype=np.float64)
    production = sc.stock / sc.capacity if sc.capacity is not None else 0.0
    model = np.array([sc.price, sc.unit_cost, sc.salvage, sc.stock, production, sc.peak, sc.season])
    return (kinds, pars, np.array(values + [0.0]), np.array(cdf + [1.0]), np.array(cyc, dtype=np.float64), model)


def run(sc: pm.Scenario, trials: int | None = None, seed: int | None = None, threads: int = 2) -> dict:
    """The run at the planned stock, with the numpy peer's report (`peer_model.analyse`) and timers."""
    trials = sc.trials if trials is None else trials
    seed = sc.seed if seed is None else seed
    numba.set_num_threads(max(1, min(threads, numba.config.NUMBA_NUM_THREADS)))
    inputs = compiled_inputs(sc)
    ncyc = len(sc.cycles)

    def arrays(n):
        return (np.empty((ncyc, n)), np.empty((ncyc, n)), np.empty((ncyc, n)),
                np.zeros(((n + CHUNK - 1) // CHUNK, ncyc, STATS)))

    t0 = time.perf_counter()
    simulate(1, seed, *inputs, *arrays(1))  # compiles (numba compiles on the first call)
    compile_seconds = time.perf_counter() - t0
    profit, sell, ready, stats = arrays(trials)
    t1 = time.perf_counter()
    simulate(trials, seed, *inputs, profit, sell, ready, stats)
    sim_seconds = time.perf_counter() - t1

    accs = []
    for c in range(ncyc):
        mean_p, m2_p = merged(stats, trials, c, 0, 1)
        mean_mr, m2_mr = merged(stats, trials, c, 7, 8)
        mean_pm, m2_pm = merged(stats, trials, c, 9, 10)
        tot = stats[:, c, :].sum(axis=0)
        # Shift = mean makes peer_model's shifted sums of squares plain M2.
        la = pm.LevelAcc(sc.stock, n=trials, s_profit=float(tot[0]), s_profit2=m2_p, shift=mean_p,
                         losses=int(round(tot[2])), s_sell=float(tot[3]))
        accs.append(pm.CycleAcc(levels=[la], profit=[profit[c]], sell=[sell[c]], ready=[ready[c]],
                                late=int(round(tot[4])), s_mold=float(tot[5]), s_rework=float(tot[6]),
                                s_mr=m2_mr, mr_shift=mean_mr, s_pm=m2_pm, pm_shift=mean_pm))
    t2 = time.perf_counter()
    report = pm.analyse(sc, trials, seed, [sc.stock], accs)
    analysis_seconds = time.perf_counter() - t2
    report["peer"] = {"simulation_seconds": sim_seconds, "compile_seconds": compile_seconds,
                      "analysis_seconds": analysis_seconds,
                      "trials_per_second": trials / sim_seconds if sim_seconds > 0 else None,
                      "threads": numba.get_num_threads(), "stock_levels": 1, "chunk": CHUNK,
                      "generator": "numba per-thread MT19937, seeded per chunk", "numba": numba.__version__}
    return report


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("scenario")
    ap.add_argument("--trials", type=int)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    try:
        sc = pm.load_scenario(a.scenario)
    except (pm.ScenarioError, tomllib.TOMLDecodeError, OSError) as e:
        print(f"{a.scenario}: {e}", file=sys.stderr)
        return 1
    if a.trials is not None and a.trials < 1:
        print("--trials must be >= 1", file=sys.stderr)
        return 2
    rep = run(sc, a.trials, a.seed, a.threads)
    if a.json:
        json.dump(rep, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        text = pm._text(rep).replace("(peer_model, numpy)", "(peer_numba, numba JIT)", 1)
        pe = rep["peer"]
        print(text + f"\ncompile {pe['compile_seconds']:.2f} s, {pe['threads']} threads (numba {pe['numba']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
