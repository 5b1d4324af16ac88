"""Checklist templates as spreadsheets: round trip, validation, versions and differences."""

import dataclasses
import importlib.util
import shutil
import tomllib
from pathlib import Path

import pytest

from qpp_reviewer.cli import main
from qpp_reviewer.domain import Outcome, Product, SpecialPolicy
from qpp_reviewer.paths import checklists_dir
from qpp_reviewer.storage.store import Store
from qpp_reviewer.template_sheets import (
    diff_templates,
    read_template_workbook,
    template_from_rows,
    template_rows,
    template_to_toml,
    write_template_workbook,
)
from qpp_reviewer.templates import TemplateError, load_template_file, parse_template, shipped_templates

from .helpers import header

ROOT = Path(__file__).resolve().parent.parent


def _toml_templates():
    return [load_template_file(p) for p in sorted(checklists_dir().glob("*.toml"))]


def _build_script():
    spec = importlib.util.spec_from_file_location("build_checklists", ROOT / "packaging" / "build_checklists.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- round trips -------------------------------------------------------------------------------------------


def test_shipped_toml_to_xlsx_and_back_is_lossless(tmp_path):
    for template in _toml_templates():
        path = write_template_workbook(template, tmp_path / f"{template.id}.xlsx")
        assert read_template_workbook(path) == template
        # and to TOML, for a spreadsheet-made version to join the TOML sources
        assert parse_template(tomllib.loads(template_to_toml(template))) == template


def test_awkward_text_survives_the_round_trip(tmp_path):
    base = _toml_templates()[0]
    first = base.criteria[0]
    odd = dataclasses.replace(first, title="=SUM(A1) looks like a formula", question="-1? +2? @home?",
                              guidance='Quotes " and """ and \\ backslashes\nMinor: x\n\tSignificant: y')
    criteria = [dataclasses.replace(c, section_title="Ünïcödé — sections") if c.section_id == odd.section_id else c
                for c in (odd,) + base.criteria[1:]]
    template = dataclasses.replace(base, criteria=tuple(criteria), description="Line one\nLine two")
    path = write_template_workbook(template, tmp_path / "odd.xlsx")
    assert read_template_workbook(path).criteria[0].title == odd.title
    back = read_template_workbook(path)
    assert back.criteria[0].guidance == odd.guidance.strip() and back.description == "Line one\nLine two"
    assert parse_template(tomllib.loads(template_to_toml(template))).criteria[0] == back.criteria[0]


def test_shipped_workbooks_agree_with_their_toml_source():
    """The TOML files are the source; run python packaging/build_checklists.py after editing one."""
    build = _build_script()
    assert build.stale() == [], "run python packaging/build_checklists.py"
    for toml in checklists_dir().glob("*.toml"):
        assert toml.with_suffix(".xlsx").exists()
    # both are loaded, once each
    assert [t.key for t in shipped_templates()] == sorted(t.key for t in _toml_templates())


def test_a_workbook_disagreeing_with_its_toml_stops_the_program(tmp_path):
    folder = tmp_path / "checklists"
    folder.mkdir()
    for name in ("decision-v1.toml", "decision-v1.xlsx", "interview-v1.toml", "interview-v1.xlsx"):
        shutil.copy(checklists_dir() / name, folder / name)
    decision = load_template_file(folder / "decision-v1.toml")
    changed = dataclasses.replace(decision, title="Another title")
    write_template_workbook(changed, folder / "decision-v1.xlsx")
    with pytest.raises(TemplateError, match="differs from the TOML source.*build_checklists"):
        shipped_templates(folder)
    # the build script puts it right
    assert [p.name for p in _build_script().main(folder)] == ["decision-v1.xlsx"]
    assert len(shipped_templates(folder)) == 2
    # a workbook with no TOML twin is a template of its own
    write_template_workbook(dataclasses.replace(decision, version=2), folder / "decision-v2.xlsx")
    assert [t.key for t in shipped_templates(folder)][:2] == ["qpp-decision v1", "qpp-decision v2"]


# -- validation ------------------------------------------------------------------------------------------


def _sheets(template=None):
    template = template or next(t for t in _toml_templates() if t.product is Product.DECISION)
    meta, criteria = template_rows(template)
    return [list(r) for r in meta], [list(r) for r in criteria]


def _errors(meta, criteria, existing=()):
    with pytest.raises(TemplateError) as err:
        template_from_rows(meta, criteria, "lead.xlsx", existing)
    return str(err.value)


COL = {name: i for i, name in enumerate(["Section id", "Section title", "Criterion id", "Title", "Question",
                                         "Guidance", "Applies to", "Special policy", "Order"])}


def test_every_criterion_problem_is_named_by_sheet_row_and_column():
    meta, criteria = _sheets()
    criteria[2][COL["Criterion id"]] = criteria[1][COL["Criterion id"]]  # duplicate id (row 3 = row 2)
    criteria[3][COL["Title"]] = ""  # empty text
    criteria[4][COL["Question"]] = "   "
    criteria[5][COL["Special policy"]] = "weather"  # bad flag
    criteria[6][COL["Applies to"]] = "grant, appeal"  # unknown outcome
    criteria[7][COL["Order"]] = "first"
    criteria[8][COL["Order"]] = criteria[9][COL["Order"]]  # same order twice
    criteria[10][COL["Title"]] = "x" * 61
    criteria[11][COL["Criterion id"]] = "4 2"
    criteria[13][COL["Section title"]] = criteria[13][COL["Section title"]] + " (changed)"
    assert criteria[13][0] == criteria[12][0]  # not the first row of its section
    text = _errors(meta, criteria)
    for expected in (
        f"Criteria, row 3, column C (Criterion id): {criteria[1][2]} is also on row 2",
        "Criteria, row 4, column D (Title): is empty",
        "Criteria, row 5, column E (Question): is empty",
        "Criteria, row 6, column H (Special policy): 'weather' is not a special policy",
        "Criteria, row 7, column G (Applies to): 'appeal' not an outcome",
        "Criteria, row 8, column I (Order): 'first' is not a number",
        f"Criteria, row 10, column I (Order): {criteria[9][8]} is also the order of row 9",
        "Criteria, row 11, column D (Title): is 61 characters; at most 60",
        "Criteria, row 12, column C (Criterion id): '4 2': an id is letters",
        f"Criteria, row 14, column B (Section title): section {criteria[13][0]} is called",
    ):
        assert expected in text, f"{expected!r} not in\n{text}"
    assert text.startswith("lead.xlsx:") and text.count("\n") == 10  # one line per problem


def test_template_sheet_problems():
    meta, criteria = _sheets()
    meta[5][1] = "podcast"  # product
    meta[4][1] = "two"  # version
    meta[3][1] = "bad id!"  # id
    meta.append(["colour", "blue"])
    text = _errors(meta, criteria)
    for expected in ("Template, row 6, column B (product): 'podcast' is not a product",
                     "Template, row 5, column B (version): 'two' is not a whole number from 1",
                     "Template, row 4, column B (id): 'bad id!'",
                     "Template, row 9, column A: 'colour' is not a template field"):
        assert expected in text, text
    meta, criteria = _sheets()
    del meta[6]  # title
    meta[1][1] = "something-else"
    assert "the template's title is missing (add a row 'title'" in _errors(meta, criteria)
    assert "Template, row 2, column B (format): is 'something-else'" in _errors(meta, criteria)


def test_a_version_that_exists_or_a_changed_product_is_refused():
    decision = next(t for t in _toml_templates() if t.product is Product.DECISION)
    meta, criteria = _sheets(decision)
    assert "Template, row 5, column B (version): qpp-decision version 1 already exists" in _errors(
        meta, criteria, [decision])
    interview = next(t for t in _toml_templates() if t.product is Product.INTERVIEW)
    meta, criteria = _sheets(dataclasses.replace(interview, id="qpp-decision", version=2))
    assert "qpp-decision is a decision template (version 1)" in _errors(meta, criteria, [decision])


def test_interview_criteria_cannot_be_limited_to_outcomes_and_sections_stay_together():
    interview = next(t for t in _toml_templates() if t.product is Product.INTERVIEW)
    meta, criteria = _sheets(interview)
    criteria[1][COL["Applies to"]] = "grant"
    assert "Criteria, row 2, column G (Applies to): an interview template's criteria apply to every" in _errors(
        meta, criteria)
    meta, criteria = _sheets(interview)
    criteria[1][COL["Order"]] = 1000  # the first criterion of section 1 moved to the end
    assert "section 1's criteria are not together in the order" in _errors(meta, criteria)


def test_columns_and_sheets_are_checked(tmp_path):
    meta, criteria = _sheets()
    criteria[0].append("Notes")
    criteria[0][COL["Question"]] = "Questions?"
    text = _errors(meta, criteria)
    assert 'Criteria, row 1, column J "Notes": is not a column of a checklist' in text
    assert "Criteria, row 1: no 'Question' column" in text
    assert "is empty: it needs a header row" in _errors(meta, [])

    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Sheet1"
    wb.save(tmp_path / "plain.xlsx")
    with pytest.raises(TemplateError, match="no sheet called 'Criteria' or 'Template'"):
        read_template_workbook(tmp_path / "plain.xlsx")
    (tmp_path / "junk.xlsx").write_bytes(b"junk")
    with pytest.raises(TemplateError, match="not a readable .xlsx") as info:
        read_template_workbook(tmp_path / "junk.xlsx")
    # what to do, and no reader's jargon (issue 14 item 7: "(ZipError: ... EOCD)")
    assert "save it again as .xlsx" in str(info.value)
    assert "Error" not in str(info.value) and "EOCD" not in str(info.value)
    with pytest.raises(TemplateError, match="there is no such file"):
        read_template_workbook(tmp_path / "missing.xlsx")


def test_lenient_where_it_is_safe():
    """Rows in any order, any numbers as the order, labels for flags, ids typed as numbers."""
    decision = next(t for t in _toml_templates() if t.product is Product.DECISION)
    meta, criteria = _sheets(decision)
    head, body = criteria[0], criteria[1:]
    for r in body:
        r[COL["Order"]] = r[COL["Order"]] * 10 + 0.5
        if r[COL["Special policy"]] == "modern_slavery":
            r[COL["Special policy"]] = "Modern slavery"
        r[COL["Applies to"]] = r[COL["Applies to"]].replace(", ", "; ").upper()
    body.reverse()
    meta[4][1] = 1.0  # a number cell
    assert template_from_rows(meta, [head] + body) == decision


# -- versions and differences --------------------------------------------------------------------------------


def _v2(decision):
    c = list(decision.criteria)
    reworded = dataclasses.replace(c[0], title="Material facts identified", guidance=c[0].guidance + "\nMore.")
    flagged = dataclasses.replace(c[1], special_policy=SpecialPolicy.SAFEGUARDING,
                                  applies_to=frozenset({Outcome.REFUSAL}))
    new = dataclasses.replace(c[2], id="1.9", title="A new criterion", question="Is it new?")
    criteria = [reworded, flagged, new] + c[4:]  # c[2] and c[3] removed, 1.9 added
    criteria[3], criteria[4] = criteria[4], criteria[3]  # one moved, within its section
    criteria = [dataclasses.replace(x, position=i) for i, x in enumerate(criteria)]
    return dataclasses.replace(decision, version=2, description="Revised.", criteria=tuple(criteria)), c


def test_diff_lists_added_removed_reworded_and_moved():
    decision = next(t for t in _toml_templates() if t.product is Product.DECISION)
    v2, c = _v2(decision)
    d = diff_templates(decision, v2)
    assert [x.id for x in d.added] == ["1.9"]
    assert [x.id for x in d.removed] == [c[2].id, c[3].id]
    assert {ch.criterion_id: ch.fields for ch in d.changed} == {
        c[0].id: ["title", "guidance"], c[1].id: ["special_policy", "applies_to"]}
    assert len(d.moved) == 1 and d.moved[0] in (c[4].id, c[5].id)
    assert d.template_changes[0][0] == "description"
    text = d.text()
    assert "added    1.9 A new criterion" in text and "+ More." in text
    assert "special_policy: '(none)' -> 'safeguarding'" in text and "applies_to: 'grant, refusal' -> 'refusal'" in text
    assert diff_templates(decision, decision).empty and "no differences" in diff_templates(decision, decision).text()


def test_import_export_diff_and_list_commands(tmp_path, capsys):
    db = str(tmp_path / "t.sqlite3")
    decision = next(t for t in _toml_templates() if t.product is Product.DECISION)
    v2, _c = _v2(decision)
    write_template_workbook(v2, tmp_path / "v2.xlsx")

    store = Store.open(db)
    old_review = store.create_review(header())
    store.close()

    assert main(["template", "import", str(tmp_path / "v2.xlsx"), "--db", db, "--check"]) == 0
    assert "Valid; nothing was installed" in capsys.readouterr().out
    assert main(["template", "import", str(tmp_path / "v2.xlsx"), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Installed qpp-decision v2. New decision reviews use it." in out and "1 added" in out
    assert main(["template", "import", str(tmp_path / "v2.xlsx"), "--db", db]) == 2
    assert "version 2 already exists" in capsys.readouterr().err

    store = Store.open(db)
    assert store.get_review(old_review).template.version == 1  # a review keeps its version
    assert store.get_review(store.create_review(header(case_reference="G2/002"))).template.version == 2
    store.close()

    assert main(["template", "list", "--db", db]) == 0
    out = capsys.readouterr().out
    rows = {tuple(line.split()[:5]) for line in out.splitlines()}
    assert ("qpp-decision", "2", "decision", "29", "1") in rows and ("qpp-decision", "1", "decision", "30", "1") in rows
    assert [line for line in out.splitlines() if "(newest" in line and "qpp-decision" in line][0].split()[1] == "2"
    assert main(["template", "diff", "qpp-decision", "1", "2", "--db", db]) == 0
    assert "qpp-decision v1 -> qpp-decision v2" in capsys.readouterr().out
    assert main(["template", "export", "qpp-decision", "2", "-o", str(tmp_path / "out.xlsx"), "--db", db]) == 0
    assert read_template_workbook(tmp_path / "out.xlsx") == v2
    assert main(["template", "export", "qpp-decision", "2", "-o", str(tmp_path / "out.toml"), "--db", db]) == 0
    assert load_template_file(tmp_path / "out.toml") == v2
    assert main(["template", "export", "qpp-decision", "7", "-o", str(tmp_path / "x.xlsx"), "--db", db]) == 2
    assert "installed: v1, v2" in capsys.readouterr().err
