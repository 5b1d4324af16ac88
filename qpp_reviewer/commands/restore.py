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
    from ..storage.db import DatabaseError, list_backups, restore_backup
    from ..storage.lock import DatabaseInUse, DatabaseLock

    db = Path(db_location(args)).expanduser().resolve()
    backups = list_backups(db)
    if args.backup is None:
        if not backups:
            print(f"No backups of {db} yet (they are made when the app starts and before upgrades).")
        for b in backups:
            print(describe(b))
        return 0
    chosen = backups[0] if args.backup == "newest" and backups else Path(args.backup)
    if args.backup == "newest" and not backups:
        return fail(f"there are no backups of {db}")
    if not chosen.exists():
        return fail(f"{chosen} does not exist; 'qpp-reviewer restore --db {db}' lists the backups")
    try:
        with DatabaseLock(db):
            safety = restore_backup(db, chosen)
    except (DatabaseError, DatabaseInUse) as exc:
        return fail(str(exc))
    print(f"Restored {db.name} from {chosen.name}.", file=sys.stdout)
    if safety:
        print(f"What it held before is kept as {safety}.")
    return 0
