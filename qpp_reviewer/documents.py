"""Case documents: the interview record or decision letter a review is about, opened beside the checklist.

Qt-free: the window (``qpp_reviewer.qt``) turns what this module gives into pixels and highlights.
PDF files are read with PDFium (``pypdfium2``); plain-text files are laid out as pages of
:data:`TEXT_LINES_PER_PAGE` lines in a monospaced font (through reportlab, in memory) and then read
with PDFium like any PDF, so that search, selection and positions work the same for both kinds.

Coordinates. Every position this module hands out or takes is in **page points** (1/72 inch), with
the origin at the **top-left** corner of the page as it is shown, x to the right and y downwards: what a
viewer draws at zoom 1. A rectangle is a tuple ``(x0, y0, x1, y1)`` with ``x0 <= x1`` and ``y0 <= y1``.
At zoom *s* a point (x, y) is the pixel (x * s, y * s) of :meth:`CaseDocument.render` ``(i, s)``.

Rendering. :meth:`CaseDocument.render` returns a :class:`Rendered`: raw pixels, 4 bytes each in the
order R, G, B, x (the fourth byte unused, the page filled white), rows ``stride`` bytes apart. That is
``QImage.Format_RGBX8888`` exactly: ``QImage(r.data, r.width, r.height, r.stride, QImage.Format_RGBX8888)``
without any conversion (keep ``r`` alive as long as the QImage, or ``.copy()`` it).

Reading. The file is read once, into memory, and hashed in the same pass: what is shown is exactly the
bytes of :attr:`CaseDocument.sha256`, and a file that is moved or deleted while it is open keeps showing
(:meth:`CaseDocument.origin_problem` says that it went). Pages and their text are loaded only when asked
for: opening a 300-page PDF reads no page's text.

Limits. A file above :data:`MAX_BYTES` or with more than :data:`MAX_PAGES` pages is refused; a document
above :data:`LARGE_PAGES` pages opens, and :meth:`CaseDocument.notices` says that searching it takes a while.
A PDF without a text layer (a scan) opens, and its notice says that search and quotes need a text
layer but a box can be drawn on the page as evidence.

PDFium is not thread-safe: every call into it here holds one module lock, so a document may be
rendered on a worker thread while the window thread searches it.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .messages import plural, translate

__all__ = ["DocumentProblem", "CaseDocument", "Hit", "Rendered", "file_sha256", "open_document", "open_bytes", "same_file", "document_kind",
           "MAX_PAGES", "LARGE_PAGES", "MAX_BYTES", "TEXT_LINES_PER_PAGE", "Rect"]

Rect = tuple[float, float, float, float]

MAX_BYTES = 1024 * 1024 * 1024  # 1 GiB: above this the file is surely not one case document
MAX_PAGES = 10_000
LARGE_PAGES = 1_000
TEXT_LINES_PER_PAGE = 60
TEXT_COLUMNS = 95  # characters per line before a long line wraps (Courier 8.5 pt on A4, margins 36 pt)
TEXT_SUFFIXES = (".txt", ".text", ".md", ".csv", ".log")

_LOCK = threading.RLock()
OPEN_PAGES = 24  # pages (and their text) kept loaded; the pages' plain text stays cached for every page
_CHUNK = 1024 * 1024


class DocumentProblem(Exception):
    """A document that cannot be opened or read; ``str()`` is the message for the user (what and what to do)."""

    def __init__(self, message, kind: str = "damaged"):
        super().__init__(message)
        self.message = message
        #: "missing", "encrypted", "damaged", "too-large", "unreadable", "changed"
        self.kind = kind

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class Hit:
    """One place where a search found its text: the page (0-based), the text as found, its rectangles."""

    page: int
    text: str
    rects: tuple[Rect, ...]
    start: int  # character index on the page
    count: int


@dataclass(frozen=True)
class Rendered:
    """A page's pixels, RGBX 8 bits each (``QImage.Format_RGBX8888``), ``stride`` bytes per row."""

    width: int
    height: int
    stride: int
    data: bytes

    def to_pil(self):
        from PIL import Image  # Pillow comes with reportlab

        return Image.frombuffer("RGBX", (self.width, self.height), self.data, "raw", "RGBX", self.stride, 1).convert(
            "RGB")


