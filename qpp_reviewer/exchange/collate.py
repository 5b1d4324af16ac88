"""Collating exchange workbooks into one database.

A workbook is read (python-calamine: an order of magnitude faster than
openpyxl for reading), validated completely, and only then written, in one
transaction: a workbook with any error changes nothing. Bands are recomputed
with the scoring function; a band in the file that disagrees is reported.
A review already in the database is never overwritten: the same content is a
no-op, different content is a conflict that is reported and left alone.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy import func, insert, select, update

from ..domain import (
    MAX_TEXT,
    ChecklistTemplate,
    Criterion,
    Outcome,
    OutcomeJudgement,
    Product,
    ReviewStatus,
    Severity,
    SpecialPolicy,
)
from ..scoring import score
from ..storage.models import (
    CollationNoteRow,
    CollationRunRow,
    FindingRow,
    ReviewEventRow,
    ReviewRow,
    UnitRow,
)
from ..storage import audit
from ..storage.audit import verify_rows
from ..storage.bulk import insert_many
from ..storage.ids import new_ids
from ..storage.store import Store, utcnow, validate_reference
from .protect import PasswordError, decrypt_to_bytes, is_encrypted
from .format import (
    ABOUT_SHEET,
    DATA_SHEETS,
    EVIDENCE_SHEET,
    SHEET_SINCE,
    TIME_SHEET,
    data_sheets,
    DATE,
    DATETIME,
    FORMAT_NAME,
    CALIBRATION_SHEET,
    FORMAT_VERSION,
    READ_VERSIONS,
    INT,
    SHEETS,
    TEXT,
    Checksum,
    Column,
    text_limit,
)

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED = 512 * 1024 * 1024  # what the parts of one workbook may add up to, unpacked
MAX_RATIO = 200  # unpacked/packed size of one part; real exports stay far below
MAX_PARTS = 1000
MAX_ERRORS = 200
CHUNK = 500

log = logging.getLogger(__name__)


class Cancelled(Exception):
    pass


@dataclass
class FileReport:
    path: Path
    sha256: str = ""
    errors: list[str] = field(default_factory=list)
    added: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)  # later revisions of held reviews, which replaced them
    stale: list[str] = field(default_factory=list)  # copies older than the held revision: nothing changed
    batches_unsigned: list[str] = field(default_factory=list)
    discrepancies: list[str] = field(default_factory=list)
    templates_added: list[str] = field(default_factory=list)
    units_added: list[str] = field(default_factory=list)
    discrepancy_ids: list[tuple[str, str]] = field(default_factory=list)
    needs_password: bool = False
    audit_entries: int = 0
    signer: str = ""  # who signed it (as enrolled), and the key's fingerprint
    signer_fingerprint: str = ""
    unsigned_accepted: bool = False
    unknown_signer: tuple[str, bytes] | None = None  # (signer, public key) the centre has not enrolled
    enrol_signer: tuple[str, bytes] | None = None  # to enrol on the spot once the file has passed
    source_trail: tuple | None = None  # (database id, entries, head) of the file's trail, remembered when it is written
    older_export: str = ""  # its trail is the beginning of one the centre has already collated
    answers: list[str] = field(default_factory=list)  # reviewers' answers to the centre's queries, taken
    states_reset: list[str] = field(default_factory=list)  # approved / with issues, received again when revised
    _revised_ids: list[tuple[str, str, str]] = field(default_factory=list, repr=False)  # (id, who, why)

    @property
    def rejected(self) -> bool:
        return bool(self.errors)


@dataclass
class SignaturePolicy:
    """What the centre accepts besides workbooks signed by an enrolled, unrevoked key.

    ``accept_unsigned``: format 2 workbooks from older installs, which have no signature (each is
    reported as such). ``trust_new_signers``: enrol on the spot a key the centre has not seen (the
    collator has confirmed its fingerprint with the reviewer), as ``collate --trust-new-signers`` does.
    Both are off unless chosen."""

    accept_unsigned: bool = False
    trust_new_signers: bool = False


# What collate() accepts when it is given no policy: only signatures by enrolled, unrevoked keys.
DEFAULT_SIGNATURES = SignaturePolicy()


@dataclass
class CollationReport:
    files: list[FileReport] = field(default_factory=list)
    run_id: int | None = None
    unfinished: list[str] = field(default_factory=list)  # earlier runs that never finished

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def unchanged(self) -> int:
        return sum(f.unchanged for f in self.files)

    @property
    def conflicts(self) -> int:
        return sum(len(f.conflicts) for f in self.files)

    @property
    def revised(self) -> int:
        return sum(len(f.revised) for f in self.files)

    @property
    def stale(self) -> int:
        return sum(len(f.stale) for f in self.files)

    @property
    def discrepancies(self) -> int:
        return sum(len(f.discrepancies) for f in self.files)

    @property
    def rejected(self) -> int:
        return sum(1 for f in self.files if f.rejected)

    def text(self) -> str:
        lines = [f"WARNING: {u}" for u in self.unfinished]
        for f in self.files:
            if f.rejected:
                lines.append(f"REJECTED {f.path.name}: nothing from it was imported")
                lines += [f"  - {e}" for e in f.errors]
            else:
                lines.append(f"read {f.path.name}: {f.added} added, {len(f.revised)} revised, "
                             f"{f.unchanged} unchanged, {len(f.stale)} older than held, "
                             f"{len(f.conflicts)} conflicting")
                lines += [f"  template installed: {t}" for t in f.templates_added]
                lines += [f"  unit created: {u}" for u in f.units_added]
                if f.signer:
                    lines.append(f"  signed by {f.signer} (key {f.signer_fingerprint})"
                                 + (", enrolled at this collation" if f.enrol_signer else ""))
                elif f.unsigned_accepted:
                    lines.append("  unsigned (format 2, from an older QPP Reviewer): accepted by the centre's choice")
                lines += [f"  revised: {c}" for c in f.revised]
                lines += [f"  older than held: {c}" for c in f.stale]
                if f.older_export:
                    lines.append(f"  {f.older_export}")
                lines += [f"  batch no longer signed off: {b}" for b in dict.fromkeys(f.batches_unsigned)]
                lines += [f"  received again: {c}" for c in f.states_reset]
                lines += [f"  query answered: {a}" for a in f.answers]
                lines += [f"  conflict: {c}" for c in f.conflicts]
                lines += [f"  band discrepancy: {d}" for d in f.discrepancies]
        lines.append(
            f"{len(self.files)} file(s) read, {self.rejected} rejected; reviews: {self.added} added, "
            f"{self.revised} revised, {self.unchanged} unchanged, {self.stale} older than held, "
            f"{self.conflicts} conflicting; "
            f"{self.discrepancies} band discrepancies (recomputed bands stored)"
        )
        return "\n".join(lines)


class _Errors(list):
    def add(self, sheet: str, row: int | None, column: str | None, message: str) -> None:
        where = sheet + (f", row {row}" if row else "") + (f", column {column}" if column else "")
        if len(self) < MAX_ERRORS:
            self.append(f"{where}: {message}")
        elif len(self) == MAX_ERRORS:
            self.append("… further errors not listed")


_FREE_TEXT = ("comment", "guidance", "question", "band_reason", "old", "new")


# The largest whole number a cell holds exactly (a spreadsheet number is a double); none of the
# format's whole-number columns (counts, versions, positions, audit sequence numbers) is negative.
MAX_INT = 2 ** 53


def _convert(value, col: Column, errors: _Errors, sheet: str, row: int):
    """Typed value of one cell, or None with an error recorded."""
    if type(value) is str and col.kind == TEXT and value and col.allowed is None:
        # the commonest cell, on the fast path: plain text in a free column
        if col.name in _FREE_TEXT:
            return value
        stripped = value.strip()
        if stripped:
            return stripped
    if isinstance(value, str) and col.kind != TEXT:
        value = value.strip()
    if value is None or value == "" or (isinstance(value, str) and not value.strip()):
        if col.required:
            errors.add(sheet, row, col.name, "is empty")
        return None
    if col.kind == INT:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (
                isinstance(value, float) and not value.is_integer()):  # (inf and nan are not whole either)
            errors.add(sheet, row, col.name, f"'{value}' is not a whole number")
            return None
        if not 0 <= value <= MAX_INT:  # counts, versions, positions, sequence numbers
            errors.add(sheet, row, col.name, f"{value:g} is out of range (a whole number from 0 to {MAX_INT:,})")
            return None
        return int(value)
    if col.kind in (DATE, DATETIME):
        if isinstance(value, datetime):
            return value.date() if col.kind == DATE else value
        if isinstance(value, date):
            return value if col.kind == DATE else datetime(value.year, value.month, value.day)
        if isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value)
                if parsed.tzinfo is None:
                    return parsed.date() if col.kind == DATE else parsed
            except ValueError:
                pass
        errors.add(sheet, row, col.name, f"'{value}' is not a {'date' if col.kind == DATE else 'date and time'}"
                   " (use a date cell or YYYY-MM-DD)")
        return None
    # text
    if isinstance(value, bool):
        errors.add(sheet, row, col.name, f"'{value}' is a true/false value, not text")
        return None
    if isinstance(value, float):
        value = str(int(value)) if value.is_integer() else repr(value)
    elif not isinstance(value, str):
        value = str(value)
    if col.name not in _FREE_TEXT:
        value = value.strip()  # identifiers and names: no stray spaces
    if col.allowed is not None and value not in col.allowed:
        errors.add(sheet, row, col.name, f"'{value}' is not allowed; use one of: {', '.join(col.allowed)}")
        return None
    return value


def _converter(col: Column, errors: _Errors, sheet: str) -> Callable[[object, int], object]:
    """_convert for one column, with the commonest well-formed cell of its kind answered first.

    Collation converts every cell of every workbook: the general path, with its
    checks, runs only for cells the fast path does not recognise.
    """
    def slow(v, n):
        return _convert(v, col, errors, sheet, n)

    optional = not col.required

    if col.kind == TEXT and col.allowed is None:
        if col.name in _FREE_TEXT:
            def conv(v, n):
                if type(v) is str and v:
                    return v
                # an empty optional cell (most comments): None, as _convert would say
                return None if optional and (v is None or v == "") else slow(v, n)
        else:
            def conv(v, n):
                if type(v) is str:
                    stripped = v.strip()
                    if stripped:
                        return stripped
                return None if optional and (v is None or v == "") else slow(v, n)
    elif col.kind == TEXT:
        allowed = frozenset(col.allowed)

        def conv(v, n):
            if type(v) is str:
                stripped = v.strip()
                if stripped in allowed:
                    return stripped
            return None if optional and (v is None or v == "") else slow(v, n)
    elif col.kind == INT:
        def conv(v, n):
            if type(v) is int and 0 <= v <= MAX_INT:
                return v
            if type(v) is float and v.is_integer() and 0 <= v <= MAX_INT:  # how a spreadsheet reader gives a count
                return int(v)
            return slow(v, n)
    elif col.kind == DATETIME:
        def conv(v, n):
            if type(v) is datetime:
                return v
            return None if optional and (v is None or v == "") else slow(v, n)
    elif col.kind == DATE:
        def conv(v, n):
            if type(v) is date:
                return v
            if type(v) is datetime:
                return v.date()
            return None if optional and (v is None or v == "") else slow(v, n)
    else:
        conv = slow
    return conv


_FORMULA = re.compile(rb'<c r="([A-Z]+[0-9]+)"[^>]*>\s*<f[ >/]|<f[ >/]')


def inspect_package(path: Path, data: bytes | None, errors: _Errors) -> bool:
    """Check the ZIP container before any spreadsheet parser sees it.

    Refuses what could exhaust memory or time (zip bombs, enormous parts), XML
    with a DTD (entity expansion "billion laughs"), and formulas anywhere but the
    Summary sheet: an export holds values only, so a formula means a hand edit.
    """
    source = io.BytesIO(data) if data is not None else str(path)
    name = path.name
    if not zipfile.is_zipfile(source):
        errors.add(name, None, None, "is not a complete .xlsx workbook (not a ZIP file, or cut short in "
                   "copying). Was it exported by QPP Reviewer, and copied completely?")
        return False
    try:
        with zipfile.ZipFile(source) as z:
            infos = z.infolist()
            if len(infos) > MAX_PARTS:
                errors.add(name, None, None, f"has {len(infos)} parts; an exchange workbook has a few dozen")
                return False
            total = sum(i.file_size for i in infos)
            if total > MAX_UNCOMPRESSED:
                errors.add(name, None, None, f"would unpack to {total // (1024 * 1024)} MB, more than the "
                           f"{MAX_UNCOMPRESSED // (1024 * 1024)} MB allowed: refused before reading")
                return False
            for i in infos:
                if i.file_size > 1_000_000 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                    errors.add(name, None, None, f"part {i.filename} unpacks {i.file_size // max(i.compress_size, 1)}"
                               " times larger than it is packed (a 'zip bomb'): refused before reading")
                    return False
            problem = _foreign_part(z, infos)
            if problem:
                errors.add(name, None, None, problem + ". Refused before reading: ask for a fresh export "
                           "from QPP Reviewer")
                return False
            sheet_files = _sheet_files(z)
            for i in infos:
                if not i.filename.endswith((".xml", ".rels")):
                    continue
                with z.open(i) as fh:
                    head = fh.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        errors.add(name, None, None, f"part {i.filename} declares a DTD or entities, which "
                                   "exchange workbooks never do (a known attack on XML readers): refused")
                        return False
                    sheet = sheet_files.get(i.filename)
                    if sheet is None or sheet == "Summary":
                        continue
                    tail = b""
                    chunk = head
                    while chunk:
                        m = _FORMULA.search(tail + chunk)
                        if m:
                            cell = m.group(1).decode() if m.group(1) else None
                            errors.add(sheet, None, None, f"holds a formula{' in cell ' + cell if cell else ''}; "
                                       "an exchange workbook holds values only (was it edited by hand?)")
                            return False
                        tail = chunk[-64:]
                        chunk = fh.read(1 << 20)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        errors.add(name, None, None, f"is damaged ({exc}); ask for a fresh export")
        return False
    return True


_OOXML = "application/vnd.openxmlformats-officedocument."
# What an exchange workbook, or one a spreadsheet program saves from it, is made of: no macros,
# no embedded objects, no external links or data connections
ALLOWED_CONTENT_TYPES = frozenset({
    "application/vnd.openxmlformats-package.relationships+xml",
    "application/vnd.openxmlformats-package.core-properties+xml",
    "application/xml",
    _OOXML + "spreadsheetml.sheet.main+xml",
    _OOXML + "spreadsheetml.worksheet+xml",
    _OOXML + "spreadsheetml.styles+xml",
    _OOXML + "spreadsheetml.sharedStrings+xml",
    _OOXML + "spreadsheetml.calcChain+xml",
    _OOXML + "spreadsheetml.table+xml",
    _OOXML + "spreadsheetml.comments+xml",
    _OOXML + "spreadsheetml.printerSettings",
    _OOXML + "theme+xml",
    _OOXML + "extended-properties+xml",
    _OOXML + "custom-properties+xml",
    _OOXML + "drawing+xml",
    _OOXML + "vmlDrawing",
    "image/png", "image/jpeg",
})
_PART_TYPE = re.compile(rb'<(Default|Override)\b([^>]*)>')
_ATTR = re.compile(rb'(Extension|PartName|ContentType)\s*=\s*"([^"]*)"')


def _foreign_part(z: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> str | None:
    """What makes this ZIP something other than an exchange workbook, naming the part; None if nothing.

    A macro project, an entry that would land outside the folder it is unpacked in
    ('..' or an absolute path), two entries with one name (readers disagree on which
    counts) or a part of a kind a workbook of values never holds.
    """
    seen: set[str] = set()
    for i in infos:
        n = i.filename
        parts = n.replace("\\", "/").split("/")
        if n.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", n) or "\\" in n or "\0" in n:
            return f"part '{n[:200]}' has an absolute or non-portable name, which an exchange workbook never has"
        if ".." in parts:
            return f"part '{n[:200]}' has '..' in its name (it would be unpacked outside the workbook), which an exchange workbook never has"
        if n.lower() in seen:
            return f"part '{n[:200]}' appears twice, which an exchange workbook never has"
        seen.add(n.lower())
        if "vbaproject" in n.lower():
            return f"part '{n[:200]}' is a macro project (VBA), which an exchange workbook never has"
    try:
        types = z.read("[Content_Types].xml")[:1_000_000]
    except KeyError:
        return "the part '[Content_Types].xml', which every workbook has, is missing"
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for m in _PART_TYPE.finditer(types):
        attrs = {k.decode(): v.decode(errors="replace") for k, v in _ATTR.findall(m.group(2))}
        ctype = attrs.get("ContentType", "")
        if m.group(1) == b"Default" and "Extension" in attrs:
            defaults[attrs["Extension"].lower()] = ctype
        elif "PartName" in attrs:
            overrides[attrs["PartName"].lstrip("/").lower()] = ctype
    for i in infos:
        n = i.filename
        if n.endswith("/") or n == "[Content_Types].xml":
            continue
        ctype = overrides.get(n.lower())
        if ctype is None:
            ctype = defaults.get(n.rsplit(".", 1)[-1].lower() if "." in n.rsplit("/", 1)[-1] else "")
        if ctype is None:
            return f"part '{n[:200]}' has no content type in [Content_Types].xml, which an exchange workbook never has"
        base = ctype.split(";")[0].strip()
        if base not in ALLOWED_CONTENT_TYPES:
            what = " (a macro project)" if "vba" in base.lower() or "macro" in base.lower() else ""
            return f"part '{n[:200]}' is of type '{base[:120]}'{what}, which an exchange workbook never has"
    return None


def _sheet_files(z: zipfile.ZipFile) -> dict[str, str]:
    """Part name -> sheet name, from workbook.xml and its relationships."""
    try:
        book = z.read("xl/workbook.xml")[:1_000_000]
        rels = z.read("xl/_rels/workbook.xml.rels")[:1_000_000]
    except KeyError:
        return {}
    targets = {m.group(1): m.group(2) for m in re.finditer(rb'Id="([^"]+)"[^>]*Target="([^"]+)"', rels)}
    targets.update({m.group(2): m.group(1) for m in re.finditer(rb'Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
    out = {}
    for m in re.finditer(rb'<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]+)"', book):
        target = targets.get(m.group(2))
        if target:
            t = target.decode().lstrip("/")
            out[t if t.startswith("xl/") else f"xl/{t}"] = m.group(1).decode()
    return out


def _read_workbook(path: Path, errors: _Errors, data: bytes | None = None) -> tuple[dict, dict[str, list[dict]], str] | None:
    """About entries, typed rows per data sheet, and the recomputed checksum.

    The reader's own exceptions (a sheet listed but its part missing, malformed
    sheet XML, anything else it raises on a damaged file) are a refusal of this
    file, never the end of the run.
    """
    if not inspect_package(path, data, errors):
        return None
    try:
        return _read_sheets(path, errors, data)
    except Exception as exc:  # python_calamine.WorksheetNotFound, XmlError, ZipError, …
        where = getattr(exc, "_qpp_sheet", None)
        errors.add(where or path.name, None, None,
                   f"cannot be read ({exc.__class__.__name__}: {str(exc)[:200]}): a part of the workbook is "
                   "missing or damaged. Was it exported by QPP Reviewer, and copied completely? Ask for a fresh export.")
        return None


def _sheet_rows(wb, sheet: str) -> list[list]:
    """A sheet's rows; an exception from the reader is marked with the sheet it was reading."""
    try:
        return wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    except Exception as exc:
        exc._qpp_sheet = sheet
        raise


