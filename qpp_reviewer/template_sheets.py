"""Checklist templates as spreadsheets, for quality leads to write and edit.

Layout (docs/checklist-spreadsheet.md):

- sheet **Criteria**, one row per criterion, columns :data:`CRITERIA_COLUMNS`
  (section id, section title, criterion id, title, question, guidance,
  applies to, special policy, order); rows are taken in *order*, and a
  section's criteria must be next to each other in that order;
- sheet **Template**, two columns (field, value): format, format_version,
  id, version, product, title, description.

Any other sheet is ignored. A workbook is validated completely before
anything is stored; every problem names the sheet, row and column. The same
rules as the TOML files apply (:func:`qpp_reviewer.templates.parse_template`
is run on the result), so a template reads back equal to the one written:
TOML -> xlsx -> template is lossless, and so is template -> TOML.

Also here: the differences between two versions of a template, and the
check that shipped ``.xlsx`` files agree with their TOML source.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .domain import ChecklistTemplate, Criterion, Outcome, Product, SpecialPolicy
from .messages import joined, translate
from .templates import _ID, MAX_TITLE, TemplateError, parse_template

FORMAT_NAME = "qpp-checklist"
FORMAT_VERSION = 1
CRITERIA_SHEET = "Criteria"
TEMPLATE_SHEET = "Template"
NOTES_SHEET = "Notes"
# (field, header written, width, other headers accepted)
CRITERIA_COLUMNS = (
    ("section_id", "Section id", 10, ("section", "section no", "section number")),
    ("section_title", "Section title", 28, ("section name",)),
    ("criterion_id", "Criterion id", 11, ("criterion", "id", "criterion no", "criterion number")),
    ("title", "Title", 34, ("criterion title", "short title")),
    ("question", "Question", 60, ()),
    ("guidance", "Guidance", 80, ()),
    ("applies_to", "Applies to", 18, ("outcomes", "applies to outcomes", "outcome")),
    ("special_policy", "Special policy", 16, ("special policy flag", "policy")),
    ("order", "Order", 8, ("position", "sort order", "no")),
)
TEMPLATE_FIELDS = ("format", "format_version", "id", "version", "product", "title", "description")
REQUIRED_TEMPLATE_FIELDS = ("id", "version", "product", "title")
MAX_ID = 32  # criterion and section ids (database columns)
MAX_TEMPLATE_ID = 64
MAX_TEXT = 200  # titles of sections and templates
MAX_CELL = 32767
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Text a spreadsheet program might act on if it began a cell (formula, DDE, macro).
RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def _norm(text) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", str(text or "").strip().lower()).split())


_CRITERIA_LOOKUP = {}
for _f, _h, _w, _alts in CRITERIA_COLUMNS:
    for _name in (_f, _h, *_alts):
        _CRITERIA_LOOKUP[_norm(_name)] = _f
_HEADER = {f: h for f, h, _w, _a in CRITERIA_COLUMNS}


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _text(value, keep_lines: bool = False) -> str:
    """A cell as text: numbers typed into id cells become '1', not '1.0'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        value = str(int(value)) if value.is_integer() else repr(value)
    text = _CONTROL.sub("", str(value).replace("\r\n", "\n").replace("\r", "\n"))
    return text.strip() if keep_lines else text.replace("\n", " ").strip()


def where_in_sheet(sheet: str, row: int | None, column: str | None):
    """ "Criteria, row 4, column C (Criterion id)": where a problem is, as a message."""
    if row and column:
        return translate("core", "{sheet}, row {row}, column {column}").format(sheet=sheet, row=row, column=column)
    if row:
        return translate("core", "{sheet}, row {row}").format(sheet=sheet, row=row)
    if column:
        return translate("core", "{sheet}, column {column}").format(sheet=sheet, column=column)
    return sheet


class _Errors(list):
    def add(self, sheet: str, row: int | None, column: str | None, message: str) -> None:
        self.append(translate("core", "{where}: {problem}").format(
            where=where_in_sheet(sheet, row, column), problem=message))


