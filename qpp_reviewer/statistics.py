"""Figures over many reviews: band distributions in the published tables' shape.

Every table, summary, export sheet and report takes its numbers from
:func:`summarise` (or, for the dashboard, :func:`count_by_month` over counts the
database grouped), both counting through ``BandCounts.add_reviews``, so two
screens can never disagree about the same data.
Method: a review counts once it is complete; its band is the stored output of
:func:`qpp_reviewer.scoring.score`; percentages are whole numbers rounded half
up, each computed from the counts (so they may not add up to exactly 100).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from . import periods
from .domain import Product, QualityBand, ReviewStatus, Stream
from .scoring import percent

GROUPINGS = ("unit", "product", "stream", "month", "quarter", "fy", "rolling12", "reviewer", "batch")
# "period" is another name for "month" (periods.ALIASES): one rule, said in the --by help
TARGET_SATISFACTORY = 75  # percent of products scored QS1 or QS2


@dataclass(frozen=True)
class ReviewFacts:
    """What a figure needs to know about one review, and nothing personal."""

    id: str
    unit: str
    product: Product
    stream: Stream
    product_date: date
    reviewer: str
    batch: str | None
    status: ReviewStatus
    band: QualityBand | None

    def key(self, by: str, anchor: date | None = None) -> str:
        if by == "month":
            return periods.month_key(self.product_date)
        if by in periods.PERIODS:  # by the product date, as the --from/--to filter
            return periods.key(self.product_date, by, anchor)
        if by == "product":
            return self.product.label
        if by == "stream":
            return self.stream.label
        if by == "batch":
            return self.batch or "(no batch)"
        return getattr(self, by)


@dataclass
class BandCounts:
    counts: dict[QualityBand, int] = field(default_factory=lambda: {b: 0 for b in QualityBand})
    excluded: int = 0  # reviews not complete, or with no band

    def add(self, facts: ReviewFacts) -> None:
        self.add_reviews(facts.status, facts.band, 1)

    def add_reviews(self, status: ReviewStatus, band: QualityBand | None, n: int) -> None:
        """The one rule for what a figure counts: complete reviews with a band; the rest are excluded."""
        if status is ReviewStatus.COMPLETE and band is not None:
            self.counts[band] += n
        else:
            self.excluded += n

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def satisfactory(self) -> int:
        return self.counts[QualityBand.QS1] + self.counts[QualityBand.QS2]

    @property
    def unsatisfactory_outcome_correct(self) -> int:
        return self.counts[QualityBand.QS3] + self.counts[QualityBand.QS4]

    @property
    def unsatisfactory_outcome_wrong(self) -> int:
        return self.counts[QualityBand.QS5]

    def pct(self, n: int) -> int:
        return percent(n, self.total)

    def satisfactory_interval(self, z: float = 1.959964) -> tuple[float, float] | None:
        """95% Wilson score interval of the satisfactory share, as fractions."""
        return wilson(self.satisfactory, self.total, z)

    def row(self) -> dict[str, int]:
        """The published tables' columns, numbers and percentages."""
        out: dict[str, int] = {}
        for b in QualityBand:
            out[b.value] = self.counts[b]
            out[f"{b.value} %"] = self.pct(self.counts[b])
        out["Total"] = self.total
        out["Satisfactory"] = self.satisfactory
        out["Satisfactory %"] = self.pct(self.satisfactory)
        out["Unsatisfactory, outcome correct"] = self.unsatisfactory_outcome_correct
        out["Unsatisfactory, outcome correct %"] = self.pct(self.unsatisfactory_outcome_correct)
        out["Unsatisfactory, outcome wrong"] = self.unsatisfactory_outcome_wrong
        out["Unsatisfactory, outcome wrong %"] = self.pct(self.unsatisfactory_outcome_wrong)
        out["Excluded (not complete)"] = self.excluded
        return out


ROW_COLUMNS = tuple(BandCounts().row().keys())


