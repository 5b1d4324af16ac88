#!/usr/bin/env bash
# Smoke-test a built bundle (packaging/build-bundle.sh) headless, the way a user would run it:
#   --help and --version; demo, list, export, collate, summary; a password-protected export collated back;
#   a PDF period report and feedback sheet; the window opened and closed under QT_QPA_PLATFORM=offscreen;
#   and, when Xvfb and xdotool are installed, the window found on a virtual X screen (the xcb plugin)
#   and closed with Ctrl+Q.
# Usage: bash packaging/check-bundle.sh [PATH/TO/qpp-reviewer]   (default dist/qpp-reviewer/qpp-reviewer)
# Runs in a clean environment (no virtual environment, no PYTHONPATH), in a temporary folder removed at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$(realpath "${1:-$ROOT/dist/qpp-reviewer/qpp-reviewer}")"
[ -x "$BIN" ] || { echo "check-bundle: no bundle at $BIN (build it with: bash packaging/build-bundle.sh)" >&2; exit 2; }
TMP="$(mktemp -d)"
XVFB_PID=""
cleanup() { [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT
cd "$TMP"

# Only what a user's shell would have: no .venv on PATH, no PYTHON* variables.
run() { ${TIMEOUT:+timeout $TIMEOUT} env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 QPP_DATA_DIR="$TMP/data" \
          QT_QPA_PLATFORM="${QPA:-offscreen}" ${DISPLAY:+DISPLAY=$DISPLAY} ${EXTRA_ENV:-} "$BIN" "$@"; }
step() { printf '%-58s' "$1"; }
ok() { echo "ok${1:+  ($1)}"; }
die() { echo "FAILED"; echo "check-bundle: $*" >&2; exit 1; }
mkdir -p "$TMP/home"

step "--help lists the built-in and discovered commands"
help="$(run --help)" || die "--help failed"
for cmd in demo export collate summary report restore; do
  grep -qE "^ +$cmd " <<<"$help" || die "--help does not list '$cmd':"$'\n'"$help"
done
ok

step "bundle finds its resources, migrations, Qt translations"
QPA=offscreen EXTRA_ENV="QPP_BUNDLE_SELFTEST=1" run >selftest.json || die "self-test failed"
python3 - selftest.json "$ROOT" <<'PY' || die "$(cat selftest.json)"
import json, pathlib, sys
r = json.load(open(sys.argv[1]))
root = pathlib.Path(sys.argv[2])
assert r["frozen"] and r["style"] and r["platform"] == "offscreen", r
assert r["resources"].startswith(r["inside_bundle"]) and r["migrations"].startswith(r["inside_bundle"]), r
assert r["checklists"] == sorted(p.name for p in (root / "resources" / "checklists").iterdir()), r["checklists"]
assert r["migration_versions"] == sorted(p.name for p in (root / "qpp_reviewer/storage/migrations/versions").glob("*.py")), \
    "migrations differ from the source tree: rebuild the bundle"
assert all(r["qtbase_loaded"].values()) and all(r["app_translations_loaded"].values()), r
PY
ok "languages: $(python3 -c 'import json,sys; print(", ".join(json.load(open(sys.argv[1]))["qtbase_loaded"]) or "-")' selftest.json)"

step "--version"
run --version | grep -q "qpp-reviewer " || die "--version"
ok "$(run --version)"

step "demo --db demo.sqlite3 --reviews 20"
run demo --db demo.sqlite3 --reviews 20 --seed 3 >demo.out || die "$(cat demo.out)"
grep -q "Added 20 reviews" demo.out || die "$(cat demo.out)"
ok

step "list --db demo.sqlite3"
[ "$(run list --db demo.sqlite3 | tail -1)" = "20 reviews" ] || die "list"
ok

step "export --db demo.sqlite3 --all -o exchange.xlsx"
run export --db demo.sqlite3 --all -o exchange.xlsx >export.out || die "$(cat export.out)"
grep -q "Wrote 20 reviews" export.out && [ -s exchange.xlsx ] || die "$(cat export.out)"
ok "$(stat -c %s exchange.xlsx) bytes"

step "collate refuses a signer the centre has not enrolled (Ed25519, cryptography)"
if run collate --db collated.sqlite3 exchange.xlsx >refused.out; then die "an unenrolled signer was accepted"; fi
grep -q "has not enrolled" refused.out || die "$(cat refused.out)"
ok

step "key enrolment, key enrol --fingerprint, then collate --db collated.sqlite3 exchange.xlsx"
run key enrolment -o me.json >enrolment.out || die "$(cat enrolment.out)"
fp="$(run key show | sed 's/^[^:]*: //')"
run key enrol --db collated.sqlite3 me.json --fingerprint "$fp" >/dev/null || die "key enrol"
run collate --db collated.sqlite3 exchange.xlsx >collate.out || die "$(cat collate.out)"
grep -q "20 added" collate.out || die "$(cat collate.out)"
ok

step "summary --db collated.sqlite3 --by unit"
run summary --db collated.sqlite3 --by unit >summary.out || die "$(cat summary.out)"
grep -qE "^All " summary.out || die "$(cat summary.out)"
ok

step "export --encrypt, then collate it (msoffcrypto)"
EXTRA_ENV="QPP_PASSWORD=check-bundle" run export --db demo.sqlite3 --all --encrypt -o protected.xlsx >/dev/null \
  || die "encrypted export"
EXTRA_ENV="QPP_PASSWORD=check-bundle" run collate --db protected.sqlite3 --trust-new-signers protected.xlsx >collate2.out \
  || die "$(cat collate2.out)"
grep -q "20 added" collate2.out || die "$(cat collate2.out)"
ok

step "report batch / report feedback (reportlab)"
run report batch --db demo.sqlite3 -o period.pdf >/dev/null || die "report batch"
rid="$(run list --db demo.sqlite3 | sed -n 2p | awk '{print $1}')"
step "an encrypted database (SQLCipher): demo with QPP_PASSPHRASE, list with it, refused without it"
EXTRA_ENV="QPP_PASSPHRASE=check-bundle-passphrase" run demo --db secret.sqlite3 --reviews 5 --seed 3 >secret.out 2>&1 \
  || die "$(cat secret.out)"
[ -e secret.sqlite3.qppkey ] || die "no key file: the database was not encrypted"
if grep -q "QPP Reviewer" secret.sqlite3 || head -c 15 secret.sqlite3 | grep -q "SQLite format"; then die "plain text"; fi
[ "$(EXTRA_ENV="QPP_PASSPHRASE=check-bundle-passphrase" run list --db secret.sqlite3 | tail -1)" = "5 reviews" ] \
  || die "the encrypted database did not open"
if run list --db secret.sqlite3 >/dev/null 2>&1; then die "opened without its passphrase"; fi
ok

run report feedback --db demo.sqlite3 --review "$rid" -o feedback.pdf >/dev/null || die "report feedback"
head -c 5 period.pdf | grep -q "%PDF-" && head -c 5 feedback.pdf | grep -q "%PDF-" || die "not PDFs"
ok

step "documents attach: PDFium (pypdfium2) opens a PDF (the feedback sheet) and counts its pages"
run documents attach --db demo.sqlite3 "$rid" feedback.pdf >attach.out 2>&1 || die "$(cat attach.out)"
grep -qE "Attached feedback.pdf \([0-9]+ pages?, SHA-256" attach.out || die "$(cat attach.out)"
run documents check --db demo.sqlite3 "$rid" >check.out 2>&1 || die "$(cat check.out)"
ok

# The window, offscreen: QPP_AUTOCLOSE_MS (packaging/bundle_entry.py) closes it, as File > Quit does, 1.5 s
# after it is shown; exit code 0 within the time limit means it opened, painted and closed cleanly.
step "window opens and closes (offscreen)"
set +e
TIMEOUT=30 EXTRA_ENV="QPP_AUTOCLOSE_MS=1500" run --as CI --db demo.sqlite3 >window.out 2>window.err
rc=$?
set -e
[ $rc -eq 0 ] || die "exit code $rc$([ $rc -eq 124 ] && echo ' (still open after 30 s)'): $(cat window.err)"
if grep -qE "Traceback|Error|could not load" window.err; then die "$(cat window.err)"; fi
[ -d backups ] && [ ! -e demo.sqlite3.lock ] || die "the database was not opened, or not closed (lock left)"
ok

if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
  step "window on a virtual X screen (xcb), closed with Ctrl+Q"
  for n in $(seq 90 120); do [ -e "/tmp/.X$n-lock" ] || break; done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
  export DISPLAY=":$n"
  QPA=xcb run --as CI --db demo.sqlite3 >xcb.out 2>xcb.err &
  app=$!
  wid="$(timeout 20 xdotool search --sync --onlyvisible --name '^QPP Reviewer' 2>/dev/null | head -1)" || true
  [ -n "$wid" ] || { kill "$app" 2>/dev/null; die "no window appeared: $(cat xcb.err)"; }
  timeout 5 xdotool windowfocus "$wid" key ctrl+q || true
  for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$app" 2>/dev/null; then kill "$app"; die "the window did not close on Ctrl+Q"; fi
  wait "$app" || die "exit code $?: $(cat xcb.err)"
  if grep -qE "Traceback|Error|could not load" xcb.err; then die "$(cat xcb.err)"; fi
  ok
else
  echo "(no Xvfb/xdotool: the X11 check is skipped)"
fi

echo "check-bundle: all checks passed for $BIN ($(du -sh "$(dirname "$BIN")" | cut -f1))"
