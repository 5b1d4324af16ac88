"""Coverage and time spent on every surface (issue 20 items 3-4): the dashboard's dialog, the period PDF and
`qpp-reviewer summary --coverage / --time` show the same figures of one database; the coverage command."""

from __future__ import annotations

import subprocess
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qpp_reviewer.cli import main
from qpp_reviewer.coverage import coverage_figures, coverage_text
from qpp_reviewer.domain import Product, Severity, Stream
from qpp_reviewer.storage.store import ReviewFilter, Store
from qpp_reviewer.timespent import time_figures, time_text

from .helpers import header


def _complete(store, rid):
    for c in store.get_review(rid).criteria:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    store.complete_review(rid)
    return rid


def _build(path) -> Store:
    store = Store.open(path)
    store.actor = "AB"
    store.coverage.set_population({("Glasgow", "decision", "2026-10"): 100, ("London", "decision", "2026-10"): 40,
                                   ("London", "interview", "2026-11"): 30}, "entered")
    ids = []
    for i, (unit, product, day, stream) in enumerate([
            ("Glasgow", Product.DECISION, date(2026, 10, 2), Stream.ROUTINE),
            ("Glasgow", Product.DECISION, date(2026, 10, 9), Stream.SPOE),
            ("London", Product.DECISION, date(2026, 10, 3), Stream.ROUTINE),
            ("London", Product.INTERVIEW, date(2026, 11, 3), Stream.SECONDARY)]):
        extra = {} if product is Product.DECISION else {"outcome": None}
        ids.append(_complete(store, store.create_review(header(case_reference=f"L{1000000 + i}/001", unit=unit,
                                                               product=product, product_date=day, stream=stream,
                                                               **extra))))
    t = datetime(2026, 11, 20, 10)
    for n, (rid, who, secs) in enumerate([(ids[0], "AB", 1500), (ids[1], "AB", 900), (ids[2], "CD", 2700),
                                          (ids[2], "AB", 300)]):
        store.worktime.record(f"s{n}", rid, who, t, secs)
    return store


