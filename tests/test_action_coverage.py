"""Every action and button a person can use has a test that uses it as a person does.

A slot that works when called can be dead from its menu (``triggered(bool)`` filling an optional
argument): so each QAction of the main window and the review editor, and each push button of
their pages, must be triggered, clicked or reached by its shortcut somewhere in the tests. This
test lists them from the live windows (a new action is listed the day it is added) and looks
for a use in the test sources: ``<name>.trigger()``, ``<name>.click()``, ``mouseClick(...<name>``,
or an entry in a test's ``TRIGGERED``/``CLICKED`` table that drives it in a loop.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.storage.store import Store

from .helpers import header

TESTS = Path(__file__).resolve().parent


def _sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in TESTS.glob("test_*.py") if p.name != Path(__file__).name)


ALIASES = {"actionUndo": "undo_action", "actionRedo": "redo_action"}  # the editor's attribute names


def _used(name: str, text: str) -> bool:
    if name in ALIASES and _used(ALIASES[name], text):
        return True
    n = re.escape(name)
    return bool(re.search(rf"\b{n}\.(trigger|click)\(\)", text)
                or re.search(rf"mouseClick\([^)]*\b{n}\b", text)
                or re.search(rf"[\"']{n}[\"']", text) and re.search(rf"(TRIGGERED|CLICKED)[^=]*=.*?[\"']{n}[\"']",
                                                                  text, re.S))


def _named_controls(root) -> dict[str, object]:
    found = {}
    for a in root.findChildren(QAction):
        name = a.objectName()
        if name and not name.startswith("_q") and a.text():
            found[name] = a
    for b in root.findChildren(QAbstractButton):
        name = b.objectName()
        if name and not name.startswith("qt_") and b.text() and type(b).__name__ == "QPushButton":
            found[name] = b
    return found


def test_every_action_and_button_has_a_test_that_triggers_it(qtbot, tmp_path, monkeypatch):
    make_application()
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: None)
    store = Store.open(tmp_path / "a.sqlite3")
    w = MainWindow(store)
    qtbot.addWidget(w)
    rid = store.create_review(header())
    editor = w.open_review(rid)
    controls = _named_controls(w)
    assert len(controls) >= 30, sorted(controls)  # the listing itself works
    assert "actionCollate" in controls and "reopenButton" in controls and "actionUndo" in controls
    text = _sources()
    missing = sorted(name for name in controls if not _used(name, text))
    w.close()
    store.close()
    assert missing == [], "no test triggers or clicks: " + ", ".join(missing)
