"""The scoring rules of domain.md, at every boundary, and as properties."""

from fractions import Fraction

import pytest
from hypothesis import given, strategies as st

from qpp_reviewer.domain import OutcomeJudgement as J
from qpp_reviewer.domain import QualityBand as QS
from qpp_reviewer.domain import Severity as S
from qpp_reviewer.domain import SpecialPolicy
from qpp_reviewer.scoring import percent, score

from .conftest import make_criteria

C20 = make_criteria(20)
IDS = [c.id for c in C20]


def findings(**by_index):
    """All 20 criteria 'no error' except the given index -> severity."""
    out = {cid: S.NO_ERROR for cid in IDS}
    for key, sev in by_index.items():
        out[IDS[int(key[1:])]] = sev
    return out


def test_no_errors_is_qs1():
    r = score(C20, findings())
    assert r.band is QS.QS1 and r.satisfactory
    assert r.reason == "QS1 — no errors in 20 assessed criteria"
    assert r.minor_share_text == "0 of 20 assessed criteria = 0% minor errors"


def test_minor_share_just_under_20_percent_is_qs1():
    f = findings(i0=S.MINOR, i1=S.MINOR, i2=S.MINOR)  # 3/20 = 15%
    r = score(C20, f)
    assert r.band is QS.QS1
    assert r.reason == "QS1 — 3 minor errors in 20 assessed criteria (15%, under 20%)"


def test_exactly_20_percent_minor_is_qs2():
    f = findings(i0=S.MINOR, i1=S.MINOR, i2=S.MINOR, i3=S.MINOR)  # 4/20
    r = score(C20, f)
    assert r.band is QS.QS2 and r.satisfactory
    assert r.minor_share == Fraction(1, 5)
    assert "20%, 20% or more" in r.reason


def test_not_applicable_leaves_the_denominator():
    # 3 minor of 15 assessed = 20% -> QS2, though 3 of 20 listed would be 15%
    f = findings(i0=S.MINOR, i1=S.MINOR, i2=S.MINOR)
    for i in range(15, 20):
        f[IDS[i]] = S.NOT_APPLICABLE
    r = score(C20, f)
    assert (r.assessed, r.not_applicable) == (15, 5)
    assert r.band is QS.QS2
    assert r.minor_share_text == "3 of 15 assessed criteria = 20% minor errors"


def test_just_under_20_percent_with_odd_denominator():
    # 2 of 11 = 18.2% -> QS1; 3 of 15 = exactly 20% -> QS2 (above)
    crit = make_criteria(11)
    f = {c.id: S.NO_ERROR for c in crit}
    f[crit[0].id] = f[crit[1].id] = S.MINOR
    assert score(crit, f).band is QS.QS1


def test_significant_is_qs3_with_named_criterion():
    r = score(C20, findings(i7=S.SIGNIFICANT))
    assert r.band is QS.QS3 and not r.satisfactory
    assert r.reason == "QS3 — significant error in 2.3 Criterion 7"
    r2 = score(C20, findings(i7=S.SIGNIFICANT, i9=S.SIGNIFICANT, i1=S.MINOR))
    assert r2.reason == "QS3 — significant errors in 2.3 Criterion 7 and 1 more"


def test_fail_without_judgement_has_no_band_yet():
    r = score(C20, findings(i4=S.FAIL))
    assert r.band is None and r.needs_outcome_judgement
    assert "judge whether the outcome" in r.reason


@pytest.mark.parametrize("judgement,band", [(J.PROBABLY_CORRECT, QS.QS4), (J.PROBABLY_WRONG, QS.QS5)])
def test_fail_with_judgement(judgement, band):
    r = score(C20, findings(i4=S.FAIL, i5=S.SIGNIFICANT), judgement)
    assert r.band is band and not r.needs_outcome_judgement
    assert r.reason.startswith(f"{band.value} — fail error in 1.5 Criterion 4")


