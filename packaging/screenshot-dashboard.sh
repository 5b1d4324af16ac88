#!/usr/bin/env bash
# Take the dashboard screenshot of the real app on a virtual X screen (Debian: xvfb, xdotool,
# imagemagick). Usage: bash packaging/screenshot-dashboard.sh [OUT_DIR]   (default docs/)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/docs}"
mkdir -p "$OUT"
TMP="$(mktemp -d)"
export QPP_DATA_DIR="$TMP/data" XDG_CONFIG_HOME="$TMP/config"
"$ROOT/.venv/bin/qpp-reviewer" demo --db "$TMP/demo.sqlite3" --reviews 600 --seed 4 >/dev/null
Xvfb :88 -screen 0 1360x860x24 >/dev/null 2>&1 &
XPID=$!
trap 'kill $XPID 2>/dev/null; rm -rf "$TMP"' EXIT
sleep 1
export DISPLAY=:88
"$ROOT/.venv/bin/qpp-reviewer" --as QL --db "$TMP/demo.sqlite3" &
APID=$!
sleep 4
WID="$(xdotool search --sync --name 'QPP Reviewer' | head -1)"
xdotool windowmove "$WID" 0 0 windowsize "$WID" 1360 860
sleep 1
# the Dashboard tab: focus the window (no window manager here), then Ctrl+D
xdotool mousemove 700 840 click 1
xdotool key ctrl+d
sleep 2.5            # the figures, then the error themes counted in the background
import -window root "$OUT/screenshot-dashboard.png"
kill $APID
wait $APID 2>/dev/null || true
echo "wrote $OUT/screenshot-dashboard.png"
