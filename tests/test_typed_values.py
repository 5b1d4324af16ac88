"""Typed dates: read whole as typed (both languages) or refused with a visible message."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from qpp_reviewer.dates import DateError, parse_date
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.qt.new_review import NewReviewDialog
from qpp_reviewer.storage.store import Store


@pytest.mark.parametrize("text,lang,expected", [
    ("15 Oct 2026", "en", date(2026, 10, 15)),
    ("15 October 2026", "en", date(2026, 10, 15)),
    ("15/10/2026", "en", date(2026, 10, 15)),
    ("2026-10-15", "en", date(2026, 10, 15)),
    ("15 oct. 2026", "fr", date(2026, 10, 15)),
    ("1er févr. 2026", "fr", date(2026, 2, 1)),
    ("15 Jan 2026", "en", date(2026, 1, 15)),
    ("3 août 2025", "fr", date(2025, 8, 3)),
])
def test_parser_reads_dates_as_typed(text, lang, expected):
    assert parse_date(text, lang) == expected


@pytest.mark.parametrize("text,lang,words", [
    ("15 Octember 2026", "en", "not a month"),
    ("31/02/2026", "en", "no such day"),
    ("15/10/26", "en", "four digits"),
    ("yesterday", "fr", "n'est pas une date"),
    ("", "en", "Enter the date"),
])
def test_parser_refuses_with_a_reason(text, lang, words):
    with pytest.raises(DateError, match=words):
        parse_date(text, lang)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: None)
    make_application()
    store = Store.open(tmp_path / "reviews.sqlite3")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    store.close()


def focused():
    """The widget the keyboard is in, as the user's keys reach it."""
    return QApplication.focusWidget()


def keys(qtbot, text):
    for ch in text:
        qtbot.keyClicks(focused(), ch)


def tab_to_date(qtbot, d):
    keys(qtbot, "L5550001/001")
    qtbot.keyClick(focused(), Qt.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key_Down)  # first unit
    for _ in range(3):  # add unit, product, outcome
        qtbot.keyClick(focused(), Qt.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key_Down)  # Grant
    qtbot.keyClick(focused(), Qt.Key_Tab)
    assert focused() is d.ui.productDate


def run_dialog(qtbot, window, drive):
    failures, seen = [], {}

    def fill():
        d = QApplication.activeModalWidget()
        try:
            assert isinstance(d, NewReviewDialog)
            d.activateWindow()  # as the window manager does for a new dialog
            qtbot.waitUntil(lambda: QApplication.activeWindow() is d, timeout=2000)
            drive(d, seen)
        except AssertionError as exc:
            failures.append(exc)
        if d.isVisible():
            d.reject()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    assert not failures, failures
    return seen


@pytest.mark.parametrize("select_all", [False, True])
@pytest.mark.parametrize("typed,expected", [
    ("15 Oct 2025", date(2025, 10, 15)),
    ("15 Jan 2026", date(2026, 1, 15)),
    ("15/10/2025", date(2025, 10, 15)),
    ("2025-10-15", date(2025, 10, 15)),
])
def test_date_typed_after_tab_is_saved_as_typed(qtbot, window, typed, expected, select_all):
    def drive(d, seen):
        tab_to_date(qtbot, d)
        if select_all:
            qtbot.keyClick(focused(), Qt.Key_A, Qt.ControlModifier)
        keys(qtbot, typed)
        qtbot.keyClick(focused(), Qt.Key_Tab)
        keys(qtbot, "DM7001")
        assert d.ui.productDate.text() == typed
        qtbot.mouseClick(d.ok_button(), Qt.LeftButton)
        assert not d.isVisible(), [e.text() for e in d._errors.values() if e.isVisible()]

    run_dialog(qtbot, window, drive)
    editor = window.current_editor()
    assert editor is not None
    stored = window.store.get_review(editor.review.id).header.product_date
    assert stored == expected


@pytest.mark.parametrize("typed,words", [
    ((date.today() + timedelta(days=3)).strftime("%d/%m/%Y"), "in the future"),
    ("15 Octember 2025", "not a month"),
])
def test_future_or_unreadable_date_is_refused_with_a_visible_message(qtbot, window, typed, words):
    def drive(d, seen):
        tab_to_date(qtbot, d)
        keys(qtbot, typed)
        qtbot.keyClick(focused(), Qt.Key_Tab)
        keys(qtbot, "DM7001")
        qtbot.mouseClick(d.ok_button(), Qt.LeftButton)
        assert d.isVisible()  # not accepted
        assert d.ui.productDateError.isVisible()
        assert words in d.ui.productDateError.text()
        assert focused() is d.ui.productDate
        assert d.ui.productDate.text() == typed  # kept as typed, not clamped

    run_dialog(qtbot, window, drive)
    assert window.current_editor() is None
