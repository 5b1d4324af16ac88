"""The sampling dialogs, driven as a quality lead would: read a case list, see its problems,
plan the sample beside the calculator, draw it into a batch, start a review from a drawn case."""

import csv
import hashlib
import html
import random
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from qpp_reviewer.domain import Outcome, Product, ReviewStatus
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.sampling_dialog import (
    SampledCasesDialog,
    SamplingDialog,
    open_sampled_cases_dialog,
    open_sampling_dialog,
    split_problem,
)
from qpp_reviewer.sampling import SampleSpec, draw_sample, margin_of_error
from qpp_reviewer.storage import samples
from qpp_reviewer.storage.store import ReviewFilter, Store

from .helpers import header

UNITS = ["Glasgow", "Liverpool", "London", "Solihull", "Stoke"]
HEADER = ["Case Ref", "DMU", "Type", "Decision", "Date of decision", "DM ref", "Notes"]


def population_rows(n=3040, seed=0):
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        product = "decision" if i % 3 else "interview"
        rows.append([f"L{1000000 + i}/001", rng.choices(UNITS, weights=(50, 20, 15, 10, 5))[0], product,
                     rng.choice(["grant", "refusal", "withdrawal"]) if product == "decision" else "",
                     date(2025, 1 + i % 10, 1 + i % 28).strftime("%d/%m/%Y"), f"DM{4000 + i % 50}", "note"])
    return rows


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    return path


@pytest.fixture
def store(tmp_path):
    make_application()
    s = Store.open(tmp_path / "reviews.sqlite3")
    yield s
    s.close()


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2])))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    return shown


@pytest.fixture
def dialog(qtbot, store):
    d = SamplingDialog(store, "QL")
    qtbot.addWidget(d)
    d.show()
    return d


def table_rows(table):
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def set_up_stratified_draw(dialog, seed="12345", batch="Routine sample - Nov 2025"):
    dialog.rate_radio.setChecked(True)
    dialog.rate_spin.setValue(2.0)
    dialog.strata_combo.setCurrentIndex(dialog.strata_combo.findText("By unit"))
    dialog.min_spin.setValue(5)
    dialog.seed_edit.setText(seed)
    dialog.batch_edit.setText(batch)


def test_preview_shows_how_the_file_was_read_and_every_bad_row(qtbot, dialog, tmp_path):
    rows = population_rows(40)
    rows[3][1] = "Glasgw"  # file row 5
    rows[7][4] = "31/02/2025"  # file row 9
    rows[10][0] = "John Smith"  # file row 12
    path = write_csv(tmp_path / "cases.csv", rows)

    assert dialog.load_file(path) is False
    problems = table_rows(dialog.problems_table)
    assert problems[0] == ["5", 'B "DMU"', "'Glasgw' is not a known unit; correct it, or add the unit in QPP Reviewer "
                           "first"]
    assert problems[1][:2] == ["9", 'E "Date of decision"'] and "is not a date" in problems[1][2]
    assert problems[2][:2] == ["12", 'A "Case Ref"'] and "is not a case reference" in problems[2][2]
    assert dialog.preview_tabs.currentWidget() is dialog.problems_table
    assert dialog.preview_tabs.tabText(1) == "Problems (3)"
    assert "3 problems: nothing can be drawn" in dialog.summary.text()
    assert not dialog.draw_button.isEnabled()
    assert "Correct the problems" in dialog.status_label.text()

    # corrected in place, then read again
    write_csv(path, population_rows(40))
    qtbot.mouseClick(dialog.reload_button, Qt.LeftButton)
    assert dialog.population.ok and dialog.problems_table.rowCount() == 0
    assert dialog.preview_tabs.currentWidget() is dialog.cases_table
    headers = [dialog.cases_table.horizontalHeaderItem(c).text() for c in range(dialog.cases_table.columnCount())]
    assert headers[1] == 'Case reference\n← A "Case Ref"' and headers[2] == 'Unit\n← B "DMU"'
    assert headers[5] == 'Date\n← E "Date of decision"'
    first = table_rows(dialog.cases_table)[0]
    assert first[:6] == ["2", "L1000000/001", rows[0][1], "Interview", "—", "01 Jan 2025"]
    assert 'G "Notes"' in html.unescape(dialog.summary.text())  # the column not used is named
    assert dialog.draw_button.isEnabled()


