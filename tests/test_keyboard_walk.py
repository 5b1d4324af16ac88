"""A whole review with the keyboard alone, as notes/issue14-tour.md walks it under Xvfb: New review, the
checklist, Complete, Reopen (with its reason), Complete again, Request second review, Switch reviewer,
the blind second review from the list, Complete, Compare and agree (a changed finding with its note),
Record the agreed result.

Every key goes where the keyboard's input goes: the open menu if one is open, else the focus widget
(QApplication.focusWidget()); none is sent to a widget the test chose. Keys are queued and pressed from
timers, so that they also reach the modal dialogs (reason, second reviewer, who is working, compare)
while those run their own event loop, as a person's keys do.
"""

from __future__ import annotations

from collections import deque
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from qpp_reviewer.domain import QualityBand, ReviewStatus, Role, Severity
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.storage.store import Store

KEYS = {"return": Qt.Key_Return, "escape": Qt.Key_Escape, "tab": Qt.Key_Tab, "down": Qt.Key_Down,
        "up": Qt.Key_Up, "right": Qt.Key_Right, "left": Qt.Key_Left, "space": Qt.Key_Space}
MODIFIERS = {"ctrl": Qt.ControlModifier, "alt": Qt.AltModifier, "shift": Qt.ShiftModifier}


class Keyboard:
    """Keys pressed one by one from a timer; ``until`` steps wait for the program (a tab opening)."""

    def __init__(self, qtbot, window):
        self.qtbot = qtbot
        self.window = window
        self.queue: deque = deque()
        self.pressed: list[str] = []
        self.failures: list[str] = []
        self.running = True
        QTimer.singleShot(5, self._tick)

    def stop(self):
        self.running = False

    def _tick(self):
        # the next tick is set before this one presses its key: a key that opens a modal dialog does not
        # return until the dialog closes, and a timer does not fire again inside its own handler
        if self.running:
            QTimer.singleShot(5, self._tick)
        self._next()

    def target(self):
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup
        if QApplication.activeWindow() is None:
            # what a window manager does when a dialog closes: the window under it is active again
            # (offscreen has none); its focus widget is where the keys then go
            top = QApplication.activeModalWidget() or self.window
            top.activateWindow()
            QApplication.setActiveWindow(top)
            return top.focusWidget() or top
        if QApplication.activeModalWidget() is None and QApplication.activeWindow() is not self.window:
            # another test's window left active in this process is not where this person types
            self.window.activateWindow()
            QApplication.setActiveWindow(self.window)
        return QApplication.focusWidget() or QApplication.activeWindow()

    def press(self, *chords: str) -> "Keyboard":
        for chord in chords:
            *mods, key = chord.split("+")
            modifiers = Qt.NoModifier
            for m in mods:
                modifiers |= MODIFIERS[m.lower()]
            code = KEYS.get(key.lower()) or getattr(Qt, f"Key_{key.upper()}")
            self.queue.append(("key", chord, code, modifiers))
        return self

    def type(self, text: str) -> "Keyboard":
        """Characters one by one, each to the widget that has the keyboard then (the first key typed in a
        table cell opens its editor, which takes the rest)."""
        self.queue.extend(("text", ch) for ch in text)
        return self

    def until(self, what: str, condition) -> "Keyboard":
        self.queue.append(("until", what, condition, [0]))
        return self

    def check(self, what: str, condition) -> "Keyboard":
        """``condition`` must hold when the keys before it have been pressed (also inside a dialog)."""
        self.queue.append(("check", what, condition))
        return self

    def _next(self):
        if not self.queue:
            return
        step = self.queue[0]
        if step[0] == "until":
            step[3][0] += 1
            if not step[2]():
                if step[3][0] > 2000:  # ~10 s: say what never happened and let the test fail
                    self.failures.append(f"never: {step[1]}")
                    self.queue.clear()
                    self._unblock()
                return
            self.queue.popleft()
            return
        self.queue.popleft()
        if step[0] == "check":
            if not step[2]():
                self.failures.append(f"not so: {step[1]}")
                self.queue.clear()
                self._unblock()
            return
        target = self.target()
        if target is None:
            self.failures.append(f"no widget has the keyboard for {step[1]!r}")
            self.queue.clear()
            return
        if step[0] == "text":
            QTest.keyClicks(target, step[1])
            self.pressed.append(step[1])
        else:
            QTest.keyClick(target, step[2], step[3])
            self.pressed.append(step[1])

    def _unblock(self):
        """A failed step: close any modal dialog so that the test ends instead of hanging."""
        for _ in range(5):
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                break
            dialog.reject()

    def finish(self, timeout: int = 30000):
        self.qtbot.waitUntil(lambda: not self.queue, timeout=timeout)
        assert self.failures == [], (self.failures, self.pressed[-10:])


