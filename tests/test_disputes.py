"""Disputes of feedback and their outcomes by criterion, reviewer and unit (issue 18 item 4): the counts and
rates of qpp_reviewer.disputes, and the same figures on the three surfaces — the dashboard's Disputes
window, the period PDF and `qpp-reviewer summary --disputes` — over the same database and selection."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from qpp_reviewer.cli import main
from qpp_reviewer.disputes import cells, dispute_figures, headline
from qpp_reviewer.domain import Role, Severity
from qpp_reviewer.reports.batch import batch_pdf, batch_report_data
from qpp_reviewer.storage.store import ReviewFilter, Store

from tests.helpers import header


def _review(store, n, reviewer, unit, errors, issue=True):
    store.actor = reviewer
    rid = store.create_review(header(case_reference=f"L{2000000 + n}/001", reviewer=reviewer, unit=unit))
    crit = store.get_review(rid).criteria
    for c in crit:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    for i, sev in errors.items():
        store.set_finding(rid, crit[i].id, sev)
        store.set_comment(rid, crit[i].id, f"Error on criterion {i}.")
    store.complete_review(rid)
    if issue:
        store.replies.issue_feedback(rid)
    return rid, crit


@pytest.fixture
def disputed(tmp_path):
    store = Store.open(tmp_path / "d.sqlite3")
    for name, role in (("TS1", Role.TECH_SPEC), ("QL1", Role.QUALITY_LEAD)):
        store.add_profile(name, role)
    r1, crit = _review(store, 1, "AB", "Glasgow", {0: Severity.MINOR, 1: Severity.SIGNIFICANT})
    store.replies.reply(r1, {crit[0].id: ("dispute", "Not an error."), crit[1].id: ("accept", "")})
    store.replies.arbitrate(r1, crit[0].id, "overturn", "Question 3 covers it.", by="TS1")
    r2, _ = _review(store, 2, "CD", "London", {0: Severity.MINOR, 2: Severity.MINOR})
    store.replies.reply(r2, {crit[0].id: ("dispute", "Not an error."), crit[2].id: ("dispute", "Nor this.")})
    store.replies.arbitrate(r2, crit[0].id, "amend", "Worse than minor.", by="QL1", severity=Severity.SIGNIFICANT)
    store.replies.arbitrate(r2, crit[2].id, "uphold", "The error is plain.", by="QL1")
    r3, _ = _review(store, 3, "CD", "London", {0: Severity.MINOR})
    store.replies.reply(r3, {crit[0].id: ("dispute", "Not an error."), None: ("dispute", "Harsh overall.")})
    _review(store, 4, "AB", "Glasgow", {1: Severity.SIGNIFICANT})  # issued, no reply yet
    _review(store, 5, "AB", "Glasgow", {2: Severity.MINOR}, issue=False)  # feedback not issued: not counted
    store.actor = "QL1"
    yield store, crit
    store.close()


def _row(r):
    return (r.label, r.issued, r.disputed, r.upheld, r.overturned, r.amended, r.open, r.changed)


def test_counts_and_rates(disputed):
    store, crit = disputed
    f = dispute_figures(store)
    assert (f.reviews, f.replied, f.whole, f.whole_upheld) == (4, 3, 1, 0)
    assert _row(f.total) == ("all", 6, 4, 1, 1, 1, 1, 2)
    assert round(f.total.dispute_rate) == 67 and f.total.change_rate == 50
    first = f.by_criterion[0]
    assert first.label.startswith(crit[0].id + " ") and _row(first)[1:] == (3, 3, 0, 1, 1, 1, 2)
    assert [_row(r) for r in f.by_reviewer] == [("CD", 3, 3, 1, 0, 1, 1, 1), ("AB", 3, 1, 0, 1, 0, 0, 1)]
    assert [_row(r) for r in f.by_unit] == [("London", 3, 3, 1, 0, 1, 1, 1), ("Glasgow", 3, 1, 0, 1, 0, 0, 1)]
    assert cells(f.by_reviewer[1]) == ("3", "1", "33%", "0", "1", "0", "0", "1 (100%)")
    # a filter narrows them as every figure's: the reviews of one unit
    london = dispute_figures(store, ReviewFilter(unit="London"))
    assert _row(london.total) == ("all", 3, 3, 1, 0, 1, 1, 1) and london.reviews == 2
    assert _row(dispute_figures(store, ReviewFilter(reviewer="nobody")).total) == ("all", 0, 0, 0, 0, 0, 0, 0)


def _summary_rows(text: str, title: str) -> list[list[str]]:
    block = text.split(title + "\n", 1)[1].split("\n\n", 1)[0].splitlines()
    return [re.split(r"\s{2,}", line.strip()) for line in block[1:]]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_dashboard_pdf_and_summary_show_the_same_figures(disputed, qtbot, tmp_path, capsys):
    from qpp_reviewer.qt.app import make_application
    from qpp_reviewer.qt.main_window import MainWindow

    store, _crit = disputed
    make_application()
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.ui.actionShowDashboard.trigger()
    dash = w.dashboard
    dash.disputesButton.click()  # the dashboard's selection: every review
    dialog = w.last_disputes_dialog
    on_screen = {by: dialog.shown(by) for by in ("criterion", "reviewer", "unit")}
    dialog.close()
    dash.ui.unitFilter.setCurrentIndex(dash.ui.unitFilter.findData("London"))
    dash.disputesButton.click()  # narrowed as the dashboard is
    london = w.last_disputes_dialog
    assert london.shown("unit") == [["London", *cells(dispute_figures(store, ReviewFilter(unit="London")).total)],
                                    ["All", *cells(dispute_figures(store, ReviewFilter(unit="London")).total)]]
    # Enter on a row lists the reviews with a disputed finding in it
    view = london.tables["reviewer"]
    london.tabs.setCurrentWidget(view)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key_Return)
    cd = dispute_figures(store, ReviewFilter(unit="London")).by_reviewer[0]
    assert cd.label == "CD" and len(cd.review_ids) == 2
    assert sorted(w.list_page.shown_ids()) == sorted(cd.review_ids) and w.list_page.ui.idsBanner.isVisible()
    w.close()
    pdf_figures = batch_report_data(store, None).disputes
    batch_pdf(store, None, tmp_path / "period.pdf")
    pdf = " ".join(subprocess.run(["pdftotext", str(tmp_path / "period.pdf"), "-"], capture_output=True,
                                  text=True, check=True).stdout.split())
    assert main(["summary", "--db", store.location, "--disputes"]) == 0
    text = capsys.readouterr().out
    for by, title in (("criterion", "By criterion"), ("reviewer", "By reviewer"), ("unit", "By unit")):
        expected = [[r.label, *cells(r)] for r in pdf_figures.rows(by)] + [["All", *cells(pdf_figures.total)]]
        assert on_screen[by] == expected, by
        assert _summary_rows(text, title) == expected, by
        for row in expected:
            assert " ".join(row[1:]) in pdf, (by, row)
    assert headline(pdf_figures) in pdf and headline(pdf_figures) in text
    assert "Disputes of feedback and their outcomes" in pdf and "Dispute rate = disputed / findings issued" in pdf
    assert "Dispute rate = disputed / findings issued" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_command_line_amends_with_a_comment_reissues_the_sheet_and_counts_it(tmp_path, capsys):
    db = tmp_path / "c.sqlite3"
    store = Store.open(db)
    try:
        store.add_profile("TS1", Role.TECH_SPEC)
        rid, crit = _review(store, 1, "AB", "Glasgow", {0: Severity.SIGNIFICANT})
        store.replies.reply(rid, {crit[0].id: ("dispute", "Put at question 41.")})
    finally:
        store.close()
    a = crit[0].id
    assert main(["--as", "TS1", "reply", "arbitrate", "--db", str(db), "--review", rid, "--criterion", a,
                 "--decision", "uphold", "--comment", "A new comment.", "--reason", "It stands."]) == 2
    assert "Only an amended finding takes a new comment" in capsys.readouterr().err
    assert main(["--as", "TS1", "reply", "arbitrate", "--db", str(db), "--review", rid, "--criterion", a,
                 "--decision", "amend", "--severity", "minor", "--comment", "Put, but only in passing.",
                 "--reason", "Question 41 puts it briefly."]) == 0
    assert "re-scored" in capsys.readouterr().out
    out = tmp_path / "again.pdf"
    assert main(["report", "feedback", "--db", str(db), "--review", rid, "-o", str(out)]) == 0
    capsys.readouterr()
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "re-issued after arbitration" in text and "The band was QS3 before arbitration and is QS1 now" in text
    for words in ("Significant — Error on criterion 0.", "Put at question 41.", "Amended to minor by TS1",
                  "Minor — Put, but only in passing.", "Question 41 puts it briefly."):
        assert words in text, words
    assert main(["summary", "--db", str(db), "--disputes", "--outcomes"]) == 2
    assert "give one of them" in capsys.readouterr().err
    assert main(["summary", "--db", str(db), "--disputes"]) == 0
    assert "1 finding issued, 1 disputed (100%), 1 of the disputes overturned or amended (100%)" in (
        capsys.readouterr().out)


def test_a_second_review_is_not_counted(disputed):
    """Second reviews are about the reviewing (Store.counted): their feedback, if issued, is not in the figures."""
    store, crit = disputed
    before = dispute_figures(store)
    first = next(r.id for r in store.list_reviews() if r.case_reference == "L2000004/001")
    store.actor = "EF"
    second = store.request_second_review(first, "EF")
    for c in crit:
        store.set_finding(second, c.id, Severity.MINOR if c is crit[5] else Severity.NO_ERROR)
    store.set_comment(second, crit[5].id, "A slip the first reviewer missed.")
    store.complete_review(second)
    store.replies.issue_feedback(second)
    store.replies.reply(second, {crit[5].id: ("dispute", "Not a slip.")})
    store.actor = "QL1"
    after = dispute_figures(store)
    assert _row(after.total) == _row(before.total) and after.reviews == before.reviews
    assert all(not r.label.startswith(crit[5].id + " ") for r in after.by_criterion)
