"""Time spent on reviews, for resourcing (issue 20 item 4): active time (qpp_reviewer.activity: the review
in front of its reviewer and input within the last few minutes), by unit, product and reviewer, with
the median per review and the total.

The reviews are those the other figures count (``Store.counted``: first reviews not superseded, and
agreed results) in the selection, complete or not, that have any active time recorded. By unit and
product, a review's time is all its sessions'; by reviewer, each person's sessions on it (so a review
two people worked on is in both rows, with each one's share).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

from sqlalchemy import func, select

from .messages import translate

METHOD = translate("core", "Active time: while the review was in front of its reviewer (its tab current in the "
                           "active window) with a key or mouse press within the last 3 minutes; not the time "
                           "between opening and closing it. Reviews: those the figures count, in the selection, "
                           "with any active time recorded; by reviewer, each person's own sessions. Median: of "
                           "the time per review.")


@dataclass(frozen=True)
class TimeGroup:
    label: str
    reviews: int
    total_seconds: int
    median_seconds: float

    @property
    def total_hours(self) -> float:
        return self.total_seconds / 3600

    @property
    def median_minutes(self) -> float:
        return self.median_seconds / 60


@dataclass
class TimeFigures:
    total: TimeGroup
    by_unit: list[TimeGroup]
    by_product: list[TimeGroup]
    by_reviewer: list[TimeGroup]
    sessions: int = 0
    method: object = METHOD
    review_ids: list[str] = field(default_factory=list)


def _groups(values: dict[str, list[int]]) -> list[TimeGroup]:
    return [TimeGroup(k, len(v), sum(v), float(median(v))) for k, v in
            sorted(values.items(), key=lambda kv: kv[0].casefold())]


def time_figures(store, flt=None) -> TimeFigures:
    from .storage.models import ReviewRow
    from .storage.store import ReviewFilter, Store
    from .storage.worktime import WorkSessionRow
    from .storage.models import UnitRow

    w = WorkSessionRow
    # grouped in the order of ix_work_session_time (no sort); a review has one unit and product
    q = (select(w.review_id, func.max(ReviewRow.unit_id), func.max(ReviewRow.product), w.reviewer,
                func.sum(w.active_seconds), func.count())
         .join(ReviewRow, ReviewRow.id == w.review_id)
         .where(*Store.counted(store.actor))
         .group_by(w.review_id, w.reviewer))
    q = Store._apply_filter(q, flt or ReviewFilter())
    with store._session() as s:
        names = dict(s.execute(select(UnitRow.id, UnitRow.name)).all())
        rows = s.execute(q).all()
    per_review: dict[str, list] = {}
    by_reviewer: dict[str, list[int]] = {}
    sessions = 0
    for rid, unit_id, product, reviewer, seconds, n in rows:
        seconds = int(seconds or 0)
        sessions += n
        r = per_review.setdefault(rid, [names.get(unit_id, "?"), product, 0])
        r[2] += seconds
        by_reviewer.setdefault(reviewer, []).append(seconds)
    by_unit: dict[str, list[int]] = {}
    by_product: dict[str, list[int]] = {}
    for unit, product, seconds in per_review.values():
        by_unit.setdefault(unit, []).append(seconds)
        by_product.setdefault(product, []).append(seconds)
    every = [v[2] for v in per_review.values()]
    total = TimeGroup("all", len(every), sum(every), float(median(every)) if every else 0.0)
    return TimeFigures(total, _groups(by_unit), _groups(by_product), _groups(by_reviewer), sessions,
                       review_ids=sorted(per_review))


def hours_text(seconds: float) -> str:
    return f"{seconds / 3600:.1f} h"


def minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min"


def time_text(f: TimeFigures) -> str:
    """The figures as plain text tables: `qpp-reviewer summary --time`."""
    lines = [f"Time spent (active time): {f.total.reviews:,} reviews with time recorded, {f.sessions:,} work "
             f"sessions, {hours_text(f.total.total_seconds)} in all, median {minutes(f.total.median_seconds)} "
             "per review", ""]
    for title, groups in (("Unit", f.by_unit), ("Product", f.by_product), ("Reviewer", f.by_reviewer)):
        lines.append(f"{title:30} {'reviews':>8} {'total':>10} {'median':>10}")
        for g in groups:
            lines.append(f"{g.label[:30]:30} {g.reviews:8,} {hours_text(g.total_seconds):>10} "
                         f"{minutes(g.median_seconds):>10}")
        if not groups:
            lines.append("(none)")
        lines.append("")
    lines.append("Method: " + str(f.method))
    return "\n".join(lines) + "\n"
