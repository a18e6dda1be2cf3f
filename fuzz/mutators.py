"""Mutations of scenario files and command lines, all drawn from one `random.Random`.

A mutant is a scenario file's bytes, the `--set` arguments given to both `check` and `run`, and
the flags given to `run` (`--trials`, `--seed`, `--threads`, `--precision`, `--lang`). `make_mutant(rng,
corpus)` picks a seed file and a mode:

- text: byte flips, deleted / duplicated / swapped lines, a value replaced by a special, odd
  table headers, long dotted keys, deep nesting, huge strings and arrays, BOM, CRLF, lone CR,
  NUL bytes, invalid UTF-8, right-to-left override and other invisible characters, truncation;
- struct: the file parsed (tomllib), a value swapped for another type or a special number,
  a key deleted or added, a distribution replaced by a random (often extreme) one, a cycle
  renamed, duplicated or deleted, `scenario.sampling` set, `[[correlation]]` entries added
  (real and bad key paths, valid, extreme and conflicting ranks), a `[life]` added or one of its
  keys set to an edge value, then written back (tomltext.dumps);
- set: the seed file untouched, 1-4 `--set PATH=VALUE` overrides (real, new and malformed paths);
- flags: `--trials`, `--seed`, `--threads` (and now and then `--precision`) mutated for `run`;
  `--lang` (mostly `zh`, so the Chinese reports meet the oracle too; now and then an unknown one).
"""

import random
import re
import tomllib

import tomltext
from tomltext import Raw

# The schema of the binary under test (schema.Catalog, from `moldrisk keys`): the keys, sections
# and distribution families the mutators use. fuzz.py sets it with use_catalog before any mutant.
CATALOG = None


def use_catalog(catalog):
    global CATALOG
    CATALOG = catalog

# Numbers as TOML text: edges of int64 and double, subnormals, specials, odd spellings.
SPECIAL_NUMBERS = [
    "0", "-1", "1", "0.5", "2", "-0.0", "1e308", "-1e308", "1.7976931348623157e308", "1e-320",
    "-1e-320", "2.2e-308", "5e-324", "nan", "+nan", "-nan", "inf", "+inf", "-inf",
    "9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616",
    "-9223372036854775808", "-9223372036854775809", "1e9", "1e15", "1e200", "-1e200", "1e-9",
    "0.0001", "0x7fffffffffffffff", "0b1", "0o777", "1_000", "1e1000", "-1e1000", "1__0", "01",
    "1.", ".5", "1e", "0.999999999999", "1.0000000001", "4294967296", "2147483648",
]

# Values of other types, and broken values.
OTHER_VALUES = [
    '"text"', '""', '"nan"', '"1e308"', '"100_000"', "true", "false", "[]", "[1, 2]", '["a"]',
    "{}", '{ dist = "fixed", value = 1 }', "1979-05-27T07:32:00Z", "07:32:00", "1979-05-27",
    "'literal'", '"""multi\nline"""', "[[1], [2]]", "[1, 'a']", '"unterminated', "{", "[",
    "{ a = 1, a = 2 }", '"\\u0000"', '"\\uD800"', '"\\x41"', "=", "", "[1,]", "{ a = 1, }",
]

# Known hazards: parameter sets that reached GSL or a loop with NaN, each now refused with a message.
HAZARD_DISTS = [
    '{ dist = "pert", min = 1, mode = 2, max = 3, lambda = 1e308 }',
    '{ dist = "beta", alpha = 1e-320, beta = 1e-320 }',
    '{ dist = "gamma", shape = 1e-320, scale = 1 }',
    '{ dist = "gamma", shape = 1e308, scale = 1e308 }',
    '{ dist = "lognormal", median = 1e308, sigma = 1e308 }',
    '{ dist = "lognormal", median = 1e-320, sigma = 700 }',
    '{ dist = "normal", mean = 0, sd = 1e308 }',
    '{ dist = "uniform", min = -1e308, max = 1e308 }',
    '{ dist = "triangular", min = 0, mode = 0, max = 1e308 }',
    '{ dist = "empirical", values = [0, 1e12], weights = [998, 2] }',
    '{ dist = "empirical", values = [1, 2], weights = [0, 0] }',
    '{ dist = "empirical", values = [1e308, -1e308] }',
    '{ dist = "empirical", values = [] }',
    '{ dist = "pert", min = 0, mode = 0, max = 0 }',
    '{ dist = "beta", alpha = 1e308, beta = 1e-320 }',
]

ODD_HEADERS = [
    "[}]", "[.]", "[#x]", "[a.]", "[.a]", "[a..b]", "[]", "[[]]", "[cycles]", "[[cycles.x]]",
    '[ "a" . "b" ]', "[product]", "[cycles.traditional.demand]", "[=]", "[a=1]", '["\\u0000"]',
    "[[product]]", "[scenario.name]", "[ ]", "[a.b.c.d.e.f]", "[\"\u202e\"]", "[cycles.\"\"]",
]

