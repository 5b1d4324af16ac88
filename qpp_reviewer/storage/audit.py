"""A tamper-evident audit trail: every change to a review, hash-chained.

Each entry's hash covers its own content and the previous entry's hash, so
editing or deleting any past entry breaks every link after it; ``verify``
finds the first broken link. The chain proves the trail was not altered after
the fact by someone with the file but not the will to rewrite every later
hash consistently — it is evidence, not a lock.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .models import Base

GENESIS = "0" * 64


class AuditEntryRow(Base):
    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100))
    review_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    action: Mapped[str] = mapped_column(String(40))
    field: Mapped[str] = mapped_column(String(60), default="")
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")
    payload_sha256: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditCheckpointRow(Base):
    """A signed checkpoint of the trail's head (``storage/seal.py``)."""

    __tablename__ = "audit_checkpoint"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entries: Mapped[int] = mapped_column(Integer)
    head: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(20))
    signer: Mapped[str] = mapped_column(String(100))
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw key; "" when unsigned
    fingerprint: Mapped[str] = mapped_column(String(40))
    signature: Mapped[str] = mapped_column(String(100))  # base64; "" when unsigned


def payload_digest(seq: int, at: datetime, actor: str, review_id: str | None, action: str, field: str,
                   old: str, new: str) -> str:
    payload = json.dumps(
        [seq, at.replace(microsecond=0).isoformat(sep=" "), actor, review_id or "", action, field, old, new],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def link_hash(prev_hash: str, digest: str) -> str:
    """The chain links digests, not contents: an export can carry another review's entry
    as its digest alone (no comments leave the laptop) and the chain still verifies."""
    return hashlib.sha256((prev_hash + digest).encode("ascii")).hexdigest()


def _text(value) -> str:
    if value is None:
        return ""
    return getattr(value, "value", None) or str(value)


def append(s: Session, at: datetime, actor: str, review_id: str | None, action: str, field: str = "",
           old=None, new=None) -> AuditEntryRow:
    """Add one entry at the end of the chain, inside the caller's transaction."""
    if s.bind is not None and s.bind.dialect.name == "postgresql":
        # serialise appenders on a central server so the chain cannot fork
        s.execute(select(__import__("sqlalchemy").func.pg_advisory_xact_lock(0x515050)))
    last = s.execute(select(AuditEntryRow.seq, AuditEntryRow.hash).order_by(AuditEntryRow.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = at.replace(microsecond=0)
    old_t, new_t = _text(old), _text(new)
    digest = payload_digest(seq, at, actor or "", review_id, action, field or "", old_t, new_t)
    row = AuditEntryRow(seq=seq, at=at, actor=actor or "", review_id=review_id, action=action, field=field or "",
                        old=old_t, new=new_t, payload_sha256=digest, prev_hash=prev, hash=link_hash(prev, digest))
    s.add(row)
    s.flush()
    return row


def append_many(s: Session, entries: list[tuple]) -> None:
    """Several entries (at, actor, review_id, action, field, old, new) in one insert.

    Collation records one arrival per review: one statement for the lot, not one each.
    """
    if not entries:
        return
    if s.bind is not None and s.bind.dialect.name == "postgresql":
        s.execute(select(__import__("sqlalchemy").func.pg_advisory_xact_lock(0x515050)))
    last = s.execute(select(AuditEntryRow.seq, AuditEntryRow.hash).order_by(AuditEntryRow.seq.desc()).limit(1)).first()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    rows = []
    for at, actor, review_id, action, field, old, new in entries:
        seq += 1
        at = at.replace(microsecond=0)
        old_t, new_t = _text(old), _text(new)
        digest = payload_digest(seq, at, actor or "", review_id, action, field or "", old_t, new_t)
        h = link_hash(prev, digest)
        rows.append(dict(seq=seq, at=at, actor=actor or "", review_id=review_id, action=action, field=field or "",
                         old=old_t, new=new_t, payload_sha256=digest, prev_hash=prev, hash=h))
        prev = h
    s.execute(__import__("sqlalchemy").insert(AuditEntryRow), rows)


@dataclass(frozen=True)
class Verification:
    entries: int
    broken_at: int | None  # sequence number of the first bad entry
    problem: str

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify_rows(rows) -> Verification:
    """Check an ordered iterable of entries (ORM rows or dicts).

    A dict whose ``redacted`` is true carries only its digest (an entry of a review
    that was not exported): its content cannot be checked, but its place can.
    """
    prev = GENESIS
    expected_seq = 1
    n = 0
    for r in rows:
        get = (lambda k: r[k]) if isinstance(r, dict) else (lambda k: getattr(r, k))
        n += 1
        seq = get("seq")
        if seq != expected_seq:
            return Verification(n, seq, f"entry {expected_seq} is missing (the next entry is {seq}): "
                                        "an entry was deleted")
        if get("prev_hash") != prev:
            return Verification(n, seq, f"entry {seq} does not follow entry {seq - 1}: an earlier entry was "
                                        "changed or removed")
        redacted = isinstance(r, dict) and r.get("redacted")
        if redacted:
            digest = get("payload_sha256")
        else:
            at = get("at")
            if isinstance(at, str):
                at = datetime.fromisoformat(at)
            digest = payload_digest(seq, at, get("actor"), get("review_id"), get("action"), get("field"),
                                    get("old"), get("new"))
            if digest != get("payload_sha256"):
                return Verification(n, seq, f"entry {seq} ({get('action')} at {at:%d %b %Y %H:%M:%S}) was altered "
                                            "after it was written")
        if link_hash(prev, digest) != get("hash"):
            return Verification(n, seq, f"entry {seq} does not link to entry {seq - 1}: the chain was altered")
        prev = get("hash")
        expected_seq += 1
    return Verification(n, None, f"all {n} entries intact")


def verify(session: Session) -> Verification:
    return verify_rows(session.scalars(select(AuditEntryRow).order_by(AuditEntryRow.seq)))


def history(session: Session, review_id: str) -> list[AuditEntryRow]:
    return list(session.scalars(select(AuditEntryRow).where(AuditEntryRow.review_id == review_id)
                                .order_by(AuditEntryRow.seq)))