# -- reading ----------------------------------------------------------------------------


def read_template_workbook(
    path: str | Path,
    existing: Iterable[ChecklistTemplate] = (),
) -> ChecklistTemplate:
    """The template in a workbook, or TemplateError listing every problem.

    ``existing``: the templates already installed; a version that already exists, or a
    new version of an id with another product, is refused.
    """
    from python_calamine import CalamineWorkbook

    path = Path(path)
    no_such_file = translate("core", "{file}: there is no such file. Check where it was saved, then choose it "
                                     "again.").format(file=path.name)
    if not path.is_file():
        raise TemplateError(no_such_file)
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except FileNotFoundError as exc:
        raise TemplateError(no_such_file) from exc
    except PermissionError as exc:
        raise TemplateError(translate("core", "{file}: this file cannot be read (permission denied). Copy it to "
                                              "your own folder, then choose the copy.").format(file=path.name)) from exc
    except Exception as exc:  # calamine has its own error types for every kind of bad file
        # a person is told what the file is not and what to do; the reader's own words (a zip
        # library's "EOCD") say nothing to them
        raise TemplateError(translate("core", "{file}: this is not a readable .xlsx workbook (it may be damaged, "
                                              "cut short in copying, or another kind of file renamed .xlsx). Open "
                                              "it in Excel or LibreOffice and save it again as .xlsx, then choose "
                                              "it again.").format(file=path.name)) from exc
    names = {n.strip().lower(): n for n in wb.sheet_names}
    missing = [s for s in (CRITERIA_SHEET, TEMPLATE_SHEET) if s.lower() not in names]
    if missing:
        raise TemplateError(translate("core", "{file}: no sheet called {missing}. A checklist workbook has a "
                                              "'{criteria}' sheet (one row per criterion) and a '{template}' sheet "
                                              "(id, version, product, title, description).").format(
            file=path.name, missing=" or ".join(repr(m) for m in missing), criteria=CRITERIA_SHEET,
            template=TEMPLATE_SHEET))
    template_rows = wb.get_sheet_by_name(names[TEMPLATE_SHEET.lower()]).to_python(skip_empty_area=False)
    criteria_rows = wb.get_sheet_by_name(names[CRITERIA_SHEET.lower()]).to_python(skip_empty_area=False)
    return template_from_rows(template_rows, criteria_rows, path.name, existing)


def template_from_rows(
    template_rows: list[list],
    criteria_rows: list[list],
    source: str = "<workbook>",
    existing: Iterable[ChecklistTemplate] = (),
) -> ChecklistTemplate:
    """Validate the two sheets' cell values and build the template."""
    errors = _Errors()
    meta = _read_template_sheet(template_rows, errors)
    rows = _read_criteria_sheet(criteria_rows, meta.get("product"), errors)

    tid, version = meta.get("id"), meta.get("version")
    if tid and isinstance(version, int):
        for t in existing:
            if t.id != tid:
                continue
            if t.version == version:
                errors.add(TEMPLATE_SHEET, meta["_rows"]["version"], "B (version)",
                           translate("core", "{template} version {version} already exists; a used template is "
                                             "never changed in place: give this one a new version number").format(
                               template=tid, version=version))
            if meta.get("product") is not None and t.product is not meta["product"]:
                errors.add(TEMPLATE_SHEET, meta["_rows"]["product"], "B (product)",
                           translate("core", "{template} is a {product} template (version {version}); a new "
                                             "version cannot change the product: use another id").format(
                               template=tid, product=t.product.value, version=t.version))
                break
    if errors:
        raise TemplateError(joined(":\n  ", [source, joined("\n  ", errors)]))

    sections: list[dict] = []
    for r in rows:
        if not sections or sections[-1]["id"] != r["section_id"]:
            sections.append({"id": r["section_id"], "title": r["section_title"], "criterion": []})
        item = {"id": r["criterion_id"], "title": r["title"], "question": r["question"],
                "guidance": r["guidance"], "special_policy": r["special_policy"]}
        if r["applies_to"]:
            item["applies_to"] = r["applies_to"]
        sections[-1]["criterion"].append(item)
    data = {"template": {k: meta[k] for k in ("id", "version", "product", "title", "description") if k in meta},
            "section": sections}
    data["template"]["product"] = meta["product"].value
    return parse_template(data, source)  # the TOML rules, once more