ODD_NAMES = [
    "", " ", "a\nb", "a\rb", "\u202eevil", "\u200b", "数据驱动", "a.b", "x" * 1000, "\x00",
    "\t", "a\"b", "a\\b", "nan", "inf", "n/a", "\ufeff", "e\u0301", "🙂" * 10, "-", "1",
]

INVISIBLES = ["\u202e", "\u202d", "\u200b", "\u200f", "\u2066", "\ufeff", "\u00a0", "\u2028"]

INVALID_UTF8 = [b"\xff", b"\xfe", b"\xc3\x28", b"\xa0\xa1", b"\xe2\x28\xa1", b"\xf0\x28\x8c\x28",
                b"\xed\xa0\x80", b"\xc0\xaf", b"\xf8\x88\x80\x80\x80", b"\xe2\x82"]

TRIALS_FLAG = ["1", "2", "3", "7", "10", "999", "2000", "10001", "20000", "0", "-1", "-2000",
               "1000000001", "9223372036854775807", "9223372036854775808", "18446744073709551616",
               "abc", "", "1e3", "2_000", " 5", "nan", "0x10", "+5", "2000.0"]
LANG_FLAG = ["zh", "zh", "en", "fr", ""]   # the Chinese reports get the oracle's checks too
SEED_FLAG = ["0", "1", "9223372036854775807", "9223372036854775808", "18446744073709551615",
             "18446744073709551616", "-1", "x", "", "1.5", "-0", "+3", "0x1"]
THREADS_FLAG = ["1", "2", "3", "16", "1024", "1025", "0", "-1", "9223372036854775808", "x", ""]
PRECISION_FLAG = ["0.5", "0.01", "1e-300", "0", "-0.1", "nan", "inf", "0.6", "x"]


def huge_string(rng):
    return '"' + "x" * rng.choice([10_000, 100_000, 1_000_000, 10_000_000]) + '"'


def huge_array(rng):
    n = rng.choice([100, 10_000, 100_000, 1_000_000])
    base = rng.choice([1, 1000, 100_000])
    return "[" + ", ".join(str(base + i) for i in range(n)) + "]"


def deep(rng):
    d = rng.choice([10, 100, 1000, 10_000, 100_000])
    kind = rng.choice(["array", "inline", "mixed"])
    if kind == "array":
        return "[" * d + "1" + "]" * d
    if kind == "inline":
        return "{ a = " * d + "1" + " }" * d
    return "[{ a = " * d + "1" + " }]" * d


def long_dotted_key(rng):
    parts = rng.choice([2, 100, 1000, 10_000, 150_000])
    return ".".join(rng.choice(["a", "b", "cycles", "x"]) for _ in range(parts))


def special_value(rng, original=None):
    """A value as TOML text: mostly special numbers, sometimes another type or a huge value."""
    r = rng.random()
    if r < 0.45:
        return rng.choice(SPECIAL_NUMBERS)
    if r < 0.6 and isinstance(original, (int, float)) and not isinstance(original, bool):
        factor = rng.choice([-1, 0, 1e-9, 1e-3, 0.5, 2, 10, 1e3, 1e6, 1e12, 1e300])
        v = original * factor
        return tomltext.value(int(v) if isinstance(original, int) and abs(v) < 2**62 else float(v))
    if r < 0.8:
        return rng.choice(OTHER_VALUES)
    if r < 0.88:
        return random_dist(rng)
    if r < 0.92:
        return rng.choice(HAZARD_DISTS)
    return rng.choice([huge_string, huge_array, deep])(rng)


def random_dist(rng):
    """A distribution table with random, often extreme parameters (and now and then a bad field)."""
    families = CATALOG.distributions
    family = rng.choice(sorted(families))
    fields = []
    if rng.random() < 0.95:
        fields.append(f'dist = "{family}"' if rng.random() < 0.9 else f'dist = "{rng.choice(["Pert", "", "poisson", "x" * 50])}"')
    for name in families[family]:
        if rng.random() < 0.07:
            continue  # a missing field
        if name in ("values", "weights"):
            n = rng.choice([1, 2, 3, 5])
            fields.append(f"{name} = [" + ", ".join(ordinary_or_special(rng) for _ in range(n)) + "]")
        else:
            fields.append(f"{name} = {ordinary_or_special(rng)}")
    if rng.random() < 0.05:
        fields.append("extra = 1")
    return "{ " + ", ".join(fields) + " }"


def ordinary_or_special(rng):
    if rng.random() < 0.6:
        return rng.choice(["0", "1", "2", "3", "10", "0.5", "100", "1000", "20_000", "0.001", "5"])
    return rng.choice(SPECIAL_NUMBERS[:45])


# ---------------------------------------------------------------- text mutations (bytes)

def _lines(data):
    return data.split(b"\n")


