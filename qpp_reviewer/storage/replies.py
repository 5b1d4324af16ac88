"""The decision maker's reply to a review's feedback, arbitration of disputes, and the reply window (issue 18 items 1-3).

When the feedback sheet of a complete review goes to the decision maker, the feedback is *issued*
(``issue_feedback``): a reply window opens, by default 10 working days (Monday to Friday) from the
day of issue, which a quality lead may change. The decision maker replies to each finding (each
error the review found) — *accept*, or *dispute* with a reason — and, if they wish, to the review as
a whole. The reply is typed in (``reply``) by the reviewer or a tech spec sitting with them, or comes
back in a reply workbook (qpp_reviewer.exchange.reply_book), both through the same checks, all or
nothing.

A dispute goes to an *arbitrator*: a technical specialist or quality lead (by their profile here)
who is neither the reviewer nor the decision maker. They *uphold* the finding, *overturn* it (the
finding becomes "no error") or *amend* it (a new severity), with a reason. An overturned or amended
finding changes the review through the store's own methods — reopened with the arbitration's
reason, the finding set, completed again — so ``score()`` recomputes the band, each step is audited,
and the revision flows to the centre with the next export as any other.

States: feedback issued → reply received (it has disputes) → in arbitration (referred to an
arbitrator, or some disputes decided) → resolved (every dispute decided). *Final*: the window passed
with no reply, or the reply accepted everything, or every dispute was resolved. ``today`` is a
parameter of everything that depends on the day, so that tests use a fixed clock.

A focused part of the store: ``store.replies``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, and_, case, func, not_, or_, select
from sqlalchemy.orm import Mapped, mapped_column

from ..domain import MAX_TEXT, Role, Severity, reason_problem, text_problem
from ..messages import Label, translate
from . import audit
from .models import Base, ReviewRow

DEFAULT_DAYS = 10
MAX_DAYS = 60
ACCEPT, DISPUTE = "accept", "dispute"
VERDICTS = (ACCEPT, DISPUTE)
UPHOLD, OVERTURN, AMEND = "uphold", "overturn", "amend"
DECISIONS = (UPHOLD, OVERTURN, AMEND)
WHOLE = ""  # the criterion id of a reply to the review as a whole

ISSUED, RECEIVED, ARBITRATION, RESOLVED, FINAL = "issued", "reply_received", "in_arbitration", "resolved", "final"
REPLY_STATES = (ISSUED, RECEIVED, ARBITRATION, RESOLVED, FINAL)
ARBITRATORS = (Role.TECH_SPEC, Role.QUALITY_LEAD)


class FeedbackIssueRow(Base):
    """When a review's feedback was issued to the decision maker, and its reply window."""

    __tablename__ = "feedback_issue"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), primary_key=True)
    issued_on: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_by: Mapped[str] = mapped_column(String(100))
    days: Mapped[int] = mapped_column(Integer)
    workbook_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    workbook_checksum: Mapped[str | None] = mapped_column(String(64), nullable=True)
    referred_to: Mapped[str | None] = mapped_column(String(100), nullable=True)
    referred_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class FeedbackReplyRow(Base):
    """The decision maker's reply on one finding (criterion_id '' : the review as a whole) and its arbitration."""

    __tablename__ = "feedback_reply"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), primary_key=True)
    criterion_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    verdict: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text, default="")
    finding: Mapped[str | None] = mapped_column(String(20), nullable=True)  # the severity replied to
    entered_by: Mapped[str] = mapped_column(String(100))
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(300), default="")
    decision: Mapped[str | None] = mapped_column(String(10), nullable=True)
    decision_severity: Mapped[str | None] = mapped_column(String(20), nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # the finding's comment when it was arbitrated, and the one an amending arbitrator gave it (migration 0015)
    original_comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    decision_comment: Mapped[str | None] = mapped_column(Text, nullable=True)


# -- working days -------------------------------------------------------------------------------

def add_working_days(start: date, n: int) -> date:
    """The n-th working day (Monday to Friday) after ``start``."""
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def working_days_between(start: date, end: date) -> int:
    """Working days d with start < d <= end (0 if end is not after start)."""
    n, d = 0, start
    while d < end:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n += 1
    return n


def state_label(state: str) -> str:
    return {ISSUED: translate("core", "awaiting reply"), RECEIVED: translate("core", "reply received"),
            ARBITRATION: translate("core", "in arbitration"), RESOLVED: translate("core", "resolved"),
            FINAL: translate("core", "final")}[state]


@dataclass(frozen=True)
class Reply:
    criterion_id: str  # '' : the review as a whole
    verdict: str
    reason: str
    finding: str | None
    entered_by: str
    entered_at: datetime
    source: str
    decision: str | None = None
    decision_severity: str | None = None
    decision_reason: str = ""
    decided_by: str | None = None
    decided_at: datetime | None = None
    original_comment: str | None = None
    decision_comment: str | None = None

    @property
    def changed(self) -> bool:
        """An arbitration that changed the finding (overturned or amended)."""
        return self.decision in (OVERTURN, AMEND)

    @property
    def disputed(self) -> bool:
        return self.verdict == DISPUTE

    @property
    def open(self) -> bool:
        """A dispute not yet decided."""
        return self.verdict == DISPUTE and self.decision is None


@dataclass(frozen=True)
class ReplyStatus:
    review_id: str
    case_reference: str
    state: str
    issued_on: date
    deadline: date
    days: int
    days_left: int  # working days after today up to the deadline (0 on its last day or after)
    replies: tuple[Reply, ...] = field(default_factory=tuple)
    referred_to: str | None = None

    @property
    def final(self) -> bool:
        return self.state in (RESOLVED, FINAL)

    @property
    def disputes(self) -> int:
        return sum(r.disputed for r in self.replies)

    @property
    def open_disputes(self) -> int:
        return sum(r.open for r in self.replies)

    @property
    def label(self) -> str:
        return label_for(self.state, self.days_left)


def label_for(state: str, days_left: int):
    """Where a reply stands in words, the days left while it is awaited ("awaiting reply (6 working days left)")."""
    if state == ISSUED:
        if days_left == 0:
            return translate("core", "awaiting reply (last day)")
        if days_left == 1:
            return translate("core", "awaiting reply (1 working day left)")
        return translate("core", "awaiting reply ({n} working days left)").format(n=days_left)
    return state_label(state)


def _reply(r: FeedbackReplyRow) -> Reply:
    return Reply(r.criterion_id, r.verdict, r.reason or "", r.finding, r.entered_by, r.entered_at, r.source or "",
                 r.decision, r.decision_severity, r.decision_reason or "", r.decided_by, r.decided_at,
                 r.original_comment, r.decision_comment)


def _state(issue: FeedbackIssueRow, replies: list[Reply], today: date) -> str:
    disputes = [r for r in replies if r.disputed]
    return _state_of(issue.issued_on, issue.days, issue.referred_to, len(replies), len(disputes),
                     sum(r.decision is not None for r in disputes), today)


def _state_of(issued_on: date, days: int, referred_to: str | None, answers: int, disputes: int, decided: int,
              today: date) -> str:
    """The one rule of the states (in_reply_state is its SQL form): no reply yet — awaited while the window
    is open, final after; no dispute — final; every dispute decided — resolved; referred or partly
    decided — in arbitration; else the reply received."""
    if not answers:
        return ISSUED if today <= add_working_days(issued_on, days) else FINAL
    if not disputes:
        return FINAL
    if decided >= disputes:
        return RESOLVED
    if referred_to or decided:
        return ARBITRATION
    return RECEIVED


NOT_ISSUED = "not_issued"  # a filter's value: reviews whose feedback was not issued


def _reply_counts():
    """Per review: how many answers, disputes and decided disputes (a subquery)."""
    disputed = FeedbackReplyRow.verdict == DISPUTE
    return (select(FeedbackReplyRow.review_id.label("rid"), func.count().label("answers"),
                   func.sum(case((disputed, 1), else_=0)).label("disputes"),
                   func.sum(case((and_(disputed, FeedbackReplyRow.decision.is_not(None)), 1), else_=0))
                   .label("decided"))
            .group_by(FeedbackReplyRow.review_id).subquery())


def window_open(today: date):
    """SQL: the feedback's reply window is still open on ``today`` (today is on or before its deadline).

    The deadline is the ``days``-th working day after the issue, so it is on or after ``today`` exactly when
    the issue is on or after the ``days``-th working day before ``today``: one comparison per row, whatever
    the window's length, with those days worked out once here."""
    before, d = [], today
    while len(before) < MAX_DAYS:
        d -= timedelta(days=1)
        if d.weekday() < 5:
            before.append(d)
    cutoff = case(*((FeedbackIssueRow.days == n, before[n - 1]) for n in range(1, MAX_DAYS + 1)), else_=today)
    return FeedbackIssueRow.issued_on >= cutoff


def in_reply_state(state: str, today: date | None = None):
    """SQL condition on the review table: the reviews whose reply stands in ``state`` on ``today`` (one of
    REPLY_STATES, or NOT_ISSUED). The same rule as _state_of, for the review list's filter."""
    today = today or date.today()
    from .models import ReviewRow

    issued = select(FeedbackIssueRow.review_id)
    if state == NOT_ISSUED:
        return ReviewRow.id.not_in(issued)
    if state not in REPLY_STATES:
        raise ValueError(f"unknown reply state {state!r}")
    c = _reply_counts()
    no_answer = c.c.rid.is_(None)
    condition = {
        ISSUED: and_(no_answer, window_open(today)),
        FINAL: or_(and_(no_answer, not_(window_open(today))), c.c.disputes == 0),
        RESOLVED: and_(c.c.disputes > 0, c.c.decided >= c.c.disputes),
        ARBITRATION: and_(c.c.disputes > 0, c.c.decided < c.c.disputes,
                          or_(FeedbackIssueRow.referred_to.is_not(None), c.c.decided > 0)),
        RECEIVED: and_(c.c.disputes > 0, c.c.decided == 0, FeedbackIssueRow.referred_to.is_(None)),
    }[state]
    return ReviewRow.id.in_(issued.outerjoin(c, c.c.rid == FeedbackIssueRow.review_id).where(condition))


def _clean(text: str | None) -> str:
    from .store import clean_text

    return " ".join(clean_text(text or "").split())


class Replies:
    """``store.replies``: feedback issued, the decision maker's replies, arbitration."""

    def __init__(self, store):
        self._store = store

    # -- helpers ---------------------------------------------------------------------------
    def _actor(self, by: str | None) -> str:
        from .store import ReviewError

        by = " ".join((by or self._store.actor or "").split())
        if not by:
            raise ReviewError(translate("core", "Say who you are first (File ▸ Switch reviewer)."))
        return by

    def _review(self, s, review_id: str) -> ReviewRow:
        from .store import ReviewError

        row = s.get(ReviewRow, review_id)
        if row is None:
            raise ReviewError(translate("core", "There is no review {id} in this database.").format(id=review_id))
        return row

    def _issue(self, s, review_id: str) -> FeedbackIssueRow:
        from .store import ReviewError

        issue = s.get(FeedbackIssueRow, review_id)
        if issue is None:
            raise ReviewError(translate("core", "The feedback of this review has not been issued to the decision "
                                                "maker: issue it first."))
        return issue

    def findings(self, review_id: str) -> list[tuple[str, str, str, str]]:
        """The findings a decision maker replies to: (criterion id, criterion label, severity, comment) of
        each error of the review, in checklist order."""
        review = self._store.get_review(review_id, viewer="")
        out = []
        for c in review.criteria:
            f = review.findings.get(c.id)
            if f is not None and f.severity is not None and f.severity.is_error:
                out.append((c.id, c.label, f.severity.value, f.comment))
        return out

    # -- issue and window ------------------------------------------------------------------
    def issue_feedback(self, review_id: str, by: str | None = None, days: int = DEFAULT_DAYS,
                       today: date | None = None) -> ReplyStatus:
        """Record that the feedback of a complete review went to the decision maker today: the reply
        window opens. Issuing it again changes nothing (the first issue counts)."""
        from .store import ReviewError, utcnow

        by = self._actor(by)
        today = today or date.today()
        self._check_days(days)
        with self._store._session.begin() as s:
            row = self._review(s, review_id)
            if row.status != "complete":
                raise ReviewError(translate("core", "Review of {case} is not complete: its feedback cannot be issued "
                                                    "yet.").format(case=row.case_reference))
            if s.get(FeedbackIssueRow, review_id) is None:
                now = utcnow()
                s.add(FeedbackIssueRow(review_id=review_id, issued_on=today, issued_at=now, issued_by=by, days=days))
                audit.append(s, now, by, review_id, "feedback_issued", "reply_window", None,
                             f"{today.isoformat()} + {days} working days = "
                             f"{add_working_days(today, days).isoformat()}")
        return self.state(review_id, today=today)

    @staticmethod
    def _check_days(days) -> None:
        from .store import ReviewError

        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
            raise ReviewError(translate("core", "A reply window is a whole number of working days from 1 to "
                                                "{max}.").format(max=MAX_DAYS))

    def set_window(self, review_id: str, days: int, by: str | None = None) -> None:
        """A quality lead sets the reply window of one review's feedback (working days from its issue)."""
        from .states import lead_problem
        from .store import ReviewError, utcnow

        by = self._actor(by)
        self._check_days(days)
        problem = lead_problem(self._store, by, translate("core", "Setting the reply window"))
        if problem:
            raise ReviewError(problem)
        with self._store._session.begin() as s:
            self._review(s, review_id)
            issue = self._issue(s, review_id)
            if issue.days != days:
                audit.append(s, utcnow(), by, review_id, "reply_window", "days", issue.days, days)
                issue.days = days

    def state(self, review_id: str, today: date | None = None) -> ReplyStatus | None:
        """Where the reply stands on ``today``; None when the feedback has not been issued."""
        today = today or date.today()
        with self._store._session() as s:
            issue = s.get(FeedbackIssueRow, review_id)
            if issue is None:
                return None
            ref = s.get(ReviewRow, review_id).case_reference
            replies = [_reply(r) for r in s.scalars(select(FeedbackReplyRow).where(
                FeedbackReplyRow.review_id == review_id).order_by(FeedbackReplyRow.criterion_id))]
            return self._status(issue, ref, replies, today)

    @staticmethod
    def _status(issue, ref, replies, today) -> ReplyStatus:
        deadline = add_working_days(issue.issued_on, issue.days)
        return ReplyStatus(issue.review_id, ref, _state(issue, replies, today), issue.issued_on, deadline,
                           issue.days, working_days_between(today, deadline), tuple(replies), issue.referred_to)

    def all(self, today: date | None = None) -> list[ReplyStatus]:
        """Every review whose feedback was issued, by case reference."""
        today = today or date.today()
        with self._store._session() as s:
            issues = list(s.scalars(select(FeedbackIssueRow)))
            refs = dict(s.execute(select(ReviewRow.id, ReviewRow.case_reference).where(
                ReviewRow.id.in_([i.review_id for i in issues]))).all())
            replies: dict[str, list[Reply]] = {}
            for r in s.scalars(select(FeedbackReplyRow).order_by(FeedbackReplyRow.criterion_id)):
                replies.setdefault(r.review_id, []).append(_reply(r))
        out = [self._status(i, refs[i.review_id], replies.get(i.review_id, []), today) for i in issues]
        return sorted(out, key=lambda st: (st.case_reference, st.review_id))

    def any_issued(self) -> bool:
        """Whether any review's feedback was issued here (one indexed row read)."""
        with self._store._session() as s:
            return s.scalar(select(FeedbackIssueRow.review_id).limit(1)) is not None

    def brief(self, today: date | None = None, ids: list[str] | None = None) -> dict[str, tuple[str, int]]:
        """(state, working days left) of every review whose feedback was issued (or of ``ids``), from one
        grouped query: the review list's column."""
        today = today or date.today()
        c = _reply_counts()
        q = (select(FeedbackIssueRow.review_id, FeedbackIssueRow.issued_on, FeedbackIssueRow.days,
                    FeedbackIssueRow.referred_to, c.c.answers, c.c.disputes, c.c.decided)
             .outerjoin(c, c.c.rid == FeedbackIssueRow.review_id))
        if ids is not None:
            q = q.where(FeedbackIssueRow.review_id.in_(ids))
        out = {}
        left: dict[tuple[date, int], int] = {}  # working days left, per (day of issue, window): few distinct
        with self._store._session() as s:
            for rid, issued_on, days, referred, answers, disputes, decided in s.execute(q):
                key = (issued_on, days)
                n = left.get(key)
                if n is None:
                    deadline = add_working_days(issued_on, days)
                    n = left[key] = working_days_between(today, deadline) if today < deadline else (
                        0 if today == deadline else -1)
                if not answers:
                    state = ISSUED if n >= 0 else FINAL
                else:
                    state = _state_of(issued_on, days, referred, answers, disputes or 0, decided or 0, today)
                out[rid] = (state, max(n, 0))
        return out

    def counts(self, today: date | None = None) -> dict[str, int]:
        """How many reviews whose feedback was issued are in each state on ``today`` (for the first screen)."""
        out = {st: 0 for st in REPLY_STATES}
        for st in self.all(today=today):
            out[st.state] += 1
        return out

    # -- the reply -------------------------------------------------------------------------
    def reply(self, review_id: str, answers: dict[str | None, tuple[str, str]], by: str | None = None,
              today: date | None = None, source: str = "typed") -> int:
        """The decision maker's reply: ``answers`` maps a criterion id (None or '' : the review as a whole)
        to (accept | dispute, reason). Every error of the review needs an answer; a dispute needs a
        reason. All or nothing. Returns how many answers changed (0: the same reply again)."""
        from .store import ReviewError, utcnow

        by = self._actor(by)
        today = today or date.today()
        with self._store._session() as s:
            self._review(s, review_id)
            self._issue(s, review_id)
        answers = {(k or WHOLE): v for k, v in answers.items()}
        findings = {cid: sev for cid, _label, sev, _c in self.findings(review_id)}
        problems = []
        unknown = [k for k in answers if k != WHOLE and k not in findings]
        if unknown:
            problems.append(translate("core", "{criterion} is not a finding of this review (only its errors are "
                                              "replied to).").format(criterion=unknown[0]))
        missing = [k for k in findings if k not in answers]
        if missing:
            problems.append(translate("core", "No reply on {criteria}: accept or dispute every finding.").format(
                criteria=", ".join(missing)))
        clean: dict[str, tuple[str, str]] = {}
        for k, (verdict, reason) in answers.items():
            verdict = (verdict or "").strip().lower()
            reason = _clean(reason)
            about = k or translate("core", "the review")
            if verdict not in VERDICTS:
                problems.append(translate("core", "{about}: a reply is accept or dispute, not '{value}'.").format(
                    about=about, value=verdict))
                continue
            if verdict == DISPUTE:
                problem = reason_problem(reason, translate("core", "the reason for the dispute"))
                if problem:
                    problems.append(f"{about}: {problem}")
                    continue
            elif reason and (problem := text_problem(reason, translate("core", "A reason"), MAX_TEXT)):
                problems.append(f"{about}: {problem}")
                continue
            clean[k] = (verdict, reason)
        if problems:
            raise ReviewError(translate("core", "The reply was not recorded:\n{problems}").format(
                problems="\n".join(problems)))
        now = utcnow()
        changed = 0
        with self._store._session.begin() as s:
            row = self._review(s, review_id)
            issue = self._issue(s, review_id)
            held = {r.criterion_id: r for r in s.scalars(select(FeedbackReplyRow).where(
                FeedbackReplyRow.review_id == review_id))}
            same = all(k in held and (held[k].verdict, held[k].reason or "") == v for k, v in clean.items())
            if same and set(held) == set(clean):
                return 0
            deadline = add_working_days(issue.issued_on, issue.days)
            if not held and today > deadline:
                raise ReviewError(translate("core", "The reply window of {case} closed on {day}: the feedback is "
                                                    "final.").format(case=row.case_reference, day=deadline.isoformat()))
            decided = [k for k, r in held.items() if r.decision is not None]
            if decided:
                raise ReviewError(translate("core", "The dispute on {criterion} has been arbitrated: the reply can no "
                                                    "longer change.").format(criterion=decided[0] or
                                                                             translate("core", "the review")))
            for k in set(held) - set(clean):
                audit.append(s, now, by, review_id, "reply", k or "review", held[k].verdict, None)
                s.delete(held[k])
            for k, (verdict, reason) in clean.items():
                r = held.get(k)
                if r is not None and (r.verdict, r.reason or "") == (verdict, reason):
                    continue
                if r is None:
                    r = FeedbackReplyRow(review_id=review_id, criterion_id=k)
                    s.add(r)
                old = r.verdict
                r.verdict, r.reason, r.finding = verdict, reason, findings.get(k)
                r.entered_by, r.entered_at, r.source = by, now, source[:300]
                audit.append(s, now, by, review_id, "reply", k or "review", old,
                             verdict + (f" — {reason}" if reason else ""))
                changed += 1
        return changed

    # -- arbitration -----------------------------------------------------------------------
    def arbitrator_problem(self, review_id: str, by: str) -> str | None:
        """Why ``by`` may not arbitrate this review's disputes, or None: the reviewer and the decision
        maker never do; anyone else needs a profile here as a technical specialist or quality lead."""
        with self._store._session() as s:
            row = self._review(s, review_id)
            if row.reviewer.strip().lower() == by.lower():
                return translate("core", "{who} is the reviewer of {case}: someone else arbitrates the "
                                         "dispute.").format(who=by, case=row.case_reference)
            if row.decision_maker.strip().lower() == by.lower():
                return translate("core", "{who} is the decision maker of {case}: someone else arbitrates the "
                                         "dispute.").format(who=by, case=row.case_reference)
        role = self._store.role_of(by)
        if role is None:
            return translate("core", "{who} has no profile here: an arbitrator is a technical specialist or a "
                                     "quality lead (add their profile first).").format(who=by)
        if role not in ARBITRATORS:
            return translate("core", "Arbitration is for a technical specialist or a quality lead; {who}'s role "
                                     "here is {role}.").format(who=by, role=role.label.lower())
        return None

    def refer(self, review_id: str, arbitrator: str, by: str | None = None) -> None:
        """Send the review's disputes to ``arbitrator`` (who must be allowed to arbitrate)."""
        from .store import ReviewError, utcnow

        by = self._actor(by)
        arbitrator = " ".join((arbitrator or "").split())
        problem = self.arbitrator_problem(review_id, arbitrator)
        if problem:
            raise ReviewError(problem)
        st = self.state(review_id)
        if st is None or not st.open_disputes:
            raise ReviewError(translate("core", "This review has no dispute waiting for arbitration."))
        with self._store._session.begin() as s:
            issue = self._issue(s, review_id)
            if issue.referred_to != arbitrator:
                now = utcnow()
                audit.append(s, now, by, review_id, "arbitration_referred", "arbitrator", issue.referred_to, arbitrator)
                issue.referred_to, issue.referred_at = arbitrator, now

    def arbitrate(self, review_id: str, criterion_id: str | None, decision: str, reason: str,
                  by: str | None = None, severity: Severity | None = None, comment: str | None = None):
        """An arbitrator's decision on one dispute: uphold, overturn (the finding becomes no error) or
        amend (``severity``, and the finding's new ``comment`` if given), with a reason. Overturn and amend change the review through the store
        (reopened with the reason, the finding set, completed: the band is recomputed). A dispute on the
        review as a whole (criterion None) can only be upheld: findings are changed one by one.
        Returns the review's new Score, or None when the review did not change."""
        from ..scoring import score
        from .store import ReviewError, utcnow

        by = self._actor(by)
        criterion_id = (criterion_id or "").strip()
        decision = (decision or "").strip().lower()
        reason = _clean(reason)
        if decision not in DECISIONS:
            raise ReviewError(translate("core", "An arbitration upholds, overturns or amends the finding, not "
                                                "'{value}'.").format(value=decision))
        problem = reason_problem(reason, translate("core", "the reason for the arbitration"))
        if problem:
            raise ReviewError(problem)
        problem = self.arbitrator_problem(review_id, by)
        if problem:
            raise ReviewError(problem)
        with self._store._session() as s:
            issue = self._issue(s, review_id)
            held = s.get(FeedbackReplyRow, (review_id, criterion_id))
            if held is None or held.verdict != DISPUTE:
                raise ReviewError(translate("core", "{about} is not disputed.").format(
                    about=criterion_id or translate("core", "The review")))
            if held.decision is not None:
                raise ReviewError(translate("core", "The dispute on {about} was already decided ({decision} by "
                                                    "{who}).").format(about=criterion_id or translate("core", "the review"),
                                                                      decision=held.decision, who=held.decided_by))
            if issue.referred_to and issue.referred_to.lower() != by.lower():
                raise ReviewError(translate("core", "The disputes of this review were referred to {who}: they "
                                                    "arbitrate.").format(who=issue.referred_to))
        new = None
        if decision == OVERTURN:
            new = Severity.NO_ERROR
        elif decision == AMEND:
            if severity is None or not isinstance(severity, Severity) or severity is Severity.NOT_APPLICABLE:
                raise ReviewError(translate("core", "Amending a finding needs its new severity (no error, minor, "
                                                    "significant or fail)."))
            new = severity
        comment = None if comment is None else _clean(comment)
        if comment and decision != AMEND:
            raise ReviewError(translate("core", "Only an amended finding takes a new comment; the reason says why "
                                                "the finding is upheld or overturned."))
        if comment and (problem := text_problem(comment, translate("core", "The finding's new comment"), MAX_TEXT)):
            raise ReviewError(problem)
        if new is not None and not criterion_id:
            raise ReviewError(translate("core", "A dispute on the review as a whole is upheld or not pursued; to "
                                                "change the review, arbitrate the disputed findings."))
        result = None
        review = self._store.get_review(review_id, viewer="")
        held_finding = review.findings.get(criterion_id) if criterion_id else None
        original_comment = held_finding.comment if held_finding is not None else None
        if new is not None:
            current = {cid: f.severity for cid, f in review.findings.items()}
            if current.get(criterion_id) == new:
                raise ReviewError(translate("core", "{criterion} is already {severity}: uphold the finding "
                                                    "instead.").format(criterion=criterion_id,
                                                                       severity=Label(new, lower=True)))
            current[criterion_id] = new
            if score(review.criteria, current, review.outcome_judgement).needs_outcome_judgement:
                raise ReviewError(translate("core", "A fail error needs a judgement of the outcome: the reviewer "
                                                    "records it, then the finding can be amended."))
            why = translate("core", "Arbitration of the decision maker's dispute on {criterion}: {reason}").format(
                criterion=criterion_id, reason=reason)
            actor = self._store.actor
            self._store.actor = by  # every change below is audited under the arbitrator's name
            try:
                self._store.reopen_review(review_id, why, by=by)
                self._store.set_finding(review_id, criterion_id, new)
                if comment:
                    self._store.set_comment(review_id, criterion_id, comment)
                result = self._store.complete_review(review_id, by=by)
            finally:
                self._store.actor = actor
        now = utcnow()
        with self._store._session.begin() as s:
            held = s.get(FeedbackReplyRow, (review_id, criterion_id))
            held.decision, held.decision_severity = decision, new.value if new is not None else None
            held.decision_reason, held.decided_by, held.decided_at = reason, by, now
            held.original_comment, held.decision_comment = original_comment, comment or None
            audit.append(s, now, by, review_id, "arbitrated", criterion_id or "review", held.finding,
                         f"{decision}" + (f" {new.value}" if new is not None else "") + f" — {reason}")
        return result

    # -- the reply workbook's record -------------------------------------------------------
    def workbook_written(self, review_id: str, workbook_id: str, checksum: str, by: str) -> None:
        from .store import utcnow

        with self._store._session.begin() as s:
            issue = self._issue(s, review_id)
            issue.workbook_id, issue.workbook_checksum = workbook_id, checksum
            audit.append(s, utcnow(), by, review_id, "reply_workbook", "workbook", None, workbook_id)

    def workbook_of(self, workbook_id: str) -> tuple[str, str] | None:
        """(review id, checksum) of the reply workbook this database wrote under ``workbook_id``."""
        with self._store._session() as s:
            issue = s.scalars(select(FeedbackIssueRow).where(FeedbackIssueRow.workbook_id == workbook_id)).first()
            return (issue.review_id, issue.workbook_checksum) if issue is not None else None
