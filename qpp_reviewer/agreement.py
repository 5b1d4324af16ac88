"""How far two reviewers of the same product agree: per criterion and on the band.

Percentage agreement is easy to read but flatters common categories; Cohen's
kappa corrects for the agreement two reviewers would reach by chance. Bands
and severities are ordered, so a disagreement of QS1 against QS2 should cost
less than QS1 against QS5: the weighted kappa (linear or quadratic weights)
does that. Formulas: Cohen (1960), Cohen (1968), as in Fleiss, Levin & Paik,
Statistical Methods for Rates and Proportions, ch. 18.

Kappa has a well-known flaw for review data, where most findings are "no
error": its chance agreement is computed from the reviewers' own margins, so
when one category dominates, chance agreement is close to 1 and a handful of
disagreements drive kappa towards 0 even when the reviewers agree 96% of the
time (the "kappa paradox", Feinstein & Cicchetti 1990). Gwet's AC1 (and its
weighted form AC2) takes chance agreement as the probability that a rating is
random, 1/(q-1) sum pi_k (1 - pi_k), which stays small when one category
dominates: Gwet, K. L. (2008) "Computing inter-rater reliability and its
variance in the presence of high agreement", Br J Math Stat Psychol 61:29-48;
Gwet, Handbook of Inter-Rater Reliability (4th ed., 2014), ch. 2-5.

For more than two raters of the same subjects (a calibration round), Fleiss'
kappa (Fleiss 1971, "Measuring nominal scale agreement among many raters",
Psychol Bull 76:378-382) and the multi-rater AC1 are given by
:func:`fleiss_kappa` and :func:`gwet_ac1_raters`.

Confidence intervals (95%): every interval here is the linearisation
(delta-method) variance of Gwet (2008) and the Handbook, the one Gwet's irrCAC
package computes, with the Student t quantile on n-1 degrees of freedom and no
finite-population correction; the upper end is capped at 1.

- two raters (a table p_kl of n subjects, agreement weights w_kl, q categories):
  AC1/AC2:  v = [sum_kl p_kl (w_kl - 2(1-g) T/(q(q-1)) (1 - (pi_k+pi_l)/2))^2
                 - (pa - 2(1-g) pe)^2] / (n (1-pe)^2),   T = sum_kl w_kl;
  Cohen's kappa (the same linearisation, which for nominal weights is the
  Fleiss, Cohen & Everitt 1969 large-sample variance):
            v = [sum_kl p_kl (w_kl - (1-k)(wbar_k. + wbar_.l))^2
                 - (pa - 2(1-k) pe)^2] / (n (1-pe)^2),
  with wbar_k. = sum_l w_kl p_+l and wbar_.l = sum_k w_kl p_k+.
- many raters (subject i rated by r_i raters, r_ik of them in category k):
  g_i* = (n/n2) (pa_i - pe [r_i >= 2]) / (1-pe) - 2 (1-g) (pe_i - pe) / (1-pe),
  v = sum_i (g_i* - g)^2 / (n (n-1)), where n2 is the number of subjects rated
  at least twice, pa_i the subject's weighted pairwise agreement and pe_i its
  share of chance agreement (Gwet 2008 section 4; Handbook section 5.3).

Findings are counted as independent subjects; the findings of one review are
not quite independent, so over findings the intervals are somewhat too narrow.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .domain import QualityBand, Severity

BAND_ORDER = tuple(QualityBand)
SEVERITY_ORDER = (Severity.NO_ERROR, Severity.MINOR, Severity.SIGNIFICANT, Severity.FAIL)
CONFIDENCE = 0.95


@dataclass(frozen=True)
class Estimate:
    """A coefficient with its standard error and 95% confidence interval (None when undefined)."""
    value: float | None
    se: float | None = None
    low: float | None = None
    high: float | None = None
    pa: float | None = None  # observed (weighted) agreement
    pe: float | None = None  # chance agreement

    @property
    def interval(self) -> tuple[float, float] | None:
        return None if self.low is None or self.high is None else (self.low, self.high)


NO_ESTIMATE = Estimate(None)


@dataclass(frozen=True)
class Agreement:
    pairs: int
    agreed: int
    kappa: float | None
    weighted_kappa: float | None
    # With their intervals: Cohen's kappa, Gwet's AC1 (unweighted) and AC2 (weighted as weighted_kappa).
    kappa_estimate: Estimate = field(default=NO_ESTIMATE)
    ac1: Estimate = field(default=NO_ESTIMATE)
    ac2: Estimate = field(default=NO_ESTIMATE)
    scheme: str = "linear"

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


def _agreement_weights(k: int, scheme: str) -> list[list[float]]:
    """Gwet's agreement weights: 1 on the diagonal, 0 for the furthest apart (1 - disagreement)."""
    return [[1.0 - d for d in row] for row in _weights(k, scheme)]


