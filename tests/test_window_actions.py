"""Every menu action and button of the main window, used as a person uses it (issue 14 item 1).

Each entry of ``TRIGGERED`` and ``CLICKED`` triggers the QAction (``trigger()``, which emits
``triggered(bool)`` exactly as the menu, the tool bar and the shortcut do) or clicks the button,
answers whatever the program asks (a file dialog, a choice, a yes/no) the way a person would, and
checks what the person would see happen: a file written, a dialog shown, a review changed.
``tests/test_action_coverage.py`` fails when an action of the window has no test that uses it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from qpp_reviewer.demo import fill_demo
from qpp_reviewer.domain import ReviewStatus, Severity
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.storage.store import ReviewFilter, Store

from .helpers import header


class Person:
    """What the program asked and was told: message boxes, file dialogs, choices, modal dialogs."""

    def __init__(self, monkeypatch, tmp_path):
        self.boxes: list[tuple[str, str, str]] = []
        self.modals: list[str] = []
        self.save_as: str = ""
        self.open_files: list[str] = []
        self.item: str | None = None  # answer to a choice (None: the first offered)
        self.text = ""
        self.yes = True
        self.asked: list[str] = []
        self.done = False  # the test is over: a close_next_modal still looking stops
        for kind in ("information", "warning", "critical", "about"):
            monkeypatch.setattr(QMessageBox, kind,
                                lambda *a, _k=kind, **k: self.boxes.append((_k, str(a[1]), str(a[2]))))
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: (self.asked.append(str(a[2])),
                                             QMessageBox.Yes if self.yes else QMessageBox.No)[1])
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (self.save_as, ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (self.open_files, ""))

        def get_item(parent, title, label, items, *a, **k):
            self.asked.append(label)
            return (self.item if self.item is not None else items[0]), True

        monkeypatch.setattr(QInputDialog, "getItem", get_item)
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (self.text, bool(self.text)))

    def close_next_modal(self):
        """Close the next modal dialog the program opens, noting which it was (a person pressing Esc)."""

        def look(tries=[0]):
            if self.done:  # never close a dialog of the next test in this process
                return
            w = QApplication.activeModalWidget()
            if w is not None:
                self.modals.append(type(w).__name__)
                w.reject()
            elif tries[0] < 200:
                tries[0] += 1
                QTimer.singleShot(10, look)

        QTimer.singleShot(0, look)


@pytest.fixture
def app(qtbot, tmp_path, monkeypatch):
    make_application()
    person = Person(monkeypatch, tmp_path)
    store = Store.open(tmp_path / "reviews.sqlite3")
    fill_demo(store, 12, seed=4, today=date(2025, 11, 1))
    store.actor = "AB"
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w, person, tmp_path
    person.done = True
    w.close()
    store.close()


def _wait_file(qtbot, path: Path):
    qtbot.waitUntil(lambda: path.exists() and path.stat().st_size > 0, timeout=20000)


def _complete_review_id(store) -> str:
    return next(r.id for r in store.list_reviews(ReviewFilter()) if r.status is ReviewStatus.COMPLETE
                and r.kind == "primary")


def _open_in_progress(w) -> object:
    rid = w.store.create_review(header(case_reference="L7777777/001"))
    return w.open_review(rid)


# -- the table: what each action does, as a person sees it --------------------------------------
def new_review(w, person, tmp, qtbot):
    from .test_app import fill_dialog

    def drive():
        d = QApplication.activeModalWidget()
        person.modals.append(type(d).__name__)
        fill_dialog(qtbot, d, case="L5551234/001")
        d.ok_button().click()

    before = w.store.count_reviews()
    QTimer.singleShot(0, drive)
    w.ui.actionNewReview.trigger()
    assert person.modals == ["NewReviewDialog"]
    assert w.store.count_reviews() == before + 1
    assert w.current_editor().review.header.case_reference == "L5551234/001"


def _type_new_passphrase(passphrase: str, seen: list, dialogs=("NewPassphraseDialog", "RecoveryKeyDialog")):
    """A person at the new-passphrase dialog: types it, Tab, types it again, Return; then, at the
    recovery key, Space on "I have written down the recovery key" and Return."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    def step(tries=[0]):
        d = QApplication.activeModalWidget()
        name = type(d).__name__ if d is not None else ""
        focus = QApplication.focusWidget()
        if name and (focus is None or not d.isAncestorOf(focus)):  # keys go where the focus is: wait for it
            d.activateWindow()
            QApplication.setActiveWindow(d)
        elif name in ("NewPassphraseDialog", "RecoveryKeyDialog") and (not seen or seen[-1] != name):
            seen.append(name)
            if name == "NewPassphraseDialog":
                QTest.keyClicks(QApplication.focusWidget(), passphrase)
                QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
                QTest.keyClicks(QApplication.focusWidget(), passphrase)
                QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)
                if dialogs[-1] == name:
                    return  # done: no timer left to answer a later test's dialog
            else:
                seen.append(d.key.text())
                QTest.keyClick(QApplication.focusWidget(), Qt.Key_Space)
                QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)
                return
        if tries[0] < 500:
            tries[0] += 1
            QTimer.singleShot(10, step)

    QTimer.singleShot(0, step)