def test_summary_pdf_and_dashboard_show_the_same_coverage_and_time(tmp_path, capsys, qtbot):
    db = tmp_path / "c.sqlite3"
    store = _build(db)
    f = coverage_figures(store, ReviewFilter())
    spent = time_figures(store, ReviewFilter())
    expected = [(r.period, r.unit, r.population.get("decision"), r.routine("decision"), r.met("decision"),
                 r.population.get("interview"), r.routine("interview"), r.met("interview"), r.secondary)
                for r in f.rows]
    assert expected == [("2026-10", "Glasgow", 100, 1, False, None, 0, None, 0),
                        ("2026-10", "London", 40, 1, True, None, 0, None, 0),
                        ("2026-11", "London", None, 0, None, 30, 0, False, 1)]
    assert [(g.label, g.reviews, g.total_seconds, g.median_seconds) for g in spent.by_unit] == [
        ("Glasgow", 2, 2400, 1200), ("London", 1, 3000, 3000)]
    cover, times = coverage_text(f), time_text(spent)
    store.close()
    # summary
    assert main(["summary", "--db", str(db), "--coverage"]) == 0
    assert capsys.readouterr().out == cover
    assert main(["summary", "--db", str(db), "--time"]) == 0
    assert capsys.readouterr().out == times
    assert main(["coverage", "--db", str(db)]) == 0
    assert capsys.readouterr().out == cover
    # the period PDF
    from qpp_reviewer.reports import batch_pdf

    store = Store.open(db)
    out = tmp_path / "period.pdf"
    batch_pdf(store, ReviewFilter(), out, title="Period report")
    store.close()
    lines = [" ".join(x.split()) for x in subprocess.run(["pdftotext", "-layout", str(out), "-"],
                                                        capture_output=True, text=True, check=True).stdout.splitlines()]
    assert "2026-10 Glasgow 100 1 1.0% NOT MET – 0 – no population 0" in lines
    assert "2026-10 London 40 1 2.5% met – 0 – no population 0" in lines
    assert "2026-11 London – 0 – no population 30 0 0.0% NOT MET 1" in lines
    assert "Glasgow 2 0.7 h 20 min" in lines and "London 1 0.8 h 50 min" in lines
    assert "CD 1 0.8 h 45 min" in lines
    text = " ".join(lines)
    assert "Units with no secondary assurance completed since" in text
    # the dashboard
    from qpp_reviewer.qt.app import make_application
    from qpp_reviewer.qt.main_window import MainWindow

    make_application()
    store = Store.open(db)
    store.actor = "QL"
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.ui.actionShowDashboard.trigger()
    qtbot.mouseClick(w.dashboard.coverageButton, Qt.LeftButton)
    d = w.last_coverage_dialog
    m = d.coverage_view.model()
    shown = [[m.item(r, c).text() for c in range(m.columnCount())] for r in range(m.rowCount())]
    assert shown == [["2026-10", "Glasgow", "100", "1", "1.0%", "not met", "—", "0", "—", "no population", "2", "0"],
                     ["2026-10", "London", "40", "1", "2.5%", "met", "—", "0", "—", "no population", "1", "0"],
                     ["2026-11", "London", "—", "0", "—", "no population", "30", "0", "0.0%", "not met", "1", "1"]]
    unit_tab = d.tabs.widget(1).model()
    assert [[unit_tab.item(r, c).text() for c in range(4)] for r in range(unit_tab.rowCount())] == [
        ["Glasgow", "2", "0.7 h", "20 min"], ["London", "1", "0.8 h", "50 min"]]
    assert "Glasgow" in d.overdue_label.text()  # no secondary assurance there
    # Enter on the first row lists Glasgow's reviews of October
    d.activateWindow()
    QApplication.setActiveWindow(d)
    d.coverage_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is d.coverage_view, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert not d.isVisible() and len(w.list_page.shown_ids()) == 2
    w.close()
    store.close()


def test_the_coverage_command_imports_enters_and_sets_targets(tmp_path, capsys):
    db = tmp_path / "c.sqlite3"
    Store.open(db).close()
    path = tmp_path / "cases.csv"
    path.write_text("Case Ref,DMU,Type,Decision,Date of decision\n"
                    + "".join(f"L{2000000 + i}/001,Stoke,decision,refusal,0{1 + i % 9}/09/2026\n" for i in range(25)))
    assert main(["coverage", "import", "--db", str(db), str(path)]) == 0
    assert "2026-09  Stoke  decision: 25" in capsys.readouterr().out
    assert main(["coverage", "enter", "--db", str(db), "--unit", "Stoke", "--product", "interview",
                 "--month", "2026-09", "--count", "12"]) == 0
    capsys.readouterr()
    assert main(["coverage", "enter", "--db", str(db), "--unit", "Nowhere", "--product", "interview",
                 "--month", "2026-09", "--count", "12"]) == 2
    assert "not a unit" in capsys.readouterr().err
    assert main(["coverage", "targets", "--db", str(db), "--decisions", "3.5%", "--secondary-months", "3"]) == 0
    assert "3.5% of decisions, 2% of interviews" in capsys.readouterr().out
    assert main(["coverage", "targets", "--db", str(db), "--interviews", "lots"]) == 2
    assert "not a rate" in capsys.readouterr().err
    assert main(["summary", "--db", str(db), "--coverage", "--by", "quarter"]) == 0
    out = capsys.readouterr().out
    assert "2026-Q3            Stoke                           25       0   0.0%       NOT MET" in out
    assert "every 3 months" in out
    assert main(["summary", "--db", str(db), "--coverage", "--by", "unit"]) == 2
    assert "one period" in capsys.readouterr().err
    store = Store.open(db)
    assert store.coverage.population() == {("Stoke", "decision", "2026-09"): 25, ("Stoke", "interview", "2026-09"): 12}
    store.close()
