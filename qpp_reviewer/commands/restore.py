"""`qpp-reviewer restore`: list the automatic backups of a database, or restore one."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path


def add_parser(sub) -> None:
    p = sub.add_parser("restore", help="list the automatic backups of a database, or restore one")
    p.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    p.add_argument("backup", nargs="?", metavar="BACKUP",
                   help="backup file to restore (default: list them); 'newest' for the most recent")
    p.set_defaults(handler=run)


def describe(backup: Path) -> str:
    from ..storage.db import DatabaseError, check_backup

    stamp = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%d %b %Y %H:%M")
    try:
        detail = f"{check_backup(backup)} reviews"
    except DatabaseError as exc:
        detail = f"unusable: {exc}"
    return f"{backup.name}  {stamp}  {backup.stat().st_size // 1024} KiB  {detail}"


def run(args) -> int:
    from ..cli import db_location, fail
    from ..storage.db import DatabaseError, list_backups, local_path, restore_backup, shown
    from ..storage.lock import DatabaseInUse, DatabaseLock

    try:
        db = local_path(db_location(args))
    except DatabaseError as exc:
        return fail(str(exc))
    if not db.parent.is_dir():
        return fail(f"there is no database at {shown(db)}: the folder {shown(db.parent)} does not exist. "
                    "Check the --db path.")
    backups = list_backups(db)
    missing = not db.exists()
    # backups are named by the file's stem: reviews.sqlite (a typo) would find those of reviews.sqlite3
    siblings = sorted(f.name for f in db.parent.glob(f"{db.stem}.*") if f.is_file() and f != db
                      and not f.name.endswith((".lock", "-wal", "-shm", "-journal")))
    if missing and siblings:
        return fail(f"there is no database at {shown(db)} (did you mean {siblings[0]}?). Check the --db path.")
    if args.backup is None:
        if missing and not backups:
            return fail(f"there is no database at {shown(db)}, and no backups of one. Check the --db path.")
        if missing:
            print(f"There is no database at {shown(db)} any more; its backups are:")
        elif not backups:
            print(f"No backups of {shown(db)} yet (they are made when the app starts and before upgrades).")
        for b in backups:
            print(describe(b))
        return 0
    chosen = backups[0] if args.backup == "newest" and backups else Path(args.backup)
    if args.backup == "newest" and not backups:
        if missing:
            return fail(f"there is no database at {shown(db)}, and no backups of one. Check the --db path.")
        return fail(f"there are no backups of {shown(db)}")
    if not chosen.exists():
        return fail(f"{shown(chosen)} does not exist; 'qpp-reviewer restore --db {shown(db)}' lists the backups")
    if missing and chosen.resolve() not in {b.resolve() for b in backups}:
        # a mistyped --db: restoring there would make a new database under the wrong name
        return fail(f"there is no database at {shown(db)}. Check the --db path; a backup is restored over "
                    "an existing database, or to the place of a deleted one from its own 'backups' folder.")
    try:
        with DatabaseLock(db):
            safety = restore_backup(db, chosen)
    except (DatabaseError, DatabaseInUse) as exc:
        return fail(str(exc))
    print(f"Restored {db.name} from {chosen.name}.", file=sys.stdout)
    if safety:
        print(f"What it held before is kept as {safety}.")
    return 0
