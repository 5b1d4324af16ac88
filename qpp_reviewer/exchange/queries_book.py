"""The queries workbook: what the centre sends back to one reviewer (issue 17 item 4).

The exchange workbook carries reviews up from a laptop; this one carries, down to the laptop of one
reviewer, the queries a quality lead raised on their reviews (open, answered or closed) and the state
the centre gave each of their collated reviews (received, has issues, approved). It is small, made
for removable media, and follows the exchange format's custody rules: every data cell is covered by
a SHA-256 checksum in the About sheet, the About sheet is signed with the exporting quality lead's
Ed25519 key, and an import is validated whole before anything is written (all or nothing),
refuses hostile packages as collation does, and is idempotent (importing the same workbook twice
changes nothing the second time). docs/exchange-format.md section 8 describes it for people.

The reviewer's answers do not come back in a workbook of their own: an answer is an entry of the
review's audit trail, so it reaches the centre with the review's next exchange workbook.
"""

from __future__ import annotations

import getpass
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from .. import __version__, signing
from ..messages import translate
from ..storage import audit
from ..storage.models import ReviewRow
from ..storage.queries import CLOSED, OPEN, QUERY_STATES, QueryRow
from ..storage.states import RECEIVED, STATES, ReviewStateRow
from .format import DATETIME, Checksum, Column
from .small_book import BookKind, read_small_book

FORMAT_NAME = "QPP Reviewer queries workbook"
FORMAT_VERSION = 1
ABOUT = "About"
QUERIES = "Queries"
STATES_SHEET = "States"

COLUMNS: dict[str, tuple[Column, ...]] = {
    QUERIES: (
        Column("query_id", width=38),
        Column("review_id", width=38),
        Column("case_reference", width=16),
        Column("criterion_id", required=False, width=10),
        Column("text", width=60),
        Column("raised_by", width=14),
        Column("raised_at", DATETIME, width=19),
        Column("status", allowed=QUERY_STATES, width=10),
        Column("closed_by", required=False, width=14),
        Column("closed_at", DATETIME, required=False, width=19),
        Column("close_note", required=False, width=40),
    ),
    STATES_SHEET: (
        Column("review_id", width=38),
        Column("case_reference", width=16),
        Column("state", allowed=STATES, width=11),
        Column("reason", required=False, width=40),
        Column("set_by", width=14),
        Column("set_at", DATETIME, width=19),
    ),
}
DATA = (QUERIES, STATES_SHEET)
ABOUT_KEYS = ("format", "format_version", "app_version", "for_reviewer", "exported_by", "exported_at", "source",
              "rows_queries", "rows_states", "checksum_sha256", "signer", "signer_public_key", "signature")


class QueriesBookError(ValueError):
    """A queries workbook that cannot be written or imported; the message says what and what to do."""


@dataclass
class QueriesBookResult:
    path: Path
    queries: int
    states: int


@dataclass
class QueriesImport:
    path: Path
    sha256: str
    for_reviewer: str
    signer: str
    fingerprint: str
    new_queries: int = 0
    closed: int = 0
    states_changed: int = 0
    unchanged: int = 0
    lines: list[str] = field(default_factory=list)

    def text(self) -> str:
        head = (f"{self.path.name}: {self.new_queries} new queries, {self.closed} closed by the centre, "
                f"{self.states_changed} review states changed, {self.unchanged} unchanged; "
                f"signed by {self.signer} (key {self.fingerprint})")
        return "\n".join([head, *(f"  {ln}" for ln in self.lines)])


def _s(dt: datetime | None) -> datetime | None:
    """To the second, as every date and time of an exchange workbook (a cell holds no more, reliably)."""
    return dt.replace(microsecond=0) if dt is not None else None


def _rows(store, reviewer: str) -> tuple[list[list], list[list]]:
    who = reviewer.strip().lower()
    with store._session() as s:
        refs = dict(s.execute(select(ReviewRow.id, ReviewRow.case_reference)
                              .where(func.lower(ReviewRow.reviewer) == who)).all())
        queries = [
            [q.id, q.review_id, refs[q.review_id], q.criterion_id, q.text, q.raised_by, _s(q.raised_at), q.status,
             q.closed_by, _s(q.closed_at), q.close_note or None]
            for q in s.scalars(select(QueryRow).where(QueryRow.review_id.in_(list(refs)))
                               .order_by(QueryRow.raised_at, QueryRow.id))
        ]
        states = []
        held = {r.review_id: r for r in s.scalars(select(ReviewStateRow).where(ReviewStateRow.review_id.in_(list(refs))))}
        for rid, ref, imported_at in s.execute(
                select(ReviewRow.id, ReviewRow.case_reference, ReviewRow.imported_at)
                .where(func.lower(ReviewRow.reviewer) == who, ReviewRow.imported_at.is_not(None))
                .order_by(ReviewRow.case_reference, ReviewRow.id)):
            row = held.get(rid)
            if row is None:  # received: when it was collated
                states.append([rid, ref, RECEIVED, None, "collation", _s(imported_at)])
            else:
                states.append([rid, ref, row.state, row.reason or None, row.set_by, _s(row.set_at)])
    return queries, states


