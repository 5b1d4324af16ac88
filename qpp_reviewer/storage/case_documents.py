"""The case documents attached to a review, and the evidence each finding points at (issue 19).

A review keeps, for each document attached to it (the interview record, the decision letter, any
other file of the case): its name, SHA-256, size, page count, kind ("pdf" or "text") and the path it
was opened from. A **private copy** is kept only when the user asks for it, and then as a blob inside
the database itself: an encrypted database (storage/cipher.py, SQLCipher) encrypts it with everything
else, its backups carry it, and no plaintext of it is ever written beside the database. A copy is at
most :data:`MAX_COPY_BYTES`.

:meth:`Documents.locate` finds a document again: at its origin if the file there still has its hash;
else a file with that hash in the origin's folder or in folders the caller adds (a moved or renamed
file); else the private copy. A file at the origin whose hash differs is flagged: it is not the
document the findings were made on.

An **evidence item** belongs to one finding (review + criterion): the document's hash and name, the
page (1-based, as a reader counts), the quoted text (at most the comment limit, ``domain.MAX_TEXT``)
and the position as rectangles in page points, top-left origin (see ``qpp_reviewer.documents``);
a box drawn on a scanned page has rectangles and an empty quote. Evidence changes go through the
store as finding changes do: a complete or collated review refuses them, and each one is audited.
Evidence reaches the centre in the exchange workbook's ``Evidence`` sheet; the documents never do.

A focused part of the store: ``store.documents``.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterable

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text, \
    UniqueConstraint, delete, func, select
from sqlalchemy.orm import Mapped, mapped_column

from ..domain import text_problem
from ..messages import translate
from .models import Base, ReviewRow

MAX_COPY_BYTES = 200 * 1024 * 1024
MAX_RECTS = 500
MAX_NAME = 255
QUOTE_SHOWN = 80  # characters of a quote in the feedback sheet and short lists, then an ellipsis

FOUND, MOVED, COPY, CHANGED, MISSING = "found", "moved", "copy", "changed", "missing"

Rect = tuple[float, float, float, float]


class CaseDocumentRow(Base):
    """A document attached to a review."""

    __tablename__ = "case_document"
    __table_args__ = (UniqueConstraint("review_id", "sha256", name="uq_case_document_sha"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(MAX_NAME))
    sha256: Mapped[str] = mapped_column(String(64))
    byte_size: Mapped[int] = mapped_column(BigInteger)
    page_count: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    origin: Mapped[str] = mapped_column(Text)
    attached_at: Mapped[datetime] = mapped_column(DateTime)
    attached_by: Mapped[str] = mapped_column(String(100))
    copy: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    has_copy: Mapped[int] = mapped_column(Integer, default=0)


class EvidenceRow(Base):
    """A passage (or a box) of a case document that a finding is about."""

    __tablename__ = "evidence"
    __table_args__ = (Index("ix_evidence_review_criterion", "review_id", "criterion_id"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    criterion_id: Mapped[str] = mapped_column(String(32))
    document_sha256: Mapped[str] = mapped_column(String(64))
    document_name: Mapped[str] = mapped_column(String(MAX_NAME))
    page: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text, default="")
    rects: Mapped[str] = mapped_column(Text, default="[]")  # JSON [[x0, y0, x1, y1], ...]
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))


@dataclass(frozen=True)
class AttachedDocument:
    id: int
    review_id: str
    name: str
    sha256: str
    byte_size: int
    page_count: int
    kind: str
    origin: str
    attached_at: datetime
    attached_by: str
    has_copy: bool


@dataclass(frozen=True)
class Evidence:
    id: str
    review_id: str
    criterion_id: str
    document_sha256: str
    document_name: str
    page: int  # 1-based
    quote: str
    rects: tuple[Rect, ...]
    created_at: datetime
    created_by: str

    @property
    def short(self) -> str:
        """How the feedback sheet quotes it: p. 7: 'Q: Can you keep your answers short…'"""
        return cite(self.page, self.quote)


@dataclass(frozen=True)
class Located:
    """Where a document was found: ``state`` is found, moved, copy, changed or missing; ``path`` the file to
    open (None for the private copy, read with :meth:`Documents.copy_bytes`, or when not found); ``message``
    says what the user needs to know (None when it is where it was); ``changed_at_origin``: a different
    file now sits at the origin."""

    document: AttachedDocument
    state: str
    path: Path | None
    message: str | None
    changed_at_origin: bool = False

    @property
    def available(self) -> bool:
        return self.state in (FOUND, MOVED, COPY)

    def open(self, store=None):
        """The document opened (``qpp_reviewer.documents.CaseDocument``); DocumentProblem when not available."""
        from ..documents import DocumentProblem, open_bytes, open_document

        if self.path is not None:
            return open_document(self.path)
        if self.state == COPY and store is not None:
            return open_bytes(store.documents.copy_bytes(self.document.review_id, self.document.sha256),
                              self.document.name)
        raise DocumentProblem(self.message or translate("core", "{name} cannot be found.").format(
            name=self.document.name), "missing")


def cite(page: int, quote: str, limit: int = QUOTE_SHOWN) -> str:
    """p. 7: 'Q: Can you keep your answers short…' (a box with no text: p. 7: a marked area)."""
    quote = " ".join((quote or "").split())
    if not quote:
        return translate("core", "p. {page}: a marked area").format(page=page)
    if len(quote) > limit:  # cut at a word's end where there is one near the limit
        cut = quote[:limit - 1]
        space = cut.rfind(" ")
        quote = (cut[:space] if space > limit * 2 // 3 else cut).rstrip(" ,;:.") + "…"
    return translate("core", "p. {page}: '{quote}'").format(page=page, quote=quote)


def _document(r: CaseDocumentRow) -> AttachedDocument:
    return AttachedDocument(r.id, r.review_id, r.name, r.sha256, r.byte_size, r.page_count, r.kind, r.origin,
                            r.attached_at, r.attached_by, bool(r.has_copy))


def _evidence(r: EvidenceRow) -> Evidence:
    return Evidence(r.id, r.review_id, r.criterion_id, r.document_sha256, r.document_name, r.page, r.quote or "",
                    tuple(tuple(x) for x in json.loads(r.rects or "[]")), r.created_at, r.created_by)


def rects_problem(rects) -> str | None:
    """None when ``rects`` is a list of at most MAX_RECTS (x0, y0, x1, y1) of finite non-negative numbers."""
    message = translate("core", "A position is a list of rectangles [x0, y0, x1, y1] in page points, "
                                "each number 0 or more, x0 <= x1 and y0 <= y1 (at most {n}).").format(n=MAX_RECTS)
    if not isinstance(rects, (list, tuple)) or len(rects) > MAX_RECTS:
        return message
    for rect in rects:
        if not isinstance(rect, (list, tuple)) or len(rect) != 4:
            return message
        for v in rect:
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0 or v > 1e6:
                return message
        if rect[0] > rect[2] or rect[1] > rect[3]:
            return message
    return None


def rects_json(rects) -> str:
    return json.dumps([[round(float(v), 2) for v in r] for r in rects], separators=(",", ":"))


def parse_rects(text) -> list | None:
    """The rectangles of a JSON position ("" or None: none); None when it is not a valid position."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return []
    try:
        rects = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None
    return None if rects_problem(rects) else rects