def _read_sheets(path: Path, errors: _Errors, data: bytes | None):
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data)) if data is not None else \
            CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for every kind of bad file
        errors.add(path.name, None, None, f"not a readable .xlsx workbook ({exc.__class__.__name__}: "
                   f"{str(exc)[:200]}). Was it exported by QPP Reviewer, and copied completely?")
        return None
    names = set(wb.sheet_names)
    missing = [s for s in (*DATA_SHEETS, ABOUT_SHEET) if s not in names and s not in SHEET_SINCE]
    if missing:
        errors.add(path.name, None, None, f"missing sheet(s): {', '.join(missing)}. This is not a "
                   "QPP Reviewer exchange workbook, or a sheet was deleted or renamed.")
        return None
    about: dict[str, object] = {}
    for r in _sheet_rows(wb, ABOUT_SHEET):
        if r and isinstance(r[0], str) and r[0]:
            about[r[0].strip()] = r[1] if len(r) > 1 else None
    if about.get("format") != FORMAT_NAME:
        errors.add(ABOUT_SHEET, None, "format", f"is '{about.get('format')}', expected '{FORMAT_NAME}'")
        return None
    version = about.get("format_version")
    if isinstance(version, float) and version.is_integer():
        version = int(version)
    if version not in READ_VERSIONS or isinstance(version, bool):
        errors.add(ABOUT_SHEET, None, "format_version",
                   f"is {version!r}; this version of QPP Reviewer reads formats 2 to {FORMAT_VERSION}. "
                   + ("Update QPP Reviewer to read it." if isinstance(version, (int, float)) and version > FORMAT_VERSION
                      else ""))
        return None
    present = names  # (the loop below names each sheet's columns ``names``)
    checksum = Checksum()
    data: dict[str, list[dict]] = {EVIDENCE_SHEET: [], TIME_SHEET: []}  # formats 2 and 3: no evidence, no sessions
    for sheet in data_sheets(version):
        if sheet not in present:
            errors.add(path.name, None, None, f"missing sheet {sheet} (a format {version} workbook has it). "
                       "A sheet was deleted or renamed: ask for a fresh export.")
            continue
        columns = SHEETS[sheet]
        rows = _sheet_rows(wb, sheet)
        if not rows:
            errors.add(sheet, None, None, "is empty (no header row)")
            continue
        header = [h if isinstance(h, str) else "" for h in rows[0]]
        while header and header[-1] == "":
            header.pop()
        expected = [c.name for c in columns]
        if header != expected:
            missing_cols = [c for c in expected if c not in header]
            extra = [h for h in header if h not in expected]
            detail = []
            if missing_cols:
                detail.append(f"missing column(s) {', '.join(missing_cols)}")
            if extra:
                detail.append(f"unknown column(s) {', '.join(extra)}")
            if not detail:
                detail.append("columns out of order")
            errors.add(sheet, 1, None, "; ".join(detail) + f". Expected: {', '.join(expected)}")
            continue
        checksum.sheet(sheet)
        checksum.row(expected)
        out = []
        width = len(columns)
        names = [c.name for c in columns]
        convs = [_converter(c, errors, sheet) for c in columns]
        blank = "\x1f" * (width - 1)
        for n, raw in enumerate(rows[1:], start=2):
            if len(raw) != width:
                raw = list(raw[:width]) + [None] * (width - len(raw))
            line = checksum.line(raw)
            if line == blank:
                continue  # blank lines at the end of a sheet
            if len(line) > MAX_TEXT and _too_long(columns, raw, errors, sheet, n):
                continue
            checksum.add(line)
            rec = {"_row": n}
            for name, conv, v in zip(names, convs, raw):
                rec[name] = conv(v, n)
            out.append(rec)
        data[sheet] = out
    if errors:
        return None
    return about, data, checksum.hexdigest()


