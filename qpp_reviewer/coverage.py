"""Coverage against sampling targets (issue 20 item 3).

The inspection found the routine sampling targets (2% of decisions and 2% of interviews) and the
bi-monthly first-line secondary assurance checks were not met in some units. Here, per unit and
period (month, quarter, financial year or rolling 12 months, as ``qpp_reviewer.periods`` defines
them, by the product date):

- the **population**: decisions and interviews made, from imported case lists (the sampling import
  reads them: :func:`import_population`) or entered (``store.coverage.set_population``);
- the **reviews done**, by stream: complete reviews that count (``Store.counted``, the one
  definition every figure uses), of the unit's decisions and interviews;
- the **rate** of routine-sampling reviews against the population, against the target, met or not;
- **secondary assurance** done: complete reviews in the first-line secondary assurance stream and
  complete assurance checks (a senior caseworker's assessment of a review) of the unit.

And, as of a day (today unless given), the units with no secondary assurance completed within the
last N months (the target, 2 unless set). Targets are data: ``store.coverage.targets()``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import String, cast, extract, func, select

from . import periods
from .domain import Product, ReviewStatus, Stream
from .messages import translate
from .storage.coverage import CoverageError, Targets

PRODUCTS = (Product.DECISION.value, Product.INTERVIEW.value)
STREAMS = tuple(s.value for s in Stream)
METHOD = translate("core", "Population: decisions and interviews made, per unit and month, from imported case lists "
                           "or entered. Reviews done: complete reviews that count in the figures (first reviews not "
                           "superseded, and agreed results), by product date. Rate: routine-sampling reviews of a "
                           "product against its population; met when the rate is at least the target. Secondary "
                           "assurance: complete reviews in the first-line secondary assurance stream and complete "
                           "assurance checks of the unit's reviews; a unit is overdue when none was completed "
                           "within the last months the target gives, up to the day shown.")


@dataclass(frozen=True)
class CoverageRow:
    unit: str
    period: str
    population: dict  # product -> cases made, or None when not known
    reviews: dict  # product -> {stream: complete counted reviews}
    secondary: int  # secondary assurance done in the period (stream reviews and assurance checks)
    targets: Targets

    def routine(self, product: str) -> int:
        return self.reviews.get(product, {}).get(Stream.ROUTINE.value, 0)

    def done(self, product: str) -> int:
        return sum(self.reviews.get(product, {}).values())

    def rate(self, product: str) -> float | None:
        p = self.population.get(product)
        return self.routine(product) / p if p else None

    def met(self, product: str) -> bool | None:
        """Routine sampling at least the target; None when the population is not known (or nil)."""
        p = self.population.get(product)
        if p is None:
            return None
        if p == 0:
            return True  # nothing made, nothing to sample
        return self.routine(product) * 1_000_000 >= round(self.targets.rate(product) * 1_000_000) * p


@dataclass(frozen=True)
class Overdue:
    unit: str
    last: date | None  # the latest secondary assurance completed, or None: never


@dataclass
class CoverageFigures:
    by: str
    rows: list[CoverageRow]
    targets: Targets
    as_of: date
    since: date  # secondary assurance completed on or after this day is in time
    overdue: list[Overdue]
    method: object = METHOD
    units_checked: list[str] = field(default_factory=list)


def _months_back(d: date, n: int) -> date:
    i = periods.month_index(d) - n
    y, m = divmod(i, 12)
    m += 1
    last = periods._last_day(y, m).day
    return date(y, m, min(d.day, last))


def coverage_figures(store, flt=None, by: str = "month", today: date | None = None) -> CoverageFigures:
    """Every coverage figure for the selection ``flt`` (unit, product and dates apply to the population too)."""
    from .storage.models import ReviewRow, UnitRow
    from .storage.store import ReviewFilter, Store

    flt = flt or ReviewFilter()
    by = periods.canonical(by)
    if by not in periods.PERIODS:
        raise ValueError(f"'{by}' is not a period; use any of: {', '.join(periods.PERIODS)}")
    today = today or date.today()
    targets = store.coverage.targets()
    with store._session() as s:
        names = dict(s.execute(select(UnitRow.id, UnitRow.name)).all())
        active = [n for n, a in s.execute(select(UnitRow.name, UnitRow.active)) if a]
        year, month = extract("year", ReviewRow.product_date), extract("month", ReviewRow.product_date)
        # by month ("YYYY-MM", the ISO text of the date cut: the same in SQLite and PostgreSQL), read from the
        # covering index ix_review_coverage
        ym = func.substr(cast(ReviewRow.product_date, String), 1, 7)
        q = (select(ReviewRow.unit_id, ReviewRow.product, ReviewRow.stream, ym, func.count())
             .where(ReviewRow.status == ReviewStatus.COMPLETE.value, ReviewRow.product.in_(PRODUCTS),
                    *Store.counted(store.actor))
             .group_by(ReviewRow.unit_id, ReviewRow.product, ReviewRow.stream, ym))
        reviewed = [(unit_id, product, stream, int(m[:4]), int(m[5:7]), n)
                    for unit_id, product, stream, m, n in s.execute(Store._apply_filter(q, flt))]
        # assurance checks: of the unit, in the selection's unit and dates only (they have no case product)
        place = ReviewFilter(unit=flt.unit, date_from=flt.date_from, date_to=flt.date_to)
        q = (select(ReviewRow.unit_id, year, month, func.count())
             .where(ReviewRow.status == ReviewStatus.COMPLETE.value, ReviewRow.kind == "assurance")
             .group_by(ReviewRow.unit_id, year, month))
        checks = s.execute(Store._apply_filter(q, place)).all()
        # the latest secondary assurance completed in each unit, whatever the selection's dates
        q = (select(ReviewRow.unit_id, func.max(ReviewRow.completed_at))
             .where(ReviewRow.status == ReviewStatus.COMPLETE.value, ReviewRow.stream == Stream.SECONDARY.value,
                    ReviewRow.kind.in_(("primary", "agreed", "assurance")) | ReviewRow.kind.is_(None),
                    ReviewRow.superseded_by.is_(None))
             .group_by(ReviewRow.unit_id))
        latest = {names[u]: v for u, v in s.execute(Store._apply_filter(q, ReviewFilter(unit=flt.unit))).all()}
    population = store.coverage.population()

    month_days: dict[str, date] = {}
    for _u, _p, m in population:
        month_days.setdefault(m, date(int(m[:4]), int(m[5:]), 1))
    anchor = flt.date_to
    if anchor is None:
        days = [date(int(y), int(m), 1) for *_x, y, m, _n in reviewed] + list(month_days.values())
        anchor = max(days) if days else today

    def pkey(y: int, m: int) -> str:
        return periods.key(date(int(y), int(m), 1), by, anchor)

    lo = date(flt.date_from.year, flt.date_from.month, 1) if flt.date_from else None
    pop: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for (unit, product, m), n in population.items():
        d = month_days[m]
        if (flt.unit and unit != flt.unit) or (flt.product and product != flt.product.value):
            continue
        if (lo and d < lo) or (flt.date_to and d > flt.date_to):
            continue
        cell = pop[(unit, pkey(d.year, d.month))]
        cell[product] = cell.get(product, 0) + n
    done: dict[tuple[str, str], dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for unit_id, product, stream, y, m, n in reviewed:
        cell = done[(names[unit_id], pkey(y, m))][product]
        cell[stream] = cell.get(stream, 0) + n
    secondary: dict[tuple[str, str], int] = defaultdict(int)
    for (unit, period), prods in done.items():
        secondary[(unit, period)] += sum(p.get(Stream.SECONDARY.value, 0) for p in prods.values())
    for unit_id, y, m, n in checks:
        secondary[(names[unit_id], pkey(y, m))] += n
    rows = []
    for unit, period in sorted(set(pop) | set(done) | set(secondary), key=lambda k: (k[1], k[0].casefold())):
        rows.append(CoverageRow(unit, period, dict(pop.get((unit, period), {})),
                                {p: dict(v) for p, v in done.get((unit, period), {}).items()},
                                secondary.get((unit, period), 0), targets))
    since = _months_back(today, targets.secondary_months)
    checked = sorted({*active, *(u for u, _p, _m in population)} if not flt.unit else {flt.unit}, key=str.casefold)
    overdue = []
    for unit in checked:
        last = latest.get(unit)
        last_day = last.date() if isinstance(last, datetime) else last
        if last_day is None or last_day < since:
            overdue.append(Overdue(unit, last_day))
    return CoverageFigures(by, rows, targets, today, since, overdue, units_checked=checked)


# -- the population from case lists -------------------------------------------------------------------
def population_counts(cases) -> dict[tuple[str, str, str], int]:
    """(unit, product, 'YYYY-MM') -> how many cases of a case list (qpp_reviewer.sampling.PopulationCase)."""
    out: dict[tuple[str, str, str], int] = defaultdict(int)
    for c in cases:
        out[(c.unit, c.product.value, periods.month_key(c.product_date))] += 1
    return dict(out)


def import_population(store, path: str | Path, by: str | None = None, default_product: Product | None = None,
                      today: date | None = None) -> dict[tuple[str, str, str], int]:
    """Read a case list as the sampling import reads it and keep its counts per unit, product and month
    (replacing those held for the same cells). The counts kept; CoverageError lists what is wrong."""
    from .sampling import SamplingError, read_population

    try:
        population = read_population(path, store.units(), default_product=default_product, today=today)
        population.check()
    except SamplingError as exc:
        raise CoverageError(str(exc)) from exc
    counts = population_counts(population.cases)
    store.coverage.set_population(counts, population.file_name, by=by)
    return counts


# -- as text ------------------------------------------------------------------------------------------
def _rate(row: CoverageRow, product: str) -> str:
    r = row.rate(product)
    return "—" if r is None else f"{100 * r:.1f}%"


def _met(row: CoverageRow, product: str) -> str:
    m = row.met(product)
    return "no population" if m is None else ("met" if m else "NOT MET")


def coverage_text(f: CoverageFigures) -> str:
    """The figures as a plain text table: `qpp-reviewer summary --coverage` and `qpp-reviewer coverage`."""
    t = f.targets
    lines = [f"Coverage against targets: routine sampling of {100 * t.decision_rate:g}% of decisions and "
             f"{100 * t.interview_rate:g}% of interviews; first-line secondary assurance every "
             f"{t.secondary_months} months per unit", ""]
    head = (f"{'Period':18} {'Unit':24} {'Decisions':>9} {'routine':>7} {'rate':>6} {'met':>13}  "
            f"{'Interviews':>10} {'routine':>7} {'rate':>6} {'met':>13}  {'reviews':>7} {'secondary':>9}  by stream")
    lines.append(head)
    for r in f.rows:
        d, i = Product.DECISION.value, Product.INTERVIEW.value
        streams = {}
        for prod in r.reviews.values():
            for k, v in prod.items():
                streams[k] = streams.get(k, 0) + v
        pd, pi = r.population.get(d), r.population.get(i)
        lines.append(f"{r.period:18} {r.unit[:24]:24} {'—' if pd is None else pd:>9} {r.routine(d):7} "
                     f"{_rate(r, d):>6} {_met(r, d):>13}  {'—' if pi is None else pi:>10} {r.routine(i):7} "
                     f"{_rate(r, i):>6} {_met(r, i):>13}  {r.done(d) + r.done(i):7} {r.secondary:9}  "
                     + ", ".join(f"{k} {v}" for k, v in sorted(streams.items())))
    if not f.rows:
        lines.append("(no population entered and no complete reviews in the selection)")
    lines += ["", f"Units with no secondary assurance completed since {f.since:%d %b %Y} "
                  f"(as of {f.as_of:%d %b %Y}): {len(f.overdue)} of {len(f.units_checked)}"]
    for o in f.overdue:
        lines.append(f"  {o.unit}: " + (f"latest {o.last:%d %b %Y}" if o.last else "none recorded"))
    lines += ["", "Method: " + str(f.method)]
    return "\n".join(lines) + "\n"