def test_split_problem():
    assert split_problem('row 12, column B "DMU": bad') == ("12", 'B "DMU"', "bad")
    assert split_problem("row 1: no column for the unit") == ("1", "", "no column for the unit")
    assert split_problem("something else") == ("", "", "something else")


def test_calculator_beside_the_planned_sample(qtbot, dialog, tmp_path):
    dialog.load_file(write_csv(tmp_path / "cases.csv", population_rows()))
    assert dialog.population_spin.value() == 3040  # N from the file
    dialog.share_spin.setValue(54.0)
    dialog.margin_spin.setValue(5.0)
    dialog.confidence_combo.setCurrentIndex(dialog.confidence_combo.findText("95%"))
    assert dialog.calculation().n == 340  # tests/test_sampling.py: 339.21 -> 340
    assert "<b>340 cases</b> of 3,040" in dialog.needed_label.text()
    assert "339.21" in dialog.formula_label.text()
    # the planned 2% (61 cases) and the margin it gives
    dialog.strata_combo.setCurrentIndex(0)
    assert "<b>61 cases</b>" in dialog.planned_label.text()
    e = margin_of_error(61, 0.54, 0.95, 3040)
    assert f"±{e * 100:.1f} points" in dialog.precision_label.text()
    assert "wider than the ±5 wanted, which needs 340" in dialog.precision_label.text()
    qtbot.mouseClick(dialog.use_needed_button, Qt.LeftButton)
    assert dialog.size_radio.isChecked() and dialog.size_spin.value() == 340
    assert "<b>340 cases</b>" in dialog.planned_label.text() and "meets the ±5 wanted" in dialog.precision_label.text()
    dialog.population_spin.setValue(0)  # unknown population: no finite population correction
    assert dialog.calculation().n == 382
    # a fixed size larger than the list cannot be drawn, and says so
    dialog.population_spin.setValue(3040)
    dialog.size_spin.setValue(5000)
    assert not dialog.draw_button.isEnabled()
    assert "but only 3,040 of the 3,040 cases can be drawn" in dialog.status_label.text()


def test_stratified_draw_records_the_round_and_pending_cases(qtbot, store, dialog, tmp_path):
    rows = population_rows()
    path = write_csv(tmp_path / "cases.csv", rows)
    # one case on the list is already reviewed: it is left out
    reviewed = rows[4]
    store.create_review(header(case_reference=reviewed[0], unit=reviewed[1], product=Product.DECISION,
                               outcome=Outcome(reviewed[3]), decision_maker="DM1"))
    assert dialog.load_file(path)
    assert "1 already reviewed or sampled are left out, so 3,039 can be drawn" in dialog.summary.text()
    assert "already reviewed" in table_rows(dialog.cases_table)[4][7]
    set_up_stratified_draw(dialog)
    allocation = {r[0]: int(r[4]) for r in table_rows(dialog.allocation_table)}
    assert set(allocation) == set(UNITS) and sum(allocation.values()) == 61 and min(allocation.values()) >= 5
    assert "Ready to draw 61 cases (seed 12345) into the new batch" in dialog.status_label.text()

    expected = draw_sample(dialog.population.cases, SampleSpec(seed=12345, rate=0.02, by=("unit",),
                                                               min_per_stratum=5), samples.excluded_cases(store))
    qtbot.mouseClick(dialog.draw_button, Qt.LeftButton)
    assert dialog.round_id is not None and dialog.pages.currentIndex() == 1

    record = samples.sampling_round(store, dialog.round_id)
    assert (record.seed, record.rate, record.strata_by, record.min_per_stratum) == (12345, 0.02, ("unit",), 5)
    assert record.population_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert record.population_size == 3040 and record.excluded_count == 1 and record.created_by == "QL"
    assert record.batch_name == "Routine sample - Nov 2025" and record.batch_id == dialog.batch_id
    assert sorted((c.case_reference, c.product.value) for c in record.cases) == sorted(expected.keys)
    assert {s["stratum"]: s["sample"] for s in record.strata} == allocation
    pending = samples.sampled_cases(store, dialog.batch_id, pending_only=True)
    assert len(pending) == 61 and reviewed[0] not in {c.case_reference for c in pending}
    assert "seed:         12345" in dialog.record_view.toPlainText()
    assert f"sample-verify {record.id[:8]}" in dialog.record_view.toPlainText()
    assert samples.verify_round(store, record.id, path).ok