def file_sha256(path) -> str:
    """The SHA-256 of a file's bytes, hex; :class:`DocumentProblem` when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(_CHUNK), b""):
                digest.update(chunk)
    except FileNotFoundError:
        raise _missing(path) from None
    except IsADirectoryError:
        raise DocumentProblem(translate("core", "{path} is a folder, not a document. Choose the file itself.").format(
            path=str(path)), "unreadable") from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    return digest.hexdigest()


def document_kind(path) -> str:
    """"text" for a plain-text file (by its name), else "pdf"."""
    return "text" if Path(path).suffix.lower() in TEXT_SUFFIXES else "pdf"


def _missing(path) -> DocumentProblem:
    return DocumentProblem(translate("core", "{path} is not there any more (moved, renamed or deleted). "
                                             "Find the file and open it again.").format(path=str(path)), "missing")


def _unreadable(path, exc) -> DocumentProblem:
    return DocumentProblem(translate("core", "{path} cannot be read ({reason}). Check that the file is not open "
                                             "in another program and that you may read it.").format(
        path=str(path), reason=getattr(exc, "strerror", None) or exc.__class__.__name__), "unreadable")


def _read(path: Path) -> tuple[bytes, str]:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _missing(path) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if path.is_dir():
        raise DocumentProblem(translate("core", "{path} is a folder, not a document. Choose the file itself.").format(
            path=str(path)), "unreadable")
    if size > MAX_BYTES:
        raise DocumentProblem(translate("core", "{path} is {size} MB, more than any case document "
                                                "({limit} MB at most). Check that it is the right file, or split it.").format(
            path=str(path), size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024)), "too-large")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _missing(path) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    return data, hashlib.sha256(data).hexdigest()


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _text_to_pdf(text: str) -> bytes:
    """Plain text laid out as A4 pages of TEXT_LINES_PER_PAGE lines (long lines wrap), as PDF bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lines: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.expandtabs(4)
        while len(line) > TEXT_COLUMNS:
            lines.append(line[:TEXT_COLUMNS])
            line = line[TEXT_COLUMNS:]
        lines.append(line)
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        lines = [""]
    buffer = io.BytesIO()
    width, height = A4
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=0, invariant=1)
    leading = (height - 72) / TEXT_LINES_PER_PAGE
    for start in range(0, len(lines), TEXT_LINES_PER_PAGE):
        body = pdf.beginText(36, height - 36 - leading * 0.8)
        body.setFont("Courier", 8.5, leading=leading)
        for line in lines[start:start + TEXT_LINES_PER_PAGE]:
            # the standard Courier font has the Latin-1 repertoire; anything else shows as '?'
            body.textLine(line.encode("cp1252", "replace").decode("cp1252"))
        pdf.drawText(body)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def open_document(path, password: str | None = None) -> "CaseDocument":
    """Open a case document (PDF, or plain text by its name) for reading; :class:`DocumentProblem` otherwise."""
    path = Path(path)
    data, sha = _read(path)
    return _open(data, sha, path.name, document_kind(path), path, password)


def open_bytes(data: bytes, name: str, kind: str | None = None) -> "CaseDocument":
    """Open a document from its bytes (a private copy kept in the database: no plaintext on disk)."""
    import hashlib as _hashlib

    return _open(bytes(data), _hashlib.sha256(data).hexdigest(), name, kind or document_kind(name), None, None)


def _open(data: bytes, sha: str, name: str, kind: str, path: Path | None, password) -> "CaseDocument":
    import pypdfium2 as pdfium

    if kind == "pdf" and data[:1024].find(b"%PDF") < 0:
        raise DocumentProblem(translate("core", "{name} is not a PDF (it does not start as one). "
                                                "Open the PDF itself, or a plain-text file named .txt.").format(
            name=name), "damaged")
    pdf_bytes = data if kind == "pdf" else _text_to_pdf(_decode(data))
    with _LOCK:
        try:
            pdf = pdfium.PdfDocument(pdf_bytes, password=password)
        except pdfium.PdfiumError as exc:
            raise _pdf_problem(name, exc) from None
        try:
            count = len(pdf)
        except Exception:  # pragma: no cover - PDFium reports a broken page tree as -1 or an error
            pdf.close()
            raise _damaged(name) from None
    if count <= 0:
        pdf.close()
        raise DocumentProblem(translate("core", "{name} has no pages. Open the case document itself.").format(
            name=name), "damaged")
    if count > MAX_PAGES:
        pdf.close()
        raise DocumentProblem(translate("core", "{name} has {pages} pages, more than a case document can have here "
                                                "({limit} at most). Check that it is the right file, or split it.").format(
            name=name, pages=f"{count:,}", limit=f"{MAX_PAGES:,}"), "too-large")
    return CaseDocument(path, name, kind, sha, pdf, count, data, pdf_bytes)


