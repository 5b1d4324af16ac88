"""Case documents: a 300-page interview record opened, paged and searched, beside PDFium alone.

Target (issue 19): ours within 1.3x of the renderer's own time for each figure; the first page
rendered in under 300 ms. Run:
    .venv/bin/python benchmarks/bench_documents.py [--pages 300] [--rounds 7] [--scale 2.0]
Makes a text-heavy A4 PDF with reportlab (46 lines a page), then, each round on a fresh document:
  open to first page   qpp_reviewer.documents.open_document() + render(0)   vs   pypdfium2.PdfDocument(path)
                       + page 0 rendered with the same options (RGBX, white, no forms), its pixels copied out
  page change          render(i) of a page not rendered before (10 pages a round)   vs   the same raw
  search all pages     search() over every page, each hit's rectangles   vs   every page's text page, a
                       PDFium searcher, each hit's rectangles (what a viewer needs to highlight)
Prints medians and ratios, then one RESULT line (JSON) for benchmarks/run_all.py.
The window's own painting of the pixels (a QImage over them, no conversion) is not counted here.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pypdfium2 as pdfium  # noqa: E402

from qpp_reviewer.documents import open_document  # noqa: E402

NEEDLE = "material facts"
TARGET_RATIO = 1.3
TARGET_FIRST_MS = 300


def make_pdf(path: Path, pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for p in range(1, pages + 1):
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawString(60, 800, f"Record of the asylum interview - page {p} of {pages}")
        pdf.setFont("Helvetica", 10)
        y = 776
        for line in range(46):
            if line % 7 == 3:
                text = f"Q{p}.{line}: Can you tell me, in your own words, why you left your home town?"
            elif (p * 46 + line) % 97 == 0:
                text = f"A: I already explained the material facts of my claim at the screening, page {p}."
            else:
                text = ("A: We stayed in the village near the river until the soldiers came in the night; "
                        "then we walked to the border.")
            pdf.drawString(60, y, text)
            y -= 15.5
        pdf.showPage()
    pdf.save()


def raw_render(page, scale):
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True, fill_color=(255, 255, 255, 255),
                         may_draw_forms=False)
    data = bytes(bitmap.buffer)
    bitmap.close()
    return data


def ours_first(path: Path, scale: float):
    t0 = time.perf_counter()
    doc = open_document(path)
    doc.render(0, scale)
    return time.perf_counter() - t0, doc


def raw_first(path: Path, scale: float):
    t0 = time.perf_counter()
    pdf = pdfium.PdfDocument(str(path))
    page = pdf[0]
    raw_render(page, scale)
    return time.perf_counter() - t0, pdf


def ours_pages(doc, pages, scale) -> list[float]:
    out = []
    for i in pages:
        t0 = time.perf_counter()
        doc.render(i, scale)
        out.append(time.perf_counter() - t0)
    return out


def raw_pages(pdf, pages, scale) -> list[float]:
    out = []
    for i in pages:
        t0 = time.perf_counter()
        page = pdf[i]
        raw_render(page, scale)
        out.append(time.perf_counter() - t0)
        page.close()
    return out


def ours_search(doc) -> tuple[float, int]:
    t0 = time.perf_counter()
    hits = doc.search(NEEDLE)
    return time.perf_counter() - t0, len(hits)


def raw_search(pdf) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = 0
    for i in range(len(pdf)):
        page = pdf[i]
        text_page = page.get_textpage()
        searcher = text_page.search(NEEDLE, match_case=False)
        while True:
            found = searcher.get_next()
            if not found:
                break
            start, count = found
            text_page.get_text_range(start, count)
            k = text_page.count_rects(start, count)
            [text_page.get_rect(j) for j in range(k)]
            n += 1
        searcher.close()
        text_page.close()
        page.close()
    return time.perf_counter() - t0, n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--scale", type=float, default=2.0, help="pixels per point (2.0: 144 dpi, a HiDPI screen)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "record.pdf"
        make_pdf(path, args.pages)
        size_mb = path.stat().st_size / 1e6
        first = {"ours": [], "raw": []}
        change = {"ours": [], "raw": []}
        search = {"ours": [], "raw": []}
        hits = {}
        # warm the file cache and PDFium's start-up once, for both
        ours_first(path, args.scale)[1].close()
        raw_first(path, args.scale)[1].close()
        for r in range(args.rounds):
            pages = [(r * 37 + k * 29) % args.pages for k in range(1, 11)]
            for who in (("ours", "raw") if r % 2 == 0 else ("raw", "ours")):  # alternate who goes first
                if who == "ours":
                    t, doc = ours_first(path, args.scale)
                    first["ours"].append(t)
                    change["ours"] += ours_pages(doc, pages, args.scale)
                    doc.close()
                    t, doc = ours_first(path, args.scale)  # a fresh document: no page text read yet
                    s, hits["ours"] = ours_search(doc)
                    search["ours"].append(s)
                    doc.close()
                else:
                    t, pdf = raw_first(path, args.scale)
                    first["raw"].append(t)
                    change["raw"] += raw_pages(pdf, pages, args.scale)
                    pdf.close()
                    t, pdf = raw_first(path, args.scale)
                    s, hits["raw"] = raw_search(pdf)
                    search["raw"].append(s)
                    pdf.close()
    assert hits["ours"] == hits["raw"], hits

    def med(xs):
        return statistics.median(xs) * 1000

    rows = [("open to first page rendered", first), ("page change (a page not shown before)", change),
            (f"search all {args.pages} pages ({hits['ours']} hits)", search)]
    print(f"Case documents: {args.pages}-page PDF ({size_mb:.1f} MB), scale {args.scale} "
          f"({args.scale * 72:.0f} dpi), median of {args.rounds} rounds; pypdfium2 {pdfium.version.PYPDFIUM_INFO}, "
          f"PDFium {pdfium.version.PDFIUM_INFO}")
    print(f"{'figure':<44} {'ours':>10} {'PDFium alone':>13} {'ratio':>7}  target")
    result = {"pages": args.pages, "rounds": args.rounds, "scale": args.scale, "hits": hits["ours"],
              "target_ratio": TARGET_RATIO, "target_first_ms": TARGET_FIRST_MS}
    for (name, d), key in zip(rows, ("first", "change", "search")):
        ours, raw = med(d["ours"]), med(d["raw"])
        ratio = ours / raw if raw else float("nan")
        ok = ratio <= TARGET_RATIO and (key != "first" or ours < TARGET_FIRST_MS)
        target = f"<= {TARGET_RATIO}x" + (f", < {TARGET_FIRST_MS} ms" if key == "first" else "")
        print(f"{name:<44} {ours:8.1f} ms {raw:10.1f} ms {ratio:6.2f}x  {target:<22} {'PASS' if ok else 'MISS'}")
        result[f"{key}_ms"], result[f"{key}_raw_ms"], result[f"{key}_ratio"] = ours, raw, ratio
    print("RESULT " + json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
