"""Writing the exchange workbook (format in docs/exchange-format.md).

Written with openpyxl in write-only mode, streaming findings from the database. The sheets are
streamed to files in the app's private scratch folder (custody.py), the workbook is assembled in
memory and, for an encrypted export, encrypted in memory: the plaintext of an encrypted export never
touches the disk outside the private folder. Only the finished file (ciphertext when encrypted) is
written beside the target, as ``.qpp-export-*.xlsx.part`` (mode 0600), and renamed into place once
complete: a cancelled, failed or killed export never leaves a half-written workbook under the final
name, and what a killed one left is removed at the next start (custody.clean_leftovers).
"""

from __future__ import annotations

import getpass
import os
import io
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from .. import __version__
from ..domain import MAX_TEXT, Product, QualityBand
from ..messages import message_of, translate
from ..signing import sign_about
from ..statistics import METHOD, summarise
from ..storage.audit import AuditEntryRow
from ..storage.case_documents import rects_json
from ..storage.models import BatchRow, FindingRow, ReviewRow, UnitRow
from ..storage.store import ReviewError, ReviewFilter, Store, clean_text
from .custody import ExportCustody, clean_leftovers, create_sheet
from .format import (
    ABOUT_SHEET,
    AGREEMENT_SHEET,
    FORMAT_NAME,
    CALIBRATION_SHEET,
    FORMAT_VERSION,
    SHEETS,
    SUMMARY_SHEET,
    Checksum,
    text_limit,
)

# Text a spreadsheet program might act on if it began a cell (formula, DDE, macro).
RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n")
RISKY_FIRST = "".join(RISKY_START)
# Text openpyxl would store as an error cell (#N/A, #REF! ...) or a formula if left to guess: such
# text is written as an explicit string cell too, so it reads back as typed.
CAREFUL_START = RISKY_START + ("#",)
# Looked for in a row's checksum line (cells joined by \x1f), as UTF-8 bytes: any control
# character clean_text() would change (every one but the separator, tab and line feed)...
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0B, 0x1F), 0x7F])
# ... and, as text, a cell after the first that starts with a risky character, a cell of white space
# only, or text a reader would decode as an escape (see stored_text).
_RISKY_AFTER_SEPARATOR = re.compile(r"\x1f[=+\-@#\t\r\n]|(?:^|\x1f)[^\S\x1f]+(?=\x1f|$)|_x")
_OOXML_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_ASCII_SPACE = {"\t": "_x0009_", "\n": "_x000A_", "\r": "_x000D_", " ": "_x0020_"}


def stored_text(text: str) -> str:
    """``text`` as written in the cell so that a reader gets ``text`` back.

    Spreadsheet XML decodes ``_xHHHH_`` as a character, so a typed ``_x0041_`` is written with its
    underscore escaped (``_x005F_``); and openpyxl marks no cell of white space only as space to
    keep, which readers then trim to nothing, so such a cell's ASCII spaces are written escaped.
    """
    if "_x" in text:
        text = _OOXML_ESCAPE.sub("_x005F_", text)
    if text and not text.strip():
        text = "".join(_ASCII_SPACE.get(ch, ch) for ch in text)
    return text
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
CHUNK = 500


class ExportCancelled(Exception):
    pass


@dataclass
class ExportResult:
    path: Path
    reviews: int
    findings: int
    criteria: int
    checksum: str


def _second(dt: datetime | None) -> datetime | None:
    return dt.replace(microsecond=0) if dt is not None else None


def literal(ws, value):
    """``value`` as a cell that shows exactly the text typed.

    Any text a reviewer typed (a name, a batch, ``--by``) that starts like a formula, DDE call
    or error code is stored as an explicit string cell, quote-prefixed so it stays text when
    edited in Excel or LibreOffice: opening an export never runs what someone typed.
    """
    if isinstance(value, str) and value.startswith(CAREFUL_START):
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"  # a string, never a formula or error
        cell.quotePrefix = True
        return cell
    return value


