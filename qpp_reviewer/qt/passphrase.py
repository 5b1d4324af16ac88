"""The passphrase of an encrypted database, in the window (issue 16 item 5).

At the first start (no database yet) the app recommends a passphrase and says what losing it means;
declining is a button of its own, never a default. An encrypted database asks for its passphrase when
it opens: three tries, nothing changed by a wrong one, and a way in with the recovery key. The
recovery key is shown once, to be written down. The work itself (keys, files) is the core's
``storage.cipher``; these dialogs only ask and say.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

TRIES = 3


def _tr(text: str) -> str:  # for texts already extracted (lupdate reads the literal calls below)
    return QCoreApplication.translate("Passphrase", text)


def _problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setAccessibleName(QCoreApplication.translate("Passphrase", "Problem"))
    return label


def _passphrase_problem(first: str, again: str) -> str | None:
    from ..storage.cipher import MIN_PASSPHRASE

    if len(first) < MIN_PASSPHRASE:
        return QCoreApplication.translate("Passphrase", "A passphrase needs at least {n} characters; a few words are easier to remember than a short "
                   "password.").format(n=MIN_PASSPHRASE)
    if first != again:
        return QCoreApplication.translate("Passphrase", "The two passphrases differ. Type the same one twice.")
    return None


class NewPassphraseDialog(QDialog):
    """Choose a passphrase: for a new database (with the explicit choice not to encrypt), or a new
    passphrase for an encrypted one. ``choice`` is "encrypt", "plain" or "" (cancelled)."""

    def __init__(self, file_name: str, parent=None, offer_plain: bool = True, title: str | None = None):
        super().__init__(parent)
        self.choice = ""
        self.setWindowTitle(title or QCoreApplication.translate("Passphrase", "Protect the reviews with a passphrase"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        if offer_plain:
            text = QCoreApplication.translate(
                "Passphrase",
                "{file} will hold case files of asylum applicants. With a passphrase, the database, its journal and "
                "its backups are encrypted: a lost or stolen laptop, or a copied file, shows nothing. Recommended."
                "\n\nIf the passphrase is lost, the data is lost, unless you keep the recovery key shown next.")
        else:
            text = QCoreApplication.translate(
                "Passphrase",
                "The new passphrase of {file}. The database is not rewritten; its backups follow the new passphrase, "
                "and the recovery key still works.")
        intro = QLabel(text.format(file=file_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.Password)
        self.first.setAccessibleName(QCoreApplication.translate("Passphrase", "Passphrase"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.Password)
        self.again.setAccessibleName(QCoreApplication.translate("Passphrase", "The passphrase again"))
        form.addRow(QCoreApplication.translate("Passphrase", "&Passphrase:"), self.first)
        form.addRow(QCoreApplication.translate("Passphrase", "&Again:"), self.again)
        layout.addLayout(form)
        self.problem = _problem_label()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox()
        self.encrypt_button = self.buttons.addButton(QCoreApplication.translate("Passphrase", "&Encrypt") if offer_plain else QCoreApplication.translate("Passphrase", "&Change passphrase"),
                                                     QDialogButtonBox.AcceptRole)
        self.encrypt_button.setDefault(True)
        self.plain_button = None
        if offer_plain:
            self.plain_button = self.buttons.addButton(QCoreApplication.translate("Passphrase", "Continue &without encryption"),
                                                       QDialogButtonBox.DestructiveRole)
            self.plain_button.setAutoDefault(False)
            self.plain_button.clicked.connect(self._plain)
        cancel = self.buttons.addButton(QDialogButtonBox.Cancel)
        cancel.setAutoDefault(False)
        self.encrypt_button.clicked.connect(self._encrypt)
        cancel.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.first.setFocus()

    @property
    def passphrase(self) -> str:
        return self.first.text()

    def _encrypt(self) -> None:
        problem = _passphrase_problem(self.first.text(), self.again.text())
        if problem:
            self.problem.setText(problem)
            (self.first if len(self.first.text()) < 10 else self.again).setFocus()
            return
        self.choice = "encrypt"
        self.accept()

    def _plain(self) -> None:
        self.choice = "plain"
        self.accept()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: closed only once the person says they have written it down."""

    def __init__(self, recovery: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Passphrase", "Recovery key"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("Passphrase", "Write down this recovery key and keep it apart from this computer (e.g. printed, in a "
                           "locked cabinet). It is shown only now and stored nowhere. With the passphrase lost, "
                           "it is the only way to open the database."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key = QLineEdit(recovery)
        self.key.setReadOnly(True)
        self.key.setAccessibleName(QCoreApplication.translate("Passphrase", "Recovery key"))
        font = QFont("monospace")
        font.setStyleHint(QFont.Monospace)
        font.setPointSize(font.pointSize() + 2)
        self.key.setFont(font)
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance(recovery) + 24)
        layout.addWidget(self.key)
        self.written = QCheckBox(QCoreApplication.translate("Passphrase", "I have &written down the recovery key"))
        layout.addWidget(self.written)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.written.toggled.connect(self.buttons.button(QDialogButtonBox.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.written.setFocus()

    def reject(self) -> None:  # Esc does not close it before the key is written down
        if self.written.isChecked():
            super().reject()


class UnlockDialog(QDialog):
    """The passphrase of an encrypted database; three tries, or the recovery key."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self.tries = 0
        self.key = None
        self.recovered = False
        self.setWindowTitle(QCoreApplication.translate("Passphrase", "Encrypted database"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("Passphrase", "{file} is encrypted. Type its passphrase to open it.").format(file=self.path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setAccessibleName(QCoreApplication.translate("Passphrase", "Passphrase"))
        form.addRow(QCoreApplication.translate("Passphrase", "&Passphrase:"), self.passphrase)
        self.use_recovery = QCheckBox(QCoreApplication.translate("Passphrase", "I have lost the passphrase: use the &recovery key"))
        form.addRow("", self.use_recovery)
        self.recovery = QLineEdit()
        self.recovery.setAccessibleName(QCoreApplication.translate("Passphrase", "Recovery key"))
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.setEnabled(False)
        form.addRow(QCoreApplication.translate("Passphrase", "Recovery &key:"), self.recovery)
        layout.addLayout(form)
        self.problem = _problem_label()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Open | QDialogButtonBox.Cancel)
        self.open_button: QPushButton = self.buttons.button(QDialogButtonBox.Open)
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.use_recovery.toggled.connect(self._mode)
        self.passphrase.setFocus()

    def _mode(self, recovery: bool) -> None:
        self.recovery.setEnabled(recovery)
        self.passphrase.setEnabled(not recovery)
        (self.recovery if recovery else self.passphrase).setFocus()

    def _try(self) -> None:
        from ..storage import cipher

        try:
            if self.use_recovery.isChecked():
                self.key = cipher.unlock(self.path, recovery=self.recovery.text())
                self.recovered = True
            else:
                self.key = cipher.unlock(self.path, self.passphrase.text())
        except cipher.WrongPassphrase:
            self.tries += 1
            if self.tries >= TRIES:
                self.problem.setText(QCoreApplication.translate("Passphrase", "Wrong {n} times: the database was not opened, and nothing was changed.")
                                     .format(n=TRIES))
                self.reject()
                return
            self.problem.setText(QCoreApplication.translate("Passphrase", "That does not open {file} (try {n} of {of}). Nothing was changed.")
                                 .format(file=self.path.name, n=self.tries + 1, of=TRIES))
            field = self.recovery if self.use_recovery.isChecked() else self.passphrase
            field.selectAll()
            field.setFocus()
            return
        except cipher.CipherError as exc:
            from .i18n import text

            self.problem.setText(text(exc))
            return
        self.accept()


def prepare(path: str | Path, parent=None) -> bool:
    """Before the app opens a local database: unlock it when it is encrypted; for a new one, offer to
    encrypt it. False when the person cancelled (nothing was made or changed)."""
    from ..storage import cipher

    if "://" in str(path):
        return True  # PostgreSQL: the server's own controls apply
    path = Path(path)
    if cipher.is_encrypted(path):
        try:
            cipher.key_for(path)
            return True  # unlocked already in this session
        except cipher.NeedsPassphrase:
            pass
        dialog = UnlockDialog(path, parent)
        if dialog.exec() != QDialog.Accepted:
            return False
        if dialog.recovered:  # in with the recovery key: a new passphrase now, or the next start asks again
            change = NewPassphraseDialog(path.name, parent, offer_plain=False, title=QCoreApplication.translate("Passphrase", "A new passphrase"))
            if change.exec() == QDialog.Accepted and change.choice == "encrypt":
                from ..storage.db import list_backups

                cipher.set_passphrase(path, dialog.key, change.passphrase, list_backups(path))
        return True
    if (not path.exists() or path.stat().st_size == 0) and cipher.available():
        dialog = NewPassphraseDialog(path.name, parent)
        if dialog.exec() != QDialog.Accepted or not dialog.choice:
            return False
        if dialog.choice == "encrypt":
            if not path.parent.is_dir():
                return True  # the core's own message names the missing folder
            _key, recovery = cipher.new_key(path, dialog.passphrase)
            RecoveryKeyDialog(recovery, parent).exec()
    return True


def change_passphrase(store, parent=None) -> bool:
    """File ▸ Change passphrase…: the open database's passphrase (its backups follow)."""
    from ..storage import cipher
    from ..storage.db import list_backups

    path = Path(store.location)
    key = cipher.key_for(path)
    dialog = NewPassphraseDialog(path.name, parent, offer_plain=False, title=QCoreApplication.translate("Passphrase", "Change passphrase"))
    if dialog.exec() != QDialog.Accepted or dialog.choice != "encrypt":
        return False
    cipher.set_passphrase(path, key, dialog.passphrase, list_backups(path))
    return True
