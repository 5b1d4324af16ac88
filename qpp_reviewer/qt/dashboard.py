"""The results dashboard: band distribution, satisfactory share against the target, error themes, trend.

Every figure is counted by :class:`qpp_reviewer.statistics.BandCounts` — the
counting behind ``summarise`` and so behind ``qpp-reviewer summary`` and the PDF
reports — from ``Store.band_tally(filter)``: the selected reviews grouped by day,
status and band in the database, so a refresh stays quick over tens of thousands
of reviews. The error themes come from :func:`qpp_reviewer.themes.error_themes`
over the same reviews. Any number can be clicked (or chosen with the keyboard and
Enter) to list the reviews behind it in the review list (``Store.figure_ids``).

The page works only while it is shown: a change elsewhere marks it stale, and
it recounts when it is next shown; the error themes (a database query over the
findings) are counted just after the bands are painted.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace
from datetime import date, timedelta
from fractions import Fraction

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QPushButton, QWidget

from .i18n import interval, number
from ..domain import Product, QualityBand, Severity, Stream
from ..statistics import TARGET_SATISFACTORY, BandCounts, count_by_month
from ..storage.store import ReviewFilter, Store
from ..themes import ErrorTheme, error_themes, reviews_with_finding
from .charts import month_label
from .common import combo_enum
from .forms.ui_dashboard import Ui_DashboardPage
from .i18n import text as tr_core
from .labels import label
from .review_list import ACCESSIBLE, ANY_DATE, DISPLAY, TOOLTIP, date_or_none

ALIGN, FONT = int(Qt.TextAlignmentRole), int(Qt.FontRole)  # roles as ints: see review_list
RIGHT, LEFT = int(Qt.AlignRight | Qt.AlignVCenter), int(Qt.AlignLeft | Qt.AlignVCenter)

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    """A text of the dashboard's tables, in the user's language (lupdate lists them by their translate() calls)."""
    return QCoreApplication.translate("Dashboard", text)


TARGET = Fraction(TARGET_SATISFACTORY, 100)
ERRORS = (Severity.MINOR, Severity.SIGNIFICANT, Severity.FAIL)


def within_month(flt: ReviewFilter, key: str) -> ReviewFilter:
    """The filter narrowed to one month ("YYYY-MM") of product dates."""
    y, m = map(int, key.split("-"))
    first = date(y, m, 1)
    last = date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
    return replace(flt, date_from=max(first, flt.date_from) if flt.date_from else first,
                   date_to=min(last, flt.date_to) if flt.date_to else last)


def within_period(flt: ReviewFilter, key: str, by: str) -> ReviewFilter:
    """The filter narrowed to one period (a quarter, a financial year, a rolling 12-month block)."""
    from ..periods import bounds

    first, last = bounds(key, by)
    return replace(flt, date_from=max(first, flt.date_from) if flt.date_from else first,
                   date_to=min(last, flt.date_to) if flt.date_to else last)


def period_label(key: str, by: str) -> str:
    """A period's label as published: Oct 2025, 2025 Q3, FY 2025-26, Nov 2024–Oct 2025."""
    if by == "month":
        return month_label(key)
    if by == "fy":
        return QCoreApplication.translate("Dashboard", "FY {years}").format(years=key)
    if by == "quarter":
        return f"{key[:4]} {key[5:]}"
    return key


