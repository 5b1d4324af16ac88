"""Appeal and PARU outcomes of reviewed decisions (issue 20 items 1-2): kept with their history.

A case list of outcomes (qpp_reviewer.appeals reads it) is imported whole or not at all. Each row is
kept once (the same case, outcome and date again is the same row: re-importing changes nothing);
the *current* outcome of a case is its latest by date, so a later outcome supersedes an earlier one
and both stay. Outcomes are matched to reviewed decisions by case reference when figures are made,
not when imported: a decision reviewed after its outcome arrived is matched too, and a case
reference shared by several counted decision reviews is ambiguous and left out (listed), never
guessed.

A focused part of the store: ``store.appeals``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, String, Text, UniqueConstraint, func, select
from sqlalchemy.orm import Mapped, mapped_column

from . import audit
from .models import Base

ALLOWED, DISMISSED, WITHDRAWN, GRANTED, OTHER = "allowed", "dismissed", "withdrawn_paru", "granted", "other"
OUTCOMES = (ALLOWED, DISMISSED, WITHDRAWN, GRANTED, OTHER)
# the decision was overturned: the appeal allowed, the Home Office withdrew it before the hearing (PARU),
# or protection was granted on reconsideration
OVERTURNED = (ALLOWED, WITHDRAWN, GRANTED)
OUTCOME_LABELS = {ALLOWED: "appeal allowed", DISMISSED: "appeal dismissed",
                  WITHDRAWN: "withdrawn by the Home Office before the hearing (PARU)",
                  GRANTED: "granted on reconsideration", OTHER: "other"}


class AppealOutcomeRow(Base):
    __tablename__ = "appeal_outcome"
    __table_args__ = (UniqueConstraint("case_key", "outcome", "outcome_date", name="uq_appeal_outcome"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_reference: Mapped[str] = mapped_column(String(64))
    case_key: Mapped[str] = mapped_column(String(64), index=True)  # upper case, as matched
    outcome: Mapped[str] = mapped_column(String(16))
    outcome_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    source_file: Mapped[str] = mapped_column(String(260))
    source_sha256: Mapped[str] = mapped_column(String(64))
    source_row: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    imported_by: Mapped[str] = mapped_column(String(100))


def case_key(reference: str) -> str:
    return " ".join((reference or "").split()).upper()


@dataclass(frozen=True)
class OutcomeRecord:
    case_reference: str
    outcome: str
    outcome_date: date
    reason: str
    source_file: str
    current: bool


@dataclass
class ImportResult:
    file_name: str
    rows: int = 0
    added: int = 0
    unchanged: int = 0
    superseding: list[str] = None  # cases whose current outcome changed
    matched: int = 0
    unmatched: list[str] = None
    ambiguous: list[str] = None

    def __post_init__(self):
        self.superseding = self.superseding or []
        self.unmatched = self.unmatched or []
        self.ambiguous = self.ambiguous or []

    def text(self) -> str:
        lines = [f"{self.file_name}: {self.rows} rows, {self.added} new outcomes, {self.unchanged} already held; "
                 f"{self.matched} matched to a reviewed decision, {len(self.unmatched)} unmatched, "
                 f"{len(self.ambiguous)} ambiguous"]
        lines += [f"  later outcome, supersedes the earlier one: {c}" for c in self.superseding]
        lines += [f"  no reviewed decision with this case reference: {c}" for c in self.unmatched[:50]]
        if len(self.unmatched) > 50:
            lines.append(f"  … and {len(self.unmatched) - 50} more unmatched")
        lines += [f"  ambiguous (several reviewed decisions of this case; left out of the figures): {c}"
                  for c in self.ambiguous]
        return "\n".join(lines)


def current_outcomes_query():
    """(case_key, outcome, outcome_date) of each case's current outcome: its latest by date, then by import."""
    a = AppealOutcomeRow
    ranked = select(a.case_key, a.outcome, a.outcome_date, a.reason,
                    func.row_number().over(partition_by=a.case_key,
                                           order_by=(a.outcome_date.desc(), a.id.desc())).label("rank")).subquery()
    return select(ranked.c.case_key, ranked.c.outcome, ranked.c.outcome_date, ranked.c.reason).where(
        ranked.c.rank == 1).subquery()


