#!/usr/bin/env bash
# Make the README screenshot from a real run of accords.
#
#   scripts/screenshot.sh [OUT.png]        (default: assets/screenshot.png)
#
# Builds the release binary, runs it in a detached tmux session of 140x40 on a
# tmux socket of its own (`tmux -L accords-shot`, never the user's server),
# opens the Agreements tab, searches "gsoia" and keeps the query, captures the
# screen with its colours (`capture-pane -p -e`) and renders it to PNG with
# scripts/ansi2png.py.
#
# Needs: cargo, tmux, python3 with Pillow, DejaVu Sans Mono and a Hangul font.
#   apt-get update && apt-get install -y tmux fonts-dejavu-core fonts-nanum
#   python3 -m pip install pillow
#
# Environment: SHOT_TIMEOUT (seconds to wait for each screen, default 15),
# KEEP_TXT=1 keeps the captured ANSI text next to the PNG (OUT.txt).
set -euo pipefail

COLS=140
ROWS=40
SOCKET=accords-shot
SESSION=accords-shot
QUERY=gsoia
TIMEOUT=${SHOT_TIMEOUT:-15}

die() { printf 'screenshot.sh: %s\n' "$*" >&2; exit 1; }
say() { printf 'screenshot.sh: %s\n' "$*" >&2; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${1:-$ROOT/assets/screenshot.png}
case $OUT in /*) ;; *) OUT=$PWD/$OUT ;; esac
mkdir -p "$(dirname "$OUT")"
cd "$ROOT"

# ---- dependencies, before the (slow) build
command -v tmux >/dev/null 2>&1 ||
    die "tmux is not installed (Debian/Ubuntu: apt-get install -y tmux; macOS: brew install tmux)"
command -v python3 >/dev/null 2>&1 ||
    die "python3 is not installed (Debian/Ubuntu: apt-get install -y python3)"
command -v cargo >/dev/null 2>&1 ||
    die "cargo is not installed (https://rustup.rs)"
# checks Pillow and the fonts; prints how to install whichever is missing
python3 "$ROOT/scripts/ansi2png.py" --check >/dev/null ||
    die "python dependencies or fonts missing (see above)"

# ---- tmux on a socket of our own, removed on any exit
export LANG=C.UTF-8 LC_ALL=C.UTF-8
tmx() { tmux -u -L "$SOCKET" "$@"; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/accords-shot.XXXXXX")
APP_PID=
# accords is asked to quit (C-c quits in every context) before its tmux pane
# goes away: when its terminal is closed under it, it may keep running (the
# terminal backend spins on end-of-file), so it is also killed by pid if needed.
quit_app() {
    local i
    if tmx has-session -t "$SESSION" >/dev/null 2>&1 &&
        [ "$(tmx display-message -p -t "$SESSION" '#{pane_dead}' 2>/dev/null)" != 1 ]; then
        tmx send-keys -t "$SESSION" C-c >/dev/null 2>&1 || true
        for i in $(seq 50); do
            [ "$(tmx display-message -p -t "$SESSION" '#{pane_dead}' 2>/dev/null)" = 1 ] && break
            sleep 0.1
        done
    fi
}
kill_app() {
    local i
    [ -n "$APP_PID" ] || return 0
    for sig in TERM KILL; do
        [ "$(ps -o comm= -p "$APP_PID" 2>/dev/null)" = accords ] || return 0
        kill -"$sig" "$APP_PID" 2>/dev/null || return 0
        for i in $(seq 20); do
            [ "$(ps -o comm= -p "$APP_PID" 2>/dev/null)" = accords ] || return 0
            sleep 0.1
        done
    done
}
cleanup() {
    quit_app
    tmx kill-session -t "$SESSION" >/dev/null 2>&1 || true
    tmx kill-server >/dev/null 2>&1 || true
    kill_app
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

say "building the release binary"
cargo build --release --quiet || die "cargo build --release failed"
BIN=$ROOT/target/release/accords
[ -x "$BIN" ] || die "no binary at $BIN after the build"

term=tmux-256color
infocmp "$term" >/dev/null 2>&1 || term=screen-256color
cat >"$TMP/tmux.conf" <<EOF
set -g status off
set -g default-terminal "$term"
set -sg escape-time 0
set -g remain-on-exit on
set -g history-limit 0
EOF

# a stale session from an interrupted run on our socket: remove it
tmx kill-server >/dev/null 2>&1 || true

say "starting accords in tmux (${COLS}x${ROWS})"
tmx -f "$TMP/tmux.conf" new-session -d -x "$COLS" -y "$ROWS" -s "$SESSION" -c "$ROOT" \
    "env LANG=C.UTF-8 target/release/accords --lang fr"

screen() { tmx capture-pane -p -t "$SESSION"; }
dead() { [ "$(tmx display-message -p -t "$SESSION" '#{pane_dead}')" = 1 ]; }
check_alive() {
    if dead; then
        say "accords exited early; its screen was:"
        screen >&2 || true
        exit 1
    fi
}

# wait until the screen contains the fixed string $1 (or, if $1 is empty,
# anything but blanks)
wait_for() {
    local want=$1 what=$2 deadline=$((SECONDS + TIMEOUT)) s
    while :; do
        check_alive
        s=$(screen)
        if [ -z "$want" ]; then
            if [ -n "${s//[[:space:]]/}" ]; then return 0; fi
        else
            case $s in *"$want"*) return 0 ;; esac
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then die "timed out after ${TIMEOUT}s waiting for $what"; fi
        sleep 0.1
    done
}

# wait until the screen differs from $1 (soft: goes on after the timeout),
# then until it stays the same for 3 polls in a row
wait_change_settle() {
    local before=$1 deadline=$((SECONDS + TIMEOUT)) s prev same=0
    while :; do
        check_alive
        s=$(screen)
        if [ "$s" != "$before" ]; then break; fi
        if [ "$SECONDS" -ge "$deadline" ]; then break; fi
        sleep 0.1
    done
    prev=$s
    deadline=$((SECONDS + TIMEOUT))
    while [ "$same" -lt 3 ]; do
        sleep 0.1
        check_alive
        s=$(screen)
        if [ "$s" = "$prev" ]; then same=$((same + 1)); else same=0; prev=$s; fi
        if [ "$SECONDS" -ge "$deadline" ]; then die "timed out after ${TIMEOUT}s waiting for the screen to settle"; fi
    done
}

APP_PID=$(tmx display-message -p -t "$SESSION" '#{pane_pid}')
size=$(tmx display-message -p -t "$SESSION" '#{pane_width}x#{pane_height}')
[ "$size" = "${COLS}x${ROWS}" ] || die "the tmux pane is $size, not ${COLS}x${ROWS}"

wait_for "" "accords to draw its first screen"
wait_change_settle ""

# 2: the Agreements tab
before=$(screen)
tmx send-keys -t "$SESSION" 2
wait_change_settle "$before"

# /gsoia: search (every key re-ranks); the query shows in the status bar
tmx send-keys -t "$SESSION" /
tmx send-keys -t "$SESSION" -l "$QUERY"
wait_for "$QUERY" "the query \"$QUERY\" to show"
wait_change_settle ""

# Enter: keep the query and leave the search prompt
before=$(screen)
tmx send-keys -t "$SESSION" Enter
wait_change_settle "$before"
check_alive

tmx capture-pane -p -e -N -t "$SESSION" >"$TMP/screen.txt"
quit_app
tmx kill-session -t "$SESSION" >/dev/null 2>&1 || true
kill_app

python3 "$ROOT/scripts/ansi2png.py" "$TMP/screen.txt" "$OUT" --cols "$COLS" --rows "$ROWS"
if [ "${KEEP_TXT:-0}" = 1 ]; then
    cp "$TMP/screen.txt" "${OUT%.png}.txt"
    say "kept the capture in ${OUT%.png}.txt"
fi
say "done: $OUT"