def test_start_a_review_from_a_sampled_case(qtbot, store, dialog, tmp_path):
    dialog.load_file(write_csv(tmp_path / "cases.csv", population_rows(600)))
    set_up_stratified_draw(dialog, batch="Sample A")
    assert dialog.draw(confirm=False)
    batch_id = dialog.batch_id

    cases = SampledCasesDialog(store, "AB", batch_id)
    qtbot.addWidget(cases)
    cases.show()
    assert cases.table.rowCount() == dialog.record.sample_size
    chosen = cases.cases[2]
    cases.table.selectRow(2)
    assert cases.dm_edit.text() == chosen.decision_maker  # pre-filled from the list
    cases.dm_edit.clear()  # a decision maker is needed
    qtbot.mouseClick(cases.start_button, Qt.LeftButton)
    assert cases.review_id is None and "staff reference" in cases.error_label.text()
    cases.dm_edit.setText(chosen.decision_maker)
    qtbot.mouseClick(cases.start_button, Qt.LeftButton)
    review_id = cases.review_id
    assert review_id is not None and cases.result() == cases.DialogCode.Accepted

    review = store.get_review(review_id)
    assert review.header.case_reference == chosen.case_reference and review.header.unit == chosen.unit
    assert review.header.product is chosen.product and review.header.reviewer == "AB"
    assert [r.id for r in store.list_reviews(ReviewFilter(batch_id=batch_id))] == [review_id]
    status = {c.id: c.status for c in samples.sampled_cases(store, batch_id)}
    assert status[chosen.id] == ReviewStatus.IN_PROGRESS.value

    again = SampledCasesDialog(store, "AB", batch_id)  # the started case is no longer pending
    qtbot.addWidget(again)
    assert chosen.id not in {c.id for c in again.cases}
    again.pending_only.setChecked(False)
    row = next(i for i, c in enumerate(again.cases) if c.id == chosen.id)
    assert again.table.item(row, 7).text() == "Review in progress"
    again.table.selectRow(row)
    assert not again.start_button.isEnabled()


def test_menu_wiring_draw_then_open_the_started_review(qtbot, store, tmp_path):
    """open_sampling_dialog as the main window calls it: draw, start a review, the caller opens it."""
    path = write_csv(tmp_path / "cases.csv", population_rows(300))
    opened = []

    def drive_cases():
        cases = QApplication.activeModalWidget()
        assert isinstance(cases, SampledCasesDialog)
        qtbot.mouseClick(cases.start_button, Qt.LeftButton)

    def drive():
        d = QApplication.activeModalWidget()
        assert isinstance(d, SamplingDialog)
        d.load_file(path)
        set_up_stratified_draw(d, batch="Sample B")
        qtbot.mouseClick(d.draw_button, Qt.LeftButton)
        QTimer.singleShot(0, drive_cases)
        qtbot.mouseClick(d.cases_button, Qt.LeftButton)

    QTimer.singleShot(0, drive)
    batch_id = open_sampling_dialog(None, store, lambda: "QL", open_review=opened.append)
    assert batch_id is not None and store.find_batch(batch_id).name == "Sample B"
    assert len(opened) == 1 and store.get_review(opened[0]).header.reviewer == "QL"

    def close_cases():
        QApplication.activeModalWidget().reject()

    QTimer.singleShot(0, close_cases)
    assert open_sampled_cases_dialog(None, store, "QL", batch_id) is None


