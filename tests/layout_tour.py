"""Every window, tab and dialog of the app with demo data, and a check that their texts fit.

Used by tests/test_layout.py (offscreen) and by packaging/screens.py (screenshots under Xvfb).
"""
from __future__ import annotations

import csv
import random
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QHeaderView, QLabel, QMessageBox, QPushButton, QStyle,
    QStyleOptionComboBox, QStyleOptionViewItem, QTabBar, QWidget,
)

from qpp_reviewer.demo import fill_demo
from qpp_reviewer.domain import Severity
from qpp_reviewer.storage.store import ReviewFilter, Store

SIZE = QSize(1280, 800)
TODAY = date(2026, 11, 20)
UNITS = ["Glasgow", "Liverpool", "London", "Solihull", "Stoke"]


def settle(ms: int = 0) -> None:
    for _ in range(3):
        QApplication.processEvents(QEventLoop.AllEvents, 50)
    if ms:
        from PySide6.QtTest import QTest
        QTest.qWait(ms)


def _disputed(store: Store, review_id: str):
    """The review's feedback issued and every finding (and the review as a whole) disputed: the arbitration
    and disputes dialogs' walks (issue 18). Done after the list's walk, whose columns stay as they were."""
    if store.replies.state(review_id) is None:
        store.replies.issue_feedback(review_id, by="AB")
        answers = {cid: ("dispute", "The point was put to the claimant at question 41 and answered at length.")
                   for cid, *_ in store.replies.findings(review_id)}
        answers[None] = ("dispute", "The review as a whole is harsher than the checklist's guidance.")
        store.replies.reply(review_id, answers, by="AB")
    return store.replies.state(review_id)


def demo_store(path: Path) -> Store:
    """120 demo reviews, a batch, a complete second review of a complete first review."""
    s = Store.open(path)
    s.actor = "AB"
    fill_demo(s, 120, seed=4, today=TODAY)
    bid = s.create_batch("Glasgow sample November", by="QL")
    s.add_to_batch(bid, [r.id for r in s.list_reviews(ReviewFilter(unit="Glasgow"))][:25])
    if not s.complete_pairs():
        first = next(r for r in s.list_reviews() if r.status.value == "complete" and r.reviewer != "ZZ")
        second = s.request_second_review(first.id, "ZZ")
        s.actor = "ZZ"
        review = s.get_review(second, viewer="ZZ")
        rng = random.Random(3)
        for c in review.criteria:
            s.set_finding(second, c.id, rng.choice([Severity.NO_ERROR, Severity.NO_ERROR, Severity.MINOR]))
        if review.header.product.value == "decision":
            from qpp_reviewer.domain import OutcomeJudgement
            s.set_outcome_judgement(second, list(OutcomeJudgement)[0])
        for c in review.criteria:
            s.set_comment(second, c.id, "Seen on the file.")
        try:
            s.complete_review(second, by="ZZ")
        except Exception:  # noqa: BLE001 - a missing comment: the comparison still opens
            pass
        s.actor = "AB"
    # appeal outcomes of some decisions, for the Appeal outcomes dialog (issue 20)
    decisions = sorted({r.case_reference for r in s.list_reviews() if r.product.value == "decision"
                        and r.status.value == "complete"})[:12]
    s.appeals.add([dict(case_reference=ref, outcome=("allowed", "dismissed", "withdrawn_paru")[i % 3],
                        outcome_date=TODAY, reason="", row=i + 2) for i, ref in enumerate(decisions)],
                  "outcomes.csv", "0" * 64, "QL")
    return s


def case_list(path: Path, n: int = 600) -> Path:
    rng = random.Random(0)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Case Ref", "DMU", "Type", "Decision", "Date of decision", "DM ref"])
        for i in range(n):
            product = "decision" if i % 3 else "interview"
            w.writerow([f"L{2000000 + i}/001", rng.choice(UNITS), product,
                        rng.choice(["grant", "refusal"]) if product == "decision" else "",
                        date(2026, 1 + i % 10, 1 + i % 28).strftime("%d/%m/%Y"), f"DM{4000 + i % 50}"])
    return path


