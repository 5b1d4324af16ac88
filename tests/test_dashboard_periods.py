"""The dashboard's table by month, quarter, financial year or rolling 12 months, as the published tables
group them (issue 20 item 5), with the same counts as `summary --by`, and a click listing a period's reviews."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from qpp_reviewer.domain import Severity
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.statistics import summarise
from qpp_reviewer.storage.store import Store

from tests.helpers import header


def test_the_table_groups_by_quarter_and_financial_year_and_lists_a_periods_reviews(qtbot, tmp_path):
    make_application()
    store = Store.open(tmp_path / "p.sqlite3")
    store.actor = "QL"
    days = [date(2025, 2, 10), date(2025, 3, 28), date(2025, 4, 2), date(2025, 7, 15), date(2025, 7, 16)]
    ids = []
    for i, d in enumerate(days):
        rid = store.create_review(header(case_reference=f"L10000{i:02d}/001", product_date=d))
        for c in store.get_review(rid).criteria:
            store.set_finding(rid, c.id, Severity.NO_ERROR)
        store.complete_review(rid)
        ids.append(rid)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.ui.actionShowDashboard.trigger()
    dash = w.dashboard
    qtbot.waitUntil(lambda: dash.overall.total == 5, timeout=5000)
    model = dash.months_model
    assert [r[0] for r in model.rows] == ["2025-02", "2025-03", "2025-04", "2025-07", None]
    dash.periodCombo.setCurrentIndex(dash.periodCombo.findData("quarter"))
    assert [(r[0], r[1].total) for r in model.rows] == [("2025-Q1", 2), ("2025-Q2", 1), ("2025-Q3", 2), (None, 5)]
    assert model.data(model.index(0, 0)) == "2025 Q1"
    expected = {k[0]: c.total for k, c in summarise(store.review_facts(), ["quarter"])[:-1]}
    assert {r[0]: r[1].total for r in model.rows[:-1]} == expected  # the summary command's counts
    dash.periodCombo.setCurrentIndex(dash.periodCombo.findData("fy"))
    assert [(r[0], r[1].total) for r in model.rows] == [("2024-25", 2), ("2025-26", 3), (None, 5)]
    assert model.data(model.index(1, 0)) == "FY 2025-26"
    view = dash.ui.monthsTable
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(model.index(1, 1)).center())
    assert set(w.list_page.shown_ids()) == set(ids[2:])
    w.close()
    store.close()


def test_the_period_report_groups_by_quarter_and_financial_year(tmp_path):
    import subprocess

    from qpp_reviewer.reports import batch_pdf

    store = Store.open(tmp_path / "r.sqlite3")
    for i, d in enumerate([date(2025, 2, 10), date(2025, 3, 28), date(2025, 4, 2), date(2025, 7, 15)]):
        rid = store.create_review(header(case_reference=f"L10000{i:02d}/001", product_date=d))
        for c in store.get_review(rid).criteria:
            store.set_finding(rid, c.id, Severity.NO_ERROR)
        store.complete_review(rid)
    out = tmp_path / "r.pdf"
    batch_pdf(store, None, out, title="Period report")
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "By quarter" in text and "2025 Q1" in text and "2025 Q3" in text
    assert "By financial year (April–March)" in text and "FY 2024-25" in text and "FY 2025-26" in text
    store.close()
