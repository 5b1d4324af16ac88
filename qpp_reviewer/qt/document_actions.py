"""The Review menu's document commands (issue 19): attach a document, find in it, attach the selection
as evidence, move between the checklist, the comment and the document. Each works on the review in
the current tab (``ReviewEditor.documents``, qt/document_pane.py, loaded with the first review opened)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def add_document_actions(window) -> None:
    """Review ▸ Attach document…, Attach selection as evidence, Find in document, Next pane (issue 19)."""
    menu = window.ui.menuReview
    before = window.ui.actionCloseTab
    menu.insertSeparator(before)  # the document commands, a group of their own

    def on_editor(what: str, title: str):
        def run() -> None:
            editor = window.current_editor()
            if editor is None:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.information(window, title, QCoreApplication.translate(
                    "DocumentActions", "Open a review first: documents are attached to the review in the current "
                                       "tab."))
                return
            getattr(editor.documents, what)()
        return run

    for name, text, keys, what in (
            ("actionAttachDocument", QCoreApplication.translate("DocumentActions", "Attach &document…"),
             "Ctrl+Shift+O", "attach_dialog"),
            ("actionFindInDocument", QCoreApplication.translate("DocumentActions", "&Find in document"), "Ctrl+F",
             "find"),
            ("actionAttachEvidence", QCoreApplication.translate("DocumentActions", "Attach selection as &evidence"),
             "Ctrl+Shift+E", "attach_selection"),
            ("actionNextPane", QCoreApplication.translate(
                "DocumentActions", "&Next pane (checklist, comment, document)"), "F6", "cycle_focus")):
        action = QAction(window)
        action.setObjectName(name)
        action.setText(text)
        action.setProperty("shortcut", keys)  # by name, as the form does: see main_window's _NO_QT_NAMESPACE
        slot = on_editor(what, text.replace("&", "").rstrip("…"))
        action.triggered.connect(lambda _checked=False, s=slot: s())
        menu.insertAction(before, action)
        setattr(window.ui, name, action)
    menu.insertSeparator(before)
