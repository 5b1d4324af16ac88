"""Drive the real window: create, score by keyboard, complete, restart, find it all."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from qpp_reviewer.domain import OutcomeJudgement, QualityBand, ReviewStatus, Severity
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.qt.new_review import NewReviewDialog
from qpp_reviewer.storage.store import Store

from .helpers import header


@pytest.fixture
def db(tmp_path):
    return tmp_path / "reviews.sqlite3"


@pytest.fixture
def window(qtbot, db):
    make_application()
    store = Store.open(db)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    store.close()


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    """Message boxes would block the test; record them instead."""
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2])))
    return shown


def fill_dialog(qtbot, dialog: NewReviewDialog, case="L1234567/001", unit="Glasgow",
                product="Decision", outcome="Refusal", dm="DM4411", reviewer="AB"):
    ui = dialog.ui
    qtbot.keyClicks(ui.caseReference, case)
    ui.unit.setCurrentIndex(ui.unit.findText(unit))
    ui.product.setCurrentIndex(ui.product.findText(product))
    if outcome:
        ui.outcome.setCurrentIndex(ui.outcome.findText(outcome))
    ui.productDate.setDate(QDate(2025, 10, 3))
    qtbot.keyClicks(ui.decisionMaker, dm)
    ui.reviewer.clear()
    qtbot.keyClicks(ui.reviewer, reviewer)


def create_via_dialog(qtbot, window, **fields):
    def drive():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewReviewDialog)
        fill_dialog(qtbot, dialog, **fields)
        qtbot.mouseClick(dialog.ok_button(), Qt.LeftButton)

    QTimer.singleShot(0, drive)
    return window.new_review()


def test_first_screen_is_an_empty_state_that_says_how_to_start(window):
    page = window.list_page
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert "New review" in page.ui.emptyText.text()
    assert page.ui.emptyNewButton.isVisible()


def test_dialog_shows_problems_beside_the_fields_as_typed(qtbot, window):
    dialog = NewReviewDialog(window.store, "", window)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    # nothing shouts before the user has typed
    assert not ui.caseReferenceError.isVisible()
    qtbot.keyClicks(ui.caseReference, "Jane Smith")
    assert ui.caseReferenceError.isVisible()
    assert "no spaces" in ui.caseReferenceError.text()
    ui.caseReference.clear()
    qtbot.keyClicks(ui.caseReference, "L1234567/001")
    assert not ui.caseReferenceError.isVisible()
    # OK with missing fields: every problem shown, the dialog stays open
    qtbot.mouseClick(dialog.ok_button(), Qt.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert ui.unitError.isVisible() and "Choose the decision-making unit" in ui.unitError.text()
    assert ui.outcomeError.isVisible()
    assert ui.decisionMakerError.isVisible()
    # a date past today is refused with a message beside the field (not clamped silently)
    ui.productDate.setDate(QDate.currentDate().addDays(3))
    assert ui.productDateError.isVisible() and "in the future" in ui.productDateError.text()
    # an interview has no outcome to choose
    ui.product.setCurrentIndex(ui.product.findText("Interview"))
    assert not ui.outcome.isEnabled() and not ui.outcomeError.isVisible()


def test_unit_list_can_be_extended_from_the_dialog(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Cardiff", True))
    dialog = NewReviewDialog(window.store, "", window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.addUnitButton, Qt.LeftButton)
    assert dialog.ui.unit.currentText() == "Cardiff"
    assert "Cardiff" in window.store.units()


def press(qtbot, editor, *keys):
    for key in keys:
        qtbot.keyClick(editor.ui.criteriaView, key)


def focused(widget):
    """The widget holding keyboard focus in this window (offscreen windows are never active)."""
    return widget.window().focusWidget()


def band_text(editor):
    return editor.ui.bandLabel.text()


def test_full_review_by_keyboard_then_restart(qtbot, window, db, no_modal_boxes):
    rid = create_via_dialog(qtbot, window)
    assert rid is not None
    editor = window.current_editor()
    assert editor.review.id == rid
    criteria = editor.review.criteria
    n = len(criteria)
    assert band_text(editor) == "—"

    # "1" marks no error and moves on; go through every criterion
    for _ in range(n):
        press(qtbot, editor, Qt.Key_1)
    assert band_text(editor) == "QS1"
    assert f"0 of {n} assessed criteria = 0%" in editor.ui.shareLabel.text()

    # back to the top, then minor errors ("M") until 20% of the assessed criteria
    editor.ui.criteriaView.setCurrentIndex(editor._criterion_index(criteria[0].id))
    ordinary = [c for c in criteria if c.special_policy is None]
    k = -(-n // 5)
    for c in ordinary[:k]:
        editor.ui.criteriaView.setCurrentIndex(editor._criterion_index(c.id))
        editor.ui.criteriaView.setFocus()
        press(qtbot, editor, Qt.Key_M)
        assert focused(editor) is editor.ui.commentEdit  # an error asks for its comment
        qtbot.keyClicks(editor.ui.commentEdit, "Minor omission in the record.")
        qtbot.keyClick(editor.ui.commentEdit, Qt.Key_Escape)
        assert focused(editor) is editor.ui.criteriaView
    assert band_text(editor) == "QS2"
    assert f"{k} of {n} assessed criteria" in editor.ui.shareLabel.text()

    # a significant error
    c = ordinary[k]
    editor.ui.criteriaView.setCurrentIndex(editor._criterion_index(c.id))
    press(qtbot, editor, Qt.Key_3)
    qtbot.keyClicks(editor.ui.commentEdit, "=cmd|' /C calc'!A0 material fact missed")
    qtbot.keyClick(editor.ui.commentEdit, Qt.Key_Escape)
    assert band_text(editor) == "QS3"
    assert f"significant error in {c.id} {c.title}" in editor.ui.reasonLabel.text()

    # a fail: the reviewer is asked to judge the outcome
    f = ordinary[k + 1]
    editor.ui.criteriaView.setCurrentIndex(editor._criterion_index(f.id))
    press(qtbot, editor, Qt.Key_F)
    qtbot.keyClicks(editor.ui.commentEdit, "Wrong standard of proof.")
    qtbot.keyClick(editor.ui.commentEdit, Qt.Key_Escape)
    assert band_text(editor) == "—"
    assert editor.ui.judgementCombo.isVisible() and editor.ui.judgementCombo.isEnabled()
    assert "judge whether the outcome" in editor.ui.reasonLabel.text()
    editor.ui.judgementCombo.setCurrentIndex(editor.ui.judgementCombo.findData(OutcomeJudgement.PROBABLY_CORRECT.value))
    assert band_text(editor) == "QS4"
    editor.ui.judgementCombo.setCurrentIndex(editor.ui.judgementCombo.findData(OutcomeJudgement.PROBABLY_WRONG.value))
    assert band_text(editor) == "QS5"

    # complete from the keyboard shortcut
    window.ui.actionCompleteReview.trigger()
    assert editor.review.status is ReviewStatus.COMPLETE
    assert not editor.ui.completeButton.isVisible() and editor.ui.reopenButton.isVisible()
    press(qtbot, editor, Qt.Key_1)  # locked: nothing changes
    snapshot = {cid: (fd.severity, fd.comment) for cid, fd in editor.review.findings.items()}

    # close and "restart" on the same database
    window.close()
    window.store.close()
    store2 = Store.open(db)
    w2 = MainWindow(store2)
    qtbot.addWidget(w2)
    w2.show()
    page = w2.list_page
    assert page.ui.stack.currentWidget() is page.ui.tablePage
    assert page.model.rowCount() == 1
    row = page.model.rows[0]
    assert (row.case_reference, row.band, row.status) == ("L1234567/001", QualityBand.QS5, ReviewStatus.COMPLETE)
    page.ui.table.setFocus()
    page.ui.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.ui.table, Qt.Key_Return)
    e2 = w2.current_editor()
    assert e2.review.id == rid
    assert {cid: (fd.severity, fd.comment) for cid, fd in e2.review.findings.items()} == snapshot
    assert band_text(e2) == "QS5"
    assert e2.review.findings[c.id].comment.startswith("=cmd")
    w2.close()
    store2.close()


def test_special_policy_fail_gives_qs5_without_asking(qtbot, window):
    rid = window.store.create_review(header())
    editor = window.open_review(rid)
    special = next(c for c in editor.review.criteria if c.special_policy)
    editor.ui.criteriaView.setCurrentIndex(editor._criterion_index(special.id))
    press(qtbot, editor, Qt.Key_4)
    assert band_text(editor) == "QS5"
    assert not editor.ui.judgementCombo.isEnabled()
    assert "special policy" in editor.ui.reasonLabel.text()


def test_mouse_sets_findings_too(qtbot, window):
    rid = window.store.create_review(header())
    editor = window.open_review(rid)
    cid = editor.current_criterion()
    qtbot.mouseClick(editor.ui.significantButton, Qt.LeftButton)
    assert window.store.get_review(rid).findings[cid].severity is Severity.SIGNIFICANT
    assert band_text(editor) == "QS3"


def test_completion_refused_with_reasons_and_jumps_to_the_gap(qtbot, window, no_modal_boxes):
    rid = window.store.create_review(header())
    editor = window.open_review(rid)
    press(qtbot, editor, Qt.Key_2)  # minor error without a comment on the first criterion
    qtbot.keyClick(editor.ui.commentEdit, Qt.Key_Escape)
    assert not editor.complete()
    kind, text = no_modal_boxes[-1]
    assert "needs a comment" in text and "no finding yet" in text
    assert editor.current_criterion() == editor.review.criteria[0].id
    assert window.store.get_review(rid).status is ReviewStatus.IN_PROGRESS


def test_reopen_needs_a_reason(qtbot, window, monkeypatch):
    store = window.store
    rid = store.create_review(header())
    for c in store.get_review(rid).criteria:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    store.complete_review(rid)
    editor = window.open_review(rid)
    assert editor.ui.reopenButton.isVisible()
    assert not editor.reopen("")
    assert editor.review.status is ReviewStatus.COMPLETE
    assert editor.reopen("Found a missed safeguarding issue")
    assert editor.review.status is ReviewStatus.IN_PROGRESS
    assert editor.ui.completeButton.isVisible()


def test_comment_saved_after_a_pause_without_leaving_the_field(qtbot, window):
    rid = window.store.create_review(header())
    editor = window.open_review(rid)
    press(qtbot, editor, Qt.Key_3)
    cid = editor.current_criterion()
    qtbot.keyClicks(editor.ui.commentEdit, "Typed, then the laptop crashed")
    qtbot.waitUntil(lambda: window.store.get_review(rid).findings[cid].comment
                    == "Typed, then the laptop crashed", timeout=3000)


def test_list_filters_and_sorting(qtbot, window):
    store = window.store
    store.create_review(header())
    store.create_review(header(case_reference="G7654321/002", unit="London"))
    page = window.list_page
    page.reload()
    assert page.model.rowCount() == 2
    page.ui.unitFilter.setCurrentIndex(page.ui.unitFilter.findText("London"))
    assert [r.case_reference for r in page.model.rows] == ["G7654321/002"]
    assert "1 of 2" in page.ui.countLabel.text()
    page.clear_filters()
    assert page.model.rowCount() == 2
    page.ui.table.sortByColumn(0, Qt.AscendingOrder)
    assert page.proxy.index(0, 0).data() == "G7654321/002"
    qtbot.keyClicks(page.ui.searchEdit, "1234")
    assert [r.case_reference for r in page.model.rows] == ["L1234567/001"]


def test_storage_failure_is_reported_and_nothing_saved_is_lost(qtbot, window, no_modal_boxes, monkeypatch):
    from sqlalchemy.exc import OperationalError

    rid = window.store.create_review(header())
    editor = window.open_review(rid)
    press(qtbot, editor, Qt.Key_1)
    first = editor.review.criteria[0].id

    def full(*a, **k):
        raise OperationalError("UPDATE", {}, Exception("database or disk is full"))

    monkeypatch.setattr(window.store, "set_finding", full)
    press(qtbot, editor, Qt.Key_1)
    kind, text = no_modal_boxes[-1]
    assert kind == "critical" and "disk is full" in text and "saved before it is safe" in text
    monkeypatch.undo()
    assert window.store.get_review(rid).findings[first].severity is Severity.NO_ERROR


def test_a_long_session_does_not_wear_down_python(qtbot, window):
    """PySide6 6.12.0 drops a reference to None on every void call, which crashes the
    interpreter after a few thousand findings. Guard against such a Qt build."""
    import sys

    rid = window.store.create_review(header())
    editor = window.open_review(rid)
    before = sys.getrefcount(None)
    for i in range(300):
        editor.ui.reasonLabel.setText("x")
        editor.ui.criteriaView.setCurrentIndex(editor._criterion_index(editor.review.criteria[i % 5].id))
    assert sys.getrefcount(None) > before - 150


def test_finding_changes_undo_and_redo(qtbot, window):
    rid = window.store.create_review(header())
    editor = window.open_review(rid)
    first = editor.current_criterion()
    press(qtbot, editor, Qt.Key_3)  # significant
    qtbot.keyClick(editor.ui.commentEdit, Qt.Key_Escape)
    press(qtbot, editor, Qt.Key_4)  # then fail on the same criterion
    assert window.store.get_review(rid).findings[first].severity is Severity.FAIL
    editor.undo_action.trigger()
    assert window.store.get_review(rid).findings[first].severity is Severity.SIGNIFICANT
    assert band_text(editor) == "QS3"
    editor.undo_action.trigger()
    assert window.store.get_review(rid).findings[first].severity is None
    assert band_text(editor) == "—"
    editor.redo_action.trigger()
    assert window.store.get_review(rid).findings[first].severity is Severity.SIGNIFICANT
    assert editor.current_criterion() == first
    history = [e.action for e in window.store.history(rid)]
    assert history.count("finding") == 5  # two changes, two undos, one redo: each recorded


def test_list_filters_are_remembered_between_runs(qtbot, window, db):
    store = window.store
    store.create_review(header())
    store.create_review(header(case_reference="G7654321/002", unit="London"))
    page = window.list_page
    page.reload()
    page.ui.unitFilter.setCurrentIndex(page.ui.unitFilter.findText("London"))
    page.ui.bandFilter.setCurrentIndex(0)
    window.close()
    w2 = MainWindow(store)
    qtbot.addWidget(w2)
    assert w2.list_page.ui.unitFilter.currentText() == "London"
    assert [r.case_reference for r in w2.list_page.model.rows] == ["G7654321/002"]
    w2.list_page.clear_filters()
    w3 = MainWindow(store)
    qtbot.addWidget(w3)
    assert w3.list_page.model.rowCount() == 2


def _start(db, actor, monkeypatch, on_ready=None):
    """Run the real start-up (qt.app.run) and record what the window showed before and after the database
    opened; the window closes itself once ready (or at once, when the start fails)."""
    from qpp_reviewer.qt import app as app_module
    from qpp_reviewer.qt import main_window

    make_application()
    seen = {}
    shown = main_window.MainWindow.show

    def show(self):
        seen["frame"] = (self.store, self.ui.tabs.count(), self.ui.tabs.tabText(0), self.ui.tabs.widget(0).text(),
                         self.ui.actionNewReview.isEnabled(), self.ui.actionExport.isEnabled(),
                         self.ui.actionQuit.isEnabled())
        shown(self)

        def ready():
            if not self.isVisible():
                return
            if self.store is None:
                QTimer.singleShot(20, ready)
                return
            seen["ready"] = (self.windowTitle(), self.ui.tabs.count(), self.ui.actionNewReview.isEnabled())
            if on_ready:
                on_ready(self)
            self.close()

        QTimer.singleShot(0, ready)

    monkeypatch.setattr(main_window.MainWindow, "show", show)
    import logging

    root = logging.getLogger()
    before = list(root.handlers)
    try:
        return app_module.run(str(db), actor=actor), seen
    finally:  # run() starts the log file in this test's data folder: leave no handler to later tests
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()


def test_start_shows_the_frame_before_opening_the_database(qtbot, db, monkeypatch):
    s = Store.open(db)
    s.create_review(header())
    s.close()
    rows: list = []
    from qpp_reviewer.qt.review_list import ReviewListPage

    loads = []
    refresh = ReviewListPage.refresh
    monkeypatch.setattr(ReviewListPage, "refresh", lambda self: (loads.append(1), refresh(self)))
    code, seen = _start(db, "AB", monkeypatch, on_ready=lambda w: rows.append(w.list_page.model.rowCount()))
    assert code == 0 and rows == [1]
    assert len(loads) == 1  # the list is read from the database once, not once per tab added
    # the first frame: no store yet, one tab saying what is happening, only Quit available
    assert seen["frame"] == (None, 1, "Reviews", "Opening reviews.sqlite3…", False, False, True)
    # then the database opened: its name in the title, the three pages, commands on
    assert seen["ready"] == ("QPP Reviewer — reviews.sqlite3 — AB", 3, True)
    assert not (db.parent / "reviews.sqlite3.lock").exists()  # closed cleanly


def test_first_frame_looks_as_designed_and_keeps_its_shortcuts(qtbot):
    """The frame sets its enum properties by name (see main_window._NO_QT_NAMESPACE): they must still
    take effect — text beside the tool bar's icons, the tool bar on top, the message centred, and
    every shortcut of the form working."""
    make_application()
    w = MainWindow(None, opening="Opening reviews.sqlite3…")
    qtbot.addWidget(w)
    w.show()
    assert w.ui.toolBar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert w.toolBarArea(w.ui.toolBar) == Qt.ToolBarArea.TopToolBarArea
    assert w.ui.tabs.widget(0).alignment() == Qt.AlignmentFlag.AlignCenter
    shortcuts = {a.objectName(): a.shortcut().toString() for a in (
        w.ui.actionNewReview, w.ui.actionQuit, w.ui.actionCompleteReview, w.ui.actionExportFeedback)}
    assert shortcuts == {"actionNewReview": "Ctrl+N", "actionQuit": "Ctrl+Q",
                         "actionCompleteReview": "Ctrl+Return", "actionExportFeedback": "Ctrl+Shift+F"}
    fired = []
    w.ui.actionQuit.triggered.disconnect()
    w.ui.actionQuit.triggered.connect(lambda: fired.append("quit"))
    w.activateWindow()
    QApplication.setActiveWindow(w)
    qtbot.keyClick(w.ui.tabs.widget(0), Qt.Key_Q, Qt.ControlModifier)
    assert fired == ["quit"]


def test_first_frame_does_not_build_the_qt_namespace(tmp_path):
    """PySide6 creates the Python enums of the whole ``Qt`` namespace on first use, about 50 ms: a sixth
    of a bare window's start. The frame shown before the database opens must not need it."""
    import os
    import subprocess
    import sys

    code = (
        "import PySide6.QtCore as core\n"
        "from qpp_reviewer.qt.app import make_application\n"
        "from qpp_reviewer.qt.i18n import install\n"
        "from qpp_reviewer.qt.main_window import MainWindow\n"
        "app = make_application(); install(app)\n"
        "w = MainWindow(None, opening='Opening…'); w.show(); app.processEvents()\n"
        "print('Qt' in core.__dict__)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QPP_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_start_with_a_file_that_is_not_a_database_says_so_and_exits(qtbot, tmp_path, monkeypatch, no_modal_boxes):
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("these are my notes, not a database\n" * 20)
    code, seen = _start(bad, "AB", monkeypatch)
    assert code == 2 and "ready" not in seen
    assert no_modal_boxes and no_modal_boxes[0][0] == "critical" and "--db PATH" in no_modal_boxes[0][1]
    assert bad.read_text().startswith("these are my notes")  # untouched


def test_start_that_fails_unexpectedly_says_so_instead_of_hanging(qtbot, db, monkeypatch, no_modal_boxes):
    from qpp_reviewer.qt import app as app_module

    def broken(_path):
        raise PermissionError(13, "Permission denied", str(db))

    monkeypatch.setattr(app_module, "open_for_app", broken)
    code, seen = _start(db, "AB", monkeypatch)
    assert code == 2 and "ready" not in seen
    assert no_modal_boxes[0][0] == "critical" and "Permission denied" in no_modal_boxes[0][1]


def test_while_who_is_working_is_asked_the_window_says_so(qtbot, db, monkeypatch):
    """Issue 14 item 11: behind "Who is working?" the first tab says what the app waits for, not a blank
    area; the reviews (which depend on who is looking) appear once the person is chosen."""
    from PySide6.QtWidgets import QDialogButtonBox

    from qpp_reviewer.qt.people import WhoDialog

    s = Store.open(db)
    s.create_review(header())
    s.close()
    behind = []

    def answer(tries=[0]):
        d = QApplication.activeModalWidget()
        if not isinstance(d, WhoDialog):
            if tries[0] < 500:
                tries[0] += 1
                QTimer.singleShot(10, answer)
            return
        w = d.parent()
        behind.append((w.ui.tabs.count(), w.ui.tabs.widget(0).text()))
        d.people.setCurrentIndex(d.people.count() - 1)
        d.name.setText("GH")
        d.buttons.button(QDialogButtonBox.Ok).click()

    QTimer.singleShot(0, answer)
    code, seen = _start(db, None, monkeypatch)
    assert code == 0
    assert behind == [(1, "reviews.sqlite3 is open. Choose who is working (in the window in front) to see "
                          "the reviews.")]
    assert seen["ready"][0].endswith("— GH")


def test_first_frame_does_not_import_the_storage_layer(tmp_path):
    """Importing SQLAlchemy and the storage layer takes ~0.3 s; the frame shown before the database opens
    must not wait for it (File ▸ Encrypt database… asked the cipher module whether a file was encrypted)."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from qpp_reviewer.qt.app import make_application\n"
        "from qpp_reviewer.qt.i18n import install\n"
        "from qpp_reviewer.qt.main_window import MainWindow\n"
        "app = make_application(); install(app)\n"
        "w = MainWindow(None, opening='Opening…'); w.show(); app.processEvents()\n"
        "print(sorted(m for m in sys.modules if m == 'sqlalchemy' or m.startswith('qpp_reviewer.storage')))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QPP_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
