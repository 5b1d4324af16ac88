"""`qpp-reviewer unlock`: take over a database whose lock names another computer that is gone."""

from __future__ import annotations


def add_parser(sub) -> None:
    p = sub.add_parser("unlock", help="take over a database locked by another computer that no longer runs it",
                       description="A database on a shared folder that another computer had open, and that "
                       "computer was switched off or crashed, stays refused here (its lock cannot be seen to "
                       "have gone). Run this once that computer no longer runs QPP Reviewer. A lock held by a "
                       "program still running (on this computer, or one whose lock the folder passes on) is "
                       "never taken.")
    p.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    p.set_defaults(handler=run)


def run(args) -> int:
    from ..cli import db_location, fail
    from ..storage.db import DatabaseError, local_path, require_database
    from ..storage.lock import DatabaseInUse, DatabaseLock

    try:
        require_database(db_location(args))
        db = local_path(db_location(args))
    except DatabaseError as exc:
        return fail(str(exc))
    lock = DatabaseLock(db)
    before = lock._owner()
    try:
        lock.acquire(purpose="qpp-reviewer unlock", take_over=True)
    except DatabaseInUse as exc:
        return fail(str(exc))
    lock.release()
    if before:
        print(f"Took over {db.name} from {lock._who(before)}; it is free now.")
    else:
        print(f"{db.name} was not locked; it is free.")
    return 0
