"""`qpp-reviewer verify` (the audit trail's hash chain) and `qpp-reviewer history`."""

from __future__ import annotations


def add_parser(sub) -> None:
    v = sub.add_parser("verify", help="check the audit trail's hash chain; report the first broken link")
    v.add_argument("--db", metavar="PATH", dest="sub_db", help="database file or SQLAlchemy URL")
    v.set_defaults(handler=run_verify)
    h = sub.add_parser("history", help="every recorded change to one review (or, with --all, to anything)")
    h.add_argument("--db", metavar="PATH", dest="sub_db", help="database file or SQLAlchemy URL")
    h.add_argument("review", metavar="REVIEW_ID", nargs="?",
                   help="a review's id; it may be a deleted review's, whose trail is kept")
    h.add_argument("--all", action="store_true",
                   help="the whole trail, including changes to units and batches (no review id)")
    h.set_defaults(handler=run_history)


def run_verify(args) -> int:
    from ..cli import open_store

    store = open_store(args)
    try:
        result = store.verify_audit()
    finally:
        store.close()
    if result.ok:
        print(f"Audit trail intact: {result.problem}.")
        return 0
    where = f" at entry {result.broken_at}" if result.broken_at else ""
    print(f"AUDIT TRAIL BROKEN{where}: {result.problem}.")
    return 1


def run_history(args) -> int:
    from ..cli import fail, open_store

    if bool(args.review) == bool(args.all):
        return fail("give a review's id, or --all for the whole trail (not both)")
    store = open_store(args)
    try:
        if args.all:
            from sqlalchemy import select

            from ..storage.audit import AuditEntryRow

            with store._session() as s:
                entries = list(s.scalars(select(AuditEntryRow).order_by(AuditEntryRow.seq)))
        else:
            entries = store.history(args.review)
    finally:
        store.close()
    if not entries:
        return fail("the audit trail is empty" if args.all else f"no recorded changes for review {args.review}")
    for e in entries:
        change = f"{e.old or '—'} → {e.new or '—'}" if (e.old or e.new) else ""
        review = f"{e.review_id or '(no review)':36}  " if args.all else ""
        print(f"{e.seq:6}  {e.at:%Y-%m-%d %H:%M:%S}  {e.actor:12}  {review}{e.action:18} {e.field:8} {change}")
    return 0
