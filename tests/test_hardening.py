"""Faults: killed processes, a second instance, backups and restore, private files."""

import os
import random
import signal
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest

from qpp_reviewer.cli import main
from qpp_reviewer.demo import fill_demo
from qpp_reviewer.domain import Severity
from qpp_reviewer.storage.db import DatabaseError, list_backups, make_engine, restore_backup
from qpp_reviewer.storage.lock import DatabaseInUse, DatabaseLock
from qpp_reviewer.storage.store import Store

from .helpers import header

CRASH_ITERATIONS = int(os.environ.get("QPP_CRASH_ITERATIONS", "200"))
SEVERITIES = [Severity.NO_ERROR, Severity.MINOR, Severity.SIGNIFICANT, Severity.NOT_APPLICABLE, Severity.FAIL]


def _child_record(path: Path, rid: str, crit: list[str], seed: int, fd: int) -> None:
    """In a forked child: record findings as fast as possible, acknowledging each save."""
    try:
        store = Store(make_engine(path))
        store._load_templates()
        rng = random.Random(seed)
        seq = 0
        os.write(fd, b"ready\n")
        while True:
            cid = rng.choice(crit)
            sev = rng.choice(SEVERITIES)
            os.write(fd, f"try {cid} {sev.value}\n".encode())
            store.set_finding(rid, cid, sev)
            os.write(fd, f"ack {cid} {sev.value}\n".encode())
            seq += 1
    finally:
        os._exit(0)


def test_killed_while_recording_loses_no_acknowledged_finding(tmp_path):
    path = tmp_path / "crash.sqlite3"
    store = Store.open(path)
    rid = store.create_review(header())
    crit = [c.id for c in store.get_review(rid).criteria]
    store.close()
    rng = random.Random(20251123)
    total_acks = 0
    mid_stream = 0  # kills that landed after at least one acknowledged save
    for i in range(CRASH_ITERATIONS):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            _child_record(path, rid, crit, i, w)
        os.close(w)
        lines = b""
        # kill while saving, not while starting up: wait for a first acknowledged save (or
        # for the child to be ready, every fifth time), then a random moment after it
        wanted = b"ready" if i % 5 == 0 else b"ack"
        while wanted not in lines:
            chunk = os.read(r, 65536)
            if not chunk:
                break
            lines += chunk
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        while chunk := os.read(r, 65536):
            lines += chunk
        os.close(r)
        acked: dict[str, str] = {}
        in_flight: dict[str, str] = {}
        mid_stream += b"ack" in lines
        for line in lines.decode().splitlines():
            parts = line.split()
            if len(parts) != 3:
                continue  # a line cut by the kill
            kind, cid, sev = parts
            if kind == "ack":
                acked[cid] = sev
                in_flight.pop(cid, None)
                total_acks += 1
            else:
                in_flight[cid] = sev
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"iteration {i}"
        stored = dict(con.execute("SELECT criterion_id, severity FROM finding WHERE review_id=?", (rid,)))
        con.close()
        for cid, sev in acked.items():
            assert stored.get(cid) in (sev, in_flight.get(cid)), (i, cid, sev, stored.get(cid))
    print(f"{CRASH_ITERATIONS} kills ({mid_stream} after a save), {total_acks} acknowledged saves checked")
    assert mid_stream > CRASH_ITERATIONS // 3  # the kills really landed while saving
    # and the app's way of opening it still works, with a consistent band
    store = Store.open(path, lock=True, backup_on_open=True)
    review = store.get_review(rid)
    row = store.list_reviews()[0]
    assert row.band == store.score_of(review).band
    store.close()


def test_killed_during_export_leaves_no_half_workbook(tmp_path):
    store = Store.open(tmp_path / "e.sqlite3")
    fill_demo(store, 300, seed=3, today=date(2025, 11, 1))
    store.close()
    target = tmp_path / "out.xlsx"
    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.exchange.export import export_workbook, select_reviews

    outcomes = set()
    for i in range(6):
        pid = os.fork()
        if pid == 0:
            try:
                s = Store(make_engine(tmp_path / "e.sqlite3"))
                s._load_templates()
                ids, label = select_reviews(s)
                export_workbook(s, ids, target, label)
            finally:
                os._exit(0)
        time.sleep(0.15 * (i + 1))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if target.exists():
            outcomes.add("complete")
            central = Store.open(tmp_path / f"c{i}.sqlite3")
            report = collate(central, [target])
            assert report.rejected == 0, report.text()  # whatever is under the name is whole
            central.close()
            target.unlink()
        else:
            outcomes.add("absent")
    assert "absent" in outcomes  # at least one kill landed mid-export


