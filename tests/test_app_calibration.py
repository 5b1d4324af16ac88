"""A calibration round through the window (issue 18 items 5 and 7): the quality lead marks a case and records
its reference answer, three reviewers review it blind, and the lead reads the calibration report and writes its
PDF — by the Review ▸ Calibration actions and the keyboard, as people would."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from qpp_reviewer.domain import Role, Severity
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.storage.store import Store

from .helpers import header


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2])))
    return shown


def answer(qtbot, text: str | None = None) -> None:
    """When the next question opens: type ``text`` (if any) where the keyboard is, and press Enter."""
    def act():
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, QInputDialog), dialog
            if text is not None:
                line = dialog.findChild(QLineEdit)
                line.selectAll()
                qtbot.keyClicks(line, text)
            qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key_Return)
        finally:
            if dialog is not None and dialog.isVisible():  # a failure here must not leave the test waiting
                dialog.reject()

    QTimer.singleShot(0, act)


def fill(qtbot, editor, first: Qt.Key = Qt.Key_1, comment: str = "") -> None:
    """From the first criterion: ``first`` on it (with ``comment``), then 'no error' on every other."""
    view = editor.ui.criteriaView
    view.setCurrentIndex(view.model().index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, first)
    if comment:
        qtbot.keyClicks(editor.ui.commentEdit, comment)
        qtbot.keyClick(editor.ui.commentEdit, Qt.Key_Escape)
        qtbot.keyClick(view, Qt.Key_Down)
    for _ in editor.review.criteria[1:]:
        qtbot.keyClick(view, Qt.Key_1)


def test_a_calibration_round_with_three_reviewers_and_the_report(qtbot, tmp_path, quiet_boxes, monkeypatch):
    make_application()
    store = Store.open(tmp_path / "r.sqlite3")
    store.add_profile("QL", Role.QUALITY_LEAD)
    for name in ("AB", "R1", "R2", "R3"):
        store.add_profile(name, Role.AUDITOR)
    store.actor = "AB"
    case = store.create_review(header(reviewer="AB"))
    for c in store.get_review(case).criteria:
        store.set_finding(case, c.id, Severity.NO_ERROR)
    store.complete_review(case)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()

    # a reviewer who is not a quality lead cannot mark it
    w.open_review(case)
    w.ui.actionMarkCalibration.trigger()
    assert "is for a quality lead" in quiet_boxes[-1][1]
    assert store.calibration.cases() == []

    # the quality lead marks the open review as a calibration case in a new round
    store.actor = "QL"
    answer(qtbot, "March round")
    w.ui.actionMarkCalibration.trigger()
    (marked,) = store.calibration.cases()
    assert marked.review_id == case and marked.round.name == "March round"
    assert "calibration case in March round" in w.ui.statusBar.currentMessage()

    # and records the reference: a review tab filled in with the case's findings; a minor error on the first
    w.ui.actionRecordReference.trigger()
    ref_editor = w.current_editor()
    assert ref_editor.review.kind == "reference" and ref_editor.review.parent_review_id == case
    assert ", reference answer" in w.ui.tabs.tabText(w.ui.tabs.currentIndex())
    fill(qtbot, ref_editor, Qt.Key_2, "Credibility finding not reasoned.")
    w.ui.actionCompleteReview.trigger()
    reference = store.calibration.case(case).reference_id
    assert reference == ref_editor.review.id
    while w.current_editor() is not None:
        w.ui.actionCloseTab.trigger()

    # three reviewers, each blind: R1 and R2 find the minor error, R3 misses it
    opened = {}
    for who, key, comment in (("R1", Qt.Key_2, "Credibility not reasoned."), ("R2", Qt.Key_2, "Not reasoned."),
                              ("R3", Qt.Key_1, "")):
        store.actor = who
        answer(qtbot)  # the only case waiting, chosen already
        w.ui.actionStartCalibration.trigger()
        editor = w.current_editor()
        assert editor.review.kind == "calibration" and editor.review.findings == {}
        opened[who] = editor.review.id
        # the reference and the case stay hidden until this review is complete
        assert w.open_review(reference) is None
        assert "calibration case" in quiet_boxes[-1][1] and "hidden" in quiet_boxes[-1][1]
        w.ui.tabs.setCurrentWidget(editor)
        fill(qtbot, editor, key, comment)
        w.ui.actionCompleteReview.trigger()
        assert store.get_review(opened[who]).status.value == "complete"
        assert w.open_review(reference) is not None  # now it opens
        while w.current_editor() is not None:
            w.ui.actionCloseTab.trigger()
        # nothing left to start
        w.ui.actionStartCalibration.trigger()
        assert "no calibration case waiting" in quiet_boxes[-1][1]

    n = len(store.get_review(case, viewer="").criteria)
    # a reviewer sees their own results; someone with no calibration review is refused; the quality lead
    # reads the whole report
    w.ui.actionCalibrationReport.trigger()  # R3, the last one
    mine = w.last_calibration_box.text()
    assert "your band QS1, the reference's QS1 (0 steps apart)" in mine
    assert f"{n - 1} of {n} findings match" in mine and "R1" not in mine
    w.last_calibration_box.close()
    store.actor = "AB"
    w.ui.actionCalibrationReport.trigger()
    assert "is for a quality lead" in quiet_boxes[-1][1]
    store.actor = "QL"
    w.ui.actionCalibrationReport.trigger()
    dialog = w.last_calibration_dialog
    rows = {r[0]: r for r in dialog.cells("reviewers")}
    assert rows["R1"][2] == f"{n} / {n} (100%)" and rows["R3"][2].startswith(f"{n - 1} / {n}")
    assert rows["R3"][5] == "1 / 1 (100%)"  # one minor error missed: QS1 all the same
    assert rows["R1"][6].startswith("100%")  # the March round's column of the trend
    first = dialog.cells("criteria")[0]
    assert first[2:] == ["3", "2 / 3 (67%)"]
    cases = {r[3]: r for r in dialog.cells("cases")}
    assert cases["R3"][7].startswith(store.get_review(case).criteria[0].id + " (1)")
    (rnd,) = dialog.cells("rounds")
    assert rnd[0] == "March round" and rnd[2:4] == ["1", "3"]
    assert "AC1" in dialog.findChild(type(dialog.tabs.widget(4)), "calibrationMethod").toPlainText()
    out = tmp_path / "calibration.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.pdf_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: out.exists(), timeout=10000)
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Calibration report" in text and "March round" in text and "R3" in text
    dialog.close()
    # and none of it counts in the QS figures
    assert store.figure_ids() == []
    w.close()
    store.close()
