"""Collation never stops on a good workbook, and every bad one is a clear refusal of that file alone.

Issue 15: new units, unreadable sheets, foreign parts, the format document's own example,
and runs that were killed before they finished.
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from qpp_reviewer.demo import fill_demo
from qpp_reviewer.exchange.collate import collate, collation_notes
from qpp_reviewer.exchange.export import export_workbook, select_reviews
from qpp_reviewer.storage.models import CollationRunRow, UnitRow
from qpp_reviewer.storage.store import Store

from .helpers import header

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    """A real export of demo reviews."""
    folder = tmp_path_factory.mktemp("robust")
    store = Store.open(folder / "laptop.sqlite3")
    fill_demo(store, 12, seed=5, today=date(2025, 11, 1))
    ids, label = select_reviews(store)
    export_workbook(store, ids, folder / "good.xlsx", label)
    store.close()
    return folder / "good.xlsx"


def runs(store: Store) -> list[CollationRunRow]:
    with store._session() as s:
        return list(s.scalars(select(CollationRunRow).order_by(CollationRunRow.id)))


def rezip(src: Path, dst: Path, change: dict[str, bytes | None] | None = None,
          add: dict[str, bytes] | None = None) -> Path:
    """A copy of a workbook with parts replaced (None: removed) or added."""
    change = change or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename in change:
                if change[item.filename] is not None:
                    zout.writestr(item.filename, change[item.filename])
                continue
            zout.writestr(item, zin.read(item.filename))
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return dst


def sheet_part(path: Path, sheet: str) -> str:
    from qpp_reviewer.exchange.collate import _sheet_files

    with zipfile.ZipFile(path) as z:
        return next(k for k, v in _sheet_files(z).items() if v == sheet)


# --- item 1: reviews from a unit the central database does not have ---------------------------

def test_two_reviews_from_a_new_unit_are_collated_and_the_unit_is_reported(tmp_path, good):
    laptop = Store.open(tmp_path / "laptop.sqlite3")
    laptop.add_unit("Newtown Annexe")  # added by the reviewer, unknown at the centre
    ids = [laptop.create_review(header(unit="Newtown Annexe", case_reference=f"L77001{n}/001"))
           for n in range(3)]
    export_workbook(laptop, ids, tmp_path / "newtown.xlsx", "newtown")
    laptop.close()
    central = Store.open(tmp_path / "central.sqlite3")
    assert "Newtown Annexe" not in central.units()
    # the new unit's file first, then a good file: the run goes on and is recorded
    report = collate(central, [tmp_path / "newtown.xlsx", good])
    assert report.rejected == 0, report.text()
    assert report.files[0].added == 3
    assert report.files[1].added > 0
    assert "unit created: Newtown Annexe" in report.text()
    assert "Newtown Annexe" in central.units()
    with central._session() as s:
        assert s.scalar(select(UnitRow.id).where(UnitRow.name == "Newtown Annexe")) is not None
    assert [n.detail for n in collation_notes(central, kind="unit_added")] == ["unit created: Newtown Annexe"]
    assert runs(central)[-1].finished_at is not None
    central.close()


# --- item 2: a sheet listed but missing, or malformed sheet XML ------------------------------

@pytest.mark.parametrize("damage", ["part_missing", "malformed_xml", "not_xml", "empty_part"])
def test_an_unreadable_sheet_is_a_refusal_of_that_file_and_the_run_goes_on(tmp_path, good, damage):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    part = sheet_part(good, "Reviews")
    content = {"part_missing": None,
               "malformed_xml": b'<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0',
               "not_xml": b"\x00\x01 this is not XML at all \xff\xfe",
               "empty_part": b""}[damage]
    rezip(good, inbox / "a_damaged.xlsx", change={part: content})
    (inbox / "b_good.xlsx").write_bytes(good.read_bytes())
    central = Store.open(tmp_path / "central.sqlite3")
    report = collate(central, [inbox])
    text = report.text()
    assert [f.path.name for f in report.files] == ["a_damaged.xlsx", "b_good.xlsx"]
    assert report.files[0].rejected and not report.files[1].rejected, text
    assert "REJECTED a_damaged.xlsx" in text and "Ask for a fresh export" in text
    assert "Traceback" not in text
    assert report.files[1].added > 0
    assert report.run_id is not None and runs(central)[-1].finished_at is not None
    central.close()


# --- item 3: parts an exchange workbook never has -------------------------------------------

def _with_content_type(good: Path, part: str, ctype: str) -> bytes:
    with zipfile.ZipFile(good) as z:
        types = z.read("[Content_Types].xml")
    return types.replace(b"</Types>", f'<Override PartName="/{part}" ContentType="{ctype}" /></Types>'.encode())


FOREIGN = {
    # name: (parts to change, parts to add, the part the refusal must name)
    "macro_project": (lambda g: {"[Content_Types].xml": _with_content_type(
        g, "xl/vbaProject.bin", "application/vnd.ms-office.vbaProject")}, {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0"},
        "xl/vbaProject.bin"),
    "macro_project_undeclared": (lambda g: {}, {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0"}, "xl/vbaProject.bin"),
    "macro_enabled_main": (lambda g: {"[Content_Types].xml": zipfile.ZipFile(g).read("[Content_Types].xml").replace(
        b"spreadsheetml.sheet.main+xml", b"spreadsheetml.sheet.main+xml-x").replace(
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml-x",
        b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")}, {}, "xl/workbook.xml"),
    "dot_dot_name": (lambda g: {}, {"xl/../../evil.xml": b"<x/>"}, "xl/../../evil.xml"),
    "absolute_name": (lambda g: {}, {"/etc/evil.xml": b"<x/>"}, "/etc/evil.xml"),
    "backslash_name": (lambda g: {}, {"xl\\..\\evil.xml": b"<x/>"}, "xl\\..\\evil.xml"),
    "embedded_object": (lambda g: {"[Content_Types].xml": _with_content_type(
        g, "xl/embeddings/oleObject1.bin", "application/vnd.openxmlformats-officedocument.oleObject")},
        {"xl/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0"}, "xl/embeddings/oleObject1.bin"),
    "external_link": (lambda g: {"[Content_Types].xml": _with_content_type(
        g, "xl/externalLinks/externalLink1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml")},
        {"xl/externalLinks/externalLink1.xml": b"<externalLink/>"}, "xl/externalLinks/externalLink1.xml"),
    "undeclared_type": (lambda g: {}, {"xl/payload.exe": b"MZ"}, "xl/payload.exe"),
    "no_content_types": (lambda g: {"[Content_Types].xml": None}, {}, "[Content_Types].xml"),
    "duplicate_entry": (lambda g: {}, {"xl/workbook.xml": b"<workbook/>"}, "xl/workbook.xml"),
}


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_a_workbook_with_a_foreign_part_is_refused_naming_the_part(tmp_path, good, name):
    import warnings

    change, add, part = FOREIGN[name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name, which is the point
        bad = rezip(good, tmp_path / f"{name}.xlsx", change=change(good), add=add)
    central = Store.open(tmp_path / "central.sqlite3")
    report = collate(central, [bad, good])
    text = report.text()
    assert report.files[0].rejected, (name, text)
    assert f"'{part}'" in text and "Refused before reading" in text, (name, text)
    assert not report.files[1].rejected and report.files[1].added > 0, text
    assert central.count_reviews() == report.files[1].added
    central.close()


def test_a_workbook_saved_by_openpyxl_is_not_taken_for_a_foreign_one(tmp_path, good):
    """A workbook rewritten by a spreadsheet library has its own parts (sharedStrings, …): still read."""
    from .workbooks import read_sheets, write_sheets

    copy = write_sheets(tmp_path / "rewritten.xlsx", read_sheets(good))
    central = Store.open(tmp_path / "central.sqlite3")
    report = collate(central, [copy])
    assert not report.files[0].rejected, report.text()
    central.close()


# --- item 6: a killed collation leaves a record; the next run says it did not finish ----------

KILLED_MIDWAY = r"""
import os, signal, sys
from qpp_reviewer.exchange.collate import SignaturePolicy, collate
from qpp_reviewer.storage.store import Store

