"""Review ▸ Calibration (issue 18 items 5 and 7): the window's side of ``store.calibration``.

Mark as calibration case (a quality lead; asks the round), Record the reference answer (a quality lead;
opens the reference in a review tab, filled in with the case's findings, recorded when completed), Start
my calibration review (a blind review of a case, in a review tab), and the Calibration report: the same
figures as the PDF (reports/calibration.py), which its button writes. No rule lives here: every refusal
is the store's message.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QInputDialog, QLabel,
                               QMessageBox, QPushButton, QTableView, QTabWidget, QTextBrowser, QVBoxLayout)

from .i18n import text as tr_core


def _info(window, title: str, text: str) -> None:
    QMessageBox.information(window, title, text)


def _lead(window, title: str, what: str) -> bool:
    problem = window.store.calibration.lead_problem(window.who(), what)
    if problem:
        QMessageBox.warning(window, title, tr_core(problem))
        return False
    return True


def _ask(window, title: str, prompt: str, items: list[str], value: str = "", editable: bool = True) -> str | None:
    """A question with a list of choices (typed in when ``editable``); the dialog is kept on the window
    (``last_calibration_input``) so that it can be reached while it is open."""
    dialog = window.last_calibration_input = QInputDialog(window)
    dialog.setWindowTitle(title)
    dialog.setLabelText(prompt)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(editable)
    if value:
        dialog.setTextValue(value)
    if dialog.exec() != QDialog.Accepted:
        return None
    return dialog.textValue().strip()


def _refresh(window) -> None:
    window.list_page.reload()
    window.dashboard.invalidate()


def mark_case(window) -> str | None:
    """Mark the current review (open, or chosen in the list) as a calibration case, in a round."""
    from .common import run_guarded

    title = QCoreApplication.translate("Calibration", "Mark as calibration case")
    review_id = window._current_review_id()
    if review_id is None:
        _info(window, title, QCoreApplication.translate("Calibration", "Open or select the review to use as a calibration case first."))
        return None
    if not _lead(window, title, QCoreApplication.translate("core", "Marking a calibration case")):
        return None
    rounds = [r.name for r in reversed(window.store.calibration.rounds())]
    today = date.today()
    suggested = rounds[0] if rounds else QCoreApplication.translate("Calibration", "Calibration {month} {year}").format(
        month=today.strftime("%B"), year=today.year)
    name = _ask(window, title, QCoreApplication.translate("Calibration", "The calibration round of this case (a new name starts a new round, dated "
                                  "today). The case will no longer count in QS figures."), rounds, suggested)
    if not name:
        return None
    ok, case = run_guarded(window, title, window.store.calibration.mark, review_id, name, by=window.who())
    if not ok:
        return None
    _refresh(window)
    window.ui.statusBar.showMessage(QCoreApplication.translate("Calibration", "{case} is a calibration case in {round}").format(
        case=case.case_reference, round=case.round.name), 8000)
    return case.review_id


def _case_of_current(window, title: str) -> str | None:
    review_id = window._current_review_id()
    role = window.store.calibration.role_of(review_id) if review_id else None
    if role is None:
        _info(window, title, QCoreApplication.translate("Calibration", "Open or select a calibration case (or its reference answer) first."))
        return None
    return role[1]


def record_reference(window):
    """Open the reference answer of the current calibration case in a review tab (a quality lead): it
    starts from the case's findings and is recorded when it is completed."""
    from .common import run_guarded

    title = QCoreApplication.translate("Calibration", "Record the reference answer")
    if not _lead(window, title, QCoreApplication.translate("core", "Recording a reference answer")):
        return None
    case_id = _case_of_current(window, title)
    if case_id is None:
        return None
    ok, ref_id = run_guarded(window, title, window.store.calibration.start_reference, case_id, by=window.who())
    if not ok:
        return None
    window.list_page.reload()
    editor = window.open_review(ref_id)
    window.ui.statusBar.showMessage(QCoreApplication.translate("Calibration", "Set the agreed findings and complete the review: that records the "
                                       "reference answer."), 10000)
    return editor


def _case_label(case) -> str:
    return f"{case.case_reference} — {case.round.name} ({case.round.held_on.isoformat()})"


