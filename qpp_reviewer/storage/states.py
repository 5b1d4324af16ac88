"""Review states at the centre: received → has issues → approved, and back with a reason (issue 17).

A quality lead collating a hundred reviewers' workbooks a month needs to know which collated reviews
they have looked at and passed, which have a problem the reviewer must answer, and which nobody has
looked at yet (ODK Central's review states). Every collated review starts *received* (no row: the
state of a review the centre has never set); a quality lead sets *has issues* (with what the issue
is) or *approved*, one review at a time or for a selection; moving back (approved → has issues or
received, has issues → received) also needs a reason, because someone set the earlier state on
purpose.

A review revised on the laptop after it was approved or found wanting is no longer the review that
was judged: when the revision is collated its state returns to *received* (said in the run's report
and audited), as a signed-off batch is no longer signed off.

The same table on a laptop holds the states the centre last sent (in a queries workbook), so the
reviewer sees which of their reviews were approved and which have issues.

A focused part of the store, ``store.states``, as Anki's collection hands out ``col.decks``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from sqlalchemy import DateTime, ForeignKey, String, Text, func, select
from sqlalchemy.orm import Mapped, mapped_column

from ..domain import reason_problem
from ..messages import translate
from . import audit
from .models import Base, ReviewRow

RECEIVED, HAS_ISSUES, APPROVED = "received", "has_issues", "approved"
STATES = (RECEIVED, HAS_ISSUES, APPROVED)
_ORDER = {RECEIVED: 0, HAS_ISSUES: 1, APPROVED: 2}


def state_label(state: str) -> str:
    return {RECEIVED: translate("core", "received"), HAS_ISSUES: translate("core", "has issues"),
            APPROVED: translate("core", "approved")}[state]


class ReviewStateRow(Base):
    """The state a quality lead gave a collated review (no row: received)."""

    __tablename__ = "review_state"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), primary_key=True)
    state: Mapped[str] = mapped_column(String(12), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    set_by: Mapped[str] = mapped_column(String(100))
    set_at: Mapped[datetime] = mapped_column(DateTime)


@dataclass(frozen=True)
class ReviewState:
    review_id: str
    state: str
    reason: str = ""
    set_by: str = ""
    set_at: datetime | None = None

    @property
    def label(self) -> str:
        return state_label(self.state)


@dataclass(frozen=True)
class WorkbookStates:
    """Per collated workbook: how many of its reviews are in each state."""

    file_name: str
    received: int
    has_issues: int
    approved: int

    @property
    def total(self) -> int:
        return self.received + self.has_issues + self.approved


def lead_problem(store, by: str, what: str) -> str | None:
    """Why ``by`` may not do ``what`` at the centre: a person whose profile here has a role other than
    quality lead. A name with no profile (a command run with --as) is taken as the collator."""
    from ..domain import Role

    role = store.role_of(by)
    if role is None or role is Role.QUALITY_LEAD:
        return None
    return translate("core", "{what} is for a quality lead; {who}'s role here is {role}.").format(
        what=what, who=by, role=role.label.lower())


def needs_reason(old: str, new: str) -> bool:
    """A reason is asked for an issue and for every move back: someone set the earlier state on purpose."""
    return new == HAS_ISSUES or _ORDER[new] < _ORDER[old]


def in_state(state: str):
    """A SQL condition on ReviewRow: the review is in ``state`` (received: no row, or a row saying so)."""
    ids = select(ReviewStateRow.review_id).where(ReviewStateRow.state == state)
    if state == RECEIVED:
        return ReviewRow.id.not_in(select(ReviewStateRow.review_id).where(ReviewStateRow.state != RECEIVED))
    return ReviewRow.id.in_(ids)


def revised(s, review_id: str, now: datetime, why: str) -> str | None:
    """A revision of ``review_id`` was collated: an approved review or one with issues is received again
    (the review that was judged has changed). Returns the state it left, or None."""
    row = s.get(ReviewStateRow, review_id)
    if row is None or row.state == RECEIVED:
        return None
    old = row.state
    audit.append(s, now, "collation", review_id, "state", "state", old, f"{RECEIVED} — {why}")
    row.state, row.reason, row.set_by, row.set_at = RECEIVED, why, "collation", now
    return old


def revised_many(s, revised: list[tuple[str, str, str]], now: datetime) -> list[tuple[str, str]]:
    """:func:`revised` for many reviews at once, (review id, who, why) each, in one query: collation.
    Returns (who, the state it left) of each review whose state went back."""
    rows = {r.review_id: r for r in s.scalars(select(ReviewStateRow).where(
        ReviewStateRow.review_id.in_([rid for rid, _w, _y in revised]), ReviewStateRow.state != RECEIVED))}
    out = []
    for rid, who, why in revised:
        row = rows.get(rid)
        if row is None:
            continue
        out.append((who, row.state))
        audit.append(s, now, "collation", rid, "state", "state", row.state, f"{RECEIVED} — {why}")
        row.state, row.reason, row.set_by, row.set_at = RECEIVED, why, "collation", now
    return out


class ReviewStates:
    """``store.states``: the centre's review states."""

    def __init__(self, store):
        self._store = store

    def of(self, review_id: str) -> ReviewState:
        with self._store._session() as s:
            row = s.get(ReviewStateRow, review_id)
            if row is None:
                return ReviewState(review_id, RECEIVED)
            return ReviewState(review_id, row.state, row.reason, row.set_by, row.set_at)

    def states(self, review_ids: Iterable[str] | None = None) -> dict[str, str]:
        """The state of each review that has one other than received (for a list's column)."""
        q = select(ReviewStateRow.review_id, ReviewStateRow.state).where(ReviewStateRow.state != RECEIVED)
        if review_ids is not None:
            q = q.where(ReviewStateRow.review_id.in_(list(review_ids)))
        with self._store._session() as s:
            return dict(s.execute(q).all())

    def set(self, review_ids: Iterable[str], state: str, reason: str = "", by: str | None = None) -> int:
        """Give every review of ``review_ids`` ``state``; all or none. Returns how many changed (a review
        already in that state is left as it is). Only collated reviews have a state at the centre."""
        from .store import ReviewError, utcnow

        if state not in STATES:
            raise ReviewError(translate("core", "A review state is one of: received, has issues, approved."))
        by = by or self._store.actor
        if not by:
            raise ReviewError(translate("core", "Say who sets the state."))
        ids = list(dict.fromkeys(review_ids))
        if not ids:
            raise ReviewError(translate("core", "Select the reviews whose state you want to set."))
        reason = " ".join((reason or "").split())
        problem = lead_problem(self._store, by, translate("core", "Setting a review's state"))
        if problem:
            raise ReviewError(problem)
        now = utcnow()
        changed = 0
        with self._store._session.begin() as s:
            rows = dict(s.execute(select(ReviewRow.id, ReviewRow.imported_at).where(ReviewRow.id.in_(ids))).all())
            missing = [i for i in ids if i not in rows]
            if missing:
                raise ReviewError(translate("core", "There is no review {id} in this database.").format(id=missing[0]))
            local = [i for i in ids if rows[i] is None]
            if local:
                raise ReviewError(translate(
                    "core", "{n} of the selected reviews were made in this database, not collated: review states "
                            "are set at the centre on collated reviews.").format(n=len(local)))
            own = s.scalars(select(ReviewRow.case_reference).where(
                ReviewRow.id.in_(ids), func.lower(ReviewRow.reviewer) == by.lower())).first()
            if own is not None:
                raise ReviewError(translate("core", "{case} is your own review: someone else sets its state.")
                                  .format(case=own))
            held = {r.review_id: r for r in s.scalars(select(ReviewStateRow).where(ReviewStateRow.review_id.in_(ids)))}
            for rid in ids:
                row = held.get(rid)
                old = row.state if row is not None else RECEIVED
                if old == state:
                    continue
                if needs_reason(old, state):
                    what = (translate("core", "what the issue is") if state == HAS_ISSUES
                            else translate("core", "the reason for the change of state"))
                    problem = reason_problem(reason, what)
                    if problem:
                        raise ReviewError(problem)
                if row is None:
                    row = ReviewStateRow(review_id=rid)
                    s.add(row)
                row.state, row.reason, row.set_by, row.set_at = state, reason, by, now
                audit.append(s, now, by, rid, "state", "state", old, state + (f" — {reason}" if reason else ""))
                changed += 1
        return changed

    def by_workbook(self) -> list[WorkbookStates]:
        """For each collated workbook (by the file its reviews were last imported from), how many of its
        reviews are received, have issues, are approved."""
        q = (select(ReviewRow.source_file, func.coalesce(ReviewStateRow.state, RECEIVED), func.count())
             .outerjoin(ReviewStateRow, ReviewStateRow.review_id == ReviewRow.id)
             .where(ReviewRow.imported_at.is_not(None))
             .group_by(ReviewRow.source_file, func.coalesce(ReviewStateRow.state, RECEIVED)))
        tally: dict[str, dict[str, int]] = {}
        with self._store._session() as s:
            for name, state, n in s.execute(q):
                tally.setdefault(name or "", {})[state] = n
        return [WorkbookStates(name, t.get(RECEIVED, 0), t.get(HAS_ISSUES, 0), t.get(APPROVED, 0))
                for name, t in sorted(tally.items())]

    def workbook_reviews(self, file_name: str) -> list[str]:
        """The collated reviews last imported from ``file_name``."""
        with self._store._session() as s:
            return list(s.scalars(select(ReviewRow.id).where(ReviewRow.imported_at.is_not(None),
                                                             ReviewRow.source_file == file_name)))

    def counts(self) -> dict[str, int]:
        """How many collated reviews are in each state."""
        out = {s: 0 for s in STATES}
        for w in self.by_workbook():
            out[RECEIVED] += w.received
            out[HAS_ISSUES] += w.has_issues
            out[APPROVED] += w.approved
        return out

    def receive(self, s, review_id: str, state: str, reason: str, set_by: str, set_at: datetime) -> bool:
        """On a laptop: the state the centre sent for one of its reviews (a queries workbook). True if it changed."""
        row = s.get(ReviewStateRow, review_id)
        if row is not None and (row.state, row.reason, row.set_by, row.set_at) == (state, reason, set_by, set_at):
            return False
        if row is None:
            row = ReviewStateRow(review_id=review_id)
            s.add(row)
        row.state, row.reason, row.set_by, row.set_at = state, reason, set_by, set_at
        return True
