"""Shared look of the read-only tables and trees in the sampling and template dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableWidget

# The app's stylesheet draws a 2px focus border on items; reserve its room on every item (so
# text is not clipped or elided when the border appears) and keep the selection's own colours.
VIEW_STYLE = (
    "QTreeView::item, QTableView::item { border: 2px solid transparent; padding: 1px 2px; }"
    "QTreeView::item:alternate, QTableView::item:alternate { background-color: palette(alternate-base); }"
    "QTreeView::item:focus, QTableView::item:focus { border: 2px solid #1a5fb4; }"
    "QTreeView::item:selected, QTableView::item:selected { background-color: palette(highlight); "
    "color: palette(highlighted-text); }"
)


def style_view(view: QAbstractItemView) -> None:
    view.setStyleSheet(VIEW_STYLE)
    if isinstance(view, QTableWidget):
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)


def read_only_table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    style_view(table)
    return table