def _damaged(path) -> DocumentProblem:
    return DocumentProblem(translate("core", "{name} is damaged or is not a PDF; it cannot be opened. "
                                             "Get a fresh copy of the document and open that.").format(
        name=Path(path).name), "damaged")


def _pdf_problem(path, exc) -> DocumentProblem:
    import pypdfium2.raw as pdfium_c

    code = getattr(exc, "err_code", None)
    if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
        return DocumentProblem(translate("core", "{name} is protected by a password (encrypted); it cannot be "
                                                 "opened here. Ask for an unprotected copy of the document.").format(
            name=Path(path).name), "encrypted")
    return _damaged(path)


class CaseDocument:
    """An open case document. Pages are 0-based; positions are page points, top-left origin (see the module)."""

    def __init__(self, path: Path | None, name: str, kind: str, sha256: str, pdf, page_count: int, data: bytes,
                 pdf_bytes: bytes):
        self.path = path  # None when opened from bytes (a private copy)
        self.name = name
        self.kind = kind
        self.sha256 = sha256
        self.page_count = page_count
        self.byte_size = len(data)
        self._pdf = pdf
        self._raw = data  # the file's own bytes (what sha256 is of)
        self._pdf_bytes = pdf_bytes  # stay referenced while PDFium reads from them
        self._pages: OrderedDict[int, object] = OrderedDict()  # the most recently used last
        self._text_pages: dict[int, object] = {}
        self._texts: dict[int, str] = {}
        self._has_text: bool | None = None
        try:
            stat = path.stat() if path is not None else None
            self._stamp = (stat.st_size, stat.st_mtime_ns) if stat is not None else None
        except OSError:
            self._stamp = None

    def data(self) -> bytes:
        """The file's bytes as opened (what :attr:`sha256` is the hash of)."""
        return self._raw

    # -- lifetime ---------------------------------------------------------------------------------
    def close(self) -> None:
        with _LOCK:
            for text_page in self._text_pages.values():
                text_page.close()
            for page in self._pages.values():
                page.close()
            self._text_pages.clear()
            self._pages.clear()
            if self._pdf is not None:
                self._pdf.close()
                self._pdf = None

    @property
    def closed(self) -> bool:
        return self._pdf is None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def origin_problem(self):
        """None while the file it was opened from is still the same; else the message to show (the open
        document keeps working: it was read into memory)."""
        if self.path is None:
            return None
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return translate("core", "{name} was moved or deleted after it was opened; what is shown is the "
                                     "document as it was opened.").format(name=self.name)
        except OSError:
            return None
        if self._stamp is not None and (stat.st_size, stat.st_mtime_ns) != self._stamp:
            try:
                if file_sha256(self.path) != self.sha256:
                    return translate("core", "{name} has changed on disk since it was opened; what is shown is "
                                             "the document as it was opened.").format(name=self.name)
            except DocumentProblem:
                return None
            self._stamp = (stat.st_size, stat.st_mtime_ns)
        return None

    # -- pages ------------------------------------------------------------------------------------
    def _check(self, index: int) -> int:
        if self._pdf is None:
            raise DocumentProblem(translate("core", "{name} is closed; open it again.").format(name=self.name),
                                  "unreadable")
        if not isinstance(index, int) or not 0 <= index < self.page_count:
            raise DocumentProblem(translate("core", "{name} has no page {page} (it has {count}).").format(
                name=self.name, page=index + 1 if isinstance(index, int) else index,
                count=plural(self.page_count, translate("core", "{n} page"), translate("core", "{n} pages"))),
                "unreadable")
        return index

    def _page(self, index: int):
        page = self._pages.get(index)
        if page is None:
            page = self._pdf[self._check(index)]
            self._pages[index] = page
            while len(self._pages) > OPEN_PAGES:  # a long document paged through stays small in memory
                old, old_page = self._pages.popitem(last=False)
                text_page = self._text_pages.pop(old, None)
                if text_page is not None:
                    text_page.close()
                old_page.close()
        else:
            self._pages.move_to_end(index)
        return page

    def _text_page(self, index: int):
        text_page = self._text_pages.get(index)
        if text_page is None:
            text_page = self._page(index).get_textpage()
            self._text_pages[index] = text_page
        return text_page

    def page_size(self, index: int) -> tuple[float, float]:
        """(width, height) in points, as the page is shown (its rotation applied)."""
        with _LOCK:
            self._check(index)
            width, height = self._page(index).get_size()  # PDFium applies the page's rotation
            return float(width), float(height)

    def page_text(self, index: int) -> str:
        with _LOCK:
            text = self._texts.get(index)
            if text is None:
                self._check(index)
                text_page = self._text_page(index)
                text = text_page.get_text_range()
                self._texts[index] = text
            return text

    @property
    def has_text_layer(self) -> bool:
        """Whether the document has text: the first pages, the middle one and the last are looked at (it
        stops at the first with text, so a text PDF costs one page; a 2,000-page scan costs seven, not all)."""
        if self._has_text is None:
            n = self.page_count
            sample = dict.fromkeys([*range(min(5, n)), n // 2, n - 1])
            self._has_text = any(self.page_text(i).strip() for i in sample)
        return self._has_text

    def notices(self) -> list:
        """Messages to show beside an open document (a scan; a very long file); empty when none."""
        out = []
        if self.page_count > LARGE_PAGES:
            out.append(translate("core", "{name} has {pages} pages; searching the whole document takes a while.").format(
                name=self.name, pages=f"{self.page_count:,}"))
        if not self.has_text_layer:
            out.append(translate("core", "{name} has no text layer (a scan): search and quoted passages need one. "
                                         "You can still draw a box on a page and attach it as evidence.").format(
                name=self.name))
        return out

    # -- coordinates -------------------------------------------------------------------------------
    # PDFium's own page <-> device mapping, the one its rendering uses (the page's rotation and crop box
    # applied), on a device of the shown size in hundredths of a point (its device coordinates are ints)
    _K = 100

    def _device(self, index: int):
        page = self._page(index)
        width, height = page.get_size()  # as shown: the rotation applied
        return page, int(round(width * self._K)), int(round(height * self._K))

    def _to_view_point(self, index: int, x: float, y: float) -> tuple[float, float]:
        import ctypes

        import pypdfium2.raw as pdfium_c

        page, size_x, size_y = self._device(index)
        dx, dy = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDF_PageToDevice(page, 0, 0, size_x, size_y, 0, x, y, dx, dy)
        return dx.value / self._K, dy.value / self._K

    def _to_view(self, index: int, rect) -> Rect:
        """PDF canvas (left, bottom, right, top), y up -> view (x0, y0, x1, y1), top-left origin, y down."""
        l, b, r, t = rect
        (ax, ay), (bx, by) = self._to_view_point(index, l, b), self._to_view_point(index, r, t)
        return (round(min(ax, bx), 2), round(min(ay, by), 2), round(max(ax, bx), 2), round(max(ay, by), 2))

    def _to_pdf_point(self, index: int, x: float, y: float) -> tuple[float, float]:
        import ctypes

        import pypdfium2.raw as pdfium_c

        page, size_x, size_y = self._device(index)
        px, py = ctypes.c_double(), ctypes.c_double()
        pdfium_c.FPDF_DeviceToPage(page, 0, 0, size_x, size_y, 0, int(round(x * self._K)), int(round(y * self._K)),
                                   px, py)
        return px.value, py.value

    def _rects(self, index: int, start: int, count: int) -> tuple[Rect, ...]:
        text_page = self._text_page(index)
        n = text_page.count_rects(start, count)
        return tuple(self._to_view(index, text_page.get_rect(i)) for i in range(n))

    # -- search and selection ---------------------------------------------------------------------
    def search(self, query: str, match_case: bool = False, pages: Iterable[int] | None = None,
               limit: int = 10_000) -> list[Hit]:
        """Every place ``query`` occurs, page by page (at most ``limit`` hits); [] for an empty query."""
        query = (query or "").strip()
        if not query:
            return []
        hits: list[Hit] = []
        needle = " ".join(query.split()) if match_case else " ".join(query.casefold().split())
        with _LOCK:
            for index in (range(self.page_count) if pages is None else pages):
                self._check(index)
                text = self._texts.get(index)
                if text is not None and needle not in (" ".join(text.split()) if match_case
                                                       else " ".join(text.casefold().split())):
                    continue  # a page whose text is known not to hold it: no searcher set up
                text_page = self._text_page(index)
                searcher = text_page.search(query, match_case=match_case)
                try:
                    while len(hits) < limit:
                        found = searcher.get_next()
                        if not found:
                            break
                        start, count = found
                        hits.append(Hit(index, text_page.get_text_range(start, count), self._rects(index, start, count),
                                        start, count))
                finally:
                    searcher.close()
                if len(hits) >= limit:
                    break
        return hits

    def char_index_at(self, page: int, x: float, y: float, tolerance: float = 4.0) -> int | None:
        """The index of the character at (x, y) in page points (top-left origin), or None for none there."""
        with _LOCK:
            self._check(page)
            text_page = self._text_page(page)
            px, py = self._to_pdf_point(page, x, y)
            index = text_page.get_index(px, py, tolerance, tolerance)
            return index if index is not None and index >= 0 else None

    def text_between(self, page: int, start: int, end: int) -> tuple[str, tuple[Rect, ...]]:
        """The text from character ``start`` to ``end`` (inclusive, either order) and its rectangles."""
        with _LOCK:
            self._check(page)
            text_page = self._text_page(page)
            total = text_page.count_chars()
            if total <= 0:
                return "", ()
            start, end = sorted((max(0, min(start, total - 1)), max(0, min(end, total - 1))))
            count = end - start + 1
            return text_page.get_text_range(start, count), self._rects(page, start, count)

    def selection(self, page: int, from_point: tuple[float, float], to_point: tuple[float, float]):
        """A drag from one point to another as (text, rects); ("", ()) when neither end is on text."""
        a = self.char_index_at(page, *from_point)
        b = self.char_index_at(page, *to_point)
        if a is None and b is None:
            return "", ()
        if a is None:
            a = b
        if b is None:
            b = a
        return self.text_between(page, a, b)

    def text_in_box(self, page: int, rect: Rect) -> str:
        """The text inside a box drawn on the page (page points, top-left origin); "" on a scan."""
        with _LOCK:
            self._check(page)
            text_page = self._text_page(page)
            x0, y0, x1, y1 = rect
            ax, ay = self._to_pdf_point(page, x0, y0)
            bx, by = self._to_pdf_point(page, x1, y1)
            return text_page.get_text_bounded(left=min(ax, bx), bottom=min(ay, by), right=max(ax, bx),
                                              top=max(ay, by))

    # -- pixels -------------------------------------------------------------------------------------
    def render(self, index: int, scale: float = 1.0) -> Rendered:
        """Page ``index`` at ``scale`` pixels per point (2.0 = 144 dpi), as RGBX pixels (see the module)."""
        if not (0.05 <= scale <= 16):
            raise ValueError(f"scale {scale} is outside 0.05..16")
        with _LOCK:
            self._check(index)
            page = self._page(index)
            try:
                bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True, fill_color=(255, 255, 255, 255),
                                     may_draw_forms=False)
            except Exception as exc:  # PDFium fails on a damaged page: say so, keep the document open
                raise DocumentProblem(translate("core", "Page {page} of {name} is damaged and cannot be shown.").format(
                    page=index + 1, name=self.name), "damaged") from exc
            try:
                return Rendered(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            finally:
                bitmap.close()

    def __repr__(self) -> str:
        return f"<CaseDocument {self.name!r} {self.kind} {self.page_count}p {self.sha256[:12]}>"


def same_file(path, sha256: str) -> bool:
    """Whether the file at ``path`` exists and has this hash (False for a missing or unreadable file)."""
    try:
        return os.path.isfile(path) and file_sha256(path) == sha256
    except DocumentProblem:
        return False