def _join(lines):
    return b"\n".join(lines)


def _enc(text):
    return text.encode("utf-8", "surrogatepass")


def t_byte_flip(rng, data):
    if not data:
        return data, "byte-flip (empty)"
    b = bytearray(data)
    n = rng.choice([1, 1, 2, 4, 8])
    for _ in range(n):
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b), f"byte-flip x{n}"


def t_delete_line(rng, data):
    lines = _lines(data)
    i = rng.randrange(len(lines))
    del lines[i]
    return _join(lines), f"delete line {i + 1}"


def t_duplicate_line(rng, data):
    lines = _lines(data)
    i = rng.randrange(len(lines))
    j = rng.randrange(len(lines) + 1)
    lines.insert(j, lines[i])
    return _join(lines), f"duplicate line {i + 1} at {j + 1}"


def t_swap_lines(rng, data):
    lines = _lines(data)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return _join(lines), f"swap lines {i + 1} and {j + 1}"


def _assignment_lines(lines):
    return [i for i, l in enumerate(lines) if b"=" in l and not l.lstrip().startswith(b"#")]


def t_replace_value(rng, data):
    """`key = value` → `key = <special>`; in an inline table, one field's value replaced."""
    lines = _lines(data)
    candidates = _assignment_lines(lines)
    if not candidates:
        return t_byte_flip(rng, data)
    i = rng.choice(candidates)
    line = lines[i].decode("utf-8", "surrogateescape")
    new = special_value(rng)
    positions = [p for p, c in enumerate(line) if c == "="]
    p = rng.choice(positions)
    rest = line[p + 1:]
    # the value ends at the next ',' or '}' inside an inline table, else at a comment or the line end
    end = len(rest)
    for stop in (",", "}", "#"):
        q = rest.find(stop)
        if q != -1 and (stop != "#" or "{" not in rest):
            end = min(end, q)
    line = line[:p + 1] + " " + new + rest[end:] if end < len(rest) else line[:p + 1] + " " + new
    lines[i] = line.encode("utf-8", "surrogateescape")
    return _join(lines), f"line {i + 1}: value → {new[:60]}"


def t_delete_key(rng, data):
    """Deletes one `key = value` from a line (an inline table's field, or the whole line)."""
    lines = _lines(data)
    candidates = _assignment_lines(lines)
    if not candidates:
        return t_delete_line(rng, data)
    i = rng.choice(candidates)
    line = lines[i].decode("utf-8", "surrogateescape")
    fields = list(re.finditer(r"(\b[\w]+\s*=\s*(\"[^\"]*\"|\[[^\]]*\]|[^,{}\[\]]+))\s*,?\s*", line))
    inner = [m for m in fields if m.start() > line.find("{") > -1]
    if inner and rng.random() < 0.7:
        m = rng.choice(inner)
        line = line[:m.start()] + line[m.end():]
        lines[i] = line.encode("utf-8", "surrogateescape")
        return _join(lines), f"line {i + 1}: delete field {m.group(1)[:40]!r}"
    del lines[i]
    return _join(lines), f"delete key line {i + 1}"


def t_odd_header(rng, data):
    lines = _lines(data)
    h = rng.choice(ODD_HEADERS)
    j = rng.randrange(len(lines) + 1)
    lines.insert(j, _enc(h))
    return _join(lines), f"header {h!r} at line {j + 1}"


def t_long_dotted_key(rng, data):
    lines = _lines(data)
    k = long_dotted_key(rng)
    j = rng.randrange(len(lines) + 1)
    lines.insert(j, _enc(f"{k} = 1"))
    return _join(lines), f"dotted key of {k.count('.') + 1} parts at line {j + 1}"


def t_big_value(rng, data):
    """A huge string, a huge array or a deeply nested value at a real key, or a new key."""
    maker = rng.choice([huge_string, huge_array, deep])
    text = maker(rng)
    lines = _lines(data)
    candidates = _assignment_lines(lines)
    if candidates and rng.random() < 0.7:
        i = rng.choice(candidates)
        line = lines[i].decode("utf-8", "surrogateescape")
        keypart = line.split("=", 1)[0]
        lines[i] = _enc(keypart + "= " + text)
        where = f"line {i + 1} ({keypart.strip()[:30]})"
    else:
        i = rng.randrange(len(lines) + 1)
        lines.insert(i, _enc("big = " + text))
        where = f"new key at line {i + 1}"
    return _join(lines), f"{maker.__name__} of {len(text)} bytes at {where}"


def t_bom(rng, data):
    if rng.random() < 0.7:
        return b"\xef\xbb\xbf" + data, "BOM at start"
    i = rng.randrange(len(data) + 1)
    return data[:i] + b"\xef\xbb\xbf" + data[i:], f"BOM at byte {i}"