SPREADSHEET_CELL = 32_767  # what a spreadsheet cell holds; readers cut a longer cell to this silently


def _too_long(columns: tuple[Column, ...], raw: list, errors: _Errors, sheet: str, n: int) -> bool:
    """Record each text cell of a row longer than its column allows; True if there was one.

    Text is limited where it is typed and saved (domain.MAX_TEXT for a comment, note or
    reason), so an export never holds a longer cell: one is a hand edit or another program's
    file, and a cell at the spreadsheet's own limit may have been cut short on the way.
    """
    found = False
    for col, v in zip(columns, raw):
        if isinstance(v, str) and len(v) > text_limit(col):
            cut = (f"; a spreadsheet cell holds {SPREADSHEET_CELL:,}, so it may have been cut short"
                   if len(v) >= SPREADSHEET_CELL else "")
            errors.add(sheet, n, col.name, f"is {len(v):,} characters, more than the {text_limit(col):,} an "
                       f"exchange workbook holds there{cut}. Was the workbook edited by hand? Ask for a fresh export.")
            found = True
    return found


def _templates_from_file(rows: list[dict], errors: _Errors) -> dict[tuple[str, int], ChecklistTemplate]:
    grouped: dict[tuple[str, int], list[dict]] = {}
    for r in rows:
        grouped.setdefault((r["template_id"], r["template_version"]), []).append(r)
    templates = {}
    for (tid, version), items in grouped.items():
        first = items[0]
        if len(tid) > 64:
            errors.add("Criteria", first["_row"], "template_id", "is longer than 64 characters")
        if version < 1:
            errors.add("Criteria", first["_row"], "template_version", "must be 1 or more")
        for r in items:
            for col in ("product", "template_title"):
                if r[col] != first[col]:
                    errors.add("Criteria", r["_row"], col, f"'{r[col]}' differs from '{first[col]}' on row "
                               f"{first['_row']} of the same template")
            if len(r["criterion_id"]) > 32:
                errors.add("Criteria", r["_row"], "criterion_id", "is longer than 32 characters")
            if r["applies_to"] and first["product"] == Product.INTERVIEW.value:
                errors.add("Criteria", r["_row"], "applies_to", "is only for decision templates")
        items.sort(key=lambda r: r["position"])
        seen = set()
        criteria = []
        for r in items:
            if r["criterion_id"] in seen:
                errors.add("Criteria", r["_row"], "criterion_id", f"'{r['criterion_id']}' appears twice in "
                           f"template {tid} v{version}")
                continue
            seen.add(r["criterion_id"])
            applies = None
            if r["applies_to"]:
                try:
                    applies = frozenset(Outcome.parse(o) for o in str(r["applies_to"]).split(","))
                except ValueError as exc:
                    errors.add("Criteria", r["_row"], "applies_to", str(exc))
            criteria.append(Criterion(
                id=r["criterion_id"], section_id=r["section_id"], section_title=r["section_title"],
                title=r["title"], question=r["question"], guidance=r["guidance"] or "",
                special_policy=SpecialPolicy(r["special_policy"]) if r["special_policy"] else None,
                applies_to=applies, position=len(criteria),
            ))
        templates[(tid, version)] = ChecklistTemplate(
            id=tid, version=version, product=Product(items[0]["product"]), title=items[0]["template_title"],
            description="", criteria=tuple(criteria),
        )
    return templates


