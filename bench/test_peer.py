"""Closed-form checks of the numpy peer (bench/peer_model.py), before it is trusted as a cross-check.

    python3 -m pytest bench/test_peer.py -q

Statistical checks use fixed seeds and a tolerance of 5 standard errors, chosen up front.
"""

import math
import os
import sys

import numpy as np
import pytest
from scipy import stats

sys.path.insert(0, os.path.dirname(__file__))
import peer_model as pm  # noqa: E402

HERE = os.path.dirname(__file__)
K = 5.0  # tolerance in standard errors


def scenario(product, mold, cycles, window=None, analysis=None, trials=200_000, seed=1):
    raw = {"scenario": {"name": "test", "trials": trials, "seed": seed},
           "product": product, "mold": mold, "cycles": cycles}
    if window is not None:
        raw["window"] = window
    if analysis is not None:
        raw["analysis"] = analysis
    return pm.parse_scenario(raw)


# ------------------------------------------------------------------ deterministic, exact


def test_deterministic_scenario_exact():
    sc = pm.load_scenario(os.path.join(HERE, "scenarios-crosscheck", "deterministic.toml"))
    rep = pm.run(sc, trials=10_000)
    fast, rw = rep["cycles"]["fast"], rep["cycles"]["rework_always"]

    assert fast["profit"]["mean"] == pytest.approx(27_000, rel=1e-12)
    assert fast["profit"]["sd"] == pytest.approx(0, abs=1e-9)
    assert fast["probability_of_loss"] == 0
    assert fast["probability_late"] == 0
    assert fast["ready_days"]["p50"] == pytest.approx(35)
    assert fast["sell_through"]["mean"] == pytest.approx(0.8)
    assert fast["break_even"]["units"] == pytest.approx(85_000 / 14, rel=1e-12)
    assert fast["break_even"]["sell_through"] == pytest.approx(85_000 / 14 / 10_000, rel=1e-12)
    assert fast["break_even"]["mold_cost"] == pytest.approx(77_000, rel=1e-12)
    assert fast["break_even"]["probability"] == 1
    assert fast["var95"] == pytest.approx(-27_000) and fast["cvar95"] == pytest.approx(-27_000)
    assert [c["expected_profit"] for c in fast["stock_curve"]] == pytest.approx([0, 27_000, -52_000], abs=1e-6)
    assert [c["probability_of_loss"] for c in fast["stock_curve"]] == [0, 0, 1]
    assert fast["best_stock"] == 10_000 and fast["max_stock_within_tolerance"] == 10_000

    assert rw["profit"]["mean"] == pytest.approx(-31_400, rel=1e-12)
    assert rw["probability_of_loss"] == 1 and rw["probability_late"] == 1
    assert rw["ready_days"]["p50"] == pytest.approx(37)
    assert rw["sell_through"]["mean"] == pytest.approx(0.39)
    assert rw["break_even"]["units"] == pytest.approx(86_000 / 14, rel=1e-12)
    assert rw["break_even"]["mold_cost"] == pytest.approx(18_600, rel=1e-12)
    assert rw["break_even"]["probability"] == 0
    assert [c["expected_profit"] for c in rw["stock_curve"]] == pytest.approx([-1_000, -31_400, -103_400], abs=1e-6)
    assert [c["mean_sell_through"] for c in rw["stock_curve"]] == pytest.approx([1.0, 0.39, 0.045])
    assert rw["best_stock"] == 5_000 and rw["max_stock_within_tolerance"] is None

    (cmp,) = rep["comparison"]
    assert (cmp["from"], cmp["to"]) == ("fast", "rework_always")
    assert cmp["expected_profit_difference"] == pytest.approx(-58_400, rel=1e-12)
    assert cmp["ci"] == pytest.approx([-58_400, -58_400], rel=1e-12)


