"""Which database a workbook's trail comes from, and the newest trail the centre has seen of it.

A rewritten history is only visible against something remembered. The laptop's checkpoints
(storage/seal.py) are in the same file an attacker holds; a reviewer holding their own key can
re-sign a rewritten trail. The centre is outside their reach: every export names its database
(``database_id``, a random id made at the database's first export) and carries its whole chain
(the Audit sheet), and the centre remembers, per database, the longest trail it has collated. A later
export's trail must contain that one as its beginning:

* it does — a newer export: collated, and its trail becomes the one remembered;
* it is that trail's beginning itself — an older export collated late: collated (the revisions rules
  keep the newer copies), reported as older;
* it differs at an entry the centre has already seen — the history was rewritten, or a copy of that
  database is in use elsewhere: refused, naming the database, the reviewer and the entry.

Restoring a backup gives the database a new id (the restored history is a new branch, not a
rewrite): ``storage.db.restore_backup`` clears it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import DateTime, Integer, String, select
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class DatabaseIdentityRow(Base):
    """This database's own id (one row), made at its first export."""

    __tablename__ = "database_identity"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SourceTrailRow(Base):
    """At the centre: the longest trail collated from each source database."""

    __tablename__ = "source_trail"
    database_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    exported_by: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(260), default="")
    entries: Mapped[int] = mapped_column(Integer)
    head: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(260), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    seen_at: Mapped[datetime] = mapped_column(DateTime)


def database_id(s) -> str:
    """This database's id, made (inside the caller's transaction) when it has none yet."""
    row = s.execute(select(DatabaseIdentityRow).limit(1)).scalar()
    if row is None:
        from .store import utcnow

        row = DatabaseIdentityRow(id=str(uuid.uuid4()), created_at=utcnow())
        s.add(row)
        s.flush()
    return row.id


@dataclass(frozen=True)
class SourceCheck:
    outcome: str  # first | newer | same | older | rewritten
    detail: str


def check(s, database: str, hashes: dict[int, str], entries: int) -> SourceCheck:
    """How an incoming trail (``hashes``: seq -> hash, ``entries`` long) stands to the remembered one."""
    known = s.get(SourceTrailRow, database)
    if known is None:
        return SourceCheck("first", "")
    seen = f"{known.file_name} exported by {known.exported_by or 'unknown'}"
    if entries >= known.entries:
        if hashes.get(known.entries) != known.head:
            return SourceCheck("rewritten", (
                f"the audit trail of database {database} (exported by {known.exported_by or 'unknown'}) no longer "
                f"contains the {known.entries} entries the centre collated from {known.file_name}: entry "
                f"{known.entries} differs. Its history was rewritten, or a copy of that database is in use on "
                "another machine (restoring a backup gives a database a new id; copying the file does not). "
                "Nothing was collated from this file; ask the reviewer which database is theirs"))
        return SourceCheck("same" if entries == known.entries else "newer", "")
    # shorter than what was seen: an older export, unless its own entries differ from the newer trail's
    return SourceCheck("older", f"an older export of database {database}: {entries} audit entries, the centre "
                                f"has already collated {known.entries} ({seen})")


def remember(s, database: str, exported_by: str, source: str, entries: int, head: str, file_name: str,
             file_sha256: str, now) -> None:
    known = s.get(SourceTrailRow, database)
    if known is None:
        s.add(SourceTrailRow(database_id=database, exported_by=exported_by[:100], source=source[:260], entries=entries,
                             head=head, file_name=file_name[:260], file_sha256=file_sha256, seen_at=now))
    elif entries > known.entries:
        known.exported_by, known.source, known.entries, known.head = exported_by[:100], source[:260], entries, head
        known.file_name, known.file_sha256, known.seen_at = file_name[:260], file_sha256, now
