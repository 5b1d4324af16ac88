"""The exchange workbook (format version 4, versions 2 to 4 read): sheets, columns, types, checksum.

docs/exchange-format.md describes the same thing for people; a test checks
that every column named here is documented there.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

FORMAT_NAME = "QPP Reviewer exchange workbook"
FORMAT_VERSION = 4  # 4: the Evidence, Time and Calibration sheets; 3: the About sheet carries the exporting reviewer's signature
READ_VERSIONS = (2, 3, 4)  # 2: the same sheets, unsigned (older installs); collated only if the centre chooses

TEXT, INT, DATE, DATETIME = "text", "int", "date", "datetime"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = TEXT
    required: bool = True
    allowed: tuple[str, ...] | None = None
    width: int = 14
    max_len: int | None = None  # text: the most characters a cell may hold (None: MAX_CELL_TEXT)


# A spreadsheet cell holds 32,767 characters, and readers cut a longer one short without a word:
# no text cell of an exchange workbook comes near that. Text a person types (a comment, a reason,
# a note) is limited to domain.MAX_TEXT where it is typed, saved, exported and collated.
MAX_CELL_TEXT = 32_000
# An audit entry's old/new value is such a text, or one with a short label before it
# ("fail — " and the note of an agreed change).
AUDIT_LABEL = 64


def _values(enum_cls) -> tuple[str, ...]:
    return tuple(m.value for m in enum_cls)


def _columns():
    from ..domain import MAX_TEXT, Outcome, OutcomeJudgement, Product, QualityBand, ReviewStatus, Severity, SpecialPolicy, Stream

    reviews = (
        Column("review_id", width=38),
        Column("case_reference", width=16),
        Column("unit", width=22),
        Column("product", allowed=_values(Product), width=10),
        Column("outcome", required=False, allowed=_values(Outcome), width=11),
        Column("product_date", DATE, width=12),
        Column("decision_maker", width=14),
        Column("stream", allowed=_values(Stream), width=11),
        Column("reviewer", width=12),
        Column("status", allowed=_values(ReviewStatus), width=11),
        Column("template_id", width=14),
        Column("template_version", INT, width=9),
        Column("outcome_judgement", required=False, allowed=_values(OutcomeJudgement), width=17),
        Column("band", required=False, allowed=_values(QualityBand), width=6),
        Column("band_reason", required=False, width=50, max_len=MAX_TEXT),
        Column("assessed", INT, width=9),
        Column("no_error", INT, width=9),
        Column("minor", INT, width=7),
        Column("significant", INT, width=9),
        Column("fail", INT, width=6),
        Column("not_applicable", INT, width=9),
        Column("unanswered", INT, width=9),
        Column("batch", required=False, width=24),
        Column("created_at", DATETIME, width=19),
        Column("updated_at", DATETIME, width=19),
        Column("completed_at", DATETIME, required=False, width=19),
        Column("kind", allowed=("primary", "second", "agreed", "assurance", "calibration", "reference"), width=11),
        Column("parent_review_id", required=False, width=38),
        Column("superseded_by", required=False, width=38),
    )
    findings = (
        Column("review_id", width=38),
        Column("criterion_id", width=10),
        Column("section", required=False, width=28),
        Column("severity", required=False, allowed=_values(Severity), width=14),
        Column("comment", required=False, width=60, max_len=MAX_TEXT),
        Column("updated_at", DATETIME, width=19),
    )
    criteria = (
        Column("template_id", width=14),
        Column("template_version", INT, width=9),
        Column("template_title", width=28),
        Column("product", allowed=_values(Product), width=10),
        Column("position", INT, width=8),
        Column("section_id", width=8),
        Column("section_title", width=28),
        Column("criterion_id", width=10),
        Column("title", width=40),
        Column("question", width=50),
        Column("guidance", required=False, width=50),
        Column("special_policy", required=False, allowed=_values(SpecialPolicy), width=14),
        Column("applies_to", required=False, width=18),
    )
    audit = (
        Column("seq", INT, width=10),
        Column("content", allowed=("full", "digest only"), width=11),
        Column("at", DATETIME, required=False, width=19),
        Column("actor", required=False, width=12),
        Column("review_id", required=False, width=38),
        Column("action", required=False, width=16),
        Column("field", required=False, width=10),
        Column("old", required=False, width=30, max_len=MAX_TEXT + AUDIT_LABEL),
        Column("new", required=False, width=30, max_len=MAX_TEXT + AUDIT_LABEL),
        Column("payload_sha256", width=66),
        Column("prev_hash", width=66),
        Column("hash", width=66),
    )
    evidence = (  # format 4: the passages of the case documents that findings point at (never the documents)
        Column("review_id", width=38),
        Column("criterion_id", width=10),
        Column("document_sha256", width=66),
        Column("document_name", width=30, max_len=255),
        Column("page", INT, width=6),
        Column("quote", required=False, width=60, max_len=MAX_TEXT),
        Column("position", required=False, width=30, max_len=MAX_CELL_TEXT),
        Column("created_at", DATETIME, width=19),
        Column("created_by", width=12),
    )
    # active time per work session on the exported reviews (issue 20), from format 4
    time = (
        Column("session_id", width=38),
        Column("review_id", width=38),
        Column("reviewer", width=14),
        Column("started_at", DATETIME, width=19),
        Column("active_seconds", INT, width=10),
    )
    calibration = (  # format 4: which reviews are calibration cases, in which round (issue 18)
        Column("review_id", width=38),
        Column("round_id", width=38),
        Column("round_name", width=28, max_len=200),
        Column("held_on", DATE, width=12),
        Column("marked_by", width=12, max_len=100),
        Column("marked_at", DATETIME, width=19),
    )
    return {"Reviews": reviews, "Findings": findings, "Criteria": criteria, "Audit": audit, "Evidence": evidence,
            "Time": time, "Calibration": calibration}


SHEETS: dict[str, tuple[Column, ...]] = _columns()
DATA_SHEETS = ("Reviews", "Findings", "Criteria", "Audit", "Evidence", "Time", "Calibration")  # in checksum order
EVIDENCE_SHEET = "Evidence"  # format 4 on: the passages of case documents that findings point at
TIME_SHEET = "Time"  # format 4 on: active time per work session
CALIBRATION_SHEET = "Calibration"  # format 4 on: which exported reviews are calibration cases, in which round
# a data sheet added in a later format: required from that version
SHEET_SINCE = {EVIDENCE_SHEET: 4, TIME_SHEET: 4, CALIBRATION_SHEET: 4}


def data_sheets(version: int) -> tuple[str, ...]:
    """The checksummed sheets of a workbook of format ``version``, in checksum order."""
    return tuple(s for s in DATA_SHEETS if SHEET_SINCE.get(s, 0) <= version)


AGREEMENT_SHEET = "Agreement"
SUMMARY_SHEET = "Summary"
ABOUT_SHEET = "About"
ABOUT_KEYS = ("format", "format_version", "app_version", "exported_by", "exported_at", "source",
              "selection", "rows_reviews", "rows_findings", "rows_criteria", "rows_audit", "rows_evidence", "rows_time",
              "checksum_sha256",
              "signer", "signer_public_key", "signature")


def text_limit(col: Column) -> int:
    """The most characters a text cell of ``col`` may hold in an exchange workbook."""
    return col.max_len if col.max_len is not None else MAX_CELL_TEXT


def canonical(value) -> str:
    """One text form per value, whichever program wrote or read the cell.

    Spreadsheet readers hand back 3 as 3.0, dates as dates or datetimes, and an
    empty cell as None or "": the checksum must not depend on which.
    """
    if value is None:
        return ""
    kind = type(value)  # the commonest exact types first: an export canonicalises every cell
    if kind is int:
        return str(value)
    if kind is datetime:
        if not (value.hour or value.minute or value.second or value.microsecond):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if kind is date:
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if not (value.hour or value.minute or value.second or value.microsecond):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class Checksum:
    """SHA-256 over the data sheets' header and rows in canonical form."""

    def __init__(self):
        self._h = hashlib.sha256()

    def sheet(self, name: str) -> None:
        self._h.update(f"\x1d{name}\n".encode())

    def row(self, values) -> None:
        self.add(self.line(values))

    @staticmethod
    def line(values) -> str:
        """One row's canonical text (without its newline); the cells of a blank row join to separators only."""
        # str is by far the commonest cell: skip the general conversion for it
        return "\x1f".join([v if type(v) is str else canonical(v) for v in values])

    def add(self, line: str) -> None:
        self._h.update((line + "\n").encode())

    def add_encoded(self, data: bytes) -> None:
        """A line already encoded as add() would, its newline included."""
        self._h.update(data)

    def hexdigest(self) -> str:
        return self._h.hexdigest()
