"""Batches, the exchange workbook, collation and the summary tables."""

import shutil
import sqlite3
import subprocess
from datetime import date

import openpyxl
import pytest

from qpp_reviewer.cli import main
from qpp_reviewer.demo import fill_demo
from qpp_reviewer.domain import OutcomeJudgement, Product, QualityBand, ReviewStatus, Severity, Stream
from qpp_reviewer.exchange.collate import collate, collation_notes
from qpp_reviewer.exchange.export import ExportCancelled, export_workbook, select_reviews
from qpp_reviewer.exchange.format import SHEETS
from qpp_reviewer.statistics import BandCounts, ReviewFacts, summarise, wilson
from qpp_reviewer.storage.store import ReviewError, ReviewFilter, ReviewLocked, Store, clean_text

from .helpers import header
from .workbooks import column, read_sheets, write_sheets

HOSTILE = ["=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@SUM(1)", "\tleading tab", "\rleading return",
           "=HYPERLINK(\"http://example.invalid\",\"click\")"]


@pytest.fixture
def laptop(tmp_path):
    s = Store.open(tmp_path / "laptop.sqlite3")
    fill_demo(s, 60, seed=5, today=date(2025, 11, 1))
    yield s
    s.close()


@pytest.fixture
def central(tmp_path):
    s = Store.open(tmp_path / "central.sqlite3")
    yield s
    s.close()


def complete_review(store, comments=None, **over):
    rid = store.create_review(header(**over))
    crit = store.get_review(rid).criteria
    for c in crit:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    for c, text in zip(crit, comments or []):
        store.set_finding(rid, c.id, Severity.MINOR)
        store.set_comment(rid, c.id, text)
    store.complete_review(rid)
    return rid


def export_all(store, path):
    ids, label = select_reviews(store)
    return export_workbook(store, ids, path, label, exported_by="tester")


def db_dump(store) -> list[str]:
    con = sqlite3.connect(store.location)
    try:
        # every run records itself (issue 15): the run log aside, a refused file changes nothing
        return [line for line in con.iterdump() if not line.startswith(('INSERT INTO "collation_run"',
                                                                      'INSERT INTO "collation_note"'))]
    finally:
        con.close()


# -- batches ------------------------------------------------------------------------

def test_batch_sign_off_locks_and_reopen_unsigns(tmp_path):
    store = Store.open(tmp_path / "b.sqlite3")
    a = complete_review(store)
    b = store.create_review(header(case_reference="G1111111/001"))
    bid = store.create_batch("Glasgow — routine sample — Oct 2025", by="QL")
    with pytest.raises(ReviewError, match="already"):
        store.create_batch("glasgow — routine sample — oct 2025")
    assert store.add_to_batch(bid, [a, b]) == 2
    with pytest.raises(ReviewError, match="not complete"):
        store.sign_off_batch(bid, "QL")
    store.remove_from_batch([b])
    store.sign_off_batch(bid, "QL")
    batch = store.find_batch("Glasgow — routine sample — Oct 2025")
    assert batch.signed_off and batch.reviews == 1 and batch.bands == {"QS1": 1}
    with pytest.raises(ReviewLocked, match="signed off"):
        store.add_to_batch(bid, [b])
    with pytest.raises(ReviewLocked):
        store.set_finding(a, store.get_review(a).criteria[0].id, Severity.MINOR)
    store.reopen_review(a, "Tech spec found a missed safeguarding point", by="TS")
    assert not store.find_batch(bid).signed_off
    assert [e.kind for e in store.get_review(a).events][-2:] == ["batch_unsigned", "reopened"]
    store.close()


# -- export ----------------------------------------------------------------------------

