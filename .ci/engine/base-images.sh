#!/usr/bin/env bash
# Make offline stand-ins for every base image the examples use, tagged with the names their
# Dockerfiles use, and labelled org.stagetui.standin=true. They are test stand-ins, not the
# real images (see README.md). Only the machine's configured apt mirror is contacted.
# Rootfs tarballs and .debs are cached under WORKDIR/cache, so a rerun takes seconds.
# Needs up.sh to have run. Debian 12, root. Usage: base-images.sh WORKDIR
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
. "$HERE/lib.sh"
engine_paths "${1:-}"
"$DOCKER" version >/dev/null 2>&1 || { echo "no dockerd at $DOCKER_HOST: run up.sh first" >&2; exit 1; }

MIRROR=$(apt_mirror)
SECURITY=$(apt_security_mirror)
SUITE=bookworm
ARCH=$(dpkg --print-architecture)
cd "$CACHE"

# The small roots take seconds: rebuild them whenever these scripts change. The debootstrap
# tarball is kept (delete WORKDIR/cache/debian-slim-rootfs.tar to redo it).
recipe=$(cat "$HERE/base-images.sh" "$HERE/lib.sh" "$HERE/standins/busybox-adduser.sh" | cksum | awk '{print $1}')
if [ "$(cat recipe.cksum 2>/dev/null || true)" != "$recipe" ]; then
  rm -f busybox-rootfs.tar alpinelike-rootfs.tar distroless-static-rootfs.tar
  echo "$recipe" > recipe.cksum
fi

