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

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
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

from .i18n import number
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
from .i18n import text as tr_core
from .labels import label

RED, GREEN, GREY = "#b3261e", "#1b7a3a", "#555555"
DEL_STYLE = "background-color:#ffd7d5; color:#7a1410; text-decoration:line-through;"
INS_STYLE = "background-color:#cdeed6; color:#0f4d22;"


class _WrappingDelegate(QStyledItemDelegate):
    """Rows of a tree as tall as their text wrapped to its column (QTreeView's own size hint is one line
    whatever the column's width, so a wrapped title lost its second line)."""

    def __init__(self, tree):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        text = str(index.data(Qt.DisplayRole) or "")
        width = self.tree.columnWidth(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.tree.indentation() * (depth + (1 if self.tree.rootIsDecorated() else 0))
        if not text or width <= 0:
            return size
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = QRect(0, 0, width, 1_000_000)
        style = self.tree.style()
        room = style.subElementRect(QStyle.SE_ItemViewItemText, opt, self.tree).width()
        margin = style.pixelMetric(QStyle.PM_FocusFrameHMargin, None, self.tree) + 1
        lines = QFontMetrics(opt.font).boundingRect(QRect(0, 0, max(room - 2 * margin, 1), 1_000_000),
                                                    int(Qt.TextWordWrap), text).height()
        return QSize(size.width(), max(size.height(), lines + 6))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Templates", text)


def legend() -> str:
    """The key to the word-by-word differences, in the user's language."""
    return f"<p style='color:{GREY}'>" + QCoreApplication.translate(
        "Templates", "Words removed are <span style='{deleted}'>struck through</span>; words "
                     "added are <span style='{inserted}'>highlighted</span>.").format(
        deleted=DEL_STYLE, inserted=INS_STYLE) + "</p>"


FIELD_NAMES = {  # English; translated when shown (field_name)
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


def _extracted_by_lupdate() -> None:  # pragma: no cover - never called; lists the strings of the tables above
    QCoreApplication.translate("Templates", "section"),
    QCoreApplication.translate("Templates", "section title"),
    QCoreApplication.translate("Templates", "title"),
    QCoreApplication.translate("Templates", "question"),
    QCoreApplication.translate("Templates", "guidance"),
    QCoreApplication.translate("Templates", "special policy"),
    QCoreApplication.translate("Templates", "applies to"),
    QCoreApplication.translate("Templates", "product"),
    QCoreApplication.translate("Templates", "description"),
    QCoreApplication.translate("Templates", "Template id"),
    QCoreApplication.translate("Templates", "Version"),
    QCoreApplication.translate("Templates", "Product"),
    QCoreApplication.translate("Templates", "Title"),
    QCoreApplication.translate("Templates", "Criteria"),
    QCoreApplication.translate("Templates", "Sections"),
    QCoreApplication.translate("Templates", "Reviews using it"),
    QCoreApplication.translate("Templates", "New reviews"),


def product_word(product) -> str:
    """A product as a word in a sentence ('decision'), translated."""
    return _tr(product.value)


def _product_words() -> None:  # pragma: no cover - never called; lists the strings for lupdate
    QCoreApplication.translate("Templates", "interview"),
    QCoreApplication.translate("Templates", "decision"),
    QCoreApplication.translate("Templates", "assurance"),


def field_name(field: str) -> str:
    """A template or criterion field's name in words ('special_policy' -> 'special policy'), translated."""
    return _tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field


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
    applies = (", ".join(label(o) for o in Outcome if c.applies_to and o in c.applies_to)
               or QCoreApplication.translate("Templates", "every outcome"))
    rows = [(QCoreApplication.translate("Templates", "Section"), f"{c.section_id} {c.section_title}"),
            (QCoreApplication.translate("Templates", "Question"), c.question),
            (QCoreApplication.translate("Templates", "Guidance"), c.guidance),
            (QCoreApplication.translate("Templates", "Applies to"), applies),
            (QCoreApplication.translate("Templates", "Special policy"),
             c.special_policy.value if c.special_policy else QCoreApplication.translate("Templates", "none"))]
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
    parts = [(QCoreApplication.translate("Templates", "{n} word removed") if removed == 1
              else QCoreApplication.translate("Templates", "{n} words removed")).format(n=removed) if removed else "",
             (QCoreApplication.translate("Templates", "{n} word added") if added == 1
              else QCoreApplication.translate("Templates", "{n} words added")).format(n=added) if added else ""]
    return ", ".join(p for p in parts if p) or QCoreApplication.translate("Templates", "line breaks or spacing changed")


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
        self.summary.setAccessibleName(self.tr("Summary of the changes"))
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Criterion"), self.tr("What changed")])
        self.tree.setAccessibleName(self.tr("Changes between the versions"))
        style_view(self.tree)
        self.tree.setAlternatingRowColors(True)
        # a criterion's title and what changed are read whole: long ones wrap onto a second line (the
        # screenshot tour showed "1.2 Severities match the framework's def…" and "no longer in the che…")
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        # rows are as tall as their wrapped text for the columns' widths now (Qt lays rows out once)
        self.tree.header().sectionResized.connect(lambda *_: self._relayout.start())
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 300)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The change in full"))
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
            self.summary.setText(self.tr("<b>{new}</b> says exactly what <b>{old}</b> says: no differences.").format(
                new=html.escape(new.key), old=html.escape(old.key)))
            self.detail.clear()
            return d
        self.summary.setText(
            self.tr("From <b>{old}</b> to <b>{new}</b>: {added} added, {removed} removed, {changed} reworded, "
                    "{moved} moved").format(old=html.escape(old.key), new=html.escape(new.key), added=len(d.added),
                                            removed=len(d.removed), changed=len(d.changed), moved=len(d.moved))
            + (self.tr("; template details changed ({fields})").format(
                fields=", ".join(field_name(f) for f, _o, _n in d.template_changes)) if d.template_changes else "")
            + self.tr(". Select a change to read it in full."))
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
            top = group(self.tr("Reworded"), len(d.changed))
            for ch in d.changed:
                c = new_by[ch.criterion_id]
                item = QTreeWidgetItem(top, [c.label, ", ".join(field_name(f) for f in ch.fields)])
                item.setData(0, Qt.UserRole, ("changed", ch.criterion_id, None))
                item.setToolTip(0, c.label)
                for f, o, n in ch.changes:
                    sub = QTreeWidgetItem(item, [field_name(f), _change_text(o, n)])
                    sub.setData(0, Qt.UserRole, ("field", ch.criterion_id, f))
                    sub.setToolTip(1, f"{o}\n→\n{n}")
                item.setExpanded(True)
        if d.added:
            top = group(self.tr("Added"), len(d.added))
            for c in d.added:
                item = QTreeWidgetItem(top, [c.label, self.tr("new, in section {section}").format(
                    section=f"{c.section_id} {c.section_title}")])
                item.setData(0, Qt.UserRole, ("added", c.id, None))
                item.setToolTip(0, c.label)
        if d.removed:
            top = group(self.tr("Removed"), len(d.removed))
            for c in d.removed:
                item = QTreeWidgetItem(top, [c.label, self.tr("no longer in the checklist")])
                item.setData(0, Qt.UserRole, ("removed", c.id, None))
                item.setToolTip(0, c.label)
        if d.moved:
            top = group(self.tr("Moved"), len(d.moved))
            for cid in d.moved:
                old_pos = next(i for i, c in enumerate(old.criteria) if c.id == cid) + 1
                new_pos = next(i for i, c in enumerate(new.criteria) if c.id == cid) + 1
                item = QTreeWidgetItem(top, [new_by[cid].label, self.tr("place in the order: {old} → {new}").format(
                    old=old_pos, new=new_pos)])
                item.setData(0, Qt.UserRole, ("moved", cid, None))
        if d.template_changes:
            top = group(self.tr("Template details"), len(d.template_changes))
            for f, o, n in d.template_changes:
                item = QTreeWidgetItem(top, [field_name(f), _change_text(o, n)])
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
            self.detail.setHtml(f"<p style='color:{GREY}'>" + self.tr("Select a change to read it in full.") + "</p>")
            return
        if kind == "added":
            self.detail.setHtml("<p><b>" + self.tr("Added", "one criterion") + "</b></p>"
                                + _criterion_html(self._new_by[cid]))
        elif kind == "removed":
            self.detail.setHtml("<p><b>" + self.tr("Removed", "one criterion") + "</b></p>"
                                + _criterion_html(self._old_by[cid]))
        elif kind == "moved":
            self.detail.setHtml("<p>" + self.tr("<b>Moved</b>: its place in the order changed; the wording did not.")
                                + "</p>" + _criterion_html(self._new_by[cid]))
        elif kind == "template":
            o, n = next((o, n) for f, o, n in self.diff.template_changes if f == field)
            self.detail.setHtml(legend() + self._field_html(field_name(field), o, n))
        else:
            ch = next(c for c in self.diff.changed if c.criterion_id == cid)
            changes = [c for c in ch.changes if field is None or c[0] == field]
            self.detail.setHtml(f"<h3>{html.escape(self._new_by[cid].label)}</h3>" + legend()
                                + "".join(self._field_html(field_name(f), o, n) for f, o, n in changes))

    @staticmethod
    def _field_html(name: str, old: str, new: str) -> str:
        return f"<p><b>{html.escape(name.capitalize())}</b></p><p>{word_diff_html(old, new)}</p>"


class InstallTemplateDialog(QDialog):
    """A checked workbook's template and what it changes; Install stores it."""

    def __init__(self, template: ChecklistTemplate, source: str, installed: list[ChecklistTemplate], parent=None):
        super().__init__(parent)
        self.template = template
        self.setWindowTitle(self.tr("Install {template}").format(template=template.key))
        self.setAccessibleName(self.tr("Install checklist template"))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        sections = len({c.section_id for c in template.criteria})
        older = [t for t in installed if t.id == template.id and t.version < template.version]
        newer = [t for t in installed if t.product is template.product and t.version > template.version]
        product = product_word(template.product)
        use = (self.tr("New {product} reviews will use it; reviews already made keep their version.").format(
            product=product) if not newer else
            self.tr("New {product} reviews keep using {template}, which is newer.").format(
                product=product, template=max(newer, key=lambda t: t.version).key))
        text = self.tr("<b>{file}</b> passed every check: <b>{template}</b> ({product}), “{title}”, "
                       "{criteria} criteria in {sections} sections. {use}").format(
            file=html.escape(source), template=html.escape(template.key), product=product,
            title=html.escape(template.title), criteria=len(template.criteria), sections=sections, use=use)
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.RichText)
        intro.setAccessibleName(self.tr("The template to install"))
        layout.addWidget(intro)
        self.diff_view = TemplateDiffView()
        if older:
            previous = max(older, key=lambda t: t.version)
            self.diff_view.set_templates(previous, template)
            layout.addWidget(self.diff_view, 1)
        else:
            note = QLabel(self.tr("{template} is a new template: there is no earlier version to compare with.")
                          .format(template=html.escape(template.id)))
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addStretch(1)
            self.diff_view.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.install_button = buttons.addButton(self.tr("&Install {template}").format(template=template.key),
                                                QDialogButtonBox.AcceptRole)
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
        self.setWindowTitle(self.tr("Compare checklist versions"))
        self.setAccessibleName(self.tr("Compare checklist versions"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.old_combo = QComboBox()
        self.old_combo.setAccessibleName(self.tr("Earlier version"))
        self.new_combo = QComboBox()
        self.new_combo.setAccessibleName(self.tr("Later version"))
        for t in store.templates():
            text = f"{t.key} — {t.title}"
            self.old_combo.addItem(text, t.key)
            self.new_combo.addItem(text, t.key)
        from_label, to_label = QLabel(self.tr("&From")), QLabel(self.tr("&to"))
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
                          self.tr("These are different templates ({old} and {new}); usually you compare two "
                                  "versions of one.").format(old=old.id, new=new.id))
        self.note.setVisible(old.id != new.id)
        return self.view.set_templates(old, new)


class TemplatesDialog(QDialog):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.templates: list[ChecklistTemplate] = []
        self.setWindowTitle(self.tr("Checklist templates"))
        self.setAccessibleName(self.tr("Checklist templates"))
        self.resize(1240, 660)  # the table whole at 1280x800 in both languages
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The checklist templates in this database. A template that has been used is never "
                               "changed: to change a checklist, export it, edit the spreadsheet, raise its version "
                               "and import it. New reviews use the newest version for their product; each review "
                               "keeps the version it was made with."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = read_only_table([_tr(name) for name in TEMPLATE_COLUMNS], self.tr("Installed template versions"))
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.itemSelectionChanged.connect(self._sync)
        self.table.doubleClicked.connect(lambda _i: self.compare())
        layout.addWidget(self.table, 2)

        actions = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import from spreadsheet…"))
        self.export_button = QPushButton(self.tr("&Export to spreadsheet…"))
        self.compare_button = QPushButton(self.tr("&Compare versions…"))
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
        self.status.setAccessibleName(self.tr("What happened"))
        layout.addWidget(self.status)

        self.problems_box = QGroupBox(self.tr("Problems in the workbook"))
        box_layout = QVBoxLayout(self.problems_box)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.RichText)
        self.problems = read_only_table([self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")],
                                        self.tr("Problems in the workbook"))
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
            values = (t.id, str(t.version), label(t.product), t.title, str(len(t.criteria)),
                      str(len({c.section_id for c in t.criteria})), number(used.get((t.id, t.version), 0)),
                      self.tr("yes: new {product} reviews").format(product=product_word(t.product))
                      if in_use else "—")
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
        # the title and the "used for new reviews" text wrap in their cells (whole, in both languages)
        # rather than widening the table past the dialog
        last = len(TEMPLATE_COLUMNS) - 1
        header.setSectionResizeMode(last, QHeaderView.Interactive)
        header.resizeSection(last, max(header.sectionSizeHint(last), 260))
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
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
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import a checklist from a spreadsheet"), start,
                                                    self.tr("Checklist workbooks (*.xlsx);;All files (*)"))
            if not chosen:
                return None
            settings.setValue("lastTemplateFolder", str(Path(chosen).parent))
            path = chosen
        path = Path(path)
        installed = self.store.templates()
        try:
            template = read_template_workbook(path, installed)
        except TemplateError as exc:
            self.show_problems(path.name, tr_core(exc))
            return None
        self.problems_box.hide()
        if confirm:
            dialog = InstallTemplateDialog(template, path.name, installed, self)
            if dialog.exec() != QDialog.Accepted:
                self._say(self.tr("{template} was not installed.").format(template=html.escape(template.key)))
                return None
        ok, _ = run_guarded(self, self.tr("Import checklist template"), self.store.install_template, template)
        if not ok:
            return None
        self.reload(select=(template.id, template.version))
        self._say(self.tr("Installed <b>{template}</b> ({n} criteria) from {file}.").format(
            template=html.escape(template.key), n=len(template.criteria), file=html.escape(path.name)), GREEN)
        return template

    def show_problems(self, file_name: str, message: str) -> None:
        _source, problems = split_template_problems(message)
        n = len(problems)
        cannot = (self.tr("{file} cannot be imported: {n} problem. Nothing was installed.") if n == 1
                  else self.tr("{file} cannot be imported: {n} problems. Nothing was installed."))
        self.problems_label.setText(
            f'<span style="color:{RED}"><b>' + cannot.format(file=html.escape(file_name), n=n) + "</b></span> "
            + self.tr("Correct the workbook (each problem names its sheet, row and column) and import it again."))
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
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export {template}").format(template=t.key),
                                                    str(start),
                                                    self.tr("Checklist workbooks (*.xlsx);;TOML checklist (*.toml)"))
            if not chosen:
                return None
            settings.setValue("lastTemplateFolder", str(Path(chosen).parent))
            path = chosen
        path = Path(path)
        if path.suffix.lower() not in (".xlsx", ".toml"):
            path = path.with_name(path.name + ".xlsx")
        writer = write_template_toml if path.suffix.lower() == ".toml" else write_template_workbook
        ok, _ = run_guarded(self, self.tr("Export {template}").format(template=t.key), writer, t, path)
        if not ok:
            return None
        self._say(self.tr("Wrote {template} ({n} criteria) to {file}. To make a new version: edit it, raise the "
                          "version on the Template sheet, and import it.").format(
            template=html.escape(t.key), n=len(t.criteria), file=html.escape(str(path))), GREEN)
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