# -- the check -----------------------------------------------------------------------------------
def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(w: QWidget) -> bool:
    return w.isVisibleTo(w.window()) and w.isVisible() and w.width() > 0


def clipped(root: QWidget) -> list[str]:
    """The texts in ``root`` that Qt elides or clips, each said with its widget and the room it has."""
    out: list[str] = []
    where = root.objectName() or type(root).__name__

    def name(w: QWidget) -> str:
        return f"{where}/{type(w).__name__}({w.objectName() or w.accessibleName()})"

    for w in root.findChildren(QLabel):
        if not _shown(w) or not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
            continue
        if w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + 1:
                out.append(f"{name(w)} {w.text()[:40]!r}: needs {need} px high, has {w.height()}")
        else:
            hint = w.minimumSizeHint()
            if hint.width() > w.width() + 1:
                out.append(f"{name(w)} {w.text()[:40]!r}: needs {hint.width()} px, has {w.width()}")
            if w.fontMetrics().height() > w.contentsRect().height() + 1:
                out.append(f"{name(w)} {w.text()[:40]!r}: {w.fontMetrics().height()} px high text in "
                           f"{w.contentsRect().height()}")
    for w in root.findChildren(QPushButton):
        if not _shown(w) or not w.text():
            continue
        fm = w.fontMetrics()
        margin = w.style().pixelMetric(QStyle.PM_ButtonMargin, None, w)
        icon = w.iconSize().width() + 4 if not w.icon().isNull() else 0
        need = fm.horizontalAdvance(_plain(w.text())) + margin + icon + 4
        if need > w.width():
            out.append(f"{name(w)} {w.text()!r}: needs {need} px, has {w.width()}")
    for w in root.findChildren(QComboBox):
        if not _shown(w) or w.isEditable():
            continue
        opt = QStyleOptionComboBox()
        opt.initFrom(w)
        room = w.style().subControlRect(QStyle.CC_ComboBox, opt, QStyle.SC_ComboBoxEditField, w).width()
        fm = w.fontMetrics()
        texts = [w.itemText(i) for i in range(w.count())]
        if texts:
            widest = max(texts, key=fm.horizontalAdvance)
            if fm.horizontalAdvance(widest) > room:
                out.append(f"{name(w)} item {widest!r}: needs {fm.horizontalAdvance(widest)} px, has {room}")
    for bar in root.findChildren(QTabBar):
        if not _shown(bar):
            continue
        fm = bar.fontMetrics()
        for i in range(bar.count()):
            text = _plain(bar.tabText(i))
            r = bar.tabRect(i)
            need = fm.horizontalAdvance(text) + 8
            if r.width() < need:
                out.append(f"{name(bar)} tab {text!r}: needs {need} px, has {r.width()}")
            if r.height() < fm.height() + 4:
                out.append(f"{name(bar)} tab {text!r}: {fm.height()} px high text in a {r.height()} px tab")
    for h in root.findChildren(QHeaderView):
        if not _shown(h) or h.orientation() != Qt.Horizontal:
            continue
        model = h.model()
        if model is None:
            continue
        fm = h.fontMetrics()
        margin = h.style().pixelMetric(QStyle.PM_HeaderMargin, None, h)
        last = max((i for i in range(h.count()) if not h.isSectionHidden(i)), default=-1)
        for i in range(h.count()):
            if h.isSectionHidden(i):
                continue
            text = str(model.headerData(i, Qt.Horizontal, Qt.DisplayRole) or "")
            if not text:
                continue
            need = max(fm.horizontalAdvance(line) for line in text.split("\n")) + 2 * margin
            if h.isSortIndicatorShown() and h.sortIndicatorSection() == i:
                need += h.style().pixelMetric(QStyle.PM_HeaderMarkSize, None, h) + margin
            if h.sectionSize(i) < need and not (i == last and h.stretchLastSection()
                                                and h.sectionViewportPosition(i) + need <= h.width()):
                out.append(f"{name(h.parentWidget())} header {text!r}: needs {need} px, has {h.sectionSize(i)}")
    for view in root.findChildren(QAbstractItemView):
        if not _shown(view) or view.model() is None:
            continue
        hbar = getattr(view, "horizontalScrollBar", None)
        if hbar is not None and view.horizontalScrollBar().isVisible():
            out.append(f"{name(view)}: a horizontal scroll bar (columns wider than the view)")
        out.extend(_cells(view, name(view)))
    return out


