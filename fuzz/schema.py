"""The scenario schema as the binary under test knows it: `moldrisk keys` prints every key path
(`cycles.*.…` for any cycle, `correlation[].…` for any `[[correlation]]` entry), the top-level
sections and each distribution family's fields as JSON (ScenarioSchema.catalogJSON). The
mutators read the schema from here, never from a copy kept by hand, so a key or a section another
change adds is fuzzed without touching the fuzzer (a Swift test, ScenarioCatalogTests, keeps the
dump equal to what the parser accepts).
"""

import json
import subprocess

import tomltext


class Catalog:
    def __init__(self, keys, sections, distributions):
        self.keys = list(keys)
        self.sections = list(sections)
        self.distributions = {name: list(fields) for name, fields in distributions.items()}

    @classmethod
    def from_json(cls, text):
        d = json.loads(text)
        return cls(d["keys"], d["sections"], d["distributions"])

    def leaf_names(self):
        """The last part of every key (`unit_price`, `listing_sizes`, …), sorted, once each."""
        return sorted({k.split(".")[-1] for k in self.keys})

    def dotted_paths(self, cycles):
        """Every key path, `cycles.*` written once for each name in `cycles`; `[[correlation]]`
        keys left out (they are not `--set` paths)."""
        out = []
        for key in self.keys:
            if key.startswith("correlation[]"):
                continue
            if key.startswith("cycles.*."):
                out += ["cycles." + tomltext.key(c) + key[len("cycles.*"):] for c in cycles]
            else:
                out.append(key)
        return out

    def doc_path(self, key, cycle):
        """`key` as a tuple path into a parsed document, `*` replaced by `cycle`; None for a
        `[[correlation]]` key."""
        if key.startswith("correlation[]"):
            return None
        return tuple(cycle if part == "*" else part for part in key.split("."))


def load(binary, timeout=30):
    """The catalog of `binary` (`moldrisk keys`); raises RuntimeError when it cannot be read."""
    proc = subprocess.run([binary, "keys"], capture_output=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"`{binary} keys` failed (exit {proc.returncode}): "
                           f"{proc.stderr.decode('utf-8', 'replace')[:300]}")
    return Catalog.from_json(proc.stdout.decode("utf-8"))
