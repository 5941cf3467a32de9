#!/bin/sh
# Runs the real stagetui binary in tmux on the repository's examples, captures what the terminal
# shows (tmux capture-pane -p -e, ANSI colours included) and renders each screen as a PNG in
# screenshots/. Needs tmux, python3 with PIL (Debian: python3-pil) and fonts-dejavu-core.
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
socket=stagetui-shots-$$
work=$(mktemp -d)
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM

[ -x "$binary" ] || { echo "make-screenshots: no stagetui binary at $binary; run swift build first" >&2; exit 1; }
mkdir -p "$out"

# start FILE THEME: a fresh tmux server showing stagetui on FILE in THEME.
start() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  tmux -L "$socket" -f /dev/null new-session -d -x "$columns" -y "$rows" -c "$root" \
    env TERM=screen-256color COLORTERM=truecolor "$binary" "$1" --engine off --theme "$2"
  wait_for "final"
}

# wait_for TEXT: until the screen shows TEXT (at most 10 s).
wait_for() {
  i=0
  while ! tmux -L "$socket" capture-pane -p -t 0 | grep -q -- "$1"; do
    i=$((i + 1))
    [ "$i" -lt 200 ] || { echo "make-screenshots: '$1' did not appear" >&2; tmux -L "$socket" capture-pane -p -t 0 >&2; exit 1; }
    sleep 0.05
  done
}

keys() { tmux -L "$socket" send-keys -t 0 "$@"; sleep 0.3; }

# shot NAME [--light]: capture the screen and render it.
shot() {
  tmux -L "$socket" capture-pane -p -e -t 0 > "$work/$1.ansi"
  shift_name=$1
  shift
  "$python" "$render" "$work/$shift_name.ansi" "$out/$shift_name.png" --columns "$columns" --rows "$rows" "$@"
  echo "screenshots/$shift_name.png"
}

example=Examples/typescript-api/Dockerfile

start "$example" default-dark
shot graph

keys k
keys Tab
keys j
shot layers

keys BTab
keys s
wait_for "Swap the base"
shot swap-picker

keys Escape
start "$example" default-dark
keys k
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
