"""Sampling rounds in the database: the record of a draw and its pending cases.

A draw (:mod:`qpp_reviewer.sampling`) is stored as a *sampling round*: the
population file's name, size, SHA-256 and case-list digest, the method,
rate or size, strata with their counts, seed, the cases left out because
they were already reviewed or sampled, who drew it and when. The drawn cases
are rows of ``sampled_case`` in the round's batch; each is *pending* until a
review is started from it (its header pre-filled) or it is skipped with a
reason. :func:`verify_round` redraws from a file and checks the same cases
come out.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from .. import __version__
from ..domain import Outcome, Product, ReviewHeader, Stream
from ..sampling import (
    ALGORITHM,
    GIVEN_PRODUCT,
    Population,
    Sample,
    SampleSpec,
    SamplingError,
    Verification,
    case_key,
    read_population,
    verify_sample,
)
from .models import BatchRow, ReviewRow, SampledCaseRow, SamplingRoundRow, UnitRow
from .store import ReviewError, Store, clean_text, utcnow
from ..messages import plural, translate

PENDING = "pending"
SKIPPED = "skipped"


@dataclass(frozen=True)
class SampledCase:
    id: int
    round_id: str
    position: int
    case_reference: str
    unit: str
    product: Product
    outcome: Outcome | None
    product_date: date
    decision_maker: str | None
    stratum: str
    source_row: int
    review_id: str | None
    status: str  # pending | skipped | in_progress | complete
    skip_reason: str | None = None

    @property
    def pending(self) -> bool:
        return self.status == PENDING


@dataclass
class SamplingRecord:
    id: str
    batch_id: str | None
    batch_name: str
    created_at: datetime
    created_by: str
    stream: Stream
    population_file: str
    population_sha256: str
    population_digest: str
    population_size: int
    excluded_count: int
    eligible_size: int
    method: str
    strata_by: tuple[str, ...]
    rate: float | None
    requested_size: int | None
    min_per_stratum: int
    sample_size: int
    seed: int
    algorithm: str
    columns: dict[str, str]  # field -> the file's column it was read from
    strata: list[dict]
    excluded: list[list[str]]  # [case reference, product, reason]
    notes: str
    app_version: str
    cases: list[SampledCase] = field(default_factory=list)

    @property
    def spec(self) -> SampleSpec:
        return SampleSpec(seed=self.seed, rate=self.rate, size=self.requested_size, by=self.strata_by,
                          min_per_stratum=self.min_per_stratum)

    def text(self) -> str:
        how = f"rate {self.rate:g} ({self.rate:.1%})" if self.rate is not None else f"size {self.requested_size}"
        lines = [
            f"Sampling round {self.id}",
            f"  batch:        {self.batch_name}" + ("" if self.batch_id else " (batch since deleted)"),
            f"  drawn by:     {self.created_by or '-'} at {self.created_at:%Y-%m-%d %H:%M:%S} UTC "
            f"(QPP Reviewer {self.app_version})",
            f"  stream:       {self.stream.label}",
            f"  population:   {self.population_file}, {self.population_size:,} cases",
            f"  file sha256:  {self.population_sha256}",
            "  columns:      " + "; ".join(f"{k} <- {v}" for k, v in self.columns.items()),
            f"  case digest:  {self.population_digest}",
            f"  method:       {self.method}, {how}"
            + (f", at least {self.min_per_stratum} per stratum" if self.min_per_stratum else ""),
            f"  seed:         {self.seed} (algorithm {self.algorithm})",
            f"  excluded:     {self.excluded_count:,} already reviewed or sampled; eligible {self.eligible_size:,}",
            f"  sample:       {self.sample_size:,} cases",
        ]
        if self.notes:
            lines.append(f"  notes:        {self.notes}")
        if self.strata_by:
            lines.append("  strata:")
            for s in self.strata:
                lines.append(f"    {s['stratum']}: population {s['population']:,}, excluded {s['excluded']:,}, "
                             f"eligible {s['eligible']:,}, sample {s['sample']:,}")
        if self.cases:
            counts: dict[str, int] = {}
            for c in self.cases:
                counts[c.status] = counts.get(c.status, 0) + 1
            lines.append("  cases:        " + ", ".join(f"{v} {k.replace('_', ' ')}"
                                                        for k, v in sorted(counts.items())))
        return "\n".join(lines)


def all_units(store: Store) -> list[str]:
    """Every unit ever known, active or not: a population is matched against these."""
    with store._session() as s:
        return list(s.scalars(select(UnitRow.name).order_by(UnitRow.name)))


def excluded_cases(store: Store) -> dict[tuple[str, str], str]:
    """Case keys not to draw again: reviewed (any review of the same case and product),
    or drawn in another round, not skipped, whose batch still exists (deleting a batch
    abandons its sample; the round's record stays)."""
    out: dict[tuple[str, str], str] = {}
    with store._session() as s:
        for ref, product in s.execute(select(ReviewRow.case_reference, ReviewRow.product)):
            out[case_key(ref, product)] = "already reviewed"
        q = (select(SampledCaseRow.case_reference, SampledCaseRow.product, SamplingRoundRow.batch_name)
             .join(SamplingRoundRow, SampledCaseRow.round_id == SamplingRoundRow.id)
             .where(SampledCaseRow.skipped_at.is_(None), SamplingRoundRow.batch_id.is_not(None)))
        for ref, product, batch in s.execute(q):
            out.setdefault(case_key(ref, product), f"already sampled (batch '{batch}')")
    return out


def read_store_population(store: Store, path: str | Path, default_product: Product | None = None) -> Population:
    """A population file read against this database's units."""
    return read_population(path, units=all_units(store), default_product=default_product)


def record_sample(
    store: Store,
    population: Population,
    sample: Sample,
    batch_name: str,
    by: str = "",
    stream: Stream = Stream.ROUTINE,
) -> str:
    """Store the round and its cases in one transaction; returns the round id.

    The batch is created if there is none of that name; an existing batch must be open.
    The draw is refused if the database changed since it was made (a drawn case has
    been reviewed or sampled meanwhile).
    """
    population.check()
    batch_name = " ".join((batch_name or "").split())
    if not batch_name:
        raise ReviewError(translate("core", "Give the batch a name, e.g. 'Glasgow - routine sample - Oct 2025'."))
    if len(batch_name) > 200:
        raise ReviewError(translate("core", "A batch name is at most 200 characters."))
    by = " ".join(clean_text(by).split())[:100]
    units = set(all_units(store))
    unknown = sorted({c.unit for c in sample.drawn} - units)
    if unknown:
        raise ReviewError(plural(
            len(unknown),
            translate("core", "Unknown unit: {units}. Add it first, or read the file with this database's units."),
            translate("core", "Unknown units: {units}. Add them first, or read the file with this database's units."),
            units=", ".join(unknown)))
    now = utcnow()
    with store._session.begin() as s:
        now_excluded = _excluded_in(s)
        changed = [c for c in sample.drawn if c.key in now_excluded]
        if changed:
            raise ReviewError(plural(
                len(changed),
                translate("core", "{n} drawn case was reviewed or sampled since the draw (e.g. {case}); draw again."),
                translate("core", "{n} drawn cases were reviewed or sampled since the draw (e.g. {case}); draw again."),
                n=f"{len(changed):,}", case=changed[0].case_reference))
        batch = s.scalar(select(BatchRow).where(func.lower(BatchRow.name) == batch_name.lower()))
        if batch is None:
            batch = BatchRow(id=str(uuid.uuid4()), name=batch_name, description=(
                f"Sample drawn from {population.file_name}"), created_at=now, created_by=by)
            s.add(batch)
            s.flush()
        elif batch.signed_off_at is not None:
            raise ReviewError(translate("core", "Batch '{batch}' is signed off; draw into a new batch.").format(batch=batch.name))
        spec = sample.spec
        row = SamplingRoundRow(
            id=str(uuid.uuid4()),
            batch_id=batch.id,
            batch_name=batch.name,
            created_at=now,
            created_by=by,
            stream=stream.value,
            population_file=population.file_name[:260],
            population_sha256=population.sha256,
            population_digest=population.digest,
            population_size=sample.population_size,
            excluded_count=len(sample.excluded),
            eligible_size=sample.eligible,
            method=spec.method,
            strata_by=",".join(spec.by),
            rate=spec.rate,
            requested_size=spec.size,
            min_per_stratum=spec.min_per_stratum,
            sample_size=sample.size,
            seed=spec.seed,
            algorithm=ALGORITHM,
            columns=json.dumps(population.mapping, ensure_ascii=False),
            strata=json.dumps([st.as_dict() for st in sample.strata], ensure_ascii=False),
            excluded=json.dumps([[c.case_reference, c.product.value, why] for c, why in sample.excluded],
                                ensure_ascii=False),
            notes="; ".join(sample.notes),
            app_version=__version__,
        )
        s.add(row)
        s.flush()
        for i, c in enumerate(sample.drawn):
            s.add(SampledCaseRow(
                round_id=row.id, position=i, case_reference=c.case_reference, unit=c.unit,
                product=c.product.value, outcome=c.outcome.value if c.outcome else None,
                product_date=c.product_date, decision_maker=c.decision_maker,
                stratum=c.stratum(spec.by), source_row=c.row,
            ))
        return row.id


def _excluded_in(s) -> set[tuple[str, str]]:
    keys = {case_key(r, p) for r, p in s.execute(select(ReviewRow.case_reference, ReviewRow.product))}
    keys |= {case_key(r, p) for r, p in s.execute(
        select(SampledCaseRow.case_reference, SampledCaseRow.product)
        .join(SamplingRoundRow, SampledCaseRow.round_id == SamplingRoundRow.id)
        .where(SampledCaseRow.skipped_at.is_(None), SamplingRoundRow.batch_id.is_not(None)))}
    return keys


def draw_into_batch(
    store: Store,
    path: str | Path,
    spec: SampleSpec,
    batch_name: str,
    by: str = "",
    stream: Stream = Stream.ROUTINE,
    default_product: Product | None = None,
) -> tuple[str, Population, Sample]:
    """Read the file, draw (leaving out reviewed and sampled cases) and record the round."""
    from ..sampling import draw_sample

    population = read_store_population(store, path, default_product)
    population.check()
    sample = draw_sample(population.cases, spec, excluded_cases(store))
    round_id = record_sample(store, population, sample, batch_name, by, stream)
    return round_id, population, sample


# -- reading -------------------------------------------------------------------------------


def _case_status(row: SampledCaseRow, review_status: str | None) -> str:
    if row.review_id is not None and review_status:
        return review_status
    if row.skipped_at is not None:
        return SKIPPED
    return PENDING


def _cases(s, where) -> list[SampledCase]:
    q = (select(SampledCaseRow, ReviewRow.status)
         .outerjoin(ReviewRow, SampledCaseRow.review_id == ReviewRow.id)
         .join(SamplingRoundRow, SampledCaseRow.round_id == SamplingRoundRow.id)
         .where(where)
         .order_by(SamplingRoundRow.created_at, SampledCaseRow.round_id, SampledCaseRow.position))
    return [
        SampledCase(r.id, r.round_id, r.position, r.case_reference, r.unit, Product(r.product),
                    Outcome(r.outcome) if r.outcome else None, r.product_date, r.decision_maker, r.stratum,
                    r.source_row, r.review_id, _case_status(r, status), r.skip_reason)
        for r, status in s.execute(q)
    ]


def _record(row: SamplingRoundRow, cases: list[SampledCase]) -> SamplingRecord:
    return SamplingRecord(
        id=row.id, batch_id=row.batch_id, batch_name=row.batch_name, created_at=row.created_at,
        created_by=row.created_by, stream=Stream(row.stream), population_file=row.population_file,
        population_sha256=row.population_sha256, population_digest=row.population_digest,
        population_size=row.population_size, excluded_count=row.excluded_count,
        eligible_size=row.eligible_size, method=row.method,
        strata_by=tuple(f for f in row.strata_by.split(",") if f), rate=row.rate,
        requested_size=row.requested_size, min_per_stratum=row.min_per_stratum,
        sample_size=row.sample_size, seed=row.seed, algorithm=row.algorithm,
        columns=json.loads(row.columns or "{}"), strata=json.loads(row.strata or "[]"),
        excluded=json.loads(row.excluded or "[]"),
        notes=row.notes, app_version=row.app_version, cases=cases,
    )


def sampling_rounds(store: Store) -> list[SamplingRecord]:
    """Every round, newest first, with its cases."""
    with store._session() as s:
        rows = list(s.scalars(select(SamplingRoundRow).order_by(SamplingRoundRow.created_at.desc())))
        cases = _cases(s, SampledCaseRow.round_id.in_([r.id for r in rows])) if rows else []
    by_round: dict[str, list[SampledCase]] = {}
    for c in cases:
        by_round.setdefault(c.round_id, []).append(c)
    return [_record(r, by_round.get(r.id, [])) for r in rows]


def sampling_round(store: Store, round_id: str) -> SamplingRecord:
    """One round by id (or an unambiguous start of it, as printed)."""
    round_id = (round_id or "").strip()
    with store._session() as s:
        row = s.get(SamplingRoundRow, round_id)
        if row is None and len(round_id) >= 4:
            matches = list(s.scalars(select(SamplingRoundRow).where(SamplingRoundRow.id.startswith(round_id, autoescape=True))))
            row = matches[0] if len(matches) == 1 else None
        if row is None:
            raise ReviewError(translate("core", "There is no sampling round '{round}'.").format(round=round_id))
        return _record(row, _cases(s, SampledCaseRow.round_id == row.id))


def sampled_cases(store: Store, batch_id: str | None = None, pending_only: bool = False) -> list[SampledCase]:
    """The sampled cases of a batch (or of every batch), in draw order."""
    with store._session() as s:
        where = SamplingRoundRow.batch_id == batch_id if batch_id else SamplingRoundRow.id.is_not(None)
        cases = _cases(s, where)
    return [c for c in cases if c.pending] if pending_only else cases


# -- working through the cases ------------------------------------------------------------------


def _sampled_row(s, sampled_id: int) -> SampledCaseRow:
    row = s.get(SampledCaseRow, sampled_id)
    if row is None:
        raise ReviewError(translate("core", "There is no sampled case {id}.").format(id=sampled_id))
    return row


def sampled_header(store: Store, sampled_id: int, reviewer: str = "", decision_maker: str = "") -> ReviewHeader:
    """A new review's header, filled in from the sampled case (decision maker from the file if it had one)."""
    with store._session() as s:
        row = _sampled_row(s, sampled_id)
        rnd = s.get(SamplingRoundRow, row.round_id)
        return ReviewHeader(
            case_reference=row.case_reference,
            unit=row.unit,
            product=Product(row.product),
            outcome=Outcome(row.outcome) if row.outcome else None,
            product_date=row.product_date,
            decision_maker=decision_maker or row.decision_maker or "",
            stream=Stream(rnd.stream),
            reviewer=reviewer,
        )


def start_review(store: Store, sampled_id: int, reviewer: str, decision_maker: str = "",
                 header: ReviewHeader | None = None) -> str:
    """Create the review of a pending sampled case, in the round's batch; returns the review id.

    ``header``: the pre-filled header as the reviewer corrected it (the case reference and
    product cannot change: that would be reviewing another case).
    """
    with store._session() as s:
        row = _sampled_row(s, sampled_id)
        if row.review_id is not None:
            raise ReviewError(translate("core", "{case} already has its review ({review}).").format(
                case=row.case_reference, review=row.review_id))
        if row.skipped_at is not None:
            raise ReviewError(translate("core", "{case} was skipped ({reason}).").format(
                case=row.case_reference, reason=row.skip_reason))
        existing = s.scalar(select(ReviewRow.id).where(
            func.upper(ReviewRow.case_reference) == row.case_reference.upper(), ReviewRow.product == row.product))
        rnd = s.get(SamplingRoundRow, row.round_id)
        batch_id = rnd.batch_id
    if existing is not None:
        raise ReviewError(translate("core", "A review of {case} ({product}) already exists ({review}); link the "
                                             "sampled case to it instead of starting another.").format(
            case=row.case_reference, product=row.product, review=existing))
    if header is None:
        header = sampled_header(store, sampled_id, reviewer, decision_maker)
    elif case_key(header.case_reference, header.product) != case_key(row.case_reference, row.product):
        raise ReviewError(translate("core", "The case reference and product of a sampled case cannot be changed."))
    review_id = store.create_review(header)
    try:
        link_review(store, sampled_id, review_id)
        if batch_id is not None:
            store.add_to_batch(batch_id, [review_id])
    except BaseException:
        store.delete_review(review_id, reason="starting the review from the sampled case failed")  # empty: nothing lost
        raise
    return review_id


def link_review(store: Store, sampled_id: int, review_id: str) -> None:
    """Mark a sampled case as reviewed by an existing review of the same case and product."""
    with store._session.begin() as s:
        row = _sampled_row(s, sampled_id)
        review = s.get(ReviewRow, review_id)
        if review is None:
            raise ReviewError(translate("core", "There is no review with id {id}.").format(id=review_id))
        if case_key(review.case_reference, review.product) != case_key(row.case_reference, row.product):
            raise ReviewError(translate("core", "Review {review} is of {case} ({product}), not of {sampled_case} "
                                                 "({sampled_product}).").format(
                review=review_id, case=review.case_reference, product=review.product,
                sampled_case=row.case_reference, sampled_product=row.product))
        if row.review_id not in (None, review_id):
            raise ReviewError(translate("core", "{case} is already linked to review {review}.").format(
                case=row.case_reference, review=row.review_id))
        row.review_id = review_id
        row.skipped_at = row.skipped_by = row.skip_reason = None


def skip_sampled_case(store: Store, sampled_id: int, reason: str, by: str) -> None:
    """Record that a drawn case will not be reviewed (e.g. the file cannot be found), and why."""
    reason = " ".join(clean_text(reason).split())
    by = " ".join(clean_text(by).split())
    if len(reason) < 5:
        raise ReviewError(translate("core", "Give the reason the case is not reviewed (at least a few words)."))
    if not by:
        raise ReviewError(translate("core", "Say who skips the case."))
    with store._session.begin() as s:
        row = _sampled_row(s, sampled_id)
        if row.review_id is not None:
            raise ReviewError(translate("core", "{case} already has a review; delete it first.").format(case=row.case_reference))
        row.skipped_at = utcnow()
        row.skipped_by = by[:100]
        row.skip_reason = reason


def pending_in_batch(store: Store, batch_id: str) -> int:
    with store._session() as s:
        return s.scalar(
            select(func.count()).select_from(SampledCaseRow)
            .join(SamplingRoundRow, SampledCaseRow.round_id == SamplingRoundRow.id)
            .where(SamplingRoundRow.batch_id == batch_id, SampledCaseRow.review_id.is_(None),
                   SampledCaseRow.skipped_at.is_(None))
        )


# -- checking ---------------------------------------------------------------------------------


def verify_round(store: Store, round_id: str, path: str | Path,
                 default_product: Product | None = None) -> Verification:
    """Redraw a recorded round from a population file and check the same cases come out.

    The exclusions are the recorded ones (what was reviewed or sampled at the time), so the
    check does not depend on what has been reviewed since.
    """
    record = sampling_round(store, round_id)
    given = record.columns.get("product", "")
    if default_product is None and given.startswith(GIVEN_PRODUCT):
        default_product = Product(given[len(GIVEN_PRODUCT):].rstrip(")"))  # as when it was drawn
    try:
        population = read_store_population(store, path, default_product)
    except SamplingError as exc:
        return Verification(False, [str(exc), "NOT VERIFIED"])
    excluded = [case_key(ref, product) for ref, product, _why in record.excluded]
    expected = [case_key(c.case_reference, c.product) for c in record.cases]
    result = verify_sample(population, record.spec, excluded, expected, record.population_sha256,
                           record.population_digest, record.strata)
    result.lines.insert(0, f"Sampling round {record.id} ({record.batch_name}), drawn {record.created_at:%Y-%m-%d} "
                           f"by {record.created_by or '-'} from {record.population_file}")
    if record.algorithm != ALGORITHM:
        result.lines.insert(1, f"The round was drawn with algorithm {record.algorithm}; this version has {ALGORITHM}.")
    return result
