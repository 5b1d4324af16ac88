"""Calibration against a reference answer (issue 18 items 5, 7, 8): the quality lead's rules, blindness until
each reviewer's own review is complete, distances, the group's agreement, never counted."""

from __future__ import annotations

from datetime import date

import pytest

from qpp_reviewer.domain import QualityBand, Role, Severity
from qpp_reviewer.storage.store import BlindReview, ReviewError, Store

from .helpers import header


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "c.sqlite3")
    s.add_profile("QL", Role.QUALITY_LEAD)
    s.add_profile("TS", Role.TECH_SPEC)
    for name in ("R1", "R2", "R3"):
        s.add_profile(name, Role.AUDITOR)
    yield s
    s.close()


def complete(store: Store, rid: str, errors: dict[int, Severity] | None = None) -> None:
    errors = errors or {}
    crit = store.get_review(rid, viewer="").criteria
    for i, c in enumerate(crit):
        sev = errors.get(i, Severity.NO_ERROR)
        store.set_finding(rid, c.id, sev)
        if sev.is_error:
            store.set_comment(rid, c.id, "An error on this point.")
    store.complete_review(rid)


def case_with_reference(store: Store, ref_errors=None, case_ref="L1234567/001", round_name="Round 1",
                        held_on=date(2026, 3, 2)) -> tuple[str, str]:
    """AB's complete review, marked by QL as a calibration case, with QL's reference (errors as given)."""
    case = store.create_review(header(case_reference=case_ref, reviewer="AB"))
    complete(store, case)
    store.calibration.mark(case, round_name, by="QL", held_on=held_on)
    crit = store.get_review(case, viewer="").criteria
    changes = {crit[i].id: (sev, "The reference: an error here.") for i, sev in (ref_errors or {}).items()}
    ref = store.calibration.record_reference(case, changes, by="QL")
    return case, ref


def test_only_a_quality_lead_marks_a_case_or_records_its_reference(store):
    case = store.create_review(header(reviewer="AB"))
    complete(store, case)
    with pytest.raises(ReviewError, match="quality lead; TS's role here is technical specialist"):
        store.calibration.mark(case, "Round 1", by="TS")
    with pytest.raises(ReviewError, match="no profile here"):
        store.calibration.mark(case, "Round 1", by="Nobody")
    assert store.calibration.cases() == [] and store.calibration.rounds() == []
    store.calibration.mark(case, "Round 1", by="QL", held_on=date(2026, 3, 2))
    (c,) = store.calibration.cases()
    assert c.review_id == case and c.round.name == "Round 1" and c.round.held_on == date(2026, 3, 2)
    assert c.marked_by == "QL" and c.reference_id is None
    with pytest.raises(ReviewError, match="quality lead; R1's role here is auditor"):
        store.calibration.record_reference(case, {}, by="R1")
    with pytest.raises(ReviewError, match="quality lead"):
        store.calibration.report(by="R1")
    # a second review is not a case
    second = store.request_second_review(case, "CD")
    with pytest.raises(ReviewError, match="first review"):
        store.calibration.mark(second, "Round 1", by="QL")
    # marking and rounds are audited
    actions = [e.action for e in store.history(case)]
    assert "calibration_case" in actions


def test_the_reference_band_comes_from_the_one_scoring_function(store):
    case, ref = case_with_reference(store, {0: Severity.SIGNIFICANT})
    reference = store.get_review(ref, viewer="")
    assert reference.kind == "reference" and reference.parent_review_id == case
    assert store.score_of(reference).band is QualityBand.QS3
    assert store.list_reviews(viewer="QL")[0].band is not None
    assert store.calibration.case(case).reference_id == ref
    # an incomplete reference (an error with no comment) is refused and leaves nothing behind
    other = store.create_review(header(case_reference="L7654321/001", reviewer="AB"))
    complete(store, other)
    store.calibration.mark(other, "Round 1", by="QL")
    crit = store.get_review(other, viewer="").criteria
    with pytest.raises(ReviewError, match="needs a comment"):
        store.calibration.record_reference(other, {crit[0].id: (Severity.MINOR, "")}, by="QL")
    assert store.calibration.case(other).reference_id is None
    assert store.calibration.open_reference(other) is None
    with pytest.raises(ReviewError, match="not on this case's checklist"):
        store.calibration.record_reference(other, {"ZZ9": (Severity.MINOR, "x")}, by="QL")


