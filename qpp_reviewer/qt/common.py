"""Small helpers shared by the windows: band colours, error reporting."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from ..domain import QualityBand
from ..storage.db import DatabaseError
from ..storage.store import ReviewError
from .i18n import text as tr_core

log = logging.getLogger(__name__)

# Colour is never the only signal: every band is also shown as text.
BAND_COLOURS = {
    QualityBand.QS1: ("#1b7a3a", "#ffffff"),
    QualityBand.QS2: ("#5f9e2f", "#ffffff"),
    QualityBand.QS3: ("#c98a00", "#000000"),
    QualityBand.QS4: ("#d4561b", "#ffffff"),
    QualityBand.QS5: ("#b3261e", "#ffffff"),
    None: ("#7a7a7a", "#ffffff"),
}


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_abbr(month: int) -> str:
    """A month's short name (1 -> 'Jan'), in the user's language."""
    return QCoreApplication.translate("months", MONTHS[month - 1])


def format_date(d, time: bool = False) -> str:
    """'05 Mar 2025' (with ' 14:30' if ``time``): strftime's '%d %b %Y', its month in the user's language."""
    text = f"{d.day:02d} {month_abbr(d.month)} {d.year}"
    return f"{text} {d.hour:02d}:{d.minute:02d}" if time else text


def _extracted_by_lupdate() -> None:  # pragma: no cover - never called; lists the strings
    QCoreApplication.translate("months", "Jan"),
    QCoreApplication.translate("months", "Feb"),
    QCoreApplication.translate("months", "Mar"),
    QCoreApplication.translate("months", "Apr"),
    QCoreApplication.translate("months", "May"),
    QCoreApplication.translate("months", "Jun"),
    QCoreApplication.translate("months", "Jul"),
    QCoreApplication.translate("months", "Aug"),
    QCoreApplication.translate("months", "Sep"),
    QCoreApplication.translate("months", "Oct"),
    QCoreApplication.translate("months", "Nov"),
    QCoreApplication.translate("months", "Dec"),


def combo_enum(combo, enum_cls):
    """The enum member behind a combo item; Qt hands str enums back as plain str."""
    value = combo.currentData()
    return None if value in (None, "") else enum_cls(value)


def band_colour(band: QualityBand | None) -> QColor:
    return QColor(BAND_COLOURS[band][0])


def band_style(band: QualityBand | None) -> str:
    bg, fg = BAND_COLOURS[band]
    return (
        f"background-color: {bg}; color: {fg}; font-size: 22pt; font-weight: bold; "
        "border-radius: 6px; padding: 6px 10px;"
    )


def run_guarded(parent: QWidget | None, action: str, fn, *args, **kwargs):
    """Run a store call; show the user a clear message instead of a traceback.

    Returns (ok, result). A rule the user broke (ReviewError) is a warning;
    a database failure (disk full, file gone) says that earlier work is safe.
    """
    try:
        return True, fn(*args, **kwargs)
    except ReviewError as exc:
        QMessageBox.warning(parent, action, tr_core(exc))
    except DatabaseError as exc:
        QMessageBox.critical(parent, action, tr_core(exc))
    except (SQLAlchemyError, OSError) as exc:
        log.exception("storage failure while trying to %s", action)
        detail = tr_core(getattr(exc, "orig", exc))
        hint = ""
        if "disk" in detail.lower() or "full" in detail.lower():
            hint = " " + QCoreApplication.translate("errors", "The disk is full: free some space, then try again.")
        QMessageBox.critical(
            parent,
            action,
            QCoreApplication.translate("errors", "This change could not be saved ({detail}).").format(detail=detail)
            + hint + "\n\n"
            + QCoreApplication.translate("errors", "Everything saved before it is safe in the database."),
        )
    return False, None
