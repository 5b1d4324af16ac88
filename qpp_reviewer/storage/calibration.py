"""Calibration of reviewers against a reference answer (issue 18 items 5, 7, 8).

A quality lead marks a review as a *calibration case*, in a *calibration round* (a name and a
date), and records its *reference answer*: the agreed findings, whose band comes from
``scoring.score`` as every band does. The reference is a review of kind ``reference`` whose parent
is the case. Reviewers then review the same case blind: a *calibration review* is a review of kind
``calibration`` whose parent is the case. Blindness is the store's one definition
(:meth:`Store._blind_ids`): the case, its reference and the other reviewers' calibration reviews
stay hidden from a reviewer until their own calibration review of the case is complete.

For each reviewer: the distance from the reference on each criterion (severity steps apart on
no error < minor < significant < fail, and whether it matches) and on the band (QS steps apart).
For the group: Fleiss' kappa and Gwet's AC1 over the criteria of a case, and of a round.

Calibration cases, references and calibration reviews are never counted in QS figures:
:meth:`Store.counted` leaves them out.

A focused part of the store: ``store.calibration``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, exists, func, not_, select
from sqlalchemy.orm import Mapped, aliased, mapped_column

from ..agreement import (BAND_ORDER, SEVERITY_ORDER, Agreement, Estimate, fleiss_kappa, gwet_ac1_raters,
                         severity_agreement, severity_distance)
from ..domain import Criterion, QualityBand, Review, ReviewStatus, Role, Severity
from ..messages import translate
from . import audit
from .models import Base, ReviewerProfileRow, ReviewRow

CASE, REFERENCE, CALIBRATION = "case", "reference", "calibration"  # what a review is in calibration
MARKABLE = ("primary", "agreed")


class CalibrationRoundRow(Base):
    """A calibration round: a name and the day it is held."""

    __tablename__ = "calibration_round"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    held_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))


class CalibrationCaseRow(Base):
    """A review a quality lead marked as a calibration case, in a round."""

    __tablename__ = "calibration_case"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), primary_key=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("calibration_round.id"), index=True)
    marked_at: Mapped[datetime] = mapped_column(DateTime)
    marked_by: Mapped[str] = mapped_column(String(100))


def calibration_blind_ids(viewer: str) -> tuple:
    """The calibration part of the store's one definition of blindness (:meth:`Store._blind_ids`), as
    selects of review ids to unite: for ``viewer`` (lower case), every calibration case, reference answer
    and calibration review not their own, of a case whose calibration review by them is not complete
    yet; nothing for a quality lead."""
    own, hidden, child = aliased(ReviewRow), aliased(ReviewRow), aliased(ReviewRow)
    done = select(own.parent_review_id).where(
        own.kind == CALIBRATION, own.status == ReviewStatus.COMPLETE.value, func.lower(own.reviewer) == viewer)
    lead = exists(select(ReviewerProfileRow.id).where(
        func.lower(ReviewerProfileRow.name) == viewer, ReviewerProfileRow.role == Role.QUALITY_LEAD.value,
        ReviewerProfileRow.active))
    cases = select(CalibrationCaseRow.review_id)
    case_ids = select(hidden.id).where(
        hidden.id.in_(cases), hidden.id.not_in(done), func.lower(hidden.reviewer) != viewer, not_(lead))
    child_ids = select(child.id).where(
        child.kind.in_((REFERENCE, CALIBRATION)), child.parent_review_id.in_(cases),
        child.parent_review_id.not_in(done), func.lower(child.reviewer) != viewer, not_(lead))
    return case_ids, child_ids


@dataclass(frozen=True)
class Round:
    id: str
    name: str
    held_on: date
    created_by: str
    cases: int = 0


@dataclass(frozen=True)
class Answer:
    """A calibration review of a case, as the list of a case shows it."""
    review_id: str
    reviewer: str
    status: ReviewStatus


@dataclass(frozen=True)
class Case:
    review_id: str
    case_reference: str
    round: Round
    marked_by: str
    marked_at: datetime
    reference_id: str | None  # the complete reference answer, None until one is recorded
    answers: tuple[Answer, ...] = ()

    @property
    def complete_answers(self) -> int:
        return sum(a.status is ReviewStatus.COMPLETE for a in self.answers)


@dataclass(frozen=True)
class CriterionDistance:
    criterion: Criterion
    reference: Severity | None
    answer: Severity | None
    distance: int | None  # severity steps apart; None when either is not applicable or unset (and they differ)

    @property
    def match(self) -> bool:
        return self.reference == self.answer


@dataclass(frozen=True)
class ReviewerResult:
    """One reviewer's complete calibration review of a case against the reference."""
    reviewer: str
    review_id: str
    band: QualityBand | None
    band_distance: int | None  # QS steps apart from the reference's band
    criteria: tuple[CriterionDistance, ...]

    @property
    def matched(self) -> int:
        return sum(c.match for c in self.criteria)

    @property
    def band_match(self) -> bool:
        return self.band_distance == 0