def literal_row(ws, values) -> list:
    return [literal(ws, v) for v in values]


class _SheetWriter:
    """Appends rows, making every user-typed text a literal string cell."""

    def __init__(self, wb: Workbook, name: str, checksum: Checksum | None, custody: ExportCustody):
        self.ws = create_sheet(wb, name, custody)
        self.columns = SHEETS[name]
        self.checksum = checksum
        for i, col in enumerate(self.columns, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = col.width
        self.ws.freeze_panes = "A2"
        header = []
        for col in self.columns:
            cell = WriteOnlyCell(self.ws, value=col.name)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            header.append(cell)
        self.ws.append(header)
        if checksum is not None:
            checksum.sheet(name)
            checksum.row([c.name for c in self.columns])
        self.rows = 0

    def append(self, values: list) -> None:
        line = Checksum.line(values)
        if len(line) > MAX_TEXT:  # no cell can be over its limit in a shorter row
            self._check_lengths(values)
        data = (line + "\n").encode()
        # Most rows need nothing done, which a few C-speed looks at the row's checksum line tell: one
        # separator per cell boundary (no cell holds one), no other control character, no cell
        # starting with a risky character (an empty first cell takes the careful way too).
        if (line.count("\x1f") == len(values) - 1 and len(data.translate(None, _CONTROL_BYTES)) == len(data)
                and line[:1] not in RISKY_FIRST + "#" and not _RISKY_AFTER_SEPARATOR.search(line)):
            if self.checksum is not None:
                self.checksum.add_encoded(data)
            self.ws.append(values)
            self.rows += 1
            return
        # What is hashed must be what a reader gets back: XML turns a lone CR into LF and
        # cannot carry control characters, so text is normalised before both.
        values = [clean_text(v) if isinstance(v, str) else v for v in values]
        if self.checksum is not None:
            self.checksum.row(values)
        # dates and datetimes get openpyxl's date formats without a styled cell
        self.ws.append(literal_row(self.ws, [stored_text(v) if isinstance(v, str) else v for v in values]))
        self.rows += 1

    def _check_lengths(self, values: list) -> None:
        """Refuse text longer than its column allows: collation would refuse the file (a spreadsheet
        cell holds 32,767 characters and readers cut longer ones short), so no such file is written."""
        for col, v in zip(self.columns, values):
            if isinstance(v, str) and len(v) > text_limit(col):
                if self.ws.title == "Findings":
                    what = translate("core", "The comment on criterion {criterion} of review {review}").format(
                        criterion=values[1], review=values[0])
                elif self.ws.title == "Audit":
                    what = translate("core", "Audit entry {entry} ({column} value)").format(
                        entry=values[0], column=col.name)
                else:
                    what = translate("core", "The {column} on row {row} of the {sheet} sheet ({key})").format(
                        column=col.name, row=self.rows + 2, sheet=self.ws.title, key=values[0])
                raise ReviewError(translate("core", "{what} is {n} characters; an exchange workbook holds at most "
                                                    "{limit} there. Shorten it, then export again. Nothing was "
                                                    "written.").format(
                    what=what, n=f"{len(v):,}", limit=f"{text_limit(col):,}"))

    def finish(self) -> None:
        last = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"


# The review columns the Reviews sheet needs, in its order; read as plain rows (not ORM
# objects): the export reads every review of the selection once and keeps none.
_REVIEW_COLUMNS = (
    ReviewRow.id, ReviewRow.case_reference, UnitRow.name, ReviewRow.product, ReviewRow.outcome,
    ReviewRow.product_date, ReviewRow.decision_maker, ReviewRow.stream, ReviewRow.reviewer, ReviewRow.status,
    ReviewRow.template_id, ReviewRow.template_version, ReviewRow.outcome_judgement, ReviewRow.band,
    ReviewRow.band_reason, ReviewRow.n_no_error, ReviewRow.n_minor, ReviewRow.n_significant, ReviewRow.n_fail,
    ReviewRow.n_not_applicable, ReviewRow.n_unanswered, BatchRow.name, ReviewRow.created_at,
    ReviewRow.updated_at, ReviewRow.completed_at, ReviewRow.kind, ReviewRow.parent_review_id,
    ReviewRow.superseded_by,
)


def _review_rows(store: Store, ids: list[str]):
    q = (
        select(*_REVIEW_COLUMNS)
        .join(UnitRow, ReviewRow.unit_id == UnitRow.id)
        .outerjoin(BatchRow, ReviewRow.batch_id == BatchRow.id)
    )
    with store._session() as s:
        con = s.connection()
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i:i + CHUNK]
            rows = {r[0]: r for r in con.execute(q.where(ReviewRow.id.in_(chunk))).all()}
            for rid in chunk:
                yield rows[rid]


