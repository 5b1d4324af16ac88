#!/usr/bin/env bash
# Refresh the translation catalogues from the sources, then compile them.
#   bash packaging/update_translations.sh          # update .ts (keeps existing translations) and build .qm
# Edit resources/translations/qpp_reviewer_fr.ts with Qt Linguist (pyside6-linguist) or by hand.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$ROOT/.venv/bin"
cd "$ROOT"
# the window (forms, qt/*.py) and the core's messages (translate("core", …), see qpp_reviewer/messages.py)
SOURCES=(ui/*.ui qpp_reviewer/qt/*.py qpp_reviewer/*.py qpp_reviewer/storage/*.py qpp_reviewer/exchange/*.py
         qpp_reviewer/reports/*.py qpp_reviewer/commands/*.py)
for lang in fr; do
  "$BIN/pyside6-lupdate" -no-obsolete "${SOURCES[@]}" -ts "resources/translations/qpp_reviewer_$lang.ts" >/dev/null
  "$BIN/pyside6-lrelease" "resources/translations/qpp_reviewer_$lang.ts" -qm "resources/translations/qpp_reviewer_$lang.qm" >/dev/null
done
echo "updated resources/translations"