class Appeals:
    """``store.appeals``."""

    def __init__(self, store):
        self._store = store

    def add(self, rows: list[dict], file_name: str, sha256: str, by: str) -> ImportResult:
        """Rows read by qpp_reviewer.appeals (case_reference, outcome, outcome_date, reason, row), in one
        transaction. Idempotent: a row held already is counted unchanged."""
        from .store import utcnow

        result = ImportResult(file_name, rows=len(rows))
        now = utcnow()
        with self._store._session.begin() as s:
            keys = sorted({case_key(r["case_reference"]) for r in rows})
            held: dict[tuple, int] = {}
            latest: dict[str, tuple] = {}
            for i in range(0, len(keys), 500):
                for k, outcome, d, rid in s.execute(select(AppealOutcomeRow.case_key, AppealOutcomeRow.outcome,
                                                           AppealOutcomeRow.outcome_date, AppealOutcomeRow.id)
                                                    .where(AppealOutcomeRow.case_key.in_(keys[i:i + 500]))):
                    held[(k, outcome, d)] = rid
                    if k not in latest or (d, rid) > latest[k][:2]:
                        latest[k] = (d, rid, outcome)
            seen: set[tuple] = set()
            for r in rows:
                k = case_key(r["case_reference"])
                ident = (k, r["outcome"], r["outcome_date"])
                if ident in held or ident in seen:
                    result.unchanged += 1
                    continue
                seen.add(ident)
                s.add(AppealOutcomeRow(case_reference=r["case_reference"], case_key=k, outcome=r["outcome"],
                                       outcome_date=r["outcome_date"], reason=r.get("reason") or "",
                                       source_file=file_name[:260], source_sha256=sha256, source_row=r["row"],
                                       imported_at=now, imported_by=by))
                result.added += 1
                if k in latest and r["outcome_date"] >= latest[k][0] and r["outcome"] != latest[k][2]:
                    result.superseding.append(f"{r['case_reference']}: {OUTCOME_LABELS[latest[k][2]]} "
                                              f"({latest[k][0]:%d %b %Y}) -> {OUTCOME_LABELS[r['outcome']]} "
                                              f"({r['outcome_date']:%d %b %Y})")
            if result.added:
                audit.append(s, now, by, None, "outcomes_imported", "file", None,
                             f"{file_name} sha256 {sha256}: {result.added} new outcomes, {result.unchanged} held")
        matches = self.matches([case_key(r["case_reference"]) for r in rows])
        for r in rows:
            n = matches.get(case_key(r["case_reference"]), 0)
            if n == 1:
                result.matched += 1
            elif n == 0:
                result.unmatched.append(r["case_reference"])
            else:
                result.ambiguous.append(r["case_reference"])
        result.unmatched = list(dict.fromkeys(result.unmatched))
        result.ambiguous = list(dict.fromkeys(result.ambiguous))
        return result

    def matches(self, keys: list[str]) -> dict[str, int]:
        """How many counted, complete decision reviews each case key has (1: matched, 0: unmatched, more: ambiguous)."""
        from ..domain import Product, ReviewStatus
        from .models import ReviewRow
        from .store import Store

        keys = sorted(set(keys))
        out: dict[str, int] = {}
        with self._store._session() as s:
            for i in range(0, len(keys), 500):
                out.update(s.execute(
                    select(func.upper(ReviewRow.case_reference), func.count())
                    .where(func.upper(ReviewRow.case_reference).in_(keys[i:i + 500]),
                           ReviewRow.product == Product.DECISION.value,
                           ReviewRow.status == ReviewStatus.COMPLETE.value, ReviewRow.band.is_not(None),
                           *Store.counted(self._store.actor))
                    .group_by(func.upper(ReviewRow.case_reference))).all())
        return out

    def history(self, case_reference: str) -> list[OutcomeRecord]:
        k = case_key(case_reference)
        with self._store._session() as s:
            rows = list(s.scalars(select(AppealOutcomeRow).where(AppealOutcomeRow.case_key == k)
                                  .order_by(AppealOutcomeRow.outcome_date, AppealOutcomeRow.id)))
        return [OutcomeRecord(r.case_reference, r.outcome, r.outcome_date, r.reason, r.source_file,
                              r is rows[-1]) for r in rows]

    def count(self) -> int:
        with self._store._session() as s:
            return s.scalar(select(func.count()).select_from(AppealOutcomeRow)) or 0
