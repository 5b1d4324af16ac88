"""Long work (export, collation, reports) off the UI thread, with progress and Cancel.

``run_task`` looks synchronous to its caller but runs the work in a QThread and
spins a local event loop, so the window keeps painting and the progress
dialog's Cancel button works while the work runs.
"""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class TaskCancelled(Exception):
    pass


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(self, fn: Callable, cancel: threading.Event):
        super().__init__()
        self.fn = fn
        self.cancel = cancel
        self.result = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.fn(self.report, self.cancel.is_set)
        except BaseException as exc:  # handed back to the UI thread, which decides
            self.error = exc
        finally:
            self.finished.emit()

    def report(self, done: int, total: int, label: str = "") -> None:
        self.progressed.emit(int(done), int(total), str(label))


class _Relay(QObject):
    """Lives in the UI thread, so queued progress updates run there, not in the worker."""

    def __init__(self, dialog: QProgressDialog, label: str, cancel: threading.Event):
        super().__init__(dialog)
        self.dialog = dialog
        self.label = label
        self.cancel = cancel

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, text: str) -> None:
        if self.dialog.wasCanceled():  # Cancel button, Esc, or closing the dialog
            self.cancel.set()
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(f"{self.label}\n{text}")


def run_task(parent: QWidget | None, title: str, fn: Callable, label: str = "") -> object:
    """Run ``fn(progress, cancelled)`` in a worker thread; return its result.

    ``progress(done, total, text)`` may be called from the worker; ``cancelled()``
    says whether the user pressed Cancel. Raises TaskCancelled if the work stopped
    because of it, or whatever exception the work raised.
    """
    cancel = threading.Event()
    dialog = QProgressDialog(label or title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(title)
    thread = QThread()
    worker = _Worker(fn, cancel)
    worker.moveToThread(thread)
    loop = QEventLoop()
    relay = _Relay(dialog, label or title, cancel)
    worker.progressed.connect(relay.progressed, Qt.QueuedConnection)
    worker.finished.connect(loop.quit, Qt.QueuedConnection)
    dialog.canceled.connect(cancel.set)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    was_cancelled = cancel.is_set()  # read before closing: closing the dialog emits canceled()
    dialog.canceled.disconnect()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        if was_cancelled:
            raise TaskCancelled() from worker.error
        raise worker.error
    return worker.result  # finished: a Cancel pressed too late does not undo it
