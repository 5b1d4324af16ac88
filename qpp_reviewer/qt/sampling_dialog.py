"""Drawing a sample of cases from a case list, and starting reviews from the drawn cases.

:class:`SamplingDialog`: choose the case list (CSV or spreadsheet); see how it
was read (which column gave each field, the first cases, every bad row named by
row and column); choose the method (a rate, 2% by default, or a fixed size;
stratified by unit with a minimum per unit), the seed and the batch; see beside
the planned sample the precision it gives (the sample size calculator, with
the population from the file); and draw. The draw runs off the UI thread; the
round is recorded (:mod:`qpp_reviewer.storage.samples`) and its cases wait in
the batch as pending reviews.

:class:`SampledCasesDialog`: the sampled cases of a batch; *Start review*
creates the review of a pending case, its header filled in from the list, and
hands the new review's id back for the caller to open.

The window opens them with :func:`open_sampling_dialog` and
:func:`open_sampled_cases_dialog`.
"""

from __future__ import annotations

import hashlib
import html
import re
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QRegularExpression, QSettings, Qt
from PySide6.QtGui import QFontDatabase, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from .i18n import decimal, number, percent, plural
from ..domain import Product, Stream
from ..sampling import (
    MAX_SEED,
    ROUTINE_RATE,
    SPREADSHEET_SUFFIXES,
    TEXT_SUFFIXES,
    Population,
    SampleSpec,
    SamplingError,
    draw_sample,
    margin_of_error,
    new_seed,
    sample_size,
)
from ..storage import samples
from ..storage.db import DatabaseError
from ..messages import translate
from ..storage.store import ReviewError, Store, validate_reference
from .common import format_date, run_guarded
from .i18n import text as tr_core
from .item_views import read_only_table
from .labels import label
from .tasks import TaskCancelled, run_task

PREVIEW_ROWS = 100
RED, AMBER, GREEN, GREY = "#b3261e", "#8a5a00", "#1b7a3a", "#555555"
CONFIDENCE_LEVELS = (0.90, 0.95, 0.99)
STRATA_CHOICES = (
    ((), "No: simple random sample"),
    (("unit",), "By unit"),
    (("unit", "product"), "By unit and product"),
)
# "row 12, column B "DMU": message" or "row 1: message"
_PROBLEM = re.compile(r'^row (\d+)(?:, column ([A-Z]+ "[^"]*"|[A-Z]+))?: (.*)$', re.S)
PREVIEW_COLUMNS = (
    ("row", "Row", None),
    ("case_reference", "Case reference", "case_reference"),
    ("unit", "Unit", "unit"),
    ("product", "Product", "product"),
    ("outcome", "Outcome", "outcome"),
    ("date", "Date", "product_date"),
    ("decision_maker", "Decision maker", "decision_maker"),
    ("note", "Note", None),
)


def _extracted_by_lupdate() -> None:  # pragma: no cover - never called; lists the strings of the tables above
    QCoreApplication.translate("SamplingDialog", "No: simple random sample"),
    QCoreApplication.translate("SamplingDialog", "By unit"),
    QCoreApplication.translate("SamplingDialog", "By unit and product"),
    QCoreApplication.translate("SamplingDialog", "Row"),
    QCoreApplication.translate("SamplingDialog", "Case reference"),
    QCoreApplication.translate("SamplingDialog", "Unit"),
    QCoreApplication.translate("SamplingDialog", "Product"),
    QCoreApplication.translate("SamplingDialog", "Outcome"),
    QCoreApplication.translate("SamplingDialog", "Date"),
    QCoreApplication.translate("SamplingDialog", "Decision maker"),
    QCoreApplication.translate("SamplingDialog", "Note"),
    QCoreApplication.translate("SampledCasesDialog", "Case reference"),
    QCoreApplication.translate("SampledCasesDialog", "Unit"),
    QCoreApplication.translate("SampledCasesDialog", "Product"),
    QCoreApplication.translate("SampledCasesDialog", "Outcome"),
    QCoreApplication.translate("SampledCasesDialog", "Date"),
    QCoreApplication.translate("SampledCasesDialog", "Decision maker"),
    QCoreApplication.translate("SampledCasesDialog", "Stratum"),
    QCoreApplication.translate("SampledCasesDialog", "Status"),
    QCoreApplication.translate("SampledCasesDialog", "Pending"),
    QCoreApplication.translate("SampledCasesDialog", "Skipped"),
    QCoreApplication.translate("SampledCasesDialog", "Review in progress"),
    QCoreApplication.translate("SampledCasesDialog", "Review complete"),


def _preview_column(text: str) -> str:
    return QCoreApplication.translate("SamplingDialog", text)


def _who(who: str | Callable[[], str]) -> str:
    return (who() if callable(who) else who) or ""


def _coloured(text: str, colour: str, bold: bool = False) -> str:
    body = f"<b>{text}</b>" if bold else text
    return f'<span style="color:{colour}">{body}</span>'


def split_problem(message: str) -> tuple[str, str, str]:
    """A population problem as (row, column, what): 'row 12, column B "DMU": …' -> ('12', 'B "DMU"', '…'),
    the what in the window's language."""
    from ..messages import Message, message_of

    msg = message_of(message)
    if msg is not None and msg.source == "{where}: {problem}" and isinstance(msg.params.get("where"), Message):
        where = msg.params["where"].params
        if "row" in where:
            return str(where["row"]), str(where.get("column", "")), tr_core(msg.params["problem"])
    m = _PROBLEM.match(str(message))
    if not m:
        return "", "", tr_core(message)
    return m.group(1), m.group(2) or "", m.group(3)


