"""The list of reviews: filter, sort, open."""

from __future__ import annotations

import json
import logging

from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from .i18n import number
from .i18n import text as tr_core
from ..domain import Product, QualityBand, ReviewStatus, Stream
from ..storage.store import LIST_ORDER, ReviewFilter, ReviewSummary, Store
from .common import band_colour, combo_enum, format_date
from .forms.ui_reviewlist import Ui_ReviewListPage
from .labels import label
from .round_trips import state_text

COLUMNS = ("Case reference", "Unit", "Product", "Date", "Stream", "Reviewer", "Band", "Status",
           "Batch", "Queries", "Reply", "Last change")  # English; translated when shown (context "ReviewTable")
QUERIES = COLUMNS.index("Queries")
REPLY = COLUMNS.index("Reply")  # where the decision maker's reply stands (issue 18)
LAST_CHANGE = len(COLUMNS) - 1
# Free-text or long-named columns (unit, stream, batch): at most this wide, so that the eleven columns fit
# 1280 px in both languages; a longer text is elided, whole in the cell's tool tip.
CAPPED = {1: 115, 4: 115, 8: 100, REPLY: 90}
ANY_DATE = QDate(2000, 1, 1)  # a date filter's "any date" (its special value text)


def date_or_none(edit) -> date | None:
    """A date filter's value: None while it shows "any date"."""
    d = edit.date()
    return None if d == ANY_DATE else date(d.year(), d.month(), d.day())
IDS_PER_QUERY = 10_000  # well under SQLite's and PostgreSQL's limits on bound parameters
PAGE = 200  # reviews read from the database at a time, as the list is scrolled (a screen shows ~30)
# Item roles as plain ints: reading Qt.DisplayRole costs microseconds (PySide6 enums), and data() is
# called tens of thousands of times whenever the table is laid out.
DISPLAY, ACCESSIBLE, SORT, TOOLTIP, FOREGROUND = (int(r) for r in (
    Qt.DisplayRole, Qt.AccessibleTextRole, Qt.UserRole, Qt.ToolTipRole, Qt.ForegroundRole))


SORT_KEYS = (
    lambda r: r.case_reference,
    lambda r: r.unit,
    lambda r: r.product.value,
    lambda r: r.product_date.isoformat(),
    lambda r: r.stream.label,
    lambda r: r.reviewer,
    lambda r: r.band.value if r.band else "QS9",
    lambda r: r.status.value,
    lambda r: r.batch or "",
    lambda r: r.open_queries,
    lambda r: _reply_key(r.reply),
    lambda r: r.updated_at.isoformat(),
)


def _reply_key(reply) -> tuple[int, int]:
    """In the order of the states (awaiting first, the fewest days left first), then no feedback issued."""
    from ..storage.replies import REPLY_STATES

    return (REPLY_STATES.index(reply[0]), reply[1]) if reply else (len(REPLY_STATES), 0)


def reply_text(reply) -> str:
    """The Reply column, short: "6 days left" (awaiting a reply), "reply received", "in arbitration", "final"…;
    empty before the feedback is issued. Its tool tip is the whole state (reply_tip)."""
    if not reply:
        return ""
    from ..storage.replies import ISSUED, state_label

    state, left = reply
    if state != ISSUED:
        return tr_core(state_label(state))
    if left == 0:
        return QCoreApplication.translate("ReviewTable", "last day")
    return (QCoreApplication.translate("ReviewTable", "1 day left") if left == 1
            else QCoreApplication.translate("ReviewTable", "{n} days left").format(n=left))


def reply_tip(reply) -> str:
    """Where the reply stands in full: "awaiting reply (6 working days left)"."""
    from ..storage.replies import label_for

    return tr_core(label_for(*reply)) if reply else ""


