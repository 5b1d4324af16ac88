"""The review store: every change a reviewer makes goes through here.

Each public method is one committed transaction, so that a change is saved
the moment it is made and a crash loses nothing acknowledged. The stored band
and counts are written only by :meth:`Store._rescore`, from
:func:`qpp_reviewer.scoring.score`, in the same transaction as the finding
that changed them, so the stored band cannot drift from the findings.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterable

from sqlalchemy import Engine, and_, func, not_, or_, select, union
from sqlalchemy.orm import Session, aliased, selectinload, sessionmaker

from ..messages import Label, counted_noun, joined, plural, translate
from ..domain import (
    DEFAULT_UNITS,
    reason_problem,
    text_problem,
    ChecklistTemplate,
    Criterion,
    Finding,
    Outcome,
    OutcomeJudgement,
    Product,
    QualityBand,
    Review,
    ReviewEvent,
    ReviewHeader,
    ReviewStatus,
    Role,
    Severity,
    SpecialPolicy,
    Stream,
)
from ..scoring import Score, score
from ..statistics import ReviewFacts
from ..templates import shipped_templates
from .db import make_engine, migrate
from .ids import new_id
from . import audit
from .seal import EVERY as SEAL_EVERY
from .models import (
    BatchRow,
    ReviewerProfileRow,
    CriterionRow,
    FindingRow,
    ReviewEventRow,
    ReviewRow,
    TemplateRow,
    UnitRow,
)

REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/._-]{1,63}$")
EARLIEST_DATE = date(2000, 1, 1)


class ReviewError(ValueError):
    """A change the rules do not allow; the message says why and what to do."""


class ReviewLocked(ReviewError):
    pass


class BlindReview(ReviewError):
    """The first review of a case stays hidden from its second reviewer until they finish."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_UNCLEAN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # the above, plus CR


def clean_text(text: str) -> str:
    """Line ends as \\n and no control characters: what any spreadsheet or PDF can carry."""
    if text and not _UNCLEAN.search(text):
        return text  # the usual case, checked at C speed
    return _CONTROL.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n"))


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def validate_reference(text: str, what: str) -> str | None:
    text = (text or "").strip()
    if not text:
        return translate("core", "Enter the {what}.").format(what=what)
    if not REFERENCE.match(text):
        return translate("core", "A {what} is letters, digits and / . _ - only, 2 to 64 characters, no spaces "
                                 "(e.g. L1234567/001).").format(what=what)
    if not any(ch.isdigit() for ch in text):
        return translate("core", "A {what} contains digits; enter the reference, not a name.").format(what=what)
    return None


def validate_header(header: ReviewHeader, units: list[str], today: date | None = None) -> dict:
    """Field name -> message for every problem; empty when the header is valid."""
    today = today or date.today()
    problems: dict[str, str] = {}
    msg = validate_reference(header.case_reference, translate("core", "case reference"))
    if msg:
        problems["case_reference"] = msg
    if not header.unit or header.unit not in units:
        problems["unit"] = (
            translate("core", "'{unit}' is not a known unit. Choose one from the list or add it first.").format(
                unit=header.unit)
            if header.unit
            else translate("core", "Choose the decision-making unit.")
        )
    if header.product is Product.DECISION and header.outcome is None:
        problems["outcome"] = translate("core", "Choose the decision's outcome (grant, refusal or withdrawal).")
    if header.product is Product.INTERVIEW and header.outcome is not None:
        problems["outcome"] = translate("core", "An interview has no outcome; leave it empty.")
    if header.product_date is None:
        problems["product_date"] = translate("core", "Enter the date.")
    elif header.product_date > today:
        problems["product_date"] = translate("core", "{date} is in the future.").format(date=header.product_date)
    elif header.product_date < EARLIEST_DATE:
        problems["product_date"] = translate("core", "{date} is before 2000; check the year.").format(
            date=header.product_date)
    msg = validate_reference(header.decision_maker, translate("core", "decision maker's staff reference"))
    if msg:
        problems["decision_maker"] = msg
    reviewer = (header.reviewer or "").strip()
    if not reviewer:
        problems["reviewer"] = translate("core", "Enter the reviewer (your name or initials).")
    elif len(reviewer) > 100:
        problems["reviewer"] = translate("core", "The reviewer is at most 100 characters.")
    return problems


@dataclass(frozen=True)
class ReviewSummary:
    """One line of the review list."""

    id: str
    case_reference: str
    unit: str
    product: Product
    outcome: Outcome | None
    product_date: date
    stream: Stream
    reviewer: str
    band: QualityBand | None
    band_reason: str
    status: ReviewStatus
    updated_at: datetime
    batch: str | None = None
    source_file: str | None = None
    kind: str = "primary"
    parent_review_id: str | None = None
    superseded_by: str | None = None
    state: str | None = None  # the centre's review state, when it has set one (issue 17)
    open_queries: int = 0  # queries waiting for the reviewer
    reply: tuple[str, int] | None = None  # (reply state, working days left) once the feedback was issued (issue 18)


@dataclass(frozen=True)
class ComparedCriterion:
    criterion: Criterion
    first: Severity | None
    second: Severity | None
    first_comment: str
    second_comment: str
    distance: int | None  # steps apart on no error < minor < significant < fail

    @property
    def agree(self) -> bool:
        return self.first == self.second


@dataclass(frozen=True)
class Comparison:
    first: Review
    second: Review
    first_score: Score
    second_score: Score
    rows: list[ComparedCriterion]


@dataclass(frozen=True)
class BatchSummary:
    id: str
    name: str
    description: str
    created_at: datetime
    created_by: str
    signed_off_at: datetime | None
    signed_off_by: str | None
    reviews: int
    complete: int
    bands: dict  # QualityBand value -> count, complete reviews only

    @property
    def signed_off(self) -> bool:
        return self.signed_off_at is not None


# What the review list can be sorted by (Store.list_reviews' ``order``), in the list's column order.
LIST_ORDER = ("case_reference", "unit", "product", "product_date", "stream", "reviewer", "band", "status",
              "batch", "open_queries", "reply", "updated_at")


@dataclass
class ReviewFilter:
    unit: str | None = None
    product: Product | None = None
    stream: Stream | None = None
    band: QualityBand | None = None
    status: ReviewStatus | None = None
    reviewer: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None  # case reference contains
    batch_id: str | None = None
    ids: list[str] | None = None
    state: str | None = None  # the centre's review state (received / has_issues / approved), issue 17
    open_queries: bool | None = None  # only reviews with a query waiting for the reviewer
    reply: str | None = None  # the decision maker's reply in this state today (replies.REPLY_STATES, or not_issued)


def _template_from_row(row: TemplateRow) -> ChecklistTemplate:
    return ChecklistTemplate(
        id=row.id,
        version=row.version,
        product=Product(row.product),
        title=row.title,
        description=row.description,
        criteria=tuple(
            Criterion(
                id=c.id,
                section_id=c.section_id,
                section_title=c.section_title,
                title=c.title,
                question=c.question,
                guidance=c.guidance,
                special_policy=SpecialPolicy(c.special_policy) if c.special_policy else None,
                applies_to=(
                    frozenset(Outcome(o) for o in c.applies_to.split(",")) if c.applies_to else None
                ),
                position=c.position,
            )
            for c in row.criteria
        ),
    )


