"""Disputes of feedback and their outcomes, by criterion, by reviewer and by unit (issue 18 item 4).

A criterion whose findings are often overturned may have unclear guidance; a reviewer often overturned
may need calibration. One function, :func:`dispute_figures`, counts them for the dashboard's Disputes
window, the period PDF and ``qpp-reviewer summary --disputes``, over the reviews a filter selects and
that count (``Store.counted``, the one definition of the figures).

*Findings issued*: the errors (minor, significant, fail) of those reviews whose feedback was issued to
the decision maker — the findings as the decision maker replied to them, or, before a reply, as they
stand. *Disputed*: the findings the decision maker disputed. *Changed*: the disputes an arbitrator
overturned (no error) or amended. Dispute rate = disputed / findings issued; change rate = changed /
disputed (a dispute not yet arbitrated is in the denominator: the rate grows as disputes are decided).
A dispute of the review as a whole is counted on its own: it changes no finding.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from .domain import Severity
from .messages import translate

METHOD = translate("core", "Findings issued: the errors (minor, significant, fail) of the counted reviews of the "
                           "selection whose feedback was issued to the decision maker, as the decision maker replied "
                           "to them (before a reply, as they stand). Disputed: the findings the decision maker "
                           "disputed. Changed: the disputes an arbitrator overturned or amended. Dispute rate = "
                           "disputed / findings issued; change rate = changed / disputed (disputes not yet "
                           "arbitrated are in the denominator). A dispute of the review as a whole is counted on "
                           "its own. Small numbers are small: read a rate with its counts.")
ERRORS = tuple(s.value for s in (Severity.MINOR, Severity.SIGNIFICANT, Severity.FAIL))


@dataclass(frozen=True)
class DisputeRow:
    """One group's counts: ``label`` names it (a criterion, a reviewer, a unit, or "all")."""

    label: str
    issued: int = 0
    disputed: int = 0
    upheld: int = 0
    overturned: int = 0
    amended: int = 0
    review_ids: tuple[str, ...] = field(default=(), compare=False)  # the reviews with a disputed finding here

    @property
    def changed(self) -> int:
        return self.overturned + self.amended

    @property
    def open(self) -> int:
        return self.disputed - self.upheld - self.changed

    @property
    def dispute_rate(self) -> float | None:
        return 100 * self.disputed / self.issued if self.issued else None

    @property
    def change_rate(self) -> float | None:
        return 100 * self.changed / self.disputed if self.disputed else None


@dataclass
class DisputeFigures:
    total: DisputeRow
    by_criterion: list[DisputeRow]
    by_reviewer: list[DisputeRow]
    by_unit: list[DisputeRow]
    reviews: int  # counted reviews of the selection whose feedback was issued
    replied: int  # ... of which the decision maker replied
    whole: int  # ... disputed as a whole
    whole_upheld: int
    method: object = METHOD
    dimensions: tuple = field(default=("criterion", "reviewer", "unit"))

    def rows(self, by: str) -> list[DisputeRow]:
        return {"criterion": self.by_criterion, "reviewer": self.by_reviewer, "unit": self.by_unit}[by]


def _selected(store, flt):
    """The counted reviews of ``flt`` whose feedback was issued: a subquery of (id, reviewer, unit, template)."""
    from .storage.models import ReviewRow, UnitRow
    from .storage.replies import FeedbackIssueRow
    from .storage.store import ReviewFilter, Store

    q = (select(ReviewRow.id, ReviewRow.reviewer, UnitRow.name.label("unit"), ReviewRow.template_id)
         .join(UnitRow, ReviewRow.unit_id == UnitRow.id)
         .where(ReviewRow.id.in_(select(FeedbackIssueRow.review_id)), *Store.counted(store.actor)))
    return Store._apply_filter(q, flt or ReviewFilter())


