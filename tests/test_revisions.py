"""Revisions between laptops and the centre (issue 17 items 1-2): a later copy of a review replaces
the held one, an older one changes nothing, diverged copies are a conflict a quality lead decides, and
any order of collations gives the same central database."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from qpp_reviewer.domain import QualityBand, ReviewStatus, Severity
from qpp_reviewer.exchange.collate import collate
from qpp_reviewer.exchange.export import export_workbook
from qpp_reviewer.storage.models import FindingRow, ReviewRow, UnitRow
from qpp_reviewer.storage.revisions import ReviewCopyRow, ReviewTrailRow
from qpp_reviewer.storage.store import ReviewError, Store

from tests.helpers import header


def _export(store: Store, path: Path, ids=None) -> Path:
    export_workbook(store, ids or store.review_ids(), path, "all", exported_by="AB")
    return path


def _laptop(tmp_path: Path, name="laptop") -> Store:
    store = Store.open(tmp_path / f"{name}.sqlite3")
    store.actor = "AB"
    return store


def _start(store: Store, case="L1234567/001") -> str:
    rid = store.create_review(header(case_reference=case))
    crit = store.get_review(rid).criteria
    for c in crit[:5]:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    return rid


def _finish(store: Store, rid: str, significant: bool = False) -> None:
    crit = store.get_review(rid).criteria
    for c in crit:
        if store.get_review(rid).findings.get(c.id) is None or significant and c is crit[7]:
            store.set_finding(rid, c.id, Severity.SIGNIFICANT if significant and c is crit[7] else Severity.NO_ERROR)
    if significant:
        store.set_comment(rid, crit[7].id, "Material fact not explored.")
    store.complete_review(rid)


def _central(tmp_path: Path, name="central") -> Store:
    store = Store.open(tmp_path / f"{name}.sqlite3")
    store.actor = "QL"
    return store


def test_an_in_progress_copy_then_the_complete_one_is_a_revision_that_replaces_it(tmp_path):
    laptop = _laptop(tmp_path)
    rid = _start(laptop)
    first = _export(laptop, tmp_path / "monday.xlsx")
    _finish(laptop, rid, significant=True)
    second = _export(laptop, tmp_path / "friday.xlsx")
    central = _central(tmp_path)
    r1 = collate(central, [first])
    assert r1.added == 1 and central.get_review(rid).status is ReviewStatus.IN_PROGRESS
    r2 = collate(central, [second])
    assert (r2.added, r2.revised, r2.conflicts, r2.unchanged) == (0, 1, 0, 0)
    assert "1 revised" in r2.text() and "revised: L1234567/001" in r2.text()
    held = central.get_review(rid)
    assert held.status is ReviewStatus.COMPLETE and central.score_of(held).band is QualityBand.QS3
    assert held.findings == laptop.get_review(rid).findings
    # the old copy is kept as a superseded revision; the figures count the review once, as it is now
    others = central.revisions.others(rid)
    assert [o.state for o in others] == ["superseded"] and others[0].review()["status"] == "in_progress"
    assert central.revisions.held(rid).revision == laptop_revision(laptop, rid)
    assert central.count_reviews() == 1
    # collating either file again changes nothing
    again = collate(central, [first, second])
    assert (again.added, again.revised, again.unchanged, again.stale) == (0, 0, 1, 1)
    assert "older than held" in again.text()
    assert central.get_review(rid).status is ReviewStatus.COMPLETE
    laptop.close()
    central.close()


def laptop_revision(store: Store, rid: str) -> int:
    from qpp_reviewer.storage.audit import AuditEntryRow

    with store._session() as s:
        return len(s.execute(select(AuditEntryRow.seq).where(AuditEntryRow.review_id == rid)).all())


def test_a_stale_file_collated_late_changes_nothing_and_is_reported(tmp_path):
    laptop = _laptop(tmp_path)
    rid = _start(laptop)
    old = _export(laptop, tmp_path / "old.xlsx")
    _finish(laptop, rid)
    new = _export(laptop, tmp_path / "new.xlsx")
    central = _central(tmp_path)
    collate(central, [new])
    report = collate(central, [old])
    assert (report.added, report.revised, report.stale, report.conflicts) == (0, 0, 1, 0)
    assert "is older than the held revision" in report.text()
    assert central.get_review(rid).status is ReviewStatus.COMPLETE
    assert [o.state for o in central.revisions.others(rid)] == ["superseded"]


def _diverged(tmp_path: Path) -> tuple[Path, Path, str]:
    """One review copied to two laptops at the same revision, then changed differently on each."""
    a = _laptop(tmp_path, "a")
    rid = _start(a)
    a.close()
    shutil.copyfile(tmp_path / "a.sqlite3", tmp_path / "b.sqlite3")
    a, b = _laptop(tmp_path, "a"), _laptop(tmp_path, "b")
    _finish(a, rid, significant=True)
    _finish(b, rid, significant=False)
    pa, pb = _export(a, tmp_path / "a.xlsx"), _export(b, tmp_path / "b.xlsx")
    a.close()
    b.close()
    return pa, pb, rid


def test_diverged_copies_are_both_kept_and_a_quality_lead_chooses_with_a_reason(tmp_path):
    pa, pb, rid = _diverged(tmp_path)
    central = _central(tmp_path)
    collate(central, [pa])
    report = collate(central, [pb])
    assert report.conflicts == 1 and "has diverged" in report.text() and "a quality lead chooses" in report.text()
    assert central.revisions.conflicts() == [rid]
    held = central.revisions.held(rid)
    (other,) = central.revisions.others(rid)
    assert other.state == "diverged"
    with pytest.raises(ReviewError, match="reason"):
        central.revisions.resolve(rid, other.head, "", "QL")
    central.revisions.resolve(rid, other.head, "Agreed with both reviewers by phone: no error on 3.2.", "QL")
    assert central.revisions.conflicts() == []
    assert central.revisions.held(rid).head == other.head
    assert [o.state for o in central.revisions.others(rid)] == ["set_aside"]
    assert central.revisions.others(rid)[0].head == held.head
    assert central.score_of(central.get_review(rid)).band.value == other.review()["band"]
    assert any(e.action == "conflict_resolved" for e in central.history(rid))
    # the set-aside copy collated again changes nothing
    again = collate(central, [pa, pb])
    assert again.unchanged == 2 and central.revisions.conflicts() == []
    with pytest.raises(ReviewError, match="no conflicting copies"):
        central.revisions.resolve(rid, held.head, "Again.", "QL")


def test_a_revision_of_a_review_in_a_signed_off_batch_unsigns_the_batch(tmp_path):
    laptop = _laptop(tmp_path)
    rid = _start(laptop)
    _finish(laptop, rid)
    first = _export(laptop, tmp_path / "first.xlsx")
    laptop.reopen_review(rid, "The decision maker's reply showed 3.2 was answered in the letter.")
    laptop.set_finding(rid, laptop.get_review(rid).criteria[3].id, Severity.MINOR)
    laptop.set_comment(rid, laptop.get_review(rid).criteria[3].id, "Minor wording.")
    laptop.complete_review(rid)
    second = _export(laptop, tmp_path / "second.xlsx")
    central = _central(tmp_path)
    collate(central, [first])
    bid = central.create_batch("Glasgow - routine sample - Oct 2025", "", "QL")
    central.add_to_batch(bid, [rid])
    central.sign_off_batch(bid, "QL")
    report = collate(central, [second])
    assert report.revised == 1 and "batch no longer signed off: Glasgow" in report.text()
    assert central.find_batch("Glasgow - routine sample - Oct 2025").signed_off is False


# -- order does not matter ---------------------------------------------------------------------------

def _state(store: Store) -> dict:
    """The central database's content, row by row, without what depends on when or from which file a
    copy was collated (import times, file names, local ids)."""
    with store._session() as s:
        units = dict(s.execute(select(UnitRow.id, UnitRow.name)).all())
        reviews = sorted(
            tuple((k, v) for k, v in sorted(vars(r).items()) if not k.startswith("_") and k not in (
                "source_file", "imported_at", "unit_id")) + (("unit", units[r.unit_id]),)
            for r in s.execute(select(ReviewRow)).scalars())
        findings = sorted((f.review_id, f.criterion_id, f.severity, f.comment, f.updated_at)
                          for f in s.execute(select(FindingRow)).scalars())
        trails = sorted((t.review_id, t.revision, t.head, t.digests, t.conflict)
                        for t in s.execute(select(ReviewTrailRow)).scalars())
        copies = sorted((c.review_id, c.revision, c.head, c.digests, c.state, c.content)
                        for c in s.execute(select(ReviewCopyRow)).scalars())
    return {"reviews": reviews, "findings": findings, "trails": trails, "copies": copies}


STEP = st.sampled_from(["finding", "comment", "complete", "reopen", "new", "export"])


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(histories=st.lists(st.lists(STEP, min_size=3, max_size=7), min_size=2, max_size=3),
       order=st.randoms(use_true_random=False), repeats=st.integers(0, 3))
def test_any_order_of_collations_gives_the_same_central_database(tmp_path_factory, histories, order, repeats):
    """Two or three laptops (copies of one database, so they share some reviews) edit, export at random
    moments, and the centre collates every workbook in two random orders with repeats: both centres end
    identical row by row; and without diverged copies each review held is its newest revision."""
    tmp = tmp_path_factory.mktemp("orders")
    base = _laptop(tmp, "base")
    shared = _start(base, "S0000001/001")
    base.close()
    files: list[Path] = []
    latest: dict[str, tuple[int, str]] = {}  # review -> (revision, laptop) of its newest copy
    for n, steps in enumerate(histories):
        shutil.copyfile(tmp / "base.sqlite3", tmp / f"l{n}.sqlite3")
        lap = _laptop(tmp, f"l{n}")
        mine = [shared]
        for i, step in enumerate(steps):
            rid = mine[-1]
            review = lap.get_review(rid)
            crit = review.criteria
            try:
                if step == "new":
                    mine.append(_start(lap, f"N{n}{i:06d}/001"))
                elif step == "finding" and review.status is ReviewStatus.IN_PROGRESS:
                    lap.set_finding(rid, crit[(i * 7 + n) % len(crit)].id, [Severity.NO_ERROR, Severity.MINOR][i % 2])
                elif step == "comment" and review.status is ReviewStatus.IN_PROGRESS:
                    lap.set_comment(rid, crit[i % len(crit)].id, f"laptop {n} note {i}")
                elif step == "complete" and review.status is ReviewStatus.IN_PROGRESS:
                    _finish(lap, rid)
                elif step == "reopen" and review.status is ReviewStatus.COMPLETE:
                    lap.reopen_review(rid, f"Reopened on laptop {n} at step {i}.")
                elif step == "export":
                    files.append(_export(lap, tmp / f"l{n}-{i}.xlsx"))
            except ReviewError:
                pass
        files.append(_export(lap, tmp / f"l{n}-end.xlsx"))
        lap.close()
    runs = []
    for k in range(2):
        shuffled = files + [order.choice(files) for _ in range(repeats)]
        order.shuffle(shuffled)
        central = _central(tmp, f"c{k}")
        for f in shuffled:  # one workbook per run, as files arrive over weeks
            report = collate(central, [f])
            assert report.rejected == 0, report.text()
        runs.append(_state(central))
        if k == 0:
            conflicts = central.revisions.conflicts()
            for rid in set(central.review_ids()) - set(conflicts):
                others = central.revisions.others(rid)
                held = central.revisions.held(rid)
                assert all(o.state == "superseded" and o.revision < held.revision for o in others)
        central.close()
    assert runs[0] == runs[1]


def test_the_command_line_lists_conflicts_and_keeps_a_copy(tmp_path, capsys):
    from qpp_reviewer import cli

    pa, pb, rid = _diverged(tmp_path)
    db = str(tmp_path / "central.sqlite3")
    assert cli.main(["collate", "--db", db, str(pa), str(pb)]) in (0, 1)
    capsys.readouterr()
    assert cli.main(["conflicts", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "1 review(s) in conflict" in out and out.count("DIVERGED") == 1 and "HELD" in out
    diverged = next(line for line in out.splitlines() if "DIVERGED" in line).split("head ")[1].split()[0]
    assert cli.main(["conflicts", "keep", "--db", db, rid, "zzzz", "--reason", "Agreed by phone."]) != 0
    assert "No copy of review" in capsys.readouterr().err
    assert cli.main(["conflicts", "keep", "--db", db, rid, diverged, "--reason", "Agreed by phone."]) == 0
    assert f"head {diverged}" in capsys.readouterr().out
    assert cli.main(["conflicts", "--db", db]) == 0
    assert "No review has conflicting copies" in capsys.readouterr().out
    assert cli.main(["revisions", "--db", db, rid]) == 0
    out = capsys.readouterr().out
    assert "HELD" in out and "set aside" in out and diverged in out.split("HELD")[1].splitlines()[0]
