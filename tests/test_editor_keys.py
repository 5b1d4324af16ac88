"""The review editor as a person types at it (issue 14 items 2, 5, 9).

Every key goes to ``QApplication.focusWidget()``, whatever that is at the moment, and every
button is clicked: the test does not pick the widget the keys land in, so a key that lands
somewhere unexpected shows up as a change (or no change) in what the store holds.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

from qpp_reviewer.domain import MAX_TEXT, ReviewStatus, Severity
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.qt.reason_dialog import ReasonDialog
from qpp_reviewer.storage.store import Store

from .helpers import header


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    make_application()
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2])))
    store = Store.open(tmp_path / "a.sqlite3")
    store.actor = "AB"
    w = MainWindow(store)
    w.shown_boxes = shown
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    QApplication.setActiveWindow(w)
    yield w
    w.close()
    store.close()


def focus():
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard"
    return w


def key(qtbot, k, mods=Qt.NoModifier):
    qtbot.keyClick(focus(), k, mods)


def type_text(qtbot, text):
    for ch in text:
        qtbot.keyClicks(focus(), ch)


def open_review(qtbot, window, complete=False):
    store = window.store
    rid = store.create_review(header())
    if complete:
        for c in store.get_review(rid).criteria:
            store.set_finding(rid, c.id, Severity.NO_ERROR)
        store.complete_review(rid)
    editor = window.open_review(rid)
    QApplication.setActiveWindow(window)
    editor.ui.criteriaView.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.ui.criteriaView, timeout=2000)
    return rid, editor


def findings(store, rid):
    return {cid: (f.severity, f.comment) for cid, f in store.get_review(rid).findings.items()}


def test_an_error_on_a_criterion_with_a_comment_goes_to_the_comment_and_text_stays_text(qtbot, window):
    rid, editor = open_review(qtbot, window)
    cid = editor.current_criterion()
    key(qtbot, Qt.Key_M)  # minor: the comment field has the keyboard
    assert focus() is editor.ui.commentEdit
    type_text(qtbot, "Date missing.")
    key(qtbot, Qt.Key_Escape)
    assert focus() is editor.ui.criteriaView
    # the same criterion is still current (an error does not move on); now make it significant
    assert editor.current_criterion() == cid
    key(qtbot, Qt.Key_S)
    assert focus() is editor.ui.commentEdit, "an error always goes to its comment, written or not"
    before = len(window.store.history(rid))
    type_text(qtbot, " Service date missing.")  # S, F, M, O, X, J, K would all be finding or move keys
    key(qtbot, Qt.Key_Escape)
    saved = findings(window.store, rid)
    assert saved[cid] == (Severity.SIGNIFICANT, "Date missing. Service date missing.")
    assert {c for c, (sev, _) in saved.items() if sev is not None} == {cid}
    actions = [e.action for e in window.store.history(rid)[before:]]
    assert actions == ["comment"], actions


def test_text_typed_into_the_checklist_changes_and_moves_nothing(qtbot, window):
    """Letters that are not finding or move keys do nothing there: no tree search jumping to a
    criterion by its first letter (the next finding key would then change that one)."""
    rid, editor = open_review(qtbot, window)
    first = editor.current_criterion()
    assert focus() is editor.ui.criteriaView
    type_text(qtbot, "the great weight; we bet")  # no 0-5, O M S F X, J K
    assert focus() is editor.ui.criteriaView
    assert editor.current_criterion() == first
    assert all(sev is None for sev, _ in findings(window.store, rid).values())
    assert "checklist has the keyboard" in window.ui.statusBar.currentMessage()


def _answer_reason(qtbot, keys, log):
    """Drive the reason dialog with keys to its focus widget; close it whatever happens."""
    d = QApplication.activeModalWidget()
    try:
        assert isinstance(d, ReasonDialog), d
        d.activateWindow()
        QApplication.setActiveWindow(d)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and d.isAncestorOf(QApplication.focusWidget()),
                        timeout=2000)
        for k in keys:
            if isinstance(k, str):
                type_text(qtbot, k)
            else:
                qtbot.keyClick(focus(), *k)
            log.append((type(QApplication.focusWidget()).__name__, d.isVisible(), d.hint.text()))
        # a button's mnemonic (Alt+O) clicks it after a short animation, as on screen
        qtbot.waitUntil(lambda: not d.isVisible(), timeout=2000)
    finally:
        if d is not None and d.isVisible():
            log.append(("left open", True, ""))
            d.reject()


def test_reopen_dialog_is_left_by_the_keyboard(qtbot, window):
    rid, editor = open_review(qtbot, window, complete=True)
    log = []
    # Tab leaves the text, Return with too short a reason stays and says why, Shift+Return is a new
    # line, Return records it
    keys = [(Qt.Key_Tab,), (Qt.Key_Backtab,), "no", (Qt.Key_Return,),
            " - missed a", (Qt.Key_Return, Qt.ShiftModifier), "safeguarding issue", (Qt.Key_Return,)]
    QTimer.singleShot(0, lambda: _answer_reason(qtbot, keys, log))
    editor.ui.reopenButton.click()
    assert log[0][0] != "QPlainTextEdit", "Tab moves out of the reason"
    assert log[1][0] == "QPlainTextEdit"
    assert log[3][1] and "at least a few words" in log[3][2], log[3]
    assert ("left open", True, "") not in log
    review = window.store.get_review(rid)
    assert review.status is ReviewStatus.IN_PROGRESS
    reopened = [e for e in window.store.history(rid) if e.action == "reopened"]
    assert reopened[-1].new == "no - missed a\nsafeguarding issue"
    # the keyboard is back in the checklist, not on "Complete review": Space completes nothing
    QApplication.setActiveWindow(window)  # as the window manager does when the dialog closes
    assert focus() is editor.ui.criteriaView
    key(qtbot, Qt.Key_Space)
    assert window.store.get_review(rid).status is ReviewStatus.IN_PROGRESS


@pytest.mark.parametrize("confirm", [(Qt.Key_O, Qt.AltModifier), (Qt.Key_Return, Qt.ControlModifier)])
def test_reopen_dialog_confirms_with_alt_o_and_ctrl_return(qtbot, window, confirm):
    rid, editor = open_review(qtbot, window, complete=True)
    log = []
    QTimer.singleShot(0, lambda: _answer_reason(qtbot, ["The decision maker replied", confirm], log))
    editor.ui.reopenButton.click()
    assert window.store.get_review(rid).status is ReviewStatus.IN_PROGRESS


def test_reopen_dialog_cancelled_with_esc_changes_nothing(qtbot, window):
    rid, editor = open_review(qtbot, window, complete=True)
    log = []
    QTimer.singleShot(0, lambda: _answer_reason(qtbot, ["half a reason", (Qt.Key_Escape,)], log))
    editor.ui.reopenButton.click()
    assert window.store.get_review(rid).status is ReviewStatus.COMPLETE
    assert [e.action for e in window.store.history(rid)].count("reopened") == 0


def test_after_completing_the_keyboard_is_in_the_checklist(qtbot, window):
    rid, editor = open_review(qtbot, window)
    for _ in editor.review.criteria:
        key(qtbot, Qt.Key_1)
    key(qtbot, Qt.Key_Return, Qt.ControlModifier)
    assert window.store.get_review(rid).status is ReviewStatus.COMPLETE
    assert focus() is editor.ui.criteriaView
    key(qtbot, Qt.Key_Space)  # not on the Reopen button
    assert QApplication.activeModalWidget() is None


def test_undo_takes_back_comments_and_findings_in_the_order_made(qtbot, window):
    rid, editor = open_review(qtbot, window)
    cid = editor.current_criterion()
    key(qtbot, Qt.Key_M)
    type_text(qtbot, "First text.")
    key(qtbot, Qt.Key_Escape)
    key(qtbot, Qt.Key_Return)  # back into the comment
    assert focus() is editor.ui.commentEdit
    type_text(qtbot, " More.")
    key(qtbot, Qt.Key_Escape)
    assert findings(window.store, rid)[cid] == (Severity.MINOR, "First text. More.")
    key(qtbot, Qt.Key_Z, Qt.ControlModifier)  # the comment's second part
    assert findings(window.store, rid)[cid] == (Severity.MINOR, "First text.")
    assert editor.ui.commentEdit.toPlainText() == "First text."
    key(qtbot, Qt.Key_Z, Qt.ControlModifier)  # the comment
    assert findings(window.store, rid)[cid] == (Severity.MINOR, "")
    key(qtbot, Qt.Key_Z, Qt.ControlModifier)  # the finding
    assert findings(window.store, rid)[cid] == (None, "")
    key(qtbot, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # redo, as F1 lists it
    key(qtbot, Qt.Key_Y, Qt.ControlModifier)  # redo, as most programs have it
    assert findings(window.store, rid)[cid] == (Severity.MINOR, "First text.")
    actions = [e.action for e in window.store.history(rid)]
    assert actions.count("comment") == 5 and actions.count("finding") == 3


def test_undo_from_the_menu_saves_the_comment_being_typed_first(qtbot, window):
    rid, editor = open_review(qtbot, window)
    cid = editor.current_criterion()
    key(qtbot, Qt.Key_F)
    type_text(qtbot, "Wrong standard")
    editor.undo_action.trigger()  # Edit ▸ Undo while the comment is still being typed
    # the text typed was saved as a step and that step was undone: nothing typed is half-saved
    assert findings(window.store, rid)[cid] == (Severity.FAIL, "")
    editor.redo_action.trigger()
    assert findings(window.store, rid)[cid] == (Severity.FAIL, "Wrong standard")


def test_a_comment_kept_on_no_error_is_shown_as_a_note(qtbot, window):
    rid, editor = open_review(qtbot, window)
    cid = editor.current_criterion()
    key(qtbot, Qt.Key_M)
    type_text(qtbot, "Good summary of the claim.")
    key(qtbot, Qt.Key_Escape)
    key(qtbot, Qt.Key_O)  # changed to no error: the comment stays (never dropped silently) ...
    assert findings(window.store, rid)[cid] == (Severity.NO_ERROR, "Good summary of the claim.")
    editor.ui.criteriaView.setCurrentIndex(editor._criterion_index(cid))
    # ... and says what it is now
    assert editor._items[cid][2].text() == "note"
    assert "a note: the finding is No error" in editor.ui.commentLabel.text().replace("&", "")


def test_a_pasted_comment_over_the_limit_is_cut_and_the_reviewer_told(qtbot, window):
    rid, editor = open_review(qtbot, window)
    cid = editor.current_criterion()
    key(qtbot, Qt.Key_M)
    edit = focus()
    assert isinstance(edit, QPlainTextEdit)
    QApplication.clipboard().setText("p" * (MAX_TEXT + 2500))
    type_text(qtbot, "Start ")
    key(qtbot, Qt.Key_V, Qt.ControlModifier)
    assert len(edit.toPlainText()) == MAX_TEXT
    assert edit.toPlainText().startswith("Start p")
    assert "at most 10,000 characters" in window.ui.statusBar.currentMessage()
    key(qtbot, Qt.Key_Escape)
    assert len(findings(window.store, rid)[cid][1]) == MAX_TEXT
    assert not window.shown_boxes


# -- the property: random keys never change a finding unintentionally -------------------------
FINDING_KEYS = {Qt.Key_1: Severity.NO_ERROR, Qt.Key_O: Severity.NO_ERROR, Qt.Key_2: Severity.MINOR,
                Qt.Key_M: Severity.MINOR, Qt.Key_3: Severity.SIGNIFICANT, Qt.Key_S: Severity.SIGNIFICANT,
                Qt.Key_4: Severity.FAIL, Qt.Key_F: Severity.FAIL, Qt.Key_5: Severity.NOT_APPLICABLE,
                Qt.Key_X: Severity.NOT_APPLICABLE, Qt.Key_0: None, Qt.Key_Delete: None, Qt.Key_Backspace: None}
LETTERS = [getattr(Qt, f"Key_{c}") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
DIGITS = [getattr(Qt, f"Key_{d}") for d in "0123456789"]
OTHER = [Qt.Key_Space, Qt.Key_Tab, Qt.Key_Backtab, Qt.Key_Return, Qt.Key_Escape, Qt.Key_Up, Qt.Key_Down,
         Qt.Key_Left, Qt.Key_Right, Qt.Key_Delete, Qt.Key_Backspace, Qt.Key_PageDown, Qt.Key_PageUp]
SHORTCUTS = [(Qt.Key_Z, Qt.ControlModifier), (Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier),
             (Qt.Key_Return, Qt.ControlModifier)]
KEY = st.one_of(st.sampled_from([(k, Qt.NoModifier) for k in LETTERS + DIGITS + OTHER]),
                st.sampled_from(SHORTCUTS))


@pytest.fixture(scope="module")
def keys_window(tmp_path_factory):
    make_application()
    saved = {n: getattr(QMessageBox, n) for n in ("information", "warning", "critical", "question")}
    for n in saved:
        setattr(QMessageBox, n, staticmethod(lambda *a, **k: QMessageBox.No))
    store = Store.open(tmp_path_factory.mktemp("keys") / "a.sqlite3")
    store.actor = "AB"
    w = MainWindow(store)
    w.show()
    yield w
    w.close()
    store.close()
    for n, f in saved.items():
        setattr(QMessageBox, n, f)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(keys=st.lists(KEY, min_size=1, max_size=60), complete=st.booleans())
def test_random_keys_change_findings_only_by_finding_keys_in_the_checklist(qtbot, keys_window, keys, complete):
    """Every change to a finding has its audit entry and came from a finding key pressed while the
    checklist had the keyboard (or from undo/redo there); text typed while a text field had the
    keyboard never changes a finding; a complete review changes only through Reopen."""
    window = keys_window
    store = window.store
    rid = store.create_review(header(case_reference=f"L{len(store.list_reviews()):07d}/001"))
    if complete:
        for c in store.get_review(rid).criteria:
            store.set_finding(rid, c.id, Severity.NO_ERROR)
        store.complete_review(rid)
    editor = window.open_review(rid)
    QApplication.setActiveWindow(window)
    editor.ui.criteriaView.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    expected_changes = 0
    for k, mods in keys:
        w = QApplication.focusWidget()
        if w is None or not editor.isAncestorOf(w):
            break  # the keys left the editor (a dialog, another page): the rest would not be the editor's
        before = findings(store, rid)
        in_tree = w is editor.ui.criteriaView
        current = editor.current_criterion()
        qtbot.keyClick(w, k, mods)
        if in_tree and mods == Qt.NoModifier and (k in LETTERS or k in DIGITS) and k not in FINDING_KEYS \
                and k not in (Qt.Key_J, Qt.Key_K):
            # a letter that means nothing in the checklist neither moves it (no search by first
            # letter, which would put the next finding key on another criterion) nor changes it
            assert editor.current_criterion() == current, f"key {k} moved the checklist"
        if QApplication.activeModalWidget() is not None:
            QApplication.activeModalWidget().reject()
            break
        after = findings(store, rid)
        sev_changed = {c for c in after if after[c][0] != before.get(c, (None, ""))[0]}
        if sev_changed:
            expected_changes += len(sev_changed)
            assert len(sev_changed) == 1, (k, mods, sev_changed)
            assert in_tree, f"key {k} with {mods} changed a finding while {type(w).__name__} had the keyboard"
            assert (k in FINDING_KEYS and mods == Qt.NoModifier) or k == Qt.Key_Z, (k, mods)
            assert not complete, "a complete review changed without Reopen"
    editor.flush_comment()
    final = store.get_review(rid)
    if complete:
        assert final.status is ReviewStatus.COMPLETE
    audited = [e for e in store.history(rid) if e.action == "finding"]
    assert len(audited) == expected_changes + (len(final.criteria) if complete else 0)