def _same_template(a: ChecklistTemplate, b: ChecklistTemplate) -> bool:
    def key(t):
        return [t.title] + [(c.id, c.section_id, c.section_title, c.title, c.question, c.guidance.strip(), c.special_policy,
                 c.applies_to) for c in t.criteria]
    return a.product is b.product and key(a) == key(b)


def _content(header: tuple, findings: Iterable[tuple]) -> tuple:
    """What makes two copies of a review the same review (timestamps aside)."""
    return header, tuple(sorted((cid, sev or "", comment or "") for cid, sev, comment in findings
                                if sev or comment))


def _validate(path: Path, store: Store, report: FileReport, password: str | None = None,
              policy: SignaturePolicy | None = None):
    errors = _Errors()
    data = None
    if is_encrypted(path):
        try:
            data = decrypt_to_bytes(path, password, MAX_FILE_BYTES * 4)
        except PasswordError as exc:
            report.errors = [str(exc)]
            report.needs_password = True
            return None
    read = _read_workbook(path, errors, data)
    if read is None:
        report.errors = list(errors)
        return None
    about, data, digest = read
    if str(about.get("checksum_sha256", "")).strip().lower() != digest:
        errors.add(ABOUT_SHEET, None, "checksum_sha256",
                   "does not match the content: the workbook was changed after it was exported "
                   "(or damaged in transit). Ask for a fresh export.")
    if not errors:
        _check_signature(store, about, report, errors, policy or SignaturePolicy())
    for sheet, key in (("Reviews", "rows_reviews"), ("Findings", "rows_findings"), ("Criteria", "rows_criteria"),
                       ("Audit", "rows_audit"), ("Time", "rows_time")):
        stated = about.get(key)
        if isinstance(stated, (int, float)) and int(stated) != len(data[sheet]):
            errors.add(sheet, None, None, f"has {len(data[sheet])} rows; About says {int(stated)}")

    trail = [dict(r, redacted=(r["content"] == "digest only"),
                  **{k: r[k] or "" for k in ("actor", "review_id", "action", "field", "old", "new")})
             for r in data["Audit"]]
    for r in trail:
        if not r["redacted"] and (r["at"] is None or not r["action"]):
            errors.add("Audit", r["_row"], "at", "a full entry needs its time and action")
    if not errors:
        check = verify_rows(trail)
        if not check.ok:
            row = next((r["_row"] for r in trail if r["seq"] == check.broken_at), None)
            errors.add("Audit", row, None, f"the audit trail is broken: {check.problem}")
    report.audit_entries = len(trail)
    if not errors:
        _check_source_trail(store, about, trail, report, errors)

    file_templates = _templates_from_file(data["Criteria"], errors)
    for key, t in file_templates.items():
        try:
            known = store.template(*key)
        except KeyError:
            continue
        if not _same_template(known, t):
            errors.add("Criteria", None, None, f"template {t.id} v{t.version} differs from the one with the same "
                       "id and version in this database; a template version must never change")

    reviews: dict[str, dict] = {}
    for r in data["Reviews"]:
        n = r["_row"]
        rid = r["review_id"]
        if rid is None:
            continue
        try:
            canonical_id = str(uuid.UUID(rid))
        except ValueError:
            canonical_id = None
        if canonical_id != rid:
            errors.add("Reviews", n, "review_id", f"'{rid}' is not a review id (a UUID written in lower case "
                       "with hyphens, e.g. 0b7c2e8e-3f1a-4c2d-9a51-6f0e2d7c9b10)")
            continue
        if rid in reviews:
            errors.add("Reviews", n, "review_id", f"{rid} appears twice (first at row {reviews[rid]['_row']})")
            continue
        reviews[rid] = r
        for col, what in (("case_reference", "case reference"), ("decision_maker", "decision maker's reference")):
            if r[col] is not None and (msg := validate_reference(r[col], what)):
                errors.add("Reviews", n, col, msg)
        if r["product"] == Product.DECISION.value and not r["outcome"]:
            errors.add("Reviews", n, "outcome", "a decision needs its outcome")
        if r["product"] == Product.INTERVIEW.value and r["outcome"]:
            errors.add("Reviews", n, "outcome", "an interview has no outcome")
        if r["product_date"] is not None and r["product_date"] > date.today():
            errors.add("Reviews", n, "product_date", f"{r['product_date']} is in the future")
        if r["unit"] is not None and len(r["unit"]) > 100:
            errors.add("Reviews", n, "unit", "is longer than 100 characters")
        if r["reviewer"] is not None and len(r["reviewer"]) > 100:
            errors.add("Reviews", n, "reviewer", "is longer than 100 characters")
        if r["status"] == ReviewStatus.COMPLETE.value and r["completed_at"] is None:
            errors.add("Reviews", n, "completed_at", "is empty, but the review is complete")
        if r["status"] == ReviewStatus.IN_PROGRESS.value and r["completed_at"] is not None:
            errors.add("Reviews", n, "completed_at", "is set, but the review is in progress")
        key = (r["template_id"], r["template_version"])
        template = file_templates.get(key)
        if template is None:
            errors.add("Reviews", n, "template_id", f"template {key[0]} v{key[1]} is not in the Criteria sheet")
        elif r["product"] and template.product.value != r["product"]:
            errors.add("Reviews", n, "template_id", f"template {key[0]} is for {template.product.value}s, "
                       f"not {r['product']}s")
        r["_findings"] = {}

    _attach_trails(trail, reviews)

    from ..storage.models import ReviewRow as _R

    refs = [r[c] for r in reviews.values() for c in ("parent_review_id", "superseded_by") if r[c]]
    with store._session() as s:
        linked = {x[0] for x in s.execute(select(_R.id).where(_R.id.in_(refs)))} if refs else set()
    for r in reviews.values():
        kind = r["kind"] or "primary"
        if kind != "primary" and not r["parent_review_id"]:
            errors.add("Reviews", r["_row"], "parent_review_id", f"a {kind} review names the review it belongs to")
        for col in ("parent_review_id", "superseded_by"):
            ref = r[col]
            if ref and ref not in reviews and ref not in linked:
                errors.add("Reviews", r["_row"], col, f"{ref} is neither in this workbook nor in the database")
        if kind in ("second", "assurance") and r["parent_review_id"] in reviews:
            parent = reviews[r["parent_review_id"]]
            if (parent["reviewer"] or "").lower() == (r["reviewer"] or "").lower():
                errors.add("Reviews", r["_row"], "reviewer", "a second review or assurance check must be made by "
                           "someone other than the first reviewer")

    _check_time(data["Time"], reviews, errors)
    _check_calibration(store, data.get(CALIBRATION_SHEET, []), reviews, errors)

    crit_by_template: dict[str, dict] = {}
    for f in data["Findings"]:
        n = f["_row"]
        review = reviews.get(f["review_id"])
        if review is None:
            if f["review_id"] is not None:
                errors.add("Findings", n, "review_id", f"{f['review_id']} is not a review in the Reviews sheet")
            continue
        template = file_templates.get((review["template_id"], review["template_version"]))
        if template is None:
            continue
        outcome = Outcome(review["outcome"]) if review["outcome"] else None
        crit = crit_by_template.get(template.key)
        if crit is None:
            crit = crit_by_template[template.key] = {c.id: c for c in template.criteria}
        c = crit.get(f["criterion_id"])
        if c is None:
            errors.add("Findings", n, "criterion_id", f"'{f['criterion_id']}' is not a criterion of "
                       f"{template.id} v{template.version}")
            continue
        if not c.applies(outcome):
            errors.add("Findings", n, "criterion_id", f"{c.id} does not apply to a {outcome.value}")
            continue
        if c.id in review["_findings"]:
            errors.add("Findings", n, "criterion_id", f"a second finding on {c.id} for review {review['review_id']}")
            continue
        review["_findings"][c.id] = f

    from . import evidence_sheet

    evidence_sheet.check(data, reviews, about, errors)  # every row a finding's, or the workbook is refused
    scored = {}
    for rid, r in reviews.items():
        template = file_templates.get((r["template_id"], r["template_version"]))
        if template is None or r["product"] is None:
            continue
        outcome = Outcome(r["outcome"]) if r["outcome"] else None
        criteria = template.criteria_for(outcome)
        sev = {cid: Severity(f["severity"]) if f["severity"] else None for cid, f in r["_findings"].items()}
        judgement = OutcomeJudgement(r["outcome_judgement"]) if r["outcome_judgement"] else None
        result = score(criteria, sev, judgement)
        scored[rid] = result
        if r["status"] == ReviewStatus.COMPLETE.value:
            gaps = [c.id for c in criteria if sev.get(c.id) is None]
            silent = [cid for cid, f in r["_findings"].items()
                      if sev[cid] is not None and sev[cid].is_error and not (f["comment"] or "").strip()]
            if gaps:
                errors.add("Reviews", r["_row"], "status", f"complete, but criteria {', '.join(gaps[:5])}"
                           f"{' …' if len(gaps) > 5 else ''} have no finding")
            if silent:
                errors.add("Reviews", r["_row"], "status", f"complete, but errors on {', '.join(silent[:5])} "
                           "have no comment")
            if result.band is None:
                errors.add("Reviews", r["_row"], "status", f"complete, but it has no band ({result.reason})")
        stated = r["band"] or None
        computed = result.band.value if result.band else None
        counts_file = (r["assessed"], r["no_error"], r["minor"], r["significant"], r["fail"], r["not_applicable"])
        counts_new = (result.assessed, result.no_error, result.minor, result.significant, result.fail,
                      result.not_applicable)
        if stated != computed or counts_file != counts_new:
            why = str(result.reason)
            if computed and why.startswith(f"{computed} — "):  # the reason names its band first: once is enough
                why = why[len(computed) + 3:]
            text = (f"{r['case_reference']} ({rid}): the file says {stated or 'no band'}, the findings give "
                    f"{computed or 'no band'} — {why}")
            report.discrepancies.append(text)
            report.discrepancy_ids.append((rid, text))
    if errors:
        report.errors = list(errors)
        report.discrepancies, report.discrepancy_ids = [], []
        return None
    return about, reviews, file_templates, scored