@pytest.mark.parametrize("policy", list(SpecialPolicy))
def test_fail_on_special_policy_is_qs5_without_asking(policy):
    crit = make_criteria(20, special={6: policy})
    f = {c.id: S.NO_ERROR for c in crit}
    f[crit[6].id] = S.FAIL
    f[crit[2].id] = S.FAIL  # an ordinary fail as well: still no judgement needed
    for judgement in (None, J.PROBABLY_CORRECT):
        r = score(crit, f, judgement)
        assert r.band is QS.QS5 and not r.needs_outcome_judgement
        assert f"special policy: {policy.label.lower()}" in r.reason


def test_significant_on_special_policy_is_only_qs3():
    crit = make_criteria(10, special={0: SpecialPolicy.SAFEGUARDING})
    f = {c.id: S.NO_ERROR for c in crit}
    f[crit[0].id] = S.SIGNIFICANT
    assert score(crit, f).band is QS.QS3


def test_all_not_applicable_has_no_band():
    r = score(C20, {cid: S.NOT_APPLICABLE for cid in IDS})
    assert r.band is None and r.assessed == 0
    assert "not applicable" in r.reason


def test_unanswered_criteria_are_counted_apart():
    r = score(C20, {IDS[0]: S.MINOR, IDS[1]: S.NO_ERROR})
    assert (r.unanswered, r.assessed) == (18, 2)
    assert r.band is QS.QS2  # provisional: 1 of 2 assessed
    assert score(C20, {}).reason == "No criteria assessed yet"


def test_findings_for_unknown_criteria_are_ignored():
    f = findings()
    f["99.9"] = S.FAIL
    assert score(C20, f).band is QS.QS1


def test_percent_rounds_half_up_like_the_published_tables():
    total = 1174 + 456 + 687 + 537 + 186
    assert [percent(n, total) for n in (1174, 456, 687, 537, 186)] == [39, 15, 23, 18, 6]
    assert percent(1174 + 456, total) == 54
    assert percent(1, 8) == 13  # 12.5 -> 13, not banker's 12


severities = st.sampled_from(list(S) + [None])


@st.composite
def cases(draw):
    n = draw(st.integers(1, 40))
    special = draw(st.dictionaries(st.integers(0, n - 1), st.sampled_from(list(SpecialPolicy)), max_size=3))
    crit = make_criteria(n, special)
    f = {c.id: draw(severities) for c in crit}
    judgement = draw(st.sampled_from([None, J.PROBABLY_CORRECT, J.PROBABLY_WRONG]))
    return crit, f, judgement


@given(cases())
def test_band_follows_the_rules_as_stated(case):
    """An independent restatement of the table in domain.md."""
    crit, f, judgement = case
    r = score(crit, f, judgement)
    sevs = [f[c.id] for c in crit]
    special_fail = any(f[c.id] is S.FAIL and c.special_policy for c in crit)
    assessed = sum(1 for s in sevs if s not in (None, S.NOT_APPLICABLE))
    minors = sevs.count(S.MINOR)
    if special_fail:
        expected = QS.QS5
    elif S.FAIL in sevs:
        expected = {None: None, J.PROBABLY_CORRECT: QS.QS4, J.PROBABLY_WRONG: QS.QS5}[judgement]
    elif S.SIGNIFICANT in sevs:
        expected = QS.QS3
    elif assessed == 0:
        expected = None
    else:
        expected = QS.QS2 if minors * 100 >= 20 * assessed else QS.QS1
    assert r.band is expected
    assert r.assessed == assessed and r.minor == minors
    assert r.assessed + r.not_applicable + r.unanswered == len(crit)
    assert r.needs_outcome_judgement == (S.FAIL in sevs and not special_fail and judgement is None)
    if r.band is not None:
        assert r.reason.startswith(r.band.value)
        assert set(r.decisive) <= {c.id for c in crit}


@given(cases(), st.data())
def test_a_worse_finding_never_improves_the_band(case, data):
    crit, f, judgement = case
    order = [S.NO_ERROR, S.MINOR, S.SIGNIFICANT, S.FAIL]
    target = data.draw(st.sampled_from(crit))
    if f[target.id] not in order[:-1]:
        return
    before = score(crit, f, judgement).band
    worse = dict(f)
    worse[target.id] = order[order.index(f[target.id]) + 1]
    after = score(crit, worse, judgement).band
    if before is not None and after is not None:
        assert int(after.value[2]) >= int(before.value[2])
