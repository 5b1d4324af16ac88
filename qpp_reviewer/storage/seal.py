"""Signed checkpoints of the audit trail's head (issue 16 item 4).

The hash chain (``audit.py``) is unkeyed: anyone with the file and the documented rules can
delete the newest entries, or rebuild the whole chain, and the chain alone still verifies. A
**checkpoint** records the trail's entry count and head hash at a moment, signed with the acting
reviewer's Ed25519 key (``signing.load_or_create``). Checkpoints are written at every export, at
every close of a store whose trail grew, and every ``EVERY`` entries (never per keystroke).

``verify`` then detects, beyond the chain's own checks:

* the newest entries deleted — a checkpoint sealed more entries than the trail now has;
* the chain re-hashed by the documented rules — the entry at a checkpoint's count no longer has
  the head hash the checkpoint signed;
* a checkpoint edited or forged — its signature does not verify, or it is signed by a key that is
  neither this machine's key of that reviewer nor one enrolled for them.

What it does **not** catch on its own: someone who deletes the newest checkpoints too, or a
reviewer who holds their own key and re-signs a rewritten history. The centre's remembered head
(collation) is what catches those after the first collation; see docs/security.md.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .audit import AuditCheckpointRow, AuditEntryRow, Verification, verify_rows

EVERY = 100
MESSAGE_FORMAT = "qpp-reviewer-audit-checkpoint"


def message(seq: int, entries: int, head: str, at: datetime, reason: str, signer: str) -> bytes:
    """The bytes a checkpoint's signature covers: every field but the key and signature."""
    return json.dumps([MESSAGE_FORMAT, 1, seq, entries, head, at.replace(microsecond=0).isoformat(sep=" "),
                       reason, signer], ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def head(s: Session) -> tuple[int, str] | None:
    """(count, hash) of the trail's newest entry, or None for an empty trail."""
    row = s.execute(select(AuditEntryRow.seq, AuditEntryRow.hash).order_by(AuditEntryRow.seq.desc()).limit(1)).first()
    return (row[0], row[1]) if row else None


def latest(s: Session) -> AuditCheckpointRow | None:
    return s.scalars(select(AuditCheckpointRow).order_by(AuditCheckpointRow.seq.desc()).limit(1)).first()


def _key(actor: str | None, key=None):
    if key is not None or not actor or not actor.strip():
        return key
    from ..signing import SigningError, load_or_create

    try:
        return load_or_create(actor, os.environ.get("QPP_KEY_PASSPHRASE") or None)
    except SigningError:
        return None


def checkpoint(s: Session, actor: str | None, reason: str, key=None, force: bool = False) -> AuditCheckpointRow | None:
    """Seal the trail's current head, inside the caller's transaction. Nothing is written when the
    trail is empty, or (unless ``force``) when the newest checkpoint already seals this head.
    Signed with ``key`` or the actor's key; unsigned (and said so by ``verify``) when there is none."""
    from ..signing import b64

    h = head(s)
    if h is None:
        return None
    last = latest(s)
    if last is not None and not force and (last.entries, last.head) == h:
        return last
    key = _key(actor, key)
    seq = (last.seq + 1) if last is not None else 1
    at = _now()
    signer = (key.reviewer if key is not None else (actor or "")).strip()
    msg = message(seq, h[0], h[1], at, reason, signer)
    row = AuditCheckpointRow(seq=seq, entries=h[0], head=h[1], at=at, reason=reason, signer=signer,
                             public_key=b64(key.public_key) if key is not None else "",
                             fingerprint=key.fingerprint if key is not None else "",
                             signature=b64(key.sign(msg)) if key is not None else "")
    s.add(row)
    s.flush()
    return row


def _trusted(s: Session, cp: AuditCheckpointRow, public_key: bytes) -> bool:
    """A checkpoint's key must be this machine's key of its signer, or a key enrolled for them."""
    from ..signing import SigningError, b64, has_key, load_or_create
    from .models import EnrolledKeyRow

    enrolled = s.get(EnrolledKeyRow, b64(public_key))
    if enrolled is not None and enrolled.reviewer.casefold() == cp.signer.casefold():
        return True
    if cp.signer and has_key(cp.signer):
        try:
            return load_or_create(cp.signer, os.environ.get("QPP_KEY_PASSPHRASE") or None).public_key == public_key
        except SigningError:
            return True  # cannot open the local key to compare (passphrase): the signature alone counts
    return False


def verify(s: Session) -> Verification:
    """The chain's own check, then every checkpoint against it."""
    from ..signing import SigningError, unb64, verify as verify_signature

    chain = verify_rows(s.scalars(select(AuditEntryRow).order_by(AuditEntryRow.seq)))
    count = s.scalar(select(func.count()).select_from(AuditEntryRow)) or 0
    newest = s.scalar(select(func.max(AuditEntryRow.seq))) or 0
    hashes = {}
    cps = list(s.scalars(select(AuditCheckpointRow).order_by(AuditCheckpointRow.seq)))
    wanted = {cp.entries for cp in cps}
    if wanted:
        hashes = dict(s.execute(select(AuditEntryRow.seq, AuditEntryRow.hash).where(AuditEntryRow.seq.in_(wanted))).all())
    unsigned = 0
    for cp in cps:
        when = f"{cp.at:%d %b %Y %H:%M:%S}"
        name = f"checkpoint {cp.seq} ({cp.reason}, {when}, {cp.signer or 'no signer'})"
        if cp.signature:
            try:
                pk, sig = unb64(cp.public_key, "checkpoint key"), unb64(cp.signature, "checkpoint signature")
            except SigningError:
                pk, sig = b"", b""
            if not verify_signature(pk, sig, message(cp.seq, cp.entries, cp.head, cp.at, cp.reason, cp.signer)):
                return Verification(count, cp.entries, f"the signature of {name} does not verify: the checkpoint "
                                                       "was altered or forged")
            if not _trusted(s, cp, pk):
                return Verification(count, cp.entries, f"{name} is signed by a key that is neither this machine's "
                                                       f"key of {cp.signer} nor one enrolled for them "
                                                       f"(fingerprint {cp.fingerprint}): forged")
        else:
            unsigned += 1
        if cp.entries > newest:
            return Verification(count, newest + 1, f"the trail ends at entry {newest}, but {name} sealed "
                                                   f"{cp.entries} entries: entries {newest + 1}–{cp.entries} were "
                                                   "deleted")
        if hashes.get(cp.entries) != cp.head:
            return Verification(count, cp.entries, f"entry {cp.entries} differs from the one sealed by {name}: "
                                                   "the trail was rewritten (re-hashed or edited) after that")
    if not chain.ok:
        return chain
    from .replay import replay

    rp = replay(s)
    if rp.problem:
        return Verification(count, rp.seq or 0, rp.problem)  # 0: not one entry, the tables
    # the detail is a core message, in the window's language where the window shows it (History)
    from ..messages import joined, plural, translate

    parts = [plural(count, translate("core", "{n} entry intact"), translate("core", "all {n} entries intact"))]
    if cps:
        part = plural(len(cps), translate("core", "{n} checkpoint matches, the newest sealing entry {entry}"),
                      translate("core", "{n} checkpoints match, the newest sealing entry {entry}"),
                      entry=cps[-1].entries)
        if unsigned:
            part = translate("core", "{checkpoints} ({unsigned} unsigned: no reviewer key was available when they "
                                     "were written)").format(checkpoints=part, unsigned=unsigned)
        parts.append(part)
        if cps[-1].entries < newest:
            parts.append(translate("core", "entries {first}–{last} are not sealed yet").format(
                first=cps[-1].entries + 1, last=newest))
    else:
        parts.append(translate("core", "no checkpoint yet (the trail is sealed at the next export or close)"))
    part = plural(rp.replayed, translate("core", "{n} review replayed from the trail matches the tables"),
                  translate("core", "{n} reviews replayed from the trail match the tables"))
    if rp.before_trail:
        part = translate("core", "{replayed} ({before} made before the trail existed, not replayed)").format(
            replayed=part, before=rp.before_trail)
    parts.append(part)
    detail = joined("; ", parts)
    return Verification(count, None, detail)