def t_crlf(rng, data):
    r = rng.random()
    if r < 0.6:
        return data.replace(b"\n", b"\r\n"), "CRLF line ends"
    if r < 0.8:
        return data.replace(b"\n", b"\r"), "CR line ends"
    lines = _lines(data)
    i = rng.randrange(len(lines))
    lines[i] = lines[i] + b"\r"
    return _join(lines), f"CR at end of line {i + 1}"


def t_nul(rng, data):
    i = rng.randrange(len(data) + 1)
    return data[:i] + b"\x00" * rng.choice([1, 1, 3]) + data[i:], f"NUL at byte {i}"


def _string_positions(data):
    """Byte offsets just inside a quoted string (after the opening quote)."""
    return [i + 1 for i, c in enumerate(data) if c == 0x22]


def t_invalid_utf8(rng, data):
    seq = rng.choice(INVALID_UTF8)
    spots = _string_positions(data)
    i = rng.choice(spots) if spots and rng.random() < 0.6 else rng.randrange(len(data) + 1)
    return data[:i] + seq + data[i:], f"invalid UTF-8 {seq!r} at byte {i}"


def t_invisible(rng, data):
    ch = rng.choice(INVISIBLES)
    spots = _string_positions(data)
    i = rng.choice(spots) if spots and rng.random() < 0.7 else rng.randrange(len(data) + 1)
    return data[:i] + _enc(ch) + data[i:], f"U+{ord(ch):04X} at byte {i}"


def t_truncate(rng, data):
    i = rng.randrange(len(data) + 1)
    return data[:i], f"truncate at byte {i}"


TEXT_OPS = [
    (t_replace_value, 30), (t_delete_key, 8), (t_delete_line, 6), (t_duplicate_line, 6),
    (t_swap_lines, 3), (t_byte_flip, 8), (t_odd_header, 5), (t_long_dotted_key, 3),
    (t_big_value, 4), (t_bom, 3), (t_crlf, 3), (t_nul, 3), (t_invalid_utf8, 4),
    (t_invisible, 4), (t_truncate, 3),
]

# ---------------------------------------------------------------- structural mutations (parsed)


def _get(doc, path):
    for k in path:
        doc = doc[k]
    return doc


def _set(doc, path, v):
    _get(doc, path[:-1])[path[-1]] = v


def s_special(rng, doc):
    """A numeric (or any) value replaced by a special value or a scaled copy."""
    paths = tomltext.leaf_paths(doc)
    numeric = [p for p in paths if isinstance(_get(doc, p), (int, float)) and not isinstance(_get(doc, p), bool)]
    path = rng.choice(numeric if numeric and rng.random() < 0.85 else paths)
    old = _get(doc, path)
    new = special_value(rng, old)
    _set(doc, path, Raw(new))
    return f"{_show(path)} → {new[:60]}"


def s_scale(rng, doc):
    """A number scaled or set to an extreme that validation may still accept (valid-looking input)."""
    paths = tomltext.leaf_paths(doc)
    numeric = [p for p in paths if isinstance(_get(doc, p), (int, float)) and not isinstance(_get(doc, p), bool)]
    if not numeric:
        return s_special(rng, doc)
    path = rng.choice(numeric)
    old = _get(doc, path)
    if rng.random() < 0.6:
        factor = rng.choice([0, 1e-300, 1e-12, 1e-6, 1e-3, 0.1, 0.5, 0.99, 1.01, 2, 10, 1e3, 1e6, 1e12, 1e100, 1e300])
        new = old * factor
        new = int(new) if isinstance(old, int) and abs(new) < 2**62 and new == int(new) else float(new)
    else:
        new = Raw(rng.choice(["0", "1", "1e-320", "5e-324", "2.2e-308", "1e-9", "0.0001", "1e308",
                              "1e200", "1e15", "9223372036854775807", "0.999999999", "1e-3"]))
    _set(doc, path, new)
    return f"{_show(path)} → {tomltext.value(new)[:60]}"


def s_swap_type(rng, doc):
    path = rng.choice(tomltext.leaf_paths(doc))
    old = _get(doc, path)
    choices = {
        "number": Raw(rng.choice(["1", "0.5", "-1", "1e308"])),
        "string": rng.choice(["text", "", "1000", "nan", "数据"]),
        "table": rng.choice([{}, {"dist": "fixed", "value": 1}, {"a": 1}]),
        "array": rng.choice([[], [1, 2], ["a"], [[1]]]),
        "bool": rng.choice([True, False]),
    }
    if isinstance(old, (dict, list, str)) and rng.random() < 0.5:
        # a table / array / string seen as the number inside it, or wrapped
        new = rng.choice([[old], {"value": old}, str(old)[:100] if not isinstance(old, str) else old])
    else:
        new = rng.choice(list(choices.values()))
    _set(doc, path, new)
    return f"{_show(path)} → {tomltext.value(new)[:60]}"