def _extracted_by_lupdate() -> None:  # pragma: no cover - never called; lists the column headers
    QCoreApplication.translate("ReviewTable", "Case reference"),
    QCoreApplication.translate("ReviewTable", "Unit"),
    QCoreApplication.translate("ReviewTable", "Product"),
    QCoreApplication.translate("ReviewTable", "Date"),
    QCoreApplication.translate("ReviewTable", "Stream"),
    QCoreApplication.translate("ReviewTable", "Reviewer"),
    QCoreApplication.translate("ReviewTable", "Band"),
    QCoreApplication.translate("ReviewTable", "Status"),
    QCoreApplication.translate("ReviewTable", "Batch"),
    QCoreApplication.translate("ReviewTable", "Queries"),
    QCoreApplication.translate("ReviewTable", "Reply"),
    QCoreApplication.translate("ReviewTable", "Last change"),


def _texts(r: ReviewSummary) -> tuple[str, ...]:
    status = label(r.status)
    return (
        r.case_reference,
        r.unit,
        label(r.product) + (f" ({label(r.outcome).lower()})" if r.outcome else ""),
        format_date(r.product_date),
        label(r.stream),
        r.reviewer,
        r.band.value if r.band else "—",
        (QCoreApplication.translate("ReviewTable", "{status} (collated)").format(status=status) if r.source_file
         else status) + (f" · {state_text(r.state).lower()}" if r.state and r.state != "received" else ""),
        r.batch or "",
        str(r.open_queries) if r.open_queries else "",
        reply_text(r.reply),
        format_date(r.updated_at, time=True),
    )


