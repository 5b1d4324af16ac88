"""Replay of the audit trail against the tables (issue 16 item 4).

The hash chain and its signed checkpoints prove the *trail* was not rewritten; they say nothing of
the review and finding rows themselves, which anyone with the file can edit directly (a significant
error turned into "no error", a band typed over). So ``verify`` also rebuilds, from the trail alone,
what every review made on this machine must hold now — each criterion's finding and comment, the
outcome judgement, whether it is complete, whether it still exists — and compares that with the
tables, then scores the table's findings with the one scoring function and compares the band.

What is replayed: reviews whose first entry here is their creation (``created``, or a second review's
``*_requested``): they start empty, and every change to them has an entry. Not replayed: reviews
collated from workbooks (their history is the laptop's; the centre compares their trails, see
storage/revisions.py) and agreed results (made complete in one step from two reviews; only their
existence and status are checked). A review with no entry at all that is older than the trail itself
was made before the trail existed (databases from before schema 0004) and is reported as such.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from .audit import AuditEntryRow


@dataclass
class _Expected:
    first_seq: int
    kind: str  # replayed | agreed | other
    severities: dict = field(default_factory=dict)
    comments: dict = field(default_factory=dict)
    judgement: str | None = None
    complete: bool = False
    deleted_at: int | None = None


@dataclass(frozen=True)
class Replay:
    replayed: int  # reviews whose content was rebuilt from the trail and matched
    before_trail: int  # reviews older than the trail (no entry to replay)
    problem: str | None  # the first difference found, None when the tables match the trail
    seq: int | None = None  # the entry the difference is about, where there is one


def _expected(s) -> dict[str, _Expected]:
    out: dict[str, _Expected] = {}
    rows = s.execute(select(AuditEntryRow.seq, AuditEntryRow.review_id, AuditEntryRow.action, AuditEntryRow.field,
                            AuditEntryRow.new).where(AuditEntryRow.review_id.is_not(None))
                     .order_by(AuditEntryRow.seq))
    for seq, rid, action, fld, new in rows:
        e = out.get(rid)
        if e is None:
            kind = ("replayed" if action == "created" or action.endswith("_requested") else
                    "agreed" if action == "agreed" else "other")
            e = out[rid] = _Expected(seq, kind)
            e.complete = kind == "agreed"
        if action == "finding":
            e.severities[fld] = (seq, new or None)
        elif action == "comment":
            e.comments[fld] = (seq, new or "")
        elif action == "outcome_judgement":
            e.judgement = new or None
        elif action == "completed":
            e.complete = True
        elif action == "reopened":
            e.complete = False
        elif action == "deleted":
            e.deleted_at = seq
    return out


def replay(s) -> Replay:
    """Compare the review and finding tables with what the trail says they hold."""
    from ..domain import Outcome, OutcomeJudgement, ReviewStatus, Severity
    from ..scoring import score
    from .models import FindingRow, ReviewRow, TemplateRow
    from .store import _template_from_row

    expected = _expected(s)
    first_at = s.execute(select(AuditEntryRow.at).order_by(AuditEntryRow.seq).limit(1)).scalar()
    templates = {(t.id, t.version): _template_from_row(t) for t in s.execute(select(TemplateRow)).scalars()}
    findings: dict[str, dict] = {}
    for rid, cid, sev, comment in s.execute(select(FindingRow.review_id, FindingRow.criterion_id, FindingRow.severity,
                                                   FindingRow.comment)):
        findings.setdefault(rid, {})[cid] = (sev or None, comment or "")
    replayed = before = 0
    rows = {r.id: r for r in s.execute(select(ReviewRow)).scalars()}
    for rid, r in rows.items():
        name = f"review of {r.case_reference} ({rid})"
        e = expected.get(rid)
        if r.source_file is not None:
            continue  # collated: its history is its laptop's
        if e is None:
            if first_at is not None and r.created_at is not None and r.created_at < first_at:
                before += 1
                continue
            return Replay(replayed, before, f"the {name} has no entry in the trail: it was added to the tables "
                                            "outside the app")
        if e.deleted_at is not None:
            return Replay(replayed, before, f"the {name} was deleted at entry {e.deleted_at} but is in the tables "
                                            "again: restored outside the app", e.deleted_at)
        if e.kind == "other":
            continue  # made by the demo (demo_created), or a trail that does not start with its creation
        status = ReviewStatus.COMPLETE.value if e.complete else ReviewStatus.IN_PROGRESS.value
        if r.status != status:
            return Replay(replayed, before, f"the {name} is '{r.status}' in the tables, but its trail leaves it "
                                            f"'{status}': changed without an entry", e.first_seq)
        if e.kind != "replayed":
            continue
        have = findings.get(rid, {})
        for cid in sorted(set(have) | set(e.severities) | set(e.comments)):
            sev, comment = have.get(cid, (None, ""))
            seq, want = e.severities.get(cid, (e.first_seq, None))
            if sev != want:
                return Replay(replayed, before, f"criterion {cid} of the {name} is '{sev or 'no finding'}' in the "
                                                f"tables, but its trail says '{want or 'no finding'}' (entry {seq}): "
                                                "changed without an entry", seq)
            seq, want_comment = e.comments.get(cid, (e.first_seq, ""))
            if comment != want_comment:
                return Replay(replayed, before, f"the comment on criterion {cid} of the {name} differs from its trail "
                                                f"(entry {seq}): changed without an entry", seq)
        if (r.outcome_judgement or None) != e.judgement:
            return Replay(replayed, before, f"the outcome judgement of the {name} is '{r.outcome_judgement or 'none'}' "
                                            f"in the tables, but its trail says '{e.judgement or 'none'}': changed "
                                            "without an entry", e.first_seq)
        template = templates.get((r.template_id, r.template_version))
        if template is not None:
            result = score(template.criteria_for(Outcome(r.outcome) if r.outcome else None),
                           {cid: Severity(sev) if sev else None for cid, (sev, _c) in have.items()},
                           OutcomeJudgement(r.outcome_judgement) if r.outcome_judgement else None)
            band = result.band.value if result.band else None
            if (r.band or None) != band:
                return Replay(replayed, before, f"the {name} has band {r.band or 'none'} in the tables, but its "
                                                f"findings give {band or 'none'}: the band was changed outside the "
                                                "app", e.first_seq)
        replayed += 1
    for rid, e in expected.items():
        if e.kind in ("replayed", "agreed") and e.deleted_at is None and rid not in rows:
            return Replay(replayed, before, f"review {rid} (created at entry {e.first_seq}) is missing from the "
                                            "tables, and the trail has no entry deleting it: deleted outside the app",
                          e.first_seq)
    return Replay(replayed, before, None)
