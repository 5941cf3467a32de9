#!/usr/bin/env bash
# Builds the libFuzzer targets and runs one (or all) of them.
#
#   Scripts/fuzz/run.sh [parser|analyzer|exporter|all] [seconds]
#
# Environment: FUZZ_SCRATCH (default .build-fuzz), FUZZ_TIMEOUT (seconds per
# input, default 10), FUZZ_RSS_MB (default 2048), FUZZ_JOBS (parallel jobs; unset runs one process),
# FUZZ_NO_BUILD=1 to reuse the binaries already built.
#
# New inputs go to $FUZZ_SCRATCH/corpus/<target> (the committed seeds in
# Fuzz/corpus/<target> are read, never written); crashes, timeouts and
# out-of-memory inputs to $FUZZ_SCRATCH/artifacts/<target>/. The exit status is
# libFuzzer's: 0 when the time ran out without a finding.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
target="${1:-all}"
seconds="${2:-60}"
scratch="${FUZZ_SCRATCH:-.build-fuzz}"
timeout="${FUZZ_TIMEOUT:-10}"
rss="${FUZZ_RSS_MB:-2048}"

# The modules each target links, in dependency order.
modules_for() {
  case "$1" in
    parser) echo "DockerfileSyntax" ;;
    analyzer | exporter) echo "DockerfileSyntax DockerfileInstructions BaseImageCatalog StageAnalysis" ;;
    *) echo "unknown target: $1 (parser, analyzer, exporter or all)" >&2; exit 2 ;;
  esac
}

source_for() {
  case "$1" in
    parser) echo "Fuzz/FuzzParser.swift" ;;
    analyzer) echo "Fuzz/FuzzAnalyzer.swift" ;;
    exporter) echo "Fuzz/FuzzExporter.swift" ;;
  esac
}

build() {
  local name="$1" library objects=()
  read -r -a libraries <<<"$(modules_for "$name")"
  library="${libraries[${#libraries[@]}-1]}"
  swift build --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address --target "$library" >&2
  for module in "${libraries[@]}"; do
    objects+=("$scratch"/debug/"$module".build/*.o)
  done
  swiftc -sanitize=fuzzer,address -parse-as-library -g \
    -I "$scratch/debug/Modules" "$(source_for "$name")" "${objects[@]}" \
    -o "$scratch/fuzz-$name" 2>&1 | { grep -v "Cannot export local symbol" >&2 || true; }
}

run() {
  local name="$1"
  mkdir -p "$scratch/corpus/$name" "$scratch/artifacts/$name"
  "$scratch/fuzz-$name" \
    -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss" -max_len=65536 \
    -print_final_stats=1 ${FUZZ_JOBS:+-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS"} \
    -artifact_prefix="$scratch/artifacts/$name/" \
    "$scratch/corpus/$name" "Fuzz/corpus/$name"
}

if [[ "$target" == all ]]; then
  targets=(parser analyzer exporter)
else
  modules_for "$target" >/dev/null
  targets=("$target")
fi
status=0
for name in "${targets[@]}"; do
  if [[ "${FUZZ_NO_BUILD:-0}" != 1 || ! -x "$scratch/fuzz-$name" ]]; then
    build "$name"
  fi
  run "$name" || status=$?
done
exit "$status"
