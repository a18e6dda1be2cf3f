#!/usr/bin/env python3
"""moldrisk's mutation fuzzer (Python 3 standard library only). See fuzz/README.md.

    python3 fuzz/fuzz.py --binary .build/release/moldrisk -n 2000 --seed 1
    python3 fuzz/fuzz.py --binary .build/release/moldrisk --replay fuzz/failures/KIND-HASH.cmd
    python3 fuzz/fuzz.py --binary .build/release/moldrisk --minimize fuzz/failures/KIND-HASH.cmd

Mutant i of seed S is the same on every machine (it depends on S, i and the seed corpus only);
2 workers at most. Exit status 1 when any failure was found, 0 otherwise, 2 on a usage error.
"""

import argparse
import faulthandler
import glob
import hashlib
import os
import random
import shlex
import shutil
import signal
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import harness  # noqa: E402
import mutators  # noqa: E402
import oracle  # noqa: E402
import partials  # noqa: E402
import schema  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def seed_corpus(binary, repo=REPO):
    """The valid scenarios mutants start from: scenarios/*.toml, bench/scenarios-crosscheck/*.toml
    and the template of `moldrisk new`, in a fixed order."""
    corpus = []
    for pattern in ("scenarios/*.toml", "bench/scenarios-crosscheck/*.toml"):
        for path in sorted(glob.glob(os.path.join(repo, pattern))):
            with open(path, "rb") as f:
                corpus.append((os.path.relpath(path, repo), f.read()))
    folder = tempfile.mkdtemp(prefix="moldrisk-fuzz-new-")
    try:
        outcome = harness.execute([os.path.abspath(binary), "new", "template"], folder, 10, 1 << 31)
        path = os.path.join(folder, "template.toml")
        if outcome.returncode != 0 or not os.path.isfile(path):
            sys.exit(f"fuzz: `{binary} new template` failed (exit {outcome.returncode})")
        with open(path, "rb") as f:
            corpus.append(("moldrisk new template", f.read()))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return corpus


def mutant_hash(mutant):
    h = hashlib.sha1(mutant.data)
    for s in mutant.sets:
        h.update(b"\0set\0" + s.encode("utf-8", "surrogateescape"))
    for k, v in sorted(mutant.flags.items()):
        h.update(f"\0{k}\0{v}".encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:12]


