"""The centre remembers each database's trail (issue 16 item 4): an export carries its database's
id and chain head; a later export whose chain does not begin with what was collated before (a history
rewritten, or a copy of the database used elsewhere) is refused; an older export collated late is
read and reported; a database restored from a backup is a new branch with a new id."""

from __future__ import annotations

import shutil
from pathlib import Path

from python_calamine import CalamineWorkbook

from qpp_reviewer.domain import Severity
from qpp_reviewer.exchange.collate import collate
from qpp_reviewer.exchange.export import export_workbook
from qpp_reviewer.storage import db as storage_db
from qpp_reviewer.storage.store import Store

from tests.helpers import header


def _laptop(path: Path) -> Store:
    store = Store.open(path)
    store.actor = "AB"
    return store


def _export(store: Store, path: Path) -> Path:
    export_workbook(store, store.review_ids(), path, "all", exported_by="AB")
    return path


def _about(path: Path) -> dict:
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("About").to_python()
    return {r[0]: r[1] for r in rows if r and r[0]}


def _edit(store: Store, n: int) -> None:
    rid = store.review_ids()[0]
    crit = store.get_review(rid).criteria
    store.set_comment(rid, crit[n % len(crit)].id, f"note {n}")


def _started(tmp_path: Path) -> Store:
    lap = _laptop(tmp_path / "laptop.sqlite3")
    rid = lap.create_review(header(case_reference="S1234567/001"))
    lap.set_finding(rid, lap.get_review(rid).criteria[0].id, Severity.MINOR)
    return lap


def test_an_export_names_its_database_and_the_head_of_its_chain(tmp_path):
    lap = _started(tmp_path)
    about = _about(_export(lap, tmp_path / "a.xlsx"))
    again = _about(_export(lap, tmp_path / "b.xlsx"))
    assert len(about["database_id"]) == 36 and about["database_id"] == again["database_id"]
    with lap._session() as s:
        from qpp_reviewer.storage import seal

        entries, head = seal.head(s)
    assert int(about["audit_entries"]) == entries and about["audit_head"] == head
    (tmp_path / "x").mkdir()
    other = _started(tmp_path / "x")
    assert _about(_export(other, tmp_path / "c.xlsx"))["database_id"] != about["database_id"]
    lap.close()
    other.close()


def test_a_copy_of_the_database_used_elsewhere_is_refused_after_the_original(tmp_path):
    lap = _started(tmp_path)
    _export(lap, tmp_path / "first.xlsx")  # the database gets its id
    lap.close()
    shutil.copyfile(tmp_path / "laptop.sqlite3", tmp_path / "twin.sqlite3")
    lap, twin = _laptop(tmp_path / "laptop.sqlite3"), _laptop(tmp_path / "twin.sqlite3")
    _edit(lap, 1)
    _edit(twin, 2)
    mine, theirs = _export(lap, tmp_path / "mine.xlsx"), _export(twin, tmp_path / "theirs.xlsx")
    lap.close()
    twin.close()

    central = Store.open(tmp_path / "central.sqlite3")
    assert collate(central, [tmp_path / "first.xlsx", mine]).rejected == 0
    report = collate(central, [theirs])
    assert report.rejected == 1
    text = report.text()
    assert "no longer contains the" in text and "entry" in text and "exported by AB" in text
    assert "mine.xlsx" in text  # what it was compared with
    central.close()


def test_an_older_export_collated_late_is_read_and_reported(tmp_path):
    lap = _started(tmp_path)
    old = _export(lap, tmp_path / "old.xlsx")
    _edit(lap, 3)
    new = _export(lap, tmp_path / "new.xlsx")
    lap.close()
    central = Store.open(tmp_path / "central.sqlite3")
    assert collate(central, [new]).rejected == 0
    report = collate(central, [old])
    assert report.rejected == 0
    assert "an older export of database" in report.text()
    assert central.revisions.held(central.review_ids()[0]).revision > 2  # the newer copy is still held
    central.close()


def test_a_rewritten_history_is_refused(tmp_path):
    """The reviewer rewrites their own trail by the documented rules (and seals it with their own key):
    the laptop cannot tell, the centre can."""
    import sqlite3
    from datetime import datetime

    from qpp_reviewer.storage import audit

    lap = _started(tmp_path)
    _export(lap, tmp_path / "before.xlsx")
    lap.close()
    central = Store.open(tmp_path / "central.sqlite3")
    assert collate(central, [tmp_path / "before.xlsx"]).rejected == 0
    with sqlite3.connect(tmp_path / "laptop.sqlite3") as db:
        prev = audit.GENESIS
        for seq, at, actor, rid, action, field, old, new in db.execute(
                "SELECT seq, at, actor, review_id, action, field, old, new FROM audit_entry ORDER BY seq").fetchall():
            if action == "finding":
                new = "no_error"
                db.execute("UPDATE finding SET severity='no_error' WHERE criterion_id=?", (field,))
            digest = audit.payload_digest(seq, datetime.fromisoformat(at), actor, rid, action, field, old or "",
                                          new or "")
            h = audit.link_hash(prev, digest)
            db.execute("UPDATE audit_entry SET new=?, payload_sha256=?, prev_hash=?, hash=? WHERE seq=?",
                       (new, digest, prev, h, seq))
            prev = h
        db.execute("DELETE FROM audit_checkpoint")
    lap = _laptop(tmp_path / "laptop.sqlite3")
    _edit(lap, 4)
    report = collate(central, [_export(lap, tmp_path / "after.xlsx")])
    lap.close()
    assert report.rejected == 1 and "Its history was rewritten" in report.text()
    central.close()


def test_a_database_restored_from_a_backup_is_a_new_branch(tmp_path):
    lap = _started(tmp_path)
    lap.close()
    backup = storage_db.backup_sqlite(tmp_path / "laptop.sqlite3", "manual", required=True)
    lap = _laptop(tmp_path / "laptop.sqlite3")
    _edit(lap, 5)
    first = _export(lap, tmp_path / "first.xlsx")
    lap.close()
    storage_db.restore_backup(tmp_path / "laptop.sqlite3", backup)
    lap = _laptop(tmp_path / "laptop.sqlite3")
    _edit(lap, 6)
    second = _export(lap, tmp_path / "second.xlsx")
    lap.close()
    assert _about(first)["database_id"] != _about(second)["database_id"]
    central = Store.open(tmp_path / "central.sqlite3")
    report = collate(central, [first, second])
    assert report.rejected == 0, report.text()
    central.close()
