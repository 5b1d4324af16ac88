"""Who is working: chosen at start, remembered, recorded on every change."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from ..domain import Role
from ..storage.store import ReviewError, Store
from .i18n import text as tr_core
from .labels import label


class WhoDialog(QDialog):
    """Pick a reviewer profile (or create one): name or initials and a role."""

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Who is working?"))
        self.setAccessibleName(self.tr("Who is working"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every review, finding and sign-off records who made it. Choose yourself, or add a "
                               "new reviewer profile."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.people = QComboBox()
        self.people.setAccessibleName(self.tr("Reviewer"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("New reviewer's name or initials"))
        self.name.setMaxLength(100)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for r in Role:
            self.role.addItem(label(r), r.value)
        form.addRow(self.tr("&Reviewer"), self.people)
        form.addRow(self.tr("&Name or initials"), self.name)
        form.addRow(self.tr("R&ole"), self.role)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.people.currentIndexChanged.connect(self._sync)
        self._fill(str(QSettings().value("lastReviewer", "")))
        self.chosen: str | None = None

    def _fill(self, last: str) -> None:
        self.people.clear()
        for name, role in self.store.profiles():
            self.people.addItem(f"{name} — {label(role)}", name)
        self.people.addItem(self.tr("New reviewer…"), None)
        idx = self.people.findData(last) if last else -1
        self.people.setCurrentIndex(idx if idx >= 0 else 0)
        self._sync()

    def _sync(self) -> None:
        new = self.people.currentData() is None
        self.name.setEnabled(new)
        self.role.setEnabled(new)
        if new:
            self.name.setFocus()

    def _accept(self) -> None:
        name = self.people.currentData()
        if name is None:
            try:
                name = self.store.add_profile(self.name.text(), Role(self.role.currentData()))
            except ReviewError as exc:
                QMessageBox.warning(self, self.tr("New reviewer"), tr_core(exc))
                return
        self.chosen = name
        QSettings().setValue("lastReviewer", name)
        self.accept()


def choose_reviewer(store: Store, parent=None) -> str | None:
    dialog = WhoDialog(store, parent)
    return dialog.chosen if dialog.exec() == QDialog.Accepted else None