def s_delete(rng, doc):
    paths = [p for p in tomltext.leaf_paths(doc) if not isinstance(p[-1], int)]
    path = rng.choice(paths)
    del _get(doc, path[:-1])[path[-1]]
    return f"delete {_show(path)}"


def s_add_key(rng, doc):
    tables = [p for p in tomltext.leaf_paths(doc) if isinstance(_get(doc, p), dict)] + [()]
    path = rng.choice(tables)
    # a real key of the schema (in the wrong table, mostly) or a near miss
    name = rng.choice(CATALOG.leaf_names() + ["extra", "Stock", "unit_prices", "dist", "value", "lambda", "weights"])
    v = Raw(special_value(rng))
    _get(doc, path)[name] = v
    return f"add {_show(path + (name,))} = {v.text[:60]}"


def s_dist(rng, doc):
    """A value replaced by a random distribution (mostly where one is allowed)."""
    paths = [p for p in tomltext.leaf_paths(doc) if isinstance(_get(doc, p), (dict, int, float))
             and not isinstance(p[-1], int) and len(p) >= 2]
    path = rng.choice(paths)
    d = Raw(rng.choice(HAZARD_DISTS) if rng.random() < 0.25 else random_dist(rng))
    _set(doc, path, d)
    return f"{_show(path)} → {d.text[:80]}"


def s_cycles(rng, doc):
    cycles = doc.get("cycles")
    if not isinstance(cycles, dict) or not cycles:
        return s_special(rng, doc)
    names = list(cycles)
    r = rng.random()
    name = rng.choice(names)
    if r < 0.4:
        new = rng.choice(ODD_NAMES)
        doc["cycles"] = {(new if k == name else k): v for k, v in cycles.items()}
        return f"rename cycle {name!r} → {new[:40]!r}"
    if r < 0.7:
        import copy
        n = rng.choice([1, 2, 10, 100])
        for j in range(n):
            cycles[f"{name}_{j}"] = copy.deepcopy(cycles[name])
        return f"copy cycle {name!r} x{n}"
    del cycles[name]
    return f"delete cycle {name!r}"


def s_stock_levels(rng, doc):
    levels = rng.choice([[], [0], [-1], [1], [1e-320], [2**62], [1, 1, 1], list(range(1, 1001)),
                         Raw(huge_array(rng)), Raw("[1e308, 5e-324]"), Raw('[1, "a"]'), Raw("[nan]")])
    doc.setdefault("analysis", {})
    if not isinstance(doc["analysis"], dict):
        doc["analysis"] = {}
    doc["analysis"]["stock_levels"] = levels
    return f"analysis.stock_levels → {tomltext.value(levels)[:60]}"


def s_stock_range(rng, doc):
    value = rng.choice([[], [0, 10], [10, 5], [5, 5], [1, 1e9], [1, 2e9], [1e-320, 1], [1], [1, 2, 3],
                        Raw("[nan, 1]"), Raw('[1, "a"]'), Raw("[inf, 1]"), 7, "x"])
    doc.setdefault("analysis", {})
    if not isinstance(doc["analysis"], dict):
        doc["analysis"] = {}
    doc["analysis"]["stock_range"] = value
    return f"analysis.stock_range → {tomltext.value(value)[:60]}"


SAMPLING_VALUES = ["random", "latin_hypercube", "sobol", "Sobol", "lhs", "", "latin-hypercube"]


def _cycle_names(doc):
    cycles = doc.get("cycles")
    return [str(name) for name in cycles] if isinstance(cycles, dict) else []


def _input_paths(doc):
    """Key paths a `[[correlation]]` entry may name in `doc` (random or not: every key of the
    schema, each cycle's `demand.conversion` of the signals form), then six that it may not."""
    cycles = _cycle_names(doc)
    paths = CATALOG.dotted_paths(cycles) + ["cycles." + tomltext.key(c) + ".demand.conversion" for c in cycles]
    return paths + ["product.nope", "cycles.nope.research_days", "mold", "", "mold..cost", "cycles.\"x"]


def s_sampling(rng, doc):
    """`scenario.sampling` set to a method (mostly a valid one) or a wrong value."""
    doc.setdefault("scenario", {})
    if not isinstance(doc["scenario"], dict):
        doc["scenario"] = {}
    v = rng.choice(SAMPLING_VALUES[:3]) if rng.random() < 0.8 else rng.choice(SAMPLING_VALUES[3:] + [Raw(special_value(rng))])
    doc["scenario"]["sampling"] = v
    return f"scenario.sampling → {tomltext.value(v)[:40]}"


