"""Dashboard ▸ Disputes… (issue 18 item 4): the decision makers' disputes of the feedback of the dashboard's
selection and how arbitration decided them, by criterion, by reviewer and by unit, with counts, rates and the
method. The figures are qpp_reviewer.disputes.dispute_figures', as in the period PDF and
``qpp-reviewer summary --disputes``; the window only lays them out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView,
                               QTabWidget, QVBoxLayout)

from .i18n import text as tr_core


def show_disputes(window) -> "DisputesDialog":
    dialog = window.last_disputes_dialog = DisputesDialog(window)
    dialog.open()
    return dialog


class DisputesDialog(QDialog):
    def __init__(self, window):
        from ..disputes import cells, dispute_figures, rate

        super().__init__(window)
        self.window_ = window
        self.figures = f = dispute_figures(window.store, window.dashboard.current_filter())
        self.setWindowTitle(self.tr("Disputes of feedback"))
        layout = QVBoxLayout(self)
        t = f.total
        head = QLabel(self.tr("<b>{disputed} of {issued} findings issued were disputed ({rate}); {changed} of the "
                              "disputes overturned or amended ({change})</b> · feedback issued on {reviews} reviews of "
                              "the dashboard's selection, {replied} replied to; {whole} disputed as a whole").format(
            disputed=t.disputed, issued=t.issued, rate=rate(t.dispute_rate), changed=t.changed,
            change=rate(t.change_rate), reviews=f.reviews, replied=f.replied, whole=f.whole))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.tabs = QTabWidget()
        heads = [self.tr("Findings issued"), self.tr("Disputed"), self.tr("Dispute rate"), self.tr("Upheld"),
                 self.tr("Overturned"), self.tr("Amended"), self.tr("Open"), self.tr("Changed (rate)")]
        self.tables: dict[str, QTableView] = {}
        for by, first, tab in (("criterion", self.tr("Criterion"), self.tr("By &criterion")),
                               ("reviewer", self.tr("Reviewer"), self.tr("By &reviewer")),
                               ("unit", self.tr("Unit"), self.tr("By &unit"))):
            model = QStandardItemModel(self)
            model.setHorizontalHeaderLabels([first] + heads)
            for r in f.rows(by) + [t]:
                model.appendRow([QStandardItem(self.tr("All") if r is t else r.label)]
                                + [QStandardItem(c) for c in cells(r)])
            view = QTableView()
            view.setModel(model)
            view.setAccessibleName(tab.replace("&", ""))
            view.setSelectionBehavior(QAbstractItemView.SelectRows)
            view.setEditTriggers(QAbstractItemView.NoEditTriggers)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
            view.doubleClicked.connect(lambda index, b=by: self.list_reviews(b, index.row()))
            view.installEventFilter(self)
            self.tables[by] = view
            self.tabs.addTab(view, tab)
        layout.addWidget(self.tabs)
        method = QLabel(self.tr("Enter or double-click lists the reviews with a disputed finding in a row. ")
                        + tr_core(f.method))
        method.setWordWrap(True)
        method.setStyleSheet("color: #5b6270;")
        layout.addWidget(method)
        box = QDialogButtonBox(QDialogButtonBox.Close)
        box.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(900, 520)
        self.tables["criterion"].setFocus()

    def eventFilter(self, obj, event):
        if (obj in self.tables.values() and event.type() == QEvent.KeyPress
                and event.key() in (Qt.Key_Return, Qt.Key_Enter)):
            by = next(b for b, v in self.tables.items() if v is obj)
            self.list_reviews(by, obj.currentIndex().row())
            return True
        return super().eventFilter(obj, event)

    def list_reviews(self, by: str, row: int) -> list[str]:
        """The reviews whose finding was disputed in a row (the last row: all of them), in the review list."""
        rows = self.figures.rows(by) + [self.figures.total]
        if not 0 <= row < len(rows) or not rows[row].review_ids:
            return []
        r = rows[row]
        self.accept()
        what = self.tr("all disputes") if r is self.figures.total else r.label
        self.window_.show_reviews(list(r.review_ids), self.tr("disputed feedback, {what}").format(what=what))
        return list(r.review_ids)

    def shown(self, by: str) -> list[list[str]]:
        """The cells of one table as shown (for a reader of the screen, and tests)."""
        m = self.tables[by].model()
        return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]
