"""Second pair of eyes, agreement, assurance, reviewer profiles and the audit trail."""

import sqlite3

import pytest

from qpp_reviewer.agreement import agreement_report, review_pairs
from qpp_reviewer.cli import main
from qpp_reviewer.domain import OutcomeJudgement, Product, QualityBand, ReviewStatus, Role, Severity
from qpp_reviewer.statistics import count_by_month, summarise
from qpp_reviewer.storage.store import BlindReview, ReviewError, Store
from qpp_reviewer.themes import error_themes, themes_for_facts

from .helpers import header


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "r.sqlite3")
    yield s
    s.close()


def fill(store, rid, minor_at=(), significant_at=(), comment="Explained."):
    crit = store.get_review(rid).criteria
    for i, c in enumerate(crit):
        sev = Severity.MINOR if i in minor_at else Severity.SIGNIFICANT if i in significant_at else Severity.NO_ERROR
        store.set_finding(rid, c.id, sev)
        if sev.is_error:
            store.set_comment(rid, c.id, comment)
    store.complete_review(rid)
    return crit


def test_profiles(store):
    store.add_profile("AB", Role.AUDITOR)
    store.add_profile("TS Jones", Role.TECH_SPEC)
    with pytest.raises(ReviewError, match="already"):
        store.add_profile("ab", Role.QUALITY_LEAD)
    assert store.profiles() == [("AB", Role.AUDITOR), ("TS Jones", Role.TECH_SPEC)]
    assert store.role_of("TS Jones") is Role.TECH_SPEC


def test_second_review_is_blind_until_complete_then_compared_and_agreed(store):
    first = store.create_review(header(reviewer="AB"))
    crit = fill(store, first, minor_at=(0,))
    with pytest.raises(ReviewError, match="cannot second-review"):
        store.request_second_review(first, "ab")
    second = store.request_second_review(first, "CD")
    with pytest.raises(ReviewError, match="already has an open"):
        store.request_second_review(first, "EF")
    # blind: the core refuses to hand CD the first review, and hides its band in CD's list
    with pytest.raises(BlindReview):
        store.get_review(first, viewer="CD")
    row = next(r for r in store.list_reviews(viewer="CD") if r.id == first)
    assert row.band is None and "hidden" in row.band_reason
    assert store.get_review(first, viewer="AB").id == first  # others see it
    assert store.get_review(second, viewer="CD").findings == {}  # CD's own review starts empty
    with pytest.raises(BlindReview):
        store.compare(first, second)
    fill(store, second, significant_at=(0,), minor_at=(1,))
    assert store.get_review(first, viewer="CD").id == first  # visible once CD has finished
    comparison = store.compare(first, second)
    assert (comparison.first_score.band, comparison.second_score.band) == (QualityBand.QS1, QualityBand.QS3)
    assert [r.distance for r in comparison.rows[:3]] == [1, 1, 0]
    # agree: keep the first's finding on 1 but take the second's significant on 0, with a note
    with pytest.raises(ReviewError, match="say why"):
        store.agree(first, second, {crit[0].id: (Severity.SIGNIFICANT, "Material fact missed.", "")})
    agreed = store.agree(first, second, {crit[0].id: (Severity.SIGNIFICANT, "Material fact missed.",
                                                       "CD's reading of the interview record is right")})
    a = store.get_review(agreed)
    assert a.kind == "agreed" and a.status is ReviewStatus.COMPLETE
    assert store.score_of(a).band is QualityBand.QS3
    assert store.get_review(first).superseded_by == agreed and store.get_review(second).superseded_by == agreed
    # only the agreed review counts in figures; both originals are kept
    facts = store.review_facts()
    assert [f.id for f in facts] == [agreed]
    assert summarise(facts)[-1][1].counts[QualityBand.QS3] == 1
    tallied = count_by_month(store.band_tally())[0]  # the dashboard's count agrees
    assert tallied.counts == summarise(facts)[-1][1].counts and tallied.excluded == 0
    assert store.figure_ids() == [agreed] and store.figure_ids(counted=False) == []
    assert error_themes(store, include_clean=True) == themes_for_facts(store, facts, include_clean=True)
    assert {r.id for r in store.list_reviews()} == {first, second, agreed}
    changes = [e for e in store.history(agreed) if e.action == "agreed_change"]
    assert changes and "reading of the interview record" in changes[0].new
    with pytest.raises(ReviewError, match="already agreed"):
        store.agree(first, second, {})


def test_assurance_check_uses_its_own_checklist_and_never_counts(store):
    first = store.create_review(header(reviewer="TS1"))
    fill(store, first)
    check = store.request_second_review(first, "SC1", kind="assurance")
    review = store.get_review(check)
    assert review.header.product is Product.ASSURANCE and review.template.id == "qpp-assurance"
    assert any(c.special_policy for c in review.criteria)
    for c in review.criteria:
        store.set_finding(check, c.id, Severity.NO_ERROR)
    assert store.complete_review(check).band is QualityBand.QS1
    assert [f.id for f in store.review_facts()] == [first]
    assert store.figure_ids() == [first] and sum(n for *_, n in store.band_tally()) == 1


