"""Queries from the centre to a reviewer, and the reviewer's answers (issue 17; REDCap's query workflow).

A quality lead raises a query on a collated review or on one of its findings ("9.2: the comment does
not say which certification"). It travels to the reviewer's laptop in a *queries workbook*
(qpp_reviewer.exchange.queries_book), where it shows in the review window and the list; the reviewer
answers it (a reply, a change to the review, or both) and exports the review again. The answer is an
entry of the review's own audit trail (action ``query_answered``), so it reaches the centre *with the
revision* that carries it, in the ordinary exchange workbook, and the quality lead closes the query.

States: open → answered → closed. A query is answered again (the latest answer counts) until it is
closed; closing is the centre's decision and flows down to the laptop with the next queries workbook.

The same table serves both ends: at the centre it holds the queries raised there, on a laptop the
ones received. Every step is an audit entry.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from sqlalchemy import DateTime, ForeignKey, String, Text, func, select
from sqlalchemy.orm import Mapped, mapped_column

from ..domain import MAX_TEXT, reason_problem, text_problem
from ..messages import translate
from . import audit
from .models import Base, ReviewRow

OPEN, ANSWERED, CLOSED = "open", "answered", "closed"
QUERY_STATES = (OPEN, ANSWERED, CLOSED)


class QueryRow(Base):
    __tablename__ = "review_query"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[str | None] = mapped_column(String(20), nullable=True)  # None: the review as a whole
    text: Mapped[str] = mapped_column(Text)
    raised_by: Mapped[str] = mapped_column(String(100))
    raised_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(10), index=True)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    closed_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    close_note: Mapped[str] = mapped_column(Text, default="")


@dataclass(frozen=True)
class Query:
    id: str
    review_id: str
    criterion_id: str | None
    text: str
    raised_by: str
    raised_at: datetime
    status: str
    answer: str = ""
    answered_by: str | None = None
    answered_at: datetime | None = None
    closed_by: str | None = None
    closed_at: datetime | None = None
    close_note: str = ""

    @property
    def is_open(self) -> bool:
        """Still waiting for the reviewer (an answered query waits for the centre)."""
        return self.status == OPEN

    @property
    def about(self) -> str:
        return self.criterion_id or translate("core", "the review")


def _query(r: QueryRow) -> Query:
    return Query(r.id, r.review_id, r.criterion_id, r.text, r.raised_by, r.raised_at, r.status, r.answer or "",
                 r.answered_by, r.answered_at, r.closed_by, r.closed_at, r.close_note or "")


def query_text_problem(text: str) -> str | None:
    return reason_problem(text, translate("core", "the query")) if len((text or "").strip()) < 5 else \
        text_problem(text, translate("core", "A query"), MAX_TEXT)


def answer_problem(text: str) -> str | None:
    """Why ``text`` cannot be recorded as an answer (empty, too long), or None: the store's rule, asked by
    the window too, so that its dialog can say so before it closes."""
    if not (text or "").strip():
        return translate("core", "Write the answer first.")
    return text_problem(text, translate("core", "An answer"), MAX_TEXT)


def take_answer(s, query_id: str, answer: str, by: str, at: datetime) -> bool:
    """An answer that arrived with a review's revision (collation): kept if the query is not closed
    and the answer is later than the one held (so the order of collation does not matter)."""
    row = s.get(QueryRow, query_id)
    if row is None or row.status == CLOSED:
        return False
    if row.answered_at is not None and (row.answered_at, row.answer) >= (at, answer):
        return False
    row.answer, row.answered_by, row.answered_at, row.status = answer, by, at, ANSWERED
    return True


class Queries:
    """``store.queries``."""

    def __init__(self, store):
        self._store = store

    def _actor(self, by: str | None) -> str:
        from .store import ReviewError

        by = " ".join((by or self._store.actor or "").split())
        if not by:
            raise ReviewError(translate("core", "Say who you are first (File ▸ Switch reviewer)."))
        return by

    def raise_query(self, review_id: str, text: str, by: str | None = None,
                    criterion_id: str | None = None) -> Query:
        """A quality lead's query on a collated review, or on one of its findings."""
        from .store import ReviewError, clean_text, utcnow

        by = self._actor(by)
        text = clean_text(text or "").strip()
        problem = query_text_problem(text)
        if problem:
            raise ReviewError(problem)
        criterion_id = (criterion_id or "").strip() or None
        from .states import lead_problem

        problem = lead_problem(self._store, by, translate("core", "Raising a query"))
        if problem:
            raise ReviewError(problem)
        now = utcnow()
        with self._store._session.begin() as s:
            review = s.get(ReviewRow, review_id)
            if review is None:
                raise ReviewError(translate("core", "There is no review {id} in this database.").format(id=review_id))
            if review.imported_at is None:
                raise ReviewError(translate("core", "This review was made in this database, not collated: a query "
                                                    "goes from the centre to the reviewer of a collated review."))
            if criterion_id is not None:
                template = self._store.template(review.template_id, review.template_version)
                if criterion_id not in {c.id for c in template.criteria}:
                    raise ReviewError(translate("core", "The checklist of this review has no criterion {c}.")
                                      .format(c=criterion_id))
            row = QueryRow(id=str(uuid.uuid4()), review_id=review_id, criterion_id=criterion_id, text=text,
                           raised_by=by, raised_at=now, status=OPEN, answer="", close_note="")
            s.add(row)
            audit.append(s, now, by, review_id, "query_raised", row.id, None,
                         (f"{criterion_id}: " if criterion_id else "") + text)
        return _query(row)

    def get(self, query_id: str) -> Query:
        from .store import ReviewError

        with self._store._session() as s:
            row = s.get(QueryRow, query_id)
            if row is None:
                rows = list(s.scalars(select(QueryRow).where(QueryRow.id.startswith(query_id.strip()))).all()) \
                    if len(query_id.strip()) >= 6 else []
                if len(rows) != 1:
                    raise ReviewError(translate("core", "There is no query {id}.").format(id=query_id))
                row = rows[0]
            return _query(row)

    def of_review(self, review_id: str) -> list[Query]:
        with self._store._session() as s:
            return [_query(r) for r in s.scalars(select(QueryRow).where(QueryRow.review_id == review_id)
                                                 .order_by(QueryRow.raised_at, QueryRow.id))]

    def all(self, status: str | None = None, reviewer: str | None = None) -> list[Query]:
        q = select(QueryRow).join(ReviewRow, ReviewRow.id == QueryRow.review_id)
        if status:
            q = q.where(QueryRow.status == status)
        if reviewer:
            q = q.where(func.lower(ReviewRow.reviewer) == reviewer.strip().lower())
        with self._store._session() as s:
            return [_query(r) for r in s.scalars(q.order_by(QueryRow.raised_at, QueryRow.id))]

    def open_counts(self, review_ids: Iterable[str] | None = None) -> dict[str, int]:
        """Open queries per review (those waiting for the reviewer)."""
        q = select(QueryRow.review_id, func.count()).where(QueryRow.status == OPEN).group_by(QueryRow.review_id)
        if review_ids is not None:
            q = q.where(QueryRow.review_id.in_(list(review_ids)))
        with self._store._session() as s:
            return dict(s.execute(q).all())

    def open_total(self, reviewer: str | None = None) -> int:
        q = select(func.count()).select_from(QueryRow).where(QueryRow.status == OPEN)
        if reviewer:
            q = q.join(ReviewRow, ReviewRow.id == QueryRow.review_id).where(
                func.lower(ReviewRow.reviewer) == reviewer.strip().lower())
        with self._store._session() as s:
            return s.scalar(q) or 0

    def answer(self, query_id: str, text: str, by: str | None = None) -> Query:
        """The reviewer's answer (on the laptop). It goes to the centre with the review's next export."""
        from .store import ReviewError, clean_text, utcnow

        by = self._actor(by)
        text = clean_text(text or "").strip()
        problem = answer_problem(text)
        if problem:
            raise ReviewError(problem)
        q = self.get(query_id)
        if q.status == CLOSED:
            raise ReviewError(translate("core", "This query was closed by {who}; it needs no answer.")
                              .format(who=q.closed_by or "?"))
        now = utcnow()
        with self._store._session.begin() as s:
            row = s.get(QueryRow, q.id)
            row.answer, row.answered_by, row.answered_at, row.status = text, by, now, ANSWERED
            audit.append(s, now, by, row.review_id, "query_answered", row.id, q.answer or None, text)
        return self.get(q.id)

    def close(self, query_id: str, by: str | None = None, note: str = "") -> Query:
        """The centre closes a query (answered, or no longer needed: then say why)."""
        from .store import ReviewError, clean_text, utcnow

        by = self._actor(by)
        note = " ".join(clean_text(note or "").split())
        q = self.get(query_id)
        if q.status == CLOSED:
            raise ReviewError(translate("core", "This query is already closed."))
        from .states import lead_problem

        problem = lead_problem(self._store, by, translate("core", "Closing a query"))
        if problem:
            raise ReviewError(problem)
        if q.status == OPEN:
            problem = reason_problem(note, translate("core", "why the query is closed without an answer"))
            if problem:
                raise ReviewError(problem)
        problem = text_problem(note, translate("core", "A note"), MAX_TEXT)
        if problem:
            raise ReviewError(problem)
        now = utcnow()
        with self._store._session.begin() as s:
            row = s.get(QueryRow, q.id)
            row.status, row.closed_by, row.closed_at, row.close_note = CLOSED, by, now, note
            audit.append(s, now, by, row.review_id, "query_closed", row.id, q.status, note or CLOSED)
        return self.get(q.id)

    def finding_ids(self, review_id: str) -> set[str]:
        """The criteria of ``review_id`` that have an open query (the review window marks them)."""
        with self._store._session() as s:
            return set(s.scalars(select(QueryRow.criterion_id).where(
                QueryRow.review_id == review_id, QueryRow.status == OPEN, QueryRow.criterion_id.is_not(None))))