def _check_time(rows: list[dict], reviews: dict[str, dict], errors: "_Errors") -> None:
    """The Time sheet (format 4): each work session of a review in the file, once; kept on the review."""
    from ..storage.worktime import MAX_SESSION_SECONDS

    seen: dict[str, int] = {}
    for r in rows:
        n = r["_row"]
        review = reviews.get(r["review_id"])
        if r["session_id"] in seen:
            errors.add("Time", n, "session_id", f"{r['session_id']} appears twice (first at row {seen[r['session_id']]})")
            continue
        if r["session_id"] is None or len(r["session_id"]) > 36:
            errors.add("Time", n, "session_id", "is empty or longer than 36 characters")
            continue
        seen[r["session_id"]] = n
        if review is None:
            if r["review_id"] is not None:
                errors.add("Time", n, "review_id", f"{r['review_id']} is not a review in the Reviews sheet")
            continue
        if r["active_seconds"] is not None and not 0 <= r["active_seconds"] <= MAX_SESSION_SECONDS:
            errors.add("Time", n, "active_seconds", f"{r['active_seconds']} is not 0 to {MAX_SESSION_SECONDS:,} "
                       "seconds (a day)")
            continue
        if r["reviewer"] is not None and len(r["reviewer"]) > 100:
            errors.add("Time", n, "reviewer", "is longer than 100 characters")
            continue
        review.setdefault("_time", []).append(r)


def _check_calibration(store: Store, rows: list[dict], reviews: dict[str, dict], errors: "_Errors") -> None:
    """The Calibration sheet (format 4): each row marks a first review (or agreed result) of this workbook as a
    calibration case in a round; a reference answer or calibration review belongs to a case marked here or
    already in the database. Each mark is kept on its review (``_calibration``) for the write."""
    from ..storage.calibration import CALIBRATION, MARKABLE, REFERENCE, CalibrationCaseRow

    for r in rows:
        n, rid = r["_row"], r["review_id"]
        if rid is None:
            continue
        review = reviews.get(rid)
        if review is None:
            errors.add(CALIBRATION_SHEET, n, "review_id", f"{rid} is not a review in the Reviews sheet")
            continue
        if "_calibration" in review:
            errors.add(CALIBRATION_SHEET, n, "review_id", f"{rid} is marked twice")
            continue
        if (review["kind"] or "primary") not in MARKABLE:
            errors.add(CALIBRATION_SHEET, n, "review_id", f"{rid} is a {review['kind']} review; a calibration case "
                       "is a first review or an agreed result")
            continue
        try:
            if str(uuid.UUID(r["round_id"] or "")) != r["round_id"]:
                raise ValueError
        except ValueError:
            errors.add(CALIBRATION_SHEET, n, "round_id", f"'{r['round_id']}' is not a round id (a UUID)")
            continue
        if not " ".join((r["round_name"] or "").split()):
            errors.add(CALIBRATION_SHEET, n, "round_name", "is empty")
            continue
        review["_calibration"] = r
    pending = {r[c] for r in reviews.values() for c in ("parent_review_id",)
               if (r["kind"] or "") in (REFERENCE, CALIBRATION) and r[c] and "_calibration" not in reviews.get(r[c], {})}
    if pending:
        with store._session() as s:
            held = set(s.scalars(select(CalibrationCaseRow.review_id).where(CalibrationCaseRow.review_id.in_(pending))))
        for r in reviews.values():
            if (r["kind"] or "") in (REFERENCE, CALIBRATION) and r["parent_review_id"] in pending - held:
                errors.add("Reviews", r["_row"], "parent_review_id", f"a {r['kind']} review belongs to a calibration "
                           f"case, and {r['parent_review_id']} is not one (in the Calibration sheet or the database)")


def _write_calibration(s, reviews: dict[str, dict], path: Path, now, notes: list, sha256: str) -> None:
    """The calibration marks of a workbook: its rounds (by id; a round of the same name is the same round) and
    cases, added once (collating the workbook again changes nothing)."""
    from ..storage.calibration import CalibrationCaseRow, CalibrationRoundRow

    marks = [r["_calibration"] for r in reviews.values() if "_calibration" in r]
    if not marks:
        return
    rounds = {r.id: r for r in s.scalars(select(CalibrationRoundRow))}
    by_name = {r.name.lower(): r for r in rounds.values()}
    held = set(s.scalars(select(CalibrationCaseRow.review_id).where(
        CalibrationCaseRow.review_id.in_([m["review_id"] for m in marks]))))
    for m in marks:
        name = " ".join(m["round_name"].split())
        rnd = rounds.get(m["round_id"]) or by_name.get(name.lower())
        if rnd is None:
            rnd = CalibrationRoundRow(id=m["round_id"], name=name, held_on=m["held_on"], created_at=now,
                                      created_by=(m["marked_by"] or "collation")[:100])
            s.execute(insert(CalibrationRoundRow).values(id=rnd.id, name=rnd.name, held_on=rnd.held_on,
                                                         created_at=now, created_by=rnd.created_by))
            rounds[rnd.id] = by_name[name.lower()] = rnd
        if m["review_id"] in held:
            continue
        s.execute(insert(CalibrationCaseRow).values(review_id=m["review_id"], round_id=rnd.id,
                                                    marked_at=m["marked_at"], marked_by=(m["marked_by"] or "")[:100]))
        notes.append(dict(kind="calibration", file_name=path.name[:260], file_sha256=sha256,
                          review_id=m["review_id"], detail=f"calibration case in {rnd.name}"))