def quote_problem(quote: str, rects) -> str | None:
    if msg := text_problem(quote, translate("core", "A quoted passage")):
        return msg
    if not quote.strip() and not rects:
        return translate("core", "Evidence needs a passage: select text on the page, or draw a box around it.")
    return None


def clean_quote(quote: str | None) -> str:
    from .store import clean_text

    return " ".join(clean_text(quote or "").split())


class Documents:
    """``store.documents``: the documents attached to reviews, and the evidence of findings."""

    def __init__(self, store):
        self._store = store

    # -- helpers ----------------------------------------------------------------------------------
    def _review(self, s, review_id: str) -> ReviewRow:
        from .store import ReviewError

        row = s.get(ReviewRow, review_id)
        if row is None:
            raise ReviewError(translate("core", "There is no review with id {id}.").format(id=review_id))
        return row

    def _row(self, s, review_id: str, document: str) -> CaseDocumentRow:
        """A review's document by its hash (or the start of it, 6 characters at least) or its file name."""
        from .store import ReviewError

        document = (document or "").strip()
        rows = list(s.scalars(select(CaseDocumentRow).where(CaseDocumentRow.review_id == review_id)))
        by_sha = [r for r in rows if len(document) >= 6 and r.sha256.startswith(document.lower())]
        by_name = [r for r in rows if r.name == document] or [r for r in rows if r.name.lower() == document.lower()]
        found = by_sha or by_name
        if len(found) == 1:
            return found[0]
        if not found:
            raise ReviewError(translate("core", "No document '{document}' is attached to this review. Attach it "
                                                "first, or give its name or SHA-256 as listed.").format(
                document=document))
        raise ReviewError(translate("core", "'{document}' names more than one document of this review; give its "
                                            "SHA-256 instead.").format(document=document))

    # -- documents --------------------------------------------------------------------------------
    def attach(self, review_id: str, source, by: str | None = None, keep_copy: bool = False) -> AttachedDocument:
        """Attach a document (a path, or an open ``CaseDocument``) to a review; again is no second copy
        (the path and the copy choice are brought up to date). ReviewError with the message when the
        file cannot be opened or kept."""
        from ..documents import CaseDocument, DocumentProblem, open_document
        from .store import ReviewError, utcnow

        opened = None
        try:
            doc = source if isinstance(source, CaseDocument) else open_document(source)
            opened = None if isinstance(source, CaseDocument) else doc
        except DocumentProblem as problem:
            raise ReviewError(str(problem)) from None
        try:
            data = None
            if keep_copy:
                data = doc.data()
                if len(data) > MAX_COPY_BYTES:
                    raise ReviewError(translate("core", "{name} is {size} MB: too large to keep a copy of here "
                                                        "({limit} MB at most). Attach it without a copy.").format(
                        name=doc.name, size=len(data) // (1024 * 1024), limit=MAX_COPY_BYTES // (1024 * 1024)))
            origin = str(Path(doc.path).resolve()) if doc.path else ""
            with self._store._session.begin() as s:
                row = self._review(s, review_id)
                existing = s.scalar(select(CaseDocumentRow).where(CaseDocumentRow.review_id == review_id,
                                                                   CaseDocumentRow.sha256 == doc.sha256))
                who = self._store._who(row, by)
                if existing is None:
                    existing = CaseDocumentRow(review_id=review_id, name=doc.name[:MAX_NAME], sha256=doc.sha256,
                                               byte_size=doc.byte_size, page_count=doc.page_count, kind=doc.kind,
                                               origin=origin, attached_at=utcnow(), attached_by=who,
                                               copy=data, has_copy=int(data is not None))
                    s.add(existing)
                    self._store._audit(s, row, "document_attached", doc.sha256, None,
                                       f"{doc.name} ({doc.page_count} p.){' + copy' if data is not None else ''}",
                                       by=by)
                else:
                    if origin and existing.origin != origin:
                        self._store._audit(s, row, "document_moved", doc.sha256, existing.origin, origin, by=by)
                        existing.origin = origin
                    if data is not None and not existing.has_copy:
                        existing.copy, existing.has_copy = data, 1
                        self._store._audit(s, row, "document_copy_kept", doc.sha256, None, doc.name, by=by)
                s.flush()
                return _document(existing)
        finally:
            if opened is not None:
                opened.close()

    def drop_copy(self, review_id: str, document: str, by: str | None = None) -> None:
        """Remove the private copy of a document (the attachment and its evidence stay)."""
        with self._store._session.begin() as s:
            row = self._review(s, review_id)
            doc = self._row(s, review_id, document)
            if doc.has_copy:
                doc.copy, doc.has_copy = None, 0
                self._store._audit(s, row, "document_copy_dropped", doc.sha256, doc.name, None, by=by)

    def detach(self, review_id: str, document: str, by: str | None = None) -> None:
        """Detach a document (and its private copy); refused while evidence points at it."""
        from .store import ReviewError

        with self._store._session.begin() as s:
            row = self._review(s, review_id)
            doc = self._row(s, review_id, document)
            n = s.scalar(select(func.count()).select_from(EvidenceRow).where(
                EvidenceRow.review_id == review_id, EvidenceRow.document_sha256 == doc.sha256))
            if n:
                raise ReviewError(translate("core", "{name} is the evidence of {n} finding passages; remove that "
                                                    "evidence first.").format(name=doc.name, n=n)
                                  if n != 1 else
                                  translate("core", "{name} is the evidence of a finding; remove that evidence "
                                                    "first.").format(name=doc.name))
            self._store._audit(s, row, "document_detached", doc.sha256, doc.name, None, by=by)
            s.delete(doc)

    def list(self, review_id: str) -> list[AttachedDocument]:
        with self._store._session() as s:
            return [_document(r) for r in s.scalars(select(CaseDocumentRow).where(
                CaseDocumentRow.review_id == review_id).order_by(CaseDocumentRow.attached_at, CaseDocumentRow.id))]

    def get(self, review_id: str, document: str) -> AttachedDocument:
        """One attached document by its hash (or the start of it) or its name; ReviewError when none."""
        with self._store._session() as s:
            return _document(self._row(s, review_id, document))

    def copy_bytes(self, review_id: str, sha256: str) -> bytes:
        from .store import ReviewError

        with self._store._session() as s:
            data = s.scalar(select(CaseDocumentRow.copy).where(CaseDocumentRow.review_id == review_id,
                                                               CaseDocumentRow.sha256 == sha256))
        if data is None:
            raise ReviewError(translate("core", "No copy of this document is kept in the database."))
        return data

    def locate(self, document: AttachedDocument, folders: Iterable = ()) -> Located:
        """Find the document: at its origin, moved (same hash, in the origin's folder or ``folders``), or
        its private copy; a different file at the origin is flagged."""
        from ..documents import same_file

        origin = Path(document.origin) if document.origin else None
        changed = False
        if origin is not None and origin.is_file():
            if same_file(origin, document.sha256):
                return Located(document, FOUND, origin, None)
            changed = True
        found = self._search(document, ([origin.parent] if origin is not None else []) + [Path(f) for f in folders])
        changed_note = translate("core", "The file at {path} is not the document the findings were made on "
                                         "(it has changed).").format(path=str(origin)) if changed else None
        if found is not None:
            message = translate("core", "{name} was moved: found at {path}.").format(name=document.name,
                                                                                     path=str(found))
            return Located(document, MOVED, found, message if not changed else
                           translate("core", "{changed} The document itself was found at {path}.").format(
                               changed=changed_note, path=str(found)), changed)
        if document.has_copy:
            message = (translate("core", "{changed} The copy kept in the database is shown.").format(
                changed=changed_note) if changed else
                translate("core", "{name} is not at {path} any more; the copy kept in the database is "
                                  "shown.").format(name=document.name, path=str(origin)))
            return Located(document, COPY, None, message, changed)
        if changed:
            return Located(document, CHANGED, None, translate(
                "core", "{changed} Find the original file (its SHA-256 begins {sha}) and attach it "
                        "again.").format(changed=changed_note, sha=document.sha256[:12]), True)
        return Located(document, MISSING, None, translate(
            "core", "{name} is not at {path} any more and no file with its SHA-256 is in that folder. Find "
                    "the file and attach it again.").format(name=document.name, path=str(origin)))

    @staticmethod
    def _search(document: AttachedDocument, folders: list[Path]) -> Path | None:
        from ..documents import same_file

        seen = set()
        for folder in folders:
            try:
                key = folder.resolve()
                if key in seen or not folder.is_dir():
                    continue
                seen.add(key)
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in sorted(entries, key=lambda e: e.name):
                try:
                    if not entry.is_file() or entry.stat().st_size != document.byte_size:
                        continue
                except OSError:
                    continue
                if same_file(entry.path, document.sha256):
                    return Path(entry.path)
        return None

    def check(self, review_id: str, folders: Iterable = ()) -> list[Located]:
        """Every attached document of a review, located."""
        folders = list(folders)
        return [self.locate(d, folders) for d in self.list(review_id)]

    # -- evidence ---------------------------------------------------------------------------------
    def add_evidence(self, review_id: str, criterion_id: str, document: str, page: int, quote: str = "",
                     rects=(), by: str | None = None) -> Evidence:
        """Attach a passage of an attached document (by hash or name) to the finding of ``criterion_id``:
        ``page`` 1-based, ``quote`` the text, ``rects`` its position (page points, top-left origin)."""
        from .ids import new_id
        from .store import ReviewError, utcnow

        quote = clean_quote(quote)
        rects = [list(r) for r in rects] if isinstance(rects, (list, tuple)) else rects
        if msg := rects_problem(rects):
            raise ReviewError(msg)
        if msg := quote_problem(quote, rects):
            raise ReviewError(msg)
        with self._store._session.begin() as s:
            row = self._store._editable(s, review_id)
            self._criterion(row, criterion_id)
            doc = self._row(s, review_id, document)
            self._store._finding(row, criterion_id)  # evidence belongs to a finding: its row exists (exports)
            if isinstance(page, bool) or not isinstance(page, int) or not 1 <= page <= doc.page_count:
                raise ReviewError(translate("core", "{name} has pages 1 to {n}; page {page} is not one of "
                                                    "them.").format(name=doc.name, n=doc.page_count, page=page))
            now = utcnow()
            item = EvidenceRow(id=new_id(), review_id=review_id, criterion_id=criterion_id,
                               document_sha256=doc.sha256, document_name=doc.name, page=page, quote=quote,
                               rects=rects_json(rects), created_at=now, created_by=self._store._who(row, by))
            s.add(item)
            row.updated_at = now
            self._store._audit(s, row, "evidence_added", criterion_id, None, f"{doc.name} {cite(page, quote)}",
                               by=by)
            s.flush()
            return _evidence(item)

    def _criterion(self, row: ReviewRow, criterion_id: str) -> None:
        from .store import ReviewError

        if criterion_id not in {c.id for c in self._store._criteria(row)}:
            raise ReviewError(translate("core", "Criterion {criterion} is not on this review's checklist.").format(
                criterion=criterion_id))

    def remove_evidence(self, evidence_id: str, by: str | None = None) -> None:
        from .store import ReviewError, utcnow

        with self._store._session.begin() as s:
            item = s.get(EvidenceRow, evidence_id)
            if item is None:
                raise ReviewError(translate("core", "There is no evidence item {id}.").format(id=evidence_id))
            row = self._store._editable(s, item.review_id)
            self._store._audit(s, row, "evidence_removed", item.criterion_id,
                               f"{item.document_name} {cite(item.page, item.quote)}", None, by=by)
            s.delete(item)
            row.updated_at = utcnow()

    def evidence(self, review_id: str, criterion_id: str | None = None) -> list[Evidence]:
        """A review's evidence (one finding's with ``criterion_id``), in the order it was added."""
        with self._store._session() as s:
            q = select(EvidenceRow).where(EvidenceRow.review_id == review_id)
            if criterion_id is not None:
                q = q.where(EvidenceRow.criterion_id == criterion_id)
            return [_evidence(r) for r in s.scalars(q.order_by(EvidenceRow.created_at, EvidenceRow.id))]

    def evidence_of(self, review_ids: Iterable[str]) -> dict[str, list[Evidence]]:
        """Review id -> its evidence, for many reviews in one query (exports, reports)."""
        ids = list(dict.fromkeys(review_ids))
        out: dict[str, list[Evidence]] = {rid: [] for rid in ids}
        with self._store._session() as s:
            for start in range(0, len(ids), 500):
                for r in s.scalars(select(EvidenceRow).where(EvidenceRow.review_id.in_(ids[start:start + 500]))
                                   .order_by(EvidenceRow.review_id, EvidenceRow.created_at, EvidenceRow.id)):
                    out[r.review_id].append(_evidence(r))
        return out


def replace_evidence(s, review_id: str, items: list[dict]) -> None:
    """Collation: the review's evidence becomes ``items`` (dicts of EvidenceRow's columns), in session ``s``."""
    from .ids import new_id

    s.execute(delete(EvidenceRow).where(EvidenceRow.review_id == review_id))
    for item in items:
        s.add(EvidenceRow(id=item.get("id") or new_id(), review_id=review_id, **{
            k: v for k, v in item.items() if k != "id"}))
