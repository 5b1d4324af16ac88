"""The store: saving as changes are made, the band that cannot drift, the rules."""

import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from qpp_reviewer.domain import OutcomeJudgement, Product, QualityBand, ReviewStatus, Severity, Stream
from qpp_reviewer.scoring import score
from qpp_reviewer.storage.db import APPLICATION_ID, DatabaseError
from qpp_reviewer.storage.store import ReviewError, ReviewFilter, ReviewLocked, Store, validate_header

from .helpers import header


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "reviews.sqlite3")
    yield s
    s.close()


def schema_head():
    from alembic.script import ScriptDirectory

    from qpp_reviewer.storage import db

    return ScriptDirectory(str(db.MIGRATIONS)).get_current_head()


def stored_row(store, review_id):
    con = sqlite3.connect(store.location)
    try:
        return con.execute(
            "SELECT band, band_reason, n_minor, n_significant, n_fail, n_not_applicable, status "
            "FROM review WHERE id=?", (review_id,)
        ).fetchone()
    finally:
        con.close()


def test_new_database_is_ours_with_wal_and_foreign_keys(store):
    con = sqlite3.connect(store.location)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema_head()
    con.close()
    with store.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_shipped_templates_are_installed(store):
    interview = store.latest_template(Product.INTERVIEW)
    decision = store.latest_template(Product.DECISION)
    assert 15 <= len(interview.criteria) <= 30 and 15 <= len(decision.criteria) <= 30
    for t in (interview, decision):
        policies = {c.special_policy for c in t.criteria if c.special_policy}
        assert len(policies) == 3, f"{t.key} lacks a special-policy criterion of each kind"


def test_review_records_template_and_keeps_it(store):
    rid = store.create_review(header())
    r = store.get_review(rid)
    assert (r.template.id, r.template.version) == ("qpp-decision", 1)
    assert all(c.applies(r.header.outcome) for c in r.criteria)
    assert len(r.id) == 36 and r.status is ReviewStatus.IN_PROGRESS


def test_decision_criteria_depend_on_outcome(store):
    grant = store.get_review(store.create_review(header(outcome=__import__("qpp_reviewer").domain.Outcome.GRANT)))
    refusal = store.get_review(store.create_review(header()))
    assert {c.id for c in grant.criteria} != {c.id for c in refusal.criteria}


def test_findings_are_saved_as_made_and_survive_reopening(tmp_path):
    path = tmp_path / "r.sqlite3"
    s = Store.open(path)
    rid = s.create_review(header())
    crit = s.get_review(rid).criteria
    s.set_finding(rid, crit[0].id, Severity.MINOR)
    s.set_comment(rid, crit[0].id, "Record slightly unclear.")
    s.set_finding(rid, crit[1].id, Severity.NO_ERROR)
    s.close()
    s2 = Store.open(path)
    r = s2.get_review(rid)
    assert r.findings[crit[0].id].severity is Severity.MINOR
    assert r.findings[crit[0].id].comment == "Record slightly unclear."
    assert r.findings[crit[1].id].severity is Severity.NO_ERROR
    s2.close()