def test_reference_and_other_answers_are_hidden_until_ones_own_is_complete(store):
    case, ref = case_with_reference(store, {0: Severity.MINOR})
    r1 = store.calibration.start(case, "R1")
    r2 = store.calibration.start(case, "R2")
    assert store.calibration.start(case, "R1") == r1  # their open one again
    assert store.get_review(r1, viewer="R1").findings == {}  # blind: nothing carried over from the case
    for hidden in (case, ref, r2):
        with pytest.raises(BlindReview, match="calibration"):
            store.get_review(hidden, viewer="R1")
        assert hidden in store.blind_to("R1")
    # someone not yet started does not see the reference either; the quality lead sees everything
    assert ref in store.blind_to("R3")
    assert store.blind_to("QL") == set()
    with pytest.raises(BlindReview):
        store.calibration.result(case, viewer="R1")
    listed = {r.id: r for r in store.list_reviews(viewer="R1")}
    assert listed[ref].band is None and listed[case].band is None
    store.actor = "R1"
    complete(store, r1, {0: Severity.MINOR})
    store.actor = None
    # R1 is done: the reference and R2's answer open to R1, not to R2
    store.get_review(ref, viewer="R1")
    store.get_review(r2, viewer="R1")
    assert store.calibration.result(case, viewer="R1").reference.id == ref
    with pytest.raises(BlindReview):
        store.get_review(r1, viewer="R2")
    with pytest.raises(BlindReview):
        store.get_review(ref, viewer="R2")


def test_who_may_not_calibrate_on_a_case(store):
    case, _ref = case_with_reference(store)
    with pytest.raises(ReviewError, match="made the review of this case"):
        store.calibration.start(case, "AB")
    with pytest.raises(ReviewError, match="wrote the reference"):
        store.calibration.start(case, "QL")
    r1 = store.calibration.start(case, "R1")
    store.actor = "R1"
    complete(store, r1)
    with pytest.raises(ReviewError, match="already completed"):
        store.calibration.start(case, "R1")
    plain = store.create_review(header(case_reference="L5555555/001", reviewer="AB"))
    with pytest.raises(ReviewError, match="not a calibration case"):
        store.calibration.start(plain, "R2")


def test_distances_per_criterion_and_on_the_band_and_the_groups_agreement(store):
    case, ref = case_with_reference(store, {0: Severity.SIGNIFICANT})  # reference: QS3
    answers = {"R1": {0: Severity.SIGNIFICANT}, "R2": {0: Severity.MINOR}, "R3": {1: Severity.FAIL}}
    ids = {}
    for who, errors in answers.items():
        ids[who] = store.calibration.start(case, who)
        store.actor = who
        if who == "R3":
            rid = ids[who]
            from qpp_reviewer.domain import OutcomeJudgement

            complete_with_judgement = store.get_review(rid).criteria
            for i, c in enumerate(complete_with_judgement):
                sev = errors.get(i, Severity.NO_ERROR)
                store.set_finding(rid, c.id, sev)
                if sev.is_error:
                    store.set_comment(rid, c.id, "A fail.")
            store.set_outcome_judgement(rid, OutcomeJudgement.PROBABLY_CORRECT)
            store.complete_review(rid)
        else:
            complete(store, ids[who], errors)
    store.actor = None
    result = store.calibration.result(case, viewer="QL")
    assert result.reference_band is QualityBand.QS3
    by = {r.reviewer: r for r in result.reviewers}
    crit = result.reference.criteria
    assert by["R1"].matched == len(crit) and by["R1"].band_distance == 0 and by["R1"].band_match
    r2 = by["R2"].criteria
    assert (r2[0].reference, r2[0].answer, r2[0].distance, r2[0].match) == (
        Severity.SIGNIFICANT, Severity.MINOR, 1, False)
    assert by["R2"].matched == len(crit) - 1
    assert by["R2"].band is QualityBand.QS1 and by["R2"].band_distance == 2  # one minor error: QS1
    r3 = by["R3"].criteria
    assert r3[0].distance == 2 and r3[1].distance == 3  # significant vs no error; no error vs fail
    assert by["R3"].matched == len(crit) - 2
    assert by["R3"].band is QualityBand.QS4 and by["R3"].band_distance == 1
    # the group's agreement: Fleiss' kappa and AC1 from agreement.py over the case's criteria
    from qpp_reviewer.agreement import SEVERITY_ORDER, fleiss_kappa, gwet_ac1_raters

    reviews = [store.get_review(ids[w], viewer="") for w in ("R1", "R2", "R3")]
    subjects = [[r.findings[c.id].severity for r in reviews] for c in crit]
    assert result.fleiss.value == pytest.approx(fleiss_kappa(subjects, SEVERITY_ORDER).value)
    assert result.ac1.value == pytest.approx(gwet_ac1_raters(subjects, SEVERITY_ORDER).value)
    assert result.ac1.value > result.fleiss.value  # most findings "no error": kappa's paradox, AC1 beside it
    assert subjects[0] == [Severity.SIGNIFICANT, Severity.MINOR, Severity.NO_ERROR]