def _read_template_sheet(rows: list[list], errors: _Errors) -> dict:
    meta: dict = {"_rows": {}}
    raw: dict[str, tuple[int, object]] = {}
    for n, r in enumerate(rows, 1):
        key = _norm(r[0] if r else "").replace(" ", "_")
        value = r[1] if len(r) > 1 else None
        if not key or (n == 1 and key == "field"):
            continue
        if key not in TEMPLATE_FIELDS:
            errors.add(TEMPLATE_SHEET, n, "A", translate("core", "'{value}' is not a template field; use {fields}")
                       .format(value=_text(r[0])[:40], fields=", ".join(TEMPLATE_FIELDS)))
            continue
        if key in raw:
            errors.add(TEMPLATE_SHEET, n, "A", translate("core", "'{field}' is also on row {row}").format(
                field=key, row=raw[key][0]))
            continue
        raw[key] = (n, value)
        meta["_rows"][key] = n
    for key in REQUIRED_TEMPLATE_FIELDS:
        if key not in raw or not _text(raw[key][1]):
            row = raw[key][0] if key in raw else None
            errors.add(TEMPLATE_SHEET, row, f"B ({key})" if row else None,
                       (translate("core", "the template's {field} is missing") if row else
                        translate("core", "the template's {field} is missing (add a row '{field}' with its value)"))
                       .format(field=key))
    if "format" in raw and _text(raw["format"][1]) not in ("", FORMAT_NAME):
        errors.add(TEMPLATE_SHEET, raw["format"][0], "B (format)",
                   translate("core", "is '{value}', expected '{expected}': is this a checklist workbook?").format(
                       value=_text(raw['format'][1])[:40], expected=FORMAT_NAME))
    if "format_version" in raw:
        fv = raw["format_version"][1]
        if _text(fv) not in ("", str(FORMAT_VERSION)):
            errors.add(TEMPLATE_SHEET, raw["format_version"][0], "B (format_version)",
                       translate("core", "is {value}; this version of QPP Reviewer reads format {version}").format(
                           value=_text(fv), version=FORMAT_VERSION))
    if "id" in raw and _text(raw["id"][1]):
        tid = _text(raw["id"][1])
        if not _ID.match(tid) or len(tid) > MAX_TEMPLATE_ID:
            errors.add(TEMPLATE_SHEET, raw["id"][0], "B (id)", translate(
                "core", "'{value}': an id is letters, digits, '.', '_' and '-', at most {limit} characters, "
                        "starting with a letter or digit").format(value=tid[:70], limit=MAX_TEMPLATE_ID))
        else:
            meta["id"] = tid
    if "version" in raw and _text(raw["version"][1]):
        v = raw["version"][1]
        if isinstance(v, str) and v.strip().isdigit():
            v = int(v.strip())
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        if isinstance(v, bool) or not isinstance(v, int) or v < 1:
            errors.add(TEMPLATE_SHEET, raw["version"][0], "B (version)",
                       translate("core", "'{value}' is not a whole number from 1").format(
                           value=_text(raw['version'][1])))
        else:
            meta["version"] = v
    if "product" in raw and _text(raw["product"][1]):
        try:
            meta["product"] = Product.parse(_text(raw["product"][1]))
        except ValueError:
            errors.add(TEMPLATE_SHEET, raw["product"][0], "B (product)",
                       translate("core", "'{value}' is not a product; use interview or decision").format(
                           value=_text(raw['product'][1])[:40]))
    if "title" in raw and _text(raw["title"][1]):
        title = _text(raw["title"][1])
        if len(title) > MAX_TEXT:
            errors.add(TEMPLATE_SHEET, raw["title"][0], "B (title)",
                       translate("core", "longer than {limit} characters").format(limit=MAX_TEXT))
        meta["title"] = title
    meta["description"] = _text(raw["description"][1], keep_lines=True) if "description" in raw else ""
    return meta


