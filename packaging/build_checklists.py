"""Generate resources/checklists/*.xlsx from the TOML templates beside them.

The TOML files are the source of truth (text, reviewed line by line in git); the
.xlsx files are the same templates in the spreadsheet layout quality leads edit
(qpp_reviewer/template_sheets.py). Run after editing a TOML template:

    python packaging/build_checklists.py

A workbook is rewritten only when what it says differs from its TOML file (an
.xlsx is never byte-identical twice, so unchanged ones are left alone).
tests/test_template_sheets.py fails when one is missing or out of date, and the
program refuses to start with a workbook that disagrees with its TOML file.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qpp_reviewer.templates import TemplateError, load_template_file  # noqa: E402
from qpp_reviewer.template_sheets import read_template_workbook, write_template_workbook  # noqa: E402

FOLDER = ROOT / "resources" / "checklists"


def stale(folder: Path = FOLDER) -> list[Path]:
    """The TOML files whose workbook is missing or says something else."""
    out = []
    for toml in sorted(folder.glob("*.toml")):
        xlsx = toml.with_suffix(".xlsx")
        try:
            if xlsx.exists() and read_template_workbook(xlsx) == load_template_file(toml):
                continue
        except TemplateError:
            pass
        out.append(toml)
    return out


def main(folder: Path = FOLDER) -> list[Path]:
    written = []
    for toml in stale(folder):
        xlsx = write_template_workbook(load_template_file(toml), toml.with_suffix(".xlsx"))
        print(f"wrote {xlsx.relative_to(folder.parent.parent) if xlsx.is_relative_to(folder.parent.parent) else xlsx}")
        written.append(xlsx)
    if not written:
        print("checklist workbooks are up to date")
    return written


if __name__ == "__main__":
    main()