# -- issue 14 item 10 --------------------------------------------------------------------------
def test_a_unit_that_gets_no_case_in_a_stratified_draw_is_named_before_drawing(qtbot, dialog, tmp_path):
    rows = population_rows(3040)
    for r in rows:  # Stoke has only 29 cases: 2% of 3,040 shared by unit gives it less than one
        if r[1] == "Stoke":
            r[1] = "Solihull"
    for r in rows[:29]:
        r[1] = "Stoke"
    path = write_csv(tmp_path / "cases.csv", rows)
    assert dialog.load_file(path)
    set_up_stratified_draw(dialog)
    dialog.rate_spin.setValue(1.0)  # 31 cases shared over the units: Stoke's share is 0.3
    dialog.min_spin.setValue(0)
    text = html.unescape(dialog.planned_label.text())
    assert "no case is drawn from Stoke (29 eligible)" in text and "Set a minimum per unit" in text
    dialog.min_spin.setValue(1)  # the advice works: the note goes
    assert "no case is drawn" not in html.unescape(dialog.planned_label.text())
    # the core gives the same note to the record of a draw made anyway
    pop = samples.read_store_population(dialog.store, path)
    sample = draw_sample(pop.cases, SampleSpec(seed=3, rate=0.01, by=("unit",)))
    assert any("no case is drawn from Stoke (29 eligible)" in n for n in sample.notes)


def test_the_case_list_field_takes_no_typing_tab_goes_to_choose(qtbot, dialog):
    assert dialog.file_edit.focusPolicy() == Qt.NoFocus
    QApplication.setActiveWindow(dialog)
    dialog.choose_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.choose_button, timeout=2000)
    visited = []
    for _ in range(40):  # Tab all the way round the dialog: the field is never where keys go
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert dialog.file_edit not in visited and dialog.choose_button in visited


def test_a_drawn_batch_lists_its_sampled_cases_not_started(qtbot, store, tmp_path):
    from qpp_reviewer.qt.main_window import MainWindow

    path = write_csv(tmp_path / "cases.csv", population_rows(200))
    _rid, _pop, sample = samples.draw_into_batch(store, path, SampleSpec(seed=8, size=4), "Drawn Nov", by="QL")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.ui.tabs.setCurrentWidget(w.batch_page)
    bid = next(b.id for b in store.batches() if b.name == "Drawn Nov")
    w.batch_page.refresh(select_id=bid)
    info = html.unescape(w.batch_page.ui.batchInfo.text())
    assert "0 of 0" not in info and "No review in this batch yet" in info
    assert "4 sampled cases not started yet" in info
    for case in sample.drawn:
        assert case.case_reference in info
    assert "Sampled cases" in info
    assert "4 sampled cases: 4 pending (4 not started, 0 in progress), 0 reviewed, 0 skipped." in info
    # one started, one skipped: pending counts what is sampled and not yet reviewed
    cases = samples.sampled_cases(store, bid)
    samples.start_review(store, cases[0].id, reviewer="AB")
    samples.skip_sampled_case(store, cases[1].id, reason="file not available to the reviewer", by="QL")
    w.batch_page.refresh(select_id=bid)
    info = html.unescape(w.batch_page.ui.batchInfo.text())
    assert "4 sampled cases: 3 pending (2 not started, 1 in progress), 0 reviewed, 1 skipped." in info
    w.close()