# --- Student t quantile (no SciPy): regularised incomplete beta by Lentz's continued fraction ---

def _betacf(a: float, b: float, x: float) -> float:
    tiny, eps = 1e-300, 1e-15
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 400):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < eps:
            break
    return h


def _betainc(a: float, b: float, x: float) -> float:
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom."""
    tail = 0.5 * _betainc(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The ``p`` quantile (0.5 < p < 1) of Student's t, by bisection on :func:`t_cdf`."""
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        hi *= 2.0
    for _ in range(200):
        mid = (lo + hi) / 2.0
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12:
            break
    return (lo + hi) / 2.0


def _interval(value: float, variance: float, n: int, pa: float, pe: float) -> Estimate:
    se = math.sqrt(max(variance, 0.0))
    if n < 2:
        return Estimate(value, None, None, None, pa, pe)
    half = t_quantile(0.5 + CONFIDENCE / 2.0, n - 1) * se
    return Estimate(value, se, max(-1.0, value - half), min(1.0, value + half), pa, pe)


# --- two raters ---

def _table(pairs, categories) -> tuple[list[list[int]], int]:
    index = {c: i for i, c in enumerate(categories)}
    k = len(categories)
    observed = [[0] * k for _ in range(k)]
    n = 0
    for a, b in pairs:
        if a in index and b in index:
            observed[index[a]][index[b]] += 1
            n += 1
    return observed, n


def kappa(pairs: Iterable[tuple[object, object]], categories: Sequence, scheme: str = "nominal") -> float | None:
    """Cohen's kappa for rater pairs over ``categories`` (ordered for weighted schemes).

    1 - observed disagreement / disagreement expected by chance. None when it is
    undefined: no pairs, or both raters always used one and the same category.
    """
    observed, n = _table(pairs, categories)
    if n == 0:
        return None
    k = len(categories)
    w = _weights(k, scheme)
    rows = [sum(observed[i]) for i in range(k)]
    cols = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    d_obs = sum(w[i][j] * observed[i][j] for i in range(k) for j in range(k)) / n
    d_exp = sum(w[i][j] * rows[i] * cols[j] for i in range(k) for j in range(k)) / (n * n)
    if d_exp == 0:
        return None
    return 1.0 - d_obs / d_exp


def kappa_estimate(pairs: Iterable[tuple[object, object]], categories: Sequence,
                   scheme: str = "nominal") -> Estimate:
    """Cohen's (weighted) kappa with its 95% interval (linearised variance, module docstring)."""
    observed, n = _table(pairs, categories)
    k = len(categories)
    if n == 0 or k < 2:
        return NO_ESTIMATE
    w = _agreement_weights(k, scheme)
    p = [[observed[i][j] / n for j in range(k)] for i in range(k)]
    rows = [sum(p[i]) for i in range(k)]
    cols = [sum(p[i][j] for i in range(k)) for j in range(k)]
    pa = sum(w[i][j] * p[i][j] for i in range(k) for j in range(k))
    pe = sum(w[i][j] * rows[i] * cols[j] for i in range(k) for j in range(k))
    if pe >= 1.0 - 1e-12:
        return Estimate(None, pa=pa, pe=pe)
    value = (pa - pe) / (1.0 - pe)
    wrow = [sum(w[i][j] * cols[j] for j in range(k)) for i in range(k)]   # wbar_i.
    wcol = [sum(w[i][j] * rows[i] for i in range(k)) for j in range(k)]   # wbar_.j
    s = sum(p[i][j] * (w[i][j] - (1.0 - value) * (wrow[i] + wcol[j])) ** 2 for i in range(k) for j in range(k))
    variance = (s - (pa - 2.0 * (1.0 - value) * pe) ** 2) / (n * (1.0 - pe) ** 2)
    return _interval(value, variance, n, pa, pe)


