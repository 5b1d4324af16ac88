"""One definition of which reviews count, on every surface (issue 20 item 6): the error themes of the
dashboard and the command line, of the period PDF and of a report built from facts count the same reviews
as the band figures; second reviews and assurance checks are about the reviewing, not the case."""

from __future__ import annotations

from qpp_reviewer.domain import Severity
from qpp_reviewer.reports.batch import batch_report_data
from qpp_reviewer.storage.store import Store
from qpp_reviewer.themes import error_themes, themes_for_facts

from tests.helpers import header


def _complete(store: Store, rid: str, errors: dict[int, Severity]) -> None:
    crit = store.get_review(rid).criteria
    for i, c in enumerate(crit):
        sev = errors.get(i, Severity.NO_ERROR)
        store.set_finding(rid, c.id, sev)
        if sev is not Severity.NO_ERROR:
            store.set_comment(rid, c.id, "An error.")
    store.complete_review(rid)


def test_themes_count_the_reviews_the_band_figures_count(tmp_path):
    store = Store.open(tmp_path / "c.sqlite3")
    store.actor = "AB"
    first = store.create_review(header(case_reference="L1000001/001", reviewer="AB"))
    _complete(store, first, {2: Severity.MINOR})
    other = store.create_review(header(case_reference="L1000002/001", reviewer="AB"))
    _complete(store, other, {4: Severity.SIGNIFICANT})
    # a second review and an assurance check with errors of their own, on other criteria
    store.actor = "CD"
    second = store.request_second_review(first, "CD")
    _complete(store, second, {6: Severity.SIGNIFICANT, 7: Severity.MINOR})
    assurance = store.request_second_review(other, "EF", kind="assurance")
    store.actor = "EF"
    crit = store.get_review(assurance).criteria
    for c in crit:
        store.set_finding(assurance, c.id, Severity.SIGNIFICANT if c is crit[0] else Severity.NO_ERROR)
    store.set_comment(assurance, crit[0].id, "The reviewer missed a point.")
    store.complete_review(assurance)
    store.actor = "QL"

    def key(themes):
        return sorted((t.template_id, t.criterion_id, t.minor, t.significant, t.fail, t.assessed) for t in themes)

    dashboard = key(error_themes(store))
    pdf = key(batch_report_data(store, None).themes)
    facts = store.review_facts()
    from_facts = key(themes_for_facts(store, facts))
    assert dashboard == pdf == from_facts
    assert {f.id for f in facts} == {first, other}  # the band figures' reviews
    criteria = store.get_review(first).criteria
    errors = {(t[1], t[2], t[3]) for t in dashboard if t[2] or t[3]}
    assert errors == {(criteria[2].id, 1, 0), (criteria[4].id, 0, 1)}  # nothing from the second or assurance
    assert all(t[5] == 2 for t in dashboard)  # every criterion assessed on the two first reviews only
    store.close()


def test_a_calibration_case_changes_no_figure_on_any_surface(tmp_path, capsys):
    """Dashboard (band tally and error themes), `qpp-reviewer summary` and the period PDF give the same figures
    with and without a calibration case: the case, its reference and the calibration reviews never count."""
    import re
    import subprocess
    from datetime import date, datetime

    from qpp_reviewer.cli import main
    from qpp_reviewer.domain import Role
    from qpp_reviewer.reports.batch import batch_pdf
    from qpp_reviewer.statistics import count_by_month

    db = tmp_path / "c.sqlite3"
    store = Store.open(db)
    store.add_profile("QL", Role.QUALITY_LEAD)
    store.actor = "AB"
    counted = []
    for i, errors in enumerate(({}, {2: Severity.MINOR}, {4: Severity.SIGNIFICANT})):
        rid = store.create_review(header(case_reference=f"L100000{i}/001", reviewer="AB"))
        _complete(store, rid, errors)
        counted.append(rid)
    case = store.create_review(header(case_reference="L2000000/001", reviewer="AB"))
    _complete(store, case, {3: Severity.SIGNIFICANT})

    def surfaces(name):
        store.actor = "QL"
        overall, months = count_by_month(store.band_tally())
        dashboard = ({b.value: n for b, n in overall.counts.items()}, overall.excluded,
                     [(k, dict(c.counts)) for k, c in months], sorted(
                         (t.criterion_id, t.minor, t.significant, t.fail, t.assessed) for t in error_themes(store)))
        data = batch_report_data(store, None)
        pdf_data = ({b.value: n for b, n in data.overall.counts.items()}, data.overall.excluded)
        out = tmp_path / f"{name}.pdf"
        batch_pdf(store, None, out, generated_at=datetime(2026, 1, 1))
        text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        cells = re.findall(r"QS[1-5] \d+", text)
        store.close()
        assert main(["summary", "--db", str(db)]) == 0
        summary = capsys.readouterr().out
        return dashboard, pdf_data, cells, summary

    # without the calibration case the case itself counts; note the figures with it and its neighbours
    store.actor = "AB"
    with_case_counted = surfaces("counted")
    store = Store.open(db)
    # the same reviews, the case marked for calibration, with a reference and two calibration reviews
    store.calibration.mark(case, "Round 1", by="QL", held_on=date(2026, 3, 2))
    store.calibration.record_reference(case, {}, by="QL")
    for who in ("R1", "R2"):
        rid = store.calibration.start(case, who)
        store.actor = who
        _complete(store, rid, {0: Severity.SIGNIFICANT} if who == "R1" else {1: Severity.MINOR})
    marked = surfaces("marked")
    store = Store.open(db)
    # and the same database with the case (and everything made of it) gone: the figures of `marked`
    store.actor = "QL"
    assert sorted(f.id for f in store.review_facts()) == sorted(counted)
    from qpp_reviewer.storage.models import ReviewRow

    with store._session.begin() as s:
        for row in s.query(ReviewRow).filter(ReviewRow.id.not_in(counted)).all():
            s.delete(row)
    without = surfaces("without")
    assert marked == without
    assert marked != with_case_counted  # the case counted before it was marked: the comparison can fail
    dashboard, pdf_data, cells, summary = marked
    assert cells and cells != with_case_counted[2]  # the PDF shows the counts, and would show the case
    assert dashboard[0] == pdf_data[0] and sum(dashboard[0].values()) == 3
    assert "QS1" in summary
