"""The window side of batches, export and collation: thread, progress, cancel, reports."""

import time
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QProgressDialog

from qpp_reviewer.demo import fill_demo
from qpp_reviewer.domain import ReviewStatus
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.qt.tasks import TaskCancelled, run_task
from qpp_reviewer.storage.store import Store


@pytest.fixture
def window(qtbot, tmp_path):
    make_application()
    store = Store.open(tmp_path / "reviews.sqlite3")
    fill_demo(store, 40, seed=9, today=date(2025, 11, 1))
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    store.close()


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2])))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    return shown


def _collate_from_menu(qtbot, w, monkeypatch, paths):
    """File ▸ Collate workbooks… as a person uses it: the action, the file dialog answered with
    ``paths``, then the report box the window shows (its text says what the collation did)."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    w.last_collation_box = None
    w.ui.actionCollate.trigger()
    qtbot.waitUntil(lambda: getattr(w, "last_collation_box", None) is not None, timeout=30000)
    return w.last_collation_box


def test_long_work_runs_off_the_ui_thread_and_can_be_cancelled(qtbot, window):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    def press_cancel():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(50, press_cancel)
        else:
            from PySide6.QtWidgets import QPushButton

            button = dialog.findChild(QPushButton)
            assert button.text() == "Cancel"
            button.click()

    QTimer.singleShot(400, press_cancel)

    def slow(progress, cancelled):
        for i in range(400):
            if cancelled():
                raise RuntimeError("stopped")
            progress(i, 400, f"step {i}")
            time.sleep(0.01)
        return "finished"

    started = time.monotonic()
    with pytest.raises(TaskCancelled):
        run_task(window, "Slow work", slow)
    timer.stop()
    assert time.monotonic() - started < 3.5
    assert len(ticks) > 10  # the UI thread kept running its event loop meanwhile
    assert run_task(window, "Quick", lambda p, c: 42) == 42
    with pytest.raises(ZeroDivisionError):
        run_task(window, "Broken", lambda p, c: 1 / 0)


def test_batch_from_the_list_signed_off_and_exported(qtbot, window, tmp_path, monkeypatch):
    page = window.list_page
    page.reload()
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findText("Complete"))
    page.ui.table.selectAll()
    selected = page.selected_ids()
    assert selected and all(r.status is ReviewStatus.COMPLETE for r in page.model.rows)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("New batch…", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Glasgow — routine sample — Oct 2025", True))
    qtbot.mouseClick(page.ui.addToBatchButton, Qt.LeftButton)
    batch = window.store.find_batch("Glasgow — routine sample — Oct 2025")
    assert batch.reviews == len(selected)
    window.ui.tabs.setCurrentIndex(1)
    bp = window.batch_page
    assert bp.current().id == batch.id
    assert f"{batch.reviews} reviews" in bp.ui.batchInfo.text() and "QS1" in bp.ui.batchInfo.text()
    qtbot.mouseClick(bp.ui.signOffButton, Qt.LeftButton)  # the confirmation is answered Yes
    assert bp.current().signed_off
    assert not bp.ui.signOffButton.isEnabled() and not bp.ui.removeReviewsButton.isEnabled()
    out = tmp_path / "glasgow.xlsx"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    window.ui.actionExport.trigger()
    qtbot.waitUntil(out.exists, timeout=30000)
    assert "Exported" in window.ui.statusBar.currentMessage()

    # collate the export into a second database, from the app
    central = Store.open(tmp_path / "central.sqlite3")
    w2 = MainWindow(central)
    qtbot.addWidget(w2)
    box = _collate_from_menu(qtbot, w2, monkeypatch, [out])
    assert f"{batch.reviews} added" in box.text() and "0 rejected" in box.text()
    assert w2.list_page.model.rowCount() == batch.reviews
    assert all(r.source_file == "glasgow.xlsx" for r in w2.list_page.model.rows)
    w2.close()
    central.close()


def test_export_to_an_unwritable_place_says_so_and_keeps_everything(qtbot, window, tmp_path, quiet_boxes,
                                                                    monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "no" / "such" / "dir.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)  # no password
    window.ui.actionExport.trigger()
    qtbot.waitUntil(lambda: any(kind == "critical" for kind, _ in quiet_boxes), timeout=30000)
    assert not target.exists()
    kind, text = quiet_boxes[-1]
    assert kind == "critical" and "Nothing was written" in text
    assert window.store.count_reviews() == 40


def test_collating_a_bad_file_reports_it(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    box = _collate_from_menu(qtbot, window, monkeypatch, [bad])
    assert "1 rejected" in box.text() and window.store.count_reviews() == 40
    assert box.icon() == QMessageBox.Warning
    assert "REJECTED bad.xlsx" in window.last_collation_box.detailedText()


def test_protected_export_and_collation_from_the_window(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "protected.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("s3cret", True))
    window.ui.actionExport.trigger()
    qtbot.waitUntil(out.exists, timeout=30000)
    assert out.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    central = Store.open(tmp_path / "central.sqlite3")
    w2 = MainWindow(central)
    qtbot.addWidget(w2)
    box = _collate_from_menu(qtbot, w2, monkeypatch, [out])  # asks for the password (answered "s3cret")
    assert "40 added" in box.text() and "0 rejected" in box.text() and central.count_reviews() == 40
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong", True))
    again = _collate_from_menu(qtbot, w2, monkeypatch, [out])
    assert "1 rejected" in again.text() and "password is wrong" in again.detailedText()
    w2.close()
    central.close()
