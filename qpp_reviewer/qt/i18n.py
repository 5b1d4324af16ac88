"""Translations: Qt's own machinery (tr() in code, Designer strings, .ts/.qm catalogues).

Catalogues live in resources/translations as qpp_reviewer_<lang>.ts (edited with
Qt Linguist or by hand) and .qm (compiled by packaging/update_translations.sh).
The language is a setting; changing it takes effect when the app next starts,
as the texts built into open windows are not rebuilt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ..messages import Message, message_of, plural_index, render
from ..paths import resources_dir

LANGUAGES = {"en": "English", "fr": "Français"}
_installed: list[QTranslator] = []
_language = ["en"]  # the language install() put in place


def current_language() -> str:
    lang = str(QSettings().value("language", "") or "")
    if lang in LANGUAGES:
        return lang
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang}")
    QSettings().setValue("language", lang)


def _set_locale(lang: str) -> None:
    """Dates, month names and numbers in the chosen language: the system's own locale when it speaks
    that language (its country's formats), else the language's default (a date picker in a French
    window shows "janvier", not "January")."""
    system = QLocale.system()
    QLocale.setDefault(system if system.name().split("_")[0] == lang else QLocale(lang))


def _qt_catalogue_dirs() -> list[str]:
    """Where Qt's own catalogues (qtbase_fr.qm: file dialogs, message box buttons) are: Qt's
    translations folder, and the app's resources (a bundle may carry them there)."""
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(resources_dir() / "translations")]


def install(app: QApplication, lang: str | None = None) -> str:
    """Load the catalogues for ``lang`` (default: the setting); return the language used.

    The app's own catalogue and Qt's are loaded independently: Qt's dialogs (file dialogs,
    "Annuler", "&Oui") are in the language whenever Qt ships it, even if ours failed to load.
    """
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = lang or current_language()
    _set_locale(lang)
    _language[0] = "en"
    if lang == "en":
        return "en"
    loaded = False
    for name in (f"qtbase_{lang}", f"qt_{lang}"):  # Qt's own dialogs' buttons (OK, Cancel, …)
        qt = QTranslator(app)
        if any(qt.load(name, folder) for folder in _qt_catalogue_dirs()):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"qpp_reviewer_{lang}.qm")):
        app.installTranslator(ours)  # installed last: looked up first
        _installed.append(ours)
        loaded = True
    if not loaded:
        return "en"
    _language[0] = lang
    return lang


def language() -> str:
    """The language the window's texts are in now."""
    return _language[0]


def plural(n: int, one: str, many: str) -> str:
    """A counted phrase in the window: ``one``/``many`` are translated texts with ``{n}``; the form is
    chosen by the language's rule (English: 1 is singular; French: 0 and 1 are); the count is written
    as the locale writes numbers ("1,234"; in French "1 234"). Other placeholders are left in place, to be
    filled next (``plural(n, "{n} review in {batch}", …).replace("{batch}", name)``)."""
    return (one, many)[plural_index(n, language())].format_map(_OnlyN(n=number(n)))


class _OnlyN(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def number(n: int) -> str:
    """A whole number as the window's locale writes it: "1,234" in English, "1 234" in French (the C
    locale, before a language is installed, writes numbers as English does)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{int(n):,}"
    return locale.toString(int(n))


def decimal(x: float, places: int = 1) -> str:
    """A number with ``places`` decimals as the window's locale writes it: "12.5" in English, "12,5" in French."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{float(x):,.{places}f}"
    return locale.toString(float(x), "f", places)


def _percent_sign() -> str:
    # French typography: a no-break space before the sign, "12,5 %", as the catalogue writes "{pct} %"
    return "\u00a0%" if language() == "fr" else "%"


def percent(x: float, places: int = 0) -> str:
    """``x`` per cent (12.5 → "12.5%"; in French "12,5 %")."""
    return decimal(x, places) + _percent_sign()


def interval(lo: float, hi: float, places: int = 1) -> str:
    """A range of percentages, ``lo`` and ``hi`` in per cent: "61.2–70.4%"; in French "61,2–70,4 %"."""
    return f"{decimal(lo, places)}\u2013{decimal(hi, places)}{_percent_sign()}"


def _date_text(d) -> str:
    from .common import format_date

    from datetime import datetime

    return format_date(d, time=isinstance(d, datetime))


def text(obj) -> str:
    """A core message (or an exception raised with one) in the window's language; anything else as str().

    The core's texts are in the catalogue's context "core" (see qpp_reviewer/messages.py)."""
    from .labels import tr_label

    message = message_of(obj)
    if message is None:
        return str(obj)
    if language() == "en":
        return str(message)
    return render(message, lambda source: QCoreApplication.translate("core", source), language(),
                  lambda member: tr_label(member.label), _date_text, number)


__all__ = ["LANGUAGES", "current_language", "set_language", "install", "language", "plural", "number", "text", "Message"]
