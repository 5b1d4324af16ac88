"""The dashboard, the click-through to the review list, and the PDF reports from the window."""

import re
import shutil
import subprocess
import time
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton

from qpp_reviewer.cli import main
from qpp_reviewer.demo import fill_demo
from qpp_reviewer.domain import Product, QualityBand, ReviewStatus, Severity
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import FIXED_TABS, MainWindow
from qpp_reviewer.qt.review_editor import ReviewEditor
from qpp_reviewer.statistics import count_by_month, summarise
from qpp_reviewer.storage.store import ReviewFilter, Store

TODAY = date(2025, 11, 1)
CELL = re.compile(r"[\d,]+ \(\d+%\)")


def pdftext(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """240 demo reviews over a year, and a batch of 30 of them; each test works on a copy."""
    path = tmp_path_factory.mktemp("dash") / "demo.sqlite3"
    s = Store.open(path)
    fill_demo(s, 240, seed=5, today=TODAY)
    bid = s.create_batch("Glasgow sample", by="QL")
    s.add_to_batch(bid, [r.id for r in s.list_reviews(ReviewFilter(unit="Glasgow"))][:30])
    s.close()
    return path


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    make_application()
    db = tmp_path / "reviews.sqlite3"
    shutil.copy(demo_db, db)
    store = Store.open(db)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1300, 820)
    w.show()
    yield w
    w.close()
    store.close()


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2])))
    return shown


def dashboard(qtbot, window, themes=False):
    page = window.dashboard
    window.ui.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page._stale)
    if themes:
        qtbot.waitUntil(lambda: not page.themes_pending, timeout=10000)
    return page


def counted(facts):
    return [f for f in facts if f.status is ReviewStatus.COMPLETE and f.band is not None]


def cli_cells(capsys, *args) -> dict[str, list[str]]:
    """`qpp-reviewer summary` lines by their first word(s): the 'n (p%)' cells, QS1..QS5 then satisfactory."""
    assert main(["summary", *args]) == 0
    out = {}
    for line in capsys.readouterr().out.splitlines()[1:]:
        cells = CELL.findall(line)
        if cells:
            out[line[:line.index(cells[0])].strip()] = cells
    return out


def test_dashboard_is_a_fixed_tab_and_its_numbers_are_summarise_and_the_summary_command(qtbot, window, capsys):
    tabs = window.ui.tabs
    assert FIXED_TABS == 3 and [tabs.tabText(i) for i in range(3)] == ["Reviews", "Batches", "Dashboard"]
    window.close_tab(tabs.indexOf(window.dashboard))  # cannot be closed
    assert tabs.indexOf(window.dashboard) == 2 and window.editors() == []
    window.ui.actionShowDashboard.trigger()
    page = dashboard(qtbot, window)
    assert tabs.currentWidget() is page

    facts = window.store.review_facts()
    c = summarise(facts)[-1][1]
    assert c.total and c.excluded  # demo data has both
    assert page.overall.counts == c.counts and page.overall.excluded == c.excluded
    assert page.ui.bandChart.counts.counts == c.counts and page.ui.gauge.counts.satisfactory == c.satisfactory
    text = page.ui.headlineLabel.text()
    assert f"Satisfactory (QS1+QS2): {c.satisfactory:,} of {c.total:,} ({c.pct(c.satisfactory)}%)" in text
    lo, hi = c.satisfactory_interval()
    assert f"{lo * 100:.1f}\u2013{hi * 100:.1f}%" in text and "target 75%" in text
    assert f"{c.excluded:,} not complete" in text

    # the months: exactly summarise(facts, ['month']), in the table and the chart
    by_month = summarise(facts, ["month"])
    assert [(k, m.counts, m.excluded) for k, m in by_month[:-1]] == \
           [(k, m.counts, m.excluded) for k, m in page.by_month]
    assert count_by_month(window.store.band_tally())[0].counts == c.counts
    model = page.months_model
    assert model.rowCount() == len(by_month)
    assert model.index(model.rowCount() - 1, 0).data() == "All months"
    assert model.index(model.rowCount() - 1, 2).data() == f"{c.satisfactory:,} ({c.pct(c.satisfactory)}%)"
    charted = {k: m for k, m in page.ui.trendChart.rows if m.total}
    assert {k: m.counts for k, m in charted.items()} == {k[0]: m.counts for k, m in by_month[:-1] if m.total}

    # the same cells as `qpp-reviewer summary`
    cli = cli_cells(capsys, "--db", window.store.location)
    shown = [page.ui.bandChart.value_text(b) for b in QualityBand]
    shown.append(f"{c.satisfactory:,} ({c.pct(c.satisfactory)}%)")
    assert cli["All"][:6] == shown


