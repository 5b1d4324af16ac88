"""One review: the checklist, the finding of each criterion, the live band.

Every change is handed to the store at once (comments after a short pause in
typing, and whenever focus leaves the comment); the band shown is the one the
store's scoring function returns, never computed here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QAction,
    QKeyEvent,
    QTextCursor,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import QButtonGroup, QHeaderView, QMessageBox, QStyle, QWidget

from .i18n import number
from ..domain import MAX_TEXT, OutcomeJudgement, Review, ReviewStatus, Severity
from ..scoring import Score
from ..storage.store import Store
from .common import band_style, combo_enum, format_date, run_guarded
from .i18n import text as tr_core
from .labels import label, tr_label
from .forms.ui_revieweditor import Ui_ReviewEditor

CRITERION_ROLE = Qt.UserRole + 1
KEYS = {
    Qt.Key_1: Severity.NO_ERROR, Qt.Key_O: Severity.NO_ERROR,
    Qt.Key_2: Severity.MINOR, Qt.Key_M: Severity.MINOR,
    Qt.Key_3: Severity.SIGNIFICANT, Qt.Key_S: Severity.SIGNIFICANT,
    Qt.Key_4: Severity.FAIL, Qt.Key_F: Severity.FAIL,
    Qt.Key_5: Severity.NOT_APPLICABLE, Qt.Key_X: Severity.NOT_APPLICABLE,
    Qt.Key_0: None, Qt.Key_Delete: None, Qt.Key_Backspace: None,
}
SEVERITY_COLOURS = {
    Severity.MINOR: "#8a6d00",
    Severity.SIGNIFICANT: "#b35900",
    Severity.FAIL: "#b3261e",
}
COMMENT_SAVE_DELAY_MS = 400


class FindingChange(QUndoCommand):
    """One finding changed: redo sets it, undo puts the previous finding back (both saved)."""

    def __init__(self, editor: "ReviewEditor", cid: str, old: Severity | None, new: Severity | None):
        super().__init__(editor.tr("finding on {criterion}").format(criterion=cid))
        self.editor, self.cid, self.old, self.new = editor, cid, old, new
        self._first = True

    def redo(self) -> None:
        ok = self.editor._apply_finding(self.cid, self.new, navigate=self._first)
        self._first = False
        if not ok:
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.editor._apply_finding(self.cid, self.old, navigate=False):
            self.setObsolete(True)


class CommentChange(QUndoCommand):
    """A comment changed (saved when typing paused or focus left): undo puts the earlier text back.

    Pushed after the store saved the new text, so its first redo does nothing; Ctrl+Z in the
    checklist then undoes findings and comments in the order they were made. Inside the comment
    field, Ctrl+Z is the field's own undo of the typing not yet saved."""

    def __init__(self, editor: "ReviewEditor", cid: str, old: str, new: str):
        super().__init__(editor.tr("comment on {criterion}").format(criterion=cid))
        self.editor, self.cid, self.old, self.new = editor, cid, old, new
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if not self.editor._apply_comment(self.cid, self.new):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.editor._apply_comment(self.cid, self.old):
            self.setObsolete(True)


def _reply_state_text(store, review_id: str) -> str:
    from .i18n import text as tr_core

    status = store.replies.state(review_id)
    if status is None:
        return ""
    text = QCoreApplication.translate("ReviewEditor", "Feedback issued on {date}: {state}").format(
        date=format_date(status.issued_on), state=tr_core(status.label))
    if status.disputes:
        text += " · " + QCoreApplication.translate("ReviewEditor", "{open} of {n} disputes open").format(
            open=status.open_disputes, n=status.disputes)
    return text


