"""Periods as the published tables use them: the one definition every surface groups by.

A review belongs to a period by its **product date** (the day of the interview or decision
reviewed), the same day the ``--from/--to`` filter (``ReviewFilter.date_from/date_to``) uses.

- ``month``: calendar month, ``2025-10``  (``period`` is accepted as another name for it)
- ``quarter``: calendar quarter, ``2025-Q4`` (October–December)
- ``fy``: financial year April–March, ``2025-26`` (1 April 2025 to 31 March 2026)
- ``rolling12``: consecutive blocks of 12 months ending with the month of the anchor day
  (the ``--to`` day, or else the latest product date selected), ``Nov 2024–Oct 2025``: the
  Annex C tables' "rolling" year. Blocks do not overlap, so each review is in one row.
"""

from __future__ import annotations

from datetime import date

PERIODS = ("month", "quarter", "fy", "rolling12")
ALIASES = {"period": "month"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def canonical(by: str) -> str:
    return ALIASES.get(by, by)


def month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def month_key(d: date) -> str:  # formatted by hand: strftime costs several times the counting itself
    return f"{d.year:04d}-{d.month:02d}"


def quarter_key(d: date) -> str:
    return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"


def fy_start(d: date) -> int:
    """The calendar year in which the financial year holding ``d`` starts (April–March)."""
    return d.year if d.month >= 4 else d.year - 1


def fy_key(d: date) -> str:
    y = fy_start(d)
    return f"{y:04d}-{(y + 1) % 100:02d}"


def rolling12_key(d: date, anchor: date) -> str:
    """The 12-month block holding ``d``; the last block ends with ``anchor``'s month."""
    end = month_index(anchor)
    block_end = end - ((end - month_index(d)) // 12) * 12
    start = block_end - 11
    return f"{_MONTHS[start % 12]} {start // 12}\u2013{_MONTHS[block_end % 12]} {block_end // 12}"


def key(d: date, by: str, anchor: date | None = None) -> str:
    """The label of the period of kind ``by`` holding day ``d``. Labels of one kind sort as
    text in time order (every rolling12 block of one anchor starts in the same month)."""
    by = canonical(by)
    if by == "month":
        return month_key(d)
    if by == "quarter":
        return quarter_key(d)
    if by == "fy":
        return fy_key(d)
    if by == "rolling12":
        return rolling12_key(d, anchor or d)
    raise ValueError(f"'{by}' is not a period; use any of: {', '.join(PERIODS)}")


def bounds(label: str, by: str) -> tuple[date, date]:
    """First and last day of a period given its label (for drill-down and the PDF heading)."""
    by = canonical(by)
    if by == "month":
        y, m = int(label[:4]), int(label[5:7])
        return date(y, m, 1), _last_day(y, m)
    if by == "quarter":
        y, q = int(label[:4]), int(label[-1])
        return date(y, 3 * q - 2, 1), _last_day(y, 3 * q)
    if by == "fy":
        y = int(label[:4])
        return date(y, 4, 1), date(y + 1, 3, 31)
    if by == "rolling12":
        a, b = label.split("\u2013")
        (m1, y1), (m2, y2) = a.split(" "), b.split(" ")
        return date(int(y1), _MONTHS.index(m1) + 1, 1), _last_day(int(y2), _MONTHS.index(m2) + 1)
    raise ValueError(f"'{by}' is not a period; use any of: {', '.join(PERIODS)}")


def _last_day(y: int, m: int) -> date:
    return date(y + m // 12, m % 12 + 1, 1).fromordinal(date(y + m // 12, m % 12 + 1, 1).toordinal() - 1)