def test_planned_stock_always_evaluated_and_defaults():
    sc = scenario({"unit_price": 10, "unit_cost": 4, "stock": 1_000}, {"cost": 100, "days": 1},
                  {"a": {"commit_days_before_window": 10, "demand": {"units": 500}}},
                  analysis={"stock_levels": [200, 700]}, trials=100)
    assert pm.evaluated_levels(sc) == [200, 700, 1_000]
    assert pm.evaluated_levels(sc, "planned") == [1_000]
    sc2 = scenario({"unit_price": 10, "unit_cost": 4, "stock": 1_000}, {"cost": 100, "days": 1},
                   {"a": {"commit_days_before_window": 10, "demand": {"units": 500}}}, trials=100)
    assert pm.evaluated_levels(sc2) == [250, 500, 750, 1_000, 1_250, 1_500]
    assert (sc2.salvage, sc2.capacity, sc2.season, sc2.peak, sc2.max_loss) == (0, None, 30, 0, 0.2)
    c = sc2.cycles[0]
    assert (c.rework_p, c.fixed_cost, c.drift, c.tooling) == (0, 0, 0, sc2.mold_days)


def test_unknown_key_is_an_error():
    with pytest.raises(pm.ScenarioError, match="cycles.a.reworkprobability"):
        scenario({"unit_price": 10, "unit_cost": 4, "stock": 1_000}, {"cost": 100, "days": 1},
                 {"a": {"commit_days_before_window": 10, "reworkprobability": 0.2, "demand": {"units": 5}}})


# ------------------------------------------------------------------ distributions


SPECS = [
    {"dist": "uniform", "min": 2, "max": 7},
    {"dist": "triangular", "min": 1, "mode": 2, "max": 9},
    {"dist": "pert", "min": 150_000, "mode": 250_000, "max": 800_000},
    {"dist": "pert", "min": 0, "mode": 1, "max": 10, "lambda": 2},
    {"dist": "normal", "mean": 3, "sd": 2},
    {"dist": "lognormal", "median": 80_000, "sigma": 0.6},
    {"dist": "gamma", "shape": 2.5, "scale": 3},
    {"dist": "beta", "alpha": 2, "beta": 5},
    {"dist": "empirical", "values": [1, 2, 10]},
    {"dist": "empirical", "values": [1, 2, 10], "weights": [1, 1, 2]},
]


@pytest.mark.parametrize("raw", SPECS, ids=lambda r: r["dist"] + str(len(r)))
def test_spec_sample_mean(raw):
    spec = pm.Spec.parse(raw, "x")
    x = spec.sample(np.random.Generator(np.random.PCG64(5)), 400_000)
    se = x.std(ddof=1) / math.sqrt(len(x))
    assert abs(x.mean() - spec.mean()) < K * se


def test_pert_is_scaled_beta():
    # PERT(0, 1, 10, λ=2): Beta(1 + 2·1/10, 1 + 2·9/10) = Beta(1.2, 2.8) scaled to [0, 10]
    spec = pm.Spec.parse({"dist": "pert", "min": 0, "mode": 1, "max": 10, "lambda": 2}, "x")
    x = spec.sample(np.random.Generator(np.random.PCG64(6)), 200_000)
    ks = stats.kstest(x / 10, stats.beta(1.2, 2.8).cdf)
    assert ks.pvalue > 1e-4


def test_empirical_weights_frequencies():
    spec = pm.Spec.parse({"dist": "empirical", "values": [5, 6, 7], "weights": [1, 0, 3]}, "x")
    x = spec.sample(np.random.Generator(np.random.PCG64(7)), 200_000)
    assert not (x == 6).any()
    p = (x == 7).mean()
    assert abs(p - 0.75) < K * math.sqrt(0.75 * 0.25 / len(x))


# ------------------------------------------------------------------ newsvendor closed forms


def newsvendor_expected(price, cost, salvage, mu, sigma, q, fixed):
    z = (q - mu) / sigma
    loss = stats.norm.pdf(z) - z * stats.norm.sf(z)
    return (price - salvage) * (mu - sigma * loss) - (cost - salvage) * q - fixed


