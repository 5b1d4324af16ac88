"""The start-up backup is not made again of a database unchanged since its newest backup (issue 21: a
start of a large database no longer copies it whole every time), and is made as soon as anything changed."""

from __future__ import annotations

import subprocess
import sys

from qpp_reviewer.storage.db import check_backup, list_backups
from qpp_reviewer.storage.store import Store

from .helpers import header


def _open_close(db, change: bool = False) -> None:
    s = Store.open(db, lock=True, backup_on_open=True)
    s.actor = "AB"
    if change:
        s.create_review(header())
    s.close()


def test_an_unchanged_database_is_not_backed_up_again_a_changed_one_is(tmp_path):
    db = tmp_path / "reviews.sqlite3"
    _open_close(db, change=True)  # new: nothing to back up yet
    _open_close(db)
    first = list_backups(db)
    assert len(first) == 1 and check_backup(first[0]) == 1
    _open_close(db)
    _open_close(db)
    assert list_backups(db) == first  # the same content: no second copy of it
    _open_close(db, change=True)  # a second review
    _open_close(db)
    now = list_backups(db)
    assert len(now) == 2 and check_backup(now[0]) == 2  # the change is in the newest backup


def test_a_database_left_with_its_write_ahead_log_is_backed_up(tmp_path):
    db = tmp_path / "reviews.sqlite3"
    _open_close(db, change=True)
    _open_close(db)
    assert len(list_backups(db)) == 1
    # a process killed after committing a change, still in the write-ahead log: the file itself unchanged
    code = ("import os, sqlite3, sys\n"
            "con = sqlite3.connect(sys.argv[1]); con.execute('PRAGMA journal_mode=WAL')\n"
            "con.execute(\"UPDATE unit SET name = name || ' (renamed)'\"); con.commit(); os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(db)], check=True, timeout=60)
    assert db.with_name(db.name + "-wal").stat().st_size > 0
    _open_close(db)
    now = list_backups(db)
    assert len(now) == 2
    import sqlite3

    con = sqlite3.connect(now[0])
    try:
        assert all(name.endswith(" (renamed)") for (name,) in con.execute("SELECT name FROM unit"))
    finally:
        con.close()


def test_another_databases_backups_do_not_count(tmp_path):
    db = tmp_path / "reviews.sqlite3"
    other = tmp_path / "reviews-2.sqlite3"  # its backups match reviews-*.sqlite3 too
    _open_close(db, change=True)
    _open_close(other, change=True)
    _open_close(other)
    _open_close(db)
    assert len([b for b in list_backups(db) if b.name.startswith("reviews-2-")]) == 1
    assert len([b for b in list_backups(db) if not b.name.startswith("reviews-2-")]) == 1
