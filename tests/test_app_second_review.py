"""The whole second-pair-of-eyes flow through the window: first review, blind second
review, comparison, agreement, and the audit trail verified."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from qpp_reviewer.cli import main
from qpp_reviewer.domain import QualityBand, Role, Severity
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.compare import CompareDialog
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.storage.store import Store

from .helpers import header


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2])))
    return shown


def press_all(qtbot, editor, key):
    for _ in editor.review.criteria:
        qtbot.keyClick(editor.ui.criteriaView, key)


def test_first_review_blind_second_review_compare_agree_verify(qtbot, tmp_path, quiet_boxes):
    make_application()
    store = Store.open(tmp_path / "r.sqlite3")
    store.add_profile("AB", Role.AUDITOR)
    store.add_profile("CD", Role.TECH_SPEC)
    store.actor = "AB"
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    # AB reviews the case by keyboard and completes it (all 'no error' -> QS1)
    first = store.create_review(header(reviewer="AB"))
    editor = w.open_review(first)
    press_all(qtbot, editor, Qt.Key_1)
    w.ui.actionCompleteReview.trigger()
    assert editor.ui.bandLabel.text() == "QS1"
    # AB asks CD for a second review; AB cannot do it themself
    assert w.request_second_review(first, reviewer="AB") is None
    assert "cannot second-review" in quiet_boxes[-1][1]
    second = w.request_second_review(first, reviewer="CD")
    assert second
    # CD starts work: the first review's band is hidden and it cannot be opened
    store.actor = "CD"
    w.list_page.reload()
    row = next(r for r in w.list_page.model.rows if r.id == first)
    assert row.band is None and "hidden" in row.band_reason
    w.close_tab(w.ui.tabs.indexOf(editor))
    w.list_page._activated(w.list_page.proxy.index(
        [r.id for r in w.list_page.model.rows].index(first), 0))
    assert w.current_editor() is None or w.current_editor().review.id != first
    assert "hidden from you" in quiet_boxes[-1][1]
    # CD marks a significant error on the first criterion, the rest no error, and completes
    e2 = w.open_review(second)
    qtbot.keyClick(e2.ui.criteriaView, Qt.Key_3)
    qtbot.keyClicks(e2.ui.commentEdit, "Material fact not explored.")
    qtbot.keyClick(e2.ui.commentEdit, Qt.Key_Escape)
    qtbot.keyClick(e2.ui.criteriaView, Qt.Key_Down)
    for _ in e2.review.criteria[1:]:
        qtbot.keyClick(e2.ui.criteriaView, Qt.Key_1)
    assert e2.complete()
    # now the comparison opens; both agree on the second reviewer's finding, with a note
    crit0 = e2.review.criteria[0]

    def agree():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CompareDialog)
        row0 = dialog.comparison.rows[0]
        assert (row0.first, row0.second, row0.distance) == (Severity.NO_ERROR, Severity.SIGNIFICANT, 2)
        combo = dialog.combos[crit0.id]
        combo.setCurrentIndex(combo.findData(Severity.SIGNIFICANT.value))
        assert not dialog.record()  # no note yet: refused with a message
        dialog.table.item(0, 5).setText("Agreed at the calibration meeting")
        assert dialog.record()

    QTimer.singleShot(0, agree)
    agreed = w.compare_current(second)
    assert agreed and w.current_editor().review.id == agreed
    assert w.current_editor().ui.bandLabel.text() == "QS3"
    assert [f.band for f in store.review_facts()] == [QualityBand.QS3]
    assert store.get_review(first).findings[crit0.id].severity is Severity.NO_ERROR  # original kept
    w.close()
    db = store.location
    store.close()
    assert main(["verify", "--db", db]) == 0
