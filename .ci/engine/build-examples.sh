#!/usr/bin/env bash
# Build every example under Examples/ with BuildKit (Debian's /usr/bin/docker, DOCKER_BUILDKIT=1),
# once per named stage (--target) and once for the default target, all with --network=none; tag
# stagetui-example/<example>:<stage> (:latest for the default target); smoke-test the final
# images; record every image's size and layer history in WORKDIR/out/; `docker save` the final
# images into WORKDIR/archives/<example>-latest.tar and push them to the local registry — those
# up to STAGETUI_SAVE_MAX_BYTES of content (default 500 MB: the single-stage Go image, 826 MB,
# costs a minute of tar and gzip for nothing a test needs). STAGETUI_SAVE_ALL=1: every image.
# Needs up.sh and base-images.sh. Usage: build-examples.sh WORKDIR
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
. "$HERE/lib.sh"
engine_paths "${1:-}"
"$DOCKER" version >/dev/null 2>&1 || { echo "no dockerd at $DOCKER_HOST: run up.sh first" >&2; exit 1; }
REG=$(cat "$REGISTRY_ADDR_FILE" 2>/dev/null) || { echo "no registry address: run up.sh first" >&2; exit 1; }
EXAMPLES=$REPO/Examples
OUT=$WORK/out
ARCHIVES=$WORK/archives
mkdir -p "$OUT/history" "$ARCHIVES" "$WORK/dockerfiles"
: > "$OUT/images.tsv"

# A `# syntax=` parser directive makes BuildKit pull that frontend image, which cannot work
# offline. Build a copy whose directive line is blanked to `#` (line numbers unchanged); the
# built-in frontend then parses the file. Prints the Dockerfile path to build.
offline_dockerfile() {
  local ex=$1 df=$2
  # Parser directives sit in the leading comment block only.
  if awk '!/^#/ {exit} /^#[ \t]*syntax[ \t]*=/ {found=1} END {exit !found}' "$df"; then
    local copy=$WORK/dockerfiles/$ex.Dockerfile
    awk 'BEGIN {head=1} !/^#/ {head=0} head && /^#[ \t]*syntax[ \t]*=/ {print "#"; next} {print}' "$df" > "$copy"
    echo "$copy"
  else
    echo "$df"
  fi
}

# build EXAMPLE DOCKERFILE TAG [TARGET]
build() {
  local ex=$1 df=$2 tag=$3 target=${4:-}
  local args=(build --network=none --progress=plain -f "$df" -t "stagetui-example/$ex:$tag")
  [ -z "$target" ] || args+=(--target "$target")
  local log=$LOGS/build-$ex-$tag.log
  "$DOCKER" "${args[@]}" "$EXAMPLES/$ex" > "$log" 2>&1 \
    || { tail -40 "$log" >&2; echo "build of $ex:$tag failed (log: $log)" >&2; exit 1; }
  printf '%s\t%s\n' "$ex" "$tag" >> "$OUT/images.tsv"
  step "built stagetui-example/$ex:$tag${target:+ (--target $target)}"
}

examples=()
for d in "$EXAMPLES"/*/; do [ -f "$d/Dockerfile" ] && examples+=("$(basename "$d")"); done
[ ${#examples[@]} -gt 0 ] || { echo "no examples under $EXAMPLES" >&2; exit 1; }

# ---------------------------------------------------------------- build
for ex in "${examples[@]}"; do
  df=$(offline_dockerfile "$ex" "$EXAMPLES/$ex/Dockerfile")
  while read -r stage; do
    build "$ex" "$df" "$stage" "$stage"
  done < <("$HERE/example-stages.sh" "$df")
  build "$ex" "$df" latest
done

# ---------------------------------------------------------------- BuildKit pruned what no target needs
# assert_pruned EXAMPLE TAG STAGE...: the build log of that tag ran no step of these stages.
assert_pruned() {
  local ex=$1 tag=$2 s; shift 2
  for s in "$@"; do
    if grep -q "\[$s [0-9]*/[0-9]*\]" "$LOGS/build-$ex-$tag.log"; then
      echo "BuildKit ran stage $s for $ex:$tag, which does not depend on it" >&2; exit 1
    fi
  done
}
if [ -d "$EXAMPLES/target-pruning" ]; then
  assert_pruned target-pruning stage2 stage1 debug release
  assert_pruned target-pruning latest stage1 debug
  grep -q '\[stage1 ' "$LOGS/build-target-pruning-debug.log" || { echo "debug target did not build stage1" >&2; exit 1; }
  step "target-pruning: --target stage2 and the default target skipped the stages they do not need"
fi

