"""Active time on reviews, per work session (issue 20 item 4): ``store.worktime``.

A row of ``work_session`` is one session of work on one review by one person: when it started and
its active seconds (qpp_reviewer.activity counts them: the review in front of the user and input
within the last few minutes). The window writes a session as it goes (periodically, on switching
tab and on closing), so a crash loses a minute at most; the same session written again replaces its
seconds, never adds to them. A review's active time is the sum of its sessions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, func, select
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base

MAX_SESSION_SECONDS = 24 * 3600  # a session is at most a day of active time: more is a broken clock


class WorkSessionRow(Base):
    __tablename__ = "work_session"
    # the time figures sum each review's sessions per reviewer from this index alone
    __table_args__ = (Index("ix_work_session_time", "review_id", "reviewer", "active_seconds"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    reviewer: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    active_seconds: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


@dataclass(frozen=True)
class WorkSession:
    id: str
    review_id: str
    reviewer: str
    started_at: datetime
    active_seconds: int


class WorkTime:
    """``store.worktime``."""

    def __init__(self, store):
        self._store = store

    def record(self, session_id: str, review_id: str, reviewer: str, started_at: datetime,
               active_seconds: float) -> None:
        """Write a session's active seconds so far (replacing what was written for it before)."""
        from .store import utcnow

        seconds = int(round(min(max(active_seconds, 0), MAX_SESSION_SECONDS)))
        with self._store._session.begin() as s:
            row = s.get(WorkSessionRow, session_id)
            if row is None:
                s.add(WorkSessionRow(id=session_id, review_id=review_id, reviewer=(reviewer or "unknown")[:100],
                                     started_at=started_at, active_seconds=seconds, updated_at=utcnow()))
            elif row.active_seconds != seconds:
                row.active_seconds = seconds
                row.updated_at = utcnow()

    def add_sessions(self, s, sessions) -> int:
        """Keep sessions read from a workbook (in the caller's transaction ``s``): a session held already
        takes the workbook's seconds when they are more. How many were new or grew."""
        changed = 0
        for x in sessions:
            seconds = int(min(max(x.active_seconds, 0), MAX_SESSION_SECONDS))
            row = s.get(WorkSessionRow, x.id)
            if row is None:
                s.add(WorkSessionRow(id=x.id, review_id=x.review_id, reviewer=x.reviewer[:100],
                                     started_at=x.started_at, active_seconds=seconds, updated_at=x.started_at))
                changed += 1
            elif seconds > row.active_seconds and row.review_id == x.review_id:
                row.active_seconds = seconds
                changed += 1
        return changed

    def seconds(self, review_id: str) -> int:
        """A review's active time: the sum of its sessions, by everyone."""
        with self._store._session() as s:
            return int(s.scalar(select(func.coalesce(func.sum(WorkSessionRow.active_seconds), 0))
                                .where(WorkSessionRow.review_id == review_id)) or 0)

    def sessions(self, review_ids: list[str] | None = None) -> list[WorkSession]:
        q = select(WorkSessionRow).order_by(WorkSessionRow.started_at, WorkSessionRow.id)
        out: list[WorkSession] = []
        with self._store._session() as s:
            if review_ids is None:
                rows = list(s.scalars(q))
            else:
                ids = list(dict.fromkeys(review_ids))
                rows = []
                for i in range(0, len(ids), 500):
                    rows += list(s.scalars(q.where(WorkSessionRow.review_id.in_(ids[i:i + 500]))))
                rows.sort(key=lambda r: (r.started_at, r.id))
        for r in rows:
            out.append(WorkSession(r.id, r.review_id, r.reviewer, r.started_at, r.active_seconds))
        return out
