#!/usr/bin/env python3
"""Checks deploy/runtime-packages.txt against the release binary: the [linked] section must name
exactly the Debian packages that own the shared libraries the binary links (readelf's NEEDED
entries, resolved to files by ldd), leaving out the Swift runtime (linked statically in the image)
and what every Debian image has (libc6, libgcc-s1). Exit status 0 when they match, 1 (with the
difference named) when not.

    python3 deploy/check_runtime_packages.py .build/release/moldrisk
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST = os.path.join(HERE, "runtime-packages.txt")
# In every Debian image (Priority: required), so the Dockerfile does not name them.
BASE = {"libc6", "libgcc-s1"}


def listed_sections(path=LIST):
    """The package names of each [section] of runtime-packages.txt."""
    sections, current = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            header = re.fullmatch(r"\[(.+)\]", line)
            if header:
                current = sections.setdefault(header.group(1), [])
            elif current is None:
                raise ValueError(f"{path}: package {line!r} before any [section]")
            else:
                current.append(line)
    return sections


def needed(binary):
    """The NEEDED entries of the binary's dynamic section."""
    out = subprocess.run(["readelf", "-d", binary], check=True, capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def resolved(binary):
    """Library name -> file, as the dynamic loader finds it (ldd)."""
    out = subprocess.run(["ldd", binary], check=True, capture_output=True, text=True).stdout
    paths = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+)\s+=>\s+(\S+)", line)
        if m:
            paths[m.group(1)] = m.group(2)
        else:
            m = re.match(r"\s*(/\S+)\s+\(", line)
            if m:
                paths[os.path.basename(m.group(1))] = m.group(1)
    return paths


def owner(path):
    """The Debian package that owns `path` (merged /usr: tried as given, resolved and under /usr)."""
    real = os.path.realpath(path)
    candidates = [path, real]
    for p in (path, real):
        if p.startswith("/lib"):
            candidates.append("/usr" + p)
        elif p.startswith("/usr/lib"):
            candidates.append(p[len("/usr"):])
    for candidate in candidates:
        r = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if r.returncode == 0:
            return r.stdout.split(":", 1)[0].strip()
    return None


def linked_packages(binary):
    """(packages the binary links, libraries left out as the Swift runtime)."""
    paths = resolved(binary)
    packages, swift = set(), []
    for lib in needed(binary):
        path = paths.get(lib)
        if path is None:
            raise ValueError(f"ldd does not resolve {lib}")
        package = owner(path)
        if package is None:
            if "swift" in path:   # the toolchain's own runtime: static in the image
                swift.append(lib)
                continue
            raise ValueError(f"no Debian package owns {path} ({lib})")
        packages.add(package)
    return packages - BASE, swift


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--list", default=LIST, help="the package list (default deploy/runtime-packages.txt)")
    args = parser.parse_args(argv)
    listed = set(listed_sections(args.list).get("linked", []))
    linked, swift = linked_packages(args.binary)
    missing, extra = sorted(linked - listed), sorted(listed - linked)
    if missing or extra:
        if missing:
            print(f"{args.list} lacks what {args.binary} links: {' '.join(missing)}")
        if extra:
            print(f"{args.list} names packages {args.binary} does not link: {' '.join(extra)}")
        return 1
    print(f"{args.list} matches {args.binary}: {len(linked)} packages "
          f"({len(swift)} Swift runtime libraries left out, static in the image)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
