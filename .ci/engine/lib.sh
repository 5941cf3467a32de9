# Shared helpers for the .ci/engine scripts. Sourced, never run.
# Every script takes WORKDIR as its first argument and keeps all its state under it.

# The layout under WORKDIR, in one place.
engine_paths() {
  WORK=${1:?usage: $0 WORKDIR}
  mkdir -p "$WORK"
  WORK=$(cd "$WORK" && pwd)
  DOCKER=/usr/bin/docker                      # Debian's CLI: BuildKit built in (no buildx needed)
  SOCK=$WORK/docker.sock
  DATA_ROOT=$WORK/docker/root
  EXEC_ROOT=$WORK/docker/exec
  DOCKERD_PID=$WORK/dockerd.pid
  REGISTRY_PID=$WORK/registry.pid
  REGISTRY_ADDR_FILE=$WORK/registry.addr
  CACHE=$WORK/cache
  LOGS=$WORK/logs
  export DOCKER_HOST=unix://$SOCK
  export DOCKER_CONFIG=$WORK/docker-config    # keep the CLI's config out of $HOME
  export DOCKER_BUILDKIT=1
  mkdir -p "$LOGS" "$CACHE" "$DOCKER_CONFIG"
}

# The apt mirror this machine is configured with (deb822 first, then one-line format).
apt_mirror() {
  local m=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    m=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources | awk '{print $1}' | grep -v -- '-security' | head -1)
  fi
  if [ -z "$m" ] && [ -f /etc/apt/sources.list ]; then
    m=$(awk '$1 == "deb" && $0 !~ /security/ {for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' /etc/apt/sources.list)
  fi
  [ -n "$m" ] || { echo "no apt mirror found in /etc/apt/sources.list{,.d/debian.sources}" >&2; return 1; }
  echo "${m%/}"
}

# The security mirror, if the machine has one configured (may be empty). Only URIs: fields and
# deb lines count: a comment may name another host.
apt_security_mirror() {
  local m=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    m=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources | tr ' ' '\n' | grep -- 'security' | head -1)
  fi
  if [ -z "$m" ] && [ -f /etc/apt/sources.list ]; then
    m=$(awk '$1 == "deb" {for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\/.*security/) {print $i; exit}}' /etc/apt/sources.list)
  fi
  echo "${m%/}"
}

# Seconds since the epoch with microseconds; bash 5 has it built in.
now() { echo "${EPOCHREALTIME/,/.}"; }

# step LABEL: print elapsed time since the script started and since the last step, append to LOGS/timings.tsv.
STEP_T0=$(now); STEP_LAST=$STEP_T0
step() {
  local t; t=$(now)
  local total since
  total=$(awk -v a="$t" -v b="$STEP_T0" 'BEGIN{printf "%.1f", a-b}')
  since=$(awk -v a="$t" -v b="$STEP_LAST" 'BEGIN{printf "%.1f", a-b}')
  printf '[%7ss] (+%6ss) %s\n' "$total" "$since" "$*"
  [ -z "${LOGS:-}" ] || printf '%s\t%s\t%s\t%s\n' "$(basename "$0" .sh)" "$since" "$total" "$*" >> "$LOGS/timings.tsv"
  STEP_LAST=$t
}

# pid_is PID NAME [WORDS]: is PID alive, running NAME (not a reused PID, not a zombie waiting for
# its parent), and — when WORDS is given — does its command line contain WORDS (our WORKDIR, so
# that another user's daemon of the same name is never taken for ours)?
pid_is() {
  local pid=$1 name=$2 words=${3:-} state
  [ -n "$pid" ] && [ -r "/proc/$pid/comm" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$name" ] || return 1
  state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ] || return 1
  [ -z "$words" ] || tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$words"
}