def dispute_figures(store, flt=None) -> DisputeFigures:
    """Every figure of disputes for the reviews ``flt`` selects (the dashboard's, the PDF's, summary's)."""
    from .storage.models import FindingRow
    from .storage.replies import DISPUTE, FeedbackReplyRow

    with store._session() as s:
        reviews = {rid: (reviewer, unit, tid) for rid, reviewer, unit, tid in s.execute(_selected(store, flt))}
        ids = select(_selected(store, flt).subquery().c.id)
        replies = s.execute(select(FeedbackReplyRow.review_id, FeedbackReplyRow.criterion_id,
                                   FeedbackReplyRow.verdict, FeedbackReplyRow.decision)
                            .where(FeedbackReplyRow.review_id.in_(ids))).all()
        replied = {r[0] for r in replies}
        with_findings = {r[0] for r in replies if r[1]}
        current = s.execute(select(FindingRow.review_id, FindingRow.criterion_id)
                            .where(FindingRow.review_id.in_(ids), FindingRow.severity.in_(ERRORS))).all()
    # (review, criterion, disputed, decision) of every finding issued
    issued = [(rid, cid, verdict == DISPUTE, decision) for rid, cid, verdict, decision in replies if cid]
    issued += [(rid, cid, False, None) for rid, cid in current if rid not in with_findings]
    titles = {}
    for t in store.templates():
        for c in t.criteria:
            titles[(t.id, c.id)] = c.title

    def count(key_of) -> list[DisputeRow]:
        acc: dict[str, list[int]] = {}
        behind: dict[str, dict[str, None]] = {}
        for rid, cid, disputed, decision in issued:
            key = key_of(rid, cid)
            a = acc.setdefault(key, [0, 0, 0, 0, 0])
            a[0] += 1
            if disputed:
                a[1] += 1
                a[2] += decision == "uphold"
                a[3] += decision == "overturn"
                a[4] += decision == "amend"
                behind.setdefault(key, {})[rid] = None
        out = [DisputeRow(k, *v, review_ids=tuple(behind.get(k, ()))) for k, v in acc.items()]
        return sorted(out, key=lambda r: (-r.disputed, -r.changed, -r.issued, r.label))

    def criterion(rid, cid):
        tid = reviews[rid][2]
        title = titles.get((tid, cid), "")
        return f"{cid} {title}".strip()

    by_criterion = count(criterion)
    total = count(lambda rid, cid: "all")
    whole = [(rid, decision) for rid, cid, verdict, decision in replies if not cid and verdict == DISPUTE]
    return DisputeFigures(
        total=total[0] if total else DisputeRow("all"),
        by_criterion=by_criterion,
        by_reviewer=count(lambda rid, cid: reviews[rid][0]),
        by_unit=count(lambda rid, cid: reviews[rid][1]),
        reviews=len(reviews), replied=len(replied), whole=len(whole),
        whole_upheld=sum(d == "uphold" for _r, d in whole))


def rate(value: float | None) -> str:
    return "\u2013" if value is None else f"{value:.0f}%"


HEAD = ("issued", "disputed", "rate", "upheld", "overturned", "amended", "open", "changed")


def cells(r: DisputeRow) -> tuple[str, ...]:
    """A row's figures as every surface prints them (see HEAD)."""
    return (f"{r.issued:,}", f"{r.disputed:,}", rate(r.dispute_rate), f"{r.upheld:,}", f"{r.overturned:,}",
            f"{r.amended:,}", f"{r.open:,}", f"{r.changed:,} ({rate(r.change_rate)})")


def _n(k: int, noun: str) -> str:
    return f"{k:,} {noun}" + ("" if k == 1 else "s")


def headline(f: DisputeFigures) -> str:
    t = f.total
    return (f"Feedback issued on {_n(f.reviews, 'counted review')} ({f.replied:,} replied to): "
            f"{_n(t.issued, 'finding')} issued, {t.disputed:,} disputed ({rate(t.dispute_rate)}), {t.changed:,} of "
            f"the disputes overturned or amended ({rate(t.change_rate)}), {t.open:,} awaiting arbitration; "
            f"{_n(f.whole, 'review')} disputed as a whole ({f.whole_upheld:,} upheld)")


def figures_text(f: DisputeFigures) -> str:
    """The figures as plain text tables, for ``qpp-reviewer summary --disputes``."""
    lines = [headline(f), ""]
    for by, title in (("criterion", "By criterion"), ("reviewer", "By reviewer"), ("unit", "By unit")):
        rows = f.rows(by)
        table = [(by, *HEAD)] + [(r.label, *cells(r)) for r in rows] + [("All", *cells(f.total))]
        widths = [max(len(row[i]) for row in table) for i in range(len(HEAD) + 1)]
        lines.append(title)
        for row in table:
            lines.append("  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(row)))
        lines.append("")
    lines.append("Method: " + str(f.method))
    return "\n".join(lines) + "\n"