def start_calibration(window):
    """Choose a calibration case and open one's own blind calibration review of it."""
    from .common import run_guarded

    title = QCoreApplication.translate("Calibration", "Start my calibration review")
    me = window.who().casefold()
    store = window.store
    cases = []
    for c in store.calibration.cases():
        mine = [a for a in c.answers if a.reviewer.casefold() == me]
        if not any(a.status.value == "complete" for a in mine):
            cases.append(c)
    if not cases:
        _info(window, title, QCoreApplication.translate("Calibration", "There is no calibration case waiting for your review."))
        return None
    labels = [_case_label(c) for c in cases]
    current = window._current_review_id()
    role = store.calibration.role_of(current) if current else None
    start = next((_case_label(c) for c in cases if role and c.review_id == role[1]), labels[0])
    chosen = _ask(window, title, QCoreApplication.translate("Calibration", "The calibration case to review (blind: its reference and the other "
                                    "answers open when your review is complete)."), labels, start, editable=False)
    if not chosen or chosen not in labels:
        return None
    case = cases[labels.index(chosen)]
    ok, rid = run_guarded(window, title, store.calibration.start, case.review_id, window.who())
    if not ok:
        return None
    window.list_page.reload()
    return window.open_review(rid)


def show_report(window):
    from .common import run_guarded

    title = QCoreApplication.translate("Calibration", "Calibration report")
    store, me = window.store, window.who()
    if store.calibration.lead_problem(me, "") is not None:  # a reviewer: their own results, once complete
        mine = [c for c in store.calibration.cases() if c.reference_id and any(
            a.reviewer.casefold() == me.casefold() and a.status.value == "complete" for a in c.answers)]
        if not mine:
            return _lead(window, title, QCoreApplication.translate("core", "The calibration report"))
        lines = []
        for c in mine:
            ok, res = run_guarded(window, title, store.calibration.result, c.review_id, me)
            if not ok:
                return None
            rr = next(r for r in res.reviewers if r.reviewer.casefold() == me.casefold())
            apart = ", ".join(f"{cd.criterion.id} ({'n/a' if cd.distance is None else cd.distance})"
                              for cd in rr.criteria if not cd.match) or QCoreApplication.translate("Calibration", "none")
            lines.append(QCoreApplication.translate("Calibration", "{case} ({round}): your band {band}, the reference's {ref} ({steps} steps apart); "
                            "{matched} of {n} findings match the reference; criteria apart (steps): {apart}").format(
                case=c.case_reference, round=c.round.name, band=rr.band.value if rr.band else "—",
                ref=res.reference_band.value if res.reference_band else "—",
                steps="—" if rr.band_distance is None else rr.band_distance, matched=rr.matched,
                n=len(rr.criteria), apart=apart))
        box = window.last_calibration_box = QMessageBox(QMessageBox.Information, title,
                                                        QCoreApplication.translate("Calibration", "Your calibration results:") + "\n\n" + "\n".join(lines),
                                                        QMessageBox.Ok, window)
        box.open()
        return box
    ok, dialog = run_guarded(window, title, CalibrationDialog, window)
    if not ok:
        return None
    window.last_calibration_dialog = dialog
    dialog.open()
    return dialog


def _pct(a) -> str:
    return "—" if a.percent is None else f"{a.percent:.0f}%"


def _share(k: int, total: int) -> str:
    return f"{k} / {total}" + (f" ({100 * k / total:.0f}%)" if total else "")


