"""Coverage against sampling targets (issue 20 item 3): the population and the targets, as data.

``coverage_population``: how many decisions and interviews a unit made in a month, from an imported
case list (qpp_reviewer.coverage counts it) or entered by hand. A later figure for the same unit,
product and month replaces the earlier one (the audit trail keeps both).

``coverage_target``: the targets, settable by a quality lead: the routine sampling rates of
decisions and of interviews (2% each unless set) and how often each unit needs first-line secondary
assurance (every 2 months unless set).

A focused part of the store: ``store.coverage``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import DateTime, Float, Index, Integer, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, mapped_column

from ..messages import translate
from . import audit
from .models import Base, ReviewRow

DECISION_RATE, INTERVIEW_RATE, SECONDARY_MONTHS = "decision_rate", "interview_rate", "secondary_months"
DEFAULT_TARGETS = {DECISION_RATE: 0.02, INTERVIEW_RATE: 0.02, SECONDARY_MONTHS: 2.0}
TARGET_LABELS = {DECISION_RATE: "routine sampling of decisions", INTERVIEW_RATE: "routine sampling of interviews",
                 SECONDARY_MONTHS: "first-line secondary assurance, at least every N months per unit"}


# the coverage figures' reviews grouped by unit, product, stream and day, read from this index alone in its order
Index("ix_review_coverage", ReviewRow.unit_id, ReviewRow.product, ReviewRow.stream, ReviewRow.product_date,
      ReviewRow.status, ReviewRow.kind, ReviewRow.superseded_by)


class CoverageError(ValueError):
    """A population or target that cannot be kept; the message says what to do."""


class PopulationRow(Base):
    __tablename__ = "coverage_population"
    __table_args__ = (UniqueConstraint("unit", "product", "month", name="uq_coverage_population"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    unit: Mapped[str] = mapped_column(String(100))
    product: Mapped[str] = mapped_column(String(20))  # interview | decision
    month: Mapped[str] = mapped_column(String(7))  # 2026-10
    count: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(260))  # the case list's file name, or "entered"
    set_at: Mapped[datetime] = mapped_column(DateTime)
    set_by: Mapped[str] = mapped_column(String(100))


class TargetRow(Base):
    __tablename__ = "coverage_target"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[float] = mapped_column(Float)
    set_at: Mapped[datetime] = mapped_column(DateTime)
    set_by: Mapped[str] = mapped_column(String(100))


@dataclass(frozen=True)
class Targets:
    decision_rate: float = DEFAULT_TARGETS[DECISION_RATE]
    interview_rate: float = DEFAULT_TARGETS[INTERVIEW_RATE]
    secondary_months: int = int(DEFAULT_TARGETS[SECONDARY_MONTHS])

    def rate(self, product: str) -> float:
        return self.decision_rate if product == "decision" else self.interview_rate


class Coverage:
    """``store.coverage``."""

    def __init__(self, store):
        self._store = store

    def set_population(self, counts: dict[tuple[str, str, str], int], source: str, by: str | None = None) -> int:
        """Keep (unit, product, 'YYYY-MM') -> count, replacing those held for the same cells; how many changed."""
        from .store import utcnow

        by = by or self._store.actor or "unknown"
        units = {u.casefold(): u for u in self._store.units()}
        for (unit, product, month), n in counts.items():
            if unit.casefold() not in units:
                raise CoverageError(translate("core", "'{unit}' is not a unit here; add it first or correct the "
                                                      "name (units: {units}).").format(
                    unit=unit, units=", ".join(sorted(units.values()))))
            if product not in ("interview", "decision"):
                raise CoverageError(translate("core", "A population is of interviews or of decisions, not "
                                                      "'{product}'.").format(product=product))
            if len(month) != 7 or month[4] != "-" or not (month[:4].isdigit() and month[5:].isdigit()) \
                    or not 1 <= int(month[5:]) <= 12:
                raise CoverageError(translate("core", "'{month}' is not a month; write it as 2026-10.").format(
                    month=month))
            if not isinstance(n, int) or n < 0:
                raise CoverageError(translate("core", "A population is a whole number of cases, 0 or more "
                                                      "(got {n}).").format(n=n))
        now = utcnow()
        changed = 0
        with self._store._session.begin() as s:
            for (unit, product, month), n in sorted(counts.items()):
                unit = units[unit.casefold()]
                row = s.scalar(select(PopulationRow).where(PopulationRow.unit == unit,
                                                           PopulationRow.product == product,
                                                           PopulationRow.month == month))
                old = row.count if row else None
                if row is None:
                    s.add(PopulationRow(unit=unit, product=product, month=month, count=n, source=source[:260],
                                        set_at=now, set_by=by))
                elif row.count != n or row.source != source[:260]:
                    row.count, row.source, row.set_at, row.set_by = n, source[:260], now, by
                else:
                    continue
                changed += 1
                audit.append(s, now, by, None, "population_set", f"{unit} {product} {month}", old, n)
        return changed

    def population(self) -> dict[tuple[str, str, str], int]:
        with self._store._session() as s:
            return {(r.unit, r.product, r.month): r.count for r in s.scalars(select(PopulationRow))}

    def targets(self) -> Targets:
        with self._store._session() as s:
            held = {r.name: r.value for r in s.scalars(select(TargetRow))}
        v = {**DEFAULT_TARGETS, **held}
        return Targets(v[DECISION_RATE], v[INTERVIEW_RATE], int(v[SECONDARY_MONTHS]))

    def set_target(self, name: str, value: float, by: str | None = None) -> None:
        """Set a target; for a quality lead (a person whose role here is another is refused)."""
        from .states import lead_problem
        from .store import utcnow

        by = by or self._store.actor or "unknown"
        problem = lead_problem(self._store, by, translate("core", "Setting the coverage targets"))
        if problem:
            raise CoverageError(problem)
        if name not in DEFAULT_TARGETS:
            raise CoverageError(translate("core", "'{name}' is not a target; use any of: {names}.").format(
                name=name, names=", ".join(DEFAULT_TARGETS)))
        if name == SECONDARY_MONTHS:
            if value != int(value) or not 1 <= value <= 24:
                raise CoverageError(translate("core", "Secondary assurance is due every 1 to 24 months, a whole "
                                                      "number (got {value}).").format(value=value))
        elif not 0 < value <= 1:
            raise CoverageError(translate("core", "A sampling rate is more than 0% and at most 100% (got "
                                                  "{value}).").format(value=f"{100 * value:g}%"))
        now = utcnow()
        with self._store._session.begin() as s:
            row = s.get(TargetRow, name)
            old = row.value if row else DEFAULT_TARGETS[name]
            if row is None:
                s.add(TargetRow(name=name, value=float(value), set_at=now, set_by=by))
            else:
                row.value, row.set_at, row.set_by = float(value), now, by
            audit.append(s, now, by, None, "target_set", name, old, value)
