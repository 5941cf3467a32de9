#!/usr/bin/env bash
# Install what the real-engine tests need, from the machine's configured apt mirror only.
# Debian 12, root. Idempotent. Usage: install.sh WORKDIR
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
engine_paths "${1:-}"

export DEBIAN_FRONTEND=noninteractive
PKGS=(docker.io debootstrap busybox-static docker-registry skopeo curl jq ca-certificates iproute2 tar gzip)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  # docker.io's recommends pull in extra tools (git, xz, cgroupfs-mount, ...): none of them is needed.
  apt-get install -y -qq --no-install-recommends "${missing[@]}" > "$LOGS/apt-install.log" 2>&1 \
    || { tail -30 "$LOGS/apt-install.log" >&2; exit 1; }
  step "apt-get install ${missing[*]}"
else
  step "packages already installed"
fi
# Debian's docker.io starts system services when installed under systemd; this workplace has no
# systemd, and our own dockerd must be the only one using WORKDIR: nothing else to stop here.
"$DOCKER" --version
dockerd --version