def _finding_rows(store: Store, ids: list[str]):
    q = select(FindingRow.review_id, FindingRow.criterion_id, FindingRow.severity, FindingRow.comment,
               FindingRow.updated_at)
    with store._session() as s:
        con = s.connection()  # Core rows: the ORM's row handling would cost more than the query
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i:i + CHUNK]
            found: dict[str, list] = {}
            for row in con.execute(q.where(FindingRow.review_id.in_(chunk))).all():  # one fetch, not one per row
                found.setdefault(row[0], []).append(row)
            for rid in chunk:
                yield rid, found.get(rid, [])


def select_reviews(store: Store, batch: str | None = None, flt: ReviewFilter | None = None) -> tuple[list[str], str]:
    """Review ids to export, oldest first, and a description of the selection."""
    if batch is not None:
        b = store.find_batch(batch)
        flt = ReviewFilter(batch_id=b.id)
        label = f"batch '{b.name}'" + (f", signed off by {b.signed_off_by}" if b.signed_off else ", not signed off")
    else:
        label = "all reviews" if flt is None else "filtered reviews"
    hidden = store.blind_to(store.actor) if store.actor else set()
    return [i for i in store.review_ids(flt) if i not in hidden], label  # blind stays blind


def _summary_sheet(wb: Workbook, store: Store, ids: list[str], label: str, exported_by: str, now: datetime,
                   custody: ExportCustody):
    ws = create_sheet(wb, SUMMARY_SHEET, custody)
    facts = store.review_facts(ReviewFilter(ids=ids)) if ids else []
    bold = Font(bold=True)
    title = WriteOnlyCell(ws, value="QPP Reviewer — quality review results")
    title.font = Font(bold=True, size=14)
    ws.append([title])
    ws.append(literal_row(ws, ["Selection", label]))
    ws.append(literal_row(ws, ["Exported", now.strftime("%d %b %Y %H:%M UTC"), "by", exported_by]))
    ws.append(["Reviews", len(ids)])
    ws.append([])
    ws.column_dimensions["A"].width = 34
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 14
    for product in (Product.DECISION, Product.INTERVIEW):
        rows = summarise([f for f in facts if f.product is product])
        counts = rows[-1][1]
        head = WriteOnlyCell(ws, value=f"{product.label}s")
        head.font = bold
        ws.append([head, "Number", "Percentage"])
        for b in QualityBand:
            ws.append([b.value, counts.counts[b], f"{counts.pct(counts.counts[b])}%"])
        ws.append(["Total", counts.total])
        ws.append(["Satisfactory (QS1+QS2)", counts.satisfactory, f"{counts.pct(counts.satisfactory)}%"])
        ws.append(["Unsatisfactory but outcome correct (QS3+QS4)", counts.unsatisfactory_outcome_correct,
                   f"{counts.pct(counts.unsatisfactory_outcome_correct)}%"])
        ws.append(["Unsatisfactory and outcome wrong (QS5)", counts.unsatisfactory_outcome_wrong,
                   f"{counts.pct(counts.unsatisfactory_outcome_wrong)}%"])
        ws.append(["Not complete (excluded)", counts.excluded])
        ws.append([])
    note = WriteOnlyCell(ws, value="Method: " + METHOD)
    note.alignment = Alignment(wrap_text=True, vertical="top")
    ws.append([note])
    ws.append(["The sheets Reviews, Findings and Criteria hold the data; About holds the format "
               "version and checksum. Change nothing by hand: collation checks the checksum."])


