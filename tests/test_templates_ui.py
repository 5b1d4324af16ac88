"""The checklist templates dialog: list, export, import (checked first, confirmed, installed), compare."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from qpp_reviewer.domain import Product
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.templates_dialog import (
    InstallTemplateDialog,
    TemplateDiffDialog,
    TemplatesDialog,
    open_templates_dialog,
    split_template_problems,
    word_diff_html,
)
from qpp_reviewer.storage.store import Store

from .helpers import header

NEW_TITLE = "Material facts identified and addressed"


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
    return shown


@pytest.fixture
def dialog(qtbot, store):
    d = TemplatesDialog(store)
    qtbot.addWidget(d)
    d.show()
    return d


def rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def export_decision(dialog, path: Path) -> Path:
    assert dialog.select("qpp-decision", 1)
    assert dialog.export_template(path) == path
    return path


def make_version_2(path: Path, out: Path) -> tuple[str, str]:
    """An exported workbook edited as a quality lead would: version 2, criterion 1 reworded, the third removed."""
    wb = load_workbook(path)
    meta = wb["Template"]
    assert meta["A5"].value == "version"
    meta["B5"] = 2
    ws = wb["Criteria"]
    reworded, removed = ws["C2"].value, ws["C4"].value
    ws["D2"] = NEW_TITLE
    ws["F2"] = ws["F2"].value + "\nMore care with dates."
    ws.delete_rows(4)
    wb.save(out)
    return reworded, removed


def test_lists_installed_versions_with_the_reviews_using_them(store, qtbot):
    store.create_review(header())  # a decision review: made with qpp-decision v1
    d = TemplatesDialog(store)
    qtbot.addWidget(d)
    listed = {r[0]: r for r in rows(d.table)}
    decision = store.template("qpp-decision", 1)
    assert set(listed) == {t.id for t in store.templates()}
    assert listed["qpp-decision"][1:3] == ["1", "Decision"]
    assert listed["qpp-decision"][4] == str(len(decision.criteria))
    assert listed["qpp-decision"][6] == "1" and listed["qpp-interview"][6] == "0"
    assert listed["qpp-decision"][7] == "yes: new decision reviews"


def test_import_of_an_edited_export_installs_version_2(qtbot, store, dialog, tmp_path):
    exported = export_decision(dialog, tmp_path / "decision.xlsx")
    assert load_workbook(exported)["Template"]["B4"].value == "qpp-decision"
    reworded, removed = make_version_2(exported, tmp_path / "decision-v2.xlsx")
    seen = {}

    def install():
        confirm = QApplication.activeModalWidget()
        assert isinstance(confirm, InstallTemplateDialog)
        seen["summary"] = confirm.diff_view.summary.text()
        seen["listed"] = confirm.diff_view.listed()
        assert store.templates() == before  # nothing stored before the user confirms
        qtbot.mouseClick(confirm.install_button, Qt.LeftButton)

    before = store.templates()
    QTimer.singleShot(0, install)
    template = dialog.import_file(tmp_path / "decision-v2.xlsx")
    assert template is not None and template.key == "qpp-decision v2"
    assert "1 removed, 1 reworded" in seen["summary"]
    assert (f"{reworded} {NEW_TITLE}", "title, guidance") in seen["listed"]
    assert any(text.startswith(removed) for text, _what in seen["listed"])

    assert [t.key for t in store.templates() if t.id == "qpp-decision"] == ["qpp-decision v1", "qpp-decision v2"]
    assert store.latest_template(Product.DECISION).version == 2
    listed = rows(dialog.table)
    assert ["qpp-decision", "2"] in [r[:2] for r in listed]
    assert dialog.current().key == "qpp-decision v2" and "Installed" in dialog.status.text()
    v1_row = next(r for r in listed if r[:2] == ["qpp-decision", "1"])
    assert v1_row[7] == "—"  # new reviews now use version 2

    # the same workbook again: version 2 exists, so it is refused, named by sheet, row and column
    assert dialog.import_file(tmp_path / "decision-v2.xlsx", confirm=False) is None
    assert ["Template", "5", "B (version)"] == rows(dialog.problems)[0][:3]


def test_cancelled_import_installs_nothing(qtbot, store, dialog, tmp_path):
    make_version_2(export_decision(dialog, tmp_path / "d.xlsx"), tmp_path / "v2.xlsx")
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert dialog.import_file(tmp_path / "v2.xlsx") is None
    assert len([t for t in store.templates() if t.id == "qpp-decision"]) == 1
    assert "was not installed" in dialog.status.text()


def test_broken_spreadsheet_lists_its_problems_and_installs_nothing(store, dialog, tmp_path, monkeypatch):
    path = export_decision(dialog, tmp_path / "decision.xlsx")
    wb = load_workbook(path)
    wb["Template"]["B5"] = 2
    ws = wb["Criteria"]
    ws["H3"] = "weather"
    ws["D4"] = "x" * 70
    ws["E6"] = None
    wb.save(tmp_path / "broken.xlsx")
    monkeypatch.setattr(InstallTemplateDialog, "exec", lambda self: pytest.fail("a broken workbook was offered"))
    before = store.templates()

    assert dialog.import_file(tmp_path / "broken.xlsx") is None
    assert store.templates() == before
    assert not dialog.problems_box.isHidden()
    assert "broken.xlsx cannot be imported: 3 problems. Nothing was installed." in dialog.problems_label.text()
    problems = rows(dialog.problems)
    assert problems[0][:3] == ["Criteria", "3", "H (Special policy)"] and "'weather' is not a special policy" in problems[0][3]
    assert problems[1] == ["Criteria", "4", "D (Title)", "is 70 characters; at most 60"]
    assert problems[2] == ["Criteria", "6", "E (Question)", "is empty"]

    # a file that is not a workbook at all is a problem too, not a crash
    (tmp_path / "junk.xlsx").write_bytes(b"junk")
    assert dialog.import_file(tmp_path / "junk.xlsx") is None
    assert "not a readable .xlsx workbook" in rows(dialog.problems)[0][3]


def test_compare_lists_the_reworded_criterion_with_the_fields_changed(qtbot, store, dialog, tmp_path):
    reworded, removed = make_version_2(export_decision(dialog, tmp_path / "d.xlsx"), tmp_path / "v2.xlsx")
    dialog.import_file(tmp_path / "v2.xlsx", confirm=False)
    compare = dialog.compare(modal=False)
    qtbot.addWidget(compare)
    assert isinstance(compare, TemplateDiffDialog)
    assert compare.old_combo.currentData() == "qpp-decision v1" and compare.new_combo.currentData() == "qpp-decision v2"
    view = compare.view
    listed = view.listed()
    assert ("Reworded (1)", "") in listed and ("Removed (1)", "") in listed
    assert (f"{reworded} {NEW_TITLE}", "title, guidance") in listed
    old_title = store.template("qpp-decision", 1).criteria[0].title
    assert ("title", f"{old_title}  →  {NEW_TITLE}") in listed
    assert ("guidance", "4 words added") in listed
    # the selected change in full, removed and added words marked
    assert view.tree.currentItem().text(0) == f"{reworded} {NEW_TITLE}"
    assert "More care with dates." in view.detail.toPlainText()
    assert "text-decoration:line-through" in word_diff_html("a b c", "a x c")
    # the other way round: the removed criterion comes back as added
    compare.old_combo.setCurrentIndex(compare.old_combo.findData("qpp-decision v2"))
    compare.new_combo.setCurrentIndex(compare.new_combo.findData("qpp-decision v1"))
    assert ("Added (1)", "") in view.listed()


def test_split_template_problems():
    source, problems = split_template_problems(
        "x.xlsx:\n  Criteria, row 7, column H (Special policy): 'weather' is not a special policy\n"
        "  Criteria, row 1: no 'Question' column\n  Template: the template's id is missing (add a row 'id')")
    assert source == "x.xlsx"
    assert problems == [("Criteria", "7", "H (Special policy)", "'weather' is not a special policy"),
                        ("Criteria", "1", "", "no 'Question' column"),
                        ("Template", "", "", "the template's id is missing (add a row 'id')")]
    assert split_template_problems("x.xlsx: no sheet called 'Criteria'")[1] == [
        ("", "", "", "x.xlsx: no sheet called 'Criteria'")]


def test_open_templates_dialog(qtbot, store):
    def close():
        d = QApplication.activeModalWidget()
        assert isinstance(d, TemplatesDialog)
        d.reject()

    QTimer.singleShot(0, close)
    assert open_templates_dialog(None, store) is None
