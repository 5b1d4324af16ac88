"""Read an exchange workbook into Python lists, change it, write it back (optionally
re-signing the checksum) — to build the broken inputs collation must refuse."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from qpp_reviewer.exchange.format import ABOUT_SHEET, CALIBRATION_SHEET, DATA_SHEETS, Checksum


def read_sheets(path: Path) -> dict[str, list[list]]:
    wb = openpyxl.load_workbook(path)
    out = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    wb.close()
    return out


def resign(sheets: dict[str, list[list]], sign: bool = True) -> None:
    c = Checksum()
    version = next((r[1] for r in sheets.get(ABOUT_SHEET, []) if r and r[0] == "format_version"), None)
    newer = isinstance(version, (int, float)) and version >= 4
    for name in DATA_SHEETS + ((CALIBRATION_SHEET,) if newer else ()):  # Calibration: format 4 on
        if name not in sheets:
            continue
        c.sheet(name)
        width = len(sheets[name][0])
        for row in sheets[name]:
            if all(v in (None, "") for v in row):
                continue
            c.row(list(row) + [None] * (width - len(row)))
    for row in sheets[ABOUT_SHEET]:
        if row[0] == "checksum_sha256":
            row[1] = c.hexdigest()
    if sign:
        resign_about(sheets)


def resign_about(sheets: dict[str, list[list]]) -> None:
    """Sign the About sheet again with its signer's own key (from this test's data folder): the
    broken inputs built here model a workbook its reviewer made badly, or a forger holding the
    reviewer's key, so that collation's later checks are reached. A forger without the key is
    tests/test_signing.py's concern."""
    from qpp_reviewer import signing

    rows = sheets.get(ABOUT_SHEET) or []
    about = {r[0]: (r[1] if len(r) > 1 else None) for r in rows if r and isinstance(r[0], str)}
    if not about.get("signer") or not about.get("signature"):
        return
    signed = signing.sign_about(signing.load_or_create(str(about["signer"])), about)
    for r in rows:
        if r and r[0] in signing.SIGNED_ABOUT_KEYS:
            r[1] = signed[r[0]]


def write_sheets(path: Path, sheets: dict[str, list[list]], resign_checksum: bool = True) -> Path:
    if resign_checksum:
        resign(sheets)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


def column(sheets, sheet: str, name: str) -> int:
    return sheets[sheet][0].index(name)
