#!/usr/bin/env bash
# Print the environment tests use to reach what up.sh started, as `export` lines for eval:
#   eval "$(.ci/engine/env.sh WORKDIR)"
# DOCKER_HOST             the private dockerd's socket
# STAGETUI_REGISTRY       host:port of the local registry (plain HTTP, 127.0.0.1)
# STAGETUI_ENGINE_WORKDIR WORKDIR itself: archives/ (docker save), out/sizes.tsv, out/history/
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
engine_paths "${1:-}"
printf 'export DOCKER_HOST=%q\n' "$DOCKER_HOST"
[ ! -s "$REGISTRY_ADDR_FILE" ] || printf 'export STAGETUI_REGISTRY=%q\n' "$(cat "$REGISTRY_ADDR_FILE")"
printf 'export STAGETUI_ENGINE_WORKDIR=%q\n' "$WORK"
