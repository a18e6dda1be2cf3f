"""What counts as a failure: pure functions of one command's outcome (unit-tested in test_oracle.py).

Kinds (the prefix of a kept input's file name):
- `crash-SIGxxx`   killed by a signal (negative return code, or exit status 128 + signal)
- `hang-check`, `hang-run`     still running at the timeout (then killed)
- `memory`         resident memory above the limit (then killed; the kernel would do it later)
- `huge-output`    standard output, standard error or a report above 64 MB, or the command's
                   folder above 512 MB (then killed): unbounded output from a small input
- `exit-N`         an exit status other than 0, 1 and 2
- `nonfinite-FMT`  a report (json, text, csv, markdown, pdf, svg) or the headline with a non-finite
                   figure: nan / inf / Infinity / n/a, a JSON null where a number belongs, an
                   empty CSV number field (a PDF's text layer is read with pdftotext)
- `bad-pdf`        a PDF report that is not a whole PDF file (header, end-of-file marker) or that
                   pdftotext cannot read
- `bad-json`       a JSON report that does not parse
- `written-after-failure`  exit status not 0, yet the output path no longer holds the sentinel
                   placed there before, or a new file appeared in the run's folders
- `no-report`      exit status 0, yet the report was not written (the sentinel is still there)
- `silent-failure` exit status 1 or 2 with nothing on standard error
- `check-run-mismatch`     `check` accepts what `run` calls invalid, or the other way round
"""

import csv
import io
import json
import math
import re
import shutil
import signal
import subprocess

# A figure that is not one. Not preceded or followed by a letter or digit, so "info" and
# "infinite" do not match; Chinese text next to it does not shield it.
NONFINITE = re.compile(r"(?<![A-Za-z0-9_])[-−+]?(?:nan|inf(?:inity)?)(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])n/a(?![A-Za-z0-9_])",
                       re.IGNORECASE)

# JSON paths (dotted; `*` for any cycle name or list index) where null is documented (README).
ALLOWED_NULL = [
    "convergence",                         # null unless --precision
    "cycles.*.max_stock_within_tolerance",  # no stock level within the tolerance
    "verdict.cycle",                       # NO-GO names no cycle
    "verdict.stock",
    "cycles.*.sensitivity_baseline",       # --no-sensitivity
    "verdict.to_go",                       # the verdict is GO
    "verdict.to_go.*",                     # none found / not searched (JSONReport.nullableKeys)
    "verdict.to_go.*.*",
    "verdict.cycle_choice",                # one cycle: no runner-up
    "cycles.*.stock_decision.within_tolerance",   # no stock passes (JSONReport.decisionNullableKeys)
    "cycles.*.stock_decision.recommended",
    "cycles.*.life.marks.within_tolerance",       # the life table's marks, the same way
    "cycles.*.life.marks.recommended",
]


def signal_name(number):
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"SIG{number}"


def exit_kind(returncode, timed_out=False, memory=False, command="run", flood=False):
    """The failure kind of an exit status alone, or None when it is 0, 1 or 2."""
    if flood:
        return "huge-output"
    if memory:
        return "memory"
    if timed_out:
        return f"hang-{command}"
    if returncode < 0:
        return "crash-" + signal_name(-returncode)
    if returncode >= 128:
        return "crash-" + signal_name(returncode - 128)
    if returncode not in (0, 1, 2):
        return f"exit-{returncode}"
    return None


def strip_user_strings(text, user_strings):
    """The text with every string the input supplied (names, --set values) removed, longest first,
    so a scenario named "nan" does not count as a non-finite figure."""
    for s in sorted({s for s in user_strings if s}, key=len, reverse=True):
        text = text.replace(s, " ")
    return text


def nonfinite_in_text(text, user_strings=()):
    """The non-finite tokens of a text report, markdown report, SVG chart or headline."""
    return [m.group(0) for m in NONFINITE.finditer(strip_user_strings(text, user_strings))]


def _path_matches(path, pattern):
    p, q = path.split("."), pattern.split(".")
    return len(p) == len(q) and all(b == "*" or a == b for a, b in zip(p, q))


def _null_allowed(path):
    return any(_path_matches(path, pattern) for pattern in ALLOWED_NULL)


