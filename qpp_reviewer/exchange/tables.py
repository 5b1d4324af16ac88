"""Plain tables to .xlsx (summaries), written safely and atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .export import RISKY_START


def write_table_xlsx(path: Path, sheet: str, table: list[list]) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.freeze_panes = "A2"
    for i, name in enumerate(table[0], 1):
        ws.column_dimensions[get_column_letter(i)].width = max(10, min(40, len(str(name)) + 2))
    for n, row in enumerate(table):
        cells = []
        for v in row:
            if n == 0 or (isinstance(v, str) and v.startswith(RISKY_START)):
                c = WriteOnlyCell(ws, value=v)
                if n == 0:
                    c.font = Font(bold=True)
                else:
                    c.data_type, c.quotePrefix = "s", True
                v = c
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
