"""The centre's registry of reviewers' signing keys: enrol, revoke, and say whether a signer counts.

A focused part of the store (``store.keys``), as Anki's collection hands out ``col.decks``: the
registry's rules live here, not in the collation or the window. Every enrolment and revocation is
an audit entry (who, and why for a revocation).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from .. import signing
from ..domain import reason_problem
from ..messages import translate
from . import audit
from .models import EnrolledKeyRow


@dataclass(frozen=True)
class EnrolledKey:
    reviewer: str
    fingerprint: str
    public_key: bytes
    enrolled_at: datetime
    enrolled_by: str
    how: str
    revoked_at: datetime | None
    revoked_by: str | None
    revoke_reason: str | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def _key(row: EnrolledKeyRow) -> EnrolledKey:
    return EnrolledKey(row.reviewer, row.fingerprint, signing.unb64(row.public_key, "public key"), row.enrolled_at,
                       row.enrolled_by, row.how, row.revoked_at, row.revoked_by, row.revoke_reason)


class KeyRegistry:
    def __init__(self, store):
        self._store = store

    def _now(self) -> datetime:
        from .store import utcnow

        return utcnow()

    def enrol(self, reviewer: str, public_key: bytes, by: str, confirmed_fingerprint: str | None = None,
              how: str = "file") -> EnrolledKey:
        """Enrol ``public_key`` for ``reviewer``. ``confirmed_fingerprint``: what the quality lead read
        back to the reviewer; it must be this key's (spaces and case do not matter)."""
        from .store import ReviewError

        fp = signing.fingerprint(public_key)
        if confirmed_fingerprint is not None and \
                confirmed_fingerprint.replace(" ", "").upper() != fp.replace(" ", ""):
            raise ReviewError(translate("core", "The fingerprint confirmed ({confirmed}) is not this key's ({fingerprint}). "
                                               "Nothing was enrolled: check the file with the reviewer again.").format(
                confirmed=confirmed_fingerprint, fingerprint=fp))
        reviewer = " ".join((reviewer or "").split())
        if not reviewer:
            raise ReviewError(translate("core", "Say whose key it is."))
        encoded = signing.b64(public_key)
        with self._store._session.begin() as s:
            row = s.get(EnrolledKeyRow, encoded)
            if row is not None:
                if row.revoked_at is not None:
                    raise ReviewError(translate("core", "The key {fingerprint} of {reviewer} was revoked on {date} ({reason}); "
                                                       "a revoked key is not enrolled again. Ask the reviewer to make "
                                                       "a new key.").format(
                        fingerprint=fp, reviewer=row.reviewer, date=row.revoked_at.date(), reason=row.revoke_reason))
                if row.reviewer.casefold() != reviewer.casefold():
                    raise ReviewError(translate("core", "The key {fingerprint} is already enrolled for {enrolled}, not {reviewer}.").format(
                        fingerprint=fp, enrolled=row.reviewer, reviewer=reviewer))
                return _key(row)
            row = EnrolledKeyRow(public_key=encoded, fingerprint=fp, reviewer=reviewer, enrolled_at=self._now(),
                                 enrolled_by=by or "unknown", how=how)
            s.add(row)
            audit.append(s, self._now(), by or "unknown", None, "key_enrolled", "key", None, f"{reviewer}: {fp}")
            s.flush()
            return _key(row)

    def enrol_file(self, path, by: str, confirmed_fingerprint: str | None = None) -> EnrolledKey:
        enrolment = signing.read_enrolment(path)
        return self.enrol(enrolment.reviewer, enrolment.public_key, by, confirmed_fingerprint)

    def revoke(self, fingerprint_or_key: str, by: str, reason: str) -> EnrolledKey:
        """Revoke a key (by its fingerprint): workbooks it signs are refused from now on."""
        from .store import ReviewError

        if msg := reason_problem(reason, "the reason for revoking the key"):
            raise ReviewError(msg)
        wanted = fingerprint_or_key.replace(" ", "").upper()
        with self._store._session.begin() as s:
            rows = [r for r in s.scalars(select(EnrolledKeyRow))
                    if r.fingerprint.replace(" ", "") == wanted or r.public_key == fingerprint_or_key]
            if not rows:
                raise ReviewError(translate("core", "No enrolled key has the fingerprint {fingerprint}. List them with "
                                                   "`qpp-reviewer key list`.").format(fingerprint=fingerprint_or_key))
            row = rows[0]
            if row.revoked_at is None:
                row.revoked_at, row.revoked_by, row.revoke_reason = self._now(), by or "unknown", reason.strip()
                audit.append(s, self._now(), by or "unknown", None, "key_revoked", "key", row.fingerprint,
                             f"{row.reviewer}: {reason.strip()}")
            return _key(row)

    def all(self) -> list[EnrolledKey]:
        with self._store._session() as s:
            return [_key(r) for r in s.scalars(select(EnrolledKeyRow).order_by(EnrolledKeyRow.reviewer,
                                                                                EnrolledKeyRow.enrolled_at))]

    def find(self, public_key: bytes) -> EnrolledKey | None:
        with self._store._session() as s:
            row = s.get(EnrolledKeyRow, signing.b64(public_key))
            return _key(row) if row is not None else None
