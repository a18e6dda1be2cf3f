#!/usr/bin/env python3
"""Instructions per trial and the fixed cost of a run, counted by callgrind: figures that do not
depend on how loaded the machine is, for before/after comparisons of the engine (issue 21).

    make bench-instructions                 # release build, then this
    python3 bench/instructions.py [--binary B] [--genlimit G] [--trials 200000] [--label TEXT]

The scenario is the rinse-cup scenario with one stock level (`stock_levels = [100_000]`, the
planned stock) and without its [value_of_information] table: two cycles, no [life], no
correlations, random sampling, no --samples; every optional feature off. moldrisk runs it with
`--threads 1 --no-sensitivity --format json` at N and 2N trials under
`valgrind --tool=callgrind`, on a copy of the binary with its debug information stripped
(valgrind 3.19 cannot read Swift 6.3's DWARF); the instructions per trial are the difference
divided by N, the fixed cost (start-up, parsing, the stock search's sample, analysis, report)
what is left at N. The generator limit's draw code (`moldrisk-genlimit`) is counted the same way.

Prints one Markdown table row: | label | per trial | fixed | genlimit per trial |.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from run_bench import scenario_copy  # noqa: E402


def stripped(binary: Path, folder: Path) -> Path:
    """A copy of `binary` without debug information."""
    out = folder / (binary.name + ".stripped")
    subprocess.run(["objcopy", "--strip-debug", str(binary), str(out)], check=True)
    return out


def instructions(cmd: list[str], folder: Path) -> int:
    """Instructions callgrind counts for `cmd` (the whole process)."""
    log = folder / "callgrind.log"
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/cg.out", f"--log-file={log}"]
                   + cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    m = re.search(r"Collected\s*:\s*(\d+)", log.read_text())
    if not m:
        raise SystemExit(f"instructions.py: no count in {log}")
    return int(m.group(1))


def per_trial(cmd_at, trials: int, folder: Path) -> tuple[float, float]:
    """(instructions per trial, fixed instructions) from runs at `trials` and 2·`trials`."""
    small = instructions(cmd_at(trials), folder)
    large = instructions(cmd_at(2 * trials), folder)
    each = (large - small) / trials
    return each, small - each * trials


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=str(ROOT / ".build/release/moldrisk"))
    ap.add_argument("--genlimit", default=str(ROOT / ".build/release/moldrisk-genlimit"))
    ap.add_argument("--trials", type=int, default=200_000)
    ap.add_argument("--label", default="")
    a = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("instructions.py: valgrind is not installed (apt-get install valgrind)")
    label = a.label or subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                      capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="moldrisk-instructions-") as tmp:
        folder = Path(tmp)
        one = scenario_copy(folder, [100_000])  # also drops [value_of_information]
        binary = stripped(Path(a.binary), folder)
        run = lambda n: [str(binary), "run", str(one), "--trials", str(n), "--threads", "1", "--no-sensitivity",
                         "--format", "json", "--output", str(folder / "r.json")]
        each, fixed = per_trial(run, a.trials, folder)
        row = f"| {label} | {each:,.0f} | {fixed / 1e6:,.0f}M |"
        if Path(a.genlimit).exists():
            genlimit = stripped(Path(a.genlimit), folder)
            draws = lambda n: [str(genlimit), str(one), "--trials", str(n), "--threads", "1"]
            g_each, _ = per_trial(draws, a.trials, folder)
            row += f" {g_each:,.0f} |"
        else:
            row += " – |"
    print("| build | instructions per trial | fixed instructions | genlimit per trial |")
    print("|---|---|---|---|")
    print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
