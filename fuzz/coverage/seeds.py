#!/usr/bin/env python3
"""Seed corpora of the libFuzzer harnesses (fuzz/coverage/, `make fuzz-coverage`).

    python3 fuzz/coverage/seeds.py --binary .build/debug/moldrisk --out .build-libfuzzer/seeds

writes OUT/scenario/: scenarios/*.toml, bench/scenarios-crosscheck/*.toml, the templates of
`moldrisk new` (English and Chinese) and every TOML scenario written as a multi-line string in
Tests/ (a `\"\"\"` literal holding a `[product]` or `[cycles` table); and OUT/partial/: the two
shards of each seed scenario of the partial mutator (fuzz/partials.py, 20,000 trials) and a few of
its mutants. Each file is named by the SHA-1 of its bytes, as libFuzzer names its own.
"""

import argparse
import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FUZZ = os.path.dirname(HERE)
REPO = os.path.dirname(FUZZ)
sys.path.insert(0, FUZZ)

import partials  # noqa: E402


def put(folder, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def test_scenarios():
    """TOML scenario texts written as Swift multi-line string literals in Tests/."""
    found = []
    for path in sorted(glob.glob(os.path.join(REPO, "Tests/**/*.swift"), recursive=True)):
        text = open(path, encoding="utf-8").read()
        for body in re.findall(r'"""\n(.*?)\n\s*"""', text, flags=re.S):
            if "[product]" in body or "[cycles" in body:
                lines = body.split("\n")
                indent = min((len(l) - len(l.lstrip(" ")) for l in lines if l.strip()), default=0)
                found.append("\n".join(l[indent:] for l in lines).encode("utf-8"))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    shutil.rmtree(args.out, ignore_errors=True)
    scenario_dir, partial_dir = os.path.join(args.out, "scenario"), os.path.join(args.out, "partial")
    for pattern in ("scenarios/*.toml", "bench/scenarios-crosscheck/*.toml"):
        for path in sorted(glob.glob(os.path.join(REPO, pattern))):
            put(scenario_dir, open(path, "rb").read())
    with tempfile.TemporaryDirectory() as folder:
        for lang in ("en", "zh"):
            subprocess.run([binary, "new", f"t-{lang}", "--lang", lang], cwd=folder, check=True, capture_output=True)
            put(scenario_dir, open(os.path.join(folder, f"t-{lang}.toml"), "rb").read())
    tests = test_scenarios()
    for data in tests:
        put(scenario_dir, data)
    bases = partials.build_bases(binary, REPO)
    for _, files in bases:
        for data in files:
            put(partial_dir, data)
    for i in range(20):
        for data in partials.mutant_for(1, i, bases).files:
            put(partial_dir, data)
    print(f"{len(os.listdir(scenario_dir))} scenario seeds ({len(tests)} from Tests/), "
          f"{len(os.listdir(partial_dir))} partial seeds in {args.out}")


if __name__ == "__main__":
    main()