def test_filters_change_the_figures(qtbot, window, capsys):
    page = dashboard(qtbot, window)
    everything = page.overall.total
    ui = page.ui
    ui.unitFilter.setCurrentIndex(ui.unitFilter.findData("Glasgow"))
    glasgow = summarise(window.store.review_facts(ReviewFilter(unit="Glasgow")))[-1][1]
    assert page.overall.counts == glasgow.counts and 0 < glasgow.total < everything
    cli = cli_cells(capsys, "--db", window.store.location, "--by", "unit")
    assert cli["Glasgow"][:5] == [page.ui.bandChart.value_text(b) for b in QualityBand]
    assert "Glasgow" in ui.headlineLabel.text() or f"{glasgow.total:,}" in ui.headlineLabel.text()

    ui.productFilter.setCurrentIndex(ui.productFilter.findData(Product.DECISION.value))
    ui.dateFrom.setDate(QDate(2025, 3, 1))
    ui.dateTo.setDate(QDate(2025, 8, 31))
    flt = ReviewFilter(unit="Glasgow", product=Product.DECISION, date_from=date(2025, 3, 1),
                       date_to=date(2025, 8, 31))
    assert page.current_filter() == flt
    narrow = summarise(window.store.review_facts(flt))[-1][1]
    assert page.overall.counts == narrow.counts and narrow.total < glasgow.total
    assert page.by_month and all("2025-03" <= k[0] <= "2025-08" for k, _ in page.by_month)

    qtbot.mouseClick(ui.clearFilters, Qt.LeftButton)
    assert page.current_filter() == ReviewFilter() and page.overall.total == everything


def test_click_a_band_lists_exactly_its_reviews_and_the_list_filters_still_work(qtbot, window):
    page = dashboard(qtbot, window)
    chart = page.ui.bandChart
    qtbot.mouseClick(chart, Qt.LeftButton, pos=chart.bar_centre(QualityBand.QS3))
    lp = window.list_page
    assert window.ui.tabs.currentWidget() is lp
    expected = {f.id for f in counted(window.store.review_facts()) if f.band is QualityBand.QS3}
    assert expected and set(lp.shown_ids()) == expected and len(lp.shown_ids()) == len(expected)
    assert lp.ui.idsBanner.isVisible() and f"Showing {len(expected)} reviews" in lp.ui.idsLabel.text()
    assert "QS3" in lp.ui.idsLabel.text()

    # the list's own filters narrow the dashboard's reviews further
    lp.ui.productFilter.setCurrentIndex(lp.ui.productFilter.findData(Product.INTERVIEW.value))
    interviews = {r.id for r in lp.model.rows}
    assert interviews and interviews < expected and all(r.product is Product.INTERVIEW for r in lp.model.rows)
    assert lp.ui.idsBanner.isVisible()
    # "Show all reviews" drops the dashboard's choice and keeps the filter
    qtbot.mouseClick(lp.ui.clearIdsButton, Qt.LeftButton)
    assert not lp.ui.idsBanner.isVisible()
    assert len(lp.model.rows) > len(interviews) and all(r.product is Product.INTERVIEW for r in lp.model.rows)
    # Clear filters: everything
    qtbot.mouseClick(lp.ui.clearFilters, Qt.LeftButton)
    assert len(lp.shown_ids()) == lp.model.total == window.store.count_reviews()

    # the keyboard does the same: the gauge lists the satisfactory reviews
    page = dashboard(qtbot, window)
    page.ui.gauge.setFocus()
    qtbot.keyClick(page.ui.gauge, Qt.Key_Return)
    assert set(lp.shown_ids()) == {f.id for f in counted(window.store.review_facts()) if f.band.satisfactory}


def _reviews_with(store, theme, severities, _cache={}):
    """Worked out from each complete review's findings, independently of the dashboard's query."""
    key = store.location
    if key not in _cache:
        _cache.clear()
        complete = store.list_reviews(ReviewFilter(status=ReviewStatus.COMPLETE))
        _cache[key] = [(r.id, store.get_review(r.id)) for r in complete if r.band is not None]
    out = set()
    for rid, review in _cache[key]:
        f = review.findings.get(theme.criterion_id)
        if review.template.id == theme.template_id and f and f.severity in severities:
            out.add(rid)
    return out


def click_cell(qtbot, view, row, column):
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())


def test_click_a_theme_lists_the_reviews_with_an_error_on_that_criterion(qtbot, window):
    page = dashboard(qtbot, window, themes=True)
    assert page.themes and page.themes_model.rowCount() == len(page.themes)
    theme = next(t for t in page.themes if t.fail)  # the table's top rows have fail errors
    row = page.themes.index(theme)
    view = page.ui.themesTable
    assert view.model().index(row, 0).data() == theme.label
    assert view.model().headerData(6, Qt.Horizontal) == "Error rate"
    assert view.model().index(row, 6).data() == f"{theme.error_pct}%"
    click_cell(qtbot, view, row, 0)
    lp = window.list_page
    assert window.ui.tabs.currentWidget() is lp
    expected = _reviews_with(window.store, theme, (Severity.MINOR, Severity.SIGNIFICANT, Severity.FAIL))
    assert set(lp.shown_ids()) == expected and len(expected) == theme.errors
    assert theme.criterion_id in lp.ui.idsLabel.text()

    page = dashboard(qtbot, window)
    view.scrollTo(view.model().index(row, 4))
    click_cell(qtbot, view, row, 4)  # the Fail cell: only the fail errors
    assert set(lp.shown_ids()) == _reviews_with(window.store, theme, (Severity.FAIL,))
    assert len(lp.shown_ids()) == theme.fail


def test_click_a_month_lists_its_reviews(qtbot, window):
    page = dashboard(qtbot, window)
    key, counts = page.by_month[2][0][0], page.by_month[2][1]
    click_cell(qtbot, page.ui.monthsTable, 2, 0)
    facts = counted(window.store.review_facts())
    in_month = {f.id for f in facts if f.product_date.strftime("%Y-%m") == key}
    assert set(window.list_page.shown_ids()) == in_month and len(in_month) == counts.total
    page = dashboard(qtbot, window)
    chart = page.ui.trendChart
    qtbot.mouseClick(chart, Qt.LeftButton, pos=chart.month_centre(key))
    assert set(window.list_page.shown_ids()) == in_month


def _save_as(monkeypatch, path, asked):
    def fake(parent, title, start, filters):
        asked.append((title, start))
        return str(path), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)


