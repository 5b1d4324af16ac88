"""Translations: Qt's own machinery (tr() in code, Designer strings, .ts/.qm catalogues).

Catalogues live in resources/translations as qpp_reviewer_<lang>.ts (edited with
Qt Linguist or by hand) and .qm (compiled by packaging/update_translations.sh).
The language is a setting; changing it takes effect when the app next starts,
as the texts built into open windows are not rebuilt.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir

LANGUAGES = {"en": "English", "fr": "Français"}
_installed: list[QTranslator] = []


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


def install(app: QApplication, lang: str | None = None) -> str:
    """Load the catalogue for ``lang`` (default: the setting); return the language used."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = lang or current_language()
    _set_locale(lang)
    if lang == "en":
        return "en"
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"qpp_reviewer_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        return "en"
    qt = QTranslator(app)  # Qt's own dialogs' buttons (OK, Cancel, …), when shipped with Qt
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang
