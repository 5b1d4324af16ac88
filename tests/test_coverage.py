"""Coverage against sampling targets (issue 20 item 3), checked by hand-worked examples with a fixed clock."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from qpp_reviewer.coverage import coverage_figures, coverage_text, import_population
from qpp_reviewer.domain import Product, Role, Severity, Stream
from qpp_reviewer.storage.coverage import CoverageError
from qpp_reviewer.storage.store import ReviewFilter, Store

from .helpers import header

OCT, NOV = date(2026, 10, 5), date(2026, 11, 5)


def complete(store: Store, rid: str) -> str:
    for c in store.get_review(rid).criteria:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    store.complete_review(rid)
    return rid


def review(store, n, unit="Glasgow", product=Product.DECISION, day=OCT, stream=Stream.ROUTINE, done=True):
    extra = {} if product is Product.DECISION else {"outcome": None}
    rid = store.create_review(header(case_reference=f"L{1000000 + n}/001", unit=unit, product=product,
                                     product_date=day, stream=stream, **extra))
    return complete(store, rid) if done else rid


@pytest.fixture
def store(tmp_path):
    st = Store.open(tmp_path / "c.sqlite3")
    st.actor = "AB"
    # population: Glasgow decisions Oct 100, Nov 150, interviews Oct 50; London decisions Oct 200
    st.coverage.set_population({("Glasgow", "decision", "2026-10"): 100, ("Glasgow", "decision", "2026-11"): 150,
                                ("Glasgow", "interview", "2026-10"): 50, ("London", "decision", "2026-10"): 200},
                               "entered")
    review(st, 1), review(st, 2)  # Glasgow Oct: 2 routine decisions of 100: 2.0%, met
    review(st, 3, done=False)  # in progress: not done
    review(st, 4, stream=Stream.SPOE)  # done, not routine
    review(st, 5, day=NOV), review(st, 6, day=NOV)  # Glasgow Nov: 2 of 150: 1.33%, not met
    review(st, 7, stream=Stream.SECONDARY)  # Glasgow Oct: secondary assurance
    for n in (8, 9, 10):
        review(st, n, unit="London")  # London Oct: 3 of 200: 1.5%, not met
    yield st
    st.close()


def test_per_unit_and_month_by_hand(store):
    today = date.today()
    f = coverage_figures(store, today=today)
    rows = {(r.unit, r.period): r for r in f.rows}
    assert set(rows) == {("Glasgow", "2026-10"), ("Glasgow", "2026-11"), ("London", "2026-10")}
    g = rows[("Glasgow", "2026-10")]
    assert g.population == {"decision": 100, "interview": 50}
    assert g.reviews == {"decision": {"routine": 2, "spoe": 1, "secondary": 1}}
    assert (g.routine("decision"), g.rate("decision"), g.met("decision")) == (2, 0.02, True)
    assert (g.routine("interview"), g.rate("interview"), g.met("interview")) == (0, 0.0, False)
    assert g.secondary == 1
    n = rows[("Glasgow", "2026-11")]
    assert (n.rate("decision"), n.met("decision"), n.met("interview")) == (2 / 150, False, None)
    lo = rows[("London", "2026-10")]
    assert (lo.rate("decision"), lo.met("decision"), lo.secondary) == (0.015, False, 0)
    # as of today: Glasgow had its secondary assurance today, London never
    overdue = {o.unit: o.last for o in f.overdue}
    assert "Glasgow" not in overdue and overdue["London"] is None
    # seventy days on, Glasgow's is older than two months
    later = coverage_figures(store, today=today + timedelta(days=70))
    assert {o.unit: o.last for o in later.overdue}["Glasgow"] == today


def test_by_quarter_sums_months_and_a_changed_target_changes_met(store):
    f = coverage_figures(store, by="quarter", today=date(2026, 12, 1))
    g = next(r for r in f.rows if r.unit == "Glasgow")
    assert (g.period, g.population["decision"], g.routine("decision")) == ("2026-Q4", 250, 4)
    assert g.met("decision") is False  # 1.6% < 2%
    store.add_profile("Lead", Role.QUALITY_LEAD)
    store.coverage.set_target("decision_rate", 0.015, by="Lead")
    g = next(r for r in coverage_figures(store, by="quarter").rows if r.unit == "Glasgow")
    assert g.met("decision") is True  # 1.6% >= 1.5%
    lo = next(r for r in coverage_figures(store, by="quarter").rows if r.unit == "London")
    assert lo.met("decision") is True  # exactly 1.5%


def test_an_assurance_check_is_secondary_assurance_and_the_selection_narrows_the_population(store):
    london = store.list_reviews(ReviewFilter(unit="London"))[0].id
    check = store.request_second_review(london, "Senior", kind="assurance")
    store.actor = "Senior"
    complete(store, check)
    f = coverage_figures(store, today=date.today())
    assert "London" not in {o.unit for o in f.overdue}
    assert next(r for r in f.rows if r.unit == "London").secondary == 1
    # the assurance check is not a review done: the stream counts stay the counted reviews'
    assert next(r for r in f.rows if r.unit == "London").reviews == {"decision": {"routine": 3}}
    only = coverage_figures(store, ReviewFilter(unit="Glasgow", date_from=date(2026, 11, 1)), today=date.today())
    assert [(r.unit, r.period, r.population) for r in only.rows] == [("Glasgow", "2026-11", {"decision": 150})]
    assert only.units_checked == ["Glasgow"]


def test_the_window_of_secondary_assurance_is_the_same_day_n_months_back(store):
    assert coverage_figures(store, today=date(2026, 12, 4)).since == date(2026, 10, 4)
    assert coverage_figures(store, today=date(2027, 4, 30)).since == date(2027, 2, 28)
    assert coverage_figures(store, today=date(2027, 1, 31)).since == date(2026, 11, 30)


def test_text_shows_the_figures(store):
    text = coverage_text(coverage_figures(store, today=date(2027, 3, 1)))
    assert "2026-10            Glasgow                        100       2   2.0%           met" in text
    assert "NOT MET" in text and "no population" in text
    assert "London: none recorded" in text and "Glasgow: latest" in text


def test_population_imported_from_a_case_list(store, tmp_path):
    path = tmp_path / "cases.csv"
    lines = ["Case Ref,DMU,Type,Decision,Date of decision"]
    lines += [f"L{2000000 + i}/001,Stoke,decision,refusal,{1 + i % 28:02d}/09/2026" for i in range(40)]
    lines += [f"L{3000000 + i}/001,stoke,interview,,15/08/2026" for i in range(7)]
    path.write_text("\n".join(lines) + "\n")
    counts = import_population(store, path, today=date(2026, 12, 1))
    assert counts == {("Stoke", "decision", "2026-09"): 40, ("Stoke", "interview", "2026-08"): 7}
    assert store.coverage.population()[("Stoke", "decision", "2026-09")] == 40
    bad = tmp_path / "bad.csv"
    bad.write_text("Case Ref,DMU,Type,Date of decision\nL1/001,Atlantis,decision,01/09/2026\n")
    with pytest.raises(CoverageError, match="Atlantis"):
        import_population(store, bad, today=date(2026, 12, 1))