def open_database(w, person, tmp, qtbot):
    from qpp_reviewer.storage import cipher

    person.save_as = str(tmp / "other.sqlite3")
    seen: list = []
    _type_new_passphrase("a passphrase for the other file", seen)
    w.ui.actionOpenDatabase.trigger()
    assert seen[:2] == ["NewPassphraseDialog", "RecoveryKeyDialog"]  # a new database: a passphrase offered
    assert Path(w.store.location).name == "other.sqlite3"
    assert "other.sqlite3" in w.windowTitle()
    assert cipher.is_encrypted(tmp / "other.sqlite3")
    cipher.forget()


def encrypt(w, person, tmp, qtbot):
    from qpp_reviewer.storage import cipher

    before = w.store.count_reviews()
    seen: list = []
    _type_new_passphrase("the passphrase of my reviews", seen)
    w.ui.actionEncrypt.trigger()
    assert seen[0] == "NewPassphraseDialog" and seen[1] == "RecoveryKeyDialog" and len(seen[2]) == 39
    db = tmp / "reviews.sqlite3"
    assert cipher.is_encrypted(db) and not db.read_bytes().startswith(b"SQLite format 3")
    assert w.store.count_reviews() == before  # reopened, every review there
    assert not w.actionEncrypt.isEnabled() and w.actionChangePassphrase.isEnabled()
    cipher.forget()
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unlock(db, "not the passphrase")
    cipher.unlock(db, "the passphrase of my reviews")
    cipher.forget()


def change_passphrase(w, person, tmp, qtbot):
    from qpp_reviewer.storage import cipher

    db = tmp / "reviews.sqlite3"
    encrypt(w, person, tmp, qtbot)
    cipher.unlock(db, "the passphrase of my reviews")
    seen: list = []
    _type_new_passphrase("a second passphrase", seen, dialogs=("NewPassphraseDialog",))
    w.ui.actionChangePassphrase.trigger()
    assert seen == ["NewPassphraseDialog"]
    cipher.forget()
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unlock(db, "the passphrase of my reviews")
    cipher.unlock(db, "a second passphrase")
    cipher.forget()


def export(w, person, tmp, qtbot):
    person.save_as = str(tmp / "out.xlsx")
    person.yes = False  # no password
    w.ui.actionExport.trigger()
    _wait_file(qtbot, tmp / "out.xlsx")
    assert "Exported" in w.ui.statusBar.currentMessage()


