"""The case document beside the checklist (issue 19): a page at a time, crisp at any zoom, searched,
selected by mouse drag (characters on a text page, a box on a scanned one).

The pane only shows and selects: reading the file (pages, text, positions, problems) is the core's
(``qpp_reviewer.documents``); keeping documents and evidence is the store's. Positions are in PDF
points from the page's top-left corner, ``(x0, y0, x1, y1)``; the pane turns them into pixels at its zoom.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QSizePolicy, QSpinBox, QToolButton,
    QVBoxLayout, QWidget,
)

Rect = tuple[float, float, float, float]

ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
POINT_TO_PIXEL = 96 / 72  # zoom 100 %: a page the size it is on paper, at a 96-dpi screen
CHAR_TOLERANCE = 4.0  # points around a character still count as on it
MIN_BOX = 4.0  # a box smaller than this (points) is a click, not a selection
MAX_PIXELS = 24_000_000  # the most pixels one rendered page may have (96 MB)


@dataclass
class Selection:
    """What the reviewer marked on a page: the quote (empty for a box on a scanned page) and where."""

    page: int  # 0-based
    text: str
    rects: list[Rect]
    box: bool = False


def to_qimage(rendered) -> QImage:
    """The core's rendered page (``documents.Rendered``: RGBX pixels) as a QImage, without conversion."""
    image = QImage(rendered.data, rendered.width, rendered.height, rendered.stride, QImage.Format_RGBX8888)
    return image.copy()  # the QImage owns its pixels: ``rendered`` can go


class PageView(QWidget):
    """One page: the rendered image at zoom × device pixels, the hits, the selection and the evidence shown."""

    selection_changed = Signal()

    def __init__(self, pane: "DocumentPane"):
        super().__init__(pane)
        self.pane = pane
        self.setObjectName("documentPage")
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMouseTracking(False)
        self.setCursor(Qt.IBeamCursor)
        self.image: QImage | None = None
        self.page = 0
        self.zoom = 1.0  # logical pixels per point
        self.hits: list[Rect] = []
        self.current_hit: list[Rect] = []
        self.marks: list[Rect] = []  # an evidence item shown
        self.selection: Selection | None = None
        self._press: QPointF | None = None
        self._press_char: int | None = None
        self._drag: QPointF | None = None

    # -- showing -------------------------------------------------------------
    def show_page(self, page: int, image: QImage | None, zoom: float, size_points: tuple[float, float]) -> None:
        if page != self.page:
            self.selection = None
            self.hits, self.current_hit, self.marks = [], [], []
        self.page, self.image, self.zoom = page, image, zoom
        w, h = size_points
        self.setFixedSize(QSize(max(1, round(w * zoom)), max(1, round(h * zoom))))
        self.update()

    def to_widget(self, r: Rect) -> QRectF:
        z = self.zoom
        return QRectF(QPointF(r[0] * z, r[1] * z), QPointF(r[2] * z, r[3] * z)).normalized()

    def to_page(self, p: QPointF) -> tuple[float, float]:
        return p.x() / self.zoom, p.y() / self.zoom

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        image = self.image
        if image is None:
            painter.fillRect(self.rect(), QColor("white"))
        elif image.deviceIndependentSize().toSize() == self.size():
            painter.drawImage(QPointF(0, 0), image)  # pixel for pixel: no scaling pass
        else:  # rendered with fewer pixels than the screen's (MAX_PIXELS)
            painter.drawImage(QRectF(self.rect()), image)
        for rects, colour in ((self.hits, QColor(255, 210, 0, 90)), (self.current_hit, QColor(255, 140, 0, 140)),
                              (self.marks, QColor(0, 160, 80, 90))):
            for r in rects:
                painter.fillRect(self.to_widget(r), colour)
        if self.selection is not None:
            for r in self.selection.rects:
                painter.fillRect(self.to_widget(r), QColor(40, 110, 220, 90))
            if self.selection.box:
                painter.setPen(QPen(QColor(40, 110, 220), 1.5, Qt.DashLine))
                for r in self.selection.rects:
                    painter.drawRect(self.to_widget(r))
        painter.setPen(QPen(QColor("#999999")))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def keyPressEvent(self, event) -> None:
        """Arrows and Space scroll the page (PgUp/PgDn turn it: the pane's keys); Ctrl+C copies the selection."""
        bar = self.pane.scroll.verticalScrollBar()
        hbar = self.pane.scroll.horizontalScrollBar()
        key = event.key()
        if event.matches(QKeySequence.Copy):
            if self.selection is not None and self.selection.text:
                QApplication.clipboard().setText(self.selection.text)
            return
        steps = {Qt.Key_Down: (bar, 40), Qt.Key_Up: (bar, -40), Qt.Key_Right: (hbar, 40), Qt.Key_Left: (hbar, -40),
                 Qt.Key_Space: (bar, bar.pageStep() * (-1 if event.modifiers() & Qt.ShiftModifier else 1))}
        if key in steps:
            which, step = steps[key]
            which.setValue(which.value() + step)
            return
        if key == Qt.Key_Home:
            self.pane.go_to_page(0)
            return
        if key == Qt.Key_End and self.pane.document is not None:
            self.pane.go_to_page(self.pane.document.page_count - 1)
            return
        super().keyPressEvent(event)

    # -- selecting -----------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.LeftButton or self.pane.document is None:
            return super().mousePressEvent(event)
        self.setFocus(Qt.MouseFocusReason)
        self._press = event.position()
        x, y = self.to_page(self._press)
        self._press_char = self.pane.document.char_index_at(self.page, x, y, CHAR_TOLERANCE)
        self._drag = None
        self.selection = None
        self.update()

    def mouseMoveEvent(self, event) -> None:
        if self._press is None:
            return
        self._drag = event.position()
        self._update_selection(final=False)

    def mouseReleaseEvent(self, event) -> None:
        if self._press is None or event.button() != Qt.LeftButton:
            return
        self._drag = event.position()
        self._update_selection(final=True)
        self._press = None
        self.selection_changed.emit()

    def _update_selection(self, final: bool) -> None:
        doc = self.pane.document
        x0, y0 = self.to_page(self._press)
        x1, y1 = self.to_page(self._drag)
        if self._press_char is not None:
            # past the end of a line, or between lines: the nearest character within a line's height
            end = doc.char_index_at(self.page, x1, y1, CHAR_TOLERANCE)
            if end is None:
                end = doc.char_index_at(self.page, x1, y1, CHAR_TOLERANCE * 4)
            if end is None and self.selection is None:
                end = self._press_char
            if end is not None:
                first, last = sorted((self._press_char, end))
                text, rects = doc.text_between(self.page, first, last)
                self.selection = Selection(self.page, text, rects) if text.strip() else None
        else:
            box = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            if box[2] - box[0] < MIN_BOX or box[3] - box[1] < MIN_BOX:
                self.selection = None
            else:
                text = doc.text_in_box(self.page, box) if final else ""
                self.selection = Selection(self.page, " ".join(text.split()), [box], box=True)
        self.update()


