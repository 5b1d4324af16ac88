"""Backups (issue 15 item 12): a kill during a backup leaves no readable-by-others or half backup; listing
backups leaves no -wal/-shm beside them; rotation takes a backup's companions with it."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from pathlib import Path

from qpp_reviewer.cli import main
from qpp_reviewer.storage.db import backup_sqlite, check_backup, list_backups, restore_backup
from qpp_reviewer.storage.store import Store

from .helpers import header


def _db(tmp_path: Path, n: int = 40) -> Path:
    db = tmp_path / "r.sqlite3"
    s = Store.open(db)
    for i in range(n):
        s.create_review(header(case_reference=f"L{2000000 + i}/001"))
    s.close()
    con = sqlite3.connect(db)  # bulk, so that a backup takes long enough to be killed in the middle
    con.execute("CREATE TABLE IF NOT EXISTS ballast(x)")
    con.executemany("INSERT INTO ballast VALUES (?)", [(os.urandom(3000),) for _ in range(3000)])
    con.commit()
    con.close()
    return db


def test_a_killed_backup_leaves_no_half_or_open_backup(tmp_path):
    db = _db(tmp_path)
    folder = tmp_path / "backups"
    rng = random.Random(5)
    for _ in range(15):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            try:
                backup_sqlite(db, "start", keep=100)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    for f in folder.iterdir():
        assert f.stat().st_mode & 0o077 == 0, f  # nothing readable by others, ever
    for b in list_backups(db):  # a backup under its name is whole
        assert check_backup(b) == 40
    before = set(folder.iterdir())
    # the next backup removes what killed ones left, once they are old enough not to be running
    for f in before:
        if f.name.endswith(".part"):
            os.utime(f, (time.time() - 3600, time.time() - 3600))
    backup_sqlite(db, "start", keep=100)
    assert not [f for f in folder.iterdir() if f.name.startswith(".")]


def test_listing_and_checking_backups_leaves_nothing_beside_them(tmp_path, capsys):
    db = _db(tmp_path, 3)
    for i in range(3):  # a change each time: an unchanged database is not backed up again (test_start_backup)
        s = Store.open(db, backup_on_open=True)
        s.add_unit(f"Unit {i}")
        s.close()
    folder = tmp_path / "backups"
    names = {f.name for f in folder.iterdir()}
    assert main(["restore", "--db", str(db)]) == 0
    assert capsys.readouterr().out.count("3 reviews") == 3
    for b in list_backups(db):
        check_backup(b)
        con = sqlite3.connect(b)
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # a plain file to read
        con.close()
    assert {f.name for f in folder.iterdir()} == names  # no -wal, no -shm
    # an old-style backup in WAL mode is read without leaving -wal/-shm either
    old = folder / "r-20200101T000000000000Z-start.sqlite3"
    src, dst = sqlite3.connect(list_backups(db)[1]), sqlite3.connect(old)
    src.backup(dst)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.close()
    src.close()
    assert not Path(str(old) + "-wal").exists()
    names = {f.name for f in folder.iterdir()}
    assert main(["restore", "--db", str(db)]) == 0
    capsys.readouterr()
    assert {f.name for f in folder.iterdir()} == names


def test_rotation_removes_a_backups_wal_and_shm(tmp_path):
    db = _db(tmp_path, 2)
    first = backup_sqlite(db, "start", keep=2)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(first) + suffix).write_bytes(b"")
    backup_sqlite(db, "start", keep=2)
    backup_sqlite(db, "start", keep=2)
    left = sorted(f.name for f in (tmp_path / "backups").iterdir())
    assert first.name not in left
    assert not [n for n in left if n.startswith(first.name)], left
    assert len(left) == 2


def test_restore_reads_the_backup_without_touching_it(tmp_path):
    db = _db(tmp_path, 2)
    b = backup_sqlite(db, "start")
    os.chmod(b, 0o400)  # a backup nobody may change is still restored
    s = Store.open(db)
    s.create_review(header(case_reference="G9999999/001"))
    s.close()
    restore_backup(db, b)
    assert sorted(f.name for f in (tmp_path / "backups").iterdir() if not f.name.endswith("pre-restore.sqlite3")) \
        == [b.name]
    s = Store.open(db, create=False)
    assert s.count_reviews() == 2
    s.close()
