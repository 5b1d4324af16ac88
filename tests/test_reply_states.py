"""Where each review's reply stands, as the review list shows and filters it (issue 18 item 3), and the
arbitration's record of the finding it changed (item 2): the SQL filter and the list's column agree with
store.replies.state() for every state, on every day of a fixed clock."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from qpp_reviewer.domain import Role, Severity
from qpp_reviewer.storage import replies as R
from qpp_reviewer.storage.models import ReviewRow
from qpp_reviewer.storage.store import ReviewError, ReviewFilter, Store

from tests.helpers import header

FRI = date(2026, 12, 4)


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "s.sqlite3")
    s.add_profile("TS1", Role.TECH_SPEC)
    s.add_profile("QL1", Role.QUALITY_LEAD)
    s.actor = "AB"
    yield s
    s.close()


def reviewed(store, n: int, errors: int = 2) -> str:
    rid = store.create_review(header(case_reference=f"L{1000000 + n}/001"))
    crit = store.get_review(rid).criteria
    for i, c in enumerate(crit):
        store.set_finding(rid, c.id, Severity.MINOR if i < errors else Severity.NO_ERROR)
        if i < errors:
            store.set_comment(rid, c.id, f"Error number {i + 1}.")
    store.complete_review(rid)
    return rid


def findings(store, rid):
    return [cid for cid, *_ in store.replies.findings(rid)]


def every_state(store) -> dict[str, str]:
    """One review in each situation; issued on FRI unless said."""
    out = {}
    out["not issued"] = reviewed(store, 1)
    out["awaited"] = reviewed(store, 2)
    store.replies.issue_feedback(out["awaited"], today=FRI)
    out["short window"] = reviewed(store, 3)
    store.replies.issue_feedback(out["short window"], today=FRI, days=2)
    out["long window"] = reviewed(store, 4)
    store.replies.issue_feedback(out["long window"], today=FRI - timedelta(days=20), days=30)
    out["accepted"] = reviewed(store, 5)
    store.replies.issue_feedback(out["accepted"], today=FRI)
    store.replies.reply(out["accepted"], {c: ("accept", "") for c in findings(store, out["accepted"])}, today=FRI)
    out["received"] = reviewed(store, 6)
    store.replies.issue_feedback(out["received"], today=FRI)
    a, b = findings(store, out["received"])
    store.replies.reply(out["received"], {a: ("dispute", "Not an error at all."), b: ("accept", "")}, today=FRI)
    out["referred"] = reviewed(store, 7)
    store.replies.issue_feedback(out["referred"], today=FRI)
    a, b = findings(store, out["referred"])
    store.replies.reply(out["referred"], {a: ("dispute", "Not an error at all."), b: ("accept", "")}, today=FRI)
    store.replies.refer(out["referred"], "TS1")
    out["partly decided"] = reviewed(store, 8)
    store.replies.issue_feedback(out["partly decided"], today=FRI)
    a, b = findings(store, out["partly decided"])
    store.replies.reply(out["partly decided"], {a: ("dispute", "Not an error at all."),
                                                b: ("dispute", "Not one either.")}, today=FRI)
    store.replies.arbitrate(out["partly decided"], a, "uphold", "The error is plain.", by="TS1")
    out["resolved"] = reviewed(store, 9)
    store.replies.issue_feedback(out["resolved"], today=FRI)
    a, b = findings(store, out["resolved"])
    store.replies.reply(out["resolved"], {a: ("dispute", "Not an error at all."), b: ("accept", "")}, today=FRI)
    store.replies.arbitrate(out["resolved"], a, "overturn", "Question 9 covers it.", by="QL1")
    return out


def test_the_filter_and_the_column_agree_with_the_state_on_every_day(store):
    made = every_state(store)
    for offset in range(0, 40):
        today = FRI + timedelta(days=offset)
        truth = {st.review_id: st for st in store.replies.all(today=today)}
        brief = store.replies.brief(today=today)
        assert {rid: (st.state, st.days_left) for rid, st in truth.items()} == brief, today
        with store._session() as s:
            for state in R.REPLY_STATES:
                got = set(s.scalars(select(ReviewRow.id).where(R.in_reply_state(state, today))))
                assert got == {rid for rid, st in truth.items() if st.state == state}, (today, state)
            assert set(s.scalars(select(ReviewRow.id).where(R.in_reply_state(R.NOT_ISSUED, today)))) == {
                made["not issued"]}
    # the fixed clock's days as a person reads them
    on = {name: store.replies.brief(today=FRI + timedelta(days=3))[rid] for name, rid in made.items()
          if name != "not issued"}
    assert on["awaited"] == (R.ISSUED, 9) and on["short window"] == (R.ISSUED, 1)
    assert on["accepted"][0] == R.FINAL and on["received"][0] == R.RECEIVED
    assert on["referred"][0] == R.ARBITRATION and on["partly decided"][0] == R.ARBITRATION
    assert on["resolved"][0] == R.RESOLVED
    assert store.replies.brief(today=FRI + timedelta(days=5))[made["short window"]][0] == R.FINAL
    assert str(R.label_for(R.ISSUED, 6)) == "awaiting reply (6 working days left)"


def test_the_review_list_carries_the_state_and_filters_on_it(store):
    today = date.today()
    awaited, received, untouched = reviewed(store, 1), reviewed(store, 2), reviewed(store, 3)
    store.replies.issue_feedback(awaited, today=today)
    store.replies.issue_feedback(received, today=today)
    a, b = findings(store, received)
    store.replies.reply(received, {a: ("dispute", "Not an error at all."), b: ("accept", "")}, today=today)
    rows = {r.id: r for r in store.list_reviews()}
    assert rows[awaited].reply == (R.ISSUED, 10) and rows[received].reply[0] == R.RECEIVED
    assert rows[untouched].reply is None
    assert [r.id for r in store.list_reviews(ReviewFilter(reply=R.ISSUED))] == [awaited]
    assert [r.id for r in store.list_reviews(ReviewFilter(reply=R.RECEIVED))] == [received]
    assert [r.id for r in store.list_reviews(ReviewFilter(reply=R.NOT_ISSUED))] == [untouched]
    assert store.list_reviews(ReviewFilter(reply=R.FINAL)) == []


def test_an_amendment_keeps_the_original_comment_beside_the_new_one(store):
    rid = reviewed(store, 1, errors=1)
    [a] = findings(store, rid)
    store.replies.issue_feedback(rid, today=FRI)
    store.replies.reply(rid, {a: ("dispute", "It is hardly an error.")}, today=FRI)
    with pytest.raises(ReviewError, match="Only an amended finding takes a new comment"):
        store.replies.arbitrate(rid, a, "uphold", "It stands as written.", by="TS1", comment="Something else.")
    with pytest.raises(ReviewError, match="at most"):
        store.replies.arbitrate(rid, a, "amend", "A small point.", by="TS1", severity=Severity.SIGNIFICANT,
                                comment="x" * 20000)
    assert store.get_review(rid).status.value == "complete"  # refused before anything changed
    store.replies.arbitrate(rid, a, "amend", "It is worse than minor.", by="TS1", severity=Severity.SIGNIFICANT,
                            comment="The error goes to the heart of the claim.")
    f = store.get_review(rid).findings[a]
    assert f.severity is Severity.SIGNIFICANT and f.comment == "The error goes to the heart of the claim."
    [r] = store.replies.state(rid).replies
    assert (r.finding, r.original_comment, r.decision_comment) == (
        "minor", "Error number 1.", "The error goes to the heart of the claim.")
    assert r.changed
    trail = [(e.action, e.field, e.old, e.new) for e in store.history(rid)]
    assert ("comment", a, "Error number 1.", "The error goes to the heart of the claim.") in trail


def test_an_upheld_finding_keeps_its_comment_on_record(store):
    rid = reviewed(store, 1, errors=1)
    [a] = findings(store, rid)
    store.replies.issue_feedback(rid, today=FRI)
    store.replies.reply(rid, {a: ("dispute", "It is hardly an error.")}, today=FRI)
    assert store.replies.arbitrate(rid, a, "uphold", "It stands as written.", by="TS1") is None
    [r] = store.replies.state(rid).replies
    assert (r.decision, r.original_comment, r.decision_comment, r.changed) == (
        "uphold", "Error number 1.", None, False)