def _cells(view: QAbstractItemView, label: str) -> list[str]:
    """Visible cells whose text the delegate would elide (elided-by-design columns aside); in a word-wrapped
    view, cells whose wrapped text is taller than the row (Qt cuts the last line short with "…")."""
    out: list[str] = []
    model = view.model()
    if not hasattr(view, "columnWidth"):
        return out
    wrapped = bool(getattr(view, "wordWrap", lambda: False)())
    free = set(view.property("elidedColumns") or [])
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    parents = []  # the top rows and, in a tree, every expanded row's children (200 rows at most)

    def walk(parent):
        for row in range(model.rowCount(parent)):
            if len(parents) >= 200:
                return
            parents.append((row, parent))
            first = model.index(row, 0, parent)
            if model.rowCount(first) and getattr(view, "isExpanded", lambda _i: False)(first):
                walk(first)

    from PySide6.QtCore import QModelIndex
    walk(QModelIndex())
    for col in range(model.columnCount()):
        if header.isSectionHidden(col) or col in free:
            continue
        for row, parent in parents:
            idx = model.index(row, col, parent)
            rect = view.visualRect(idx)
            if not rect.isValid() or not view.viewport().rect().intersects(rect):
                continue
            text = str(model.data(idx, Qt.DisplayRole) or "")
            if not text or ("\n" in text and not wrapped):
                continue
            opt = QStyleOptionViewItem()
            opt.initFrom(view)
            opt.font = model.data(idx, Qt.FontRole) or view.font()
            opt.rect = rect
            view.itemDelegateForIndex(idx).initStyleOption(opt, idx)
            room = view.style().subElementRect(QStyle.SE_ItemViewItemText, opt, view).width()
            fm = view.fontMetrics() if model.data(idx, Qt.FontRole) is None else __import__(
                "PySide6.QtGui", fromlist=["QFontMetrics"]).QFontMetrics(opt.font)
            margin = view.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, view) + 1
            if wrapped:
                from PySide6.QtCore import QRect

                text_rect = view.style().subElementRect(QStyle.SE_ItemViewItemText, opt, view)
                need = fm.boundingRect(QRect(0, 0, max(text_rect.width() - 2 * margin, 1), 1_000_000),
                                       int(Qt.TextWordWrap), text).height()
                if need > text_rect.height() + 1:
                    out.append(f"{label} cell ({row},{col}) {text[:40]!r}: wrapped, needs {need} px high, "
                               f"has {text_rect.height()}")
                    break
                continue
            if fm.horizontalAdvance(text) + 2 * margin > room:
                out.append(f"{label} cell ({row},{col}) {text[:40]!r}: needs "
                           f"{fm.horizontalAdvance(text) + 2 * margin} px, has {room}")
                break  # one per column is enough to say it
    return out


# -- the tour --------------------------------------------------------------------------------------
def _box_of(trigger: Callable[[], object]) -> QMessageBox:
    """The message box ``trigger`` shows (QMessageBox.about/information), shown without blocking."""
    shown: list[QMessageBox] = []
    saved = {name: QMessageBox.__dict__[name] for name in ("about", "information")}

    def make(icon):
        def box(parent, title, text, *args, **kwargs):
            b = QMessageBox(icon, title, text, QMessageBox.Ok, parent)
            b.show()
            shown.append(b)
            return QMessageBox.Ok
        return staticmethod(box)

    QMessageBox.about = make(QMessageBox.NoIcon)
    QMessageBox.information = make(QMessageBox.Information)
    try:
        trigger()
    finally:
        for name, value in saved.items():
            setattr(QMessageBox, name, value)
    settle()
    return shown[-1]