def gwet_ac1(pairs: Iterable[tuple[object, object]], categories: Sequence, scheme: str = "nominal") -> Estimate:
    """Gwet's AC1 (``scheme`` 'nominal') or AC2 (weighted: 'linear', 'quadratic') for two raters.

    pa = sum w_kl p_kl; pi_k = (p_k+ + p_+k)/2; pe = T/(q(q-1)) sum pi_k (1-pi_k), T = sum w_kl
    (= q unweighted, so pe = sum pi_k (1-pi_k) / (q-1)); AC = (pa - pe)/(1 - pe). Note that q is the
    number of categories on the scale, used or not. Variance: Gwet (2008), module docstring.
    """
    observed, n = _table(pairs, categories)
    q = len(categories)
    if n == 0 or q < 2:
        return NO_ESTIMATE
    w = _agreement_weights(q, scheme)
    t_w = sum(map(sum, w))
    p = [[observed[i][j] / n for j in range(q)] for i in range(q)]
    pi = [(sum(p[i]) + sum(p[j][i] for j in range(q))) / 2.0 for i in range(q)]
    pa = sum(w[i][j] * p[i][j] for i in range(q) for j in range(q))
    c = t_w / (q * (q - 1))
    pe = c * sum(x * (1.0 - x) for x in pi)
    value = (pa - pe) / (1.0 - pe)
    s = sum(p[i][j] * (w[i][j] - 2.0 * (1.0 - value) * c * (1.0 - (pi[i] + pi[j]) / 2.0)) ** 2
            for i in range(q) for j in range(q))
    variance = (s - (pa - 2.0 * (1.0 - value) * pe) ** 2) / (n * (1.0 - pe) ** 2)
    return _interval(value, variance, n, pa, pe)


# --- many raters ---

def _counts(ratings: Iterable[Sequence[object]], categories: Sequence) -> list[list[int]]:
    """Per subject, how many raters put it in each category (ratings outside ``categories`` ignored)."""
    index = {c: i for i, c in enumerate(categories)}
    out = []
    for subject in ratings:
        row = [0] * len(categories)
        for r in subject:
            if r in index:
                row[index[r]] += 1
        if sum(row):
            out.append(row)
    return out


def _multi_rater(counts: list[list[int]], q: int, scheme: str, kind: str) -> Estimate:
    n = len(counts)
    if n == 0 or q < 2:
        return NO_ESTIMATE
    w = _agreement_weights(q, scheme)
    r = [sum(row) for row in counts]
    n2 = sum(1 for ri in r if ri >= 2)
    if n2 == 0:
        return NO_ESTIMATE
    # pa_i: weighted agreement among the subject's pairs of ratings
    pa_i = []
    for row, ri in zip(counts, r):
        if ri < 2:
            pa_i.append(0.0)
            continue
        star = [sum(w[k][l] * row[l] for l in range(q)) for k in range(q)]
        pa_i.append(sum(row[k] * (star[k] - 1.0) for k in range(q)) / (ri * (ri - 1)))
    pa = sum(x for x, ri in zip(pa_i, r) if ri >= 2) / n2
    pi = [sum(row[k] / ri for row, ri in zip(counts, r)) / n for k in range(q)]
    if kind == "ac1":
        c = sum(map(sum, w)) / (q * (q - 1))
        pe = c * sum(x * (1.0 - x) for x in pi)
        pe_i = [c * sum(row[k] * (1.0 - pi[k]) for k in range(q)) / ri for row, ri in zip(counts, r)]
    else:  # Fleiss' kappa
        pe = sum(w[k][l] * pi[k] * pi[l] for k in range(q) for l in range(q))
        pw = [(sum(w[k][l] * pi[l] for l in range(q)) + sum(w[l][k] * pi[l] for l in range(q))) / 2.0
              for k in range(q)]
        pe_i = [sum(row[k] * pw[k] for k in range(q)) / ri for row, ri in zip(counts, r)]
    if pe >= 1.0 - 1e-12:
        return Estimate(None, pa=pa, pe=pe)
    value = (pa - pe) / (1.0 - pe)
    star = [(n / n2) * (pa_i[i] - (pe if r[i] >= 2 else 0.0)) / (1.0 - pe)
            - 2.0 * (1.0 - value) * (pe_i[i] - pe) / (1.0 - pe) for i in range(n)]
    variance = sum((x - value) ** 2 for x in star) / (n * (n - 1)) if n > 1 else 0.0
    return _interval(value, variance, n, pa, pe)