def collate(w, person, tmp, qtbot):
    from qpp_reviewer.exchange.export import export_workbook

    laptop = Store.open(tmp / "laptop.sqlite3")
    rid = laptop.create_review(header(case_reference="L8888888/001"))
    for c in laptop.get_review(rid).criteria:
        laptop.set_finding(rid, c.id, Severity.NO_ERROR)
    laptop.complete_review(rid)
    export_workbook(laptop, [rid], tmp / "in.xlsx")
    laptop.close()
    person.open_files = [str(tmp / "in.xlsx")]
    w.ui.actionCollate.trigger()
    qtbot.waitUntil(lambda: getattr(w, "last_collation_box", None) is not None, timeout=20000)
    assert "1 added" in w.last_collation_box.text()
    assert w.store.get_review(rid).header.case_reference == "L8888888/001"
    w.last_collation_box.close()


def restore(w, person, tmp, qtbot):
    from qpp_reviewer.storage.db import backup_sqlite

    w.ui.actionRestore.trigger()  # no backup yet: says so
    assert person.boxes and "no backups" in person.boxes[-1][2]
    backup_sqlite(Path(w.store.location), "test")
    rid = w.store.create_review(header(case_reference="L9999999/001"))
    w.ui.actionRestore.trigger()
    assert person.asked and "Replace the database" in person.asked[-1]
    assert "Restored from" in w.ui.statusBar.currentMessage()
    assert rid not in {r.id for r in w.store.list_reviews(ReviewFilter())}


def quit_(w, person, tmp, qtbot):
    w.ui.actionQuit.trigger()
    assert not w.isVisible()


def show_list(w, person, tmp, qtbot):
    w.ui.actionShowDashboard.trigger()
    assert w.ui.tabs.currentWidget() is w.dashboard
    w.ui.actionShowList.trigger()
    assert w.ui.tabs.currentWidget() is w.list_page
    # the keyboard is in the table, on a row: Enter opens it (found in a keyboard-only walk)
    table = w.list_page.ui.table
    assert w.focusWidget() is table and table.currentIndex().isValid()
    from PySide6.QtCore import Qt

    qtbot.keyClick(table, Qt.Key_Return)
    assert w.current_editor() is not None


def close_tab(w, person, tmp, qtbot):
    editor = _open_in_progress(w)
    n = w.ui.tabs.count()
    w.ui.actionCloseTab.trigger()
    assert w.ui.tabs.count() == n - 1 and editor not in w.editors()


def reopen_review(w, person, tmp, qtbot):
    rid = _complete_review_id(w.store)
    w.open_review(rid)

    def answer():
        d = QApplication.activeModalWidget()
        person.modals.append(type(d).__name__)
        d.edit.setPlainText("Missed a safeguarding referral")
        d.ok_button.click()

    QTimer.singleShot(0, answer)
    w.ui.actionReopenReview.trigger()
    assert person.modals == ["ReasonDialog"]
    assert w.store.get_review(rid).status is ReviewStatus.IN_PROGRESS


def _answer_reviewer_dialog(person, answers):
    """Type each answer in the 'who does it' dialog and press OK; note what it offered and said."""
    from PySide6.QtWidgets import QComboBox, QInputDialog

    def look(tries=[0]):
        if person.done:  # the test is over: leave the next test's dialogs alone
            return
        d = QApplication.activeModalWidget()
        if not isinstance(d, QInputDialog):
            if tries[0] < 300:
                tries[0] += 1
                QTimer.singleShot(10, look)
            return
        combo = d.findChild(QComboBox)
        person.offered.append(([combo.itemText(i) for i in range(combo.count())], d.textValue(), d.labelText()))
        if not answers:
            d.reject()
            return
        d.setTextValue(answers.pop(0))
        d.accept()
        tries[0] = 0
        QTimer.singleShot(0, look)  # asked again?

    person.offered = []
    QTimer.singleShot(0, look)


