"""Work sessions and coverage tables in the database (issue 20 items 3-4)."""

from __future__ import annotations

from datetime import datetime

import pytest

from qpp_reviewer.storage.coverage import CoverageError
from qpp_reviewer.storage.store import Store

from .helpers import header


@pytest.fixture
def store(tmp_path):
    st = Store.open(tmp_path / "w.sqlite3")
    st.actor = "AB"
    yield st
    st.close()


def test_a_session_written_again_replaces_its_seconds_and_a_review_sums_its_sessions(store):
    rid = store.create_review(header(reviewer="AB"))
    t = datetime(2026, 12, 1, 9, 0)
    store.worktime.record("s1", rid, "AB", t, 60)
    store.worktime.record("s1", rid, "AB", t, 125.4)  # the same session, later: replaced, not added
    store.worktime.record("s2", rid, "CD", datetime(2026, 12, 2, 9, 0), 300)
    assert store.worktime.seconds(rid) == 425
    assert [(x.id, x.reviewer, x.active_seconds) for x in store.worktime.sessions([rid])] == [
        ("s1", "AB", 125), ("s2", "CD", 300)]
    store.delete_review(rid, by="AB", reason="entered against the wrong case")
    assert store.worktime.sessions() == []


def test_targets_default_set_by_a_quality_lead_and_checked(store):
    from qpp_reviewer.domain import Role

    t = store.coverage.targets()
    assert (t.decision_rate, t.interview_rate, t.secondary_months) == (0.02, 0.02, 2)
    store.add_profile("Lead", Role.QUALITY_LEAD)
    store.add_profile("Spec", Role.TECH_SPEC)
    store.coverage.set_target("decision_rate", 0.035, by="Lead")
    assert store.coverage.targets().decision_rate == 0.035
    with pytest.raises(CoverageError, match="quality lead"):
        store.coverage.set_target("decision_rate", 0.05, by="Spec")
    with pytest.raises(CoverageError, match="at most 100%"):
        store.coverage.set_target("interview_rate", 2, by="Lead")
    with pytest.raises(CoverageError, match="whole"):
        store.coverage.set_target("secondary_months", 1.5, by="Lead")
    assert store.coverage.targets().decision_rate == 0.035


def test_population_replaces_the_same_cell_and_refuses_bad_cells(store):
    unit = store.units()[0]
    assert store.coverage.set_population({(unit, "decision", "2026-10"): 400}, "oct.csv") == 1
    assert store.coverage.set_population({(unit.upper(), "decision", "2026-10"): 450}, "entered") == 1
    assert store.coverage.set_population({(unit, "decision", "2026-10"): 450}, "entered") == 0
    assert store.coverage.population() == {(unit, "decision", "2026-10"): 450}
    for bad, message in (({("Nowhere", "decision", "2026-10"): 1}, "not a unit"),
                         ({(unit, "assurance", "2026-10"): 1}, "interviews or of decisions"),
                         ({(unit, "decision", "2026-13"): 1}, "not a month"),
                         ({(unit, "decision", "2026-10"): -1}, "whole number")):
        with pytest.raises(CoverageError, match=message):
            store.coverage.set_population(bad, "entered")
    assert store.coverage.population() == {(unit, "decision", "2026-10"): 450}


def test_migration_0014_matches_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from qpp_reviewer.storage.models import Base

    s = Store.open(tmp_path / "m.sqlite3")
    try:
        with s.engine.connect() as con:
            diffs = compare_metadata(MigrationContext.configure(con), Base.metadata)
    finally:
        s.close()
    assert [d for d in diffs if any(n in repr(d) for n in ("work_session", "coverage_"))] == []
