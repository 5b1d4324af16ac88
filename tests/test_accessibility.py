"""Accessibility: every control has a name a screen reader can speak, and a whole
review can be done with the keyboard alone."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
)

from qpp_reviewer.demo import fill_demo
from qpp_reviewer.domain import QualityBand, ReviewStatus
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.qt.new_review import NewReviewDialog
from qpp_reviewer.storage.store import Store

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def spoken_name(widget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Name) if iface is not None else ""


def unnamed(root) -> list[str]:
    missing = []
    from PySide6.QtWidgets import QWidget

    for w in (c for c in root.findChildren(QWidget) if isinstance(c, CONTROLS)):
        if not w.isVisibleTo(root) or w.objectName().startswith("qt_") or type(w).__name__ == "QHeaderView":
            continue  # Qt's internal parts; a table's header is spoken as part of the table
        if type(w).__name__ in ("QToolButton",) and not w.text() and not w.accessibleName():
            # scroll arrows and tab-bar buttons that Qt itself adds
            if w.parent() is not None and type(w.parent()).__name__ in ("QTabBar", "QScrollBar"):
                continue
        if not spoken_name(w).strip():
            missing.append(f"{type(w).__name__} {w.objectName() or '(no object name)'}")
    return missing


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    make_application()
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: None)
    store = Store.open(tmp_path / "a.sqlite3")
    fill_demo(store, 20, seed=4, today=date(2025, 11, 1))
    store.actor = "AB"
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    store.close()


def test_every_control_in_every_tab_has_a_spoken_name(window):
    window.open_review(window.store.list_reviews()[0].id)
    problems = []
    for i in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(i)
        page = window.ui.tabs.widget(i)
        problems += [f"tab {window.ui.tabs.tabText(i)}: {m}" for m in unnamed(page)]
    dialog = NewReviewDialog(window.store, "AB", window)
    dialog.show()
    problems += [f"new review dialog: {m}" for m in unnamed(dialog)]
    dialog.close()
    assert problems == [], "\n".join(problems)


def test_a_whole_review_with_the_keyboard_alone(qtbot, window, tmp_path, monkeypatch):
    """New review (Ctrl+N, typing, Tab), every finding, a comment, complete, export — keys only."""
    focus = lambda: QApplication.focusWidget() or window.focusWidget()  # noqa: E731

    failures = []

    def fill_dialog():
        d = QApplication.activeModalWidget()
        try:
            drive(d)
        except AssertionError as exc:  # never leave a modal dialog open: the test would hang
            failures.append(exc)
            d.reject()

    def drive(d):
        assert isinstance(d, NewReviewDialog)
        # the cursor starts in the case reference; Tab walks the form in reading order
        qtbot.keyClicks(d.ui.caseReference, "L5550001/001")
        qtbot.keyClick(d.ui.caseReference, Qt.Key_Tab)
        combo = d.focusWidget()
        assert combo is d.ui.unit
        qtbot.keyClick(combo, Qt.Key_Down)  # first unit in the list
        qtbot.keyClick(combo, Qt.Key_Tab)
        assert d.focusWidget() is d.ui.addUnitButton
        qtbot.keyClick(d.ui.addUnitButton, Qt.Key_Tab)
        assert d.focusWidget() is d.ui.product  # Decision is preselected
        qtbot.keyClick(d.ui.product, Qt.Key_Tab)
        assert d.focusWidget() is d.ui.outcome
        qtbot.keyClick(d.ui.outcome, Qt.Key_Down)  # Grant
        qtbot.keyClick(d.ui.outcome, Qt.Key_Tab)
        assert d.focusWidget() is d.ui.productDate  # today's date is fine
        qtbot.keyClick(d.ui.productDate, Qt.Key_Tab)  # the date is one typed field; Tab moves on
        assert d.focusWidget() is d.ui.decisionMaker
        qtbot.keyClicks(d.ui.decisionMaker, "DM7001")
        qtbot.keyClick(d.ui.decisionMaker, Qt.Key_Return)  # Enter = OK

    QTimer.singleShot(0, fill_dialog)
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    assert not failures, failures
    editor = window.current_editor()
    assert editor is not None and editor.review.header.case_reference == "L5550001/001"
    view = editor.ui.criteriaView
    # a minor error with its comment, then every other criterion 'no error'
    qtbot.keyClick(view, Qt.Key_M)
    qtbot.keyClicks(editor.ui.commentEdit, "Date of the screening interview not recorded.")
    qtbot.keyClick(editor.ui.commentEdit, Qt.Key_Escape)
    qtbot.keyClick(view, Qt.Key_Down)
    for _ in editor.review.criteria[1:]:
        qtbot.keyClick(view, Qt.Key_O)
    assert window.store.completion_problems(window.store.get_review(editor.review.id)) == []
    qtbot.keyClick(view, Qt.Key_Return, Qt.ControlModifier)  # Ctrl+Return: complete
    assert editor.review.status is ReviewStatus.COMPLETE
    assert editor.ui.bandLabel.text() == QualityBand.QS1.value
    # export with Ctrl+E (the file dialog answered, as a person would type the name)
    out = tmp_path / "keyboard.xlsx"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    window.ui.tabs.setCurrentIndex(0)
    window.activateWindow()
    QApplication.setActiveWindow(window)
    window.list_page.ui.table.setFocus()
    qtbot.keyClick(window.list_page.ui.table, Qt.Key_E, Qt.ControlModifier)
    assert out.exists(), window.ui.statusBar.currentMessage()