def _item(text: str, tooltip: str | None = None, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
    if tooltip:
        item.setToolTip(tooltip)
    if align_right:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item


class SamplingDialog(QDialog):
    """Choose a case list, see how it was read, plan the sample, draw it into a batch."""

    def __init__(self, store: Store, who: str | Callable[[], str] = "", parent=None):
        super().__init__(parent)
        self.store = store
        self.who = _who(who)
        self.path: Path | None = None
        self.population: Population | None = None
        self.excluded: dict[tuple[str, str], str] = {}
        self._strata_cache: dict[tuple[str, ...], tuple[dict[str, int], dict[str, int]]] = {}
        self._suggested_batch = ""
        self.round_id: str | None = None
        self.batch_id: str | None = None
        self.record: samples.SamplingRecord | None = None
        self.started_review_id: str | None = None
        self.setWindowTitle(self.tr("Draw a sample of cases"))
        self.setAccessibleName(self.tr("Draw a sample of cases"))
        self.resize(1180, 740)  # with its title bar, inside a 1280x800 screen
        self.pages = QStackedWidget()
        self.pages.addWidget(self._setup_page())
        self.pages.addWidget(self._result_page())
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self._update()

    # -- layout ------------------------------------------------------------------------------------
    def _setup_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)

        intro = QLabel(self.tr("Draw the cases to review from a case list (CSV or spreadsheet: case reference, unit, "
                               "product, outcome, date; columns are found by their names). Cases already reviewed "
                               "or sampled are left out. The draw is reproducible from the file and the seed, and "
                               "it is recorded."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("Case &list"))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose the case list: a .csv or .xlsx file"))
        self.file_edit.setAccessibleName(self.tr("Case list file"))
        # shown, never typed in: it takes no keyboard focus (Tab goes to the button that chooses the file),
        # so keys typed there are not swallowed by a field that ignores them
        self.file_edit.setFocusPolicy(Qt.NoFocus)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        file_label.setBuddy(self.choose_button)
        self.choose_button.clicked.connect(self.choose_file)
        self.reload_button = QPushButton(self.tr("&Read again"))
        self.reload_button.setToolTip(self.tr("Read the same file again, after correcting it"))
        self.reload_button.clicked.connect(lambda: self.path and self.load_file(self.path))
        self.product_combo = QComboBox()
        self.product_combo.setAccessibleName(self.tr("Product of every case when the file has no product column"))
        self.product_combo.addItem(self.tr("from the file's product column"), None)
        self.product_combo.addItem(self.tr("every case is a decision"), Product.DECISION.value)
        self.product_combo.addItem(self.tr("every case is an interview"), Product.INTERVIEW.value)
        self.product_combo.setToolTip(self.tr("For a list of one product that has no Product column"))
        self.product_combo.currentIndexChanged.connect(lambda: self.path and self.load_file(self.path))
        product_label = QLabel(self.tr("&Product"))
        product_label.setBuddy(self.product_combo)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.reload_button)
        file_row.addSpacing(12)
        file_row.addWidget(product_label)
        file_row.addWidget(self.product_combo)
        layout.addLayout(file_row)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        self.summary.setAccessibleName(self.tr("How the case list was read"))
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.preview_tabs = QTabWidget()
        self.cases_table = read_only_table([_preview_column(c[1]) for c in PREVIEW_COLUMNS],
                                           self.tr("Cases as read from the file"))
        self.problems_table = read_only_table([self.tr("Row"), self.tr("Column"), self.tr("Problem")],
                                              self.tr("Problems in the file"))
        self.problems_table.setWordWrap(True)
        self.cases_table.resizeColumnsToContents()  # before a file is read: the headers whole
        self.preview_tabs.addTab(self.cases_table, self.tr("Cases read"))
        self.preview_tabs.addTab(self.problems_table, self.tr("Problems"))

        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self._method_box(), 3)
        lower_layout.addWidget(self._calculator_box(), 2)

        split = QSplitter(Qt.Vertical)
        split.addWidget(self.preview_tabs)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.RichText)
        self.status_label.setAccessibleName(self.tr("Ready to draw"))
        buttons = QDialogButtonBox()
        self.draw_button = buttons.addButton(self.tr("&Draw"), QDialogButtonBox.AcceptRole)
        self.draw_button.setAccessibleName(self.tr("Draw the sample"))
        self.draw_button.setDefault(True)  # Enter draws, after the confirmation
        for b in (self.choose_button, self.reload_button, self.new_seed_button, self.use_needed_button):
            b.setAutoDefault(False)  # Enter in a field never opens a file dialog or changes the plan
        close = buttons.addButton(QDialogButtonBox.Close)
        close.clicked.connect(self.reject)
        buttons.accepted.connect(self.draw)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        return page

    def _method_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The sample"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.rate_radio = QRadioButton(self.tr("&Rate"))
        self.rate_spin = QDoubleSpinBox()
        self.rate_spin.setRange(0.1, 100.0)
        self.rate_spin.setDecimals(1)
        self.rate_spin.setSingleStep(0.5)
        self.rate_spin.setSuffix(" %")
        self.rate_spin.setValue(ROUTINE_RATE * 100)
        self.rate_spin.setAccessibleName(self.tr("Sampling rate in percent"))
        self.rate_spin.setToolTip(self.tr("A share of the whole list, rounded up (2% of 3,040 is 61): "
                                          "the routine rate is 2%"))
        self.size_radio = QRadioButton(self.tr("&Fixed size"))
        self.size_spin = QSpinBox()
        self.size_spin.setRange(1, 1_000_000)
        self.size_spin.setValue(50)
        self.size_spin.setSuffix(self.tr(" cases"))
        self.size_spin.setAccessibleName(self.tr("Fixed sample size"))
        group = QButtonGroup(self)
        group.addButton(self.rate_radio)
        group.addButton(self.size_radio)
        self.rate_radio.setChecked(True)
        grid.addWidget(self.rate_radio, 0, 0)
        grid.addWidget(self.rate_spin, 0, 1)
        grid.addWidget(self.size_radio, 0, 2)
        grid.addWidget(self.size_spin, 0, 3)

        strata_label = QLabel(self.tr("&Stratify"))
        self.strata_combo = QComboBox()
        for by, text in STRATA_CHOICES:
            self.strata_combo.addItem(QCoreApplication.translate("SamplingDialog", text), ",".join(by))
        self.strata_combo.setCurrentIndex(1)
        self.strata_combo.setAccessibleName(self.tr("Stratify"))
        self.strata_combo.setToolTip(self.tr("Proportional allocation over the strata, fractions settled by largest "
                                             "remainder, so the strata add up to the sample"))
        strata_label.setBuddy(self.strata_combo)
        self.min_label = QLabel(self.tr("At least, per &unit"))
        self.min_spin = QSpinBox()
        self.min_spin.setRange(0, 10_000)
        self.min_spin.setValue(0)
        self.min_spin.setSpecialValueText(self.tr("no minimum"))
        self.min_spin.setAccessibleName(self.tr("Minimum cases per unit"))
        self.min_spin.setToolTip(self.tr("Each stratum gets at least this many (all it has, if fewer); this can make "
                                         "the sample larger than asked"))
        self.min_label.setBuddy(self.min_spin)
        grid.addWidget(strata_label, 1, 0)
        grid.addWidget(self.strata_combo, 1, 1)
        grid.addWidget(self.min_label, 1, 2)
        grid.addWidget(self.min_spin, 1, 3)

        seed_label = QLabel(self.tr("S&eed"))
        seed_row = QHBoxLayout()
        self.seed_edit = QLineEdit(str(new_seed()))
        self.seed_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{1,19}"), self))
        self.seed_edit.setAccessibleName(self.tr("Random seed"))
        self.seed_edit.setToolTip(self.tr("The same file, method and seed always draw the same cases; the seed is "
                                          "recorded with the draw"))
        seed_label.setBuddy(self.seed_edit)
        self.new_seed_button = QPushButton(self.tr("New seed"))
        self.new_seed_button.clicked.connect(lambda: self.seed_edit.setText(str(new_seed())))
        seed_row.addWidget(self.seed_edit, 1)
        seed_row.addWidget(self.new_seed_button)
        stream_label = QLabel(self.tr("St&ream"))
        self.stream_combo = QComboBox()
        for s in Stream:
            self.stream_combo.addItem(label(s), s.value)
        self.stream_combo.setAccessibleName(self.tr("Review stream of the reviews started from the sample"))
        stream_label.setBuddy(self.stream_combo)
        grid.addWidget(seed_label, 2, 0)
        grid.addLayout(seed_row, 2, 1)
        grid.addWidget(stream_label, 2, 2)
        grid.addWidget(self.stream_combo, 2, 3)

        batch_label = QLabel(self.tr("&Batch"))
        self.batch_edit = QLineEdit()
        self.batch_edit.setMaxLength(200)
        self.batch_edit.setPlaceholderText(self.tr("e.g. Glasgow — routine sample — Oct 2025 (created if new)"))
        self.batch_edit.setAccessibleName(self.tr("Batch to put the drawn cases in"))
        batch_label.setBuddy(self.batch_edit)
        grid.addWidget(batch_label, 3, 0)
        grid.addWidget(self.batch_edit, 3, 1, 1, 3)

        self.planned_label = QLabel()
        self.planned_label.setWordWrap(True)
        self.planned_label.setTextFormat(Qt.RichText)
        self.planned_label.setAccessibleName(self.tr("Planned sample"))
        grid.addWidget(self.planned_label, 4, 0, 1, 4)
        self.allocation_table = read_only_table(
            [self.tr("Stratum"), self.tr("In the list"), self.tr("Left out"), self.tr("Eligible"), self.tr("Planned")],
            self.tr("Planned sample by stratum"))
        self.allocation_table.setMinimumHeight(110)
        header = self.allocation_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        grid.addWidget(self.allocation_table, 5, 0, 1, 4)
        grid.setRowStretch(5, 1)

        for w in (self.rate_spin, self.size_spin, self.min_spin):
            w.valueChanged.connect(self._update)
        for r in (self.rate_radio, self.size_radio):
            r.toggled.connect(self._update)
        self.strata_combo.currentIndexChanged.connect(self._update)
        self.seed_edit.textChanged.connect(self._update)
        self.batch_edit.textChanged.connect(self._update)
        return box

    def _calculator_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Precision: sample size calculator"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.share_spin = QDoubleSpinBox()
        self.share_spin.setRange(1.0, 99.0)
        self.share_spin.setDecimals(1)
        self.share_spin.setSuffix(" %")
        self.share_spin.setValue(50.0)
        self.share_spin.setAccessibleName(self.tr("Expected share in percent"))
        self.share_spin.setToolTip(self.tr("The share you expect, e.g. 54% satisfactory; 50% is the most cautious "
                                           "(it needs the largest sample)"))
        self.margin_spin = QDoubleSpinBox()
        self.margin_spin.setRange(0.5, 30.0)
        self.margin_spin.setDecimals(1)
        self.margin_spin.setSingleStep(0.5)
        self.margin_spin.setPrefix("± ")
        self.margin_spin.setSuffix(self.tr(" points"))
        self.margin_spin.setValue(5.0)
        self.margin_spin.setAccessibleName(self.tr("Margin in percentage points"))
        self.confidence_combo = QComboBox()
        for c in CONFIDENCE_LEVELS:
            self.confidence_combo.addItem(percent(c * 100), c)
        self.confidence_combo.setCurrentIndex(1)
        self.confidence_combo.setAccessibleName(self.tr("Confidence level"))
        self.population_spin = QSpinBox()
        self.population_spin.setRange(0, 100_000_000)
        self.population_spin.setGroupSeparatorShown(True)
        self.population_spin.setSpecialValueText(self.tr("unknown"))
        self.population_spin.setSuffix(self.tr(" cases"))
        self.population_spin.setAccessibleName(self.tr("Population size"))
        self.population_spin.setToolTip(self.tr("Filled in from the case list; with no list, type it or leave it "
                                                "unknown"))
        form.addRow(self.tr("Expected s&hare"), self.share_spin)
        form.addRow(self.tr("&Margin"), self.margin_spin)
        form.addRow(self.tr("C&onfidence"), self.confidence_combo)
        form.addRow(self.tr("Popula&tion (N)"), self.population_spin)
        layout.addLayout(form)

        self.needed_label = QLabel()
        self.needed_label.setWordWrap(True)
        self.needed_label.setTextFormat(Qt.RichText)
        self.needed_label.setAccessibleName(self.tr("Sample size needed"))
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextFormat(Qt.RichText)
        self.formula_label.setAccessibleName(self.tr("How the sample size is worked out"))
        self.precision_label = QLabel()
        self.precision_label.setWordWrap(True)
        self.precision_label.setTextFormat(Qt.RichText)
        self.precision_label.setAccessibleName(self.tr("Precision of the planned sample"))
        self.use_needed_button = QPushButton(self.tr("Use as the fixed size"))
        self.use_needed_button.setToolTip(self.tr("Draw the number of cases the calculator needs"))
        self.use_needed_button.clicked.connect(self.use_needed_size)
        layout.addWidget(self.needed_label)
        layout.addWidget(self.formula_label)
        layout.addWidget(self.precision_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.use_needed_button)
        layout.addLayout(row)
        layout.addStretch(1)

        for w in (self.share_spin, self.margin_spin, self.population_spin):
            w.valueChanged.connect(self._update)
        self.confidence_combo.currentIndexChanged.connect(self._update)
        return box

    def _result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.RichText)
        self.result_label.setAccessibleName(self.tr("The draw"))
        layout.addWidget(self.result_label)
        self.record_view = QPlainTextEdit()
        self.record_view.setReadOnly(True)
        self.record_view.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.record_view.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.record_view.setAccessibleName(self.tr("Sampling record"))
        layout.addWidget(self.record_view, 1)
        buttons = QDialogButtonBox()
        self.cases_button = buttons.addButton(self.tr("&Start a review from a drawn case…"),
                                              QDialogButtonBox.ActionRole)
        self.cases_button.clicked.connect(self.show_sampled_cases)
        done = buttons.addButton(QDialogButtonBox.Close)
        done.clicked.connect(self.accept)
        layout.addWidget(buttons)
        return page

    # -- the file ----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        settings = QSettings()
        start = str(settings.value("lastCaseListFolder", str(Path.home())))
        patterns = " ".join(f"*{s}" for s in TEXT_SUFFIXES + SPREADSHEET_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the case list"), start,
                                              self.tr("Case lists ({patterns});;All files (*)").format(
                                                  patterns=patterns))
        if path:
            settings.setValue("lastCaseListFolder", str(Path(path).parent))
            self.load_file(path)

    def _default_product(self) -> Product | None:
        value = self.product_combo.currentData()
        return Product(value) if value else None

    def _method_text(self, spec) -> str:
        """The draw's method in the window's language (the round records it in English: spec.method)."""
        if not spec.by:
            return self.tr("simple random")
        fields = {"unit": self.tr("unit"), "product": self.tr("product")}
        return self.tr("stratified random (by {fields})").format(fields=", ".join(fields.get(f, f) for f in spec.by))

    def load_file(self, path: str | Path) -> bool:
        """Read the case list (off the UI thread) and show how it was read; True if it can be drawn from."""
        path = Path(path)
        store, product = self.store, self._default_product()

        reading, finding = self.tr("reading the rows"), self.tr("finding cases already reviewed or sampled")

        def work(progress, cancelled):
            progress(0, 0, reading)
            population = samples.read_store_population(store, path, product)
            progress(0, 0, finding)
            return population, samples.excluded_cases(store)

        self.path = path
        self.file_edit.setText(str(path))
        self.file_edit.setToolTip(str(path))
        self.population, self.excluded = None, {}
        self._strata_cache.clear()
        try:
            self.population, self.excluded = run_task(self, self.tr("Read the case list"), work,
                                                      self.tr("Reading {file}").format(file=path.name))
        except TaskCancelled:
            self.summary.setText(self.tr("Reading {file} was cancelled.").format(file=html.escape(path.name)))
        except SamplingError as exc:
            self.summary.setText(_coloured(html.escape(tr_core(exc)), RED, bold=True))
        except (DatabaseError, SQLAlchemyError, OSError) as exc:
            self.summary.setText(_coloured(self.tr("Could not read {file}: {error}").format(
                file=html.escape(path.name), error=html.escape(tr_core(exc))), RED, bold=True))
        self._show_population()
        if self.population is not None:
            if not self.batch_edit.text().strip() or self.batch_edit.text() == self._suggested_batch:
                self._suggested_batch = self.tr("{file} — sample — {date}").format(
                    file=path.stem, date=format_date(date.today()))[:200]
                self.batch_edit.setText(self._suggested_batch)
            self.population_spin.setValue(self.population.size)
        self._update()
        return self.population is not None and self.population.ok

    def _show_population(self) -> None:
        pop = self.population
        self.cases_table.setRowCount(0)
        self.problems_table.setRowCount(0)
        self.preview_tabs.setTabText(0, self.tr("Cases read"))
        self.preview_tabs.setTabText(1, self.tr("Problems"))
        headers = []
        no_column = self.tr("(no column)")
        for _key, text, f in PREVIEW_COLUMNS:
            text = _preview_column(text)
            source = pop.mapping.get(f) if (pop is not None and f) else None
            headers.append(f"{text}\n← {source}" if source else (f"{text}\n{no_column}" if f else text))
        self.cases_table.setHorizontalHeaderLabels(headers)
        if pop is None:
            return
        shown = pop.cases[:PREVIEW_ROWS]
        self.cases_table.setRowCount(len(shown))
        for i, c in enumerate(shown):
            note = self.excluded.get(c.key, "")
            values = (str(c.row), c.case_reference, c.unit, label(c.product),
                      label(c.outcome) if c.outcome else "—", format_date(c.product_date),
                      c.decision_maker or "—", note)
            for col, text in enumerate(values):
                item = _item(text, align_right=col == 0)
                if note:
                    item.setForeground(Qt.darkGray)
                self.cases_table.setItem(i, col, item)
        self.cases_table.resizeColumnsToContents()
        self.cases_table.horizontalHeader().setStretchLastSection(True)
        self.preview_tabs.setTabText(0, self.tr("Cases read (first {shown} of {total})").format(
            shown=number(len(shown)), total=number(pop.size)) if pop.size > len(shown)
            else self.tr("Cases read ({total})").format(total=number(pop.size)))

        self.preview_tabs.setTabText(1, self.tr("Problems (none)"))
        self.problems_table.setRowCount(len(pop.errors))
        for i, message in enumerate(pop.errors):
            row, column, what = split_problem(message)
            for col, text in enumerate((row, column, what)):
                item = _item(text, tooltip=tr_core(message), align_right=col == 0)
                if col == 2:
                    item.setForeground(Qt.darkRed)
                self.problems_table.setItem(i, col, item)
        header = self.problems_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.problems_table.resizeRowsToContents()

        name = html.escape(pop.file_name)
        ignored = (self.tr(" Columns not used: {columns}.").format(columns=html.escape(", ".join(pop.ignored_columns)))
                   if pop.ignored_columns else "")
        if pop.errors:
            n = len(pop.errors)
            self.preview_tabs.setTabText(1, self.tr("Problems ({n})").format(n=number(n)))
            self.preview_tabs.setCurrentIndex(1)
            has = (self.tr("{file} has {n} problem: nothing can be drawn from it.") if n == 1
                   else self.tr("{file} has {n} problems: nothing can be drawn from it."))
            self.summary.setText(
                _coloured(has.format(file=name, n=number(n)), RED, bold=True)
                + plural(pop.rows_read, self.tr(" {n} row read, {good} good."),
                         self.tr(" {n} rows read, {good} of them good.")).replace("{good}", number(pop.size))
                + self.tr(" Each problem is listed under <i>Problems</i> by row and column; correct the file, "
                          "then choose <i>Read again</i>.")
                + ignored)
        else:
            self.preview_tabs.setCurrentIndex(0)
            left_out = sum(1 for c in pop.cases if c.key in self.excluded)
            units = ", ".join(f"{html.escape(k)} {number(v)}" for k, v in pop.counts("unit").items())
            products = ", ".join(f"{label(Product(k)).lower()} {number(v)}" for k, v in pop.counts("product").items())
            self.summary.setText(
                self.tr("<b>{file}</b>: {rows} rows read, <b>{cases} cases</b> ({products}); ").format(
                    file=name, rows=number(pop.rows_read), cases=number(pop.size), products=products)
                + (self.tr("{left_out} already reviewed or sampled are left out, so {left} can be drawn. ").format(
                    left_out=number(left_out), left=number(pop.size - left_out)) if left_out
                   else self.tr("none is already reviewed or sampled. "))
                + self.tr("By unit: {units}.").format(units=units) + ignored)

    # -- the plan ----------------------------------------------------------------------------------
    def _by(self) -> tuple[str, ...]:
        return tuple(f for f in (self.strata_combo.currentData() or "").split(",") if f)

    def spec(self) -> SampleSpec:
        """The draw as set in the dialog; SamplingError says what is wrong."""
        text = self.seed_edit.text().strip()
        if not text:
            raise SamplingError(self.tr("Give a seed (any whole number; New seed picks one)."))
        seed = int(text)
        if seed > MAX_SEED:
            raise SamplingError(self.tr("The seed is at most {max}.").format(max=MAX_SEED))
        by = self._by()
        spec = SampleSpec(seed=seed,
                          rate=round(self.rate_spin.value() / 100, 6) if self.rate_radio.isChecked() else None,
                          size=self.size_spin.value() if self.size_radio.isChecked() else None,
                          by=by, min_per_stratum=self.min_spin.value() if by else 0)
        spec.check()
        return spec

    def _strata(self, by: tuple[str, ...]) -> tuple[dict[str, int], dict[str, int]]:
        """Per stratum: cases in the list, and those that can be drawn (not reviewed or sampled)."""
        if by not in self._strata_cache:
            everyone: dict[str, int] = {}
            eligible: dict[str, int] = {}
            for c in self.population.cases:
                k = c.stratum(by)
                everyone[k] = everyone.get(k, 0) + 1
                if c.key not in self.excluded:
                    eligible[k] = eligible.get(k, 0) + 1
            self._strata_cache[by] = everyone, eligible
        return self._strata_cache[by]

    def plan(self, spec: SampleSpec) -> tuple[int, list[tuple[str, int, int, int, int]], list[str]]:
        """What a draw with ``spec`` will give, by the core's own rules (sampling.plan_sample), without
        drawing: (size, [(stratum, in list, left out, eligible, planned)], notes in the window's
        language). SamplingError if it cannot."""
        from ..sampling import plan_sample

        everyone, eligible = self._strata(spec.by)
        planned = plan_sample(everyone, eligible, spec, self.population.size)
        return planned.total, planned.rows, [tr_core(n) for n in planned.notes]

    def _confidence(self) -> float:
        return float(self.confidence_combo.currentData())

    def calculation(self):
        """The calculator's answer: a :class:`qpp_reviewer.sampling.SampleSize`."""
        return sample_size(self.share_spin.value() / 100, self.margin_spin.value() / 100, self._confidence(),
                           self.population_spin.value() or None)

    def use_needed_size(self) -> None:
        self.size_radio.setChecked(True)
        self.size_spin.setValue(self.calculation().n)

    def _update(self) -> None:
        by = self._by()
        self.min_spin.setEnabled(bool(by))
        self.min_label.setEnabled(bool(by))
        self.min_label.setText(self.tr("At least, per &unit") if by != ("unit", "product")
                               else self.tr("At least, per &stratum"))
        self.rate_spin.setEnabled(self.rate_radio.isChecked())
        self.size_spin.setEnabled(self.size_radio.isChecked())
        self.reload_button.setEnabled(self.path is not None)

        planned: int | None = None
        problem = ""
        spec = None
        try:
            spec = self.spec()
        except SamplingError as exc:
            problem = tr_core(exc)
        pop = self.population
        self.allocation_table.setRowCount(0)
        if pop is None:
            how = (self.tr("{rate}% of the list, rounded up").format(rate=f"{self.rate_spin.value():g}")
                   if self.rate_radio.isChecked()
                   else self.tr("{n} cases").format(n=number(self.size_spin.value())))
            self.planned_label.setText(self.tr("Planned sample: {how}. Choose the case list to see the cases per "
                                               "unit.").format(how=how))
        elif not pop.ok:
            self.planned_label.setText(_coloured(self.tr("No sample can be planned until the file's problems are "
                                                         "corrected."), RED))
        elif spec is not None:
            try:
                planned, rows, notes = self.plan(spec)
            except SamplingError as exc:
                problem = tr_core(exc)
                self.planned_label.setText(_coloured(html.escape(problem), RED))
            else:
                how = (self.tr("{rate}% of {total}, rounded up").format(rate=f"{spec.rate * 100:g}",
                                                                          total=number(pop.size))
                       if spec.rate is not None else self.tr("fixed size"))
                note = self.tr("Note: {note}")
                self.planned_label.setText(
                    self.tr("Planned sample: <b>{n} cases</b> ({how}; {method})").format(
                        n=number(planned), how=how, method=self._method_text(spec))
                    + "".join(f"<br>{_coloured(note.format(note=html.escape(n)), AMBER)}" for n in notes))
                self.allocation_table.setRowCount(len(rows))
                for i, row in enumerate(rows):
                    for col, value in enumerate(row):
                        self.allocation_table.setItem(
                            i, col, _item(value if col == 0 else number(value), align_right=col > 0))
        self.allocation_table.setVisible(pop is not None and pop.ok and planned is not None)
        self._update_calculator(planned)
        self._update_status(spec, planned, problem)

    def _update_calculator(self, planned: int | None) -> None:
        try:
            ss = self.calculation()
        except SamplingError as exc:
            self.needed_label.setText(_coloured(html.escape(tr_core(exc)), RED))
            self.formula_label.clear()
            self.precision_label.clear()
            self.use_needed_button.setEnabled(False)
            return
        confidence = percent(ss.confidence * 100)
        self.needed_label.setText(
            self.tr("To estimate a share of about {share}% within ±{margin} points at "
                    "{confidence} confidence, review <b>{n} cases</b>").format(
                share=f"{ss.share * 100:g}", margin=f"{ss.margin * 100:g}", confidence=confidence, n=number(ss.n))
            + (self.tr(" of {population}.").format(population=number(ss.population)) if ss.population
               else self.tr(" (population unknown).")))
        steps = [f"n0 = z² p(1−p) / e² = {ss.z:.3f}² × {ss.share:g} × {1 - ss.share:g} / {ss.margin:g}² "
                 f"= {ss.n0:.2f}"]
        if ss.population:
            steps.append(f"n = n0 / (1 + (n0 − 1) / N) = {ss.n_exact:.2f} → {number(ss.n)} "
                         + self.tr("(rounded up)"))
        else:
            steps.append(f"→ {number(ss.n)} " + self.tr("(rounded up)"))
        self.formula_label.setText(_coloured("<br>".join(html.escape(s) for s in steps), GREY))
        self.use_needed_button.setText(self.tr("Use {n} as the fixed size").format(n=number(ss.n)))
        self.use_needed_button.setEnabled(not (self.size_radio.isChecked() and self.size_spin.value() == ss.n))
        if planned is None:
            self.precision_label.setText(self.tr("The precision of the planned sample shows here once a case list "
                                                 "is read."))
            return
        try:
            e = margin_of_error(planned, ss.share, ss.confidence, ss.population)
        except SamplingError as exc:
            self.precision_label.setText(_coloured(html.escape(tr_core(exc)), RED))
            return
        gives = self.tr("The planned sample of <b>{n}</b> gives <b>±{margin} points</b> at {confidence} "
                        "confidence").format(n=number(planned), margin=decimal(e * 100), confidence=confidence)
        if e <= ss.margin + 1e-12:
            self.precision_label.setText(gives + ": " + _coloured(
                self.tr("meets the ±{margin} wanted.").format(margin=f"{ss.margin * 100:g}"), GREEN, bold=True))
        else:
            self.precision_label.setText(
                gives + ": " + _coloured(self.tr("wider than the ±{margin} wanted, which needs {n}.").format(
                    margin=f"{ss.margin * 100:g}", n=number(ss.n)), AMBER, bold=True)
                + self.tr(" Fine for routine sampling; to report a share that precisely, draw more."))

    def _batch_problem(self, name: str) -> tuple[str, str]:
        """(problem, description) of the batch the cases go into."""
        name = " ".join(name.split())
        if not name:
            return self.tr("Name the batch the drawn cases go into."), ""
        existing = next((b for b in self.store.batches() if b.name.lower() == name.lower()), None)
        if existing is None:
            return "", self.tr("the new batch <b>{name}</b>").format(name=html.escape(name))
        if existing.signed_off:
            return self.tr("Batch '{name}' is signed off; name a new batch.").format(name=existing.name), ""
        return "", self.tr("the existing batch <b>{name}</b>").format(name=html.escape(existing.name))

    def _update_status(self, spec: SampleSpec | None, planned: int | None, problem: str) -> None:
        ready = False
        if self.population is None:
            text = self.tr("Choose the case list to draw from.")
        elif not self.population.ok:
            text = _coloured(self.tr("Correct the problems in the file first."), RED)
        elif problem:
            text = _coloured(html.escape(problem), RED)
        else:
            batch_problem, where = self._batch_problem(self.batch_edit.text())
            if batch_problem:
                text = _coloured(html.escape(batch_problem), RED)
            else:
                ready = planned is not None and spec is not None
                text = self.tr("Ready to draw {n} cases (seed {seed}) into {where}.").format(
                    n=number(planned), seed=spec.seed, where=where) if ready else ""
        self.status_label.setText(text)
        self.draw_button.setEnabled(ready)

    # -- drawing -----------------------------------------------------------------------------------
    def draw(self, confirm: bool = True) -> str | None:
        """Draw and record the sample; returns the round id (None if not drawn, and the user told why)."""
        if not self.draw_button.isEnabled():
            return None
        spec = self.spec()
        planned, _rows, _notes = self.plan(spec)
        batch = " ".join(self.batch_edit.text().split())
        pop, path, store, who = self.population, self.path, self.store, self.who
        stream = Stream(self.stream_combo.currentData())
        if confirm and QMessageBox.question(
                self, self.tr("Draw the sample"),
                self.tr("Draw {n} of the {total} cases in {file} into the batch '{batch}'?\n\n"
                        "The draw is recorded (file checksum, method, seed, strata) and cannot be undone; the cases "
                        "wait in the batch until a review is started from each.").format(
                    n=number(planned), total=number(pop.size), file=pop.file_name, batch=batch),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes) != QMessageBox.Yes:
            return None

        steps = (self.tr("checking the file is the one read"), self.tr("drawing"), self.tr("recording the draw"))
        changed = self.tr("{file} has changed since it was read. Choose Read again, check the "
                          "cases, then draw.").format(file=path.name)

        def work(progress, cancelled):
            progress(0, 0, steps[0])
            if hashlib.sha256(path.read_bytes()).hexdigest() != pop.sha256:
                raise ReviewError(changed)
            progress(0, 0, steps[1])
            sample = draw_sample(pop.cases, spec, samples.excluded_cases(store))
            if cancelled():
                return None
            progress(0, 0, steps[2])
            return samples.record_sample(store, pop, sample, batch, who, stream)

        title = self.tr("Draw the sample")

        def run():
            return run_task(self, title, work, self.tr("Drawing from {file}").format(file=pop.file_name))

        try:
            ok, round_id = run_guarded(self, title, run)
        except TaskCancelled:
            return None
        except SamplingError as exc:
            QMessageBox.warning(self, title, tr_core(exc))
            return None
        if not ok or round_id is None:
            return None
        self.round_id = round_id
        self.record = samples.sampling_round(store, round_id)
        self.batch_id = self.record.batch_id
        self._show_result()
        return round_id

    def _show_result(self) -> None:
        r = self.record
        pending = sum(1 for c in r.cases if c.pending)
        self.result_label.setText(
            self.tr("<b>Drawn: {n} cases into the batch '{batch}'.</b> "
                    "{pending} are pending: each waits in the batch until a review is started from it "
                    "(<i>Start a review from a drawn case</i>, or later from the Sampling menu). The record of the "
                    "draw is stored; anyone can check it with the same file and the seed.").format(
                n=number(r.sample_size), batch=html.escape(r.batch_name), pending=number(pending)))
        lines = [r.text(), "", self.tr("Drawn cases ({n}):").format(n=number(len(r.cases)))]
        where = self.tr("(row {row}, {stratum})")
        for c in r.cases:
            lines.append(f"  {c.case_reference:16} {c.unit[:24]:24} {c.product.value:9} "
                         f"{c.outcome.value if c.outcome else '-':10} {c.product_date.isoformat()}  "
                         + where.format(row=c.source_row, stratum=c.stratum))
        path = str(self.path) if self.path else r.population_file
        lines += ["", self.tr("To check it later: {command}").format(
            command=f"qpp-reviewer sample-verify {r.id[:8]} --population \"{path}\"")]
        self.record_view.setPlainText("\n".join(lines))
        self.setWindowTitle(self.tr("Sample drawn — {batch}").format(batch=r.batch_name))
        self.pages.setCurrentIndex(1)
        self.cases_button.setFocus()

    def show_sampled_cases(self) -> str | None:
        dialog = SampledCasesDialog(self.store, self.who, self.batch_id, self)
        if dialog.exec() == QDialog.Accepted and dialog.review_id:
            self.started_review_id = dialog.review_id
            self.accept()
        return self.started_review_id


