#!/usr/bin/env python3
"""moldrisk's benchmark: throughput against the numpy peer, the generator limit,
peak memory and linear scaling, on this machine, in one run.

    make bench                       # builds release, then runs this
    python3 bench/run_bench.py [--binary B] [--genlimit G] [--repeat R] [--large] [--results FILE]

What it runs (each timed from outside, wall clock, and its peak RSS read with wait4(2)):
  * moldrisk on the rinse-cup scenario with ONE stock level (a copy of the scenario in a temp
    folder with `stock_levels = [100_000]`, the planned stock) at 1M, 4M and 16M trials, all cores;
  * the numpy peer `bench/peer_model.py` on the same copy (`--stock-levels planned`) at the same
    trial counts; end to end, and its own simulation-only timer;
  * the numba peer `bench/peer_numba.py` (the same model as a JIT per-trial loop, on the same
    threads) on the same copy at the same trial counts: its simulation-only timer (JIT compilation
    excluded, reported beside it) and end to end; the ratio moldrisk (end to end) / numba (simulation);
  * the generator limit: `moldrisk-genlimit` (bench/genlimit) draws exactly the random numbers
    those trials need through the same GSL streams and samplers, with no model, on all cores;
  * scaling: moldrisk at 4M trials with 1, 3, 6 and 12 stock levels;
  * memory: moldrisk at 100M trials (only with --large or BENCH_LARGE=1; about a minute).

Figures are medians of --repeat runs (default 3; BENCH_REPEAT overrides), with the range.
Nothing is written unless --results FILE is given (a Markdown copy, labelled with the date and
the machine: the numbers belong to this machine, not to moldrisk in general).
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "scenarios" / "rinse-cups.toml"
PEER = ROOT / "bench" / "peer_model.py"
NUMBA_PEER = ROOT / "bench" / "peer_numba.py"
PLANNED = 100_000
LEVEL_SETS = {
    1: [100_000],
    3: [80_000, 100_000, 120_000],
    6: [40_000, 60_000, 80_000, 100_000, 120_000, 150_000],
    12: list(range(40_000, 150_001, 10_000)),
}
MB = 1024.0  # ru_maxrss is in KiB on Linux


def without_value_of_information(text: str) -> str:
    """The scenario text without its [value_of_information] table (the throughput runs time the
    simulation the numpy peer also does; EVSI is timed on its own)."""
    return re.sub(r"(?ms)^\[value_of_information\].*?(?=^\[|\Z)", "", text)


def scenario_copy(folder: Path, levels: list[int]) -> Path:
    """The rinse-cup scenario with `analysis.stock_levels` replaced (the planned stock must be among them)."""
    assert PLANNED in levels
    text = SCENARIO.read_text(encoding="utf-8")
    new = "stock_levels = [" + ", ".join(f"{v:_}" for v in levels) + "]"
    text, n = re.subn(r"(?m)^stock_levels\s*=\s*\[[^\]]*\]", new, text)
    if n != 1:
        sys.exit(f"bench: cannot find analysis.stock_levels in {SCENARIO}")
    text = without_value_of_information(text)
    path = folder / f"rinse-cups-{len(levels)}-levels.toml"
    path.write_text(text, encoding="utf-8")
    return path


def timed(cmd: list[str], stdout_path: Path | None = None) -> tuple[float, float, str, float]:
    """Runs cmd; returns (wall seconds, peak RSS in MB, stdout text, CPU seconds). Exits on failure."""
    out = open(stdout_path or os.devnull, "wb")
    err = tempfile.TemporaryFile()
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    out.close()
    if p.returncode != 0:
        err.seek(0)
        sys.exit(f"bench: {' '.join(cmd)} failed ({p.returncode}):\n{err.read().decode(errors='replace')}")
    text = stdout_path.read_text(encoding="utf-8") if stdout_path else ""
    return wall, usage.ru_maxrss / MB, text, usage.ru_utime + usage.ru_stime


class Series:
    """Repeated measurements of one thing: median and range."""

    def __init__(self) -> None:
        self.values: list[float] = []

    def add(self, v: float) -> None:
        self.values.append(v)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def range(self, fmt: str = "{:.2f}") -> str:
        if len(self.values) < 2:
            return "–"
        return f"{fmt.format(min(self.values))}–{fmt.format(max(self.values))}"


def rate(trials: int, seconds: float) -> str:
    return f"{trials / seconds / 1e6:.2f} M"


def millions(n: int) -> str:
    return f"{n // 1_000_000}M" if n % 1_000_000 == 0 else f"{n:,}"


def sampling_section(a, one: Path, report: Path, tmp: Path, say) -> None:
    """DESIGN §8.3: cost per trial and variance ratio of each sampling method, and the inverse CDF's
    speed per family against the direct GSL samplers."""
    st = a.sampling_trials
    say(f"## Sampling methods ({millions(st)} trials, rinse-cup scenario, 1 stock level)")
    say()
    say("CPU time per trial end to end, and the variance ratio of expected profit at the planned stock against "
        "random sampling as the run reports it ((sd²/n) ÷ SE², the SE from the spread of its chunk means): "
        "how many times fewer trials the method needs for the same standard error.")
    say()
    say("| method | CPU ns per trial | cost vs random | variance ratio traditional | variance ratio data_driven "
        "| trials for the same precision | net gain (ratio ÷ cost) |")
    say("|---|---|---|---|---|---|---|")
    correlated = ('correlation=[{ between = ["mold.cost", "cycles.traditional.research_days"], rank = 0.6 }, '
                  '{ between = ["cycles.traditional.research_days", "cycles.traditional.rework_probability"], rank = 0.5 }]')
    variants = [("random", []), ("latin_hypercube", []), ("sobol", []),
                ("random + 2 correlations", ["--set", correlated]),
                ("latin_hypercube + 2 correlations", ["--set", 'scenario.sampling="latin_hypercube"', "--set", correlated])]
    base_cpu = None
    for name, extra in variants:
        method = name.split(" ")[0]
        sets = extra if extra else ["--set", f'scenario.sampling="{method}"']
        c = Series()
        ratios = {}
        for _ in range(a.repeat):
            _, _, _, cpu_s = timed([a.binary, "run", str(one), "--trials", str(st), "--threads", str(a.threads),
                                    "--no-sensitivity", "--format", "json", "--output", str(report), *sets])
            c.add(cpu_s)
            sampling = json.loads(report.read_text(encoding="utf-8"))["method"].get("sampling") or {}
            ratios = sampling.get("variance_ratio", {})
        per = c.median / st * 1e9
        base_cpu = base_cpu or per
        cost = per / base_cpu
        trad, dd = ratios.get("traditional", 1.0), ratios.get("data_driven", 1.0)
        worst = min(trad, dd)
        say(f"| {name} | {per:.0f} | {cost:.2f}× | {trad:.1f}× | {dd:.1f}× | 1/{worst:.1f} of random's "
            f"(the worse cycle) | {worst / cost:.1f}× |")
    say()
    say("Inverse CDF (what Latin hypercube, Sobol and correlated inputs draw by) against the direct GSL sampler "
        "(what random sampling draws by), one thread, ns per draw:")
    say()
    say("| family | GSL sampler ns | inverse CDF ns | ratio |")
    say("|---|---|---|---|")
    _, _, out, _ = timed([a.genlimit, "--inverse-cdf", "--draws", "200000"], tmp / "inverse.json")
    for line in out.splitlines():
        f = json.loads(line)
        say(f"| {f['family']} | {f['sampler_ns']:.1f} | {f['inverse_ns']:.1f} | {f['ratio']:.1f}× |")
    say()



def finish(a, lines: list[str], tmp: Path) -> int:
    """Writes the tables to `--results` when asked and removes the scratch folder."""
    if a.results:
        Path(a.results).write_text(
            "<!-- Generated by bench/run_bench.py: figures of the machine and date below, not universal. -->\n"
            + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"(written to {a.results})")
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=str(ROOT / ".build/release/moldrisk"))
    ap.add_argument("--genlimit", default=str(ROOT / ".build/release/moldrisk-genlimit"))
    ap.add_argument("--trials", default="1000000,4000000,16000000", help="comma-separated trial counts")
    ap.add_argument("--levels-trials", type=int, default=4_000_000, help="trials for the stock-level scaling")
    ap.add_argument("--repeat", type=int, default=int(os.environ.get("BENCH_REPEAT", "3")))
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--large", action="store_true", default=os.environ.get("BENCH_LARGE", "") not in ("", "0"),
                    help="also run 100M trials for the memory check (BENCH_LARGE=1)")
    ap.add_argument("--no-peer", action="store_true", help="skip the numpy peer")
    ap.add_argument("--no-numba", action="store_true", help="skip the numba peer (needs `pip install numba`)")
    ap.add_argument("--results", help="also write the tables, with date and machine, to this Markdown file")
    ap.add_argument("--sampling-trials", type=int, default=1_000_000,
                    help="trials per run of the sampling-method comparison (100 chunks at 1M)")
    ap.add_argument("--sampling-only", action="store_true", help="only the sampling-method section")
    a = ap.parse_args()
    trial_counts = [int(t) for t in a.trials.split(",")]
    for exe in (a.binary, a.genlimit):
        if not os.access(exe, os.X_OK):
            sys.exit(f"bench: {exe} not found; run `make bench` (or `make build`) first")

    lines: list[str] = []

    def say(s: str = "") -> None:
        print(s, flush=True)
        lines.append(s)

    tmp = Path(tempfile.mkdtemp(prefix="moldrisk-bench-"))
    scenarios = {n: scenario_copy(tmp, levels) for n, levels in LEVEL_SETS.items()}
    one = scenarios[1]
    report = tmp / "report.json"
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), cpu)
    except OSError:
        pass
    now = datetime.datetime.now().astimezone()

    def moldrisk(scenario: Path, trials: int) -> tuple[float, float, float]:
        # --no-sensitivity: the numpy peer computes no tornado, so neither does the timed run.
        wall, rss, _, cpu_s = timed([a.binary, "run", str(scenario), "--trials", str(trials), "--threads", str(a.threads),
                              "--no-sensitivity", "--format", "json", "--output", str(report)])
        return wall, rss, cpu_s

    say(f"# moldrisk benchmark — {now:%Y-%m-%d %H:%M %Z}, {platform.node()}")
    say(f"{cpu}, {os.cpu_count()} cores, {a.threads} threads; rinse-cup scenario, 2 cycles, 1 stock level; "
        f"median of {a.repeat} runs (range); moldrisk without the tornado (--no-sensitivity), as numpy computes none")
    say()

    if a.sampling_only:
        sampling_section(a, one, report, tmp, say)
        return finish(a, lines, tmp)

    # ---- generator limit -----------------------------------------------------------------
    limit_trials = max(trial_counts)
    gl = Series()
    draws = 0
    for _ in range(a.repeat):
        _, _, out, _ = timed([a.genlimit, str(one), "--trials", str(limit_trials), "--threads", str(a.threads)],
                          tmp / "genlimit.json")
        g = json.loads(out)
        gl.add(g["trials_per_second"])
        draws = g["draws_per_trial"]
    limit = gl.median
    spread = f" (range {gl.range('{:.3g}')})" if a.repeat > 1 else ""
    say(f"Generator limit (moldrisk-genlimit: the {draws} random draws of a trial through the same GSL streams "
        f"and samplers, no model; {millions(limit_trials)} trials, {a.threads} threads): "
        f"**{limit / 1e6:.2f} M trials/s**{spread}")
    say()

    # ---- throughput ----------------------------------------------------------------------
    rows = []
    numba_rows = []
    for n in trial_counts:
        m_wall, m_rss, m_cpu = Series(), Series(), Series()
        p_wall, p_sim, p_rss = Series(), Series(), Series()
        n_wall, n_sim, n_compile = Series(), Series(), Series()
        for _ in range(a.repeat):
            w, r, c = moldrisk(one, n)
            m_wall.add(w)
            m_rss.add(r)
            m_cpu.add(c)
            if not a.no_peer:
                w, r, out, _ = timed([sys.executable, str(PEER), str(one), "--trials", str(n),
                                   "--stock-levels", "planned", "--json"], tmp / "peer.json")
                p_wall.add(w)
                p_rss.add(r)
                p_sim.add(json.loads(out)["peer"]["simulation_seconds"])
            if not a.no_numba:
                w, _, out, _ = timed([sys.executable, str(NUMBA_PEER), str(one), "--trials", str(n),
                                      "--threads", str(a.threads), "--json"], tmp / "numba.json")
                peer = json.loads(out)["peer"]
                n_wall.add(w)
                n_sim.add(peer["simulation_seconds"])
                n_compile.add(peer["compile_seconds"])
        rows.append((n, m_wall, m_rss, p_wall, p_sim, p_rss, m_cpu))
        numba_rows.append((n, m_wall, n_wall, n_sim, n_compile, p_sim))

    say("## Throughput (end to end: start-up, parsing, simulation, analysis, report)")
    say()
    head = ("| trials | moldrisk s | moldrisk trials/s | numpy s | numpy trials/s | numpy sim-only trials/s "
            "| ratio (e2e) | ratio (vs numpy sim-only) | moldrisk peak RSS | numpy peak RSS | of generator limit |")
    say(head)
    say("|" + "---|" * (head.count("|") - 1))
    for n, m_wall, m_rss, p_wall, p_sim, p_rss, _ in rows:
        mt = n / m_wall.median
        if a.no_peer:
            peer_cells = "–", "–", "–", "–", "–", "–"
        else:
            pt, ps = n / p_wall.median, n / p_sim.median
            peer_cells = (f"{p_wall.median:.2f} ({p_wall.range()})", rate(n, p_wall.median), rate(n, p_sim.median),
                          f"**{mt / pt:.1f}×**", f"{mt / ps:.1f}×", f"{max(p_rss.values):.0f} MB")
        say(f"| {millions(n)} | {m_wall.median:.2f} ({m_wall.range()}) | {rate(n, m_wall.median)} | "
            f"{peer_cells[0]} | {peer_cells[1]} | {peer_cells[2]} | {peer_cells[3]} | {peer_cells[4]} | "
            f"{max(m_rss.values):.0f} MB | {peer_cells[5]} | {mt / limit * 100:.0f} % |")
    say()

    if not a.no_numba:
        say(f"## Against the numba peer ({a.threads} threads; numba's JIT compilation excluded from its timer)")
        say()
        head = ("| trials | moldrisk s | moldrisk trials/s | numba s | numba trials/s | ratio moldrisk/numba "
                "| numba compile s | numba s end to end | ratio moldrisk/numpy (sim-only) |")
        say(head)
        say("|" + "---|" * (head.count("|") - 1))
        for n, m_wall, n_wall, n_sim, n_compile, p_sim in numba_rows:
            numpy_ratio = "–" if a.no_peer else f"{p_sim.median / m_wall.median:.1f}×"
            say(f"| {millions(n)} | {m_wall.median:.2f} | {rate(n, m_wall.median)} | {n_sim.median:.2f} ({n_sim.range()}) | "
                f"{rate(n, n_sim.median)} | **{n_sim.median / m_wall.median:.2f}×** | {n_compile.median:.1f} | "
                f"{n_wall.median:.1f} | {numpy_ratio} |")
        say()

    # ---- scaling -------------------------------------------------------------------------
    say("## Linear scaling")
    say()
    say("Time vs trials (1 stock level): ns per trial should stay flat.")
    say()
    say("| trials | moldrisk wall s | wall ns per trial | vs smallest | CPU s (user+sys) | CPU ns per trial |")
    say("|---|---|---|---|---|---|")
    base = rows[0][1].median / rows[0][0]
    for n, m_wall, *_, m_cpu in rows:
        per = m_wall.median / n
        say(f"| {millions(n)} | {m_wall.median:.2f} | {per * 1e9:.0f} | {per / base:.2f} | "
            f"{m_cpu.median:.2f} | {m_cpu.median / n * 1e9:.0f} |")
    say()
    lt = a.levels_trials
    say(f"Time vs stock levels ({millions(lt)} trials): the simulation draws once per trial and evaluates "
        "every level on the same draws, so time should grow linearly with a small slope per level.")
    say()
    say("| stock levels | moldrisk wall s | trials/s | wall s per extra level | CPU s | CPU s per extra level |")
    say("|---|---|---|---|---|---|")
    level_times: dict[int, tuple[float, float]] = {}
    for count, path in scenarios.items():
        s, c = Series(), Series()
        for _ in range(a.repeat):
            w, _, cpu_s = moldrisk(path, lt)
            s.add(w)
            c.add(cpu_s)
        level_times[count] = (s.median, c.median)
        slope = "–" if count == 1 else f"{(s.median - level_times[1][0]) / (count - 1):.3f}"
        cslope = "–" if count == 1 else f"{(c.median - level_times[1][1]) / (count - 1):.3f}"
        say(f"| {count} | {s.median:.2f} ({s.range()}) | {rate(lt, s.median)} | {slope} | {c.median:.2f} | {cslope} |")
    say()

    # ---- value of information -------------------------------------------------------------
    say("## Value of information (EVSI)")
    say()
    with_voi = tmp / "rinse-cups-voi.toml"
    with_voi.write_text(SCENARIO.read_text(encoding="utf-8"), encoding="utf-8")
    without_voi = tmp / "rinse-cups-no-voi.toml"
    without_voi.write_text(without_value_of_information(SCENARIO.read_text(encoding="utf-8")), encoding="utf-8")
    voi_times: dict[str, Series] = {}
    for name, path in (("without", without_voi), ("with", with_voi)):
        series = Series()
        for _ in range(a.repeat):
            wall, _, _, _ = timed([a.binary, "run", str(path), "--threads", str(a.threads), "--no-sensitivity",
                                   "--format", "json", "--output", str(report)])
            series.add(wall)
        voi_times[name] = series
    v = json.loads(report.read_text(encoding="utf-8"))["value_of_information"]
    listings = v["listings"]
    points = max((l["outcome_points"] for l in listings), default=0)
    say(f"The rinse-cup scenario as shipped ({v['listing_trials']:,} trials per preposterior re-run, "
        f"{len(listings)} listing sizes, up to {points} outcome points each), with and without its "
        "[value_of_information] table, end to end:")
    say()
    say("| run | wall s | EVSI's share |")
    say("|---|---|---|")
    base_s, voi_s = voi_times["without"].median, voi_times["with"].median
    say(f"| without [value_of_information] (EVPI only) | {base_s:.2f} ({voi_times['without'].range()}) | – |")
    say(f"| with it | {voi_s:.2f} ({voi_times['with'].range()}) | {voi_s - base_s:.2f} s |")
    say()

    sampling_section(a, one, report, tmp, say)

    # ---- memory --------------------------------------------------------------------------
    say("## Memory")
    say()
    if a.large:
        big = 100_000_000
        w, r, _ = moldrisk(one, big)
        verdict = "under" if r < 200 else "OVER"
        say(f"100M trials: {w:.1f} s, peak RSS {r:.0f} MB ({verdict} the 200 MB budget); "
            f"{rate(big, w)} trials/s.")
    else:
        say("100M-trial memory check skipped (about a minute): run with BENCH_LARGE=1 or --large.")
    say()

    return finish(a, lines, tmp)


if __name__ == "__main__":
    sys.exit(main())
