"""The case document beside the checklist (issue 19), driven as a reviewer does: the actions of the
Review menu and their keys, keys sent to whatever has the keyboard, the mouse dragged over the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from qpp_reviewer.documents import open_document
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.document_pane import DocumentPane

from .case_pdfs import QUOTE, QUOTE_PAGE, interview_pdf, scan_pdf


def focus():
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard"
    return w


def drag(qtbot, view, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(view, Qt.LeftButton, Qt.NoModifier, start)
    for k in range(1, 5):  # a drag moves through the points between
        qtbot.mouseMove(view, start + (end - start) * (k / 4))
    qtbot.mouseRelease(view, Qt.LeftButton, Qt.NoModifier, end)


def on_page(view, x: float, y: float) -> QPoint:
    """The pixel of a page point (points from the top-left) at the view's zoom."""
    return QPoint(round(x * view.zoom), round(y * view.zoom))


@pytest.fixture
def pane(qtbot, tmp_path):
    make_application()
    p = DocumentPane()
    qtbot.addWidget(p)
    p.resize(600, 800)
    p.show()
    qtbot.waitExposed(p)
    docs = []
    yield p, tmp_path, docs
    for d in docs:
        d.close()


def show(p, docs, path, message=""):
    doc = open_document(path)
    docs.append(doc)
    p.set_documents([(doc.name, doc, message)])
    return doc


def test_pages_are_drawn_at_the_screen_s_pixels_for_any_zoom(pane, qtbot, monkeypatch):
    p, tmp, docs = pane
    doc = show(p, docs, interview_pdf(tmp / "record.pdf"))
    view = p.view
    w, h = doc.page_size(0)
    assert view.width() == pytest.approx(w * p.zoom, abs=1)  # fit width: the page as wide as the pane
    assert view.width() <= p.scroll.viewport().width()
    dpr = p.devicePixelRatioF()
    assert view.image.width() == pytest.approx(w * p.zoom * dpr, abs=2)  # rendered for the pixels it fills
    before = view.image.width()
    p.zoomInButton.click()
    assert not p.fit_width and view.image.width() > before  # drawn again at the new zoom, not stretched
    assert view.image.width() == pytest.approx(w * p.zoom * dpr, abs=2)
    p.fitButton.click()
    assert p.fit_width and view.image.width() == before
    from qpp_reviewer.qt import document_pane

    MAX_PIXELS = 4_000_000  # a bound the offscreen screen reaches (the real one is met by 400 % at 2x)
    monkeypatch.setattr(document_pane, "MAX_PIXELS", MAX_PIXELS)
    for _ in range(12):  # to the largest zoom: the page as large, its pixels within the bound
        p.zoomInButton.click()
    assert p.zoom_percent() == 400 and view.width() == pytest.approx(w * p.zoom, abs=1)
    assert view.image.width() * view.image.height() <= MAX_PIXELS * 1.005  # (pixels rounded up)
    assert view.image.width() == pytest.approx(min(w * p.zoom * dpr, (MAX_PIXELS * w / h) ** 0.5), abs=2)


def test_page_keys_and_the_page_box(pane, qtbot):
    p, tmp, docs = pane
    show(p, docs, interview_pdf(tmp / "record.pdf", pages=5))
    p.view.setFocus()
    qtbot.keyClick(focus(), Qt.Key_PageDown)
    qtbot.keyClick(focus(), Qt.Key_PageDown)
    assert p.page == 2 and p.pageBox.value() == 3
    qtbot.keyClick(focus(), Qt.Key_PageUp)
    assert p.page == 1
    p.pageBox.setFocus()
    p.pageBox.selectAll()
    qtbot.keyClicks(focus(), "5")
    qtbot.keyClick(focus(), Qt.Key_Return)
    assert p.page == 4 and p.pagesLabel.text() == "of 5"
    p.view.setFocus()
    qtbot.keyClick(focus(), Qt.Key_PageDown)  # the last page stays
    assert p.page == 4