def _read_criteria_sheet(rows: list[list], product: Product | None, errors: _Errors) -> list[dict]:
    S = CRITERIA_SHEET
    header_index = next((i for i, r in enumerate(rows) if any(_text(v) for v in r)), None)
    if header_index is None:
        errors.add(S, None, None, translate("core", "is empty: it needs a header row ({columns}) and one row per "
                                                    "criterion").format(columns=", ".join(_HEADER.values())))
        return []
    hn = header_index + 1
    columns: dict[str, int] = {}
    where: dict[str, str] = {}
    for i, h in enumerate(rows[header_index]):
        name = _text(h)
        if not name:
            continue
        f = _CRITERIA_LOOKUP.get(_norm(name))
        if f is None:
            errors.add(S, hn, f'{_letter(i)} "{name[:40]}"', translate(
                "core", "is not a column of a checklist; remove it (it would not be imported) or correct its "
                        "name. Columns: {columns}").format(columns=", ".join(_HEADER.values())))
        elif f in columns:
            errors.add(S, hn, f'{_letter(i)} "{name[:40]}"', translate(
                "core", "a second '{name}' column (column {column} is one already)").format(
                name=_HEADER[f], column=where[f]))
        else:
            columns[f] = i
            where[f] = f'{_letter(i)} ({_HEADER[f]})'
    required = [f for f, *_ in CRITERIA_COLUMNS if f not in ("guidance", "applies_to", "special_policy")]
    for f in required:
        if f not in columns:
            errors.add(S, hn, None, translate("core", "no '{name}' column").format(name=_HEADER[f]))
    if any(f not in columns for f in required):
        return []

    out: list[dict] = []
    ids: dict[str, int] = {}
    orders: dict[float, int] = {}
    section_titles: dict[str, tuple[str, int]] = {}
    for index in range(header_index + 1, len(rows)):
        raw = rows[index]
        n = index + 1
        if not any(_text(v) for v in raw):
            continue

        def cell(f: str):
            i = columns.get(f)
            return raw[i] if i is not None and i < len(raw) else None

        def bad(f: str, message: str) -> None:
            errors.add(S, n, where[f], message)

        before = len(errors)
        if any(isinstance(v, str) and len(v) > MAX_CELL for v in raw):
            errors.add(S, n, None, translate("core", "a cell is longer than a spreadsheet cell can be"))
            continue
        rec: dict = {"_row": n}
        for f, limit in (("section_id", MAX_ID), ("criterion_id", MAX_ID)):
            text = _text(cell(f))
            if not text:
                bad(f, translate("core", "is empty"))
            elif not _ID.match(text) or len(text) > limit:
                bad(f, translate("core", "'{value}': an id is letters, digits, '.', '_' and '-', at most {limit} "
                                         "characters").format(value=text[:40], limit=limit))
            rec[f] = text
        for f, limit in (("section_title", MAX_TEXT), ("title", MAX_TITLE)):
            text = _text(cell(f))
            if not text:
                bad(f, translate("core", "is empty"))
            elif len(text) > limit:
                bad(f, translate("core", "is {n} characters; at most {limit}").format(n=len(text), limit=limit))
            rec[f] = text
        rec["question"] = _text(cell("question"), keep_lines=True)
        if not rec["question"]:
            bad("question", translate("core", "is empty"))
        rec["guidance"] = _text(cell("guidance"), keep_lines=True) if "guidance" in columns else ""

        applies = _text(cell("applies_to")) if "applies_to" in columns else ""
        rec["applies_to"] = None
        if applies and applies.lower() not in ("all", "any", "every outcome"):
            if product is Product.INTERVIEW:
                bad("applies_to", translate("core", "an interview template's criteria apply to every interview: "
                                                    "leave it empty"))
            else:
                values, unknown = [], []
                for part in re.split(r"[,;/\n]+| and ", applies):
                    part = part.strip()
                    if not part:
                        continue
                    try:
                        values.append(Outcome.parse(part))
                    except ValueError:
                        unknown.append(part)
                if unknown:
                    bad("applies_to", translate("core", "{values} not an outcome; use grant, refusal and/or "
                                                        "withdrawal, separated by commas, or leave empty for every "
                                                        "outcome").format(
                        values=", ".join(repr(u[:30]) for u in unknown)))
                elif len(set(values)) != len(values):
                    bad("applies_to", translate("core", "an outcome is listed twice"))
                else:
                    rec["applies_to"] = [o.value for o in Outcome if o in values]

        policy = _text(cell("special_policy")) if "special_policy" in columns else ""
        rec["special_policy"] = ""
        if policy:
            try:
                rec["special_policy"] = SpecialPolicy.parse(policy.replace(" ", "_")).value
            except ValueError:
                try:
                    rec["special_policy"] = SpecialPolicy.parse(policy).value
                except ValueError:
                    bad("special_policy", translate("core", "'{value}' is not a special policy; use safeguarding, "
                                                            "security, modern_slavery, or leave empty").format(
                        value=policy[:40]))

        order = cell("order")
        if isinstance(order, str) and order.strip():
            try:
                order = float(order.strip())
            except ValueError:
                pass
        if order is None or (isinstance(order, str) and not order.strip()):
            bad("order", translate("core", "is empty; give a number (criteria are listed in this order)"))
        elif isinstance(order, bool) or not isinstance(order, (int, float)) or order != order:
            bad("order", translate("core", "'{value}' is not a number").format(value=_text(order)[:40]))
        else:
            rec["order"] = float(order)
            if rec["order"] in orders:
                bad("order", translate("core", "{value} is also the order of row {row}").format(
                    value=_text(order), row=orders[rec['order']]))
            else:
                orders[rec["order"]] = n

        cid = rec.get("criterion_id")
        if cid:
            if cid in ids:
                bad("criterion_id", translate("core", "{criterion} is also on row {row}; criterion ids are unique in a "
                                                      "template").format(criterion=cid, row=ids[cid]))
            else:
                ids[cid] = n
        sid, stitle = rec.get("section_id"), rec.get("section_title")
        if sid and stitle:
            if sid in section_titles and section_titles[sid][0] != stitle:
                bad("section_title", translate("core", "section {section} is called '{title}' on row {row}; give "
                                                       "every row of a section the same title").format(
                    section=sid, title=section_titles[sid][0][:60], row=section_titles[sid][1]))
            section_titles.setdefault(sid, (stitle, n))
        if len(errors) == before:
            out.append(rec)
    if not out and not errors:
        errors.add(S, None, None, translate("core", "has no criteria below the header row"))
    if errors:
        return []
    out.sort(key=lambda r: r["order"])
    finished: dict[str, int] = {}
    for prev, r in zip([None] + out[:-1], out):
        if prev is not None and prev["section_id"] != r["section_id"]:
            finished[prev["section_id"]] = prev["_row"]
            if r["section_id"] in finished:
                errors.add(S, r["_row"], where["order"],
                           translate("core", "section {section}'s criteria are not together in the order: this "
                                             "row comes after section {previous} (row {row}); renumber the order")
                           .format(section=r['section_id'], previous=prev['section_id'], row=prev['_row']))
    return out


