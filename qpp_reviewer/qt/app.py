"""Starting the application: Qt set-up, opening the database, the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from .. import APP_NAME, ORG_NAME, __version__
from ..paths import resources_dir

if TYPE_CHECKING:
    from ..storage.store import Store


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


class OpeningCancelled(Exception):
    """The person cancelled the passphrase (or declined to choose): nothing was opened or made."""


def open_for_app(db_path: str) -> Store:
    """The app's way to open a database: its passphrase asked when it is encrypted (a new one offered
    when it is new), locked, with a rolling backup first."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from .passphrase import prepare

    if not prepare(db_path, QApplication.activeWindow()):
        raise OpeningCancelled()

    from ..exchange.custody import clean_leftovers
    from ..storage.store import Store

    clean_leftovers()  # what an export killed earlier left: its scratch files and its .part file
    kept = int(QSettings().value("backupsKept", 5) or 5)
    return Store.open(db_path, lock=True, backup_on_open=True, backups_kept=max(1, kept))


def after_first_frame(widget, fn, fallback_ms: int = 1000) -> None:
    """Call ``fn`` once ``widget`` has painted for the first time (or after ``fallback_ms`` at the latest)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    done = []

    def fire() -> None:
        if not done:
            done.append(True)
            widget.removeEventFilter(watcher)
            fn()

    class Watcher(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Paint and not done:
                QTimer.singleShot(0, fire)  # once this paint is finished and flushed
            return False

    watcher = Watcher(widget)
    widget.installEventFilter(watcher)
    QTimer.singleShot(fallback_ms, fire)


def closed_cleanly(store: Store | None) -> bool:
    """Whether ``store`` (if any) is closed with nothing left open: its lock given back and no connection
    of its engine still checked out (each write was committed in its own transaction when it was made)."""
    if store is None:
        return True
    pool = store.engine.pool
    checked_out = pool.checkedout() if hasattr(pool, "checkedout") else 0
    return store._lock is None and checked_out == 0


def exit_now(code: int) -> None:
    """End the process at once, skipping the interpreter's tear-down (every Qt widget and Python module
    destroyed one by one, most of the time a quit took): only called when the database is closed cleanly
    (closed_cleanly), with the log and the standard streams flushed first."""
    import logging

    logging.shutdown()  # flushes and closes the log file's handler
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    os._exit(code)


def run(db_path: str, actor: str | None = None, exit_process: bool = False) -> int:
    """Show the window's frame at once, then open the database and fill it.

    Opening the store means importing SQLAlchemy and the core (most of a cold start): the
    frame, with "Opening …" in its first tab, is painted before that, so the app answers
    the click that started it straight away.

    With ``exit_process`` (the program itself, not a test calling it), the process ends as soon as the
    window has closed and the database with it (exit_now), instead of returning.
    """
    app = make_application()
    from PySide6.QtCore import QCoreApplication

    from .i18n import install
    from .main_window import MainWindow

    install(app)
    window = MainWindow(None, opening=QCoreApplication.translate("app", "Opening {file}…").format(
        file=Path(db_path).name))
    window.show()
    outcome = {"code": 0}

    def finish() -> None:
        from ..logs import setup_logging

        setup_logging()  # nothing is logged before the database opens
        from ..storage.db import DatabaseError
        from ..storage.lock import DatabaseInUse

        try:
            store = open_for_app(db_path)
        except OpeningCancelled:  # the passphrase was not given: close, nothing opened or made
            outcome["code"] = 1
            window.close()
            return
        except Exception as exc:  # a bad file, a lock, or anything else: say so, never hang on "Opening…"
            if not isinstance(exc, (DatabaseError, DatabaseInUse)):
                import logging

                logging.getLogger(__name__).exception("opening %s failed", Path(db_path).name)
            from PySide6.QtWidgets import QMessageBox

            from .i18n import text as tr_core

            QMessageBox.critical(window, APP_NAME, QCoreApplication.translate(
                "app", "{error}\n\nStart with --db PATH to use another file.").format(error=tr_core(exc)))
            outcome["code"] = 2
            window.close()
            return
        from .people import choose_reviewer

        if not " ".join((actor or "").split()):
            window.show_waiting(QCoreApplication.translate(
                "app", "{file} is open. Choose who is working (in the window in front) to see the reviews.")
                .format(file=Path(db_path).name))
        who = " ".join((actor or "").split()) or choose_reviewer(store, window)
        if not who:
            store.close()  # nobody to record changes against: nothing was changed
            window.close()
            return
        store.actor = who
        window.attach(store)

    after_first_frame(window, finish)
    code = app.exec()
    store = window.store
    if store is not None and store._lock is not None:  # closeEvent closes it: this is for any other way out
        window._flush_all()
        store.close()
    code = outcome["code"] or code
    if exit_process and closed_cleanly(store):
        exit_now(code)
    return code