class DocumentPane(QFrame):
    """The documents attached to a review, one page shown at a time.

    ``documents`` are (label, opened document or None, problem text) triples the editor gives; the
    pane never opens files itself, so what is wrong with one is said the same way everywhere."""

    selection_changed = Signal()
    document_changed = Signal(int)  # index in the combo
    shown = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("documentPane")
        self.setFrameShape(QFrame.StyledPanel)
        self.document = None  # the shown document (the core's object) or None
        self.page = 0
        self.zoom = 1.0
        self.fit_width = True
        self.hits: list = []
        self.hit_index = -1
        self._hits_for = ""
        self._entries: list[tuple[str, object, str]] = []
        self._rendered: tuple | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.documentCombo = QComboBox(self)
        self.documentCombo.setObjectName("documentCombo")
        self.documentCombo.setAccessibleName(self.tr("Document"))
        self.documentCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.documentCombo.setMinimumContentsLength(8)
        self.documentCombo.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.documentCombo.currentIndexChanged.connect(self._combo_changed)
        layout.addWidget(self.documentCombo)  # a row of its own: the file's name whole in a narrow pane
        self.pageBox = QSpinBox(self)
        self.pageBox.setObjectName("pageBox")
        self.pageBox.setAccessibleName(self.tr("Page"))
        self.pageBox.setMinimum(1)
        self.pageBox.setKeyboardTracking(False)
        self.pageBox.valueChanged.connect(lambda v: self.go_to_page(v - 1))
        top.addWidget(self.pageBox)
        self.pagesLabel = QLabel(self)
        self.pagesLabel.setObjectName("pagesLabel")
        top.addWidget(self.pagesLabel)
        self.zoomOutButton = self._tool("−", self.tr("Zoom out (Ctrl+-)"), lambda: self.step_zoom(-1))
        self.zoomInButton = self._tool("+", self.tr("Zoom in (Ctrl++)"), lambda: self.step_zoom(1))
        self.fitButton = self._tool(self.tr("Fit width"), self.tr("Fit the page to the pane's width"),
                                    lambda: self.set_fit_width(True))
        top.addStretch(1)
        for b in (self.zoomOutButton, self.zoomInButton, self.fitButton):
            top.addWidget(b)
        layout.addLayout(top)

        find = QHBoxLayout()
        self.searchEdit = QLineEdit(self)
        self.searchEdit.setObjectName("documentSearch")
        self.searchEdit.setPlaceholderText(self.tr("Find in the document (Ctrl+F)"))
        self.searchEdit.setAccessibleName(self.tr("Find in the document"))
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.returnPressed.connect(self._search_return)
        self.searchEdit.installEventFilter(self)  # Esc: back to the page, the hits still shown
        find.addWidget(self.searchEdit, 1)
        self.previousHitButton = self._tool("▲", self.tr("Previous hit (Shift+Enter, Shift+F3)"),
                                            lambda: self.next_hit(-1))
        self.nextHitButton = self._tool("▼", self.tr("Next hit (Enter, F3)"), lambda: self.next_hit(1))
        find.addWidget(self.previousHitButton)
        find.addWidget(self.nextHitButton)
        self.hitsLabel = QLabel(self)
        self.hitsLabel.setObjectName("hitsLabel")
        find.addWidget(self.hitsLabel)
        layout.addLayout(find)

        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("documentMessage")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.messageLabel.setVisible(False)
        layout.addWidget(self.messageLabel)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("documentScroll")
        self.scroll.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.scroll.setWidgetResizable(False)
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.view = PageView(self)
        self.view.selection_changed.connect(self._selection_made)
        self.scroll.setWidget(self.view)
        self.scroll.setBackgroundRole(self.backgroundRole())
        layout.addWidget(self.scroll, 1)
        self.selectionLabel = QLabel(self)
        self.selectionLabel.setObjectName("selectionLabel")
        self.selectionLabel.setWordWrap(True)
        layout.addWidget(self.selectionLabel)

        for keys, step in ((QKeySequence.MoveToNextPage, 1), (QKeySequence.MoveToPreviousPage, -1)):
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=step: self.go_to_page(self.page + s))
            self.addAction(action)
        # Ctrl+= as well: Ctrl++ needs Shift on most keyboards
        for keys, step in (([QKeySequence(QKeySequence.ZoomIn), QKeySequence("Ctrl+=")], 1),
                           ([QKeySequence(QKeySequence.ZoomOut)], -1)):
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=step: self.step_zoom(s))
            self.addAction(action)
        for keys, step in ((QKeySequence.FindNext, 1), (QKeySequence.FindPrevious, -1)):
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=step: self.next_hit(s))
            self.addAction(action)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(60)
        self._resize_timer.timeout.connect(self._refit)
        self._show_state()

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent

        if obj is self.searchEdit and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Escape:
            self.focus_page()
            return True
        return super().eventFilter(obj, event)

    def _tool(self, text: str, tip: str, slot) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.setAutoRaise(True)
        b.clicked.connect(lambda _c=False: slot())
        return b

    # -- documents -----------------------------------------------------------
    def set_documents(self, entries: list[tuple[str, object, str]], current: int = 0) -> None:
        """(label, document or None, message) for each attached document; the message says what is
        wrong with it (cannot be read, changed since the findings were made) or is empty."""
        # (label, document, message[, warn]): warn marks the name (⚠) when the message is a problem, not a notice
        self._entries = [(e[0], e[1], e[2], e[3] if len(e) > 3 else bool(e[2])) for e in entries]
        self.documentCombo.blockSignals(True)
        self.documentCombo.clear()
        for label, _doc, _message, warn in self._entries:
            self.documentCombo.addItem(("⚠ " if warn else "") + label)
        self.documentCombo.blockSignals(False)
        if self._entries:
            self.documentCombo.setCurrentIndex(min(max(current, 0), len(self._entries) - 1))
            self._combo_changed(self.documentCombo.currentIndex())
        else:
            self.document = None
            self._show_state()

    def current_index(self) -> int:
        return self.documentCombo.currentIndex()

    def _combo_changed(self, index: int) -> None:
        if not (0 <= index < len(self._entries)):
            return
        _label, doc, message, _warn = self._entries[index]
        self.document = doc
        self.page = 0
        self.hits, self.hit_index, self._hits_for = [], -1, ""
        self.view.selection = None
        self._rendered = None
        self._show_message(message)
        self._show_state()
        self.document_changed.emit(index)

    def _show_message(self, message: str) -> None:
        self.messageLabel.setText(message)
        self.messageLabel.setVisible(bool(message))
        self.messageLabel.setStyleSheet("QLabel { background: #fff4e5; color: #7a3e00; padding: 4px; "
                                        "border: 1px solid #e0a050; }" if message else "")

    def show_problem(self, message: str) -> None:
        """Something went wrong with the shown document (the file went away): say so; keep what is shown."""
        self._show_message(message)

    def _show_state(self) -> None:
        doc = self.document
        has = doc is not None
        for w in (self.pageBox, self.zoomInButton, self.zoomOutButton, self.fitButton, self.searchEdit,
                  self.previousHitButton, self.nextHitButton):
            w.setEnabled(has)
        if not has:
            self.view.show_page(0, None, 1.0, (1, 1))
            self.view.setVisible(False)
            self.pagesLabel.setText("")
            self.hitsLabel.setText("")
            self.selectionLabel.setText("" if self._entries else self.tr(
                "No document attached: Review ▸ Attach document… opens the case's interview record "
                "or decision letter here."))
            return
        self.view.setVisible(True)
        n = doc.page_count
        self.pageBox.blockSignals(True)
        self.pageBox.setMaximum(max(1, n))
        self.pageBox.setValue(self.page + 1)
        self.pageBox.blockSignals(False)
        self.pagesLabel.setText(self.tr("of {n}").format(n=n))
        self._render()
        self._show_selection()

    # -- pages and zoom ------------------------------------------------------
    def go_to_page(self, page: int) -> None:
        doc = self.document
        if doc is None:
            return
        page = min(max(page, 0), doc.page_count - 1)
        if page == self.page and self._rendered is not None:
            return
        self.page = page
        self.view.selection = None
        self._show_state()
        self._show_hits_on_page()
        self.scroll.verticalScrollBar().setValue(0)

    def step_zoom(self, step: int) -> None:
        if self.document is None:
            return
        z = self.zoom / POINT_TO_PIXEL
        if step > 0:
            nxt = next((s for s in ZOOM_STEPS if s > z + 0.01), ZOOM_STEPS[-1])
        else:
            nxt = next((s for s in reversed(ZOOM_STEPS) if s < z - 0.01), ZOOM_STEPS[0])
        self.fit_width = False
        self.zoom = nxt * POINT_TO_PIXEL
        self._render()

    def set_fit_width(self, on: bool) -> None:
        self.fit_width = on
        self._render()

    def _fit_zoom(self) -> float:
        w, _h = self.document.page_size(self.page)
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        available = self.scroll.viewport().width() - (0 if self.scroll.verticalScrollBar().isVisible() else bar) - 4
        return max(0.1, available / max(w, 1))

    def zoom_percent(self) -> int:
        return round(100 * self.zoom / POINT_TO_PIXEL)

    def _render(self) -> None:
        doc = self.document
        if doc is None:
            return
        if self.fit_width:
            self.zoom = self._fit_zoom()
        dpr = self.devicePixelRatioF()
        key = (id(doc), self.page, round(self.zoom, 4), dpr)
        size = doc.page_size(self.page)
        if self._rendered is not None and self._rendered[0] == key:
            image = self._rendered[1]
        else:
            scale = self.zoom * dpr
            # a page of at most MAX_PIXELS (A4 at 400 % on a 2x screen would be 57 million, 230 MB): past that
            # the image is drawn a little larger than it was rendered rather than filling the memory
            scale = min(scale, (MAX_PIXELS / max(size[0] * size[1], 1)) ** 0.5, 16.0)
            try:
                image = to_qimage(doc.render(self.page, max(scale, 0.05)))
            except Exception as exc:  # noqa: BLE001 - a page PDFium cannot draw: say so, keep the rest
                from .i18n import text as tr_core

                self._show_message(self.tr("Page {page} cannot be shown: {problem}").format(
                    page=self.page + 1, problem=tr_core(exc)))
                image = None
            if image is not None:
                image.setDevicePixelRatio(scale / self.zoom)  # the screen's ratio, unless capped
            self._rendered = (key, image)
        self.view.show_page(self.page, image, self.zoom, size)
        self.fitButton.setDown(self.fit_width)
        self.zoomInButton.setToolTip(self.tr("Zoom in (Ctrl++); now {percent} %").format(
            percent=self.zoom_percent()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit_width and self.document is not None:
            self._resize_timer.start()

    def _refit(self) -> None:
        if self.fit_width and self.document is not None and not self.document.closed:
            self._render()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown.emit()
        if self.document is not None:
            self._resize_timer.start()

    # -- search --------------------------------------------------------------
    def focus_search(self) -> None:
        self.searchEdit.setFocus(Qt.ShortcutFocusReason)
        self.searchEdit.selectAll()

    def _search_return(self) -> None:
        from PySide6.QtWidgets import QApplication

        backwards = bool(QApplication.keyboardModifiers() & Qt.ShiftModifier)
        if self.searchEdit.text().strip() != self._hits_for:
            self.search(self.searchEdit.text())
        else:
            self.next_hit(-1 if backwards else 1)

    def search(self, query: str) -> int:
        """Every hit of ``query`` in the document; the first one at or after the shown page is shown."""
        doc = self.document
        query = query.strip()
        self._hits_for = query
        self.hits, self.hit_index = [], -1
        if doc is None or not query:
            self.hitsLabel.setText("")
            self._show_hits_on_page()
            return 0
        long = doc.page_count > 50
        if long:  # a long document takes a moment: say so while it is searched
            from PySide6.QtGui import QCursor

            self.hitsLabel.setText(self.tr("searching…"))
            self.hitsLabel.repaint()
            QApplication.setOverrideCursor(QCursor(Qt.WaitCursor))
        try:
            self.hits = list(doc.search(query))
        finally:
            if long:
                QApplication.restoreOverrideCursor()
        if not self.hits:
            self.hitsLabel.setText(self.tr("not found"))
            self._show_hits_on_page()
            return 0
        self.hit_index = next((i for i, h in enumerate(self.hits) if h.page >= self.page), 0)
        self._show_hit()
        return len(self.hits)

    def next_hit(self, step: int) -> None:
        if not self.hits:
            if self.searchEdit.text().strip():
                self.search(self.searchEdit.text())
            return
        self.hit_index = (self.hit_index + step) % len(self.hits)
        self._show_hit()

    def _show_hit(self) -> None:
        hit = self.hits[self.hit_index]
        self.hitsLabel.setText(self.tr("{k} of {n}").format(k=self.hit_index + 1, n=len(self.hits)))
        if hit.page != self.page:
            self.go_to_page(hit.page)
        self._show_hits_on_page()
        if self.view.selection is None:
            self.selectionLabel.setText(self.tr("Found on p. {page}: Ctrl+Shift+E attaches this passage to the "
                                                "finding.").format(page=hit.page + 1))
        if hit.rects:
            self._scroll_to(hit.rects[0])

    def _show_hits_on_page(self) -> None:
        view = self.view
        view.hits = [r for h in self.hits if h.page == self.page for r in h.rects]
        current = self.hits[self.hit_index] if 0 <= self.hit_index < len(self.hits) else None
        view.current_hit = list(current.rects) if current is not None and current.page == self.page else []
        view.update()

    def _scroll_to(self, r: Rect) -> None:
        rect = self.view.to_widget(r)
        self.scroll.ensureVisible(round(rect.center().x()), round(rect.center().y()),
                                  50, max(50, self.scroll.viewport().height() // 3))

    # -- selection and evidence ----------------------------------------------
    def selection(self) -> Selection | None:
        """What the reviewer marked: the passage dragged over, else the search hit shown (the keyboard's way
        to a passage: Ctrl+F, its words, Enter)."""
        if self.view.selection is not None:
            return self.view.selection
        if 0 <= self.hit_index < len(self.hits) and self.hits[self.hit_index].page == self.page:
            hit = self.hits[self.hit_index]
            return Selection(hit.page, hit.text, list(hit.rects))
        return None

    def _selection_made(self) -> None:
        self._show_selection()
        self.selection_changed.emit()

    def _show_selection(self) -> None:
        s = self.view.selection
        if s is None:
            if self.document is not None:
                self.selectionLabel.setText(self.tr("Drag over a passage (or a box on a scanned page), or find "
                                                    "it (Ctrl+F); Ctrl+Shift+E attaches it to the finding."))
            return
        quote = s.text if len(s.text) <= 160 else s.text[:157] + "…"
        if s.text:
            self.selectionLabel.setText(self.tr("Selected on p. {page}: “{quote}”").format(
                page=s.page + 1, quote=quote))
        else:
            self.selectionLabel.setText(self.tr("Box selected on p. {page} (no text under it)").format(
                page=s.page + 1))

    def show_passage(self, page: int, rects: list[Rect]) -> None:
        """An evidence item: its page, the passage marked and scrolled into view."""
        self.go_to_page(page)
        self.view.marks = list(rects)
        self.view.update()
        if rects:
            self._scroll_to(rects[0])

    def focus_page(self) -> None:
        self.view.setFocus(Qt.OtherFocusReason) if self.view.isVisible() else self.documentCombo.setFocus()


# -- the review editor's documents and evidence ----------------------------------------------------
EVIDENCE_ROLE = Qt.UserRole + 7
SIZES_KEY = "reviewEditor/documentSplitter"


class EditorDocuments(QObject):
    """The documents of one review editor: the pane in its splitter, the evidence list of the finding
    panel, and what the Review menu's document commands do there. What is kept (documents, evidence)
    is the store's (``store.documents``); reading files is the core's (``qpp_reviewer.documents``)."""

    def __init__(self, editor):
        super().__init__(editor)
        from PySide6.QtWidgets import QListWidget

        self.editor = editor
        ui = editor.ui
        self.records: list = []  # the store's records of the review's documents
        self.opened: dict[str, object] = {}  # document SHA-256 -> the open CaseDocument
        self.pane = DocumentPane(editor)
        ui.splitter.addWidget(self.pane)
        ui.splitter.setCollapsible(2, True)
        ui.splitter.setStretchFactor(2, 3)
        ui.splitter.splitterMoved.connect(self._remember_sizes)
        self.evidenceLabel = QLabel(self.tr("E&vidence in the documents"), ui.detailPanel)
        self.evidenceList = QListWidget(ui.detailPanel)
        self.evidenceList.setObjectName("evidenceList")
        self.evidenceList.setAccessibleName(self.tr("Evidence in the documents"))
        self.evidenceList.setWordWrap(True)
        self.evidenceList.setMaximumHeight(110)
        self.evidenceLabel.setBuddy(self.evidenceList)
        ui.detailLayout.addWidget(self.evidenceLabel)
        ui.detailLayout.addWidget(self.evidenceList)
        self.evidenceList.itemClicked.connect(self._evidence_chosen)
        self.evidenceList.itemActivated.connect(self._evidence_chosen)
        self.evidenceList.installEventFilter(self)
        self.pane.document_changed.connect(self._document_shown)
        self._watch = QTimer(self)  # a file moved, deleted or changed while it is open
        self._watch.setInterval(4000)
        self._watch.timeout.connect(self.check_origin)
        self._sizes_timer = QTimer(self)  # the splitter's sizes once the editor is shown (see _apply_sizes)
        self._sizes_timer.setSingleShot(True)
        self._sizes_timer.setInterval(0)
        self._sizes_timer.timeout.connect(self._apply_sizes)
        self._sizes_pending = False
        self.pane.shown.connect(self._sizes_timer.start)
        opened = self.opened
        editor.destroyed.connect(lambda *_: _close_all(opened))  # the window closed with the tab open
        ui.criteriaView.selectionModel().currentChanged.connect(lambda *_: self.show_evidence())
        self.reload()

    # -- the store's documents -------------------------------------------------------------------
    @property
    def store(self):
        return self.editor.store

    @property
    def review_id(self) -> str:
        return self.editor.review.id

    def reload(self, current_sha: str | None = None) -> None:
        """The review's documents from the store, each found (at its origin, moved, or its kept copy) and
        opened, or what is wrong with it said in the pane."""
        from ..documents import DocumentProblem
        from .i18n import text as tr_core

        self.records = list(self.store.documents.list(self.review_id))
        entries = []
        for record in self.records:
            doc = self.opened.get(record.sha256)
            notes: list[str] = []
            located = self.store.documents.locate(record)
            if located.message:
                notes.append(tr_core(located.message))
            if doc is None and located.available:
                try:
                    doc = located.open(self.store)
                except DocumentProblem as exc:
                    notes.append(tr_core(exc))
                else:
                    self.opened[record.sha256] = doc
            warn = doc is None or located.changed_at_origin  # not shown, or not the file the findings were made on
            if doc is not None:
                notes += [tr_core(n) for n in doc.notices()]
            entries.append((record.name, doc, "\n".join(notes), warn))
        shas = [r.sha256 for r in self.records]
        current = shas.index(current_sha) if current_sha in shas else max(self.pane.current_index(), 0)
        self.pane.set_documents(entries, current)
        has = bool(self.records)
        self.pane.setVisible(has)
        self.evidenceLabel.setVisible(has)
        self.evidenceList.setVisible(has)
        if has:
            self._restore_sizes()
            self._watch.start()
        self.show_evidence()

    def check_origin(self) -> None:
        """The file shown went away or changed while open: say so (what is shown stays, read into memory)."""
        doc = self.pane.document
        if doc is None or not self.pane.isVisible():
            return
        problem = doc.origin_problem() if doc.path is not None else None
        if problem is not None:
            from .i18n import text as tr_core

            self.pane.show_problem(tr_core(problem))

    def current_record(self):
        i = self.pane.current_index()
        return self.records[i] if 0 <= i < len(self.records) else None

    def _document_shown(self, _index: int) -> None:
        self.show_evidence()

    # -- splitter ----------------------------------------------------------------------------------
    def _remember_sizes(self, *_args) -> None:
        sizes = self.editor.ui.splitter.sizes()
        # kept while the pane is part of the layout and laid out (not before its first sizes are applied)
        if not self.pane.isHidden() and len(sizes) == 3 and sizes[2] > 0 and not self._sizes_pending:
            from PySide6.QtCore import QSettings

            QSettings().setValue(SIZES_KEY, ",".join(str(s) for s in sizes))

    def _restore_sizes(self) -> None:
        self._sizes_pending = True
        self._sizes_timer.start()  # now if the editor is on screen, else when the pane is first shown

    def _apply_sizes(self) -> None:
        """The splitter as the reviewer left it last (checklist, finding and guidance, document), once the
        editor is shown with its width: sizes set before are shares of a width it does not have yet."""
        from PySide6.QtCore import QSettings

        splitter = self.editor.ui.splitter
        if not self._sizes_pending or not splitter.isVisible() or splitter.width() < 400:
            return
        self._sizes_pending = False
        kept = str(QSettings().value(SIZES_KEY, "") or "")
        try:
            sizes = [int(s) for s in kept.split(",")]
        except ValueError:
            sizes = []
        total = sum(splitter.sizes())
        if len(sizes) != 3 or min(sizes) < 0 or sum(sizes) <= 0 or sizes[2] == 0:
            # first time: the checklist as wide as its titles but at most a third, the finding panel at its
            # narrowest, the page the rest (the reviewer moves the handles; the sizes are kept)
            ui = self.editor.ui
            view, header = ui.criteriaView, ui.criteriaView.header()
            fm = view.fontMetrics()
            widest = max((fm.horizontalAdvance(items[0].text()) for items in self.editor._items.values()), default=0)
            checklist = min(widest + 2 * view.indentation() + 32 + header.sectionSize(1) + header.sectionSize(2)
                            + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width(), total // 3)
            detail = max(ui.detailPanel.minimumSizeHint().width(), 300)
            sizes = [checklist, detail, max(total - checklist - detail, 360)]
        splitter.setSizes([round(total * k / sum(sizes)) for k in sizes])

    # -- commands ----------------------------------------------------------------------------------
    def attach_dialog(self, path: str | None = None) -> bool:
        """Review ▸ Attach document…: a PDF or text file of the case, kept with the review by its hash."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from ..documents import DocumentProblem, open_document
        from .common import run_guarded
        from .i18n import text as tr_core

        title = self.tr("Attach document")
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.editor, title, self._start_folder(),
                self.tr("Case documents (*.pdf *.txt);;PDF files (*.pdf);;All files (*)"))
            if not path:
                return False
        from pathlib import Path

        from PySide6.QtCore import QSettings

        QSettings().setValue("lastDocumentFolder", str(Path(path).parent))
        try:
            doc = open_document(path)
        except DocumentProblem as exc:
            QMessageBox.warning(self.editor, title, tr_core(exc))
            return False
        keep = QMessageBox.question(
            self.editor, title,
            self.tr("Keep a copy of {name} in the review database as well?\n\nWith a copy, the document "
                    "opens here even if the file is moved or deleted (the copy is encrypted with the "
                    "database when the database is encrypted). Without one, only its name, SHA-256 and "
                    "where it is are kept.").format(name=doc.name),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No) == QMessageBox.Yes
        ok, record = run_guarded(self.editor, title, self.store.documents.attach, self.review_id, doc,
                                 keep_copy=keep)
        if not ok:
            doc.close()
            return False
        if record.sha256 in self.opened:
            doc.close()  # attached before: the one already open stays
        else:
            self.opened[record.sha256] = doc
        self.reload(current_sha=record.sha256)
        self.pane.focus_page()
        self.editor.status_message.emit(self.tr("{name} attached ({pages}): drag over a passage, then "
                                                "Ctrl+Shift+E attaches it to the finding.").format(
            name=record.name, pages=self._pages(doc.page_count)))
        return True

    def _start_folder(self) -> str:
        """Where the case's files are: the folder of this review's last document, else of the review it is
        a second review of (the same case), else the folder chosen last time."""
        from pathlib import Path

        from PySide6.QtCore import QSettings

        parent = self.editor.review.parent_review_id
        for rid in (self.review_id, parent):
            if rid is None:
                continue
            for record in reversed(self.store.documents.list(rid)):
                folder = Path(record.origin).parent if record.origin else None
                if folder is not None and folder.is_dir():
                    return str(folder)
        return str(QSettings().value("lastDocumentFolder", "") or "")

    def _pages(self, n: int) -> str:
        from .i18n import plural

        return plural(n, self.tr("{n} page"), self.tr("{n} pages"))

    def attach_selection(self) -> bool:
        """Review ▸ Attach selection as evidence: the passage (or box) selected in the pane, to the
        current criterion's finding."""
        editor = self.editor
        record, selection = self.current_record(), self.pane.selection()
        if record is None:
            editor.status_message.emit(self.tr("Attach a document first (Review ▸ Attach document…)."))
            return False
        if selection is None:
            editor.status_message.emit(self.tr("Select a passage in the document first: drag over it (or draw "
                                               "a box on a scanned page)."))
            return False
        cid = editor.current_criterion()
        if cid is None:
            return False
        if not editor._editable:
            editor.status_message.emit(self.tr("This review is complete: reopen it to change findings."))
            return False
        from .common import run_guarded

        editor.flush_comment()
        ok, _ = run_guarded(editor, self.tr("Attach evidence"), self.store.documents.add_evidence, self.review_id,
                            cid, record.sha256, selection.page + 1, selection.text, list(selection.rects))
        if not ok:
            return False
        self.show_evidence()
        self.evidenceList.setCurrentRow(self.evidenceList.count() - 1)
        editor.changed.emit(self.review_id)
        editor.status_message.emit(self.tr("Evidence on p. {page} attached to {criterion}.").format(
            page=selection.page + 1, criterion=cid))
        return True

    def find(self) -> None:
        if self.current_record() is None or self.pane.document is None:
            self.editor.status_message.emit(self.tr("No document to search: attach one first "
                                                    "(Review ▸ Attach document…)."))
            return
        self.pane.focus_search()

    def cycle_focus(self) -> None:
        """F6: checklist → comment → document → checklist."""
        ui = self.editor.ui
        w = QApplication.focusWidget()
        in_pane = w is not None and (w is self.pane or self.pane.isAncestorOf(w))
        if w is ui.commentEdit:
            if self.pane.isVisible():
                self.pane.focus_page()
            else:
                ui.criteriaView.setFocus(Qt.OtherFocusReason)
        elif in_pane or w is self.evidenceList:
            ui.criteriaView.setFocus(Qt.OtherFocusReason)
        elif w is ui.criteriaView:
            ui.commentEdit.setFocus(Qt.OtherFocusReason)
        else:
            ui.criteriaView.setFocus(Qt.OtherFocusReason)

    # -- the evidence list -----------------------------------------------------------------------
    def show_evidence(self) -> None:
        lst = self.evidenceList
        lst.clear()
        cid = self.editor.current_criterion()
        if cid is None or not self.records:
            return
        several = len(self.records) > 1
        for item in self.store.documents.evidence(self.review_id, cid):
            quote = " ".join((item.quote or "").split())
            if len(quote) > 120:
                quote = quote[:117] + "…"
            where = (item.document_name + ", ") if several else ""
            text = (self.tr("{where}p. {page}: “{quote}”").format(where=where, page=item.page, quote=quote)
                    if quote else self.tr("{where}p. {page}: a marked area").format(where=where, page=item.page))
            from PySide6.QtWidgets import QListWidgetItem

            row = QListWidgetItem(text, lst)
            row.setData(EVIDENCE_ROLE, item)
            row.setToolTip(item.quote or "")
        if not lst.count():
            from PySide6.QtWidgets import QListWidgetItem

            hint = QListWidgetItem(self.tr("None yet: select a passage in the document, then Ctrl+Shift+E."), lst)
            hint.setFlags(Qt.NoItemFlags)

    def _evidence_chosen(self, row) -> None:
        item = row.data(EVIDENCE_ROLE)
        if item is None:
            return
        shas = [r.sha256 for r in self.records]
        if item.document_sha256 in shas and shas.index(item.document_sha256) != self.pane.current_index():
            self.pane.documentCombo.setCurrentIndex(shas.index(item.document_sha256))
        if self.pane.document is None or self.pane.document.sha256 != item.document_sha256:
            self.editor.status_message.emit(self.tr("{name} cannot be shown: see the message in the document "
                                                    "pane.").format(name=item.document_name))
            return
        self.pane.show_passage(item.page - 1, list(item.rects))

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent

        if obj is self.evidenceList and event.type() == QEvent.KeyPress:
            row = self.evidenceList.currentItem()
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                if row is not None:
                    self._evidence_chosen(row)
                return True
            if event.key() == Qt.Key_Delete and row is not None and row.data(EVIDENCE_ROLE) is not None:
                self.remove_evidence(row.data(EVIDENCE_ROLE))
                return True
        return super().eventFilter(obj, event)

    def remove_evidence(self, item) -> bool:
        """Delete on an evidence item: it is taken off the finding (audited; the document stays)."""
        from .common import run_guarded

        editor = self.editor
        if not editor._editable:
            editor.status_message.emit(self.tr("This review is complete: reopen it to change findings."))
            return False
        ok, _ = run_guarded(editor, self.tr("Remove evidence"), self.store.documents.remove_evidence, item.id)
        if ok:
            self.show_evidence()
            editor.changed.emit(self.review_id)
            editor.status_message.emit(self.tr("Evidence on p. {page} removed from {criterion}.").format(
                page=item.page, criterion=item.criterion_id))
        return ok

    def close(self) -> None:
        """The review's tab closes: its documents are closed (PDFium's memory freed)."""
        self._watch.stop()
        self._sizes_timer.stop()
        self._remember_sizes()  # as the reviewer left them (also when no handle was dragged since)
        self.pane.set_documents([])
        _close_all(self.opened)


def _close_all(opened: dict) -> None:
    for doc in opened.values():
        doc.close()
    opened.clear()

