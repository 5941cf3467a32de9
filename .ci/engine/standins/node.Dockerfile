# Stand-in for node:20-alpine, built offline from Debian's nodejs and npm.
# A test stand-in, not the real image: Debian 12 ships Node 18 and npm 9 on glibc, not Node 20 on musl.
# Built by .ci/engine/base-images.sh with --network=host (RUN needs the machine's apt mirror).
FROM debian:bookworm-slim AS node-alpine
RUN apt-get update \
 && apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-unsafe-io nodejs npm \
 && rm -rf /var/lib/apt/lists/*
# Alpine-style `addgroup -S` / `adduser -S -G`, which the article's Dockerfiles use
# (Debian's adduser takes other options, Debian's busybox lacks these applets).
COPY busybox-adduser.sh /usr/local/sbin/addgroup
COPY busybox-adduser.sh /usr/local/sbin/adduser
# No registry is reachable where the stand-in runs: audit, funding and update checks would only
# wait for timeouts.
RUN printf 'audit=false\nfund=false\nupdate-notifier=false\n' >> /etc/npmrc
ENV NODE_VERSION=stand-in
WORKDIR /
CMD ["node"]
LABEL org.stagetui.standin=true \
      org.stagetui.standin.for=node:20-alpine \
      org.opencontainers.image.description="Test stand-in: Debian 12 nodejs + npm on a debootstrap minbase root, not the real node image"

# The node binary, every shared library it loads, and the JavaScript files Debian's build loads
# as built-in modules from /usr/share/nodejs (acorn, cjs-module-lexer, undici): their paths are
# compiled into libnode.
FROM node-alpine AS node-closure
RUN set -e; mkdir -p /out/nodejs/bin; cp /usr/bin/node /out/nodejs/bin/node; \
    libs=$(ldd /usr/bin/node | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'); \
    builtins=$(grep -haoE '/usr/share/nodejs/[A-Za-z0-9_./-]+[.]js' /usr/bin/node $libs | sort -u); \
    for f in $libs $builtins; do \
      mkdir -p "/out$(dirname "$f")"; cp -L "$f" "/out$f"; \
    done; \
    /out/nodejs/bin/node -e 'process.exit(0)'

# Stand-in for gcr.io/distroless/nodejs20-debian12: the distroless-like root plus node and its libraries.
FROM gcr.io/distroless/static-debian12 AS distroless-nodejs
COPY --from=node-closure /out/ /
ENTRYPOINT ["/nodejs/bin/node"]
LABEL org.stagetui.standin=true \
      org.stagetui.standin.for=gcr.io/distroless/nodejs20-debian12 \
      org.opencontainers.image.description="Test stand-in: distroless-like root (base-files, netbase, tzdata, CA bundle, passwd) plus Debian 12 node, the libraries ldd lists and its /usr/share/nodejs built-ins, not the real distroless image"
