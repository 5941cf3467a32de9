#!/usr/bin/env bash
# Print, one per line, the external base images (not stages, not scratch) that the
# Dockerfiles under EXAMPLES_DIR name in their FROM lines. Usage: example-bases.sh EXAMPLES_DIR
set -euo pipefail
dir=${1:?usage: example-bases.sh EXAMPLES_DIR}
find "$dir" -name Dockerfile -type f | sort | while read -r f; do
  awk '
    { sub(/\r$/, "") }
    toupper($1) == "FROM" {
      i = 2
      while (i <= NF && $i ~ /^--/) i++            # --platform=...
      ref = $i
      if (tolower($(i + 1)) == "as") stage[tolower($(i + 2))] = 1
      if (tolower(ref) == "scratch" || ref ~ /\$/ || (tolower(ref) in stage)) next
      print ref
    }' "$f"
done | sort -u
