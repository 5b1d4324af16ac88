"""Side by side: a review and its second review, and the result both agree.

Rows where the two disagree are shaded by how far apart the severities are;
the text says it too ("2 steps apart"), so colour is never the only signal.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..domain import Severity
from ..storage.store import Comparison, ReviewError, Store
from .i18n import plural
from .i18n import text as tr_core
from .labels import label

SHADES = {0: None, 1: "#fff4c2", 2: "#ffd9a8", 3: "#ffb3ad"}
COLUMNS = ("Criterion", "First review", "Second review", "Apart", "Agreed finding", "Note (needed for a change)")


def _extracted_by_lupdate() -> None:  # pragma: no cover - never called; lists the column headers
    QCoreApplication.translate("CompareDialog", "Criterion"),
    QCoreApplication.translate("CompareDialog", "First review"),
    QCoreApplication.translate("CompareDialog", "Second review"),
    QCoreApplication.translate("CompareDialog", "Apart"),
    QCoreApplication.translate("CompareDialog", "Agreed finding"),
    QCoreApplication.translate("CompareDialog", "Note (needed for a change)"),


class CompareDialog(QDialog):
    def __init__(self, store: Store, first_id: str, second_id: str, parent=None):
        super().__init__(parent)
        self.store = store
        self.comparison: Comparison = store.compare(first_id, second_id)
        self.agreed_id: str | None = None
        c = self.comparison
        self.setWindowTitle(self.tr("Compare and agree — {case}").format(case=c.first.header.case_reference))
        self.setAccessibleName(self.tr("Compare and agree"))
        self.resize(1240, 720)  # the note column's header whole at 1280x800, in both languages
        layout = QVBoxLayout(self)
        disagreements = sum(1 for r in c.rows if not r.agree)
        summary = QLabel(
            self.tr("<b>First review</b> ({reviewer}): {reason}").format(
                reviewer=html.escape(c.first.header.reviewer), reason=html.escape(tr_core(c.first_score.reason))) + "<br>"
            + self.tr("<b>Second review</b> ({reviewer}): {reason}").format(
                reviewer=html.escape(c.second.header.reviewer), reason=html.escape(tr_core(c.second_score.reason))) + "<br>"
            + self.tr("{n} of {total} criteria differ. Set the agreed finding for each; a change "
                      "from the first review needs a note.").format(n=disagreements, total=len(c.rows)))
        summary.setWordWrap(True)
        summary.setAccessibleName(self.tr("Both bands"))
        layout.addWidget(summary)
        self.table = QTableWidget(len(c.rows), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("CompareDialog", name) for name in COLUMNS])
        self.table.setAccessibleName(self.tr("Criteria compared"))
        self.table.verticalHeader().hide()
        self.combos: dict[str, QComboBox] = {}
        # each reviewer's evidence in the case documents, quoted under their finding (issue 19)
        evidence = store.documents.evidence_of([c.first.id, c.second.id])
        cited = {rid: {} for rid in evidence}
        for rid, items in evidence.items():
            for item in items:
                cited[rid].setdefault(item.criterion_id, []).append(tr_core(item.short))
        for i, row in enumerate(c.rows):
            apart = "—" if row.distance is None else (
                self.tr("agree") if row.agree else plural(row.distance, self.tr("{n} step apart"),
                                                          self.tr("{n} steps apart")))
            cells = [row.criterion.label,
                     _finding_text(row.first, row.first_comment, cited[c.first.id].get(row.criterion.id, ())),
                     _finding_text(row.second, row.second_comment, cited[c.second.id].get(row.criterion.id, ())),
                     apart]
            shade = SHADES.get(row.distance if row.distance is not None else (0 if row.agree else 1))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                item.setToolTip(text)
                if shade and not row.agree:
                    item.setBackground(QBrush(QColor(shade)))
                self.table.setItem(i, col, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Agreed finding for {criterion}").format(criterion=row.criterion.label))
            for s in Severity:
                combo.addItem(label(s), s.value)
            combo.setCurrentIndex(max(0, combo.findData(row.first.value if row.first else None)))
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)  # every finding's name whole
            self.combos[row.criterion.id] = combo
            self.table.setCellWidget(i, 4, combo)
            note = QTableWidgetItem("")
            note.setToolTip(self.tr("Why the agreed finding differs from the first review"))
            self.table.setItem(i, 5, note)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.Interactive)
            self.table.setColumnWidth(col, 180)
        header.setSectionResizeMode(3, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeToContents)  # as wide as the widest combo
        header.setSectionResizeMode(5, QHeaderView.Stretch)
        header.setMinimumSectionSize(60)
        # both reviews' comments are read whole before agreeing: a row is as tall as its longest comment
        # (up to ten lines; the tool tip has the rest), not two lines cut with "…"
        self.table.resizeRowsToContents()
        most = self.table.fontMetrics().lineSpacing() * 10 + 8
        for i in range(self.table.rowCount()):
            if self.table.rowHeight(i) > most:
                self.table.setRowHeight(i, most)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        # an action button, not the box's accept button: the box makes its first accept button the default
        # one when it is shown, whatever its autoDefault says
        self.agree_button = buttons.addButton(self.tr("&Record the agreed result"), QDialogButtonBox.ActionRole)
        self.agree_button.clicked.connect(lambda: self.record())
        self.agree_button.setToolTip(self.tr("Alt+R or Ctrl+Return"))
        # Recording is a deliberate act, by its own keys (Alt+R, Ctrl+Return as Complete review): Return
        # alone only finishes a note or a choice in the table. As the dialog's default button, one
        # Return in the table recorded the agreement at once (seen in a keyboard-only walk).
        for button in buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.record)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def decisions(self) -> dict:
        out = {}
        for i, row in enumerate(self.comparison.rows):
            chosen = Severity(self.combos[row.criterion.id].currentData())
            note = (self.table.item(i, 5).text() if self.table.item(i, 5) else "").strip()
            if chosen != row.first:
                comment = row.second_comment if chosen == row.second else row.first_comment
                out[row.criterion.id] = (chosen, comment or note, note)
        return out

    def record(self) -> bool:
        try:
            self.agreed_id = self.store.agree(self.comparison.first.id, self.comparison.second.id,
                                              self.decisions())
        except ReviewError as exc:
            QMessageBox.warning(self, self.tr("Record the agreed result"), tr_core(exc))
            return False
        self.accept()
        return True


def _finding_text(sev: Severity | None, comment: str, evidence=()) -> str:
    text = label(sev) if sev else "—"
    # "Minor: …", in French "Mineure : …" (the language's own spacing before a colon)
    text = QCoreApplication.translate("CompareDialog", "{finding}: {comment}").format(
        finding=text, comment=comment) if comment else text
    return "\n".join([text, *evidence])  # p. 7: 'Q: Can you keep your answers short…', a line each
