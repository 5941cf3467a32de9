#!/usr/bin/env python3
"""Time stagetui and its peers on the same file list in the same run, and print ratios.

Every tool runs as its own process, best and median of --runs wall times (process start
included), with the child's peak resident memory from wait4. See compare.sh for setup.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GO_REFERENCE = ("BuildKit's native Go parser is not measured here: no Go toolchain on this machine "
                "(`which go` finds none) and BuildKit's source cannot be fetched offline. Reference "
                "figure measured elsewhere on this kind of machine: ~460 ms for 4.6 MB (~10 MB/s), "
                "~11 MB peak; the ratio below compares MB/s with that figure.")


def run_once(command, stdout_path=None):
    """Runs `command`; returns (seconds, peak RSS bytes, exit status, stdout text or None)."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.PIPE
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
    captured = process.stdout.read() if stdout_path is None else None
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if stdout_path:
        out.close()
    text = captured.decode("utf-8", errors="replace") if captured is not None else None
    return seconds, usage.ru_maxrss * 1024, process.returncode, text


def measure(name, command, runs, scope_bytes, scope_files, note="", ok_codes=(0,), stdout_path=None):
    times, peaks, inner, status = [], [], [], 0
    for _ in range(runs):
        seconds, peak, status, text = run_once(command, stdout_path)
        times.append(seconds)
        peaks.append(peak)
        if text and text.lstrip().startswith("{"):
            try:
                inner.append(json.loads(text.strip().splitlines()[-1]).get("seconds"))
            except ValueError:
                pass
    return {
        "name": name, "best": min(times), "median": statistics.median(times), "peak": max(peaks),
        "inner": min(x for x in inner if x is not None) if inner else None, "files": scope_files,
        "bytes": scope_bytes, "status": status, "ok": status in ok_codes, "note": note,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--list", required=True, help="file with one Dockerfile path a line")
    parser.add_argument("--stagetui", required=True, help="the release stagetui binary")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--hadolint-subset", type=int, default=100,
                        help="files hadolint lints (evenly spread over the list)")
    parser.add_argument("--hadolint-all", action="store_true", help="lint every file (about a minute)")
    parser.add_argument("--json", help="also write the rows to this JSON file")
    parser.add_argument("--no-report", action="store_true", help="skip the `stagetui report` rows")
    parser.add_argument("--work", default="/tmp", help="scratch directory for outputs")
    args = parser.parse_args()

    with open(args.list, encoding="utf-8") as listing:
        paths = [line.rstrip("\n") for line in listing if line.strip()]
    total = sum(os.path.getsize(p) for p in paths)
    count = len(paths)
    runs = args.runs
    out = os.path.join(args.work, "compare-out.json")
    rows = []

    rows.append(measure("cat (I/O floor)", ["xargs", "-a", args.list, "-d", "\n", "cat"], runs, total, count,
                        stdout_path=os.devnull))
    stagetui_ok = (0, 1)  # 1: some corpus file is rejected, as BuildKit rejects it
    for jobs in sorted({1, args.jobs}):
        rows.append(measure(f"stagetui parse --format json --jobs {jobs}",
                            [args.stagetui, "parse", "--format", "json", "--jobs", str(jobs), "--files-from", args.list],
                            runs, total, count, ok_codes=stagetui_ok, stdout_path=out))
    for jobs in sorted({1, args.jobs}) if not args.no_report else []:
        rows.append(measure(f"stagetui report --format json --jobs {jobs}",
                            [args.stagetui, "report", "--format", "json", "--engine", "off", "--jobs", str(jobs), "--files-from", args.list],
                            max(1, runs // 2), total, count, ok_codes=(0, 1, 2), stdout_path=out,
                            note="parse + graph + sizes, context read from disk"))
    rows.append(measure("BuildKit parser via Python `dockerfile`",
                        [sys.executable, os.path.join(HERE, "peer_buildkit_python.py"), args.list],
                        runs, total, count, note="Go parser (v0.12.5) behind CPython"))
    rows.append(measure("dockerfile-parse (Python)",
                        [sys.executable, os.path.join(HERE, "peer_dockerfile_parse.py"), args.list],
                        runs, total, count, note="line-level, no typed pass"))
    hadolint = shutil.which("hadolint")
    if hadolint:
        if args.hadolint_all:
            subset = paths
        else:
            step = max(1, count // max(1, args.hadolint_subset))
            subset = paths[::step][: args.hadolint_subset]
        size = sum(os.path.getsize(p) for p in subset)
        row = measure(f"hadolint ({len(subset)} of {count} files)", [hadolint, "--no-fail", *subset],
                      1, size, len(subset), ok_codes=(0, 1),
                      note="one process over the subset" if len(subset) < count else "one process, every file")
        rows.append(row)

    base = next(r for r in rows if r["name"].startswith("stagetui parse") and r["name"].endswith("--jobs 1"))
    base_speed = base["bytes"] / base["best"]
    print(f"{count} files, {total / 1e6:.2f} MB; best and median of {runs} runs (report: {max(1, runs // 2)}), "
          f"wall time incl. process start")
    header = f"{'tool':44} {'best s':>8} {'median s':>9} {'MB/s':>8} {'peak MB':>8} {'× stagetui':>11}  note"
    print(header)
    print("-" * len(header))
    for row in rows:
        speed = row["bytes"] / row["best"]
        ratio = base_speed / speed
        flag = "" if row["ok"] else f" (exit {row['status']})"
        inner = f"; in-process loop {row['inner']:.3f} s" if row["inner"] else ""
        print(f"{row['name']:44} {row['best']:8.3f} {row['median']:9.3f} {speed / 1e6:8.1f} "
              f"{row['peak'] / 1e6:8.1f} {ratio:10.1f}×  {row['note']}{inner}{flag}")
    print("× stagetui: how many times longer the tool takes per MB than `stagetui parse --jobs 1`.")
    if shutil.which("go"):
        print("A Go toolchain is present; BuildKit's source still cannot be fetched offline, so the native parser "
              "is not built here.")
    print(GO_REFERENCE)
    print(f"stagetui parse --jobs 1 vs that reference: {base_speed / 1e6 / 10:.1f}× its ~10 MB/s.")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"files": count, "bytes": total, "rows": rows}, handle, indent=2)


if __name__ == "__main__":
    main()
