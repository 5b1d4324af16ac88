"""Bad command-line input: a clear message and a non-zero exit, never a traceback, never a stray file.

Issue 15 items 9 and 13: a read command on a mistyped path makes no database; odd paths, odd bytes
and absurd numbers are refused with a sentence saying what is wrong and what to do.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from qpp_reviewer.cli import main
from qpp_reviewer.storage.store import Store

from .helpers import header

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*argv, cwd=None, env=None, timeout=60) -> subprocess.CompletedProcess:
    """The command in its own process, as a person runs it (argv may hold undecodable bytes)."""
    e = dict(os.environ, **(env or {}))
    e["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "qpp_reviewer", *argv], cwd=cwd, env=e,
                          capture_output=True, timeout=timeout)


def exit_code(argv) -> int:
    """main()'s exit code, whether it returns it or raises SystemExit."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2


def files(folder: Path) -> set[str]:
    """Every name under ``folder``, but the per-user data folder of the test (QPP_DATA_DIR)."""
    return {p.name for p in folder.rglob("*") if "userdata" not in p.relative_to(folder).parts}


_made: dict[int, bytes] = {}


def good_db(tmp_path: Path, n: int = 3) -> Path:
    """A database with n reviews (made once per n, then copied: opening a store costs a third of a second)."""
    db = tmp_path / "good.sqlite3"
    if n not in _made:
        s = Store.open(db)
        for i in range(n):
            s.create_review(header(case_reference=f"L{1000000 + i}/001"))
        s.close()
        _made[n] = db.read_bytes()
    else:
        fd = os.open(db, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(_made[n])
    return db


# -- item 9: a read command on a path with no database makes none -------------------------------------

READ_COMMANDS = [
    ["list"],
    ["verify"],
    ["history", "--all"],
    ["summary"],
    ["summary", "--by", "unit", "--format", "csv"],
    ["agreement"],
    ["export", "--all", "-o", "OUT/x.xlsx"],
    ["batch", "list"],
    ["batch", "create", "B1"],
    ["template", "list"],
    ["sample-rounds"],
    ["report", "batch", "-o", "OUT/r.pdf"],
    ["restore"],
    ["restore", "newest"],
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c))
def test_a_command_on_a_mistyped_path_makes_no_database(tmp_path, capsys, command):
    (tmp_path / "OUT").mkdir()
    typo = tmp_path / "reveiws.sqlite3"
    argv = [a.replace("OUT", str(tmp_path / "OUT")) for a in command]
    before = files(tmp_path)
    code = exit_code(argv[:1] + ["--db", str(typo)] + argv[1:]) if argv[0] not in ("batch", "template", "report") \
        else exit_code([argv[0], "--db", str(typo)] + argv[1:]) if argv[0] != "template" \
        else exit_code(argv + ["--db", str(typo)])
    err = capsys.readouterr().err
    assert code != 0
    assert "no database at" in err and str(typo) in err and "--db" in err, err
    assert files(tmp_path) == before  # no database, no lock file, no -wal, no output


def test_a_command_in_a_folder_that_does_not_exist_says_so(tmp_path, capsys):
    code = exit_code(["list", "--db", str(tmp_path / "nodir" / "r.sqlite3")])
    err = capsys.readouterr().err
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    assert not (tmp_path / "nodir").exists()


def test_an_empty_file_is_not_read_as_a_database(tmp_path, capsys):
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert exit_code(["summary", "--db", str(empty)]) == 2
    assert "empty file" in capsys.readouterr().err
    assert empty.stat().st_size == 0 and files(tmp_path) == {"empty.sqlite3"}


