#!/usr/bin/env python3
"""Build Scripts/catalog/apt-packages.tsv from this machine's apt index.

Reads `apt-cache -o Dir::State::status=/dev/null dumpavail` (archive records
only, never this machine's installed versions; or a saved copy with
--dumpavail FILE), keeps the seed packages of apt-seeds.txt and apt-base-sets.tsv, every Priority: required package plus `apt`
(the debootstrap --variant=minbase set), and the closure of all of them over
Pre-Depends, Depends and Recommends, and writes one row per package:

  name  version  installed_kib  priority  essential  pre_depends  depends
  recommends  provides

Dependency fields are normalised: version constraints and architecture
qualifiers (`:any`, `:amd64`) are dropped, groups are separated by ", " and
alternatives by " | ". The closure follows the rule the Swift resolver uses
(first alternative that is a real package; a virtual name goes to all its
providers so the resolver can choose among them).

Usage: python3 Scripts/catalog/collect_apt_packages.py [--dumpavail FILE]
       [--suite NAME] [--date YYYY-MM-DD]
Run `apt-get update` first. Only the Debian 12 archive sources should be
configured (bookworm, bookworm-updates, bookworm-security, component main).
"""

import argparse
import datetime
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "apt-seeds.txt")
BASE_SETS = os.path.join(HERE, "apt-base-sets.tsv")
OUTPUT = os.path.join(HERE, "apt-packages.tsv")
FIELDS = ("Package", "Version", "Installed-Size", "Priority", "Essential",
          "Pre-Depends", "Depends", "Recommends", "Provides")
PRIORITY_RANK = {"required": 0, "important": 1, "standard": 2,
                 "optional": 3, "extra": 4}


def parse_stanzas(text):
    """Yield one dict per control stanza, keeping only FIELDS."""
    record, key = {}, None
    for line in text.splitlines():
        if not line.strip():
            if record:
                yield record
            record, key = {}, None
            continue
        if line[0] in " \t":
            if key in FIELDS:
                record[key] += " " + line.strip()
            continue
        key, _, value = line.partition(":")
        if key in FIELDS:
            record[key] = value.strip()
    if record:
        yield record


def normalise(field):
    """Return dependency groups as lists of bare package names."""
    groups = []
    for group in field.split(","):
        names = []
        for alternative in group.split("|"):
            name = re.sub(r"\(.*?\)|\[.*?\]|<.*?>", "", alternative).strip()
            name = name.split(":")[0]
            if name:
                names.append(name)
        if names:
            groups.append(names)
    return groups


def render(groups):
    return ", ".join(" | ".join(group) for group in groups)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dumpavail")
    parser.add_argument("--suite", default="bookworm (Debian 12), bookworm-updates, bookworm-security; main; amd64")
    parser.add_argument("--date", default=datetime.date.today().isoformat())
    args = parser.parse_args()
    if args.dumpavail:
        with open(args.dumpavail, encoding="utf-8") as handle:
            text = handle.read()
    else:
        text = subprocess.run(["apt-cache", "-o", "Dir::State::status=/dev/null", "dumpavail"], check=True,
                              capture_output=True, text=True).stdout

    packages = {}
    providers = {}
    for record in parse_stanzas(text):
        name = record.get("Package")
        if not name or name in packages:
            continue
        packages[name] = record
        for virtual in normalise(record.get("Provides", "")):
            providers.setdefault(virtual[0], []).append(name)

    with open(SEEDS, encoding="utf-8") as handle:
        seeds = [word for line in handle if not line.startswith("#")
                 for word in line.split()]
    with open(BASE_SETS, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(("#", "name\t")) or not line.strip():
                continue
            seeds += [word for word in line.split("\t")[2].split() if not word.startswith("@")]
    seeds = list(dict.fromkeys(seeds))
    missing = [name for name in seeds if name not in packages and name not in providers]
    required = sorted(name for name, record in packages.items()
                      if record.get("Priority") == "required")
    queue = list(dict.fromkeys(seeds + required + ["apt"]))
    selected = set()
    while queue:
        name = queue.pop()
        if name in selected:
            continue
        if name not in packages:
            queue.extend(sorted(providers.get(name, []),
                                key=lambda p: (PRIORITY_RANK.get(packages[p].get("Priority"), 5), p)))
            continue
        selected.add(name)
        record = packages[name]
        for field in ("Pre-Depends", "Depends", "Recommends"):
            for group in normalise(record.get(field, "")):
                real = [alt for alt in group if alt in packages]
                queue.append(real[0] if real else group[0])

    lines = [
        "# Debian package facts for stagetui's apt layer estimates.",
        "# source: apt-cache -o Dir::State::status=/dev/null dumpavail on this machine after apt-get update (archive records only)",
        f"# suite: {args.suite}",
        f"# date: {args.date}",
        f"# seeds: Scripts/catalog/apt-seeds.txt and apt-base-sets.tsv ({len(seeds)} names); plus Priority: required and apt; closure over Pre-Depends, Depends, Recommends",
        f"# seeds not in the index: {' '.join(missing) if missing else 'none'}",
        "name\tversion\tinstalled_kib\tpriority\tessential\tpre_depends\tdepends\trecommends\tprovides",
    ]
    for name in sorted(selected):
        record = packages[name]
        lines.append("\t".join([
            name,
            record.get("Version", ""),
            record.get("Installed-Size", ""),
            record.get("Priority", ""),
            "yes" if record.get("Essential") == "yes" else "no",
            render(normalise(record.get("Pre-Depends", ""))),
            render(normalise(record.get("Depends", ""))),
            render(normalise(record.get("Recommends", ""))),
            render(normalise(record.get("Provides", ""))),
        ]))
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    sys.stderr.write(f"{len(selected)} packages written to {OUTPUT}\n")
    if missing:
        sys.stderr.write(f"not in the index: {' '.join(missing)}\n")


if __name__ == "__main__":
    main()
