"""The calibration report (PDF): reviewers against the reference answers of the calibration cases.

Per criterion, how many answers matched the reference; per reviewer, agreement with the reference over
every calibration case and its trend across rounds; per round and per case, the group's agreement; per
case, each reviewer's distance from the reference on the band. The same figures as the in-app report
(qt/calibration_dialog.py), from :meth:`Calibration.report`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from ..agreement import INTERVAL_NOTE, PARADOX_NOTE, Agreement, Estimate, format_estimate
from ..messages import counted_noun
from ..storage.calibration import CalibrationReport
from ..storage.store import Store
from .common import FRAME_WIDTH, NO_NAMES, ReportResult, build_pdf, n, para, table, utc_now

METHOD = (
    "Calibration cases are reviews a quality lead marked for calibration, in rounds. The reference answer of a "
    "case is the findings the quality lead recorded as agreed; its band is computed from those findings by the "
    "same scoring function as every review. Each reviewer reviews the case blind: the reference and the other "
    "reviewers' answers stay hidden from them until their own calibration review is complete. Only complete "
    "calibration reviews are compared.",
    "Distance per criterion: the steps between the reviewer's finding and the reference's on no error < minor < "
    "significant < fail; a finding matches when it is the same (both 'not applicable' included). Distance on the "
    "band: the steps between the two bands on QS1 to QS5.",
    "Agreement with the reference (per reviewer): every criterion of every case either side assessed, as the "
    "pairs (reference, reviewer); percentage agreement, Cohen's kappa (1960) and Gwet's AC1 (2008). The trend "
    "gives the same for each round, in date order.",
    "The group's agreement (per case and per round): Fleiss' kappa (1971) and Gwet's multi-rater AC1 among the "
    "reviewers (not the reference), each criterion of a case a subject rated by every reviewer who completed it.",
    "Why AC1 beside kappa: " + PARADOX_NOTE,
    INTERVAL_NOTE,
    "Calibration cases, their reference answers and the calibration reviews are never counted in the QS figures "
    "(dashboard, period report, 'qpp-reviewer summary').",
)


def _pct(a: Agreement) -> str:
    return "\u2013" if a.percent is None else f"{a.percent:.0f}%"


def _est(e: Estimate) -> str:
    return format_estimate(e).replace("\u2014", "\u2013")


def _share(k: int, total: int) -> str:
    return f"{k:,} of {total:,}" + (f" ({100 * k / total:.0f}%)" if total else "")


def report_story(rep: CalibrationReport, source: str, generated_at: datetime) -> list:
    answers = sum(len(c.reviewers) for c in rep.cases)
    story: list = [para("Calibration report", "title"),
                   para(f"{counted_noun(len(rep.rounds), 'round')} \u00b7 {counted_noun(len(rep.cases), 'case')} "
                        f"with a reference answer \u00b7 {counted_noun(answers, 'complete calibration review')} \u00b7 "
                        f"{source}, generated {generated_at:%d %b %Y %H:%M} UTC", "subtitle")]
    if not rep.cases:
        story.append(para("No calibration case has both a reference answer and a complete calibration review yet: "
                          "there is nothing to compare.", "h3"))
    # -- rounds
    story.append(para("Rounds: the group's agreement", "h2"))
    rows = [[para("Round", "head"), para("Held on", "head"), para("Cases", "head_r"), para("Reviewers", "head_r"),
             para("Fleiss' kappa (95% CI)", "head_r"), para("AC1 (95% CI)", "head_r")]]
    for r in rep.rounds:
        rows.append([para(r.round.name, "cell"), para(r.round.held_on.isoformat(), "cell"), para(n(r.cases), "cell_r"),
                     para(n(r.reviewers), "cell_r"), para(_est(r.fleiss), "cell_r"), para(_est(r.ac1), "cell_r")])
    widths = [50 * mm, 22 * mm, 14 * mm, 18 * mm, 38 * mm]
    story.append(table(rows, widths + [FRAME_WIDTH - sum(widths)]))
    # -- reviewers
    story += [CondPageBreak(50 * mm), para("Reviewers: agreement with the reference", "h2"),
              para("Over every calibration case each reviewer completed: findings (each criterion) and bands.", "note")]
    rows = [[para("Reviewer", "head"), para("Cases", "head_r"), para("Findings matched", "head_r"),
             para("Kappa (95% CI)", "head_r"), para("AC1 (95% CI)", "head_r"), para("Bands matched", "head_r")]]
    for t in rep.reviewers:
        a = t.findings
        rows.append([para(t.reviewer, "cell"), para(n(t.cases), "cell_r"), para(_share(a.agreed, a.pairs), "cell_r"),
                     para(_est(a.kappa_estimate), "cell_r"), para(_est(a.ac1), "cell_r"),
                     para(_share(t.band_matched, t.cases), "cell_r")])
    widths = [34 * mm, 13 * mm, 32 * mm, 36 * mm, 36 * mm]
    story.append(table(rows, widths + [FRAME_WIDTH - sum(widths)]))
    # -- trend
    story += [CondPageBreak(50 * mm), para("Trend across rounds", "h2"),
              para("Each reviewer's findings matching the reference, round by round (AC1 in brackets); '\u2013' where "
                   "they took no part.", "note")]
    names = [r.round.name for r in rep.rounds]
    if names:
        first = 34 * mm
        each = (FRAME_WIDTH - first) / len(names)
        rows = [[para("Reviewer", "head")] + [para(x, "head_r") for x in names]]
        for t in rep.reviewers:
            by = {rnd.id: (agr, cases) for rnd, agr, cases, _b in t.by_round}
            cells = [para(t.reviewer, "cell")]
            for r in rep.rounds:
                agr, _cases = by.get(r.round.id, (None, 0))
                ac1 = "\u2013" if agr is None or agr.ac1.value is None else f"{agr.ac1.value:.2f}"
                cells.append(para("\u2013" if agr is None else f"{_pct(agr)} ({ac1})", "cell_r"))
            rows.append(cells)
        story.append(table(rows, [first] + [each] * len(names)))
    # -- criteria
    story += [CondPageBreak(50 * mm), para("Criteria: answers matching the reference", "h2"),
              para("A criterion often missed has guidance reviewers read differently.", "note")]
    rows = [[para("Checklist", "head"), para("Criterion", "head"), para("Answers", "head_r"),
             para("Matched", "head_r")]]
    for c in rep.criteria:
        rows.append([para(c.template_id, "cell"), para(c.label, "cell"), para(n(c.answers), "cell_r"),
                     para(_share(c.matched, c.answers), "cell_r")])
    widths = [34 * mm, 0, 18 * mm, 30 * mm]
    widths[1] = FRAME_WIDTH - sum(widths)
    story.append(table(rows, widths))
    # -- cases
    story += [CondPageBreak(50 * mm), para("Cases: each reviewer against the reference", "h2")]
    for res in rep.cases:
        ref_band = res.reference_band.value if res.reference_band else "no band"
        story.append(para(f"{res.case.case_reference} \u00b7 {res.case.round.name} \u00b7 reference {ref_band} \u00b7 "
                          f"group: Fleiss' kappa {_est(res.fleiss)}, AC1 {_est(res.ac1)}", "h3"))
        rows = [[para("Reviewer", "head"), para("Band", "head"), para("Band steps apart", "head_r"),
                 para("Findings matched", "head_r"), para("Criteria apart (steps)", "head")]]
        for rr in res.reviewers:
            apart = ", ".join(f"{cd.criterion.id} ({'n/a' if cd.distance is None else cd.distance})"
                              for cd in rr.criteria if not cd.match) or "none"
            rows.append([para(rr.reviewer, "cell"), para(rr.band.value if rr.band else "\u2013", "cell"),
                         para("\u2013" if rr.band_distance is None else n(rr.band_distance), "cell_r"),
                         para(_share(rr.matched, len(rr.criteria)), "cell_r"), para(apart, "cell")])
        if not res.reviewers:
            rows.append([para("No complete calibration review yet.", "cell"), "", "", "", ""])
        widths = [30 * mm, 14 * mm, 24 * mm, 30 * mm]
        story.append(table(rows, widths + [FRAME_WIDTH - sum(widths)]))
    if rep.pending:
        story.append(para("Cases waiting for a reference answer: " + ", ".join(
            f"{c.case_reference} ({c.round.name})" for c in rep.pending) + ".", "note"))
    story += [Spacer(1, 4), CondPageBreak(50 * mm), para("Method", "h2")]
    story += [para(x, "note") for x in METHOD]
    story.append(para(NO_NAMES + ".", "note"))
    return story


def calibration_pdf(store: Store, path: str | Path, by: str | None = None,
                    generated_at: datetime | None = None) -> ReportResult:
    """Write the calibration report (a quality lead's: ``by``, default the store's actor) to ``path``,
    atomically. Raises ReviewError (not a quality lead) or OSError."""
    generated_at = generated_at or utc_now()
    rep = store.calibration.report(by=by)
    story = report_story(rep, Path(store.location).name, generated_at)
    title = "Calibration report"
    pages = build_pdf(path, story, title=title, subject="Calibration against reference answers",
                      header=title, generated_at=generated_at)
    return ReportResult(Path(path), pages, sum(len(c.reviewers) for c in rep.cases))
