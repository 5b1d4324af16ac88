"""Realistic synthetic reviews for demos, tests and benchmarks.

Bands are drawn to match the routine-sampling distribution of decisions
published for Nov 2024 - Oct 2025 (QS1 39%, QS2 15%, QS3 23%, QS4 18%,
QS5 6%), then findings are drawn that produce that band; the stored band is
still computed by the scoring function, never copied from the draw.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from sqlalchemy import select

from .domain import Outcome, OutcomeJudgement, Product, QualityBand, ReviewStatus, Severity, Stream
from .storage import audit
from .storage.models import FindingRow, ReviewEventRow, ReviewRow, UnitRow
from .storage.store import Store, utcnow

BAND_WEIGHTS = {"QS1": 1174, "QS2": 456, "QS3": 687, "QS4": 537, "QS5": 186}
STREAM_WEIGHTS = {
    Stream.ROUTINE: 70, Stream.SPOE: 12, Stream.SECONDARY: 8, Stream.THEMATIC: 6, Stream.EXTERNAL: 4,
}
OUTCOME_WEIGHTS = {Outcome.GRANT: 45, Outcome.REFUSAL: 45, Outcome.WITHDRAWAL: 10}
COMMENTS = {
    Severity.MINOR: [
        "Minor omission; did not affect the consideration.",
        "Record slightly unclear at this point.",
        "Guidance followed in substance, but not fully documented.",
    ],
    Severity.SIGNIFICANT: [
        "Material fact not explored despite clear indicators in the claim.",
        "Country information cited is out of date and not sourced.",
        "Inconsistency relied on without putting it to the claimant.",
    ],
    Severity.FAIL: [
        "Assessment does not engage with the claimant's core account.",
        "Wrong standard of proof applied throughout.",
        "Indicators raised in interview were not acted on.",
    ],
}


def _pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _draw_findings(rng: random.Random, criteria, band: str):
    """Severities per criterion that yield ``band`` (with a judgement if needed)."""
    sev = {c.id: Severity.NO_ERROR for c in criteria}
    for c in criteria:
        if rng.random() < 0.08:
            sev[c.id] = Severity.NOT_APPLICABLE
    assessable = [c for c in criteria if sev[c.id] is not Severity.NOT_APPLICABLE] or list(criteria)
    for c in assessable:
        sev[c.id] = Severity.NO_ERROR
    n = len(assessable)
    ordinary = [c for c in assessable if c.special_policy is None] or assessable
    judgement = None
    if band == "QS1":
        k = rng.randint(0, max(0, (n - 1) // 5))
        while k and k * 5 >= n:
            k -= 1
        for c in rng.sample(assessable, k):
            sev[c.id] = Severity.MINOR
    elif band == "QS2":
        k = min(n, -(-n // 5) + rng.randint(0, 2))
        for c in rng.sample(assessable, k):
            sev[c.id] = Severity.MINOR
    else:
        for c in rng.sample(assessable, min(n, rng.randint(0, 3))):
            sev[c.id] = Severity.MINOR
        if band == "QS3":
            for c in rng.sample(ordinary, min(len(ordinary), rng.randint(1, 2))):
                sev[c.id] = Severity.SIGNIFICANT
        else:
            specials = [c for c in assessable if c.special_policy is not None]
            if band == "QS5" and specials and rng.random() < 0.3:
                sev[rng.choice(specials).id] = Severity.FAIL
            else:
                sev[rng.choice(ordinary).id] = Severity.FAIL
                judgement = (
                    OutcomeJudgement.PROBABLY_WRONG if band == "QS5" else OutcomeJudgement.PROBABLY_CORRECT
                )
            extra = rng.choice(ordinary)
            if rng.random() < 0.5 and sev[extra.id] in (Severity.NO_ERROR, Severity.MINOR):
                sev[extra.id] = Severity.SIGNIFICANT
    return sev, judgement


def fill_demo(store: Store, reviews: int, seed: int = 1, today: date | None = None) -> dict[str, int]:
    """Add ``reviews`` synthetic reviews in one transaction; return band counts."""
    rng = random.Random(seed)
    today = today or date.today()
    counts: dict[str, int] = {}
    reviewers = ["AB", "CD", "EF", "GH", "JK", "LM"]
    made = []
    with store._session.begin() as s:
        units = list(s.scalars(select(UnitRow).where(UnitRow.active)))
        for i in range(reviews):
            product = rng.choice([Product.DECISION, Product.INTERVIEW])
            outcome = _pick(rng, OUTCOME_WEIGHTS) if product is Product.DECISION else None
            template = store.latest_template(product)
            criteria = template.criteria_for(outcome)
            band = _pick(rng, BAND_WEIGHTS)
            severities, judgement = _draw_findings(rng, criteria, band)
            in_progress = rng.random() < 0.1
            now = utcnow()
            row = ReviewRow(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                case_reference=f"{rng.choice('ABCDFGHLMNPRS')}{rng.randint(1000000, 9999999)}/"
                f"{rng.randint(1, 3):03d}",
                unit=rng.choice(units),
                product=product.value,
                outcome=outcome.value if outcome else None,
                product_date=today - timedelta(days=rng.randint(1, 365)),
                decision_maker=f"DM{rng.randint(1000, 9999)}",
                stream=_pick(rng, STREAM_WEIGHTS).value,
                reviewer=rng.choice(reviewers),
                template_id=template.id,
                template_version=template.version,
                outcome_judgement=judgement.value if judgement else None,
                status=ReviewStatus.IN_PROGRESS.value if in_progress else ReviewStatus.COMPLETE.value,
                created_at=now,
                updated_at=now,
                completed_at=None if in_progress else now,
            )
            answered = criteria[: rng.randint(1, len(criteria))] if in_progress else criteria
            for c in answered:
                sv = severities[c.id]
                row.findings.append(
                    FindingRow(
                        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        criterion_id=c.id,
                        severity=sv.value,
                        comment=rng.choice(COMMENTS[sv]) if sv in COMMENTS else "",
                        updated_at=now,
                    )
                )
            s.add(row)
            result = store._rescore(row)
            if not in_progress:
                row.events.append(ReviewEventRow(at=now, kind="completed", by=row.reviewer,
                                                 detail=result.reason))
            key = result.band.value if isinstance(result.band, QualityBand) else "none"
            counts[key] = counts.get(key, 0) + 1
            made.append((now, "demo", row.id, "demo_created", "", None, f"{row.case_reference} synthetic review"))
        # in the trail as what they are: made by the demo, not reviewed (verify does not replay them)
        audit.append_many(s, made)
    return counts
