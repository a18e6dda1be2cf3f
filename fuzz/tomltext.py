"""A small TOML writer for the fuzzer's structural mutations (Python's tomllib only reads).

`dumps(doc)` writes a parsed scenario back as TOML: root tables as `[name]` headers, each
`cycles.NAME` as its own `[cycles."NAME"]` header, everything deeper as inline values. A `Raw`
value is written verbatim, so a mutation can place text no Python value stands for (`2^63`,
`nan`, a 10^6-element array, an unterminated string).
"""

import json
import math
import re

BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


class Raw:
    """A TOML value written exactly as `text` (valid TOML or not)."""

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"Raw({self.text[:40]!r})"


def key(name):
    """A key segment: bare when it can be, else a basic string."""
    return name if BARE_KEY.match(name) else string(name)


def string(text):
    """A TOML basic string (control characters and DEL escaped)."""
    body = json.dumps(text, ensure_ascii=False)
    return body.replace("\x7f", "\\u007f")


def value(v):
    """One inline TOML value."""
    if isinstance(v, Raw):
        return v.text
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        text = repr(v)
        return text if any(c in text for c in ".en") else text + ".0"
    if isinstance(v, str):
        return string(v)
    if isinstance(v, list):
        return "[" + ", ".join(value(x) for x in v) + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{ " + ", ".join(f"{key(k)} = {value(x)}" for k, x in v.items()) + " }"
    return string(str(v))  # dates and times: written as strings (a type swap of their own)


def dumps(doc):
    """The whole document; `doc` is a dict as tomllib returns it, possibly holding `Raw` values."""
    lines = []
    tables = []
    for k, v in doc.items():
        if isinstance(v, dict):
            tables.append((k, v))
        else:
            lines.append(f"{key(k)} = {value(v)}")
    for name, table in tables:
        if name == "cycles" and table and all(isinstance(c, dict) for c in table.values()):
            for cycle, body in table.items():
                lines.append("")
                lines.append(f"[cycles.{key(cycle)}]")
                lines.extend(f"{key(k)} = {value(x)}" for k, x in body.items())
            continue
        lines.append("")
        lines.append(f"[{key(name)}]")
        lines.extend(f"{key(k)} = {value(x)}" for k, x in table.items())
    return "\n".join(lines) + "\n"


def leaf_paths(doc, prefix=()):
    """Every path (a tuple of keys and list indices) to a value in `doc`, tables included."""
    paths = []
    if isinstance(doc, dict):
        for k, v in doc.items():
            paths.append(prefix + (k,))
            paths.extend(leaf_paths(v, prefix + (k,)))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            paths.append(prefix + (i,))
            paths.extend(leaf_paths(v, prefix + (i,)))
    return paths


def dotted(path):
    """A key path as `--set` takes it (no list indices): `cycles."数据驱动".fixed_cost`."""
    return ".".join(key(k) for k in path)
