"""The database encrypted at rest (issue 16 item 5): SQLCipher with a data key wrapped by the passphrase
and by a recovery key. A planted marker is in no file on disk; a wrong passphrase changes nothing; a
plain database converts without losing a row; backups are encrypted and restore; the command line
takes the passphrase from QPP_PASSPHRASE."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qpp_reviewer.cli import main
from qpp_reviewer.demo import fill_demo
from qpp_reviewer.domain import Severity
from qpp_reviewer.storage import cipher
from qpp_reviewer.storage import db as storage_db
from qpp_reviewer.storage.store import Store

from tests.helpers import header

MARKER = "ZQXMARKER"
PASS = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _no_keys_left():
    cipher.forget()
    yield
    cipher.forget()


def _planted(store: Store) -> str:
    store.actor = "AB"
    rid = store.create_review(header(case_reference="M7777777/001", decision_maker=f"{MARKER}42"))
    crit = store.get_review(rid).criteria
    store.set_finding(rid, crit[1].id, Severity.SIGNIFICANT)
    store.set_comment(rid, crit[1].id, f"{MARKER} the applicant's account of the journey was not explored.")
    store.set_comment(rid, crit[1].id, f"{MARKER} second wording, the old one stays in the trail.")
    return rid


def _files_with(folder: Path, text: str) -> list[str]:
    found = []
    for f in folder.rglob("*"):
        if f.is_file() and text.encode() in f.read_bytes():
            found.append(f.name)
    return found


def _rows(con) -> dict:
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}


def test_no_file_on_disk_holds_the_planted_text(tmp_path):
    path = tmp_path / "laptop.sqlite3"
    cipher.new_key(path, PASS)
    store = Store.open(path)
    _planted(store)
    storage_db.backup_sqlite(path, "manual", required=True)
    assert _files_with(tmp_path, MARKER) == []  # the database, its -wal and -shm, the backup, while open
    store.close()
    assert _files_with(tmp_path, MARKER) == []
    assert sorted(p.name for p in (tmp_path / "backups").iterdir())[1].endswith(".qppkey")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM review").fetchall()


def test_a_wrong_passphrase_opens_nothing_and_changes_nothing(tmp_path):
    path = tmp_path / "laptop.sqlite3"
    cipher.new_key(path, PASS)
    store = Store.open(path)
    rid = _planted(store)
    store.close()
    cipher.forget()
    before = {f.name: f.read_bytes() for f in tmp_path.rglob("*") if f.is_file()}
    with pytest.raises(cipher.NeedsPassphrase, match="is encrypted"):
        Store.open(path)
    for wrong in ("correct horse battery stapler", "", "CORRECT HORSE BATTERY STAPLE"):
        with pytest.raises(cipher.WrongPassphrase, match="nothing was changed"):
            cipher.unlock(path, wrong)
    assert {f.name: f.read_bytes() for f in tmp_path.rglob("*") if f.is_file()} == before
    cipher.unlock(path, PASS)
    store = Store.open(path)
    assert store.get_review(rid).header.case_reference == "M7777777/001"
    store.close()


def test_a_plain_database_is_converted_without_losing_a_row(tmp_path):
    path = tmp_path / "laptop.sqlite3"
    store = Store.open(path)
    fill_demo(store, 40, seed=5)
    _planted(store)
    store.close()
    storage_db.backup_sqlite(path, "manual", required=True)  # a plain backup, with the marker
    assert _files_with(tmp_path, MARKER)
    with sqlite3.connect(path) as con:
        before = _rows(con)
    recovery = storage_db.encrypt_existing(path, PASS)
    assert len(recovery) == 39
    assert _files_with(tmp_path, MARKER) == []  # the database and every backup (the pre-encryption one too)
    con = cipher.connect(path)
    assert _rows(con) == before
    con.close()
    for backup in storage_db.list_backups(path):
        assert cipher.is_encrypted(backup) and storage_db.check_backup(backup) > 0
    cipher.forget()
    cipher.unlock(path, PASS)
    store = Store.open(path)
    assert store.verify_audit().ok
    store.close()
    with pytest.raises(storage_db.DatabaseError, match="already encrypted"):
        storage_db.encrypt_existing(path, PASS)


def test_passphrase_change_and_recovery_key(tmp_path):
    path = tmp_path / "laptop.sqlite3"
    key, recovery = cipher.new_key(path, PASS)
    store = Store.open(path)
    _planted(store)
    store.close()
    backup = storage_db.backup_sqlite(path, "manual", required=True)
    cipher.set_passphrase(path, key, "a brand new passphrase", storage_db.list_backups(path))
    cipher.forget()
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unlock(path, PASS)
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unlock(backup, PASS)
    cipher.unlock(backup, "a brand new passphrase")  # each backup follows the new passphrase
    cipher.forget()
    with pytest.raises(cipher.WrongPassphrase, match="recovery key"):
        cipher.unlock(path, recovery="AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    key = cipher.unlock(path, recovery=recovery.lower().replace("-", " "))
    with pytest.raises(cipher.CipherError, match="at least"):
        cipher.set_passphrase(path, key, "short")
    store = Store.open(path)
    assert len(store.review_ids()) == 1
    store.close()


def test_an_encrypted_backup_restores(tmp_path):
    path = tmp_path / "laptop.sqlite3"
    cipher.new_key(path, PASS)
    store = Store.open(path)
    rid = _planted(store)
    store.close()
    backup = storage_db.backup_sqlite(path, "manual", required=True)
    store = Store.open(path)
    store.create_review(header(case_reference="N1111111/001"))
    store.close()
    storage_db.restore_backup(path, backup)
    store = Store.open(path)
    assert store.review_ids() == [rid]
    store.close()
    assert _files_with(tmp_path, MARKER) == []


def test_the_command_line_takes_the_passphrase_from_the_environment(tmp_path, capsys, monkeypatch):
    db = tmp_path / "c.sqlite3"
    monkeypatch.setenv("QPP_PASSPHRASE", PASS)
    assert main(["demo", "--db", str(db), "--reviews", "20", "--seed", "3"]) == 0
    err = capsys.readouterr().err
    assert "is encrypted with QPP_PASSPHRASE" in err and "Recovery key" in err
    cipher.forget()
    assert main(["db", "status", "--db", str(db)]) == 0
    assert "is encrypted" in capsys.readouterr().out
    assert main(["list", "--db", str(db)]) == 0
    monkeypatch.delenv("QPP_PASSPHRASE")
    cipher.forget()
    with pytest.raises(SystemExit) as stop:
        main(["list", "--db", str(db)])
    assert stop.value.code == 2 and "set QPP_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("QPP_PASSPHRASE", "not the passphrase")
    with pytest.raises(SystemExit):
        main(["list", "--db", str(db)])
    assert "Wrong passphrase" in capsys.readouterr().err
    monkeypatch.setenv("QPP_PASSPHRASE", PASS)
    monkeypatch.setenv("QPP_NEW_PASSPHRASE", "the second passphrase")
    assert main(["db", "passphrase", "--db", str(db)]) == 0
    cipher.forget()
    monkeypatch.setenv("QPP_PASSPHRASE", "the second passphrase")
    assert main(["list", "--db", str(db)]) == 0


def test_a_new_database_without_a_passphrase_is_plain_and_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("QPP_PASSPHRASE", raising=False)
    db = tmp_path / "p.sqlite3"
    assert main(["demo", "--db", str(db), "--reviews", "5", "--seed", "3"]) == 0
    assert "created UNENCRYPTED" in capsys.readouterr().err
    assert not cipher.is_encrypted(db)
    monkeypatch.setenv("QPP_PASSPHRASE", PASS)
    assert main(["db", "encrypt", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "are encrypted" in out and "Recovery key" in out
    cipher.forget()
    assert main(["list", "--db", str(db)]) == 0


def test_db_recover_sets_a_new_passphrase_from_the_recovery_key(tmp_path, capsys, monkeypatch):
    """The passphrase is lost: `db recover --recovery-key` (as printed, in any case, with or without dashes)
    sets a new one; a wrong recovery key, or no new passphrase, changes nothing."""
    db = tmp_path / "r.sqlite3"
    monkeypatch.setenv("QPP_PASSPHRASE", PASS)
    assert main(["demo", "--db", str(db), "--reviews", "5", "--seed", "3"]) == 0
    recovery = next(ln.rsplit(": ", 1)[1].strip() for ln in capsys.readouterr().err.splitlines()
                    if "Recovery key" in ln)
    assert len(recovery.replace("-", "")) == 32, recovery
    cipher.forget()
    monkeypatch.delenv("QPP_PASSPHRASE")
    monkeypatch.delenv("QPP_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert main(["db", "recover", "--db", str(db), "--recovery-key", "AAAA-BBBB"]) == 2
    assert "does not open this database" in capsys.readouterr().err
    assert main(["db", "recover", "--db", str(db), "--recovery-key", recovery]) == 2
    assert "Give the new passphrase" in capsys.readouterr().err
    monkeypatch.setenv("QPP_NEW_PASSPHRASE", "a brand new passphrase")
    assert main(["db", "recover", "--db", str(db), "--recovery-key", recovery.lower().replace("-", " ")]) == 0
    assert "has a new passphrase" in capsys.readouterr().out
    cipher.forget()
    monkeypatch.setenv("QPP_PASSPHRASE", PASS)
    with pytest.raises(SystemExit):
        main(["list", "--db", str(db)])  # the old passphrase no longer opens it
    capsys.readouterr()
    cipher.forget()
    monkeypatch.setenv("QPP_PASSPHRASE", "a brand new passphrase")
    assert main(["list", "--db", str(db)]) == 0
