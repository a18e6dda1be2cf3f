"""Running the binary on one mutant in a folder of its own, and judging the outcome (oracle.py).

Each mutant gets a fresh temporary folder holding `scenarios/m.toml`, `reports/` and `out/`.
`check` runs on every mutant; `run` (tornado on, `--trials 2000 --threads 1`, `--format json
--output out/report.json`) on those `check` accepts and on a sample of the others, then a second
`run` in another format (text to the default `reports/m.txt`, markdown, csv, or `--output -`,
sometimes with `--charts`) when the first succeeded. Every output path holds a sentinel file
before the command; every command runs under a timeout and a resident-memory limit.
"""

import os
import re
import tomllib
import shlex
import shutil
import signal
import subprocess
import time

import oracle

SENTINEL = b"moldrisk-fuzz sentinel: a failed command must leave this file as it is\n"
SCENARIO = "scenarios/m.toml"
DEFAULT_FLAGS = {"--trials": "2000", "--threads": "1"}
PAGE = os.sysconf("SC_PAGE_SIZE")
# Output the fuzzer reads and judges: a report, standard output or error larger than this is a
# failure of its own (`huge-output`) and is not read, and a command whose folder grows past
# FLOOD_BYTES is killed (the fuzzer must not exhaust the machine's memory or disk itself).
MAX_READ = 64 * 1024 * 1024
FLOOD_BYTES = 512 * 1024 * 1024


class Outcome:
    def __init__(self, argv, returncode, timed_out, memory, stdout, stderr, seconds, flood=False):
        self.flood = flood
        self.argv = argv
        self.returncode = returncode
        self.timed_out = timed_out
        self.memory = memory
        self.stdout = stdout
        self.stderr = stderr
        self.seconds = seconds


class Settings:
    def __init__(self, binary, check_timeout=5.0, run_timeout=20.0, memory_limit_mb=3000,
                 run_rejected_share=0.15, second_run_share=1.0):
        self.binary = os.path.abspath(binary)
        self.check_timeout = check_timeout
        self.run_timeout = run_timeout
        self.memory_limit = memory_limit_mb * 1024 * 1024
        self.run_rejected_share = run_rejected_share
        self.second_run_share = second_run_share


def execute(argv, cwd, timeout, memory_limit):
    """Runs argv in cwd; kills its process group at the timeout or above the memory limit."""
    io_dir = os.path.join(cwd, ".io")
    os.makedirs(io_dir, exist_ok=True)
    out_path, err_path = os.path.join(io_dir, "stdout"), os.path.join(io_dir, "stderr")
    start = time.monotonic()
    timed_out = memory = flood = False
    next_size_check = start + 0.25
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                start_new_session=True)
        delay = 0.002
        while True:
            try:
                proc.wait(timeout=delay)
                break
            except subprocess.TimeoutExpired:
                pass
            delay = min(delay * 2, 0.05)
            if time.monotonic() - start > timeout:
                timed_out = True
            elif _resident_bytes(proc.pid) > memory_limit:
                memory = True
            elif time.monotonic() > next_size_check:
                next_size_check = time.monotonic() + 0.25
                flood = folder_bytes(cwd) > FLOOD_BYTES
            if timed_out or memory or flood:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait()
                break
    seconds = time.monotonic() - start
    stdout, stderr = read_capped(out_path), read_capped(err_path)
    if stdout is None or stderr is None:
        flood = True
    shutil.rmtree(io_dir, ignore_errors=True)
    return Outcome(argv, proc.returncode, timed_out, memory, stdout or b"", stderr or b"", seconds, flood)


def read_capped(path):
    """The file's bytes, or None when it is larger than MAX_READ."""
    with open(path, "rb") as f:
        data = f.read(MAX_READ + 1)
    return None if len(data) > MAX_READ else data


def folder_bytes(root):
    total = 0
    for folder, _, names in os.walk(root):
        for name in names:
            try:
                total += os.lstat(os.path.join(folder, name)).st_size
            except OSError:
                pass
    return total


def _resident_bytes(pid):
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def files_under(root):
    """Relative paths of every file under root (the scenario and harness files aside)."""
    found = []
    for folder, _, names in os.walk(root):
        for name in names:
            rel = os.path.relpath(os.path.join(folder, name), root)
            if rel != SCENARIO and not rel.startswith(".io"):
                found.append(rel)
    return found


