"""Writing a PDF report from the window: ask for the file, run it off the UI thread, say what happened."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from ..storage.store import ReviewError
from .i18n import text as tr_core
from .tasks import TaskCancelled, run_task

log = logging.getLogger(__name__)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(text: str, fallback: str = "report") -> str:
    """A file name made from ``text``: letters, digits, '.', '_' and '-' only (L1234567/001 -> L1234567_001)."""
    name = _UNSAFE.sub("_", text or "").strip("._-")
    return name[:80] or fallback


def _status(parent: QWidget, text: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10000)


def write_pdf(parent: QWidget, title: str, suggested: str, work: Callable, label: str,
              path: str | None = None) -> Path | None:
    """Ask where to save (unless ``path``), then run ``work(path, progress, cancelled)`` with a progress
    dialog and Cancel. Returns the file written, or None (cancelled, or failed and said so)."""
    settings = QSettings()
    if path is None:
        start = Path(str(settings.value("lastReportFolder", str(Path.home())))) / suggested
        path, _ = QFileDialog.getSaveFileName(parent, title, str(start),
                                              QCoreApplication.translate("ReportFiles", "PDF documents (*.pdf)"))
        if not path:
            return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        result = run_task(parent, title, lambda progress, cancelled: work(path, progress, cancelled),
                          QCoreApplication.translate("ReportFiles", "{what}\nto {file}").format(
                              what=label, file=Path(path).name))
    except TaskCancelled:
        _status(parent, QCoreApplication.translate("ReportFiles", "{title} cancelled; nothing was written.")
                .format(title=title))
        return None
    except ReviewError as exc:
        QMessageBox.warning(parent, title, tr_core(exc))
        return None
    except OSError as exc:
        QMessageBox.critical(parent, title, QCoreApplication.translate(
            "ReportFiles", "Could not write {path}: {error}.\n\n"
                           "Nothing was written under that name. Check the folder exists and is writable, "
                           "and that the disk has space.").format(path=path, error=exc.strerror or tr_core(exc)))
        return None
    except Exception as exc:  # a layout failure in reportlab: say so rather than crash the window
        log.exception("report failed: %s", title)
        QMessageBox.critical(parent, title, QCoreApplication.translate(
            "ReportFiles", "The report could not be made ({error}).\n\nNothing was written.").format(error=tr_core(exc)))
        return None
    settings.setValue("lastReportFolder", str(Path(path).parent))
    pages = getattr(result, "pages", 0)
    if not pages:
        done = QCoreApplication.translate("ReportFiles", "Wrote {path}")
    elif pages == 1:
        done = QCoreApplication.translate("ReportFiles", "Wrote {path} ({pages} page)")
    else:
        done = QCoreApplication.translate("ReportFiles", "Wrote {path} ({pages} pages)")
    _status(parent, done.format(path=path, pages=pages))
    return Path(path)
