"""Error themes: which criteria the selected reviews get wrong, and how badly.

For each criterion (template id + criterion id, titled from the newest
template version that has it) this counts, among the selected **complete**
reviews with a band (the same reviews :func:`qpp_reviewer.statistics.summarise`
counts), the reviews whose finding on it is a minor, significant or fail
error, and the reviews on which it was assessed at all (any finding other than
*not applicable*), which is the denominator of its error rate. A review has at
most one finding per criterion, so each count is a number of reviews.

Counted in the database with grouped SQLAlchemy Core queries: no review or
finding is loaded into Python, so it stays fast for tens of thousands of
reviews. The reviews counted are those the figures count (Store.counted: no
second reviews or assurance checks, no superseded originals). Qt-free; used by
the PDF report and the dashboard.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from .domain import Product, ReviewStatus, Severity, SpecialPolicy
from .scoring import percent
from .statistics import ReviewFacts
from .storage.models import FindingRow, ReviewRow
from .storage.store import ReviewFilter, Store

CHUNK = 500  # review ids per IN (...) when the selection is a list of reviews
_ASSESSED = (Severity.NO_ERROR.value, Severity.MINOR.value, Severity.SIGNIFICANT.value, Severity.FAIL.value)


@dataclass(frozen=True)
class ErrorTheme:
    template_id: str
    criterion_id: str
    title: str
    section_title: str
    product: Product | None  # None if the template is not installed here
    special_policy: SpecialPolicy | None
    position: int  # order in the checklist, for stable sorting
    minor: int  # reviews with a minor error on this criterion
    significant: int
    fail: int
    assessed: int  # reviews on which the criterion was assessed (not "not applicable")

    @property
    def errors(self) -> int:
        return self.minor + self.significant + self.fail

    @property
    def serious(self) -> int:
        """Reviews with a significant or fail error: the ones that lower the band below QS2."""
        return self.significant + self.fail

    @property
    def error_pct(self) -> int:
        """Reviews with an error on it, as a whole percentage of those that assessed it."""
        return percent(self.errors, self.assessed)

    @property
    def label(self) -> str:
        return f"{self.criterion_id} {self.title}"

    def sort_key(self):
        return (-self.serious, -self.fail, -self.errors, self.template_id, self.position, self.criterion_id)


def _base_query(viewer: str | None = None):
    return (
        select(ReviewRow.template_id, ReviewRow.template_version, FindingRow.criterion_id,
               FindingRow.severity, func.count())
        .select_from(FindingRow)
        .join(ReviewRow, FindingRow.review_id == ReviewRow.id)
        .where(ReviewRow.status == ReviewStatus.COMPLETE.value, ReviewRow.band.is_not(None),
               FindingRow.severity.in_(_ASSESSED), *Store.counted(viewer))
        .group_by(ReviewRow.template_id, ReviewRow.template_version, FindingRow.criterion_id,
                  FindingRow.severity)
    )


def error_counts(
    store: Store,
    flt: ReviewFilter | None = None,
    review_ids: Iterable[str] | None = None,
) -> dict[tuple[str, int, str], dict[str, int]]:
    """(template id, version, criterion id) -> {severity value: reviews}, over complete reviews.

    Selection: the reviews matching ``flt`` (all when None), further limited to
    ``review_ids`` when given.
    """
    base = Store._apply_filter(_base_query(store.actor), flt or ReviewFilter())
    out: dict[tuple[str, int, str], dict[str, int]] = {}

    def add(rows):
        for tid, version, cid, severity, n in rows:
            d = out.setdefault((tid, version, cid), {})
            d[severity] = d.get(severity, 0) + n

    with store._session() as s:
        if review_ids is None:
            add(s.execute(base))
        else:
            ids = list(dict.fromkeys(review_ids))
            for i in range(0, len(ids), CHUNK):
                add(s.execute(base.where(ReviewRow.id.in_(ids[i:i + CHUNK]))))
    return out


def error_themes(
    store: Store,
    flt: ReviewFilter | None = None,
    review_ids: Iterable[str] | None = None,
    include_clean: bool = False,
) -> list[ErrorTheme]:
    """Criteria with their error counts, most serious first.

    Order: reviews with a significant or fail error, then with a fail error, then
    with any error, all descending; ties in checklist order. Criteria no selected
    review got wrong are left out unless ``include_clean``.
    """
    counts = error_counts(store, flt, review_ids)
    merged: dict[tuple[str, str], dict[str, int]] = {}
    versions: dict[tuple[str, str], int] = {}
    for (tid, version, cid), by_sev in counts.items():
        d = merged.setdefault((tid, cid), {})
        for sev, n in by_sev.items():
            d[sev] = d.get(sev, 0) + n
        versions[(tid, cid)] = max(version, versions.get((tid, cid), version))
    # Title, section and order from the newest installed version of the template having the criterion.
    info: dict[tuple[str, str], tuple] = {}
    for t in sorted(store.templates(), key=lambda t: (t.id, t.version)):
        for c in t.criteria:
            info[(t.id, c.id)] = (c.title, c.section_title, t.product, c.special_policy, c.position)
    themes = []
    for (tid, cid), d in merged.items():
        title, section, product, policy, position = info.get((tid, cid), (cid, "", None, None, 1 << 30))
        theme = ErrorTheme(
            template_id=tid, criterion_id=cid, title=title, section_title=section, product=product,
            special_policy=policy, position=position,
            minor=d.get(Severity.MINOR.value, 0), significant=d.get(Severity.SIGNIFICANT.value, 0),
            fail=d.get(Severity.FAIL.value, 0), assessed=sum(d.values()),
        )
        if include_clean or theme.errors:
            themes.append(theme)
    themes.sort(key=ErrorTheme.sort_key)
    return themes


def reviews_with_finding(store: Store, flt: ReviewFilter | None, template_id: str, criterion_id: str,
                         severities: Iterable[Severity]) -> list[str]:
    """Ids of the selected reviews that error_counts counts with one of ``severities`` on the
    criterion: the reviews behind a number in an error themes table."""
    q = (
        select(FindingRow.review_id)
        .join(ReviewRow, FindingRow.review_id == ReviewRow.id)
        .where(ReviewRow.status == ReviewStatus.COMPLETE.value, ReviewRow.band.is_not(None),
               *Store.counted(store.actor), ReviewRow.template_id == template_id, FindingRow.criterion_id == criterion_id,
               FindingRow.severity.in_([s.value for s in severities]))
    )
    q = Store._apply_filter(q, flt or ReviewFilter())
    with store._session() as s:
        return list(s.scalars(q.order_by(ReviewRow.product_date, ReviewRow.id)))


def themes_for_facts(store: Store, facts: Sequence[ReviewFacts], include_clean: bool = False) -> list[ErrorTheme]:
    """Error themes over exactly the reviews of a facts selection (as passed to summarise)."""
    ids = [f.id for f in facts if f.status is ReviewStatus.COMPLETE and f.band is not None]
    return error_themes(store, review_ids=ids, include_clean=include_clean)
