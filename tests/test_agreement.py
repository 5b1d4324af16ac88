"""Agreement statistics checked against worked examples computed by hand."""

import pytest

from qpp_reviewer.agreement import band_agreement, kappa, severity_agreement, severity_distance
from qpp_reviewer.domain import QualityBand as QS
from qpp_reviewer.domain import Severity as S


def test_perfect_agreement_is_one():
    pairs = [(QS.QS1, QS.QS1)] * 5 + [(QS.QS3, QS.QS3)] * 3 + [(QS.QS5, QS.QS5)] * 2
    a = band_agreement(pairs)
    assert a.percent == 100 and a.kappa == pytest.approx(1.0) and a.weighted_kappa == pytest.approx(1.0)


def test_chance_level_agreement_is_zero():
    # Rater A: QS1 half the time; rater B independently QS1 half the time -> observed 50% = chance 50%
    pairs = [(QS.QS1, QS.QS1), (QS.QS1, QS.QS3), (QS.QS3, QS.QS1), (QS.QS3, QS.QS3)] * 5
    a = band_agreement(pairs)
    assert a.percent == 50
    assert a.kappa == pytest.approx(0.0)
    assert a.weighted_kappa == pytest.approx(0.0)


def test_textbook_two_by_two():
    # 50 cases: both yes 20, A yes/B no 5, A no/B yes 10, both no 15
    # po = 35/50 = 0.70; pe = (25*30 + 25*20)/2500 = 0.50; kappa = 0.2/0.5 = 0.40
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert kappa(pairs, ["y", "n"]) == pytest.approx(0.40)


def test_weighted_kappa_by_hand():
    # Three ordered categories a<b<c, 10 pairs:
    #   (a,a)x3 (b,b)x2 (c,c)x1 (a,b)x2 (b,c)x1 (a,c)x1
    # rows A: a=6 b=3 c=1; cols B: a=3 b=4 c=3
    # linear weights: |i-j|/2 -> observed disagreement = (2*0.5 + 1*0.5 + 1*1)/10 = 0.25
    # expected = sum w_ij r_i c_j / 100:
    #   a-b 0.5*6*4=12, a-c 1*6*3=18, b-a 0.5*3*3=4.5, b-c 0.5*3*3=4.5, c-a 1*1*3=3, c-b 0.5*1*4=2
    #   total 44/100 = 0.44 -> kappa_w = 1 - 0.25/0.44 = 0.431818...
    pairs = [("a", "a")] * 3 + [("b", "b")] * 2 + [("c", "c")] + [("a", "b")] * 2 + [("b", "c")] + [("a", "c")]
    assert kappa(pairs, ["a", "b", "c"], "linear") == pytest.approx(1 - 0.25 / 0.44)
    # unweighted: po = 0.6; pe = (6*3 + 3*4 + 1*3)/100 = 0.33 -> (0.6-0.33)/0.67
    assert kappa(pairs, ["a", "b", "c"]) == pytest.approx((0.6 - 0.33) / 0.67)
    # quadratic: weights 0.25 for one step, 1 for two: obs = (3*0.25 + 1*1)/10 = 0.175
    # exp = (0.25*(24+9+9+4) + 1*(18+3))/100 = (11.5 + 21)/100 = 0.325
    assert kappa(pairs, ["a", "b", "c"], "quadratic") == pytest.approx(1 - 0.175 / 0.325)


def test_near_misses_cost_less_when_weighted():
    near = [(QS.QS1, QS.QS2), (QS.QS2, QS.QS1)] * 3 + [(QS.QS1, QS.QS1), (QS.QS5, QS.QS5)] * 3
    far = [(QS.QS1, QS.QS5), (QS.QS5, QS.QS1)] * 3 + [(QS.QS1, QS.QS1), (QS.QS5, QS.QS5)] * 3
    assert band_agreement(near).weighted_kappa > band_agreement(far).weighted_kappa
    assert band_agreement(near).percent == band_agreement(far).percent