def s_correlation(rng, doc):
    """`[[correlation]]` entries: pairs of (mostly real) input paths with ranks that are valid,
    extreme, conflicting or not numbers; sometimes many, sometimes malformed."""
    paths = _input_paths(doc)
    real = paths[:-6]
    entries = []
    for _ in range(rng.choice([1, 1, 2, 3, 5, 20, 101])):
        pick = real if rng.random() < 0.9 else paths
        between = [rng.choice(pick), rng.choice(pick)]
        if rng.random() < 0.05:
            between = rng.choice([[], [between[0]], between + [between[0]], "mold.cost", [1, 2]])
        r = rng.random()
        rank = (round(rng.uniform(-1, 1), 3) if r < 0.6 else rng.choice([1, -1, 0, 0.99, -0.99])
                if r < 0.8 else Raw(special_value(rng)))
        entry = {"between": between, "rank": rank}
        if rng.random() < 0.05:
            entry = rng.choice([{"between": between}, {"rank": rank}, {"between": between, "rank": rank, "rnak": 1}])
        entries.append(entry)
    if rng.random() < 0.05:
        entries = rng.choice([Raw("[]"), Raw("1"), Raw('"a"'), {"between": ["mold.cost", "mold.days"], "rank": 0.5}])
    doc["correlation"] = entries
    return f"correlation → {tomltext.value(entries)[:100]}"


def s_variant(rng, doc):
    """`[[variant]]` what-ifs (DESIGN §8.5): names (duplicate, empty, Chinese) and `set` tables of key
    paths as --set takes them, real or misspelt, with valid, extreme or wrongly typed values; sometimes
    malformed entries, a variant setting scenario keys, or more than the 20 allowed."""
    keys = ["mold.cost", "product.stock", "product.unit_price", "cycles.traditional.rework_probability",
            "analysis.stock_levels", "decision.max_loss_probability", "mold.cots", "scenario.seed", "variant",
            "cycles.data_driven.demand.visitors", "life.seasons"]
    entries = []
    for i in range(rng.choice([1, 1, 2, 3, 21])):
        chosen = {}
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            key = rng.choice(keys)
            r = rng.random()
            chosen[key] = (round(rng.uniform(-1e6, 1e6), 2) if r < 0.5 else rng.choice([0, 1, 40_000, 0.2, "x", [1, 2]])
                           if r < 0.8 else Raw(special_value(rng)))
        entry = {"name": rng.choice([f"v{i}", "报价 28万", "", "v0"]), "set": chosen}
        if rng.random() < 0.05:
            entry = rng.choice([{"name": "x"}, {"set": chosen}, {"name": "x", "set": chosen, "sett": 1}, Raw("1")])
        entries.append(entry)
    if rng.random() < 0.05:
        entries = rng.choice([Raw("[]"), Raw("1"), Raw('"a"')])
    doc["variant"] = entries
    return f"variant → {tomltext.value(entries)[:100]}"


# [life] (DESIGN §8.1): edge values of every key, odd restock rules, extreme demand changes (a long run
# of large changes must not overflow the potential demand to ∞ or NaN).
LIFE_SEASONS = [1, 2, 4, 40, 0, 41, -1, 2.5, 1e308, "4", Raw("nan"), True]
LIFE_CHANGES = [0.85, 0, 1, 100, 101, -0.5, Raw("nan"), Raw("inf"),
                Raw('{ dist = "lognormal", median = 0.85, sigma = 0.2 }'),
                Raw('{ dist = "lognormal", median = 100, sigma = 10 }'),
                Raw('{ dist = "lognormal", median = 1e-300, sigma = 10 }'),
                Raw('{ dist = "normal", mean = 0.9, sd = 100 }'),
                Raw('{ dist = "gamma", shape = 1e-3, scale = 100 }'),
                Raw('{ dist = "empirical", values = [0, 100], weights = [1, 1] }'),
                Raw('{ dist = "uniform", min = 0, max = 100 }')]
LIFE_RESTOCK = ["same", "last_sold", "last", "", "SAME", 1, "last_sold\u0000"]
LIFE_MAINTENANCE = [0, 5000, 1e12, -1, 1e13, Raw("nan"),
                    Raw('{ dist = "triangular", min = 0, mode = 5_000, max = 1e12 }'),
                    Raw('{ dist = "normal", mean = 0, sd = 1e12 }')]
LIFE_DISCOUNT = [0, 0.05, 1, 1.5, -0.1, 20, Raw("nan"), 5e-324]


def s_life(rng, doc):
    """Adds or changes `[life]`: a valid one, then one key set to an edge or invalid value (or deleted)."""
    life = doc.get("life") if isinstance(doc.get("life"), dict) else None
    if life is None:
        life = {"seasons": rng.choice([1, 4, 40]), "demand_change": Raw('{ dist = "lognormal", median = 0.85, sigma = 0.2 }'),
                "restock": rng.choice(["same", "last_sold"]), "maintenance_per_season": 5000,
                "discount_per_season": 0.05}
        doc["life"] = life
    key, choices = rng.choice([("seasons", LIFE_SEASONS), ("demand_change", LIFE_CHANGES), ("restock", LIFE_RESTOCK),
                               ("maintenance_per_season", LIFE_MAINTENANCE), ("discount_per_season", LIFE_DISCOUNT)])
    if rng.random() < 0.1:
        life.pop(key, None)
        return f"life.{key} deleted"
    life[key] = rng.choice(choices)
    return f"life.{key} → {tomltext.value(life[key])[:60]}"


