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