# -- writing ----------------------------------------------------------------------------


def template_rows(template: ChecklistTemplate) -> tuple[list[list], list[list]]:
    """The two sheets' cell values: (Template rows, Criteria rows with header)."""
    meta = [["Field", "Value"], ["format", FORMAT_NAME], ["format_version", FORMAT_VERSION],
            ["id", template.id], ["version", template.version], ["product", template.product.value],
            ["title", template.title], ["description", template.description]]
    criteria = [[h for _f, h, _w, _a in CRITERIA_COLUMNS]]
    for c in template.criteria:
        applies = ", ".join(o.value for o in Outcome if c.applies_to and o in c.applies_to)
        criteria.append([c.section_id, c.section_title, c.id, c.title, c.question, c.guidance, applies,
                         c.special_policy.value if c.special_policy else "", c.position + 1])
    return meta, criteria


NOTES = (
    "How to edit this checklist",
    "",
    "Criteria: one row per criterion, listed in the 'Order' column's order (any numbers: 10, 20, 25 …).",
    "Section id / Section title: every criterion of a section has the same section id and title, and a "
    "section's criteria come one after another in the order.",
    "Criterion id: unique in the template (e.g. 3.2); letters, digits, '.', '_' and '-'. Keep id cells as text.",
    f"Title: at most {MAX_TITLE} characters. Question: what the reviewer answers.",
    "Guidance: what good looks like, then lines starting 'Minor:', 'Significant:' and 'Fail:' with an example "
    "of each (Alt+Enter starts a new line in a cell).",
    "Applies to: decision templates only; grant, refusal and/or withdrawal separated by commas; empty = every "
    "outcome.",
    "Special policy: empty, safeguarding, security or modern_slavery. A fail on such a criterion makes the "
    "product QS5.",
    "",
    "Template: the template's id, version, product (interview or decision), title and description.",
    "A template that has been used is never changed in place: raise the version, then import the workbook "
    "(qpp-reviewer template import FILE.xlsx). New reviews use the newest version; old reviews keep theirs.",
)


