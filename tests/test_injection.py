"""Formula injection (issue 15, item 14): text a reviewer typed is literal text in every output.

Each output is opened by LibreOffice itself (headless, converted to CSV): a cell that came out as
a formula would read back as its result ('2'), not as the text typed ('=1+1').
"""

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from qpp_reviewer.cli import main
from qpp_reviewer.domain import Severity
from qpp_reviewer.exchange.collate import collate
from qpp_reviewer.exchange.export import export_workbook, select_reviews
from qpp_reviewer.storage.store import Store

from .helpers import header

pytestmark = pytest.mark.skipif(shutil.which("libreoffice") is None, reason="needs LibreOffice")

FIRST = "=1+1"
SECOND = "@SUM(1,1)"
UNIT = "+1+1"
BATCH = "-1+1"
COMMENT = "=1+1 and =HYPERLINK(\"http://x\")"


def libreoffice_csv(path: Path, out: Path) -> dict[str, list[list[str]]]:
    """Every sheet of ``path`` as LibreOffice reads it, by sheet name (one CSV per sheet)."""
    out.mkdir(exist_ok=True)
    profile = out / "profile"
    # 44,34,76 = comma, double quote, UTF-8; the 12th token -1 writes every sheet to its own file
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=180)
    sheets = {}
    for f in out.glob(path.stem + "*.csv"):
        name = f.stem[len(path.stem) + 1:] if f.stem != path.stem else "Sheet1"
        with open(f, encoding="utf-8", newline="") as fh:
            sheets[name] = list(csv.reader(fh))
    assert sheets, "LibreOffice wrote nothing"
    return sheets


def cells(sheet: list[list[str]]) -> list[str]:
    return [c for row in sheet for c in row]


def fill(store, rid, severity, comment):
    crit = store.get_review(rid).criteria
    for i, c in enumerate(crit):
        store.set_finding(rid, c.id, severity if i == 0 else Severity.NO_ERROR)
    store.set_comment(rid, crit[0].id, comment)
    store.complete_review(rid)


@pytest.fixture
def hostile(tmp_path):
    """A database whose every user text starts like a formula or an error code."""
    store = Store.open(tmp_path / "r.sqlite3")
    store.actor = FIRST
    store.add_unit(UNIT)
    first = store.create_review(header(reviewer=FIRST, unit=UNIT))
    fill(store, first, Severity.MINOR, COMMENT)
    second = store.request_second_review(first, SECOND)
    fill(store, second, Severity.SIGNIFICANT, "#N/A")
    bid = store.create_batch(BATCH, "=2+2")
    store.add_to_batch(bid, [first])
    yield store, first, second
    store.close()


def test_export_opens_in_libreoffice_as_the_text_typed_and_collates(hostile, tmp_path):
    store, first, second = hostile
    ids, label = select_reviews(store)
    out = tmp_path / "x.xlsx"
    export_workbook(store, ids, out, "=9+9", exported_by=FIRST)
    sheets = libreoffice_csv(out, tmp_path / "lo")
    rows = {r[0]: r for r in sheets["Summary"] if r}
    assert rows["Selection"][1] == "=9+9"  # not 18
    assert rows["Exported"][3] == FIRST  # the 'by' cell: not 2
    agreement = cells(sheets["Agreement"])
    assert any(c.startswith(FIRST) and SECOND in c for c in agreement), agreement
    reviews = cells(sheets["Reviews"])
    assert FIRST in reviews and UNIT in reviews and BATCH in reviews
    findings = cells(sheets["Findings"])
    assert COMMENT in findings and "#N/A" in findings
    assert FIRST in cells(sheets["About"])
    # the app's own export, reviewer names like formulas and all, collates
    central = Store.open(tmp_path / "c.sqlite3")
    try:
        report = collate(central, [out])
        assert report.rejected == 0 and report.added == 2, report.text()
        got = central.get_review(second)
        assert got.header.reviewer == SECOND
        assert "#N/A" in [f.comment for f in got.findings.values()]
        assert central.get_review(first).header.unit == UNIT
    finally:
        central.close()


def test_cli_export_by_is_text(hostile, tmp_path, capsys):
    store, *_ = hostile
    db = store.location
    store.close()
    out = tmp_path / "by.xlsx"
    assert main(["export", "--db", str(db), "--all", "-o", str(out), "--by", "=1+1"]) == 0
    rows = {r[0]: r for r in libreoffice_csv(out, tmp_path / "lo")["Summary"] if r}
    assert rows["Exported"][3] == "=1+1"  # LibreOffice showed 2 before


@pytest.mark.parametrize("by", ["reviewer", "unit", "batch"])
def test_summary_csv_fields_are_quote_prefixed(hostile, tmp_path, by):
    store, *_ = hostile
    db = store.location
    store.close()
    out = tmp_path / "s.csv"
    assert main(["summary", "--db", str(db), "--by", by, "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.reader(out.open(encoding="utf-8")))
    groups = [r[0] for r in rows[1:]]
    expected = {"reviewer": ["'" + FIRST], "unit": ["'" + UNIT], "batch": ["'" + BATCH]}[by]
    for e in expected:
        assert e in groups, groups
    assert not any(g.startswith(("=", "+", "-", "@")) for r in rows for g in r if isinstance(g, str))
    # LibreOffice opens the CSV and shows text, never a computed value
    sheet = next(iter(libreoffice_csv(out, tmp_path / "lo").values()))
    shown = [r[0] for r in sheet[1:] if r]
    for e in expected:
        assert e in shown or e[1:] in shown, shown  # as text: with its quote, or the quote taken as 'text'
    assert "2" not in shown and "0" not in shown, shown


def test_summary_xlsx_cells_are_text(hostile, tmp_path):
    store, *_ = hostile
    db = store.location
    store.close()
    out = tmp_path / "s.xlsx"
    assert main(["summary", "--db", str(db), "--by", "reviewer,unit,batch", "--format", "xlsx",
                 "-o", str(out)]) == 0
    sheet = libreoffice_csv(out, tmp_path / "lo")
    shown = cells(next(iter(sheet.values())))
    assert FIRST in shown and UNIT in shown and BATCH in shown