store = Store.open(sys.argv[1], lock=True)

def progress(i, n, name):
    if i == 1:  # the first file is collated and committed; killed before the second
        os.kill(os.getpid(), signal.SIGKILL)

collate(store, sys.argv[2:], progress, signatures=SignaturePolicy(trust_new_signers=True))
"""


def test_a_collation_killed_midway_is_reported_by_the_next_run(tmp_path, good):
    import signal
    import subprocess
    import sys

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first, second = inbox / "a.xlsx", inbox / "b.xlsx"
    first.write_bytes(good.read_bytes())
    laptop = Store.open(tmp_path / "laptop.sqlite3")
    ids = [laptop.create_review(header(case_reference=f"L88001{n}/001")) for n in range(2)]
    export_workbook(laptop, ids, second, "two more")
    laptop.close()
    db = tmp_path / "central.sqlite3"
    Store.open(db).close()
    proc = subprocess.run([sys.executable, "-c", KILLED_MIDWAY, str(db), str(inbox)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr

    central = Store.open(db, lock=True)  # the killed run's lock is stale: taken over
    killed = runs(central)
    assert len(killed) == 1 and killed[0].finished_at is None
    assert killed[0].files_read == 1 and killed[0].added == central.count_reviews() > 0
    report = collate(central, [inbox])
    text = report.text()
    assert text.startswith(f"WARNING: an earlier collation (run {killed[0].id}, started ")
    assert "did not finish" in text and f"{killed[0].added} review(s) added" in text
    assert report.files[0].unchanged == killed[0].added and report.files[1].added == 2
    after = runs(central)
    assert [r.finished_at is not None for r in after] == [False, True]
    assert [n.detail for n in collation_notes(central, kind="interrupted")] == [
        f"did not finish; reported by run {after[1].id}"]
    # reported once: the run after that says nothing more about it
    assert "WARNING" not in collate(central, [inbox]).text()
    central.close()


def test_a_started_run_without_a_finish_is_reported_and_every_run_is_recorded(tmp_path, good):
    from qpp_reviewer.storage.store import utcnow

    central = Store.open(tmp_path / "central.sqlite3")
    with central._session.begin() as s:  # what a run killed before its first file leaves
        s.add(CollationRunRow(started_at=utcnow(), finished_at=None))
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    report = collate(central, [bad])  # every file rejected: the run is still recorded, and finished
    assert report.rejected == 1 and "WARNING: an earlier collation (run 1," in report.text()
    recorded = runs(central)
    assert len(recorded) == 2 and recorded[1].id == report.run_id
    assert recorded[1].finished_at is not None and recorded[1].files_rejected == 1
    assert [n.kind for n in collation_notes(central) if n.run_id == report.run_id] == [
        "earlier_unfinished", "rejected"]
    central.close()


# --- item 5: the format document's own checksum example -------------------------------------

def test_the_format_documents_checksum_example_matches_a_real_export(tmp_path, good):
    """docs/exchange-format.md §4 'Computing it', run as written, prints About checksum_sha256."""
    import re
    import subprocess
    import sys

    import openpyxl

    doc = (ROOT / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    section = doc[doc.index("### Computing it"):doc.index("## 5.")]
    example = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    script = tmp_path / "checksum.py"
    script.write_text(example, encoding="utf-8")
    wb = openpyxl.load_workbook(good, read_only=True)
    stated = next(r[1] for r in wb["About"].iter_rows(values_only=True) if r[0] == "checksum_sha256")
    wb.close()
    out = subprocess.run([sys.executable, str(script), str(good)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == stated
    # and the example is not fooled: a changed comment gives another digest
    from .workbooks import column, read_sheets, write_sheets

    sheets = read_sheets(good)
    sheets["Findings"][1][column(sheets, "Findings", "comment")] = "changed by hand"
    changed = write_sheets(tmp_path / "changed.xlsx", sheets, resign_checksum=False)
    out = subprocess.run([sys.executable, str(script), str(changed)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() != stated


def test_the_format_document_states_the_current_rules():
    doc = (ROOT / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    assert "`format_version` is the number 4, 3 or 2" in doc
    assert "### 4a. The signature" in doc and "`signer_public_key`" in doc
    assert "`Reviews`, `Findings`, `Criteria`, `Audit` and `About` exist" in doc
    assert "template title and the position numbers are not compared" not in " ".join(doc.split())