def write_template_workbook(template: ChecklistTemplate, path: str | Path) -> Path:
    """Write the template in the spreadsheet layout, atomically (a temporary file renamed into place)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    meta, criteria = template_rows(template)
    wb = Workbook()
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE4EE")
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")

    ws = wb.active
    ws.title = CRITERIA_SHEET
    for i, (_f, header, width, _a) in enumerate(CRITERIA_COLUMNS, 1):
        ws.column_dimensions[_letter(i - 1)].width = width
        cell = ws.cell(row=1, column=i, value=header)
        cell.font, cell.fill = bold, fill
    for r, values in enumerate(criteria[1:], 2):
        for i, value in enumerate(values, 1):
            cell = _put(ws, r, i, value)
            cell.alignment = wrap if CRITERIA_COLUMNS[i - 1][0] in ("question", "guidance", "section_title",
                                                                    "title") else top
            if CRITERIA_COLUMNS[i - 1][0] in ("section_id", "criterion_id"):
                cell.number_format = "@"  # ids stay text: 1.10 is not 1.1
    ws.freeze_panes = "A2"
    last = len(criteria)
    ws.auto_filter.ref = f"A1:{_letter(len(CRITERIA_COLUMNS) - 1)}{last}"
    policy_col = _letter([f for f, *_ in CRITERIA_COLUMNS].index("special_policy"))
    dv = DataValidation(type="list", formula1='"' + ",".join(p.value for p in SpecialPolicy) + '"',
                        allow_blank=True, showErrorMessage=True, errorTitle="Special policy",
                        error="Leave empty, or choose safeguarding, security or modern_slavery.")
    dv.add(f"{policy_col}2:{policy_col}{max(last, 2) + 500}")
    ws.add_data_validation(dv)

    meta_ws = wb.create_sheet(TEMPLATE_SHEET)
    meta_ws.column_dimensions["A"].width = 16
    meta_ws.column_dimensions["B"].width = 90
    for r, (key, value) in enumerate(meta, 1):
        a = meta_ws.cell(row=r, column=1, value=key)
        b = _put(meta_ws, r, 2, value)
        b.alignment = wrap
        if r == 1:
            a.font = b.font = bold
            a.fill = b.fill = fill
    product_row = [m[0] for m in meta].index("product") + 1
    pdv = DataValidation(type="list", formula1='"' + ",".join(p.value for p in Product) + '"', allow_blank=False)
    pdv.add(f"B{product_row}")
    meta_ws.add_data_validation(pdv)

    notes = wb.create_sheet(NOTES_SHEET)
    notes.column_dimensions["A"].width = 120
    for r, line in enumerate(NOTES, 1):
        cell = notes.cell(row=r, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True)
        if r == 1:
            cell.font = bold
    wb.properties.creator = "QPP Reviewer"
    wb.properties.title = f"{template.title} ({template.key})"

    fd, tmp = tempfile.mkstemp(prefix=".qpp-template-", suffix=".xlsx.part", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.chmod(tmp, 0o644)  # a checklist holds no case data; mkstemp's 0600 would hide it from others
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


def _put(ws, row: int, column: int, value):
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # a string, never a formula
        if value.startswith(RISKY_START):
            cell.quotePrefix = True  # and stays text if edited in Excel
    else:
        cell.value = value
    return cell


# -- TOML, so that a version written in a spreadsheet can join the shipped TOML sources ---------


def _toml_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # JSON's escapes are all valid in TOML basic strings


def _toml_multiline(text: str) -> str:
    if "\n" not in text:
        return _toml_str(text)
    body = json.dumps(text, ensure_ascii=False)[1:-1]
    body = body.replace("\\n", "\n").replace('\\"', '"').replace('"""', '""\\"')
    return '"""\n' + body + '\n"""'