def test_search_highlights_the_hit_on_its_page_and_walks_the_hits(pane, qtbot):
    p, tmp, docs = pane
    show(p, docs, interview_pdf(tmp / "record.pdf", pages=9))
    p.searchEdit.setFocus()
    qtbot.keyClicks(focus(), "keep your answers")
    qtbot.keyClick(focus(), Qt.Key_Return)
    assert p.page == QUOTE_PAGE - 1 and p.hitsLabel.text() == "1 of 1"
    assert p.view.current_hit and p.view.hits
    qtbot.keyClick(focus(), Qt.Key_Escape)  # back to the page, the hit still marked
    assert focus() is p.view and p.view.current_hit
    p.searchEdit.setFocus()
    p.searchEdit.selectAll()
    qtbot.keyClicks(focus(), "interviewer notes")
    qtbot.keyClick(focus(), Qt.Key_Return)
    assert p.hitsLabel.text().endswith("of 9")
    first = p.page
    qtbot.keyClick(focus(), Qt.Key_Return)  # Enter again: the next hit
    assert p.page == (first + 1) % 9
    p.previousHitButton.click()
    assert p.page == first
    p.searchEdit.selectAll()
    qtbot.keyClicks(focus(), "no such words")
    qtbot.keyClick(focus(), Qt.Key_Return)
    assert p.hitsLabel.text() == "not found" and p.view.hits == []


def test_a_drag_over_text_selects_its_characters(pane, qtbot):
    p, tmp, docs = pane
    show(p, docs, interview_pdf(tmp / "record.pdf"))
    p.go_to_page(QUOTE_PAGE - 1)
    view = p.view
    hit = p.document.search("Q: Can you")[0]
    x0, y0, x1, y1 = hit.rects[0]
    mid = (y0 + y1) / 2
    end = p.document.search("home town")[0].rects[0]
    drag(qtbot, view, on_page(view, x0 + 1, mid), on_page(view, end[2] - 1, mid))
    s = p.selection()
    assert s is not None and s.page == QUOTE_PAGE - 1 and not s.box
    assert s.text.startswith("Q: Can you keep your answers short") and s.text.rstrip("?").endswith("home town")
    assert s.rects and s.rects[0][0] == pytest.approx(x0, abs=2)
    assert "Selected on p. 7" in p.selectionLabel.text()
    QApplication.clipboard().setText("")
    qtbot.keyClick(focus(), Qt.Key_C, Qt.ControlModifier)  # the page has the keyboard after the drag
    assert QApplication.clipboard().text() == s.text
    qtbot.keyClick(focus(), Qt.Key_End)
    assert p.page == p.document.page_count - 1 and p.selection() is None
    qtbot.keyClick(focus(), Qt.Key_Home)
    assert p.page == 0
    p.zoomInButton.click()
    p.zoomInButton.click()
    bar = p.scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    p.view.setFocus()
    qtbot.keyClick(focus(), Qt.Key_Down)
    assert bar.value() == 40
    qtbot.keyClick(focus(), Qt.Key_Space)
    assert bar.value() > 40


def test_a_box_on_a_scanned_page(pane, qtbot):
    p, tmp, docs = pane
    doc = show(p, docs, scan_pdf(tmp / "scan.pdf"), message="no text layer")
    assert p.messageLabel.isVisible() and p.messageLabel.text() == "no text layer"
    view = p.view
    drag(qtbot, view, on_page(view, 100, 100), on_page(view, 300, 200))
    s = p.selection()
    assert s is not None and s.box and s.text == ""
    assert s.rects[0] == pytest.approx((100, 100, 300, 200), abs=2)
    assert "Box selected on p. 1" in p.selectionLabel.text()
    drag(qtbot, view, on_page(view, 100, 100), on_page(view, 101, 101))  # a click: no selection
    assert p.selection() is None
    assert doc.page_count == 2


# -- in the review window ---------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from qpp_reviewer.qt.main_window import MainWindow
    from qpp_reviewer.storage.store import Store

    make_application()
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2])))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)  # no private copy
    store = Store.open(tmp_path / "a.sqlite3")
    store.actor = "AB"
    w = MainWindow(store)
    w.shown_boxes = shown
    w.qtbot = qtbot
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.activateWindow()
    QApplication.setActiveWindow(w)
    qtbot.waitExposed(w)
    yield w
    w.close()
    store.close()


def open_review(window):
    from .helpers import header

    rid = window.store.create_review(header())
    editor = window.open_review(rid)
    return editor


