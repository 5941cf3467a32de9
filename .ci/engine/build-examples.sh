#!/usr/bin/env bash
# Build every example under Examples/ with BuildKit (Debian's /usr/bin/docker, DOCKER_BUILDKIT=1),
# once per named stage (--target) and once for the default target, all with --network=none; tag
# stagetui-example/<example>:<stage> (:latest for the default target), `docker save` each image
# into WORKDIR/archives/, push each to the local registry, smoke-test the final images, and write
# sizes to WORKDIR/out/. Needs up.sh and base-images.sh. Usage: build-examples.sh WORKDIR
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
: > "$OUT/smoke.txt"
smoke() {
  local image=$1; shift
  local out
  out=$("$DOCKER" run --rm --network=none "$@" 2>&1) || { echo "$out" >&2; echo "smoke test of $image failed" >&2; exit 1; }
  printf '== %s\n%s\n' "$image" "$out" | tee -a "$OUT/smoke.txt"
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
[ -d "$EXAMPLES/go-scratch" ] && smoke "go test (go-scratch:builder)" -e CGO_ENABLED=0 stagetui-example/go-scratch:builder go test ./...
[ -d "$EXAMPLES/node-alpine" ] && smoke "npm test (node-alpine:builder)" stagetui-example/node-alpine:builder npm test --silent
step "smoke tests passed"

# ---------------------------------------------------------------- measure, save, push
: > "$OUT/sizes.tsv"
printf 'image\tcontent_bytes\tlayers\tsave_tar_bytes\tregistry_compressed_bytes\n' >> "$OUT/sizes.tsv"
while IFS=$'\t' read -r ex tag; do
  img=stagetui-example/$ex:$tag
  size=$("$DOCKER" image inspect -f '{{.Size}}' "$img")
  "$DOCKER" history --human=false --no-trunc --format '{{.Size}}\t{{.CreatedBy}}' "$img" > "$OUT/history/$ex-$tag.tsv"
  layers=$("$DOCKER" image inspect -f '{{len .RootFS.Layers}}' "$img")
  "$DOCKER" save -o "$ARCHIVES/$ex-$tag.tar" "$img"
  tarb=$(stat -c %s "$ARCHIVES/$ex-$tag.tar")
  "$DOCKER" tag "$img" "$REG/$img"
  "$DOCKER" push -q "$REG/$img" > /dev/null
  comp=$(curl -sf -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
           "http://$REG/v2/stagetui-example/$ex/manifests/$tag" | jq '[.layers[].size] | add // 0')
  printf '%s\t%s\t%s\t%s\t%s\n' "$img" "$size" "$layers" "$tarb" "$comp" >> "$OUT/sizes.tsv"
done < "$OUT/images.tsv"
step "saved to $ARCHIVES and pushed to $REG"

# The stand-in bases too, for the per-layer arithmetic (final = base + layers).
"$DOCKER" images --filter label=org.stagetui.standin=true --format '{{.Repository}}:{{.Tag}}' | sort | while read -r b; do
  printf '%s\t%s\t%s\t-\t-\n' "$b" "$("$DOCKER" image inspect -f '{{.Size}}' "$b")" "$("$DOCKER" image inspect -f '{{len .RootFS.Layers}}' "$b")"
done >> "$OUT/sizes.tsv"
column -t -s $'\t' "$OUT/sizes.tsv"
du -sh "$DATA_ROOT" "$WORK/registry" "$ARCHIVES" "$CACHE" "$WORK" 2>/dev/null | tee "$OUT/disk.txt"
step "done"
