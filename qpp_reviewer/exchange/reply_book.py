"""The reply workbook: the decision maker's reply to a review's feedback, filled in Excel or LibreOffice (issue 18 item 1).

Written with the feedback sheet (``qpp-reviewer report feedback … --reply-workbook FILE.xlsx``), it has
one row per finding of the review (each error it found: the criterion, the finding, the reviewer's
comment), a drop-down (data validation) for *accept* / *dispute* and a column for the reason, and a
last row for the review as a whole. Only the reply and reason cells can be typed in; the rest of
the sheet is protected. docs/exchange-format.md §10 describes it for people.

Custody, as the queries workbook: the fixed cells (the About sheet's identity of the review and
every cell but reply and reason) are covered by a SHA-256 checksum, which the database that wrote
the workbook keeps under the workbook's id. So an import refuses a workbook this database did not
write (forged), one whose fixed cells were changed (tampered), one for another review than the one
named, and one written before the review changed (a finding since amended). The package is
inspected before any reader sees it (zip bombs, DTDs, macros, formulas: refused as at collation),
the reply is validated whole and recorded all or nothing, and importing the same workbook twice
changes nothing the second time.
"""

from __future__ import annotations

import getpass
import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .. import __version__
from ..messages import translate
from .format import Checksum, Column
from .small_book import BookKind, read_small_book

FORMAT_NAME = "QPP Reviewer reply workbook"
FORMAT_VERSION = 1
REPLY, ABOUT = "Reply", "About"
WHOLE_ID = "review"  # the criterion_id cell of the row for the review as a whole
COLUMNS = (
    Column("criterion_id", width=12),
    Column("criterion", width=40),
    Column("finding", width=14),
    Column("comment", required=False, width=60),
    Column("reply", required=False, allowed=("accept", "dispute"), width=10),
    Column("reason", required=False, width=60),
)
FIXED = 4  # the first four columns are the review's; reply and reason are the decision maker's
ABOUT_KEYS = ("format", "format_version", "app_version", "workbook_id", "review_id", "case_reference",
              "decision_maker", "reviewer", "issued_on", "reply_by", "rows", "checksum_sha256")
IDENTITY = ("format", "format_version", "workbook_id", "review_id", "case_reference", "decision_maker",
            "issued_on", "reply_by", "rows")


class ReplyBookError(ValueError):
    """A reply workbook that cannot be written or imported; the message says what and what to do."""


@dataclass
class ReplyBookResult:
    path: Path
    review_id: str
    rows: int
    workbook_id: str


@dataclass
class ReplyImport:
    path: Path
    review_id: str
    case_reference: str
    sha256: str
    changed: int
    accepted: int
    disputed: int

    def text(self) -> str:
        if not self.changed:
            return translate("core", "{name}: the reply of {case} is already recorded; nothing changed.").format(
                name=self.path.name, case=self.case_reference)
        return translate("core", "{name}: the reply of {case} recorded ({a} accepted, {d} disputed).").format(
            name=self.path.name, case=self.case_reference, a=self.accepted, d=self.disputed)


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (datetime, date)):
        return v.isoformat()[:10]
    return str(v)


def _checksum(about: dict, fixed_rows: list[list[str]]) -> str:
    c = Checksum()
    c.sheet(ABOUT)
    c.row([_text(about.get(k)) for k in IDENTITY])
    c.sheet(REPLY)
    c.row([col.name for col in COLUMNS])
    for row in fixed_rows:
        c.row([_text(v) for v in row])
    return c.hexdigest()


def _fixed_rows(store, review_id: str) -> list[list[str]]:
    review = store.get_review(review_id, viewer="")
    rows = [[cid, label, sev, comment or ""] for cid, label, sev, comment in store.replies.findings(review_id)]
    band = store.score_of(review)
    rows.append([WHOLE_ID, translate("core", "The review as a whole"), band.band.value if band.band else "",
                 band.reason])
    return rows