def test_the_report_per_criterion_per_reviewer_and_the_trend_across_rounds(store):
    case1, _ = case_with_reference(store, {0: Severity.MINOR}, "L1000001/001", "March", date(2026, 3, 2))
    case2, _ = case_with_reference(store, {0: Severity.MINOR}, "L1000002/001", "April", date(2026, 4, 6))
    # round 1: R1 misses the minor error; round 2: R1 finds it. R2 matches both times.
    for case, r1_errors in ((case1, {}), (case2, {0: Severity.MINOR})):
        for who, errors in (("R1", r1_errors), ("R2", {0: Severity.MINOR})):
            rid = store.calibration.start(case, who)
            store.actor = who
            complete(store, rid, errors)
    store.actor = None
    report = store.calibration.report(by="QL")
    assert [r.round.name for r in report.rounds] == ["March", "April"]  # by date
    assert [r.cases for r in report.rounds] == [1, 1] and report.rounds[0].reviewers == 2
    first = report.criteria[0]
    assert (first.answers, first.matched) == (4, 3)
    assert all(t.matched == t.answers == 4 for t in report.criteria[1:])
    r1 = next(t for t in report.reviewers if t.reviewer == "R1")
    assert r1.cases == 2
    (m_round, m_agr, m_cases, _m_band), (a_round, a_agr, a_cases, a_band) = r1.by_round
    assert m_round.name == "March" and a_round.name == "April"
    assert m_agr.agreed == m_agr.pairs - 1 and a_agr.agreed == a_agr.pairs
    assert a_agr.percent > m_agr.percent  # the trend
    assert r1.findings.pairs == m_agr.pairs + a_agr.pairs
    assert report.pending == ()


def test_calibration_is_never_counted(store):
    counted_before = store.create_review(header(case_reference="L9000001/001", reviewer="AB"))
    complete(store, counted_before)
    store.actor = "QL"
    assert {f.id for f in store.review_facts()} == {counted_before}
    case, ref = case_with_reference(store, {0: Severity.MINOR})
    rid = store.calibration.start(case, "R1")
    store.actor = "R1"
    complete(store, rid)
    for actor in ("QL", "R1", None):
        store.actor = actor
        assert {f.id for f in store.review_facts()} == {counted_before}
        assert sum(n for *_x, n in store.band_tally()) == 1
        assert store.figure_ids() == [counted_before]
    # taking a case out of calibration is refused once answers exist
    store.actor = None
    with pytest.raises(ReviewError, match="stays a calibration case"):
        store.calibration.unmark(case, by="QL")
    other = store.create_review(header(case_reference="L9000002/001", reviewer="AB"))
    complete(store, other)
    store.calibration.mark(other, "Round 1", by="QL")
    store.actor = "QL"
    assert other not in store.figure_ids()
    store.calibration.unmark(other, by="QL")
    assert other in store.figure_ids()


