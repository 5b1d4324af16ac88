"""Dates as people type them, in English and French (Qt-free).

A date typed into a field is read in full or refused with a message saying why: a
date picker that edits one section at a time silently turned "15 Oct 2026" into
another date, which changed evidence without anyone noticing. Day-month-year is
the order in both languages (UK and French usage); the ISO form 2026-10-15 is
read too. A two-digit year is refused rather than guessed.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

__all__ = ["DateError", "parse_date", "format_date", "MONTHS"]


class DateError(ValueError):
    """A typed date that cannot be read; the message is for the person who typed it."""


# Month names and their usual abbreviations, accents removed and lower-cased.
_MONTH_NAMES = {
    1: ("january", "jan", "janvier", "janv"),
    2: ("february", "feb", "fevrier", "fevr", "fev"),
    3: ("march", "mar", "mars"),
    4: ("april", "apr", "avril", "avr"),
    5: ("may", "mai"),
    6: ("june", "jun", "juin"),
    7: ("july", "jul", "juillet", "juil"),
    8: ("august", "aug", "aout"),
    9: ("september", "sep", "sept", "septembre"),
    10: ("october", "oct", "octobre"),
    11: ("november", "nov", "novembre"),
    12: ("december", "dec", "decembre"),
}
_BY_NAME = {name: month for month, names in _MONTH_NAMES.items() for name in names}

# How a date is shown, so what is shown can be typed back and read the same.
MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
}

_MESSAGES = {
    "empty": {"en": "Enter the date, for example {example}.", "fr": "Saisissez la date, par exemple {example}."},
    "unreadable": {
        "en": "'{text}' is not a date. Type it as day, month and year, for example {example}.",
        "fr": "« {text} » n'est pas une date. Saisissez le jour, le mois et l'année, par exemple {example}.",
    },
    "month": {
        "en": "'{month}' is not a month. Use its name (Oct, October) or its number (10).",
        "fr": "« {month} » n'est pas un mois. Utilisez son nom (oct., octobre) ou son numéro (10).",
    },
    "year": {
        "en": "Write the year in full (four digits), for example {example}.",
        "fr": "Écrivez l'année en entier (quatre chiffres), par exemple {example}.",
    },
    "invalid": {
        "en": "There is no such day: '{text}'.",
        "fr": "Ce jour n'existe pas : « {text} ».",
    },
}

_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d+)$")
_ISO = re.compile(r"^(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})$")
_WORDS = re.compile(r"^(\d{1,2})(?:er|st|nd|rd|th)?\s*[ \-/]?\s*([a-z]+)\.?\s*[ ,\-/]?\s*(\d+)$")


def _plain(text: str) -> str:
    """Lower case without accents, single spaces: 'Févr.' reads like 'fevr.'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped.strip().lower())


def _message(key: str, language: str, **values) -> str:
    texts = _MESSAGES[key]
    values.setdefault("example", format_date(date(2026, 10, 15), language))
    return texts.get(language, texts["en"]).format(**values)


def format_date(d: date, language: str = "en") -> str:
    """'15 Oct 2026' / '15 oct. 2026': the form the date field shows and reads back."""
    months = MONTHS.get(language, MONTHS["en"])
    return f"{d.day:02d} {months[d.month - 1]} {d.year}"


def parse_date(text: str, language: str = "en") -> date:
    """The date typed in ``text``; raises DateError with a message in ``language``.

    Month names are read in either language (a French user may type 'Oct' too).
    """
    plain = _plain(text or "")
    if not plain:
        raise DateError(_message("empty", language))
    m = _ISO.match(plain)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = _NUMERIC.match(plain)
        if m:
            day, month, year = (int(g) for g in m.groups())
            year_text = m.group(3)
        else:
            m = _WORDS.match(plain)
            if not m:
                raise DateError(_message("unreadable", language, text=text.strip()))
            day, year = int(m.group(1)), int(m.group(3))
            name = m.group(2)
            if name not in _BY_NAME:
                raise DateError(_message("month", language, month=name))
            month = _BY_NAME[name]
            year_text = m.group(3)
        if len(year_text) != 4:
            raise DateError(_message("year", language))
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(_message("invalid", language, text=text.strip())) from None