LISTING_SIZES = [[], [0], [-1], [1], [1.5], [1_000_000], [1_000_001], [2**62], [1, 1, 1],
                 list(range(1, 12)), [2_000, 5_000, 20_000, 50_000], Raw("[1e308]"), Raw('[1, "a"]'),
                 Raw("[nan]"), Raw("5"), Raw("[[1]]")]


def s_value_of_information(rng, doc):
    """`[value_of_information]` added or changed: odd listing sizes, odd costs, a typo'd key, or a
    table in the wrong place (EVSI's re-runs then run on whatever the scenario's cycles are)."""
    r = rng.random()
    if r < 0.1:
        doc["value_of_information"] = Raw(rng.choice(["5", '"x"', "[]", "true"]))
        return "value_of_information → not a table"
    table = doc.get("value_of_information")
    if not isinstance(table, dict):
        table = {"listing_sizes": [2_000, 20_000], "cost_per_impression": 0.05}
        doc["value_of_information"] = table
    if r < 0.5:
        table["listing_sizes"] = rng.choice(LISTING_SIZES)
    elif r < 0.85:
        table["cost_per_impression"] = Raw(special_value(rng))
    elif r < 0.93:
        table[rng.choice(["listing_size", "cost", "sizes", "extra"])] = Raw(special_value(rng))
    elif table:
        del table[rng.choice(list(table))]
    return f"value_of_information → {tomltext.value(table)[:80]}"


def s_schema_key(rng, doc):
    """Any key of the schema (`moldrisk keys`, so sections added later are fuzzed too), present
    in the file or not, set to a special value, a random distribution or an ordinary number."""
    key = rng.choice([k for k in CATALOG.keys if not k.startswith("correlation[]")])
    cycles = _cycle_names(doc)
    path = CATALOG.doc_path(key, rng.choice(cycles) if cycles else "new")
    node = doc
    for part in path[:-1]:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    r = rng.random()
    v = Raw(special_value(rng, node.get(path[-1])) if r < 0.6 else random_dist(rng) if r < 0.8
            else ordinary_or_special(rng))
    node[path[-1]] = v
    return f"{_show(path)} → {v.text[:60]}"


STRUCT_OPS = [(s_scale, 35), (s_special, 30), (s_swap_type, 12), (s_delete, 10), (s_add_key, 6), (s_dist, 15),
              (s_cycles, 8), (s_stock_levels, 5), (s_stock_range, 4), (s_life, 10),
              (s_value_of_information, 5), (s_sampling, 5), (s_correlation, 8), (s_schema_key, 12),
              (s_variant, 6)]


def _show(path):
    return ".".join(str(k) for k in path)[:120]


# ---------------------------------------------------------------- --set and flags

MALFORMED_SETS = ["=1", "a", "a==b", "product.stock=", "product.stock= 1", ".=1", "a.b.c.d.e=1",
                  "product..stock=1", "cycles.\"x=1", "\u202e=1", "product.stock[0]=1", "=",
                  "product.stock=1=2", "'product'.stock=5", "  product . stock  =  5 "]


def set_argument(rng, doc):
    """One `--set PATH=VALUE`: a real path (or a new or malformed one) and a special value."""
    r = rng.random()
    if r < 0.08:
        return rng.choice(MALFORMED_SETS)
    paths = [p for p in tomltext.leaf_paths(doc) if not any(isinstance(k, int) for k in p)]
    if r < 0.85 and paths:
        path = rng.choice(paths)
        old = _get(doc, path)
        dotted = tomltext.dotted(path)
    else:
        # any key of the schema (a new cycle's too), a whole section, or a path below a value
        dotted = rng.choice(CATALOG.dotted_paths(_cycle_names(doc) + ["new"]) + CATALOG.sections
                            + ["mold.cost.lambda", "x.y"])
        old = None
    value = special_value(rng, old)
    if len(value) > 100_000:
        value = value[:100_000]  # one argument may not pass 128 KiB (Linux MAX_ARG_STRLEN)
    return f"{dotted}={value}"