def test_band_progression_and_stored_band(store):
    rid = store.create_review(header())
    crit = [c for c in store.get_review(rid).criteria if c.special_policy is None]
    for c in store.get_review(rid).criteria:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    assert stored_row(store, rid)[0] == "QS1"
    n = len(store.get_review(rid).criteria)
    k = -(-n // 5)  # smallest count reaching 20%
    for c in crit[:k]:
        result = store.set_finding(rid, c.id, Severity.MINOR)
    assert result.band is QualityBand.QS2 and stored_row(store, rid)[0] == "QS2"
    result = store.set_finding(rid, crit[k].id, Severity.SIGNIFICANT)
    assert result.band is QualityBand.QS3 and stored_row(store, rid)[0] == "QS3"
    result = store.set_finding(rid, crit[k + 1].id, Severity.FAIL)
    assert result.band is None and result.needs_outcome_judgement
    assert stored_row(store, rid)[0] is None
    assert store.set_outcome_judgement(rid, OutcomeJudgement.PROBABLY_CORRECT).band is QualityBand.QS4
    assert store.set_outcome_judgement(rid, OutcomeJudgement.PROBABLY_WRONG).band is QualityBand.QS5
    assert stored_row(store, rid)[0] == "QS5"


def test_special_policy_fail_is_qs5_without_judgement(store):
    rid = store.create_review(header())
    special = next(c for c in store.get_review(rid).criteria if c.special_policy)
    result = store.set_finding(rid, special.id, Severity.FAIL)
    assert result.band is QualityBand.QS5 and not result.needs_outcome_judgement


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(st.tuples(st.integers(0, 40), st.sampled_from(list(Severity) + [None, "judge"]),
                              st.sampled_from(list(OutcomeJudgement) + [None])), max_size=30))
def test_stored_band_never_drifts_from_findings(store, ops):
    """After any sequence of changes, the stored band is score() of the stored findings."""
    rid = store.create_review(header())
    crit = store.get_review(rid).criteria
    for idx, sev, judgement in ops:
        if sev == "judge":
            store.set_outcome_judgement(rid, judgement)
        else:
            store.set_finding(rid, crit[idx % len(crit)].id, sev)
    r = store.get_review(rid)
    expected = score(r.criteria, {k: f.severity for k, f in r.findings.items()}, r.outcome_judgement)
    band, reason, minor, sig, fail, na, _ = stored_row(store, rid)
    assert band == (expected.band.value if expected.band else None)
    assert (reason, minor, sig, fail, na) == (
        expected.reason, expected.minor, expected.significant, expected.fail, expected.not_applicable)


def complete_all(store, rid, sev=Severity.NO_ERROR):
    for c in store.get_review(rid).criteria:
        store.set_finding(rid, c.id, sev)


def test_completion_needs_every_finding_and_comments(store):
    rid = store.create_review(header())
    crit = store.get_review(rid).criteria
    with pytest.raises(ReviewError, match="no finding yet"):
        store.complete_review(rid)
    complete_all(store, rid)
    store.set_finding(rid, crit[2].id, Severity.SIGNIFICANT)
    with pytest.raises(ReviewError, match="needs a comment"):
        store.complete_review(rid)
    store.set_comment(rid, crit[2].id, "Material fact not explored.")
    result = store.complete_review(rid)
    assert result.band is QualityBand.QS3
    assert store.get_review(rid).status is ReviewStatus.COMPLETE


def test_completion_needs_outcome_judgement_for_a_fail(store):
    rid = store.create_review(header())
    complete_all(store, rid)
    c = next(c for c in store.get_review(rid).criteria if not c.special_policy)
    store.set_finding(rid, c.id, Severity.FAIL)
    store.set_comment(rid, c.id, "Wrong standard of proof.")
    with pytest.raises(ReviewError, match="judgement of the outcome"):
        store.complete_review(rid)
    store.set_outcome_judgement(rid, OutcomeJudgement.PROBABLY_WRONG)
    assert store.complete_review(rid).band is QualityBand.QS5


def test_all_not_applicable_cannot_be_completed(store):
    rid = store.create_review(header())
    complete_all(store, rid, Severity.NOT_APPLICABLE)
    with pytest.raises(ReviewError, match="not all 'not applicable'"):
        store.complete_review(rid)


def test_complete_review_is_locked_until_reopened_with_reason(store):
    rid = store.create_review(header())
    complete_all(store, rid)
    store.complete_review(rid)
    first = store.get_review(rid).criteria[0].id
    with pytest.raises(ReviewLocked):
        store.set_finding(rid, first, Severity.MINOR)
    with pytest.raises(ReviewLocked):
        store.set_comment(rid, first, "x")
    with pytest.raises(ReviewError, match="reason"):
        store.reopen_review(rid, "  ")
    store.reopen_review(rid, "Second reviewer found a missed error", by="CD")
    store.set_finding(rid, first, Severity.MINOR)
    events = [(e.kind, e.by, e.detail) for e in store.get_review(rid).events]
    assert events[-1] == ("reopened", "CD", "Second reviewer found a missed error")
    assert [e[0] for e in events] == ["created", "completed", "reopened"]


