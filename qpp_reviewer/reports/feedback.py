"""The feedback sheet: one review, written up for the decision maker.

Case reference, product and dates; the band with its reason (recomputed by
:func:`qpp_reviewer.scoring.score` from the findings); every error with its
criterion, severity, the criterion's guidance and the reviewer's comment,
most serious first; the criteria done well; reviewer, dates and history.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain import Criterion, Product, Review, ReviewStatus, Severity
from ..storage.store import Store
from .common import (
    FRAME_WIDTH,
    MUTED,
    NO_NAMES,
    STYLES,
    Cancelled,
    Progress,
    ReportCancelled,
    ReportResult,
    band_chip,
    build_pdf,
    esc,
    para,
    table,
    utc_now,
)

SEVERITY_ORDER = (Severity.FAIL, Severity.SIGNIFICANT, Severity.MINOR)
SEVERITY_COLOURS = {
    Severity.FAIL: colors.HexColor("#b3261e"),
    Severity.SIGNIFICANT: colors.HexColor("#e8b23a"),
    Severity.MINOR: colors.HexColor("#c9d3e0"),
}
SEVERITY_INK = {Severity.FAIL: colors.white, Severity.SIGNIFICANT: colors.black, Severity.MINOR: colors.black}
EVENT_WORDS = {
    "created": "Review started",
    "completed": "Completed",
}
# The decision maker's sheet shows when the review was made and completed. Why a review was reopened,
# and the batch sign-offs, are the quality team's working (a second review, an assurance check) and
# stay in the app's History: a reopen reason may name another reviewer's finding or an internal step.
SHOWN_EVENTS = tuple(EVENT_WORDS)


def _date(d) -> str:
    return d.strftime("%d %b %Y") if d else "\u2013"


def _guidance(c: Criterion, severity: Severity) -> list[Paragraph]:
    """The criterion's guidance, the line for this error's severity marked."""
    out = []
    labels = {s.label.lower(): s for s in SEVERITY_ORDER}
    for line in (c.guidance or "").strip().splitlines():
        line = line.strip()
        if not line:
            continue
        head, sep, rest = line.partition(":")
        sev = labels.get(head.strip().lower()) if sep else None
        if sev is None:
            out.append(para(f"<b>What good looks like:</b> {esc(line)}", "note", markup=True))
        elif sev is severity:
            out.append(para(f"<b>{esc(head)} \u2014 this error's severity:</b> {esc(rest.strip())}", "highlight",
                            markup=True))
        else:
            out.append(para(f"<b>{esc(head)}:</b> {esc(rest.strip())}", "note", markup=True))
    if not out:
        out.append(para("No guidance is recorded for this criterion.", "note"))
    return out


def _evidence_lines(evidence) -> list[Paragraph]:
    """Each evidence item of a finding quoted with its page (p. 7: 'Q: Can you keep…'), by document."""
    from ..storage.case_documents import cite

    out: list[Paragraph] = []
    by_document: dict[str, list] = {}
    for e in evidence:
        by_document.setdefault(e.document_name, []).append(e)
    for name, items in by_document.items():
        out.append(Paragraph(f"<b>Evidence in {esc(name)}:</b>", STYLES["body"].clone("evh", leftIndent=6 * mm)))
        for e in sorted(items, key=lambda e: e.page):
            out.append(Paragraph(esc(str(cite(e.page, e.quote))), STYLES["body"].clone("evi", leftIndent=10 * mm)))
    return out


def _error_block(c: Criterion, severity: Severity, comment: str, number: int, evidence=()) -> list:
    chip_style = STYLES["cell_bold"].clone("sev", textColor=SEVERITY_INK[severity], alignment=1)
    heading = Table(
        [[Paragraph(esc(severity.label.upper()), chip_style),
          Paragraph(f"{number}. {esc(c.label)}", STYLES["h3"].clone("eh", spaceBefore=0, spaceAfter=0))]],
        colWidths=[24 * mm, FRAME_WIDTH - 24 * mm], hAlign="LEFT",
    )
    heading.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (0, 0), SEVERITY_COLOURS[severity]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (1, 0), (1, 0), 6),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, SEVERITY_COLOURS[severity]),
    ]))
    context = f"Section {esc(c.section_id)} {esc(c.section_title)}"
    if c.special_policy is not None:
        context += f" \u00b7 <b>special policy: {esc(c.special_policy.label.lower())}</b>"
    indent = STYLES["body"].clone("ind", leftIndent=6 * mm)
    comment_text = esc(comment.strip()) if comment and comment.strip() else "<i>(no comment recorded)</i>"
    first = [
        heading,
        Spacer(1, 2),
        Paragraph(context, STYLES["small"].clone("ctx", leftIndent=6 * mm)),
        Paragraph(f"<b>Question:</b> {esc(c.question)}", STYLES["note"].clone("q", leftIndent=6 * mm)),
        Paragraph(f"<b>Reviewer's comment:</b> {comment_text}", indent),
    ]
    guidance = [Paragraph("<b>Guidance for this criterion</b>", STYLES["note"].clone("gh", leftIndent=6 * mm,
                                                                                       spaceBefore=2))]
    for p in _guidance(c, severity):
        p.style = p.style.clone("gi", leftIndent=6 * mm)
        guidance.append(p)
    # Keep the heading with the start of the comment; a very long comment may still run on.
    return [CondPageBreak(40 * mm), KeepTogether(first[:4]), first[4], *_evidence_lines(evidence), *guidance,
            Spacer(1, 7)]


def feedback_story(review: Review, store: Store, generated_at: datetime) -> list:
    h = review.header
    result = store.score_of(review)
    product = h.product.label + (f" ({h.outcome.label.lower()})" if h.outcome else "")
    date_label = "Decision date" if h.product is Product.DECISION else "Interview date"
    story: list = [
        para("Quality review feedback", "title"),
        para(f"{product} \u00b7 case reference {h.case_reference} \u00b7 for the decision maker", "subtitle"),
    ]
    if review.status is not ReviewStatus.COMPLETE:
        story.append(band_chip(None, "DRAFT \u2014 this review is not complete yet; its band and findings may "
                                     "still change.", FRAME_WIDTH))
        story.append(Spacer(1, 6))

    completed = _date(review.completed_at) if review.completed_at else "not complete"
    facts = [
        ("Case reference", h.case_reference), ("Unit", h.unit),
        ("Product", product), (date_label, _date(h.product_date)),
        ("Decision maker (staff ref.)", h.decision_maker), ("Review stream", h.stream.label),
        ("Checklist", f"{review.template.title} (v{review.template.version})"), ("Reviewer", h.reviewer),
        ("Review completed", completed), ("Last changed", _date(review.updated_at)),
    ]
    rows = []
    for i in range(0, len(facts), 2):
        row = []
        for k, v in facts[i:i + 2]:
            row += [para(k, "cell_bold"), para(v, "cell")]
        rows.append(row)
    kv = Table(rows, colWidths=[38 * mm, FRAME_WIDTH / 2 - 38 * mm] * 2, hAlign="LEFT")
    kv.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, MUTED),
                            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    story += [kv, Spacer(1, 8)]

    band = result.band
    verdict = f" \u2014 {band.verdict}" if band else ""
    story.append(band_chip(band, f"{band.value if band else 'No band yet'}{verdict}", FRAME_WIDTH))
    story.append(Spacer(1, 3))
    story.append(para(f"<b>Why:</b> {esc(result.reason)}", "body", markup=True))
    counts = (
        f"<b>Criteria assessed:</b> {result.assessed} ({result.no_error} no error, {result.minor} minor, "
        f"{result.significant} significant, {result.fail} fail); {result.not_applicable} not applicable"
        + (f"; {result.unanswered} not answered yet" if result.unanswered else "")
        + f". {esc(result.minor_share_text[0].upper() + result.minor_share_text[1:])}."
    )
    story.append(para(counts, "body", markup=True))
    if review.outcome_judgement is not None and result.fail:
        story.append(para(f"<b>Reviewer's judgement of the outcome:</b> {esc(review.outcome_judgement.label)}.",
                          "body", markup=True))
    story.append(para("QS1 and QS2 are satisfactory. QS1: minor errors in under 20% of the criteria assessed; "
                      "QS2: 20% or more; QS3: a significant error; QS4/QS5: a fail error with the outcome "
                      "probably correct/probably wrong, or QS5 for any fail on a special-policy criterion.",
                      "note"))

    errors = []
    for c in review.criteria:
        f = review.findings.get(c.id)
        if f is not None and f.severity is not None and f.severity.is_error:
            errors.append((SEVERITY_ORDER.index(f.severity), c.position, c, f))
    errors.sort(key=lambda e: (e[0], e[1]))
    story.append(para(f"Errors found ({len(errors)})", "h2"))
    if errors:
        story.append(para("Most serious first, then in checklist order. Each shows the reviewer's comment and the "
                          "checklist's guidance for the criterion.", "note"))
    else:
        story.append(para("No errors were found on this review.", "body"))
    evidence: dict[str, list] = {}
    for e in store.documents.evidence(review.id):  # the passages each finding points at (issue 19)
        evidence.setdefault(e.criterion_id, []).append(e)
    for i, (_o, _p, c, f) in enumerate(errors, 1):
        story += _error_block(c, f.severity, f.comment, i, evidence.get(c.id, ()))

    done_well = [c for c in review.criteria
                 if (f := review.findings.get(c.id)) is not None and f.severity is Severity.NO_ERROR]
    story.append(CondPageBreak(30 * mm))
    story.append(para(f"Criteria done well ({len(done_well)})", "h2"))
    if done_well:
        half = (len(done_well) + 1) // 2
        left, right = done_well[:half], done_well[half:]
        rows = [[para(a.label, "cell"), para(b.label, "cell") if b else ""]
                for a, b in zip(left, right + [None] * (len(left) - len(right)))]
        t = Table(rows, colWidths=[FRAME_WIDTH / 2] * 2, hAlign="LEFT", splitInRow=1)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        story.append(t)
    else:
        story.append(para("No criterion was marked 'no error'.", "body"))
    na = [c for c in review.criteria
          if (f := review.findings.get(c.id)) is not None and f.severity is Severity.NOT_APPLICABLE]
    if na:
        story.append(Spacer(1, 4))
        story.append(para("<b>Not applicable to this case:</b> " + esc("; ".join(c.label for c in na)) + ".",
                          "note", markup=True))
    open_ = [c for c in review.criteria if (f := review.findings.get(c.id)) is None or f.severity is None]
    if open_:
        story.append(para("<b>Not answered yet:</b> " + esc("; ".join(c.label for c in open_)) + ".",
                          "note", markup=True))

    story.append(CondPageBreak(30 * mm))
    story.append(para("Reviewer and history", "h2"))
    story.append(para(f"Reviewed by <b>{esc(h.reviewer)}</b>; review completed: {esc(completed)}.", "body",
                      markup=True))
    if any(e.kind in SHOWN_EVENTS for e in review.events):
        hist = [[para("Date", "head"), para("What", "head"), para("By", "head"), para("Detail", "head")]]
        for e in (e for e in review.events if e.kind in SHOWN_EVENTS):
            hist.append([para(e.at.strftime("%d %b %Y %H:%M"), "cell"), para(EVENT_WORDS.get(e.kind, e.kind), "cell"),
                         para(e.by, "cell"), para(e.detail, "cell")])
        story.append(table(hist, [28 * mm, 32 * mm, 22 * mm, FRAME_WIDTH - 82 * mm]))
    story.append(Spacer(1, 8))
    story.append(para(f"This sheet names the case by its reference only. {NO_NAMES}. Generated "
                      f"{generated_at:%d %b %Y %H:%M} UTC from the review's findings; the band is recomputed "
                      "from them by the quality framework's scoring rules (QS1 best to QS5).", "small"))
    return story


def feedback_pdf(
    store: Store,
    review_id: str,
    path: str | Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    generated_at: datetime | None = None,
) -> ReportResult:
    """Write the feedback sheet of one review to ``path`` (atomically).

    Raises ReviewError for an unknown review, ReportCancelled, or OSError.
    """
    generated_at = generated_at or utc_now()
    if progress:
        progress(0, 2, "Reading the review")
    review = store.get_review(review_id)
    if cancelled and cancelled():
        raise ReportCancelled()
    if progress:
        progress(1, 2, "Laying out the sheet")
    story = feedback_story(review, store, generated_at)
    h = review.header
    pages = build_pdf(
        path, story,
        title=f"Quality review feedback \u2014 {h.case_reference}",
        subject=f"{h.product.label} review feedback, {h.unit}",
        header=f"Quality review feedback \u00b7 {h.case_reference} \u00b7 {h.product.label}",
        generated_at=generated_at, cancelled=cancelled,
    )
    if progress:
        progress(2, 2, "Done")
    return ReportResult(Path(path), pages, 1)