def _attach_trails(trail: list[dict], reviews: dict[str, dict]) -> None:
    """Each review's own trail: the digests of its entries in the Audit sheet, in order (issue 17).
    It tells a later revision of a held review from an older copy or a diverged one."""
    from ..storage.revisions import DIGEST_CHARS

    own: dict[str, list[str]] = {}
    answers: dict[str, list[tuple]] = {}
    for t in sorted(trail, key=lambda t: t["seq"] or 0):
        if not t["redacted"] and t["review_id"] in reviews:
            own.setdefault(t["review_id"], []).append(str(t["payload_sha256"] or "").lower()[:DIGEST_CHARS])
            if t.get("action") == "query_answered" and t.get("field") and t.get("at"):
                # the reviewer's answer to a query of the centre travels in the review's own trail
                answers.setdefault(t["review_id"], []).append((str(t["field"]), str(t.get("new") or ""),
                                                               str(t.get("actor") or ""), t["at"]))
    for rid, r in reviews.items():
        r["_trail"] = own.get(rid, [])
        r["_answers"] = answers.get(rid, [])


def _incoming_copy(r: dict, result, path: Path, sha256: str):
    """The incoming copy of a review as storage.revisions keeps it."""
    from ..storage.revisions import Copy, snapshot

    review = {k: r[k] for k in ("case_reference", "unit", "product", "outcome", "product_date", "decision_maker",
                                "stream", "reviewer", "template_id", "template_version", "outcome_judgement",
                                "status", "created_at", "updated_at", "completed_at", "parent_review_id",
                                "superseded_by")}
    review.update(kind=r["kind"] or "primary", band=result.band.value if result.band else None,
                  band_reason=str(result.reason), n_no_error=result.no_error, n_minor=result.minor,
                  n_significant=result.significant, n_fail=result.fail, n_not_applicable=result.not_applicable,
                  n_unanswered=result.unanswered)
    findings = [dict(criterion_id=cid, severity=f["severity"], comment=f["comment"] or "", updated_at=f["updated_at"])
                for cid, f in r["_findings"].items()]
    return Copy(tuple(r["_trail"]), snapshot(review, findings), path.name, sha256)


def _held_trails(s, ids: list[str]) -> dict[str, str]:
    """The trail heads of the held copies among ``ids`` (reviews collated with their trail)."""
    from ..storage.revisions import ReviewTrailRow

    out = {}
    for i in range(0, len(ids), CHUNK):
        out.update(s.execute(select(ReviewTrailRow.review_id, ReviewTrailRow.head)
                             .where(ReviewTrailRow.review_id.in_(ids[i:i + CHUNK]))).all())
    return out


def _existing_content(store: Store, s, ids: list[str]) -> dict[str, tuple]:
    out = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        rows = s.execute(
            select(ReviewRow.id, ReviewRow.case_reference, UnitRow.name, ReviewRow.product, ReviewRow.outcome,
                   ReviewRow.product_date, ReviewRow.decision_maker, ReviewRow.stream, ReviewRow.reviewer,
                   ReviewRow.status, ReviewRow.template_id, ReviewRow.template_version,
                   ReviewRow.outcome_judgement, func.coalesce(ReviewRow.kind, "primary"),
                   ReviewRow.parent_review_id)
            .join(UnitRow, ReviewRow.unit_id == UnitRow.id)
            .where(ReviewRow.id.in_(chunk))
        ).all()
        if not rows:
            continue
        findings: dict[str, list] = {}
        for rid, cid, sev, comment in s.execute(
            select(FindingRow.review_id, FindingRow.criterion_id, FindingRow.severity, FindingRow.comment)
            .where(FindingRow.review_id.in_([r[0] for r in rows]))
        ):
            findings.setdefault(rid, []).append((cid, sev, comment))
        for r in rows:
            out[r[0]] = _content(tuple(r[1:]), findings.get(r[0], []))
    return out


def _incoming_content(r: dict) -> tuple:
    header = (r["case_reference"], r["unit"], r["product"], r["outcome"], r["product_date"], r["decision_maker"],
              r["stream"], r["reviewer"], r["status"], r["template_id"], r["template_version"],
              r["outcome_judgement"], r["kind"] or "primary", r["parent_review_id"])
    return _content(header, ((cid, f["severity"], f["comment"]) for cid, f in r["_findings"].items()))


def _revision_arrives(s, rid: str, r: dict, a, path: Path, report: FileReport, notes: list,
                      event_rows: list, revised_audit: list, now, batches: dict) -> None:
    """What a copy of a review the centre holds with its trail did (``a``, from revisions.arrive_many): a
    later revision replaced it, an older one or one seen before changed nothing, a diverged one is a
    conflict for a quality lead (issue 17). Reported, noted and audited here."""
    who = f"{r['case_reference']} ({rid})"
    if a.outcome == "unchanged":
        report.unchanged += 1
        return
    kind = {"revised": "revised", "stale": "stale", "conflict": "conflict", "altered": "conflict"}[a.outcome]
    msg = f"{who}: {a.detail}"
    {"revised": report.revised, "stale": report.stale}.get(kind, report.conflicts).append(msg)
    notes.append(dict(kind=kind, file_name=path.name[:260], file_sha256=report.sha256, review_id=rid, detail=msg))
    if a.outcome in ("revised", "conflict"):
        event_rows.append(dict(review_id=rid, at=now, kind=kind, by="collation",
                               detail=f"{path.name} (sha256 {report.sha256[:12]}…): {a.detail}"))
    if a.outcome == "revised":  # its review state, if any, goes back to received (see _write)
        report._revised_ids.append((rid, who, f"revised (revision {a.revision_after}) by {path.name}"))
    if a.revision_after != a.revision_before:
        from ..storage.models import BatchRow

        revised_audit.append((now, "collation", rid, "revised", "revision", str(a.revision_before),
                              f"{a.revision_after} from {path.name} sha256 {report.sha256}"))
        batch_id = batches.get(rid)
        batch = batch_id and s.get(BatchRow, batch_id)
        if batch and batch.signed_off_at is not None:  # as reopening a review of a signed-off batch does
            batch.signed_off_at = None
            batch.signed_off_by = None
            event_rows.append(dict(review_id=rid, at=now, kind="batch_unsigned", by="collation",
                                   detail=f"Batch '{batch.name}' is no longer signed off: review revised by "
                                          f"{path.name}"))
            report.batches_unsigned.append(batch.name)


