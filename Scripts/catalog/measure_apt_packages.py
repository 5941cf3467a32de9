#!/usr/bin/env python3
"""Measure how dpkg's Installed-Size relates to the bytes a layer really holds.

Downloads the .deb of each named package (`apt-get download`, no install),
extracts its data with `dpkg-deb -x` into a scratch directory and sums:

  file_bytes      regular-file bytes (what Docker's layer store counts)
  slim_excluded   bytes under usr/share/{doc,man,info,locale} except
                  copyright files (what debian:*-slim's dpkg path-exclude drops)

and writes Scripts/catalog/apt-measured.tsv. The Swift resolver turns the
spread of file_bytes / (installed_kib * 1024) into its low/high range.

Usage: python3 Scripts/catalog/measure_apt_packages.py PKG... [--date YYYY-MM-DD]
"""

import argparse
import datetime
import glob
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "apt-measured.tsv")
SLIM_EXCLUDED = ("usr/share/doc/", "usr/share/man/", "usr/share/info/", "usr/share/locale/")


def installed_kib(deb):
    out = subprocess.run(["dpkg-deb", "-f", deb, "Package", "Version", "Installed-Size"],
                         check=True, capture_output=True, text=True).stdout
    fields = dict(line.split(": ", 1) for line in out.strip().splitlines())
    return fields["Package"], fields["Version"], int(fields["Installed-Size"])


def measure(deb):
    with tempfile.TemporaryDirectory() as root:
        subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
        total = excluded = 0
        for directory, _, files in os.walk(root):
            for name in files:
                path = os.path.join(directory, name)
                if os.path.islink(path) or not os.path.isfile(path):
                    continue
                size = os.path.getsize(path)
                total += size
                relative = os.path.relpath(path, root)
                if relative.startswith(SLIM_EXCLUDED) and name != "copyright":
                    excluded += size
        return total, excluded


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("packages", nargs="+")
    parser.add_argument("--date", default=datetime.date.today().isoformat())
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as downloads:
        subprocess.run(["apt-get", "download", "-q", *args.packages], check=True,
                       cwd=downloads, capture_output=True)
        for deb in sorted(glob.glob(os.path.join(downloads, "*.deb"))):
            name, version, kib = installed_kib(deb)
            total, excluded = measure(deb)
            rows.append(f"{name}\t{version}\t{kib}\t{total}\t{excluded}")
    header = [
        "# Installed-Size versus extracted regular-file bytes, measured per package.",
        "# method: apt-get download; dpkg-deb -x; sum of regular-file sizes (symlinks and directories excluded)",
        "# slim_excluded_bytes: files under usr/share/{doc,man,info,locale} other than copyright",
        f"# date: {args.date}; suite: bookworm (Debian 12) with -updates and -security, amd64",
        "name\tversion\tinstalled_kib\tfile_bytes\tslim_excluded_bytes",
    ]
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write("\n".join(header + rows) + "\n")


if __name__ == "__main__":
    main()