def test_round_trip_keeps_every_review_exactly(laptop, central, tmp_path):
    result = export_all(laptop, tmp_path / "out.xlsx")
    assert result.reviews == 60 and result.findings > 60 * 10
    report = collate(central, [tmp_path / "out.xlsx"])
    assert (report.added, report.unchanged, report.conflicts, report.rejected) == (60, 0, 0, 0)
    for r in laptop.list_reviews():
        a, b = laptop.get_review(r.id), central.get_review(r.id)
        assert a.header == b.header and a.status == b.status
        assert a.outcome_judgement == b.outcome_judgement
        assert {k: (f.severity, f.comment) for k, f in a.findings.items() if f.severity or f.comment} == \
               {k: (f.severity, f.comment) for k, f in b.findings.items()}
        assert laptop.score_of(a) == central.score_of(b)
    assert {r.id: r.band for r in laptop.list_reviews()} == {r.id: r.band for r in central.list_reviews()}
    # collated reviews are read-only in the collation database
    rid = laptop.list_reviews()[0].id
    with pytest.raises(ReviewLocked, match="collated from out.xlsx"):
        central.set_comment(rid, central.get_review(rid).criteria[0].id, "x")


def test_workbook_is_written_for_people(laptop, tmp_path):
    export_all(laptop, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert wb.sheetnames == ["Summary", "Reviews", "Findings", "Criteria", "Audit", "Evidence", "Time", "Calibration",
                            "Agreement", "About"]
    for name in ("Reviews", "Findings", "Criteria", "Audit", "Evidence", "Time", "Calibration"):
        ws = wb[name]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
        assert [c.value for c in ws[1]] == [c.name for c in SHEETS[name]]
        assert ws[1][0].font.bold
        assert ws.column_dimensions["A"].width >= 10
    reviews = wb["Reviews"]
    date_col = [c.value for c in reviews[1]].index("product_date") + 1
    assert reviews.cell(2, date_col).is_date
    summary = [c.value for row in wb["Summary"].iter_rows() for c in row if c.value is not None]
    assert "Satisfactory (QS1+QS2)" in summary and any("Method" in str(v) for v in summary)
    about = dict((r[0], r[1]) for r in wb["About"].iter_rows(values_only=True))
    assert about["format_version"] == 4 and about["exported_by"] == "tester"
    assert len(about["checksum_sha256"]) == 64
    assert about["signer"] == "tester" and len(about["signature"]) == 88  # 64 bytes of Ed25519, base64


def test_typed_text_never_becomes_a_formula(tmp_path):
    store = Store.open(tmp_path / "h.sqlite3")
    complete_review(store, comments=HOSTILE, case_reference="L7777777/001")
    export_all(store, tmp_path / "h.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "h.xlsx")
    ws = wb["Findings"]
    comments = [row[column({"F": [[c.value for c in ws[1]]]}, "F", "comment")] for row in ws.iter_rows(min_row=2)]
    texts = [c.value for c in comments if c.value]
    assert sorted(texts) == sorted(clean_text(h) for h in HOSTILE)
    for c in comments:
        if c.value:
            assert c.data_type == "s" and c.quotePrefix
    # and collation gives back exactly what was typed
    central = Store.open(tmp_path / "c.sqlite3")
    assert collate(central, [tmp_path / "h.xlsx"]).added == 1
    rid = central.list_reviews()[0].id
    assert sorted(f.comment for f in central.get_review(rid).findings.values() if f.comment) == \
        sorted(clean_text(h) for h in HOSTILE)
    store.close()
    central.close()


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed (CI installs it)")
def test_libreoffice_reads_exports_and_runs_nothing(tmp_path):
    store = Store.open(tmp_path / "h.sqlite3")
    complete_review(store, comments=HOSTILE, case_reference="L7777777/001")
    export_all(store, tmp_path / "h.xlsx")
    store.close()
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    out = tmp_path / "csv"
    # sheet 3 (Findings) to CSV, UTF-8, with formulas shown as their text if any were formulas
    subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to",
                    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3',
                    "--outdir", str(out), str(tmp_path / "h.xlsx")], check=True, capture_output=True, timeout=180)
    produced = list(out.glob("*.csv"))
    assert produced, "LibreOffice wrote no CSV"
    import csv

    rows = list(csv.DictReader(produced[0].open(encoding="utf-8", newline="")))
    assert rows and set(rows[0]) >= {"review_id", "criterion_id", "comment"}
    comments = sorted(r["comment"] for r in rows if r["comment"])
    # exactly the typed text: no formula evaluated ("-2+3" is not 1, "=HYPERLINK" is not "click")
    assert comments == sorted(clean_text(h) for h in HOSTILE)