# ---------------------------------------------------------------- debian:bookworm-slim rootfs
# debootstrap minbase, then slimmed the way the official -slim images are (debuerreotype):
# no docs but copyrights, no man pages or locales, no apt lists or caches.
slim_rootfs() {
  local r=$1
  cat > "$r/etc/dpkg/dpkg.cfg.d/docker" <<'CFG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
CFG
  cat > "$r/etc/apt/apt.conf.d/docker-clean" <<'CFG'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
CFG
  echo 'Acquire::Languages "none";' > "$r/etc/apt/apt.conf.d/docker-no-languages"
  echo 'Acquire::GzipIndexes "true";' > "$r/etc/apt/apt.conf.d/docker-gzip-indexes"
  echo 'APT::AutoRemove::SuggestsImportant "false";' > "$r/etc/apt/apt.conf.d/docker-autoremove-suggests"
  find "$r/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  find "$r/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf "$r"/usr/share/man/* "$r"/usr/share/groff/* "$r"/usr/share/info/* "$r"/usr/share/lintian/* \
         "$r"/usr/share/linda/* "$r"/usr/share/locale/* "$r"/var/cache/apt/archives/*.deb \
         "$r"/var/cache/apt/*.bin "$r"/var/lib/apt/lists/* "$r"/var/log/* "$r"/tmp/* \
         "$r"/var/cache/debconf/*-old "$r"/var/lib/dpkg/*-old
  rm -f "$r/etc/apt/sources.list"
  {
    printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$MIRROR" "$SUITE" "$SUITE"
    [ -z "$SECURITY" ] || printf '\nTypes: deb\nURIs: %s\nSuites: %s-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$SECURITY" "$SUITE"
  } > "$r/etc/apt/sources.list.d/debian.sources"
  : > "$r/etc/resolv.conf"
  : > "$r/etc/hostname"
}

if [ ! -s debian-slim-rootfs.tar ]; then
  rm -rf rootfs-debian
  debootstrap --variant=minbase --arch="$ARCH" "$SUITE" rootfs-debian "$MIRROR" > "$LOGS/debootstrap.log" 2>&1 \
    || { tail -30 "$LOGS/debootstrap.log" >&2; exit 1; }
  step "debootstrap --variant=minbase $SUITE"
  slim_rootfs rootfs-debian
  tar -C rootfs-debian --numeric-owner --xattrs -cf debian-slim-rootfs.tar.part .
  mv debian-slim-rootfs.tar.part debian-slim-rootfs.tar
  rm -rf rootfs-debian
  step "debian-slim rootfs slimmed and tarred"
fi

# ---------------------------------------------------------------- .debs for the small roots
DEBS=(base-files netbase tzdata ca-certificates musl)
mkdir -p debs
for p in "${DEBS[@]}"; do
  ls debs/"${p}"_*.deb >/dev/null 2>&1 && continue
  # apt's package lists may be missing or stale on a machine that had every package already.
  (cd debs && apt-get download -qq -o APT::Sandbox::User=root "$p" > /dev/null 2>&1) \
    || { apt-get update -qq && (cd debs && apt-get download -qq -o APT::Sandbox::User=root "$p" > /dev/null); }
done
deb() { ls "$CACHE"/debs/"$1"_*.deb | head -1; }

# ---------------------------------------------------------------- busybox, alpine-like, distroless-like roots
# Byte-identical tarballs from identical inputs: a rebuilt root then re-imports as the same image,
# and the build cache of everything on it survives.
REPRODUCIBLE_TAR=(--numeric-owner --sort=name --mtime=@1704067200 --clamp-mtime --format=gnu)
if [ ! -s busybox-rootfs.tar ]; then
  r=rootfs-busybox; rm -rf "$r"
  mkdir -p "$r"/{bin,sbin,usr/bin,usr/sbin,etc,tmp,root,proc,sys,dev,var/spool/cron,home,lib}
  cp /bin/busybox "$r/bin/busybox"
  chroot "$r" /bin/busybox --install -s
  chmod 1777 "$r/tmp"; chmod 700 "$r/root"
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' > "$r/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' > "$r/etc/group"
  printf 'root:*::0:::::\nnobody:*::0:::::\n' > "$r/etc/shadow"; chmod 640 "$r/etc/shadow"
  tar -C "$r" "${REPRODUCIBLE_TAR[@]}" -cf busybox-rootfs.tar .
  step "busybox rootfs tarred"
fi

if [ ! -s distroless-static-rootfs.tar ]; then
  rm -rf x-ca && mkdir x-ca && dpkg-deb -x "$(deb ca-certificates)" x-ca
  r=rootfs-distroless; rm -rf "$r"; mkdir -p "$r"
  for p in base-files netbase tzdata; do dpkg-deb -x "$(deb "$p")" "$r"; done
  mkdir -p "$r/etc/ssl/certs"
  find x-ca/usr/share/ca-certificates/mozilla -name '*.crt' | sort | xargs cat > "$r/etc/ssl/certs/ca-certificates.crt"
  rm -rf "$r"/usr/share/doc "$r"/usr/share/man "$r"/usr/share/lintian "$r"/usr/share/info \
         "$r"/usr/share/common-licenses "$r"/usr/share/base-files "$r"/usr/sbin "$r"/usr/bin "$r"/usr/share/bug
  printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$r/etc/passwd"
  printf 'root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n' > "$r/etc/group"
  echo 'hosts: files dns' > "$r/etc/nsswitch.conf"
  mkdir -p "$r/tmp" "$r/home/nonroot" "$r/root"
  chmod 1777 "$r/tmp"; chown 65532:65532 "$r/home/nonroot"; chmod 700 "$r/root"
  tar -C "$r" "${REPRODUCIBLE_TAR[@]}" -cf distroless-static-rootfs.tar .
  step "distroless-like rootfs tarred"
fi

if [ ! -s alpinelike-rootfs.tar ]; then
  rm -rf x-musl rootfs-alpinelike && mkdir x-musl && dpkg-deb -x "$(deb musl)" x-musl
  r=rootfs-alpinelike; mkdir "$r"; tar -C "$r" -xf busybox-rootfs.tar
  loader=$(cd x-musl && find . -name 'ld-musl-*.so.1' | head -1)
  cp -L "x-musl/$loader" "$r/lib/$(basename "$loader")"
  ln -sf "$(basename "$loader")" "$r/lib/libc.musl-$(uname -m).so.1"
  # Alpine's busybox has addgroup/adduser; Debian's is built without them.
  for a in addgroup adduser; do rm -f "$r/usr/sbin/$a"; cp "$HERE/standins/busybox-adduser.sh" "$r/usr/sbin/$a"; done
  mkdir -p "$r/etc/ssl/certs"
  tar -xOf distroless-static-rootfs.tar ./etc/ssl/certs/ca-certificates.crt > "$r/etc/ssl/certs/ca-certificates.crt"
  printf 'NAME="Alpine-like stand-in"\nID=alpine\nPRETTY_NAME="busybox + musl loader (stagetui test stand-in)"\n' > "$r/etc/os-release"
  tar -C "$r" "${REPRODUCIBLE_TAR[@]}" -cf alpinelike-rootfs.tar .
  step "alpine-like rootfs tarred"
fi
rm -rf rootfs-busybox rootfs-distroless rootfs-alpinelike x-ca x-musl

# ---------------------------------------------------------------- import
# import TAR "CHANGE;CHANGE" TAG... — skipped when the first tag already holds this very tarball.
import_image() {
  local tar=$1 changes=$2; shift 2
  local sum have
  sum=$(cksum < "$tar" | awk '{print $1 "-" $2}')
  have=$("$DOCKER" image inspect -f '{{index .Config.Labels "org.stagetui.standin.source"}}' "$1" 2>/dev/null || true)
  if [ "$have" != "$sum" ]; then
    local args=() c
    IFS=';' read -ra cs <<< "$changes"
    for c in "${cs[@]}"; do args+=(-c "$c"); done
    args+=(-c "LABEL org.stagetui.standin=true org.stagetui.standin.for=$1 org.stagetui.standin.source=$sum")
    "$DOCKER" import "${args[@]}" -m "stagetui stand-in from $(basename "$tar")" "$tar" "$1" > /dev/null
  fi
  local t
  for t in "${@:2}"; do "$DOCKER" tag "$1" "$t"; done
}
PATH_ENV='ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
import_image debian-slim-rootfs.tar "CMD [\"bash\"];$PATH_ENV" debian:bookworm-slim debian:12-slim
import_image busybox-rootfs.tar 'CMD ["sh"]' busybox:latest busybox:1.36
import_image alpinelike-rootfs.tar "CMD [\"/bin/sh\"];$PATH_ENV" alpine:latest alpine:3.20
import_image distroless-static-rootfs.tar "$PATH_ENV;ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt" \
  gcr.io/distroless/static-debian12 gcr.io/distroless/static-debian12:latest
# The :nonroot variant differs only in its default user.
printf 'FROM gcr.io/distroless/static-debian12\nUSER 65532:65532\nLABEL org.stagetui.standin.for=gcr.io/distroless/static-debian12:nonroot\n' \
  | "$DOCKER" build -q --network=none -t gcr.io/distroless/static-debian12:nonroot - > /dev/null
step "imported debian-slim, busybox, alpine-like, distroless-like"

# ---------------------------------------------------------------- derived stand-ins (apt inside a build)
# The Go and the Node chains are independent: build them side by side (downloads of one overlap
# the unpacking of the other), each chain in order.
build_standin() {
  local file=$1 target=$2; shift 2
  local tags=() t t0
  for t in "$@"; do tags+=(-t "$t"); done
  t0=$(now)
  "$DOCKER" build --network=host --progress=plain -f "$HERE/standins/$file" --target "$target" "${tags[@]}" \
    "$HERE/standins" > "$LOGS/standin-$target.log" 2>&1 \
    || { tail -40 "$LOGS/standin-$target.log" >&2; echo "stand-in $target failed" >&2; return 1; }
  printf '    %6.1fs  stand-in %s (%s --target %s)\n' "$(awk -v a="$(now)" -v b="$t0" 'BEGIN{print a-b}')" "$*" "$file" "$target"
}
( build_standin golang.Dockerfile golang-alpine golang:1.22-alpine \
  && build_standin golang.Dockerfile golang golang:1.22 ) &
go_chain=$!
( build_standin node.Dockerfile node-alpine node:20-alpine \
  && build_standin node.Dockerfile distroless-nodejs gcr.io/distroless/nodejs20-debian12 gcr.io/distroless/nodejs20-debian12:latest ) &
node_chain=$!
failed=0
wait "$go_chain" || failed=1
wait "$node_chain" || failed=1
[ "$failed" = 0 ] || exit 1
step "stand-ins built: golang:1.22-alpine, golang:1.22, node:20-alpine, gcr.io/distroless/nodejs20-debian12"
# The distroless-like node has no shell and no /usr/share/nodejs: make sure everything node loads
# at start-up and for fetch (undici) came along.
"$DOCKER" run --rm --network=none gcr.io/distroless/nodejs20-debian12 \
  -e 'if (typeof fetch !== "function") process.exit(1); console.log("distroless-like node " + process.version + " runs")'

# ---------------------------------------------------------------- every example's bases resolve locally
missing=0
while read -r ref; do
  if "$DOCKER" image inspect -f '{{index .Config.Labels "org.stagetui.standin"}}' "$ref" 2>/dev/null | grep -qx true; then
    continue
  fi
  echo "no stand-in for base image '$ref' (used in Examples)" >&2; missing=1
done < <("$HERE/example-bases.sh" "$REPO/Examples")
[ "$missing" = 0 ] || exit 1

# Re-imports leave the previous stand-in untagged: drop those.
"$DOCKER" image prune -f --filter label=org.stagetui.standin=true > /dev/null
mkdir -p "$WORK/out"
for t in debian:bookworm-slim busybox:latest alpine:3.20 gcr.io/distroless/static-debian12:latest \
         gcr.io/distroless/nodejs20-debian12:latest golang:1.22-alpine golang:1.22 node:20-alpine; do
  printf '%s\t%s\t%s\t-\t-\n' "$t" "$("$DOCKER" image inspect -f '{{.Size}}' "$t")" \
    "$("$DOCKER" image inspect -f '{{len .RootFS.Layers}}' "$t")"
done > "$WORK/out/standins.tsv"
awk -F'\t' '{printf "%-48s %12s bytes %3s layers\n", $1, $2, $3}' "$WORK/out/standins.tsv"
step "stand-ins ready"