def test_undefined_cases():
    assert kappa([], ["a"]) is None
    assert band_agreement([(QS.QS1, QS.QS1)] * 4).kappa is None  # no variation: chance agreement is total
    assert severity_agreement([(S.NOT_APPLICABLE, S.MINOR)]).pairs == 0


def test_severity_distance():
    assert severity_distance(S.NO_ERROR, S.FAIL) == 3
    assert severity_distance(S.MINOR, S.SIGNIFICANT) == 1
    assert severity_distance(S.MINOR, S.MINOR) == 0
    assert severity_distance(S.NOT_APPLICABLE, S.MINOR) is None
    assert severity_distance(S.NOT_APPLICABLE, S.NOT_APPLICABLE) == 0


# --- Gwet's AC1/AC2, Fleiss' kappa and their intervals, against published worked examples ---------------

from qpp_reviewer.agreement import (  # noqa: E402
    agreement, fleiss_kappa, gwet_ac1, gwet_ac1_raters, kappa_estimate, t_quantile,
)


def _pairs(table):
    """Rater pairs from a contingency table (rows: rater A's category, columns: rater B's)."""
    return [(i, j) for i, row in enumerate(table) for j, count in enumerate(row) for _ in range(count)]


# Fleiss (1971), Table 1: 30 patients, each diagnosed by 6 of the psychiatrists, categories 1 depression,
# 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other. Laid out one row per patient as in the
# `diagnoses` dataset of the R package irr (Gamer et al.), which reproduces Fleiss' table.
FLEISS_1971 = [
    [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
    [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
    [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
    [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
    [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
]


def test_fleiss_kappa_fleiss_1971():
    """Fleiss, J. L. (1971) "Measuring nominal scale agreement among many raters", Psychological
    Bulletin 76(5):378-382: the 30 subjects x 6 raters x 5 categories example, kappa = .430.

    The category totals 26, 26, 30, 55, 43 of 180 ratings are Fleiss' p_j = .144, .144, .167, .306,
    .239; P-bar (mean agreement) = .556 and P-bar_e = sum p_j^2 = .220 as in the paper, so
    kappa = (.556 - .220) / (1 - .220) = .430.
    """
    flat = [r for row in FLEISS_1971 for r in row]
    assert [flat.count(c) for c in range(1, 6)] == [26, 26, 30, 55, 43]
    e = fleiss_kappa(FLEISS_1971, [1, 2, 3, 4, 5])
    assert e.pa == pytest.approx(0.556, abs=5e-4)
    assert e.pe == pytest.approx(0.220, abs=5e-4)
    assert e.value == pytest.approx(0.430, abs=5e-4)
    assert e.low < e.value < e.high and e.se > 0


# Gwet, K. L. (2014) Handbook of Inter-Rater Reliability, 4th ed. (Advanced Analytics): 12 subjects rated
# by up to 4 raters into 5 categories, with missing ratings (p. 120; the dataset cac.raw4raters of Gwet's
# R package irrCAC). None: no rating.
N = None
GWET_4RATERS = list(zip(
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, N],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
))


def test_gwet_ac1_and_fleiss_kappa_many_raters_gwet_handbook():
    """Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed., the 4 raters x 12 subjects x 5
    categories example with missing ratings (p. 120; cac.raw4raters in Gwet's irrCAC package).

    Figures as Gwet's own irrCAC R package prints them for this dataset (gwet.ac1.raw and
    fleiss.kappa.raw, 3 decimals), which implements the Handbook's and Gwet (2008)'s formulas:
    AC1: pa = 0.818, pe = 0.190, AC1 = 0.775, se = 0.143, 95% CI 0.461 to 1;
    linear AC2 = 0.859 (se 0.117, CI 0.600 to 1); quadratic AC2 = 0.914 (se 0.104, CI 0.685 to 1).
    Fleiss' kappa: pa = 0.818, pe = 0.239, kappa = 0.761, 95% CI 0.424 to 1;
    linear 0.818 (se 0.149, CI 0.491 to 1); quadratic 0.865 (se 0.146, CI 0.544 to 1).
    The intervals use the t quantile on n - 1 = 11 df (2.201).
    """
    cats = [1, 2, 3, 4, 5]
    ac1 = gwet_ac1_raters(GWET_4RATERS, cats)
    assert (round(ac1.pa, 3), round(ac1.pe, 3), round(ac1.value, 3)) == (0.818, 0.190, 0.775)
    assert (round(ac1.se, 3), round(ac1.low, 3), ac1.high) == (0.143, 0.461, 1.0)
    lin = gwet_ac1_raters(GWET_4RATERS, cats, "linear")
    assert (round(lin.value, 3), round(lin.se, 3), round(lin.low, 3)) == (0.859, 0.117, 0.600)
    quad = gwet_ac1_raters(GWET_4RATERS, cats, "quadratic")
    assert (round(quad.value, 3), round(quad.se, 3), round(quad.low, 3)) == (0.914, 0.104, 0.685)

    fk = fleiss_kappa(GWET_4RATERS, cats)
    assert (round(fk.pa, 3), round(fk.pe, 3), round(fk.value, 3)) == (0.818, 0.239, 0.761)
    assert (round(fk.low, 3), fk.high) == (0.424, 1.0)
    lin = fleiss_kappa(GWET_4RATERS, cats, "linear")
    assert (round(lin.value, 3), round(lin.se, 3), round(lin.low, 3)) == (0.818, 0.149, 0.491)
    quad = fleiss_kappa(GWET_4RATERS, cats, "quadratic")
    assert (round(quad.value, 3), round(quad.se, 3), round(quad.low, 3)) == (0.865, 0.146, 0.544)


# Gwet (2014), Handbook, 4th ed.: 100 pregnant women classified by two abstractors as ectopic, abnormal
# intrauterine (AIU) or normal intrauterine (NIU) pregnancy (cac.cont3x3abstractors in irrCAC).
ABSTRACTORS = [[13, 0, 0],
               [0, 20, 7],
               [0, 4, 56]]


def test_gwet_ac1_two_raters_gwet_handbook_abstractors():
    """Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed., the 3x3 table of two abstractors
    classifying 100 pregnancies (cac.cont3x3abstractors in Gwet's irrCAC package).

    By hand: pa = 89/100; pi = (13/100, (27+24)/200, (60+63)/200) = (.13, .255, .615);
    pe = [.13 x .87 + .255 x .745 + .615 x .385] / 2 = .269925; AC1 = (.89 - .269925)/.730075 = .849.
    irrCAC (gwet.ac1.table) gives AC1 = 0.849, 95% CI 0.764 to 0.935; linear AC2 = 0.900
    (0.842 to 0.958); quadratic AC2 = 0.940 (0.905 to 0.976): Gwet (2008)'s two-rater variance, t on 99 df.
    """
    pairs = _pairs(ABSTRACTORS)
    e = gwet_ac1(pairs, [0, 1, 2])
    assert e.pa == pytest.approx(0.89) and e.pe == pytest.approx(0.269925)
    assert e.value == pytest.approx((0.89 - 0.269925) / (1 - 0.269925))
    assert (round(e.value, 3), round(e.low, 3), round(e.high, 3)) == (0.849, 0.764, 0.935)
    lin = gwet_ac1(pairs, [0, 1, 2], "linear")
    assert (round(lin.value, 3), round(lin.low, 3), round(lin.high, 3)) == (0.900, 0.842, 0.958)
    quad = gwet_ac1(pairs, [0, 1, 2], "quadratic")
    assert (round(quad.value, 3), round(quad.low, 3), round(quad.high, 3)) == (0.940, 0.905, 0.976)
    # two raters through the many-rater formula: the same coefficient (the variance differs by O(1/n))
    assert gwet_ac1_raters(pairs, [0, 1, 2]).value == pytest.approx(e.value)


def test_gwet_ac1_two_raters_irrcac_diagnosis_table():
    """The 4x4 table of 223 psychiatric patients, clinical against research diagnosis
    (cac.cont4x4diagnosis in Gwet's irrCAC package, whose documentation gives no further source).
    irrCAC gives AC1 = 0.456, se 0.043, 95% CI 0.371 to 0.542; linear AC2 = 0.377, se 0.056,
    CI 0.267 to 0.488; quadratic AC2 = 0.299, se 0.075, CI 0.150 to 0.447. A check of the variance
    on a second table; not a textbook figure.
    """
    pairs = _pairs([[40, 4, 4, 17], [6, 25, 2, 13], [4, 1, 21, 12], [15, 5, 9, 45]])
    cats = [0, 1, 2, 3]
    for scheme, expected in (("nominal", (0.456, 0.043, 0.371, 0.542)), ("linear", (0.377, 0.056, 0.267, 0.488)),
                             ("quadratic", (0.299, 0.075, 0.150, 0.447))):
        e = gwet_ac1(pairs, cats, scheme)
        assert tuple(round(x, 3) for x in (e.value, e.se, e.low, e.high)) == expected, scheme


def test_cohen_kappa_and_its_standard_error_sas_example():
    """Cohen's kappa and weighted kappa with their asymptotic standard errors (Fleiss, Cohen & Everitt
    1969), on the 3x3 table [[0,4,1],[0,8,0],[0,1,5]] (19 subjects) as SAS PROC FREQ (AGREE option)
    prints them, reproduced in statsmodels' tests (statsmodels/stats/tests/test_inter_rater.py):
    simple kappa 0.4842, ASE 0.1380; weighted kappa (Cicchetti-Allison, i.e. linear, weights)
    0.4701, ASE 0.1457. (SAS's interval uses z = 1.96; ours uses t on n - 1 df, so only the value and
    standard error are compared.)
    By hand: po = 13/19; rows (rater A) 5, 8, 6, columns (rater B) 0, 13, 6;
    pe = (5x0 + 8x13 + 6x6)/361 = 140/361; kappa = (13/19 - 140/361)/(1 - 140/361) = 107/221.
    """
    pairs = _pairs([[0, 4, 1], [0, 8, 0], [0, 1, 5]])
    e = kappa_estimate(pairs, [0, 1, 2])
    assert e.value == pytest.approx(107 / 221) == pytest.approx(kappa(pairs, [0, 1, 2]))
    assert (round(e.value, 4), round(e.se, 4)) == (0.4842, 0.1380)
    w = kappa_estimate(pairs, [0, 1, 2], "linear")
    assert (round(w.value, 4), round(w.se, 4)) == (0.4701, 0.1457)
    assert w.value == pytest.approx(kappa(pairs, [0, 1, 2], "linear"))


def test_cohen_kappa_fleiss_levin_paik_diagnoses():
    """Two diagnosticians, 100 patients, psychotic / neurotic / organic: the table of Fleiss, Levin &
    Paik, Statistical Methods for Rates and Proportions (3rd ed., 2003), section 18.1; derived by hand
    here (the figures follow from the table whatever the edition):
    po = (75 + 4 + 10)/100 = .89; rows (80, 10, 10), columns (80, 5, 15);
    pe = (80x80 + 10x5 + 10x15)/10000 = .66; kappa = (.89 - .66)/(1 - .66) = .676.
    """
    pairs = _pairs([[75, 1, 4], [5, 4, 1], [0, 0, 10]])
    assert kappa(pairs, [0, 1, 2]) == pytest.approx(0.23 / 0.34)
    e = kappa_estimate(pairs, [0, 1, 2])
    assert e.pa == pytest.approx(0.89) and e.pe == pytest.approx(0.66)
    assert e.low < 0.676 < e.high


def test_kappa_paradox_most_findings_no_error():
    """The kappa paradox (Feinstein & Cicchetti 1990; Gwet 2008, section 2), derived by hand:
    100 findings, 95 'no error' by both reviewers, 1 'minor' by both, 2 minor by A only, 2 by B only.
    Agreement 96%. Margins: no error 97 and 97, minor 3 and 3.
    kappa: pe = .97^2 + .03^2 = .9418 -> (.96 - .9418)/.0582 = .3127: 'fair' agreement.
    AC1 on the four severities (q = 4): pi = (.97, .03, 0, 0), pe = (.97 x .03 + .03 x .97)/3 = .0194
    -> (.96 - .0194)/.9806 = .9592.
    """
    pairs = ([(S.NO_ERROR, S.NO_ERROR)] * 95 + [(S.MINOR, S.MINOR)]
             + [(S.MINOR, S.NO_ERROR)] * 2 + [(S.NO_ERROR, S.MINOR)] * 2)
    a = severity_agreement(pairs)
    assert a.percent == 96
    assert a.kappa == pytest.approx(0.0182 / 0.0582)
    assert a.kappa < 0.35
    assert a.ac1.value == pytest.approx((0.96 - 0.0194) / 0.9806)
    assert a.ac1.value > 0.95
    assert a.ac1.low > 0.9 and a.ac1.high <= 1.0
    assert a.kappa_estimate.low < 0.1 < a.kappa_estimate.high  # kappa's interval is wide; AC1's is narrow
    assert a.ac1.high - a.ac1.low < (a.kappa_estimate.high - a.kappa_estimate.low) / 4


def test_ac1_defined_where_kappa_is_not():
    """Both reviewers always 'no error': kappa is undefined (0/0); AC1 is 1 (pa = 1, pe = 0)."""
    a = severity_agreement([(S.NO_ERROR, S.NO_ERROR)] * 10)
    assert a.kappa is None and a.kappa_estimate.value is None
    assert a.ac1.value == pytest.approx(1.0) and a.ac2.value == pytest.approx(1.0)
    assert agreement([], ["a", "b"]).ac1.value is None
    assert fleiss_kappa([], ["a", "b"]).value is None
    assert fleiss_kappa([["a"], ["b"]], ["a", "b"]).value is None  # nobody rated twice


def test_t_quantile():
    """Student t 97.5% points from any printed table (e.g. Fisher & Yates): 12.706 (1 df), 2.201 (11),
    1.984 (99); 1.960 in the limit."""
    assert t_quantile(0.975, 1) == pytest.approx(12.706, abs=1e-3)
    assert t_quantile(0.975, 11) == pytest.approx(2.201, abs=1e-3)
    assert t_quantile(0.975, 99) == pytest.approx(1.984, abs=1e-3)
    assert t_quantile(0.975, 1e7) == pytest.approx(1.960, abs=1e-3)


# --- where AC1 is shown: the command, the Agreement sheet, the period report -------------------------------

def _paradox_store(tmp_path):
    """Four cases, each reviewed by AB then blind by CD: they agree on every finding but one
    minor error each that the other did not mark, so nearly every finding is 'no error' by both."""
    from qpp_reviewer.storage.store import Store

    from .helpers import header

    store = Store.open(tmp_path / "r.sqlite3")
    for i in range(4):
        first = store.create_review(header(case_reference=f"L200000{i}/001", reviewer="AB"))
        crit = store.get_review(first).criteria
        for j, c in enumerate(crit):
            store.set_finding(first, c.id, S.MINOR if j == i else S.NO_ERROR)
            if j == i:
                store.set_comment(first, c.id, "Explained.")
        store.complete_review(first)
        second = store.request_second_review(first, "CD")
        for j, c in enumerate(crit):
            store.set_finding(second, c.id, S.MINOR if j == i + 10 else S.NO_ERROR)
            if j == i + 10:
                store.set_comment(second, c.id, "Explained.")
        store.complete_review(second)
    return store


def test_ac1_in_the_command_the_sheet_and_the_report(tmp_path, capsys):
    """Expected figures derived from the data: 4 pairs of reviews of C criteria; 2 findings per pair
    differ (a minor error one reviewer marked and the other did not), so agreement is (C-2)/C per pair,
    kappa is low and AC1 high; the command, the sheet and the report show the same AC1."""
    from qpp_reviewer.agreement import agreement_report, review_pairs
    from qpp_reviewer.cli import main
    from qpp_reviewer.exchange.export import AGREEMENT_COLUMNS, export_workbook, select_reviews
    from qpp_reviewer.reports.batch import batch_report_data

    from .workbooks import read_sheets

    store = _paradox_store(tmp_path)
    try:
        (r,) = agreement_report(review_pairs(store), "all")
        c = len(store.get_review(store.complete_pairs()[0][0]).criteria)
        f = r.severities
        assert f.pairs == 4 * c and f.agreed == 4 * (c - 2)
        assert f.kappa < 0.1 < 0.9 < f.ac1.value  # the paradox, on the app's own data
        ac1_text = f"{f.ac1.value:.2f} ({f.ac1.low:.2f} to {f.ac1.high:.2f})"

        ids, label = select_reviews(store)
        export_workbook(store, ids, tmp_path / "out.xlsx", label, exported_by="tester")
        data = batch_report_data(store, None)
    finally:
        store.close()

    assert main(["agreement", "--db", str(tmp_path / "r.sqlite3"), "--by", "all"]) == 0
    out = capsys.readouterr().out
    assert "AC1 (95% CI)" in out and ac1_text in out
    assert "Kappa alone is misleading when one category dominates" in out

    rows = read_sheets(tmp_path / "out.xlsx")["Agreement"]
    assert tuple(rows[0]) == AGREEMENT_COLUMNS
    assert rows[0][:8] == ["Reviewer pair", "Pairs", "Band agreement %", "Band kappa",
                           "Band weighted kappa (linear)", "Finding agreement %", "Finding kappa",
                           "Finding weighted kappa (linear)"]  # the columns before AC1 are unchanged
    col = {name: i for i, name in enumerate(AGREEMENT_COLUMNS)}
    total = next(row for row in rows[1:] if row and row[0] == "All")
    assert total[col["Finding AC1"]] == pytest.approx(f.ac1.value)
    assert total[col["Finding AC1 95% low"]] == pytest.approx(f.ac1.low)
    assert total[col["Finding AC1 95% high"]] == pytest.approx(f.ac1.high)
    assert total[col["Finding kappa"]] == pytest.approx(f.kappa)
    assert any(row and str(row[0]).startswith("Kappa alone is misleading") for row in rows)

    assert data.agreement is not None and data.agreement.severities.ac1.value == pytest.approx(f.ac1.value)
    from datetime import datetime

    from qpp_reviewer.reports.batch import batch_story

    texts = [getattr(x, "text", "") for x in batch_story(data, "Period report", datetime(2026, 1, 5))]
    texts += [getattr(cell, "text", "") for x in batch_story(data, "Period report", datetime(2026, 1, 5))
              for row in getattr(x, "_cellvalues", []) for cell in row]
    assert "Agreement between first and second reviews" in texts
    assert ac1_text in texts and any(t.startswith("Kappa alone is misleading") for t in texts)


def test_exchange_format_doc_names_every_agreement_column():
    """docs/exchange-format.md lists the Agreement sheet's columns, the AC1 ones among them."""
    from pathlib import Path

    from qpp_reviewer.exchange.export import AGREEMENT_COLUMNS

    doc = (Path(__file__).resolve().parent.parent / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    section = " ".join(doc[doc.index("### Agreement"):doc.index("### Summary")].split())
    for name in AGREEMENT_COLUMNS:
        assert f"`{name}`" in section, name


def test_report_counts_a_case_whose_reviews_were_agreed(tmp_path):
    """Once two reviewers agree, the agreed review replaces the first in the figures (review_facts),
    but the report still compares the first review with the second for that case."""
    from qpp_reviewer.agreement import review_pairs_among
    from qpp_reviewer.reports.batch import batch_report_data

    store = _paradox_store(tmp_path)
    try:
        first, second = store.complete_pairs()[-1]
        agreed = store.agree(first, second, {})
        ids = [f.id for f in store.review_facts()]
        assert agreed in ids and first not in ids
        pairs = review_pairs_among(store, ids)
        assert len(pairs) == 4 and (first, second) in [(a.id, b.id) for a, b in pairs]
        assert review_pairs_among(store, [agreed]) and len(review_pairs_among(store, [agreed])) == 1
        assert review_pairs_among(store, []) == []
        assert batch_report_data(store, None).agreement.band.pairs == 4
    finally:
        store.close()