class ReviewTableModel(QAbstractTableModel):
    """The reviews as rows. It can sort itself (see SourceSortProxy): one Python sort of the rows,
    where a sorting proxy would ask for two cells per comparison, a million calls for 50,000 reviews."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ReviewSummary] = []
        self._texts: list[tuple[str, ...] | None] = []  # each row's cell texts, made when first shown
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[ReviewSummary]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(list(rows))
        self._texts = [None] * len(self.rows)
        self.endResetModel()

    def _sorted(self, rows: list[ReviewSummary]) -> list[ReviewSummary]:
        if self._sort is None:
            return rows
        column, order = self._sort
        return sorted(rows, key=SORT_KEYS[column], reverse=order == Qt.DescendingOrder)

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, Qt.SortOrder(order))
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [(self.rows[i.row()].id, i.column()) for i in before]
        self.rows = self._sorted(self.rows)
        self._texts = [None] * len(self.rows)
        where = {r.id: n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(before, [self.index(where[rid], col) for rid, col in ids])
        self.layoutChanged.emit()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate("ReviewTable", COLUMNS[section])
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole:
            return QCoreApplication.translate("ReviewTable", COLUMNS[section])
        return None

    def data(self, index, role=DISPLAY):
        row = index.row()
        col = index.column()
        if role == DISPLAY or role == ACCESSIBLE:
            texts = self._texts[row]
            if texts is None:
                texts = self._texts[row] = _texts(self.rows[row])
            return texts[col]
        if role == SORT:
            return SORT_KEYS[col](self.rows[row])
        if role == TOOLTIP and col == REPLY:
            return reply_tip(self.rows[row].reply)
        if role == TOOLTIP and col in CAPPED:  # the whole text of a cell that may be elided
            return self.data(index, DISPLAY)
        if role == TOOLTIP and col == 6:
            return self.rows[row].band_reason
        if role == TOOLTIP and col == 7 and self.rows[row].source_file:
            return QCoreApplication.translate("ReviewTable", "Collated from {file}; read-only here").format(
                file=self.rows[row].source_file)
        if role == TOOLTIP and col == QUERIES and self.rows[row].open_queries:
            return QCoreApplication.translate("ReviewTable", "{n} open queries from the centre").format(
                n=self.rows[row].open_queries)
        if role == FOREGROUND and col == 6 and self.rows[row].band:
            return band_colour(self.rows[row].band)
        return None


class PagedReviewModel(ReviewTableModel):
    """The review list: rows read from the database a page at a time as the table is scrolled (Qt's
    canFetchMore / fetchMore), in the order the database sorts them, the total counted by the database;
    so a list of 50,000 reviews paints its first screen after reading PAGE rows, not 50,000.

    ``set_source(fetch, total)``: ``fetch(order, offset, limit)`` returns the rows of one page, ``order``
    being (one of LIST_ORDER, descending) or None (newest change first); ``total`` how many there are.
    ``rows`` holds the rows read so far (all of them once scrolled to the end)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._fetch = None
        self.total = 0

    def order(self) -> tuple[str, bool] | None:
        if self._sort is None:
            return None
        column, order = self._sort
        return LIST_ORDER[column], order == Qt.DescendingOrder

    def set_source(self, fetch, total: int) -> None:
        self.beginResetModel()
        self._fetch, self.total = fetch, total
        self.rows = list(fetch(self.order(), 0, PAGE)) if total else []
        self._texts = [None] * len(self.rows)
        self.endResetModel()

    def set_rows(self, rows: list[ReviewSummary]) -> None:  # rows already read: sorted here, as a page
        rows = list(rows)
        self.set_source(lambda order, offset, limit: self._sorted(rows)[offset:offset + limit], len(rows))

    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802 (Qt's name)
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802 (Qt's name)
        if parent.isValid() or self._fetch is None or len(self.rows) >= self.total:
            return
        start = len(self.rows)
        try:
            more = list(self._fetch(self.order(), start, PAGE))[:self.total - start]
        except Exception:  # the database busy (a passphrase being changed in it): read when next scrolled
            logging.getLogger(__name__).warning("reading more of the review list failed", exc_info=True)
            return
        if not more:  # fewer than counted (reviews removed meanwhile): the list ends here
            self.total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.rows += more
        self._texts += [None] * len(more)
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Sorted by the database: the first page is read again in the new order (as far as it had been
        scrolled, so the selection of rows read is kept where they still are)."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, Qt.SortOrder(order))
        if self._fetch is None:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [(self.rows[i.row()].id, i.column()) for i in before if i.row() < len(self.rows)]
        self.rows = list(self._fetch(self.order(), 0, len(self.rows))) if self.rows else []
        self._texts = [None] * len(self.rows)
        where = {r.id: n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            before, [self.index(where[rid], col) if rid in where else QModelIndex() for rid, col in ids])
        self.layoutChanged.emit()


class SourceSortProxy(QSortFilterProxyModel):
    """A proxy whose sorting is done by its ReviewTableModel (fast for tens of thousands of rows)."""

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


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
        self._ids: list[str] | None = None  # reviews chosen elsewhere (the dashboard); None: all
        ui.idsBanner.hide()
        ui.clearIdsButton.clicked.connect(self.clear_ids)
        self.model = PagedReviewModel(self)
        self.proxy = SourceSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.UserRole)
        ui.table.setModel(self.proxy)
        ui.table.sortByColumn(LAST_CHANGE, Qt.DescendingOrder)
        # Widths fitted to the contents once per refresh (from the first 50 rows: measuring a cell costs
        # ~50 us, and the widths of 50 rows are those of 200), then the user's to change. ResizeToContents
        # would measure every cell again at each layout pass, slow for long lists.
        ui.table.horizontalHeader().setResizeContentsPrecision(50)
        ui.table.horizontalHeader().setStretchLastSection(True)
        ui.table.setProperty("elidedColumns", sorted(CAPPED))  # for tests/test_layout.py
        ui.table.verticalHeader().hide()
        ui.table.doubleClicked.connect(self._activated)
        ui.table.installEventFilter(self)
        for combo, everything, items in (
            (ui.productFilter, self.tr("All products"), [(label(p), p) for p in Product]),
            (ui.streamFilter, self.tr("All streams"), [(label(s), s) for s in Stream]),
            (ui.bandFilter, self.tr("All bands"), [(b.value, b) for b in QualityBand]),
            (ui.statusFilter, self.tr("Any status"), [(label(s), s) for s in ReviewStatus]),
        ):
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value.value)
        for edit in (ui.dateFrom, ui.dateTo):
            edit.setMinimumDate(ANY_DATE)
            edit.setDate(ANY_DATE)
        # the centre's state of a collated review, and the reviews with open queries (issue 17)
        self.centreFilter = ui.centreFilter = QComboBox(self)
        self.centreFilter.setObjectName("centreFilter")
        self.centreFilter.setAccessibleName(self.tr("Centre's state or open queries"))
        self.centreFilter.addItem(self.tr("Any state"), None)
        for value, text in (("received", self.tr("Received")), ("has_issues", self.tr("Has issues")),
                            ("approved", self.tr("Approved")), ("queries", self.tr("Open queries"))):
            self.centreFilter.addItem(text, value)
        ui.filterRow2.insertWidget(ui.filterRow2.indexOf(ui.reviewerFilter) + 1, self.centreFilter)
        # where the decision maker's reply stands (issue 18): store.replies' states, counted in SQL
        self.replyFilter = ui.replyFilter = QComboBox(self)
        self.replyFilter.setObjectName("replyFilter")
        self.replyFilter.setAccessibleName(self.tr("Decision maker's reply"))
        self.replyFilter.addItem(self.tr("Any reply"), None)
        for value, text in (("issued", self.tr("Awaiting reply")), ("reply_received", self.tr("Reply received")),
                            ("in_arbitration", self.tr("In arbitration")), ("resolved", self.tr("Resolved")),
                            ("final", self.tr("Final")), ("not_issued", self.tr("Feedback not issued"))):
            self.replyFilter.addItem(text, value)
        ui.filterRow2.insertWidget(ui.filterRow2.indexOf(self.centreFilter) + 1, self.replyFilter)
        QWidget.setTabOrder(ui.reviewerFilter, self.centreFilter)
        QWidget.setTabOrder(self.centreFilter, self.replyFilter)
        QWidget.setTabOrder(self.replyFilter, ui.dateFrom)
        self.queriesBanner = ui.queriesBanner = QLabel(self)
        self.queriesBanner.setObjectName("queriesLine")
        self.queriesBanner.setStyleSheet("#queriesLine { background: #fff4ce; padding: 4px; }")
        self.queriesBanner.hide()
        ui.layout.insertWidget(ui.layout.indexOf(ui.idsBanner), self.queriesBanner)
        self._fill_dynamic_filters()
        for combo in (ui.unitFilter, ui.productFilter, ui.streamFilter, ui.bandFilter,
                      ui.statusFilter, ui.reviewerFilter, ui.centreFilter, ui.replyFilter):
            # as wide as the widest choice (both languages fit on the two filter rows at 1280 px); an
            # unusually long unit name added later stops at 320 px instead of widening the window
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
            combo.setMaximumWidth(320)
        for combo in (ui.unitFilter, ui.productFilter, ui.streamFilter, ui.bandFilter,
                      ui.statusFilter, ui.reviewerFilter, ui.centreFilter, ui.replyFilter):
            combo.currentIndexChanged.connect(self.refresh)
        ui.dateFrom.dateChanged.connect(self.refresh)
        ui.dateTo.dateChanged.connect(self.refresh)
        ui.searchEdit.textChanged.connect(self.refresh)
        ui.clearFilters.clicked.connect(self.clear_filters)
        ui.emptyNewButton.clicked.connect(self.new_review)
        ui.searchEdit.setMinimumWidth(170)
        ui.addToBatchButton.clicked.connect(lambda: self.add_to_batch.emit(self.selected_ids()))
        self._restore_filters()
        self.refresh()

    def _fill_dynamic_filters(self) -> None:
        ui = self.ui
        for combo, everything, values in (
            (ui.unitFilter, self.tr("All units"), self.store.units()),
            (ui.reviewerFilter, self.tr("All reviewers"), self.store.reviewers()),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for v in values:
                combo.addItem(v, v)
            idx = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(idx, 0))
            combo.blockSignals(False)

    def current_filter(self) -> ReviewFilter:
        ui = self.ui

        return ReviewFilter(
            unit=ui.unitFilter.currentData(),
            product=combo_enum(ui.productFilter, Product),
            stream=combo_enum(ui.streamFilter, Stream),
            band=combo_enum(ui.bandFilter, QualityBand),
            status=combo_enum(ui.statusFilter, ReviewStatus),
            reviewer=ui.reviewerFilter.currentData(),
            date_from=date_or_none(ui.dateFrom),
            date_to=date_or_none(ui.dateTo),
            text=ui.searchEdit.text() or None,
            ids=self._ids,
            state=ui.centreFilter.currentData() if ui.centreFilter.currentData() != "queries" else None,
            open_queries=True if ui.centreFilter.currentData() == "queries" else None,
            reply=ui.replyFilter.currentData(),
        )

    FILTER_KEY = "reviewList/filters"

    def _filter_widgets(self):
        ui = self.ui
        return {"unit": ui.unitFilter, "product": ui.productFilter, "stream": ui.streamFilter,
                "band": ui.bandFilter, "status": ui.statusFilter, "reviewer": ui.reviewerFilter,
                "centre": ui.centreFilter, "reply": ui.replyFilter}

    def _save_filters(self) -> None:
        """Remembered between runs, as a demanding user expects of a list they come back to."""
        ui = self.ui
        state = {name: combo.currentData() for name, combo in self._filter_widgets().items()}
        state.update({"from": ui.dateFrom.date().toString(Qt.ISODate), "to": ui.dateTo.date().toString(Qt.ISODate),
                      "text": ui.searchEdit.text()})
        QSettings().setValue(self.FILTER_KEY, json.dumps(state))

    def _restore_filters(self) -> None:
        try:
            state = json.loads(str(QSettings().value(self.FILTER_KEY, "") or "{}"))
        except ValueError:
            return
        if not isinstance(state, dict):
            return
        ui = self.ui
        widgets = list(self._filter_widgets().values()) + [ui.dateFrom, ui.dateTo, ui.searchEdit]
        for w in widgets:
            w.blockSignals(True)
        try:
            for name, combo in self._filter_widgets().items():
                value = state.get(name)
                idx = combo.findData(value) if value is not None else 0
                combo.setCurrentIndex(max(idx, 0))
            for key, edit in (("from", ui.dateFrom), ("to", ui.dateTo)):
                d = QDate.fromString(str(state.get(key, "")), Qt.ISODate)
                if d.isValid():
                    edit.setDate(max(d, ANY_DATE))
            ui.searchEdit.setText(str(state.get("text", ""))[:64])
        finally:
            for w in widgets:
                w.blockSignals(False)

    def clear_filters(self) -> None:
        """Every filter, and any list of reviews from the dashboard: all reviews again (one refresh)."""
        self._ids = None
        self.ui.idsBanner.hide()
        self._reset_filter_widgets()
        self.refresh()

    def _reset_filter_widgets(self) -> None:
        ui = self.ui
        widgets = (ui.unitFilter, ui.productFilter, ui.streamFilter, ui.bandFilter, ui.statusFilter,
                   ui.reviewerFilter, ui.centreFilter, ui.replyFilter, ui.dateFrom, ui.dateTo, ui.searchEdit)
        for w in widgets:
            w.blockSignals(True)
        for combo in widgets[:8]:
            combo.setCurrentIndex(0)
        ui.dateFrom.setDate(ANY_DATE)
        ui.dateTo.setDate(ANY_DATE)
        ui.searchEdit.clear()
        for w in widgets:
            w.blockSignals(False)

    def show_ids(self, ids: list[str], description: str, refresh: bool = True) -> None:
        """List exactly these reviews (the filters are cleared, and then narrow them further)."""
        self._ids = list(ids)
        self._reset_filter_widgets()
        n = len(self._ids)
        text = (self.tr("Showing {n} review from the dashboard: {description}") if n == 1
                else self.tr("Showing {n} reviews from the dashboard: {description}"))
        self.ui.idsLabel.setText(text.format(n=number(n), description=description))
        self.ui.idsBanner.show()
        if refresh:
            self.refresh()

    def clear_ids(self) -> None:
        """Back to every review (the filters stay as they are)."""
        self._ids = None
        self.ui.idsBanner.hide()
        self.refresh()

    def _source(self, flt: ReviewFilter):
        """(fetch(order, offset, limit), total, ids(order)) of the reviews ``flt`` selects: pages read and
        sorted by the database; above IDS_PER_QUERY chosen reviews (the dashboard's), read in chunks of
        ids once and sorted here."""
        store = self.store
        if flt.ids is None or len(flt.ids) <= IDS_PER_QUERY:
            def fetch(order, offset, limit):
                return store.list_reviews(flt, order=order, offset=offset, limit=limit)

            return fetch, store.count_listed(flt), lambda order: store.listed_ids(flt, order=order)
        rows: list[ReviewSummary] = []
        for i in range(0, len(flt.ids), IDS_PER_QUERY):
            rows += store.list_reviews(replace(flt, ids=flt.ids[i:i + IDS_PER_QUERY]))
        rows.sort(key=lambda r: (r.updated_at, r.id), reverse=True)

        def ordered(order):
            if order is None:
                return rows
            key, descending = order
            return sorted(rows, key=SORT_KEYS[LIST_ORDER.index(key)], reverse=descending)

        def fetch(order, offset, limit):
            return ordered(order)[offset:offset + limit]

        return fetch, len(rows), lambda order: [r.id for r in ordered(order)]

    def reload(self) -> None:
        """After reviews change: new units or reviewers may have appeared."""
        self._fill_dynamic_filters()
        self.refresh()

    def refresh(self) -> None:
        self._save_filters()
        flt = self.current_filter()
        fetch, matching, self._all_ids = self._source(flt)
        self.model.set_source(fetch, matching)
        table = self.ui.table
        table.resizeColumnsToContents()
        for col, most in CAPPED.items():
            if table.columnWidth(col) > most:
                table.setColumnWidth(col, most)
        # the Reply column once some feedback was issued (a database that never issues it keeps the room)
        table.setColumnHidden(REPLY, not self.store.replies.any_issued())
        total = self.store.count_reviews()
        self.ui.stack.setCurrentIndex(0 if total == 0 else 1)
        from .round_trips import queries_line

        line = queries_line(self.store, self.store.actor)
        self.queriesBanner.setText(line)
        self.queriesBanner.setAccessibleName(line)
        self.queriesBanner.setVisible(bool(line))
        filtered = any(v is not None for v in vars(flt).values())
        if total == 0:
            self.ui.countLabel.setText("")
        elif filtered:
            self.ui.countLabel.setText(self.tr("{shown} of {total} reviews match the filters").format(
                shown=matching, total=total))
        else:
            self.ui.countLabel.setText(self.tr("{total} reviews").format(total=total))

    def selected_ids(self) -> list[str]:
        rows = {self.proxy.mapToSource(i).row() for i in self.ui.table.selectionModel().selectedRows()}
        return [self.model.rows[r].id for r in sorted(rows)]

    def shown_ids(self) -> list[str]:
        """Every review the list shows, in its order, those not scrolled to yet included."""
        if len(self.model.rows) >= self.model.total:
            return [r.id for r in self.model.rows]
        return self._all_ids(self.model.order())

    def _activated(self, index) -> None:
        if index.isValid():
            row = self.proxy.mapToSource(index).row()
            self.open_review.emit(self.model.rows[row].id)

    def eventFilter(self, obj, event):
        if obj is self.ui.table and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.KeyPress:
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self._activated(self.ui.table.currentIndex())
                return True
            if event.key() == Qt.Key_End and event.modifiers() & Qt.ControlModifier:
                self.model.fetch_all()  # to the last review, not the last one read so far
        return super().eventFilter(obj, event)
