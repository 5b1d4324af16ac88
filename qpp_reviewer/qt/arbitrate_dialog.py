"""Review ▸ Arbitrate a dispute… (issue 18 item 2): a technical specialist or quality lead who is neither the
reviewer nor the decision maker opens a disputed finding, sees the finding and the decision maker's reason,
and upholds, overturns or amends it (a new severity, and a new comment if they wish) with a reason. The
rules are store.replies' (who may arbitrate, the re-score through the store); this is only the form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox,
                               QVBoxLayout)

from .common import run_guarded
from .i18n import text as tr_core
from .labels import label as label_of



def arbitrate_dispute(window) -> bool:
    """Arbitrate one open dispute of the open (or selected) review, as the person at the keyboard."""
    title = QCoreApplication.translate("ArbitrateDialog", "Arbitrate a dispute")
    review_id = window._current_review_id()
    if review_id is None:
        QMessageBox.information(window, title, QCoreApplication.translate("ArbitrateDialog", "Open or select a review whose feedback was disputed first."))
        return False
    store = window.store
    status = store.replies.state(review_id)
    if status is None or not status.open_disputes:
        QMessageBox.information(window, title, QCoreApplication.translate("ArbitrateDialog", "This review has no dispute waiting for arbitration."))
        return False
    who = window.who()
    problem = store.replies.arbitrator_problem(review_id, who)
    if problem:
        QMessageBox.warning(window, title, tr_core(problem))
        return False
    for editor in window.editors():
        if editor.review.id == review_id:
            editor.flush_comment()  # a comment being typed is saved before the review changes
    dialog = window.last_arbitrate_dialog = ArbitrateDialog(store, review_id, status, window)
    if dialog.exec() != QDialog.Accepted:
        return False
    criterion, decision, severity, comment, reason = dialog.choice()
    ok, result = run_guarded(window, title, store.replies.arbitrate, review_id, criterion, decision, reason, who,
                             severity=severity, comment=comment)
    if not ok:
        return False
    after = store.replies.state(review_id)
    message = (QCoreApplication.translate("ArbitrateDialog", "The finding stands; the review did not change. {state}.") if result is None
               else QCoreApplication.translate("ArbitrateDialog", "The review was re-scored: {band}. {state}.")).format(
        band=result.band.value if result is not None and result.band else "", state=tr_core(after.label))
    window.ui.statusBar.showMessage(message, 10000)
    window.last_arbitration_message = message
    for editor in window.editors():
        if editor.review.id == review_id:
            editor._reload()
            editor.show_reply_state()
    window.list_page.reload()
    window._invalidate_dashboard()
    return True


class ArbitrateDialog(QDialog):
    def __init__(self, store, review_id: str, status, parent=None):
        from ..domain import Severity

        super().__init__(parent)
        review = store.get_review(review_id, viewer="")
        self.setWindowTitle(self.tr("Arbitrate a dispute — {case}").format(case=review.header.case_reference))
        labels = {c.id: c.label for c in review.criteria}
        self.disputes = [r for r in status.replies if r.open]
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The decision maker disputes {n} of the findings of {case}. Uphold the finding, "
                               "overturn it (it becomes 'no error') or amend it, and say why: the reviewer and the "
                               "decision maker see your reason on the re-issued feedback sheet.").format(
            n=len(self.disputes), case=review.header.case_reference))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.dispute = QComboBox()
        self.dispute.setAccessibleName(self.tr("Disputed finding"))
        for r in self.disputes:
            self.dispute.addItem(labels.get(r.criterion_id, r.criterion_id) if r.criterion_id
                                 else self.tr("The review as a whole"), r.criterion_id)
        form.addRow(self.tr("&Disputed finding:"), self.dispute)
        self.finding = QLabel()
        self.finding.setWordWrap(True)
        form.addRow(self.tr("Finding:"), self.finding)
        self.why = QLabel()
        self.why.setWordWrap(True)
        form.addRow(self.tr("The decision maker's reason:"), self.why)
        # the passages of the case documents the reviewer linked to the finding (issue 19): what the
        # arbitrator checks the dispute against
        self.evidence = QLabel()
        self.evidence.setObjectName("arbitrateEvidence")
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.PlainText)
        self.evidence.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form.addRow(self.tr("The reviewer's evidence:"), self.evidence)
        self._cited: dict[str, list[str]] = {}
        for item in store.documents.evidence_of([review_id]).get(review_id, []):
            self._cited.setdefault(item.criterion_id, []).append(f"{item.document_name}, {tr_core(item.short)}")
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Decision"))
        for text, value in ((self.tr("Uphold: the finding stands"), "uphold"),
                            (self.tr("Overturn: no error"), "overturn"),
                            (self.tr("Amend: a new severity"), "amend")):
            self.decision.addItem(text, value)
        form.addRow(self.tr("D&ecision:"), self.decision)
        self.severity = QComboBox()
        self.severity.setAccessibleName(self.tr("New severity"))
        for s in (Severity.NO_ERROR, Severity.MINOR, Severity.SIGNIFICANT, Severity.FAIL):
            self.severity.addItem(label_of(s), s.value)
        form.addRow(self.tr("New &severity:"), self.severity)
        self.comment = QLineEdit()
        self.comment.setAccessibleName(self.tr("New comment on the finding"))
        self.comment.setPlaceholderText(self.tr("Leave empty to keep the reviewer's comment"))
        form.addRow(self.tr("New &comment:"), self.comment)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the decision"))
        self.reason.setPlaceholderText(self.tr("Why the finding is upheld, overturned or amended"))
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #b3261e;")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("Record the &arbitration"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._review = review
        self.dispute.currentIndexChanged.connect(lambda _i: self._show_dispute())
        self.decision.currentIndexChanged.connect(lambda _i: self._decision_changed())
        self._show_dispute()
        self._decision_changed()
        self.resize(720, 420)
        self.dispute.setFocus()

    def _show_dispute(self) -> None:
        from ..domain import Severity

        r = self.disputes[self.dispute.currentIndex()]
        if r.criterion_id:
            f = self._review.findings.get(r.criterion_id)
            shown = label_of(f.severity) if f is not None and f.severity is not None else "—"
            if f is not None and f.comment:
                shown += f" — {f.comment}"
        else:
            shown = self.tr("(the review as a whole: it can only be upheld; arbitrate the findings to change it)")
        self.finding.setText(shown)
        self.why.setText(r.reason)
        cited = self._cited.get(r.criterion_id, []) if r.criterion_id else []
        self.evidence.setText("\n".join(cited) if cited else self.tr("none linked to this finding"))
        f = self._review.findings.get(r.criterion_id) if r.criterion_id else None
        if f is not None and f.severity is not None:
            # the first severity that differs from the finding's: an amendment changes it
            for i in range(self.severity.count()):
                if self.severity.itemData(i) != f.severity.value and Severity(self.severity.itemData(i)) \
                        in (Severity.MINOR, Severity.SIGNIFICANT):
                    self.severity.setCurrentIndex(i)
                    break

    def _decision_changed(self) -> None:
        amend = self.decision.currentData() == "amend"
        self.severity.setEnabled(amend)
        self.comment.setEnabled(amend)

    def choice(self):
        from ..domain import Severity

        decision = self.decision.currentData()
        severity = Severity(self.severity.currentData()) if decision == "amend" else None
        comment = self.comment.text().strip() if decision == "amend" else None
        return (self.dispute.currentData() or None, decision, severity, comment or None, self.reason.text().strip())

    def _try_accept(self) -> None:
        from ..domain import reason_problem
        from ..messages import translate

        problem = reason_problem(self.reason.text(), translate("core", "the reason for the arbitration"))
        if problem:  # the store's own rule, said before the dialog closes
            self.hint.setText(tr_core(problem))
            self.reason.setFocus()
            return
        self.accept()


def refer_disputes(window) -> str | None:
    """Send the open (or selected) review's disputes to one arbitrator, chosen among the people here who may
    arbitrate it (then only they decide)."""
    from PySide6.QtWidgets import QInputDialog

    title = QCoreApplication.translate("ArbitrateDialog", "Refer disputes to an arbitrator")
    review_id = window._current_review_id()
    if review_id is None:
        QMessageBox.information(window, title, QCoreApplication.translate("ArbitrateDialog", "Open or select a review whose feedback was disputed first."))
        return None
    store = window.store
    status = store.replies.state(review_id)
    if status is None or not status.open_disputes:
        QMessageBox.information(window, title, QCoreApplication.translate("ArbitrateDialog", "This review has no dispute waiting for arbitration."))
        return None
    names = [name for name, _role in store.profiles() if store.replies.arbitrator_problem(review_id, name) is None]
    if not names:
        QMessageBox.information(window, title, QCoreApplication.translate("ArbitrateDialog", "No one here may arbitrate this review: an arbitrator is a "
                                                  "technical specialist or a quality lead who is neither its reviewer "
                                                  "nor its decision maker (add their profile first)."))
        return None
    current = names.index(status.referred_to) if status.referred_to in names else 0
    dialog = window.last_refer_dialog = QInputDialog(window)
    dialog.setWindowTitle(title)
    dialog.setLabelText(QCoreApplication.translate("ArbitrateDialog", "Who arbitrates the {n} open disputes of {case}?").format(
        n=status.open_disputes, case=status.case_reference))
    dialog.setComboBoxItems(names)
    dialog.setTextValue(names[current])
    dialog.setOkButtonText(QCoreApplication.translate("ArbitrateDialog", "Refer"))
    dialog.setCancelButtonText(QCoreApplication.translate("ArbitrateDialog", "Cancel"))
    if dialog.exec() != QDialog.Accepted:
        return None
    name = dialog.textValue()
    ok, _ = run_guarded(window, title, store.replies.refer, review_id, name, window.who())
    if not ok:
        return None
    window.ui.statusBar.showMessage(QCoreApplication.translate("ArbitrateDialog", "The disputes of {case} were referred to {who}.").format(
        case=status.case_reference, who=name), 8000)
    for editor in window.editors():
        if editor.review.id == review_id:
            editor.show_reply_state()
    window.list_page.reload()
    return name
