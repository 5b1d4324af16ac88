"""Centre ▸ … (issue 17): review states, queries, conflicts and the queries workbook.

Built with the main window, before its first frame: so this module imports nothing that creates
PySide6's ``Qt`` namespace (see main_window._NO_QT_NAMESPACE); the dialogs, in qt/round_trips.py, are
imported when a command is first chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def _rt():
    from . import round_trips

    return round_trips


def add_centre_menu(window) -> None:
    """Centre ▸ … on ``window`` (the main window), before Help."""
    from PySide6.QtWidgets import QMenu

    menu = window.centre_menu = QMenu(QCoreApplication.translate("RoundTrips", "&Centre"), window)
    menu.setObjectName("menuCentre")
    window.menuBar().insertMenu(window.ui.menuHelp.menuAction(), menu)
    for name, text, key, slot in (
        ("actionSetState", QCoreApplication.translate("RoundTrips", "Set review &state…"), "Ctrl+Shift+S",
         lambda: _rt().set_state(window)),
        ("actionRaiseQuery", QCoreApplication.translate("RoundTrips", "&Raise a query…"), "Ctrl+Shift+R",
         lambda: _rt().raise_query(window)),
        ("actionQueries", QCoreApplication.translate("RoundTrips", "&Queries…"), "Ctrl+Shift+Q",
         lambda: _rt().show_queries(window)),
        ("actionConflicts", QCoreApplication.translate("RoundTrips", "&Conflicts…"), "",
         lambda: _rt().show_conflicts(window)),
        ("actionWorkbooks", QCoreApplication.translate("RoundTrips", "Collated &workbooks…"), "",
         lambda: _rt().show_workbooks(window)),
        (None, None, None, None),
        ("actionExportQueries", QCoreApplication.translate("RoundTrips", "&Export queries workbook…"), "",
         lambda: _rt().export_queries(window)),
        ("actionImportQueries", QCoreApplication.translate("RoundTrips", "&Import queries workbook…"), "",
         lambda: _rt().import_queries(window)),
    ):
        if name is None:
            menu.addSeparator()
            continue
        action = QAction(window)
        action.setObjectName(name)
        action.setText(text)
        if key:  # by property, as the form does: setShortcut() would build the Qt namespace
            action.setProperty("shortcut", key)
        action.triggered.connect(lambda _checked=False, s=slot: s())
        menu.addAction(action)
        setattr(window, name, action)
        setattr(window.ui, name, action)
