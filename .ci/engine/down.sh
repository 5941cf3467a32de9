#!/usr/bin/env bash
# Stop what up.sh started, by PID (TERM, wait, KILL after a timeout), and unmount leftovers
# under WORKDIR. Safe to call twice and from a trap: it never fails on what is already gone.
# Usage: down.sh WORKDIR
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
engine_paths "${1:-}"

# stop PIDFILE NAME TIMEOUT_SECONDS: only a process whose command line names our WORKDIR.
stop() {
  local file=$1 name=$2 timeout=$3 pid
  pid=$(cat "$file" 2>/dev/null || true)
  if pid_is "$pid" "$name" "$WORK/"; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 $((timeout * 4))); do pid_is "$pid" "$name" "$WORK/" || break; sleep 0.25; done
    if pid_is "$pid" "$name" "$WORK/"; then
      echo "$name (pid $pid) ignored TERM for ${timeout}s: KILL" >&2
      kill -KILL "$pid" 2>/dev/null
      sleep 0.5
    fi
    echo "stopped $name (pid $pid)"
  fi
  rm -f "$file"
}

stop "$REGISTRY_PID" docker-registry 10
# dockerd stops its containers and its own containerd on TERM.
stop "$DOCKERD_PID" dockerd 30

# containerd started by that dockerd: normally gone with it; stop it by its own PID file if not.
for f in "$EXEC_ROOT/containerd/containerd.pid"; do
  [ -f "$f" ] && stop "$f" containerd 10
done

# Leftover mounts under WORKDIR (netns bind mounts, overlay mounts of a killed daemon), deepest first.
if [ -d "$WORK" ]; then
  awk -v w="$WORK/" '{ gsub(/\\040/, " ", $5); if (index($5, w) == 1) print $5 }' /proc/self/mountinfo \
    | sort -r | while read -r m; do
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || echo "could not unmount $m" >&2
      done
fi
rm -f "$SOCK"
exit 0