KNOWN_SET_COMBOS = [
    # the largest listing on a weak test listing: posteriors far from the prior, the widest predictive
    ["value_of_information.listing_sizes=[1, 1_000_000]", "value_of_information.cost_per_impression=1e6",
     "cycles.data_driven.demand.impressions=0", "cycles.data_driven.demand.orders=0"],
    ["value_of_information.listing_sizes=[1_000_000]", "value_of_information.cost_per_impression=0",
     "cycles.data_driven.demand.prior_alpha=0.001", "cycles.data_driven.demand.prior_beta=1e5"],
    # a drift of 1e200 with no lead: its drift factor is NaN, which once hung a loop
    ["cycles.traditional.demand.drift_per_30_days=1e200", "cycles.traditional.commit_days_before_window=0"],
    ["mold.cost={ dist = \"pert\", min = 1, mode = 2, max = 3, lambda = 1e308 }"],
    ["mold.cost={ dist = \"beta\", alpha = 1e-320, beta = 1e-320 }"],
    ["product.unit_price=1e-320"], ["mold.capacity_per_day=2.2e-308"], ["product.stock=2.2e-308"],
    ["scenario.sampling=\"sobol\""], ["scenario.sampling=\"latin_hypercube\"", "scenario.trials=25000"],
    # EVSI's preposterior re-runs on the inverse-CDF path, the conversion rank-correlated with visitors
    ["scenario.sampling=\"sobol\"", "value_of_information.listing_sizes=[1, 1_000_000]",
     "correlation=[{ between = [\"cycles.data_driven.demand.visitors\", \"cycles.data_driven.demand.conversion\"], rank = 0.9 }]"],
    ["scenario.sampling=\"latin_hypercube\"", "mold.cost={ dist = \"gamma\", shape = 1e-3, scale = 1e5 }"],
    # forty seasons of demand growing up to 100× with sigma 10: the potential must stay finite
    ["life.seasons=40", "life.demand_change={ dist = \"lognormal\", median = 100, sigma = 10 }",
     "life.restock=\"last_sold\""],
    ["life.seasons=40", "life.demand_change=0", "life.discount_per_season=1"],
    ["mold.cost={ dist = \"empirical\", values = [0, 1e12], weights = [998, 2] }", "product.unit_price=1e-9",
     "product.unit_cost=0", "product.salvage_value=0"],
]


def flag_arguments(rng):
    """`run` flags replacing the harness's defaults, each mutated with some chance."""
    flags = {}
    if rng.random() < 0.6:
        flags["--trials"] = rng.choice(TRIALS_FLAG)
    if rng.random() < 0.5:
        flags["--seed"] = rng.choice(SEED_FLAG)
    if rng.random() < 0.5:
        flags["--threads"] = rng.choice(THREADS_FLAG)
    if rng.random() < 0.15:
        flags["--precision"] = rng.choice(PRECISION_FLAG)
    if rng.random() < 0.3:
        flags["--lang"] = rng.choice(LANG_FLAG)
    if not flags:
        flags["--trials"] = rng.choice(TRIALS_FLAG)
    return flags


# ---------------------------------------------------------------- a mutant

class Mutant:
    """One input: the file's bytes, `--set` arguments (check and run), `run` flag overrides."""

    def __init__(self, index, seed_name, data, sets, flags, ops):
        self.index = index
        self.seed_name = seed_name
        self.data = data
        self.sets = sets
        self.flags = flags
        self.ops = ops

    def describe(self):
        return f"#{self.index} from {self.seed_name}: " + "; ".join(self.ops)


def _weighted(rng, ops):
    return rng.choices([f for f, _ in ops], weights=[w for _, w in ops])[0]


def make_mutant(rng, corpus, index):
    """Mutant number `index`; `corpus` is a list of (name, bytes) of valid scenarios."""
    seed_name, data = rng.choice(corpus)
    mode = rng.choices(["text", "struct", "set", "flags", "struct+text"], weights=[34, 34, 18, 9, 5])[0]
    ops = [mode]
    sets, flags = [], {}
    if mode in ("struct", "struct+text"):
        doc = tomllib.loads(data.decode("utf-8"))
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            try:
                ops.append(_weighted(rng, STRUCT_OPS)(rng, doc))
            except (IndexError, KeyError, TypeError):
                ops.append("(struct op skipped)")
        data = tomltext.dumps(doc).encode("utf-8", "surrogatepass")
    if mode in ("text", "struct+text"):
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            data, what = _weighted(rng, TEXT_OPS)(rng, data)
            ops.append(what)
    if mode == "set":
        doc = tomllib.loads(data.decode("utf-8"))
        if rng.random() < 0.1:
            sets = list(rng.choice(KNOWN_SET_COMBOS))
        else:
            sets = [set_argument(rng, doc) for _ in range(rng.choice([1, 1, 2, 3, 4]))]
        ops.append(f"{len(sets)} --set")
    if mode == "flags":
        flags = flag_arguments(rng)
        if rng.random() < 0.3:
            doc = tomllib.loads(data.decode("utf-8"))
            sets = [set_argument(rng, doc)]
        ops.append(" ".join(f"{k} {v!r}" for k, v in flags.items()))
    return Mutant(index, seed_name, data, sets, flags, ops)


def mutant_for(seed, index, corpus):
    """Deterministic: the same (seed, index, corpus) always gives the same mutant."""
    return make_mutant(random.Random(f"moldrisk-fuzz:{seed}:{index}"), corpus, index)