def _agreement_sheet(wb: Workbook, store: Store, ids: list[str], custody: ExportCustody) -> None:
    """For people: agreement between first and second reviews among those exported."""
    from ..agreement import INTERVAL_NOTE, PARADOX_NOTE, agreement_report

    wanted = set(ids)
    pairs = [(store.get_review(parent), store.get_review(second))
             for parent, second in store.complete_pairs() if second in wanted and parent in wanted]
    ws = create_sheet(wb, AGREEMENT_SHEET, custody)
    ws.column_dimensions["A"].width = 30
    head = [WriteOnlyCell(ws, value=v) for v in AGREEMENT_COLUMNS]
    for c in head:
        c.font = HEADER_FONT
    ws.append(head)
    if not pairs:
        ws.append(["No completed second reviews among the exported reviews."])
        return

    def with_ci(e):
        return [e.value, e.low, e.high]

    for by in ("pair", "all"):
        for r in agreement_report(pairs, by):
            ws.append([literal(ws, r.group), r.band.pairs, r.band.percent, r.band.kappa, r.band.weighted_kappa,
                       r.severities.percent, r.severities.kappa, r.severities.weighted_kappa,
                       *with_ci(r.band.ac1), r.band.ac2.value, *with_ci(r.severities.ac1), r.severities.ac2.value,
                       *with_ci(r.band.kappa_estimate)[1:], *with_ci(r.severities.kappa_estimate)[1:]])
    ws.append([])
    # one sentence a row, not wrapped: each runs on over the empty cells to its right
    for sentence in re.split(r"(?<=\.) ", f"{PARADOX_NOTE} {INTERVAL_NOTE} Method: docs/agreement.md."):
        ws.append([sentence])


# The first eight columns are those of format version 2; the rest were added after them (the sheet is
# for people, not checksummed and ignored by collation, so adding columns needs no new format version).
AGREEMENT_COLUMNS = (
    "Reviewer pair", "Pairs", "Band agreement %", "Band kappa", "Band weighted kappa (linear)",
    "Finding agreement %", "Finding kappa", "Finding weighted kappa (linear)",
    "Band AC1", "Band AC1 95% low", "Band AC1 95% high", "Band AC2 (linear)",
    "Finding AC1", "Finding AC1 95% low", "Finding AC1 95% high", "Finding AC2 (linear)",
    "Band kappa 95% low", "Band kappa 95% high", "Finding kappa 95% low", "Finding kappa 95% high",
)


