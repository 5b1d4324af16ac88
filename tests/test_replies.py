"""The decision maker's reply, arbitration and the reply window (issue 18 items 1-3), and the reply workbook."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import zipfile
from datetime import date

import openpyxl
import pytest

from qpp_reviewer.cli import main
from qpp_reviewer.domain import QualityBand, Role, Severity
from qpp_reviewer.exchange.reply_book import ReplyBookError, import_reply_workbook, write_reply_workbook
from qpp_reviewer.scoring import score
from qpp_reviewer.storage import replies as R
from qpp_reviewer.storage.store import ReviewError, Store

from tests.helpers import header

FRI = date(2026, 12, 4)  # a Friday: the window runs over two weekends
MON = date(2026, 12, 7)


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "r.sqlite3")
    s.add_profile("TS1", Role.TECH_SPEC)
    s.add_profile("QL1", Role.QUALITY_LEAD)
    s.add_profile("AUD", Role.AUDITOR)
    s.add_profile("AB", Role.TECH_SPEC)  # the reviewer
    s.add_profile("DM4411", Role.TECH_SPEC)  # the decision maker, by name
    yield s
    s.close()


def reviewed(store, errors=(("significant", "The material facts were not explored."),
                            ("minor", "A typing error in the letter.")), **over) -> str:
    rid = store.create_review(header(**over))
    crit = store.get_review(rid).criteria
    for c in crit:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    for c, (sev, comment) in zip(crit, errors):
        store.set_finding(rid, c.id, Severity(sev))
        store.set_comment(rid, c.id, comment)
    store.complete_review(rid)
    return rid


def ids(store, rid):
    return [cid for cid, *_ in store.replies.findings(rid)]


# -- the window ------------------------------------------------------------------------------

def test_working_days_skip_weekends():
    assert R.add_working_days(FRI, 1) == MON
    assert R.add_working_days(FRI, 10) == date(2026, 12, 18)  # two weekends
    assert R.add_working_days(date(2026, 12, 5), 1) == MON  # issued on a Saturday
    assert R.working_days_between(FRI, date(2026, 12, 18)) == 10
    assert R.working_days_between(date(2026, 12, 5), date(2026, 12, 6)) == 0  # a weekend
    assert R.working_days_between(date(2026, 12, 18), FRI) == 0


def test_window_counts_working_days_then_final(store):
    rid = reviewed(store)
    assert store.replies.state(rid, today=FRI) is None
    st = store.replies.issue_feedback(rid, "AB", today=FRI)
    assert (st.state, st.deadline, st.days_left) == (R.ISSUED, date(2026, 12, 18), 10)
    assert st.label == "awaiting reply (10 working days left)"
    assert store.replies.state(rid, today=date(2026, 12, 5)).days_left == 10  # Saturday: no day used
    assert store.replies.state(rid, today=MON).label == "awaiting reply (9 working days left)"
    assert store.replies.state(rid, today=date(2026, 12, 17)).label == "awaiting reply (1 working day left)"
    last = store.replies.state(rid, today=date(2026, 12, 18))
    assert (last.state, last.label) == (R.ISSUED, "awaiting reply (last day)")
    after = store.replies.state(rid, today=date(2026, 12, 19))
    assert after.state == R.FINAL and after.final and after.label == "final"
    # no reply once the window has closed
    with pytest.raises(ReviewError, match="closed on 2026-12-18"):
        store.replies.reply(rid, {c: ("accept", "") for c in ids(store, rid)}, by="AB", today=date(2026, 12, 21))
    # issuing again changes nothing: the first issue counts
    assert store.replies.issue_feedback(rid, "AB", today=MON).issued_on == FRI


def test_window_is_set_by_a_quality_lead(store):
    rid = reviewed(store)
    with pytest.raises(ReviewError, match="not been issued"):
        store.replies.set_window(rid, 5, by="QL1")
    store.replies.issue_feedback(rid, "AB", days=3, today=FRI)
    assert store.replies.state(rid, today=FRI).deadline == date(2026, 12, 9)
    with pytest.raises(ReviewError, match="quality lead"):
        store.replies.set_window(rid, 15, by="TS1")
    for bad in (0, 61, "5", True):
        with pytest.raises(ReviewError, match="whole number of working days"):
            store.replies.set_window(rid, bad, by="QL1")
    store.replies.set_window(rid, 15, by="QL1")
    assert store.replies.state(rid, today=FRI).deadline == date(2026, 12, 25)
    assert any(e.action == "reply_window" for e in store.history(rid))


def test_feedback_of_an_incomplete_review_is_not_issued(store):
    rid = store.create_review(header())
    with pytest.raises(ReviewError, match="not complete"):
        store.replies.issue_feedback(rid, "AB", today=FRI)
    with pytest.raises(ReviewError, match="not been issued"):
        store.replies.reply(reviewed(store, case_reference="L7654321/001"), {}, by="AB", today=FRI)


# -- the reply -------------------------------------------------------------------------------

def test_reply_is_checked_whole(store):
    rid = reviewed(store)
    store.replies.issue_feedback(rid, "AB", today=FRI)
    a, b = ids(store, rid)
    with pytest.raises(ReviewError, match=f"No reply on {b}"):
        store.replies.reply(rid, {a: ("accept", "")}, by="AB", today=MON)
    with pytest.raises(ReviewError, match="reason for the dispute"):
        store.replies.reply(rid, {a: ("accept", ""), b: ("dispute", "")}, by="AB", today=MON)
    with pytest.raises(ReviewError, match="accept or dispute, not 'maybe'"):
        store.replies.reply(rid, {a: ("maybe", ""), b: ("accept", "")}, by="AB", today=MON)
    no_error = store.get_review(rid).criteria[5].id
    with pytest.raises(ReviewError, match="not a finding of this review"):
        store.replies.reply(rid, {a: ("accept", ""), b: ("accept", ""), no_error: ("accept", "")}, by="AB", today=MON)
    assert store.replies.state(rid, today=MON).state == R.ISSUED  # nothing was recorded


def test_states_through_arbitration_to_resolved(store):
    rid = reviewed(store)
    store.replies.issue_feedback(rid, "AB", today=FRI)
    a, b = ids(store, rid)
    answers = {a: ("dispute", "The facts were explored at question 12."),
               b: ("dispute", "There is no typing error."), None: ("dispute", "The review is too harsh.")}
    assert store.replies.reply(rid, answers, by="AB", today=MON) == 3
    assert store.replies.reply(rid, answers, by="AB", today=MON) == 0  # the same reply again
    st = store.replies.state(rid, today=MON)
    assert (st.state, st.label, st.disputes, st.open_disputes) == (R.RECEIVED, "reply received", 3, 3)
    store.replies.refer(rid, "TS1", by="QL1")
    assert store.replies.state(rid, today=MON).state == R.ARBITRATION
    store.replies.arbitrate(rid, b, "uphold", "The letter has the typing error on page 2.", by="TS1")
    assert store.replies.state(rid, today=MON).state == R.ARBITRATION
    with pytest.raises(ReviewError, match="can no longer change"):
        store.replies.reply(rid, {a: ("accept", ""), b: ("accept", "")}, by="AB", today=MON)
    with pytest.raises(ReviewError, match="already decided"):
        store.replies.arbitrate(rid, b, "uphold", "Once more for the record.", by="TS1")
    store.replies.arbitrate(rid, a, "uphold", "Question 12 does not explore the facts.", by="TS1")
    store.replies.arbitrate(rid, None, "uphold", "The findings stand, so the review does.", by="TS1")
    st = store.replies.state(rid, today=date(2026, 12, 9))
    assert (st.state, st.final, st.open_disputes) == (R.RESOLVED, True, 0)
    quiet = reviewed(store, case_reference="L7654321/001")
    store.replies.issue_feedback(quiet, "AB", today=FRI)
    assert store.replies.counts(today=MON) == {R.ISSUED: 1, R.RECEIVED: 0, R.ARBITRATION: 0, R.RESOLVED: 1,
                                               R.FINAL: 0}
    assert store.replies.counts(today=date(2026, 12, 21))[R.FINAL] == 1  # its window passed with no reply
    actions = [e.action for e in store.history(rid)]
    assert actions.count("reply") == 3 and actions.count("arbitrated") == 3
    assert "arbitration_referred" in actions and "feedback_issued" in actions


def test_a_reply_accepting_everything_is_final(store):
    rid = reviewed(store)
    store.replies.issue_feedback(rid, "AB", today=FRI)
    a, b = ids(store, rid)
    store.replies.reply(rid, {a: ("accept", ""), b: ("Accept", "I agree.")}, by="AB", today=MON)
    assert store.replies.state(rid, today=MON).state == R.FINAL
    with pytest.raises(ReviewError, match="no dispute"):
        store.replies.refer(rid, "TS1", by="QL1")


def test_a_reply_may_be_corrected_until_arbitration(store):
    rid = reviewed(store)
    store.replies.issue_feedback(rid, "AB", today=FRI)
    a, b = ids(store, rid)
    store.replies.reply(rid, {a: ("dispute", "The facts were explored."), b: ("accept", "")}, by="AB", today=MON)
    assert store.replies.reply(rid, {a: ("accept", ""), b: ("accept", "")}, by="AB", today=MON) == 1
    assert store.replies.state(rid, today=MON).state == R.FINAL


# -- arbitration -----------------------------------------------------------------------------

def test_who_may_arbitrate(store):
    rid = reviewed(store)
    store.replies.issue_feedback(rid, "AB", today=FRI)
    a, b = ids(store, rid)
    store.replies.reply(rid, {a: ("dispute", "The facts were explored."), b: ("accept", "")}, by="AB", today=MON)
    cases = {"AB": "is the reviewer", "ab": "is the reviewer", "DM4411": "is the decision maker",
             "AUD": "role here is auditor", "Nobody": "has no profile"}
    for who, message in cases.items():
        with pytest.raises(ReviewError, match=message):
            store.replies.arbitrate(rid, a, "overturn", "The facts were explored at Q12.", by=who)
        with pytest.raises(ReviewError, match=message):
            store.replies.refer(rid, who, by="QL1")
    assert store.get_review(rid).findings[a].severity is Severity.SIGNIFICANT  # no one changed it
    with pytest.raises(ReviewError, match="not disputed"):
        store.replies.arbitrate(rid, b, "overturn", "The letter is fine after all.", by="TS1")
    with pytest.raises(ReviewError, match="few words"):
        store.replies.arbitrate(rid, a, "overturn", "no", by="TS1")
    store.replies.refer(rid, "QL1", by="QL1")
    with pytest.raises(ReviewError, match="referred to QL1"):
        store.replies.arbitrate(rid, a, "overturn", "The facts were explored at Q12.", by="TS1")
    store.replies.arbitrate(rid, a, "uphold", "Question 12 does not explore them.", by="QL1")  # a quality lead may


def test_overturning_a_significant_error_rescores_the_review(store):
    rid = reviewed(store)
    assert store.get_review(rid).header and store.score_of(store.get_review(rid)).band is QualityBand.QS3
    store.replies.issue_feedback(rid, "AB", today=FRI)
    a, b = ids(store, rid)
    store.replies.reply(rid, {a: ("dispute", "The facts were explored at Q12."), b: ("accept", "")},
                        by="AB", today=MON)
    result = store.replies.arbitrate(rid, a, "overturn", "Question 12 explores the material facts.", by="TS1")
    review = store.get_review(rid)
    assert review.findings[a].severity is Severity.NO_ERROR
    assert review.status.value == "complete"
    expected = score(review.criteria, {c: f.severity for c, f in review.findings.items()}, review.outcome_judgement)
    assert result.band is expected.band is QualityBand.QS1  # one minor in more than five assessed: under 20%
    assert store.list_reviews()[0].band is QualityBand.QS1
    trail = [(e.action, e.actor) for e in store.history(rid)]
    assert ("reopened", "TS1") in trail and ("finding", "TS1") in trail and ("completed", "TS1") in trail
    reopened = [e for e in store.history(rid) if e.action == "reopened"][-1]
    assert "Question 12 explores" in reopened.new
    assert store.replies.state(rid, today=MON).state == R.RESOLVED


def test_amending_sets_a_new_severity(store):
    rid = reviewed(store)
    store.replies.issue_feedback(rid, "AB", today=FRI)
    a, b = ids(store, rid)
    store.replies.reply(rid, {a: ("dispute", "It is a small point."), b: ("accept", "")}, by="AB", today=MON)
    with pytest.raises(ReviewError, match="new severity"):
        store.replies.arbitrate(rid, a, "amend", "A smaller error than that.", by="TS1")
    with pytest.raises(ReviewError, match="already significant"):
        store.replies.arbitrate(rid, a, "amend", "A smaller error than that.", by="TS1", severity=Severity.SIGNIFICANT)
    with pytest.raises(ReviewError, match="judgement of the outcome"):
        store.replies.arbitrate(rid, a, "amend", "It is worse than that.", by="TS1", severity=Severity.FAIL)
    assert store.get_review(rid).status.value == "complete"  # a refused amendment reopened nothing
    result = store.replies.arbitrate(rid, a, "amend", "A minor point only.", by="TS1", severity=Severity.MINOR)
    assert store.get_review(rid).findings[a].severity is Severity.MINOR
    assert result.band is QualityBand.QS2 or result.band is QualityBand.QS1
    review = store.get_review(rid)
    assert result.band is score(review.criteria, {c: f.severity for c, f in review.findings.items()}).band


def test_a_dispute_of_the_whole_review_is_only_upheld(store):
    rid = reviewed(store)
    store.replies.issue_feedback(rid, "AB", today=FRI)
    a, b = ids(store, rid)
    store.replies.reply(rid, {a: ("accept", ""), b: ("accept", ""), None: ("dispute", "Harsh overall.")},
                        by="AB", today=MON)
    with pytest.raises(ReviewError, match="arbitrate the disputed findings"):
        store.replies.arbitrate(rid, None, "overturn", "Overturn it all please.", by="TS1")
    assert store.replies.arbitrate(rid, None, "uphold", "The findings stand.", by="TS1") is None
    assert store.replies.state(rid, today=MON).state == R.RESOLVED


# -- the reply workbook ----------------------------------------------------------------------

def fill(src, dst, values):
    wb = openpyxl.load_workbook(src)
    ws = wb["Reply"]
    for row, (reply, reason) in values.items():
        ws.cell(row=row, column=5).value = reply
        ws.cell(row=row, column=6).value = reason
    wb.save(dst)


def dump(store):
    con = sqlite3.connect(store.location)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_reply_workbook_structure(store, tmp_path):
    rid = reviewed(store)
    result = write_reply_workbook(store, rid, tmp_path / "reply.xlsx", by="AB", today=FRI)
    assert result.rows == 3
    assert store.replies.state(rid, today=FRI).state == R.ISSUED  # writing it issues the feedback
    wb = openpyxl.load_workbook(tmp_path / "reply.xlsx")
    assert wb.sheetnames == ["Reply", "About"]
    ws = wb["Reply"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("criterion_id", "criterion", "finding", "comment", "reply", "reason")
    a, b = ids(store, rid)
    assert [r[:3] for r in rows[1:]] == [(a, rows[1][1], "significant"), (b, rows[2][1], "minor"),
                                         ("review", "The review as a whole", "QS3")]
    assert rows[1][3] == "The material facts were not explored."
    assert ws.protection.sheet and wb["About"].protection.sheet
    assert ws["A2"].protection.locked and ws["D2"].protection.locked
    assert not ws["E2"].protection.locked and not ws["F4"].protection.locked
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and dv.formula1 == '"accept,dispute"' and str(dv.sqref) == "E2:E4"
    about = {k: v for k, v in wb["About"].iter_rows(values_only=True)}
    assert about["format"] == "QPP Reviewer reply workbook" and about["format_version"] == 1
    assert about["review_id"] == rid and about["reply_by"] == "2026-12-18" and len(about["checksum_sha256"]) == 64


def test_reply_workbook_round_trip_is_idempotent(store, tmp_path):
    rid = reviewed(store)
    write_reply_workbook(store, rid, tmp_path / "reply.xlsx", by="AB", today=FRI)
    fill(tmp_path / "reply.xlsx", tmp_path / "filled.xlsx",
         {2: ("dispute", "The facts were explored at question 12."), 3: ("accept", None), 4: (None, None)})
    got = import_reply_workbook(store, tmp_path / "filled.xlsx", by="AB", today=MON)
    assert (got.changed, got.accepted, got.disputed) == (2, 1, 1)
    st = store.replies.state(rid, today=MON)
    assert st.state == R.RECEIVED
    assert {r.criterion_id: r.verdict for r in st.replies} == dict(zip(ids(store, rid), ("dispute", "accept")))
    assert st.replies[0].source.startswith("reply workbook filled.xlsx sha256 ")
    before = dump(store)
    again = import_reply_workbook(store, tmp_path / "filled.xlsx", by="AB", today=MON)
    assert again.changed == 0 and "nothing changed" in again.text()
    assert dump(store) == before


def test_reply_workbook_bad_replies_are_refused_whole(store, tmp_path):
    rid = reviewed(store)
    write_reply_workbook(store, rid, tmp_path / "reply.xlsx", by="AB", today=FRI)
    before = dump(store)
    cases = {
        "nothing.xlsx": ({}, "nothing was filled in"),
        "blank.xlsx": ({2: ("accept", None)}, "row 3, column reply: is empty"),
        "maybe.xlsx": ({2: ("maybe", None), 3: ("accept", None)}, "choose accept or dispute from the list"),
        "noreason.xlsx": ({2: ("dispute", None), 3: ("accept", None)}, "reason for the dispute"),
        "reasononly.xlsx": ({2: ("accept", None), 3: ("accept", None), 4: (None, "Hmm, well.")}, "no reply"),
    }
    for name, (values, message) in cases.items():
        fill(tmp_path / "reply.xlsx", tmp_path / name, values)
        with pytest.raises(ReplyBookError, match=message):
            import_reply_workbook(store, tmp_path / name, by="AB", today=MON)
    assert dump(store) == before


def test_tampered_forged_macro_and_other_review_workbooks_are_refused(store, tmp_path):
    rid = reviewed(store)
    other = reviewed(store, case_reference="L7654321/001")
    write_reply_workbook(store, rid, tmp_path / "reply.xlsx", by="AB", today=FRI)
    ok = {2: ("dispute", "The facts were explored."), 3: ("accept", None)}
    fill(tmp_path / "reply.xlsx", tmp_path / "ok.xlsx", ok)
    before = dump(store)
    # a finding's comment changed (the fixed cells): tampered
    wb = openpyxl.load_workbook(tmp_path / "ok.xlsx")
    wb["Reply"]["C2"] = "minor"
    wb.save(tmp_path / "tampered.xlsx")
    with pytest.raises(ReplyBookError, match="checksum_sha256: does not match"):
        import_reply_workbook(store, tmp_path / "tampered.xlsx", by="AB", today=MON)
    # the About sheet pointed at the other review: the checksum covers it
    wb = openpyxl.load_workbook(tmp_path / "ok.xlsx")
    for row in wb["About"].iter_rows():
        if row[0].value == "review_id":
            row[1].value = other
    wb.save(tmp_path / "retargeted.xlsx")
    with pytest.raises(ReplyBookError, match="not imported"):
        import_reply_workbook(store, tmp_path / "retargeted.xlsx", by="AB", today=MON)
    # a reply workbook for another review than the one named
    with pytest.raises(ReplyBookError, match="not on the review"):
        import_reply_workbook(store, tmp_path / "ok.xlsx", by="AB", review_id=other, today=MON)
    # a macro project added to the package
    with zipfile.ZipFile(tmp_path / "ok.xlsx") as z, zipfile.ZipFile(tmp_path / "macro.xlsx", "w") as out:
        for item in z.infolist():
            out.writestr(item, z.read(item))
        out.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro")
    with pytest.raises(ReplyBookError, match="macro"):
        import_reply_workbook(store, tmp_path / "macro.xlsx", by="AB", today=MON)
    # not a workbook at all
    (tmp_path / "junk.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ReplyBookError, match="not imported"):
        import_reply_workbook(store, tmp_path / "junk.xlsx", by="AB", today=MON)
    assert dump(store) == before
    # forged: a well-formed reply workbook this database did not write (another database's)
    elsewhere = Store.open(tmp_path / "elsewhere.sqlite3")
    try:
        fid = reviewed(elsewhere)
        write_reply_workbook(elsewhere, fid, tmp_path / "forged.xlsx", by="AB", today=FRI)
    finally:
        elsewhere.close()
    fill(tmp_path / "forged.xlsx", tmp_path / "forged-filled.xlsx", ok)
    with pytest.raises(ReplyBookError, match="did not write this reply workbook"):
        import_reply_workbook(store, tmp_path / "forged-filled.xlsx", by="AB", today=MON)
    # a workbook superseded by a newer one for the same review
    write_reply_workbook(store, rid, tmp_path / "newer.xlsx", by="AB", today=FRI)
    with pytest.raises(ReplyBookError, match="newer one"):
        import_reply_workbook(store, tmp_path / "ok.xlsx", by="AB", today=MON)
    fill(tmp_path / "newer.xlsx", tmp_path / "newer-filled.xlsx", ok)
    assert import_reply_workbook(store, tmp_path / "newer-filled.xlsx", by="AB", today=MON).changed == 2


def test_reply_workbook_of_a_changed_review_is_refused(store, tmp_path):
    rid = reviewed(store)
    write_reply_workbook(store, rid, tmp_path / "reply.xlsx", by="AB", today=FRI)
    a, _b = ids(store, rid)
    store.reopen_review(rid, "A second look at the letter.", by="AB")
    store.set_finding(rid, a, Severity.MINOR)
    store.complete_review(rid)
    fill(tmp_path / "reply.xlsx", tmp_path / "late.xlsx", {2: ("accept", None), 3: ("accept", None)})
    with pytest.raises(ReplyBookError, match="have changed since the workbook was written"):
        import_reply_workbook(store, tmp_path / "late.xlsx", by="AB", today=MON)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


HOSTILE = ("=HYPERLINK(\"http://example.org\",\"click\")", "-2+3", "@SUM(A1)", "#N/A", "_x0041_ typed")


def test_typed_text_in_the_reply_workbook_stays_text(store, tmp_path):
    rid = reviewed(store, errors=[("minor", h) for h in HOSTILE])
    write_reply_workbook(store, rid, tmp_path / "reply.xlsx", by="AB", today=FRI)
    ws = openpyxl.load_workbook(tmp_path / "reply.xlsx")["Reply"]
    assert [ws.cell(row=r, column=4).data_type for r in range(2, 2 + len(HOSTILE))] == ["s"] * len(HOSTILE)
    fill(tmp_path / "reply.xlsx", tmp_path / "filled.xlsx", {r: ("accept", None) for r in range(2, 2 + len(HOSTILE))})
    assert import_reply_workbook(store, tmp_path / "filled.xlsx", by="AB", today=MON).changed == len(HOSTILE)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (CI installs it)")
def test_libreoffice_opens_and_saves_the_reply_workbook(store, tmp_path):
    rid = reviewed(store, errors=(("significant", "The material facts were not explored."),
                                  ("minor", "=HYPERLINK(\"http://example.org\",\"click\")")))
    write_reply_workbook(store, rid, tmp_path / "reply.xlsx", by="AB", today=FRI)

    def through_libreoffice(src, name):
        out = tmp_path / name
        subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                        "--convert-to", "xlsx", "--outdir", str(out), str(src)],
                       check=True, capture_output=True, timeout=180)
        (produced,) = out.glob("*.xlsx")
        return produced

    # the blank workbook as LibreOffice saves it keeps its drop-down, its protection and its checksum
    blank = through_libreoffice(tmp_path / "reply.xlsx", "blank")
    wb = openpyxl.load_workbook(blank)
    ws = wb["Reply"]
    assert ws.protection.sheet and not ws["E2"].protection.locked and ws["A2"].protection.locked
    assert any(dv.type == "list" and "accept" in (dv.formula1 or "") for dv in ws.data_validations.dataValidation)
    # filled (as Excel would) and saved again by LibreOffice: it still imports
    fill(blank, tmp_path / "filled.xlsx", {2: ("dispute", "The facts were explored at question 12."),
                                           3: ("accept", None), 4: ("accept", "Fair overall.")})
    saved = through_libreoffice(tmp_path / "filled.xlsx", "saved")
    got = import_reply_workbook(store, saved, by="AB", today=MON)
    assert (got.changed, got.accepted, got.disputed) == (3, 2, 1)
    assert store.replies.state(rid, today=MON).state == R.RECEIVED


# -- the commands ----------------------------------------------------------------------------

def test_commands(tmp_path, capsys):
    db = tmp_path / "c.sqlite3"
    s = Store.open(db)
    try:
        s.add_profile("TS1", Role.TECH_SPEC)
        s.add_profile("AUD", Role.AUDITOR)
        rid = reviewed(s)
        a, _b = ids(s, rid)
        open_id = s.create_review(header(case_reference="L7654321/001"))
    finally:
        s.close()
    assert main(["reply", "list", "--db", str(db)]) == 0
    assert "No feedback has been issued yet" in capsys.readouterr().out
    book = tmp_path / "reply.xlsx"
    assert main(["report", "feedback", "--db", str(db), "--review", open_id, "-o", str(tmp_path / "o.pdf"),
                 "--reply-workbook", str(tmp_path / "o.xlsx")]) == 2
    assert "not complete" in capsys.readouterr().err and not (tmp_path / "o.xlsx").exists()
    assert main(["report", "feedback", "--db", str(db), "--review", rid, "-o", str(tmp_path / "f.pdf"),
                 "--reply-workbook", str(book), "--days", "5"]) == 0
    out = capsys.readouterr().out
    assert "Wrote the reply workbook (2 findings and the review as a whole)" in out and book.exists()
    fill(book, tmp_path / "filled.xlsx", {2: ("dispute", "The facts were explored at Q12."), 3: ("accept", None)})
    assert main(["--as", "AB", "reply", "import", "--db", str(db), str(tmp_path / "filled.xlsx")]) == 0
    assert "recorded (1 accepted, 1 disputed)" in capsys.readouterr().out
    assert main(["reply", "import", "--db", str(db), str(tmp_path / "filled.xlsx")]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert main(["reply", "import", "--db", str(db), "--review", open_id, str(tmp_path / "filled.xlsx")]) == 2
    assert "not on the review" in capsys.readouterr().err
    assert main(["reply", "list", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "L1234567/001" in out and "reply received" in out and "1 open / 1" in out
    assert main(["--as", "AUD", "reply", "arbitrate", "--db", str(db), "--review", rid, "--criterion", a,
                 "--decision", "overturn", "--reason", "The facts were explored at Q12."]) == 2
    assert "auditor" in capsys.readouterr().err
    assert main(["--as", "TS1", "reply", "arbitrate", "--db", str(db), "--review", rid, "--criterion", a,
                 "--decision", "overturn", "--reason", "The facts were explored at Q12."]) == 0
    out = capsys.readouterr().out
    assert "re-scored: QS1" in out and "resolved" in out
    assert main(["reply", "list", "--db", str(db)]) == 0
    assert "resolved" in capsys.readouterr().out


def test_migration_0012_matches_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from qpp_reviewer.storage.models import Base

    s = Store.open(tmp_path / "m.sqlite3")
    try:
        with s.engine.connect() as con:
            diffs = compare_metadata(MigrationContext.configure(con), Base.metadata)
            tables = {r[0] for r in con.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        s.close()
    assert {"feedback_issue", "feedback_reply"} <= tables
    assert [d for d in diffs if "feedback" in repr(d)] == []


def test_an_arbitrated_review_reaches_the_centre_as_a_revision(store, tmp_path):
    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.exchange.export import export_workbook

    rid = reviewed(store)
    central = Store.open(tmp_path / "central.sqlite3")
    try:
        export_workbook(store, [rid], tmp_path / "first.xlsx", "first", exported_by="AB")
        assert collate(central, [tmp_path / "first.xlsx"]).added == 1
        assert central.list_reviews()[0].band is QualityBand.QS3
        store.replies.issue_feedback(rid, "AB", today=FRI)
        a, b = ids(store, rid)
        store.replies.reply(rid, {a: ("dispute", "The facts were explored at Q12."), b: ("accept", "")},
                            by="AB", today=MON)
        store.replies.arbitrate(rid, a, "overturn", "Question 12 explores the material facts.", by="TS1")
        export_workbook(store, [rid], tmp_path / "second.xlsx", "second", exported_by="AB")
        report = collate(central, [tmp_path / "second.xlsx"])
        assert report.rejected == 0 and report.conflicts == 0
        assert central.list_reviews()[0].band is QualityBand.QS1
        assert "revised" in [e.action for e in central.history(rid)]
        # the review's own trail, in the exchange workbook, carries the reply and the arbitration
        audit_rows = list(openpyxl.load_workbook(tmp_path / "second.xlsx")["Audit"].iter_rows(values_only=True))
        head = audit_rows[0]
        trail = [(r[head.index("action")], r[head.index("actor")]) for r in audit_rows[1:]]
        assert ("arbitrated", "TS1") in trail and ("reopened", "TS1") in trail and ("reply", "AB") in trail
    finally:
        central.close()


def test_record_command_types_a_reply(tmp_path, capsys):
    db = tmp_path / "t.sqlite3"
    s = Store.open(db)
    try:
        rid = reviewed(s)
        a, b = ids(s, rid)
    finally:
        s.close()
    assert main(["reply", "record", "--db", str(db), "--review", rid, "--accept", a]) == 2
    assert "not been issued" in capsys.readouterr().err
    assert main(["reply", "issue", "--db", str(db), "--review", "L1234567/001", "--today", "2026-12-04"]) == 0
    assert "awaiting reply" in capsys.readouterr().out
    assert main(["reply", "record", "--db", str(db), "--review", rid, "--accept", a, "--today", "2026-12-07"]) == 2
    assert f"No reply on {b}" in capsys.readouterr().err
    assert main(["--as", "TS9", "reply", "record", "--db", str(db), "--review", rid, "--dispute", a,
                 "The facts were explored.", "--accept-rest", "--whole", "accept", "--today", "2026-12-07"]) == 0
    assert "3 answers changed" in capsys.readouterr().out
    s = Store.open(db)
    try:
        st = s.replies.state(rid, today=MON)
        assert st.state == R.RECEIVED and {r.criterion_id: r.verdict for r in st.replies} == {
            a: "dispute", b: "accept", "": "accept"}
        assert {r.entered_by for r in st.replies} == {"TS9"}
    finally:
        s.close()


def test_a_workbook_of_another_kind_is_refused_by_the_reply_import(store, tmp_path):
    """The reply and queries workbooks share one reader (exchange/small_book.py): a workbook of the
    other kind, or an exchange workbook, is refused with what it is and what was expected."""
    from qpp_reviewer.exchange.export import export_workbook
    from qpp_reviewer.exchange.queries_book import QueriesBookError, import_queries_workbook

    rid = reviewed(store)
    write_reply_workbook(store, rid, tmp_path / "reply.xlsx", by="AB", today=FRI)
    export_workbook(store, [rid], tmp_path / "exchange.xlsx", exported_by="AB")
    before = dump(store)
    with pytest.raises(QueriesBookError, match="a queries workbook has exactly Queries, States, About. "
                                               "Is it a queries workbook from the centre"):
        import_queries_workbook(store, tmp_path / "reply.xlsx", by="AB")
    with pytest.raises(ReplyBookError, match="a reply workbook has exactly Reply, About. "
                                             "Is it the reply workbook written with the feedback"):
        import_reply_workbook(store, tmp_path / "exchange.xlsx", by="AB", today=MON)
    # right sheets, another format named: the About sheet says so
    wb = openpyxl.load_workbook(tmp_path / "reply.xlsx")
    for row in wb["About"].iter_rows():
        if row[0].value == "format_version":
            row[1].value = 9
    wb.save(tmp_path / "newer.xlsx")
    with pytest.raises(ReplyBookError, match=r"format_version: is 9; this version of QPP Reviewer reads format 1. "
                                             r"Update QPP Reviewer"):
        import_reply_workbook(store, tmp_path / "newer.xlsx", by="AB", today=MON)
    with pytest.raises(ReplyBookError, match="There is no file"):
        import_reply_workbook(store, tmp_path / "missing.xlsx", by="AB", today=MON)
    assert dump(store) == before
