"""Appeal and PARU outcomes against quality scores (issue 20 items 1-2): an outcomes list read by column
names, matched to reviewed decisions by case reference (unmatched and ambiguous reported, nothing
guessed), idempotent, a later outcome superseding an earlier one with its history kept, and the
figures worked by hand."""

from __future__ import annotations

from datetime import date

import pytest

from qpp_reviewer.appeals import OutcomesError, figures_text, import_outcomes, outcome_figures, read_outcomes
from qpp_reviewer.domain import Outcome, Product, QualityBand, Severity
from qpp_reviewer.storage.store import ReviewFilter, Store

from tests.helpers import header

TODAY = date(2026, 12, 1)


def _decision(store: Store, case: str, errors: dict[int, Severity] | None = None, unit: str = "Glasgow",
              product: Product = Product.DECISION) -> str:
    rid = store.create_review(header(case_reference=case, unit=unit, product=product,
                                     outcome=Outcome.REFUSAL if product is Product.DECISION else None))
    crit = store.get_review(rid).criteria
    for i, c in enumerate(crit):
        sev = (errors or {}).get(i, Severity.NO_ERROR)
        store.set_finding(rid, c.id, sev)
        if sev not in (Severity.NO_ERROR, Severity.NOT_APPLICABLE):
            store.set_comment(rid, c.id, "An error worth a comment.")
    if errors and Severity.FAIL in errors.values():
        from qpp_reviewer.domain import OutcomeJudgement

        store.set_outcome_judgement(rid, OutcomeJudgement.PROBABLY_WRONG)
    store.complete_review(rid)
    return rid


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "q.sqlite3")
    s.actor = "QL"
    yield s
    s.close()


