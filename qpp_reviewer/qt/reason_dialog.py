"""Asking for a reason (to reopen a review, to agree a change): a dialog the keyboard can leave.

Qt's multi-line input dialog keeps Tab and Return for the text (a tab, a new line), so a
reviewer could neither reach OK nor confirm from the keyboard. Here a reason is a sentence:
Return (or Ctrl+Return) records it, Shift+Return starts a new line, Tab moves to the buttons,
Alt+O is OK and Esc cancels. What the store would refuse (too short, too long) is said in the
dialog as it is typed, by the core's own rule, and the dialog stays open with the text kept.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..domain import reason_problem
from .i18n import text as tr_core


class ReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, prompt: str,
                 problem: Callable[[str], str | None] = reason_problem, text: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._problem = problem
        layout = QVBoxLayout(self)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.edit = QPlainTextEdit(text)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(prompt)
        self.prompt.setBuddy(self.edit)
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.hint)
        keys = QLabel(self.tr("Return records the reason · Shift+Return starts a new line · Esc cancels"))
        keys.setStyleSheet("color: palette(mid);")
        layout.addWidget(keys)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("&OK"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._check)
        self._check()
        self.resize(480, 240)
        self.edit.setFocus()

    def reason(self) -> str:
        return self.edit.toPlainText().strip()

    def _check(self) -> str | None:
        problem = self._problem(self.reason())
        # says nothing while the box is empty: a red message before anything is typed is noise
        self.hint.setText(tr_core(problem) if problem and self.reason() else "")
        self.ok_button.setEnabled(problem is None)
        return problem

    def _try_accept(self) -> None:
        problem = self._check()
        if problem:
            self.hint.setText(tr_core(problem))
            self.edit.setFocus()
            return
        self.accept()

    def eventFilter(self, obj, event):
        if obj is self.edit and event.type() == QEvent.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not (event.modifiers() & Qt.ShiftModifier):
                self._try_accept()
                return True
        return super().eventFilter(obj, event)

    @classmethod
    def ask(cls, parent, title: str, prompt: str, problem=reason_problem, text: str = "") -> str | None:
        """The reason given, or None if the person cancelled."""
        dialog = cls(parent, title, prompt, problem, text)
        return dialog.reason() if dialog.exec() == QDialog.Accepted else None
