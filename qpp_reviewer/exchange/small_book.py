"""Reading the small workbooks that travel beside the exchange workbook (queries, replies).

The queries workbook (centre → reviewer) and the reply workbook (decision maker → reviewer) are
read the same way up to their own rules: the file's bytes are read once and hashed, the package is
inspected before any reader sees it (the collation's defences against zip bombs, DTDs, macros and
formulas), the sheets must be exactly the format's, the About sheet names the format and a version
this install reads, and each data sheet starts with the format's header. One reader keeps those
checks, and their messages, the same for every such workbook; each format then checks its own
rows, counts and checksum and refuses through ``SmallBook.refuse`` so that every problem found is
listed in one message and nothing is imported.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..messages import translate
from .format import Column


@dataclass(frozen=True)
class BookKind:
    """What a small workbook is, for its checks and for the messages a person reads."""

    format_name: str
    format_version: int
    sheets: tuple[str, ...]  # every sheet, About included
    error: type[Exception]
    described: str  # "a queries workbook"
    question: str  # asked when the sheets are wrong: "Is it a queries workbook from the centre?"
    fresh: str  # what to do with a damaged file: "Ask the centre for a fresh queries workbook."
    other_formats: dict[str, str] = field(default_factory=dict)  # a format named by mistake → a hint
    about: str = "About"


@dataclass
class SmallBook:
    """A small workbook read and checked up to its headers: its About values, raw sheets and hash."""

    path: Path
    kind: BookKind
    about: dict
    sheets: dict[str, list[list]]
    sha256: str
    errors: list

    def refuse(self) -> Exception:
        return refusal(self.path, self.kind, self.errors)

    def header_ok(self, sheet: str, columns: Sequence[Column]) -> bool:
        """Whether ``sheet`` starts with the columns' header; an error recorded when not."""
        rows = self.sheets.get(sheet) or []
        header = [h if isinstance(h, str) else "" for h in (rows[0] if rows else [])]
        while header and header[-1] == "":
            header.pop()
        if header != [c.name for c in columns]:
            self.errors.add(sheet, 1, None, f"the header is {', '.join(header) or '(empty)'}; expected "
                            f"{', '.join(c.name for c in columns)}")
            return False
        return True

    def rows(self, sheet: str, columns: Sequence[Column]) -> Iterator[tuple[int, list]]:
        """(spreadsheet row number, cells padded to the columns) of each non-blank data row; cells
        beyond the last column are an error (text there would be lost without a word)."""
        width = len(columns)
        for n, r in enumerate((self.sheets.get(sheet) or [])[1:], start=2):
            cells = list(r) + [None] * (width - len(r))
            if all(v in (None, "") for v in cells):
                continue
            if any(v not in (None, "") for v in cells[width:]):
                self.errors.add(sheet, n, None, "has cells beyond the last column")
            yield n, cells[:width]


def refusal(path: Path, kind: BookKind, errors: list) -> Exception:
    return kind.error(
        translate("core", "{name} was not imported (nothing was changed):").format(name=path.name)
        + "\n" + "\n".join(f"  - {e}" for e in errors))


def read_small_book(path: str | Path, kind: BookKind) -> SmallBook:
    """The workbook at ``path`` read and checked up to its headers; ``kind.error`` saying every
    problem found otherwise (a missing or unreadable file, a hostile package, wrong sheets, another
    format or a version this install does not read, a wrong header)."""
    from python_calamine import CalamineWorkbook

    from .collate import _Errors, inspect_package

    path = Path(path)
    errors = _Errors()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise kind.error(translate("core", "There is no file {path}.").format(path=str(path))) from None
    except OSError as exc:
        raise kind.error(translate("core", "{path} cannot be read: {why}.").format(
            path=str(path), why=exc.strerror or exc)) from None
    sha = hashlib.sha256(data).hexdigest()
    if not inspect_package(path, data, errors):
        raise refusal(path, kind, errors)
    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = list(wb.sheet_names)
        if sorted(names) != sorted(kind.sheets):
            errors.add(path.name, None, None, f"has the sheets {', '.join(names)}; {kind.described} has exactly "
                       f"{', '.join(kind.sheets)}. {kind.question}")
            raise refusal(path, kind, errors)
        about = {}
        for r in wb.get_sheet_by_name(kind.about).to_python(skip_empty_area=False)[1:]:
            if r and isinstance(r[0], str) and r[0].strip():
                about[r[0].strip()] = r[1] if len(r) > 1 else None
        sheets = {name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
                  for name in kind.sheets if name != kind.about}
    except kind.error:
        raise
    except Exception as exc:  # the reader's own errors on a damaged file
        errors.add(path.name, None, None, f"cannot be read ({exc.__class__.__name__}: {str(exc)[:200]}). "
                   + kind.fresh)
        raise refusal(path, kind, errors) from None
    fmt = about.get("format")
    if fmt != kind.format_name:
        hint = kind.other_formats.get(fmt) if isinstance(fmt, str) else None
        errors.add(kind.about, None, "format", f"is '{fmt}', expected '{kind.format_name}'"
                   + (f" ({hint})" if hint else ""))
        raise refusal(path, kind, errors)
    version = about.get("format_version")
    if isinstance(version, float) and version.is_integer():
        version = int(version)
    if version != kind.format_version or isinstance(version, bool):
        errors.add(kind.about, None, "format_version", f"is {version!r}; this version of QPP Reviewer reads "
                   f"format {kind.format_version}" + (". Update QPP Reviewer to read it." if isinstance(
                       version, int) and not isinstance(version, bool) and version > kind.format_version else ""))
        raise refusal(path, kind, errors)
    return SmallBook(path, kind, about, sheets, sha, errors)