@pytest.fixture
def walk(qtbot, tmp_path, monkeypatch):
    make_application()
    shown = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, _k=kind, **k: shown.append((_k, str(a[2])))
                            or QMessageBox.Ok)
    store = Store.open(tmp_path / "walk.sqlite3")
    store.add_profile("AB", Role.AUDITOR)
    store.actor = "AB"
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    QApplication.setActiveWindow(w)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    keyboard = Keyboard(qtbot, w)
    yield w, store, keyboard, shown
    keyboard.stop()
    w.close()
    store.close()


def _editor(w, kind: str):
    e = w.current_editor()
    return e if e is not None and e.review.kind == kind else None


def test_a_whole_review_second_review_and_agreement_by_keyboard(walk):
    w, store, kb, shown = walk
    # -- New review (Ctrl+N): reference, unit, outcome, a typed date, decision maker; Return = OK
    kb.press("ctrl+n").until("the New review form", lambda: QApplication.activeModalWidget() is not None)
    kb.type("L1234567/001").press("tab").type("G").press("tab", "tab", "tab").type("R")
    kb.press("alt+d", "ctrl+a").type("15 Oct 2025").press("alt+m").type("DM1234").press("return")
    kb.until("the review's tab", lambda: _editor(w, "primary") is not None)
    kb.finish()
    editor = _editor(w, "primary")
    rid = editor.review.id
    header = store.get_review(rid).header
    assert (header.unit, header.outcome.value, header.product_date, header.decision_maker) == (
        "Glasgow", "refusal", date(2025, 10, 15), "DM1234")
    n = len(editor.review.criteria)
    # -- the checklist: 2 (minor) takes the keyboard to the comment, Esc back, Down, then 1 for the rest
    kb.press("2").type("Material fact framed imprecisely.").press("escape", "down")
    kb.press(*["1"] * (n - 1))
    kb.press("ctrl+return").until("complete", lambda: store.get_review(rid).status is ReviewStatus.COMPLETE)
    kb.finish()
    review = store.get_review(rid)
    assert review.findings[review.criteria[0].id].comment == "Material fact framed imprecisely."
    assert [f.severity for f in review.findings.values()].count(Severity.MINOR) == 1
    # -- Review ▸ Reopen review… (Alt+R, R): the reason typed, Return records it
    kb.press("alt+r", "r").until("the reason dialog", lambda: QApplication.activeModalWidget() is not None)
    kb.type("Service date checked again on the file.").press("return")
    kb.until("reopened", lambda: store.get_review(rid).status is ReviewStatus.IN_PROGRESS)
    # the keyboard is back in the checklist, on the last criterion: 2, its comment, Esc, Ctrl+Return
    kb.press("2").type("Service date not recorded.").press("escape", "ctrl+return")
    kb.until("complete again", lambda: store.get_review(rid).status is ReviewStatus.COMPLETE)
    kb.finish()
    review = store.get_review(rid)
    assert [f.severity for f in review.findings.values()].count(Severity.MINOR) == 2
    assert any(e.kind == "reopened" and "Service date checked" in e.detail for e in review.events)
    # -- Review ▸ Request second review… (Alt+R, S): the second reviewer's name, Return
    kb.press("alt+r", "s").until("who does it", lambda: QApplication.activeModalWidget() is not None)
    kb.type("CD").press("return")
    kb.until("the second review", lambda: bool(store.second_reviews(rid)))
    # -- File ▸ Switch reviewer… (Alt+F, W): New reviewer…, name CD, role Technical specialist, Return
    kb.press("alt+f", "w").until("who is working", lambda: QApplication.activeModalWidget() is not None)
    kb.press("down", "alt+n").type("CD").press("alt+o").type("T").press("return")
    kb.until("CD at the keyboard", lambda: store.actor == "CD" and QApplication.activeModalWidget() is None)
    kb.finish()
    second = store.second_reviews(rid)[0].id
    # -- Ctrl+L: the list, the keyboard in its table; Down to CD's review, Return opens it
    kb.press("ctrl+l").check("the list's table has the keyboard",
                             lambda: QApplication.focusWidget() is w.list_page.ui.table)
    kb.finish()
    model_ids = [row.id for row in w.list_page.model.rows]
    order = [model_ids[w.list_page.proxy.mapToSource(w.list_page.proxy.index(r, 0)).row()]
             for r in range(w.list_page.proxy.rowCount())]  # the rows as shown
    assert second in order
    current = w.list_page.ui.table.currentIndex().row()
    steps = order.index(second) - current
    kb.press(*(["down"] * steps if steps >= 0 else ["up"] * -steps), "return")
    kb.until("the second review's tab", lambda: _editor(w, "second") is not None)
    kb.finish()
    editor2 = _editor(w, "second")
    assert editor2.review.id == second
    ids2 = [c.id for c in editor2.review.criteria]
    at = ids2.index("2.2")
    # no error up to 2.2, a significant error there with its comment, no error for the rest
    kb.press(*["1"] * at).press("3").type("Inconsistency with the screening interview not addressed.")
    kb.press("escape", "down").press(*["1"] * (len(ids2) - at - 1)).press("ctrl+return")
    kb.until("the second review complete", lambda: store.get_review(second, viewer="CD").status
             is ReviewStatus.COMPLETE)
    kb.finish()
    # -- Review ▸ Compare and agree… (Alt+R, M): Down to 2.2, Right to its agreed finding, S (Significant),
    # Tab to its note, the note typed, Return (the note is kept; the agreement is not recorded by a
    # Return), Ctrl+Return records it
    from qpp_reviewer.qt.compare import CompareDialog

    def dialog():
        d = QApplication.activeModalWidget()
        return d if isinstance(d, CompareDialog) else None

    kb.press("alt+r", "m").until("the comparison", lambda: dialog() is not None)
    kb.check("the keyboard in the table", lambda: dialog().table.isAncestorOf(QApplication.focusWidget())
             or QApplication.focusWidget() is dialog().table)
    kb.press(*["down"] * at).press("right", "right", "right", "right").type("s")
    kb.check("2.2's agreed finding is Significant",
             lambda: dialog().combos["2.2"].currentData() == Severity.SIGNIFICANT.value)
    kb.press("tab").type("Agreed at calibration: the inconsistency was material.").press("return")
    kb.check("the note is in 2.2's row",
             lambda: dialog().table.item(at, 5).text() == "Agreed at calibration: the inconsistency was material.")
    kb.press("return")
    kb.check("a Return in the table records nothing", lambda: dialog() is not None and dialog().isVisible())
    kb.press("ctrl+return")
    kb.until("the agreed review", lambda: _editor(w, "agreed") is not None)
    kb.finish()
    agreed = _editor(w, "agreed").review
    assert agreed.findings["2.2"].severity is Severity.SIGNIFICANT
    assert store.get_review(agreed.id).status is ReviewStatus.COMPLETE
    assert _editor(w, "agreed").ui.bandLabel.text() == QualityBand.QS3.value
    assert [k for k, _ in shown] == []  # no warning or error on the way
    assert store.verify_audit().ok
