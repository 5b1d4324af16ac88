"""`qpp-reviewer db encrypt | passphrase | recover`: the database encrypted at rest (issue 16 item 5).

Passphrases come from a prompt (typed twice when new) or, for scripts, from QPP_PASSPHRASE (the current
one) and QPP_NEW_PASSPHRASE (a new one). The recovery key is printed once, when a database is encrypted:
it is not stored anywhere, and with the passphrase lost it is the only way back in.
"""

from __future__ import annotations

import os
import sys


def add_parser(sub) -> None:
    p = sub.add_parser("db", help="encrypt the database, change its passphrase, or recover it",
                       description="The database, its journal and its backups encrypted with SQLCipher. "
                       "A lost passphrase AND a lost recovery key lose the data: nobody can open it.")
    dsub = p.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    e = dsub.add_parser("encrypt", help="encrypt a plain database and its backups in place (a verified backup "
                        "is made first; the plain file goes only once the encrypted copy has been checked)")
    e.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    e.set_defaults(handler=run_encrypt)
    c = dsub.add_parser("passphrase", help="change the passphrase (the database itself is not rewritten)")
    c.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    c.set_defaults(handler=run_passphrase)
    r = dsub.add_parser("recover", help="set a new passphrase with the recovery key printed at encryption")
    r.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    r.add_argument("--recovery-key", required=True, metavar="KEY", help="as printed: XXXX-XXXX-…")
    r.set_defaults(handler=run_recover)
    s = dsub.add_parser("status", help="whether the database is encrypted")
    s.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    s.set_defaults(handler=run_status)


def new_passphrase(what: str = "new passphrase") -> str | None:
    """QPP_NEW_PASSPHRASE, else typed twice at a terminal; None when neither is possible."""
    given = os.environ.get("QPP_NEW_PASSPHRASE")
    if given:
        return given
    if not sys.stdin.isatty():
        return None
    import getpass

    from ..storage.cipher import passphrase_problem

    for _ in range(3):
        first = getpass.getpass(f"{what.capitalize()}: ")
        problem = passphrase_problem(first)
        if problem:
            print(problem, file=sys.stderr)
            continue
        if getpass.getpass(f"The {what} again: ") == first:
            return first
        print("The two did not match.", file=sys.stderr)
    return None


def _recovery_notice(recovery: str) -> str:
    return ("Recovery key (printed once, stored nowhere; keep it apart from this computer, e.g. printed in a "
            f"locked cabinet):\n\n    {recovery}\n\nWith the passphrase and this key both lost, the database "
            "cannot be opened by anyone.")


def _local(args):
    from ..cli import db_location
    from ..storage.db import local_path, require_database

    require_database(db_location(args))
    return local_path(db_location(args))


def run_encrypt(args) -> int:
    from ..cli import fail
    from ..storage.db import DatabaseError, encrypt_existing
    from ..storage.lock import DatabaseInUse, DatabaseLock

    try:
        path = _local(args)
    except DatabaseError as exc:
        return fail(str(exc))
    passphrase = os.environ.get("QPP_PASSPHRASE") or new_passphrase("passphrase")
    if not passphrase:
        return fail("Give the passphrase: type it at a terminal, or set QPP_PASSPHRASE.")
    lock = DatabaseLock(path)
    try:
        lock.acquire(purpose="qpp-reviewer db encrypt")
    except DatabaseInUse as exc:
        return fail(str(exc))
    try:
        recovery = encrypt_existing(path, passphrase)
    except (DatabaseError, OSError) as exc:
        return fail(str(exc))
    finally:
        lock.release()
    print(f"{path.name} and its backups are encrypted.")
    print(_recovery_notice(recovery))
    return 0


NO_NEW_PASSPHRASE = "Give the new passphrase: type it at a terminal, or set QPP_NEW_PASSPHRASE."


def _set_new_passphrase(path, key) -> bool:
    """Ask for a new passphrase and wrap ``key`` with it in the database's key file and its backups'.
    False when none was given (nothing changed); CipherError (a DatabaseError) when it is too weak."""
    from ..storage import cipher
    from ..storage.db import list_backups

    new = new_passphrase()
    if not new:
        return False
    cipher.set_passphrase(path, key, new, list_backups(path))
    return True


def run_passphrase(args) -> int:
    from ..cli import fail, unlock_database
    from ..storage import cipher
    from ..storage.db import DatabaseError

    try:
        path = _local(args)
        if not cipher.is_encrypted(path):
            return fail(f"{path.name} is not encrypted; 'qpp-reviewer db encrypt' encrypts it.")
        key = unlock_database(path)
        if not _set_new_passphrase(path, key):
            return fail(NO_NEW_PASSPHRASE)
    except DatabaseError as exc:
        return fail(str(exc))
    print(f"The passphrase of {path.name} (and of its backups) is changed.")
    return 0


def run_recover(args) -> int:
    from ..cli import fail
    from ..storage import cipher
    from ..storage.db import DatabaseError

    try:
        path = _local(args)
        key = cipher.unlock(path, recovery=args.recovery_key)
        if not _set_new_passphrase(path, key):
            return fail(NO_NEW_PASSPHRASE)
    except DatabaseError as exc:
        return fail(str(exc))
    print(f"{path.name} has a new passphrase; the recovery key still works.")
    return 0


def run_status(args) -> int:
    from ..cli import fail
    from ..storage import cipher
    from ..storage.db import DatabaseError

    try:
        path = _local(args)
    except DatabaseError as exc:
        return fail(str(exc))
    if cipher.is_encrypted(path):
        print(f"{path.name} is encrypted (SQLCipher; key file {cipher.key_file(path).name}).")
    else:
        print(f"{path.name} is NOT encrypted: anyone with the file can read it. 'qpp-reviewer db encrypt' "
              "encrypts it.")
    return 0
