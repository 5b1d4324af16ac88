"""Starting the application: Qt set-up, opening the database, the window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, ORG_NAME, __version__
from ..logs import setup_logging
from ..paths import resources_dir
from ..storage.db import DatabaseError
from ..storage.lock import DatabaseInUse
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


def open_for_app(db_path: str) -> Store:
    """The app's way to open a database: locked, with a rolling backup first."""
    from PySide6.QtCore import QSettings

    kept = int(QSettings().value("backupsKept", 5) or 5)
    return Store.open(db_path, lock=True, backup_on_open=True, backups_kept=max(1, kept))


def run(db_path: str, actor: str | None = None) -> int:
    app = make_application()
    setup_logging()
    from .i18n import install

    install(app)
    try:
        store = open_for_app(db_path)
    except (DatabaseError, DatabaseInUse) as exc:
        from PySide6.QtCore import QCoreApplication

        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "app", "{error}\n\nStart with --db PATH to use another file.").format(error=exc))
        return 2
    from .main_window import MainWindow
    from .people import choose_reviewer

    who = " ".join((actor or "").split()) or choose_reviewer(store)
    if not who:
        store.close()
        return 0  # nobody to record changes against: nothing was changed
    store.actor = who
    window = MainWindow(store)
    window.show()
    code = app.exec()
    store.close()
    return code
