"""Issue 15 item 8: the log holds ids and error kinds, never user text.

A marker text is planted as a comment (and a reason, a note) and a save is made to fail for real
(an SQLite trigger aborts the write, as a full disk or a locked file would), through every path
that logs a failure: the window's guarded store call, an uncaught exception in a slot, a
migration, a collation. The log file is then read: the marker must not be in it, while the kind
of failure must be, so the log still says what broke.
"""

from __future__ import annotations

import logging
import sqlite3
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from qpp_reviewer import logs
from qpp_reviewer.storage.store import Store

from .helpers import header

MARKER = "Applicant-Secret-7Q1Z said the smuggler's name was Jo"


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    """The app's own log file set-up (setup_logging), in a private folder for this test."""
    monkeypatch.setenv("QPP_DATA_DIR", str(tmp_path / "data"))
    root = logging.getLogger()
    old = [h for h in root.handlers if isinstance(h, logs.PrivateRotatingFileHandler)]
    for h in old:
        root.removeHandler(h)
    saved_hook = sys.excepthook
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    logs.setup_logging()
    handler = next(h for h in root.handlers if isinstance(h, logs.PrivateRotatingFileHandler))
    yield handler
    root.removeHandler(handler)
    handler.close()
    for h in old:
        root.addHandler(h)
    sys.excepthook = saved_hook


def _read(handler) -> str:
    handler.flush()
    with open(handler.baseFilename, encoding="utf-8") as f:
        return f.read()


def _failing_store(tmp_path) -> tuple[Store, str, str]:
    """A store whose next write of a finding or a review fails inside SQLite, with user text in the statement."""
    store = Store.open(tmp_path / "a.sqlite3")
    rid = store.create_review(header())
    cid = store.get_review(rid).criteria[0].id
    with store.engine.begin() as c:
        for event, table in (("INSERT", "audit_entry"),):
            c.execute(text(f"CREATE TRIGGER fail_{event}_{table} BEFORE {event} ON {table} "
                           "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"))
    return store, rid, cid


def test_the_failure_really_carries_the_marker_in_its_message(tmp_path):
    """The premise: SQLAlchemy's message shows the statement's parameters, so a plain log would leak."""
    store, rid, cid = _failing_store(tmp_path)
    with pytest.raises(SQLAlchemyError) as info:
        store.set_comment(rid, cid, MARKER)
    assert MARKER in str(info.value)
    store.close()


def test_window_save_failure_logs_kind_and_statement_not_the_comment(qtbot, tmp_path, log_file, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from qpp_reviewer.qt.common import run_guarded

    shown = []
    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: shown.append(a[2]))
    store, rid, cid = _failing_store(tmp_path)
    ok, _ = run_guarded(None, "Save comment", store.set_comment, rid, cid, MARKER)
    assert not ok and shown  # the person was told
    written = _read(log_file)
    assert "storage failure while trying to Save comment" in written
    assert "IntegrityError" in written and "[parameters not logged]" in written
    assert "UPDATE finding" in written or "INSERT INTO" in written  # the statement, for the developer
    assert MARKER not in written and "Secret-7Q1Z" not in written
    store.close()


def test_an_uncaught_exception_is_logged_described_without_its_message(tmp_path, log_file, capsys):
    store, rid, cid = _failing_store(tmp_path)
    try:
        store.set_comment(rid, cid, MARKER)
    except SQLAlchemyError:
        sys.excepthook(*sys.exc_info())
    try:
        raise KeyError(MARKER)
    except KeyError:
        sys.excepthook(*sys.exc_info())
    try:
        raise ValueError(f"invalid literal: {MARKER!r}")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    written = _read(log_file)
    err = capsys.readouterr().err
    assert written.count("uncaught exception") == 3
    assert "KeyError (message not logged" in written and "ValueError (message not logged" in written
    assert MARKER not in written and MARKER not in err
    assert "internal error" in err
    store.close()


def test_exception_chains_and_log_arguments_are_described(log_file):
    log = logging.getLogger("qpp_reviewer.test")
    try:
        try:
            raise sqlite3.IntegrityError(f"UNIQUE constraint failed: {MARKER}")
        except sqlite3.IntegrityError as inner:
            raise RuntimeError(MARKER) from inner
    except RuntimeError as exc:
        log.exception("saving %s failed", "review-1")
        log.error("and again: %s", exc)
    written = _read(log_file)
    assert "saving review-1 failed" in written
    assert "It was raised from:" in written and "sqlite3.IntegrityError" in written
    assert MARKER not in written


def test_os_errors_keep_their_errno_and_file_name_only(log_file):
    log = logging.getLogger("qpp_reviewer.test")
    try:
        raise OSError(28, "No space left on device", f"/media/usb/{MARKER}/export.xlsx")
    except OSError:
        log.exception("export failed")
    written = _read(log_file)
    assert "ENOSPC" in written and "No space left on device" in written and "export.xlsx" in written
    assert MARKER not in written


def test_collation_of_a_failing_file_logs_no_cell_text(tmp_path, log_file):
    """A collation whose write fails: the per-file log line holds the error kind only."""
    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.exchange.export import export_workbook

    laptop = Store.open(tmp_path / "laptop.sqlite3")
    rid = laptop.create_review(header())
    cid = laptop.get_review(rid).criteria[0].id
    laptop.set_comment(rid, cid, MARKER)
    export_workbook(laptop, [rid], tmp_path / "w.xlsx")
    laptop.close()
    (tmp_path / "c").mkdir()
    central, _, _ = _failing_store(tmp_path / "c")
    report = collate(central, [tmp_path / "w.xlsx"])
    (fr,) = report.files
    assert fr.errors or fr.added == 0
    written = _read(log_file)
    assert MARKER not in written
    central.close()


def test_log_file_is_private_from_its_first_byte(log_file):
    import os
    import stat

    logging.getLogger("qpp_reviewer.test").info("review %s opened", "abc")
    assert stat.S_IMODE(os.stat(log_file.baseFilename).st_mode) == 0o600
