#!/usr/bin/env bash
# Run QPP Reviewer, installing what it needs first. Arguments go to qpp-reviewer
# (e.g. --db PATH, or a headless command such as: demo --db PATH --reviews 200).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/packaging/bootstrap.sh"
exec "$ROOT/.venv/bin/qpp-reviewer" "$@"