def second_review(w, person, tmp, qtbot):
    """Issue 14 item 8: the first reviewer is neither offered nor filled in; a refused name is said
    in the dialog, which asks again."""
    rid = _complete_review_id(w.store)
    first = w.store.get_review(rid).header.reviewer
    from qpp_reviewer.domain import Role

    w.store.add_profile("Someone Else", Role.AUDITOR)
    w.store.add_profile(first, Role.AUDITOR) if first not in [n for n, _ in w.store.profiles()] else None
    w.open_review(rid)
    _answer_reviewer_dialog(person, [first, "Someone Else"])
    w.ui.actionSecondReview.trigger()
    (items1, filled1, _), (items2, filled2, label2) = person.offered[:2]
    assert "Someone Else" in items1 and first not in items1 and filled1 == ""
    assert "made this review and cannot second-review" in label2
    assert filled2 == first  # what was typed is kept, to correct
    seconds = w.store.second_reviews(rid)
    assert [(s.kind, s.reviewer) for s in seconds] == [("second", "Someone Else")]
    assert "Second review requested" in w.ui.statusBar.currentMessage()


def assurance(w, person, tmp, qtbot):
    rid = _complete_review_id(w.store)
    w.open_review(rid)
    _answer_reviewer_dialog(person, ["Quality Lead"])
    w.ui.actionAssurance.trigger()
    assert [s.kind for s in w.store.second_reviews(rid)] == ["assurance"]
    _answer_reviewer_dialog(person, [])  # cancelled: nothing requested
    w.ui.actionAssurance.trigger()
    assert [s.kind for s in w.store.second_reviews(rid)] == ["assurance"]


def compare(w, person, tmp, qtbot):
    rid = _complete_review_id(w.store)
    w.ui.actionCompare.trigger()  # nothing open or selected: nothing to compare, no dialog
    assert person.modals == []
    w.open_review(rid)
    w.ui.actionCompare.trigger()  # no second review yet: says so
    assert "no second review yet" in person.boxes[-1][2]
    sid = w.store.request_second_review(rid, "Someone Else", "second")
    for c in w.store.get_review(sid).criteria:
        w.store.set_finding(sid, c.id, Severity.NO_ERROR)
    w.store.complete_review(sid)
    person.close_next_modal()
    w.ui.actionCompare.trigger()
    assert person.modals == ["CompareDialog"]


def history(w, person, tmp, qtbot):
    from qpp_reviewer.domain import OutcomeJudgement

    rid = w.store.create_review(header(case_reference="L6666666/001"))
    criteria = w.store.get_review(rid).criteria
    for c in criteria:
        w.store.set_finding(rid, c.id, Severity.NO_ERROR)
    ordinary = next(c for c in criteria if c.special_policy is None)
    w.store.set_finding(rid, ordinary.id, Severity.FAIL)
    w.store.set_comment(rid, ordinary.id, "Wrong standard of proof")
    w.store.set_outcome_judgement(rid, OutcomeJudgement.PROBABLY_WRONG)
    w.store.complete_review(rid)
    w.open_review(rid)
    w.ui.actionHistory.trigger()
    d = w.last_history_dialog
    assert d.isVisible()
    cells = [[d.table.item(r, c).text() for c in range(d.table.columnCount())] for r in range(d.table.rowCount())]
    d.close()
    text = "\n".join(" | ".join(row) for row in cells)
    # words, not the trail's codes (issue 14 item 7)
    for code in ("no_error", "not_applicable", "probably_wrong", "probably_correct", "qpp-decision v", "qpp-interview v",
                 "outcome_judgement", "signed_off"):
        assert code not in text, (code, text[:2000])
    assert any(row[3] == "Review created" and row[4] == "Checklist" and "version" in row[6] for row in cells), cells[:2]
    assert any(row[3] == "Finding" and row[4].startswith("Criterion ") and row[6] == "No error" for row in cells)
    assert any(row[3] == "Completed" and row[4] == "Band" for row in cells)