def test_validation_of_header():
    units = ["Glasgow"]
    today = date(2025, 11, 1)
    assert validate_header(header(), units, today) == {}
    p = validate_header(header(case_reference=" ", unit="Atlantis", product_date=today + timedelta(days=1),
                               decision_maker="Jane Smith", reviewer=""), units, today)
    assert set(p) == {"case_reference", "unit", "product_date", "decision_maker", "reviewer"}
    assert "in the future" in p["product_date"]
    assert "not a known unit" in p["unit"]
    assert "no spaces" in p["decision_maker"]
    assert "digits" in validate_header(header(case_reference="Smith"), units, today)["case_reference"]
    assert "outcome" in validate_header(header(outcome=None), units, today)
    assert "outcome" in validate_header(header(product=Product.INTERVIEW), units, today)


def test_create_refuses_invalid_header(store):
    with pytest.raises(ReviewError, match="not a known unit"):
        store.create_review(header(unit="Atlantis"))
    assert store.count_reviews() == 0


def test_units_can_be_extended_without_duplicates(store):
    assert "Glasgow" in store.units()
    assert store.add_unit("  Cardiff   Asylum ") == "Cardiff Asylum"
    with pytest.raises(ReviewError, match="already"):
        store.add_unit("cardiff asylum")
    with pytest.raises(ReviewError):
        store.add_unit("")
    store.create_review(header(unit="Cardiff Asylum"))


def test_list_filters(store):
    a = store.create_review(header())
    b = store.create_review(header(case_reference="G7654321/002", unit="London", product=Product.INTERVIEW,
                                   outcome=None, stream=Stream.SPOE, reviewer="CD",
                                   product_date=date(2024, 1, 5)))
    complete_all(store, b)
    store.complete_review(b)
    ids = lambda **kw: {r.id for r in store.list_reviews(ReviewFilter(**kw))}
    assert ids() == {a, b}
    assert ids(unit="London") == {b}
    assert ids(product=Product.DECISION) == {a}
    assert ids(stream=Stream.SPOE) == {b}
    assert ids(band=QualityBand.QS1) == {b}
    assert ids(status=ReviewStatus.IN_PROGRESS) == {a}
    assert ids(reviewer="AB") == {a}
    assert ids(date_from=date(2025, 1, 1)) == {a}
    assert ids(date_to=date(2024, 12, 31)) == {b}
    assert ids(text="7654") == {b}


