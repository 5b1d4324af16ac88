"""The round trips in the window (issue 17 item 5), driven as a person does: menu actions triggered, buttons
clicked, reasons typed as keys into whatever has the keyboard. The collator sets states, raises a query,
writes the queries workbook; the reviewer imports it, sees "2 open queries" on the first screen and in
the review, answers; the collator closes it; a conflict is decided in the Conflicts dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from qpp_reviewer.domain import Severity
from qpp_reviewer.exchange import collate as C
from qpp_reviewer.exchange.export import export_workbook
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.qt.reason_dialog import ReasonDialog
from qpp_reviewer.storage.store import Store

from .helpers import header


def _review(store: Store, case: str, significant: bool = False) -> str:
    rid = store.create_review(header(case_reference=case, reviewer=store.actor))
    crit = store.get_review(rid).criteria
    for c in crit:
        store.set_finding(rid, c.id, Severity.SIGNIFICANT if significant and c is crit[3] else Severity.NO_ERROR)
    if significant:
        store.set_comment(rid, crit[3].id, "Certification missing.")
    store.complete_review(rid)
    return rid


@pytest.fixture
def parties(tmp_path):
    """A laptop with three complete reviews by AB, collated into a centre run by QL."""
    laptop = Store.open(tmp_path / "ab.sqlite3")
    laptop.actor = "AB"
    ids = [_review(laptop, "L1111111/001", True), _review(laptop, "L1111112/001"), _review(laptop, "L1111113/001")]
    export_workbook(laptop, laptop.review_ids(), tmp_path / "ab.xlsx", "all", exported_by="AB")
    centre = Store.open(tmp_path / "centre.sqlite3")
    centre.actor = "QL"
    C.collate(centre, [tmp_path / "ab.xlsx"], signatures=C.SignaturePolicy(trust_new_signers=True))
    yield laptop, centre, ids
    laptop.close()
    centre.close()


def _window(qtbot, store: Store, monkeypatch) -> MainWindow:
    make_application()
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2])))
    w = MainWindow(store)
    w.shown_boxes = shown
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    QApplication.setActiveWindow(w)
    return w


def _type_into_reason(qtbot, text: str, log: list) -> None:
    """Answer the reason dialog that is open: keys to the focus widget, then Return; close it whatever happens."""
    d = QApplication.activeModalWidget()
    try:
        assert isinstance(d, ReasonDialog), d
        d.activateWindow()
        QApplication.setActiveWindow(d)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and d.isAncestorOf(QApplication.focusWidget()),
                        timeout=2000)
        log.append(d.prompt.text())
        for ch in text:
            qtbot.keyClicks(QApplication.focusWidget(), ch)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
        qtbot.waitUntil(lambda: not d.isVisible(), timeout=2000)
    except Exception as exc:  # noqa: BLE001 - reported by the test, never a hang
        log.append(exc)
    finally:
        if d is not None and d.isVisible():
            d.reject()


def _reason_then(qtbot, text: str) -> list:
    log: list = []
    QTimer.singleShot(0, lambda: _type_into_reason(qtbot, text, log))
    return log


def _select(qtbot, window, review_ids) -> None:
    """Click the reviews' rows in the list, Ctrl+click for the second and further, as a person does."""
    page = window.list_page
    window.ui.actionShowList.trigger()
    table = page.ui.table
    first = True
    for row in range(page.proxy.rowCount()):
        rid = page.model.rows[page.proxy.mapToSource(page.proxy.index(row, 0)).row()].id
        if rid in review_ids:
            rect = table.visualRect(page.proxy.index(row, 0))
            qtbot.mouseClick(table.viewport(), Qt.LeftButton, Qt.NoModifier if first else Qt.ControlModifier,
                             rect.center())
            first = False
    assert set(page.selected_ids()) == set(review_ids)