def _checksum(sheets: dict[str, list[list]]) -> str:
    c = Checksum()
    for name in DATA:
        c.sheet(name)
        c.row([col.name for col in COLUMNS[name]])
        for row in sheets[name]:
            c.row(row)
    return c.hexdigest()


def write_queries_workbook(store, reviewer: str, path: str | Path, exported_by: str | None = None,
                           signer=None) -> QueriesBookResult:
    """The queries and review states of ``reviewer``'s collated reviews, for their laptop; written atomically."""
    from openpyxl import Workbook

    from ..storage import identity

    path = Path(path)
    reviewer = " ".join((reviewer or "").split())
    if not reviewer:
        raise QueriesBookError(translate("core", "Say which reviewer the queries workbook is for."))
    if not path.parent.is_dir():
        raise QueriesBookError(translate("core", "The folder {folder} does not exist.").format(folder=str(path.parent)))
    queries, states = _rows(store, reviewer)
    if not states:
        raise QueriesBookError(translate("core", "No collated review of {who} is in this database: there is nothing "
                                                 "to send back.").format(who=reviewer))
    exported_by = exported_by or store.actor or getpass.getuser()
    if signer is None:
        try:
            signer = signing.load_or_create(exported_by, os.environ.get("QPP_KEY_PASSPHRASE") or None)
        except signing.SigningError as exc:
            raise QueriesBookError(str(exc)) from exc
    with store._session.begin() as s:
        source = identity.database_id(s)
    sheets = {QUERIES: queries, STATES_SHEET: states}
    about = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "app_version": __version__,
             "for_reviewer": reviewer, "exported_by": exported_by,
             "exported_at": datetime.now().replace(microsecond=0).isoformat(sep=" "), "source": source,
             "rows_queries": len(queries), "rows_states": len(states), "checksum_sha256": _checksum(sheets)}
    about = signing.sign_about(signer, about)
    wb = Workbook()
    wb.remove(wb.active)
    for name in DATA:
        ws = wb.create_sheet(name)
        cols = COLUMNS[name]
        ws.append([c.name for c in cols])
        for row in sheets[name]:
            ws.append(row)
        for i, c in enumerate(cols):
            ws.column_dimensions[chr(ord("A") + i)].width = c.width
        ws.freeze_panes = "A2"
        ws.protection.sheet = True  # read-only by intent: the reviewer answers in the app
    ws = wb.create_sheet(ABOUT)
    ws.append(["key", "value"])
    for k in ABOUT_KEYS:
        ws.append([k, about.get(k)])
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 18, 70
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
    with store._session.begin() as s:
        audit.append(s, datetime.now().replace(microsecond=0), exported_by, None, "queries_exported", "file", None,
                     f"{path.name} for {reviewer}: {len(queries)} queries, {len(states)} review states")
    return QueriesBookResult(path, len(queries), len(states))


KIND = BookKind(
    FORMAT_NAME, FORMAT_VERSION, (*DATA, ABOUT), QueriesBookError, "a queries workbook",
    "Is it a queries workbook from the centre?", "Ask the centre for a fresh queries workbook.",
    {"QPP Reviewer exchange workbook": "this is an exchange workbook: collate it at the centre"}, ABOUT)


def _read(path: Path) -> tuple[dict, dict[str, list[dict]], str, str]:
    """About, typed rows, the recomputed checksum and the file's SHA-256; QueriesBookError listing every problem."""
    from .collate import _convert

    book = read_small_book(path, KIND)
    about, errors, sha = book.about, book.errors, book.sha256
    refuse = book.refuse
    rows: dict[str, list[dict]] = {}
    typed_sheets: dict[str, list[list]] = {}
    for name in DATA:
        cols = COLUMNS[name]
        if not book.header_ok(name, cols):
            continue
        rows[name], typed_sheets[name] = [], []
        for n, cells in book.rows(name, cols):
            typed = [_convert(v, c, errors, name, n) for v, c in zip(cells, cols)]
            typed_sheets[name].append(typed)
            rows[name].append(dict(zip((c.name for c in cols), typed), _row=n))
    if errors:
        raise refuse()
    for name, key in ((QUERIES, "rows_queries"), (STATES_SHEET, "rows_states")):
        try:
            declared = int(float(about.get(key)))
        except (TypeError, ValueError):
            declared = -1
        if declared != len(rows[name]):
            errors.add(ABOUT, None, key, f"says {about.get(key)!r} rows, the {name} sheet has {len(rows[name])}")
    if str(about.get("checksum_sha256") or "").strip().lower() != _checksum(typed_sheets):
        errors.add(ABOUT, None, "checksum_sha256", "does not match the data: the workbook was changed after the "
                   "centre wrote it. Ask for a fresh one.")
    if errors:
        raise refuse()
    return about, rows, sha, ""


