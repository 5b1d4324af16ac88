#!/usr/bin/env bash
# Run the whole test suite headless, installing everything it needs first, so that no test is skipped:
# the Qt system libraries and .venv (packaging/bootstrap.sh), LibreOffice (exports must open in a real
# spreadsheet program), PostgreSQL (collation into a central server, a throwaway server started on
# 127.0.0.1 for the run and stopped after it), poppler-utils (PDF text), Xvfb and xdotool (the bundle's
# window on a virtual X screen), and the standalone bundle (rebuilt when a source file is newer).
# Extra arguments go to pytest (e.g. -k band, -x, or test files).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DEBIAN_FRONTEND=noninteractive
export QPP_EXTRA_DEB_PACKAGES="${QPP_EXTRA_DEB_PACKAGES:-libreoffice-calc-nogui postgresql poppler-utils xvfb xdotool}"
bash "$ROOT/packaging/bootstrap.sh"
cd "$ROOT"

# The bundle: built when missing or older than any file it is built from (about 1.5 minutes).
BUNDLE="$ROOT/dist/qpp-reviewer/qpp-reviewer"
if [ ! -x "$BUNDLE" ] || [ -n "$(find qpp_reviewer resources packaging/qpp-reviewer.spec packaging/bundle_entry.py \
     -type f -newer "$BUNDLE" -not -path '*/__pycache__/*' -print -quit)" ]; then
  bash "$ROOT/packaging/build-bundle.sh"
fi
export QPP_REQUIRE_BUNDLE=1

# PostgreSQL: a throwaway server unless the caller gives one.
if [ -z "${QPP_TEST_POSTGRES_URL:-}" ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  QPP_TEST_POSTGRES_URL="$($SUDO bash "$ROOT/packaging/start-test-postgres.sh")"
  export QPP_TEST_POSTGRES_URL
  PG_PORT="${QPP_TEST_POSTGRES_URL##*:}"; PG_PORT="${PG_PORT%%/*}"
  stop_pg() {
    local bin d
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/pg_ctl"
    for d in /tmp/qpp-test-pg.*; do
      grep -qs -- "-p $PG_PORT " "$d/postmaster.opts" 2>/dev/null || grep -qs "^$PG_PORT\$" <(sed -n 4p "$d/postmaster.pid" 2>/dev/null) || continue
      $SUDO su postgres -s /bin/sh -c "$bin -D $d stop -m fast" >/dev/null 2>&1 || true
      $SUDO rm -rf "$d"
    done
  }
  trap stop_pg EXIT
fi

export QT_QPA_PLATFORM=offscreen QPP_NO_SKIPS=1
"$ROOT/.venv/bin/python" -m pytest "$@"
