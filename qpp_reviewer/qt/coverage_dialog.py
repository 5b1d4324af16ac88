"""The dashboard's Coverage and time… (issue 20 items 3-4): coverage against the sampling targets per unit
and period, the units overdue for secondary assurance, and the time spent by unit, product and reviewer.
The figures are qpp_reviewer.coverage's and qpp_reviewer.timespent's, for the dashboard's selection: the
same as `qpp-reviewer summary --coverage` / `--time` and the period PDF. Enter or double-click on a
coverage row lists the unit's reviews of that period."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView,
                               QTabWidget, QVBoxLayout)

from .i18n import text as tr_core


def show_coverage(window, by: str = "month") -> "CoverageDialog":
    dialog = window.last_coverage_dialog = CoverageDialog(window, by)
    dialog.open()
    return dialog


class CoverageDialog(QDialog):
    def __init__(self, window, by: str = "month"):
        from ..coverage import _rate, coverage_figures
        from ..timespent import hours_text, minutes, time_figures
        from .common import format_date

        super().__init__(window)
        self.window_ = window
        flt = window.dashboard.current_filter()
        by = by if by in ("month", "quarter", "fy", "rolling12") else "month"
        self.coverage = c = coverage_figures(window.store, flt, by=by)
        self.time = t = time_figures(window.store, flt)
        self.setWindowTitle(self.tr("Coverage and time spent"))
        layout = QVBoxLayout(self)
        targets = self.tr("Routine sampling target: {d}% of decisions, {i}% of interviews; secondary assurance "
                          "in each unit at least every {m} months · the dashboard's selection").format(
            d=f"{100 * c.targets.decision_rate:g}", i=f"{100 * c.targets.interview_rate:g}",
            m=c.targets.secondary_months)
        head = QLabel(targets)
        head.setWordWrap(True)
        layout.addWidget(head)
        self.tabs = QTabWidget()

        def met(row, p):
            m = row.met(p)
            return self.tr("no population") if m is None else (self.tr("met") if m else self.tr("not met"))

        rows = []
        for r in c.rows:
            cells = [r.period, r.unit]
            for p in ("decision", "interview"):
                pop = r.population.get(p)
                cells += ["—" if pop is None else str(pop), str(r.routine(p)), _rate(r, p), met(r, p)]
            cells += [str(r.done("decision") + r.done("interview")), str(r.secondary)]
            rows.append((cells, (r.unit, r.period)))
        self.coverage_view = self._table(
            [self.tr("Period"), self.tr("Unit"), self.tr("Decisions made"), self.tr("Routine"), self.tr("Rate"),
             self.tr("Target"), self.tr("Interviews made"), self.tr("Routine"), self.tr("Rate"), self.tr("Target"),
             self.tr("Reviews done"), self.tr("Secondary assurance")], rows)
        self.coverage_rows = [k for _c, k in rows]
        self.coverage_view.doubleClicked.connect(lambda index: self.list_reviews(index.row()))
        self.coverage_view.installEventFilter(self)
        self.tabs.addTab(self.coverage_view, self.tr("&Coverage"))
        for title, groups in ((self.tr("By &unit"), t.by_unit), (self.tr("By &product"), t.by_product),
                              (self.tr("By &reviewer"), t.by_reviewer)):
            view = self._table([self.tr("Group"), self.tr("Reviews"), self.tr("Total"), self.tr("Median per review")],
                               [([g.label, str(g.reviews), hours_text(g.total_seconds), minutes(g.median_seconds)], None)
                                for g in groups])
            self.tabs.addTab(view, self.tr("Time spent {what}").format(what=title))
        layout.addWidget(self.tabs)
        overdue = "; ".join(
            f"{o.unit} ({self.tr('latest {day}').format(day=format_date(o.last)) if o.last else self.tr('none recorded')})"
            for o in c.overdue)
        self.overdue_label = QLabel(self.tr("No secondary assurance completed since {since}: {n} of {total} units{list}.")
                                    .format(since=format_date(c.since), n=len(c.overdue), total=len(c.units_checked),
                                            list=(": " + overdue) if overdue else ""))
        self.overdue_label.setWordWrap(True)
        layout.addWidget(self.overdue_label)
        method = QLabel(self.tr("Enter or double-click on a coverage row lists its reviews. ") + tr_core(c.method)
                        + " " + tr_core(t.method))
        method.setWordWrap(True)
        method.setStyleSheet("color: #5b6270;")
        layout.addWidget(method)
        box = QDialogButtonBox(QDialogButtonBox.Close)
        box.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(1000, 560)
        self.coverage_view.setFocus()

    def _table(self, headers: list[str], rows: list) -> QTableView:
        model = QStandardItemModel(self)
        model.setHorizontalHeaderLabels(headers)
        for cells, _key in rows:
            items = [QStandardItem(x) for x in cells]
            for i, it in enumerate(items):
                if i >= 1 and x_is_number(cells[i]):
                    it.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            model.appendRow(items)
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.SingleSelection)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        if rows:
            view.selectRow(0)
        return view

    def eventFilter(self, obj, event):
        if obj is self.coverage_view and event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return,
                                                                                             Qt.Key_Enter):
            self.list_reviews(obj.currentIndex().row())
            return True
        return super().eventFilter(obj, event)

    def list_reviews(self, row: int) -> list[str]:
        """The counted, complete reviews behind a coverage row: its unit's, of its period."""
        from .dashboard import within_month, within_period

        if not 0 <= row < len(self.coverage_rows):
            return []
        unit, period = self.coverage_rows[row]
        flt = replace(self.window_.dashboard.current_filter(), unit=unit)
        by = self.coverage.by
        flt = within_month(flt, period) if by == "month" else within_period(flt, period, by)
        ids = self.window_.store.figure_ids(flt)
        self.accept()
        self.window_.show_reviews(ids, self.tr("coverage, {unit}, {period}").format(unit=unit, period=period))
        return ids


def x_is_number(text: str) -> bool:
    t = text.replace(",", "").replace(".", "").rstrip("%").replace(" h", "").replace(" min", "")
    return t.isdigit() or text == "—"