# -- the sampled cases of a batch ------------------------------------------------------------------------

CASE_COLUMNS = ("Case reference", "Unit", "Product", "Outcome", "Date", "Decision maker", "Stratum", "Status")
STATUS_TEXT = {"pending": "Pending", "skipped": "Skipped", "in_progress": "Review in progress",
               "complete": "Review complete"}


class SampledCasesDialog(QDialog):
    """The drawn cases of a batch; Start review creates the review of a pending one."""

    def __init__(self, store: Store, who: str | Callable[[], str] = "", batch_id: str | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.review_id: str | None = None
        self.cases: list[samples.SampledCase] = []
        self.setWindowTitle(self.tr("Sampled cases"))
        self.setAccessibleName(self.tr("Sampled cases"))
        self.resize(980, 580)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        batch_label = QLabel(self.tr("&Batch"))
        self.batch_combo = QComboBox()
        self.batch_combo.setAccessibleName(self.tr("Batch"))
        self.batch_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        batch_label.setBuddy(self.batch_combo)
        self.pending_only = QCheckBox(self.tr("&Pending only"))
        self.pending_only.setChecked(True)
        top.addWidget(batch_label)
        top.addWidget(self.batch_combo, 1)
        top.addSpacing(12)
        top.addWidget(self.pending_only)
        layout.addLayout(top)

        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setAccessibleName(self.tr("Sampled cases summary"))
        layout.addWidget(self.info)

        self.table = read_only_table([QCoreApplication.translate("SampledCasesDialog", name) for name in CASE_COLUMNS],
                                     self.tr("Sampled cases"))
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.start())
        layout.addWidget(self.table, 1)

        self.reviewer_edit = QLineEdit(_who(who))
        self.reviewer_edit.setMaxLength(100)
        self.reviewer_edit.setAccessibleName(self.tr("Reviewer"))
        self.dm_edit = QLineEdit()
        self.dm_edit.setMaxLength(64)
        self.dm_edit.setAccessibleName(self.tr("Decision maker's staff reference"))
        self.dm_edit.setPlaceholderText(self.tr("e.g. DM4411 (never a name)"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {RED};")
        self.error_label.setAccessibleName(self.tr("Problem"))
        people = QHBoxLayout()
        for text, edit in ((self.tr("&Reviewer"), self.reviewer_edit), (self.tr("&Decision maker"), self.dm_edit)):
            buddy = QLabel(text)
            buddy.setBuddy(edit)
            edit.setMinimumWidth(220)
            people.addWidget(buddy)
            people.addWidget(edit)
            people.addSpacing(12)
        people.addStretch(1)
        layout.addLayout(people)
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(self.tr("&Start review"), QDialogButtonBox.AcceptRole)
        self.start_button.setDefault(True)
        close = buttons.addButton(QDialogButtonBox.Close)
        close.clicked.connect(self.reject)
        buttons.accepted.connect(self.start)
        layout.addWidget(buttons)

        self._fill_batches(batch_id)
        self.batch_combo.currentIndexChanged.connect(lambda: self.reload())
        self.pending_only.toggled.connect(lambda: self.reload())
        self.table.itemSelectionChanged.connect(self._selected)
        self.reload()

    def _fill_batches(self, select: str | None) -> None:
        seen: dict[str, str] = {}
        for r in samples.sampling_rounds(self.store):
            if r.batch_id and r.batch_id not in seen:
                seen[r.batch_id] = r.batch_name
        self.batch_combo.addItem(self.tr("All batches"), None)
        for bid, name in sorted(seen.items(), key=lambda kv: kv[1].casefold()):
            pending = samples.pending_in_batch(self.store, bid)
            self.batch_combo.addItem(self.tr("{batch} ({n} pending)").format(batch=name, n=number(pending)), bid)
        index = self.batch_combo.findData(select) if select else -1
        if index < 0 and self.batch_combo.count() == 2:
            index = 1  # the only batch with a sample
        self.batch_combo.setCurrentIndex(max(index, 0))

    def reload(self) -> None:
        batch_id = self.batch_combo.currentData()
        everything = samples.sampled_cases(self.store, batch_id)
        self.cases = [c for c in everything if c.pending] if self.pending_only.isChecked() else everything
        pending = sum(1 for c in everything if c.pending)
        if not everything:
            self.info.setText(self.tr("No sampled cases yet: draw a sample first (Draw a sample…)."))
        elif not pending and self.pending_only.isChecked():
            self.info.setText(plural(len(everything), self.tr("{n} sampled case, none pending: it has its review "
                                                              "or was skipped. Clear Pending only to see it."),
                                     self.tr("{n} sampled cases, none pending: every one has its review or was "
                                             "skipped. Clear Pending only to see them.")))
        else:
            self.info.setText(plural(len(everything), self.tr("{n} sampled case, {pending} pending."),
                                     self.tr("{n} sampled cases, {pending} pending.")).replace("{pending}", number(pending))
                              + self.tr(" Choose a pending case and Start review (or double-click it): the review is "
                                        "created with its header filled in from the case list and put in the batch."))
        self.table.setRowCount(len(self.cases))
        for i, c in enumerate(self.cases):
            status = (QCoreApplication.translate("SampledCasesDialog", STATUS_TEXT[c.status])
                      if c.status in STATUS_TEXT else c.status)
            if c.status == "skipped" and c.skip_reason:
                status += f": {c.skip_reason}"
            values = (c.case_reference, c.unit, label(c.product), label(c.outcome) if c.outcome else "—",
                      format_date(c.product_date), c.decision_maker or "—", c.stratum, status)
            for col, text in enumerate(values):
                item = _item(text)
                if col == 0:
                    item.setData(Qt.UserRole, c.id)
                if not c.pending:
                    item.setForeground(Qt.darkGray)
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if self.cases:
            first = next((i for i, c in enumerate(self.cases) if c.pending), 0)
            self.table.selectRow(first)
        self._selected()

    def current_case(self) -> samples.SampledCase | None:
        rows = self.table.selectionModel().selectedRows()
        return self.cases[rows[0].row()] if rows else None

    def select_case(self, case_reference: str) -> bool:
        for i, c in enumerate(self.cases):
            if c.case_reference == case_reference:
                self.table.selectRow(i)
                return True
        return False

    def _selected(self) -> None:
        c = self.current_case()
        self.error_label.clear()
        self.start_button.setEnabled(c is not None and c.pending)
        self.dm_edit.setEnabled(c is not None and c.pending)
        self.dm_edit.setText((c.decision_maker or "") if c is not None else "")
        if c is not None and c.pending and not c.decision_maker:
            self.error_label.setText(self.tr("The case list had no decision maker for this case: enter the staff "
                                             "reference."))

    def start(self) -> str | None:
        """Start the review of the selected pending case; accept with its id."""
        c = self.current_case()
        if c is None or not c.pending:
            return None
        reviewer = " ".join(self.reviewer_edit.text().split())
        dm = self.dm_edit.text().strip()
        if not reviewer:
            self.error_label.setText(self.tr("Enter the reviewer (your name or initials)."))
            self.reviewer_edit.setFocus()
            return None
        problem = validate_reference(dm, translate("core", "decision maker's staff reference"))
        if problem:
            self.error_label.setText(tr_core(problem))
            self.dm_edit.setFocus()
            return None
        ok, review_id = run_guarded(self, self.tr("Start review"), samples.start_review, self.store, c.id, reviewer, dm)
        if not ok:
            self.reload()
            return None
        QSettings().setValue("lastReviewer", reviewer)
        self.review_id = review_id
        self.accept()
        return review_id


# -- for the main window -------------------------------------------------------------------------------


def open_sampling_dialog(parent, store: Store, who: str | Callable[[], str],
                         open_review: Callable[[str], object] | None = None) -> str | None:
    """Draw a sample; returns the batch the cases went into (None if nothing was drawn).

    If the user starts a review from a drawn case, ``open_review(review_id)`` is called once the
    dialog has closed.
    """
    dialog = SamplingDialog(store, who, parent)
    dialog.exec()
    if dialog.started_review_id and open_review is not None:
        open_review(dialog.started_review_id)
    return dialog.batch_id


def open_sampled_cases_dialog(parent, store: Store, who: str | Callable[[], str],
                              batch_id: str | None = None) -> str | None:
    """The sampled cases (of a batch); returns the id of the review started, or None."""
    dialog = SampledCasesDialog(store, who, batch_id, parent)
    return dialog.review_id if dialog.exec() == QDialog.Accepted else None