class ReviewEditor(QWidget):
    changed = Signal(str)  # review id: the list needs refreshing
    status_message = Signal(str)

    def __init__(self, store: Store, review_id: str, parent=None):
        super().__init__(parent)
        self.store = store
        self.review: Review = store.get_review(review_id)
        self.ui = Ui_ReviewEditor()
        self.ui.setupUi(self)
        ui = self.ui
        self._current: str | None = None  # criterion id shown in the detail panel
        self._loading = False

        self.undo_stack = QUndoStack(self)
        # Own actions rather than the stack's: the comment being typed is saved (and so becomes
        # a step of its own) before a step is undone, from the keys and from a menu alike.
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcuts(QKeySequence.Undo)
        self.undo_action.triggered.connect(lambda: self._undo_redo(self.undo_stack.undo))
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.setShortcuts(QKeySequence.Redo)  # Ctrl+Y and Ctrl+Shift+Z
        self.redo_action.triggered.connect(lambda: self._undo_redo(self.undo_stack.redo))
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
            # the keys work where findings and comments are made, the checklist and the comment field:
            # on a button (Tab from the comment lands on one) Ctrl+Z undid a finding unseen (found by
            # tests/test_editor_keys.py's random keys: M, Tab, Ctrl+Z)
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            ui.criteriaView.addAction(action)
            ui.commentEdit.addAction(action)
        from .round_trips import QueriesBanner

        # the centre's open queries on this review, with a button to answer (issue 17)
        self.queries_banner = QueriesBanner(self)
        ui.layout.insertWidget(1, self.queries_banner)
        # where the decision maker's reply stands (issue 18): awaiting reply (N working days left), ...
        from PySide6.QtWidgets import QLabel

        self.reply_label = QLabel(self)
        self.reply_label.setObjectName("replyLabel")
        self.reply_label.setWordWrap(True)
        ui.layout.insertWidget(2, self.reply_label)
        self.show_reply_state()
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Finding"), self.tr("Comment")])
        self._items: dict[str, list[QStandardItem]] = {}
        self._sections: list[QStandardItem] = []
        self._build_model()
        ui.criteriaView.setModel(self.model)
        ui.criteriaView.expandAll()
        for section in self._sections:  # a section's title has the row: its Finding and Comment cells are empty
            ui.criteriaView.setFirstColumnSpanned(section.row(), QModelIndex(), True)
        header = ui.criteriaView.header()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        # Finding and Comment: fixed, as wide as their widest possible text in the current language, so
        # the columns do not jump when "comment needed" appears and the criterion keeps the rest
        fm = ui.criteriaView.fontMetrics()
        pad = 4 * ui.criteriaView.style().pixelMetric(QStyle.PM_FocusFrameHMargin) + 8
        for col, texts in ((1, [label(s) for s in Severity] + ["—"]),
                           (2, [self.tr("comment needed"), self.tr("note"), self.tr("written")])):
            header.setSectionResizeMode(col, QHeaderView.Fixed)
            header.resizeSection(col, max(max(fm.horizontalAdvance(t) for t in texts) + pad,
                                          header.sectionSizeHint(col)))
        header.setStretchLastSection(False)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([2000, 1000])  # the checklist's titles whole at 1280 px; the detail wraps
        ui.criteriaView.selectionModel().currentChanged.connect(self._current_changed)
        ui.criteriaView.installEventFilter(self)
        ui.commentEdit.installEventFilter(self)
        from .document_pane import EditorDocuments

        # the case documents in a pane beside the detail, and the finding's evidence list (issue 19)
        self.documents = EditorDocuments(self)

        self.buttons = QButtonGroup(self)
        self._button_severity = {}
        for button, sev in (
            (ui.noErrorButton, Severity.NO_ERROR),
            (ui.minorButton, Severity.MINOR),
            (ui.significantButton, Severity.SIGNIFICANT),
            (ui.failButton, Severity.FAIL),
            (ui.notApplicableButton, Severity.NOT_APPLICABLE),
        ):
            self.buttons.addButton(button)
            self._button_severity[button] = sev
            button.setAccessibleName(label(sev))
        self.buttons.buttonClicked.connect(self._button_clicked)

        ui.judgementCombo.addItem(self.tr("— judge the outcome —"), None)
        for j in OutcomeJudgement:
            ui.judgementCombo.addItem(label(j), j.value)
        ui.judgementCombo.currentIndexChanged.connect(self._judgement_changed)

        self._comment_timer = QTimer(self)
        self._comment_timer.setSingleShot(True)
        self._comment_timer.setInterval(COMMENT_SAVE_DELAY_MS)
        self._comment_timer.timeout.connect(self.flush_comment)
        ui.commentEdit.textChanged.connect(self._comment_typed)

        # lambdas: clicked(bool) would fill reopen's optional reason with False
        ui.completeButton.clicked.connect(lambda: self.complete())
        ui.reopenButton.clicked.connect(lambda: self.reopen())
        ui.exportFeedbackButton.clicked.connect(lambda: self.export_feedback())

        self._show_header()
        self._show_score(self.store.score_of(self.review))
        self._apply_status()
        first = self._criterion_index(self.review.criteria[0].id) if self.review.criteria else None
        if first is not None:
            # resume at the first criterion without a finding
            for c in self.review.criteria:
                f = self.review.findings.get(c.id)
                if f is None or f.severity is None:
                    first = self._criterion_index(c.id)
                    break
            ui.criteriaView.setCurrentIndex(first)
        ui.criteriaView.setFocus()
        from .activity import ReviewActivity

        # active time on this review (issue 20): key and mouse input while it is in front, not wall-clock
        self.activity = ReviewActivity(self, store, self.review.id)
        ui.layout.insertWidget(3, self.activity.label)

    # -- building -----------------------------------------------------------
    def _build_model(self) -> None:
        root = self.model.invisibleRootItem()
        section = None
        bold = QFont()
        bold.setBold(True)
        for c in self.review.criteria:
            if section is None or section.data(Qt.UserRole) != c.section_id:
                section = QStandardItem(f"{c.section_id} {c.section_title}")
                section.setData(c.section_id, Qt.UserRole)
                section.setFont(bold)
                section.setSelectable(False)
                filler = [QStandardItem(""), QStandardItem("")]
                for f in filler:
                    f.setSelectable(False)
                root.appendRow([section] + filler)
                self._sections.append(section)
            name = QStandardItem(c.label + (f"  [{label(c.special_policy)}]" if c.special_policy else ""))
            name.setData(c.id, CRITERION_ROLE)
            name.setToolTip(c.question)
            finding = QStandardItem("")
            finding.setData(c.id, CRITERION_ROLE)
            comment = QStandardItem("")
            comment.setData(c.id, CRITERION_ROLE)
            section.appendRow([name, finding, comment])
            self._items[c.id] = [name, finding, comment]
            self._refresh_row(c.id)

    def _criterion_index(self, criterion_id: str) -> QModelIndex:
        return self._items[criterion_id][0].index()

    def _refresh_row(self, criterion_id: str) -> None:
        _, finding_item, comment_item = self._items[criterion_id]
        f = self.review.findings.get(criterion_id)
        sev = f.severity if f else None
        finding_item.setText(label(sev) if sev else "—")
        finding_item.setForeground(QBrush(QColor(SEVERITY_COLOURS.get(sev, "#202020"))) if sev else QBrush())
        if sev and sev.is_error and not (f.comment or "").strip():
            comment_item.setText(self.tr("comment needed"))
            comment_item.setForeground(QBrush(QColor("#b3261e")))
        elif f and f.comment.strip() and sev is not None and not sev.is_error:
            # the rule: a comment is kept when the finding changes (the reviewer's words are never
            # dropped silently); on No error or Not applicable it is a note the feedback shows as such
            comment_item.setText(self.tr("note"))
            comment_item.setForeground(QBrush())
            comment_item.setToolTip(self.tr("A comment kept with a finding that is not an error: "
                                            "it is shown as a note. Delete it if it no longer applies."))
        elif f and f.comment.strip():
            comment_item.setText(self.tr("written"))
            comment_item.setForeground(QBrush())
        else:
            comment_item.setText("")

    def _show_header(self) -> None:
        h = self.review.header
        what = label(h.product) + (f" — {label(h.outcome).lower()}" if h.outcome else "")
        e = html.escape
        self.ui.headerLabel.setText(
            f"<b style='font-size:14pt'>{e(h.case_reference)}</b> &nbsp; "
            + self.tr("{what} of {date}").format(what=e(what), date=format_date(h.product_date)) + "<br>"
            + self.tr("Unit: {unit}").format(unit=e(h.unit)) + " &nbsp;·&nbsp; "
            + self.tr("Decision maker: {dm}").format(dm=e(h.decision_maker)) + " &nbsp;·&nbsp; "
            + self.tr("Stream: {stream}").format(stream=e(label(h.stream))) + "<br>"
            + self.tr("Reviewer: {reviewer}").format(reviewer=e(h.reviewer)) + " &nbsp;·&nbsp; "
            + self.tr("Checklist: {title} (version {version})").format(
                title=e(self.review.template.title), version=self.review.template.version)
        )

    def _show_score(self, result: Score) -> None:
        ui = self.ui
        band = result.band
        ui.bandLabel.setText(band.value if band else "—")
        ui.bandLabel.setStyleSheet(band_style(band))
        verdict = tr_label(band.verdict) if band else (
            self.tr("Outcome judgement needed") if result.needs_outcome_judgement else self.tr("No band yet"))
        no_band = self.tr("No band")
        ui.bandLabel.setAccessibleDescription(f"{band.value if band else no_band}: {verdict}")
        ui.reasonLabel.setText(f"<b>{verdict}</b><br>{html.escape(tr_core(result.reason))}")
        share = tr_core(result.minor_share_text)  # the core's words, in the window's language
        ui.shareLabel.setText(self.tr("Minor-error share: {share} (not applicable: {na})").format(
            share=share, na=result.not_applicable))
        has_fail = result.fail > 0
        ui.judgementLabel.setVisible(has_fail)
        ui.judgementCombo.setVisible(has_fail)
        special = has_fail and not result.needs_outcome_judgement and band is not None and any(
            c.special_policy and self._severity(c.id) is Severity.FAIL for c in self.review.criteria
        )
        ui.judgementCombo.setEnabled(has_fail and not special and self._editable)
        if special:
            ui.judgementLabel.setText(self.tr("Special-policy fail: QS5 whatever the outcome"))
        else:
            ui.judgementLabel.setText(self.tr("Fail error: is the &outcome reliable?"))
        self._loading, was = True, self._loading
        ui.judgementCombo.setCurrentIndex(max(0, ui.judgementCombo.findData(self.review.outcome_judgement.value if self.review.outcome_judgement else None)))
        self._loading = was
        answered = len(self.review.criteria) - result.unanswered
        needs_comment = sum(
            1 for c in self.review.criteria
            if (f := self.review.findings.get(c.id)) and f.severity and f.severity.is_error
            and not f.comment.strip()
        )
        text = self.tr("{answered} of {total} criteria answered").format(
            answered=answered, total=len(self.review.criteria))
        if needs_comment:
            text += " · " + (self.tr("1 error without a comment") if needs_comment == 1 else
                             self.tr("{n} errors without a comment").format(n=needs_comment))
        if self.review.status is ReviewStatus.COMPLETE:
            text += " · " + self.tr("complete since {when} UTC").format(
                when=format_date(self.review.completed_at, time=True))
        ui.progressLabel.setText(text)
        self.last_score = result

    @property
    def _editable(self) -> bool:
        return self.review.status is ReviewStatus.IN_PROGRESS

    def _apply_status(self) -> None:
        ui = self.ui
        editable = self._editable
        for b in self.buttons.buttons():
            b.setEnabled(editable)
        ui.commentEdit.setReadOnly(not editable)
        ui.completeButton.setVisible(editable)
        ui.reopenButton.setVisible(not editable)
        self._show_score(self.store.score_of(self.review))

    def _severity(self, criterion_id: str) -> Severity | None:
        f = self.review.findings.get(criterion_id)
        return f.severity if f else None

    # -- navigation -----------------------------------------------------------
    def current_criterion(self) -> str | None:
        return self._current

    def _current_changed(self, current: QModelIndex, _previous) -> None:
        self.flush_comment()
        cid = current.data(CRITERION_ROLE) if current.isValid() else None
        if cid is None and current.isValid():
            # a section row: step onto its first criterion
            section = self.model.itemFromIndex(current.siblingAtColumn(0))
            if section is not None and section.hasChildren():
                self.ui.criteriaView.setCurrentIndex(section.child(0).index())
            return
        self._current = cid
        self._show_criterion()

    def _show_criterion(self) -> None:
        ui = self.ui
        cid = self._current
        if cid is None:
            return
        c = next(c for c in self.review.criteria if c.id == cid)
        title = f"{c.id} {c.title}"
        if c.special_policy:
            title += " — " + self.tr("special policy: {policy} (a fail makes QS5)").format(
                policy=label(c.special_policy).lower())
        ui.criterionTitle.setText(title)
        ui.questionLabel.setText(c.question)
        paragraphs = [p.strip() for p in c.guidance.split("\n") if p.strip()]
        body = []
        for p in paragraphs:
            head, sep, rest = p.partition(":")
            if sep and head in ("Minor", "Significant", "Fail"):
                body.append("<p><b>" + html.escape(self.tr("{severity}:").format(severity=tr_label(head)))
                            + f"</b>{html.escape(rest)}</p>")
            else:
                body.append(f"<p>{html.escape(p)}</p>")
        ui.guidanceBrowser.setHtml("".join(body) or "<p><i>No guidance for this criterion.</i></p>")
        f = self.review.findings.get(cid)
        sev = f.severity if f else None
        self._loading = True
        self.buttons.setExclusive(False)
        for b, s in self._button_severity.items():
            b.setChecked(s is sev)
        self.buttons.setExclusive(True)
        ui.commentEdit.setPlainText(f.comment if f else "")
        self._show_comment_label(f)
        self._loading = False

    def _show_comment_label(self, f) -> None:
        sev = f.severity if f else None
        if f and f.comment.strip() and sev is not None and not sev.is_error:
            self.ui.commentLabel.setText(self.tr("Co&mment (a note: the finding is {finding})").format(
                finding=label(sev)))
        else:
            self.ui.commentLabel.setText(self.tr("Co&mment"))

    def _move(self, step: int) -> None:
        ids = [c.id for c in self.review.criteria]
        if not ids:
            return
        pos = ids.index(self._current) if self._current in ids else -1
        nxt = min(max(pos + step, 0), len(ids) - 1)
        self.ui.criteriaView.setCurrentIndex(self._criterion_index(ids[nxt]))

    def _move_section(self, step: int) -> None:
        crit = self.review.criteria
        if not crit:
            return
        sections = list(dict.fromkeys(c.section_id for c in crit))
        current = next((c.section_id for c in crit if c.id == self._current), sections[0])
        idx = min(max(sections.index(current) + step, 0), len(sections) - 1)
        target = next(c for c in crit if c.section_id == sections[idx])
        self.ui.criteriaView.setCurrentIndex(self._criterion_index(target.id))

    def eventFilter(self, obj, event):
        if event.type() == QEvent.KeyPress and isinstance(event, QKeyEvent):
            if obj is self.ui.criteriaView and self._tree_key(event):
                return True
            if obj is self.ui.commentEdit and event.key() == Qt.Key_Escape:
                self.flush_comment()
                self.ui.criteriaView.setFocus()
                return True
        elif event.type() == QEvent.FocusOut and obj is self.ui.commentEdit:
            self.flush_comment()
        return super().eventFilter(obj, event)

    def _tree_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.ControlModifier)
        if key in KEYS and not ctrl and not (mods & Qt.AltModifier):
            self.set_finding(KEYS[key])
            return True
        if key in (Qt.Key_Down, Qt.Key_J) and not ctrl:
            self._move(1)
            return True
        if key in (Qt.Key_Up, Qt.Key_K) and not ctrl:
            self._move(-1)
            return True
        if (key == Qt.Key_Down and ctrl) or key == Qt.Key_PageDown:
            self._move_section(1)
            return True
        if (key == Qt.Key_Up and ctrl) or key == Qt.Key_PageUp:
            self._move_section(-1)
            return True
        if key in (Qt.Key_Return, Qt.Key_Enter) and not ctrl:
            self.ui.commentEdit.setFocus()
            return True
        if key in (Qt.Key_Return, Qt.Key_Enter) and ctrl:
            # the list view would take Ctrl+Return for itself before the window's shortcut
            if self._editable:
                self.complete()
                self.changed.emit(self.review.id)
            return True
        typed = event.text()
        if typed and typed.isprintable() and not ctrl and not (mods & Qt.AltModifier):
            # Text typed into the checklist is never read as anything: the tree's own search
            # would move to a criterion by its first letter, and the next finding key would then
            # change it. Say where the keys went instead.
            self.status_message.emit(self.tr("The checklist has the keyboard: press Enter to write "
                                             "the comment, or a finding key (1–5, O M S F X)."))
            return True
        return False

    # -- changes -------------------------------------------------------------
    def _button_clicked(self, button) -> None:
        if not self._loading:
            self.set_finding(self._button_severity[button])

    def set_finding(self, severity: Severity | None) -> None:
        """The reviewer's change of a finding, undoable (Ctrl+Z) and redoable (Ctrl+Shift+Z)."""
        cid = self._current
        if cid is None or not self._editable:
            if not self._editable:
                self.status_message.emit(self.tr("This review is complete: reopen it to change findings."))
            return
        self.flush_comment()
        f = self.review.findings.get(cid)
        old = f.severity if f else None
        if old == severity:
            self._after_finding(cid, severity)
            return
        self.undo_stack.push(FindingChange(self, cid, old, severity))

    def _apply_finding(self, cid: str, severity: Severity | None, navigate: bool) -> bool:
        if not self._editable:
            self.status_message.emit(self.tr("This review is complete: reopen it to change findings."))
            return False
        if not navigate:  # undo/redo: show the criterion being changed
            self.ui.criteriaView.setCurrentIndex(self._criterion_index(cid))
        f = self.review.findings.get(cid)
        if f is None:
            from ..domain import Finding

            f = self.review.findings[cid] = Finding(cid, None, "")
        previous = f.severity
        f.severity = severity
        # Show the new band in this frame (same scoring function the store uses),
        # then save; the save takes a disk sync and must not delay what the reviewer sees.
        self._show_score(self.store.score_of(self.review))
        self._refresh_row(cid)
        self.ui.bandFrame.repaint()
        ok, result = run_guarded(self, self.tr("Save finding"), self.store.set_finding,
                                 self.review.id, cid, severity)
        if not ok:
            f.severity = previous
            self._reload()
            return False
        self._show_criterion()
        self._show_score(result)
        self.changed.emit(self.review.id)
        if navigate:
            self._after_finding(cid, severity)
        return True

    def _after_finding(self, cid: str, severity: Severity | None) -> None:
        f = self.review.findings.get(cid)
        if severity is not None and severity.is_error:
            # An error always goes to its comment, written or not: the reviewer writes it or checks
            # that the one there still fits, and the keys typed next are text, never findings.
            edit = self.ui.commentEdit
            edit.setFocus()
            edit.moveCursor(QTextCursor.End)
            if (f.comment if f else "").strip():
                self.status_message.emit(self.tr("Check the comment for this error, then press Esc to go on."))
            else:
                self.status_message.emit(self.tr("Write a comment for this error, then press Esc to go on."))
        elif severity is not None:
            self._move(1)

    def _comment_typed(self) -> None:
        if self._loading or not self._editable:
            return
        edit = self.ui.commentEdit
        text = edit.toPlainText()
        if len(text) > MAX_TEXT:
            self._cut_to_limit(edit, text)
        self._comment_timer.start()

    def _cut_to_limit(self, edit, text: str) -> None:
        """Keep a comment within the one limit (domain.MAX_TEXT) as it is typed or pasted:
        what went over is taken off where it was just put, and the reviewer is told."""
        cursor = edit.textCursor()
        units = text.encode("utf-16-le")
        before = units[: 2 * cursor.position()].decode("utf-16-le", "ignore")
        excess = len(text) - MAX_TEXT
        keep_before = before[: max(len(before) - excess, 0)]
        kept = (keep_before + text[len(before):])[:MAX_TEXT]
        self._loading = True
        try:
            edit.setPlainText(kept)
            c = edit.textCursor()
            c.setPosition(min(len(keep_before.encode("utf-16-le")) // 2, len(kept.encode("utf-16-le")) // 2))
            edit.setTextCursor(c)
        finally:
            self._loading = False
        self.status_message.emit(self.tr("A comment is at most {n} characters: the rest was not added. "
                                          "Keep long material in the case file and refer to it.").format(
            n=number(MAX_TEXT)))

    def show_reply_state(self) -> None:
        text = _reply_state_text(self.store, self.review.id)
        self.reply_label.setText(text)
        self.reply_label.setAccessibleName(text)
        self.reply_label.setVisible(bool(text))

    def flush_comment(self) -> None:
        """Save the comment being typed now (pause, focus change, close)."""
        self._comment_timer.stop()
        cid = self._current
        if cid is None or not self._editable:
            return
        text = self.ui.commentEdit.toPlainText()
        f = self.review.findings.get(cid)
        if (f.comment if f else "") == text:
            return
        old = f.comment if f else ""
        ok, _ = run_guarded(self, self.tr("Save comment"), self.store.set_comment, self.review.id, cid, text)
        if not ok:
            return
        if f is None:
            from ..domain import Finding

            f = self.review.findings[cid] = Finding(cid, None, "")
        f.comment = text
        self._refresh_row(cid)
        self._show_comment_label(f)
        self._show_score(self.last_score)
        self.undo_stack.push(CommentChange(self, cid, old, text))

    def _undo_redo(self, step) -> None:
        self.flush_comment()
        step()

    def _apply_comment(self, cid: str, text: str) -> bool:
        """Undo or redo of a comment: saved through the store and shown on its criterion."""
        if not self._editable:
            self.status_message.emit(self.tr("This review is complete: reopen it to change findings."))
            return False
        if self._current != cid:
            self.ui.criteriaView.setCurrentIndex(self._criterion_index(cid))
        ok, _ = run_guarded(self, self.tr("Save comment"), self.store.set_comment, self.review.id, cid, text)
        if not ok:
            self._reload()
            return False
        f = self.review.findings.get(cid)
        if f is None:
            from ..domain import Finding

            f = self.review.findings[cid] = Finding(cid, None, "")
        f.comment = text
        self._refresh_row(cid)
        self._show_criterion()
        self._show_score(self.store.score_of(self.review))
        self.changed.emit(self.review.id)
        return True

    def _judgement_changed(self) -> None:
        if self._loading or not self._editable:
            return
        judgement = combo_enum(self.ui.judgementCombo, OutcomeJudgement)
        ok, result = run_guarded(self, self.tr("Save outcome judgement"), self.store.set_outcome_judgement,
                                 self.review.id, judgement)
        if ok:
            self.review.outcome_judgement = judgement
            self._show_score(result)
            self.changed.emit(self.review.id)

    def complete(self) -> bool:
        self.flush_comment()
        problems = self.store.completion_problems(self.review)
        if problems:
            shown = [tr_core(p) for p in problems[:12]]  # the core's words, in the window's language
            if len(problems) > 12:
                shown.append(self.tr("… and {n} more").format(n=len(problems) - 12))
            QMessageBox.information(self, self.tr("Not ready to complete"),
                                    self.tr("The review cannot be completed yet:") + "\n\n" + "\n".join(shown))
            self._go_to_problem()
            return False
        ok, _ = run_guarded(self, self.tr("Complete review"), self.store.complete_review, self.review.id)
        if ok:
            self.undo_stack.clear()  # a complete review is changed only by reopening it
            self._reload()
            self.ui.criteriaView.setFocus()  # not the Reopen button that took the place of Complete
            self.changed.emit(self.review.id)
            self.status_message.emit(self.tr("Review of {case} completed: {reason}").format(
                case=self.review.header.case_reference, reason=tr_core(self.last_score.reason)))
        return ok

    def _go_to_problem(self) -> None:
        for c in self.review.criteria:
            f = self.review.findings.get(c.id)
            if f is None or f.severity is None or (f.severity.is_error and not f.comment.strip()):
                self.ui.criteriaView.setCurrentIndex(self._criterion_index(c.id))
                self.ui.criteriaView.setFocus()
                return
        if self.last_score.needs_outcome_judgement:
            self.ui.judgementCombo.setFocus()

    def reopen(self, reason: str | None = None) -> bool:
        if reason is None:
            from .reason_dialog import ReasonDialog

            reason = ReasonDialog.ask(self, self.tr("Reopen review"),
                                      self.tr("Why is this review being reopened? (recorded with the review)"))
            if reason is None:
                return False
        ok, _ = run_guarded(self, self.tr("Reopen review"), self.store.reopen_review, self.review.id, reason)
        if ok:
            self.undo_stack.clear()
            self._reload()
            self.changed.emit(self.review.id)
            # the Reopen button has gone: the keyboard goes back to the checklist, not to whatever
            # button Qt picks next ("Complete review" — where a Space would complete it again)
            self.ui.criteriaView.setFocus()
        return ok

    def export_feedback(self, path: str | None = None) -> bool:
        """Write the feedback sheet PDF (asking for the file unless ``path``), off the UI thread."""
        from ..reports import feedback_pdf
        from .report_files import safe_filename, write_pdf

        self.flush_comment()  # the sheet carries the comment being typed
        store, rid = self.store, self.review.id
        ref = self.review.header.case_reference
        written = write_pdf(
            self, self.tr("Export feedback sheet"), f"feedback-{safe_filename(ref, 'review')}.pdf",
            lambda out, progress, cancelled: feedback_pdf(store, rid, out, progress=progress, cancelled=cancelled),
            self.tr("Writing the feedback sheet of {case}").format(case=ref), path=path)
        if written is not None:
            self.status_message.emit(self.tr("Feedback sheet of {case} written to {path}").format(
                case=ref, path=written))
        return written is not None

    def _reload(self) -> None:
        """Show what the store holds (after a failure, or a status change)."""
        current = self._current
        self.review = self.store.get_review(self.review.id)
        for cid in self._items:
            self._refresh_row(cid)
        self._apply_status()
        self._current = current
        self._show_criterion()