def test_cancelled_or_failed_export_leaves_nothing_under_the_name(laptop, tmp_path):
    ids, label = select_reviews(laptop)
    target = tmp_path / "out.xlsx"
    calls = []
    with pytest.raises(ExportCancelled):
        export_workbook(laptop, ids, target, label, cancelled=lambda: len(calls) > 3,
                        progress=lambda d, t: calls.append(d))
    assert not target.exists() and not list(tmp_path.glob(".qpp-export-*"))
    target.write_bytes(b"previous export")
    with pytest.raises(OSError):
        export_workbook(laptop, ids, tmp_path / "missing-folder" / "x.xlsx", label)
    assert target.read_bytes() == b"previous export"


# -- collation rules -----------------------------------------------------------------------

def test_same_workbook_twice_is_a_no_op(laptop, central, tmp_path):
    export_all(laptop, tmp_path / "a.xlsx")
    collate(central, [tmp_path / "a.xlsx"])
    before = db_dump(central)
    report = collate(central, [tmp_path / "a.xlsx", tmp_path / "a.xlsx"])
    assert (report.added, report.unchanged, report.conflicts) == (0, 120, 0)
    assert db_dump(central) == before
    assert central.count_reviews() == 60


def test_overlapping_workbooks_and_conflicts(laptop, central, tmp_path):
    export_all(laptop, tmp_path / "a.xlsx")
    sheets = read_sheets(tmp_path / "a.xlsx")
    f = sheets["Findings"]
    ci = column(sheets, "Findings", "comment")
    target = next(row for row in f[1:] if row[ci])
    target[ci] = "Rewritten after export"
    write_sheets(tmp_path / "b.xlsx", sheets)
    collate(central, [tmp_path / "a.xlsx"])
    report = collate(central, [tmp_path / "b.xlsx"])
    assert (report.added, report.unchanged, len(report.files[0].conflicts)) == (0, 59, 1)
    rid = target[0]
    assert "Rewritten after export" not in [x.comment for x in central.get_review(rid).findings.values()]
    assert [n.kind for n in collation_notes(central, review_id=rid)] == ["conflict"]
    assert "conflicting" in report.text()


def test_band_in_file_is_recomputed_and_discrepancy_recorded(laptop, central, tmp_path):
    export_all(laptop, tmp_path / "a.xlsx")
    sheets = read_sheets(tmp_path / "a.xlsx")
    bi = column(sheets, "Reviews", "band")
    row = next(r for r in sheets["Reviews"][1:] if r[bi] == "QS3")
    row[bi] = "QS1"  # someone "improved" the band by hand
    write_sheets(tmp_path / "b.xlsx", sheets)
    report = collate(central, [tmp_path / "b.xlsx"])
    assert report.added == 60 and report.discrepancies == 1
    assert "the file says QS1, the findings give QS3" in report.text()
    assert "QS3 — QS3" not in report.text()  # the band is named once (issue 14 item 7)
    rid = row[0]
    assert central.list_reviews(ReviewFilter(ids=[rid]))[0].band is QualityBand.QS3
    assert collation_notes(central, review_id=rid, kind="discrepancy")
    assert "band_discrepancy" in [e.kind for e in central.get_review(rid).events]


def duplicate_review(s):
    s["Reviews"].append(list(s["Reviews"][1]))
    return s


def drop_last_column(s, sheet):
    for r in s[sheet]:
        r.pop()
    return s


