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