def test_agreement_statistics_by_pair(store):
    for i in range(4):
        first = store.create_review(header(case_reference=f"L100000{i}/001", reviewer="AB"))
        fill(store, first, minor_at=(0,) if i % 2 else ())
        second = store.request_second_review(first, "CD")
        fill(store, second, minor_at=(0,) if i % 2 else ())
    (report,) = agreement_report(review_pairs(store), "pair")
    assert report.group == "AB / CD" and report.band.pairs == 4
    assert report.band.percent == 100 and report.severities.kappa == pytest.approx(1.0)


def test_every_change_is_in_a_hash_chain_that_detects_tampering(store, tmp_path, capsys):
    store.actor = "AB"
    rid = store.create_review(header())
    c = store.get_review(rid).criteria[0].id
    store.set_finding(rid, c, Severity.MINOR)
    store.set_comment(rid, c, "First wording")
    store.set_comment(rid, c, "Second wording")
    store.set_finding(rid, c, Severity.FAIL)
    store.set_outcome_judgement(rid, OutcomeJudgement.PROBABLY_WRONG)
    entries = store.history(rid)
    assert [e.action for e in entries] == ["created", "finding", "comment", "comment", "finding", "outcome_judgement"]
    assert (entries[3].old, entries[3].new, entries[3].actor) == ("First wording", "Second wording", "AB")
    assert store.verify_audit().ok
    db = store.location
    assert main(["verify", "--db", db]) == 0
    assert "intact" in capsys.readouterr().out
    assert main(["history", "--db", db, rid]) == 0
    assert "Second wording" in capsys.readouterr().out

    con = sqlite3.connect(db)
    con.execute("UPDATE audit_entry SET new='Softer wording' WHERE seq=4")
    con.commit()
    result = store.verify_audit()
    assert not result.ok and result.broken_at == 4 and "altered" in result.problem
    assert main(["verify", "--db", db]) == 1
    assert "BROKEN at entry 4" in capsys.readouterr().out
    con.execute("UPDATE audit_entry SET new='Second wording' WHERE seq=4")
    con.execute("DELETE FROM audit_entry WHERE seq=2")
    con.commit()
    con.close()
    result = store.verify_audit()
    assert result.broken_at == 3 and "deleted" in result.problem


def test_exports_carry_kinds_and_a_verifiable_trail(store, tmp_path):
    import openpyxl

    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.exchange.export import export_workbook

    from .workbooks import column, read_sheets, write_sheets

    store.actor = "AB"
    other = store.create_review(header(case_reference="Z9999999/001", reviewer="AB"))
    c0 = store.get_review(other).criteria[0].id
    store.set_finding(other, c0, Severity.MINOR)
    store.set_comment(other, c0, "Private note on another case")
    first = store.create_review(header(reviewer="AB"))
    crit = fill(store, first, minor_at=(0,))
    second = store.request_second_review(first, "CD")
    fill(store, second, significant_at=(0,))
    agreed = store.agree(first, second, {crit[0].id: (Severity.SIGNIFICANT, "Missed fact.", "agreed on review")})
    export_workbook(store, [first, second, agreed], tmp_path / "x.xlsx", "pair")
    wb = openpyxl.load_workbook(tmp_path / "x.xlsx")
    texts = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value]
    assert not any("Private note" in t for t in texts)  # other reviews travel as digests only
    assert "AB / CD" in [str(c.value) for c in wb["Agreement"]["A"]]
    central = Store.open(tmp_path / "c.sqlite3")
    report = collate(central, [tmp_path / "x.xlsx"])
    assert report.added == 3 and report.rejected == 0, report.text()
    assert [f.id for f in central.review_facts()] == [agreed]
    assert central.get_review(second).kind == "second" and central.get_review(first).superseded_by == agreed
    assert central.verify_audit().ok
    assert [e.action for e in central.history(agreed)] == ["imported"]
    # a trail edited in the workbook (checksum re-signed to hide it) is refused
    sheets = read_sheets(tmp_path / "x.xlsx")
    col = column(sheets, "Audit", "new")
    row = next(r for r in sheets["Audit"][1:] if r[col] and "agreed on review" in str(r[col]))
    row[col] = "no_error — nothing wrong"
    write_sheets(tmp_path / "y.xlsx", sheets)
    central2 = Store.open(tmp_path / "c2.sqlite3")
    bad = collate(central2, [tmp_path / "y.xlsx"])
    assert bad.rejected == 1 and "audit trail is broken" in bad.text()
    central.close()
    central2.close()
