"""The batch or period report: band distributions, the target, error themes, the trend.

Every number on it comes from :func:`qpp_reviewer.statistics.summarise` over
the same :class:`~qpp_reviewer.statistics.ReviewFacts` that ``qpp-reviewer
summary`` uses (``Store.review_facts``), and the error themes from
:func:`qpp_reviewer.themes.error_themes` over the same complete reviews; the
method is printed on the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from fractions import Fraction
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from ..domain import Product, QualityBand
from ..messages import counted_noun
from ..statistics import METHOD, TARGET_SATISFACTORY, BandCounts, ReviewFacts, summarise
from ..storage.store import ReviewFilter, Store
from ..themes import ErrorTheme, error_themes
from .common import (
    BAND_COLOURS,
    FRAME_WIDTH,
    INK,
    MUTED,
    NO_NAMES,
    RULE,
    Cancelled,
    Progress,
    ReportCancelled,
    ReportResult,
    build_pdf,
    esc,
    n,
    para,
    table,
    utc_now,
)

THEMES_SHOWN = 20
TARGET = Fraction(TARGET_SATISFACTORY, 100)
Selection = ReviewFilter | Sequence[ReviewFacts] | None


@dataclass
class BatchReportData:
    """The figures of one report, all from summarise() and error_themes()."""

    selection: list[str]  # the selection in words, one line each
    heading: str  # the selection in a few words, for the subtitle
    facts: list[ReviewFacts]
    overall: BandCounts
    by_product: list[tuple[tuple[str, ...], BandCounts]]
    by_unit: list[tuple[tuple[str, ...], BandCounts]]
    by_stream: list[tuple[tuple[str, ...], BandCounts]]
    by_month: list[tuple[tuple[str, ...], BandCounts]]
    themes: list[ErrorTheme]
    source: str = ""
    products: dict[Product, BandCounts] = field(default_factory=dict)
    outcomes: object = None  # appeals.OutcomeFigures of the selection, when outcomes were imported (issue 20)
    coverage: object = None  # coverage.CoverageFigures of the selection, by month (issue 20), unless a batch
    time: object = None  # timespent.TimeFigures of the selection, when any active time is recorded (issue 20)
    disputes: object = None  # disputes.DisputeFigures of the selection, when feedback was issued (issue 18)
    # First and second reviews of the selected cases (qpp_reviewer.agreement.PairReport over all), or None
    agreement: object | None = None


def _d(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def describe_selection(store: Store, flt: ReviewFilter | None, short: bool = False) -> list[str]:
    """The filter in words, for the report's first page and its method (``short``: for a subtitle)."""
    flt = flt or ReviewFilter()
    out: list[tuple[str, str]] = []  # (short, long)
    if flt.batch_id:
        b = next((b for b in store.batches() if b.id == flt.batch_id), None)
        if b is None:
            out.append((f"Batch {flt.batch_id}", f"Batch {flt.batch_id} (not found)"))
        else:
            state = (f"signed off by {b.signed_off_by} on {_d(b.signed_off_at)}" if b.signed_off
                     else "not signed off")
            out.append((f"Batch '{b.name}'", f"Batch '{b.name}' ({state})"))
    if flt.date_from or flt.date_to:
        if flt.date_from and flt.date_to:
            period = f"{_d(flt.date_from)} to {_d(flt.date_to)}"
        elif flt.date_from:
            period = f"from {_d(flt.date_from)}"
        else:
            period = f"up to {_d(flt.date_to)}"
        out.append((period[0].upper() + period[1:],
                    f"Period: {period}, by the date of the interview or decision (inclusive)"))
    for label, value in (("Unit", flt.unit), ("Product", flt.product and flt.product.label),
                         ("Stream", flt.stream and flt.stream.label), ("Band", flt.band and flt.band.value),
                         ("Status", flt.status and flt.status.label), ("Reviewer", flt.reviewer),
                         ("Case reference contains", flt.text)):
        if value:
            out.append((f"{value}" if label in ("Unit", "Product", "Stream") else f"{label}: {value}",
                        f"{label}: {value}"))
    if flt.ids is not None:
        out.append((f"{len(flt.ids):,} chosen reviews",) * 2)
    if flt.state:  # which reviews the figures count (issue 17): only those in a state at the centre
        state = flt.state.replace("_", " ")
        out.append((f"Only reviews {state} at the centre",
                    f"Reviews counted: only collated reviews {state} at the centre (a quality lead's review state)"))
    if flt.open_queries:
        out.append(("Reviews with open queries",) * 2)
    if not out:
        out.append(("All reviews", "All reviews in the database"))
    if not flt.state and store.states.counts()["approved"]:
        # the centre approves reviews here: say that these figures count every review, approved or not
        out.append(("Every review counted, approved or not",
                    "Reviews counted: every review that counts, whatever its state at the centre"))
    return [x[0] if short else x[1] for x in out]


