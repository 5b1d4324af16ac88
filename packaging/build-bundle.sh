#!/usr/bin/env bash
# Build the standalone one-folder bundle: dist/qpp-reviewer/ (the executable qpp-reviewer and _internal/).
# Sets up .venv first if needed (packaging/bootstrap.sh), installs PyInstaller into it when missing, then runs
# packaging/qpp-reviewer.spec. About 1.5 minutes on a 2-core machine. Check the result with
#     bash packaging/check-bundle.sh
# Usage: bash packaging/build-bundle.sh [--check]     (--check: run check-bundle.sh after building)
# On Windows, see docs/packaging.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="$ROOT/.venv/bin/python"
PYINSTALLER_SPEC="pyinstaller>=6.10,<7"  # the spec hooks into PyInstaller's Qt plugin collection (6.x)

bash "$ROOT/packaging/bootstrap.sh"
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into .venv"
  "$PY" -m pip install -q "$PYINSTALLER_SPEC"
fi

start=$SECONDS
rm -rf "$ROOT/dist/qpp-reviewer"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/packaging/qpp-reviewer.spec"
echo "Built $ROOT/dist/qpp-reviewer in $((SECONDS - start)) s: $(du -sh "$ROOT/dist/qpp-reviewer" | cut -f1)" \
     "(run it: dist/qpp-reviewer/qpp-reviewer --help)"

if [ "${1:-}" = "--check" ]; then
  bash "$ROOT/packaging/check-bundle.sh" "$ROOT/dist/qpp-reviewer/qpp-reviewer"
fi