def test_explicit_creates_still_make_a_database(tmp_path, capsys):
    db = tmp_path / "new.sqlite3"
    assert exit_code(["demo", "--db", str(db), "--reviews", "3"]) == 0
    assert db.exists() and db.stat().st_mode & 0o077 == 0
    assert exit_code(["list", "--db", str(db)]) == 0
    assert "3 reviews" in capsys.readouterr().out
    # collating into a new central file makes it (nothing to collate: the run still records itself)
    from qpp_reviewer.exchange.export import export_workbook, select_reviews

    s = Store.open(db)
    ids, label = select_reviews(s, batch=None)
    export_workbook(s, ids, tmp_path / "x.xlsx", label, exported_by="t")
    s.close()
    central = tmp_path / "central.sqlite3"
    # (whether the workbook is accepted is collation's business; the central file is made either way)
    assert exit_code(["collate", "--db", str(central), str(tmp_path / "x.xlsx")]) in (0, 1)
    assert central.exists() and central.stat().st_mode & 0o077 == 0
    Store.open(central, create=False).close()


def test_store_open_with_create_false_refuses_a_missing_file(tmp_path):
    from qpp_reviewer.storage.db import DatabaseError

    with pytest.raises(DatabaseError, match="no database at"):
        Store.open(tmp_path / "missing.sqlite3", create=False, lock=True)
    assert files(tmp_path) == set()


def test_restore_chained_with_a_mistyped_path_never_replaces_a_good_database(tmp_path, capsys):
    good = good_db(tmp_path, 30)
    Store.open(good, backup_on_open=True).close()  # one backup of the good database
    typo = tmp_path / "good.sqlite"
    # the probe's chain: a read command on the typo, then that "database" restored over the good one
    assert exit_code(["verify", "--db", str(typo)]) == 2
    assert not typo.exists()
    assert exit_code(["restore", "--db", str(good), str(typo)]) == 2
    assert "does not exist" in capsys.readouterr().err
    # restoring into the typo is refused too: it would make a database under the wrong name
    backup = next((tmp_path / "backups").iterdir())
    assert exit_code(["restore", "--db", str(typo), str(backup)]) == 2
    assert "no database at" in capsys.readouterr().err
    assert exit_code(["restore", "--db", str(typo)]) == 2
    assert exit_code(["restore", "--db", str(typo), "newest"]) == 2
    assert not typo.exists()
    s = Store.open(good, create=False)
    assert s.count_reviews() == 30
    s.close()


def test_a_deleted_database_can_be_restored_from_its_own_backups(tmp_path, capsys):
    good = good_db(tmp_path, 4)
    Store.open(good, backup_on_open=True).close()
    good.unlink()
    assert exit_code(["restore", "--db", str(good)]) == 0
    out = capsys.readouterr().out
    assert "no database at" in out and "4 reviews" in out
    assert exit_code(["restore", "--db", str(good), "newest"]) == 0
    assert good.stat().st_mode & 0o077 == 0
    s = Store.open(good, create=False)
    assert s.count_reviews() == 4
    s.close()


# -- item 13: bad arguments, each a clear message and a non-zero exit ---------------------------------

def corrupt_files(folder: Path) -> dict[str, Path]:
    """Files that look like a database at first sight and are not one (or no longer one)."""
    src = folder / "src.sqlite3"
    con = sqlite3.connect(src)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t(x)")
    con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 50)
    con.commit()
    con.close()
    data = src.read_bytes()
    src.unlink()
    out = {}

    def put(name, blob):
        out[name] = folder / f"{name}.sqlite3"
        out[name].write_bytes(blob)

    put("garbage-after-header", data[:100] + b"A" * (len(data) - 100))  # WAL flag set in the header
    put("truncated", data[:200])
    put("header-only", data[:16])
    put("zeroed-page-2", data[:4096] + b"\0" * 4096 + data[8192:])
    put("random-after-magic", b"SQLite format 3\0" + os.urandom(8000))
    put("text", b"hello, this is a note\n" * 100)
    from qpp_reviewer.storage.db import APPLICATION_ID

    ours = folder / "ours-src.sqlite3"
    Store.open(ours).close()
    blob = bytearray(ours.read_bytes())
    ours.unlink()
    assert int.from_bytes(blob[68:72], "big") == APPLICATION_ID
    blob[4096 * 3:4096 * 3 + 2000] = os.urandom(2000)  # a page of one of our tables
    put("ours-damaged", bytes(blob))
    return out


