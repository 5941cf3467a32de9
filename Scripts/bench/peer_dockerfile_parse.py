#!/usr/bin/env python3
"""Parse every file in a list with `dockerfile-parse` (line-level structure, no typed pass).

Usage: peer_dockerfile_parse.py LIST   (LIST: one path a line)
Prints one JSON line: files, parsed, rejected, instructions, seconds (read + parse loop).
"""
import io
import json
import sys
import time

from dockerfile_parse import DockerfileParser


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as listing:
        paths = [line.rstrip("\n") for line in listing if line.strip()]
    parsed = rejected = instructions = 0
    start = time.perf_counter()
    for path in paths:
        try:
            with open(path, "rb") as handle:
                text = handle.read().decode("utf-8", errors="replace")
            instructions += len(DockerfileParser(fileobj=io.StringIO(text)).structure)
            parsed += 1
        except Exception:  # the library raises several types on odd input; count them all
            rejected += 1
    seconds = time.perf_counter() - start
    print(json.dumps({"files": len(paths), "parsed": parsed, "rejected": rejected,
                      "instructions": instructions, "seconds": seconds}))


if __name__ == "__main__":
    main()
