"""How far two reviewers of the same product agree: per criterion and on the band.

Percentage agreement is easy to read but flatters common categories; Cohen's
kappa corrects for the agreement two reviewers would reach by chance. Bands
and severities are ordered, so a disagreement of QS1 against QS2 should cost
less than QS1 against QS5: the weighted kappa (linear or quadratic weights)
does that. Formulas: Cohen (1960), Cohen (1968), as in Fleiss, Levin & Paik,
Statistical Methods for Rates and Proportions, ch. 18.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from .domain import QualityBand, Severity

BAND_ORDER = tuple(QualityBand)
SEVERITY_ORDER = (Severity.NO_ERROR, Severity.MINOR, Severity.SIGNIFICANT, Severity.FAIL)


@dataclass(frozen=True)
class Agreement:
    pairs: int
    agreed: int
    kappa: float | None
    weighted_kappa: float | None

    @property
    def percent(self) -> float | None:
        return 100.0 * self.agreed / self.pairs if self.pairs else None


def _weights(k: int, scheme: str) -> list[list[float]]:
    """Disagreement weights: 0 on the diagonal, 1 for the furthest apart."""
    if k < 2:
        return [[0.0]]
    if scheme == "linear":
        return [[abs(i - j) / (k - 1) for j in range(k)] for i in range(k)]
    if scheme == "quadratic":
        return [[((i - j) / (k - 1)) ** 2 for j in range(k)] for i in range(k)]
    if scheme == "nominal":
        return [[0.0 if i == j else 1.0 for j in range(k)] for i in range(k)]
    raise ValueError(f"unknown weighting '{scheme}'")


def kappa(pairs: Iterable[tuple[object, object]], categories: Sequence, scheme: str = "nominal") -> float | None:
    """Cohen's kappa for rater pairs over ``categories`` (ordered for weighted schemes).

    1 - observed disagreement / disagreement expected by chance. None when it is
    undefined: no pairs, or both raters always used one and the same category.
    """
    index = {c: i for i, c in enumerate(categories)}
    pairs = [(a, b) for a, b in pairs if a in index and b in index]
    n = len(pairs)
    if n == 0:
        return None
    k = len(categories)
    w = _weights(k, scheme)
    observed = [[0] * k for _ in range(k)]
    for a, b in pairs:
        observed[index[a]][index[b]] += 1
    rows = [sum(observed[i]) for i in range(k)]
    cols = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    d_obs = sum(w[i][j] * observed[i][j] for i in range(k) for j in range(k)) / n
    d_exp = sum(w[i][j] * rows[i] * cols[j] for i in range(k) for j in range(k)) / (n * n)
    if d_exp == 0:
        return None
    return 1.0 - d_obs / d_exp


def agreement(pairs: Iterable[tuple[object, object]], categories: Sequence, scheme: str = "linear") -> Agreement:
    allowed = set(categories)
    pairs = [(a, b) for a, b in pairs if a in allowed and b in allowed]
    return Agreement(
        pairs=len(pairs),
        agreed=sum(1 for a, b in pairs if a == b),
        kappa=kappa(pairs, categories, "nominal"),
        weighted_kappa=kappa(pairs, categories, scheme),
    )


def band_agreement(pairs: Iterable[tuple[QualityBand | None, QualityBand | None]],
                   scheme: str = "linear") -> Agreement:
    return agreement(pairs, BAND_ORDER, scheme)


def severity_agreement(pairs: Iterable[tuple[Severity | None, Severity | None]],
                       scheme: str = "linear") -> Agreement:
    """Over criteria both reviewers assessed ('not applicable' by either is left out)."""
    return agreement(pairs, SEVERITY_ORDER, scheme)


def severity_distance(a: Severity | None, b: Severity | None) -> int | None:
    """Steps apart on no error < minor < significant < fail; None if either is N/A or unset."""
    if a not in SEVERITY_ORDER or b not in SEVERITY_ORDER:
        return None if a != b else 0
    return abs(SEVERITY_ORDER.index(a) - SEVERITY_ORDER.index(b))


def confusion(pairs: Iterable[tuple[object, object]], categories: Sequence) -> list[list[int]]:
    counts = Counter(pairs)
    return [[counts[(a, b)] for b in categories] for a in categories]


@dataclass(frozen=True)
class PairReport:
    group: str
    band: Agreement
    severities: Agreement
    per_criterion: dict  # criterion label -> Agreement


def review_pairs(store):
    """Complete first reviews with their complete second reviews, as (first, second) Reviews."""
    return [(store.get_review(parent), store.get_review(second)) for parent, second in store.complete_pairs()]


def agreement_report(pairs, by: str = "pair", scheme: str = "linear") -> list[PairReport]:
    """Agreement per group: 'pair' (reviewer pair), 'unit', 'month' or 'all'."""
    def key(first, second) -> str:
        if by == "pair":
            return " / ".join(sorted((first.header.reviewer, second.header.reviewer)))
        if by == "unit":
            return first.header.unit
        if by == "month":
            return first.header.product_date.strftime("%Y-%m")
        if by == "all":
            return "All"
        raise ValueError(f"cannot group agreement by '{by}'; use pair, unit, month or all")

    from .scoring import score

    groups: dict[str, list] = {}
    for first, second in pairs:
        groups.setdefault(key(first, second), []).append((first, second))
    reports = []
    for group, items in sorted(groups.items()):
        bands, sevs, per = [], [], {}
        for first, second in items:
            s1 = score(first.criteria, {k: f.severity for k, f in first.findings.items()}, first.outcome_judgement)
            s2 = score(second.criteria, {k: f.severity for k, f in second.findings.items()},
                       second.outcome_judgement)
            bands.append((s1.band, s2.band))
            for c in first.criteria:
                a = first.findings.get(c.id)
                b = second.findings.get(c.id)
                pair = (a.severity if a else None, b.severity if b else None)
                sevs.append(pair)
                per.setdefault(c.label, []).append(pair)
        reports.append(PairReport(group, band_agreement(bands, scheme), severity_agreement(sevs, scheme),
                                  {label: severity_agreement(p, scheme) for label, p in per.items()}))
    return reports
