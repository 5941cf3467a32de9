#!/usr/bin/env bash
# Print the stage names (the `AS name` of each FROM, in order) of one Dockerfile.
# Usage: example-stages.sh DOCKERFILE
set -euo pipefail
awk '
  { sub(/\r$/, "") }
  toupper($1) == "FROM" {
    i = 2
    while (i <= NF && $i ~ /^--/) i++
    if (tolower($(i + 1)) == "as") print tolower($(i + 2))
  }' "${1:?usage: example-stages.sh DOCKERFILE}"
