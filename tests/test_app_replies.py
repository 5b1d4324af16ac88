"""Review ▸ Decision maker's reply… (issue 18 in the window): the reply typed in as a person does — the
action triggered, the answers chosen and typed into whatever has the keyboard — and where the reply
stands shown above the review."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox

from qpp_reviewer.domain import Severity
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.storage.store import Store

from .helpers import header


def test_the_reply_is_typed_in_and_the_review_says_where_it_stands(qtbot, tmp_path, monkeypatch):
    make_application()
    store = Store.open(tmp_path / "r.sqlite3")
    store.actor = "AB"
    rid = store.create_review(header())
    crit = store.get_review(rid).criteria
    for c in crit:
        store.set_finding(rid, c.id, Severity.SIGNIFICANT if c is crit[3] else Severity.NO_ERROR)
    store.set_comment(rid, crit[3].id, "Material inconsistency not put to the claimant.")
    store.complete_review(rid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)  # issue the feedback now
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    editor = w.open_review(rid)
    assert not editor.reply_label.isVisible()
    log = []

    def answer():
        d = QApplication.activeModalWidget()
        try:
            log.append(type(d).__name__)
            d.activateWindow()
            QApplication.setActiveWindow(d)
            qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox), timeout=2000)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Down)  # Accept -> Dispute on the first error
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
            assert isinstance(QApplication.focusWidget(), QLineEdit)
            qtbot.keyClicks(QApplication.focusWidget(), "The inconsistency was put at question 41.")
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key_R, Qt.AltModifier)  # &Record the reply
            qtbot.waitUntil(lambda: not d.isVisible(), timeout=2000)
        except Exception as exc:  # noqa: BLE001 - reported by the test
            log.append(exc)
            d.reject()

    QTimer.singleShot(0, answer)
    w.ui.actionReply.trigger()
    assert log == ["ReplyDialog"], log
    status = store.replies.state(rid)
    assert status.state == "reply_received" and status.disputes == 1
    [reply] = [r for r in status.replies if r.criterion_id == crit[3].id]
    assert reply.verdict == "dispute" and reply.reason.startswith("The inconsistency was put")
    assert editor.reply_label.isVisible() and "1 of 1 disputes open" in editor.reply_label.text()
    w.close()
    store.close()


def test_the_first_screen_counts_feedback_awaiting_a_reply(qtbot, tmp_path):
    make_application()
    store = Store.open(tmp_path / "f.sqlite3")
    store.actor = "AB"
    rid = store.create_review(header())
    for c in store.get_review(rid).criteria:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    store.complete_review(rid)
    store.replies.issue_feedback(rid)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    line = w.list_page.queriesBanner
    assert line.isVisible() and line.text().startswith("1 feedback sheet awaiting a reply")
    w.close()
    store.close()