def months_between(first: str, last: str) -> list[str]:
    y, m = map(int, first.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def interval_text(c: BandCounts) -> str:
    ci = c.satisfactory_interval()
    return "\u2013" if ci is None else interval(ci[0] * 100, ci[1] * 100)


def target_text(c: BandCounts) -> str:
    """'met' or 'not met' (compared exactly, as the PDF report does); '*' when the interval holds the target."""
    if not c.total:
        return "\u2013"
    lo, hi = c.satisfactory_interval()
    unsure = lo <= TARGET_SATISFACTORY / 100 <= hi
    met = (QCoreApplication.translate("Dashboard", "Met") if Fraction(c.satisfactory, c.total) >= TARGET
           else QCoreApplication.translate("Dashboard", "Not met"))
    return met + ("*" if unsure else "")


THEME_COLUMNS = ("Criterion", "Checklist", "Minor", "Significant", "Fail", "With an error", "Error rate")


def _extracted_by_lupdate() -> None:  # pragma: no cover - never called; lists the column headers
    QCoreApplication.translate("Dashboard", "Criterion"),
    QCoreApplication.translate("Dashboard", "Checklist"),
    QCoreApplication.translate("Dashboard", "Minor"),
    QCoreApplication.translate("Dashboard", "Significant"),
    QCoreApplication.translate("Dashboard", "Fail"),
    QCoreApplication.translate("Dashboard", "With an error"),
    QCoreApplication.translate("Dashboard", "Error rate"),
    QCoreApplication.translate("Dashboard", "Month"),
    QCoreApplication.translate("Dashboard", "Complete"),
    QCoreApplication.translate("Dashboard", "Satisfactory"),
    QCoreApplication.translate("Dashboard", "95% interval"),
    QCoreApplication.translate("Dashboard", "Excluded"),


THEME_SEVERITIES = {2: (Severity.MINOR,), 3: (Severity.SIGNIFICANT,), 4: (Severity.FAIL,)}


class ThemesModel(QAbstractTableModel):
    """One row per criterion with an error, most serious first (error_themes' order)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ErrorTheme] = []

    def set_rows(self, rows: list[ErrorTheme]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return len(THEME_COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == Qt.Horizontal and role == DISPLAY:
            return _tr(THEME_COLUMNS[section])
        if orientation == Qt.Horizontal and role == TOOLTIP and section == 6:
            return QCoreApplication.translate(
                "Dashboard", "Reviews with an error on the criterion, as a share of the reviews that assessed it")
        return None

    @staticmethod
    def severities(column: int) -> tuple[Severity, ...]:
        return THEME_SEVERITIES.get(column, ERRORS)

    def count(self, row: int, column: int) -> int:
        t = self.rows[row]
        return {2: t.minor, 3: t.significant, 4: t.fail}.get(column, t.errors)

    def data(self, index, role=DISPLAY):
        t = self.rows[index.row()]
        col = index.column()
        if role == DISPLAY or role == ACCESSIBLE:
            product = label(t.product) if t.product else t.template_id
            return (t.label, product, number(t.minor), number(t.significant), number(t.fail), number(t.errors),
                    f"{t.error_pct}%")[col]
        if role == ALIGN and col >= 2:
            return RIGHT
        if role == TOOLTIP:
            where = f"{t.section_title}" + (
                self.tr(" · special policy: {policy}").format(policy=label(t.special_policy).lower())
                if t.special_policy else "")
            rate = self.tr("{errors} of the {assessed} reviews that assessed it had an error ({pct}%)").format(
                errors=number(t.errors), assessed=number(t.assessed), pct=t.error_pct)
            if col == 2:
                click = self.tr("Click to list the {n} reviews with a minor error.")
            elif col == 3:
                click = self.tr("Click to list the {n} reviews with a significant error.")
            elif col == 4:
                click = self.tr("Click to list the {n} reviews with a fail error.")
            else:
                click = self.tr("Click to list the {n} reviews with an error.")
            return f"{t.label}\n{where}\n{rate}\n" + click.format(n=number(self.count(index.row(), col)))
        return None


MONTH_COLUMNS = ("Month", "Complete", "Satisfactory", "95% interval", f"Target {TARGET_SATISFACTORY}%",
                 "Excluded")


def month_column(section: int) -> str:
    """A column header of the months table, in the user's language."""
    if section == 4:
        return QCoreApplication.translate("Dashboard", "Target {pct}%").format(pct=TARGET_SATISFACTORY)
    return _tr(MONTH_COLUMNS[section])


class MonthsModel(QAbstractTableModel):
    """The counts of each month (count_by_month), then the total."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str | None, BandCounts]] = []  # None: the total row
        self.by = "month"  # or quarter, fy, rolling12 (the Group by choice)

    def set_rows(self, rows: list[tuple[str | None, BandCounts]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return len(MONTH_COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == Qt.Horizontal and role == DISPLAY and section == 0 and self.by != "month":
            return {"quarter": QCoreApplication.translate("Dashboard", "Quarter"),
                    "fy": QCoreApplication.translate("Dashboard", "Financial year"),
                    "rolling12": QCoreApplication.translate("Dashboard", "12 months")}[self.by]
        if orientation == Qt.Horizontal and role == DISPLAY:
            return month_column(section)
        if orientation == Qt.Horizontal and role == TOOLTIP and section == 4:
            return QCoreApplication.translate(
                "Dashboard", "* the 95% interval contains the target: the data cannot tell whether it is met")
        if orientation == Qt.Horizontal and role == TOOLTIP and section == 5:
            return QCoreApplication.translate("Dashboard", "Reviews not complete (or with no band yet): not counted")
        return None

    def data(self, index, role=DISPLAY):
        key, c = self.rows[index.row()]
        col = index.column()
        if role == DISPLAY or role == ACCESSIBLE:
            return (QCoreApplication.translate("Dashboard", "All months") if key is None else period_label(key, self.by),
                    number(c.total),
                    f"{number(c.satisfactory)} ({c.pct(c.satisfactory)}%)" if c.total else "\u2013",
                    interval_text(c), target_text(c), number(c.excluded))[col]
        if role == ALIGN and col >= 1:
            return LEFT if col == 4 else RIGHT
        if role == FONT and key is None:
            f = QFont()
            f.setBold(True)
            return f
        if role == TOOLTIP:
            if key is None and col == 2:
                return self.tr("Click to list the satisfactory reviews of all months.")
            if key is None and col == 5:
                return self.tr("Click to list the reviews not complete (not counted) of all months.")
            if key is None:
                return self.tr("Click to list the complete reviews of all months.")
            if col == 2:
                text = self.tr("Click to list the satisfactory reviews of {month}.")
            elif col == 5:
                text = self.tr("Click to list the reviews not complete (not counted) of {month}.")
            else:
                text = self.tr("Click to list the complete reviews of {month}.")
            return text.format(month=month_label(key))
        return None


class _ThemesRelay(QObject):
    """Lives in the UI thread; the worker's signal is delivered there, queued."""

    counted = Signal(int, object, float)  # generation, list of ErrorTheme or the exception, milliseconds


class DashboardPage(QWidget):
    show_reviews = Signal(list, str)  # review ids, and what they are in words
    period_report = Signal()
    appeal_outcomes = Signal()
    coverage = Signal()  # coverage against the sampling targets and time spent (issue 20)
    disputes = Signal()

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.tally: list[tuple] = []  # (day, status, band, reviews) of the selection, from Store.band_tally
        self.overall = BandCounts()
        self.by_month: list[tuple[tuple[str, ...], BandCounts]] = []
        self.themes: list[ErrorTheme] = []
        self.themes_pending = False
        self.timings: dict[str, float] = {}  # milliseconds of the last refresh, by step
        self._flt = ReviewFilter()
        self._stale = True
        self._generation = 0  # of the figures shown; a themes count for an older one is thrown away
        self._themes_running = False
        self._themes_relay = _ThemesRelay(self)
        self._themes_relay.counted.connect(self._themes_counted)

        for combo, everything, items in (
            (ui.productFilter, self.tr("All products"),
             [(label(p), p) for p in (Product.INTERVIEW, Product.DECISION)]),
            (ui.streamFilter, self.tr("All streams"), [(label(s), s) for s in Stream]),
        ):
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value.value)
        for edit in (ui.dateFrom, ui.dateTo):
            edit.setMinimumDate(ANY_DATE)
            edit.setDate(ANY_DATE)
        # which reviews the figures count: every one, or only those a quality lead approved (issue 17)
        self.countedFilter = ui.countedFilter = QComboBox(self)
        self.countedFilter.setObjectName("countedFilter")
        self.countedFilter.setAccessibleName(self.tr("Reviews counted"))
        self.countedFilter.addItem(self.tr("Every review"), None)
        self.countedFilter.addItem(self.tr("Approved at the centre"), "approved")
        ui.filterRow.insertWidget(ui.filterRow.indexOf(ui.reviewerFilter) + 1, self.countedFilter)
        QWidget.setTabOrder(ui.reviewerFilter, self.countedFilter)
        self._fill_dynamic_filters()
        for combo in (ui.unitFilter, ui.productFilter, ui.streamFilter, ui.reviewerFilter, ui.countedFilter):
            # as wide as the widest choice, in both languages (the dates are on a row of their own); an
            # unusually long unit name added later stops at 320 px instead of widening the window
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
            combo.setMaximumWidth(320)
            combo.currentIndexChanged.connect(self.invalidate)
        ui.dateFrom.dateChanged.connect(self.invalidate)
        ui.dateTo.dateChanged.connect(self.invalidate)
        ui.clearFilters.clicked.connect(self.clear_filters)
        ui.periodReportButton.clicked.connect(lambda: self.period_report.emit())
        # the appeal outcomes of this selection's decisions, in a dialog that lists the reviews behind a row
        self.outcomesButton = ui.outcomesButton = QPushButton(self.tr("Appeal o&utcomes…"), self)
        self.outcomesButton.setObjectName("outcomesButton")
        self.outcomesButton.setAccessibleDescription(self.tr("The share of these decisions overturned on appeal "
                                                             "or withdrawn by PARU, by band and criterion"))
        ui.filterRow2.insertWidget(ui.filterRow2.indexOf(ui.periodReportButton), self.outcomesButton)
        self.outcomesButton.clicked.connect(lambda: self.appeal_outcomes.emit())
        self.coverageButton = ui.coverageButton = QPushButton(self.tr("Co&verage and time…"), self)
        self.coverageButton.setObjectName("coverageButton")
        self.coverageButton.setAccessibleDescription(self.tr("Reviews done against the sampling targets per unit "
                                                             "and period, and the time spent on reviews"))
        ui.filterRow2.insertWidget(ui.filterRow2.indexOf(ui.periodReportButton), self.coverageButton)
        self.coverageButton.clicked.connect(lambda: self.coverage.emit())
        # the decision makers' disputes of these reviews' feedback and their arbitration (issue 18)
        self.disputesButton = ui.disputesButton = QPushButton(self.tr("&Disputes…"), self)
        self.disputesButton.setObjectName("disputesButton")
        self.disputesButton.setAccessibleDescription(self.tr("Findings disputed by the decision makers and how "
                                                             "arbitration decided them, by criterion, reviewer "
                                                             "and unit"))
        ui.filterRow2.insertWidget(ui.filterRow2.indexOf(ui.periodReportButton), self.disputesButton)
        self.disputesButton.clicked.connect(lambda: self.disputes.emit())

        self.themes_model = ThemesModel(self)
        self.months_model = MonthsModel(self)
        for view, model in ((ui.themesTable, self.themes_model), (ui.monthsTable, self.months_model)):
            view.setModel(model)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)  # compact rows
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            view.horizontalHeader().setHighlightSections(False)
            view.viewport().setCursor(Qt.PointingHandCursor)
            view.installEventFilter(self)
        ui.themesTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        # the criterion takes the room left by the figures; a long name is elided, whole in its tool tip
        ui.themesTable.setProperty("elidedColumns", [0])  # for tests/test_layout.py
        # every column as wide as its text, the last one too (a stretched last section kept a stale
        # 100 px and pushed a scroll bar in French)
        ui.monthsTable.horizontalHeader().setStretchLastSection(False)
        ui.themesTable.clicked.connect(self._theme_clicked)
        ui.monthsTable.clicked.connect(self._month_cell_clicked)
        # the table by month, quarter, financial year or rolling 12 months, as the published tables are
        from PySide6.QtWidgets import QHBoxLayout, QLabel

        self.periodCombo = ui.periodCombo = QComboBox(self)
        self.periodCombo.setObjectName("periodCombo")
        for text, by in ((self.tr("by month"), "month"), (self.tr("by quarter"), "quarter"),
                         (self.tr("by financial year (April–March)"), "fy"),
                         (self.tr("by rolling 12 months"), "rolling12")):
            self.periodCombo.addItem(text, by)
        row = QHBoxLayout()
        group = QLabel(self.tr("&Group:"))
        group.setBuddy(self.periodCombo)
        row.addWidget(group)
        row.addWidget(self.periodCombo)
        row.addStretch(1)
        ui.monthsLayout.insertLayout(0, row)
        self.periodCombo.currentIndexChanged.connect(lambda _i: self._show_periods())
        ui.bandChart.band_clicked.connect(self._band_clicked)
        ui.gauge.clicked.connect(lambda: self._list(self.tr("Satisfactory (QS1+QS2) reviews"),
                                                    bands=(QualityBand.QS1, QualityBand.QS2)))
        ui.trendChart.month_clicked.connect(lambda key: self._month_clicked(key, 1))
        ui.mainSplitter.setStretchFactor(0, 1)
        ui.mainSplitter.setStretchFactor(1, 1)
        for splitter, sizes in ((ui.chartSplitter, (40, 60)), (ui.tableSplitter, (52, 48))):
            splitter.setSizes([100 * k for k in sizes])  # proportions; the splitter scales them
            for i, k in enumerate(sizes):
                splitter.setStretchFactor(i, k)

        self._themes_timer = QTimer(self)
        self._themes_timer.setSingleShot(True)
        self._themes_timer.setInterval(0)
        self._themes_timer.timeout.connect(self.refresh_themes)

    # -- filters ----------------------------------------------------------------------------------------
    def _fill_dynamic_filters(self) -> None:
        ui = self.ui
        for combo, everything, values in (
            (ui.unitFilter, self.tr("All units"), self.store.units()),
            (ui.reviewerFilter, self.tr("All reviewers"), self.store.reviewers()),
        ):
            current = combo.currentData()
            if [combo.itemData(i) for i in range(1, combo.count())] == values:
                continue
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for v in values:
                combo.addItem(v, v)
            idx = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(idx, 0))
            combo.blockSignals(False)
            if current and idx < 0:
                self._stale = True  # the chosen unit or reviewer has gone: the figures change

    def current_filter(self) -> ReviewFilter:
        ui = self.ui

        return ReviewFilter(
            unit=ui.unitFilter.currentData(),
            product=combo_enum(ui.productFilter, Product),
            stream=combo_enum(ui.streamFilter, Stream),
            reviewer=ui.reviewerFilter.currentData(),
            date_from=date_or_none(ui.dateFrom),
            date_to=date_or_none(ui.dateTo),
            state=ui.countedFilter.currentData(),
        )

    def clear_filters(self) -> None:
        ui = self.ui
        widgets = (ui.unitFilter, ui.productFilter, ui.streamFilter, ui.reviewerFilter, ui.countedFilter,
                   ui.dateFrom, ui.dateTo)
        for w in widgets:
            w.blockSignals(True)
        for combo in widgets[:5]:
            combo.setCurrentIndex(0)
        ui.dateFrom.setDate(ANY_DATE)
        ui.dateTo.setDate(ANY_DATE)
        for w in widgets:
            w.blockSignals(False)
        self.invalidate()

    def selection_words(self) -> str:
        from ..reports.batch import describe_selection

        return " · ".join(describe_selection(self.store, self._flt, short=True))

    # -- counting ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """When the page is shown: new units or reviewers may have appeared; recount if stale."""
        self._fill_dynamic_filters()
        if self._stale:
            self.refresh()

    def invalidate(self) -> None:
        """The reviews or the filters changed: recount now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, lambda: self._stale and self.isVisible() and self.refresh())
        elif self.themes_pending:
            self._themes_timer.start()

    def refresh(self) -> None:
        """Recount the figures; the error themes follow, counted in the background."""
        t0 = time.perf_counter()
        self._generation += 1
        self._flt = self.current_filter()
        self.tally = self.store.band_tally(self._flt)
        t1 = time.perf_counter()
        self.overall, self.by_month = count_by_month(self.tally)
        t2 = time.perf_counter()
        self._stale = False
        self._show_figures()
        t3 = time.perf_counter()
        self.timings = {"facts": (t1 - t0) * 1000, "summarise": (t2 - t1) * 1000, "paint": (t3 - t2) * 1000}
        self.themes_pending = True
        self.ui.themesNote.setText(self.tr("Counting the error themes…"))
        self._themes_timer.start()

    def refresh_themes(self) -> None:
        """Count the error themes of the current selection in a worker thread (only while the page is shown:
        the query reads every finding of the selected reviews, which takes a while for tens of thousands)."""
        self._themes_timer.stop()
        if not self.themes_pending or not self.isVisible():
            return  # counted when the page is next shown
        if self._themes_running:
            return  # _themes_counted starts again: the selection changed meanwhile
        generation, flt, store = self._generation, self._flt, self.store
        if not self.overall.total:
            self._themes_counted(generation, [], 0.0)
            return
        self._themes_running = True
        relay = self._themes_relay

        def work():
            t0 = time.perf_counter()
            try:
                result = error_themes(store, flt)
            except Exception as exc:  # handed to the UI thread, which logs and says so
                result = exc
            try:
                relay.counted.emit(generation, result, (time.perf_counter() - t0) * 1000)
            except RuntimeError:
                pass  # the page was closed meanwhile

        threading.Thread(target=work, name="dashboard-themes", daemon=True).start()

    def _themes_counted(self, generation: int, result, ms: float) -> None:
        self._themes_running = False
        if generation != self._generation:  # the selection changed while counting: count it afresh
            if self.themes_pending:
                self._themes_timer.start()
            return
        self.themes_pending = False
        c = self.overall
        if isinstance(result, Exception):
            log.error("error themes could not be counted", exc_info=result)
            self.themes = []
            self.themes_model.set_rows([])
            self.ui.themesNote.setText(self.tr("The error themes could not be counted ({error}).").format(error=tr_core(result)))
            return
        self.themes = result
        self.timings["themes"] = ms
        self.themes_model.set_rows(self.themes)
        if not c.total:
            self.ui.themesNote.setText(self.tr("No complete reviews, so no errors to count."))
        elif not self.themes:
            self.ui.themesNote.setText(self.tr("No errors were recorded in the {total} complete reviews.").format(
                total=number(c.total)))
        else:
            self.ui.themesNote.setText(
                self.tr("{n} criteria with at least one error among the {total} complete reviews; "
                        "most reviews with a significant or fail error first. Click a number to list its reviews.")
                .format(n=len(self.themes), total=number(c.total)))
        log.debug("dashboard: %s", ", ".join(f"{k} {v:.1f} ms" for k, v in self.timings.items()))

    def _show_figures(self) -> None:
        ui = self.ui
        c = self.overall
        ui.bandChart.set_counts(c)
        ui.gauge.set_counts(c)
        months = {k[0]: counts for k, counts in self.by_month}
        span = months_between(min(months), max(months)) if months else []
        ui.trendChart.set_rows([(m, months.get(m, BandCounts())) for m in span])
        self._show_periods()
        excluded = (self.tr("{n} not complete, not counted").format(n=number(c.excluded)) if c.excluded
                    else self.tr("every review is complete"))
        if not c.total:
            ui.headlineLabel.setText(
                self.tr("<b>No complete review matches these filters</b><br>{n} reviews selected; {excluded}.")
                .format(n=number(c.total + c.excluded), excluded=excluded))
            return
        verdict = self.tr("met") if Fraction(c.satisfactory, c.total) >= TARGET else self.tr("not met")
        ui.headlineLabel.setText(
            "<span style='font-size:13pt'><b>"
            + self.tr("Satisfactory (QS1+QS2): {n} of {total} ({pct}%)").format(
                n=number(c.satisfactory), total=number(c.total), pct=c.pct(c.satisfactory))
            + "</b></span><br>"
            + self.tr("95% interval {interval} · target {target}%: <b>{verdict}</b>").format(
                interval=interval_text(c), target=TARGET_SATISFACTORY, verdict=verdict)
            + "<br><span style='color:#5b6270'>"
            + self.tr("{total} complete reviews counted; {excluded}.").format(total=number(c.total), excluded=excluded)
            + (" " + self.tr("Only reviews approved at the centre are counted.") if self._flt.state == "approved"
               else "")
            + "</span>")

    # -- click-through ---------------------------------------------------------------------------------------
    def _list(self, what: str, flt: ReviewFilter | None = None, counted: bool = True,
              bands: tuple[QualityBand, ...] | None = None) -> None:
        """Show in the review list the reviews behind a figure of the selection (narrowed by ``flt``)."""
        ids = self.store.figure_ids(flt or self._flt, counted=counted, bands=bands)
        if ids:
            self.show_reviews.emit(ids, f"{what} · {self.selection_words()}")

    def _band_clicked(self, band: QualityBand) -> None:
        self._list(self.tr("{band} reviews").format(band=band.value), bands=(band,))

    def _show_periods(self) -> None:
        """The table's rows for the chosen grouping (the trend chart stays by month)."""
        from ..statistics import count_by_period

        by = self.periodCombo.currentData() or "month"
        rows = self.by_month if by == "month" else count_by_period(self.tally, by, anchor=self._flt.date_to)[1]
        self.months_model.by = by
        self.months_model.set_rows([(k[0], counts) for k, counts in rows] + [(None, self.overall)])
        self.ui.monthsBox.setTitle({"month": self.tr("By month"), "quarter": self.tr("By quarter"),
                                    "fy": self.tr("By financial year"), "rolling12": self.tr("By rolling 12 months")}[by])

    def _month_clicked(self, key: str | None, column: int, by: str = "month") -> None:
        name = self.tr("all months") if key is None else period_label(key, by)
        flt = self._flt if key is None else (within_month(self._flt, key) if by == "month"
                                             else within_period(self._flt, key, by))
        if column == 2:
            self._list(self.tr("Satisfactory reviews of {month}").format(month=name), flt,
                       bands=(QualityBand.QS1, QualityBand.QS2))
        elif column == 5:
            self._list(self.tr("Reviews not complete of {month}").format(month=name), flt, counted=False)
        else:
            self._list(self.tr("Complete reviews of {month}").format(month=name), flt)

    def _month_cell_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._month_clicked(self.months_model.rows[index.row()][0], index.column(), self.months_model.by)

    def _theme_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        t = self.themes_model.rows[index.row()]
        col = index.column()
        if self.themes_model.count(index.row(), col) == 0:
            return
        severities = ThemesModel.severities(col)
        ids = reviews_with_finding(self.store, self._flt, t.template_id, t.criterion_id, severities)
        product = label(t.product).lower() if t.product else t.template_id
        if len(severities) == 1:
            what = self.tr("Reviews with a {severity} error on {product} criterion {criterion}").format(
                severity=label(severities[0]).lower(), product=product, criterion=t.label)
        else:
            what = self.tr("Reviews with an error on {product} criterion {criterion}").format(
                product=product, criterion=t.label)
        if ids:
            self.show_reviews.emit(ids, f"{what} · {self.selection_words()}")

    def eventFilter(self, obj, event):
        if (obj in (self.ui.themesTable, self.ui.monthsTable) and event.type() == QEvent.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key_Return, Qt.Key_Enter)):
            index = obj.currentIndex()
            (self._theme_clicked if obj is self.ui.themesTable else self._month_cell_clicked)(index)
            return True
        return super().eventFilter(obj, event)