# ---------------------------------------------------------------- smoke tests (no network)
# Each final image runs once; the full output goes to out/smoke.txt, its last line to stdout
# (for a test suite only "passed": its own summary lines belong to its log, not to CI's).
: > "$OUT/smoke.txt"
run_once() {
  local label=$1 out; shift
  out=$("$DOCKER" run --rm --network=none "$@" 2>&1) || { echo "$out" >&2; echo "smoke test $label failed" >&2; exit 1; }
  printf '== %s\n%s\n' "$label" "$out" >> "$OUT/smoke.txt"
  RUN_OUTPUT=$out
}
smoke() {
  run_once "$@"
  printf 'smoke %-40s %s\n' "$1" "$(printf '%s\n' "$RUN_OUTPUT" | grep -v '^ *$' | tail -1 | cut -c1-100)"
}
suite() {
  run_once "$@"
  printf 'smoke %-40s %s\n' "$1" "passed (output in out/smoke.txt)"
}
for ex in "${examples[@]}"; do
  img=stagetui-example/$ex:latest
  case $ex in
    target-pruning) smoke "$img" "$img"; smoke "${img%:*}:debug" "${img%:*}:debug" ;;
    *) smoke "$img" -e SELFTEST=1 "$img" ;;
  esac
done
# The apps' own test suites, run in their build stages (the TypeScript and distroless builds
# already ran theirs during the build).
if [ -d "$EXAMPLES/go-scratch" ]; then
  suite "go test (go-scratch:builder)" -e CGO_ENABLED=0 stagetui-example/go-scratch:builder go test ./...
fi
if [ -d "$EXAMPLES/node-alpine" ]; then
  suite "npm test (node-alpine:builder)" stagetui-example/node-alpine:builder npm test --silent
fi
step "smoke tests passed"

# ---------------------------------------------------------------- measure every image
printf 'image\tcontent_bytes\tlayers\tsave_tar_bytes\tregistry_compressed_bytes\n' > "$OUT/sizes.tsv"
: > "$OUT/pushed.tsv"
# An archive is kept while its image is unchanged (WORKDIR/archives/*.id); others are stale.
keep=" "
while IFS=$'\t' read -r ex tag; do
  img=stagetui-example/$ex:$tag
  "$DOCKER" history --human=false --no-trunc --format '{{.Size}}\t{{.CreatedBy}}' "$img" > "$OUT/history/$ex-$tag.tsv"
  tarb=- comp=-
  size=$("$DOCKER" image inspect -f '{{.Size}}' "$img")
  if [ "${STAGETUI_SAVE_ALL:-0}" = 1 ] || { [ "$tag" = latest ] && [ "$size" -le "${STAGETUI_SAVE_MAX_BYTES:-500000000}" ]; }; then
    id=$("$DOCKER" image inspect -f '{{.Id}}' "$img")
    if [ ! -s "$ARCHIVES/$ex-$tag.tar" ] || [ "$(cat "$ARCHIVES/$ex-$tag.id" 2>/dev/null)" != "$id" ]; then
      "$DOCKER" save -o "$ARCHIVES/$ex-$tag.tar.part" "$img"
      mv "$ARCHIVES/$ex-$tag.tar.part" "$ARCHIVES/$ex-$tag.tar"
      echo "$id" > "$ARCHIVES/$ex-$tag.id"
    fi
    tarb=$(stat -c %s "$ARCHIVES/$ex-$tag.tar")
    "$DOCKER" tag "$img" "$REG/$img"
    "$DOCKER" push -q "$REG/$img" > /dev/null
    comp=$(curl -sf -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
             "http://$REG/v2/stagetui-example/$ex/manifests/$tag" | jq '[.layers[].size] | add // 0')
    printf '%s\t%s\n' "$REG/$img" "$ARCHIVES/$ex-$tag.tar" >> "$OUT/pushed.tsv"
    keep="$keep$ex-$tag "
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$img" "$size" \
    "$("$DOCKER" image inspect -f '{{len .RootFS.Layers}}' "$img")" "$tarb" "$comp" >> "$OUT/sizes.tsv"
done < "$OUT/images.tsv"
for f in "$ARCHIVES"/*.tar; do
  [ -e "$f" ] || continue
  n=$(basename "$f" .tar)
  case $keep in *" $n "*) ;; *) rm -f "$f" "$ARCHIVES/$n.id" ;; esac
done
step "measured; $(wc -l < "$OUT/pushed.tsv") final images saved to $ARCHIVES and pushed to $REG"

# The stand-in bases too, for the per-layer arithmetic (final = base + layers).
[ ! -s "$OUT/standins.tsv" ] || cat "$OUT/standins.tsv" >> "$OUT/sizes.tsv"
awk -F'\t' '{printf "%-48s %12s %7s %12s %12s\n", $1, $2, $3, $4, $5}' "$OUT/sizes.tsv"
{ du -sh "$DATA_ROOT" "$WORK/registry" "$ARCHIVES" "$CACHE"; du -sh "$WORK"; } 2>/dev/null | tee "$OUT/disk.txt"
step "done"