def test_newsvendor_normal_demand():
    price, cost, salvage, mu, sigma = 12.0, 5.0, 1.5, 50_000.0, 10_000.0
    levels = [30_000, 45_000, 50_000, 60_000, 80_000]
    sc = scenario({"unit_price": price, "unit_cost": cost, "salvage_value": salvage, "stock": 50_000},
                  {"cost": 60_000, "days": 10},
                  {"n": {"commit_days_before_window": 100, "fixed_cost": 4_000,
                         "demand": {"units": {"dist": "normal", "mean": mu, "sd": sigma}}}},
                  analysis={"stock_levels": levels}, seed=42)
    rep = pm.run(sc)
    c = rep["cycles"]["n"]
    assert c["probability_late"] == 0
    for pt in c["stock_curve"]:
        want = newsvendor_expected(price, cost, salvage, mu, sigma, pt["stock"], 64_000)
        assert abs(pt["expected_profit"] - want) < K * pt["se"], pt
        # P(loss) = P(D < t), t = ((c − s)Q + fixed + mold)/(p − s) when t < Q, else 1
        t = ((cost - salvage) * pt["stock"] + 64_000) / (price - salvage)
        p_loss = stats.norm.cdf(t, mu, sigma) if t < pt["stock"] else 1.0
        n = rep["trials"]
        assert abs(pt["probability_of_loss"] - p_loss) < K * math.sqrt(p_loss * (1 - p_loss) / n) + 1e-12
    # planned-stock figures agree with the curve
    planned = next(pt for pt in c["stock_curve"] if pt["stock"] == 50_000)
    assert planned["expected_profit"] == pytest.approx(c["profit"]["mean"], rel=1e-12)


def test_uniform_demand_expected_sales():
    b = 100_000.0
    levels = [20_000, 50_000, 90_000]
    sc = scenario({"unit_price": 10, "unit_cost": 3, "stock": 50_000}, {"cost": 0, "days": 0},
                  {"u": {"commit_days_before_window": 0,
                         "demand": {"units": {"dist": "uniform", "min": 0, "max": b}}}},
                  analysis={"stock_levels": levels}, seed=43)
    rep = pm.run(sc)
    c = rep["cycles"]["u"]
    for pt in c["stock_curve"]:
        q = pt["stock"]
        e_sold = q - q * q / (2 * b)
        assert abs(pt["expected_profit"] - (10 * e_sold - 3 * q)) < K * pt["se"]
        # sell-through of a uniform: bounded, so its SE is at most se(profit)/(price·Q)
        assert abs(pt["mean_sell_through"] - e_sold / q) < K * pt["se"] / (10 * q) + 1e-12
    st = c["sell_through"]
    assert abs(st["mean"] - (1 - 50_000 / (2 * b))) < K * st["se"]


def test_negative_demand_draws_count_as_zero():
    # normal demand mean 0: half the draws are negative and count as 0, so E[sold] = σ/√(2π)
    sigma = 1_000.0
    sc = scenario({"unit_price": 10, "unit_cost": 0, "stock": 1e9}, {"cost": 0, "days": 0},
                  {"z": {"commit_days_before_window": 0,
                         "demand": {"units": {"dist": "normal", "mean": 0, "sd": sigma}}}},
                  analysis={"stock_levels": [1e9]}, seed=44)
    c = pm.run(sc)["cycles"]["z"]
    assert abs(c["profit"]["mean"] - 10 * sigma / math.sqrt(2 * math.pi)) < K * c["profit"]["se"]
    assert c["probability_of_loss"] == 0
    assert c["profit"]["p25"] == 0  # at least half the trials sell nothing


# ------------------------------------------------------------------ timing, rework, signals


