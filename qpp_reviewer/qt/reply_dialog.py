"""Review ▸ Decision maker's reply… (issue 18): the reply typed in by the reviewer or a technical specialist
sitting with the decision maker — accept or dispute each error finding (a dispute with its reason), and
the review as a whole. The rules are store.replies'; the reply workbook is the other way in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QMessageBox,
                               QScrollArea, QVBoxLayout, QWidget)

from .common import run_guarded
from .i18n import text as tr_core
from .labels import label as label_of



def record_reply(window) -> bool:
    """Ask for the reply to the open (or selected) review; issue its feedback first if it was not."""
    from ..storage.replies import DEFAULT_DAYS

    title = QCoreApplication.translate("ReplyDialog", "Decision maker's reply")
    review_id = window._current_review_id()
    if review_id is None:
        QMessageBox.information(window, title, QCoreApplication.translate("ReplyDialog", "Open or select a complete review first."))
        return False
    store = window.store
    if store.replies.state(review_id) is None:
        answer = QMessageBox.question(window, title, QCoreApplication.translate(
            "ReplyDialog", "The feedback of this review has not been issued to the decision maker yet. Issue it "
            "today, with a reply window of {days} working days?").format(days=DEFAULT_DAYS))
        if answer != QMessageBox.Yes:
            return False
        ok, _ = run_guarded(window, title, store.replies.issue_feedback, review_id, window.who())
        if not ok:
            return False
    dialog = window.last_reply_dialog = ReplyDialog(store, review_id, window)
    if dialog.exec() != QDialog.Accepted:
        return False
    ok, n = run_guarded(window, title, store.replies.reply, review_id, dialog.answers(), window.who())
    if ok:
        window.ui.statusBar.showMessage(tr_core(store.replies.state(review_id).label), 8000)
        for editor in window.editors():
            if editor.review.id == review_id and getattr(editor, "reply_label", None) is not None:
                editor.show_reply_state()
        window.list_page.reload()
    return ok


class ReplyDialog(QDialog):
    def __init__(self, store, review_id: str, parent=None):
        super().__init__(parent)
        self.store = store
        review = store.get_review(review_id, viewer="")
        status = store.replies.state(review_id)
        self.setWindowTitle(self.tr("Decision maker's reply — {case}").format(case=review.header.case_reference))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("For each error: does the decision maker accept it, or dispute it (then say why)? "
                               "{state}.").format(state=tr_core(status.label)) if status else "")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        area = QScrollArea()
        area.setWidgetResizable(True)
        inner = QWidget()
        grid = QGridLayout(inner)
        for col, head in enumerate((self.tr("Criterion"), self.tr("Finding"), self.tr("Reply"), self.tr("Reason"))):
            grid.addWidget(QLabel(f"<b>{head}</b>"), 0, col)
        held = {r.criterion_id: r for r in (status.replies if status else ())}
        self.rows: list[tuple[str, QComboBox, QLineEdit]] = []
        findings = store.replies.findings(review_id)
        for i, (cid, label, severity, comment) in enumerate(findings + [("", self.tr("The review as a whole"), "", "")],
                                                             start=1):
            name = QLabel(label)
            name.setWordWrap(True)
            grid.addWidget(name, i, 0)
            shown = QLabel(label_of(_severity(severity)) + (f" — {comment}" if comment else "") if severity else "")
            shown.setWordWrap(True)
            grid.addWidget(shown, i, 1)
            combo = QComboBox()
            if not cid:
                combo.addItem(self.tr("(no reply)"), None)
            combo.addItem(self.tr("Accept"), "accept")
            combo.addItem(self.tr("Dispute"), "dispute")
            combo.setAccessibleName(self.tr("Reply on {criterion}").format(criterion=label))
            reason = QLineEdit()
            reason.setAccessibleName(self.tr("Reason on {criterion}").format(criterion=label))
            reason.setPlaceholderText(self.tr("Why it is disputed"))
            if cid in held:
                combo.setCurrentIndex(max(0, combo.findData(held[cid].verdict)))
                reason.setText(held[cid].reason)
            grid.addWidget(combo, i, 2)
            grid.addWidget(reason, i, 3)
            self.rows.append((cid, combo, reason))
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        area.setWidget(inner)
        layout.addWidget(area)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #b3261e;")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("&Record the reply"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 480)
        if self.rows:
            self.rows[0][1].setFocus()

    def answers(self) -> dict[str, tuple[str, str]]:
        out = {}
        for cid, combo, reason in self.rows:
            if combo.currentData() is not None:
                out[cid] = (combo.currentData(), reason.text().strip())
        return out

    def _try_accept(self) -> None:
        missing = [combo.accessibleName() for cid, combo, reason in self.rows
                   if combo.currentData() == "dispute" and len(reason.text().strip()) < 5]
        if missing:
            self.hint.setText(self.tr("A dispute needs its reason (a few words)."))
            return
        self.accept()


def _severity(value: str):
    from ..domain import Severity

    try:
        return Severity(value)
    except ValueError:
        return value