def import_queries_workbook(store, path: str | Path, by: str | None = None) -> QueriesImport:
    """On the reviewer's laptop: take the centre's queries and review states, all or nothing."""
    from .collate import _Errors

    path = Path(path)
    about, rows, sha, _ = _read(path)
    errors = _Errors()
    check = signing.check_about(about)
    if not check.signed:
        errors.add(ABOUT, None, "signature", "the workbook is not signed: a queries workbook is always signed by "
                   "the quality lead who wrote it. Ask the centre for a fresh one.")
    elif not check.valid:
        errors.add(ABOUT, None, "signature", check.problem)
    else:
        enrolled = store.keys.find(check.public_key)
        if enrolled is not None and not enrolled.active:
            errors.add(ABOUT, None, "signature", f"is by {enrolled.reviewer}'s key {enrolled.fingerprint}, which was "
                       f"revoked ({enrolled.revoke_reason}): refused")
    for_reviewer = str(about.get("for_reviewer") or "")
    with store._session() as s:
        ids = {r["review_id"] for name in DATA for r in rows[name]}
        have = dict(s.execute(select(ReviewRow.id, ReviewRow.case_reference).where(ReviewRow.id.in_(list(ids)))).all())
    missing = [r for name in DATA for r in rows[name] if r["review_id"] not in have]
    if missing:
        r = missing[0]
        errors.add(QUERIES if "query_id" in r else STATES_SHEET, r["_row"], "review_id",
                   f"{r['case_reference']} ({r['review_id']}) is not in this database"
                   + (f" ({len(missing)} rows like it)" if len(missing) > 1 else "")
                   + f". This workbook is for {for_reviewer}: import it into their database.")
    if errors:
        raise QueriesBookError(
            translate("core", "{name} was not imported (nothing was changed):").format(name=path.name)
            + "\n" + "\n".join(f"  - {e}" for e in errors))
    from ..storage.store import utcnow

    by = by or store.actor or getpass.getuser()
    result = QueriesImport(path, sha, for_reviewer, check.signer, check.fingerprint)
    now = utcnow()
    with store._session.begin() as s:
        for r in rows[QUERIES]:
            row = s.get(QueryRow, r["query_id"])
            if row is not None and row.review_id != r["review_id"]:
                raise QueriesBookError(translate("core", "{name} was not imported (nothing was changed): query {q} "
                                                 "belongs to another review here.").format(name=path.name, q=r["query_id"]))
            if row is None:
                s.add(QueryRow(id=r["query_id"], review_id=r["review_id"], criterion_id=r["criterion_id"],
                               text=r["text"], raised_by=r["raised_by"], raised_at=r["raised_at"],
                               status=CLOSED if r["status"] == CLOSED else OPEN, answer="",
                               closed_by=r["closed_by"], closed_at=r["closed_at"], close_note=r["close_note"] or ""))
                result.new_queries += 1
                result.lines.append(f"query on {have[r['review_id']]} "
                                    f"({r['criterion_id'] or 'the review'}): {r['text'][:80]}")
            elif r["status"] == CLOSED and row.status != CLOSED:
                row.status, row.closed_by, row.closed_at, row.close_note = (
                    CLOSED, r["closed_by"], r["closed_at"], r["close_note"] or "")
                result.closed += 1
                result.lines.append(f"closed by {r['closed_by'] or 'the centre'}: {have[r['review_id']]} "
                                    f"({r['criterion_id'] or 'the review'})")
            else:
                result.unchanged += 1
        for r in rows[STATES_SHEET]:
            if store.states.receive(s, r["review_id"], r["state"], r["reason"] or "", r["set_by"], r["set_at"]):
                result.states_changed += 1
            else:
                result.unchanged += 1
        if result.new_queries or result.closed or result.states_changed:
            audit.append(s, now, by, None, "queries_imported", "file", None,
                         f"{path.name} sha256 {sha} signed by {check.signer} ({check.fingerprint}): "
                         f"{result.new_queries} new, {result.closed} closed, {result.states_changed} states")
    return result