def wilson(successes: int, n: int, z: float = 1.959964) -> tuple[float, float] | None:
    if n == 0:
        return None
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def check_groupings(by: Iterable[str]) -> list[str]:
    """The groupings with aliases resolved, or ValueError naming the valid choices."""
    out = []
    for b in by:
        b = periods.canonical(b)
        if b not in GROUPINGS:
            raise ValueError(f"cannot group by '{b}'; use any of: {', '.join(GROUPINGS)} "
                             f"('period' is the same as 'month')")
        out.append(b)
    return out


def summarise(facts: Iterable[ReviewFacts], by: tuple[str, ...] | list[str] = (),
              anchor: date | None = None) -> list[tuple[tuple[str, ...], BandCounts]]:
    """Band counts per group (sorted by group), then the overall total as key ('All',).

    ``anchor``: the last day of the last rolling 12-month block (``rolling12``); by default
    the latest product date among ``facts``.
    """
    by = check_groupings(by)
    if "rolling12" in by and anchor is None:
        facts = list(facts)
        anchor = max((f.product_date for f in facts), default=None)
    groups: dict[tuple[str, ...], BandCounts] = defaultdict(BandCounts)
    overall = BandCounts()
    for f in facts:
        overall.add(f)
        if by:
            groups[tuple(f.key(b, anchor) for b in by)].add(f)
    rows = sorted(groups.items())
    rows.append((("All",) + ("",) * max(0, len(by) - 1), overall))
    return rows


def count_by_month(
    tally: Iterable[tuple[date, ReviewStatus, QualityBand | None, int]],
) -> tuple[BandCounts, list[tuple[tuple[str], BandCounts]]]:
    """The overall counts and each month's, from grouped counts (``Store.band_tally``)."""
    return count_by_period(tally, "month")


def count_by_period(
    tally: Iterable[tuple[date, ReviewStatus, QualityBand | None, int]],
    by: str = "month",
    anchor: date | None = None,
) -> tuple[BandCounts, list[tuple[tuple[str], BandCounts]]]:
    """The overall counts and each period's (month, quarter, fy, rolling12), from grouped counts.

    The same figures as ``summarise(facts, [by])`` over the same reviews (a test holds
    the two equal), but counted from a few thousand (date, status, band, n) groups the
    database made, not from every review: the dashboard stays quick over tens of thousands.
    """
    by = periods.canonical(by)
    if by not in periods.PERIODS:
        raise ValueError(f"'{by}' is not a period; use any of: {', '.join(periods.PERIODS)}")
    tally = list(tally)
    if by == "rolling12" and anchor is None:
        anchor = max((t[0] for t in tally), default=None)
    overall = BandCounts()
    months: dict[int, BandCounts] = defaultdict(BandCounts)
    for day, status, band, n in tally:
        overall.add_reviews(status, band, n)
        months[day.year * 12 + day.month - 1].add_reviews(status, band, n)
    if by == "month":
        return overall, [((f"{k // 12:04d}-{k % 12 + 1:02d}",), c) for k, c in sorted(months.items())]
    groups: dict[str, BandCounts] = defaultdict(BandCounts)
    for k, c in months.items():  # months into periods: a period is a whole number of months
        g = groups[periods.key(date(k // 12, k % 12 + 1, 1), by, anchor)]
        for band, n in c.counts.items():
            g.counts[band] += n
        g.excluded += c.excluded
    return overall, [((label,), c) for label, c in sorted(groups.items())]


METHOD = (
    "Counts complete reviews only; a review in progress, or with no band yet, is excluded and "
    "counted apart. Each band is recomputed from the item-level findings by the scoring "
    "function (Calibre Assurance Sampling Framework: QS1 under 20% minor errors among the "
    "criteria assessed; QS2 20% or more; QS3 a significant error; QS4/QS5 a fail error with "
    "the outcome probably correct/wrong, QS5 for any fail on a special-policy criterion). "
    "Percentages are of the complete reviews in the group, rounded half up to whole numbers. "
    "Satisfactory = QS1 + QS2; unsatisfactory but outcome correct = QS3 + QS4; "
    "unsatisfactory and outcome wrong = QS5."
)
