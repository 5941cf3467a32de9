#!/bin/sh
# Runs the real stagetui binary in tmux on the repository's examples, captures what the terminal
# shows (tmux capture-pane -p -e, ANSI colours included) and renders each screen as a PNG in
# screenshots/. Needs tmux, python3 with PIL (Debian: python3-pil) and fonts-dejavu-core.
#
# Every picture gets its own tmux server (its own -L socket), started, waited for with a bounded
# poll, captured and killed, so no shot depends on a server another one is tearing down.
#
# Usage: Scripts/screenshots/make-screenshots.sh [path/to/stagetui]
# (default: .build/debug/stagetui, built with `swift build --product stagetui`).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
binary=${1:-$root/.build/debug/stagetui}
out=$root/screenshots
render=$root/Scripts/screenshots/render-ansi.py
python=${PYTHON:-/usr/bin/python3}
columns=120
rows=36
prefix=stagetui-shots-$$
count=0
socket=
work=$(mktemp -d)

# stop: kill the current shot's tmux server, if any.
stop() {
  if [ -n "$socket" ]; then
    tmux -L "$socket" kill-server 2>/dev/null || true
    socket=
  fi
}
trap 'stop; rm -rf "$work"' EXIT
trap 'exit 1' INT TERM

[ -x "$binary" ] || { echo "make-screenshots: no stagetui binary at $binary; run swift build first" >&2; exit 1; }
command -v tmux >/dev/null || { echo "make-screenshots: tmux is not installed" >&2; exit 1; }
mkdir -p "$out"

# start FILE THEME: a new tmux server of its own showing stagetui on FILE in THEME, once sized.
start() {
  stop
  count=$((count + 1))
  socket=$prefix-$count
  tmux -L "$socket" -f /dev/null new-session -d -x "$columns" -y "$rows" -c "$root" \
    env TERM=tmux-256color COLORTERM=truecolor "$binary" "$1" --engine off --theme "$2"
  wait_for "final"
}

# wait_for TEXT: poll the screen until it shows TEXT, at most 15 s.
wait_for() {
  i=0
  while ! tmux -L "$socket" capture-pane -p -t 0 2>/dev/null | grep -q -- "$1"; do
    i=$((i + 1))
    if [ "$i" -ge 300 ]; then
      echo "make-screenshots: '$1' did not appear within 15 s; the screen was:" >&2
      tmux -L "$socket" capture-pane -p -t 0 >&2 || true
      exit 1
    fi
    sleep 0.05
  done
}

# wait_gone TEXT: poll the screen until TEXT is gone (background work done), at most 15 s.
wait_gone() {
  i=0
  while tmux -L "$socket" capture-pane -p -t 0 2>/dev/null | grep -q -- "$1"; do
    i=$((i + 1))
    if [ "$i" -ge 300 ]; then
      echo "make-screenshots: '$1' still shown after 15 s" >&2
      exit 1
    fi
    sleep 0.05
  done
}

# keys KEY…: send keys, then let the program draw.
keys() { tmux -L "$socket" send-keys -t 0 "$@"; sleep 0.3; }

# shot NAME [--light]: capture the screen, render it, stop the server.
shot() {
  name=$1
  shift
  sleep 0.5
  tmux -L "$socket" capture-pane -p -e -t 0 > "$work/$name.ansi"
  stop
  "$python" "$render" "$work/$name.ansi" "$out/$name.png" --columns "$columns" --rows "$rows" "$@"
  echo "screenshots/$name.png"
}

example=Examples/typescript-api/Dockerfile

start "$example" default-dark
shot graph

start "$example" default-dark
keys k
keys Tab
keys j
shot layers

start Examples/go-scratch/Dockerfile default-dark
keys s
wait_for "Swap the base"
wait_gone "sizing"
shot swap-picker

start "$example" default-dark
keys s
wait_for "Swap the base"
keys -l "node:20-slim"
keys Enter
keys e
wait_for "diff"
shot export-diff

start Examples/target-pruning/Dockerfile light
keys Tab
shot theme-light --light

start Examples/target-pruning/Dockerfile high-contrast
shot theme-high-contrast