def test_late_launch_availability():
    # research ~ U(0, 20), tooling 10, lead 20 ⇒ P(late) = 1/2 and late | late ~ U(0, 10).
    # With stock far above demand, E[sold] = D·(1/2 + 1/2·(1 − peak)·(1 − 5/season)).
    peak, season, d = 0.4, 20.0, 10_000.0
    sc = scenario({"unit_price": 10, "unit_cost": 0, "stock": 1e6}, {"cost": 0, "days": 10},
                  {"l": {"commit_days_before_window": 20,
                         "research_days": {"dist": "uniform", "min": 0, "max": 20},
                         "demand": {"units": d}}},
                  window={"season_days": season, "peak_share": peak},
                  analysis={"stock_levels": [1e6]}, seed=45)
    rep = pm.run(sc)
    c = rep["cycles"]["l"]
    n = rep["trials"]
    assert abs(c["probability_late"] - 0.5) < K * math.sqrt(0.25 / n)
    want = 10 * d * (0.5 + 0.5 * (1 - peak) * (1 - 5 / season))
    assert abs(c["profit"]["mean"] - want) < K * c["profit"]["se"]


def test_production_time_depends_on_stock_level():
    # capacity 100/day, research 0, tooling 10, lead 20: stock 1,000 is ready on day 20, on time;
    # stock 2,000 is ready on day 30, late 10: availability (1 − 0)·(1 − 10/30) = 2/3
    sc = scenario({"unit_price": 10, "unit_cost": 1, "stock": 1_000}, {"cost": 0, "days": 10, "capacity_per_day": 100},
                  {"c": {"commit_days_before_window": 20, "demand": {"units": 1_500}}},
                  analysis={"stock_levels": [1_000, 2_000]}, trials=1_000)
    c = pm.run(sc)["cycles"]["c"]
    assert c["probability_late"] == 0
    assert c["ready_days"]["p50"] == pytest.approx(20)
    a, b2 = c["stock_curve"]
    assert a["expected_profit"] == pytest.approx(10 * 1_000 - 1_000)
    assert b2["expected_profit"] == pytest.approx(10 * 1_000 - 2_000)  # demand 1,500·2/3 = 1,000


def test_rework_probability_and_break_even():
    p = 0.3
    sc = scenario({"unit_price": 10, "unit_cost": 4, "salvage_value": 1, "stock": 10_000},
                  {"cost": {"dist": "triangular", "min": 10_000, "mode": 20_000, "max": 60_000}, "days": 5},
                  {"r": {"commit_days_before_window": 100, "rework_probability": p, "fixed_cost": 1_000,
                         "rework_days": 3, "rework_cost": {"dist": "uniform", "min": 0, "max": 10_000},
                         "demand": {"units": 8_000}}},
                  analysis={"stock_levels": [10_000]}, seed=46)
    rep = pm.run(sc)
    c = rep["cycles"]["r"]
    be = c["break_even"]
    want_units = (30_000 + p * 5_000 + 1_000 + 3 * 10_000) / 9
    assert abs(be["units"] - want_units) < K * be["units_se"]
    assert be["sell_through"] == pytest.approx(be["units"] / 10_000, rel=1e-12)
    # profit = 9·8000 − 3·10000 − mold − rework − 1000; E = 41000 − 30000 − 1500
    assert abs(c["profit"]["mean"] - (41_000 - 30_000 - p * 5_000)) < K * c["profit"]["se"]
    # break-even mold cost − E[profit] = E[mold] = 30,000 (triangular 10k/20k/60k, sd √(2100/18)·1000)
    e_mold = be["mold_cost"] - c["profit"]["mean"]
    assert abs(e_mold - 30_000) < K * math.sqrt(2_100 / 18) * 1_000 / math.sqrt(rep["trials"])
    # ready = 5 (+3 with rework): P10 is 5, P90 is 8
    assert c["ready_days"]["p10"] == 5 and c["ready_days"]["p90"] == 8


