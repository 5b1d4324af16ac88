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

from ..storage.store import Store
from .common import format_date

COLUMNS = ("#", "When (UTC)", "Who", "What", "Criterion", "Before", "After")


def _extracted_by_lupdate() -> None:  # pragma: no cover - never called; lists the column headers
    QCoreApplication.translate("HistoryDialog", "#"),
    QCoreApplication.translate("HistoryDialog", "When (UTC)"),
    QCoreApplication.translate("HistoryDialog", "Who"),
    QCoreApplication.translate("HistoryDialog", "What"),
    QCoreApplication.translate("HistoryDialog", "Criterion"),
    QCoreApplication.translate("HistoryDialog", "Before"),
    QCoreApplication.translate("HistoryDialog", "After"),


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
                        else self.tr("WARNING — the audit trail is broken: {detail}.")).format(detail=check.problem))
        state.setWordWrap(True)
        state.setAccessibleName(self.tr("Audit trail check"))
        layout.addWidget(state)
        self.table = QTableWidget(len(entries), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("HistoryDialog", name) for name in COLUMNS])
        self.table.setAccessibleName(self.tr("Changes to this review"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        for i, e in enumerate(entries):
            for col, text in enumerate((str(e.seq), f"{format_date(e.at, time=True)}:{e.at.second:02d}", e.actor,
                                        e.action.replace("_", " "), e.field, e.old, e.new)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, col, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
