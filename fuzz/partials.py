"""Mutated partial results for `moldrisk merge` (issue 25: shards are not taken on trust).

Bases: each seed scenario of PARTIAL_SEEDS run as two shards (`run --shard i/2 --partial`, 20,000
trials: one chunk each), once per fuzzing round. A partial mutant is a base with one to three edits:

- damage: a byte flipped, a cut, a key deleted, a value of another type, a number replaced by a
  special (±1e308, NaN as text, 2^63, …) anywhere in the JSON, the shards swapped or duplicated;
- consistent edits, which every check of one file alone passes and which `merge` must refuse
  (`expect_refused`): the seed changed in every partial; the unit price changed in the scenario
  text with the fingerprint recomputed; every chunk's `late` counts set to other counts within
  0…n; a chunk figure (comparison, EVPI, mold cost) near the top of the doubles in every chunk;
  one chunk total changed under `--verify all`.

Each mutant runs `merge parts/0.partial parts/1.partial --format json --output out/report.json
--no-sensitivity [--verify all]` through the same oracle as `run` (crash, hang, memory, exit status,
sentinel, non-finite figures), plus `accepted-edited-partial`: exit status 0 on a consistent edit.
"""

import copy
import json
import os
import random
import re
import shutil
import tempfile

import harness

# Seed scenarios of the bases (relative to the repository): one plain, one with [life].
PARTIAL_SEEDS = ["scenarios/rinse-cups.toml", "scenarios/storage-box.toml"]
TRIALS = "20000"
SPECIALS = [1e308, -1e308, 1.7e308, 1.9e302, 0, -1, 0.5, 1e30, 1.0000001e30, 2**63, -2**63, 2**64,
            "nan", "inf", "-inf", 5e-324, None, "", [], {}, True]


class PartialMutant:
    """Two partial files' bytes and the `merge` flags; `expect_refused` when merge must refuse."""

    def __init__(self, index, base_name, files, ops, expect_refused, verify):
        self.index = index
        self.seed_name = base_name
        self.files = files
        self.ops = ops
        self.expect_refused = expect_refused
        self.verify = verify
        self.sets, self.flags = [], {}
        self.data = b"\0".join(files)  # hashed to name a kept failure

    def describe(self):
        return f"#{self.index} partials of {self.seed_name}: " + "; ".join(self.ops)

    def save(self, stem):
        folder = stem + ".parts"
        os.makedirs(folder, exist_ok=True)
        for i, data in enumerate(self.files):
            with open(os.path.join(folder, f"{i}.partial"), "wb") as f:
                f.write(data)


def build_bases(binary, repo, seeds=PARTIAL_SEEDS, timeout=300):
    """[(name, [shard 0 bytes, shard 1 bytes])] for each of `seeds` that exists."""
    bases = []
    binary = os.path.abspath(binary)
    for rel in seeds:
        path = os.path.join(repo, rel)
        if not os.path.isfile(path):
            continue
        folder = tempfile.mkdtemp(prefix="moldrisk-fuzz-partials-")
        try:
            shutil.copy(path, os.path.join(folder, "m.toml"))
            files = []
            for i in range(2):
                argv = [binary, "run", "m.toml", "--trials", TRIALS, "--threads", "1",
                        "--shard", f"{i}/2", "--partial", f"{i}.partial"]
                outcome = harness.execute(argv, folder, timeout, 1 << 32)
                if outcome.returncode != 0:
                    raise RuntimeError(f"{' '.join(argv)}: exit {outcome.returncode}: "
                                       f"{outcome.stderr.decode('utf-8', 'replace')[:300]}")
                with open(os.path.join(folder, f"{i}.partial"), "rb") as f:
                    files.append(f.read())
            bases.append((rel, files))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return bases


