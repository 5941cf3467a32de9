# Stand-ins for golang:1.22-alpine and golang:1.22, built offline from Debian's Go toolchain.
# They are test stand-ins, not the real images: Debian 12 ships Go 1.19 and glibc, not Go 1.22 on musl.
# Built by .ci/engine/base-images.sh with --network=host (RUN needs the machine's apt mirror).
FROM debian:bookworm-slim AS golang-alpine
RUN apt-get update \
 && apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-unsafe-io golang-go ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ENV GOPATH=/go \
    PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    GOPROXY=off
RUN mkdir -p /go/src /go/bin && chmod -R 1777 /go
WORKDIR /go
LABEL org.stagetui.standin=true \
      org.stagetui.standin.for=golang:1.22-alpine \
      org.opencontainers.image.description="Test stand-in: Debian 12 golang-go (Go 1.19) on a debootstrap minbase root, not the real golang image"

# The full image adds a C toolchain and git, as the real golang:<version> (buildpack-deps) does.
FROM golang-alpine AS golang
RUN apt-get update \
 && apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-unsafe-io gcc libc6-dev make git pkg-config \
 && rm -rf /var/lib/apt/lists/*
LABEL org.stagetui.standin.for=golang:1.22
