"""The document pane (issue 19): a 300-page PDF to its first page painted, a page change painted, a search
of every page with the hits marked, beside PDFium alone drawing into a bare Qt widget in the same run.

Target (issue 19): ours within 1.3x of the renderer's own time; the first page painted in under 300 ms.
Run (offscreen by default):
    .venv/bin/python benchmarks/bench_document_pane.py [--pages 300] [--rounds 7]
Each round, on a fresh document and a fresh widget of the same size (560 x 760, fit width):
  first page painted   open_document + DocumentPane.set_documents + the page widget painted   vs
                       pypdfium2.PdfDocument + page 0 rendered at the same scale + QImage + a bare widget painted
  page change          PgDn sent to the page (render, paint), 10 pages a round   vs   render + QImage + paint
  search, hits marked  the pane's search (every page; first hit's page shown and painted)   vs   every page's
                       text page and PDFium searcher, each hit's rectangles, then that page rendered and painted
Prints medians and ratios, then one RESULT line (JSON), as benchmarks/bench_documents.py does.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdfium2 as pdfium  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from benchmarks.bench_documents import NEEDLE, make_pdf  # noqa: E402
from qpp_reviewer.documents import open_document  # noqa: E402
from qpp_reviewer.qt.document_pane import DocumentPane  # noqa: E402

TARGET_RATIO = 1.3
TARGET_FIRST_MS = 300
SIZE = (560, 760)


class Bare(QWidget):
    """PDFium's pixels in a QImage, painted: what any viewer must do at the least."""

    image: QImage | None = None

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        if self.image is not None:
            p.drawImage(self.rect(), self.image)
        p.end()


def raw_page(pdf, index: int, scale: float, widget: Bare) -> None:
    page = pdf[index]
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True, fill_color=(255, 255, 255, 255),
                         may_draw_forms=False)
    widget.image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                          QImage.Format_RGBX8888).copy()
    widget.setFixedSize(bitmap.width, bitmap.height)
    widget.repaint()
    bitmap.close()
    page.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())
    path = tmp / "record.pdf"
    make_pdf(path, args.pages)
    times: dict[str, list[float]] = {k: [] for k in ("first", "first_raw", "page", "page_raw", "search",
                                                     "search_raw")}
    for _ in range(args.rounds):
        # ours
        pane = DocumentPane()
        pane.resize(*SIZE)
        pane.show()
        app.processEvents()
        t = time.perf_counter()
        doc = open_document(path)
        pane.set_documents([(doc.name, doc, "")])
        pane.view.repaint()
        times["first"].append(time.perf_counter() - t)
        scale = pane.zoom * pane.devicePixelRatioF()
        pane.view.setFocus()
        t = time.perf_counter()
        for _k in range(10):
            QTest.keyClick(pane.view, Qt.Key_PageDown)
            pane.view.repaint()
        times["page"].append((time.perf_counter() - t) / 10)
        t = time.perf_counter()
        pane.search(NEEDLE)
        pane.view.repaint()
        times["search"].append(time.perf_counter() - t)
        hits = len(pane.hits)
        pane.close()
        doc.close()
        # PDFium alone, into a bare widget
        bare = Bare()
        bare.show()
        app.processEvents()
        t = time.perf_counter()
        pdf = pdfium.PdfDocument(str(path))
        raw_page(pdf, 0, scale, bare)
        times["first_raw"].append(time.perf_counter() - t)
        t = time.perf_counter()
        for k in range(1, 11):
            raw_page(pdf, k, scale, bare)
        times["page_raw"].append((time.perf_counter() - t) / 10)
        t = time.perf_counter()
        raw_hits = []
        for i in range(len(pdf)):
            page = pdf[i]
            text = page.get_textpage()
            searcher = text.search(NEEDLE)
            while (found := searcher.get_next()) is not None:
                raw_hits.append((i, [text.get_rect(r) for r in range(text.count_rects(*found))]))
            searcher.close()
            text.close()
            page.close()
        if raw_hits:
            raw_page(pdf, raw_hits[0][0], scale, bare)
        times["search_raw"].append(time.perf_counter() - t)
        pdf.close()
        bare.close()
        assert hits == len(raw_hits), (hits, len(raw_hits))
    med = {k: 1000 * statistics.median(v) for k, v in times.items()}
    print(f"Document pane: {args.pages}-page PDF, {SIZE[0]}x{SIZE[1]} pane at fit width, {args.rounds} rounds "
          f"({hits} hits of {NEEDLE!r})")
    print(f"{'figure':<34} {'ours':>10} {'PDFium alone':>13} {'ratio':>7}  target")
    result = {}
    ok_all = True
    for key, name in (("first", "open to the first page painted"), ("page", "page change painted"),
                      ("search", "search every page, hits marked")):
        ours, raw = med[key], med[key + "_raw"]
        ratio = ours / raw if raw else float("inf")
        ok = ratio <= TARGET_RATIO and (key != "first" or ours < TARGET_FIRST_MS)
        ok_all &= ok
        target = f"<= {TARGET_RATIO}x" + (f", < {TARGET_FIRST_MS} ms" if key == "first" else "")
        print(f"{name:<34} {ours:8.1f} ms {raw:10.1f} ms {ratio:6.2f}x  {target:<20} {'PASS' if ok else 'MISS'}")
        result[key] = {"ours_ms": round(ours, 2), "raw_ms": round(raw, 2), "ratio": round(ratio, 3), "ok": ok}
    print("RESULT " + json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
