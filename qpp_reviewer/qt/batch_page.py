"""Batches: their contents, band distribution, sign-off and export."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QInputDialog, QMessageBox, QWidget

from .i18n import number
from ..domain import QualityBand
from ..scoring import percent
from ..storage.store import BatchSummary, ReviewFilter, Store
from .common import BAND_COLOURS, format_date, run_guarded
from .forms.ui_batchpage import Ui_BatchPage
from .review_list import COLUMNS, ReviewTableModel, SourceSortProxy

BATCH_COLUMNS = ("Batch", "Reviews", "Complete", "Satisfactory", "Signed off")  # translated when shown


def _extracted_by_lupdate() -> None:  # pragma: no cover - never called; lists the column headers
    QCoreApplication.translate("BatchTable", "Batch"),
    QCoreApplication.translate("BatchTable", "Reviews"),
    QCoreApplication.translate("BatchTable", "Complete"),
    QCoreApplication.translate("BatchTable", "Satisfactory"),
    QCoreApplication.translate("BatchTable", "Signed off"),


class BatchTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[BatchSummary] = []

    def set_rows(self, rows):
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return len(BATCH_COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate("BatchTable", BATCH_COLUMNS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        b = self.rows[index.row()]
        if role == Qt.DisplayRole:
            sat = b.bands.get("QS1", 0) + b.bands.get("QS2", 0)
            total = sum(b.bands.values())
            return (
                b.name,
                str(b.reviews),
                str(b.complete),
                QCoreApplication.translate("BatchTable", "{n} of {total} ({pct}%)").format(
                    n=sat, total=total, pct=percent(sat, total)) if total else "—",
                f"{b.signed_off_by}, {format_date(b.signed_off_at)}" if b.signed_off
                else QCoreApplication.translate("BatchTable", "not yet"),
            )[index.column()]
        if role == Qt.ToolTipRole:
            return b.description or b.name
        return None


def distribution_html(b: BatchSummary) -> str:
    """Bars of the band distribution; each bar carries its number and percentage as text."""
    total = sum(b.bands.values())
    rows = []
    for band in QualityBand:
        n = b.bands.get(band.value, 0)
        width = int(240 * n / total) if total else 0
        colour = BAND_COLOURS[band][0]
        rows.append(
            f"<tr><td><b>{band.value}</b></td><td><table cellspacing=0 cellpadding=0><tr>"
            f"<td width={max(width, 1)} bgcolor='{colour}'>&nbsp;</td></tr></table></td>"
            f"<td>{n} ({percent(n, total)}%)</td></tr>"
        )
    sat = b.bands.get("QS1", 0) + b.bands.get("QS2", 0)
    if b.signed_off:
        state = QCoreApplication.translate(
            "BatchPage", "Signed off by {who} on {when} UTC; its reviews are locked.").format(
            who=html.escape(b.signed_off_by), when=format_date(b.signed_off_at, time=True))
    else:
        state = QCoreApplication.translate("BatchPage", "Not signed off.")
    if not b.reviews:
        return QCoreApplication.translate("BatchPage", "No review in this batch yet. {state}").format(state=state)
    return (
        QCoreApplication.translate(
            "BatchPage", "{reviews} reviews, {complete} complete. Satisfactory (QS1+QS2): "
                         "<b>{n} of {total} ({pct}%)</b>. {state}").format(
            reviews=b.reviews, complete=b.complete, n=sat, total=total, pct=percent(sat, total), state=state)
        + f"<table cellspacing=4>{''.join(rows)}</table>"
    )


class BatchPage(QWidget):
    open_review = Signal(str)
    export_batch = Signal(str)  # batch id
    changed = Signal()

    def __init__(self, store: Store, who: callable, parent=None):
        super().__init__(parent)
        self.store = store
        self._who = who
        self.ui = Ui_BatchPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = BatchTableModel(self)
        ui.batchTable.setModel(self.model)
        ui.batchTable.verticalHeader().hide()
        ui.batchTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        ui.batchTable.horizontalHeader().setStretchLastSection(True)
        ui.batchTable.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.reviews = ReviewTableModel(self)
        self.proxy = SourceSortProxy(self)  # the review model sorts itself, and keeps its order on reload
        self.proxy.setSourceModel(self.reviews)
        self.proxy.setSortRole(Qt.UserRole)
        ui.batchReviews.setModel(self.proxy)
        # sortingEnabled was set by the form before there was a model: sort now, so the header's
        # indicator (Case reference, ascending) says the order the rows are really in
        ui.batchReviews.sortByColumn(0, Qt.AscendingOrder)
        ui.batchReviews.verticalHeader().hide()
        ui.batchReviews.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        ui.batchReviews.horizontalHeader().setStretchLastSection(True)
        ui.batchReviews.setColumnHidden(COLUMNS.index("Batch"), True)  # it is the batch shown above
        ui.batchReviews.doubleClicked.connect(self._activated)
        ui.batchReviews.installEventFilter(self)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.newBatchButton.clicked.connect(self.new_batch)
        ui.signOffButton.clicked.connect(self.sign_off)
        ui.exportBatchButton.clicked.connect(lambda: self.current() and self.export_batch.emit(self.current().id))
        ui.deleteBatchButton.clicked.connect(self.delete_batch)
        ui.batchReportButton.clicked.connect(lambda: self.batch_report())
        ui.removeReviewsButton.clicked.connect(self.remove_selected)
        self.refresh()

    def current(self) -> BatchSummary | None:
        idx = self.ui.batchTable.currentIndex()
        return self.model.rows[idx.row()] if idx.isValid() and idx.row() < len(self.model.rows) else None

    def refresh(self, select_id: str | None = None) -> None:
        keep = select_id or (self.current().id if self.current() else None)
        self.model.set_rows(self.store.batches())
        row = next((i for i, b in enumerate(self.model.rows) if b.id == keep), 0 if self.model.rows else -1)
        if row >= 0:
            self.ui.batchTable.setCurrentIndex(self.model.index(row, 0))
        self._show_current()

    def _show_current(self) -> None:
        ui = self.ui
        b = self.current()
        for w in (ui.signOffButton, ui.exportBatchButton, ui.deleteBatchButton, ui.removeReviewsButton,
                  ui.batchReportButton):
            w.setEnabled(b is not None)
        if b is None:
            ui.batchTitle.setText(self.tr("No batches yet"))
            ui.batchInfo.setText(self.tr("A batch groups reviews for sign-off and export, e.g. "
                                         "<i>Glasgow — routine sample — Oct 2025</i>. Create one with "
                                         "<b>New batch</b>, then select reviews in the review list and choose "
                                         "<b>Add to batch</b>."))
            self.reviews.set_rows([])
            return
        ui.batchTitle.setText(b.name)
        ui.batchInfo.setText(distribution_html(b) + self._pending_html(b))
        ui.signOffButton.setEnabled(not b.signed_off and b.reviews > 0)
        ui.deleteBatchButton.setEnabled(not b.signed_off)
        ui.removeReviewsButton.setEnabled(not b.signed_off)
        self.reviews.set_rows(self.store.list_reviews(ReviewFilter(batch_id=b.id)))

    def _pending_html(self, b) -> str:
        """A drawn batch's sampled cases that have no review yet: named, with where to start them
        (a batch just drawn holds no review, and must not read as an empty batch)."""
        from ..storage import samples

        cases = samples.sampled_cases(self.store, b.id)
        pending = [c for c in cases if c.pending]
        counts = self._sampled_counts(cases)
        if not pending:
            return counts
        shown = ", ".join(html.escape(f"{c.case_reference} ({c.unit})") for c in pending[:12])
        more = len(pending) - 12
        text = (self.tr("1 sampled case not started yet: {cases}.") if len(pending) == 1 else
                self.tr("{n} sampled cases not started yet: {cases}.")).format(
            n=number(len(pending)), cases=shown + (self.tr(" and {n} more").format(n=more) if more > 0 else ""))
        return (counts + "<p>" + text + " " + self.tr("Start them from <b>Sampling ▸ Sampled cases…</b>") + "</p>")

    def _sampled_counts(self, cases) -> str:
        """How far a drawn batch has got (issue 20): its sampled cases pending (not yet reviewed: not started
        or in progress), reviewed and skipped."""
        if not cases:
            return ""
        n = {k: sum(1 for c in cases if c.status == k) for k in ("pending", "in_progress", "complete", "skipped")}
        waiting = n["pending"] + n["in_progress"]
        head = (self.tr("1 sampled case") if len(cases) == 1 else self.tr("{n} sampled cases")).format(
            n=number(len(cases)))
        return "<p><b>" + self.tr("{cases}: {pending} pending ({new} not started, {open} in progress), "
                                  "{done} reviewed, {skipped} skipped.").format(
            cases=head, pending=number(waiting), new=number(n["pending"]), open=number(n["in_progress"]),
            done=number(n["complete"]), skipped=number(n["skipped"])) + "</b></p>"

    def new_batch(self) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("New batch"),
                                        self.tr("Name of the batch (e.g. 'Glasgow — routine sample — Oct 2025'):"))
        if not ok:
            return None
        ok, bid = run_guarded(self, self.tr("New batch"), self.store.create_batch, name, "", self._who())
        if ok:
            self.refresh(select_id=bid)
            self.changed.emit()
            return bid
        return None

    def sign_off(self) -> bool:
        b = self.current()
        if b is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Sign off batch"),
            self.tr("Sign off '{name}' ({n} reviews) as {who}?\n\nIts reviews are then locked; "
                    "reopening one needs a reason and unsigns the batch.").format(
                name=b.name, n=b.reviews, who=self._who()))
        if answer != QMessageBox.Yes:
            return False
        ok, _ = run_guarded(self, self.tr("Sign off batch"), self.store.sign_off_batch, b.id, self._who())
        if ok:
            self.refresh()
            self.changed.emit()
        return ok

    def delete_batch(self) -> None:
        b = self.current()
        if b is None:
            return
        if QMessageBox.question(self, self.tr("Delete batch"),
                                self.tr("Delete the batch '{name}'? Its {n} reviews are kept, outside any batch.")
                                .format(name=b.name, n=b.reviews)) != QMessageBox.Yes:
            return
        ok, _ = run_guarded(self, self.tr("Delete batch"), self.store.delete_batch, b.id)
        if ok:
            self.refresh()
            self.changed.emit()

    def batch_report(self, batch_id: str | None = None, path: str | None = None) -> bool:
        """Write the PDF report of a batch (the selected one by default), asking for the file unless ``path``."""
        from ..reports import batch_pdf
        from .report_files import safe_filename, write_pdf

        b = next((x for x in self.store.batches() if x.id == batch_id), None) if batch_id else self.current()
        if b is None:
            return False
        store, flt, title = self.store, ReviewFilter(batch_id=b.id), f"Batch report: {b.name}"
        written = write_pdf(
            self, self.tr("Batch report"), f"{safe_filename(b.name, 'batch')}-report.pdf",
            lambda out, progress, cancelled: batch_pdf(store, flt, out, title=title, progress=progress,
                                                       cancelled=cancelled),
            self.tr("Writing the report of '{name}' ({n} reviews)").format(name=b.name, n=b.reviews), path=path)
        return written is not None

    def selected_review_ids(self) -> list[str]:
        rows = {self.proxy.mapToSource(i).row() for i in self.ui.batchReviews.selectionModel().selectedRows()}
        return [self.reviews.rows[r].id for r in sorted(rows)]

    def remove_selected(self) -> None:
        ids = self.selected_review_ids()
        if not ids:
            QMessageBox.information(self, self.tr("Remove from batch"),
                                    self.tr("Select the reviews to remove in the batch's list first "
                                            "(Ctrl+click or Shift+click for several)."))
            return
        if ids:
            ok, _ = run_guarded(self, self.tr("Remove from batch"), self.store.remove_from_batch, ids)
            if ok:
                self.refresh()
                self.changed.emit()

    def _activated(self, index) -> None:
        if index.isValid():
            self.open_review.emit(self.reviews.rows[self.proxy.mapToSource(index).row()].id)

    def eventFilter(self, obj, event):
        if obj is self.ui.batchReviews and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.KeyPress:
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self._activated(self.ui.batchReviews.currentIndex())
                return True
        return super().eventFilter(obj, event)