def fnv1a64(parts):
    """ScenarioSource.fingerprint: FNV-1a 64 of each part's UTF-8 bytes followed by a NUL."""
    h = 0xcbf29ce484222325
    for part in parts:
        for byte in part.encode("utf-8") + b"\0":
            h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def refingerprint(doc):
    s = doc["scenario"]
    doc["fingerprint"] = "fnv1a64:%016x" % fnv1a64([s["text"], s["stem"]] + list(s["overrides"]))


# ---------------------------------------------------------------- edits of the parsed partials

def _leaves(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _leaves(v, path + (k,))
    elif isinstance(node, list) and node:
        for i, v in enumerate(node):
            yield from _leaves(v, path + (i,))
    else:
        yield path, node


def _set(node, path, value):
    for p in path[:-1]:
        node = node[p]
    node[path[-1]] = value


def e_special(rng, docs):
    doc = rng.choice(docs)
    numbers = [(p, v) for p, v in _leaves(doc) if isinstance(v, (int, float)) and not isinstance(v, bool)]
    path, old = rng.choice(numbers)
    new = rng.choice(SPECIALS)
    _set(doc, path, new)
    return f"{_show(path)}: {old!r} → {new!r}", None


def e_scale(rng, docs):
    """A number of the chunk totals scaled a little: a bit-level change only a re-run can see."""
    doc = rng.choice(docs)
    numbers = [(p, v) for p, v in _leaves(doc["chunkTotals"]) if isinstance(v, float) and v != 0]
    if not numbers:
        return e_special(rng, docs)
    path, old = rng.choice(numbers)
    new = old * rng.choice([1 + 2**-50, 1.001, -1, 2])
    _set(doc["chunkTotals"], path, new)
    # Under --verify all every chunk is re-run and the sketches compared: refused for sure.
    return f"chunkTotals{_show(path)}: {old!r} → {new!r}", "all"


def e_delete(rng, docs):
    doc = rng.choice(docs)
    paths = [p for p, _ in _leaves(doc) if isinstance(p[-1], str)]
    path = rng.choice(paths)
    node = doc
    for p in path[:-1]:
        node = node[p]
    del node[path[-1]]
    return f"delete {_show(path)}", None


def e_type(rng, docs):
    doc = rng.choice(docs)
    path, old = rng.choice(list(_leaves(doc)))
    new = rng.choice(["x", [], {}, None, True, [old], {"a": old}])
    _set(doc, path, new)
    return f"{_show(path)}: {str(old)[:30]!r} → {new!r}", None


def e_shards(rng, docs):
    r = rng.random()
    if r < 0.5:
        docs[0]["shard"], docs[1]["shard"] = docs[1]["shard"], docs[0]["shard"]
        return "shard fields swapped", None
    docs[1].clear()
    docs[1].update(copy.deepcopy(docs[0]))
    return "shard 0 given twice", None


def e_seed(rng, docs):
    delta = rng.choice([1, 2**32, -1])
    for d in docs:
        d["seed"] = max(0, d["seed"] + delta)
    return f"seed {delta:+d} in every partial", True


def e_price(rng, docs):
    text = docs[0]["scenario"]["text"]
    match = re.search(r"unit_price\s*=\s*([0-9.]+)", text)
    if not match:
        return e_seed(rng, docs)
    new = rng.choice(["19.9", "0.5", "99", "1e6"])
    edited = text[:match.start(1)] + new + text[match.end(1):]
    for d in docs:
        d["scenario"]["text"] = edited
        refingerprint(d)
    return f"unit_price {match.group(1)} → {new}, fingerprints recomputed", True


def e_late(rng, docs):
    for d in docs:
        for chunk in d["chunkTotals"]:
            n = chunk["moldCost"][0]
            chunk["late"] = [n - v if n - v != v else (v + 1) % (n + 1) for v in chunk["late"]]
    return "every chunk's late counts n - late", True


def e_huge(rng, docs):
    field, value = rng.choice([("difference", 1e308), ("perfectInformation", 1.7e308), ("moldCost", 1.9e302),
                               ("profit", -1e308), ("reworkCost", 1e300)])
    for d in docs:
        for chunk in d["chunkTotals"]:
            target = chunk[field]
            moments = target if isinstance(target[0], (int, float)) else (target[0] if target else None)
            if moments is not None:
                moments[1] = value
    return f"every chunk's {field} mean → {value!r}", True


def e_bytes(rng, files):
    i = rng.randrange(len(files))
    data = bytearray(files[i])
    r = rng.random()
    if r < 0.4:
        for _ in range(rng.choice([1, 1, 4])):
            pos = rng.randrange(len(data))
            data[pos] = rng.randrange(256)
        what = "bytes flipped"
    elif r < 0.7:
        data = data[:rng.randrange(len(data))]
        what = "cut"
    else:
        pos = rng.randrange(len(data))
        data[pos:pos] = rng.choice([b"\0", b"\xff", b"[" * 10000, b"1" * 400, b"\"\\u0000\""])
        what = "bytes inserted"
    files = list(files)
    files[i] = bytes(data)
    return files, f"partial {i}: {what}"


EDITS = [(e_special, 25), (e_scale, 15), (e_delete, 8), (e_type, 8), (e_shards, 4), (e_seed, 6),
         (e_price, 6), (e_late, 6), (e_huge, 8)]


def _show(path):
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)[:120]