def template_to_toml(template: ChecklistTemplate) -> str:
    """The template as a TOML file in the shipped format (docs/checklist-format.md)."""
    out = ["[template]", f"id = {_toml_str(template.id)}", f"version = {template.version}",
           f"product = {_toml_str(template.product.value)}", f"title = {_toml_str(template.title)}",
           f"description = {_toml_multiline(template.description)}"]
    section = None
    for c in template.criteria:
        if c.section_id != section:
            section = c.section_id
            out += ["", "# " + "-" * 75, "[[section]]", f"id = {_toml_str(c.section_id)}",
                    f"title = {_toml_str(c.section_title)}"]
        out += ["", "[[section.criterion]]", f"id = {_toml_str(c.id)}", f"title = {_toml_str(c.title)}",
                f"question = {_toml_multiline(c.question)}", f"guidance = {_toml_multiline(c.guidance)}",
                f"special_policy = {_toml_str(c.special_policy.value if c.special_policy else '')}"]
        if c.applies_to:
            out.append("applies_to = [" + ", ".join(_toml_str(o.value) for o in Outcome if o in c.applies_to) + "]")
    return "\n".join(out) + "\n"


def write_template_toml(template: ChecklistTemplate, path: str | Path) -> Path:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".qpp-template-", suffix=".toml.part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(template_to_toml(template))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


# -- shipped workbooks ----------------------------------------------------------------------------


def merge_shipped_workbooks(folder: Path, templates: list[ChecklistTemplate]) -> list[ChecklistTemplate]:
    """Add the folder's .xlsx templates to those read from its TOML files.

    The TOML files are the source; each ``<name>.xlsx`` beside ``<name>.toml`` is generated
    from it (packaging/build_checklists.py) and must say exactly the same, or TemplateError:
    the program never runs with two versions of the truth. An .xlsx with no TOML twin is a
    template of its own.
    """
    by_key = {(t.id, t.version): t for t in templates}
    out = list(templates)
    for path in sorted(folder.glob("*.xlsx")):
        if path.name.startswith((".", "~$")):
            continue  # temporary and lock files of spreadsheet programs
        t = read_template_workbook(path)
        twin = by_key.get((t.id, t.version))
        if twin is None:
            by_key[(t.id, t.version)] = t
            out.append(t)
        elif twin != t:
            what = ", ".join(diff_templates(twin, t).fields_changed()) or "order"
            raise TemplateError(f"{path}: differs from the TOML source of {t.key} ({what}). "
                                "The TOML file is the source: run python packaging/build_checklists.py")
    return out


# -- differences between versions -----------------------------------------------------------------

