"""Messages from the Qt-free core that the window shows in the user's language.

The core (scoring, storage, sampling, templates, dates) speaks English: its band
reasons and error messages are read in logs, exports, PDF reports and the command
line. The window shows the same messages in the chosen language. So a core message
is a :class:`Message`: a ``str`` holding the English text, which also remembers its
catalogue source and its values. Code that treats it as text (logs, the database,
f-strings) sees English; the window renders it again through Qt's catalogue
(``qpp_reviewer.qt.i18n.text``).

Writing a message in the core, as in the window::

    raise ReviewError(translate("core", "Review {id} is complete; reopen it first.").format(id=rid))

``translate`` is spelt as Qt's so that ``pyside6-lupdate`` extracts the text into the
catalogue (context "core"); the argument must be a plain string literal, with the
values filled by ``.format()``. Values may be plain text and numbers, other
messages, dates (shown with the month's name in the user's language) and domain
labels (``Label(member)``). Counted phrases use :func:`plural`, which picks the
singular or the plural by each language's own rule (French: 0 and 1 are singular).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Callable, Mapping

__all__ = ["Message", "Label", "Number", "translate", "plural", "joined", "render", "message_of", "plural_index",
           "counted_noun"]


class Label:
    """A domain enum member's label as a message value (translated when shown)."""

    __slots__ = ("member", "lower")

    def __init__(self, member, lower: bool = False):
        self.member = member
        self.lower = lower

    def __str__(self) -> str:
        text = self.member.label
        return text.lower() if self.lower else text

    def __repr__(self) -> str:
        return f"Label({self.member!r}, lower={self.lower})"


class Number:
    """A count or amount as a message value: English "1,234", shown in the user's locale ("1 234")."""

    __slots__ = ("value",)

    def __init__(self, value: int):
        self.value = value

    def __str__(self) -> str:
        return f"{self.value:,}"

    def __repr__(self) -> str:
        return f"Number({self.value!r})"


# a number the core wrote out in English grouping ("1,204"): shown in the user's locale too
_ENGLISH_GROUPED = re.compile(r"^-?\d{1,3}(,\d{3})+$")


def plural_index(n: int, language: str) -> int:
    """0 for the singular form, 1 for the plural: English 1 is singular, French 0 and 1."""
    if language == "fr":
        return 0 if abs(n) < 2 else 1
    return 0 if n == 1 else 1


def _english_date(value) -> str:
    from .dates import format_date

    text = format_date(value, "en")
    if isinstance(value, datetime):
        text += f" {value.hour:02d}:{value.minute:02d}"
    return text


def _english(value):
    if isinstance(value, (Message, Label, Number)):
        return str(value)
    if isinstance(value, (date, datetime)):
        return _english_date(value)
    return value


class Message(str):
    """English text that remembers its catalogue source(s) and values.

    ``source`` is the catalogue text; ``forms`` the (singular, plural) sources of a
    counted phrase with ``count`` the number that chooses between them.
    """

    source: str
    params: Mapping[str, object]
    forms: tuple[str, str] | None
    count: int | None

    def __new__(cls, source: str, params: Mapping[str, object] | None = None,
                forms: tuple[str, str] | None = None, count: int | None = None):
        params = dict(params or {})
        chosen = source
        if forms is not None and count is not None:
            chosen = forms[plural_index(count, "en")]
        text = chosen.format(**{k: _english(v) for k, v in params.items()}) if params else chosen
        obj = super().__new__(cls, text)
        obj.source = source
        obj.params = params
        obj.forms = forms
        obj.count = count
        return obj

    def format(self, *args, **params) -> "Message":  # noqa: A003 - str.format's name, on purpose
        if args:
            raise TypeError("core messages take named values only")
        merged = {**self.params, **params}
        return Message(self.source, merged, self.forms, self.count)

    def __reduce__(self):
        return (Message, (self.source, self.params, self.forms, self.count))

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"


def translate(context: str, source: str) -> Message:
    """A catalogue text of the core (``context`` is "core"); fill it with ``.format()``."""
    return Message(source)


def plural(count: int, one: Message, many: Message, **values) -> Message:
    """A counted phrase: ``one``/``many`` written with ``{n}``, the count filled in; ``values`` fill
    their other placeholders (and may give ``n`` as shown, e.g. "1,204", the form still chosen by ``count``).
    The count is shown grouped as numbers are ("1,204"; in French "1 204")."""
    return Message(many.source, {**one.params, **many.params, "n": Number(count), **values},
                   (one.source, many.source), count)


def joined(separator: str, parts) -> Message:
    """``separator.join(parts)`` that keeps each part a message (each shown in the user's language).

    The joining pattern is no catalogue text: rendered, it is its own translation."""
    parts = list(parts)
    sep = separator.replace("{", "{{").replace("}", "}}")
    return Message(sep.join(f"{{p{i}}}" for i in range(len(parts))), {f"p{i}": p for i, p in enumerate(parts)})


def message_of(obj) -> Message | None:
    """The core message carried by ``obj`` (a Message, or an exception raised with one)."""
    if isinstance(obj, Message):
        return obj
    if isinstance(obj, BaseException) and obj.args and isinstance(obj.args[0], Message) and len(obj.args) == 1:
        return obj.args[0]
    return None


def render(
    message: Message,
    translate_text: Callable[[str], str],
    language: str,
    label_text: Callable[[object], str] = lambda member: member.label,
    date_text: Callable[[object], str] | None = None,
    number_text: Callable[[int], str] | None = None,
) -> str:
    """``message`` in another language: ``translate_text(source)`` gives the catalogue's text for a
    source (or the source itself), ``label_text(member)`` a domain label, ``date_text(d)`` a date,
    ``number_text(n)`` a :class:`Number` (and a number the core wrote as "1,204")."""

    def value(v):
        if isinstance(v, Message):
            return render(v, translate_text, language, label_text, date_text, number_text)
        if number_text is not None:
            if isinstance(v, Number):
                return number_text(v.value)
            if isinstance(v, str) and _ENGLISH_GROUPED.match(v):
                return number_text(int(v.replace(",", "")))
        if isinstance(v, Label):
            text = label_text(v.member)
            return text.lower() if v.lower else text
        if isinstance(v, (date, datetime)) and date_text is not None:
            return date_text(v)
        return _english(v)

    source = message.source
    if message.forms is not None and message.count is not None:
        source = message.forms[plural_index(message.count, language)]
    template = translate_text(source) or source
    values = {k: value(v) for k, v in message.params.items()}
    try:
        return template.format(**values) if values else template
    except (KeyError, IndexError, ValueError):  # a catalogue entry that lost a placeholder: English, never a crash
        return str(message)


def counted_noun(n: int, one: str, many: str | None = None) -> str:
    """English "1 review" / "3 reviews" (never "review(s)"), for text that is English only: the
    command line, logs, PDF reports. Text the window shows in French uses :func:`plural`."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
