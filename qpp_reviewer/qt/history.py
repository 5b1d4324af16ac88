"""A review's history: every recorded change, from the hash-chained audit trail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..domain import OutcomeJudgement, Product, Severity
from ..storage.store import Store
from .common import format_date
from .labels import label

COLUMNS = ("#", "When (UTC)", "Who", "What", "Criterion or item", "Before", "After")


def _extracted_by_lupdate() -> None:  # pragma: no cover - never called; lists the column headers
    QCoreApplication.translate("HistoryDialog", "#"),
    QCoreApplication.translate("HistoryDialog", "When (UTC)"),
    QCoreApplication.translate("HistoryDialog", "Who"),
    QCoreApplication.translate("HistoryDialog", "What"),
    QCoreApplication.translate("HistoryDialog", "Criterion or item"),
    QCoreApplication.translate("HistoryDialog", "Before"),
    QCoreApplication.translate("HistoryDialog", "After"),


def _actions() -> dict[str, str]:
    """What each recorded action is called in the window (the audit trail keeps its code)."""
    return {
        "created": QCoreApplication.translate("HistoryDialog", "Review created"), "finding": QCoreApplication.translate("HistoryDialog", "Finding"), "comment": QCoreApplication.translate("HistoryDialog", "Comment"),
        "outcome_judgement": QCoreApplication.translate("HistoryDialog", "Outcome judged"), "completed": QCoreApplication.translate("HistoryDialog", "Completed"), "reopened": QCoreApplication.translate("HistoryDialog", "Reopened"),
        "signed_off": QCoreApplication.translate("HistoryDialog", "Batch signed off"), "batch_unsigned": QCoreApplication.translate("HistoryDialog", "Batch no longer signed off"),
        "batch_added": QCoreApplication.translate("HistoryDialog", "Added to a batch"), "batch_removed": QCoreApplication.translate("HistoryDialog", "Removed from a batch"),
        "agreed": QCoreApplication.translate("HistoryDialog", "Agreed result made"), "agreed_change": QCoreApplication.translate("HistoryDialog", "Agreed finding differs"),
        "deleted": QCoreApplication.translate("HistoryDialog", "Review deleted"),
        "second_requested": QCoreApplication.translate("HistoryDialog", "Second review requested"),
        "assurance_requested": QCoreApplication.translate("HistoryDialog", "Assurance check requested"),
        "imported": QCoreApplication.translate("HistoryDialog", "Imported by collation"),
        "revised": QCoreApplication.translate("HistoryDialog", "Replaced by a later revision"),
        "conflict_resolved": QCoreApplication.translate("HistoryDialog", "Copy kept by a quality lead"),
        "demo_created": QCoreApplication.translate("HistoryDialog", "Demo review made"),
        "document_attached": QCoreApplication.translate("HistoryDialog", "Document attached"),
        "document_detached": QCoreApplication.translate("HistoryDialog", "Document detached"),
        "document_moved": QCoreApplication.translate("HistoryDialog", "Document opened from a new place"),
        "document_copy_kept": QCoreApplication.translate("HistoryDialog", "Copy of a document kept"),
        "document_copy_dropped": QCoreApplication.translate("HistoryDialog", "Copy of a document removed"),
        "evidence_added": QCoreApplication.translate("HistoryDialog", "Evidence added"),
        "evidence_removed": QCoreApplication.translate("HistoryDialog", "Evidence removed"),
        "calibration_case": QCoreApplication.translate("HistoryDialog", "Calibration case (round)"),
        "reference_started": QCoreApplication.translate("HistoryDialog", "Reference answer started"),
        "calibration_started": QCoreApplication.translate("HistoryDialog", "Calibration review started"),
    }


def _value(text: str) -> str:
    """A stored code (a severity, an outcome judgement, a product) in words; other text as it is."""
    for enum in (Severity, OutcomeJudgement, Product):
        try:
            return label(enum(text))
        except ValueError:
            continue
    return text


def describe(entry, templates: dict[str, str]) -> tuple[str, str, str, str]:
    """(what, criterion or item, before, after) of an audit entry, as a person reads them: no codes."""
    action, field, old, new = entry.action, entry.field or "", entry.old or "", entry.new or ""
    what = _actions().get(action, action.replace("_", " "))
    if action in ("finding", "comment", "agreed_change", "evidence_added", "evidence_removed"):
        about = QCoreApplication.translate("HistoryDialog", "Criterion {id}").format(id=field) if field else ""
    elif action == "completed":
        about = QCoreApplication.translate("HistoryDialog", "Band")  # the band's reason is already in words
    elif action in ("reopened", "deleted"):
        about = QCoreApplication.translate("HistoryDialog", "Reason")
    elif field == "batch":
        about = QCoreApplication.translate("HistoryDialog", "Batch")
    elif action == "created":
        about = QCoreApplication.translate("HistoryDialog", "Checklist")
        parts = new.split(" ")
        if len(parts) >= 4:  # "<case> <product> <template id> v<version>"
            key = " ".join(parts[-2:])
            new = f"{parts[0]} — {_value(parts[1])} — {templates.get(key, key)}"
    elif action == "agreed":
        about = QCoreApplication.translate("HistoryDialog", "From the two reviews")
    elif field == "parent":  # a second review or assurance check: the review it is of
        about = QCoreApplication.translate("HistoryDialog", "Of the review")
    elif field == "file":
        about = QCoreApplication.translate("HistoryDialog", "Workbook")
    elif field == "revision":
        about = QCoreApplication.translate("HistoryDialog", "Revision")
    else:
        about = field
    if action == "agreed_change" and " — " in new:
        code, _, note = new.partition(" — ")
        new = (_value(code) if code else QCoreApplication.translate("HistoryDialog", "no finding")) + " — " + note
    return what, about, _value(old), _value(new)


from .i18n import text as tr_core


class HistoryDialog(QDialog):
    def __init__(self, store: Store, review_id: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review history"))
        self.setAccessibleName(self.tr("Review history"))
        self.resize(900, 500)
        entries = store.history(review_id)
        check = store.verify_audit()
        layout = QVBoxLayout(self)
        state = QLabel((self.tr("The audit trail is intact: {detail}.") if check.ok
                        else self.tr("WARNING — the audit trail is broken: {detail}.")).format(
                           detail=tr_core(check.problem)))
        state.setWordWrap(True)
        state.setAccessibleName(self.tr("Audit trail check"))
        layout.addWidget(state)
        self.table = QTableWidget(len(entries), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("HistoryDialog", name) for name in COLUMNS])
        self.table.setAccessibleName(self.tr("Changes to this review"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        templates = {t.key: self.tr("{title}, version {version}").format(title=t.title, version=t.version)
                     for t in store.templates()}
        for i, e in enumerate(entries):
            what, about, before, after = describe(e, templates)
            for col, text in enumerate((str(e.seq), f"{format_date(e.at, time=True)}:{e.at.second:02d}", e.actor,
                                        what, about, before, after)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, col, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
