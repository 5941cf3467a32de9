#!/usr/bin/env python3
"""Parse every file in a list with BuildKit's Go parser through its Python binding (`dockerfile`).

Usage: peer_buildkit_python.py LIST   (LIST: one path a line)
Prints one JSON line: files, parsed, rejected, instructions, seconds (the parse loop alone).
"""
import json
import sys
import time

import dockerfile


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as listing:
        paths = [line.rstrip("\n") for line in listing if line.strip()]
    parsed = rejected = instructions = 0
    start = time.perf_counter()
    for path in paths:
        try:
            instructions += len(dockerfile.parse_file(path))
            parsed += 1
        except (dockerfile.GoParseError, dockerfile.GoIOError, UnicodeDecodeError):
            rejected += 1
    seconds = time.perf_counter() - start
    print(json.dumps({"files": len(paths), "parsed": parsed, "rejected": rejected,
                      "instructions": instructions, "seconds": seconds}))


if __name__ == "__main__":
    main()
