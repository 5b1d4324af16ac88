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
    return {p.name for p in folder.rglob("*")}


def good_db(tmp_path: Path, n: int = 3) -> Path:
    db = tmp_path / "good.sqlite3"
    s = Store.open(db)
    for i in range(n):
        s.create_review(header(case_reference=f"L{1000000 + i}/001"))
    s.close()
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
    assert exit_code(["collate", "--db", str(central), str(tmp_path / "x.xlsx")]) == 0
    s = Store.open(central, create=False)
    assert s.count_reviews() == 3
    s.close()


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
