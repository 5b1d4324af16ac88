"""What both PDF reports share: styles, band colours, escaping, footer, atomic writing."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from .. import APP_NAME, __version__
from ..domain import QualityBand
from ..storage.store import clean_text

Progress = Callable[..., None]  # progress(done, total, text="")
Cancelled = Callable[[], bool]

PAGE = A4
MARGIN = 14 * mm  # the frame adds 6 pt inside it
FRAME_WIDTH = PAGE[0] - 2 * MARGIN - 12  # the frame pads 6 pt each side
NO_NAMES = "Case references only \u2014 no applicant names"

# Band colours follow the usual traffic-light reading; every use also carries the band's
# name and numbers in text, so colour is never the only signal.
BAND_COLOURS = {
    QualityBand.QS1: colors.HexColor("#1b7a3d"),
    QualityBand.QS2: colors.HexColor("#7cb85f"),
    QualityBand.QS3: colors.HexColor("#e8b23a"),
    QualityBand.QS4: colors.HexColor("#dd7a2f"),
    QualityBand.QS5: colors.HexColor("#b3261e"),
}
BAND_TEXT = {b: (colors.white if b in (QualityBand.QS1, QualityBand.QS4, QualityBand.QS5) else colors.black)
             for b in QualityBand}
INK = colors.HexColor("#1f2430")
MUTED = colors.HexColor("#5b6270")
RULE = colors.HexColor("#b8c0cc")
HEAD_FILL = colors.HexColor("#dde4ee")
ZEBRA = colors.HexColor("#f4f6f9")
TOTAL_FILL = colors.HexColor("#e9edf3")


class ReportCancelled(Exception):
    """The user cancelled; nothing was written under the target name."""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    reviews: int  # reviews the report covers (the selection, complete or not)


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName="Helvetica", fontSize=9, leading=11.5, textColor=INK, splitLongWords=1)
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES = {
    "title": _style("title", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=2),
    "subtitle": _style("subtitle", fontSize=10, leading=13, textColor=MUTED, spaceAfter=8),
    "h2": _style("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4),
    "h3": _style("h3", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6, spaceAfter=2),
    "body": _style("body", spaceAfter=3),
    "small": _style("small", fontSize=7.5, leading=9.5, textColor=MUTED),
    "note": _style("note", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=3),
    "cell": _style("cell", fontSize=8, leading=10),
    "cell_bold": _style("cell_bold", fontName="Helvetica-Bold", fontSize=8, leading=10),
    "cell_r": _style("cell_r", fontSize=8, leading=10, alignment=TA_RIGHT),
    "cell_rb": _style("cell_rb", fontName="Helvetica-Bold", fontSize=8, leading=10, alignment=TA_RIGHT),
    "head": _style("head", fontName="Helvetica-Bold", fontSize=7.5, leading=9.5),
    "head_r": _style("head_r", fontName="Helvetica-Bold", fontSize=7.5, leading=9.5, alignment=TA_RIGHT),
    # dense tables (breakdowns): 7.5 pt
    "dcell": _style("dcell", fontSize=7.5, leading=9.5),
    "dcell_bold": _style("dcell_bold", fontName="Helvetica-Bold", fontSize=7.5, leading=9.5),
    "dcell_r": _style("dcell_r", fontSize=7.5, leading=9.5, alignment=TA_RIGHT),
    "dcell_rb": _style("dcell_rb", fontName="Helvetica-Bold", fontSize=7.5, leading=9.5, alignment=TA_RIGHT),
    "highlight": _style("highlight", fontSize=8, leading=10.5, backColor=colors.HexColor("#fff3c4"),
                        borderPadding=(1.5, 2, 2, 2), spaceBefore=1.5, spaceAfter=4.5),
}


def esc(text) -> str:
    """User text as Paragraph markup: escaped (so '<b>&amp;' prints as typed), line ends kept."""
    return escape(clean_text(str(text if text is not None else ""))).replace("\n", "<br/>")


def para(text, style: str = "body", markup: bool = False) -> Paragraph:
    """A wrapping paragraph; ``text`` is escaped unless ``markup`` says it is our own markup."""
    return Paragraph(text if markup else esc(text), STYLES[style])


def n(value: int) -> str:
    return f"{value:,}"


def grid_style(header_rows: int = 1, zebra: bool = True, rows: int = 0, total_last: bool = False,
               pad: float = 3) -> list:
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, MUTED),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
    ]
    if zebra and rows:
        for r in range(header_rows + 1, rows, 2):
            cmds.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    if total_last:
        cmds += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL), ("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED)]
    return cmds


def table(data: list[list], widths: list[float], header_rows: int = 1, total_last: bool = False,
          extra: list | None = None, zebra: bool = True, pad: float = 3) -> Table:
    """A grid whose header repeats on each page and whose rows may split across pages."""
    t = Table(data, colWidths=widths, repeatRows=header_rows, hAlign="LEFT", splitInRow=1)
    t.setStyle(TableStyle(grid_style(header_rows, zebra, len(data), total_last, pad) + (extra or [])))
    return t


def band_chip(band: QualityBand | None, text: str, width: float) -> Table:
    """A coloured box with the band's name and reason in words."""
    fill = BAND_COLOURS.get(band, colors.HexColor("#9aa3af")) if band else colors.HexColor("#9aa3af")
    ink = BAND_TEXT.get(band, colors.black) if band else colors.black
    style = ParagraphStyle("chip", parent=STYLES["body"], fontName="Helvetica-Bold", fontSize=11, leading=14,
                           textColor=ink)
    t = Table([[Paragraph(text, style)]], colWidths=[width], hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return t


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def _canvas_class(header: str, generated: str):
    """A canvas that holds pages back until the end, to print 'Page n of N' on each."""

    class FooterCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            w, _h = self._pagesize
            page = self._pageNumber
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            y = MARGIN - 7 * mm
            self.line(MARGIN, y + 9, w - MARGIN, y + 9)
            self.setFillColor(MUTED)
            self.setFont("Helvetica", 7)
            self.drawString(MARGIN, y, f"{APP_NAME} {__version__} \u00b7 generated {generated}")
            self.drawCentredString(w / 2, y, NO_NAMES)
            self.drawRightString(w - MARGIN, y, f"Page {page} of {total}")
            if page > 1 and header:
                self.drawString(MARGIN, self._pagesize[1] - MARGIN + 4 * mm, header[:120])
            self.restoreState()

    return FooterCanvas


def build_pdf(
    path: str | Path,
    story: list,
    *,
    title: str,
    subject: str,
    header: str,
    generated_at: datetime,
    cancelled: Cancelled | None = None,
) -> int:
    """Lay ``story`` out into ``path`` atomically; return the number of pages.

    Raises ReportCancelled (checked at every page), reportlab's LayoutError, or
    OSError when the file cannot be written; in every case nothing is left
    under ``path`` or beside it.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise OSError(f"The folder {path.parent} does not exist.")
    pages = [0]

    def on_page(canvas, doc):
        pages[0] = doc.page
        if cancelled and cancelled():
            raise ReportCancelled()

    fd, tmp = tempfile.mkstemp(prefix=".qpp-report-", suffix=".pdf.part", dir=path.parent)
    os.close(fd)
    try:
        doc = SimpleDocTemplate(
            tmp, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
            title=title, author=APP_NAME, subject=subject, creator=f"{APP_NAME} {__version__}",
            keywords=NO_NAMES,
        )
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page,
                  canvasmaker=_canvas_class(header, generated_at.strftime("%d %b %Y %H:%M UTC")))
        os.chmod(tmp, 0o600)  # case data: readable by its owner only, like the database
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return pages[0]