def fleiss_kappa(ratings: Iterable[Sequence[object]], categories: Sequence, scheme: str = "nominal") -> Estimate:
    """Fleiss' kappa (1971) for any number of raters per subject, with its 95% interval.

    ``ratings``: one sequence per subject of the categories its raters chose (None or values outside
    ``categories`` for a rater who did not rate it). pa: mean over subjects rated at least twice of
    the share of agreeing pairs of ratings; pe = sum_k pi_k^2 (weighted: sum w_kl pi_k pi_l), pi_k the
    mean over subjects of the share of its ratings in k. Interval: Gwet's linearised variance (module
    docstring), valid whatever kappa is, unlike Fleiss' 1971 variance, which holds only under kappa = 0.
    """
    return _multi_rater(_counts(ratings, categories), len(categories), scheme, "fleiss")


def gwet_ac1_raters(ratings: Iterable[Sequence[object]], categories: Sequence,
                    scheme: str = "nominal") -> Estimate:
    """Gwet's AC1 (AC2 if weighted) for any number of raters per subject, with its 95% interval."""
    return _multi_rater(_counts(ratings, categories), len(categories), scheme, "ac1")


def agreement(pairs: Iterable[tuple[object, object]], categories: Sequence, scheme: str = "linear") -> Agreement:
    allowed = set(categories)
    pairs = [(a, b) for a, b in pairs if a in allowed and b in allowed]
    return Agreement(
        pairs=len(pairs),
        agreed=sum(1 for a, b in pairs if a == b),
        kappa=kappa(pairs, categories, "nominal"),
        weighted_kappa=kappa(pairs, categories, scheme),
        kappa_estimate=kappa_estimate(pairs, categories, "nominal"),
        ac1=gwet_ac1(pairs, categories, "nominal"),
        ac2=gwet_ac1(pairs, categories, scheme),
        scheme=scheme,
    )


PARADOX_NOTE = (
    "Kappa alone is misleading when one category dominates: with most findings 'no error', the chance "
    "agreement kappa subtracts (worked out from the reviewers' own margins) is close to 100%, so a few "
    "disagreements give a low kappa even when the reviewers agree on nearly every finding. Gwet's AC1 "
    "corrects for chance without that paradox: read it beside kappa. AC2 is AC1 with the weights of the "
    "weighted kappa, which count near misses as partial agreement."
)
INTERVAL_NOTE = (
    "95% confidence intervals: Gwet (2008) linearised variance, Student t on n-1 degrees of freedom, capped "
    "at 1. Each finding is counted as an independent subject, so the intervals on findings are somewhat too "
    "narrow."
)


def format_estimate(e: Estimate, digits: int = 2) -> str:
    """'0.96 (0.93 to 0.98)'; the value alone when it has no interval; '—' when undefined."""
    if e.value is None:
        return "—"
    if e.interval is None:
        return f"{e.value:.{digits}f}"
    return f"{e.value:.{digits}f} ({e.low:.{digits}f} to {e.high:.{digits}f})"


def review_pairs_among(store, ids: Iterable[str]):
    """:func:`review_pairs` limited to cases in ``ids``: the first review, or the agreed review that
    replaced it, is among them. Only the pairs kept are read whole."""
    wanted = set(ids)
    replaced_by = None
    kept = []
    for parent, second in store.complete_pairs():
        if parent not in wanted:
            if replaced_by is None:  # one query, and only when some first review is not selected itself
                replaced_by = {r.id: r.superseded_by for r in store.list_reviews() if r.superseded_by}
            if replaced_by.get(parent) not in wanted:
                continue
        kept.append((parent, second))
    return [(store.get_review(parent), store.get_review(second)) for parent, second in kept]


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