def drop_sheet(s, sheet):
    del s[sheet]
    return s


def set_about(s, key, value):
    for r in s["About"]:
        if r[0] == key:
            r[1] = value
    return s


def broken(sheets, sheet, col, value, row=1):
    sheets[sheet][row][column(sheets, sheet, col)] = value
    return sheets


@pytest.mark.parametrize("mutate,expected", [
    (lambda s: broken(s, "Reviews", "product_date", "yesterday"), "Reviews, row 2, column product_date"),
    (lambda s: broken(s, "Reviews", "stream", "gossip"), "'gossip' is not allowed"),
    (lambda s: broken(s, "Findings", "severity", "catastrophic"), "Findings, row 2, column severity"),
    (lambda s: broken(s, "Findings", "review_id", "7d0f3c58-0000-4000-8000-000000000000"),
     "is not a review in the Reviews sheet"),
    (lambda s: broken(s, "Findings", "criterion_id", "99.9"), "'99.9' is not a criterion"),
    (lambda s: broken(s, "Reviews", "template_version", "one"), "is not a whole number"),
    (lambda s: broken(s, "Reviews", "case_reference", "Jane Smith"), "no spaces"),
    (lambda s: broken(s, "Reviews", "review_id", None), "column review_id: is empty"),
    (lambda s: duplicate_review(s), "appears twice"),
    (lambda s: drop_last_column(s, "Findings"), "missing column(s) updated_at"),
    (lambda s: drop_sheet(s, "Criteria"), "missing sheet(s): Criteria"),
    (lambda s: set_about(s, "format_version", 1), "this version of QPP Reviewer reads formats 2 to 4"),
    (lambda s: set_about(s, "format", "Someone else's workbook"), "expected 'QPP Reviewer exchange workbook'"),
])
def test_bad_workbooks_are_rejected_whole_and_change_nothing(laptop, central, tmp_path, mutate, expected):
    export_all(laptop, tmp_path / "good.xlsx")
    collate(central, [tmp_path / "good.xlsx"])  # something already there
    sheets = mutate(read_sheets(tmp_path / "good.xlsx"))
    write_sheets(tmp_path / "bad.xlsx", sheets)
    before = db_dump(central)
    report = collate(central, [tmp_path / "bad.xlsx"])
    assert report.rejected == 1 and report.added == 0
    assert any(expected in e for e in report.files[0].errors), report.files[0].errors
    assert db_dump(central) == before


def test_tampered_content_fails_the_checksum(laptop, central, tmp_path):
    export_all(laptop, tmp_path / "good.xlsx")
    sheets = read_sheets(tmp_path / "good.xlsx")
    ci = column(sheets, "Findings", "comment")
    sheets["Findings"][1][ci] = "edited in Excel"
    write_sheets(tmp_path / "bad.xlsx", sheets, resign_checksum=False)
    before = db_dump(central)
    report = collate(central, [tmp_path / "bad.xlsx"])
    assert "checksum_sha256: does not match the content" in report.text()
    assert db_dump(central) == before


def test_not_a_workbook_and_missing_file(central, tmp_path):
    (tmp_path / "notes.xlsx").write_text("hello")
    report = collate(central, [tmp_path / "notes.xlsx", tmp_path / "nowhere.xlsx"])
    assert report.rejected == 2
    assert "is not a complete .xlsx workbook" in report.files[0].errors[0]
    assert "no such file" in report.files[1].errors[0]
    assert central.count_reviews() == 0


