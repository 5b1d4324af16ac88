"""A review's history: every recorded change, from the hash-chained audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ..storage.store import Store

COLUMNS = ("#", "When (UTC)", "Who", "What", "Criterion", "Before", "After")


class HistoryDialog(QDialog):
    def __init__(self, store: Store, review_id: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Review history")
        self.setAccessibleName("Review history")
        self.resize(900, 500)
        entries = store.history(review_id)
        check = store.verify_audit()
        layout = QVBoxLayout(self)
        state = QLabel(("The audit trail is intact: " if check.ok else "WARNING — the audit trail is broken: ")
                       + check.problem + ".")
        state.setWordWrap(True)
        state.setAccessibleName("Audit trail check")
        layout.addWidget(state)
        self.table = QTableWidget(len(entries), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Changes to this review")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        for i, e in enumerate(entries):
            for col, text in enumerate((str(e.seq), f"{e.at:%d %b %Y %H:%M:%S}", e.actor,
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