def test_foreign_and_damaged_files_are_refused_untouched(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_bytes(b"not a database at all" * 10)
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    for path in (text, other):
        before = path.read_bytes()
        with pytest.raises(DatabaseError, match="has not been changed"):
            Store.open(path)
        assert path.read_bytes() == before
    with pytest.raises(DatabaseError, match="folder"):
        Store.open(tmp_path)


def test_failed_migration_leaves_database_usable_and_backed_up(tmp_path):
    path = tmp_path / "r.sqlite3"
    s = Store.open(path)
    rid = s.create_review(header())
    s.close()
    from alembic import command

    from qpp_reviewer.storage import db

    # Pretend the schema predates every migration: the upgrade will then collide with
    # the existing tables half-way, as a faulty migration would.
    engine = db.make_engine(path)
    command.stamp(db._alembic_config(engine), "base")
    engine.dispose()
    with pytest.raises(DatabaseError, match="left as it was"):
        Store.open(path)
    backups = list((tmp_path / "backups").glob("r-*-pre-migration.sqlite3"))
    assert len(backups) == 1
    for f in (backups[0], path):
        con = sqlite3.connect(f)
        assert con.execute("SELECT id FROM review").fetchone()[0] == rid
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
    assert backups[0].stat().st_mode & 0o077 == 0


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "r.sqlite3"
    Store.open(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        Store.open(path)
    assert path.read_bytes() == before


def test_database_file_is_private(tmp_path):
    s = Store.open(tmp_path / "p.sqlite3")
    s.close()
    assert (tmp_path / "p.sqlite3").stat().st_mode & 0o077 == 0


def test_upgrading_an_old_database_keeps_every_finding(tmp_path):
    """A 0001 database with data is migrated to the newest schema without losing rows
    (SQLite rebuilds altered tables; a cascade must not fire)."""
    from alembic import command

    from qpp_reviewer.storage import db

    path = tmp_path / "old.sqlite3"
    engine = db.make_engine(path)
    command.upgrade(db._alembic_config(engine), "0001")
    engine.dispose()
    con = sqlite3.connect(path)  # data as version 0001 of the app wrote it
    con.executescript("""
        INSERT INTO unit(id, name, active) VALUES (1, 'Glasgow', 1);
        INSERT INTO checklist_template VALUES ('qpp-decision', 1, 'decision', 'T', '');
        INSERT INTO criterion VALUES ('qpp-decision', 1, '1.1', 0, '1', 'S', 'A', 'Q?', '', NULL, NULL);
        INSERT INTO review VALUES ('r1', 'L1234567/001', 1, 'decision', 'refusal', '2025-10-03',
            'DM1', 'routine', 'AB', 'qpp-decision', 1, NULL, 'complete', 'QS2', 'x',
            0, 1, 0, 0, 0, 0, '2025-10-04 10:00:00', '2025-10-04 10:00:00', '2025-10-04 10:00:00');
        INSERT INTO finding VALUES ('f1', 'r1', '1.1', 'minor', 'kept', '2025-10-04 10:00:00');
        INSERT INTO review_event(review_id, at, kind, by, detail)
            VALUES ('r1', '2025-10-04 10:00:00', 'completed', 'AB', '');
    """)
    con.commit()
    con.close()
    s2 = Store.open(path)
    r = s2.get_review("r1")
    assert r.findings["1.1"].comment == "kept" and r.findings["1.1"].severity is Severity.MINOR
    assert [e.kind for e in r.events] == ["completed"]
    assert len(list((tmp_path / "backups").glob("old-*"))) == 1
    s2.close()


def test_comments_are_stored_with_plain_line_ends_and_no_control_characters(store):
    rid = store.create_review(header())
    cid = store.get_review(rid).criteria[0].id
    store.set_comment(rid, cid, "line one\r\nline two\rthree\x07\x00 end\tok")
    assert store.get_review(rid).findings[cid].comment == "line one\nline two\nthree end\tok"


def test_findings_of_a_review_are_found_through_an_index(store):
    """The finding table keeps no index of review_id alone (migration 0005): the unique
    (review_id, criterion_id) index must still answer "the findings of this review"."""
    con = sqlite3.connect(store.location)
    plan = " ".join(r[-1] for r in con.execute("EXPLAIN QUERY PLAN SELECT * FROM finding WHERE review_id = 'x'"))
    con.close()
    assert "USING INDEX" in plan and "SCAN" not in plan, plan


def test_schema_head_constant_is_alembics_head():
    from qpp_reviewer.storage import db

    assert db.SCHEMA_HEAD == schema_head(), "a migration was added: update SCHEMA_HEAD in storage/db.py"


def test_opening_a_current_database_does_not_load_alembic(tmp_path):
    """Alembic is imported only to migrate: an up-to-date database opens without it (start-up time)."""
    import subprocess
    import sys

    path = tmp_path / "c.sqlite3"
    Store.open(path).close()
    code = ("import sys; from qpp_reviewer.storage.store import Store; s = Store.open(sys.argv[1]); "
            "s.close(); print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