def mutant_for(seed, index, bases):
    """Deterministic: the same (seed, index, bases) always gives the same partial mutant."""
    rng = random.Random(f"moldrisk-fuzz-partial:{seed}:{index}")
    name, files = rng.choice(bases)
    ops, expect, verify = [], False, "sample"
    if rng.random() < 0.2:
        files, what = e_bytes(rng, files)
        ops.append(what)
    else:
        docs = [json.loads(f) for f in files]
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            edit = rng.choices([f for f, _ in EDITS], weights=[w for _, w in EDITS])[0]
            try:
                what, refused = edit(rng, docs)
            except (IndexError, KeyError, TypeError, ValueError, AttributeError):
                ops.append(f"({edit.__name__} skipped)")
                continue
            ops.append(what)
            if refused == "all":
                verify, expect = "all", True
            elif refused:
                expect = True
        files = [json.dumps(d, separators=(",", ":"), allow_nan=True).encode("utf-8") + b"\n" for d in docs]
    if verify == "sample" and rng.random() < 0.2:
        verify = "all"
    return PartialMutant(index, name, files, ops, expect, verify)


def merge_argv(settings, mutant):
    argv = [settings.binary, "merge", "parts/0.partial", "parts/1.partial", "--format", "json",
            "--output", "out/report.json", "--no-sensitivity"]
    return argv + (["--verify", "all"] if mutant.verify == "all" else [])


def prepare(workdir, files):
    os.makedirs(os.path.join(workdir, "parts"), exist_ok=True)
    os.makedirs(os.path.join(workdir, "out"), exist_ok=True)
    for i, data in enumerate(files):
        with open(os.path.join(workdir, "parts", f"{i}.partial"), "wb") as f:
            f.write(data)


def judge_merge(settings, argv, workdir, expect_refused):
    """One `merge` through `run`'s oracle, and a consistent edit that was accepted."""
    outcome, problems = harness.judge_run(settings, argv, workdir, set())
    if expect_refused and outcome.returncode == 0:
        problems.append(("accepted-edited-partial", "merge accepted partials edited consistently (exit 0)"))
    return outcome, problems


def run_case(settings, mutant, workdir):
    """(stats, problems) as harness.run_case gives them."""
    prepare(workdir, mutant.files)
    argv = merge_argv(settings, mutant)
    _, found = judge_merge(settings, argv, workdir, mutant.expect_refused)
    return {"checks": 0, "runs": 1, "check_ok": 0, "merges": 1}, [p + (argv,) for p in found]