def batch_report_data(store: Store, selection: Selection = None, progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> BatchReportData:
    """Gather a report's figures: a ReviewFilter (None: everything) or an explicit list of ReviewFacts."""
    if progress:
        progress(0, 4, "Reading the reviews")
    if selection is None or isinstance(selection, ReviewFilter):
        facts = store.review_facts(selection)
        words = describe_selection(store, selection)
        heading = " \u00b7 ".join(describe_selection(store, selection, short=True))
        theme_args = dict(flt=selection)
    else:
        facts = list(selection)
        words = [f"{len(facts):,} chosen reviews"]
        heading = words[0]
        theme_args = dict(review_ids=[f.id for f in facts])
    if cancelled and cancelled():
        raise ReportCancelled()
    if progress:
        progress(1, 4, "Counting bands")
    overall = summarise(facts)[-1][1]
    by_product = summarise(facts, ["product"])
    products = {Product.parse(k[0]): c for k, c in by_product[:-1]}
    data = BatchReportData(
        selection=words, heading=heading, facts=facts, overall=overall, by_product=by_product,
        by_unit=summarise(facts, ["unit"]), by_stream=summarise(facts, ["stream"]),
        by_month=summarise(facts, ["month"]), themes=[],
        source=Path(store.location).name, products=products,
    )
    if cancelled and cancelled():
        raise ReportCancelled()
    if progress:
        progress(2, 4, "Counting error themes")
    data.themes = error_themes(store, **theme_args) if facts else []
    if (selection is None or isinstance(selection, ReviewFilter)) and store.appeals.count():
        from ..appeals import outcome_figures

        data.outcomes = outcome_figures(store, selection)
    if selection is None or (isinstance(selection, ReviewFilter) and not selection.batch_id):
        from ..coverage import coverage_figures

        data.coverage = coverage_figures(store, selection)
    if selection is None or isinstance(selection, ReviewFilter):
        from ..timespent import time_figures

        spent = time_figures(store, selection)
        data.time = spent if spent.total.reviews else None
    if (selection is None or isinstance(selection, ReviewFilter)) and store.replies.any_issued():
        from ..disputes import dispute_figures

        data.disputes = dispute_figures(store, selection)
    data.agreement = _agreement(store, [f.id for f in facts]) if facts else None
    return data


def _agreement(store: Store, ids: list[str]):
    from ..agreement import agreement_report, review_pairs_among

    pairs = review_pairs_among(store, ids)
    return agreement_report(pairs, "all")[0] if pairs else None


# -- pieces -----------------------------------------------------------------------------------------------
def _ci(c: BandCounts, unit: str = "%") -> str:
    ci = c.satisfactory_interval()
    if ci is None:
        return "\u2013"
    return f"{ci[0] * 100:.1f}\u2013{ci[1] * 100:.1f}{unit}"


def _target(c: BandCounts) -> str:
    if c.total == 0:
        return "\u2013"
    met = Fraction(c.satisfactory, c.total) >= TARGET
    lo, hi = c.satisfactory_interval()
    unsure = lo <= TARGET_SATISFACTORY / 100 <= hi
    return ("Met" if met else "Not met") + ("*" if unsure else "")


def _nc(count: int, c: BandCounts) -> str:
    """'1,174 (39%)' as in the summary command and the published tables."""
    return f"{count:,} ({c.pct(count)}%)"


def published_table(label: str, c: BandCounts) -> Table:
    """The shape of the inspection's Annex C tables, for one product."""
    head = [para(label, "head"), para("Number", "head_r"), para("Percentage", "head_r"),
            para("Total number", "head_r"), para("Total percentage", "head_r"),
            para("Satisfactory/unsatisfactory", "head")]
    groups = {QualityBand.QS1: (c.satisfactory, "Satisfactory"),
              QualityBand.QS3: (c.unsatisfactory_outcome_correct, "Unsatisfactory but outcome correct"),
              QualityBand.QS5: (c.unsatisfactory_outcome_wrong, "Unsatisfactory and wrong")}
    rows = [head]
    for b in QualityBand:
        k = c.counts[b]
        g = groups.get(b)
        rows.append([para(b.value, "cell_bold"), para(n(k), "cell_r"), para(f"{c.pct(k)}%", "cell_r"),
                     para(n(g[0]), "cell_r") if g else "", para(f"{c.pct(g[0])}%", "cell_r") if g else "",
                     para(g[1], "cell") if g else ""])
    rows.append([para("Total", "cell_bold"), para(n(c.total), "cell_rb"), para("100%" if c.total else "\u2013",
                                                                              "cell_r"),
                 "", "", para(f"Not complete, excluded: {n(c.excluded)}", "cell")])
    w = FRAME_WIDTH
    widths = [0.12 * w, 0.13 * w, 0.14 * w, 0.15 * w, 0.16 * w, 0.30 * w]
    extra = [("SPAN", (3, 1), (3, 2)), ("SPAN", (4, 1), (4, 2)), ("SPAN", (5, 1), (5, 2)),
             ("SPAN", (3, 3), (3, 4)), ("SPAN", (4, 3), (4, 4)), ("SPAN", (5, 3), (5, 4)),
             ("VALIGN", (3, 1), (-1, -2), "MIDDLE")]
    for b, row in zip(QualityBand, range(1, 6)):
        extra.append(("LINEBEFORE", (0, row), (0, row), 4, BAND_COLOURS[b]))
    return table(rows, widths, total_last=True, extra=extra, zebra=False)


BREAKDOWN_HEAD = ["QS1", "QS2", "QS3", "QS4", "QS5", "Total", "Satisf. (QS1+2)", "95% CI (%)", "Target 75%",
                  "Excl."]


def breakdown(group_label: str, rows: list[tuple[tuple[str, ...], BandCounts]], fmt_key=lambda k: k[0]) -> list:
    """The breakdown table, and the footnote for its asterisks if it has any."""
    out: list = [breakdown_table(group_label, rows, fmt_key)]
    if any(_target(c).endswith("*") for _k, c in rows):
        out.append(para("* The 95% interval contains 75%: the sample is too small to tell whether the group's "
                        "true share is above or below the target.", "small"))
    return out


def breakdown_table(group_label: str, rows: list[tuple[tuple[str, ...], BandCounts]],
                    fmt_key=lambda k: k[0]) -> Table:
    """One row per group: each band as number (percentage), the total, satisfactory share, CI, target."""
    head = [para(group_label, "head")] + [para(h, "head_r") for h in BREAKDOWN_HEAD]
    data = [head]
    for key, c in rows:
        bold = key[0] == "All"
        cell = "dcell_rb" if bold else "dcell_r"
        data.append(
            [para("All selected" if bold else fmt_key(key), "dcell_bold" if bold else "dcell")]
            + [para(_nc(c.counts[b], c), cell) for b in QualityBand]
            + [para(n(c.total), cell), para(_nc(c.satisfactory, c), cell), para(_ci(c, ""), cell),
               para(_target(c), cell), para(n(c.excluded), cell)]
        )
    # Wide enough for '1,174 (39%)' and '51.8-55.4' on one line at 7.5 pt; bigger numbers wrap in their cell.
    fixed = [16.6 * mm] * 5 + [10.5 * mm, 16.6 * mm, 15 * mm, 12.4 * mm, 8.5 * mm]
    widths = [FRAME_WIDTH - sum(fixed)] + fixed
    return table(data, widths, total_last=True, pad=2.5)


def band_chart(title: str, c: BandCounts, width: float, height: float = 62 * mm) -> Drawing:
    """Bars per band, each labelled with its number and percentage (colour is not the only signal)."""
    d = Drawing(width, height)
    d.add(String(0, height - 10, title, fontName="Helvetica-Bold", fontSize=9, fillColor=INK))
    bc = VerticalBarChart()
    bc.x, bc.y = 28, 22
    bc.width, bc.height = width - 36, height - 50
    values = [c.counts[b] for b in QualityBand]
    bc.data = [values]
    top = max(values + [1])
    bc.valueAxis.valueMin = 0
    bc.valueAxis.valueMax = top * 1.18
    bc.valueAxis.labels.fontName = "Helvetica"
    bc.valueAxis.labels.fontSize = 7
    bc.valueAxis.visibleGrid = True
    bc.valueAxis.gridStrokeColor = RULE
    bc.valueAxis.gridStrokeWidth = 0.3
    bc.valueAxis.labelTextFormat = lambda v: f"{int(v):,}" if float(v).is_integer() else ""
    bc.categoryAxis.categoryNames = [b.value for b in QualityBand]
    bc.categoryAxis.labels.fontName = "Helvetica-Bold"
    bc.categoryAxis.labels.fontSize = 8
    bc.categoryAxis.labels.dy = -2
    bc.bars.strokeColor = None
    bc.barWidth = 10
    for i, b in enumerate(QualityBand):
        bc.bars[(0, i)].fillColor = BAND_COLOURS[b]
    bc.barLabelFormat = "values"
    bc.barLabelArray = [[f"{v:,} ({c.pct(v)}%)" for v in values]]
    bc.barLabels.fontName = "Helvetica"
    bc.barLabels.fontSize = 7
    bc.barLabels.boxAnchor = "s"
    bc.barLabels.dy = 2
    d.add(bc)
    d.add(String(0, 2, f"{c.total:,} complete reviews; satisfactory (QS1+QS2) {_nc(c.satisfactory, c)}",
                 fontName="Helvetica", fontSize=7, fillColor=MUTED))
    return d


def _month_label(key: str) -> str:
    y, m = key.split("-")
    return date(int(y), int(m), 1).strftime("%b %Y")


def _months_between(first: str, last: str) -> list[str]:
    y, m = map(int, first.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def trend_chart(rows: list[tuple[tuple[str, ...], BandCounts]], width: float, height: float = 62 * mm) -> Drawing:
    """Satisfactory share by month with its 95% interval and the 75% target line."""
    by_key = {k[0]: c for k, c in rows if k[0] != "All"}
    months = _months_between(min(by_key), max(by_key)) if by_key else []
    d = Drawing(width, height)
    d.add(String(0, height - 10, "Satisfactory share (QS1+QS2) by month",
                 fontName="Helvetica-Bold", fontSize=9, fillColor=INK))
    x0, y0, x1, y1 = 30, 24, width - 8, height - 20
    ys = lambda p: y0 + (y1 - y0) * p  # noqa: E731
    for p in (0, 0.25, 0.5, 0.75, 1.0):
        d.add(Line(x0, ys(p), x1, ys(p), strokeColor=RULE, strokeWidth=0.3))
        d.add(String(x0 - 4, ys(p) - 2.5, f"{int(p * 100)}%", fontName="Helvetica", fontSize=7,
                     fillColor=MUTED, textAnchor="end"))
    target = Line(x0, ys(TARGET_SATISFACTORY / 100), x1, ys(TARGET_SATISFACTORY / 100), strokeColor=INK,
                  strokeWidth=0.9, strokeDashArray=[3, 2])
    d.add(target)
    # legend, top right: what the line, the dots and the whiskers are
    lx, ly = x1 - 250, height - 9
    d.add(Line(lx, ly + 2.5, lx + 14, ly + 2.5, strokeColor=INK, strokeWidth=0.9, strokeDashArray=[3, 2]))
    d.add(String(lx + 17, ly, f"target {TARGET_SATISFACTORY}%", fontName="Helvetica", fontSize=7, fillColor=INK))
    d.add(Circle(lx + 78, ly + 2.5, 2.2, fillColor=BAND_COLOURS[QualityBand.QS1], strokeColor=None))
    d.add(String(lx + 83, ly, "satisfactory share (label: %)", fontName="Helvetica", fontSize=7, fillColor=INK))
    d.add(Line(lx + 190, ly - 1, lx + 190, ly + 6, strokeColor=MUTED, strokeWidth=0.8))
    d.add(String(lx + 194, ly, "95% interval", fontName="Helvetica", fontSize=7, fillColor=INK))
    if not months:
        return d
    step = (x1 - x0) / len(months)
    every = max(1, -(-len(months) // 12))
    points = []
    for i, key in enumerate(months):
        x = x0 + step * (i + 0.5)
        if i % every == 0:
            d.add(String(x, y0 - 10, date(int(key[:4]), int(key[5:]), 1).strftime("%b %y"), fontName="Helvetica",
                         fontSize=6.5, fillColor=MUTED, textAnchor="middle"))
        c = by_key.get(key)
        if c is None or c.total == 0:
            continue
        lo, hi = c.satisfactory_interval()
        share = c.satisfactory / c.total
        d.add(Line(x, ys(lo), x, ys(hi), strokeColor=MUTED, strokeWidth=0.8))
        d.add(Line(x - 2, ys(lo), x + 2, ys(lo), strokeColor=MUTED, strokeWidth=0.8))
        d.add(Line(x - 2, ys(hi), x + 2, ys(hi), strokeColor=MUTED, strokeWidth=0.8))
        points.append((x, ys(share), c))
    if len(points) > 1:
        d.add(PolyLine([v for x, y, _ in points for v in (x, y)], strokeColor=BAND_COLOURS[QualityBand.QS1],
                       strokeWidth=1.2))
    for x, y, c in points:
        d.add(Circle(x, y, 2.2, fillColor=BAND_COLOURS[QualityBand.QS1], strokeColor=colors.white,
                     strokeWidth=0.5))
        label = f"{c.pct(c.satisfactory)}%"
        d.add(Rect(x + 2.5, y + 2, stringWidth(label, "Helvetica", 6.5) + 1.5, 7.5, fillColor=colors.white,
                   strokeColor=None))
        d.add(String(x + 3, y + 3.5, label, fontName="Helvetica", fontSize=6.5, fillColor=INK))
    return d


def themes_table(themes: list[ErrorTheme], shown: int = THEMES_SHOWN) -> Table:
    head = [para("#", "head_r"), para("Criterion", "head"), para("Minor", "head_r"),
            para("Significant", "head_r"), para("Fail", "head_r"), para("Reviews with an error", "head_r"),
            para("Reviews assessed", "head_r"), para("Error rate", "head_r")]
    rows = [head]
    for i, t in enumerate(themes[:shown], 1):
        product = t.product.label if t.product else t.template_id
        detail = f"{esc(product)} checklist \u00b7 {esc(t.section_title)}"
        if t.special_policy:
            detail += f" \u00b7 special policy: {esc(t.special_policy.label.lower())}"
        rows.append([
            para(str(i), "cell_r"),
            para(f"<b>{esc(t.label)}</b><br/><font size='6.5' color='#5b6270'>{detail}</font>", "cell", markup=True),
            para(n(t.minor), "cell_r"), para(n(t.significant), "cell_r"), para(n(t.fail), "cell_r"),
            para(n(t.errors), "cell_r"), para(n(t.assessed), "cell_r"), para(f"{t.error_pct}%", "cell_r"),
        ])
    fixed = [12 * mm, 18 * mm, 10 * mm, 16 * mm, 16 * mm, 12 * mm]
    return table(rows, [7 * mm, FRAME_WIDTH - 7 * mm - sum(fixed)] + fixed)


# -- the report -----------------------------------------------------------------------------------------
def batch_story(data: BatchReportData, title: str, generated_at: datetime) -> list:
    c = data.overall
    story: list = [para(title, "title"), para(data.heading, "subtitle")]

    sel = [[para("Selection", "cell_bold"), para("; ".join(data.selection), "cell")],
           [para("Reviews", "cell_bold"),
            para(f"{len(data.facts):,} in the selection; {c.total:,} complete and counted; {c.excluded:,} "
                 "excluded (not complete, or no band)", "cell")],
           [para("Source", "cell_bold"), para(f"{data.source}, generated {generated_at:%d %b %Y %H:%M} UTC", "cell")]]
    t = Table(sel, colWidths=[24 * mm, FRAME_WIDTH - 24 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    story += [t, Spacer(1, 6)]

    if c.total == 0:
        story.append(para("No complete review matches this selection, so there is nothing to count. "
                          f"{counted_noun(c.excluded, 'review')} in it {'is' if c.excluded == 1 else 'are'} not complete yet.", "h3"))
        story += method_section(data)
        return story

    lo, hi = c.satisfactory_interval()
    verdict = "met" if Fraction(c.satisfactory, c.total) >= TARGET else "not met"
    story.append(para(
        f"<b>Satisfactory (QS1+QS2): {c.satisfactory:,} of {c.total:,} ({c.pct(c.satisfactory)}%)</b>, "
        f"95% confidence interval {lo * 100:.1f}\u2013{hi * 100:.1f}%. Target {TARGET_SATISFACTORY}%: "
        f"<b>{verdict}</b>.", "h3", markup=True))
    story.append(para("Figures count complete reviews only; how bands, shares and intervals are computed is set out "
                      "under Method at the end.", "note"))

    for product in (Product.DECISION, Product.INTERVIEW):
        pc = data.products.get(product)
        if pc is None:
            continue
        lo, hi = pc.satisfactory_interval() or (0, 0)
        block = [para(f"{product.label}s: quality scores", "h2"),
                 published_table(product.label + "s", pc),
                 para(f"Satisfactory {_nc(pc.satisfactory, pc)} of {pc.total:,}, 95% CI {_ci(pc)}; target "
                      f"{TARGET_SATISFACTORY}%: {_target(pc).lower().rstrip('*')}.", "note")]
        story.append(KeepTogether(block))

    charts = [(f"{p.label}s", data.products[p]) for p in (Product.DECISION, Product.INTERVIEW)
              if p in data.products]
    if charts:
        story.append(CondPageBreak(75 * mm))
        story.append(para("Bands", "h2"))
        w = FRAME_WIDTH / len(charts) if len(charts) > 1 else FRAME_WIDTH * 0.62
        row = [band_chart(f"{label} by band", pc, w - 6) for label, pc in charts]
        ct = Table([row], colWidths=[w] * len(row), hAlign="LEFT")
        ct.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(ct)

    story.append(CondPageBreak(60 * mm))
    story.append(para("By product", "h2"))
    story += breakdown("Product", data.by_product)
    story.append(CondPageBreak(60 * mm))
    story.append(para("By unit", "h2"))
    story.append(para("Interviews and decisions together; select one product to see it alone.", "note"))
    story += breakdown("Unit", data.by_unit)
    story.append(CondPageBreak(60 * mm))
    story.append(para("By review stream", "h2"))
    story += breakdown("Stream", data.by_stream)

    story.append(CondPageBreak(90 * mm))
    story.append(para("Trend by month", "h2"))
    story.append(trend_chart(data.by_month, FRAME_WIDTH))
    story.append(Spacer(1, 4))
    by_key = {k[0]: cc for k, cc in data.by_month[:-1]}
    months = _months_between(min(by_key), max(by_key)) if by_key else []
    month_rows = [((m,), by_key.get(m, BandCounts())) for m in months] + [data.by_month[-1]]
    story += breakdown("Month", month_rows, fmt_key=lambda k: _month_label(k[0]))
    # the periods the published tables use, when the selection spans more than one of them (issue 20 item 5)
    for by, heading, label in (("quarter", "By quarter", "Quarter"),
                               ("fy", "By financial year (April\u2013March)", "Financial year")):
        rows = summarise(data.facts, [by])
        if len(rows) > 2:
            story.append(CondPageBreak(50 * mm))
            story.append(para(heading, "h2"))
            story += breakdown(label, rows, fmt_key=(lambda k: f"{k[0][:4]} {k[0][5:]}") if by == "quarter"
                               else (lambda k: f"FY {k[0]}"))

    story.append(CondPageBreak(70 * mm))
    story.append(para("Error themes: the criteria most often found in error", "h2"))
    if data.themes:
        shown = min(THEMES_SHOWN, len(data.themes))
        story.append(para(
            f"Among the {c.total:,} complete reviews, the number of reviews with each severity of error on each "
            "criterion (a review counts once per criterion). Ordered by reviews with a significant or fail error, "
            f"then fail, then any error. Showing {shown} of {len(data.themes)} criteria with at least one error.",
            "note"))
        story.append(themes_table(data.themes))
    else:
        story.append(para("No errors were recorded in the complete reviews selected.", "body"))
    if data.outcomes is not None:
        story += outcomes_section(data.outcomes)
    if data.coverage is not None:
        story += coverage_section(data.coverage)
    if data.time is not None:
        story += time_section(data.time)
    if data.disputes is not None:
        story += disputes_section(data.disputes)
    if data.agreement is not None:
        story += agreement_section(data.agreement)
    story += method_section(data)
    return story


def outcomes_section(f) -> list:
    """Appeal and PARU outcomes against the bands (qpp_reviewer.appeals: the figures of the dashboard's
    Appeal outcomes and of `qpp-reviewer outcomes`)."""
    from ..storage.appeals import OUTCOME_LABELS

    def share(x) -> str:
        if not x.n:
            return "\u2013"
        lo, hi = x.interval
        return f"{x.pct:.0f}% ({100 * lo:.0f}\u2013{100 * hi:.0f}%)"

    out = [CondPageBreak(80 * mm), para("Appeal and PARU outcomes of reviewed decisions", "h2"),
           para(f"Reviewed decisions in this selection with a known outcome: {f.total.n:,}; overturned: "
                f"{f.total.overturned:,} ({share(f.total)}).", "body")]
    rows = [[para("Band", "head"), para("Decisions", "head_r"), para("Overturned", "head_r"),
             para("Share (95% interval)", "head_r")]]
    for x in f.by_band + f.by_verdict:
        rows.append([para(x.label, "cell"), para(n(x.n), "cell_r"), para(n(x.overturned), "cell_r"),
                     para(share(x), "cell_r")])
    out.append(table(rows, [FRAME_WIDTH - 90 * mm, 25 * mm, 25 * mm, 40 * mm]))
    if f.criteria:
        out += [Spacer(1, 4), para("Criteria whose significant or fail errors came before an overturn (counts shown, "
                                   "so that small numbers are visible)", "note")]
        rows = [[para("Criterion", "head"), para("Decisions with the error", "head_r"), para("Overturned", "head_r")]]
        for c in f.criteria[:12]:
            rows.append([para(f"{c.criterion_id} {c.title}", "cell"), para(n(c.with_error), "cell_r"),
                         para(n(c.overturned), "cell_r")])
        out.append(table(rows, [FRAME_WIDTH - 70 * mm, 40 * mm, 30 * mm]))
    out += [Spacer(1, 4), para(f"Decisions scored QS1 or QS2 that were later overturned, for a second look: "
                               f"{len(f.second_look)}" + (": " + "; ".join(
                                   f"{x.case_reference} ({x.band}, {OUTCOME_LABELS[x.outcome]}, "
                                   f"{x.outcome_date:%d %b %Y})" for x in f.second_look[:30]) if f.second_look else "")
                               + ("; \u2026" if len(f.second_look) > 30 else "") + ".", "note")]
    if f.ambiguous:
        out.append(para(f"Left out as ambiguous (several reviewed decisions of the case): "
                        f"{', '.join(f.ambiguous[:30])}.", "note"))
    out.append(para(f.method, "note"))
    return out


def coverage_section(f) -> list:
    """Coverage against the sampling targets (qpp_reviewer.coverage: the figures of the dashboard's Coverage
    and of `qpp-reviewer summary --coverage`)."""
    from ..coverage import _met, _rate

    t = f.targets
    out = [CondPageBreak(70 * mm), para("Coverage against sampling targets", "h2"),
           para(f"Routine sampling target: {100 * t.decision_rate:g}% of decisions and {100 * t.interview_rate:g}% "
                f"of interviews made; first-line secondary assurance in each unit at least every "
                f"{t.secondary_months} months.", "note")]
    head = ["Period", "Unit", "Decisions made", "Routine", "Rate", "Target", "Interviews made", "Routine", "Rate",
            "Target", "Secondary assurance"]
    rows = [[para(h, "head" if i < 2 else "head_r") for i, h in enumerate(head)]]
    for r in f.rows:
        cells = [r.period, r.unit]
        for p in ("decision", "interview"):
            pop = r.population.get(p)
            cells += ["\u2013" if pop is None else n(pop), n(r.routine(p)), _rate(r, p).replace("\u2014", "\u2013"),
                      _met(r, p)]
        cells.append(n(r.secondary))
        rows.append([para(c, "dcell" if i < 2 else "dcell_r") for i, c in enumerate(cells)])
    if f.rows:
        w = [16 * mm, 32 * mm, 16 * mm, 13 * mm, 12 * mm, 18 * mm, 16 * mm, 13 * mm, 12 * mm, 18 * mm]
        w.append(FRAME_WIDTH - sum(w))
        out.append(table(rows, w))
    else:
        out.append(para("No population entered and no complete reviews in the selection.", "body"))
    out.append(para(f"Units with no secondary assurance completed since {_d(f.since)} (as of {_d(f.as_of)}): "
                    f"{len(f.overdue)} of {len(f.units_checked)}" + (": " + "; ".join(
                        f"{o.unit} ({'latest ' + _d(o.last) if o.last else 'none recorded'})" for o in f.overdue)
                        if f.overdue else "") + ".", "highlight" if f.overdue else "note"))
    out.append(para(f.method, "note"))
    return out


def time_section(f) -> list:
    """Time spent on the selection's reviews (qpp_reviewer.timespent: as the dashboard's Time spent and
    `qpp-reviewer summary --time`)."""
    from ..timespent import hours_text, minutes

    out = [CondPageBreak(60 * mm), para("Time spent on reviews (active time)", "h2"),
           para(f"{n(f.total.reviews)} reviews with active time recorded, {n(f.sessions)} work sessions, "
                f"{hours_text(f.total.total_seconds)} in all; median {minutes(f.total.median_seconds)} per review.",
                "body")]
    for title, groups in (("Unit", f.by_unit), ("Product", f.by_product), ("Reviewer", f.by_reviewer)):
        rows = [[para(title, "head"), para("Reviews", "head_r"), para("Total", "head_r"),
                 para("Median per review", "head_r")]]
        for g in groups:
            rows.append([para(g.label, "cell"), para(n(g.reviews), "cell_r"), para(hours_text(g.total_seconds), "cell_r"),
                         para(minutes(g.median_seconds), "cell_r")])
        out += [table(rows, [FRAME_WIDTH - 90 * mm, 25 * mm, 25 * mm, 40 * mm]), Spacer(1, 4)]
    out.append(para(f.method, "note"))
    return out


def disputes_section(f) -> list:
    """The decision makers' disputes of feedback and their arbitration (qpp_reviewer.disputes: the figures of
    the dashboard's Disputes window and of `qpp-reviewer summary --disputes`)."""
    from ..disputes import HEAD, cells, headline

    heads = ("Findings issued", "Disputed", "Dispute rate", "Upheld", "Overturned", "Amended", "Open",
             "Changed (rate)")
    widths = [w * mm for w in (15, 15, 14, 13, 17, 16, 11, 24)]
    widths = [FRAME_WIDTH - sum(widths)] + widths
    out = [CondPageBreak(70 * mm), para("Disputes of feedback and their outcomes", "h2"),
           para(headline(f) + ".", "body")]
    for by, title in (("criterion", "Criterion"), ("reviewer", "Reviewer"), ("unit", "Unit")):
        rows = [[para(title, "head")] + [para(h, "head_r") for h in heads]]
        shown = f.rows(by)[:15]
        for r in shown + [f.total]:
            rows.append([para("All" if r is f.total else r.label, "cell_bold" if r is f.total else "cell")]
                        + [para(c, "cell_r") for c in cells(r)])
        more = len(f.rows(by)) - len(shown)
        out += [Spacer(1, 4), para(f"By {by}" + (f" (the 15 most disputed of {len(f.rows(by))})" if more else ""),
                                   "h3"),
                table(rows, widths, total_last=True)]
    out.append(para(f.method, "note"))
    return out


def agreement_section(report) -> list:
    """Agreement between first and second reviews of the selected cases: %, kappa and Gwet's AC1."""
    from ..agreement import PARADOX_NOTE, format_estimate

    def fmt(x):
        return "\u2013" if x is None else f"{x:.2f}"

    head = [para("On", "head"), para("Pairs", "head_r"), para("Agreement", "head_r"),
            para("Kappa (95% CI)", "head_r"), para("Weighted kappa", "head_r"), para("AC1 (95% CI)", "head_r"),
            para("AC2", "head_r")]
    rows = [head]
    for label, a in (("Band", report.band), ("Findings", report.severities)):
        rows.append([para(label, "cell_bold"), para(n(a.pairs), "cell_r"),
                     para("\u2013" if a.percent is None else f"{a.percent:.0f}%", "cell_r"),
                     para(format_estimate(a.kappa_estimate).replace("\u2014", "\u2013"), "cell_r"),
                     para(fmt(a.weighted_kappa), "cell_r"),
                     para(format_estimate(a.ac1).replace("\u2014", "\u2013"), "cell_r"),
                     para(fmt(a.ac2.value), "cell_r")])
    widths = [22 * mm, 16 * mm, 20 * mm, 36 * mm, 22 * mm, 36 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    return [CondPageBreak(60 * mm), para("Agreement between first and second reviews", "h2"),
            para(f"{counted_noun(report.band.pairs, 'case')} in the selection had a second review, done blind and "
                 "compared here with the first review. Findings: every criterion both reviewers assessed.", "note"),
            table(rows, widths),
            para(PARADOX_NOTE, "highlight")]


def method_section(data: BatchReportData) -> list:
    c = data.overall
    lines = [
        METHOD,
        f"Selection: {'; '.join(data.selection)}. {len(data.facts):,} reviews matched; {c.total:,} complete reviews "
        f"with a band are counted; {c.excluded:,} are excluded because they are not complete (or have no band).",
        "95% confidence interval: the Wilson score interval of the satisfactory share (z = 1.96), from the counts. "
        f"The target is met when at least {TARGET_SATISFACTORY}% of a group's complete reviews are QS1 or QS2 "
        "(compared exactly, before rounding). An asterisk marks a group whose interval contains the target.",
        "Breakdowns by unit, stream and month combine interviews and decisions, which are scored on their own "
        "checklists; the target applies to each. Month is that of the interview or decision date.",
        "Error themes: for each checklist criterion, the complete reviews above whose finding on it is a minor, "
        "significant or fail error; the error rate divides reviews with an error by reviews on which the criterion "
        "was assessed (not marked 'not applicable').",
        f"The same figures come from 'qpp-reviewer summary' on the same reviews. {NO_NAMES}.",
    ]
    if data.agreement is not None:
        from ..agreement import INTERVAL_NOTE

        lines.insert(-1, "Agreement: complete second reviews of the selected cases against their first reviews "
                         "(as 'qpp-reviewer agreement --by all'). Kappa: Cohen (1960); weighted kappa and AC2 with "
                         "linear weights over QS1-QS5 and no error < minor < significant < fail; AC1: Gwet (2008). "
                         + INTERVAL_NOTE)
    out = [CondPageBreak(50 * mm), para("Method", "h2")]
    out += [para(x, "note") for x in lines]
    return out


def batch_pdf(
    store: Store,
    selection: Selection,
    path: str | Path,
    title: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    generated_at: datetime | None = None,
) -> ReportResult:
    """Write the report over ``selection`` (a ReviewFilter, None for all, or ReviewFacts) to ``path``.

    Writes atomically; raises ReportCancelled or OSError.
    """
    generated_at = generated_at or utc_now()
    data = batch_report_data(store, selection, progress, cancelled)
    title = title or "Quality review report"
    if progress:
        progress(3, 4, "Laying out the report")
    story = batch_story(data, title, generated_at)
    pages = build_pdf(path, story, title=title, subject="; ".join(data.selection),
                      header=f"{title} \u00b7 {data.heading}", generated_at=generated_at,
                      cancelled=cancelled)
    if progress:
        progress(4, 4, "Done")
    return ReportResult(Path(path), pages, len(data.facts))
