"""Reports ▸ Appeal outcomes… and Import appeal outcomes… (issue 20): the share of reviewed decisions
overturned, by band, verdict and criterion, and the QS1/QS2 decisions overturned; Enter on a row lists
its reviews. The figures are qpp_reviewer.appeals' (the same as `qpp-reviewer outcomes` and the PDF)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel,
                               QMessageBox, QTableView, QTabWidget, QVBoxLayout)

from .i18n import interval, percent
from .i18n import text as tr_core


def import_outcomes(window):
    from ..appeals import OutcomesError, import_outcomes as run

    title = window.tr("Import appeal outcomes")
    path, _ = QFileDialog.getOpenFileName(window, title, str(Path.home()),
                                          window.tr("Case lists (*.csv *.xlsx *.xls *.ods *.txt)"))
    if not path:
        return None
    try:
        result = run(window.store, path, by=window.who())
    except OutcomesError as exc:
        box = window.last_outcomes_box = QMessageBox(QMessageBox.Warning, title, tr_core(exc), QMessageBox.Ok, window)
        box.open()
        return None
    window._invalidate_dashboard()
    box = window.last_outcomes_box = QMessageBox(
        QMessageBox.Information, title,
        window.tr("{file}: {added} new outcomes, {held} already held; {matched} matched to a reviewed decision, "
                  "{unmatched} unmatched, {ambiguous} ambiguous.").format(
            file=Path(path).name, added=result.added, held=result.unchanged, matched=result.matched,
            unmatched=len(result.unmatched), ambiguous=len(result.ambiguous)), QMessageBox.Ok, window)
    box.setDetailedText(result.text())
    box.open()
    return result


def show_outcomes(window) -> "OutcomesDialog":
    dialog = window.last_outcomes_dialog = OutcomesDialog(window)
    dialog.open()
    return dialog


def _pct(share) -> str:
    if not share.n:
        return "—"
    lo, hi = share.interval
    return f"{percent(share.pct)} ({interval(100 * lo, 100 * hi, 0)})"


class OutcomesDialog(QDialog):
    def __init__(self, window):
        from ..appeals import OUTCOME_TEXTS, outcome_figures
        from .common import format_date

        super().__init__(window)
        self.window_ = window
        flt = window.dashboard.current_filter()
        self.figures = f = outcome_figures(window.store, flt)
        self.setWindowTitle(self.tr("Appeal outcomes"))
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("<b>{n} reviewed decisions with a known outcome, {o} overturned ({pct})</b> · "
                              "the dashboard's selection").format(n=f.total.n, o=f.total.overturned, pct=_pct(f.total)))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.tabs = QTabWidget()
        self.rows: dict[QTableView, list[tuple[str, list[str]]]] = {}
        bands = self._table([self.tr("Band"), self.tr("Decisions"), self.tr("Overturned"), self.tr("Share (95% interval)")],
                            [([tr_core(s.label), str(s.n), str(s.overturned), _pct(s)],
                              f.ids(bands=(s.label,) if str(s.label).startswith("QS") else
                                    (("QS1", "QS2") if str(s.label).startswith("satisfactory")
                                     else ("QS3", "QS4", "QS5"))),
                              tr_core(s.label)) for s in f.by_band + f.by_verdict])
        self.tabs.addTab(bands, self.tr("By &band"))
        crit = self._table([self.tr("Criterion"), self.tr("With an error"), self.tr("Overturned"), self.tr("Title")],
                           [([c.criterion_id, str(c.with_error), str(c.overturned), c.title], list(c.review_ids),
                             c.criterion_id) for c in f.criteria])
        self.tabs.addTab(crit, self.tr("By &criterion"))
        second = self._table([self.tr("Case reference"), self.tr("Band"), self.tr("Outcome"), self.tr("Date")],
                             [([x.case_reference, x.band, tr_core(OUTCOME_TEXTS[x.outcome]), format_date(x.outcome_date)],
                               [x.review_id], x.case_reference) for x in f.second_look])
        self.tabs.addTab(second, self.tr("QS1/QS2 &overturned ({n})").format(n=len(f.second_look)))
        layout.addWidget(self.tabs)
        method = QLabel(self.tr("Enter or double-click lists a row's reviews. ") + tr_core(f.method)
                        + (" " + self.tr("Left out as ambiguous: {cases}.").format(cases=", ".join(f.ambiguous))
                           if f.ambiguous else ""))
        method.setWordWrap(True)
        method.setStyleSheet("color: #5b6270;")
        layout.addWidget(method)
        box = QDialogButtonBox(QDialogButtonBox.Close)
        box.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(900, 520)
        bands.setFocus()

    def _table(self, headers: list[str], rows: list[tuple[list[str], list[str], str]]) -> QTableView:
        model = QStandardItemModel(self)
        model.setHorizontalHeaderLabels(headers)
        for cells, _ids, _what in rows:
            model.appendRow([QStandardItem(c) for c in cells])
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.SingleSelection)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.doubleClicked.connect(lambda index, v=view: self.list_reviews(v, index.row()))
        view.installEventFilter(self)
        self.rows[view] = [(what, ids) for _c, ids, what in rows]
        if rows:
            view.selectRow(0)
        return view

    def eventFilter(self, obj, event):
        if obj in self.rows and event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.list_reviews(obj, obj.currentIndex().row())
            return True
        return super().eventFilter(obj, event)

    def list_reviews(self, view: QTableView, row: int) -> list[str]:
        if not 0 <= row < len(self.rows[view]):
            return []
        what, ids = self.rows[view][row]
        self.accept()
        self.window_.show_reviews(ids, self.tr("appeal outcomes, {what}").format(what=what))
        return ids