def keep(failures_dir, kind, detail, argv, mutant):
    """Writes failures/KIND-HASH.toml (the input) and KIND-HASH.cmd (how to replay it)."""
    os.makedirs(failures_dir, exist_ok=True)
    stem = os.path.join(failures_dir, f"{kind}-{mutant_hash(mutant)}")
    if isinstance(mutant, partials.PartialMutant):
        mutant.save(stem)
        inputs = f"{os.path.basename(stem)}.parts/*.partial in parts/"
    else:
        with open(stem + ".toml", "wb") as f:
            f.write(mutant.data)
        inputs = f"{os.path.basename(stem)}.toml as {harness.SCENARIO}"
    with open(stem + ".cmd", "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(f"# kind: {kind}\n# detail: {_one_line(detail)}\n# mutant: {_one_line(mutant.describe())}\n")
        f.write(f"# replay: python3 fuzz/fuzz.py --binary BIN --replay THIS.cmd (runs it in a temp folder with {inputs})\n")
        f.write(harness.command_line(argv) + "\n")
    return stem


def _one_line(text):
    return text.replace("\r", "\\r").replace("\n", "\\n")[:500]


def fuzz(args):
    settings = harness.Settings(args.binary, args.check_timeout, args.run_timeout, args.memory_mb,
                                args.run_rejected_share)
    harness.DEFAULT_FLAGS["--trials"] = args.trials
    mutators.use_catalog(schema.load(args.binary))
    corpus = seed_corpus(args.binary)
    bases = partials.build_bases(settings.binary, REPO, args.partial_seeds) if args.partial_share > 0 else []
    root = tempfile.mkdtemp(prefix="moldrisk-fuzz-")
    lock = threading.Lock()
    totals = {"mutants": 0, "checks": 0, "runs": 0, "check_ok": 0, "merges": 0}
    by_kind = {}
    start = time.monotonic()

    def one(index):
        if args.trace:
            print(f"fuzz: start #{index}", file=sys.stderr, flush=True)
        rng = random.Random(f"moldrisk-fuzz-select:{args.seed}:{index}")
        workdir = os.path.join(root, str(index))
        is_partial = bases and random.Random(f"moldrisk-fuzz-kind:{args.seed}:{index}").random() < args.partial_share
        try:
            if is_partial:
                mutant = partials.mutant_for(args.seed, index, bases)
                stats, problems = partials.run_case(settings, mutant, workdir)
            else:
                mutant = mutators.mutant_for(args.seed, index, corpus)
                stats, problems = harness.run_case(settings, mutant, workdir, rng)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        with lock:
            totals["mutants"] += 1
            for k in ("checks", "runs", "check_ok", "merges"):
                totals[k] += stats.get(k, 0)
            for kind, detail, argv in problems:
                stem = keep(args.failures, kind, detail, argv, mutant)
                entry = by_kind.setdefault(kind, {"count": 0, "example": stem, "detail": detail})
                entry["count"] += 1
                if not args.quiet:
                    print(f"FAIL {kind}: {os.path.relpath(stem, os.getcwd())}.cmd — {_one_line(detail)[:160]}",
                          file=sys.stderr)
            done = totals["mutants"]
            if not args.quiet and done % args.progress == 0:
                print(f"fuzz: {done}/{args.n} mutants, {totals['runs']} runs, "
                      f"{sum(e['count'] for e in by_kind.values())} failures, {time.monotonic() - start:.0f} s",
                      file=sys.stderr)

    try:
        with ThreadPoolExecutor(max_workers=max(1, min(args.jobs, 2))) as pool:
            list(pool.map(one, range(args.first, args.first + args.n)))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    seconds = time.monotonic() - start
    print_summary(args, totals, by_kind, seconds)
    return 1 if by_kind else 0


def print_summary(args, totals, by_kind, seconds):
    print(f"moldrisk fuzz: seed {args.seed}, mutants {args.first}..{args.first + args.n - 1}, "
          f"binary {args.binary}")
    print(f"{totals['mutants']} mutants, {totals['checks']} checks ({totals['check_ok']} accepted), "
          f"{totals['runs']} runs ({totals['merges']} merges of mutated partials), {seconds:.0f} s")
    if not by_kind:
        print("0 failures")
        return
    width = max(len(k) for k in by_kind)
    print(f"{'kind':<{width}}  count  example")
    for kind in sorted(by_kind):
        e = by_kind[kind]
        print(f"{kind:<{width}}  {e['count']:>5}  {os.path.relpath(e['example'], os.getcwd())}.cmd")
    print(f"{sum(e['count'] for e in by_kind.values())} failures in {len(by_kind)} kinds; "
          f"inputs kept in {os.path.relpath(args.failures, os.getcwd())}/")


# ---------------------------------------------------------------- replay and minimize

def read_cmd(path):
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("#")]
    argv = shlex.split("\n".join(lines))
    kind = None
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for line in f:
            if line.startswith("# kind: "):
                kind = line[len("# kind: "):].strip()
    return argv, kind


