#!/usr/bin/env python3
"""peer_model — an independent, vectorized numpy implementation of moldrisk's model.

Written from shared/DESIGN.md (§1 model, §2 scenario format, §3 figures, §4 JSON keys)
alone, without reading the Swift engine, so that it can cross-check moldrisk's numbers
and serve as the benchmark peer. numpy and scipy are tools of the bench only, never
runtime dependencies of moldrisk.

    python3 bench/peer_model.py SCENARIO.toml [--trials N] [--seed S]
                                [--stock-levels planned|all] [--batch B] [--json]

Model (one trial, one cycle; DESIGN §1), vectorized over a batch of trials:

    mold_cost   ~ mold.cost                       (one draw per trial, shared by all cycles)
    research    ~ cycle.research_days             (each cycle has its own independent draws)
    tooling     ~ cycle.mold_days (default mold.days)
    rework      ~ Bernoulli(rework_probability);  rework_days, rework_cost = 0 unless rework
    production  = level / capacity_per_day        (0 without a capacity; per stock level)
    ready       = research + tooling + rework_days + production
    late        = max(0, ready - commit_days_before_window)
    avail       = 1 if late == 0 else (1 - peak_share) * max(0, 1 - late / season_days)
    drift       = exp(s sqrt(age/30) Z - s^2 (age/30) / 2),  age = commit_days_before_window
    demand      = max(0, units) * drift * avail                      (units form)
                ~ Poisson(visitors * p * drift * avail),
                  p ~ Beta(prior_alpha + orders, prior_beta + impressions - orders)  (signals form)
    sold        = min(demand, level)
    profit      = price sold + salvage (level - sold) - unit_cost level - mold - rework_cost - fixed

Negative draws of durations, costs, demand units and visitors count as 0. Every stock level of
a cycle uses the same draws (common random numbers); in the signals form with a capacity the
Poisson draw is shared by levels whose Poisson mean is identical and drawn afresh otherwise
(this only affects pairing between levels, not any per-level figure).

Memory: the planned-stock profit, sell-through and ready arrays are kept for exact percentiles
(3 x 8 bytes per trial per cycle) and, with --stock-levels all, a float32 profit array per other
level for its P5/P95. Simulation itself runs in batches (default 1,000,000 trials).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import tomllib
from dataclasses import dataclass, field

import numpy as np

Z95 = 1.959963984540054
PERCENTILES = (1, 5, 10, 25, 50, 75, 90, 95, 99)
DEFAULT_LEVEL_FACTORS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5)


class ScenarioError(ValueError):
    pass


# --------------------------------------------------------------------------------------------
# Distribution specs (DESIGN §2)
# --------------------------------------------------------------------------------------------

DIST_FIELDS = {
    "fixed": ({"value"}, set()),
    "uniform": ({"min", "max"}, set()),
    "triangular": ({"min", "mode", "max"}, set()),
    "pert": ({"min", "mode", "max"}, {"lambda"}),
    "normal": ({"mean", "sd"}, set()),
    "lognormal": ({"median", "sigma"}, set()),
    "gamma": ({"shape", "scale"}, set()),
    "beta": ({"alpha", "beta"}, set()),
    "empirical": ({"values"}, {"weights"}),
}


def _num(x, path):
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        raise ScenarioError(f"{path}: expected a number, got {type(x).__name__}")
    x = float(x)
    if not math.isfinite(x):
        raise ScenarioError(f"{path}: must be finite")
    return x


@dataclass
class Spec:
    kind: str
    p: dict

    @staticmethod
    def parse(raw, path) -> "Spec":
        if not isinstance(raw, dict):
            return Spec("fixed", {"value": _num(raw, path)})
        if "dist" not in raw:
            raise ScenarioError(f"{path}.dist: missing")
        kind = raw["dist"]
        if kind not in DIST_FIELDS:
            raise ScenarioError(f"{path}.dist: unknown dist {kind!r}")
        req, opt = DIST_FIELDS[kind]
        keys = set(raw) - {"dist"}
        for k in sorted(req - keys):
            raise ScenarioError(f"{path}.{k}: missing")
        for k in sorted(keys - req - opt):
            raise ScenarioError(f"{path}.{k}: unknown key")
        p = {}
        for k in keys:
            if k in ("values", "weights"):
                if not isinstance(raw[k], list) or not raw[k]:
                    raise ScenarioError(f"{path}.{k}: expected a non-empty array")
                p[k] = np.array([_num(v, f"{path}.{k}") for v in raw[k]], dtype=float)
            else:
                p[k] = _num(raw[k], f"{path}.{k}")
        s = Spec(kind, p)
        s._validate(path)
        return s

    def _validate(self, path):
        p = self.p
        if self.kind in ("uniform", "triangular", "pert") and p["min"] > p["max"]:
            raise ScenarioError(f"{path}: min > max")
        if self.kind in ("triangular", "pert") and not (p["min"] <= p["mode"] <= p["max"]):
            raise ScenarioError(f"{path}.mode: outside [min, max]")
        if self.kind == "pert" and p.get("lambda", 4.0) <= 0:
            raise ScenarioError(f"{path}.lambda: must be > 0")
        if self.kind == "normal" and p["sd"] < 0:
            raise ScenarioError(f"{path}.sd: must be >= 0")
        if self.kind == "lognormal" and (p["median"] <= 0 or p["sigma"] < 0):
            raise ScenarioError(f"{path}: median must be > 0 and sigma >= 0")
        if self.kind == "gamma" and (p["shape"] <= 0 or p["scale"] <= 0):
            raise ScenarioError(f"{path}: shape and scale must be > 0")
        if self.kind == "beta" and (p["alpha"] <= 0 or p["beta"] <= 0):
            raise ScenarioError(f"{path}: alpha and beta must be > 0")
        if self.kind == "empirical" and "weights" in p:
            w = p["weights"]
            if len(w) != len(p["values"]) or (w < 0).any() or w.sum() <= 0:
                raise ScenarioError(f"{path}.weights: need one non-negative weight per value, sum > 0")

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        p, k = self.p, self.kind
        if k == "fixed":
            return np.full(n, p["value"])
        if k == "uniform":
            return rng.uniform(p["min"], p["max"], n) if p["max"] > p["min"] else np.full(n, p["min"])
        if k == "triangular":
            if p["max"] == p["min"]:
                return np.full(n, p["min"])
            return rng.triangular(p["min"], p["mode"], p["max"], n)
        if k == "pert":
            lo, mo, hi, lam = p["min"], p["mode"], p["max"], p.get("lambda", 4.0)
            if hi == lo:
                return np.full(n, lo)
            a = 1 + lam * (mo - lo) / (hi - lo)
            b = 1 + lam * (hi - mo) / (hi - lo)
            return lo + (hi - lo) * rng.beta(a, b, n)
        if k == "normal":
            return rng.normal(p["mean"], p["sd"], n)
        if k == "lognormal":
            return rng.lognormal(math.log(p["median"]), p["sigma"], n)
        if k == "gamma":
            return rng.gamma(p["shape"], p["scale"], n)
        if k == "beta":
            return rng.beta(p["alpha"], p["beta"], n)
        if k == "empirical":
            v = p["values"]
            w = p.get("weights")
            if w is None:
                return v[rng.integers(0, len(v), n)]
            cdf = np.cumsum(w)
            cdf /= cdf[-1]
            idx = np.searchsorted(cdf, rng.random(n), side="right")
            return v[np.minimum(idx, len(v) - 1)]
        raise AssertionError(k)

    def mean(self) -> float:
        """Mean of the raw (unclamped) distribution — for closed-form tests."""
        p, k = self.p, self.kind
        if k == "fixed":
            return p["value"]
        if k == "uniform":
            return (p["min"] + p["max"]) / 2
        if k == "triangular":
            return (p["min"] + p["mode"] + p["max"]) / 3
        if k == "pert":
            lam = p.get("lambda", 4.0)
            return (p["min"] + lam * p["mode"] + p["max"]) / (lam + 2)
        if k == "normal":
            return p["mean"]
        if k == "lognormal":
            return p["median"] * math.exp(p["sigma"] ** 2 / 2)
        if k == "gamma":
            return p["shape"] * p["scale"]
        if k == "beta":
            return p["alpha"] / (p["alpha"] + p["beta"])
        if k == "empirical":
            w = p.get("weights")
            return float(np.average(p["values"], weights=w))
        raise AssertionError(k)


# --------------------------------------------------------------------------------------------
# Scenario (DESIGN §2) — strict about keys so the crosscheck scenarios stay moldrisk-valid
# --------------------------------------------------------------------------------------------

@dataclass
class Cycle:
    name: str
    lead: float
    research: Spec
    tooling: Spec
    rework_p: float
    rework_days: Spec | None
    rework_cost: Spec | None
    fixed_cost: float
    drift: float
    units: Spec | None = None
    visitors: Spec | None = None
    impressions: float = 0.0
    orders: float = 0.0
    prior_alpha: float = 1.0
    prior_beta: float = 1.0


@dataclass
class Scenario:
    name: str
    trials: int
    seed: int
    price: float
    unit_cost: float
    salvage: float
    stock: float
    mold_cost: Spec
    mold_days: Spec
    capacity: float | None
    season: float
    peak: float
    cycles: list[Cycle]
    stock_levels: list[float]
    max_loss: float


def _table(d, key, path, required=True):
    if key not in d:
        if required:
            raise ScenarioError(f"{path + '.' if path else ''}{key}: missing")
        return {}
    v = d[key]
    if not isinstance(v, dict):
        raise ScenarioError(f"{path + '.' if path else ''}{key}: expected a table")
    return v


def _check_keys(d, allowed, path):
    for k in d:
        if k not in allowed:
            raise ScenarioError(f"{path}.{k}: unknown key")


def parse_scenario(raw: dict) -> Scenario:
    # [life] (DESIGN §8.1) leaves season 1 unchanged, and season 1 is what this peer models: ignored.
    _check_keys(raw, {"scenario", "product", "mold", "window", "cycles", "analysis", "decision", "life"}, "")
    sc = _table(raw, "scenario", "")
    _check_keys(sc, {"name", "trials", "seed"}, "scenario")
    if not isinstance(sc.get("name"), str):
        raise ScenarioError("scenario.name: missing or not a string")
    pr = _table(raw, "product", "")
    _check_keys(pr, {"unit_price", "unit_cost", "salvage_value", "stock"}, "product")
    for k in ("unit_price", "unit_cost", "stock"):
        if k not in pr:
            raise ScenarioError(f"product.{k}: missing")
    mo = _table(raw, "mold", "")
    _check_keys(mo, {"cost", "days", "capacity_per_day"}, "mold")
    for k in ("cost", "days"):
        if k not in mo:
            raise ScenarioError(f"mold.{k}: missing")
    wi = _table(raw, "window", "", required=False)
    _check_keys(wi, {"season_days", "peak_share"}, "window")
    an = _table(raw, "analysis", "", required=False)
    _check_keys(an, {"stock_levels"}, "analysis")
    de = _table(raw, "decision", "", required=False)
    _check_keys(de, {"max_loss_probability"}, "decision")

    price = _num(pr["unit_price"], "product.unit_price")
    salvage = _num(pr.get("salvage_value", 0), "product.salvage_value")
    stock = _num(pr["stock"], "product.stock")
    if stock <= 0:
        raise ScenarioError("product.stock: must be > 0")
    if price <= salvage:
        raise ScenarioError("product.unit_price: must be > salvage_value")
    cap = _num(mo["capacity_per_day"], "mold.capacity_per_day") if "capacity_per_day" in mo else None
    if cap is not None and cap <= 0:
        raise ScenarioError("mold.capacity_per_day: must be > 0")
    mold_days = Spec.parse(mo["days"], "mold.days")

    cyc_raw = _table(raw, "cycles", "")
    if not cyc_raw:
        raise ScenarioError("cycles: need at least one cycle")
    cycles = []
    for name, c in cyc_raw.items():
        path = f"cycles.{name}"
        if not isinstance(c, dict):
            raise ScenarioError(f"{path}: expected a table")
        # `label` (DESIGN §8.6) only names the cycle in reports: no part of the model.
        _check_keys(c, {"commit_days_before_window", "research_days", "mold_days", "rework_probability",
                        "rework_days", "rework_cost", "fixed_cost", "demand", "label"}, path)
        for k in ("commit_days_before_window", "demand"):
            if k not in c:
                raise ScenarioError(f"{path}.{k}: missing")
        rp = _num(c.get("rework_probability", 0), f"{path}.rework_probability")
        if not 0 <= rp <= 1:
            raise ScenarioError(f"{path}.rework_probability: outside [0, 1]")
        if rp > 0:
            for k in ("rework_days", "rework_cost"):
                if k not in c:
                    raise ScenarioError(f"{path}.{k}: missing (rework_probability > 0)")
        d = _table(c, "demand", path)
        dpath = f"{path}.demand"
        _check_keys(d, {"units", "visitors", "impressions", "orders", "prior_alpha", "prior_beta",
                        "drift_per_30_days"}, dpath)
        if ("units" in d) == ("visitors" in d):
            raise ScenarioError(f"{dpath}: needs exactly one of units or visitors")
        cy = Cycle(
            name=name,
            lead=_num(c["commit_days_before_window"], f"{path}.commit_days_before_window"),
            research=Spec.parse(c.get("research_days", 0), f"{path}.research_days"),
            tooling=Spec.parse(c["mold_days"], f"{path}.mold_days") if "mold_days" in c else mold_days,
            rework_p=rp,
            rework_days=Spec.parse(c["rework_days"], f"{path}.rework_days") if "rework_days" in c else None,
            rework_cost=Spec.parse(c["rework_cost"], f"{path}.rework_cost") if "rework_cost" in c else None,
            fixed_cost=_num(c.get("fixed_cost", 0), f"{path}.fixed_cost"),
            drift=_num(d.get("drift_per_30_days", 0), f"{dpath}.drift_per_30_days"),
        )
        if "units" in d:
            for k in ("impressions", "orders", "prior_alpha", "prior_beta"):
                if k in d:
                    raise ScenarioError(f"{dpath}.{k}: only with visitors")
            cy.units = Spec.parse(d["units"], f"{dpath}.units")
        else:
            for k in ("impressions", "orders"):
                if k not in d:
                    raise ScenarioError(f"{dpath}.{k}: missing")
            cy.visitors = Spec.parse(d["visitors"], f"{dpath}.visitors")
            cy.impressions = _num(d["impressions"], f"{dpath}.impressions")
            cy.orders = _num(d["orders"], f"{dpath}.orders")
            cy.prior_alpha = _num(d.get("prior_alpha", 1), f"{dpath}.prior_alpha")
            cy.prior_beta = _num(d.get("prior_beta", 1), f"{dpath}.prior_beta")
            if cy.orders > cy.impressions or cy.orders < 0:
                raise ScenarioError(f"{dpath}.orders: must be in [0, impressions]")
        cycles.append(cy)

    if "stock_levels" in an:
        levels = [_num(x, "analysis.stock_levels") for x in an["stock_levels"]]
    else:
        levels = [stock * f for f in DEFAULT_LEVEL_FACTORS]
    return Scenario(
        name=sc["name"],
        trials=int(sc.get("trials", 100_000)),
        seed=int(sc.get("seed", 1)),
        price=price,
        unit_cost=_num(pr["unit_cost"], "product.unit_cost"),
        salvage=salvage,
        stock=stock,
        mold_cost=Spec.parse(mo["cost"], "mold.cost"),
        mold_days=mold_days,
        capacity=cap,
        season=_num(wi.get("season_days", 30), "window.season_days"),
        peak=_num(wi.get("peak_share", 0), "window.peak_share"),
        cycles=cycles,
        stock_levels=levels,
        max_loss=_num(de.get("max_loss_probability", 0.2), "decision.max_loss_probability"),
    )


def load_scenario(path: str) -> Scenario:
    with open(path, "rb") as f:
        return parse_scenario(tomllib.load(f))


def evaluated_levels(sc: Scenario, mode: str = "all") -> list[float]:
    if mode == "planned":
        return [sc.stock]
    return sorted(set(sc.stock_levels) | {sc.stock})


# --------------------------------------------------------------------------------------------
# Simulation
# --------------------------------------------------------------------------------------------

@dataclass
class LevelAcc:
    level: float
    n: int = 0
    s_profit: float = 0.0
    s_profit2: float = 0.0     # sum of squares about a shift, for the level's SE
    shift: float | None = None
    losses: int = 0
    s_sell: float = 0.0
    profits32: list = field(default_factory=list)


@dataclass
class CycleAcc:
    levels: list[LevelAcc]
    profit: list = field(default_factory=list)     # planned level, float64
    sell: list = field(default_factory=list)
    ready: list = field(default_factory=list)
    late: int = 0
    s_mold: float = 0.0
    s_rework: float = 0.0
    s_mr: float = 0.0          # sum of (mold + rework_cost - shift)^2 for break-even SE
    mr_shift: float | None = None
    s_pm: float = 0.0          # sum of (profit + mold - shift)^2 at planned level
    pm_shift: float | None = None
    s_pm1: float = 0.0


def _clamp0(x):
    return np.maximum(x, 0.0, out=x)


def simulate_batch(sc: Scenario, levels: list[float], rng: np.random.Generator, n: int):
    """Yield, per cycle: dict(level -> (profit, sell_through)), ready at planned, late flag, mold, rework."""
    mold = _clamp0(sc.mold_cost.sample(rng, n))
    out = []
    for cy in sc.cycles:
        base_ready = _clamp0(cy.research.sample(rng, n)) + _clamp0(cy.tooling.sample(rng, n))
        if cy.rework_p > 0:
            rw = rng.random(n) < cy.rework_p
            rdays = np.where(rw, _clamp0(cy.rework_days.sample(rng, n)), 0.0)
            rcost = np.where(rw, _clamp0(cy.rework_cost.sample(rng, n)), 0.0)
            base_ready += rdays
        else:
            rcost = np.zeros(n)
        if cy.drift > 0:
            t = cy.lead / 30.0
            z = rng.standard_normal(n)
            drift = np.exp(cy.drift * math.sqrt(t) * z - cy.drift ** 2 * t / 2)
        else:
            drift = None
        if cy.units is not None:
            base = _clamp0(cy.units.sample(rng, n))
        else:
            visitors = _clamp0(cy.visitors.sample(rng, n))
            p = rng.beta(cy.prior_alpha + cy.orders, cy.prior_beta + cy.impressions - cy.orders, n)
            base = visitors * p
        if drift is not None:
            base *= drift
        fixed_part = mold + rcost + cy.fixed_cost
        per_level = {}
        cache = []  # (avail array or None, demand) for Poisson reuse
        planned_ready = None
        planned_late = None
        for L in levels:
            prod = L / sc.capacity if sc.capacity is not None else 0.0
            ready = base_ready + prod
            late = ready - cy.lead
            is_late = late > 0
            if is_late.any():
                avail = np.where(is_late, (1 - sc.peak) * np.maximum(0.0, 1 - late / sc.season), 1.0)
            else:
                avail = None
            if cy.units is not None:
                demand = base * avail if avail is not None else base
            else:
                demand = None
                for a, dmd in cache:
                    if (a is None and avail is None) or (a is not None and avail is not None
                                                         and np.array_equal(a, avail)):
                        demand = dmd
                        break
                if demand is None:
                    lam = base * avail if avail is not None else base
                    demand = rng.poisson(lam).astype(np.float64)
                    cache.append((avail, demand))
            sold = np.minimum(demand, L)
            profit = (sc.price - sc.salvage) * sold + (sc.salvage - sc.unit_cost) * L - fixed_part
            per_level[L] = (profit, sold / L)
            if L == sc.stock:
                planned_ready, planned_late = ready, is_late
        if planned_ready is None:  # planned stock is always evaluated; defensive
            prod = sc.stock / sc.capacity if sc.capacity is not None else 0.0
            planned_ready = base_ready + prod
            planned_late = planned_ready - cy.lead > 0
        out.append((per_level, planned_ready, planned_late, mold, rcost))
    return out


def _shifted(acc_val, shift, x):
    return acc_val + float(np.sum((x - shift) ** 2))


def run(sc: Scenario, trials: int | None = None, seed: int | None = None,
        stock_levels: str = "all", batch: int = 1_000_000) -> dict:
    trials = sc.trials if trials is None else trials
    seed = sc.seed if seed is None else seed
    levels = evaluated_levels(sc, stock_levels)
    rng = np.random.Generator(np.random.PCG64(seed))
    accs = [CycleAcc(levels=[LevelAcc(L) for L in levels]) for _ in sc.cycles]
    t0 = time.perf_counter()
    done = 0
    while done < trials:
        n = min(batch, trials - done)
        res = simulate_batch(sc, levels, rng, n)
        for acc, (per_level, ready, late, mold, rcost) in zip(accs, res):
            for la in acc.levels:
                profit, sell = per_level[la.level]
                if la.shift is None:
                    la.shift = float(profit[0])
                la.n += n
                la.s_profit += float(profit.sum())
                la.s_profit2 = _shifted(la.s_profit2, la.shift, profit)
                la.losses += int(np.count_nonzero(profit < 0))
                la.s_sell += float(sell.sum())
                if la.level == sc.stock:
                    acc.profit.append(profit)
                    acc.sell.append(sell)
                elif stock_levels == "all":
                    la.profits32.append(profit.astype(np.float32))
            acc.ready.append(ready)
            acc.late += int(np.count_nonzero(late))
            mr = mold + rcost
            if acc.mr_shift is None:
                acc.mr_shift = float(mr[0])
            acc.s_mold += float(mold.sum())
            acc.s_rework += float(rcost.sum())
            acc.s_mr = _shifted(acc.s_mr, acc.mr_shift, mr)
            pm = per_level[sc.stock][0] + mold
            if acc.pm_shift is None:
                acc.pm_shift = float(pm[0])
            acc.s_pm = _shifted(acc.s_pm, acc.pm_shift, pm)
        done += n
    sim_seconds = time.perf_counter() - t0
    report = analyse(sc, trials, seed, levels, accs)
    analysis_seconds = time.perf_counter() - t0 - sim_seconds
    report["peer"] = {"simulation_seconds": sim_seconds, "analysis_seconds": analysis_seconds,
                      "trials_per_second": trials / sim_seconds if sim_seconds > 0 else None,
                      "stock_levels": len(levels), "batch": batch, "generator": "numpy PCG64"}
    return report


# --------------------------------------------------------------------------------------------
# Analysis (DESIGN §3)
# --------------------------------------------------------------------------------------------

def wilson(k: int, n: int, z: float = Z95) -> list[float]:
    p = k / n
    den = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    lo = 0.0 if k == 0 else max(0.0, centre - half)   # exact ends, not round-off
    hi = 1.0 if k == n else min(1.0, centre + half)
    return [lo, hi]


def _var_from_shifted(sum_sq_shift, mean, shift, n):
    # sum (x-shift)^2 = sum (x-mean)^2 + n (mean-shift)^2
    ss = sum_sq_shift - n * (mean - shift) ** 2
    return max(ss, 0.0) / (n - 1) if n > 1 else 0.0


def _num_out(x):
    if isinstance(x, float) and x.is_integer() and abs(x) < 2 ** 53:
        return int(x)
    return x


def analyse(sc: Scenario, n: int, seed: int, levels, accs) -> dict:
    cycles = {}
    planned_profits = []
    for cy, acc in zip(sc.cycles, accs):
        profit = np.concatenate(acc.profit)
        sell = np.concatenate(acc.sell)
        ready = np.concatenate(acc.ready)
        planned_profits.append(profit)
        mean = float(profit.mean())
        sd = float(profit.std(ddof=1)) if n > 1 else 0.0
        pct = np.percentile(profit, PERCENTILES)
        losses = int(np.count_nonzero(profit < 0))
        k = -(-5 * n // 100)
        worst = np.partition(profit, k - 1)[:k] if k < n else profit
        e_mold = acc.s_mold / n
        e_rework = acc.s_rework / n
        denom = sc.price - sc.salvage
        units = (e_mold + e_rework + cy.fixed_cost + (sc.unit_cost - sc.salvage) * sc.stock) / denom
        mr_sd = math.sqrt(_var_from_shifted(acc.s_mr, e_mold + e_rework, acc.mr_shift, n))
        pm_mean = mean + e_mold
        pm_sd = math.sqrt(_var_from_shifted(acc.s_pm, pm_mean, acc.pm_shift, n))
        curve = []
        for la in acc.levels:
            m = la.s_profit / la.n
            lsd = math.sqrt(_var_from_shifted(la.s_profit2, m, la.shift, la.n))
            if la.level == sc.stock:
                p5, p95 = float(pct[1]), float(pct[7])
            elif la.profits32:
                arr = np.concatenate(la.profits32)
                p5, p95 = (float(v) for v in np.percentile(arr, [5, 95]))
            else:
                p5 = p95 = None
            curve.append({"stock": _num_out(la.level), "expected_profit": m,
                          "probability_of_loss": la.losses / la.n, "p5": p5, "p95": p95,
                          "mean_sell_through": la.s_sell / la.n,
                          "se": lsd / math.sqrt(la.n)})
        best = max(curve, key=lambda c: c["expected_profit"])["stock"]
        within = [c["stock"] for c in curve if c["probability_of_loss"] <= sc.max_loss]
        sell_sd = float(sell.std(ddof=1)) if n > 1 else 0.0
        ready_sd = float(ready.std(ddof=1)) if n > 1 else 0.0
        cycles[cy.name] = {
            "profit": {"mean": mean, "sd": sd, "se": sd / math.sqrt(n),
                       **{f"p{q}": float(v) for q, v in zip(PERCENTILES, pct)}},
            "probability_of_loss": losses / n,
            "probability_of_loss_ci": wilson(losses, n),
            "var95": -float(pct[1]),
            "cvar95": -float(worst.mean()),
            "sell_through": {"mean": float(sell.mean()),
                             **{f"p{q}": float(v) for q, v in zip((5, 50, 95), np.percentile(sell, [5, 50, 95]))},
                             "sd": sell_sd, "se": sell_sd / math.sqrt(n)},
            "ready_days": {**{f"p{q}": float(v) for q, v in zip((10, 50, 90), np.percentile(ready, [10, 50, 90]))},
                           "sd": ready_sd},
            "probability_late": acc.late / n,
            "break_even": {"units": units, "sell_through": units / sc.stock,
                           "mold_cost": pm_mean, "probability": 1 - losses / n,
                           "units_se": mr_sd / math.sqrt(n) / denom,
                           "mold_cost_se": pm_sd / math.sqrt(n)},
            "stock_curve": curve,
            "best_stock": best,
            "max_stock_within_tolerance": max(within) if within else None,
        }
    comparison = []
    names = [c.name for c in sc.cycles]
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            d = planned_profits[j] - planned_profits[i]
            m = float(d.mean())
            se = float(d.std(ddof=1)) / math.sqrt(n) if n > 1 else 0.0
            comparison.append({"from": names[i], "to": names[j], "expected_profit_difference": m,
                               "ci": [m - Z95 * se, m + Z95 * se], "se": se})
    return {"scenario": sc.name, "trials": n, "seed": seed, "cycles": cycles, "comparison": comparison}


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------

def _text(rep: dict) -> str:
    lines = [f"{rep['scenario']}  trials={rep['trials']}  seed={rep['seed']}  (peer_model, numpy)"]
    for name, c in rep["cycles"].items():
        p = c["profit"]
        lines.append(f"\n[{name}]")
        lines.append(f"  expected profit   {p['mean']:>16,.0f} ± {1.96 * p['se']:,.0f}  (sd {p['sd']:,.0f})")
        lines.append(f"  P5 / P50 / P95    {p['p5']:>16,.0f} / {p['p50']:,.0f} / {p['p95']:,.0f}")
        lo, hi = c["probability_of_loss_ci"]
        lines.append(f"  P(loss)           {c['probability_of_loss']:>16.4f}  [{lo:.4f}, {hi:.4f}]")
        lines.append(f"  VaR95 / CVaR95    {c['var95']:>16,.0f} / {c['cvar95']:,.0f}")
        lines.append(f"  sell-through      {c['sell_through']['mean']:>16.4f}")
        r = c["ready_days"]
        lines.append(f"  ready P10/50/90   {r['p10']:>16.1f} / {r['p50']:.1f} / {r['p90']:.1f}   P(late) {c['probability_late']:.4f}")
        b = c["break_even"]
        lines.append(f"  break-even units  {b['units']:>16,.0f}  (sell-through {b['sell_through']:.3f}, mold cost {b['mold_cost']:,.0f})")
        lines.append("  stock curve:  stock  E[profit]  P(loss)  sell-through")
        for pt in c["stock_curve"]:
            lines.append(f"    {pt['stock']:>10,}  {pt['expected_profit']:>14,.0f}  {pt['probability_of_loss']:.4f}  {pt['mean_sell_through']:.4f}")
        lines.append(f"  best stock {c['best_stock']}, max stock within tolerance {c['max_stock_within_tolerance']}")
    for cmp in rep["comparison"]:
        lo, hi = cmp["ci"]
        lines.append(f"\n{cmp['to']} − {cmp['from']}: {cmp['expected_profit_difference']:,.0f}  [{lo:,.0f}, {hi:,.0f}]")
    pe = rep.get("peer", {})
    if pe:
        lines.append(f"\nsimulation {pe['simulation_seconds']:.2f} s ({pe['trials_per_second']:,.0f} trials/s), "
                     f"analysis {pe['analysis_seconds']:.2f} s")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("scenario")
    ap.add_argument("--trials", type=int)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--stock-levels", choices=("planned", "all"), default="all")
    ap.add_argument("--batch", type=int, default=1_000_000)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    try:
        sc = load_scenario(a.scenario)
    except (ScenarioError, tomllib.TOMLDecodeError, OSError) as e:
        print(f"{a.scenario}: {e}", file=sys.stderr)
        return 1
    if a.trials is not None and a.trials < 1:
        print("--trials must be >= 1", file=sys.stderr)
        return 2
    rep = run(sc, a.trials, a.seed, a.stock_levels, a.batch)
    if a.json:
        json.dump(rep, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(_text(rep))
    return 0


if __name__ == "__main__":
    sys.exit(main())
