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


def _blind_case(store):
    """AB's complete first review with a significant error, and CD's open (blind) second review of it."""
    first = store.create_review(header(reviewer="AB"))
    criteria = store.get_review(first).criteria
    for c in criteria:
        store.set_finding(first, c.id, Severity.NO_ERROR)
    store.set_finding(first, criteria[0].id, Severity.SIGNIFICANT)
    store.set_comment(first, criteria[0].id, "material fact missed")
    store.complete_review(first)
    other = store.create_review(header(case_reference="L7654321/001", reviewer="EF"))
    for c in store.get_review(other).criteria:
        store.set_finding(other, c.id, Severity.NO_ERROR)
    store.complete_review(other)
    second = store.request_second_review(first, "CD")
    return first, other, second, criteria[0].id


def test_no_figure_counts_the_hidden_first_review(store):
    """Figures, drill-downs, error themes and export selections for the blind second reviewer leave the
    first review out; for anyone else they count it."""
    from qpp_reviewer import themes

    first, other, _second, cid = _blind_case(store)
    band = next(r.band for r in store.list_reviews(viewer="AB") if r.id == first)
    assert band is QualityBand.QS3

    def seen(actor):
        store.actor = actor
        facts = {f.id for f in store.review_facts()}
        tally = sum(n for _d, _s, b, n in store.band_tally() if b is band)
        drill = store.figure_ids(bands=[band])
        errors = themes.error_counts(store)
        error_reviews = themes.reviews_with_finding(store, None, store.get_review(other).template.id, cid,
                                                    [Severity.SIGNIFICANT])
        selected = store.review_ids()
        return facts, tally, drill, errors, error_reviews, selected

    facts, tally, drill, errors, error_reviews, selected = seen("CD")
    assert first not in facts and other in facts
    assert tally == 0  # EF's review is QS1: no QS3 is counted
    assert first not in drill
    assert all(counts.get("significant", 0) == 0 for counts in errors.values())
    assert first not in error_reviews
    assert first not in selected and other in selected

    facts, tally, drill, errors, error_reviews, selected = seen("AB")
    assert first in facts and first in drill and first in error_reviews and first in selected
    assert any(counts.get("significant", 0) == 1 for counts in errors.values())

    facts, *_ = seen(None)  # no one at the keyboard (the command line): everything counts
    assert first in facts


def test_once_the_second_review_is_complete_the_first_counts_again(store):
    first, _other, second, _cid = _blind_case(store)
    store.actor = "CD"
    for c in store.get_review(second).criteria:
        store.set_finding(second, c.id, Severity.NO_ERROR)
    store.complete_review(second)
    assert first in {f.id for f in store.review_facts()}


def test_the_list_export_leaves_out_the_hidden_first_review(qtbot, tmp_path, monkeypatch):
    """Ctrl+E on the list as the blind second reviewer: the workbook holds no row of the first review."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from qpp_reviewer.qt.app import make_application
    from qpp_reviewer.qt.main_window import MainWindow

    from .workbooks import read_sheets

    make_application()
    store = Store.open(tmp_path / "laptop.sqlite3")
    first, other, _second, _cid = _blind_case(store)
    store.actor = "CD"
    out = tmp_path / "cd.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    assert first in w.list_page.shown_ids()  # listed, band hidden
    w.ui.actionExport.trigger()
    qtbot.waitUntil(lambda: out.exists(), timeout=20000)
    ids = {row[0] for row in read_sheets(out)["Reviews"][1:]}
    assert other in ids and first not in ids
    w.close()
    store.close()