def test_migration_0017_matches_the_models(tmp_path):
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
    assert {"calibration_round", "calibration_case"} <= tables
    assert [d for d in diffs if "calibration" in repr(d)] == []


def _round_of_three(store):
    """Two rounds; three reviewers calibrate on each case; R3 misses the reference's minor error in March."""
    case1, _ = case_with_reference(store, {0: Severity.MINOR}, "L1000001/001", "March", date(2026, 3, 2))
    case2, _ = case_with_reference(store, {0: Severity.MINOR}, "L1000002/001", "April", date(2026, 4, 6))
    for case, r3 in ((case1, {}), (case2, {0: Severity.MINOR})):
        for who, errors in (("R1", {0: Severity.MINOR}), ("R2", {0: Severity.MINOR, 5: Severity.MINOR}),
                            ("R3", r3)):
            rid = store.calibration.start(case, who)
            store.actor = who
            complete(store, rid, errors)
    store.actor = None
    return case1, case2


def test_command_line_marks_records_and_reports_with_messages_for_bad_input(tmp_path, capsys):
    import subprocess

    from qpp_reviewer.cli import main

    db = tmp_path / "c.sqlite3"
    s = Store.open(db)
    s.add_profile("QL", Role.QUALITY_LEAD)
    s.add_profile("R1", Role.AUDITOR)
    case = s.create_review(header(reviewer="AB"))
    complete(s, case)
    s.close()

    def run(*argv):
        code = main(list(argv))
        out = capsys.readouterr()
        return code, out.out, out.err

    base = ["--db", str(db)]
    code, _out, err = run("--as", "R1", "calibration", "mark", case, "--round", "March", *base)
    assert code == 2 and "quality lead; R1's role here is auditor" in err and "Traceback" not in err
    code, _out, err = run("--as", "QL", "calibration", "mark", "L0000000/001", "--round", "March", *base)
    assert code == 2 and "no review with id or case reference" in err
    code, _out, err = run("--as", "QL", "calibration", "mark", case, "--round", "March", "--date", "2026-02-30",
                          *base)
    assert code == 2 and "not a real date" in err
    code, out, _err = run("--as", "QL", "calibration", "mark", "L1234567/001", "--round", "March", "--date",
                          "2026-03-02", *base)
    assert code == 0 and "calibration case in March" in out
    s = Store.open(db)
    crit = s.get_review(case, viewer="").criteria
    s.close()
    code, _out, err = run("--as", "QL", "calibration", "reference", "L1234567/001", "--set", "nonsense", *base)
    assert code == 2 and "is not C=SEVERITY" in err
    code, _out, err = run("--as", "QL", "calibration", "reference", "L1234567/001", "--set",
                          f"{crit[0].id}=huge:x", *base)
    assert code == 2 and "is not a severity" in err
    code, _out, err = run("--as", "QL", "calibration", "reference", "L1234567/001", "--set",
                          f"{crit[0].id}=minor", *base)
    assert code == 2 and "needs a comment" in err
    code, out, _err = run("--as", "QL", "calibration", "reference", "L1234567/001", "--set",
                          f"{crit[0].id}=minor:Credibility findings not reasoned", *base)
    assert code == 0 and "Recorded the reference answer" in out
    code, out, _err = run("--as", "R1", "calibration", "start", "L1234567/001", *base)
    assert code == 0 and "is open for R1" in out
    code, _out, err = run("--as", "R1", "calibration", "result", "L1234567/001", *base)
    assert code == 2 and "hidden" in err
    code, _out, err = run("--as", "QL", "calibration", "report", "--out", str(tmp_path / "r.txt"), *base)
    assert code == 2 and "should end in .pdf" in err
    code, _out, err = run("--as", "R1", "calibration", "report", *base)
    assert code == 2 and "quality lead" in err
    code, out, _err = run("--as", "QL", "calibration", "list", *base)
    assert "March (2026-03-02): 1 case" in out and "0 of 1 calibration reviews complete" in out
    pdf = tmp_path / "calibration.pdf"
    code, out, _err = run("--as", "QL", "calibration", "report", "--out", str(pdf), *base)
    assert code == 0 and pdf.exists() and "Wrote the calibration report" in out
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Calibration report" in text and "L1234567/001" in text and "No complete calibration review yet" in text


