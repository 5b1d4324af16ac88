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
from .messages import Label, Message, plural, translate

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
            return translate("core", "no criteria assessed yet")
        return translate("core", "{minor} of {assessed} = {percent}% minor errors").format(
            minor=self.minor, assessed=_assessed(self.assessed), percent=percent(self.minor, self.assessed))

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


def _assessed(n: int) -> Message:
    return plural(n, translate("core", "{n} assessed criterion"), translate("core", "{n} assessed criteria"))


def _minors(n: int) -> Message:
    return plural(n, translate("core", "{n} minor error"), translate("core", "{n} minor errors"))


def _name(ids: list[str], labels: Mapping[str, str], kind: str) -> Message:
    """'fail error in 1.5 Title' / 'fail errors in 1.5 Title and 2 more' (criterion titles stay as written)."""
    first = labels.get(ids[0], ids[0])
    if kind == "fail":
        if len(ids) == 1:
            return translate("core", "fail error in {criterion}").format(criterion=first)
        return translate("core", "fail errors in {criterion} and {more} more").format(
            criterion=first, more=len(ids) - 1)
    if len(ids) == 1:
        return translate("core", "significant error in {criterion}").format(criterion=first)
    return translate("core", "significant errors in {criterion} and {more} more").format(
        criterion=first, more=len(ids) - 1)


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

    # Reasons are core messages: English text (stored, exported, printed) that the window shows
    # in the user's language (qpp_reviewer/messages.py).
    if special_fails:
        policy = next(c.special_policy for c in criteria if c.id == special_fails[0])
        return result(
            QualityBand.QS5,
            translate("core", "QS5 — {what} (special policy: {policy})").format(
                what=_name(special_fails, labels, "fail"), policy=Label(policy, lower=True)),
            special_fails,
        )
    if fails:
        what = _name(fails, labels, "fail")
        if outcome_judgement is None:
            return result(
                None,
                translate("core", "QS4 or QS5 — {what}: judge whether the outcome is probably correct "
                                  "or probably wrong").format(what=what),
                fails,
                needs=True,
            )
        if outcome_judgement is OutcomeJudgement.PROBABLY_WRONG:
            return result(QualityBand.QS5, translate("core", "QS5 — {what}, outcome probably wrong").format(
                what=what), fails)
        return result(QualityBand.QS4, translate("core", "QS4 — {what}, outcome probably correct").format(
            what=what), fails)
    if significants:
        return result(QualityBand.QS3, translate("core", "QS3 — {what}").format(
            what=_name(significants, labels, "significant")), significants)
    assessed = counts[Severity.NO_ERROR] + counts[Severity.MINOR]
    if assessed == 0:
        if unanswered:
            return result(None, translate("core", "No criteria assessed yet"), [])
        return result(None, translate(
            "core", "No band — every criterion is marked not applicable; assess at least one"), [])
    share = Fraction(len(minors), assessed)
    pct = percent(len(minors), assessed)
    if share >= MINOR_THRESHOLD:
        return result(
            QualityBand.QS2,
            translate("core", "QS2 — {minors} in {assessed} ({percent}%, 20% or more)").format(
                minors=_minors(len(minors)), assessed=_assessed(assessed), percent=pct),
            minors,
        )
    if minors:
        reason = translate("core", "QS1 — {minors} in {assessed} ({percent}%, under 20%)").format(
            minors=_minors(len(minors)), assessed=_assessed(assessed), percent=pct)
    else:
        reason = translate("core", "QS1 — no errors in {assessed}").format(assessed=_assessed(assessed))
    return result(QualityBand.QS1, reason, minors)