def test_feedback_sheet_batch_report_and_period_report_from_the_window(qtbot, window, tmp_path, monkeypatch):
    store = window.store
    review = next(r for r in store.list_reviews(ReviewFilter(status=ReviewStatus.COMPLETE)))
    editor = window.open_review(review.id)
    assert isinstance(editor, ReviewEditor) and window.ui.actionExportFeedback.isEnabled()
    asked = []
    _save_as(monkeypatch, tmp_path / "feedback", asked)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)  # Ctrl+Shift+F
    pdf = tmp_path / "feedback.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    title, start = asked[-1]
    assert title == "Export feedback sheet"
    assert start.endswith(f"feedback-{review.case_reference.replace('/', '_')}.pdf")
    assert str(pdf) in window.ui.statusBar.currentMessage()
    if shutil.which("pdftotext"):
        assert review.case_reference in pdftext(pdf)
    assert editor.ui.exportFeedbackButton.isVisible()

    # the batch report, from the Batches tab's button
    window.ui.tabs.setCurrentWidget(window.batch_page)
    batch = window.batch_page.current()
    assert batch.name == "Glasgow sample"
    _save_as(monkeypatch, tmp_path / "batch.pdf", asked)
    qtbot.mouseClick(window.batch_page.ui.batchReportButton, Qt.LeftButton)
    assert asked[-1][1].endswith("Glasgow_sample-report.pdf")
    assert (tmp_path / "batch.pdf").read_bytes().startswith(b"%PDF")
    c = summarise(store.review_facts(ReviewFilter(batch_id=batch.id)))[-1][1]
    if shutil.which("pdftotext"):
        text = pdftext(tmp_path / "batch.pdf")
        assert "Batch 'Glasgow sample'" in text
        assert f"Satisfactory (QS1+QS2): {c.satisfactory:,} of {c.total:,} ({c.pct(c.satisfactory)}%)" in text

    # the period report: the dashboard's filters, the dashboard's figures
    page = dashboard(qtbot, window)
    page.ui.unitFilter.setCurrentIndex(page.ui.unitFilter.findData("Glasgow"))
    _save_as(monkeypatch, tmp_path / "period.pdf", asked)
    qtbot.mouseClick(page.ui.periodReportButton, Qt.LeftButton)
    assert (tmp_path / "period.pdf").exists()
    if shutil.which("pdftotext"):
        text = pdftext(tmp_path / "period.pdf")
        d = page.overall
        assert "Period report" in text and "Unit: Glasgow" in text
        assert f"Satisfactory (QS1+QS2): {d.satisfactory:,} of {d.total:,} ({d.pct(d.satisfactory)}%)" in text
    # no file name chosen: nothing happens
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert not window.period_report()


def test_cancelling_a_report_leaves_no_file(qtbot, window, tmp_path, monkeypatch):
    import qpp_reviewer.reports.batch as batch_module

    real = batch_module.summarise

    def slow(*args, **kwargs):  # runs in the worker thread: the first call lasts long enough to press Cancel
        if not pressed:
            time.sleep(1.2)
        return real(*args, **kwargs)

    monkeypatch.setattr(batch_module, "summarise", slow)
    pressed = []

    def press_cancel():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QProgressDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, press_cancel)
            return
        dialog.findChild(QPushButton).click()
        pressed.append(dialog.windowTitle())

    QTimer.singleShot(350, press_cancel)
    out = tmp_path / "cancelled.pdf"
    window.ui.tabs.setCurrentWidget(window.batch_page)
    assert not window.batch_report(path=str(out))
    assert pressed == ["Batch report"]
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".qpp-report-")] == []
    assert "cancelled; nothing was written" in window.ui.statusBar.currentMessage()


def test_the_dashboard_recounts_after_a_change_and_a_report_into_a_missing_folder_says_so(qtbot, window, tmp_path,
                                                                                          quiet_boxes):
    page = dashboard(qtbot, window)
    before = page.overall.total
    review = next(r for r in window.store.list_reviews(ReviewFilter(status=ReviewStatus.COMPLETE)))
    editor = window.open_review(review.id)
    assert editor.reopen("Checking the dashboard follows changes")
    assert page._stale  # not recounted while hidden...
    page = dashboard(qtbot, window)  # ...but when shown again
    assert page.overall.total == before - 1
    assert not window.period_report(path=str(tmp_path / "no" / "such" / "folder.pdf"))
    kind, text = quiet_boxes[-1]
    assert kind == "critical" and "Nothing was written" in text