def _write(store: Store, path: Path, report: FileReport, validated, run_id: int) -> None:
    """Write one validated workbook, its notes and the run's counts so far, in one transaction."""
    _about, reviews, file_templates, scored = validated
    now = utcnow()
    with store._session.begin() as s:
        for key, t in file_templates.items():
            try:
                store.template(*key)
            except KeyError:
                from ..storage.store import _template_row

                s.add(_template_row(t))
                report.templates_added.append(t.key)
        s.flush()
        units = {name: uid for uid, name in s.execute(select(UnitRow.id, UnitRow.name))}
        lower = {name.lower(): uid for name, uid in units.items()}
        existing = _existing_content(store, s, list(reviews))
        heads = _held_trails(s, list(existing))
        names = {uid: name for name, uid in units.items()}
        review_rows, finding_rows, event_rows, notes, trails, revised_audit = [], [], [], [], [], []
        # Nothing read below needs the ORM objects added for an earlier review of this file: without
        # autoflush, each lookup of a revision does not first write every pending row (a file's reviews
        # are distinct, and each file is its own transaction)
        autoflush, s.autoflush = s.autoflush, False
        arrivals: list = []  # copies of held reviews with their trails: revisions, older copies, conflicts
        for rid, r in reviews.items():
            if r["unit"].lower() in lower:  # units match whatever their case, as they do when typed
                r["unit"] = names[lower[r["unit"].lower()]]
            if rid in existing and rid in heads:
                from ..storage.revisions import chain_head

                if chain_head(r["_trail"]) == heads[rid] and existing[rid] == _incoming_content(r):
                    report.unchanged += 1  # the commonest case: the same copy again
                    continue
                arrivals.append((rid, _incoming_copy(r, scored[rid], path, report.sha256)))
                continue
            if rid in existing:
                if existing[rid] == _incoming_content(r):
                    report.unchanged += 1
                    if r["superseded_by"]:  # agreed since the last export: a link, not a change of content
                        row = s.get(ReviewRow, rid)
                        if row.superseded_by is None:
                            row.superseded_by = r["superseded_by"]
                            notes.append(dict(kind="linked", file_name=path.name, file_sha256=report.sha256,
                                              review_id=rid, detail=f"superseded by agreed review {r['superseded_by']}"))
                else:
                    msg = (f"{r['case_reference']} ({rid}) is already in the database with different "
                           "content; the database copy was kept")
                    report.conflicts.append(msg)
                    notes.append(dict(kind="conflict", file_name=path.name,
                                      file_sha256=report.sha256, review_id=rid, detail=msg))
                continue
            unit_id = units.get(r["unit"]) or lower.get(r["unit"].lower())
            if unit_id is None:
                # a reviewer may add units: the centre creates the unit and says so in the run's report
                unit_id = s.execute(insert(UnitRow).values(name=r["unit"], active=True)).inserted_primary_key[0]
                units[r["unit"]] = lower[r["unit"].lower()] = unit_id
                names[unit_id] = r["unit"]
                report.units_added.append(r["unit"])
                notes.append(dict(kind="unit_added", file_name=path.name[:260], file_sha256=report.sha256,
                                  review_id=None, detail=f"unit created: {r['unit']}"))
            result = scored[rid]
            review_rows.append(dict(
                id=rid, case_reference=r["case_reference"], unit_id=unit_id, product=r["product"],
                outcome=r["outcome"], product_date=r["product_date"], decision_maker=r["decision_maker"],
                stream=r["stream"], reviewer=r["reviewer"], template_id=r["template_id"],
                template_version=r["template_version"], outcome_judgement=r["outcome_judgement"],
                status=r["status"], band=result.band.value if result.band else None, band_reason=result.reason,
                n_no_error=result.no_error, n_minor=result.minor, n_significant=result.significant,
                n_fail=result.fail, n_not_applicable=result.not_applicable, n_unanswered=result.unanswered,
                created_at=r["created_at"], updated_at=r["updated_at"], completed_at=r["completed_at"],
                batch_id=None, source_file=path.name[:260], imported_at=now,
                kind=r["kind"] or "primary", parent_review_id=r["parent_review_id"], superseded_by=r["superseded_by"],
            ))
            for cid, f in r["_findings"].items():
                finding_rows.append(dict(id=None, review_id=rid, criterion_id=cid,
                                         severity=f["severity"], comment=f["comment"] or "",
                                         updated_at=f["updated_at"]))
            event_rows.append(dict(review_id=rid, at=now, kind="imported", by="collation",
                                   detail=f"{path.name} (sha256 {report.sha256[:12]}…)"))
            trails.append((rid, r["_trail"]))
            report.added += 1
        if arrivals:
            from ..storage.revisions import arrive_many

            batches = {}
            for i in range(0, len(arrivals), CHUNK):
                batches.update(s.execute(select(ReviewRow.id, ReviewRow.batch_id).where(
                    ReviewRow.id.in_([rid for rid, _c in arrivals[i:i + CHUNK]]), ReviewRow.batch_id.is_not(None))).all())
            for i in range(0, len(arrivals), CHUNK):
                done = arrive_many(s, arrivals[i:i + CHUNK])
                for rid, _c in arrivals[i:i + CHUNK]:
                    _revision_arrives(s, rid, reviews[rid], done[rid], path, report, notes, event_rows,
                                      revised_audit, now, batches)
        s.autoflush = autoflush
        if report._revised_ids:
            from ..storage.states import revised_many, state_label

            left = revised_many(s, report._revised_ids, now)
            report.states_reset += [f"{who}: was {state_label(state)}, revised since" for who, state in left]
        from ..storage.queries import take_answer

        for rid, r in reviews.items():  # the latest answer to each query counts, whichever copy brought it
            for query_id, text, actor, at in r.get("_answers", ()):
                if take_answer(s, query_id, text, actor, at):
                    report.answers.append(f"{r['case_reference']}: {text[:80]}")
        added = {row["id"] for row in review_rows}
        for rid, d in report.discrepancy_ids:
            notes.append(dict(kind="discrepancy", file_name=path.name, file_sha256=report.sha256,
                              review_id=rid, detail=d))
            if rid in added:  # kept with the review itself, in the same transaction
                event_rows.append(dict(review_id=rid, at=now, kind="band_discrepancy", by="collation", detail=d))
        for row, fid in zip(finding_rows, new_ids(len(finding_rows))):
            row["id"] = fid
        # One driver-level executemany per table on the session's connection (storage.bulk): the ORM's bulk
        # path, and even Core's per-row parameter handling, cost more than the inserts themselves
        con = s.connection()
        for model, rows in ((ReviewRow, review_rows), (FindingRow, finding_rows), (ReviewEventRow, event_rows)):
            insert_many(con, model.__table__, rows)
        from ..storage.revisions import record_trails

        record_trails(s, trails)
        from . import evidence_sheet

        evidence_sheet.store_evidence(s, reviews, list(added) + [rid for rid, _who, _t in report._revised_ids])
        _write_time(store, s, reviews)
        _write_calibration(s, reviews, path, now, notes, report.sha256)
        if report.source_trail is not None:
            from ..storage import identity

            database, entries, head, exported_by, source = report.source_trail
            identity.remember(s, database, exported_by, source, entries, head, path.name, report.sha256, now)
        if revised_audit:
            audit.append_many(s, revised_audit)
        # the collation database's own trail records each arrival, in one statement
        audit.append_many(s, [(now, "collation", row["id"], "imported", "file", None,
                               f"{path.name} sha256 {report.sha256}") for row in review_rows])
        if notes:
            s.execute(insert(CollationNoteRow), [dict(n, run_id=run_id) for n in notes])
        # a run killed after this file still shows what it had done
        s.execute(update(CollationRunRow).where(CollationRunRow.id == run_id).values(
            files_read=CollationRunRow.files_read + 1, added=CollationRunRow.added + report.added,
            unchanged=CollationRunRow.unchanged + report.unchanged,
            conflicts=CollationRunRow.conflicts + len(report.conflicts),
            discrepancies=CollationRunRow.discrepancies + len(report.discrepancies)))
    if report.templates_added:
        store._load_templates()


def _write_time(store: Store, s, reviews: dict[str, dict]) -> None:
    """Keep the file's work sessions (Time sheet) of the reviews now held; a session held already keeps the
    larger count of seconds (a later export of the same session has counted on)."""
    from ..storage.worktime import WorkSession

    sessions = [WorkSession(t["session_id"], rid, t["reviewer"], t["started_at"], t["active_seconds"])
                for rid, r in reviews.items() for t in r.get("_time", ())]
    if not sessions:
        return
    s.flush()
    ids = sorted({x.review_id for x in sessions})
    held = set()
    for i in range(0, len(ids), 500):
        held.update(s.scalars(select(ReviewRow.id).where(ReviewRow.id.in_(ids[i:i + 500]))))
    store.worktime.add_sessions(s, [x for x in sessions if x.review_id in held])


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and every .xlsx directly inside a folder given."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.suffix.lower() == ".xlsx" and not x.name.startswith((".", "~$"))))
        else:
            out.append(p)
    return out


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def collate(
    store: Store,
    paths: Iterable[str | Path],
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    passwords: Callable[[Path], str | None] | dict | None = None,
    signatures: SignaturePolicy | None = None,
) -> CollationReport:
    """Import every workbook; each is all-or-nothing. Returns what happened to each.

    The run is recorded as started before any file is read, each file's notes are
    written with its reviews, and the run is marked finished at the end: a run that
    was killed leaves a record without a finish, which the next run reports.
    """
    files = expand_paths(paths)
    report = CollationReport()
    run_id = _start_run(store, report)
    notes: list[dict] = []
    i = 0
    try:
        for i, path in enumerate(files):
            if cancelled and cancelled():
                raise Cancelled()
            if progress:
                progress(i, len(files), path.name)
            fr = FileReport(path)
            report.files.append(fr)
            _collate_one(store, path, fr, passwords, run_id, i, len(files),
                         signatures or DEFAULT_SIGNATURES)
    except Cancelled:
        notes.append(dict(kind="cancelled", file_name="", file_sha256="", review_id=None,
                          detail=f"cancelled after {i} of {len(files)} file(s); the rest were not read"))
        _finish_run(store, report, notes)
        raise
    _finish_run(store, report, notes)
    if progress:
        progress(len(files), len(files), "")
    return report


