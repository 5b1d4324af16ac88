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


def test_pages_are_drawn_at_the_screen_s_pixels_for_any_zoom(pane, qtbot):
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
    qtbot.keyClick(focus(), Qt.Key_Escape)
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