def _template_row(t: ChecklistTemplate) -> TemplateRow:
    return TemplateRow(
        id=t.id,
        version=t.version,
        product=t.product.value,
        title=t.title,
        description=t.description,
        criteria=[
            CriterionRow(
                id=c.id,
                position=c.position,
                section_id=c.section_id,
                section_title=c.section_title,
                title=c.title,
                question=c.question,
                guidance=c.guidance,
                special_policy=c.special_policy.value if c.special_policy else None,
                applies_to=",".join(sorted(o.value for o in c.applies_to)) if c.applies_to else None,
            )
            for c in t.criteria
        ],
    )


class Store:
    def __init__(self, engine: Engine, lock=None):
        self.engine = engine
        self._lock = lock
        self._session = sessionmaker(engine, expire_on_commit=False)
        self._templates: dict[tuple[str, int], ChecklistTemplate] = {}
        # The person at the keyboard, recorded on every change (the app sets it at start).
        self.actor: str | None = None
        from .keys import KeyRegistry

        self.keys = KeyRegistry(self)  # the centre's enrolled signing keys (issue 16)
        from .revisions import Revisions

        self.revisions = Revisions(self)  # collated reviews' revisions and conflicts (issue 17)
        from .queries import Queries
        from .states import ReviewStates

        self.states = ReviewStates(self)  # the centre's review states (issue 17)
        self.queries = Queries(self)  # queries to reviewers and their answers (issue 17)
        from .appeals import Appeals

        self.appeals = Appeals(self)  # appeal and PARU outcomes of reviewed decisions (issue 20)
        from .coverage import Coverage
        from .worktime import WorkTime

        self.coverage = Coverage(self)  # the population and the sampling targets (issue 20)
        self.worktime = WorkTime(self)  # active time per review and work session (issue 20)
        from .replies import Replies

        self.replies = Replies(self)  # the decision maker's reply, arbitration, the reply window (issue 18)
        from .case_documents import Documents

        self.documents = Documents(self)  # case documents attached to reviews, and findings' evidence (issue 19)

        from .calibration import Calibration

        self.calibration = Calibration(self)  # calibration rounds, cases, reference answers (issue 18)

    @classmethod
    def open(
        cls,
        url_or_path: str | Path,
        templates: list[ChecklistTemplate] | None = None,
        lock: bool = False,
        backup_on_open: bool = False,
        backups_kept: int | None = None,
        create: bool = True,
    ):
        """Open (creating or migrating as needed) and install shipped templates.

        ``lock``: take the database's lock file (one writing program at a time).
        ``backup_on_open``: take a rolling backup of an existing SQLite file first.
        ``create``: False for everything but an explicit create (the app's first start, ``demo``,
        collating into a new central file): a missing local file is then refused, none made.
        """
        from .db import BACKUPS_KEPT, backup_sqlite, require_database
        from .lock import DatabaseLock

        held = None
        local = "://" not in str(url_or_path)
        if local and not create:
            require_database(url_or_path)  # before the lock file: a mistyped path leaves nothing
        if local and lock:
            held = DatabaseLock(Path(url_or_path).expanduser().resolve()).acquire()
        try:
            engine = make_engine(url_or_path, create=create)
            path = Path(engine.url.database) if engine.dialect.name == "sqlite" and engine.url.database else None
            if backup_on_open and path is not None and path.stat().st_size > 0:
                with engine.connect() as con:
                    has_tables = bool(con.exec_driver_sql(
                        "SELECT count(*) FROM sqlite_master WHERE type='table'").scalar())
                if has_tables:
                    backup_sqlite(path, "start", keep=backups_kept or BACKUPS_KEPT, unless_unchanged=True)
            migrate(engine)
            store = cls(engine, held)
            store._seed(shipped_templates() if templates is None else templates)
            return store
        except BaseException:
            if held is not None:
                held.release()
            raise

    def close(self) -> None:
        self.seal("close")
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def location(self) -> str:
        return self.engine.url.database or str(self.engine.url)

    # -- set-up -------------------------------------------------------------
    def _seed(self, templates: list[ChecklistTemplate]) -> None:
        with self._session.begin() as s:
            if s.scalar(select(func.count()).select_from(UnitRow)) == 0:
                s.add_all(UnitRow(name=n, active=True) for n in DEFAULT_UNITS)
            have = {tuple(r) for r in s.execute(select(TemplateRow.id, TemplateRow.version))}
            for t in templates:
                if (t.id, t.version) not in have:
                    s.add(_template_row(t))
        self._load_templates()

    def _load_templates(self) -> None:
        with self._session() as s:
            rows = s.scalars(select(TemplateRow).options(selectinload(TemplateRow.criteria)))
            self._templates = {(r.id, r.version): _template_from_row(r) for r in rows}

    def install_template(self, template: ChecklistTemplate) -> None:
        with self._session.begin() as s:
            if s.get(TemplateRow, (template.id, template.version)) is not None:
                raise ReviewError(translate("core", "Template {key} is already installed.").format(key=template.key))
            s.add(_template_row(template))
        self._load_templates()

    def templates(self) -> list[ChecklistTemplate]:
        return sorted(self._templates.values(), key=lambda t: (t.id, t.version))

    def template(self, template_id: str, version: int) -> ChecklistTemplate:
        return self._templates[(template_id, version)]

    def latest_template(self, product: Product) -> ChecklistTemplate:
        candidates = [t for t in self._templates.values() if t.product is product]
        if not candidates:
            raise ReviewError(translate("core", "No checklist template for {product}s is installed.").format(
                product=Label(product, lower=True)))
        return max(candidates, key=lambda t: t.version)

    # -- units ----------------------------------------------------------------
    def units(self) -> list[str]:
        with self._session() as s:
            return list(s.scalars(select(UnitRow.name).where(UnitRow.active).order_by(UnitRow.name)))

    def add_unit(self, name: str, by: str | None = None) -> str:
        """Add a unit (or bring back a retired one); audited, as every change of stored data is."""
        name = " ".join((name or "").split())
        if not name:
            raise ReviewError(translate("core", "Enter the unit's name."))
        if len(name) > 100:
            raise ReviewError(translate("core", "A unit's name is at most 100 characters."))
        with self._session.begin() as s:
            existing = s.scalar(select(UnitRow).where(func.lower(UnitRow.name) == name.lower()))
            if existing is not None:
                if existing.active:
                    raise ReviewError(translate("core", "The unit '{unit}' is already in the list.").format(unit=existing.name))
                existing.active = True
                self._audit(s, None, "unit_restored", "unit", None, existing.name, by=by)
                return existing.name
            s.add(UnitRow(name=name, active=True))
            self._audit(s, None, "unit_added", "unit", None, name, by=by)
        return name

    # -- reviews ----------------------------------------------------------------
    def create_review(self, header: ReviewHeader) -> str:
        problems = validate_header(header, self.units())
        if problems:
            raise ReviewError(joined(" ", list(problems.values())))
        template = self.latest_template(header.product)
        now = utcnow()
        header.reviewer = " ".join(clean_text(header.reviewer).split())
        with self._session.begin() as s:
            unit = s.scalar(select(UnitRow).where(UnitRow.name == header.unit))
            row = ReviewRow(
                id=str(uuid.uuid4()),
                case_reference=header.case_reference.strip(),
                unit=unit,
                product=header.product.value,
                outcome=header.outcome.value if header.outcome else None,
                product_date=header.product_date,
                decision_maker=header.decision_maker.strip(),
                stream=header.stream.value,
                reviewer=header.reviewer.strip(),
                template_id=template.id,
                template_version=template.version,
                status=ReviewStatus.IN_PROGRESS.value,
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            self._rescore(row)
            s.add(ReviewEventRow(review_id=row.id, at=now, kind="created", by=row.reviewer, detail=""))
            self._audit(s, row, "created", "", None, f"{row.case_reference} {row.product} {template.key}")
        return row.id

    def _who(self, row: ReviewRow | None = None, by: str | None = None) -> str:
        return by or self.actor or (row.reviewer if row is not None else "") or "unknown"

    def _audit(self, s: Session, row: ReviewRow | None, action: str, field: str = "", old=None, new=None,
               by: str | None = None) -> None:
        entry = audit.append(s, utcnow(), self._who(row, by), row.id if row is not None else None, action, field,
                             old, new)
        if entry.seq % SEAL_EVERY == 0:  # every N entries, never per keystroke
            from . import seal

            seal.checkpoint(s, self.actor, "every")

    def _criteria(self, row: ReviewRow) -> tuple[Criterion, ...]:
        template = self._templates[(row.template_id, row.template_version)]
        return template.criteria_for(Outcome(row.outcome) if row.outcome else None)

    def _rescore(self, row: ReviewRow) -> Score:
        findings = {f.criterion_id: Severity(f.severity) if f.severity else None for f in row.findings}
        judgement = OutcomeJudgement(row.outcome_judgement) if row.outcome_judgement else None
        result = score(self._criteria(row), findings, judgement)
        row.band = result.band.value if result.band else None
        row.band_reason = result.reason
        row.n_no_error = result.no_error
        row.n_minor = result.minor
        row.n_significant = result.significant
        row.n_fail = result.fail
        row.n_not_applicable = result.not_applicable
        row.n_unanswered = result.unanswered
        return result

    def _editable(self, s: Session, review_id: str) -> ReviewRow:
        row = s.get(ReviewRow, review_id, options=[selectinload(ReviewRow.findings)])
        if row is None:
            raise ReviewError(translate("core", "There is no review with id {id}.").format(id=review_id))
        if row.source_file is not None:
            raise ReviewLocked(translate("core", "Review of {case} was collated from {file} and is read-only here: "
                                                 "change it where it was made, and export it again.").format(
                case=row.case_reference, file=row.source_file))
        if row.status == ReviewStatus.COMPLETE.value:
            raise ReviewLocked(translate("core", "Review of {case} is complete. Reopen it (with a reason) to "
                                                 "change it.").format(case=row.case_reference))
        return row

    def _finding(self, row: ReviewRow, criterion_id: str) -> FindingRow:
        if criterion_id not in {c.id for c in self._criteria(row)}:
            raise ReviewError(translate("core", "Criterion {criterion} is not on this review's checklist.").format(
                criterion=criterion_id))
        for f in row.findings:
            if f.criterion_id == criterion_id:
                return f
        f = FindingRow(id=new_id(), criterion_id=criterion_id, comment="", updated_at=utcnow())
        row.findings.append(f)
        return f

    def set_finding(self, review_id: str, criterion_id: str, severity: Severity | None) -> Score:
        with self._session.begin() as s:
            row = self._editable(s, review_id)
            f = self._finding(row, criterion_id)
            old = f.severity
            f.severity = severity.value if severity else None
            if old != f.severity:  # a key that sets the same finding again changes nothing, not even the time:
                # a copy whose content changed has an audit entry for it (the centre tells copies by their trail)
                f.updated_at = row.updated_at = utcnow()
                self._audit(s, row, "finding", criterion_id, old, f.severity)
            return self._rescore(row)

    def set_comment(self, review_id: str, criterion_id: str, comment: str) -> None:
        with self._session.begin() as s:
            row = self._editable(s, review_id)
            f = self._finding(row, criterion_id)
            comment = clean_text(comment)
            if msg := text_problem(comment):  # the one limit (domain.MAX_TEXT): every export collates
                raise ReviewError(msg)
            if f.comment != comment:
                self._audit(s, row, "comment", criterion_id, f.comment, comment)
                f.comment = comment
                f.updated_at = row.updated_at = utcnow()

    def set_outcome_judgement(self, review_id: str, judgement: OutcomeJudgement | None) -> Score:
        with self._session.begin() as s:
            row = self._editable(s, review_id)
            new = judgement.value if judgement else None
            if new != row.outcome_judgement:
                self._audit(s, row, "outcome_judgement", "", row.outcome_judgement, new)
                row.outcome_judgement = new
                row.updated_at = utcnow()
            return self._rescore(row)

    def completion_problems(self, review: Review) -> list[str]:
        """What stops a review from being completed, in checklist order."""
        problems = []
        for c in review.criteria:
            f = review.findings.get(c.id)
            if f is None or f.severity is None:
                problems.append(translate("core", "{criterion}: no finding yet.").format(criterion=c.label))
            elif f.severity.is_error and not f.comment.strip():
                problems.append(translate("core", "{criterion}: a {severity} error needs a comment.").format(
                    criterion=c.label, severity=Label(f.severity, lower=True)))
        result = self.score_of(review)
        if result.needs_outcome_judgement:
            problems.append(translate("core", "A fail error needs your judgement of the outcome."))
        elif result.band is None and not problems:
            problems.append(translate("core", "At least one criterion must be assessed (not all 'not applicable')."))
        return problems

    def complete_review(self, review_id: str, by: str | None = None) -> Score:
        review = self.get_review(review_id)
        problems = self.completion_problems(review)
        if problems:
            raise ReviewError(translate("core", "The review cannot be completed yet:\n{problems}").format(
                problems=joined("\n", problems)))
        with self._session.begin() as s:
            row = self._editable(s, review_id)
            result = self._rescore(row)
            now = utcnow()
            row.status = ReviewStatus.COMPLETE.value
            row.completed_at = row.updated_at = now
            s.add(
                ReviewEventRow(
                    review_id=row.id, at=now, kind="completed", by=self._who(row, by),
                    detail=result.reason,
                )
            )
            self._audit(s, row, "completed", "band", None, result.reason, by=by)
            return result

    def reopen_review(self, review_id: str, reason: str, by: str | None = None) -> None:
        reason = (reason or "").strip()
        if msg := reason_problem(reason):
            raise ReviewError(msg)
        with self._session.begin() as s:
            row = s.get(ReviewRow, review_id)
            if row is None:
                raise ReviewError(translate("core", "There is no review with id {id}.").format(id=review_id))
            if row.status != ReviewStatus.COMPLETE.value:
                raise ReviewError(translate("core", "Only a complete review can be reopened."))
            if row.source_file is not None:
                raise ReviewLocked(translate("core", "Review of {case} was collated from {file}; it can only be "
                                                     "reopened where it was made.").format(
                    case=row.case_reference, file=row.source_file))
            now = utcnow()
            batch = row.batch_id and s.get(BatchRow, row.batch_id)
            if batch and batch.signed_off_at is not None:
                batch.signed_off_at = None
                batch.signed_off_by = None
                s.add(ReviewEventRow(review_id=row.id, at=now, kind="batch_unsigned", by=self._who(row, by),
                                     detail=f"Batch '{batch.name}' is no longer signed off: {reason}"))
                self._audit(s, row, "batch_unsigned", "batch", batch.name, reason, by=by)
            row.status = ReviewStatus.IN_PROGRESS.value
            row.completed_at = None
            row.updated_at = now
            s.add(ReviewEventRow(review_id=row.id, at=now, kind="reopened", by=self._who(row, by),
                                 detail=reason))
            self._audit(s, row, "reopened", "reason", None, reason, by=by)

    def delete_review(self, review_id: str, by: str | None = None, reason: str = "") -> None:
        """Delete a review that is not complete; the trail keeps who deleted which case, and why."""
        with self._session.begin() as s:
            row = s.get(ReviewRow, review_id)
            if row is None:
                raise ReviewError(translate("core", "There is no review with id {id}.").format(id=review_id))
            if row.status == ReviewStatus.COMPLETE.value:
                raise ReviewLocked(translate("core", "A complete review cannot be deleted; reopen it first."))
            self._audit(s, row, "deleted", "reason", f"{row.case_reference} {row.product}",
                        clean_text(reason or ""), by=by)
            s.delete(row)

    # -- batches ----------------------------------------------------------------
    def create_batch(self, name: str, description: str = "", by: str = "") -> str:
        name = " ".join((name or "").split())
        if not name:
            raise ReviewError(translate("core", "Give the batch a name, e.g. 'Glasgow - routine sample - Oct 2025'."))
        if len(name) > 200:
            raise ReviewError(translate("core", "A batch name is at most 200 characters."))
        with self._session.begin() as s:
            if s.scalar(select(BatchRow).where(func.lower(BatchRow.name) == name.lower())):
                raise ReviewError(translate("core", "There is already a batch called '{name}'.").format(name=name))
            row = BatchRow(id=str(uuid.uuid4()), name=name, description=description.strip(),
                           created_at=utcnow(), created_by=by)
            s.add(row)
            self._audit(s, None, "batch_created", "batch", None, name, by=by or None)
        return row.id

    def find_batch(self, name_or_id: str) -> BatchSummary:
        for b in self.batches():
            if name_or_id in (b.id, b.name):
                return b
        matches = [b for b in self.batches() if b.name.lower() == (name_or_id or "").strip().lower()]
        if len(matches) == 1:
            return matches[0]
        raise ReviewError(translate("core", "There is no batch called '{name}'.").format(name=name_or_id))

    def batches(self) -> list[BatchSummary]:
        with self._session() as s:
            counts: dict[str, dict] = {}
            q = select(ReviewRow.batch_id, ReviewRow.status, ReviewRow.band, func.count()).where(
                ReviewRow.batch_id.is_not(None)).group_by(ReviewRow.batch_id, ReviewRow.status, ReviewRow.band)
            for bid, status, band, n in s.execute(q):
                c = counts.setdefault(bid, {"reviews": 0, "complete": 0, "bands": {}})
                c["reviews"] += n
                if status == ReviewStatus.COMPLETE.value:
                    c["complete"] += n
                    if band:
                        c["bands"][band] = c["bands"].get(band, 0) + n
            out = []
            for b in s.scalars(select(BatchRow).order_by(BatchRow.created_at.desc(), BatchRow.name)):
                c = counts.get(b.id, {"reviews": 0, "complete": 0, "bands": {}})
                out.append(BatchSummary(b.id, b.name, b.description, b.created_at, b.created_by,
                                        b.signed_off_at, b.signed_off_by, c["reviews"], c["complete"],
                                        c["bands"]))
            return out

    def _open_batch(self, s: Session, batch_id: str) -> BatchRow:
        batch = s.get(BatchRow, batch_id)
        if batch is None:
            raise ReviewError(translate("core", "There is no batch with id {id}.").format(id=batch_id))
        if batch.signed_off_at is not None:
            raise ReviewLocked(translate("core", "Batch '{batch}' is signed off; its contents cannot change. Reopen one "
                                                 "of its reviews (with a reason) to unsign it.").format(batch=batch.name))
        return batch

    def add_to_batch(self, batch_id: str, review_ids: list[str], by: str | None = None) -> int:
        """Put reviews in a batch (moving them from another unsigned batch); each move audited."""
        with self._session.begin() as s:
            batch = self._open_batch(s, batch_id)
            moved = 0
            for rid in review_ids:
                row = s.get(ReviewRow, rid)
                if row is None:
                    raise ReviewError(translate("core", "There is no review with id {id}.").format(id=rid))
                if row.batch_id == batch.id:
                    continue
                old = None
                if row.batch_id is not None:
                    old = self._open_batch(s, row.batch_id).name
                row.batch_id = batch.id
                self._audit(s, row, "batch_added", "batch", old, batch.name, by=by)
                moved += 1
            return moved

    def remove_from_batch(self, review_ids: list[str], by: str | None = None) -> int:
        """Take reviews out of their unsigned batch; each one audited. Returns how many left one."""
        moved = 0
        with self._session.begin() as s:
            for rid in review_ids:
                row = s.get(ReviewRow, rid)
                if row is not None and row.batch_id is not None:
                    old = self._open_batch(s, row.batch_id).name
                    row.batch_id = None
                    self._audit(s, row, "batch_removed", "batch", old, None, by=by)
                    moved += 1
        return moved

    def sign_off_batch(self, batch_id: str, by: str) -> None:
        by = (by or "").strip()
        if not by:
            raise ReviewError(translate("core", "Say who signs the batch off."))
        with self._session.begin() as s:
            batch = self._open_batch(s, batch_id)
            from .models import SampledCaseRow, SamplingRoundRow  # sampled cases: storage/samples.py

            pending = list(s.scalars(
                select(SampledCaseRow.case_reference)
                .join(SamplingRoundRow, SampledCaseRow.round_id == SamplingRoundRow.id)
                .where(SamplingRoundRow.batch_id == batch.id, SampledCaseRow.review_id.is_(None),
                       SampledCaseRow.skipped_at.is_(None))))
            if pending:
                shown = ", ".join(pending[:5]) + (" …" if len(pending) > 5 else "")
                raise ReviewError(plural(
                    len(pending),
                    translate("core", "{n} sampled case in '{batch}' has no review yet (start their reviews, "
                                      "or skip them with a reason): {cases}"),
                    translate("core", "{n} sampled cases in '{batch}' have no review yet (start their reviews, "
                                      "or skip them with a reason): {cases}"),
                    n=f"{len(pending):,}", batch=batch.name, cases=shown))
            rows = list(s.scalars(select(ReviewRow).where(ReviewRow.batch_id == batch.id)))
            if not rows:
                raise ReviewError(translate("core", "Batch '{batch}' is empty; add reviews before signing it off.").format(
                    batch=batch.name))
            unfinished = [r.case_reference for r in rows if r.status != ReviewStatus.COMPLETE.value]
            if unfinished:
                shown = ", ".join(unfinished[:5]) + (" …" if len(unfinished) > 5 else "")
                raise ReviewError(plural(
                    len(unfinished),
                    translate("core", "{n} review in '{batch}' is not complete: {reviews}"),
                    translate("core", "{n} reviews in '{batch}' are not complete: {reviews}"),
                    n=f"{len(unfinished):,}", batch=batch.name, reviews=shown))
            now = utcnow()
            batch.signed_off_at = now
            batch.signed_off_by = by
            for r in rows:
                s.add(ReviewEventRow(review_id=r.id, at=now, kind="signed_off", by=by,
                                     detail=f"Batch '{batch.name}'"))
                self._audit(s, r, "signed_off", "batch", None, batch.name, by=by)

    def delete_batch(self, batch_id: str, by: str | None = None) -> None:
        """Delete an unsigned batch; its reviews stay, outside any batch (each one's leaving audited)."""
        with self._session.begin() as s:
            batch = self._open_batch(s, batch_id)
            for r in s.scalars(select(ReviewRow).where(ReviewRow.batch_id == batch.id)):
                r.batch_id = None
                self._audit(s, r, "batch_removed", "batch", batch.name, None, by=by)
            self._audit(s, None, "batch_deleted", "batch", batch.name, None, by=by)
            s.delete(batch)

    # -- reading ----------------------------------------------------------------
    def score_of(self, review: Review) -> Score:
        return score(
            review.criteria,
            {cid: f.severity for cid, f in review.findings.items()},
            review.outcome_judgement,
        )

    def get_review(self, review_id: str, viewer: str | None = None) -> Review:
        """The review; refused to a ``viewer`` (default: the actor) blind-reviewing the same case."""
        viewer = viewer if viewer is not None else self.actor
        if viewer:
            self._check_not_blind(review_id, viewer)
        with self._session() as s:
            row = s.get(
                ReviewRow,
                review_id,
                options=[selectinload(ReviewRow.findings), selectinload(ReviewRow.events),
                         selectinload(ReviewRow.unit)],
            )
            if row is None:
                raise ReviewError(translate("core", "There is no review with id {id}.").format(id=review_id))
            template = self._templates[(row.template_id, row.template_version)]
            return Review(
                id=row.id,
                header=ReviewHeader(
                    case_reference=row.case_reference,
                    unit=row.unit.name,
                    product=Product(row.product),
                    outcome=Outcome(row.outcome) if row.outcome else None,
                    product_date=row.product_date,
                    decision_maker=row.decision_maker,
                    stream=Stream(row.stream),
                    reviewer=row.reviewer,
                ),
                template=template,
                criteria=self._criteria(row),
                findings={
                    f.criterion_id: Finding(
                        f.criterion_id, Severity(f.severity) if f.severity else None, f.comment
                    )
                    for f in row.findings
                },
                outcome_judgement=(
                    OutcomeJudgement(row.outcome_judgement) if row.outcome_judgement else None
                ),
                status=ReviewStatus(row.status),
                created_at=row.created_at,
                updated_at=row.updated_at,
                completed_at=row.completed_at,
                events=[ReviewEvent(e.at, e.kind, e.by, e.detail) for e in row.events],
                kind=row.kind or "primary",
                parent_review_id=row.parent_review_id,
                superseded_by=row.superseded_by,
            )

    def _listed(self, q, flt: ReviewFilter, hidden: set[str]):
        q = self._apply_filter(q, flt)
        if flt.band and hidden:  # a band filter must not reveal the band it hides
            q = q.where(ReviewRow.id.not_in(hidden))
        return q

    def _list_order(self, order: tuple[str, bool] | None, hidden: set[str]) -> list:
        """ORDER BY for the list: ``order`` is (one of LIST_ORDER, descending); ties by last change (newest
        first), then id, so that pages read with OFFSET neither repeat nor skip a review."""
        from sqlalchemy import case, literal

        from .queries import OPEN, QueryRow

        last = [ReviewRow.updated_at.desc(), ReviewRow.id.desc()]
        if order is None:
            return last
        key, descending = order
        if key == "band":  # as the list shows it: no band, or one hidden from this viewer, after QS5
            shown = func.coalesce(ReviewRow.band, "QS9")
            expr = case((ReviewRow.id.in_(hidden), literal("QS9")), else_=shown) if hidden else shown
        elif key == "stream":  # by the label shown, not the stored value
            expr = case({m.value: m.label for m in Stream}, value=ReviewRow.stream, else_=ReviewRow.stream)
        elif key == "reply":  # where the decision maker's reply stands, in REPLY_STATES' order; not issued last
            from .replies import REPLY_STATES, in_reply_state

            expr = case(*((in_reply_state(st), literal(i)) for i, st in enumerate(REPLY_STATES)),
                        else_=literal(len(REPLY_STATES)))
        elif key == "open_queries":
            expr = (select(func.count()).select_from(QueryRow)
                    .where(QueryRow.review_id == ReviewRow.id, QueryRow.status == OPEN).scalar_subquery())
        else:
            expr = {"case_reference": ReviewRow.case_reference, "unit": UnitRow.name, "product": ReviewRow.product,
                    "product_date": ReviewRow.product_date, "reviewer": ReviewRow.reviewer,
                    "status": ReviewRow.status, "batch": func.coalesce(BatchRow.name, ""),
                    "updated_at": ReviewRow.updated_at}[key]
        return [expr.desc() if descending else expr.asc()] + last

    def count_listed(self, flt: ReviewFilter | None = None, viewer: str | None = None) -> int:
        """How many reviews list_reviews(flt) returns, counted by the database."""
        flt = flt or ReviewFilter()
        viewer = viewer if viewer is not None else self.actor
        hidden = self.blind_to(viewer) if viewer and flt.band else set()
        q = self._listed(select(func.count()).select_from(ReviewRow), flt, hidden)
        with self._session() as s:
            return s.scalar(q)

    def listed_ids(self, flt: ReviewFilter | None = None, viewer: str | None = None,
                   order: tuple[str, bool] | None = None) -> list[str]:
        """The ids of list_reviews(flt, viewer, order), in its order, without reading the rows."""
        flt = flt or ReviewFilter()
        viewer = viewer if viewer is not None else self.actor
        hidden = self.blind_to(viewer) if viewer else set()
        q = self._listed(select(ReviewRow.id).join(UnitRow).outerjoin(BatchRow), flt, hidden)
        with self._session() as s:
            return list(s.scalars(q.order_by(*self._list_order(order, hidden))))

    def list_reviews(self, flt: ReviewFilter | None = None, viewer: str | None = None,
                     order: tuple[str, bool] | None = None, offset: int = 0,
                     limit: int | None = None) -> list[ReviewSummary]:
        """Reviews for the list; a ``viewer``'s blind cases come without band or reason.

        Newest change first, or by ``order`` = (one of LIST_ORDER, descending); ``offset`` and ``limit``
        read one page of that order (the list reads the rows it shows as it is scrolled)."""
        flt = flt or ReviewFilter()
        viewer = viewer if viewer is not None else self.actor
        hidden = self.blind_to(viewer) if viewer else set()
        q = self._listed(select(ReviewRow, UnitRow.name, BatchRow.name).join(UnitRow).outerjoin(BatchRow),
                         flt, hidden)
        q = q.order_by(*self._list_order(order, hidden))
        if offset:
            q = q.offset(offset)
        if limit is not None:
            q = q.limit(limit)
        with self._session() as s:
            page = s.execute(q).all()  # the rows' columns all loaded: readable once the session is closed
        ids = [r.id for r, _unit, _batch in page] if limit is not None else None
        # the states and open queries of the page's reviews (of all of them when the whole list is read:
        # small tables, read whole); not inside the session above: an encrypted database has one connection
        states, queries = self.states.states(ids), self.queries.open_counts(ids)
        replies = self.replies.brief()  # one grouped query over the feedback issued
        return [
            ReviewSummary(
                id=r.id,
                case_reference=r.case_reference,
                unit=unit,
                product=Product(r.product),
                outcome=Outcome(r.outcome) if r.outcome else None,
                product_date=r.product_date,
                stream=Stream(r.stream),
                reviewer=r.reviewer,
                band=QualityBand(r.band) if r.band and r.id not in hidden else None,
                band_reason=r.band_reason if r.id not in hidden else "hidden until your own review of the case is complete",
                status=ReviewStatus(r.status),
                updated_at=r.updated_at,
                batch=batch,
                source_file=r.source_file,
                kind=r.kind or "primary",
                parent_review_id=r.parent_review_id,
                superseded_by=r.superseded_by,
                state=states.get(r.id),
                open_queries=queries.get(r.id, 0),
                reply=replies.get(r.id),
            )
            for r, unit, batch in page
        ]

    @staticmethod
    def _apply_filter(q, flt: ReviewFilter):
        if flt.unit:  # by id: the query needs no join with the unit table for it
            q = q.where(ReviewRow.unit_id.in_(select(UnitRow.id).where(UnitRow.name == flt.unit)))
        if flt.product:
            q = q.where(ReviewRow.product == flt.product.value)
        if flt.stream:
            q = q.where(ReviewRow.stream == flt.stream.value)
        if flt.band:
            q = q.where(ReviewRow.band == flt.band.value)
        if flt.status:
            q = q.where(ReviewRow.status == flt.status.value)
        if flt.reviewer:
            q = q.where(ReviewRow.reviewer == flt.reviewer)
        if flt.date_from:
            q = q.where(ReviewRow.product_date >= flt.date_from)
        if flt.date_to:
            q = q.where(ReviewRow.product_date <= flt.date_to)
        if flt.text:
            q = q.where(ReviewRow.case_reference.contains(flt.text.strip()))
        if flt.batch_id:
            q = q.where(ReviewRow.batch_id == flt.batch_id)
        if flt.ids is not None:
            q = q.where(ReviewRow.id.in_(flt.ids))
        if flt.state:
            from .states import in_state

            q = q.where(in_state(flt.state))
        if flt.open_queries:
            from .queries import OPEN, QueryRow

            q = q.where(ReviewRow.id.in_(select(QueryRow.review_id).where(QueryRow.status == OPEN)))
        if flt.reply:
            from .replies import in_reply_state

            q = q.where(in_reply_state(flt.reply))
        return q

    def review_facts(self, flt: ReviewFilter | None = None) -> list[ReviewFacts]:
        """The light rows figures are made from (see qpp_reviewer.statistics)."""
        flt = flt or ReviewFilter()
        q = (
            select(ReviewRow.id, UnitRow.name, ReviewRow.product, ReviewRow.stream, ReviewRow.product_date,
                   ReviewRow.reviewer, BatchRow.name, ReviewRow.status, ReviewRow.band)
            .join(UnitRow, ReviewRow.unit_id == UnitRow.id)
            .outerjoin(BatchRow, ReviewRow.batch_id == BatchRow.id)
        )
        q = self._apply_filter(q, flt).where(*self.counted(self.actor))
        # the enums by dictionary (calling Product(value) costs microseconds, 200,000 times over 50,000
        # reviews), the rows through Core (no ORM loading for plain columns)
        products, streams = {m.value: m for m in Product}, {m.value: m for m in Stream}
        statuses, bands = {m.value: m for m in ReviewStatus}, {m.value: m for m in QualityBand}
        with self._session() as s:
            rows = s.connection().execute(q).all()
        return [
            ReviewFacts(rid, unit, products[product], streams[stream], pdate, reviewer, batch,
                        statuses[status], bands[band] if band else None)
            for rid, unit, product, stream, pdate, reviewer, batch, status, band in rows
        ]

    def band_tally(self, flt: ReviewFilter | None = None) -> list[tuple[date, ReviewStatus, QualityBand | None, int]]:
        """How many reviews of the selection there are per day, status and band (the reviews
        review_facts() would return, grouped by the database): statistics.count_by_month's input.

        Reads only the review table's covering index ix_review_figures, so it stays in the
        tens of milliseconds over 50,000 reviews where loading every review takes a second.
        """
        q = (select(ReviewRow.product_date, ReviewRow.status, ReviewRow.band, func.count())
             .group_by(ReviewRow.product_date, ReviewRow.status, ReviewRow.band))
        q = self._apply_filter(q, flt or ReviewFilter()).where(*self.counted(self.actor))
        statuses = {s.value: s for s in ReviewStatus}
        bands = {b.value: b for b in QualityBand}
        with self._session() as s:
            return [(day, statuses[status], bands.get(band) if band else None, n)
                    for day, status, band, n in s.execute(q)]

    def figure_ids(self, flt: ReviewFilter | None = None, counted: bool = True,
                   bands: Iterable[QualityBand] | None = None) -> list[str]:
        """The reviews behind a figure: those of the selection a figure counts (complete, with a
        band; ``bands`` narrows them) or, with ``counted=False``, those it leaves out."""
        q = self._apply_filter(select(ReviewRow.id), flt or ReviewFilter()).where(*self.counted(self.actor))
        complete = and_(ReviewRow.status == ReviewStatus.COMPLETE.value, ReviewRow.band.is_not(None))
        q = q.where(complete if counted else not_(complete))
        if bands is not None:
            q = q.where(ReviewRow.band.in_([b.value for b in bands]))
        with self._session() as s:
            return list(s.scalars(q.order_by(ReviewRow.product_date, ReviewRow.id)))

    def review_ids(self, flt: ReviewFilter | None = None) -> list[str]:
        """The ids of a selection in the exchange workbook's order: by product date, then case
        reference. Ids only: an export of thousands need not build a summary of each. A review the
        actor is blind to (see :meth:`counted`) is not selected: an export would show its band."""
        q = self._apply_filter(select(ReviewRow.id), flt or ReviewFilter())
        if self.actor and self.actor.strip():
            q = q.where(ReviewRow.id.not_in(self._blind_ids(self.actor)))
        with self._session() as s:
            return list(s.scalars(q.order_by(ReviewRow.product_date, ReviewRow.case_reference, ReviewRow.id)))

    def complete_pairs(self) -> list[tuple[str, str]]:
        """(first review id, second review id) of every complete second review, latest change first."""
        q = select(ReviewRow.id, ReviewRow.parent_review_id).where(
            ReviewRow.kind == "second", ReviewRow.status == ReviewStatus.COMPLETE.value,
            ReviewRow.parent_review_id.is_not(None)).order_by(ReviewRow.updated_at.desc())
        with self._session() as s:
            return [(r[1], r[0]) for r in s.execute(q)]

    @staticmethod
    def counted(viewer: str | None = None):
        """Which reviews count in figures: first reviews not superseded, and agreed results.

        Second reviews and assurance assessments are about the reviewing, not the case;
        once two reviewers agree, their agreed review replaces both originals. Calibration
        is about the reviewers too: a review marked as a calibration case, its reference answer
        and the reviewers' calibration reviews of it never count (storage/calibration.py). For a
        ``viewer`` with an open second review, the first review of that case does not count
        either (it would show its band through a figure, a drill-down or an error theme):
        blindness is part of the one definition, so no figure can forget it.
        """
        from .calibration import CalibrationCaseRow

        clauses = (
            or_(ReviewRow.kind.is_(None), ReviewRow.kind.in_(("primary", "agreed"))),
            ReviewRow.superseded_by.is_(None),
            ReviewRow.id.not_in(select(CalibrationCaseRow.review_id)),
        )
        if viewer and viewer.strip():
            clauses += (ReviewRow.id.not_in(Store._blind_ids(viewer)),)
        return clauses

    @staticmethod
    def _blind_ids(viewer: str):
        """The ids ``viewer`` may not see yet, as a subquery: the one definition of blindness.

        Second reviews: the first review of the viewer's open second review of it. Calibration
        (storage/calibration.py): a calibration case, its reference answer and the other reviewers'
        calibration reviews of it, until the viewer's own calibration review of it is complete; a
        quality lead (who runs calibration) sees them all, and everyone sees their own.
        """
        from .calibration import calibration_blind_ids

        second = aliased(ReviewRow)
        by_second = select(second.parent_review_id).where(
            second.kind == "second", second.status != ReviewStatus.COMPLETE.value,
            second.parent_review_id.is_not(None), func.lower(second.reviewer) == viewer.strip().lower())
        return union(by_second, *calibration_blind_ids(viewer.strip().lower()))

    # -- people ----------------------------------------------------------------
    def add_profile(self, name: str, role: Role) -> str:
        name = " ".join(clean_text(name or "").split())
        if not name:
            raise ReviewError(translate("core", "Enter a name or initials."))
        if len(name) > 100:
            raise ReviewError(translate("core", "A name is at most 100 characters."))
        with self._session.begin() as s:
            if s.scalar(select(ReviewerProfileRow).where(func.lower(ReviewerProfileRow.name) == name.lower())):
                raise ReviewError(translate("core", "There is already a reviewer called '{name}'.").format(name=name))
            s.add(ReviewerProfileRow(id=str(uuid.uuid4()), name=name, role=Role(role).value, active=True,
                                     created_at=utcnow()))
            audit.append(s, utcnow(), self.actor or name, None, "profile_added", "role", None, f"{name}: {role}")
        return name

    def profiles(self) -> list[tuple[str, Role]]:
        with self._session() as s:
            return [(n, Role(r)) for n, r in s.execute(
                select(ReviewerProfileRow.name, ReviewerProfileRow.role)
                .where(ReviewerProfileRow.active).order_by(ReviewerProfileRow.name))]

    def role_of(self, name: str) -> Role | None:
        return dict(self.profiles()).get(name)

    # -- second pair of eyes ------------------------------------------------------
    def _check_not_blind(self, review_id: str, viewer: str) -> None:
        if not (viewer or "").strip():
            return
        with self._session() as s:
            blind = s.scalar(select(func.count()).select_from(ReviewRow).where(
                ReviewRow.id == review_id, ReviewRow.id.in_(self._blind_ids(viewer))))
            if not blind:
                return
            second = s.scalar(select(func.count()).select_from(ReviewRow).where(
                ReviewRow.parent_review_id == review_id, ReviewRow.kind == "second",
                ReviewRow.status != ReviewStatus.COMPLETE.value,
                func.lower(ReviewRow.reviewer) == viewer.strip().lower()))
        if second:
            raise BlindReview(translate("core", "You are second-reviewing this case: the first review stays hidden "
                                                "from you until your own review is complete."))
        raise BlindReview(translate("core", "This is part of a calibration case: the reference answer and the other "
                                            "reviewers' answers stay hidden from you until your own calibration review "
                                            "of the case is complete."))

    def blind_to(self, viewer: str) -> set[str]:
        """Ids of reviews ``viewer`` may not see yet (see :meth:`_blind_ids`)."""
        if not (viewer or "").strip():
            return set()
        with self._session() as s:
            return set(s.scalars(self._blind_ids(viewer)))

    def _child_row(self, first: ReviewRow, kind: str, reviewer: str, template: ChecklistTemplate,
                   product: str, outcome: str | None, stream: str) -> ReviewRow:
        """A new, in-progress review made of ``first``: a second review, assurance check, calibration
        review or reference answer (not yet added to the session)."""
        now = utcnow()
        row = ReviewRow(
            id=str(uuid.uuid4()), case_reference=first.case_reference, unit_id=first.unit_id, product=product,
            outcome=outcome, product_date=first.product_date, decision_maker=first.decision_maker,
            stream=stream, reviewer=reviewer, template_id=template.id, template_version=template.version,
            status=ReviewStatus.IN_PROGRESS.value, created_at=now, updated_at=now, kind=kind,
            parent_review_id=first.id,
        )
        return row

    def request_second_review(self, review_id: str, second_reviewer: str, kind: str = "second",
                              by: str | None = None) -> str:
        """A new, blind review of the same case product by someone else.

        ``kind='assurance'`` instead creates a secondary-assurance assessment of the
        review itself, on the assurance checklist.
        """
        second_reviewer = " ".join(clean_text(second_reviewer or "").split())
        if not second_reviewer:
            raise ReviewError(translate("core", "Say who does the second review."))
        with self._session.begin() as s:
            first = s.get(ReviewRow, review_id, options=[selectinload(ReviewRow.unit)])
            if first is None:
                raise ReviewError(translate("core", "There is no review with id {id}.").format(id=review_id))
            if first.status != ReviewStatus.COMPLETE.value:
                raise ReviewError(translate("core", "Only a complete review can have a second review or an assurance check."))
            if (first.kind or "primary") not in ("primary", "agreed"):
                raise ReviewError(translate("core", "A second review or assurance check is made of a first review."))
            if second_reviewer.lower() == first.reviewer.lower():
                raise ReviewError(translate("core", "{reviewer} made this review and cannot second-review or assess it; "
                                                   "choose another reviewer.").format(reviewer=second_reviewer))
            open_ = s.scalar(select(func.count()).select_from(ReviewRow).where(
                ReviewRow.parent_review_id == first.id, ReviewRow.kind == kind,
                ReviewRow.status != ReviewStatus.COMPLETE.value))
            if open_:
                raise ReviewError(translate("core", "This review already has an open second review.") if kind == "second"
                                  else translate("core", "This review already has an open assurance check."))
            if kind == "assurance":
                template = self.latest_template(Product.ASSURANCE)
                product, outcome = Product.ASSURANCE.value, None
            elif kind == "second":
                template = self._templates[(first.template_id, first.template_version)]
                product, outcome = first.product, first.outcome
            else:
                raise ReviewError(translate("core", "Unknown kind of review '{kind}'.").format(kind=kind))
            row = self._child_row(first, kind, second_reviewer, template, product, outcome,
                                  first.stream if kind == "second" else Stream.SECONDARY.value)
            now = row.created_at
            s.add(row)
            self._rescore(row)
            s.add(ReviewEventRow(review_id=row.id, at=now, kind="created", by=self._who(first, by),
                                 detail=f"{kind} review of {first.id}"))
            self._audit(s, row, f"{kind}_requested", "parent", None, first.id, by=by)
        return row.id

    def compare(self, first_id: str, second_id: str) -> "Comparison":
        from ..agreement import severity_distance

        first, second = self.get_review(first_id), self.get_review(second_id)
        if second.parent_review_id != first.id or second.kind != "second":
            raise ReviewError(translate("core", "These two reviews are not a review and its second review."))
        if second.status is not ReviewStatus.COMPLETE:
            raise BlindReview(translate("core", "The second review is not complete: the comparison opens when it is."))
        rows = []
        for c in first.criteria:
            a, b = first.findings.get(c.id), second.findings.get(c.id)
            sa, sb = (a.severity if a else None), (b.severity if b else None)
            rows.append(ComparedCriterion(c, sa, sb, a.comment if a else "", b.comment if b else "",
                                          severity_distance(sa, sb)))
        return Comparison(first, second, self.score_of(first), self.score_of(second), rows)

    def agree(self, first_id: str, second_id: str, decisions: dict[str, tuple[Severity, str, str]],
              outcome_judgement: OutcomeJudgement | None = None, by: str | None = None) -> str:
        """Record the result both reviewers agreed, criterion by criterion.

        ``decisions`` maps criterion id to (severity, comment, note) where the agreed
        finding differs from the first review's; every such change needs a note. The
        agreed review replaces both originals in figures; both are kept.
        """
        comparison = self.compare(first_id, second_id)
        first = comparison.first
        if first.superseded_by:
            raise ReviewError(translate("core", "These reviews were already agreed."))
        final: dict[str, tuple[Severity | None, str]] = {
            cid: (f.severity, f.comment) for cid, f in first.findings.items()}
        changes = []
        for cid, (sev, comment, note) in decisions.items():
            if cid not in {c.id for c in first.criteria}:
                raise ReviewError(translate("core", "Criterion {criterion} is not on this checklist.").format(criterion=cid))
            before = final.get(cid, (None, ""))
            if (sev, comment) != before:
                if not (note or "").strip():
                    raise ReviewError(translate("core", "Criterion {criterion}: say why the agreed finding differs from the "
                                                       "first review.").format(criterion=cid))
                if msg := (text_problem(clean_text(comment or ""), f"Criterion {cid}: the agreed comment")
                           or text_problem(note.strip(), f"Criterion {cid}: the note")):
                    raise ReviewError(msg)
                changes.append((cid, before[0], sev, note.strip()))
                final[cid] = (sev, clean_text(comment))
        judgement = outcome_judgement if outcome_judgement is not None else first.outcome_judgement
        criteria = first.criteria
        result = score(criteria, {k: v[0] for k, v in final.items()}, judgement)
        gaps = [c.id for c in criteria if final.get(c.id, (None,))[0] is None]
        silent = [k for k, (sev, com) in final.items() if sev and sev.is_error and not com.strip()]
        if gaps or silent or result.band is None:
            missing = (
                ([translate("core", "no finding on {criteria}").format(criteria=", ".join(gaps))] if gaps else [])
                + ([plural(len(silent), translate("core", "no comment on the error in {criteria}"),
                           translate("core", "no comment on the errors in {criteria}"),
                           criteria=", ".join(silent))] if silent else [])
                + ([result.reason] if result.band is None else []))
            raise ReviewError(translate("core", "The agreed result is not complete: {missing}").format(
                missing=joined("; ", missing)))
        now = utcnow()
        who = self._who(None, by)
        with self._session.begin() as s:
            first_row = s.get(ReviewRow, first_id)
            second_row = s.get(ReviewRow, second_id)
            row = ReviewRow(
                id=str(uuid.uuid4()), case_reference=first_row.case_reference, unit_id=first_row.unit_id,
                product=first_row.product, outcome=first_row.outcome, product_date=first_row.product_date,
                decision_maker=first_row.decision_maker, stream=first_row.stream,
                reviewer=f"{first_row.reviewer} + {second_row.reviewer}"[:100],
                template_id=first_row.template_id, template_version=first_row.template_version,
                outcome_judgement=judgement.value if judgement else None, status=ReviewStatus.COMPLETE.value,
                created_at=now, updated_at=now, completed_at=now, kind="agreed", parent_review_id=first_row.id,
                batch_id=first_row.batch_id,
            )
            for cid, (sev, comment) in final.items():
                row.findings.append(FindingRow(id=new_id(), criterion_id=cid,
                                               severity=sev.value if sev else None, comment=comment or "",
                                               updated_at=now))
            s.add(row)
            self._rescore(row)
            first_row.superseded_by = second_row.superseded_by = row.id
            s.add(ReviewEventRow(review_id=row.id, at=now, kind="agreed", by=who,
                                 detail=f"agreed from {first_row.id} and {second_row.id}: {counted_noun(len(changes), 'change')}"))
            self._audit(s, row, "agreed", "from", None, f"{first_row.id} + {second_row.id}", by=by)
            for cid, old, new, note in changes:
                self._audit(s, row, "agreed_change", cid, old, f"{new.value if new else ''} — {note}", by=by)
        return row.id

    def second_reviews(self, review_id: str) -> list[ReviewSummary]:
        """The reviews made of ``review_id`` (second reviews, assurance checks, agreed results)."""
        with self._session() as s:
            ids = list(s.scalars(select(ReviewRow.id).where(ReviewRow.parent_review_id == review_id)))
        return self.list_reviews(ReviewFilter(ids=ids)) if ids else []

    # -- audit -------------------------------------------------------------------
    def verify_audit(self) -> "audit.Verification":
        """The chain and its signed checkpoints (storage/seal.py)."""
        from . import seal

        with self._session() as s:
            return seal.verify(s)

    def seal(self, reason: str, key=None, force: bool = False):
        """Write a signed checkpoint of the trail's head, if it grew since the last one (issue 16).
        Never raises at close: a store that cannot seal (read-only file, schema too old) still closes."""
        from . import seal

        try:
            with self._session.begin() as s:
                return seal.checkpoint(s, self.actor, reason, key=key, force=force)
        except Exception:
            if reason != "close":
                raise
            return None

    def history(self, review_id: str) -> list:
        with self._session() as s:
            return audit.history(s, review_id)

    def reviewers(self) -> list[str]:
        with self._session() as s:
            return list(s.scalars(select(ReviewRow.reviewer).distinct().order_by(ReviewRow.reviewer)))

    def count_reviews(self) -> int:
        with self._session() as s:
            return s.scalar(select(func.count()).select_from(ReviewRow))
