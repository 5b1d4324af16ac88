"""Checklist templates: the installed versions, import from and export to the spreadsheet
quality leads edit, and what changed between two versions.

:class:`TemplatesDialog` lists every installed version (id, version, product,
criteria, the reviews made with it). *Import from spreadsheet…* checks the
workbook completely before anything is stored: a workbook with problems lists
each one by sheet, row and column and installs nothing; a good one is shown
with what changed since the newest installed version, and installed only when
confirmed. *Export to spreadsheet…* writes a version in the same layout (or as
TOML). *Compare versions…* shows criteria added, removed, reworded (with the
fields changed, old and new text side by side) and moved, as
:func:`qpp_reviewer.template_sheets.diff_templates` finds them.

The window opens it with :func:`open_templates_dialog`.
"""

from __future__ import annotations

import difflib
import html
import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from ..domain import ChecklistTemplate, Criterion, Outcome
from ..storage.models import ReviewRow
from ..storage.store import Store
from ..template_sheets import (
    TemplateDiff,
    diff_templates,
    read_template_workbook,
    write_template_toml,
    write_template_workbook,
)
from ..templates import TemplateError
from .common import run_guarded
from .item_views import read_only_table, style_view

RED, GREEN, GREY = "#b3261e", "#1b7a3a", "#555555"
DEL_STYLE = "background-color:#ffd7d5; color:#7a1410; text-decoration:line-through;"
INS_STYLE = "background-color:#cdeed6; color:#0f4d22;"
LEGEND = (f"<p style='color:{GREY}'>Words removed are <span style='{DEL_STYLE}'>struck through</span>; words "
          f"added are <span style='{INS_STYLE}'>highlighted</span>.</p>")
FIELD_NAMES = {
    "section_id": "section",
    "section_title": "section title",
    "title": "title",
    "question": "question",
    "guidance": "guidance",
    "special_policy": "special policy",
    "applies_to": "applies to",
    "product": "product",
    "description": "description",
}
TEMPLATE_COLUMNS = ("Template id", "Version", "Product", "Title", "Criteria", "Sections", "Reviews using it",
                    "New reviews")
# "Criteria, row 7, column H (Special policy): message"; "Template, row 4, column B (version): …"; "Criteria: …"
_PROBLEM = re.compile(r"^(?P<sheet>[^,:]+?)(?:, row (?P<row>\d+))?(?:, column (?P<column>[^:]+?))?: (?P<what>.*)$",
                      re.S)


def template_usage(store: Store) -> dict[tuple[str, int], int]:
    """Reviews made with each template version."""
    with store._session() as s:
        return {(tid, v): n for tid, v, n in s.execute(
            select(ReviewRow.template_id, ReviewRow.template_version, func.count())
            .group_by(ReviewRow.template_id, ReviewRow.template_version))}