def test_the_pdf_report_of_a_round_of_three(store, tmp_path):
    import subprocess

    from qpp_reviewer.reports.calibration import calibration_pdf

    _round_of_three(store)
    out = tmp_path / "calibration.pdf"
    result = calibration_pdf(store, out, by="QL")
    assert result.pages >= 1 and result.reviews == 6
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    for phrase in ("Rounds: the group's agreement", "Reviewers: agreement with the reference", "Trend across rounds",
                   "Criteria: answers matching the reference", "Method", "Why AC1 beside kappa", "Fleiss' kappa",
                   "never counted"):
        assert phrase in text, phrase
    report = store.calibration.report(by="QL")
    r3 = next(t for t in report.reviewers if t.reviewer == "R3")
    (_m, march, _c1, _b1), (_a, april, _c2, _b2) = r3.by_round
    # the trend row of R3 in the PDF: March lower than April, as the core has it
    assert f"R3 {march.percent:.0f}% ({march.ac1.value:.2f}) {april.percent:.0f}% ({april.ac1.value:.2f})" in text
    first = report.criteria[0]
    assert (first.answers, first.matched) == (6, 5)
    assert f"{first.label} 6 5 of 6 (83%)" in text
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
                   check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5000


def test_calibration_travels_in_the_exchange_workbook_and_is_never_counted_at_the_centre(store, tmp_path):
    from openpyxl import load_workbook

    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.exchange.export import export_workbook

    counted = store.create_review(header(case_reference="L9000001/001", reviewer="AB"))
    complete(store, counted)
    case, ref = case_with_reference(store, {0: Severity.MINOR}, round_name="March", held_on=date(2026, 3, 2))
    answer = store.calibration.start(case, "R1")
    store.actor = "R1"
    complete(store, answer)
    store.actor = "QL"
    ids = store.review_ids()
    assert set(ids) == {counted, case, ref, answer}
    book = tmp_path / "laptop.xlsx"
    export_workbook(store, ids, book, "all", exported_by="QL")
    sheet = load_workbook(book, read_only=True)["Calibration"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("review_id", "round_id", "round_name") and len(rows) == 2
    assert rows[1][0] == case and rows[1][2] == "March"
    central = Store.open(tmp_path / "centre.sqlite3")
    try:
        central.add_profile("QL", Role.QUALITY_LEAD)
        central.actor = "QL"
        report = collate(central, [book])
        assert report.added == 4, report.text()
        (c,) = central.calibration.cases()
        assert (c.review_id, c.round.name, c.round.held_on, c.reference_id) == (case, "March", date(2026, 3, 2), ref)
        assert [a.review_id for a in c.answers] == [answer]
        assert central.figure_ids() == [counted]  # the centre never counts them either
        assert {f.id for f in central.review_facts()} == {counted}
        res = central.calibration.result(case, viewer="QL")
        assert res.reviewers[0].reviewer == "R1" and res.reviewers[0].criteria[0].distance == 1
        again = collate(central, [book])  # the same workbook again changes nothing
        assert again.added == 0 and len(central.calibration.cases()) == 1
    finally:
        central.close()


def test_a_calibration_sheet_that_does_not_fit_is_refused_whole(store, tmp_path):
    """Collation validates the Calibration sheet: a reference whose case is not marked anywhere is refused."""
    from openpyxl import load_workbook

    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.exchange.export import export_workbook

    case, ref = case_with_reference(store)
    store.actor = "QL"
    book = tmp_path / "partial.xlsx"
    export_workbook(store, [ref], book, "the reference alone", exported_by="QL")  # its case's mark not in it
    central = Store.open(tmp_path / "centre.sqlite3")
    try:
        # the parent is not in the file nor in the centre: refused, nothing added
        report = collate(central, [book])
        assert report.added == 0 and central.count_reviews() == 0
        assert "neither in this workbook nor in the database" in report.text()
    finally:
        central.close()