class CalibrationDialog(QDialog):
    """The calibration report in the window: the tables of the PDF, and a button that writes it."""

    def __init__(self, window):
        from ..agreement import format_estimate as est
        from ..reports.calibration import METHOD

        super().__init__(window)
        self.window_ = window
        self.report = rep = window.store.calibration.report(by=window.who())
        self.setWindowTitle(QCoreApplication.translate("Calibration", "Calibration report"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        answers = sum(len(c.reviewers) for c in rep.cases)
        head = QLabel(QCoreApplication.translate("Calibration", "<b>{rounds} rounds, {cases} cases with a reference answer, {answers} complete calibration "
                         "reviews</b>").format(rounds=len(rep.rounds), cases=len(rep.cases), answers=answers))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.tabs = QTabWidget()
        self.tables: dict[str, QTableView] = {}
        rounds = [r.round for r in rep.rounds]
        trend_heads = [f"{r.name}" for r in rounds]
        reviewer_rows = []
        for t in rep.reviewers:
            by = {rnd.id: agr for rnd, agr, _c, _b in t.by_round}
            reviewer_rows.append(
                [t.reviewer, str(t.cases), _share(t.findings.agreed, t.findings.pairs), est(t.findings.kappa_estimate),
                 est(t.findings.ac1), _share(t.band_matched, t.cases)]
                + [(_pct(by[r.id]) + (f" ({by[r.id].ac1.value:.2f})" if by[r.id].ac1.value is not None else ""))
                   if r.id in by else "—" for r in rounds])
        self._add("reviewers", QCoreApplication.translate("Calibration", "&Reviewers"),
                  [QCoreApplication.translate("Calibration", "Reviewer"), QCoreApplication.translate("Calibration", "Cases"), QCoreApplication.translate("Calibration", "Findings matched"), QCoreApplication.translate("Calibration", "Kappa (95% CI)"), QCoreApplication.translate("Calibration", "AC1 (95% CI)"),
                   QCoreApplication.translate("Calibration", "Bands matched")] + trend_heads, reviewer_rows)
        self._add("criteria", QCoreApplication.translate("Calibration", "Cri&teria"), [QCoreApplication.translate("Calibration", "Checklist"), QCoreApplication.translate("Calibration", "Criterion"), QCoreApplication.translate("Calibration", "Answers"), QCoreApplication.translate("Calibration", "Matched")],
                  [[c.template_id, c.label, str(c.answers), _share(c.matched, c.answers)] for c in rep.criteria])
        case_rows = []
        for res in rep.cases:
            ref = res.reference_band.value if res.reference_band else "—"
            for rr in res.reviewers:
                apart = ", ".join(f"{cd.criterion.id} ({'n/a' if cd.distance is None else cd.distance})"
                                  for cd in rr.criteria if not cd.match)
                case_rows.append([res.case.case_reference, res.case.round.name, ref, rr.reviewer,
                                  rr.band.value if rr.band else "—",
                                  "—" if rr.band_distance is None else str(rr.band_distance),
                                  _share(rr.matched, len(rr.criteria)), apart or QCoreApplication.translate("Calibration", "none")])
        self._add("cases", QCoreApplication.translate("Calibration", "Ca&ses"), [QCoreApplication.translate("Calibration", "Case"), QCoreApplication.translate("Calibration", "Round"), QCoreApplication.translate("Calibration", "Reference"), QCoreApplication.translate("Calibration", "Reviewer"), QCoreApplication.translate("Calibration", "Band"),
                                           QCoreApplication.translate("Calibration", "Band steps apart"), QCoreApplication.translate("Calibration", "Findings matched"), QCoreApplication.translate("Calibration", "Criteria apart (steps)")],
                  case_rows)
        self._add("rounds", QCoreApplication.translate("Calibration", "R&ounds"), [QCoreApplication.translate("Calibration", "Round"), QCoreApplication.translate("Calibration", "Held on"), QCoreApplication.translate("Calibration", "Cases"), QCoreApplication.translate("Calibration", "Reviewers"),
                                             QCoreApplication.translate("Calibration", "Fleiss' kappa (95% CI)"), QCoreApplication.translate("Calibration", "AC1 (95% CI)")],
                  [[r.round.name, r.round.held_on.isoformat(), str(r.cases), str(r.reviewers), est(r.fleiss),
                    est(r.ac1)] for r in rep.rounds])
        method = QTextBrowser()
        method.setObjectName("calibrationMethod")
        method.setPlainText("\n\n".join(METHOD))
        self.tabs.addTab(method, QCoreApplication.translate("Calibration", "&Method"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.pdf_button = QPushButton(QCoreApplication.translate("Calibration", "Write &PDF…"))
        buttons.addButton(self.pdf_button, QDialogButtonBox.ActionRole)
        self.pdf_button.clicked.connect(lambda: self.write_pdf())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.written = None

    def _add(self, key: str, title: str, heads: list[str], rows: list[list[str]]) -> None:
        model = QStandardItemModel(len(rows), len(heads), self)
        model.setHorizontalHeaderLabels(heads)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                item = QStandardItem(value)
                item.setEditable(False)
                model.setItem(i, j, item)
        view = QTableView()
        view.setObjectName(f"calibration_{key}")
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        view.setAccessibleName(title.replace("&", ""))
        self.tables[key] = view
        self.tabs.addTab(view, title)

    def cells(self, key: str) -> list[list[str]]:
        model = self.tables[key].model()
        return [[model.item(i, j).text() for j in range(model.columnCount())] for i in range(model.rowCount())]

    def write_pdf(self, path: str | None = None):
        from ..reports.calibration import calibration_pdf
        from .report_files import write_pdf

        store, who = self.window_.store, self.window_.who()
        self.written = write_pdf(self, QCoreApplication.translate("Calibration", "Calibration report"), "calibration-report.pdf",
                                 lambda out, progress, cancelled: calibration_pdf(store, out, by=who),
                                 QCoreApplication.translate("Calibration", "Writing the calibration report"), path=path)
        return self.written