def split_template_problems(message: str) -> tuple[str, list[tuple[str, str, str, str]]]:
    """A TemplateError's text as (file, [(sheet, row, column, problem)])."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    if len(lines) > 1 and lines[0].endswith(":"):
        source, items = lines[0][:-1], lines[1:]
    else:
        source, items = "", lines
    out = []
    for line in items:
        m = _PROBLEM.match(line)
        if m and m.group("sheet") in ("Criteria", "Template"):
            out.append((m.group("sheet"), m.group("row") or "", m.group("column") or "", m.group("what")))
        else:
            out.append(("", "", "", line))
    return source, out


def word_diff_html(old: str, new: str) -> str:
    """Old and new text as one passage: removed words struck through in red, added words in green."""
    a, b = re.findall(r"\s+|[^\s]+", old), re.findall(r"\s+|[^\s]+", new)
    out: list[str] = []

    def put(words, style=None):
        text = html.escape("".join(words)).replace("\n", "<br>")
        out.append(f'<span style="{style}">{text}</span>' if style else text)

    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            put(a[i1:i2])
        if op in ("delete", "replace"):
            put(a[i1:i2], DEL_STYLE)
        if op == "replace":
            out.append(" ")
        if op in ("insert", "replace"):
            put(b[j1:j2], INS_STYLE)
    return "".join(out)


def _criterion_html(c: Criterion) -> str:
    applies = ", ".join(o.label for o in Outcome if c.applies_to and o in c.applies_to) or "every outcome"
    rows = [("Section", f"{c.section_id} {c.section_title}"), ("Question", c.question), ("Guidance", c.guidance),
            ("Applies to", applies), ("Special policy", c.special_policy.value if c.special_policy else "none")]
    body = "".join(f"<tr><td valign=top><b>{k}</b></td><td>{html.escape(v).replace(chr(10), '<br>')}</td></tr>"
                   for k, v in rows)
    return f"<h3>{html.escape(c.label)}</h3><table cellspacing=4>{body}</table>"


def _change_text(old: str, new: str) -> str:
    """One line for a changed field: 'old → new' when short, else how many words changed."""
    if len(old) + len(new) <= 100 and "\n" not in old + new:
        return f"{old}  →  {new}"
    a, b = old.split(), new.split()
    removed = added = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            removed += i2 - i1
        if op in ("insert", "replace"):
            added += j2 - j1
    parts = [f"{removed} word{'s' if removed != 1 else ''} removed" if removed else "",
             f"{added} word{'s' if added != 1 else ''} added" if added else ""]
    return ", ".join(p for p in parts if p) or "line breaks or spacing changed"


class TemplateDiffView(QWidget):
    """What changed between two versions: a tree of changes, and the selected change's text in full."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.diff: TemplateDiff | None = None
        self._old_by: dict[str, Criterion] = {}
        self._new_by: dict[str, Criterion] = {}
        self.old: ChecklistTemplate | None = None
        self.new: ChecklistTemplate | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        self.summary.setAccessibleName("Summary of the changes")
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Criterion", "What changed"])
        self.tree.setAccessibleName("Changes between the versions")
        style_view(self.tree)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 300)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("The change in full")
        self.detail.setOpenLinks(False)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.tree.currentItemChanged.connect(lambda cur, _prev: self._show_detail(cur))

    def set_templates(self, old: ChecklistTemplate, new: ChecklistTemplate) -> TemplateDiff:
        self.old, self.new = old, new
        d = self.diff = diff_templates(old, new)
        self.tree.clear()
        if d.empty:
            self.summary.setText(f"<b>{html.escape(new.key)}</b> says exactly what <b>{html.escape(old.key)}</b> "
                                 "says: no differences.")
            self.detail.clear()
            return d
        self.summary.setText(
            f"From <b>{html.escape(old.key)}</b> to <b>{html.escape(new.key)}</b>: "
            f"{len(d.added)} added, {len(d.removed)} removed, {len(d.changed)} reworded, {len(d.moved)} moved"
            + (f"; template details changed ({', '.join(FIELD_NAMES.get(f, f) for f, _o, _n in d.template_changes)})"
               if d.template_changes else "") + ". Select a change to read it in full.")
        old_by = self._old_by = {c.id: c for c in old.criteria}
        new_by = self._new_by = {c.id: c for c in new.criteria}

        def group(title: str, n: int) -> QTreeWidgetItem:
            item = QTreeWidgetItem(self.tree, [f"{title} ({n})", ""])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setFirstColumnSpanned(True)
            item.setExpanded(True)
            return item

        if d.changed:
            top = group("Reworded", len(d.changed))
            for ch in d.changed:
                c = new_by[ch.criterion_id]
                item = QTreeWidgetItem(top, [c.label, ", ".join(FIELD_NAMES.get(f, f) for f in ch.fields)])
                item.setData(0, Qt.UserRole, ("changed", ch.criterion_id, None))
                item.setToolTip(0, c.label)
                for f, o, n in ch.changes:
                    sub = QTreeWidgetItem(item, [FIELD_NAMES.get(f, f), _change_text(o, n)])
                    sub.setData(0, Qt.UserRole, ("field", ch.criterion_id, f))
                    sub.setToolTip(1, f"{o}\n→\n{n}")
                item.setExpanded(True)
        if d.added:
            top = group("Added", len(d.added))
            for c in d.added:
                item = QTreeWidgetItem(top, [c.label, f"new, in section {c.section_id} {c.section_title}"])
                item.setData(0, Qt.UserRole, ("added", c.id, None))
                item.setToolTip(0, c.label)
        if d.removed:
            top = group("Removed", len(d.removed))
            for c in d.removed:
                item = QTreeWidgetItem(top, [c.label, "no longer in the checklist"])
                item.setData(0, Qt.UserRole, ("removed", c.id, None))
                item.setToolTip(0, c.label)
        if d.moved:
            top = group("Moved", len(d.moved))
            for cid in d.moved:
                old_pos = next(i for i, c in enumerate(old.criteria) if c.id == cid) + 1
                new_pos = next(i for i, c in enumerate(new.criteria) if c.id == cid) + 1
                item = QTreeWidgetItem(top, [new_by[cid].label, f"place in the order: {old_pos} → {new_pos}"])
                item.setData(0, Qt.UserRole, ("moved", cid, None))
        if d.template_changes:
            top = group("Template details", len(d.template_changes))
            for f, o, n in d.template_changes:
                item = QTreeWidgetItem(top, [FIELD_NAMES.get(f, f), _change_text(o, n)])
                item.setData(0, Qt.UserRole, ("template", None, f))
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0) + 12, 420))
        first = self.tree.topLevelItem(0)
        self.tree.setCurrentItem(first.child(0) if first.childCount() else first)
        return d

    def listed(self) -> list[tuple[str, str]]:
        """Every row of the tree as (first column, second column), depth first: for tests and checks."""
        out = []

        def walk(item: QTreeWidgetItem):
            out.append((item.text(0), item.text(1)))
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return out

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self.diff is None:
            self.detail.clear()
            return
        kind, cid, field = item.data(0, Qt.UserRole) or (None, None, None)
        if kind is None:
            self.detail.setHtml(f"<p style='color:{GREY}'>Select a change to read it in full.</p>")
            return
        if kind == "added":
            self.detail.setHtml("<p><b>Added</b></p>" + _criterion_html(self._new_by[cid]))
        elif kind == "removed":
            self.detail.setHtml("<p><b>Removed</b></p>" + _criterion_html(self._old_by[cid]))
        elif kind == "moved":
            self.detail.setHtml("<p><b>Moved</b>: its place in the order changed; the wording did not.</p>"
                                + _criterion_html(self._new_by[cid]))
        elif kind == "template":
            o, n = next((o, n) for f, o, n in self.diff.template_changes if f == field)
            self.detail.setHtml(LEGEND + self._field_html(FIELD_NAMES.get(field, field), o, n))
        else:
            ch = next(c for c in self.diff.changed if c.criterion_id == cid)
            changes = [c for c in ch.changes if field is None or c[0] == field]
            self.detail.setHtml(f"<h3>{html.escape(self._new_by[cid].label)}</h3>" + LEGEND
                                + "".join(self._field_html(FIELD_NAMES.get(f, f), o, n) for f, o, n in changes))

    @staticmethod
    def _field_html(name: str, old: str, new: str) -> str:
        return f"<p><b>{html.escape(name.capitalize())}</b></p><p>{word_diff_html(old, new)}</p>"