def user_strings(mutant):
    """Strings the input supplies (quoted strings, keys, --set values) that read as a non-finite
    figure: removed from reports before they are scanned, so a scenario named "nan" is not a
    failure. Regular expressions only: a mutant may be too big or too deep to parse."""
    strings = set()
    texts = [mutant.data.decode("utf-8", "replace")] + list(mutant.sets)
    for text in texts:
        strings.update(re.findall(r'"([^"\n]*)"', text))
        strings.update(re.findall(r"'([^'\n]*)'", text))
        for line in text.splitlines():
            head = line.split("=", 1)[0] if "=" in line else line
            strings.update(re.findall(r"[A-Za-z0-9_-]+", head))
    return {s for s in strings if oracle.NONFINITE.search(s)}


def check_argv(settings, mutant):
    argv = [settings.binary, "check", SCENARIO]
    for s in mutant.sets:
        argv += ["--set", s]
    return argv


def run_argv(settings, mutant, fmt, output, charts=None):
    flags = dict(DEFAULT_FLAGS)
    flags.update(mutant.flags)
    argv = [settings.binary, "run", SCENARIO]
    for k, v in flags.items():
        argv += [k, v]
    if fmt != "text" or output is not None:
        argv += ["--format", fmt]
    if output is not None:
        argv += ["--output", output]
    if charts:
        argv += ["--charts", charts]
    for s in mutant.sets:
        argv += ["--set", s]
    return argv


EXTENSIONS = {"json": "json", "text": "txt", "csv": "csv", "markdown": "md", "pdf": "pdf"}


def run_case(settings, mutant, workdir, rng):
    """Runs one mutant; returns (stats, problems) with problems a list of (kind, detail, argv),
    one per kind (the first command that showed it)."""
    stats, problems = _run_case(settings, mutant, workdir, rng)
    first = {}
    for p in problems:
        first.setdefault(p[0], p)
    return stats, list(first.values())


def prepare(workdir, data):
    """A fresh case folder: scenarios/m.toml holding `data`, empty reports/ and out/."""
    for d in ("scenarios", "reports", "out"):
        os.makedirs(os.path.join(workdir, d), exist_ok=True)
    with open(os.path.join(workdir, SCENARIO), "wb") as f:
        f.write(data)


def _run_case(settings, mutant, workdir, rng):
    prepare(workdir, mutant.data)
    problems = []
    stats = {"checks": 1, "runs": 0, "check_ok": 0}
    strings = user_strings(mutant)

    check, found = judge_check(settings, check_argv(settings, mutant), workdir)
    problems += [p + (check.argv,) for p in found]
    crashed = any(k != "silent-failure" for k, _ in found)
    stats["check_ok"] = int(check.returncode == 0 and not crashed)

    wants_run = check.returncode == 0 or bool(mutant.flags) or rng.random() < settings.run_rejected_share
    if not wants_run:
        return stats, problems

    argv = run_argv(settings, mutant, "json", "out/report.json")
    first, found = judge_run(settings, argv, workdir, strings)
    problems += [p + (argv,) for p in found]
    stats["runs"] += 1
    if not crashed and not first.timed_out and not first.memory and not first.flood:
        mismatch = oracle.mismatch_problem(check.returncode, first.returncode)
        if mismatch:
            problems.append(mismatch + (argv,))
    if first.returncode == 0 and rng.random() < settings.second_run_share:
        r = rng.random()
        if r < 0.55:
            fmt, output = "text", None
        elif r < 0.7:
            fmt, output = "markdown", None
        elif r < 0.82:
            fmt, output = "csv", "out/report.csv"
        elif r < 0.92:
            fmt, output = "pdf", None if rng.random() < 0.5 else "out/report.pdf"
        else:
            fmt, output = "text", "-"
        charts = "out/charts" if rng.random() < 0.25 else None
        argv = run_argv(settings, mutant, fmt, output, charts)
        _, found = judge_run(settings, argv, workdir, strings)
        problems += [p + (argv,) for p in found]
        stats["runs"] += 1
    return stats, problems


def judge_check(settings, argv, workdir):
    """One `check` command: (outcome, [(kind, detail)])."""
    outcome = execute(argv, workdir, settings.check_timeout, settings.memory_limit)
    kind = oracle.exit_kind(outcome.returncode, outcome.timed_out, outcome.memory, "check", outcome.flood)
    if kind:
        return outcome, [(kind, f"check exit {outcome.returncode}" + _tail(outcome.stderr))]
    p = oracle.silent_problem(outcome.returncode, outcome.stderr.decode("utf-8", "replace"))
    return outcome, [p] if p else []


def _option(argv, name):
    for i, a in enumerate(argv[:-1]):
        if a == name:
            return argv[i + 1]
    return None


def _scenario_language(workdir):
    """`scenario.lang` of the case's scenario file, English when unset or unreadable."""
    try:
        with open(os.path.join(workdir, "scenarios", "m.toml"), "rb") as f:
            lang = tomllib.load(f).get("scenario", {}).get("lang")
    except (OSError, tomllib.TOMLDecodeError, AttributeError):
        return "en"
    return lang if isinstance(lang, str) else "en"