def test_read_commands_on_corrupt_files_say_so_and_leave_no_wal_or_shm(tmp_path, capsys):
    bad = corrupt_files(tmp_path)
    for name, path in bad.items():
        before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
        for argv in (["list", "--db", str(path)], ["summary", "--db", str(path)],
                     ["verify", "--db", str(path)], ["restore", "--db", str(path)]):
            code = exit_code(argv)
            err = capsys.readouterr().err
            if argv[0] == "restore":  # listing the (no) backups of a damaged file is fine
                continue
            assert code == 2, (name, argv)
            assert ("damaged" in err or "not a QPP Reviewer database" in err or "another program" in err), (name, err)
            assert "Traceback" not in err
        after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
        assert after == before, name  # no -wal, no -shm, no lock, not a byte changed


@pytest.mark.parametrize("argv, says", [
    (["summary", "-o", "{tmp}/nodir/s.txt"], "does not exist"),
    (["summary", "--format", "csv", "-o", "{tmp}/nodir/s.csv"], "does not exist"),
    (["summary", "--format", "xlsx", "-o", "{tmp}/nodir/s.xlsx"], "does not exist"),
    (["summary", "--format", "xlsx", "-o", "{tmp}/s.txt"], "should end in .xlsx"),
    (["summary", "--format", "xlsx"], "needs -o"),
    (["summary", "-o", "{tmp}"], "is a folder"),
    (["summary", "-o", "{tmp}/" + "n" * 300 + ".txt"], "cannot write"),
    (["summary", "--by", "colour"], "colour"),
    (["summary", "--by", "unit\udcff"], "not valid text"),
    (["export", "--all", "-o", "{tmp}/nodir/x.xlsx"], "cannot write"),
    (["export", "--all", "-o", "{tmp}/x.xlsx", "--by", "Q\udcfeL"], "not valid text"),
    (["export", "--all", "-o", "{tmp}/x\udcff.xlsx"], "not valid text"),
    (["batch", "create", "B\udcfe"], "not valid text"),
    (["batch", "create", "B1", "--description", "d\udc80"], "not valid text"),
    (["batch", "add", "\udcff"], "not valid text"),
    (["batch", "remove", "no-such-review", "nor-this"], "no review with id no-such-review"),
    (["--as", "\udcffwho", "list", "--db", "{tmp}/good.sqlite3"], "not valid text"),
    (["list", "--db", ""], "--db is empty"),
    (["list", "--db", "   "], "--db is empty"),
    (["list", "--db", "{tmp}/" + "a" * 5000], "Check the --db path"),
    (["list", "--db", "{tmp}/" + "a/" * 2500 + "r.sqlite3"], "Check the --db path"),
    (["demo", "--db", "{tmp}/" + "a" * 5000], "Check the --db path"),
    (["demo", "--db", "{tmp}/" + "a" * 5000, "--reviews", "2"], "Check the --db path"),
    (["list", "--db", "{tmp}/x\udcff.sqlite3"], "not valid text"),
    (["demo", "--db", "{tmp}/new.sqlite3", "--reviews", str(10 ** 15)], "at most"),
    (["demo", "--db", "{tmp}/new.sqlite3", "--reviews", "100001"], "at most"),
    (["demo", "--db", "{tmp}/new.sqlite3", "--reviews", "0"], "1 or more"),
    (["demo", "--db", "{tmp}/new.sqlite3", "--reviews", "-5"], "1 or more"),
    (["list", "--db", "{tmp}"], "folder"),
    (["list", "--db", "{tmp}/nodir/r.sqlite3"], "does not exist"),
    (["collate", "--db", "{tmp}/c.sqlite3", "{tmp}/nothing-here"], "does not exist"),
    (["collate", "--db", "{tmp}/c.sqlite3", "{tmp}/OUT"], "no .xlsx"),
], ids=lambda v: v if isinstance(v, str) else " ".join(a[:20] for a in v))
def test_bad_arguments_get_a_message_and_exit_2(tmp_path, capsys, argv, says):
    db = good_db(tmp_path, 2)
    (tmp_path / "OUT").mkdir()
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    if "--db" not in argv:
        argv = argv[:1] + ["--db", str(db)] + argv[1:]
    before = files(tmp_path)
    code = exit_code(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert says in err, err
    assert "Traceback" not in err and len(err) < 1200, err  # a sentence, not a dump of the argument
    assert files(tmp_path) == before, files(tmp_path) ^ before  # nothing written, no lock left


def test_undecodable_bytes_on_a_real_command_line_are_refused(tmp_path):
    db = good_db(tmp_path, 2)
    for argv in ([b"batch", b"--db", bytes(db), b"create", b"Batch \xff\xfe"],
                 [b"summary", b"--db", bytes(db), b"--by", b"unit\xff", b"--format", b"xlsx",
                  b"-o", bytes(tmp_path / "s.xlsx")],
                 [b"export", b"--db", bytes(db), b"--all", b"-o", bytes(tmp_path / "x.xlsx"), b"--by", b"\xc3("]):
        before = files(tmp_path)
        r = run_cli(*argv)
        err = r.stderr.decode("utf-8", "replace")
        assert r.returncode == 2 and "not valid text" in err and "Traceback" not in err, err
        assert files(tmp_path) == before
    s = Store.open(db, create=False)
    assert s.batches() == []
    s.close()


def test_summary_writes_whole_files_where_the_folder_exists(tmp_path, capsys):
    db = good_db(tmp_path, 2)
    for fmt, name in (("table", "s.txt"), ("csv", "s.csv"), ("xlsx", "s.xlsx")):
        assert exit_code(["summary", "--db", str(db), "--format", fmt, "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".qpp-")]


def test_sigterm_ends_a_command_and_releases_its_lock(tmp_path):
    """A writing command killed by SIGTERM (a shutdown, 'kill PID') leaves no lock file behind."""
    import signal
    import time

    db = tmp_path / "d.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    p = subprocess.Popen([sys.executable, "-m", "qpp_reviewer", "demo", "--db", str(db), "--reviews", "50000"],
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lock = tmp_path / "d.sqlite3.lock"
    deadline = time.monotonic() + 30
    while not (lock.exists() and db.exists() and db.stat().st_size > 0) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=30)
    assert p.returncode != 0
    assert b"Traceback" not in err, err
    assert not lock.exists()
    s = Store.open(db, create=False, lock=True)  # usable, and not in use
    s.close()


def test_a_sigterm_swallowed_by_a_finaliser_is_not_printed_as_a_traceback(capsys, monkeypatch):
    """SIGTERM's SystemExit can land in a finaliser, where Python prints it as "Exception ignored …" with a
    traceback; the command raises it again (SIGALRM), so the drop is not printed. Other errors still are."""
    from types import SimpleNamespace

    from qpp_reviewer.cli import _quiet_unraisable

    def unraisable(exc):
        return SimpleNamespace(exc_type=type(exc), exc_value=exc, exc_traceback=None, err_msg="Exception ignored in",
                               object=None)

    reported = []
    monkeypatch.setattr(sys, "__unraisablehook__", reported.append)  # Python's own printer
    _quiet_unraisable(unraisable(SystemExit(143)))
    _quiet_unraisable(unraisable(KeyboardInterrupt()))
    assert reported == [] and capsys.readouterr().err == ""
    other = unraisable(ValueError("a real problem"))
    _quiet_unraisable(other)
    assert reported == [other]