def test_the_collator_sets_states_raises_a_query_and_writes_the_queries_workbook(qtbot, parties, monkeypatch,
                                                                                 tmp_path):
    laptop, centre, (a1, a2, a3) = parties
    w = _window(qtbot, centre, monkeypatch)
    answers = iter(["Approved", "Has issues"])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (next(answers), True))
    _select(qtbot, w, {a2, a3})
    w.ui.actionSetState.trigger()
    assert centre.states.states() == {a2: "approved", a3: "approved"}
    assert "approved" in w.list_page.model.data(w.list_page.model.index(
        [r.id for r in w.list_page.model.rows].index(a2), 7))
    # has issues asks what the issue is, typed as keys
    _select(qtbot, w, {a1})
    log = _reason_then(qtbot, "9.2 comment does not name the form")
    w.ui.actionSetState.trigger()
    assert "What is the issue" in log[0], log
    assert centre.states.of(a1).state == "has_issues" and centre.states.of(a1).reason.startswith("9.2 comment")
    # a query on one finding of the open review: the criterion chosen, the text typed
    editor = w.open_review(a1)
    crit = editor.review.criteria[3]
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (items[4], True))
    log = _reason_then(qtbot, "Which certification was missing?")
    w.ui.actionRaiseQuery.trigger()
    assert "for AB on L1111111/001" in log[0], log
    [q] = centre.queries.all()
    assert (q.review_id, q.criterion_id, q.text) == (a1, crit.id, "Which certification was missing?")
    # the queries workbook for AB
    out = tmp_path / "to-AB.xlsx"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("AB", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    w.ui.actionExportQueries.trigger()
    assert out.exists() and any("1 queries and 3 review states" in text for _k, text in w.shown_boxes)
    # the first screen says what waits: the list page's line
    w.ui.actionShowList.trigger()
    assert "1 open query" in w.list_page.queriesBanner.text() and w.list_page.queriesBanner.isVisible()
    w.close()


def test_the_reviewer_imports_sees_the_open_queries_and_answers_them(qtbot, parties, monkeypatch, tmp_path):
    from qpp_reviewer.exchange.queries_book import write_queries_workbook

    laptop, centre, (a1, a2, a3) = parties
    q1 = centre.queries.raise_query(a1, "Which certification was missing?", criterion_id="2.1")
    q2 = centre.queries.raise_query(a2, "Was the interview record attached?")
    centre.states.set([a3], "approved")
    book = write_queries_workbook(centre, "AB", tmp_path / "q.xlsx").path
    w = _window(qtbot, laptop, monkeypatch)
    assert not w.list_page.queriesBanner.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(book), ""))
    w.ui.actionImportQueries.trigger()
    box = w.last_import_box
    assert "2 new queries" in box.text() and "signed by QL" in box.detailedText()
    box.close()
    # the first screen: "2 open queries", a column and a filter
    assert w.list_page.queriesBanner.isVisible() and w.list_page.queriesBanner.text().startswith("2 open queries")
    page = w.list_page
    page.centreFilter.setCurrentIndex(page.centreFilter.findData("queries"))
    assert {r.id for r in page.model.rows} == {a1, a2}
    assert page.model.data(page.model.index(0, 9)) == "1"
    page.centreFilter.setCurrentIndex(page.centreFilter.findData("approved"))
    assert [r.id for r in page.model.rows] == [a3]
    page.centreFilter.setCurrentIndex(0)
    # the review shows its open query; its button answers it
    editor = w.open_review(a1)
    banner = editor.queries_banner
    assert banner.isVisible() and "Which certification" in banner.label.text()
    log = _reason_then(qtbot, "The translation's certification (form ASL.4153).")
    banner.answer_button.click()
    assert "Which certification was missing?" in log[0], log
    assert laptop.queries.get(q1.id).status == "answered" and not banner.isVisible()
    # the other from Centre > Queries…: the dialog's Answer button
    w.ui.actionQueries.trigger()
    dialog = w.last_queries_dialog
    assert dialog.model.rowCount() == 1  # the open ones
    log = _reason_then(qtbot, "Yes, as IR-2.")
    dialog.answer_button.click()
    assert laptop.queries.get(q2.id).answer == "Yes, as IR-2." and dialog.model.rowCount() == 0
    dialog.close()
    assert not w.list_page.queriesBanner.isVisible() or "open" not in w.list_page.queriesBanner.text()
    w.close()


