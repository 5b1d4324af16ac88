"""Case documents attached to reviews and the evidence of findings (store.documents), through export,
collation, the feedback sheet and the command line."""

from __future__ import annotations

import shutil

import pytest

from qpp_reviewer.domain import Severity
from qpp_reviewer.documents import open_document
from qpp_reviewer.storage.case_documents import COPY, CHANGED, FOUND, MISSING, MOVED, cite
from qpp_reviewer.storage.store import ReviewError, ReviewLocked, Store

from .case_pdfs import QUOTE, QUOTE_PAGE, interview_pdf
from .helpers import header


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "r.sqlite3")
    yield s
    s.close()


@pytest.fixture
def record(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    return interview_pdf(folder / "interview record.pdf")


def _trail(store, rid):
    return [(e.action, e.field, e.old, e.new) for e in store.history(rid)]


def with_evidence(store, record, rid=None):
    """A review with a significant error on its first criterion, the record attached and the QUOTE as evidence."""
    rid = rid or store.create_review(header())
    cid = store.get_review(rid).criteria[0].id
    store.set_finding(rid, cid, Severity.SIGNIFICANT)
    store.set_comment(rid, cid, "The interviewer cut the claimant short.")
    doc = store.documents.attach(rid, record, by="AB")
    with open_document(record) as opened:
        hit = opened.search("Q: Can you keep")[0]
        text, rects = opened.text_between(hit.page, hit.start, hit.start + len(QUOTE) - 1)
    assert text == QUOTE
    item = store.documents.add_evidence(rid, cid, doc.sha256, hit.page + 1, text, rects, by="AB")
    return rid, cid, doc, item


def test_attach_keeps_name_hash_pages_and_origin(store, record):
    rid = store.create_review(header())
    doc = store.documents.attach(rid, record, by="AB")
    with open_document(record) as opened:
        assert (doc.name, doc.sha256, doc.page_count, doc.kind) == (record.name, opened.sha256, 12, "pdf")
    assert doc.origin == str(record.resolve()) and not doc.has_copy and doc.attached_by == "AB"
    again = store.documents.attach(rid, record, by="AB")  # the same file again: no second row
    assert store.documents.list(rid) == [again] and again.id == doc.id
    assert ("document_attached", doc.sha256, "", f"{record.name} (12 p.)") in _trail(store, rid)


def test_evidence_round_trips_in_the_store_and_is_audited(store, record):
    rid, cid, doc, item = with_evidence(store, record)
    (got,) = store.documents.evidence(rid, cid)
    assert got == item
    assert (got.page, got.quote, got.document_name, got.document_sha256) == (QUOTE_PAGE, QUOTE, record.name, doc.sha256)
    (x0, y0, x1, y1), = got.rects
    assert 70 < x0 < x1 < 560 and 70 < y0 < y1 < 95
    assert got.short == "p. 7: 'Q: Can you keep your answers short and say why you left your home town?'"
    assert ("evidence_added", cid, "", f"{record.name} {got.short}") in _trail(store, rid)
    store.documents.remove_evidence(item.id, by="CD")
    assert store.documents.evidence(rid) == []
    assert _trail(store, rid)[-1][0] == "evidence_removed"
    assert store.verify_audit().ok


def test_cite_truncates_long_quotes_with_an_ellipsis():
    long = "Q: Can you keep your answers short " + "and " * 40 + "so on?"
    text = cite(7, long)
    assert text.startswith("p. 7: 'Q: Can you keep your answers short") and text.endswith("…'")
    assert len(text) < 100
    assert cite(3, "") == "p. 3: a marked area"


def test_a_box_on_a_scan_is_evidence_without_a_quote(store, tmp_path):
    from .case_pdfs import scan_pdf

    rid = store.create_review(header())
    cid = store.get_review(rid).criteria[1].id
    scan = store.documents.attach(rid, scan_pdf(tmp_path / "scan.pdf"))
    item = store.documents.add_evidence(rid, cid, "scan.pdf", 2, "", [(72, 140, 372, 240)], by="AB")
    assert item.quote == "" and item.rects == ((72.0, 140.0, 372.0, 240.0),) and item.document_sha256 == scan.sha256


def test_bad_evidence_is_refused_with_a_message_and_nothing_saved(store, record):
    rid = store.create_review(header())
    cid = store.get_review(rid).criteria[0].id
    doc = store.documents.attach(rid, record)
    cases = [
        (dict(criterion_id="99.9"), "not on this review's checklist"),
        (dict(document="other.pdf"), "No document 'other.pdf'"),
        (dict(page=13), "pages 1 to 12"),
        (dict(page=0), "pages 1 to 12"),
        (dict(quote="", rects=[]), "select text on the page, or draw a box"),
        (dict(rects=[[1, 2, 3]]), "list of rectangles"),
        (dict(rects=[[5, 5, 1, 1]]), "list of rectangles"),
        (dict(rects=[[float("nan"), 0, 1, 1]]), "list of rectangles"),
        (dict(quote="x" * 10_001), "10,000"),
    ]
    for over, message in cases:
        args = dict(criterion_id=cid, document=doc.sha256, page=1, quote="A passage", rects=[])
        args.update(over)
        with pytest.raises(ReviewError, match=message):
            store.documents.add_evidence(rid, args["criterion_id"], args["document"], args["page"], args["quote"],
                                         args["rects"])
    assert store.documents.evidence(rid) == []
    with pytest.raises(ReviewError, match="no evidence item"):
        store.documents.remove_evidence("nope")


def test_a_complete_review_refuses_evidence_changes(store, record):
    rid, cid, doc, item = with_evidence(store, record)
    for c in store.get_review(rid).criteria[1:]:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    store.complete_review(rid, by="AB")
    with pytest.raises(ReviewLocked):
        store.documents.add_evidence(rid, cid, doc.sha256, 1, "Another passage")
    with pytest.raises(ReviewLocked):
        store.documents.remove_evidence(item.id)
    assert len(store.documents.evidence(rid)) == 1


def test_detach_is_refused_while_evidence_points_at_the_document(store, record):
    rid, cid, doc, item = with_evidence(store, record)
    with pytest.raises(ReviewError, match="remove that evidence first"):
        store.documents.detach(rid, doc.sha256)
    store.documents.remove_evidence(item.id)
    store.documents.detach(rid, doc.sha256[:10], by="AB")
    assert store.documents.list(rid) == []
    assert _trail(store, rid)[-1][0] == "document_detached"


def test_a_moved_document_is_found_by_its_hash(store, record, tmp_path):
    rid = store.create_review(header())
    doc = store.documents.attach(rid, record)
    assert store.documents.locate(doc).state == FOUND
    renamed = record.rename(record.parent / "renamed.pdf")
    located = store.documents.locate(doc)
    assert (located.state, located.path) == (MOVED, renamed) and "moved" in located.message
    other = tmp_path / "elsewhere"
    other.mkdir()
    moved = shutil.move(renamed, other / "x.pdf")
    assert store.documents.locate(doc).state == MISSING
    assert "not at" in store.documents.locate(doc).message
    located = store.documents.locate(doc, folders=[other])
    assert (located.state, str(located.path)) == (MOVED, str(moved))
    with located.open() as opened:
        assert opened.sha256 == doc.sha256


def test_a_changed_document_is_flagged(store, record):
    rid = store.create_review(header())
    doc = store.documents.attach(rid, record)
    interview_pdf(record, pages=12, quote_page=3)  # another file under the same name
    located = store.documents.locate(doc)
    assert located.state == CHANGED and located.changed_at_origin and not located.available
    assert "not the document the findings were made on" in located.message


def test_the_private_copy_is_kept_in_the_database_and_shown_when_the_file_is_gone(store, record):
    rid = store.create_review(header())
    doc = store.documents.attach(rid, record, keep_copy=True)
    assert doc.has_copy
    assert store.documents.copy_bytes(rid, doc.sha256) == record.read_bytes()
    record.unlink()
    located = store.documents.locate(doc)
    assert located.state == COPY and located.path is None and "copy kept in the database" in located.message
    with located.open(store) as opened:
        assert opened.sha256 == doc.sha256 and opened.search("keep your answers")[0].page == QUOTE_PAGE - 1
    store.documents.drop_copy(rid, doc.sha256)
    assert store.documents.locate(store.documents.get(rid, doc.sha256)).state == MISSING


def test_the_private_copy_is_encrypted_with_the_database(tmp_path, record):
    from qpp_reviewer.storage import cipher

    if not cipher.available():
        pytest.skip("SQLCipher is not available")
    from qpp_reviewer.storage.db import encrypt_existing

    path = tmp_path / "enc.sqlite3"
    Store.open(path).close()
    encrypt_existing(path, "a long enough passphrase 1")  # leaves the key unlocked in this process
    s = Store.open(path)
    try:
        rid = s.create_review(header())
        s.documents.attach(rid, record, keep_copy=True)
    finally:
        s.close()
    needle = b"ReportLab Generated PDF document"
    plain = Store.open(tmp_path / "plain.sqlite3")
    try:
        plain.documents.attach(plain.create_review(header()), record, keep_copy=True)
    finally:
        plain.close()
    assert needle in (tmp_path / "plain.sqlite3").read_bytes()  # the check below would see a plain copy
    assert list(tmp_path.glob("enc.sqlite3*"))
    for f in tmp_path.glob("enc.sqlite3*"):
        assert needle not in f.read_bytes() and b"%PDF" not in f.read_bytes()


def test_a_deleted_review_takes_its_documents_and_evidence(store, record):
    rid = store.create_review(header())
    cid = store.get_review(rid).criteria[0].id
    store.documents.attach(rid, record, keep_copy=True)
    store.documents.add_evidence(rid, cid, record.name, 2, "A passage")
    store.delete_review(rid, by="AB", reason="wrong case")
    assert store.documents.list(rid) == [] and store.documents.evidence(rid) == []


def test_attaching_a_bad_file_is_a_clear_message(store, tmp_path):
    rid = store.create_review(header())
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf at all")
    with pytest.raises(ReviewError, match="not a PDF"):
        store.documents.attach(rid, bad)
    with pytest.raises(ReviewError, match="not there any more"):
        store.documents.attach(rid, tmp_path / "gone.pdf")
    assert store.documents.list(rid) == []


def test_migration_matches_the_tables(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from qpp_reviewer.storage.models import Base

    s = Store.open(tmp_path / "m.sqlite3")
    try:
        with s.engine.connect() as con:
            diffs = compare_metadata(MigrationContext.configure(con), Base.metadata)
    finally:
        s.close()
    assert [d for d in diffs if "evidence" in repr(d) or "case_document" in repr(d)] == []


# -- the exchange workbook ----------------------------------------------------------------------------

def _complete(store, rid):
    for c in store.get_review(rid).criteria:
        if store.get_review(rid).findings.get(c.id) is None or store.get_review(rid).findings[c.id].severity is None:
            store.set_finding(rid, c.id, Severity.NO_ERROR)
    store.complete_review(rid, by="AB")


def _sheet(path, name):
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [list(r) for r in wb[name].iter_rows(values_only=True)]
    finally:
        wb.close()


def test_evidence_round_trips_through_export_and_collation(store, record, tmp_path):
    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.exchange.export import export_workbook
    from qpp_reviewer.exchange.format import FORMAT_VERSION, SHEETS

    rid, cid, doc, item = with_evidence(store, record)
    box = store.documents.add_evidence(rid, cid, doc.sha256, 2, "", [(10, 20, 110, 60)], by="AB")
    plain = store.create_review(header(case_reference="L7654321/002"))  # a review without evidence
    _complete(store, rid)
    _complete(store, plain)
    book = tmp_path / "out.xlsx"
    export_workbook(store, [rid, plain], book, "test", exported_by="AB")
    rows = _sheet(book, "Evidence")
    assert rows[0] == [c.name for c in SHEETS["Evidence"]] and len(rows) == 3
    assert FORMAT_VERSION == 4
    first = dict(zip(rows[0], rows[1]))
    assert (first["review_id"], first["criterion_id"], first["document_sha256"], first["page"], first["quote"]) == (
        rid, cid, doc.sha256, QUOTE_PAGE, QUOTE)
    assert first["document_name"] == record.name and first["position"].startswith("[[")
    about = dict((r[0], r[1]) for r in _sheet(book, "About"))
    assert about["format_version"] == 4 and about["rows_evidence"] == 2
    assert not any(b"%PDF" in part for part in _zip_parts(book))  # never the document itself

    central = Store.open(tmp_path / "central.sqlite3")
    try:
        report = collate(central, [book])
        assert report.rejected == 0 and report.added == 2, report.text()
        got = sorted(central.documents.evidence(rid), key=lambda e: -e.page)  # both added in the same second
        assert [(e.criterion_id, e.page, e.quote, e.document_sha256) for e in got] == [
            (cid, QUOTE_PAGE, QUOTE, doc.sha256), (cid, 2, "", doc.sha256)]
        assert got[0].rects == item.rects and got[1].rects == box.rects
        assert central.documents.evidence(plain) == []
        again = collate(central, [book])  # idempotent
        assert again.unchanged == 2 and again.added == 0
        assert len(central.documents.evidence(rid)) == 2
    finally:
        central.close()


def _zip_parts(path):
    import zipfile

    with zipfile.ZipFile(path) as z:
        return [z.read(n) for n in z.namelist()]


def test_a_revision_brings_its_evidence(store, record, tmp_path):
    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.exchange.export import export_workbook

    rid, cid, doc, item = with_evidence(store, record)
    _complete(store, rid)
    export_workbook(store, [rid], tmp_path / "first.xlsx", "first", exported_by="AB")
    central = Store.open(tmp_path / "central.sqlite3")
    try:
        assert collate(central, [tmp_path / "first.xlsx"]).added == 1
        store.reopen_review(rid, "the passage quoted was the wrong one", by="AB")
        store.documents.remove_evidence(item.id, by="AB")
        store.documents.add_evidence(rid, cid, doc.sha256, 3, "Interview record, page 3", by="AB")
        store.complete_review(rid, by="AB")
        export_workbook(store, [rid], tmp_path / "second.xlsx", "second", exported_by="AB")
        report = collate(central, [tmp_path / "second.xlsx"])
        assert report.rejected == 0 and report.revised == 1, report.text()
        assert [(e.page, e.quote) for e in central.documents.evidence(rid)] == [(3, "Interview record, page 3")]
    finally:
        central.close()


def _edit_evidence(book, out, edit):
    """A copy of ``book`` with its Evidence sheet changed by ``edit(rows)``, the checksum and signature made
    to match (a reviewer's own bad file), so that collation's checks of the rows are what refuse it."""
    from .workbooks import read_sheets, resign, resign_about, write_sheets

    sheets = read_sheets(book)
    sheets["Evidence"] = edit(sheets["Evidence"])
    for r in sheets["About"]:
        if r[0] == "rows_evidence":
            r[1] = len(sheets["Evidence"]) - 1
    resign(sheets)
    resign_about(sheets)
    return write_sheets(out, sheets, resign_checksum=False)


@pytest.mark.parametrize("edit, message", [
    (lambda rows: rows[:1] + [[rows[1][0], "99.9", *rows[1][2:]]], "has no finding on '99.9'"),
    (lambda rows: rows[:1] + [["0b7c2e8e-3f1a-4c2d-9a51-6f0e2d7c9b10", *rows[1][1:]]], "is not a review in the Reviews"),
    (lambda rows: rows[:1] + [[*rows[1][:4], 0, *rows[1][5:]]], "a page is a whole number from 1"),
    (lambda rows: rows[:1] + [[*rows[1][:5], "x" * 10_001, *rows[1][6:]]], "10,001 characters"),
    (lambda rows: rows[:1] + [[*rows[1][:6], "[[1, 2]]", *rows[1][7:]]], "not a list of rectangles"),
    (lambda rows: rows[:1] + [[*rows[1][:2], "not-a-hash", *rows[1][3:]]], "not a SHA-256"),
    (lambda rows: rows[:1] + [[*rows[1][:5], None, None, *rows[1][7:]]], "evidence needs one or the other"),
])
def test_bad_evidence_rows_refuse_the_workbook(store, record, tmp_path, edit, message):
    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.exchange.export import export_workbook

    rid, cid, doc, item = with_evidence(store, record)
    _complete(store, rid)
    export_workbook(store, [rid], tmp_path / "good.xlsx", "t", exported_by="AB")
    bad = _edit_evidence(tmp_path / "good.xlsx", tmp_path / "bad.xlsx", edit)
    central = Store.open(tmp_path / "central.sqlite3")
    try:
        (fr,) = collate(central, [bad]).files
        assert fr.rejected and fr.added == 0
        assert len(fr.errors) == 1 and "Evidence" in fr.errors[0] and message in fr.errors[0], fr.errors
        assert central.list_reviews() == [] and central.documents.evidence(rid) == []
    finally:
        central.close()


def test_a_missing_evidence_sheet_refuses_a_format_4_workbook(store, record, tmp_path):
    import openpyxl

    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.exchange.export import export_workbook

    rid, *_ = with_evidence(store, record)
    _complete(store, rid)
    export_workbook(store, [rid], tmp_path / "good.xlsx", "t", exported_by="AB")
    wb = openpyxl.load_workbook(tmp_path / "good.xlsx")
    del wb["Evidence"]
    wb.save(tmp_path / "bad.xlsx")
    central = Store.open(tmp_path / "central.sqlite3")
    try:
        report = collate(central, [tmp_path / "bad.xlsx"])
        assert report.rejected == 1 and "missing sheet Evidence" in report.text()
    finally:
        central.close()


def test_a_format_3_workbook_without_evidence_still_collates(store, record, tmp_path):
    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.exchange.export import export_workbook

    from .workbooks import read_sheets, resign, resign_about, write_sheets

    rid, *_ = with_evidence(store, record)
    _complete(store, rid)
    export_workbook(store, [rid], tmp_path / "v4.xlsx", "t", exported_by="AB")
    sheets = read_sheets(tmp_path / "v4.xlsx")
    del sheets["Evidence"]
    sheets["About"] = [r for r in sheets["About"] if r[0] != "rows_evidence"]
    for r in sheets["About"]:
        if r[0] == "format_version":
            r[1] = 3
    resign(sheets)
    resign_about(sheets)
    write_sheets(tmp_path / "v3.xlsx", sheets, resign_checksum=False)
    central = Store.open(tmp_path / "central.sqlite3")
    try:
        (fr,) = collate(central, [tmp_path / "v3.xlsx"]).files
        assert not fr.rejected and fr.added == 1, fr.errors
        assert central.documents.evidence(rid) == []
    finally:
        central.close()


# -- the feedback sheet -------------------------------------------------------------------------------

def test_the_feedback_sheet_quotes_each_findings_evidence_with_its_page(store, record, tmp_path):
    import subprocess

    from qpp_reviewer.reports import feedback_pdf

    rid, cid, doc, item = with_evidence(store, record)
    long = "A: " + "I walked for many days through the mountains with my brother " * 3 + "and then we crossed."
    store.documents.add_evidence(rid, cid, doc.sha256, 9, long, [(72, 80, 500, 92)], by="AB")
    _complete(store, rid)
    out = feedback_pdf(store, rid, tmp_path / "feedback.pdf").path
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert f"Evidence in {record.name}:" in flat
    assert "p. 7: 'Q: Can you keep your answers short and say why you left your home town?'" in flat
    # a long quote is cut with an ellipsis, not run on
    assert "p. 9: 'A: I walked for many days through the mountains with my brother I walked for…'" in flat
    assert "and then we crossed" not in flat
    assert flat.index("p. 7:") < flat.index("p. 9:")


# -- the command line ---------------------------------------------------------------------------------

def _cli(argv, capsys):
    from qpp_reviewer.cli import main

    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_attaches_lists_checks_and_adds_evidence(tmp_path, record, capsys):
    db = str(tmp_path / "cli.sqlite3")
    s = Store.open(db)
    rid = s.create_review(header())
    cid = s.get_review(rid).criteria[0].id
    s.close()
    code, out, err = _cli(["--as", "AB", "documents", "--db", db, "attach", "L1234567/001", str(record)], capsys)
    assert code == 0 and "Attached interview record.pdf (12 pages, SHA-256" in out, err
    code, out, _ = _cli(["documents", "--db", db, "list", rid], capsys)
    assert code == 0 and "interview record.pdf  12 p." in out and "0 evidence items" in out
    code, out, err = _cli(["--as", "AB", "evidence", "--db", db, "add", rid, cid, "--document", "interview record.pdf",
                           "--page", "7", "--quote", "keep your  answers short"], capsys)
    assert code == 0 and "p. 7: 'keep your answers short'" in out, err
    s = Store.open(db)
    try:
        (item,) = s.documents.evidence(rid)
        assert item.rects and item.created_by == "AB"  # the position found on the page
    finally:
        s.close()
    code, out, err = _cli(["evidence", "--db", db, "add", rid, cid, "--document", "interview", "--page", "3",
                           "--quote", "keep your answers short"], capsys)
    assert code == 1 or code == 2
    code, out, err = _cli(["evidence", "--db", db, "add", rid, cid, "--document", "interview record.pdf",
                           "--page", "3", "--quote", "keep your answers short"], capsys)
    assert code != 0 and "is not on page 3" in err and "It is on page 7." in err and "Traceback" not in err
    code, out, _ = _cli(["evidence", "--db", db, "list", rid], capsys)
    assert code == 0 and "p. 7: 'keep your answers short'" in out and item.id in out
    code, out, _ = _cli(["documents", "--db", db, "check", rid], capsys)
    assert code == 0 and "where it was attached" in out
    record.rename(record.parent / "moved.pdf")
    code, out, _ = _cli(["documents", "--db", db, "check", rid], capsys)
    assert code == 0 and "moved" in out and "moved.pdf" in out
    interview_pdf(record, quote_page=2)
    (record.parent / "moved.pdf").unlink()
    code, out, _ = _cli(["documents", "--db", db, "check", rid], capsys)
    assert code == 1 and "not the document the findings were made on" in out
    code, out, _ = _cli(["evidence", "--db", db, "remove", item.id], capsys)
    assert code == 0 and "Removed evidence" in out


@pytest.mark.parametrize("argv, says", [
    (["documents", "attach", "L1234567/001", "{tmp}/nothing.pdf"], "not there any more"),
    (["documents", "attach", "L1234567/001", "{tmp}"], "is a folder"),
    (["documents", "attach", "no-such-case", "{tmp}/nothing.pdf"], "no review with id or case reference"),
    (["documents", "attach", "L1234567/001", "{tmp}/bad.pdf"], "not a PDF"),
    (["documents", "detach", "L1234567/001", "nothing.pdf"], "No document 'nothing.pdf'"),
    (["evidence", "add", "L1234567/001", "1.1", "--document", "x.pdf", "--page", "seven", "--quote", "q"],
     "not a page number"),
    (["evidence", "add", "L1234567/001", "1.1", "--document", "x.pdf", "--page", "0", "--quote", "q"],
     "counted from 1"),
    (["evidence", "add", "L1234567/001", "1.1", "--document", "x.pdf", "--page", "1", "--box", "1,2"],
     "not a box"),
    (["evidence", "remove", "nope"], "no evidence item nope"),
])
def test_cli_bad_input_gets_a_message_not_a_traceback(tmp_path, capsys, argv, says):
    db = str(tmp_path / "cli.sqlite3")
    s = Store.open(db)
    s.create_review(header())
    s.close()
    (tmp_path / "bad.pdf").write_bytes(b"hello")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, out, err = _cli([argv[0], "--db", db, *argv[1:]], capsys)
    assert code != 0 and says in err and "Traceback" not in err + out, (out, err)