def test_a_folder_of_workbooks_from_several_reviewers(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for i in range(3):
        s = Store.open(tmp_path / f"r{i}.sqlite3")
        fill_demo(s, 10, seed=100 + i, today=date(2025, 11, 1))
        export_all(s, folder / f"reviewer{i}.xlsx")
        s.close()
    (folder / "~$reviewer0.xlsx").write_text("Excel lock file")
    central = Store.open(tmp_path / "c.sqlite3")
    assert main(["collate", "--db", str(tmp_path / "c.sqlite3"), str(folder)]) == 0
    assert central.count_reviews() == 30
    central.close()


# -- summary ------------------------------------------------------------------------

def facts(band, n, product=Product.DECISION, unit="Glasgow"):
    return [ReviewFacts(f"{band}{i}", unit, product, Stream.ROUTINE, date(2025, 1, 1), "AB", None,
                        ReviewStatus.COMPLETE, QualityBand(band)) for i in range(n)]


def test_summary_reproduces_the_published_decision_table():
    rows = []
    for band, n in (("QS1", 1174), ("QS2", 456), ("QS3", 687), ("QS4", 537), ("QS5", 186)):
        rows += facts(band, n)
    (key, c), = summarise(rows)
    assert key == ("All",)
    assert [c.pct(c.counts[b]) for b in QualityBand] == [39, 15, 23, 18, 6]
    assert (c.total, c.satisfactory, c.pct(c.satisfactory)) == (3040, 1630, 54)
    lo, hi = c.satisfactory_interval()
    assert 0.518 < lo < 0.519 and 0.553 < hi < 0.554


def test_summary_of_published_interview_figures():
    rows = []
    for band, n in (("QS1", 1003), ("QS2", 633), ("QS3", 607), ("QS4", 199), ("QS5", 124)):
        rows += facts(band, n, Product.INTERVIEW)
    c = summarise(rows)[-1][1]
    assert (c.satisfactory, c.pct(c.satisfactory)) == (1636, 64)


def test_summary_groups_and_excludes_unfinished():
    rows = facts("QS1", 3) + facts("QS5", 1, unit="London")
    rows.append(ReviewFacts("x", "London", Product.DECISION, Stream.ROUTINE, date(2025, 2, 1), "AB", None,
                            ReviewStatus.IN_PROGRESS, None))
    out = dict(summarise(rows, ["unit"]))
    assert out[("Glasgow",)].total == 3 and out[("London",)].total == 1 and out[("London",)].excluded == 1
    assert out[("All",)].total == 4
    with pytest.raises(ValueError, match="cannot group by"):
        summarise(rows, ["colour"])
    assert wilson(0, 0) is None and wilson(10, 10)[1] == pytest.approx(1.0)
    assert wilson(5, 10) == pytest.approx((0.2366, 0.7634), abs=1e-4)  # textbook value


def test_summary_command_formats(laptop, tmp_path, capsys):
    db = laptop.location
    assert main(["summary", "--db", db, "--by", "unit,product"]) == 0
    out = capsys.readouterr().out
    assert "Satisf." in out and "All" in out
    assert main(["summary", "--db", db, "--format", "csv", "-o", str(tmp_path / "s.csv")]) == 0
    csv_text = (tmp_path / "s.csv").read_text()
    assert csv_text.startswith("Group,QS1,QS1 %")
    assert main(["summary", "--db", db, "--by", "month", "--format", "xlsx", "-o", str(tmp_path / "s.xlsx")]) == 0
    ws = openpyxl.load_workbook(tmp_path / "s.xlsx")["Summary"]
    assert ws["A1"].value == "Month" and ws.freeze_panes == "A2"
    assert main(["summary", "--db", db, "--by", "colour"]) == 2


def test_export_command_by_batch(laptop, tmp_path, capsys):
    db = laptop.location
    assert main(["batch", "--db", db, "create", "Oct sample"]) == 0
    assert main(["batch", "--db", db, "add", "Oct sample", "--complete"]) == 0
    assert main(["batch", "--db", db, "sign-off", "Oct sample", "--by", "QL"]) == 0
    capsys.readouterr()
    assert main(["export", "--db", db, "--batch", "Oct sample", "-o", str(tmp_path / "b.xlsx")]) == 0
    assert "Wrote" in capsys.readouterr().out
    about = dict(r[:2] for r in openpyxl.load_workbook(tmp_path / "b.xlsx")["About"].iter_rows(values_only=True))
    assert "Oct sample" in about["selection"] and "signed off by QL" in about["selection"]
    assert main(["export", "--db", db, "--batch", "nope", "-o", str(tmp_path / "n.xlsx")]) == 2
    assert main(["export", "--db", db, "--all", "-o", str(tmp_path / "n.csv")]) == 2


def test_any_text_with_odd_line_ends_survives_the_checksum(tmp_path):
    store = Store.open(tmp_path / "r.sqlite3")
    rid = complete_review(store, comments=["first\r\nsecond"])
    with store._session.begin() as s:  # text as an older version, or another tool, may have stored it
        from qpp_reviewer.storage.models import ReviewRow

        s.get(ReviewRow, rid).band_reason = "reason\rwith a lone CR"
    export_all(store, tmp_path / "r.xlsx")
    central = Store.open(tmp_path / "c.sqlite3")
    report = collate(central, [tmp_path / "r.xlsx"])
    assert report.rejected == 0 and report.added == 1, report.text()
    store.close()
    central.close()


def test_control_characters_stored_by_another_tool_are_cleaned_not_hashed_raw(tmp_path):
    """The unit separator is also the checksum line's separator: a cell holding one must not
    pass for two cells, nor any other control character reach the file."""
    store = Store.open(tmp_path / "r.sqlite3")
    rid = complete_review(store, comments=["plain"])
    odd = {"comment": "a\x1fb\x0bc\x00d", "band_reason": "QS1\x1f=1+1"}
    with store._session.begin() as s:
        from qpp_reviewer.storage.models import FindingRow, ReviewRow

        s.get(ReviewRow, rid).band_reason = odd["band_reason"]
        for f in s.query(FindingRow).filter_by(review_id=rid, comment="plain"):
            f.comment = odd["comment"]
    export_all(store, tmp_path / "r.xlsx")
    sheets = read_sheets(tmp_path / "r.xlsx")
    comments = [row[column(sheets, "Findings", "comment")] for row in sheets["Findings"][1:]]
    reasons = [row[column(sheets, "Reviews", "band_reason")] for row in sheets["Reviews"][1:]]
    assert "abcd" in comments and reasons == ["QS1=1+1"]
    central = Store.open(tmp_path / "c.sqlite3")
    report = collate(central, [tmp_path / "r.xlsx"])
    assert report.rejected == 0 and report.added == 1, report.text()
    store.close()
    central.close()


def test_units_match_whatever_their_case_and_recollation_is_unchanged(tmp_path):
    laptop = Store.open(tmp_path / "l.sqlite3")
    laptop.add_unit("Croydon Hub")
    complete_review(laptop, unit="Croydon Hub")
    export_all(laptop, tmp_path / "a.xlsx")
    central = Store.open(tmp_path / "c.sqlite3")
    central.add_unit("croydon hub")
    assert collate(central, [tmp_path / "a.xlsx"]).added == 1
    again = collate(central, [tmp_path / "a.xlsx"])
    assert (again.unchanged, again.conflicts) == (1, 0)
    assert central.list_reviews()[0].unit == "croydon hub"
    assert "Croydon Hub" not in central.units()
    laptop.close()
    central.close()


def test_review_ids_must_be_canonical(laptop, central, tmp_path):
    export_all(laptop, tmp_path / "a.xlsx")
    sheets = read_sheets(tmp_path / "a.xlsx")
    ri = column(sheets, "Reviews", "review_id")
    old = sheets["Reviews"][1][ri]
    sheets["Reviews"][1][ri] = old.upper()
    for f in sheets["Findings"][1:]:
        if f[0] == old:
            f[0] = old.upper()
    write_sheets(tmp_path / "b.xlsx", sheets)
    report = collate(central, [tmp_path / "b.xlsx"])
    assert report.rejected == 1 and "lower case with hyphens" in report.text()
