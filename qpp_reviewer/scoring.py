"""The quality score: one pure function, used wherever a band appears.

The inspection found two bodies computing different satisfactory shares from
the same period. Every band this product shows, stores, exports or reports
comes from :func:`score`, so it can always be recomputed from the findings.

Rules (Calibre Assurance Sampling Framework, see docs/scoring.md):

* QS1: minor errors are under 20% of the criteria assessed, no worse error.
* QS2: minor errors are 20% or more of the criteria assessed, no worse error.
* QS3: one or more significant errors, no fail error.
* QS4: one or more fail errors and the outcome judged probably correct.
* QS5: one or more fail errors and the outcome judged probably wrong, or a
  fail error on a special-policy criterion (safeguarding, security,
  modern slavery), which needs no judgement.

The denominator ("criteria assessed") counts criteria with a finding other
than "not applicable". Criteria not yet answered are reported separately and
do not count; the band of an unfinished review is therefore provisional.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Iterable, Mapping

from .domain import Criterion, OutcomeJudgement, QualityBand, Severity

MINOR_THRESHOLD = Fraction(1, 5)  # 20%


@dataclass(frozen=True)
class Score:
    band: QualityBand | None
    reason: str
    no_error: int
    minor: int
    significant: int
    fail: int
    not_applicable: int
    unanswered: int
    needs_outcome_judgement: bool
    decisive: tuple[str, ...]  # criterion ids that set the band

    @property
    def assessed(self) -> int:
        """The denominator of the minor-error share."""
        return self.no_error + self.minor + self.significant + self.fail

    @property
    def minor_share(self) -> Fraction | None:
        return Fraction(self.minor, self.assessed) if self.assessed else None

    @property
    def minor_share_text(self) -> str:
        if not self.assessed:
            return "no criteria assessed yet"
        return (
            f"{self.minor} of {self.assessed} assessed criteria = "
            f"{percent(self.minor, self.assessed)}% minor errors"
        )

    @property
    def satisfactory(self) -> bool | None:
        return None if self.band is None else self.band.satisfactory

    @property
    def errors(self) -> int:
        return self.minor + self.significant + self.fail


def percent(part: int, whole: int) -> int:
    """Whole-number percentage rounded half up, as the published tables do."""
    if whole == 0:
        return 0
    return int((Decimal(part) * 100 / Decimal(whole)).quantize(Decimal(1), ROUND_HALF_UP))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _name(ids: list[str], labels: Mapping[str, str], kind: str) -> str:
    first = labels.get(ids[0], ids[0])
    if len(ids) == 1:
        return f"{kind} error in {first}"
    return f"{kind} errors in {first} and {len(ids) - 1} more"


def score(
    criteria: Iterable[Criterion],
    findings: Mapping[str, Severity | None],
    outcome_judgement: OutcomeJudgement | None = None,
) -> Score:
    """Band, reason and counts for one reviewed product.

    ``criteria`` are the criteria that apply to the product, in checklist
    order; ``findings`` maps criterion id to severity (missing or None means
    not answered yet). Findings for criteria not in ``criteria`` are ignored.
    """
    criteria = list(criteria)
    labels = {c.id: c.label for c in criteria}
    counts = {s: 0 for s in Severity}
    unanswered = 0
    minors: list[str] = []
    significants: list[str] = []
    fails: list[str] = []
    special_fails: list[str] = []
    for c in criteria:
        sev = findings.get(c.id)
        if sev is None:
            unanswered += 1
            continue
        counts[sev] += 1
        if sev is Severity.MINOR:
            minors.append(c.id)
        elif sev is Severity.SIGNIFICANT:
            significants.append(c.id)
        elif sev is Severity.FAIL:
            fails.append(c.id)
            if c.special_policy is not None:
                special_fails.append(c.id)

    def result(band, reason, decisive, needs=False):
        return Score(
            band=band,
            reason=reason,
            no_error=counts[Severity.NO_ERROR],
            minor=counts[Severity.MINOR],
            significant=counts[Severity.SIGNIFICANT],
            fail=counts[Severity.FAIL],
            not_applicable=counts[Severity.NOT_APPLICABLE],
            unanswered=unanswered,
            needs_outcome_judgement=needs,
            decisive=tuple(decisive),
        )

    if special_fails:
        policy = next(c.special_policy for c in criteria if c.id == special_fails[0])
        return result(
            QualityBand.QS5,
            f"QS5 — {_name(special_fails, labels, 'fail')} "
            f"(special policy: {policy.label.lower()})",
            special_fails,
        )
    if fails:
        what = _name(fails, labels, "fail")
        if outcome_judgement is None:
            return result(
                None,
                f"QS4 or QS5 — {what}: judge whether the outcome is probably correct "
                "or probably wrong",
                fails,
                needs=True,
            )
        if outcome_judgement is OutcomeJudgement.PROBABLY_WRONG:
            return result(QualityBand.QS5, f"QS5 — {what}, outcome probably wrong", fails)
        return result(QualityBand.QS4, f"QS4 — {what}, outcome probably correct", fails)
    if significants:
        return result(
            QualityBand.QS3, f"QS3 — {_name(significants, labels, 'significant')}", significants
        )
    assessed = counts[Severity.NO_ERROR] + counts[Severity.MINOR]
    if assessed == 0:
        if unanswered:
            return result(None, "No criteria assessed yet", [])
        return result(
            None, "No band — every criterion is marked not applicable; assess at least one", []
        )
    share = Fraction(len(minors), assessed)
    pct = percent(len(minors), assessed)
    if share >= MINOR_THRESHOLD:
        return result(
            QualityBand.QS2,
            f"QS2 — {_count(len(minors), 'minor error')} in {assessed} assessed criteria "
            f"({pct}%, 20% or more)",
            minors,
        )
    if minors:
        reason = (
            f"QS1 — {_count(len(minors), 'minor error')} in {assessed} assessed criteria "
            f"({pct}%, under 20%)"
        )
    else:
        reason = f"QS1 — no errors in {assessed} assessed criteria"
    return result(QualityBand.QS1, reason, minors)
