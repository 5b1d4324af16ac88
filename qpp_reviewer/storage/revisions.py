"""Revisions of a collated review: which copy the centre holds, and the copies it has seen.

A review travels from a laptop to the centre more than once: exported in progress, then complete;
reopened after a second review or the decision maker's reply and exported again. Each copy carries
the review's own trail (its entries in the workbook's Audit sheet, in order), and the trail says
how two copies are related: a copy whose trail *extends* the held one's is a later revision of it
and replaces it; a copy whose trail is a *prefix* of the held one's is older (a stale file
collated late) and changes nothing; two copies that each have entries the other lacks have
*diverged*, and a quality lead chooses between them.

The state the centre ends in depends only on the set of copies it has seen, never on the order
they arrived in (issue 17): every distinct copy is kept once (by its trail's head), the held copy is
the one whose trail every other copy's is a prefix of, and when copies have diverged the held copy
is chosen by a fixed rule (the longest trail, then the highest head) until a quality lead decides.

A review's *revision* is the number of entries in its trail: each saved change is a revision.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, delete, select
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base

DIGEST_CHARS = 32  # each entry's payload digest, cut to 128 bits: enough to tell trails apart


class ReviewTrailRow(Base):
    """The trail of the copy the centre holds of a collated review."""

    __tablename__ = "review_trail"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)  # entries in the trail
    head: Mapped[str] = mapped_column(String(64))
    digests: Mapped[str] = mapped_column(Text, default="")  # DIGEST_CHARS hex per entry, in order
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)  # diverged copies await a decision
    decided_head: Mapped[str | None] = mapped_column(String(64), nullable=True)  # a quality lead's choice


class ReviewCopyRow(Base):
    """A copy of a review the centre has seen but does not hold: superseded by a later revision,
    diverged from the held one (a conflict), or set aside by a quality lead's decision."""

    __tablename__ = "review_copy"
    __table_args__ = (UniqueConstraint("review_id", "head", name="uq_review_copy_head"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    head: Mapped[str] = mapped_column(String(64))
    digests: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20))  # superseded | diverged | set_aside
    content: Mapped[str] = mapped_column(Text)  # the copy itself (review columns and findings), JSON
    file_name: Mapped[str] = mapped_column(String(260), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")


# -- trails -----------------------------------------------------------------------------------------

def chain_head(digests: list[str]) -> str:
    """The head of a review's own chain: each entry's digest hashed onto the one before."""
    h = ""
    for d in digests:
        h = hashlib.sha256((h + d).encode()).hexdigest()
    return h


def packed(digests: list[str]) -> str:
    return "".join(digests)


def unpacked(text: str) -> list[str]:
    return [text[i:i + DIGEST_CHARS] for i in range(0, len(text or ""), DIGEST_CHARS)]


def relation(held: list[str], incoming: list[str]) -> str:
    """How an incoming copy's trail stands to the held one's: same, extends, older or diverged."""
    if incoming == held:
        return "same"
    if len(incoming) > len(held) and incoming[:len(held)] == held:
        return "extends"
    if len(incoming) < len(held) and held[:len(incoming)] == incoming:
        return "older"
    return "diverged"


@dataclass(frozen=True)
class Copy:
    """One copy of a review: its trail and its content (what the review row and findings hold)."""

    digests: tuple[str, ...]
    content: str  # canonical JSON (see snapshot())
    file_name: str = ""
    file_sha256: str = ""

    @property
    def head(self) -> str:
        return chain_head(list(self.digests))

    @property
    def revision(self) -> int:
        return len(self.digests)


def rank(c: Copy) -> tuple:
    """The fixed rule that picks the held copy among diverged ones until a person decides."""
    return (c.revision, c.head)


def maximal(copies: list[Copy]) -> list[Copy]:
    """The copies whose trail no other copy's extends."""
    out = []
    for c in copies:
        if not any(relation(list(c.digests), list(o.digests)) == "extends" for o in copies if o is not c):
            out.append(c)
    return out


# -- content ----------------------------------------------------------------------------------------
# The review columns a copy carries: everything but what is the centre's own (the id, where and when it
# was imported, the batch a quality lead put it in, the unit's local id: the unit is kept by name).
COPY_COLUMNS = ("case_reference", "unit", "product", "outcome", "product_date", "decision_maker", "stream",
                "reviewer", "template_id", "template_version", "outcome_judgement", "status", "band",
                "band_reason", "n_no_error", "n_minor", "n_significant", "n_fail", "n_not_applicable",
                "n_unanswered", "created_at", "updated_at", "completed_at", "kind", "parent_review_id",
                "superseded_by")


def _jsonable(v):
    if isinstance(v, datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    return v


def snapshot(review: dict, findings: list[dict]) -> str:
    """A copy's content in one canonical text: equal copies give equal text, whoever built it."""
    body = {"review": {k: _jsonable(review.get(k)) for k in COPY_COLUMNS},
            "findings": sorted([[f["criterion_id"], f.get("severity") or "", f.get("comment") or "",
                                 _jsonable(f.get("updated_at"))] for f in findings])}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _datetime(v):
    return datetime.fromisoformat(v) if v else None


def restored(content: str) -> tuple[dict, list[dict]]:
    """The review columns (unit by name) and findings of a copy's content, typed as the tables hold them."""
    body = json.loads(content)
    r = dict(body["review"])
    r["product_date"] = date.fromisoformat(r["product_date"]) if r["product_date"] else None
    for k in ("created_at", "updated_at", "completed_at"):
        r[k] = _datetime(r[k])
    findings = [dict(criterion_id=cid, severity=sev or None, comment=comment, updated_at=_datetime(at))
                for cid, sev, comment, at in body["findings"]]
    return r, findings


# -- the store's part -------------------------------------------------------------------------------

@dataclass(frozen=True)
class HeldCopy:
    review_id: str
    revision: int
    head: str
    conflict: bool


@dataclass(frozen=True)
class OtherCopy:
    review_id: str
    revision: int
    head: str
    state: str
    file_name: str
    content: str

    def review(self) -> dict:
        return restored(self.content)[0]

    def findings(self) -> list[dict]:
        return restored(self.content)[1]


class Revisions:
    """``store.revisions``: the revisions and conflicts of collated reviews (issue 17)."""

    def __init__(self, store):
        self._store = store

    def held(self, review_id: str) -> HeldCopy | None:
        with self._store._session() as s:
            row = s.get(ReviewTrailRow, review_id)
            return None if row is None else HeldCopy(review_id, row.revision, row.head, row.conflict)

    def others(self, review_id: str) -> list[OtherCopy]:
        """Every other copy seen of the review, the newest revision first."""
        with self._store._session() as s:
            rows = s.execute(select(ReviewCopyRow).where(ReviewCopyRow.review_id == review_id)
                             .order_by(ReviewCopyRow.revision.desc(), ReviewCopyRow.head)).scalars().all()
            return [OtherCopy(r.review_id, r.revision, r.head, r.state, r.file_name, r.content) for r in rows]

    def copies(self, review_id: str) -> list[OtherCopy]:
        """Every copy the centre has of a review, the held one first (state "held")."""
        from .models import ReviewRow

        with self._store._session() as s:
            held = held_copy(s, review_id)
            if held is None:
                return []
            file_name = s.get(ReviewRow, review_id).source_file or ""
        return [OtherCopy(review_id, held.revision, held.head, "held", file_name, held.content)] + \
            self.others(review_id)

    def head_of(self, review_id: str, prefix: str) -> str:
        """The full head of the review's copy whose head starts with ``prefix`` (as lists show it)."""
        from .store import ReviewError

        prefix = (prefix or "").strip().lower().rstrip("…")
        found = [c.head for c in self.copies(review_id) if prefix and c.head.startswith(prefix)]
        if len(found) != 1:
            raise ReviewError(f"No copy of review {review_id} has a head starting '{prefix}'." if not found else
                              f"Several copies of review {review_id} have a head starting '{prefix}'; give more of it.")
        return found[0]

    def conflicts(self) -> list[str]:
        """Reviews whose copies have diverged and await a quality lead's choice."""
        with self._store._session() as s:
            return list(s.execute(select(ReviewTrailRow.review_id).where(ReviewTrailRow.conflict.is_(True))
                                  .order_by(ReviewTrailRow.review_id)).scalars())

    def resolve(self, review_id: str, keep_head: str, reason: str, by: str) -> None:
        """A quality lead keeps one of a review's diverged copies (``keep_head``: its trail's head, or
        the held copy's): it becomes the held copy, the others are set aside; audited with the reason.
        A later revision of the kept copy replaces it as any revision does."""
        from ..domain import reason_problem
        from . import audit
        from .store import ReviewError, utcnow

        problem = reason_problem(reason)
        if problem:
            raise ReviewError(f"Give the reason for the choice: {problem}")
        with self._store._session.begin() as s:
            trail = s.get(ReviewTrailRow, review_id)
            if trail is None or not trail.conflict:
                raise ReviewError(f"Review {review_id} has no conflicting copies to choose between.")
            before = trail.head
            if keep_head != trail.head:
                chosen = s.execute(select(ReviewCopyRow).where(ReviewCopyRow.review_id == review_id,
                                                              ReviewCopyRow.head == keep_head)).scalar_one_or_none()
                if chosen is None or chosen.state != "diverged":
                    raise ReviewError(f"Review {review_id} has no diverged copy with head {keep_head[:12]}….")
                _swap_in(s, review_id, chosen)
            for row in s.execute(select(ReviewCopyRow).where(ReviewCopyRow.review_id == review_id,
                                                            ReviewCopyRow.state == "diverged")).scalars():
                row.state = "set_aside"
            trail.conflict = False
            trail.decided_head = trail.head
            now = utcnow()
            from .models import ReviewEventRow

            s.add(ReviewEventRow(review_id=review_id, at=now, kind="conflict_resolved", by=by,
                                 detail=f"kept revision {trail.revision} (head {trail.head[:12]}…): {reason}"))
            audit.append(s, now, by, review_id, "conflict_resolved", "copy", before, trail.head)


def held_copy(s, review_id: str) -> Copy | None:
    """The held copy of a review as a Copy (None when the centre has no trail for it)."""
    from .models import FindingRow, ReviewRow, UnitRow

    trail = s.get(ReviewTrailRow, review_id)
    if trail is None:
        return None
    row = s.get(ReviewRow, review_id)
    review = {k: getattr(row, k) for k in COPY_COLUMNS if k != "unit"}
    review["unit"] = s.get(UnitRow, row.unit_id).name
    findings = [dict(criterion_id=f.criterion_id, severity=f.severity, comment=f.comment, updated_at=f.updated_at)
                for f in s.execute(select(FindingRow).where(FindingRow.review_id == review_id)).scalars()]
    return Copy(tuple(unpacked(trail.digests)), snapshot(review, findings))


def _unit_id(s, name: str) -> int:
    from sqlalchemy import func, insert

    from .models import UnitRow

    uid = s.execute(select(UnitRow.id).where(func.lower(UnitRow.name) == name.lower())).scalar()
    if uid is None:
        uid = s.execute(insert(UnitRow).values(name=name, active=True)).inserted_primary_key[0]
    return uid


def write_content(s, review_id: str, content: str, file_name: str | None = None) -> None:
    """Make the review row and its findings hold ``content`` (a copy's), keeping the centre's own
    columns (batch, where it was imported from unless ``file_name`` is given)."""
    from sqlalchemy import insert, update

    from .ids import new_ids
    from .models import FindingRow, ReviewRow

    review, findings = restored(content)
    values = {k: v for k, v in review.items() if k != "unit"}
    values["unit_id"] = _unit_id(s, review["unit"])
    if file_name is not None:
        values["source_file"] = file_name[:260]
    s.execute(update(ReviewRow).where(ReviewRow.id == review_id).values(**values))
    s.execute(delete(FindingRow).where(FindingRow.review_id == review_id))
    if findings:
        s.execute(insert(FindingRow), [dict(f, id=fid, review_id=review_id, comment=f["comment"] or "")
                                       for f, fid in zip(findings, new_ids(len(findings)))])


def _swap_in(s, review_id: str, chosen: ReviewCopyRow) -> None:
    """The held copy and ``chosen`` change places."""
    from .models import ReviewRow

    trail = s.get(ReviewTrailRow, review_id)
    held = held_copy(s, review_id)
    held_file = s.get(ReviewRow, review_id).source_file or ""
    write_content(s, review_id, chosen.content, chosen.file_name)
    trail.revision, trail.head, trail.digests = chosen.revision, chosen.head, chosen.digests
    chosen.revision, chosen.head, chosen.digests, chosen.content = (
        held.revision, held.head, packed(list(held.digests)), held.content)
    chosen.file_name, chosen.file_sha256 = held_file, ""


@dataclass(frozen=True)
class Arrival:
    """What an incoming copy did to the review the centre holds."""

    outcome: str  # unchanged | revised | stale | conflict | altered
    revision_before: int
    revision_after: int
    detail: str


def arrive(s, review_id: str, incoming: Copy) -> Arrival:
    """Take an incoming copy of a held review (which has a trail); see the module's docstring.

    Every distinct copy is kept once. The held copy becomes the one no other copy's trail extends
    (among those a quality lead has not set aside); when there are several, the review is flagged as
    a conflict and the held copy is the one a quality lead chose, or else the first by ``rank``."""
    trail = s.get(ReviewTrailRow, review_id)
    held = held_copy(s, review_id)
    before = held.revision
    if incoming.head == held.head:
        if incoming.content != held.content:  # the same history, different data: edited outside the app
            return Arrival("altered", before, before, "its content differs from the held copy's although its "
                           "trail is the same (changed without an audit entry); the held copy was kept")
        return Arrival("unchanged", before, before, "")
    rows = {r.head: r for r in s.execute(select(ReviewCopyRow).where(ReviewCopyRow.review_id == review_id)).scalars()}
    if incoming.head in rows:  # seen before (a file collated again)
        state = rows[incoming.head].state
        return Arrival("stale" if state == "superseded" else "unchanged", before, before,
                       f"revision {incoming.revision}, already seen ({state.replace('_', ' ')})")
    pool = [held] + [Copy(tuple(unpacked(r.digests)), r.content, r.file_name, r.file_sha256)
                     for r in rows.values() if r.state != "set_aside"] + [incoming]
    top = maximal(pool)
    if len(top) == 1:
        new_held = top[0]
    elif trail.decided_head is not None and any(c.head == held.head for c in top):
        new_held = held  # a quality lead chose it: a new divergence leaves their choice in place
    else:
        new_held = max(top, key=rank)
    conflict = len(top) > 1
    top_heads = {c.head for c in top}

    def state_of(c: Copy) -> str:
        return "diverged" if c.head in top_heads else "superseded"

    if new_held.head != held.head:
        from .models import ReviewRow

        held_file = s.get(ReviewRow, review_id).source_file or ""
        write_content(s, review_id, new_held.content, new_held.file_name)
        trail.revision, trail.head, trail.digests = new_held.revision, new_held.head, packed(list(new_held.digests))
        if new_held.head in rows:
            s.delete(rows.pop(new_held.head))
            s.flush()
        s.add(ReviewCopyRow(review_id=review_id, revision=held.revision, head=held.head,
                            digests=packed(list(held.digests)), state=state_of(held), content=held.content,
                            file_name=held_file[:260], file_sha256=""))
    if incoming.head != new_held.head:
        s.add(ReviewCopyRow(review_id=review_id, revision=incoming.revision, head=incoming.head,
                            digests=packed(list(incoming.digests)), state=state_of(incoming),
                            content=incoming.content, file_name=incoming.file_name[:260],
                            file_sha256=incoming.file_sha256))
    for head, r in rows.items():
        if r.state != "set_aside":
            r.state = state_of(Copy(tuple(unpacked(r.digests)), r.content))
    trail.conflict = conflict
    after = trail.revision
    if conflict:
        return Arrival("conflict", before, after,
                       f"revision {incoming.revision} has diverged from revision {held.revision if new_held.head != held.head else before} "
                       "(each has changes the other lacks): both are kept; a quality lead chooses one "
                       f"(held now: revision {after})")
    if new_held.head == incoming.head:
        return Arrival("revised", before, after, f"revision {before} replaced by revision {after}")
    return Arrival("stale", before, after, f"revision {incoming.revision} is older than the held revision {after}; "
                   "nothing changed")


def record_trails(s, trails: list[tuple[str, list[str]]]) -> None:
    """The trails of newly collated reviews (the copies now held)."""
    from sqlalchemy import insert

    if trails:
        s.execute(insert(ReviewTrailRow), [dict(review_id=rid, revision=len(d), head=chain_head(d),
                                                digests=packed(d), conflict=False, decided_head=None)
                                           for rid, d in trails])


def _held_snapshots(s, ids: list[str]) -> dict[str, str]:
    """The held content (snapshot()) of many reviews, in two queries."""
    from .models import FindingRow, ReviewRow, UnitRow

    cols = [getattr(ReviewRow, k) for k in COPY_COLUMNS if k != "unit"]
    reviews = {}
    for row in s.execute(select(ReviewRow.id, UnitRow.name, *cols).join(UnitRow, ReviewRow.unit_id == UnitRow.id)
                         .where(ReviewRow.id.in_(ids))):
        review = dict(zip([k for k in COPY_COLUMNS if k != "unit"], row[2:]))
        review["unit"] = row[1]
        reviews[row[0]] = review
    findings: dict[str, list[dict]] = {rid: [] for rid in reviews}
    for rid, cid, sev, comment, at in s.execute(
            select(FindingRow.review_id, FindingRow.criterion_id, FindingRow.severity, FindingRow.comment,
                   FindingRow.updated_at).where(FindingRow.review_id.in_(ids))):
        findings[rid].append(dict(criterion_id=cid, severity=sev, comment=comment, updated_at=at))
    return {rid: snapshot(review, findings[rid]) for rid, review in reviews.items()}


def arrive_many(s, items: list[tuple[str, Copy]]) -> dict[str, Arrival]:
    """:func:`arrive` for the held reviews of one file, with the commonest case in bulk (issue 21).

    The commonest case by far is a plain later revision: the incoming trail extends the held one, the
    centre has no other copy of the review and no conflict. Those are written together (a few
    statements for the whole file, where one at a time costs a dozen each); every other case goes
    through :func:`arrive`, one review at a time. The result is the same either way (the property
    test of order independence runs through here)."""
    from sqlalchemy import bindparam, update

    from . import bulk
    from .ids import new_ids
    from .models import FindingRow, ReviewRow, UnitRow

    out: dict[str, Arrival] = {}
    if not items:
        return out
    ids = [rid for rid, _c in items]
    trails = {t.review_id: t for t in s.scalars(select(ReviewTrailRow).where(ReviewTrailRow.review_id.in_(ids)))}
    with_copies = set(s.scalars(select(ReviewCopyRow.review_id).where(ReviewCopyRow.review_id.in_(ids)).distinct()))
    fast, slow = [], []
    for rid, incoming in items:
        t = trails.get(rid)
        if (t is not None and rid not in with_copies and not t.conflict
                and relation(unpacked(t.digests), list(incoming.digests)) == "extends"):
            fast.append((rid, incoming, t))
        else:
            slow.append((rid, incoming))
    if fast:
        held = _held_snapshots(s, [rid for rid, _c, _t in fast])
        units = {name.lower(): uid for uid, name in s.execute(select(UnitRow.id, UnitRow.name))}
        files = dict(s.execute(select(ReviewRow.id, ReviewRow.source_file)
                               .where(ReviewRow.id.in_([rid for rid, _c, _t in fast]))).all())
        review_updates, findings, copies, trail_updates = [], [], [], []
        for rid, incoming, t in fast:
            review, fs = restored(incoming.content)
            uid = units.get(review["unit"].lower())
            if uid is None:
                uid = units[review["unit"].lower()] = _unit_id(s, review["unit"])
            values = {k: v for k, v in review.items() if k != "unit"}
            values.update(b_id=rid, unit_id=uid, source_file=incoming.file_name[:260] or files.get(rid))
            review_updates.append(values)
            findings += [dict(f, review_id=rid, comment=f["comment"] or "") for f in fs]
            copies.append(dict(review_id=rid, revision=t.revision, head=t.head, digests=t.digests,
                               state="superseded", content=held[rid], file_name=(files.get(rid) or "")[:260],
                               file_sha256=""))
            trail_updates.append(dict(b_id=rid, revision=incoming.revision, head=incoming.head,
                                      digests=packed(list(incoming.digests))))
            out[rid] = Arrival("revised", t.revision, incoming.revision,
                               f"revision {t.revision} replaced by revision {incoming.revision}")
        # executemany UPDATEs: the SET clause comes from the parameters' keys (b_id names the row)
        s.execute(update(ReviewRow.__table__).where(ReviewRow.__table__.c.id == bindparam("b_id")), review_updates)
        fast_ids = [rid for rid, _c, _t in fast]
        s.execute(delete(FindingRow).where(FindingRow.review_id.in_(fast_ids)))
        for f, fid in zip(findings, new_ids(len(findings))):
            f["id"] = fid
        con = s.connection()
        bulk.insert_many(con, FindingRow.__table__, findings)
        bulk.insert_many(con, ReviewCopyRow.__table__, copies)
        s.execute(update(ReviewTrailRow.__table__).where(ReviewTrailRow.__table__.c.review_id == bindparam("b_id")),
                  trail_updates)
        done = set(fast_ids)
        for obj in list(s.identity_map.values()):  # the ORM's copies of the rows written are stale now
            if (isinstance(obj, ReviewTrailRow) and obj.review_id in done) or (
                    isinstance(obj, ReviewRow) and obj.id in done):
                s.expire(obj)
    for rid, incoming in slow:
        out[rid] = arrive(s, rid, incoming)
    return out