def test_signals_form_mean_demand_with_drift():
    # E[demand] = E[visitors]·E[p]·E[drift], E[drift] = 1; stock far above demand.
    a0, b0, imp, orders = 2.0, 30.0, 5_000, 150
    visitors = {"dist": "gamma", "shape": 16, "scale": 50_000}
    sc = scenario({"unit_price": 10, "unit_cost": 0, "stock": 1e7}, {"cost": 0, "days": 0},
                  {"s": {"commit_days_before_window": 90,
                         "demand": {"visitors": visitors, "impressions": imp, "orders": orders,
                                    "prior_alpha": a0, "prior_beta": b0, "drift_per_30_days": 0.5}}},
                  analysis={"stock_levels": [1e7]}, seed=47)
    c = pm.run(sc)["cycles"]["s"]
    e_p = (a0 + orders) / (a0 + b0 + imp)
    want = 10 * 16 * 50_000 * e_p
    assert abs(c["profit"]["mean"] - want) < K * c["profit"]["se"]


def test_drift_is_mean_one_lognormal():
    # units fixed, drift s = 0.4, age 120 days: log(demand/D) ~ N(−s²·2, s²·4)
    s, age, d = 0.4, 120, 1_000.0
    sc = scenario({"unit_price": 1, "unit_cost": 0, "stock": 1e9}, {"cost": 0, "days": 0},
                  {"d": {"commit_days_before_window": age, "demand": {"units": d, "drift_per_30_days": s}}},
                  analysis={"stock_levels": [1e9]}, seed=48)
    c = pm.run(sc)["cycles"]["d"]
    assert abs(c["profit"]["mean"] - d) < K * c["profit"]["se"]
    v = s * s * age / 30
    assert c["profit"]["p50"] == pytest.approx(d * math.exp(-v / 2), rel=0.01)


def test_comparison_is_paired_and_in_file_order():
    sc = scenario({"unit_price": 10, "unit_cost": 4, "stock": 10_000},
                  {"cost": {"dist": "uniform", "min": 0, "max": 100_000}, "days": 5},
                  {"a": {"commit_days_before_window": 100, "demand": {"units": 8_000}},
                   "b": {"commit_days_before_window": 100, "fixed_cost": 1_000, "demand": {"units": 8_000}},
                   "c": {"commit_days_before_window": 100, "fixed_cost": 3_000, "demand": {"units": 8_000}}},
                  trials=50_000)
    rep = pm.run(sc)
    got = [(x["from"], x["to"], round(x["expected_profit_difference"], 6)) for x in rep["comparison"]]
    # the mold cost is shared by all cycles, so the paired differences are exact
    assert got == [("a", "b", -1_000), ("a", "c", -3_000), ("b", "c", -2_000)]
    assert all(x["ci"][1] - x["ci"][0] < 1e-6 for x in rep["comparison"])


def test_wilson_and_tail_measures():
    lo, hi = pm.wilson(0, 1_000)
    assert lo == 0 and hi == pytest.approx(3.8415 / (1_000 + 3.8415), rel=1e-3)
    sc = scenario({"unit_price": 1, "unit_cost": 0, "stock": 1e9}, {"cost": 0, "days": 0},
                  {"u": {"commit_days_before_window": 0, "demand": {"units": {"dist": "uniform", "min": 0, "max": 100}}}},
                  analysis={"stock_levels": [1e9]}, trials=200_000, seed=49)
    c = pm.run(sc)["cycles"]["u"]
    # profit ~ U(0, 100): P5 = 5, mean of the worst 5 % = 2.5
    assert c["var95"] == pytest.approx(-5, abs=0.1)
    assert c["cvar95"] == pytest.approx(-2.5, abs=0.1)


def test_batches_do_not_change_the_figures_beyond_noise():
    sc = pm.load_scenario(os.path.join(HERE, "scenarios-crosscheck", "late-launch.toml"))
    a = pm.run(sc, trials=300_000, batch=1_000_000)["cycles"]["traditional"]
    b = pm.run(sc, trials=300_000, batch=70_000)["cycles"]["traditional"]
    se = math.hypot(a["profit"]["se"], b["profit"]["se"])
    assert abs(a["profit"]["mean"] - b["profit"]["mean"]) < K * se


# ------------------------------------------------------------------ the numba peer against this one