def _csv(tmp_path, text: str, name="outcomes.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_the_list_is_read_by_column_names_and_bad_rows_refuse_it_whole(tmp_path, store):
    ok = _csv(tmp_path, "Appeal outcome;Case ref;Hearing date;Reason category\n"
                        "Allowed;L1000001/001;15/10/2026;credibility\n"
                        "withdrawn by the Home Office;L1000002/001;2026-09-01;\n"
                        "Dismissed;L1000003/001;3 Nov 2026;\n")
    lst = read_outcomes(ok, TODAY)
    assert lst.errors == [] and [r["outcome"] for r in lst.rows] == ["allowed", "withdrawn_paru", "dismissed"]
    assert lst.rows[0]["outcome_date"] == date(2026, 10, 15) and lst.rows[0]["reason"] == "credibility"
    bad = _csv(tmp_path, "Case reference,Outcome,Date\n"
                         "L1000001/001,maybe,15/10/2026\n"
                         "Mr Smith,allowed,15/10/2026\n"
                         "L1000003/001,allowed,31/02/2026\n"
                         "L1000004/001,allowed,15/10/2027\n", "bad.csv")
    with pytest.raises(OutcomesError) as exc:
        import_outcomes(store, bad, today=TODAY)
    text = str(exc.value)
    assert "nothing was changed" in text
    assert "row 2, column B \"Outcome\": 'maybe' is not an outcome" in text
    assert "row 3, column A \"Case reference\": 'Mr Smith' is not a case reference" in text
    assert "row 4" in text and "is not a date" in text
    assert "row 5" in text and "in the future" in text
    assert store.appeals.count() == 0
    missing = _csv(tmp_path, "Case reference,Date\nL1000001/001,15/10/2026\n", "missing.csv")
    with pytest.raises(OutcomesError, match="no column for the outcome"):
        import_outcomes(store, missing, today=TODAY)


def test_matching_idempotence_and_a_later_outcome_superseding(tmp_path, store):
    a = _decision(store, "L1000001/001")
    _decision(store, "L1000002/001")
    _decision(store, "L1000002/001")  # two counted reviews of one case: ambiguous
    _decision(store, "L1000005/001", product=Product.INTERVIEW)  # an interview is not a decision
    first = _csv(tmp_path, "Case reference,Outcome,Date\n"
                           "l1000001/001,dismissed,01/09/2026\n"
                           "L1000002/001,allowed,01/09/2026\n"
                           "L1000005/001,allowed,01/09/2026\n"
                           "L9999999/001,allowed,01/09/2026\n")
    r = import_outcomes(store, first, today=TODAY)
    assert (r.rows, r.added, r.unchanged, r.matched) == (4, 4, 0, 1)
    assert r.ambiguous == ["L1000002/001"] and r.unmatched == ["L1000005/001", "L9999999/001"]
    assert "ambiguous" in r.text() and "L9999999/001" in r.text()
    again = import_outcomes(store, first, today=TODAY)
    assert (again.added, again.unchanged) == (0, 4) and store.appeals.count() == 4
    later = _csv(tmp_path, "Case reference,Outcome,Date\nL1000001/001,granted on reconsideration,20/11/2026\n",
                 "later.csv")
    r2 = import_outcomes(store, later, today=TODAY)
    assert r2.added == 1 and "appeal dismissed (01 Sep 2026) -> granted on reconsideration (20 Nov 2026)" in r2.text()
    history = store.appeals.history("L1000001/001")
    assert [(h.outcome, h.current) for h in history] == [("dismissed", False), ("granted", True)]
    f = outcome_figures(store)
    assert f.total.n == 1 and f.total.overturned == 1 and f.ambiguous == ["L1000002/001"]
    assert [x.review_id for x in f.second_look] == [a]  # QS1, then overturned: a second look


def test_figures_by_band_verdict_and_criterion_worked_by_hand(tmp_path, store):
    sig, fail = Severity.SIGNIFICANT, Severity.FAIL
    # 4 QS1 decisions (1 overturned), 3 QS3 with a significant error on criterion 3 (2 overturned),
    # 2 QS5 with a fail on criterion 5 (2 overturned), 1 QS1 without an outcome
    cases = {}
    for i in range(4):
        cases[f"L200000{i}/001"] = (_decision(store, f"L200000{i}/001"), "allowed" if i == 0 else "dismissed")
    for i in range(3):
        cases[f"L300000{i}/001"] = (_decision(store, f"L300000{i}/001", {3: sig}),
                                    "withdrawn" if i < 2 else "dismissed")
    for i in range(2):
        cases[f"L400000{i}/001"] = (_decision(store, f"L400000{i}/001", {5: fail}), "allowed")
    _decision(store, "L5000000/001")
    rows = "".join(f"{case},{o},01/10/2026\n" for case, (_rid, o) in cases.items())
    import_outcomes(store, _csv(tmp_path, "Case reference,Outcome,Date\n" + rows), today=TODAY)
    f = outcome_figures(store)
    band = {s.label: (s.n, s.overturned) for s in f.by_band}
    assert band["QS1"] == (4, 1) and band["QS3"] == (3, 2) and band["QS5"] == (2, 2) and band["QS2"] == (0, 0)
    assert [(s.n, s.overturned) for s in f.by_verdict] == [(4, 1), (5, 4)]
    assert (f.total.n, f.total.overturned) == (9, 5)
    # Wilson 95% for 1 of 4: 0.0456 to 0.6994 (Newcombe 1998, method 3)
    lo, hi = f.by_band[0].interval
    assert round(lo, 3) == 0.046 and round(hi, 3) == 0.699
    crit = {(c.criterion_id): (c.with_error, c.overturned) for c in f.criteria}
    template = store.get_review(cases["L3000000/001"][0]).criteria
    assert crit[template[3].id] == (3, 2) and crit[template[5].id] == (2, 2)
    assert f.criteria[0].overturned == 2
    assert [x.case_reference for x in f.second_look] == ["L2000000/001"]
    assert f.outcomes["withdrawn_paru"] == 2 and f.outcomes["allowed"] == 3 and f.outcomes["dismissed"] == 4
    # the same figures through a filter, and as text
    assert outcome_figures(store, ReviewFilter(unit="London")).total.n == 0
    text = figures_text(f)
    assert "9 with a known outcome, 5 overturned (56% (27–81%))" in text
    assert "Caveat: only decisions that were reviewed and appealed are counted" in text
    assert QualityBand.QS5.value in text


def test_outcomes_on_the_command_line_and_in_summary(tmp_path, capsys):
    from qpp_reviewer.cli import main

    db = tmp_path / "c.sqlite3"
    store = Store.open(db)
    _decision(store, "L2000000/001")
    _decision(store, "L3000000/001", {3: Severity.SIGNIFICANT})
    store.close()
    f = _csv(tmp_path, "Case reference,Outcome,Date\nL2000000/001,allowed,01/10/2026\nL3000000/001,dismissed,"
                       "01/10/2026\nL7777777/001,allowed,01/10/2026\n")
    assert main(["--as", "QL", "outcomes", "import", "--db", str(db), str(f)]) == 0
    out = capsys.readouterr().out
    assert "3 new outcomes" in out and "2 matched" in out and "1 unmatched" in out
    assert main(["outcomes", "--db", str(db)]) == 0
    figures = capsys.readouterr().out
    assert figures.startswith("Appeal and PARU outcomes of reviewed decisions: 2 with a known outcome, 1 overturned")
    assert main(["summary", "--db", str(db), "--outcomes"]) == 0
    assert capsys.readouterr().out == figures  # one function for both
    assert main(["outcomes", "import", "--db", str(db), str(tmp_path / "none.csv")]) == 2
    assert "Cannot read" in capsys.readouterr().err


def test_the_window_imports_outcomes_and_lists_the_reviews_behind_a_figure(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QFileDialog

    from qpp_reviewer.qt.app import make_application
    from qpp_reviewer.qt.main_window import MainWindow

    make_application()
    store = Store.open(tmp_path / "w.sqlite3")
    store.actor = "QL"
    good = _decision(store, "L2000000/001")
    weak = _decision(store, "L3000000/001", {3: Severity.SIGNIFICANT})
    f = _csv(tmp_path, "Case reference,Outcome,Date\nL2000000/001,withdrawn (PARU),01/10/2026\n"
                       "L3000000/001,allowed,01/10/2026\n")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(f), ""))
    w.ui.actionImportOutcomes.trigger()
    assert "2 new outcomes" in w.last_outcomes_box.text() and "2 matched" in w.last_outcomes_box.text()
    w.last_outcomes_box.close()
    w.ui.actionOutcomes.trigger()
    d = w.last_outcomes_dialog
    assert d.figures.total.n == 2 and d.figures.total.overturned == 2
    assert d.tabs.tabText(2).replace("&", "") == "QS1/QS2 overturned (1)"
    d.tabs.setCurrentIndex(2)
    view = d.tabs.currentWidget()
    view.setFocus()
    d.activateWindow()
    QApplication.setActiveWindow(d)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert not d.isVisible() and w.list_page.shown_ids() == [good]
    # the criterion tab lists the decision whose error came before the overturn
    w.ui.actionOutcomes.trigger()
    d = w.last_outcomes_dialog
    d.tabs.setCurrentIndex(1)
    crit_view = d.tabs.currentWidget()
    qtbot.waitUntil(lambda: crit_view.isVisible() and crit_view.viewport().width() > 100, timeout=2000)
    where = crit_view.visualRect(crit_view.model().index(0, 0)).center()
    qtbot.mouseClick(crit_view.viewport(), Qt.LeftButton, pos=where)  # a double click, as a mouse makes it
    qtbot.mouseDClick(crit_view.viewport(), Qt.LeftButton, pos=where)
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=2000)
    assert w.list_page.shown_ids() == [weak]
    w.close()
    store.close()