class InstallTemplateDialog(QDialog):
    """A checked workbook's template and what it changes; Install stores it."""

    def __init__(self, template: ChecklistTemplate, source: str, installed: list[ChecklistTemplate], parent=None):
        super().__init__(parent)
        self.template = template
        self.setWindowTitle(f"Install {template.key}")
        self.setAccessibleName("Install checklist template")
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        sections = len({c.section_id for c in template.criteria})
        older = [t for t in installed if t.id == template.id and t.version < template.version]
        newer = [t for t in installed if t.product is template.product and t.version > template.version]
        use = (f"New {template.product.value} reviews will use it; reviews already made keep their version."
               if not newer else f"New {template.product.value} reviews keep using "
               f"{max(newer, key=lambda t: t.version).key}, which is newer.")
        text = (f"<b>{html.escape(source)}</b> passed every check: <b>{html.escape(template.key)}</b> "
                f"({template.product.value}), “{html.escape(template.title)}”, {len(template.criteria)} criteria in "
                f"{sections} sections. {use}")
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.RichText)
        intro.setAccessibleName("The template to install")
        layout.addWidget(intro)
        self.diff_view = TemplateDiffView()
        if older:
            previous = max(older, key=lambda t: t.version)
            self.diff_view.set_templates(previous, template)
            layout.addWidget(self.diff_view, 1)
        else:
            note = QLabel(f"{html.escape(template.id)} is a new template: there is no earlier version to compare "
                          "with.")
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addStretch(1)
            self.diff_view.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.install_button = buttons.addButton(f"&Install {template.key}", QDialogButtonBox.AcceptRole)
        self.install_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class TemplateDiffDialog(QDialog):
    """Compare any two installed versions."""

    def __init__(self, store: Store, old: ChecklistTemplate | None = None, new: ChecklistTemplate | None = None,
                 parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Compare checklist versions")
        self.setAccessibleName("Compare checklist versions")
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.old_combo = QComboBox()
        self.old_combo.setAccessibleName("Earlier version")
        self.new_combo = QComboBox()
        self.new_combo.setAccessibleName("Later version")
        for t in store.templates():
            label = f"{t.key} — {t.title}"
            self.old_combo.addItem(label, t.key)
            self.new_combo.addItem(label, t.key)
        from_label, to_label = QLabel("&From"), QLabel("&to")
        from_label.setBuddy(self.old_combo)
        to_label.setBuddy(self.new_combo)
        row.addWidget(from_label)
        row.addWidget(self.old_combo, 1)
        row.addWidget(to_label)
        row.addWidget(self.new_combo, 1)
        layout.addLayout(row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.view = TemplateDiffView()
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if new is None and store.templates():
            new = store.templates()[-1]
        if new is not None and old is None:
            earlier = [t for t in store.templates() if t.id == new.id and t.version < new.version]
            old = max(earlier, key=lambda t: t.version) if earlier else new
        for combo, t in ((self.old_combo, old), (self.new_combo, new)):
            if t is not None:
                combo.setCurrentIndex(max(0, combo.findData(t.key)))
        self.old_combo.currentIndexChanged.connect(self.compare)
        self.new_combo.currentIndexChanged.connect(self.compare)
        self.compare()

    def compare(self) -> TemplateDiff | None:
        by_key = {t.key: t for t in self.store.templates()}
        old, new = by_key.get(self.old_combo.currentData()), by_key.get(self.new_combo.currentData())
        if old is None or new is None:
            return None
        self.note.setText("" if old.id == new.id else
                          f"These are different templates ({old.id} and {new.id}); usually you compare two "
                          "versions of one.")
        self.note.setVisible(old.id != new.id)
        return self.view.set_templates(old, new)


class TemplatesDialog(QDialog):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.templates: list[ChecklistTemplate] = []
        self.setWindowTitle("Checklist templates")
        self.setAccessibleName("Checklist templates")
        self.resize(1040, 620)
        layout = QVBoxLayout(self)
        intro = QLabel("The checklist templates in this database. A template that has been used is never changed: "
                       "to change a checklist, export it, edit the spreadsheet, raise its version and import it. "
                       "New reviews use the newest version for their product; each review keeps the version it "
                       "was made with.")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = read_only_table(list(TEMPLATE_COLUMNS), "Installed template versions")
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.itemSelectionChanged.connect(self._sync)
        self.table.doubleClicked.connect(lambda _i: self.compare())
        layout.addWidget(self.table, 2)

        actions = QHBoxLayout()
        self.import_button = QPushButton("&Import from spreadsheet…")
        self.export_button = QPushButton("&Export to spreadsheet…")
        self.compare_button = QPushButton("&Compare versions…")
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_template())
        self.compare_button.clicked.connect(lambda: self.compare())
        for b in (self.import_button, self.export_button, self.compare_button):
            b.setAutoDefault(False)
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.RichText)
        self.status.setAccessibleName("What happened")
        layout.addWidget(self.status)

        self.problems_box = QGroupBox("Problems in the workbook")
        box_layout = QVBoxLayout(self.problems_box)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.RichText)
        self.problems = read_only_table(["Sheet", "Row", "Column", "Problem"], "Problems in the workbook")
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        box_layout.addWidget(self.problems_label)
        box_layout.addWidget(self.problems, 1)
        self.problems_box.hide()
        layout.addWidget(self.problems_box, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    # -- the list ----------------------------------------------------------------------------------
    def reload(self, select: tuple[str, int] | None = None) -> None:
        current = self.current()
        keep = select or ((current.id, current.version) if current is not None else None)
        self.templates = self.store.templates()
        used = template_usage(self.store)
        newest = {}
        for t in self.templates:
            if t.product not in newest or t.version > newest[t.product].version:
                newest[t.product] = t
        self.table.setRowCount(len(self.templates))
        for i, t in enumerate(self.templates):
            in_use = newest.get(t.product) is t
            values = (t.id, str(t.version), t.product.label, t.title, str(len(t.criteria)),
                      str(len({c.section_id for c in t.criteria})), f"{used.get((t.id, t.version), 0):,}",
                      f"yes: new {t.product.value} reviews" if in_use else "—")
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col in (1, 4, 5, 6):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if in_use and col == 7:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(i, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        row = next((i for i, t in enumerate(self.templates) if keep and (t.id, t.version) == tuple(keep)),
                   0 if self.templates else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._sync()

    def current(self) -> ChecklistTemplate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.templates[rows[0].row()] if rows and rows[0].row() < len(self.templates) else None

    def select(self, template_id: str, version: int) -> bool:
        for i, t in enumerate(self.templates):
            if (t.id, t.version) == (template_id, version):
                self.table.selectRow(i)
                return True
        return False

    def _sync(self) -> None:
        has = self.current() is not None
        self.export_button.setEnabled(has)
        self.compare_button.setEnabled(len(self.templates) > 1)

    def _say(self, text: str, colour: str | None = None) -> None:
        self.status.setText(f'<span style="color:{colour}">{text}</span>' if colour else text)

    # -- import ------------------------------------------------------------------------------------
    def import_file(self, path: str | Path | None = None, confirm: bool = True) -> ChecklistTemplate | None:
        """Check a workbook, show what it changes, install it once confirmed; the template or None."""
        if path is None:
            settings = QSettings()
            start = str(settings.value("lastTemplateFolder", str(Path.home())))
            chosen, _ = QFileDialog.getOpenFileName(self, "Import a checklist from a spreadsheet", start,
                                                    "Checklist workbooks (*.xlsx);;All files (*)")
            if not chosen:
                return None
            settings.setValue("lastTemplateFolder", str(Path(chosen).parent))
            path = chosen
        path = Path(path)
        installed = self.store.templates()
        try:
            template = read_template_workbook(path, installed)
        except TemplateError as exc:
            self.show_problems(path.name, str(exc))
            return None
        self.problems_box.hide()
        if confirm:
            dialog = InstallTemplateDialog(template, path.name, installed, self)
            if dialog.exec() != QDialog.Accepted:
                self._say(f"{html.escape(template.key)} was not installed.")
                return None
        ok, _ = run_guarded(self, "Import checklist template", self.store.install_template, template)
        if not ok:
            return None
        self.reload(select=(template.id, template.version))
        self._say(f"Installed <b>{html.escape(template.key)}</b> ({len(template.criteria)} criteria) from "
                  f"{html.escape(path.name)}.", GREEN)
        return template

    def show_problems(self, file_name: str, message: str) -> None:
        _source, problems = split_template_problems(message)
        n = len(problems)
        self.problems_label.setText(
            f'<span style="color:{RED}"><b>{html.escape(file_name)} cannot be imported: {n} '
            f'problem{"s" if n != 1 else ""}. Nothing was installed.</b></span> Correct the workbook (each problem '
            "names its sheet, row and column) and import it again.")
        self.problems.setRowCount(n)
        for i, values in enumerate(problems):
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.problems.setItem(i, col, item)
        self.problems.resizeRowsToContents()
        self.problems_box.show()
        self._say("")

    # -- export ------------------------------------------------------------------------------------
    def export_template(self, path: str | Path | None = None) -> Path | None:
        t = self.current()
        if t is None:
            return None
        if path is None:
            settings = QSettings()
            start = Path(str(settings.value("lastTemplateFolder", str(Path.home())))) / f"{t.id}-v{t.version}.xlsx"
            chosen, _ = QFileDialog.getSaveFileName(self, f"Export {t.key}", str(start),
                                                    "Checklist workbooks (*.xlsx);;TOML checklist (*.toml)")
            if not chosen:
                return None
            settings.setValue("lastTemplateFolder", str(Path(chosen).parent))
            path = chosen
        path = Path(path)
        if path.suffix.lower() not in (".xlsx", ".toml"):
            path = path.with_name(path.name + ".xlsx")
        writer = write_template_toml if path.suffix.lower() == ".toml" else write_template_workbook
        ok, _ = run_guarded(self, f"Export {t.key}", writer, t, path)
        if not ok:
            return None
        self._say(f"Wrote {html.escape(t.key)} ({len(t.criteria)} criteria) to {html.escape(str(path))}. To make "
                  "a new version: edit it, raise the version on the Template sheet, and import it.", GREEN)
        return path

    # -- compare -----------------------------------------------------------------------------------
    def compare(self, old: ChecklistTemplate | None = None, new: ChecklistTemplate | None = None,
                modal: bool = True) -> TemplateDiffDialog:
        new = new or self.current()
        dialog = TemplateDiffDialog(self.store, old, new, self)
        if modal:
            dialog.exec()
        else:
            dialog.show()
        return dialog


def open_templates_dialog(parent, store: Store) -> None:
    """The checklist templates: list, import, export, compare. New reviews pick up an import at once."""
    TemplatesDialog(store, parent).exec()
