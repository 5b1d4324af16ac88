"""The review list reads its rows a page at a time (issue 21 item 1): the first screen of a long list is
painted from one page, the rest read as the person scrolls, sorted and counted by the database — and the
list shows the same reviews, in the same order, as reading them all would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from qpp_reviewer.demo import fill_demo
from qpp_reviewer.domain import Product
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.qt.review_list import COLUMNS, PAGE, SORT_KEYS
from qpp_reviewer.storage.store import LIST_ORDER, ReviewFilter, Store

N = PAGE * 2 + 57


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("paging") / "demo.sqlite3"
    s = Store.open(path)
    fill_demo(s, N, seed=3, today=date(2025, 11, 1))
    # feedback issued on a few complete reviews (all today: the same days left), so that the Reply column
    # shows and sorts by the reply's state as the other columns do
    complete = [r.id for r in s.list_reviews() if r.status.value == "complete"][:5]
    for rid in complete:
        s.replies.issue_feedback(rid, by="AB")
    s.close()
    return path


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    import shutil

    make_application()
    db = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db, db)
    store = Store.open(db)
    store.actor = "ZZ"
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    QApplication.setActiveWindow(w)
    yield w
    w.close()
    store.close()


def _shown(page) -> list[str]:
    """The case references in the table, top to bottom, as far as it has been read."""
    proxy = page.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def _click_header(qtbot, page, column: int) -> None:
    header = page.ui.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))


def test_a_long_list_paints_one_page_and_reads_the_rest_as_it_is_scrolled(qtbot, window):
    page = window.list_page
    store = window.store
    assert page.model.total == N and len(page.model.rows) == PAGE  # one page read, all counted
    assert page.ui.countLabel.text() == f"{N} reviews"
    everything = store.list_reviews()  # newest change first, all read at once
    page.ui.table.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_End, Qt.ControlModifier)  # to the end of the list
    qtbot.waitUntil(lambda: page.proxy.rowCount() == N, timeout=5000)
    assert _shown(page) == [r.case_reference for r in everything]
    assert page.shown_ids() == [r.id for r in everything]


@pytest.mark.parametrize("column", range(len(COLUMNS)))
def test_sorting_by_any_column_is_the_order_of_all_the_rows_sorted(qtbot, window, column):
    page = window.list_page
    everything = window.store.list_reviews()
    _click_header(qtbot, page, column)
    order = page.ui.table.horizontalHeader().sortIndicatorOrder()
    assert page.model.order()[0] == LIST_ORDER[column]
    # a stable sort of the newest-first list: equal keys stay newest first, as the database breaks ties
    expected = sorted(everything, key=SORT_KEYS[column], reverse=order == Qt.DescendingOrder)
    assert len(page.model.rows) == PAGE
    assert page.shown_ids() == [r.id for r in expected]  # the rows not read yet, in the same order
    page.model.fetch_all()
    assert [r.id for r in page.model.rows] == [r.id for r in expected]


def test_a_filter_is_counted_by_the_database_and_narrows_every_page(qtbot, window):
    page = window.list_page
    combo = page.ui.productFilter
    combo.setCurrentIndex(combo.findData(Product.INTERVIEW.value))
    interviews = window.store.list_reviews(ReviewFilter(product=Product.INTERVIEW))
    assert 0 < len(interviews) < N
    assert page.model.total == len(interviews) == window.store.count_listed(ReviewFilter(product=Product.INTERVIEW))
    assert page.ui.countLabel.text() == f"{len(interviews)} of {N} reviews match the filters"
    page.model.fetch_all()
    assert [r.id for r in page.model.rows] == [r.id for r in interviews]


def test_migration_0016_matches_the_models_and_the_first_page_reads_the_index(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy.dialects import sqlite

    from qpp_reviewer.storage.models import Base, ReviewRow

    s = Store.open(tmp_path / "m.sqlite3")
    try:
        with s.engine.connect() as con:
            diffs = compare_metadata(MigrationContext.configure(con), Base.metadata)
            indexes = {r[0] for r in con.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")}
            from sqlalchemy import select

            q = select(ReviewRow.id).order_by(*s._list_order(None, set())).limit(PAGE)
            sql = str(q.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
            plan = " ".join(r[-1] for r in con.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    finally:
        s.close()
    assert "ix_review_updated" in indexes
    assert [d for d in diffs if "ix_review_updated" in repr(d)] == []
    assert "ix_review_updated" in plan and "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_twelve_columns_fit_1280_pixels_with_the_reply_column_shown(qtbot, demo_db, tmp_path, lang):
    """With feedback issued the Reply column shows: the list still fits a 1280-pixel window without a
    horizontal scroll bar, and the reply's and the last change's texts are whole, in both languages."""
    import shutil

    from qpp_reviewer.qt import i18n
    from qpp_reviewer.qt.review_list import LAST_CHANGE, REPLY

    app = make_application()
    i18n.install(app, lang)
    try:
        db = tmp_path / "demo.sqlite3"
        shutil.copy(demo_db, db)
        store = Store.open(db)
        store.actor = "ZZ"
        w = MainWindow(store)
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        table = w.list_page.ui.table
        header = table.horizontalHeader()
        qtbot.waitUntil(lambda: not header.isSectionHidden(REPLY), timeout=3000)
        qtbot.wait(50)
        assert not table.horizontalScrollBar().isVisible()
        metrics = table.fontMetrics()
        proxy = w.list_page.proxy
        replies = [proxy.index(r, REPLY).data() for r in range(proxy.rowCount()) if proxy.index(r, REPLY).data()]
        assert replies, "the demo database has feedback issued"
        for column, texts in ((REPLY, replies), (LAST_CHANGE, [proxy.index(0, LAST_CHANGE).data()])):
            widest = max(metrics.horizontalAdvance(t) for t in texts)
            # (a cell keeps a 3-pixel margin each side: PM_FocusFrameHMargin + 1)
            assert widest + 6 <= header.sectionSize(column), (column, texts[0], widest, header.sectionSize(column))
        w.close()
        store.close()
    finally:
        i18n.install(app, "en")