def _collate_one(store: Store, path: Path, fr: FileReport, passwords, run_id: int, i: int, n: int,
                 policy: SignaturePolicy | None = None) -> None:
    """One file, start to end; whatever goes wrong with it is this file's refusal."""
    try:
        if not path.is_file():
            fr.errors.append(f"{path}: no such file")
            return
        if path.suffix.lower() != ".xlsx":
            fr.errors.append(f"{path.name}: an exchange workbook is an .xlsx file")
            return
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            fr.errors.append(f"{path.name}: {size // (1024 * 1024)} MB is larger than the "
                             f"{MAX_FILE_BYTES // (1024 * 1024)} MB an exchange workbook may be")
            return
        fr.sha256 = _sha256(path)
        password = None
        if passwords is not None:
            password = passwords.get(str(path)) if isinstance(passwords, dict) else passwords(path)
        validated = _validate(path, store, fr, password, policy or SignaturePolicy())
        if validated is not None:
            if fr.enrol_signer is not None:
                signer, public_key = fr.enrol_signer
                store.keys.enrol(signer, public_key, by=store.actor or "collation", how="at_collation")
            _write(store, path, fr, validated, run_id)
    except OSError as exc:
        fr.errors = [f"{path.name}: cannot read the file ({exc.strerror or exc})"]
        _forget_writes(fr)
    except Exception as exc:  # noqa: BLE001 - one file's failure must not end the run
        # the report names the kind of failure; its text may hold SQL with row values, so it is cut short
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200] if str(exc) else ""
        log.error("collation: file %d of %d failed: %s", i + 1, n, exc.__class__.__name__)
        fr.errors = [f"{path.name}: could not be collated ({exc.__class__.__name__}"
                     f"{': ' + detail if detail else ''}); nothing from it was imported"]
        _forget_writes(fr)


def _check_source_trail(store: Store, about: dict, trail: list[dict], report: FileReport, errors: "_Errors") -> None:
    """The file's trail must begin with the longest trail already collated from its database
    (storage/identity.py): a history rewritten since is refused. Files from before database ids
    (no ``database_id`` in About) are not checked."""
    from ..storage import identity

    database = str(about.get("database_id") or "").strip().lower()
    if not database:
        return
    if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", database):
        errors.add(ABOUT_SHEET, None, "database_id", "is not a database id (a UUID as QPP Reviewer writes it)")
        return
    hashes = {int(r["seq"]): str(r["hash"] or "").lower() for r in trail if isinstance(r["seq"], (int, float))}
    entries = max(hashes, default=0)
    stated = str(about.get("audit_head") or "").strip().lower()
    if stated and stated != hashes.get(entries, ""):
        errors.add(ABOUT_SHEET, None, "audit_head", f"is not the hash of the Audit sheet's last entry ({entries})")
        return
    with store._session() as s:
        found = identity.check(s, database, hashes, entries)
    if found.outcome == "rewritten":
        errors.add("Audit", None, None, found.detail)
        return
    if found.outcome == "older":
        report.older_export = found.detail
    report.source_trail = (database, entries, hashes.get(entries, ""), str(about.get("exported_by") or ""),
                           str(about.get("source") or ""))


def _check_signature(store: Store, about: dict, report: FileReport, errors: "_Errors",
                     policy: SignaturePolicy) -> None:
    """Who signed the workbook, and does the centre accept them (issue 16): a valid signature by an
    enrolled key that is not revoked; an unsigned format 2 file only if the centre chose to accept
    those; a key not seen before only if the collator chose to enrol it on the spot."""
    from .. import signing

    version = about.get("format_version")
    version = int(version) if isinstance(version, (int, float)) and not isinstance(version, bool) else version
    check = signing.check_about(about)
    if not check.signed:
        if version == 2 and policy.accept_unsigned:
            report.unsigned_accepted = True
            return
        if version == 2:
            errors.add(ABOUT_SHEET, None, "signature",
                       "is missing: this format 2 workbook comes from an older QPP Reviewer, which did not sign "
                       "its exports. Ask for an export from an up-to-date app, or collate with "
                       "--accept-unsigned if the centre accepts unsigned workbooks.")
        else:
            errors.add(ABOUT_SHEET, None, "signature",
                       "is missing: a format 3 workbook is always signed by the reviewer who exported it. "
                       "Was the workbook edited? Ask for a fresh export.")
        return
    if not check.valid:
        errors.add(ABOUT_SHEET, None, "signature",
                   f"{check.problem} (or damaged). Ask {check.signer or 'the reviewer'} for a fresh export.")
        return
    enrolled = store.keys.find(check.public_key)
    if enrolled is None:
        if policy.trust_new_signers:
            # enrolled once the whole file has passed (see _collate_one): a refused file changes nothing
            report.enrol_signer = (check.signer, check.public_key)
            report.signer, report.signer_fingerprint = check.signer, check.fingerprint
            return
        else:
            report.unknown_signer = (check.signer, check.public_key)
            errors.add(ABOUT_SHEET, None, "signature",
                       f"is by {check.signer}, with a key the centre has not enrolled (fingerprint "
                       f"{check.fingerprint}). Confirm the fingerprint with {check.signer}, then enrol their key "
                       "(`qpp-reviewer key enrol FILE`, or collate with --trust-new-signers).")
            return
    if not enrolled.active:
        errors.add(ABOUT_SHEET, None, "signature",
                   f"is by {enrolled.reviewer}'s key {enrolled.fingerprint}, which was revoked on "
                   f"{enrolled.revoked_at:%d %b %Y} ({enrolled.revoke_reason}). Nothing signed with it is "
                   "collated.")
        return
    if " ".join(check.signer.split()).casefold() != enrolled.reviewer.casefold():
        errors.add(ABOUT_SHEET, None, "signer",
                   f"says {check.signer}, but the key {enrolled.fingerprint} is enrolled for {enrolled.reviewer}.")
        return
    report.signer, report.signer_fingerprint = enrolled.reviewer, enrolled.fingerprint


def _forget_writes(fr: FileReport) -> None:
    """The file's transaction was rolled back: nothing it counted was kept."""
    fr.added = fr.unchanged = 0
    fr.conflicts, fr.discrepancies, fr.discrepancy_ids = [], [], []
    fr.revised, fr.stale, fr.batches_unsigned = [], [], []
    fr.templates_added, fr.units_added = [], []


def _start_run(store: Store, report: CollationReport) -> int:
    """Record the run before any work, and pick up earlier runs that never finished.

    An earlier run without a finish was killed (or its machine stopped) midway: the
    files it had imported are kept, each whole; the rest were never read. Each such
    run is reported once, by the next run, which marks it as reported.
    """
    with store._session.begin() as s:
        reported = select(CollationNoteRow.run_id).where(CollationNoteRow.kind == "interrupted")
        earlier = s.execute(
            select(CollationRunRow.id, CollationRunRow.started_at, CollationRunRow.files_read, CollationRunRow.added)
            .where(CollationRunRow.finished_at.is_(None), CollationRunRow.id.not_in(reported))
            .order_by(CollationRunRow.id)
        ).all()
        run = CollationRunRow(started_at=utcnow(), finished_at=None, files_read=0, files_rejected=0, added=0,
                              unchanged=0, conflicts=0, discrepancies=0)
        s.add(run)
        s.flush()
        report.run_id = run.id
        for rid, at, files_read, added in earlier:
            text = (f"an earlier collation (run {rid}, started {at:%Y-%m-%d %H:%M:%S} UTC) did not finish: the "
                    f"{files_read} file(s) it had read, with {added} review(s) added, are kept whole; any files "
                    "after them were not read. Collate that run's files again: files already read are unchanged.")
            report.unfinished.append(text)
            s.execute(insert(CollationNoteRow), [
                dict(run_id=rid, kind="interrupted", file_name="", file_sha256="", review_id=None,
                     detail=f"did not finish; reported by run {run.id}"),
                dict(run_id=run.id, kind="earlier_unfinished", file_name="", file_sha256="", review_id=None,
                     detail=text),
            ])
        return run.id


def _finish_run(store: Store, report: CollationReport, notes: list[dict]) -> None:
    """Mark the run finished, with its counts and a note for each rejected file."""
    for f in report.files:
        if f.rejected:
            notes.append(dict(kind="rejected", file_name=f.path.name[:260], file_sha256=f.sha256,
                              review_id=None, detail="\n".join(f.errors)))
    with store._session.begin() as s:
        run = s.get(CollationRunRow, report.run_id)
        run.finished_at = utcnow()
        run.files_read, run.files_rejected = len(report.files), report.rejected
        run.added, run.unchanged = report.added, report.unchanged
        run.conflicts, run.discrepancies = report.conflicts, report.discrepancies
        if notes:
            s.execute(insert(CollationNoteRow), [dict(n, run_id=report.run_id) for n in notes])


def collation_notes(store: Store, review_id: str | None = None, kind: str | None = None) -> list[CollationNoteRow]:
    with store._session() as s:
        q = select(CollationNoteRow).order_by(CollationNoteRow.id)
        if review_id:
            q = q.where(CollationNoteRow.review_id == review_id)
        if kind:
            q = q.where(CollationNoteRow.kind == kind)
        return list(s.scalars(q))


def count_runs(store: Store) -> int:
    with store._session() as s:
        return s.scalar(select(func.count()).select_from(CollationRunRow))
