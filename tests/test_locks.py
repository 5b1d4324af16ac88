"""The database's lock (issue 15 item 11): race-free takeover, any lock-file content, clear refusals,
read-only files and folders."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
from pathlib import Path

import pytest

from qpp_reviewer.cli import main
from qpp_reviewer.storage.db import DatabaseError
from qpp_reviewer.storage.lock import DatabaseInUse, DatabaseLock
from qpp_reviewer.storage.store import Store

HOST = socket.gethostname()


def _dead_pid() -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


def _code(argv) -> int:
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2


@pytest.fixture()
def db(tmp_path) -> Path:
    path = tmp_path / "r.sqlite3"
    Store.open(path).close()
    return path


def test_two_processes_racing_for_a_stale_lock_never_both_get_it(tmp_path):
    """200 rounds: a lock file left by a dead process, two processes released at the same instant to take it."""
    path = tmp_path / "race.sqlite3"
    lock_file = tmp_path / "race.sqlite3.lock"
    stale = json.dumps({"pid": _dead_pid(), "host": HOST, "since": time.time() - 60, "purpose": "crashed"})
    both = 0
    wins = 0
    start = time.monotonic()
    for _ in range(200):
        lock_file.write_text(stale)
        go_r, go_w = os.pipe()
        done_r, done_w = os.pipe()
        res_r, res_w = os.pipe()
        kids = []
        for _k in range(2):
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the child
                os.close(go_w)
                os.close(done_w)
                os.read(go_r, 1)  # both start together
                try:
                    DatabaseLock(path).acquire()
                    got = b"1"
                except DatabaseInUse:
                    got = b"0"
                except BaseException:
                    got = b"E"
                os.write(res_w, got)
                os.read(done_r, 1)  # hold it until the parent has both answers
                os._exit(0)
            kids.append(pid)
        os.close(go_r)
        os.close(done_r)
        os.close(res_w)
        os.close(go_w)  # EOF: go
        answers = b""
        while len(answers) < 2:
            chunk = os.read(res_r, 2)
            if not chunk:
                break
            answers += chunk
        os.close(res_r)
        os.close(done_w)
        for pid in kids:
            os.waitpid(pid, 0)
        assert b"E" not in answers
        assert answers.count(b"1") >= 1, "nobody took a stale lock"
        both += answers.count(b"1") == 2
        wins += 1
    assert both == 0, f"two owners in {both} of 200 rounds"
    assert time.monotonic() - start < 30


@pytest.mark.parametrize("content", [
    b"", b"   ", b"abc", b"[1, 2, 3]", b"null", b"42", b'"text"', b'{"pid": "x"}',
    b'{"pid": 99999999999999999999999, "host": "HOST"}', b'{"pid": -1, "host": "HOST"}',
    b'{"pid": 1, "host": "HOST"}', b'{"pid": 0}', b'{"pid": 3.5, "since": "nope"}',
    b'{"since": 1e400, "host": "HOST"}', b"\xff\xfe\x00garbage", b"[" * 5000, b'{"host": ["a"]}',
    b'{"pid": true, "host": null, "purpose": {"x": 1}}', b"x" * 100_000,
], ids=lambda c: repr(c[:24]))
def test_any_content_of_an_unheld_lock_file_is_taken_over(db, content):
    """Whatever a lock nobody holds says (a live pid of this host included), it is taken over, never a crash."""
    lock = db.with_name(db.name + ".lock")
    lock.write_bytes(content.replace(b"HOST", HOST.encode()))
    held = DatabaseLock(db).acquire()
    record = json.loads(lock.read_text())
    assert record["pid"] == os.getpid() and record["host"] == HOST
    held.release()
    assert not lock.exists()


def test_a_folder_where_the_lock_file_goes_is_a_clear_refusal(db, capsys):
    (db.with_name(db.name + ".lock")).mkdir()
    with pytest.raises(DatabaseInUse, match="is a folder"):
        DatabaseLock(db).acquire()
    assert _code(["batch", "--db", str(db), "create", "B"]) == 2
    err = capsys.readouterr().err
    assert "is a folder" in err and "Move that folder away" in err


def test_a_lock_held_by_another_running_program_says_who_since_when_and_what_to_do(db, capsys):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(r)
        lock = DatabaseLock(db).acquire(purpose="QPP Reviewer")
        os.write(w, b"1")
        time.sleep(30)
        lock.release()
        os._exit(0)
    os.close(w)
    assert os.read(r, 1) == b"1"
    try:
        with pytest.raises(DatabaseInUse) as exc:
            DatabaseLock(db).acquire()
        message = str(exc.value)
        assert f"process {pid}" in message and HOST in message and "since" in message
        assert "Close it there" in message
        assert _code(["batch", "--db", str(db), "create", "B"]) == 2
        assert f"process {pid}" in capsys.readouterr().err
        # the holder's record, even rewritten as garbage, does not break the lock or the message
        db.with_name(db.name + ".lock").write_bytes(b"[[[")
        with pytest.raises(DatabaseInUse, match="in use by"):
            DatabaseLock(db).acquire()
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    DatabaseLock(db).acquire().release()  # the kernel let go when it died


def test_a_lock_naming_another_computer_is_refused_with_the_way_to_take_over(db, capsys):
    lock = db.with_name(db.name + ".lock")
    lock.write_text(json.dumps({"pid": 4242, "host": "laptop-17", "since": time.time() - 3600,
                                "purpose": "QPP Reviewer"}))
    with pytest.raises(DatabaseInUse) as exc:
        DatabaseLock(db).acquire()
    assert "laptop-17" in str(exc.value) and "qpp-reviewer unlock --db" in str(exc.value)
    assert _code(["demo", "--db", str(db), "--reviews", "1"]) == 2
    assert "laptop-17" in capsys.readouterr().err
    assert _code(["unlock", "--db", str(db)]) == 0
    assert "Took over" in capsys.readouterr().out
    assert not lock.exists()
    assert _code(["demo", "--db", str(db), "--reviews", "1"]) == 0


def test_unlock_never_takes_a_lock_a_running_program_holds(db, capsys):
    held = DatabaseLock(db).acquire()
    try:
        assert _code(["unlock", "--db", str(db)]) == 2
        assert "in use" in capsys.readouterr().err
    finally:
        held.release()
    assert _code(["unlock", "--db", str(tmp := db.with_name("nope.sqlite3"))]) == 2
    assert not tmp.exists()


def test_a_read_only_database_file_is_refused_clearly_and_left_alone(db, capsys):
    os.chmod(db, 0o444)
    before = sorted(p.name for p in db.parent.iterdir())
    for argv in (["list", "--db", str(db)], ["batch", "--db", str(db), "create", "B"],
                 ["demo", "--db", str(db), "--reviews", "1"], ["verify", "--db", str(db)]):
        assert _code(argv) == 2
        err = capsys.readouterr().err
        assert "the database file is read-only" in err and "Traceback" not in err, err
    with pytest.raises(DatabaseError, match="read-only"):
        Store.open(db)
    assert sorted(p.name for p in db.parent.iterdir()) == before  # no -wal/-shm (0444), no lock left
    os.chmod(db, 0o600)


def test_a_read_only_database_folder_is_refused_clearly(db, capsys, monkeypatch):
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == db.parent and mode & os.W_OK
                        else real(p, mode, **kw))
    assert _code(["list", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "the database folder is read-only" in err
    assert not Path(str(db) + "-wal").exists()


def test_a_lock_in_a_folder_that_cannot_be_written_is_a_message(tmp_path):
    import errno

    lock = DatabaseLock(tmp_path / "x.sqlite3")
    real = os.open

    def refuse(path, flags, mode=0o777, **kw):
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real(path, flags, mode, **kw)

    os.open = refuse
    try:
        with pytest.raises(DatabaseInUse, match="read-only"):
            lock.acquire()
    finally:
        os.open = real


def test_a_full_disk_while_writing_the_lock_leaves_no_empty_lock_file(db, monkeypatch):
    import errno

    real = os.write

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(DatabaseInUse, match="disk is full"):
        DatabaseLock(db).acquire()
    monkeypatch.setattr(os, "write", real)
    assert not db.with_name(db.name + ".lock").exists()