def test_killed_during_migration_leaves_the_database_usable(tmp_path):
    from alembic import command

    from qpp_reviewer.storage import db

    for i in range(8):
        path = tmp_path / f"m{i}.sqlite3"
        engine = db.make_engine(path)
        command.upgrade(db._alembic_config(engine), "0001")
        engine.dispose()
        con = sqlite3.connect(path)
        con.executescript("""
            INSERT INTO unit(id, name, active) VALUES (1, 'Glasgow', 1);
            INSERT INTO checklist_template VALUES ('qpp-decision', 1, 'decision', 'T', '');
            INSERT INTO criterion VALUES ('qpp-decision', 1, '1.1', 0, '1', 'S', 'A', 'Q?', '', NULL, NULL);
            INSERT INTO review VALUES ('r1', 'L1234567/001', 1, 'decision', 'refusal', '2025-10-03',
                'DM1', 'routine', 'AB', 'qpp-decision', 1, NULL, 'in_progress', NULL, 'x',
                0, 1, 0, 0, 0, 0, '2025-10-04 10:00:00', '2025-10-04 10:00:00', NULL);
            INSERT INTO finding VALUES ('f1', 'r1', '1.1', 'minor', 'kept', '2025-10-04 10:00:00');
        """)
        con.commit()
        con.close()
        pid = os.fork()
        if pid == 0:
            try:
                Store.open(path).close()
            finally:
                os._exit(0)
        time.sleep(0.01 + 0.03 * i)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
        store = Store.open(path)  # finishes (or redoes) the upgrade
        assert store.get_review("r1").findings["1.1"].comment == "kept"
        store.close()


def test_second_writer_is_told_the_database_is_in_use(tmp_path, capsys):
    path = tmp_path / "l.sqlite3"
    first = Store.open(path, lock=True)
    with pytest.raises(DatabaseInUse, match="in use"):
        Store.open(path, lock=True)
    with pytest.raises(SystemExit):
        main(["demo", "--db", str(path), "--reviews", "3"])
    assert "in use" in capsys.readouterr().err
    reader = Store.open(path)  # reading (summary, export) is still allowed
    assert reader.count_reviews() == 0
    reader.close()
    first.close()
    Store.open(path, lock=True).close()


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path):
    path = tmp_path / "l.sqlite3"
    pid = os.fork()
    if pid == 0:
        DatabaseLock(path).acquire()
        os._exit(0)  # dies holding the lock
    os.waitpid(pid, 0)
    assert (tmp_path / "l.sqlite3.lock").exists()
    Store.open(path, lock=True).close()
    assert not (tmp_path / "l.sqlite3.lock").exists()


def test_rolling_backups_and_restore(tmp_path, capsys):
    path = tmp_path / "b.sqlite3"
    s = Store.open(path, backup_on_open=True)
    a = s.create_review(header())
    s.close()
    for i in range(5):  # a change each time: an unchanged database is not backed up again (test_start_backup)
        s = Store.open(path, backup_on_open=True, backups_kept=3)
        s.add_unit(f"Unit {i}")
        s.close()
    backups = list_backups(path)
    assert len(backups) == 3
    assert all(b.stat().st_mode & 0o077 == 0 for b in backups)
    s = Store.open(path)
    b = s.create_review(header(case_reference="G2222222/001"))
    s.close()
    assert main(["restore", "--db", str(path)]) == 0
    assert "1 reviews" in capsys.readouterr().out
    assert main(["restore", "--db", str(path), "newest"]) == 0
    s = Store.open(path)
    assert [r.id for r in s.list_reviews()] == [a]
    s.close()
    # what it held before the restore is itself kept
    safety = [p for p in list_backups(path) if "pre-restore" in p.name]
    con = sqlite3.connect(safety[0])
    assert {r[0] for r in con.execute("SELECT id FROM review")} == {a, b}
    con.close()
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a backup" * 50)
    with pytest.raises(DatabaseError):
        restore_backup(path, junk)
    assert main(["restore", "--db", str(path), str(tmp_path / "nope.sqlite3")]) == 2


def test_restore_refused_while_the_app_has_the_database(tmp_path, capsys):
    path = tmp_path / "b.sqlite3"
    Store.open(path, backup_on_open=True).close()
    Store.open(path, backup_on_open=True).close()
    held = Store.open(path, lock=True)
    assert main(["restore", "--db", str(path), "newest"]) == 2
    assert "in use" in capsys.readouterr().err
    held.close()


def test_private_files(tmp_path, monkeypatch):
    monkeypatch.setenv("QPP_DATA_DIR", str(tmp_path / "data"))
    from qpp_reviewer.paths import data_dir, log_dir

    assert data_dir().stat().st_mode & 0o077 == 0
    assert log_dir().stat().st_mode & 0o077 == 0
    s = Store.open(data_dir() / "r.sqlite3", backup_on_open=True)
    s.close()
    Store.open(data_dir() / "r.sqlite3", backup_on_open=True).close()
    for f in [data_dir() / "r.sqlite3", *list_backups(data_dir() / "r.sqlite3")]:
        assert f.stat().st_mode & 0o077 == 0, f