def rinse_cups_one_level():
    """The rinse-cup scenario at its planned stock, without [value_of_information] (what `make bench` times)."""
    import tomllib
    with open(os.path.join(HERE, "..", "scenarios", "rinse-cups.toml"), "rb") as f:
        raw = tomllib.load(f)
    raw.pop("value_of_information", None)
    raw.setdefault("analysis", {})["stock_levels"] = [raw["product"]["stock"]]
    return pm.parse_scenario(raw)


def test_numba_peer_agrees_with_the_numpy_peer():
    """bench/peer_numba.py (per-trial JIT, two threads) and this peer, different generators, same
    model: every figure within K combined standard errors (means: K·√(se₁² + se₂²); proportions:
    K·√(p(1−p)·2/n), p pooled); the percentiles within K SE of a quantile (√(q(1−q)/n)/f(x), f from
    the neighbouring percentiles)."""
    numba_peer = pytest.importorskip("peer_numba")
    sc = rinse_cups_one_level()
    n = 400_000
    a = pm.run(sc, trials=n, seed=11, stock_levels="planned")
    b = numba_peer.run(sc, trials=n, seed=12, threads=2)
    assert b["peer"]["threads"] >= 1 and b["peer"]["compile_seconds"] > 0
    for name in a["cycles"]:
        x, y = a["cycles"][name], b["cycles"][name]
        se = math.hypot(x["profit"]["se"], y["profit"]["se"])
        assert abs(x["profit"]["mean"] - y["profit"]["mean"]) <= K * se, name
        for key in ("probability_of_loss", "probability_late"):
            p = (x[key] + y[key]) / 2
            assert abs(x[key] - y[key]) <= max(K * math.sqrt(p * (1 - p) * 2 / n), K / n), (name, key)
        st = math.hypot(x["sell_through"]["se"], y["sell_through"]["se"])
        assert abs(x["sell_through"]["mean"] - y["sell_through"]["mean"]) <= K * st, name
        be = math.hypot(x["break_even"]["units_se"], y["break_even"]["units_se"])
        assert abs(x["break_even"]["units"] - y["break_even"]["units"]) <= K * be, name
        ms = math.hypot(x["break_even"]["mold_cost_se"], y["break_even"]["mold_cost_se"])
        assert abs(x["break_even"]["mold_cost"] - y["break_even"]["mold_cost"]) <= K * ms, name
        # Percentiles: SE of a sample quantile √(q(1−q)/n)/f(x_q), the density f(x_q) estimated from
        # the neighbouring percentiles of both runs (P10−P1 around P5, P75−P25 around P50, P99−P90 around P95).
        for q, lo, hi in ((5, 1, 10), (50, 25, 75), (95, 90, 99)):
            width = sum(r["profit"][f"p{hi}"] - r["profit"][f"p{lo}"] for r in (x, y)) / 2
            qse = math.sqrt(q / 100 * (1 - q / 100) / n) * width / ((hi - lo) / 100)
            assert abs(x["profit"][f"p{q}"] - y["profit"][f"p{q}"]) <= K * math.sqrt(2) * qse, (name, q)
    d1, d2 = a["comparison"][0], b["comparison"][0]
    assert abs(d1["expected_profit_difference"] - d2["expected_profit_difference"]) <= K * math.hypot(d1["se"], d2["se"])


def test_numba_peer_does_not_depend_on_the_thread_count():
    """Each chunk seeds its own thread's generator: one thread and two give the same figures."""
    numba_peer = pytest.importorskip("peer_numba")
    sc = rinse_cups_one_level()
    one = numba_peer.run(sc, trials=250_000, seed=3, threads=1)
    two = numba_peer.run(sc, trials=250_000, seed=3, threads=2)
    for name in one["cycles"]:
        assert one["cycles"][name]["profit"] == two["cycles"][name]["profit"]
        assert one["cycles"][name]["probability_of_loss"] == two["cycles"][name]["probability_of_loss"]