def switch_reviewer(w, person, tmp, qtbot):
    """Switching reviewer: the new person is recorded, and a dashboard drill-down counted for the
    one before does not stay on the list (issue 14 item 4)."""
    from PySide6.QtWidgets import QDialogButtonBox

    person.close_next_modal()
    w.ui.actionSwitchReviewer.trigger()
    assert person.modals == ["WhoDialog"] and w.store.actor == "AB"  # cancelled: nothing changed
    w.show_reviews(w.list_page.shown_ids()[:2], "two reviews")
    assert w.list_page.model.rowCount() == 2

    def choose():
        d = QApplication.activeModalWidget()
        d.people.setCurrentIndex(d.people.count() - 1)  # New reviewer…
        d.name.setText("EF")
        d.buttons.button(QDialogButtonBox.Ok).click()

    QTimer.singleShot(0, choose)
    w.ui.actionSwitchReviewer.trigger()
    assert w.store.actor == "EF" and "EF" in w.windowTitle()
    assert w.list_page.model.rowCount() > 2 and not w.list_page.ui.idsBanner.isVisible()


def dashboard(w, person, tmp, qtbot):
    w.ui.actionShowDashboard.trigger()
    assert w.ui.tabs.currentWidget() is w.dashboard


def export_feedback(w, person, tmp, qtbot):
    assert not w.ui.actionExportFeedback.isEnabled()  # no review open: the command is off
    w.open_review(_complete_review_id(w.store))
    person.save_as = str(tmp / "feedback.pdf")
    w.ui.actionExportFeedback.trigger()
    _wait_file(qtbot, tmp / "feedback.pdf")


def batch_report(w, person, tmp, qtbot):
    if not w.store.batches():
        w.ui.actionBatchReport.trigger()
        assert "no batches" in person.boxes[-1][2]
        bid = w.store.create_batch("Glasgow October", "", "AB")
        w.store.add_to_batch(bid, [_complete_review_id(w.store)])
    person.save_as = str(tmp / "batch.pdf")
    w.ui.actionBatchReport.trigger()
    _wait_file(qtbot, tmp / "batch.pdf")


def period_report(w, person, tmp, qtbot):
    person.save_as = str(tmp / "period.pdf")
    w.ui.actionPeriodReport.trigger()
    _wait_file(qtbot, tmp / "period.pdf")