def _report_stem(argv, workdir):
    """The default report's stem: `m`, or `m.<lang>` when `--lang` asks for another language than
    the scenario's own (`reports/<stem>.<lang>.<ext>` beside the scenario's own report)."""
    lang = _option(argv, "--lang")
    return "m" if lang is None or lang == _scenario_language(workdir) else f"m.{lang}"


def judge_run(settings, argv, workdir, strings):
    """One `run` command with a sentinel placed at its report path first (its format, --output
    and --charts read from argv): (outcome, [(kind, detail)])."""
    fmt, output, charts = _option(argv, "--format") or "text", _option(argv, "--output"), _option(argv, "--charts")
    what_if = output is None and "--set" in argv  # the report goes to reports/m+set-….ext
    if output == "-":
        target = None
    else:
        target = output or f"reports/{_report_stem(argv, workdir)}.{EXTENSIONS.get(fmt, 'txt')}"
        path = os.path.join(workdir, target)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(SENTINEL)
    problems = []
    before = files_under(workdir)
    outcome = execute(argv, workdir, settings.run_timeout, settings.memory_limit)
    kind = oracle.exit_kind(outcome.returncode, outcome.timed_out, outcome.memory, "run", outcome.flood)
    if kind:
        return outcome, [(kind, f"run exit {outcome.returncode}" + _tail(outcome.stderr))]
    stderr = outcome.stderr.decode("utf-8", "replace")
    if (p := oracle.silent_problem(outcome.returncode, stderr)):
        problems.append(p)
    after_bytes = None
    if target:
        path = os.path.join(workdir, target)
        if os.path.isfile(path):
            after_bytes = read_capped(path)
            if after_bytes is None:
                return outcome, problems + [("huge-output", f"report {target} above {MAX_READ >> 20} MB")]
        if what_if and after_bytes != SENTINEL:
            problems.append(("what-if-replaced", f"a what-if run replaced the scenario's own report {target}"))
        elif not what_if and (p := oracle.sentinel_problem(outcome.returncode, SENTINEL, after_bytes)):
            problems.append(p)
    if (p := oracle.new_files_problem(outcome.returncode, before, files_under(workdir))):
        problems.append(p)
    if outcome.returncode != 0:
        return outcome, problems
    headline = outcome.stderr if output == "-" else outcome.stdout
    report = outcome.stdout if output == "-" else (after_bytes or b"")
    if what_if:
        # A what-if run writes beside the scenario's own report (left as it was) and names the file.
        named = re.search(rb"Full report: (\S+)", headline)
        what_if_path = os.path.join(workdir, named.group(1).decode("utf-8", "replace")) if named else None
        report = read_capped(what_if_path) if what_if_path and os.path.isfile(what_if_path) else None
        if report is None:
            return outcome, problems + [("no-report", "a what-if run named no report it wrote")]
    if fmt == "pdf":
        found = oracle.pdf_problems(report, strings)
    else:
        found = oracle.report_problems(fmt, report.decode("utf-8", "replace"), strings)
    found += oracle.report_problems("headline", headline.decode("utf-8", "replace"), strings)
    if charts:
        chart_dir = os.path.join(workdir, charts)
        for name in sorted(os.listdir(chart_dir)) if os.path.isdir(chart_dir) else []:
            svg = read_capped(os.path.join(chart_dir, name))
            if svg is None:
                found.append(("huge-output", f"chart {name} above {MAX_READ >> 20} MB"))
                continue
            found += oracle.report_problems("svg", svg.decode("utf-8", "replace"), strings)
    return outcome, problems + _dedupe(found)


def _dedupe(found):
    """One problem per kind, its detail listing up to three findings."""
    by_kind = {}
    for kind, detail in found:
        by_kind.setdefault(kind, []).append(detail)
    return [(k, "; ".join(v[:3]) + (f" (+{len(v) - 3})" if len(v) > 3 else "")) for k, v in by_kind.items()]


def _tail(stderr):
    """The telling line of a failed command's standard error: a Swift fatal error, an assertion,
    else its first line."""
    lines = [l.strip() for l in stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    for line in lines:
        if re.search(r"Fatal error|[Aa]ssert|Illegal instruction|Segmentation|Aborted|panic|Crash", line):
            return ": " + line[:200]
    return (": " + lines[0][:200]) if lines else ""


def command_line(argv, binary_name="moldrisk"):
    """argv as a shell command, the binary shown as `moldrisk`."""
    return shlex.join([binary_name] + list(argv[1:]))
