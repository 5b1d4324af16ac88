"""Active time in the review window (issue 20 item 4): real key events sent to the focus widget, a fake
clock; time with the review in front and recent input counts, nothing else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.storage.store import Store

from .helpers import header


class FakeClock:
    def __init__(self):
        self.t = 1_000_000.0

    def __call__(self):
        return self.t


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    make_application()
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: None)
    clock = FakeClock()
    import qpp_reviewer.qt.activity as qa

    real = qa.ReviewActivity.__init__
    monkeypatch.setattr(qa.ReviewActivity, "__init__",
                        lambda self, editor, store, rid, clock_=None: real(self, editor, store, rid, clock=clock))
    store = Store.open(tmp_path / "a.sqlite3")
    store.actor = "AB"
    w = MainWindow(store)
    w.fake_clock = clock
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    QApplication.setActiveWindow(w)
    yield w
    w.close()
    store.close()


def _focus():
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard"
    return w


def test_keys_on_the_review_count_as_active_time_and_idle_time_does_not(qtbot, window):
    store, clock = window.store, window.fake_clock
    rid = store.create_review(header())
    editor = window.open_review(rid)
    QApplication.setActiveWindow(window)
    editor.ui.criteriaView.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.ui.criteriaView, timeout=2000)
    qtbot.waitUntil(lambda: editor.activity.clock.in_front, timeout=2000)
    for _ in range(10):  # ten minutes of work: a key every minute
        clock.t += 60
        qtbot.keyClick(_focus(), Qt.Key_Down)
    clock.t += 3600  # an hour away from the keyboard, the review still open and in front
    editor.activity.flush()
    # 10 minutes of keys, then 3 minutes after the last one: 13 minutes, not 70
    assert store.worktime.seconds(rid) == 13 * 60
    assert editor.activity.label.text() == "Active time: 13 min"
    assert editor.activity.label.isVisible()
    # closing the tab writes the last of it; the review, opened again, shows its total
    window.ui.actionCloseTab.trigger()
    assert store.worktime.seconds(rid) == 13 * 60
    again = window.open_review(rid)
    assert again.activity.label.text() == "Active time: 13 min"
    [s] = store.worktime.sessions([rid])
    assert (s.reviewer, s.active_seconds) == ("AB", 780)


def test_another_tab_in_front_stops_the_count(qtbot, window):
    store, clock = window.store, window.fake_clock
    rid = store.create_review(header())
    editor = window.open_review(rid)
    QApplication.setActiveWindow(window)
    editor.ui.criteriaView.setFocus()
    qtbot.waitUntil(lambda: editor.activity.clock.in_front, timeout=2000)
    clock.t += 30
    qtbot.keyClick(_focus(), Qt.Key_Down)
    clock.t += 30
    window.ui.tabs.setCurrentIndex(0)  # the review list: the review is out of front at once
    assert not editor.isVisible()
    assert store.worktime.seconds(rid) == 60  # written on leaving
    clock.t += 120
    editor.activity.flush()
    assert store.worktime.seconds(rid) == 60
