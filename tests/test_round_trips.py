"""What flows back from the centre (issue 17 items 3-4): review states set by a quality lead, queries on a
review or a finding sent to the reviewer in a queries workbook, the reviewer's answer arriving at the
centre with the review's next revision, and the figures equal on both sides at every step."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qpp_reviewer.domain import QualityBand, ReviewStatus, Severity
from qpp_reviewer.exchange.collate import collate
from qpp_reviewer.exchange.export import export_workbook
from qpp_reviewer.exchange.queries_book import QueriesBookError, import_queries_workbook, write_queries_workbook
from qpp_reviewer.storage.store import ReviewError, ReviewFilter, Store
from qpp_reviewer.storage.states import APPROVED, HAS_ISSUES, RECEIVED

from tests.helpers import header


def _store(tmp_path: Path, name: str, actor: str) -> Store:
    store = Store.open(tmp_path / f"{name}.sqlite3")
    store.actor = actor
    return store


def _review(store: Store, case: str, significant: bool = False) -> str:
    rid = store.create_review(header(case_reference=case, reviewer=store.actor))
    crit = store.get_review(rid).criteria
    for c in crit:
        store.set_finding(rid, c.id, Severity.SIGNIFICANT if significant and c is crit[3] else Severity.NO_ERROR)
    if significant:
        store.set_comment(rid, crit[3].id, "Certification missing.")
    store.complete_review(rid)
    return rid


def _export(store: Store, path: Path, by: str) -> Path:
    export_workbook(store, store.review_ids(), path, "all", exported_by=by)
    return path


def _actions(store: Store) -> list:
    from sqlalchemy import select

    from qpp_reviewer.storage.audit import AuditEntryRow

    with store._session() as s:
        return list(s.scalars(select(AuditEntryRow).order_by(AuditEntryRow.seq)))


def _bands(store: Store, reviewer: str) -> dict[str, str | None]:
    return {f.id: (f.band.value if f.band else None) for f in store.review_facts(ReviewFilter(reviewer=reviewer))}


def test_review_states_need_reasons_back_and_are_audited(tmp_path):
    laptop, centre = _store(tmp_path, "laptop", "AB"), _store(tmp_path, "centre", "QL")
    a, b = _review(laptop, "L1111111/001"), _review(laptop, "L2222222/001", significant=True)
    collate(centre, [_export(laptop, tmp_path / "ab.xlsx", "AB")])
    assert centre.states.of(a).state == RECEIVED
    with pytest.raises(ReviewError, match="what the issue is"):
        centre.states.set([b], HAS_ISSUES, "")
    assert centre.states.set([a, b], APPROVED) == 2
    assert centre.states.set([a], APPROVED) == 0  # already approved: nothing changes, nothing audited
    with pytest.raises(ReviewError, match="reason for the change of state"):
        centre.states.set([b], RECEIVED)
    assert centre.states.set([b], HAS_ISSUES, "9.2 comment does not name the certification") == 1
    [wb] = centre.states.by_workbook()
    assert (wb.file_name, wb.received, wb.has_issues, wb.approved) == ("ab.xlsx", 0, 1, 1)
    entries = [e for e in _actions(centre) if e.action == "state"]
    assert [(e.review_id, e.old, e.new.split(" — ")[0]) for e in entries] == [
        (a, RECEIVED, APPROVED), (b, RECEIVED, APPROVED), (b, APPROVED, HAS_ISSUES)]
    # a review made at the centre has no state: states are for collated reviews
    own = _review(centre, "L3333333/001")
    with pytest.raises(ReviewError, match="not collated"):
        centre.states.set([own], APPROVED)
    # figures limited to approved reviews
        assert [f.id for f in centre.review_facts(ReviewFilter(state=APPROVED))] == [a]
    assert {f.id for f in centre.review_facts(ReviewFilter(state=HAS_ISSUES))} == {b}
    assert {f.id for f in centre.review_facts(ReviewFilter(state=RECEIVED))} == {own}
    laptop.close()
    centre.close()


def test_three_parties_review_export_collate_query_answer_reexport_approve(tmp_path):
    """Two laptops and one centre: every step of the round trip, and the figures equal on both sides."""
    ab, cd, centre = _store(tmp_path, "ab", "AB"), _store(tmp_path, "cd", "CD"), _store(tmp_path, "centre", "QL")
    a1 = _review(ab, "L1111111/001", significant=True)
    a2 = _review(ab, "L1111112/001")
    c1 = _review(cd, "L2222221/001")
    run = collate(centre, [_export(ab, tmp_path / "ab-1.xlsx", "AB"), _export(cd, tmp_path / "cd-1.xlsx", "CD")])
    assert run.added == 3 and run.rejected == 0
    assert _bands(centre, "AB") == _bands(ab, "AB") and _bands(centre, "CD") == _bands(cd, "CD")

    # the quality lead approves one review, raises a query on a finding of another, and one on a review
    crit = centre.get_review(a1).criteria[3].id
    q1 = centre.queries.raise_query(a1, "The comment does not say which certification was missing.", criterion_id=crit)
    q2 = centre.queries.raise_query(a1, "Was the interview record attached to the case?")
    centre.states.set([a1], HAS_ISSUES, "two queries raised")
    centre.states.set([a2, c1], APPROVED)
    with pytest.raises(ReviewError, match="no criterion"):
        centre.queries.raise_query(a1, "A criterion that is not on the checklist.", criterion_id="99.9")
    assert centre.queries.open_total("AB") == 2 and centre.queries.open_total("CD") == 0

    # the queries workbook for AB reaches AB's laptop
    book = write_queries_workbook(centre, "AB", tmp_path / "queries-AB.xlsx")
    assert (book.queries, book.states) == (2, 2)
    got = import_queries_workbook(ab, book.path)
    assert (got.new_queries, got.states_changed) == (2, 2) and got.signer == "QL"
    assert "new queries" in got.text()
    again = import_queries_workbook(ab, book.path)  # idempotent
    assert (again.new_queries, again.closed, again.states_changed) == (0, 0, 0)
    assert ab.queries.open_total() == 2 and ab.queries.open_counts() == {a1: 2}
    assert ab.queries.finding_ids(a1) == {crit}
    assert ab.states.of(a2).state == APPROVED and ab.states.of(a1).state == HAS_ISSUES
    # it is AB's, not CD's: CD's database refuses it whole
    with pytest.raises(QueriesBookError, match="is not in this database.*for AB"):
        import_queries_workbook(cd, book.path)
    assert cd.queries.all() == []

    # AB answers one query with a reply only, the other by correcting the review (reopen, change, complete)
    ab.queries.answer(q2.id, "Yes: attached as IR-2 on the case file.")
    ab.reopen_review(a1, "correcting 9.2 after the centre's query")
    ab.set_comment(a1, crit, "Certification of the translation missing (form ASL.4153).")
    ab.complete_review(a1)
    ab.queries.answer(q1.id, "Comment now names the form.")
    with pytest.raises(ReviewError, match="Write the answer"):
        ab.queries.answer(q1.id, "  ")
    run2 = collate(centre, [_export(ab, tmp_path / "ab-2.xlsx", "AB")])
    assert run2.revised == 1 and run2.rejected == 0
    text = run2.text()
    assert "query answered" in text and "received again" in text
    answered = {q.id: q for q in centre.queries.of_review(a1)}
    assert answered[q1.id].status == "answered" and answered[q1.id].answer == "Comment now names the form."
    assert answered[q2.id].answer.startswith("Yes: attached")
    assert centre.get_review(a1).findings[crit].comment.startswith("Certification of the translation")
    # the revised review is received again; the approved one stays approved
    assert centre.states.of(a1).state == RECEIVED and centre.states.of(a2).state == APPROVED
    assert _bands(centre, "AB") == _bands(ab, "AB")

    # collating the older file again changes nothing, answers included
    collate(centre, [tmp_path / "ab-1.xlsx"])
    assert centre.queries.get(q1.id).answer == "Comment now names the form."

    # the lead closes both and approves; the next queries workbook tells the laptop
    with pytest.raises(ReviewError, match="without an answer"):
        centre.queries.close(centre.queries.raise_query(a2, "A query closed at once, with no note.").id)
    centre.queries.close(q1.id)
    centre.queries.close(q2.id, note="thanks")
    centre.states.set([a1], APPROVED)
    book2 = write_queries_workbook(centre, "AB", tmp_path / "queries-AB-2.xlsx")
    got2 = import_queries_workbook(ab, book2.path)
    assert got2.closed == 2 and got2.new_queries == 1 and ab.states.of(a1).state == APPROVED
    assert ab.queries.open_total() == 1  # the query raised on a2 above
    with pytest.raises(ReviewError, match="closed"):
        ab.queries.answer(q1.id, "one more thing")
    # figures: equal on both sides; limited to approved, too
    assert _bands(centre, "AB") == _bands(ab, "AB")
    approved = {f.id for f in centre.review_facts(ReviewFilter(state=APPROVED))}
    assert approved == {a1, a2, c1}
    # every step is in the audit trails
    actions = [e.action for e in _actions(centre)]
    for action in ("query_raised", "query_closed", "queries_exported", "state"):
        assert action in actions
    assert "queries_imported" in [e.action for e in _actions(ab)]
    assert "query_answered" in [e.action for e in _actions(ab)]
    assert ab.verify_audit().ok and centre.verify_audit().ok
    for s in (ab, cd, centre):
        s.close()


def _tampered(src: Path, dst: Path, old: bytes, new: bytes) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/") and old in data:
                data = data.replace(old, new)
            zout.writestr(item, data)
    return dst


def test_a_queries_workbook_changed_forged_or_hostile_is_refused_whole(tmp_path):
    ab, centre = _store(tmp_path, "ab", "AB"), _store(tmp_path, "centre", "QL")
    a1 = _review(ab, "L1111111/001")
    collate(centre, [_export(ab, tmp_path / "ab.xlsx", "AB")])
    centre.queries.raise_query(a1, "Please say which version of the guidance applied.")
    book = write_queries_workbook(centre, "AB", tmp_path / "q.xlsx").path
    # a changed query text (the checksum no longer matches)
    changed = _tampered(book, tmp_path / "changed.xlsx", b"which version", b"WHICH version")
    with pytest.raises(QueriesBookError, match="checksum_sha256.*changed after"):
        import_queries_workbook(ab, changed)
    # an exchange workbook is not a queries workbook
    with pytest.raises(QueriesBookError, match="sheets"):
        import_queries_workbook(ab, tmp_path / "ab.xlsx")
    # not a workbook at all, and a file that is not there
    (tmp_path / "junk.xlsx").write_bytes(b"not a zip")
    with pytest.raises(QueriesBookError, match="not a complete .xlsx"):
        import_queries_workbook(ab, tmp_path / "junk.xlsx")
    with pytest.raises(QueriesBookError, match="There is no file"):
        import_queries_workbook(ab, tmp_path / "missing.xlsx")
    # a macro project inside
    with zipfile.ZipFile(book) as zin, zipfile.ZipFile(tmp_path / "macro.xlsx", "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("xl/vbaProject.bin", b"\0" * 100)
    with pytest.raises(QueriesBookError, match="macro project"):
        import_queries_workbook(ab, tmp_path / "macro.xlsx")
    assert ab.queries.all() == []
    # the untouched workbook imports
    assert import_queries_workbook(ab, book).new_queries == 1
    ab.close()
    centre.close()


def test_the_round_trip_on_the_command_line(tmp_path, capsys):
    """Every step with `qpp-reviewer` commands: state, query raise/export/import/answer/close, summary --state."""
    from qpp_reviewer.cli import main

    ab = _store(tmp_path, "ab", "AB")
    a1, a2 = _review(ab, "L1111111/001"), _review(ab, "L1111112/001")
    _export(ab, tmp_path / "ab.xlsx", "AB")
    ab.close()
    central, laptop = str(tmp_path / "centre.sqlite3"), str(tmp_path / "ab.sqlite3")
    assert main(["collate", "--db", central, str(tmp_path / "ab.xlsx"), "--trust-new-signers"]) == 0
    capsys.readouterr()
    assert main(["--as", "QL", "state", "set", "--db", central, "approved", a1]) == 0
    assert "1 review(s) now approved" in capsys.readouterr().out
    assert main(["--as", "QL", "state", "set", "--db", central, "has-issues", a2]) == 2
    assert "what the issue is" in capsys.readouterr().err
    assert main(["state", "--db", central]) == 0
    out = capsys.readouterr().out
    assert [ln.split() for ln in out.splitlines()[1:]] == [["ab.xlsx", "2", "1", "0", "1"], ["all", "2", "1", "0", "1"]]
    assert main(["summary", "--db", central, "--state", "approved"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Reviews counted: only those approved at the centre") and "Total" in out
    assert main(["--as", "QL", "query", "raise", "--db", central, a2, "Which guidance version applied here?",
                 "--criterion", "9.9"]) == 2
    assert "no criterion 9.9" in capsys.readouterr().err
    assert main(["--as", "QL", "query", "raise", "--db", central, a2, "Which guidance version applied here?"]) == 0
    capsys.readouterr()
    book = str(tmp_path / "q.xlsx")
    assert main(["--as", "QL", "query", "export", "--db", central, "--reviewer", "AB", "-o", book]) == 0
    assert "1 queries and 2 review states" in capsys.readouterr().out
    assert main(["--as", "AB", "query", "import", "--db", laptop, book]) == 0
    assert "1 new queries" in capsys.readouterr().out
    assert main(["query", "--db", laptop]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    qid = line.split()[0]
    assert "open" in line and "Which guidance" in line
    assert main(["--as", "AB", "query", "answer", "--db", laptop, qid, "The 2024 version (v9)."]) == 0
    capsys.readouterr()
    store = Store.open(laptop)
    _export(store, tmp_path / "ab-2.xlsx", "AB")
    store.close()
    assert main(["collate", "--db", central, str(tmp_path / "ab-2.xlsx")]) == 0
    assert "query answered" in capsys.readouterr().out
    assert main(["query", "list", "--all", "--db", central]) == 0
    assert "answer (AB): The 2024 version (v9)." in capsys.readouterr().out
    assert main(["--as", "QL", "query", "close", "--db", central, qid]) == 0
    assert main(["query", "--db", central]) == 0
    assert "No open query." in capsys.readouterr().out
    assert main(["query", "import", "--db", laptop, str(tmp_path / "ab.xlsx")]) == 2
    assert "nothing was changed" in capsys.readouterr().err


def test_states_and_queries_are_for_a_quality_lead_and_not_on_ones_own_review(tmp_path):
    from qpp_reviewer.domain import Role

    ab, centre = _store(tmp_path, "ab", "AB"), _store(tmp_path, "centre", "QL")
    a1 = _review(ab, "L1111111/001")
    ab.actor = "QL"
    by_lead = _review(ab, "L1111112/001")  # a quality lead reviews cases too
    ab.actor = "AB"
    collate(centre, [_export(ab, tmp_path / "ab.xlsx", "AB")])
    centre.add_profile("QL", Role.QUALITY_LEAD)
    centre.add_profile("TS", Role.TECH_SPEC)
    centre.add_profile("AB", Role.AUDITOR)
    centre.actor = "TS"
    with pytest.raises(ReviewError, match="is for a quality lead; TS's role here is technical specialist"):
        centre.states.set([a1], APPROVED)
    with pytest.raises(ReviewError, match="Raising a query is for a quality lead"):
        centre.queries.raise_query(a1, "Which guidance version applied?")
    centre.actor = "AB"
    with pytest.raises(ReviewError, match="is for a quality lead"):
        centre.states.set([a1], APPROVED)
    centre.actor = "QL"
    q = centre.queries.raise_query(a1, "Which guidance version applied?")
    centre.actor = "TS"
    with pytest.raises(ReviewError, match="Closing a query is for a quality lead"):
        centre.queries.close(q.id, note="not needed after all")
    centre.actor = "QL"
    assert centre.states.set([a1], APPROVED) == 1
    # a quality lead who reviewed the case does not approve it
    with pytest.raises(ReviewError, match="L1111112/001 is your own review"):
        centre.states.set([a1, by_lead], APPROVED)
    ab.close()
    centre.close()