def judge(settings, argv, data, kind=None):
    """Runs one kept command on `data` in a fresh folder: (outcome, [(kind, detail)])."""
    root = tempfile.mkdtemp(prefix="moldrisk-fuzz-replay-")
    try:
        argv = [settings.binary] + argv[1:]
        if len(argv) > 1 and argv[1] == "merge":
            partials.prepare(root, data)
            return partials.judge_merge(settings, argv, root, expect_refused=kind == "accepted-edited-partial")
        harness.prepare(root, data)
        if len(argv) > 1 and argv[1] == "run":
            sets = [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--set"]
            strings = harness.user_strings(mutators.Mutant(0, "replay", data, sets, {}, []))
            return harness.judge_run(settings, argv, root, strings)
        return harness.judge_check(settings, argv, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def kept_input(cmd_path):
    """A kept failure's input: the scenario's bytes, or the list of partial files' bytes."""
    stem = cmd_path[:-len(".cmd")]
    if os.path.isdir(stem + ".parts"):
        names = sorted(os.listdir(stem + ".parts"))
        return [open(os.path.join(stem + ".parts", n), "rb").read() for n in names]
    with open(stem + ".toml", "rb") as f:
        return f.read()


def replay(args):
    settings = harness.Settings(args.binary, args.check_timeout, args.run_timeout, args.memory_mb)
    argv, kind = read_cmd(args.replay)
    outcome, problems = judge(settings, argv, kept_input(args.replay), kind)
    print(f"$ {harness.command_line(argv)[:2000]}")
    print(f"exit {outcome.returncode}{' (timed out)' if outcome.timed_out else ''}"
          f"{' (memory limit)' if outcome.memory else ''} in {outcome.seconds:.2f} s")
    err = outcome.stderr.decode("utf-8", "replace").strip()
    if err:
        print("stderr: " + err[:1500])
    for k, d in problems:
        print(f"FAIL {k}: {d[:300]}")
    if not problems:
        print(f"no failure now (kept as {kind})")
    return 1 if problems else 0


def minimize(args):
    """Greedy reduction: drops lines of the input, then --set arguments and flags, while the
    command still fails with the same kind; writes KIND-HASH.min.toml and .min.cmd."""
    settings = harness.Settings(args.binary, args.check_timeout, args.run_timeout, args.memory_mb)
    argv, kind = read_cmd(args.minimize)
    if argv[1:2] == ["merge"]:
        print(f"{args.minimize}: --minimize shrinks scenarios; read the kept partials instead")
        return 1
    with open(args.minimize[:-len(".cmd")] + ".toml", "rb") as f:
        data = f.read()

    def fails(argv_, data_):
        _, problems = judge(settings, argv_, data_)
        return any(k == kind for k, _ in problems)

    if not fails(argv, data):
        print(f"{args.minimize}: does not fail as {kind} now")
        return 1
    lines = data.split(b"\n")
    chunk = max(1, len(lines) // 2)
    while chunk >= 1:
        i = 0
        while i < len(lines):
            trial = lines[:i] + lines[i + chunk:]
            if trial != lines and fails(argv, b"\n".join(trial)):
                lines = trial
            else:
                i += chunk
        chunk //= 2
    data = b"\n".join(lines)
    i = 2
    while i < len(argv):
        width = 2 if argv[i].startswith("--") and i + 1 < len(argv) else 1
        if argv[i] in ("--output", "--format"):
            i += width
            continue
        trial = argv[:i] + argv[i + width:]
        if fails(trial, data):
            argv = trial
        else:
            i += width
    stem = args.minimize[:-len(".cmd")] + ".min"
    with open(stem + ".toml", "wb") as f:
        f.write(data)
    with open(stem + ".cmd", "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(f"# kind: {kind}\n# minimized from {os.path.basename(args.minimize)}\n")
        f.write(harness.command_line(argv) + "\n")
    print(f"{stem}.toml ({len(data)} bytes, {len(lines)} lines)\n$ {harness.command_line(argv)[:2000]}")
    return 0


def main(argv=None):
    faulthandler.register(signal.SIGUSR1, all_threads=True)  # kill -USR1 PID: where is it stuck?
    parser = argparse.ArgumentParser(description="moldrisk's mutation fuzzer (fuzz/README.md)")
    parser.add_argument("--binary", default=os.path.join(REPO, ".build/release/moldrisk"))
    parser.add_argument("-n", type=int, default=2000, help="number of mutants (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="fuzzer seed (default 1)")
    parser.add_argument("--first", type=int, default=0, help="index of the first mutant (default 0)")
    parser.add_argument("--jobs", type=int, default=2, help="parallel workers, at most 2 (default 2)")
    parser.add_argument("--trials", default="2000", help="run's --trials unless a mutant changes it (default 2000)")
    parser.add_argument("--check-timeout", type=float, default=5.0, help="seconds (default 5)")
    parser.add_argument("--run-timeout", type=float, default=20.0, help="seconds (default 20)")
    parser.add_argument("--memory-mb", type=int, default=3000, help="resident memory limit (default 3000 MB)")
    parser.add_argument("--run-rejected-share", type=float, default=0.15,
                        help="share of the mutants check rejects that run also gets (default 0.15)")
    parser.add_argument("--partial-share", type=float, default=0.1,
                        help="share of the mutants that are mutated partial results for merge (default 0.1)")
    parser.add_argument("--partial-seeds", nargs="+", default=partials.PARTIAL_SEEDS,
                        help="scenarios whose shards the partial mutants start from (default: %(default)s)")
    parser.add_argument("--failures", default=os.path.join(HERE, "failures"), help="where failing inputs go")
    parser.add_argument("--progress", type=int, default=100, help="print progress every N mutants")
    parser.add_argument("--quiet", action="store_true", help="only the summary")
    parser.add_argument("--trace", action="store_true", help="print each mutant's index as it starts")
    parser.add_argument("--replay", metavar="KIND-HASH.cmd", help="run one kept failure again")
    parser.add_argument("--minimize", metavar="KIND-HASH.cmd", help="shrink one kept failure")
    args = parser.parse_args(argv)
    if not os.path.isfile(args.binary):
        parser.error(f"no binary at {args.binary} (build it: swift build -c release)")
    args.failures = os.path.abspath(args.failures)
    if args.replay:
        return replay(args)
    if args.minimize:
        return minimize(args)
    if args.n < 0:
        parser.error("-n must be 0 or more")
    return fuzz(args)


if __name__ == "__main__":
    sys.exit(main())