def nonfinite_in_json(text, user_strings=()):
    """Problems of a JSON report: unparsable (`bad-json`), NaN/Infinity literals, non-finite
    numbers, nulls outside ALLOWED_NULL, strings that read as a non-finite figure.
    Returns a list of (kind, detail)."""
    constants = []

    def constant(name):
        constants.append(name)
        return float("nan")

    try:
        doc = json.loads(text, parse_constant=constant)
    except ValueError as error:
        return [("bad-json", str(error)[:200])]
    problems = [("nonfinite-json", f"literal {c}") for c in constants[:5]]

    def walk(node, path, display):
        # `path` is generic: a cycle's name and a list index read as `*`
        if isinstance(node, dict):
            for k, v in node.items():
                child = "*" if path == "cycles" else k
                walk(v, f"{path}.{child}" if path else child, f"{display}.{k}" if display else k)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}.*", f"{display}[{i}]")
        elif node is None:
            if not _null_allowed(path):
                problems.append(("nonfinite-json", f"{display} is null"))
        elif isinstance(node, float):
            if not math.isfinite(node) and not constants:
                problems.append(("nonfinite-json", f"{display} = {node}"))
        elif isinstance(node, str):
            if nonfinite_in_text(node, user_strings):
                problems.append(("nonfinite-json", f"{display} = {node[:80]!r}"))

    walk(doc, "", "")
    return problems[:8]


def nonfinite_in_csv(text, user_strings=()):
    """Problems of the CSV report: a non-finite token in x or y, or an empty x or y field
    (the CSV writes a non-finite number as an empty field)."""
    problems = []
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        return [("nonfinite-csv", f"unreadable CSV: {error}")]
    if not rows:
        return [("nonfinite-csv", "empty CSV")]
    header = rows[0]
    if "x" not in header or "y" not in header:
        return problems
    xi, yi, ui = header.index("x"), header.index("y"), header.index("x_unit") if "x_unit" in header else None
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            problems.append(("nonfinite-csv", f"row {n} has {len(row)} fields"))
            continue
        curve = row[1] if len(row) > 1 else ""
        for i in (xi, yi):
            if i == xi and ui is not None and row[ui] == "key":
                continue  # x is an input's key path, not a number
            cell = row[i]
            if cell == "" and ((i == xi and curve in ("sensitivity_baseline", "evpi", "evpi_se"))
                               or (i == yi and curve.startswith("to_go_"))):
                continue  # documented blanks: the tornado's centre and EVPI have no x; a to_go row with no value
            if cell == "" or nonfinite_in_text(cell, user_strings):
                problems.append(("nonfinite-csv", f"row {n} ({row[0][:30]}, {row[1]}): {header[i]} = {cell!r}"))
        if len(problems) >= 5:
            break
    return problems


def report_problems(fmt, text, user_strings=()):
    """(kind, detail) pairs for one written report of format `fmt` (json, text, csv, markdown, svg, headline)."""
    if fmt == "json":
        return nonfinite_in_json(text, user_strings)
    if fmt == "csv":
        return nonfinite_in_csv(text, user_strings)
    return [(f"nonfinite-{fmt}", repr(t)) for t in nonfinite_in_text(text, user_strings)[:5]]


def pdf_problems(data, user_strings=()):
    """(kind, detail) pairs for a PDF report's bytes: a whole file (`bad-pdf` otherwise), then its
    text layer (pdftotext, when installed) checked like a text report (`nonfinite-pdf`)."""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-32:]:
        return [("bad-pdf", f"not a whole PDF file ({len(data)} bytes, starts {data[:8]!r})")]
    if shutil.which("pdftotext") is None:
        return []
    try:
        done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return [("bad-pdf", "pdftotext took over 60 s")]
    if done.returncode != 0:
        return [("bad-pdf", "pdftotext: " + done.stderr.decode("utf-8", "replace")[:200])]
    return report_problems("pdf", done.stdout.decode("utf-8", "replace"), user_strings)


def sentinel_problem(returncode, before, after):
    """After a failed command (exit ≠ 0) the output path must be absent or hold the sentinel
    `before` byte for byte (`after` is None when the path is absent). After a success it must
    hold something else (the report)."""
    if returncode != 0:
        if after is not None and after != before:
            return ("written-after-failure", f"output changed ({len(before)} → {len(after)} bytes)")
        return None
    if after is None or after == before:
        return ("no-report", "exit 0 but the report was not written")
    return None


def new_files_problem(returncode, before, after):
    """After a failed command no new file may appear (reports, temporary files)."""
    if returncode == 0:
        return None
    added = sorted(set(after) - set(before))
    if added:
        return ("written-after-failure", "new files: " + ", ".join(added[:5]))
    return None


def mismatch_problem(check_rc, run_rc):
    """`check` and `run` must agree on validity (run's exit 2, a usage error of its own flags, aside)."""
    if check_rc == 0 and run_rc == 1:
        return ("check-run-mismatch", "check says OK, run says invalid")
    if check_rc == 1 and run_rc == 0:
        return ("check-run-mismatch", "check says invalid, run succeeds")
    return None


def silent_problem(returncode, stderr):
    if returncode in (1, 2) and not stderr.strip():
        return ("silent-failure", f"exit {returncode} with nothing on standard error")
    return None