def tour(window, store: Store, tmp: Path) -> Iterator[tuple[str, QWidget]]:
    """Yield (name, shown widget) for every page and dialog; each dialog is closed after its turn."""
    import dataclasses

    from qpp_reviewer.exchange.collate import CollationReport, FileReport
    from qpp_reviewer.exchange.report_text import collation_report_message
    from qpp_reviewer.qt.compare import CompareDialog
    from qpp_reviewer.qt.history import HistoryDialog
    from qpp_reviewer.qt.i18n import text as tr_core
    from qpp_reviewer.qt.new_review import NewReviewDialog
    from qpp_reviewer.qt.passphrase import NewPassphraseDialog, RecoveryKeyDialog, UnlockDialog
    from qpp_reviewer.qt.people import WhoDialog
    from qpp_reviewer.qt.reason_dialog import ReasonDialog
    from qpp_reviewer.qt.sampling_dialog import SampledCasesDialog, SamplingDialog
    from qpp_reviewer.qt.templates_dialog import InstallTemplateDialog, TemplateDiffDialog, TemplatesDialog

    old_template = store.templates()[0]
    changed = list(old_template.criteria)
    changed[1] = dataclasses.replace(changed[1], title=changed[1].title + " (revised wording)")
    new_template = dataclasses.replace(old_template, version=old_template.version + 1,
                                       criteria=tuple(changed[:-1]))
    tabs = window.ui.tabs
    tabs.setCurrentWidget(window.list_page)
    settle()
    yield "reviews", window
    tabs.setCurrentWidget(window.batch_page)
    settle()
    yield "batches", window
    tabs.setCurrentWidget(window.dashboard)
    settle()
    for _ in range(100):
        if not getattr(window.dashboard, "_stale", False) and not getattr(window.dashboard, "themes_pending", False):
            break
        settle(30)
    yield "dashboard", window
    # an open review with a comment needed, and a complete one
    in_progress = next(r for r in store.list_reviews() if r.status.value == "in_progress")
    editor = window.open_review(in_progress.id)
    settle()
    view = editor.ui.criteriaView
    view.setFocus()
    yield "editor", window
    done = next(r for r in store.list_reviews() if r.status.value == "complete")
    window.open_review(done.id)
    settle()
    yield "editor-complete", window
    window.close_tab(tabs.currentIndex())
    window.close_tab(tabs.indexOf(editor))
    # the review with its interview record beside the checklist: a search, a passage as evidence (issue 19)
    from .case_pdfs import interview_pdf

    record = interview_pdf(tmp / "interview-record.pdf", pages=14)
    store.documents.attach(in_progress.id, record)
    editor = window.open_review(in_progress.id)
    settle(150)
    documents = editor.documents
    doc = documents.pane.document
    first, last = doc.search("Q: Can you")[0], doc.search("home town")[0]
    quote, rects = doc.text_between(first.page, first.start, last.start + last.count - 1)
    store.documents.add_evidence(in_progress.id, editor.current_criterion(), doc.sha256, first.page + 1, quote, rects)
    documents.show_evidence()
    documents.pane.searchEdit.setText("interviewer notes")
    documents.pane.search("interviewer notes")
    documents.evidenceList.setCurrentRow(0)
    documents.pane.show_passage(first.page, list(rects))
    settle()
    yield "editor-documents", window
    window.close_tab(tabs.indexOf(editor))
    tabs.setCurrentWidget(window.list_page)
    settle()

    from qpp_reviewer.qt.appeals_dialog import OutcomesDialog
    from qpp_reviewer.qt.arbitrate_dialog import ArbitrateDialog
    from qpp_reviewer.qt.disputes_dialog import DisputesDialog
    from qpp_reviewer.qt.reply_dialog import ReplyDialog
    from qpp_reviewer.qt.round_trips import ConflictsDialog, QueriesDialog, WorkbooksDialog

    def dialog(name: str, make: Callable[[], QWidget]):
        d = make()
        d.show()
        settle()
        return name, d

    for name, make in (
        ("new-review", lambda: NewReviewDialog(store, "AB", window)),
        ("who", lambda: WhoDialog(store, window)),
        ("compare", lambda: CompareDialog(store, *store.complete_pairs()[0], window)),
        ("history", lambda: HistoryDialog(store, done.id, window)),
        ("reason", lambda: ReasonDialog(window, QCoreApplication.translate("ReviewEditor", "Reopen review"),
                                        QCoreApplication.translate(  # the editor's own prompt (Reopen…)
                                            "ReviewEditor", "Why is this review being reopened? (recorded with "
                                            "the review)"))),
        ("templates", lambda: TemplatesDialog(store, window)),
        ("template-install", lambda: InstallTemplateDialog(new_template, "checklist-v2.xlsx", store.templates(),
                                                           window)),
        ("template-diff", lambda: TemplateDiffDialog(store, old_template, new_template, window)),
        ("passphrase-new", lambda: NewPassphraseDialog("demo.sqlite3", window)),
        ("recovery-key", lambda: RecoveryKeyDialog("K7QF-2M9X-PL4D-8WZR-C3VN-H6TB-Y1JS-5EGA", window)),
        ("unlock", lambda: UnlockDialog(tmp / "demo.sqlite3", window)),
        ("queries", lambda: QueriesDialog(window)),
        ("conflicts", lambda: ConflictsDialog(window)),
        ("workbooks", lambda: WorkbooksDialog(window)),
        ("outcomes", lambda: OutcomesDialog(window)),
        ("reply", lambda: ReplyDialog(store, done.id, window)),
        ("arbitrate", lambda: ArbitrateDialog(store, done.id, _disputed(store, done.id), window)),
        ("disputes", lambda: DisputesDialog(window)),
    ):
        n, d = dialog(name, make)
        try:
            yield n, d
        finally:
            d.hide()  # the recovery key dialog refuses close() until its key is written down
            d.deleteLater()
    window.ui.actionKeyboardHelp.trigger()
    settle()
    help_dialog = window.last_help_dialog
    try:
        yield "shortcuts", help_dialog
    finally:
        help_dialog.close()
    box = _box_of(window.ui.actionAbout.trigger)
    try:
        yield "about", box
    finally:
        box.close()
        box.deleteLater()
    d = SamplingDialog(store, "QL", window)
    d.show()
    settle()
    try:
        yield "sampling", d
        d.load_file(case_list(tmp / "cases.csv"))
        settle()
        yield "sampling-read", d
        if d.draw_button.isEnabled() and d.draw(confirm=False):
            settle()
            yield "sampling-drawn", d
    finally:
        d.close()
        d.deleteLater()
    d = SampledCasesDialog(store, "QL", None, window)
    d.show()
    settle()
    try:
        yield "sampled-cases", d
    finally:
        d.close()
        d.deleteLater()
    box = QMessageBox(QMessageBox.Information, QCoreApplication.translate("MainWindow", "Collation report"),
                      QCoreApplication.translate("MainWindow", "{n} workbooks read").format(n=3)
                      + QCoreApplication.translate("MainWindow", ", {rejected} rejected.\nReviews: {added} added, "
                                                   "{unchanged} unchanged, {conflicts} conflicting; "
                                                   "{discrepancies} band discrepancies.").format(
                          rejected=1, added=12, unchanged=3, conflicts=1, discrepancies=2),
                      QMessageBox.Ok, window)
    report = CollationReport(files=[
        FileReport(tmp / "glasgow-ab.xlsx", added=12, unchanged=3, conflicts=["L2000001/001 (decision): "
                   "another copy with other findings is held"], templates_added=["qpp-decision v2"],
                   signer="AB", signer_fingerprint="3F2A 9C1B 77D0 44E8"),
        FileReport(tmp / "liverpool-cd.xlsx", added=1234, signer="CD", signer_fingerprint="0B6E 1D93 A2C4 5F70"),
        FileReport(tmp / "bad.xlsx", errors=["bad.xlsx: is not a complete .xlsx workbook"])])
    box.setDetailedText(tr_core(collation_report_message(report)))
    box.show()
    settle()
    try:
        yield "collation-report", box
        details = next((b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ActionRole), None)
        if details is not None:
            details.click()
            settle()
            yield "collation-report-details", box
    finally:
        box.close()
        box.deleteLater()