def keyboard_help(w, person, tmp, qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    w.ui.actionKeyboardHelp.trigger()
    dialog, text = w.last_help_dialog, w.last_help_text
    assert "Keyboard" in dialog.windowTitle() and dialog.isVisible()
    assert dialog.height() + 24 <= 800  # with its title bar, on a 1280x800 screen
    dialog.close()
    for k in ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+H", "Ctrl+E", "Alt+O", "Ctrl+Return"):
        assert f"<b>{k}" in text or f"{k}<" in text or f" {k}" in text, k
    # every command with a shortcut is listed with its key
    for a in w.findChildren(QAction):
        if not a.shortcut().isEmpty() and a.text():
            assert a.shortcut().toString(QKeySequence.NativeText) in text, a.objectName()


def about(w, person, tmp, qtbot):
    w.ui.actionAbout.trigger()
    kind, title, text = person.boxes[-1]
    assert kind == "about" and "Database:" in text


def _menu_action(w, name):
    from PySide6.QtGui import QAction

    return w.findChild(QAction, name)


def draw_sample(w, person, tmp, qtbot):
    person.close_next_modal()
    _menu_action(w, "actionDrawSample").trigger()
    assert person.modals == ["SamplingDialog"]


def sampled_cases(w, person, tmp, qtbot):
    person.close_next_modal()
    _menu_action(w, "actionSampledCases").trigger()
    assert person.modals == ["SampledCasesDialog"]


def templates(w, person, tmp, qtbot):
    person.close_next_modal()
    _menu_action(w, "actionTemplates").trigger()
    assert person.modals == ["TemplatesDialog"]


def language(w, person, tmp, qtbot):
    from PySide6.QtCore import QSettings

    _menu_action(w, "actionLanguage_fr").trigger()
    assert "next starts" in w.ui.statusBar.currentMessage()
    assert QSettings().value("language") == "fr"
    _menu_action(w, "actionLanguage_en").trigger()
    assert QSettings().value("language") == "en"
    assert _menu_action(w, "actionLanguage_en").isChecked()


def complete(w, person, tmp, qtbot):
    editor = _open_in_progress(w)
    for c in editor.review.criteria:
        w.store.set_finding(editor.review.id, c.id, Severity.NO_ERROR)
    editor._reload()
    w.ui.actionCompleteReview.trigger()
    assert w.store.get_review(editor.review.id).status is ReviewStatus.COMPLETE


TRIGGERED = {
    "actionNewReview": new_review, "actionOpenDatabase": open_database, "actionExport": export,
    "actionCollate": collate, "actionRestore": restore, "actionQuit": quit_, "actionShowList": show_list,
    "actionCloseTab": close_tab, "actionReopenReview": reopen_review, "actionSecondReview": second_review,
    "actionAssurance": assurance, "actionCompare": compare, "actionHistory": history,
    "actionSwitchReviewer": switch_reviewer, "actionShowDashboard": dashboard,
    "actionExportFeedback": export_feedback, "actionBatchReport": batch_report,
    "actionPeriodReport": period_report, "actionKeyboardHelp": keyboard_help, "actionAbout": about,
    "actionDrawSample": draw_sample, "actionSampledCases": sampled_cases, "actionTemplates": templates,
    "actionLanguage_en": language, "actionLanguage_fr": language, "actionCompleteReview": complete,
    "actionEncrypt": encrypt, "actionChangePassphrase": change_passphrase,
}


@pytest.mark.parametrize("name", sorted(TRIGGERED))
def test_menu_action_does_what_it_says(app, qtbot, name):
    w, person, tmp = app
    TRIGGERED[name](w, person, tmp, qtbot)


# -- buttons ------------------------------------------------------------------------------------
def b_complete(w, person, tmp, qtbot):
    editor = _open_in_progress(w)
    for c in editor.review.criteria:
        w.store.set_finding(editor.review.id, c.id, Severity.NO_ERROR)
    editor._reload()
    editor.ui.completeButton.click()
    assert w.store.get_review(editor.review.id).status is ReviewStatus.COMPLETE


def b_export_feedback(w, person, tmp, qtbot):
    editor = w.open_review(_complete_review_id(w.store))
    person.save_as = str(tmp / "fb.pdf")
    editor.ui.exportFeedbackButton.click()
    _wait_file(qtbot, tmp / "fb.pdf")


def _batches_tab(w):
    w.ui.tabs.setCurrentWidget(w.batch_page)
    return w.batch_page.ui


def b_new_batch(w, person, tmp, qtbot):
    ui = _batches_tab(w)
    person.text = "Glasgow routine Nov"
    ui.newBatchButton.click()
    assert "Glasgow routine Nov" in [b.name for b in w.store.batches()]
    assert ui.batchTitle.text() == "Glasgow routine Nov"


def _batch_with_review(w):
    bid = w.store.create_batch("Cardiff Nov", "", "AB")
    rid = _complete_review_id(w.store)
    w.store.add_to_batch(bid, [rid])
    ui = _batches_tab(w)
    w.batch_page.refresh(select_id=bid)
    return bid, rid, ui


def b_sign_off(w, person, tmp, qtbot):
    bid, rid, ui = _batch_with_review(w)
    ui.signOffButton.click()
    assert person.asked and "Sign off" in person.asked[-1]
    assert next(b for b in w.store.batches() if b.id == bid).signed_off


def b_export_batch(w, person, tmp, qtbot):
    bid, rid, ui = _batch_with_review(w)
    person.save_as = str(tmp / "batch.xlsx")
    person.yes = False
    ui.exportBatchButton.click()
    _wait_file(qtbot, tmp / "batch.xlsx")


def b_batch_report(w, person, tmp, qtbot):
    bid, rid, ui = _batch_with_review(w)
    person.save_as = str(tmp / "b.pdf")
    ui.batchReportButton.click()
    _wait_file(qtbot, tmp / "b.pdf")


def b_remove_reviews(w, person, tmp, qtbot):
    bid, rid, ui = _batch_with_review(w)
    ui.removeReviewsButton.click()  # nothing selected: says what to do
    assert person.boxes and "Select" in person.boxes[-1][2]
    assert len(w.store.list_reviews(ReviewFilter(batch_id=bid))) == 1
    ui.batchReviews.selectRow(0)
    ui.removeReviewsButton.click()
    assert w.store.list_reviews(ReviewFilter(batch_id=bid)) == []


def b_delete_batch(w, person, tmp, qtbot):
    bid, rid, ui = _batch_with_review(w)
    ui.deleteBatchButton.click()
    assert bid not in [b.id for b in w.store.batches()]
    assert w.store.get_review(rid) is not None  # the reviews are kept


def b_add_to_batch(w, person, tmp, qtbot):
    bid = w.store.create_batch("Leeds Nov", "", "AB")
    w.ui.tabs.setCurrentWidget(w.list_page)
    table = w.list_page.ui.table
    table.selectRow(0)
    person.item = "Leeds Nov"
    w.list_page.ui.addToBatchButton.click()
    assert len(w.store.list_reviews(ReviewFilter(batch_id=bid))) == 1


def b_clear_filters(w, person, tmp, qtbot):
    page = w.list_page
    w.ui.tabs.setCurrentWidget(page)
    everything = page.model.rowCount()
    page.ui.searchEdit.setText("no such case")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3000)
    page.ui.clearFilters.click()
    assert page.model.rowCount() == everything and page.ui.searchEdit.text() == ""
    w.ui.actionShowDashboard.trigger()
    w.dashboard.ui.clearFilters.click()  # the dashboard's own: its figures for everything again
    assert w.dashboard.current_filter() == ReviewFilter() or not any(vars(w.dashboard.current_filter()).values())


