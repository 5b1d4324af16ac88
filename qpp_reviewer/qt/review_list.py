"""The list of reviews: filter, sort, open."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from ..domain import Product, QualityBand, ReviewStatus, Stream
from ..storage.store import ReviewFilter, ReviewSummary, Store
from .common import band_colour, combo_enum
from .forms.ui_reviewlist import Ui_ReviewListPage

COLUMNS = ("Case reference", "Unit", "Product", "Date", "Stream", "Reviewer", "Band", "Status",
           "Batch", "Last change")
LAST_CHANGE = len(COLUMNS) - 1
ANY_DATE = QDate(2000, 1, 1)


class ReviewTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ReviewSummary] = []

    def set_rows(self, rows: list[ReviewSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return (
                r.case_reference,
                r.unit,
                r.product.label + (f" ({r.outcome.label.lower()})" if r.outcome else ""),
                r.product_date.strftime("%d %b %Y"),
                r.stream.label,
                r.reviewer,
                r.band.value if r.band else "—",
                r.status.label + (" (collated)" if r.source_file else ""),
                r.batch or "",
                r.updated_at.strftime("%d %b %Y %H:%M"),
            )[col]
        if role == Qt.UserRole:  # sort key
            return (
                r.case_reference,
                r.unit,
                r.product.value,
                r.product_date.isoformat(),
                r.stream.label,
                r.reviewer,
                r.band.value if r.band else "QS9",
                r.status.value,
                r.batch or "",
                r.updated_at.isoformat(),
            )[col]
        if role == Qt.ToolTipRole and col == 6:
            return r.band_reason
        if role == Qt.ToolTipRole and col == 7 and r.source_file:
            return f"Collated from {r.source_file}; read-only here"
        if role == Qt.ForegroundRole and col == 6 and r.band:
            return band_colour(r.band)
        return None


class ReviewListPage(QWidget):
    open_review = Signal(str)
    new_review = Signal()
    add_to_batch = Signal(list)  # review ids

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_ReviewListPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = ReviewTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.UserRole)
        ui.table.setModel(self.proxy)
        ui.table.sortByColumn(LAST_CHANGE, Qt.DescendingOrder)
        ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        ui.table.horizontalHeader().setStretchLastSection(True)
        ui.table.verticalHeader().hide()
        ui.table.doubleClicked.connect(self._activated)
        ui.table.installEventFilter(self)
        for combo, label, items in (
            (ui.productFilter, "All products", [(p.label, p) for p in Product]),
            (ui.streamFilter, "All streams", [(s.label, s) for s in Stream]),
            (ui.bandFilter, "All bands", [(b.value, b) for b in QualityBand]),
            (ui.statusFilter, "Any status", [(s.label, s) for s in ReviewStatus]),
        ):
            combo.addItem(label, None)
            for text, value in items:
                combo.addItem(text, value.value)
        for edit in (ui.dateFrom, ui.dateTo):
            edit.setMinimumDate(ANY_DATE)
            edit.setDate(ANY_DATE)
        self._fill_dynamic_filters()
        for combo in (ui.unitFilter, ui.productFilter, ui.streamFilter, ui.bandFilter,
                      ui.statusFilter, ui.reviewerFilter):
            combo.currentIndexChanged.connect(self.refresh)
        ui.dateFrom.dateChanged.connect(self.refresh)
        ui.dateTo.dateChanged.connect(self.refresh)
        ui.searchEdit.textChanged.connect(self.refresh)
        ui.clearFilters.clicked.connect(self.clear_filters)
        ui.emptyNewButton.clicked.connect(self.new_review)
        ui.searchEdit.setMinimumWidth(170)
        ui.addToBatchButton.clicked.connect(lambda: self.add_to_batch.emit(self.selected_ids()))
        self.refresh()

    def _fill_dynamic_filters(self) -> None:
        ui = self.ui
        for combo, label, values in (
            (ui.unitFilter, "All units", self.store.units()),
            (ui.reviewerFilter, "All reviewers", self.store.reviewers()),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, None)
            for v in values:
                combo.addItem(v, v)
            idx = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(idx, 0))
            combo.blockSignals(False)

    def current_filter(self) -> ReviewFilter:
        ui = self.ui

        def qdate(edit) -> date | None:
            d = edit.date()
            return None if d == ANY_DATE else date(d.year(), d.month(), d.day())

        return ReviewFilter(
            unit=ui.unitFilter.currentData(),
            product=combo_enum(ui.productFilter, Product),
            stream=combo_enum(ui.streamFilter, Stream),
            band=combo_enum(ui.bandFilter, QualityBand),
            status=combo_enum(ui.statusFilter, ReviewStatus),
            reviewer=ui.reviewerFilter.currentData(),
            date_from=qdate(ui.dateFrom),
            date_to=qdate(ui.dateTo),
            text=ui.searchEdit.text() or None,
        )

    def clear_filters(self) -> None:
        ui = self.ui
        for combo in (ui.unitFilter, ui.productFilter, ui.streamFilter, ui.bandFilter,
                      ui.statusFilter, ui.reviewerFilter):
            combo.setCurrentIndex(0)
        ui.dateFrom.setDate(ANY_DATE)
        ui.dateTo.setDate(ANY_DATE)
        ui.searchEdit.clear()

    def reload(self) -> None:
        """After reviews change: new units or reviewers may have appeared."""
        self._fill_dynamic_filters()
        self.refresh()

    def refresh(self) -> None:
        flt = self.current_filter()
        rows = self.store.list_reviews(flt)
        self.model.set_rows(rows)
        total = self.store.count_reviews()
        self.ui.stack.setCurrentIndex(0 if total == 0 else 1)
        filtered = any(v is not None for v in vars(flt).values())
        if total == 0:
            self.ui.countLabel.setText("")
        elif filtered:
            self.ui.countLabel.setText(f"{len(rows)} of {total} reviews match the filters")
        else:
            self.ui.countLabel.setText(f"{total} reviews")

    def selected_ids(self) -> list[str]:
        rows = {self.proxy.mapToSource(i).row() for i in self.ui.table.selectionModel().selectedRows()}
        return [self.model.rows[r].id for r in sorted(rows)]

    def shown_ids(self) -> list[str]:
        return [r.id for r in self.model.rows]

    def _activated(self, index) -> None:
        if index.isValid():
            row = self.proxy.mapToSource(index).row()
            self.open_review.emit(self.model.rows[row].id)

    def eventFilter(self, obj, event):
        if obj is self.ui.table and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.KeyPress:
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self._activated(self.ui.table.currentIndex())
                return True
        return super().eventFilter(obj, event)