@dataclass(frozen=True)
class CaseResult:
    case: Case
    reference: Review
    reference_band: QualityBand | None
    reviewers: tuple[ReviewerResult, ...]
    fleiss: Estimate  # the group's agreement over the case's criteria (reviewers only, not the reference)
    ac1: Estimate


@dataclass(frozen=True)
class CriterionTally:
    template_id: str
    criterion_id: str
    label: str
    answers: int  # complete calibration answers on this criterion
    matched: int  # of them, the same finding as the reference


@dataclass(frozen=True)
class ReviewerTally:
    reviewer: str
    cases: int
    findings: Agreement  # every criterion of every case, against the reference
    band_matched: int
    by_round: tuple[tuple[Round, Agreement, int, int], ...]  # round, agreement, cases, bands matched


@dataclass(frozen=True)
class RoundTally:
    round: Round
    cases: int
    reviewers: int
    fleiss: Estimate
    ac1: Estimate


@dataclass(frozen=True)
class CalibrationReport:
    rounds: tuple[RoundTally, ...]
    cases: tuple[CaseResult, ...]
    criteria: tuple[CriterionTally, ...]
    reviewers: tuple[ReviewerTally, ...]
    pending: tuple[Case, ...] = field(default_factory=tuple)  # cases with no reference yet


def band_distance(a: QualityBand | None, b: QualityBand | None) -> int | None:
    if a is None or b is None:
        return None
    return abs(BAND_ORDER.index(a) - BAND_ORDER.index(b))


def group_agreement(reviews: list[Review]) -> tuple[Estimate, Estimate]:
    """Fleiss' kappa and Gwet's AC1 of several reviews of the same case, over its criteria
    ('not applicable' is not a rating)."""
    if len(reviews) < 2:
        from ..agreement import NO_ESTIMATE

        return NO_ESTIMATE, NO_ESTIMATE
    subjects = _subjects(reviews)
    return fleiss_kappa(subjects, SEVERITY_ORDER), gwet_ac1_raters(subjects, SEVERITY_ORDER)


def _subjects(reviews: list[Review]) -> list[list[Severity | None]]:
    out = []
    for c in reviews[0].criteria:
        out.append([r.findings[c.id].severity if c.id in r.findings else None for r in reviews])
    return out


