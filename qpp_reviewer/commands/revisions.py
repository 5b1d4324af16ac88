"""`qpp-reviewer conflicts …` and `qpp-reviewer revisions`: the copies of collated reviews at the centre.

A later copy of a review replaces the one held and an older one changes nothing, without anyone's
help; copies that have diverged (each with changes the other lacks) wait for a quality lead, who
keeps one with a reason (docs/round-trips.md).
"""

from __future__ import annotations

import getpass


def add_parser(sub) -> None:
    c = sub.add_parser("conflicts", help="at the centre: reviews whose copies have diverged; keep one with a reason")
    csub = c.add_subparsers(dest="conflicts_command", metavar="ACTION")
    c.add_argument("--db", metavar="URL", dest="sub_db", help="the central database")
    c.set_defaults(handler=run_list)
    ls = csub.add_parser("list", help="the reviews in conflict and their copies (the default)")
    ls.add_argument("--db", metavar="URL", dest="sub_db", help="the central database")
    ls.set_defaults(handler=run_list)
    k = csub.add_parser("keep", help="keep one copy of a review in conflict; the others are set aside")
    k.add_argument("--db", metavar="URL", dest="sub_db", help="the central database")
    k.add_argument("review_id", metavar="REVIEW_ID")
    k.add_argument("head", metavar="HEAD", help="the copy's head as `conflicts list` shows it (its first characters)")
    k.add_argument("--reason", required=True, help="why this copy (recorded in the audit trail)")
    k.add_argument("--by", default="", metavar="NAME", help="who decides (default: your login name)")
    k.set_defaults(handler=run_keep)
    r = sub.add_parser("revisions", help="at the centre: every copy collated of a review (held, superseded, diverged)")
    r.add_argument("--db", metavar="URL", dest="sub_db", help="the central database")
    r.add_argument("review_id", metavar="REVIEW_ID")
    r.set_defaults(handler=run_revisions)


def _line(c) -> str:
    review = c.review()
    state = {"held": "HELD", "superseded": "superseded", "diverged": "DIVERGED", "set_aside": "set aside"}[c.state]
    return (f"  {state:10}  revision {c.revision:4}  head {c.head[:12]}  {review['status']:11}  "
            f"band {review['band'] or '-':4}  {c.file_name}")


def run_list(args) -> int:
    from ..cli import open_store

    store = open_store(args)
    try:
        ids = store.revisions.conflicts()
        if not ids:
            print("No review has conflicting copies.")
            return 0
        for rid in ids:
            copies = store.revisions.copies(rid)
            print(f"{copies[0].review()['case_reference']} ({rid}): {len(copies)} copies")
            for c in copies:
                if c.state in ("held", "diverged"):
                    print(_line(c))
        print(f"{len(ids)} review(s) in conflict. Keep one copy of each: "
              "qpp-reviewer conflicts keep REVIEW_ID HEAD --reason \"…\"")
        return 0
    finally:
        store.close()


def run_keep(args) -> int:
    from ..cli import fail, open_store
    from ..storage.store import ReviewError

    store = open_store(args, lock=True)
    try:
        head = store.revisions.head_of(args.review_id, args.head)
        store.revisions.resolve(args.review_id, head, args.reason, args.by or getpass.getuser())
        held = store.revisions.held(args.review_id)
        print(f"Kept revision {held.revision} (head {held.head[:12]}) of review {args.review_id}; "
              "the other copies are set aside.")
        return 0
    except ReviewError as exc:
        return fail(str(exc))
    finally:
        store.close()


def run_revisions(args) -> int:
    from ..cli import fail, open_store

    store = open_store(args)
    try:
        copies = store.revisions.copies(args.review_id)
        if not copies:
            return fail(f"{args.review_id} is not a collated review with a trail in this database "
                        "(reviews made here, or collated before revisions were kept, have none).")
        print(f"{copies[0].review()['case_reference']} ({args.review_id}):")
        for c in copies:
            print(_line(c))
        return 0
    finally:
        store.close()