def b_clear_ids(w, person, tmp, qtbot):
    page = w.list_page
    some = page.shown_ids()[:2]
    w.show_reviews(some, "two reviews")
    assert page.model.rowCount() == 2
    page.ui.clearIdsButton.click()
    assert page.model.rowCount() > 2


def b_empty_new(w, person, tmp, qtbot):
    other = Store.open(tmp / "empty.sqlite3")
    w2 = MainWindow(other)
    qtbot.addWidget(w2)
    w2.show()
    person.close_next_modal()
    w2.list_page.ui.emptyNewButton.click()
    assert person.modals == ["NewReviewDialog"]
    w2.close()
    other.close()


def b_period_report(w, person, tmp, qtbot):
    w.ui.actionShowDashboard.trigger()
    person.save_as = str(tmp / "p.pdf")
    w.dashboard.ui.periodReportButton.click()
    _wait_file(qtbot, tmp / "p.pdf")


CLICKED = {
    "completeButton": b_complete, "exportFeedbackButton": b_export_feedback, "newBatchButton": b_new_batch,
    "signOffButton": b_sign_off, "exportBatchButton": b_export_batch, "batchReportButton": b_batch_report,
    "removeReviewsButton": b_remove_reviews, "deleteBatchButton": b_delete_batch,
    "addToBatchButton": b_add_to_batch, "clearFilters": b_clear_filters, "clearIdsButton": b_clear_ids,
    "emptyNewButton": b_empty_new, "periodReportButton": b_period_report,
}


@pytest.mark.parametrize("name", sorted(CLICKED))
def test_button_does_what_it_says(app, qtbot, name):
    w, person, tmp = app
    CLICKED[name](w, person, tmp, qtbot)