def test_the_collator_closes_an_answered_query_and_decides_a_conflict(qtbot, parties, monkeypatch, tmp_path):
    laptop, centre, (a1, a2, a3) = parties
    q = centre.queries.raise_query(a1, "Which certification was missing?")
    # the answer arrives with the revision
    from qpp_reviewer.exchange.queries_book import import_queries_workbook, write_queries_workbook

    import_queries_workbook(laptop, write_queries_workbook(centre, "AB", tmp_path / "q.xlsx").path)
    laptop.queries.answer(q.id, "Form ASL.4153.")
    export_workbook(laptop, laptop.review_ids(), tmp_path / "ab-2.xlsx", "all", exported_by="AB")
    # and a review copied to a spare laptop before it was exported, then finished differently on each
    import shutil

    c = Store.open(tmp_path / "c.sqlite3")
    c.actor = "CD"
    rid = c.create_review(header(case_reference="L2222222/001", reviewer="CD"))
    c.close()
    shutil.copyfile(tmp_path / "c.sqlite3", tmp_path / "d.sqlite3")
    for name, significant in (("c", True), ("d", False)):
        s = Store.open(tmp_path / f"{name}.sqlite3")
        s.actor = "CD"
        crit = s.get_review(rid).criteria
        for cr in crit:
            s.set_finding(rid, cr.id, Severity.SIGNIFICANT if significant and cr is crit[3] else Severity.NO_ERROR)
        if significant:
            s.set_comment(rid, crit[3].id, "Certification missing.")
        s.complete_review(rid)
        export_workbook(s, [rid], tmp_path / f"{name}.xlsx", "all", exported_by="CD")
        s.close()
    C.collate(centre, [tmp_path / "ab-2.xlsx", tmp_path / "c.xlsx", tmp_path / "d.xlsx"],
              signatures=C.SignaturePolicy(trust_new_signers=True))
    assert centre.queries.get(q.id).status == "answered" and centre.revisions.conflicts() == [rid]
    w = _window(qtbot, centre, monkeypatch)
    assert "1 answered query to close" in w.list_page.queriesBanner.text()
    w.ui.actionQueries.trigger()
    dialog = w.last_queries_dialog
    dialog.filter.setCurrentIndex(dialog.filter.findData("answered"))
    assert dialog.model.rowCount() == 1 and "Form ASL.4153" in dialog.model.item(0, 5).text()
    log = _reason_then(qtbot, "Thank you.")
    dialog.close_button.click()
    assert "optional" in log[0] and centre.queries.get(q.id).status == "closed"
    dialog.close()
    # Conflicts…: both copies listed, one kept with a reason
    w.ui.actionConflicts.trigger()
    cd = w.last_conflicts_dialog
    assert cd.model.rowCount() == 2 and "1 review has copies" in cd.intro.text()
    cd.table.selectRow(1)
    kept = cd.rows[1][1]
    log = _reason_then(qtbot, "The main laptop's correction was agreed with the team leader.")
    cd.keep_button.click()
    assert centre.revisions.conflicts() == [] and centre.revisions.held(rid).head == kept.head
    assert "No review has conflicting copies" in cd.intro.text()
    cd.close()
    w.close()


def test_the_dashboard_and_the_period_report_can_count_only_approved_reviews(qtbot, parties, monkeypatch):
    from qpp_reviewer.reports.batch import describe_selection

    laptop, centre, (a1, a2, a3) = parties
    centre.states.set([a2], "approved")
    w = _window(qtbot, centre, monkeypatch)
    w.ui.actionShowDashboard.trigger()
    dash = w.dashboard
    qtbot.waitUntil(lambda: dash.overall.total == 3, timeout=5000)
    assert "Every review counted" in dash.selection_words()
    dash.countedFilter.setCurrentIndex(dash.countedFilter.findData("approved"))
    qtbot.waitUntil(lambda: dash.overall.total == 1, timeout=5000)
    assert "approved at the centre are counted" in dash.ui.headlineLabel.text()
    flt = dash.current_filter()
    assert flt.state == "approved" and "Only reviews approved at the centre" in " ".join(
        describe_selection(centre, flt, short=True))
    assert "Reviews counted: only collated reviews approved" in " ".join(describe_selection(centre, flt))
    w.close()


def test_collated_workbooks_lists_each_ones_states_and_its_reviews(qtbot, parties, monkeypatch):
    laptop, centre, (a1, a2, a3) = parties
    centre.states.set([a2], "approved")
    centre.states.set([a3], "has_issues", "the comment on 2.1 is missing")
    w = _window(qtbot, centre, monkeypatch)
    w.ui.actionWorkbooks.trigger()
    d = w.last_workbooks_dialog
    assert [d.model.item(0, c).text() for c in range(5)] == ["ab.xlsx", "3", "1", "1", "1"]
    d.activateWindow()
    QApplication.setActiveWindow(d)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is d.table, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert not d.isVisible() and set(w.list_page.shown_ids()) == {a1, a2, a3}
    assert "the 3 reviews of ab.xlsx" in w.list_page.ui.idsLabel.text()
    w.close()