class Calibration:
    """``store.calibration``: rounds, cases, reference answers and calibration reviews."""

    def __init__(self, store):
        self._store = store

    # -- helpers ---------------------------------------------------------------------------
    def _actor(self, by: str | None) -> str:
        from .store import ReviewError

        by = " ".join((by or self._store.actor or "").split())
        if not by:
            raise ReviewError(translate("core", "Say who you are first (File ▸ Switch reviewer)."))
        return by

    def lead_problem(self, by: str, what: str) -> str | None:
        """Why ``by`` may not do ``what``: calibration is run by a quality lead (by their profile here)."""
        role = self._store.role_of(by)
        if role is Role.QUALITY_LEAD:
            return None
        if role is None:
            return translate("core", "{what} is for a quality lead; {who} has no profile here (add their profile "
                                     "as a quality lead first).").format(what=what, who=by)
        return translate("core", "{what} is for a quality lead; {who}'s role here is {role}.").format(
            what=what, who=by, role=role.label.lower())

    def _lead(self, by: str | None, what: str) -> str:
        from .store import ReviewError

        by = self._actor(by)
        problem = self.lead_problem(by, what)
        if problem:
            raise ReviewError(problem)
        return by

    @staticmethod
    def _case_row(s, review_id: str) -> CalibrationCaseRow:
        from .store import ReviewError

        row = s.get(CalibrationCaseRow, review_id)
        if row is None:
            raise ReviewError(translate("core", "Review {id} is not a calibration case: a quality lead marks it "
                                                "first.").format(id=review_id))
        return row

    # -- rounds ----------------------------------------------------------------------------
    def rounds(self) -> list[Round]:
        """Every round, oldest first (the order of the trend)."""
        with self._store._session() as s:
            counts = dict(s.execute(select(CalibrationCaseRow.round_id, func.count())
                                    .group_by(CalibrationCaseRow.round_id)).all())
            return [Round(r.id, r.name, r.held_on, r.created_by, counts.get(r.id, 0)) for r in s.scalars(
                select(CalibrationRoundRow).order_by(CalibrationRoundRow.held_on, CalibrationRoundRow.name))]

    def find_round(self, name: str) -> Round | None:
        name = " ".join((name or "").split()).lower()
        return next((r for r in self.rounds() if r.name.lower() == name or r.id == name), None)

    def add_round(self, name: str, held_on: date | None = None, by: str | None = None) -> Round:
        """A new round (a quality lead's): its name is unique, its date defaults to today."""
        from .store import ReviewError, clean_text, utcnow

        by = self._lead(by, translate("core", "Starting a calibration round"))
        name = " ".join(clean_text(name or "").split())
        if not name:
            raise ReviewError(translate("core", "Give the calibration round a name, e.g. 'Calibration March 2026'."))
        if len(name) > 200:
            raise ReviewError(translate("core", "A calibration round's name is at most 200 characters."))
        if self.find_round(name) is not None:
            raise ReviewError(translate("core", "There is already a calibration round called '{name}'.").format(
                name=name))
        held_on = held_on or date.today()
        now = utcnow()
        with self._store._session.begin() as s:
            row = CalibrationRoundRow(id=str(uuid.uuid4()), name=name, held_on=held_on, created_at=now, created_by=by)
            s.add(row)
            audit.append(s, now, by, None, "calibration_round", "round", None, f"{name} ({held_on.isoformat()})")
        return Round(row.id, name, held_on, by)

    # -- cases -----------------------------------------------------------------------------
    def mark(self, review_id: str, round_name: str, by: str | None = None, held_on: date | None = None) -> Case:
        """A quality lead marks a review as a calibration case in a round (made if it does not exist yet).
        From then on the review is never counted in QS figures."""
        from .store import ReviewError, utcnow

        by = self._lead(by, translate("core", "Marking a calibration case"))
        if not " ".join((round_name or "").split()):
            raise ReviewError(translate("core", "Say which calibration round the case belongs to (e.g. --round "
                                                "'Calibration March 2026')."))
        with self._store._session() as s:
            row = s.get(ReviewRow, review_id)
            if row is None:
                raise ReviewError(translate("core", "There is no review with id {id}.").format(id=review_id))
            if (row.kind or "primary") not in MARKABLE:
                raise ReviewError(translate("core", "Only a first review (or an agreed result) can be a calibration "
                                                    "case; this one is a {kind} review.").format(kind=row.kind))
            if row.superseded_by:
                raise ReviewError(translate("core", "This review was replaced by an agreed result: mark that one "
                                                    "instead."))
            held = s.get(CalibrationCaseRow, review_id)
        rnd = self.find_round(round_name) or self.add_round(round_name, held_on, by=by)
        if held is not None:
            if held.round_id == rnd.id:
                return self.case(review_id)
            raise ReviewError(translate("core", "This review is already a calibration case, in another round."))
        now = utcnow()
        with self._store._session.begin() as s:
            s.add(CalibrationCaseRow(review_id=review_id, round_id=rnd.id, marked_at=now, marked_by=by))
            audit.append(s, now, by, review_id, "calibration_case", "round", None, rnd.name)
        return self.case(review_id)

    def unmark(self, review_id: str, by: str | None = None) -> None:
        """A quality lead takes a case out of calibration, while no reference or calibration review is
        made of it yet (they would lose their case)."""
        from .store import ReviewError, utcnow

        by = self._lead(by, translate("core", "Taking a case out of calibration"))
        with self._store._session.begin() as s:
            row = self._case_row(s, review_id)
            made = s.scalar(select(func.count()).select_from(ReviewRow).where(
                ReviewRow.parent_review_id == review_id, ReviewRow.kind.in_((REFERENCE, CALIBRATION))))
            if made:
                raise ReviewError(translate("core", "This calibration case already has a reference answer or "
                                                    "calibration reviews; it stays a calibration case."))
            rnd = s.get(CalibrationRoundRow, row.round_id)
            audit.append(s, utcnow(), by, review_id, "calibration_case", "round", rnd.name, None)
            s.delete(row)

    def role_of(self, review_id: str) -> tuple[str, str] | None:
        """(case | reference | calibration, the case's review id) for a review in calibration, else None."""
        with self._store._session() as s:
            if s.get(CalibrationCaseRow, review_id) is not None:
                return CASE, review_id
            row = s.get(ReviewRow, review_id)
            if row is not None and row.kind in (REFERENCE, CALIBRATION) and row.parent_review_id:
                return row.kind, row.parent_review_id
        return None

    def case(self, review_id: str) -> Case:
        with self._store._session() as s:
            self._case_row(s, review_id)
        return self.cases(ids=[review_id])[0]

    def cases(self, round_id: str | None = None, ids: list[str] | None = None) -> list[Case]:
        """The calibration cases (of a round), by round then case reference."""
        rounds = {r.id: r for r in self.rounds()}
        with self._store._session() as s:
            q = select(CalibrationCaseRow, ReviewRow.case_reference).join(
                ReviewRow, ReviewRow.id == CalibrationCaseRow.review_id)
            if round_id:
                q = q.where(CalibrationCaseRow.round_id == round_id)
            if ids is not None:
                q = q.where(CalibrationCaseRow.review_id.in_(ids))
            found = list(s.execute(q))
            case_ids = [c.review_id for c, _ref in found]
            children = list(s.execute(select(ReviewRow.id, ReviewRow.parent_review_id, ReviewRow.kind,
                                             ReviewRow.reviewer, ReviewRow.status, ReviewRow.completed_at)
                                      .where(ReviewRow.parent_review_id.in_(case_ids),
                                             ReviewRow.kind.in_((REFERENCE, CALIBRATION)))
                                      .order_by(ReviewRow.reviewer, ReviewRow.created_at)))
        out = []
        for c, ref in found:
            mine = [ch for ch in children if ch.parent_review_id == c.review_id]
            refs = sorted((ch for ch in mine if ch.kind == REFERENCE and ch.status == ReviewStatus.COMPLETE.value),
                          key=lambda ch: ch.completed_at)
            answers = tuple(Answer(ch.id, ch.reviewer, ReviewStatus(ch.status)) for ch in mine
                            if ch.kind == CALIBRATION)
            out.append(Case(c.review_id, ref, rounds[c.round_id], c.marked_by, c.marked_at,
                            refs[-1].id if refs else None, answers))
        return sorted(out, key=lambda c: (c.round.held_on, c.round.name, c.case_reference, c.review_id))

    # -- the reference answer --------------------------------------------------------------
    def open_reference(self, case_id: str) -> str | None:
        """The reference answer of the case being written (in progress), if any."""
        with self._store._session() as s:
            return s.scalar(select(ReviewRow.id).where(
                ReviewRow.parent_review_id == case_id, ReviewRow.kind == REFERENCE,
                ReviewRow.status != ReviewStatus.COMPLETE.value))

    def start_reference(self, case_id: str, by: str | None = None) -> str:
        """A quality lead starts writing the reference answer of a case: a review of kind ``reference``,
        filled in with the case's findings to start from; it becomes the reference when it is complete
        (the band from ``score()`` as any review's). One in progress at a time: it is returned again."""
        from .models import FindingRow
        from .ids import new_id
        from .store import utcnow

        by = self._lead(by, translate("core", "Recording a reference answer"))
        open_ = self.open_reference(case_id)
        if open_:
            return open_
        with self._store._session.begin() as s:
            self._case_row(s, case_id)
            first = s.get(ReviewRow, case_id)
            template = self._store.template(first.template_id, first.template_version)
            row = self._store._child_row(first, REFERENCE, by, template, first.product, first.outcome, first.stream)
            row.outcome_judgement = first.outcome_judgement
            for f in first.findings:
                row.findings.append(FindingRow(id=new_id(), criterion_id=f.criterion_id, severity=f.severity,
                                               comment=f.comment or "", updated_at=row.created_at))
            s.add(row)
            self._store._rescore(row)
            self._store._audit(s, row, "reference_started", "case", None, case_id, by=by)
        return row.id

    def record_reference(self, case_id: str, changes: dict[str, tuple[Severity, str]] | None = None,
                         outcome_judgement=None, by: str | None = None) -> str:
        """The reference answer in one step: the case's findings with ``changes`` (criterion id ->
        (severity, comment)), completed through the store's rules (every criterion assessed, every
        error with a comment). All or nothing: a reference that cannot be completed is not kept."""
        from .store import ReviewError

        by = self._lead(by, translate("core", "Recording a reference answer"))
        criteria = {c.id for c in self._store.get_review(case_id, viewer="").criteria}
        for cid in changes or {}:
            if cid not in criteria:
                raise ReviewError(translate("core", "Criterion {criterion} is not on this case's checklist.").format(
                    criterion=cid))
        started = self.open_reference(case_id) is None
        rid = self.start_reference(case_id, by=by)
        actor = self._store.actor
        self._store.actor = by
        try:
            for cid, (sev, comment) in (changes or {}).items():
                self._store.set_finding(rid, cid, sev)
                self._store.set_comment(rid, cid, comment or "")
            if outcome_judgement is not None:
                self._store.set_outcome_judgement(rid, outcome_judgement)
            self._store.complete_review(rid, by=by)
        except ReviewError:
            if started:
                self._store.delete_review(rid, by=by, reason="reference answer not completed")
            raise
        finally:
            self._store.actor = actor
        return rid

    # -- calibration reviews ---------------------------------------------------------------
    def start(self, case_id: str, reviewer: str | None = None) -> str:
        """``reviewer``'s (default: the actor's) blind calibration review of a case, on the case's
        checklist, empty. One per reviewer and case: their open one is returned again."""
        from .store import ReviewError

        reviewer = self._actor(reviewer)
        with self._store._session() as s:
            self._case_row(s, case_id)
            first = s.get(ReviewRow, case_id)
            if first.reviewer.strip().lower() == reviewer.lower():
                raise ReviewError(translate("core", "{who} made the review of this case: a calibration review is "
                                                    "made by another reviewer.").format(who=reviewer))
            mine = list(s.execute(select(ReviewRow.id, ReviewRow.kind, ReviewRow.status).where(
                ReviewRow.parent_review_id == case_id, ReviewRow.kind.in_((REFERENCE, CALIBRATION)),
                func.lower(ReviewRow.reviewer) == reviewer.lower())))
        for rid, kind, status in mine:
            if kind == REFERENCE:
                raise ReviewError(translate("core", "{who} wrote the reference answer of this case and does not "
                                                    "calibrate against it.").format(who=reviewer))
            if status == ReviewStatus.COMPLETE.value:
                raise ReviewError(translate("core", "{who} has already completed a calibration review of this "
                                                    "case.").format(who=reviewer))
            return rid
        with self._store._session.begin() as s:
            first = s.get(ReviewRow, case_id)
            template = self._store.template(first.template_id, first.template_version)
            row = self._store._child_row(first, CALIBRATION, reviewer, template, first.product, first.outcome,
                                         first.stream)
            s.add(row)
            self._store._rescore(row)
            self._store._audit(s, row, "calibration_started", "case", None, case_id, by=reviewer)
        return row.id

    # -- results ---------------------------------------------------------------------------
    def result(self, case_id: str, viewer: str | None = None) -> CaseResult:
        """Each reviewer's distance from the reference, and the group's agreement, on one case. Hidden
        (BlindReview) from a ``viewer`` (default: the actor) blind to the reference."""
        from .store import ReviewError

        case = self.case(case_id)
        if case.reference_id is None:
            raise ReviewError(translate("core", "Case {case} has no reference answer yet: a quality lead records "
                                                "it.").format(case=case.case_reference))
        viewer = viewer if viewer is not None else self._store.actor
        if viewer:
            self._store._check_not_blind(case.reference_id, viewer)
        return self._result(case)

    def _result(self, case: Case) -> CaseResult:
        store = self._store
        reference = store.get_review(case.reference_id, viewer="")
        ref_band = store.score_of(reference).band
        reviews = [store.get_review(a.review_id, viewer="") for a in case.answers
                   if a.status is ReviewStatus.COMPLETE]
        results = []
        for r in reviews:
            rows = []
            for c in reference.criteria:
                a, b = reference.findings.get(c.id), r.findings.get(c.id)
                sa, sb = (a.severity if a else None), (b.severity if b else None)
                rows.append(CriterionDistance(c, sa, sb, severity_distance(sa, sb)))
            band = store.score_of(r).band
            results.append(ReviewerResult(r.header.reviewer, r.id, band, band_distance(ref_band, band), tuple(rows)))
        fleiss, ac1 = group_agreement(reviews)
        return CaseResult(case, reference, ref_band, tuple(results), fleiss, ac1)

    def report(self, by: str | None = None) -> CalibrationReport:
        """Every round's cases against their references: a quality lead's report (it shows everyone's
        answers)."""
        self._lead(by, translate("core", "The calibration report"))
        cases = self.cases()
        results = [self._result(c) for c in cases if c.reference_id]
        pending = tuple(c for c in cases if not c.reference_id)
        criteria: dict[tuple[str, str], list] = {}
        per_reviewer: dict[str, list[tuple[Round, ReviewerResult]]] = {}
        for res in results:
            for rr in res.reviewers:
                per_reviewer.setdefault(rr.reviewer, []).append((res.case.round, rr))
                for cd in rr.criteria:
                    key = (res.reference.template.id, cd.criterion.id)
                    t = criteria.setdefault(key, [cd.criterion.label, 0, 0, cd.criterion.position])
                    t[1] += 1
                    t[2] += cd.match
        rounds = []
        for rnd in self.rounds():
            mine = [res for res in results if res.case.round.id == rnd.id]
            subjects: list = []
            for res in mine:
                reviews = [self._store.get_review(rr.review_id, viewer="") for rr in res.reviewers]
                if len(reviews) >= 2:
                    subjects += _subjects(reviews)
            names = {rr.reviewer for res in mine for rr in res.reviewers}
            rounds.append(RoundTally(rnd, len(mine), len(names), fleiss_kappa(subjects, SEVERITY_ORDER),
                                     gwet_ac1_raters(subjects, SEVERITY_ORDER)))
        reviewers = []
        for name, items in sorted(per_reviewer.items(), key=lambda kv: kv[0].lower()):
            pairs = [(cd.reference, cd.answer) for _rnd, rr in items for cd in rr.criteria]
            by_round = []
            for rnd in self.rounds():
                in_round = [rr for r, rr in items if r.id == rnd.id]
                if in_round:
                    by_round.append((rnd, severity_agreement(
                        [(cd.reference, cd.answer) for rr in in_round for cd in rr.criteria]),
                        len(in_round), sum(rr.band_match for rr in in_round)))
            reviewers.append(ReviewerTally(name, len(items), severity_agreement(pairs),
                                           sum(rr.band_match for _r, rr in items), tuple(by_round)))
        tallies = tuple(CriterionTally(k[0], k[1], v[0], v[1], v[2])
                        for k, v in sorted(criteria.items(), key=lambda kv: (kv[0][0], kv[1][3])))
        return CalibrationReport(tuple(rounds), tuple(results), tallies, tuple(reviewers), pending)
