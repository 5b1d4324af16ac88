"""The New review dialog: validates every field as it is typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox, QWidget

from ..dates import DateError, format_date, parse_date
from ..domain import Outcome, Product, ReviewHeader, Stream
from ..storage.store import ReviewError, Store, validate_header
from .common import combo_enum
from .i18n import text as tr_core
from .labels import label
from .forms.ui_newreviewdialog import Ui_NewReviewDialog

FIELDS = ("case_reference", "unit", "outcome", "product_date", "decision_maker", "reviewer")


class DateField(QLineEdit):
    """The decision or interview date, typed whole and read by the core's parser.

    A QDateEdit edits one section at a time: typing "15 Oct 2026" after Tab, or after
    Ctrl+A, left parts of the old date in place and saved another date without a word,
    and a future date was clamped silently. Here the text is the value: it is read in
    full (dates.parse_date) or the dialog shows why it cannot be.
    """

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language
        self.setPlaceholderText(format_date(date(2026, 10, 15), language))

    def value(self) -> date:
        """The typed date; raises DateError with the reason it cannot be read."""
        return parse_date(self.text(), self.language)

    def date(self) -> QDate:
        """The typed date as a QDate (invalid when it cannot be read)."""
        try:
            d = self.value()
        except DateError:
            return QDate()
        return QDate(d.year, d.month, d.day)

    def setDate(self, qd: QDate) -> None:
        """Show ``qd`` in the form the field reads back; counts as an edit by the user."""
        self.setText(format_date(date(qd.year(), qd.month(), qd.day()), self.language))
        self.textEdited.emit(self.text())


class NewReviewDialog(QDialog):
    def __init__(self, store: Store, reviewer: str = "", parent=None):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_NewReviewDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._touched: set[str] = set()
        self._reload_units()
        for p in (Product.INTERVIEW, Product.DECISION):  # assurance checks start from a review
            ui.product.addItem(label(p), p.value)
        ui.product.setCurrentIndex(1)  # decisions are the commoner review
        for s in Stream:
            ui.stream.addItem(label(s), s.value)
        self._install_date_field()
        ui.productDate.setText(format_date(date.today(), ui.productDate.language))
        ui.reviewer.setText(reviewer)
        self._errors = {
            "case_reference": ui.caseReferenceError,
            "unit": ui.unitError,
            "outcome": ui.outcomeError,
            "product_date": ui.productDateError,
            "decision_maker": ui.decisionMakerError,
            "reviewer": ui.reviewerError,
        }
        for error_label in self._errors.values():
            error_label.setVisible(False)
        ui.caseReference.textEdited.connect(lambda: self._touch("case_reference"))
        ui.decisionMaker.textEdited.connect(lambda: self._touch("decision_maker"))
        ui.reviewer.textEdited.connect(lambda: self._touch("reviewer"))
        ui.unit.currentIndexChanged.connect(lambda: self._touch("unit"))
        ui.outcome.currentIndexChanged.connect(lambda: self._touch("outcome"))
        ui.productDate.textEdited.connect(lambda: self._touch("product_date"))
        ui.product.currentIndexChanged.connect(self._product_changed)
        ui.addUnitButton.clicked.connect(self._add_unit)
        ui.buttons.accepted.connect(self._accept)
        self._product_changed()
        # as tall as the fields need (the form's 520 px left a large empty area); the dialog grows by
        # itself when error messages appear under fields
        self.resize(self.width(), self.sizeHint().height())
        ui.caseReference.setFocus()

    def _install_date_field(self) -> None:
        """Put a DateField where the form's QDateEdit was (same place, label, tab order, texts)."""
        ui = self.ui
        old = ui.productDate
        language = QLocale().name().split("_")[0]
        field = DateField(language if language in ("en", "fr") else "en", self)
        field.setObjectName("productDate")
        field.setAccessibleName(old.accessibleName())
        field.setAccessibleDescription(old.accessibleDescription())
        field.setToolTip(old.toolTip())
        ui.form.replaceWidget(old, field)
        old.hide()
        old.setParent(None)
        old.deleteLater()
        ui.productDate = field
        ui.productDateLabel.setBuddy(field)
        QWidget.setTabOrder(ui.outcome, field)
        QWidget.setTabOrder(field, ui.decisionMaker)

    def _reload_units(self, select: str | None = None) -> None:
        combo = self.ui.unit
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— choose a unit —"), None)
        for name in self.store.units():
            combo.addItem(name, name)
        if select:
            combo.setCurrentIndex(combo.findData(select))
        combo.blockSignals(False)

    def _product_changed(self) -> None:
        ui = self.ui
        product = combo_enum(ui.product, Product)
        ui.outcome.blockSignals(True)
        ui.outcome.clear()
        if product is Product.DECISION:
            ui.outcome.addItem(self.tr("— choose the outcome —"), None)
            for o in Outcome:
                ui.outcome.addItem(label(o), o.value)
            ui.outcome.setEnabled(True)
            ui.productDateLabel.setText(self.tr("Decision &date"))
        else:
            ui.outcome.addItem(self.tr("(interviews have no outcome)"), None)
            ui.outcome.setEnabled(False)
            ui.productDateLabel.setText(self.tr("Interview &date"))
        ui.outcome.blockSignals(False)
        self._validate()

    def _add_unit(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add unit"), self.tr("Name of the decision-making unit:"))
        if not ok:
            return
        try:
            added = self.store.add_unit(name)
        except ReviewError as exc:
            QMessageBox.warning(self, self.tr("Add unit"), tr_core(exc))
            return
        self._reload_units(select=added)
        self._touch("unit")

    def header(self) -> ReviewHeader:
        ui = self.ui
        try:
            product_date = ui.productDate.value()
        except DateError:
            product_date = None
        return ReviewHeader(
            case_reference=ui.caseReference.text().strip(),
            unit=ui.unit.currentData() or "",
            product=combo_enum(ui.product, Product),
            outcome=combo_enum(ui.outcome, Outcome),
            product_date=product_date,
            decision_maker=ui.decisionMaker.text().strip(),
            stream=combo_enum(ui.stream, Stream),
            reviewer=ui.reviewer.text().strip(),
        )

    def _touch(self, field: str) -> None:
        self._touched.add(field)
        self._validate()

    def _validate(self, show_all: bool = False) -> dict:
        problems = validate_header(self.header(), self.store.units())
        try:
            self.ui.productDate.value()
        except DateError as exc:  # say why the text cannot be read, not just "Enter the date"
            problems["product_date"] = tr_core(exc)
        for field, error_label in self._errors.items():
            msg = problems.get(field)
            shown = bool(msg) and (show_all or field in self._touched)
            error_label.setText(tr_core(msg) if msg else "")
            error_label.setVisible(shown)
        return problems

    def _accept(self) -> None:
        problems = self._validate(show_all=True)
        if problems:
            self._touched.update(problems)
            first = next(f for f in FIELDS if f in problems)
            widget = {
                "case_reference": self.ui.caseReference,
                "unit": self.ui.unit,
                "outcome": self.ui.outcome,
                "product_date": self.ui.productDate,
                "decision_maker": self.ui.decisionMaker,
                "reviewer": self.ui.reviewer,
            }[first]
            widget.setFocus()
            return
        self.accept()

    def ok_button(self):
        return self.ui.buttons.button(QDialogButtonBox.Ok)