def attach(window, monkeypatch, path):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.ui.actionAttachDocument.trigger()
    qtbot = window.qtbot
    qtbot.wait(100)  # the splitter takes its sizes and the page its width, as on screen
    qtbot.waitUntil(lambda: not window.current_editor().documents.pane._resize_timer.isActive())


def test_attach_search_select_evidence_and_back_by_keys(window, qtbot, monkeypatch, tmp_path):
    editor = open_review(window)
    pane = editor.documents.pane
    assert not pane.isVisible() and not editor.documents.evidenceList.isVisible()  # no document: as before
    record = interview_pdf(tmp_path / "record.pdf")
    attach(window, monkeypatch, record)
    assert window.shown_boxes == []
    assert window.ui.statusBar.currentMessage().startswith("record.pdf attached (12 pages)")
    assert pane.isVisible() and pane.document is not None and pane.pagesLabel.text() == "of 12"
    stored = window.store.documents.list(editor.review.id)
    assert [d.name for d in stored] == ["record.pdf"] and stored[0].page_count == 12
    cid = editor.current_criterion()
    # find the passage: Ctrl+F from the checklist, type, Enter
    editor.ui.criteriaView.setFocus()
    qtbot.keyClick(focus(), Qt.Key_F, Qt.ControlModifier)
    assert focus() is pane.searchEdit
    qtbot.keyClicks(focus(), "keep your answers")
    qtbot.keyClick(focus(), Qt.Key_Return)
    assert pane.page == QUOTE_PAGE - 1 and pane.view.current_hit
    # select it with the mouse
    view = pane.view
    x0, y0, _x1, y1 = pane.document.search("Q: Can you")[0].rects[0]
    end = pane.document.search("home town")[0].rects[0]
    mid = (y0 + y1) / 2
    drag(qtbot, view, on_page(view, x0 + 1, mid), on_page(view, end[2] - 1, mid))
    assert pane.selection().text.startswith("Q: Can you keep")
    # attach it to the current criterion's finding with its key
    qtbot.keyClick(focus(), Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    items = window.store.documents.evidence(editor.review.id, cid)
    assert len(items) == 1
    item = items[0]
    assert item.page == QUOTE_PAGE and item.quote.startswith("Q: Can you keep your answers short")
    assert item.document_sha256 == stored[0].sha256 and item.rects and item.rects[0][0] == pytest.approx(x0, abs=2)
    lst = editor.documents.evidenceList
    assert lst.isVisible() and lst.count() == 1 and lst.item(0).text().startswith("p. 7: “Q: Can you keep")
    # elsewhere in the document, then back to the passage from the finding panel (Enter on it)
    view.setFocus()
    qtbot.keyClick(focus(), Qt.Key_PageUp)
    qtbot.keyClick(focus(), Qt.Key_PageUp)
    assert pane.page == QUOTE_PAGE - 3 and pane.view.marks == []
    lst.setFocus()
    lst.setCurrentRow(0)
    qtbot.keyClick(focus(), Qt.Key_Return)
    assert pane.page == QUOTE_PAGE - 1 and pane.view.marks == list(item.rects)
    # and by a click on it
    pane.go_to_page(0)
    rect = lst.visualItemRect(lst.item(0))
    qtbot.mouseClick(lst.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    assert pane.page == QUOTE_PAGE - 1 and pane.view.marks == list(item.rects)
    # the next criterion has none of it
    editor.ui.criteriaView.setFocus()
    qtbot.keyClick(focus(), Qt.Key_Down)
    assert editor.current_criterion() != cid
    assert lst.count() == 1 and not (lst.item(0).flags() & Qt.ItemIsSelectable)  # the "none yet" line
    assert window.store.documents.evidence(editor.review.id, editor.current_criterion()) == []


def test_the_focus_cycle_and_the_checklist_keys_unchanged(window, qtbot, monkeypatch, tmp_path):
    from qpp_reviewer.domain import Severity

    editor = open_review(window)
    attach(window, monkeypatch, interview_pdf(tmp_path / "record.pdf"))
    ui, pane = editor.ui, editor.documents.pane
    ui.criteriaView.setFocus()
    qtbot.keyClick(focus(), Qt.Key_F6)
    assert focus() is ui.commentEdit
    qtbot.keyClick(focus(), Qt.Key_F6)
    assert focus() is pane.view
    qtbot.keyClick(focus(), Qt.Key_F6)
    assert focus() is ui.criteriaView
    window.ui.actionNextPane.trigger()
    assert focus() is ui.commentEdit
    qtbot.keyClick(focus(), Qt.Key_Escape)
    assert focus() is ui.criteriaView
    cid = editor.current_criterion()
    qtbot.keyClick(focus(), Qt.Key_1)  # a finding key still sets the finding, and moves on
    assert window.store.get_review(editor.review.id).findings[cid].severity is Severity.NO_ERROR
    assert editor.current_criterion() != cid


def test_evidence_needs_a_selection_and_an_open_review(window, qtbot, monkeypatch, tmp_path):
    window.ui.actionAttachEvidence.trigger()  # the list: no review
    assert window.shown_boxes and "Open a review first" in window.shown_boxes[-1][1]
    editor = open_review(window)
    messages = []
    editor.status_message.connect(messages.append)
    window.ui.actionAttachEvidence.trigger()
    assert "Attach a document first" in messages[-1]
    window.ui.actionFindInDocument.trigger()
    assert "No document to search" in messages[-1]
    attach(window, monkeypatch, interview_pdf(tmp_path / "record.pdf"))
    window.ui.actionAttachEvidence.trigger()
    assert "Select a passage" in messages[-1]
    assert window.store.documents.evidence(editor.review.id) == []


def test_a_box_on_a_scan_is_evidence_and_delete_removes_it(window, qtbot, monkeypatch, tmp_path):
    editor = open_review(window)
    attach(window, monkeypatch, scan_pdf(tmp_path / "scan.pdf"))
    pane = editor.documents.pane
    assert pane.messageLabel.isVisible() and "no text layer" in pane.messageLabel.text()
    assert pane.documentCombo.currentText() == "scan.pdf"
    view = pane.view
    drag(qtbot, view, on_page(view, 80, 120), on_page(view, 380, 260))
    window.ui.actionAttachEvidence.trigger()
    items = window.store.documents.evidence(editor.review.id, editor.current_criterion())
    assert len(items) == 1 and items[0].quote == "" and items[0].rects[0] == pytest.approx((80, 120, 380, 260), abs=2)
    lst = editor.documents.evidenceList
    assert lst.item(0).text() == "p. 1: a marked area"
    lst.setFocus()
    lst.setCurrentRow(0)
    qtbot.keyClick(focus(), Qt.Key_Delete)
    assert window.store.documents.evidence(editor.review.id) == []


@pytest.mark.parametrize("bad", ["encrypted", "damaged"])
def test_a_document_that_cannot_be_opened_is_said_and_nothing_is_attached(window, qtbot, monkeypatch, tmp_path,
                                                                          bad):
    editor = open_review(window)
    path = tmp_path / "bad.pdf"
    if bad == "encrypted":
        interview_pdf(path, encrypt="secret")
    else:
        path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nthis is not the rest of a PDF")
    attach(window, monkeypatch, path)
    kind, text = window.shown_boxes[-1]
    assert kind == "warning" and "bad.pdf" in text
    assert ("password" in text) if bad == "encrypted" else ("damaged" in text)
    assert window.store.documents.list(editor.review.id) == [] and not editor.documents.pane.isVisible()


def test_moved_changed_and_vanished_documents(window, qtbot, monkeypatch, tmp_path):
    editor = open_review(window)
    folder = tmp_path / "case"
    folder.mkdir()
    path = interview_pdf(folder / "record.pdf")
    attach(window, monkeypatch, path)
    rid = editor.review.id
    pane = editor.documents.pane
    assert not pane.messageLabel.isVisible()
    # the file goes while it is open: the pane says so, the page stays shown
    moved = folder / "record-renamed.pdf"
    path.rename(moved)
    editor.documents.check_origin()
    assert pane.messageLabel.isVisible() and "moved or deleted" in pane.messageLabel.text()
    assert pane.view.image is not None
    # opened again: found by its hash in the same folder
    window.ui.actionCloseTab.trigger()  # Review ▸ Close tab (Ctrl+W), as a person closes it
    editor = window.open_review(rid)
    pane = editor.documents.pane
    assert pane.document is not None and "was moved: found at" in pane.messageLabel.text()
    assert pane.documentCombo.currentText() == "record.pdf"  # found: a notice, not a warning
    # a different file where it was: flagged, not shown as the document the findings were made on
    window.ui.actionCloseTab.trigger()  # Review ▸ Close tab (Ctrl+W), as a person closes it
    moved.unlink()
    interview_pdf(path, pages=3)
    editor = window.open_review(rid)
    pane = editor.documents.pane
    assert pane.document is None
    assert "not the document the findings were made on" in pane.messageLabel.text()
    assert pane.documentCombo.currentText().startswith("⚠")


def test_compare_and_agree_shows_both_reviewers_evidence(qtbot, tmp_path, monkeypatch):
    from qpp_reviewer.domain import Role, Severity
    from qpp_reviewer.qt.compare import CompareDialog
    from qpp_reviewer.storage.store import Store

    from .helpers import header

    make_application()
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: None)
    store = Store.open(tmp_path / "c.sqlite3")
    store.add_profile("AB", Role.AUDITOR)
    store.add_profile("CD", Role.TECH_SPEC)
    record = interview_pdf(tmp_path / "record.pdf")
    store.actor = "AB"
    first = store.create_review(header(reviewer="AB"))
    crit = store.get_review(first).criteria
    sha = store.documents.attach(first, record).sha256
    store.documents.add_evidence(first, crit[0].id, sha, QUOTE_PAGE, QUOTE, [(72, 70, 400, 84)])
    for c in crit:
        store.set_finding(first, c.id, Severity.NO_ERROR)
    store.complete_review(first)
    second = store.request_second_review(first, "CD")
    store.actor = "CD"
    store.documents.attach(second, record)
    store.documents.add_evidence(second, crit[0].id, sha, 2, "", [(60, 60, 300, 200)])
    store.set_finding(second, crit[0].id, Severity.MINOR)
    store.set_comment(second, crit[0].id, "Not explored.")
    for c in crit[1:]:
        store.set_finding(second, c.id, Severity.NO_ERROR)
    store.complete_review(second)
    dialog = CompareDialog(store, first, second)
    qtbot.addWidget(dialog)
    first_cell, second_cell = dialog.table.item(0, 1).text(), dialog.table.item(0, 2).text()
    assert first_cell.startswith("No error\np. 7: 'Q: Can you keep your answers short")
    assert second_cell == "Minor: Not explored.\np. 2: a marked area"
    assert dialog.table.item(1, 1).text() == "No error"  # no evidence: the finding alone
    store.close()


def test_the_splitter_sizes_are_remembered(window, qtbot, monkeypatch, tmp_path):
    editor = open_review(window)
    attach(window, monkeypatch, interview_pdf(tmp_path / "record.pdf"))
    splitter = editor.ui.splitter
    first = splitter.sizes()
    assert first[2] >= 360 and first[0] <= sum(first) // 3 + 1  # the page gets the room
    splitter.moveSplitter(first[0] + first[1] - 120, 2)  # the handle before the document, dragged left
    moved = splitter.sizes()
    assert moved[2] > first[2]
    window.ui.actionCloseTab.trigger()  # Review ▸ Close tab (Ctrl+W), as a person closes it
    editor = window.open_review(editor.review.id)
    # the sizes are put back once the pane is laid out (a busy machine takes longer than an idle one)
    qtbot.waitUntil(lambda: editor.ui.splitter.sizes() == pytest.approx(moved, abs=3), timeout=5000)


def test_a_complete_review_keeps_its_evidence_until_reopened(window, qtbot, monkeypatch, tmp_path):
    from qpp_reviewer.domain import Severity

    editor = open_review(window)
    rid = editor.review.id
    attach(window, monkeypatch, scan_pdf(tmp_path / "scan.pdf"))
    for c in editor.review.criteria:
        window.store.set_finding(rid, c.id, Severity.NO_ERROR)
    window.store.complete_review(rid)
    window.ui.actionCloseTab.trigger()  # Review ▸ Close tab (Ctrl+W), as a person closes it
    editor = window.open_review(rid)
    qtbot.wait(100)
    messages = []
    editor.status_message.connect(messages.append)
    view = editor.documents.pane.view
    drag(qtbot, view, on_page(view, 80, 120), on_page(view, 380, 260))
    qtbot.keyClick(focus(), Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    assert "reopen it" in messages[-1]
    assert window.store.documents.evidence(rid) == []


def test_a_long_document_is_searched_with_a_wait_cursor_given_back(pane, qtbot):
    p, tmp, docs = pane
    show(p, docs, interview_pdf(tmp / "long.pdf", pages=60, quote_page=55))
    p.searchEdit.setFocus()
    qtbot.keyClicks(focus(), "interviewer notes")
    qtbot.keyClick(focus(), Qt.Key_Return)
    assert p.hitsLabel.text() == "1 of 60" and QApplication.overrideCursor() is None
    p.searchEdit.selectAll()
    qtbot.keyClicks(focus(), "keep your answers")
    qtbot.keyClick(focus(), Qt.Key_Return)
    assert p.page == 54 and p.pageBox.value() == 55


def test_zoom_keys(pane, qtbot):
    p, tmp, docs = pane
    show(p, docs, interview_pdf(tmp / "record.pdf", pages=2))
    p.view.setFocus()
    start = p.zoom_percent()
    qtbot.keyClick(focus(), Qt.Key_Equal, Qt.ControlModifier)
    qtbot.keyClick(focus(), Qt.Key_Plus, Qt.ControlModifier)
    assert p.zoom_percent() > start and not p.fit_width
    bigger = p.zoom_percent()
    qtbot.keyClick(focus(), Qt.Key_Minus, Qt.ControlModifier)
    assert p.zoom_percent() < bigger


def test_evidence_by_the_keyboard_alone(window, qtbot, monkeypatch, tmp_path):
    """No mouse: Ctrl+F, the passage's words, Enter, Ctrl+Shift+E attaches the hit shown."""
    editor = open_review(window)
    attach(window, monkeypatch, interview_pdf(tmp_path / "record.pdf"))
    editor.ui.criteriaView.setFocus()
    cid = editor.current_criterion()
    qtbot.keyClick(focus(), Qt.Key_F, Qt.ControlModifier)
    qtbot.keyClicks(focus(), "keep your answers short")
    qtbot.keyClick(focus(), Qt.Key_Return)
    assert "Found on p. 7" in editor.documents.pane.selectionLabel.text()
    qtbot.keyClick(focus(), Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    (item,) = window.store.documents.evidence(editor.review.id, cid)
    assert (item.page, item.quote) == (QUOTE_PAGE, "keep your answers short") and item.rects
    qtbot.keyClick(focus(), Qt.Key_Escape)  # the search field: back to the page
    qtbot.keyClick(focus(), Qt.Key_F6)  # and on to the checklist, where the finding keys work as before
    assert focus() is editor.ui.criteriaView


def test_the_file_dialog_opens_where_the_case_s_files_are(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from qpp_reviewer.domain import Severity

    folder = tmp_path / "case L123"
    folder.mkdir()
    editor = open_review(window)
    rid = editor.review.id
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda parent, title, start, *a, **k: (
        asked.append(start) or (str(interview_pdf(folder / "record.pdf")), "")))
    window.ui.actionAttachDocument.trigger()
    # a second review of the same case: the dialog starts in the first review's document folder
    for c in editor.review.criteria:
        window.store.set_finding(rid, c.id, Severity.NO_ERROR)
    window.store.complete_review(rid)
    second = window.store.request_second_review(rid, "CD")
    window.store.actor = "CD"
    window.open_review(second)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda parent, title, start, *a, **k: (
        asked.append(start) or ("", "")))
    window.ui.actionAttachDocument.trigger()  # cancelled: nothing attached
    assert asked == ["", str(folder)]
    assert window.store.documents.list(second) == []


def test_a_kept_copy_is_shown_when_the_file_changed(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)  # keep a copy
    editor = open_review(window)
    path = interview_pdf(tmp_path / "record.pdf")
    attach(window, monkeypatch, path)
    rid = editor.review.id
    assert window.store.documents.list(rid)[0].has_copy
    window.ui.actionCloseTab.trigger()  # Review ▸ Close tab (Ctrl+W), as a person closes it
    interview_pdf(path, pages=3)  # someone saved another version over it
    editor = window.open_review(rid)
    pane = editor.documents.pane
    assert pane.document is not None and pane.pagesLabel.text() == "of 12"  # the copy: the findings' document
    assert "not the document the findings were made on" in pane.messageLabel.text()
    assert pane.documentCombo.currentText() == "⚠ record.pdf"
