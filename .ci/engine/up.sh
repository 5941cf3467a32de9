#!/usr/bin/env bash
# Start a private dockerd and a local registry, both with all their state under WORKDIR.
# Debian 12, root. Idempotent: what is already running (by PID file) is kept.
# Usage: up.sh WORKDIR   — prints the DOCKER_HOST to use; registry address is in WORKDIR/registry.addr.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
engine_paths "${1:-}"

# A unix socket path must fit in sun_path (108 bytes); containerd's own socket sits deeper still.
if [ ${#EXEC_ROOT} -gt 60 ]; then
  echo "WORKDIR path too long for unix sockets (${#EXEC_ROOT} > 60 chars in $EXEC_ROOT); pick a shorter one" >&2
  exit 1
fi
command -v dockerd >/dev/null || { echo "dockerd missing: run install.sh first" >&2; exit 1; }

# ---------------------------------------------------------------- dockerd
if pid_is "$(cat "$DOCKERD_PID" 2>/dev/null || true)" dockerd "$WORK/" && "$DOCKER" version >/dev/null 2>&1; then
  step "dockerd already running (pid $(cat "$DOCKERD_PID"))"
else
  rm -f "$DOCKERD_PID" "$SOCK"
  mkdir -p "$DATA_ROOT" "$EXEC_ROOT"
  # --bridge=none with iptables off: no host networking is touched; containers get
  # --network=none (or host for a build step that needs the apt mirror).
  dockerd \
    --data-root "$DATA_ROOT" --exec-root "$EXEC_ROOT" --pidfile "$DOCKERD_PID" \
    -H "$DOCKER_HOST" --storage-driver=overlay2 \
    --iptables=false --ip6tables=false --ip-masq=false --bridge=none \
    --userland-proxy=false --log-level=warn \
    < /dev/null >> "$LOGS/dockerd.log" 2>&1 &
  started=$!
  for _ in $(seq 1 120); do
    "$DOCKER" version >/dev/null 2>&1 && break
    kill -0 "$started" 2>/dev/null || { tail -30 "$LOGS/dockerd.log" >&2; echo "dockerd exited" >&2; exit 1; }
    sleep 0.25
  done
  "$DOCKER" version >/dev/null 2>&1 || { tail -30 "$LOGS/dockerd.log" >&2; echo "dockerd did not answer in 30 s" >&2; exit 1; }
  [ -s "$DOCKERD_PID" ] || echo "$started" > "$DOCKERD_PID"
  step "dockerd up (pid $(cat "$DOCKERD_PID"))"
fi
"$DOCKER" info --format 'dockerd {{.ServerVersion}}, storage {{.Driver}}, data-root {{.DockerRootDir}}'

# ---------------------------------------------------------------- registry
port_free() { ! ss -Htln "sport = :$1" | grep -q .; }
registry_answers() { curl -sf -o /dev/null "http://$1/v2/"; }

addr=$(cat "$REGISTRY_ADDR_FILE" 2>/dev/null || true)
if pid_is "$(cat "$REGISTRY_PID" 2>/dev/null || true)" docker-registry "$WORK/" && [ -n "$addr" ] && registry_answers "$addr"; then
  step "registry already running (pid $(cat "$REGISTRY_PID"), $addr)"
else
  rm -f "$REGISTRY_PID" "$REGISTRY_ADDR_FILE"
  port=""
  for p in 5000 $(seq 5001 5050); do port_free "$p" && { port=$p; break; }; done
  [ -n "$port" ] || { echo "no free port in 5000-5050 for the registry" >&2; exit 1; }
  addr=127.0.0.1:$port
  mkdir -p "$WORK/registry/data"
  cat > "$WORK/registry/config.yml" <<YML
version: 0.1
log: {level: warn}
storage:
  filesystem: {rootdirectory: $WORK/registry/data}
  delete: {enabled: true}
http:
  addr: $addr
YML
  docker-registry serve "$WORK/registry/config.yml" < /dev/null >> "$LOGS/registry.log" 2>&1 &
  echo $! > "$REGISTRY_PID"
  for _ in $(seq 1 80); do registry_answers "$addr" && break; sleep 0.25; done
  registry_answers "$addr" || { tail -20 "$LOGS/registry.log" >&2; echo "registry did not answer on $addr" >&2; exit 1; }
  echo "$addr" > "$REGISTRY_ADDR_FILE"
  step "registry up (pid $(cat "$REGISTRY_PID"), $addr)"
fi

echo "DOCKER_HOST=$DOCKER_HOST"
echo "STAGETUI_REGISTRY=$addr"
