"""The round trips in the window (issue 17 item 5): the Centre menu, the queries dialog, the conflicts
dialog and the open-queries banner of a review.

The collator's side (review states, raising and closing queries, conflicts, the queries workbook) and
the reviewer's side (importing it, answering) are the same few commands, all in one menu with
mnemonics and shortcuts, so the keyboard reaches every one. The rules live in the core
(``store.states``, ``store.queries``, ``store.revisions``, exchange.queries_book); here are only
dialogs that ask and show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFrame,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMessageBox, QPushButton,
                               QTableView, QVBoxLayout)

from .i18n import number, plural
from ..domain import text_problem
from .common import format_date, run_guarded
from .i18n import text as tr_core
from .reason_dialog import ReasonDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("RoundTrips", text)


STATE_TEXTS = {"received": "Received", "has_issues": "Has issues", "approved": "Approved"}
QUERY_STATUS_TEXTS = {"open": "Open", "answered": "Answered", "closed": "Closed"}


def _extracted_by_lupdate() -> None:  # pragma: no cover - lists the texts above for the translators
    QCoreApplication.translate("RoundTrips", "Received"), QCoreApplication.translate("RoundTrips", "Has issues")
    QCoreApplication.translate("RoundTrips", "Approved"), QCoreApplication.translate("RoundTrips", "Open")
    QCoreApplication.translate("RoundTrips", "Answered"), QCoreApplication.translate("RoundTrips", "Closed")


def state_text(state: str | None) -> str:
    return _t(STATE_TEXTS[state]) if state else ""


def _selected_reviews(window) -> list[str]:
    if window.ui.tabs.currentWidget() is window.list_page:
        return window.list_page.selected_ids()
    editor = window.current_editor()
    return [editor.review.id] if editor is not None else []


def _refresh(window) -> None:
    window.list_page.reload()
    window._invalidate_dashboard()
    for editor in window.editors():
        if getattr(editor, "queries_banner", None) is not None:
            editor.queries_banner.refresh()


def set_state(window) -> int | None:
    """The state of the selected collated reviews (received, has issues, approved)."""
    from ..storage.states import STATES, needs_reason

    ids = _selected_reviews(window)
    title = QCoreApplication.translate("RoundTrips", "Set review state")
    if not ids:
        QMessageBox.information(window, title, QCoreApplication.translate("RoundTrips", "Select the collated reviews in the list first (Ctrl+click or "
                                                  "Shift+click for several), or open one."))
        return None
    items = [state_text(s) for s in STATES]
    text, ok = QInputDialog.getItem(window, title, plural(
        len(ids), QCoreApplication.translate("RoundTrips", "State of the selected review:"),
        QCoreApplication.translate("RoundTrips", "State of the {n} selected reviews:")),
                                    items, 2, False)
    if not ok:
        return None
    state = STATES[items.index(text)]
    olds = window.store.states.states(ids)
    reason = ""
    if any(needs_reason(olds.get(i, "received"), state) for i in ids):
        from ..storage.states import HAS_ISSUES

        prompt = (QCoreApplication.translate("RoundTrips", "What is the issue? (the reviewer sees it with the review's state)") if state == HAS_ISSUES
                  else QCoreApplication.translate("RoundTrips", "Why does the state go back?"))
        reason = ReasonDialog.ask(window, title, prompt)
        if reason is None:
            return None
    ok, n = run_guarded(window, title, window.store.states.set, ids, state, reason, window.who())
    if not ok:
        return None
    window.ui.statusBar.showMessage(plural(
        n, QCoreApplication.translate("RoundTrips", "{n} review now {state}"),
        QCoreApplication.translate("RoundTrips", "{n} reviews now {state}")).replace(
        "{state}", state_text(state).lower()), 8000)
    _refresh(window)
    return n


def raise_query(window) -> str | None:
    """A query on the open (or selected) collated review, on the review as a whole or one criterion."""
    from ..storage.queries import query_text_problem

    title = QCoreApplication.translate("RoundTrips", "Raise a query")
    review_id = window._current_review_id()
    if review_id is None:
        QMessageBox.information(window, title, QCoreApplication.translate("RoundTrips", "Open or select one collated review first."))
        return None
    review = window.store.get_review(review_id)
    criteria = review.criteria
    items = [QCoreApplication.translate("RoundTrips", "The review as a whole")] + [f"{c.id} {c.title}" for c in criteria]
    current = 0
    editor = window.current_editor()
    if editor is not None and editor._current:
        ids = [c.id for c in criteria]
        current = ids.index(editor._current) + 1 if editor._current in ids else 0
    about, ok = QInputDialog.getItem(window, title, QCoreApplication.translate("RoundTrips", "What is the query about?"), items, current, False)
    if not ok:
        return None
    criterion = None if items.index(about) == 0 else criteria[items.index(about) - 1].id
    text = ReasonDialog.ask(window, title, QCoreApplication.translate("RoundTrips", "The query for {who} on {case} ({about}):").format(
        who=review.header.reviewer, case=review.header.case_reference, about=criterion or QCoreApplication.translate("RoundTrips", "the review")),
        problem=query_text_problem)
    if text is None:
        return None
    ok, q = run_guarded(window, title, window.store.queries.raise_query, review_id, text, window.who(), criterion)
    if not ok:
        return None
    window.ui.statusBar.showMessage(QCoreApplication.translate("RoundTrips", "Query raised; send it with Centre ▸ Export queries workbook…"), 8000)
    _refresh(window)
    return q.id


def show_queries(window) -> "QueriesDialog":
    dialog = window.last_queries_dialog = QueriesDialog(window)
    dialog.open()
    return dialog


def show_conflicts(window) -> "ConflictsDialog":
    dialog = window.last_conflicts_dialog = ConflictsDialog(window)
    dialog.open()
    return dialog


def show_workbooks(window) -> "WorkbooksDialog":
    dialog = window.last_workbooks_dialog = WorkbooksDialog(window)
    dialog.open()
    return dialog


def export_queries(window) -> Path | None:
    from ..exchange.queries_book import QueriesBookError, write_queries_workbook

    title = QCoreApplication.translate("RoundTrips", "Export queries workbook")
    reviewers = window.store.reviewers()
    if not reviewers:
        QMessageBox.information(window, title, QCoreApplication.translate("RoundTrips", "There are no reviews in this database."))
        return None
    who, ok = QInputDialog.getItem(window, title, QCoreApplication.translate("RoundTrips", "For which reviewer?"), reviewers, 0, False)
    if not ok:
        return None
    folder = Path(str(window.settings.value("lastExportFolder", "") or Path.home()))
    path, _ = QFileDialog.getSaveFileName(window, title, str(folder / f"queries-{who}.xlsx"),
                                          QCoreApplication.translate("RoundTrips", "Excel workbooks (*.xlsx)"))
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    try:
        res = write_queries_workbook(window.store, who, path, exported_by=window.who())
    except QueriesBookError as exc:
        QMessageBox.warning(window, title, tr_core(exc))
        return None
    except OSError as exc:
        QMessageBox.critical(window, title, QCoreApplication.translate("RoundTrips", "{file} could not be written ({why}). Nothing was written under that "
                                               "name.").format(file=path, why=exc.strerror or exc))
        return None
    window.settings.setValue("lastExportFolder", str(Path(path).parent))
    QMessageBox.information(window, title, QCoreApplication.translate("RoundTrips", "Wrote {file}: {q} queries and {s} review states for {who}. Give it "
                                              "to {who} to import on their laptop.").format(
        file=Path(path).name, q=res.queries, s=res.states, who=who))
    return Path(path)


def import_queries(window):
    from ..exchange.queries_book import QueriesBookError, import_queries_workbook

    title = QCoreApplication.translate("RoundTrips", "Import queries workbook")
    path, _ = QFileDialog.getOpenFileName(window, title, str(Path.home()), QCoreApplication.translate("RoundTrips", "Excel workbooks (*.xlsx)"))
    if not path:
        return None
    try:
        res = import_queries_workbook(window.store, path, by=window.who())
    except QueriesBookError as exc:
        box = window.last_import_box = QMessageBox(QMessageBox.Warning, title, tr_core(exc), QMessageBox.Ok, window)
        box.open()
        return None
    _refresh(window)
    box = window.last_import_box = QMessageBox(
        QMessageBox.Information, title,
        QCoreApplication.translate("RoundTrips", "{file}: {new} new queries, {closed} closed by the centre, {states} review states changed.").format(
            file=Path(path).name, new=res.new_queries, closed=res.closed, states=res.states_changed), QMessageBox.Ok,
        window)
    box.setDetailedText(res.text())
    box.open()
    return res


def ask_answer(parent, q) -> str | None:
    """The reviewer's answer to query ``q`` (the one held, to correct it), or None if they cancelled; what the
    store would refuse is said in the dialog as it is typed (storage.queries.answer_problem)."""
    from ..storage.queries import answer_problem

    return ReasonDialog.ask(
        parent, QCoreApplication.translate("QueriesDialog", "Answer the query"),
        QCoreApplication.translate("QueriesDialog", "{who} asks ({about}): {text}\n\nYour answer (it reaches the "
                                   "centre with the review's next export):").format(
            who=q.raised_by, about=q.about, text=q.text),
        problem=answer_problem, text=q.answer)


# -- the queries dialog ---------------------------------------------------------------------------------
class QueriesDialog(QDialog):
    """Every query: the reviewer answers from here, the quality lead closes from here; Enter opens the review."""

    COLUMNS = ("Case reference", "About", "Status", "Query", "Raised by", "Answer")

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.store = window.store
        self.setWindowTitle(self.tr("Queries"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        show = QLabel(self.tr("&Show:"))
        self.filter = QComboBox()
        for text, value in ((self.tr("Open queries"), "open"), (self.tr("Answered, to close"), "answered"),
                            (self.tr("All queries"), None)):
            self.filter.addItem(text, value)
        show.setBuddy(self.filter)
        row.addWidget(show)
        row.addWidget(self.filter)
        row.addStretch(1)
        layout.addLayout(row)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Case reference"), self.tr("About"), self.tr("Status"),
                                              self.tr("Query"), self.tr("Raised by"), self.tr("Answer")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.setAccessibleName(self.tr("Queries"))
        self.table.doubleClicked.connect(lambda _i: self.open_review())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._sync())
        layout.addWidget(self.table)
        self.empty = QLabel()
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.answer_button = QPushButton(self.tr("&Answer…"))
        self.close_button = QPushButton(self.tr("C&lose the query…"))
        self.open_button = QPushButton(self.tr("&Open the review"))
        for b in (self.answer_button, self.close_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.Close)
        box.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        box.rejected.connect(self.reject)
        buttons.addWidget(box)
        layout.addLayout(buttons)
        self.answer_button.clicked.connect(lambda: self.answer())
        self.close_button.clicked.connect(lambda: self.close_query())
        self.open_button.clicked.connect(lambda: self.open_review())
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.installEventFilter(self)
        self.queries = []
        self.refresh()
        self.resize(1000, 420)
        self.table.setFocus()

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent

        if obj is self.table and event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.open_review()
            return True
        return super().eventFilter(obj, event)

    def refresh(self, keep: str | None = None) -> None:
        from ..storage.store import ReviewFilter

        self.queries = self.store.queries.all(status=self.filter.currentData())
        refs = {r.id: r.case_reference for r in self.store.list_reviews(
            ReviewFilter(ids=[q.review_id for q in self.queries]))} if self.queries else {}
        self.model.removeRows(0, self.model.rowCount())
        for q in self.queries:
            cells = [refs.get(q.review_id, q.review_id[:8]), q.criterion_id or self.tr("the review"),
                     _t(QUERY_STATUS_TEXTS[q.status]), q.text,
                     f"{q.raised_by}, {format_date(q.raised_at)}", q.answer + (f" ({q.answered_by})" if q.answer else "")]
            items = [QStandardItem(c) for c in cells]
            for item in items:
                item.setToolTip(item.text())
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        for col in (3, 5):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 320))
        self.empty.setText("" if self.queries else self.tr("No query to show."))
        row = next((i for i, q in enumerate(self.queries) if q.id == keep), 0)
        if self.queries:
            self.table.selectRow(row)
        self._sync()

    def current(self):
        idx = self.table.currentIndex()
        return self.queries[idx.row()] if idx.isValid() and idx.row() < len(self.queries) else None

    def _sync(self) -> None:
        q = self.current()
        self.answer_button.setEnabled(q is not None and q.status != "closed")
        self.close_button.setEnabled(q is not None and q.status != "closed")
        self.open_button.setEnabled(q is not None)

    def answer(self) -> bool:
        q = self.current()
        if q is None:
            return False
        text = ask_answer(self, q)
        if text is None:
            return False
        ok, _ = run_guarded(self, self.tr("Answer the query"), self.store.queries.answer, q.id, text,
                            self.window_.who())
        if ok:
            self.refresh(keep=q.id)
            _refresh(self.window_)
        return ok

    def close_query(self) -> bool:
        from ..domain import MAX_TEXT, reason_problem

        q = self.current()
        if q is None:
            return False
        if q.status == "open":
            prompt = self.tr("The query has no answer yet. Why is it closed?")
            problem = lambda t: reason_problem(t, "why the query is closed without an answer")  # noqa: E731
        else:
            prompt = self.tr("A note for the reviewer (optional):")
            problem = lambda t: text_problem(t, "A note", MAX_TEXT)  # noqa: E731
        note = ReasonDialog.ask(self, self.tr("Close the query"), prompt, problem=problem)
        if note is None:
            return False
        ok, _ = run_guarded(self, self.tr("Close the query"), self.store.queries.close, q.id, self.window_.who(), note)
        if ok:
            self.refresh(keep=q.id)
            _refresh(self.window_)
        return ok

    def open_review(self) -> None:
        q = self.current()
        if q is not None:
            self.accept()
            self.window_.open_review(q.review_id)


# -- the conflicts dialog ----------------------------------------------------------------------------------
class ConflictsDialog(QDialog):
    """Reviews whose copies have diverged: a quality lead keeps one copy, with a reason (audited)."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.store = window.store
        self.setWindowTitle(self.tr("Conflicts"))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Case reference"), self.tr("Copy"), self.tr("Revision"),
                                              self.tr("Status"), self.tr("Band"), self.tr("From file")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Copies of reviews in conflict"))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("&Keep this copy…"))
        self.keep_button.clicked.connect(lambda: self.keep())
        row.addWidget(self.keep_button)
        row.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.Close)
        box.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        box.rejected.connect(self.reject)
        row.addWidget(box)
        layout.addLayout(row)
        self.rows: list[tuple[str, object]] = []
        self.refresh()
        self.resize(900, 380)
        self.table.setFocus()

    def refresh(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.rows = []
        ids = self.store.revisions.conflicts()
        for rid in ids:
            for c in self.store.revisions.copies(rid):
                if c.state not in ("held", "diverged"):
                    continue
                r = c.review()
                copy = self.tr("held now") if c.state == "held" else self.tr("diverged")
                cells = [r["case_reference"], copy, str(c.revision), str(r["status"]), r["band"] or "—",
                         c.file_name]
                self.model.appendRow([QStandardItem(x) for x in cells])
                self.rows.append((rid, c))
        self.table.resizeColumnsToContents()
        self.intro.setText(
            plural(len(ids), self.tr("1 review has copies that each hold changes the other lacks. Choose the copy "
                                     "to keep; the other is kept aside, and your reason is recorded."),
                   self.tr("{n} reviews have copies that each hold changes the other lacks. Choose the copy to "
                           "keep for each; the others are kept aside, and your reason is recorded."))
            if ids else self.tr("No review has conflicting copies."))
        self.keep_button.setEnabled(bool(self.rows))
        if self.rows:
            self.table.selectRow(0)

    def keep(self) -> bool:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return False
        rid, c = self.rows[idx.row()]
        title = self.tr("Keep this copy")
        reason = ReasonDialog.ask(self, title, self.tr("Why keep revision {rev} from {file}?").format(
            rev=c.revision, file=c.file_name or "?"))
        if reason is None:
            return False
        ok, _ = run_guarded(self, title, self.store.revisions.resolve, rid, c.head, reason, self.window_.who())
        if ok:
            self.refresh()
            _refresh(self.window_)
        return ok


# -- collated workbooks and their states ------------------------------------------------------------------
class WorkbooksDialog(QDialog):
    """Per collated workbook: its reviews received, with issues, approved; Enter lists its reviews, where
    they can be selected and given a state."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.store = window.store
        self.setWindowTitle(self.tr("Collated workbooks"))
        layout = QVBoxLayout(self)
        self.rows = self.store.states.by_workbook()
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Workbook"), self.tr("Reviews"), self.tr("Received"),
                                              self.tr("Has issues"), self.tr("Approved")])
        for w in self.rows:
            items = [QStandardItem(w.file_name)] + [QStandardItem(number(n)) for n in
                                                    (w.total, w.received, w.has_issues, w.approved)]
            self.model.appendRow(items)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.setAccessibleName(self.tr("Collated workbooks"))
        self.table.doubleClicked.connect(lambda _i: self.list_reviews())
        self.table.installEventFilter(self)
        layout.addWidget(QLabel(self.tr("No workbook has been collated into this database.") if not self.rows
                                else self.tr("Enter lists a workbook's reviews, to select them and set their state "
                                             "(Centre ▸ Set review state…).")))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.list_button = QPushButton(self.tr("&List its reviews"))
        self.list_button.clicked.connect(lambda: self.list_reviews())
        self.list_button.setEnabled(bool(self.rows))
        row.addWidget(self.list_button)
        row.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.Close)
        box.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        box.rejected.connect(self.reject)
        row.addWidget(box)
        layout.addLayout(row)
        if self.rows:
            self.table.selectRow(0)
        self.resize(760, 360)
        self.table.setFocus()

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent

        if obj is self.table and event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.list_reviews()
            return True
        return super().eventFilter(obj, event)

    def list_reviews(self) -> list[str]:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return []
        name = self.rows[idx.row()].file_name
        ids = self.store.states.workbook_reviews(name)
        self.accept()
        self.window_.show_reviews(ids, name)
        self.window_.list_page.ui.idsLabel.setText(
            self.tr("Showing the {n} reviews of {file}").format(n=number(len(ids)), file=name))
        return ids


# -- the banner of a review's open queries -----------------------------------------------------------------
class QueriesBanner(QFrame):
    """Above a review's checklist: the centre's open queries on it, and a button to answer."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.store = editor.store
        self.setObjectName("queriesBanner")
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet("#queriesBanner { background: #fff4ce; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.PlainText)
        layout.addWidget(self.label, 1)
        self.answer_button = QPushButton(self.tr("Answer the &query…"))
        self.answer_button.clicked.connect(lambda: self.answer())
        layout.addWidget(self.answer_button)
        self.refresh()

    def open_queries(self):
        return [q for q in self.store.queries.of_review(self.editor.review.id) if q.status == "open"]

    def refresh(self) -> None:
        qs = self.open_queries()
        self.setVisible(bool(qs))
        if not qs:
            return
        head = (self.tr("1 open query from the centre:") if len(qs) == 1
                else self.tr("{n} open queries from the centre:").format(n=len(qs)))
        self.label.setText(head + "\n" + "\n".join(f"• {q.about} — {q.text} ({q.raised_by})" for q in qs))
        self.label.setAccessibleName(self.label.text())

    def answer(self) -> bool:
        qs = self.open_queries()
        if not qs:
            return False
        q = qs[0]
        if len(qs) > 1:
            items = [f"{x.about} — {x.text[:80]}" for x in qs]
            chosen, ok = QInputDialog.getItem(self, self.tr("Answer the query"), self.tr("Which query?"), items, 0, False)
            if not ok:
                return False
            q = qs[items.index(chosen)]
        text = ask_answer(self, q)
        if text is None:
            return False
        ok, _ = run_guarded(self, self.tr("Answer the query"), self.store.queries.answer, q.id, text,
                            self.store.actor)
        if ok:
            self.refresh()
            self.editor.status_message.emit(self.tr("Answer saved; export the review to send it to the centre."))
            self.editor.changed.emit(self.editor.review.id)
        return ok


def queries_line(store, reviewer: str | None) -> str:
    """The first screen's line: open queries waiting for this reviewer, answered ones the centre may close,
    and the decision makers' replies (feedback awaiting a reply, disputes to arbitrate; issue 18)."""
    open_n = store.queries.open_total()
    answered = len(store.queries.all(status="answered"))
    parts = []
    if open_n:
        parts.append(QCoreApplication.translate("RoundTrips", "1 open query") if open_n == 1 else QCoreApplication.translate("RoundTrips", "{n} open queries").format(n=number(open_n)))
    if answered:
        parts.append(QCoreApplication.translate("RoundTrips", "1 answered query to close") if answered == 1
                     else QCoreApplication.translate("RoundTrips", "{n} answered queries to close").format(n=number(answered)))
    replies = store.replies.counts()
    if replies.get("issued"):
        parts.append(plural(replies["issued"], QCoreApplication.translate("RoundTrips", "{n} feedback sheet awaiting a reply"),
                            QCoreApplication.translate("RoundTrips", "{n} feedback sheets awaiting a reply")))
    if replies.get("reply_received") or replies.get("in_arbitration"):
        n = replies.get("reply_received", 0) + replies.get("in_arbitration", 0)
        parts.append(plural(n, QCoreApplication.translate("RoundTrips", "{n} reply with disputes to settle"),
                            QCoreApplication.translate("RoundTrips", "{n} replies with disputes to settle")))
    if not parts:
        return ""
    where = (QCoreApplication.translate("RoundTrips", "Centre ▸ Queries… (Ctrl+Shift+Q)") if open_n or answered
             else QCoreApplication.translate("RoundTrips", "Review ▸ Decision maker's reply…"))
    return " · ".join(parts) + " — " + where