def test_the_period_report_has_the_outcomes_section(tmp_path, store):
    """Read back with poppler's pdftotext, as the reports' tests do (the README's test command installs it)."""
    import subprocess

    from qpp_reviewer.reports import batch_pdf

    _decision(store, "L2000000/001")
    _decision(store, "L3000000/001", {3: Severity.SIGNIFICANT})
    import_outcomes(store, _csv(tmp_path, "Case reference,Outcome,Date\nL2000000/001,allowed,01/10/2026\n"
                                          "L3000000/001,dismissed,01/10/2026\n"), today=TODAY)
    out = tmp_path / "period.pdf"
    batch_pdf(store, ReviewFilter(), out, title="Period report")
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Appeal and PARU outcomes of reviewed decisions" in text
    assert "Reviewed decisions in this selection with a known outcome: 2; overturned: 1" in text
    assert "L2000000/001 (QS1, appeal allowed, 01 Oct 2026)" in text
    assert "only decisions that were reviewed and appealed are counted" in text


def test_the_dashboard_button_opens_the_outcomes_of_its_selection(qtbot, tmp_path):
    from qpp_reviewer.qt.app import make_application
    from qpp_reviewer.qt.main_window import MainWindow

    make_application()
    store = Store.open(tmp_path / "d.sqlite3")
    store.actor = "QL"
    _decision(store, "L2000000/001", unit="Glasgow")
    _decision(store, "L3000000/001", unit="London")
    import_outcomes(store, _csv(tmp_path, "Case reference,Outcome,Date\nL2000000/001,allowed,01/10/2026\n"
                                          "L3000000/001,allowed,01/10/2026\n"), today=TODAY)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.ui.actionShowDashboard.trigger()
    dash = w.dashboard
    dash.ui.unitFilter.setCurrentIndex(dash.ui.unitFilter.findData("London"))
    dash.outcomesButton.click()
    d = w.last_outcomes_dialog
    assert d.figures.total.n == 1 and [x.case_reference for x in d.figures.second_look] == ["L3000000/001"]
    d.close()
    w.close()
    store.close()
