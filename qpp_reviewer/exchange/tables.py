"""Plain tables to .xlsx and CSV (summaries), written safely and atomically.

Group names come from user text (unit, reviewer, batch): in .xlsx such text is a
string cell, never a formula; in CSV a field starting with = + - @, a tab or a
line break gets a leading single quote (OWASP's rule for CSV injection), so a
spreadsheet that opens the file shows the text and runs nothing.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .export import RISKY_START, literal

CSV_QUOTE = "'"


def csv_field(value):
    """One CSV field, safe to open in a spreadsheet (see the module's note)."""
    if isinstance(value, str) and value.startswith(RISKY_START):
        return CSV_QUOTE + value
    return value


def table_csv(table: list[list]) -> str:
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([[csv_field(v) for v in row] for row in table])
    return buf.getvalue()


def write_table_xlsx(path: Path, sheet: str, table: list[list]) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.freeze_panes = "A2"
    for i, name in enumerate(table[0], 1):
        ws.column_dimensions[get_column_letter(i)].width = max(10, min(40, len(str(name)) + 2))
    for n, row in enumerate(table):
        cells = []
        for v in row:
            if n == 0:  # the app's own column names
                v = WriteOnlyCell(ws, value=v)
                v.font = Font(bold=True)
            else:
                v = literal(ws, v)
            cells.append(v)
        ws.append(cells)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(table[0]))}{len(table)}"
    fd, tmp = tempfile.mkstemp(prefix=".qpp-", suffix=".xlsx.part", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
