"""Time spent by unit, product and reviewer (issue 20 item 4), by hand-worked examples."""

from __future__ import annotations

from datetime import datetime

from qpp_reviewer.domain import Product
from qpp_reviewer.storage.store import ReviewFilter, Store
from qpp_reviewer.timespent import time_figures, time_text

from .helpers import header


def test_medians_and_totals_by_unit_product_and_reviewer(tmp_path):
    store = Store.open(tmp_path / "t.sqlite3")
    store.actor = "AB"
    g1 = store.create_review(header(case_reference="L1000001/001"))
    g2 = store.create_review(header(case_reference="L1000002/001"))
    g3 = store.create_review(header(case_reference="L1000003/001", product=Product.INTERVIEW, outcome=None))
    l1 = store.create_review(header(case_reference="L1000004/001", unit="London", reviewer="CD"))
    untimed = store.create_review(header(case_reference="L1000005/001"))
    t = datetime(2026, 11, 2, 9)
    store.worktime.record("a", g1, "AB", t, 600)
    store.worktime.record("b", g1, "AB", t, 300)  # g1: two sessions by AB, 900 s
    store.worktime.record("c", g2, "AB", t, 1800)  # g2: 1800
    store.worktime.record("d", g3, "AB", t, 1200)  # g3 (interview): 1200
    store.worktime.record("e", l1, "CD", t, 2400)  # London: 2400 by CD ...
    store.worktime.record("f", l1, "AB", t, 600)  # ... and 600 by AB
    f = time_figures(store)
    assert (f.total.reviews, f.total.total_seconds, f.sessions) == (4, 6900, 6)
    assert f.total.median_seconds == (1200 + 1800) / 2  # of 900, 1200, 1800, 3000
    units = {g.label: (g.reviews, g.total_seconds, g.median_seconds) for g in f.by_unit}
    assert units == {"Glasgow": (3, 3900, 1200), "London": (1, 3000, 3000)}
    products = {g.label: (g.reviews, g.total_seconds, g.median_seconds) for g in f.by_product}
    assert products == {"decision": (3, 5700, 1800), "interview": (1, 1200, 1200)}
    people = {g.label: (g.reviews, g.total_seconds, g.median_seconds) for g in f.by_reviewer}
    assert people == {"AB": (4, 4500, 1050), "CD": (1, 2400, 2400)}  # AB: 900, 1800, 1200, 600
    assert untimed not in f.review_ids
    # the selection narrows the reviews
    only = time_figures(store, ReviewFilter(unit="London"))
    assert (only.total.reviews, only.total.total_seconds) == (1, 3000)
    text = time_text(f)
    assert "Glasgow                               3      1.1 h     20 min" in text
    store.close()
