"""The passphrase at the app's start (issue 16 item 5), as a person meets it: the first start offers
to encrypt the new database (declining is a button of its own), an encrypted database asks for its
passphrase (three tries; nothing changed by a wrong one; the recovery key as a way in)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from qpp_reviewer.qt import app as app_module
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.storage import cipher
from qpp_reviewer.storage.store import Store

from tests.helpers import header

PASS = "my long passphrase here"


@pytest.fixture(autouse=True)
def _no_keys_left():
    cipher.forget()
    yield
    cipher.forget()


def _run(db, steps):
    """qt.app.run on ``db``; ``steps``: (dialog class name, function(dialog)) answered in order as each
    dialog comes up; the window closes itself once the list is there."""
    from qpp_reviewer.qt import main_window

    make_application()
    seen, ready = [], []
    pending = list(steps)
    tries = [0]
    failures: list = []

    def look():
        d = QApplication.activeModalWidget()
        if d is not None and pending and type(d).__name__ == pending[0][0] and d not in [s[1] for s in seen]:
            focus = QApplication.focusWidget()
            if focus is None or not d.isAncestorOf(focus):  # keys go where the focus is: wait for it
                d.activateWindow()
                QApplication.setActiveWindow(d)
            else:
                name, act = pending.pop(0)
                seen.append((name, d))
                try:
                    act(d)
                except BaseException as exc:  # a failed check in a timer: end the dialog, fail the test after
                    failures.append(exc)
                    d.done(0)
        if tries[0] < 1500 and (pending or not ready):
            tries[0] += 1
            QTimer.singleShot(10, look)

    shown = main_window.MainWindow.show

    def show(self):
        shown(self)

        def close_when_ready():
            if not self.isVisible():
                return
            if self.store is None:
                QTimer.singleShot(20, close_when_ready)
                return
            ready.append(self.store.count_reviews())
            self.close()

        QTimer.singleShot(0, close_when_ready)

    main_window.MainWindow.show = show
    root = logging.getLogger()
    before = list(root.handlers)
    QTimer.singleShot(0, look)
    try:
        code = app_module.run(str(db), actor="AB")
    finally:
        main_window.MainWindow.show = shown
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()
    if failures:
        raise failures[0]
    return code, [s[0] for s in seen], ready


def _type(text: str, *keys):
    QTest.keyClicks(QApplication.focusWidget(), text)
    for k in keys:
        QTest.keyClick(QApplication.focusWidget(), k)


def _new_passphrase(d):
    _type(PASS, Qt.Key_Tab)
    _type(PASS, Qt.Key_Return)


def _written_down(d):
    _written_down.key = d.key.text()
    _type("", Qt.Key_Escape)  # not closed before the key is written down
    assert d.isVisible()
    _type("", Qt.Key_Space, Qt.Key_Return)


def test_the_first_start_offers_a_passphrase_and_shows_the_recovery_key_once(qtbot, tmp_path):
    db = tmp_path / "reviews.sqlite3"
    code, seen, ready = _run(db, [("NewPassphraseDialog", _new_passphrase), ("RecoveryKeyDialog", _written_down)])
    assert code == 0 and seen == ["NewPassphraseDialog", "RecoveryKeyDialog"] and ready == [0]
    assert cipher.is_encrypted(db) and not db.read_bytes().startswith(b"SQLite format 3")
    cipher.forget()
    cipher.unlock(db, recovery=_written_down.key)


def test_declining_encryption_is_an_explicit_choice(qtbot, tmp_path):
    db = tmp_path / "reviews.sqlite3"

    def decline(d):
        _type("short", Qt.Key_Return)  # Encrypt with a short passphrase: refused, the dialog stays
        assert d.isVisible() and "at least 10 characters" in d.problem.text()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_W, Qt.AltModifier)  # Continue &without encryption

    code, seen, ready = _run(db, [("NewPassphraseDialog", decline)])
    assert code == 0 and ready == [0]
    assert not cipher.is_encrypted(db) and db.read_bytes().startswith(b"SQLite format 3")


def test_cancelling_the_first_start_makes_nothing(qtbot, tmp_path):
    db = tmp_path / "reviews.sqlite3"
    code, seen, ready = _run(db, [("NewPassphraseDialog", lambda d: _type("", Qt.Key_Escape))])
    assert code == 1 and ready == [] and not db.exists() and not cipher.key_file(db).exists()


def _encrypted(tmp_path):
    db = tmp_path / "reviews.sqlite3"
    _key, recovery = cipher.new_key(db, PASS)
    store = Store.open(db)
    store.create_review(header(case_reference="S1234567/001"))
    store.close()
    cipher.forget()
    return db, recovery


def test_an_encrypted_database_asks_for_its_passphrase_and_a_wrong_one_changes_nothing(qtbot, tmp_path):
    db, _ = _encrypted(tmp_path)
    before = {f.name: f.read_bytes() for f in tmp_path.glob("reviews.sqlite3*")}

    def wrong_then_right(d):
        _type("not my passphrase", Qt.Key_Return)
        assert d.isVisible() and "try 2 of 3" in d.problem.text()
        after = {f.name: f.read_bytes() for f in tmp_path.glob("reviews.sqlite3*")}
        assert after == before
        _type(PASS, Qt.Key_Return)  # the wrong text was selected: typing replaces it

    code, seen, ready = _run(db, [("UnlockDialog", wrong_then_right)])
    assert code == 0 and ready == [1]


def test_three_wrong_passphrases_close_the_app_with_nothing_opened(qtbot, tmp_path):
    db, _ = _encrypted(tmp_path)
    before = db.read_bytes()

    def three_wrong(d):
        for n in range(3):
            _type(f"wrong passphrase {n}", Qt.Key_Return)

    code, seen, ready = _run(db, [("UnlockDialog", three_wrong)])
    assert code == 1 and ready == [] and db.read_bytes() == before
    assert not (tmp_path / "reviews.sqlite3.lock").exists()


def test_the_recovery_key_opens_it_and_sets_a_new_passphrase(qtbot, tmp_path):
    db, recovery = _encrypted(tmp_path)

    def with_recovery(d):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_R, Qt.AltModifier)  # use the &recovery key
        QTest.qWait(300)  # a mnemonic clicks the button as a mouse would: after a moment
        assert d.use_recovery.isChecked(), QApplication.focusWidget()
        assert QApplication.focusWidget() is d.recovery
        _type(recovery.lower(), Qt.Key_Return)
        assert not d.isVisible(), d.problem.text()

    def new_one(d):
        _type("the new passphrase", Qt.Key_Tab)
        _type("the new passphrase", Qt.Key_Return)

    code, seen, ready = _run(db, [("UnlockDialog", with_recovery), ("NewPassphraseDialog", new_one)])
    assert code == 0 and ready == [1]
    cipher.forget()
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unlock(db, PASS)
    cipher.unlock(db, "the new passphrase")
