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