def write_reply_workbook(store, review_id: str, path: str | Path, by: str | None = None,
                         today: date | None = None, days: int | None = None) -> ReplyBookResult:
    """The reply workbook of one complete review, written atomically; issues its feedback if not yet issued."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    from ..storage.replies import DEFAULT_DAYS

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ReplyBookError(translate("core", "{path} should end in .xlsx").format(path=str(path)))
    if not path.parent.is_dir():
        raise ReplyBookError(translate("core", "The folder {folder} does not exist.").format(folder=str(path.parent)))
    by = by or store.actor or getpass.getuser()
    status = store.replies.state(review_id, today=today)
    if status is None:
        status = store.replies.issue_feedback(review_id, by=by, days=days or DEFAULT_DAYS, today=today)
    review = store.get_review(review_id, viewer="")
    fixed = _fixed_rows(store, review_id)
    workbook_id = str(uuid.uuid4())
    about = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "app_version": __version__,
             "workbook_id": workbook_id, "review_id": review_id, "case_reference": review.header.case_reference,
             "decision_maker": review.header.decision_maker, "reviewer": review.header.reviewer,
             "issued_on": status.issued_on.isoformat(), "reply_by": status.deadline.isoformat(),
             "rows": len(fixed)}
    about["checksum_sha256"] = _checksum(about, fixed)
    wb = Workbook()
    ws = wb.active
    ws.title = REPLY
    ws.append([c.name for c in COLUMNS])
    for c in ws[1]:
        c.font = Font(bold=True)
    from .export import CAREFUL_START, stored_text

    for n, row in enumerate(fixed, start=2):
        ws.append([stored_text(v) if isinstance(v, str) else v for v in row] + [None, None])
        for col in range(1, FIXED + 1):  # typed text that starts like a formula stays text, as in an export
            cell = ws.cell(row=n, column=col)
            if isinstance(cell.value, str) and cell.value.startswith(CAREFUL_START):
                cell.data_type = "s"
                cell.quotePrefix = True
    last = len(fixed) + 1
    dv = DataValidation(type="list", formula1='"accept,dispute"', allow_blank=True, showDropDown=False,
                        showErrorMessage=True, errorTitle="Reply",
                        error="Choose accept or dispute from the list.")
    dv.add(f"E2:E{last}")
    ws.add_data_validation(dv)
    entry = PatternFill("solid", fgColor="FFF2CC")
    for r in range(2, last + 1):
        for col in (5, 6):
            cell = ws.cell(row=r, column=col)
            cell.protection = Protection(locked=False)
            cell.fill = entry
        for col in (2, 4, 6):
            ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    for i, c in enumerate(COLUMNS):
        ws.column_dimensions[chr(ord("A") + i)].width = c.width
    ws.freeze_panes = "A2"
    ws.protection.sheet = True
    ws.protection.formatCells = False  # the decision maker may widen a column to read a long comment
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    info = wb.create_sheet(ABOUT)
    info.append(["key", "value"])
    for k in ABOUT_KEYS:
        info.append([k, about.get(k)])
    info.column_dimensions["A"].width, info.column_dimensions["B"].width = 18, 70
    info.protection.sheet = True
    fd, tmp = tempfile.mkstemp(prefix=".qpp-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    store.replies.workbook_written(review_id, workbook_id, about["checksum_sha256"], by)
    return ReplyBookResult(path, review_id, len(fixed), workbook_id)


KIND = BookKind(
    FORMAT_NAME, FORMAT_VERSION, (REPLY, ABOUT), ReplyBookError, "a reply workbook",
    "Is it the reply workbook written with the feedback?", "Write a fresh reply workbook with the feedback.",
    {}, ABOUT)


def _read(path: Path):
    book = read_small_book(path, KIND)
    about, errors, sha = book.about, book.errors, book.sha256
    refuse = book.refuse
    if not book.header_ok(REPLY, COLUMNS):
        raise refuse()
    fixed, answers = [], []
    for n, cells in book.rows(REPLY, COLUMNS):
        fixed.append([_text(v) for v in cells[:FIXED]])
        verdict = _text(cells[4]).strip().lower()
        reason = cells[5]
        if reason is not None and not isinstance(reason, str):
            reason = _text(reason)
        if verdict and verdict not in ("accept", "dispute"):
            errors.add(REPLY, n, "reply", f"is '{_text(cells[4])[:40]}'; choose accept or dispute from the list")
        answers.append((n, _text(cells[0]), verdict, (reason or "").strip()))
    try:
        declared = int(float(about.get("rows")))
    except (TypeError, ValueError):
        declared = -1
    if declared != len(fixed):
        errors.add(ABOUT, None, "rows", f"says {about.get('rows')!r} rows, the {REPLY} sheet has {len(fixed)}")
    if str(about.get("checksum_sha256") or "").strip().lower() != _checksum(about, fixed):
        errors.add(ABOUT, None, "checksum_sha256", "does not match the review's cells: the workbook was changed "
                   "beyond the reply and reason columns. Write a fresh reply workbook with the feedback.")
    if errors:
        raise refuse()
    return about, fixed, answers, sha


def import_reply_workbook(store, path: str | Path, by: str | None = None, review_id: str | None = None,
                          today: date | None = None) -> ReplyImport:
    """Record the reply a decision maker filled in a reply workbook; all or nothing, idempotent.
    ``review_id``: the review the reply is expected for (refused if the workbook is for another)."""
    from ..storage.store import ReviewError
    from .collate import _Errors

    path = Path(path)
    about, fixed, answers, sha = _read(path)
    errors = _Errors()

    def refuse() -> ReplyBookError:
        return ReplyBookError(
            translate("core", "{name} was not imported (nothing was changed):").format(name=path.name)
            + "\n" + "\n".join(f"  - {e}" for e in errors))

    wid, rid = _text(about.get("workbook_id")).strip(), _text(about.get("review_id")).strip()
    held = store.replies.workbook_of(wid) if wid else None
    if held is None or held[0] != rid or held[1] != str(about.get("checksum_sha256")).strip().lower():
        errors.add(ABOUT, None, "workbook_id", "this database did not write this reply workbook (or wrote a newer "
                   "one for the review since): import the reply into the database that wrote the feedback, from "
                   "the latest reply workbook")
        raise refuse()
    if review_id is not None and review_id != rid:
        errors.add(ABOUT, None, "review_id", f"the workbook is the reply on {about.get('case_reference')} "
                   f"({rid}), not on the review {review_id}")
        raise refuse()
    def essence(rows):  # what the reply is about: labels and the band's wording may be in another language
        return [(r[0], r[2]) + ((r[3],) if r[0] != WHOLE_ID else ()) for r in rows]

    if essence(_fixed_rows(store, rid)) != essence(fixed):
        errors.add(REPLY, None, None, f"the findings of {about.get('case_reference')} have changed since the "
                   "workbook was written: write a fresh reply workbook with the feedback")
        raise refuse()
    filled = [(n, cid, v, reason) for n, cid, v, reason in answers if v or reason]
    if not filled:
        errors.add(REPLY, None, "reply", "nothing was filled in: choose accept or dispute on each finding")
        raise refuse()
    reply = {}
    for n, cid, verdict, reason in answers:
        if not verdict:
            if reason:
                errors.add(REPLY, n, "reply", "has a reason but no reply: choose accept or dispute")
            elif cid != WHOLE_ID:
                errors.add(REPLY, n, "reply", f"is empty: accept or dispute the finding on {cid}")
            continue
        reply[None if cid == WHOLE_ID else cid] = (verdict, reason)
    if errors:
        raise refuse()
    by = by or store.actor or getpass.getuser()
    try:
        changed = store.replies.reply(rid, reply, by=by, today=today,
                                      source=f"reply workbook {path.name} sha256 {sha}")
    except ReviewError as exc:
        errors.add(path.name, None, None, str(exc).replace("\n", " "))
        raise refuse() from None
    return ReplyImport(path, rid, str(about.get("case_reference")), sha, changed,
                       sum(v == "accept" for v, _r in reply.values()),
                       sum(v == "dispute" for v, _r in reply.values()))