def export_workbook(
    store: Store,
    review_ids: list[str],
    path: str | Path,
    selection: str = "",
    exported_by: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    password: str | None = None,
    signer=None,
) -> ExportResult:
    """Write ``review_ids`` to ``path`` (atomically). Raises ExportCancelled, or OSError when
    the file cannot be written (disk full, no permission). ``signer``: the reviewer key that signs
    it (qpp_reviewer.signing.ReviewerKey); by default the key of ``exported_by``, made on first
    use (its passphrase, if it has one, from QPP_KEY_PASSPHRASE)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise OSError(translate("core", "The folder {folder} does not exist.").format(folder=str(path.parent)))
    exported_by = exported_by or getpass.getuser()
    if signer is None:
        from ..signing import SigningError, load_or_create

        try:
            signer = load_or_create(exported_by, os.environ.get("QPP_KEY_PASSPHRASE") or None)
        except SigningError as exc:
            raise ReviewError(message_of(exc) or str(exc)) from exc
    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    total = len(review_ids)
    step = max(1, total // 200)

    clean_leftovers()  # what an earlier export, killed, left
    custody = ExportCustody(path)
    wb = Workbook(write_only=True)
    try:
        return _write(wb, store, review_ids, path, selection, exported_by, now, total, step, progress, cancelled,
                      password, custody, signer)
    finally:
        for ws in wb.worksheets:  # release the sheet files, also when cancelled
            try:
                ws.close()
            except Exception:
                pass
        custody.discard()


def _write(wb, store, review_ids, path, selection, exported_by, now, total, step, progress, cancelled, password,
           custody, signer):
    checksum = Checksum()
    _summary_sheet(wb, store, review_ids, selection, exported_by, now, custody)
    reviews = _SheetWriter(wb, "Reviews", checksum, custody)
    templates_used: set[tuple[str, int]] = set()
    sections: dict[tuple[str, int, str], str] = {}
    review_template: dict[str, tuple[str, int]] = {}
    for i, r in enumerate(_review_rows(store, review_ids)):
        if cancelled and cancelled():
            raise ExportCancelled()
        (rid, case_reference, unit, product, outcome, product_date, decision_maker, stream, reviewer, status,
         template_id, template_version, judgement, band, reason, n_no_error, n_minor, n_significant, n_fail,
         n_not_applicable, n_unanswered, batch, created_at, updated_at, completed_at, kind, parent,
         superseded_by) = r
        templates_used.add((template_id, template_version))
        review_template[rid] = (template_id, template_version)
        reviews.append([
            rid, case_reference, unit, product, outcome, product_date, decision_maker, stream, reviewer, status,
            template_id, template_version, judgement, band, reason, n_no_error + n_minor + n_significant + n_fail,
            n_no_error, n_minor, n_significant, n_fail, n_not_applicable, n_unanswered, batch,
            _second(created_at), _second(updated_at), _second(completed_at), kind or "primary", parent,
            superseded_by,
        ])
        if progress and i % step == 0:
            progress(i // 2, total)
    reviews.finish()

    for tid, version in templates_used:
        for c in store.template(tid, version).criteria:
            sections[(tid, version, c.id)] = f"{c.section_id} {c.section_title}"

    findings = _SheetWriter(wb, "Findings", checksum, custody)
    order = {}
    for i, (rid, rows) in enumerate(_finding_rows(store, review_ids)):
        if cancelled and cancelled():
            raise ExportCancelled()
        tid, version = review_template[rid]
        if (tid, version) not in order:
            order[(tid, version)] = {c.id: c.position for c in store.template(tid, version).criteria}
        pos = order[(tid, version)]
        for _rid, cid, severity, comment, updated in sorted(rows, key=lambda x: pos.get(x[1], 1 << 30)):
            findings.append([rid, cid, sections.get((tid, version, cid), ""), severity, comment or None,
                             _second(updated)])
        if progress and i % step == 0:
            progress(total // 2 + i // 2, total)
    findings.finish()

    criteria = _SheetWriter(wb, "Criteria", checksum, custody)
    for tid, version in sorted(templates_used):
        t = store.template(tid, version)
        for c in t.criteria:
            criteria.append([
                t.id, t.version, t.title, t.product.value, c.position, c.section_id, c.section_title, c.id,
                c.title, c.question, c.guidance or None, c.special_policy.value if c.special_policy else None,
                ",".join(sorted(o.value for o in c.applies_to)) if c.applies_to else None,
            ])
    criteria.finish()

    # The whole audit chain of the source database: entries of the exported reviews in
    # full, the others as digests only, so the chain verifies without carrying their text.
    trail = _SheetWriter(wb, "Audit", checksum, custody)
    exported = set(review_ids)
    a = AuditEntryRow
    q = select(a.seq, a.at, a.actor, a.review_id, a.action, a.field, a.old, a.new, a.payload_sha256, a.prev_hash,
               a.hash).order_by(a.seq)
    from ..storage import identity

    with store._session.begin() as s:  # which database the trail is of (made at the first export)
        database = identity.database_id(s)
    last = (0, "")
    with store._session() as s:  # plain rows, not ORM objects: the chain holds tens of entries per review
        for n, (seq, at, actor, review_id, action, field, old, new, digest, prev, h) in enumerate(
                s.execute(q.execution_options(yield_per=2000))):
            if n % 2000 == 0 and cancelled and cancelled():
                raise ExportCancelled()
            if review_id in exported:
                trail.append([seq, "full", at, actor, review_id, action, field or None, old or None, new or None,
                              digest, prev, h])
            else:
                trail.append([seq, "digest only", None, None, None, None, None, None, None, digest, prev, h])
            last = (seq, h)
    trail.finish()
    evidence = _SheetWriter(wb, "Evidence", checksum, custody)  # format 4: always there, a header alone if none
    by_review = store.documents.evidence_of(review_ids)
    for rid in review_ids:
        for e in by_review[rid]:
            evidence.append([rid, e.criterion_id, e.document_sha256, e.document_name, e.page, e.quote or None,
                             rects_json(e.rects) if e.rects else None, _second(e.created_at), e.created_by])
    evidence.finish()
    # the active time of each work session on the exported reviews (format 4; header only when none)
    spent = _SheetWriter(wb, "Time", checksum, custody)
    for x in store.worktime.sessions(review_ids):
        spent.append([x.id, x.review_id, x.reviewer, _second(x.started_at), x.active_seconds])
    spent.finish()
    # format 4: the exported reviews that are calibration cases, and their rounds (checksummed too)
    marks = _SheetWriter(wb, CALIBRATION_SHEET, checksum, custody)
    from ..storage.calibration import CalibrationCaseRow, CalibrationRoundRow

    with store._session() as s:
        for i in range(0, len(review_ids), 500):
            chunk = review_ids[i:i + 500]
            for c, rnd in s.execute(select(CalibrationCaseRow, CalibrationRoundRow).join(
                    CalibrationRoundRow, CalibrationRoundRow.id == CalibrationCaseRow.round_id).where(
                    CalibrationCaseRow.review_id.in_(chunk)).order_by(CalibrationCaseRow.review_id)):
                marks.append([c.review_id, rnd.id, rnd.name, rnd.held_on, c.marked_by, _second(c.marked_at)])
    marks.finish()
    _agreement_sheet(wb, store, review_ids, custody)

    about = create_sheet(wb, ABOUT_SHEET, custody)
    about.column_dimensions["A"].width = 18
    about.column_dimensions["B"].width = 70
    digest = checksum.hexdigest()
    about_values = dict((
        ("format", FORMAT_NAME),
        ("format_version", FORMAT_VERSION),
        ("app_version", __version__),
        ("exported_by", exported_by),
        ("exported_at", now.isoformat(sep=" ")),
        ("source", Path(store.location).name),
        ("selection", selection),
        ("rows_reviews", reviews.rows),
        ("rows_findings", findings.rows),
        ("rows_criteria", criteria.rows),
        ("rows_audit", trail.rows),
        ("rows_evidence", evidence.rows),
        ("rows_time", spent.rows),
        ("database_id", database),  # with the trail's head: the centre requires later trails to extend it
        ("audit_entries", last[0]),
        ("audit_head", last[1]),
        ("checksum_sha256", digest),
    ))
    # signed by the exporting reviewer's key, over every About value (the checksum of every sheet
    # among them): a workbook edited and re-checksummed no longer verifies (issue 16)
    for key, value in sign_about(signer, about_values).items():
        about.append([key, literal(about, value)])

    if cancelled and cancelled():
        raise ExportCancelled()
    if password:
        # Assembled and encrypted in memory: only ciphertext is written outside the private folder.
        from .protect import encrypt_bytes

        plain = io.BytesIO()
        wb.save(plain)
        data = encrypt_bytes(plain.getbuffer(), password)
        del plain
        custody.write_part(data)
    else:
        custody.write_part(save=wb.save)
    custody.commit()
    try:  # seal the trail's head with the key that signed the workbook (issue 16 item 4)
        store.seal("export", key=signer)
    except Exception:  # a read-only database still exports; the next export or close seals
        pass
    if progress:
        progress(total, total)
    return ExportResult(path, reviews.rows, findings.rows, criteria.rows, digest)
