"""Blindness in the core's queries: a second reviewer's list filters never reveal the first band."""

import pytest

from qpp_reviewer.domain import QualityBand, Severity
from qpp_reviewer.storage.store import ReviewFilter, Store

from .helpers import header


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "r.sqlite3")
    yield s
    s.close()


def test_band_filter_does_not_list_the_hidden_first_review(store):
    first = store.create_review(header(reviewer="AB"))
    for c in store.get_review(first).criteria:
        store.set_finding(first, c.id, Severity.NO_ERROR)
    store.complete_review(first)
    band = store.list_reviews(viewer="AB")[0].band
    assert isinstance(band, QualityBand)
    store.request_second_review(first, "CD")
    # the first reviewer and anyone else find it by its band
    assert first in [r.id for r in store.list_reviews(ReviewFilter(band=band), viewer="AB")]
    # the blind second reviewer does not: the filter would tell them the band
    listed = store.list_reviews(ReviewFilter(band=band), viewer="CD")
    assert first not in [r.id for r in listed]
    # nor does any other band list it (which would tell them by elimination)
    for other in QualityBand:
        assert first not in [r.id for r in store.list_reviews(ReviewFilter(band=other), viewer="CD")]
    # without a band filter the case is listed, its band hidden
    row = next(r for r in store.list_reviews(viewer="CD") if r.id == first)
    assert row.band is None