CRITERION_FIELDS = ("section_id", "section_title", "title", "question", "guidance", "special_policy", "applies_to")
TEMPLATE_META_FIELDS = ("product", "title", "description")


def _show(value) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, frozenset):
        return ", ".join(o.value for o in Outcome if o in value)
    if hasattr(value, "value"):
        return value.value
    return str(value)


@dataclass
class CriterionChange:
    criterion_id: str
    changes: list[tuple[str, str, str]]  # (field, old, new) as text

    @property
    def fields(self) -> list[str]:
        return [f for f, _o, _n in self.changes]


@dataclass
class TemplateDiff:
    old: str  # "qpp-decision v1"
    new: str
    template_changes: list[tuple[str, str, str]] = field(default_factory=list)
    added: list[Criterion] = field(default_factory=list)
    removed: list[Criterion] = field(default_factory=list)
    changed: list[CriterionChange] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)  # criterion ids whose place in the order changed

    @property
    def empty(self) -> bool:
        return not (self.template_changes or self.added or self.removed or self.changed or self.moved)

    def fields_changed(self) -> list[str]:
        names = [f for f, _o, _n in self.template_changes]
        for c in self.changed:
            names += [f for f in c.fields if f not in names]
        if self.added:
            names.append("criteria added")
        if self.removed:
            names.append("criteria removed")
        return names

    def text(self) -> str:
        lines = [f"{self.old} -> {self.new}"]
        if self.empty:
            return lines[0] + ": no differences"
        for f, old, new in self.template_changes:
            lines.append(f"  template {f}: {old!r} -> {new!r}")
        for c in self.added:
            lines.append(f"  added    {c.id} {c.title}  (section {c.section_id})")
        for c in self.removed:
            lines.append(f"  removed  {c.id} {c.title}")
        for ch in self.changed:
            lines.append(f"  changed  {ch.criterion_id}: {', '.join(ch.fields)}")
            for f, old, new in ch.changes:
                if "\n" in old or "\n" in new or len(old) + len(new) > 100:
                    diff = difflib.ndiff(old.splitlines(), new.splitlines())
                    lines.append(f"    {f}:")
                    lines += [f"      {d}" for d in diff if d[:1] in "+-"]
                else:
                    lines.append(f"    {f}: {old!r} -> {new!r}")
        if self.moved:
            lines.append(f"  moved    {', '.join(self.moved)} (place in the order)")
        lines.append(f"  {len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed, "
                     f"{len(self.moved)} moved")
        return "\n".join(lines)


def diff_templates(old: ChecklistTemplate, new: ChecklistTemplate) -> TemplateDiff:
    """What changed from one version to another: criteria added, removed, reworded (which fields), moved."""
    d = TemplateDiff(old.key, new.key)
    for f in TEMPLATE_META_FIELDS:
        a, b = getattr(old, f), getattr(new, f)
        if a != b:
            d.template_changes.append((f, _show(a), _show(b)))
    old_by = {c.id: c for c in old.criteria}
    new_by = {c.id: c for c in new.criteria}
    d.added = [c for c in new.criteria if c.id not in old_by]
    d.removed = [c for c in old.criteria if c.id not in new_by]
    for c in new.criteria:
        o = old_by.get(c.id)
        if o is None:
            continue
        changes = [(f, _show(getattr(o, f)), _show(getattr(c, f))) for f in CRITERION_FIELDS
                   if getattr(o, f) != getattr(c, f)]
        if changes:
            d.changed.append(CriterionChange(c.id, changes))
    common_old = [c.id for c in old.criteria if c.id in new_by]
    common_new = [c.id for c in new.criteria if c.id in old_by]
    if common_old != common_new:
        matcher = difflib.SequenceMatcher(a=common_old, b=common_new, autojunk=False)
        kept = {cid for block in matcher.get_matching_blocks() for cid in common_new[block.b:block.b + block.size]}
        d.moved = [cid for cid in common_new if cid not in kept]
    return d
