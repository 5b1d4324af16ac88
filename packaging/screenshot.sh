#!/usr/bin/env bash
# Take the README screenshots of the real app on a virtual X screen (Debian: xvfb, xdotool,
# imagemagick). Usage: bash packaging/screenshot.sh [OUT_DIR]   (default docs/)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/docs}"
mkdir -p "$OUT"
TMP="$(mktemp -d)"
export QPP_DATA_DIR="$TMP/data" XDG_CONFIG_HOME="$TMP/config"
"$ROOT/.venv/bin/qpp-reviewer" demo --db "$TMP/demo.sqlite3" --reviews 120 --seed 4 >/dev/null
# one review in progress, made last so that it heads the list
"$ROOT/.venv/bin/python" - "$TMP/demo.sqlite3" <<'PY'
import sys
from datetime import date
from qpp_reviewer.domain import Outcome, Product, ReviewHeader, Severity, Stream
from qpp_reviewer.storage.store import Store
s = Store.open(sys.argv[1])
rid = s.create_review(ReviewHeader("L4471023/001", "Glasgow", Product.DECISION, Outcome.REFUSAL,
                                   date(2025, 10, 14), "DM2207", Stream.ROUTINE, "AB"))
crit = s.get_review(rid).criteria
for c in crit[:9]:
    s.set_finding(rid, c.id, Severity.NO_ERROR)
s.set_finding(rid, crit[3].id, Severity.MINOR)
s.set_comment(rid, crit[3].id, "Inconsistency noted but its weight is not explained.")
s.close()
PY
Xvfb :87 -screen 0 1360x860x24 >/dev/null 2>&1 &
XPID=$!
trap 'kill $XPID 2>/dev/null; rm -rf "$TMP"' EXIT
sleep 1
export DISPLAY=:87
"$ROOT/.venv/bin/qpp-reviewer" --as AB --db "$TMP/demo.sqlite3" &
APID=$!
sleep 4
WID="$(xdotool search --sync --name 'QPP Reviewer' | head -1)"
xdotool windowmove "$WID" 0 0 windowsize "$WID" 1360 860
sleep 1
import -window root "$OUT/screenshot-list.png"
# open the first review in the list (Enter), then mark the current criterion minor with a comment
xdotool mousemove 200 150 click 1 key Return
sleep 1.5
xdotool key 3
sleep 0.3
xdotool type --delay 20 "The risk on return was not explored against the country information."
xdotool key Escape
sleep 0.8
import -window root "$OUT/screenshot-review.png"
kill $APID
wait $APID 2>/dev/null || true
echo "wrote $OUT/screenshot-list.png and $OUT/screenshot-review.png"
