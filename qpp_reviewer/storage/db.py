"""Opening a review database: checks, pragmas, backups and migrations.

A database file is refused rather than touched if it is not ours (another
program's SQLite file, or not SQLite at all), so that a wrong ``--db`` never
damages someone else's data. Migrations run on every start, after a backup.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

try:  # an encrypted database's driver raises its own DatabaseError
    from sqlcipher3 import dbapi2 as _sqlcipher

    SQL_ERRORS: tuple = (sqlite3.DatabaseError, _sqlcipher.DatabaseError)
except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
    SQL_ERRORS = (sqlite3.DatabaseError,)

APPLICATION_ID = 0x51505052  # "QPPR"
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BACKUPS_KEPT = int(os.environ.get("QPP_BACKUPS_KEPT", "5") or 5)
# The newest migration (tests hold it equal to Alembic's head). A database already there opens
# without importing Alembic at all, which would cost a third of a second of every start.
SCHEMA_HEAD = "0017"


class DatabaseError(Exception):
    """A database that cannot be opened; the message says what to do."""


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that reads ``path`` and leaves nothing beside it.

    A plain ``mode=ro`` open of a WAL-mode file makes its -wal and -shm files and, being read-only,
    cannot remove them again: listing backups or checking a damaged file left them behind. With no
    -wal beside the file there is nothing but the file to read, so it is opened ``immutable=1`` (no
    lock, no -shm, no -wal). With a -wal (a program has the file open, or one was killed) its pages
    matter and ``mode=ro`` reads them. The path is percent-encoded: '?' or '#' in a name is no query.
    """
    from urllib.parse import quote

    from . import cipher

    wal = path.with_name(path.name + "-wal")
    query = "mode=ro" if wal.exists() else "immutable=1"
    return cipher.connect(path, uri=f"file:{quote(str(path))}?{query}")  # keyed when it is encrypted


def check_file(path: Path) -> None:
    """Refuse files that are not a QPP Reviewer database (or empty/new)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder. Give the path of a database file.")
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseError(f"Cannot read {path}: {exc.strerror}.") from exc
    from . import cipher

    if head == SQLITE_MAGIC and cipher.is_encrypted(path):
        raise DatabaseError(
            f"{shown(path)} is a plain database, yet it has a key file ({cipher.key_file(path).name}) beside it: "
            "an encryption that did not finish. It has not been changed. Run 'qpp-reviewer db encrypt' on it "
            "again, or move the key file away to open it unencrypted.")
    if head != SQLITE_MAGIC and cipher.is_encrypted(path):
        cipher.key_for(path)  # NeedsPassphrase when it has not been unlocked
    elif head != SQLITE_MAGIC:
        raise DatabaseError(
            f"{path} is not a QPP Reviewer database (it is not an SQLite file). "
            "It has not been changed. Choose another file, or a new file name."
        )
    con = read_only(path)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id == APPLICATION_ID:
            ok = con.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise DatabaseError(
                    f"{path} is damaged (SQLite integrity check: {ok}). It has not been "
                    "changed. Restore it from a backup in the 'backups' folder beside it."
                )
            return
        if app_id == 0 and not tables:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DatabaseError(f"{shown(path)} is damaged (integrity check failed). It has not been changed.")
            return  # an empty SQLite file: ours to initialise
    except SQL_ERRORS as exc:
        raise DatabaseError(
            f"{shown(path)} is damaged or not a database ({exc}). It has not been changed. "
            "Restore it from a backup ('qpp-reviewer restore --db PATH' lists them), or choose another file."
        ) from exc
    finally:
        con.close()
    raise DatabaseError(
        f"{path} is an SQLite database of another program. It has not been changed. "
        "Choose a QPP Reviewer database or a new file name."
    )


def _on_connect(dbapi_con, _record, foreign_keys: bool = True) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so
    # that schema changes (DDL) are inside them too and a failed migration rolls back.
    dbapi_con.isolation_level = None
    cur = dbapi_con.cursor()
    cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # an acknowledged save survives power loss
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA temp_store=MEMORY")  # sorts and temporary tables never reach the disk in the clear
    cur.close()


def _on_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def _sqlite_events(engine: Engine) -> None:
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)


def shown(path: str | Path, limit: int = 120) -> str:
    """A path as a message shows it: a mistyped 5,000-character one is cut in the middle."""
    text = str(path)
    if len(text) <= limit:
        return text
    return f"{text[:limit // 2]}…{text[-(limit // 2):]} ({len(text):,} characters)"


def local_path(url_or_path: str | Path) -> Path:
    """The absolute path of a database file, or DatabaseError if the path cannot be one."""
    text = str(url_or_path)
    if "\x00" in text:
        raise DatabaseError("The database path contains a NUL character; give the path of a database file.")
    try:
        path = Path(text).expanduser().resolve()
        path.exists()
    except (OSError, RuntimeError) as exc:  # ENAMETOOLONG, ELOOP, a ~user that does not exist
        reason = getattr(exc, "strerror", None) or str(exc)
        raise DatabaseError(f"Cannot use {shown(text)} as a database path ({reason}). "
                            "Check the --db path.") from None
    return path


def require_database(url_or_path: str | Path) -> None:
    """For every command but an explicit create: the database must already be there.

    A mistyped ``--db`` given to a command that reads (list, summary, verify, export…) or changes
    an existing database (batch, restore…) is refused, and no file is made: an empty database made
    under the wrong name would look like a real one (and could even be restored over a good one).
    """
    if "://" in str(url_or_path):
        return
    path = local_path(url_or_path)
    if not path.parent.is_dir():
        raise DatabaseError(
            f"There is no database at {shown(path)}: the folder {shown(path.parent)} does not exist. "
            "Check the --db path. Nothing was created.")
    if not path.exists():
        raise DatabaseError(
            f"There is no database at {shown(path)}. Check the --db path (nothing was created). "
            "A new database is made only on purpose: by the app's first start "
            "(qpp-reviewer --db PATH), by 'qpp-reviewer demo --db PATH' or by collating into it.")
    if path.is_file() and path.stat().st_size == 0:
        raise DatabaseError(
            f"{shown(path)} is an empty file, not a QPP Reviewer database yet. It has not been changed. "
            "Check the --db path, or open it in the app to make it a new database.")


def writable(path: Path) -> None:
    """DatabaseError unless SQLite may write ``path`` and its journal (-wal, -shm) beside it.

    Opened anyway, a read-only file gave tracebacks, "damaged" on reading, and -wal/-shm files made
    with the file's own mode (0444) that nothing could remove. The owner's write bit is checked as
    well as access(): root may write a 0444 file, and SQLite would then copy that mode.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if not mode & 0o200 or not os.access(path, os.W_OK):
        raise DatabaseError(
            f"the database file is read-only: {shown(path)}. It has not been changed. Make it writable "
            "(chmod u+w on Linux and macOS, or untick Read-only in the file's Properties on Windows), or copy "
            "it to a file you can write and open that.")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseError(
            f"the database folder is read-only: {shown(path.parent)}. The database has not been changed; "
            "it needs its folder to be writable (for its journal). Copy it to a folder you can write to.")


def make_engine(url_or_path: str | Path, create: bool = True) -> Engine:
    """An engine on a database; with ``create=False`` a local file must already exist."""
    url = str(url_or_path)
    if "://" not in url:
        if not create:
            require_database(url)
        path = local_path(url)
        check_file(path)
        if not path.parent.exists():
            raise DatabaseError(f"The folder {shown(path.parent)} does not exist. Check the --db path.")
        new = not path.exists()
        if not new:
            writable(path)
        from . import cipher

        key = cipher.key_for(path)
        if key is not None:  # SQLCipher, through SQLAlchemy's dialect: PRAGMA key on every connection
            from sqlalchemy.engine import URL

            if not cipher.available():
                raise DatabaseError(f"{shown(path)} is encrypted, and this installation has no SQLCipher "
                                    "(the Python package sqlcipher3). Reinstall QPP Reviewer.")
            engine = create_engine(URL.create("sqlite+pysqlcipher", password=key.pragma, database=str(path)))
        else:
            engine = create_engine(f"sqlite:///{path}")
        _sqlite_events(engine)
        if new:
            # the user alone may read a file of case data
            try:
                fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
            except FileExistsError:
                fd = os.open(path, os.O_WRONLY)
            except OSError as exc:
                if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                    raise DatabaseError(f"the database folder is read-only: {shown(path.parent)}. Nothing was "
                                        "created. Choose a folder you can write to.") from None
                if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                    raise DatabaseError(f"the disk is full: {shown(path)} cannot be created. Free some space "
                                        "and try again.") from None
                raise DatabaseError(f"Cannot create {shown(path)}: {exc.strerror}.") from None
            os.close(fd)
        return engine
    try:
        engine = create_engine(url)
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            f"A {url.split('://')[0]} database needs the Python package '{exc.name}', which this "
            "installation does not include (pip install 'qpp-reviewer[postgres]')."
        ) from exc
    except Exception as exc:  # sqlalchemy.exc.ArgumentError and friends: a malformed URL
        raise DatabaseError(f"'{url}' is not a database URL SQLAlchemy understands ({exc}).") from exc
    if engine.dialect.name == "sqlite":
        _sqlite_events(engine)
    return engine


class BackupSkipped(DatabaseError):
    """No room on the disk for a backup that must be made (before an upgrade or a restore)."""


def room_for_backup(path: Path) -> str | None:
    """None when the backups folder's disk can hold a copy of ``path`` (and its -wal), else why not."""
    import shutil

    size = 0
    for f in (path, path.with_name(path.name + "-wal")):
        try:
            size += f.stat().st_size
        except OSError:
            pass
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return None
    margin = 1 << 20
    if free >= size + margin:
        return None
    need = -(-(size + margin - free) // 2**20)
    return (f"the disk is full: free {need} MB (the database is {size / 2**20:.1f} MB, {free / 2**20:.1f} MB "
            f"free on the disk of {shown(path.parent)})")


def unchanged_since_backup(path: Path) -> Path | None:
    """The newest backup of ``path`` when the database cannot have changed since it was made: closed
    cleanly (no -wal or -journal file beside it with anything in it), last written before that backup was, and of the same
    size (a backup copies every page). A start-up backup would then be the same content again."""
    path = Path(path)
    try:
        for suffix in ("-wal", "-journal"):  # empty while a connection is open that has not written
            side = path.with_name(path.name + suffix)
            if side.exists() and side.stat().st_size:
                return None
        mine = re.compile(re.escape(path.stem) + r"-\d{8}T\d+Z-[a-z-]+\.sqlite3")  # not another file's
        newest = next((b for b in list_backups(path) if mine.fullmatch(b.name)), None)
        if newest is None:
            return None
        here, there = path.stat(), newest.stat()
    except OSError:
        return None
    return newest if here.st_mtime_ns <= there.st_mtime_ns and here.st_size == there.st_size else None


def backup_sqlite(path: Path, reason: str, keep: int = BACKUPS_KEPT, required: bool = False,
                  unless_unchanged: bool = False) -> Path | None:
    """Online backup beside the database, keeping the newest ``keep`` copies.

    The copy is made in a 0600 temporary file in the backups folder and renamed to its name only
    when whole and on disk: a kill (or a full disk) during a backup leaves no half backup, and no
    backup is ever readable by others, not even for a moment. The copy is a rollback-journal file
    (journal_mode=DELETE), so reading it later needs no -wal or -shm beside it. Rotation removes a
    backup together with any -wal, -shm or -journal file next to it; temporary files left by a
    killed backup are removed by the next one. With ``unless_unchanged`` (the start-up backup), no copy is
    made of a database that has not changed since its newest backup (unchanged_since_backup): a start
    of a large database then does not copy it whole each time; that backup is returned.
    """
    import tempfile
    import time

    if unless_unchanged:
        same = unchanged_since_backup(path)
        if same is not None:
            log.info("backup (%s) not made: the database is unchanged since %s", reason, same.name)
            return same

    short = room_for_backup(path)
    if short:
        if required:
            raise BackupSkipped(f"{short}. Nothing was changed: a copy of the database is made first, and it "
                                "does not fit.")
        # the start-up backup: opening the database matters more than its copy; said in the log
        log.warning("backup (%s) skipped: %s", reason, short)
        return None
    folder = backups_folder(path)
    folder.mkdir(exist_ok=True, mode=0o700)
    for part in folder.glob(".*.part"):
        try:
            if time.time() - part.stat().st_mtime > 600:  # not a backup running now in another process
                _remove_with_companions(part)
        except OSError:
            pass
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite3"
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)  # mode 0600
    os.close(fd)
    tmp = Path(tmp_name)
    from . import cipher

    try:
        key = cipher.key_for(path)
        if key is not None:  # the same data key, and a copy of the key file beside the backup
            cipher.copy_key_file(path, target)
        src = cipher.connect(path, key=key)
        dst = cipher.connect(tmp, key=key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        _remove_with_companions(tmp)
        if key is not None and not target.exists():
            _remove_with_companions(target)
        raise
    olds = sorted(folder.glob(f"{path.stem}-*.sqlite3"))
    for old in olds[:-keep]:
        _remove_with_companions(old)
    return target


def _remove_with_companions(path: Path) -> None:
    for f in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal", ".qppkey"))):
        try:
            f.unlink()
        except FileNotFoundError:
            pass


def backups_folder(path: Path) -> Path:
    return path.parent / "backups"


def list_backups(path: str | Path) -> list[Path]:
    """Backups of this database, newest first."""
    path = Path(path)
    folder = backups_folder(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{path.stem}-*.sqlite3"), reverse=True)


def check_backup(backup: Path) -> int:
    """Number of reviews in a usable backup; DatabaseError if it is not one."""
    check_file(backup)
    if not backup.exists() or backup.stat().st_size == 0:
        raise DatabaseError(f"{backup} is empty or missing.")
    con = read_only(backup)
    try:
        if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise DatabaseError(f"{backup} is not a QPP Reviewer backup.")
        return con.execute("SELECT count(*) FROM review").fetchone()[0]
    except SQL_ERRORS as exc:
        raise DatabaseError(f"{backup} cannot be read ({exc}).") from exc
    finally:
        con.close()


def restore_backup(path: str | Path, backup: str | Path, keep: int = BACKUPS_KEPT) -> Path:
    """Replace the database's content with a backup's, after backing up the current one.

    The copy goes through SQLite's backup API into the live file, so the database
    file keeps its name, permissions and WAL state consistent.
    """
    path, backup = Path(path), Path(backup)
    check_backup(backup)
    safety = (backup_sqlite(path, "pre-restore", keep=keep + 1, required=True)
              if path.exists() and path.stat().st_size else None)
    if not path.exists():  # the place of a deleted database: made readable by the user alone
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    from . import cipher

    mine, theirs = cipher.key_for(path), cipher.key_for(backup)
    if (mine and mine.key_id) != (theirs and theirs.key_id):
        raise DatabaseError(f"{backup.name} is {'an encrypted' if theirs else 'a plain'} backup and the database is "
                            f"{'encrypted' if mine else 'plain'} with {'another' if mine and theirs else 'no'} key: "
                            "it cannot be restored into it. Nothing was changed.")
    src = read_only(backup)
    dst = cipher.connect(path, key=mine)
    try:
        src.backup(dst)
        ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise DatabaseError(f"The restored database failed its integrity check ({ok}).")
        # a restored history is a new branch of the database, not a rewrite of it: it gets a new id at
        # its next export, so the centre does not refuse its exports (storage/identity.py)
        if dst.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='database_identity'").fetchone():
            dst.execute("DELETE FROM database_identity")
            dst.commit()
    finally:
        dst.close()
        src.close()
    log.info("restored %s from %s (previous content saved as %s)", path.name, backup.name,
             safety.name if safety else "-")
    return safety


def schema_state(engine: Engine) -> tuple[str | None, bool]:
    """(current revision, whether the database has any table), read with plain SQL."""
    with engine.connect() as con:
        tables = inspect(con).get_table_names()
        current = None
        if "alembic_version" in tables:
            current = con.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return current, bool(tables)


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest version, backing up a used SQLite file first."""
    current, has_tables = schema_state(engine)
    if current == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(engine))
    if current is not None and not _known(script, current):
        raise DatabaseError(
            f"{engine.url.database or engine.url} was written by a newer version of QPP Reviewer "
            f"(schema {current}). It has not been changed. Update QPP Reviewer to open it."
        )
    if has_tables and engine.dialect.name == "sqlite" and engine.url.database:
        backup = backup_sqlite(Path(engine.url.database), "pre-migration", required=True)
        log.info("backed up database before migration to %s", backup.name)
    target = engine
    if engine.dialect.name == "sqlite":
        # SQLite rebuilds a table to alter it; with foreign keys enforced, dropping the
        # old table would cascade-delete its children. Migrations run with them off and
        # check them (PRAGMA foreign_key_check) before committing: see migrations/env.py.
        target = create_engine(engine.url)
        event.listen(target, "connect", lambda c, r: _on_connect(c, r, foreign_keys=False))
        event.listen(target, "begin", _on_begin)
    try:
        command.upgrade(_alembic_config(target), "head")
    except Exception as exc:
        if "disk is full" in str(exc):  # no room: said to the person as such (cli.disk_full_message), not a trace
            log.warning("migration failed: the disk is full")
        else:
            log.exception("migration failed")
        raise DatabaseError(
            f"Updating the database to the new version failed ({exc.__class__.__name__}: {exc}). "
            "The database was left as it was; a copy taken just before is in the 'backups' folder."
        ) from exc
    finally:
        if target is not engine:
            target.dispose()


def _tables(con) -> list[str]:
    return [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                                      "'sqlite_%' ORDER BY name")]


def _same_rows(a, b) -> str | None:
    """None when every table of ``a`` has the same rows in ``b`` (in rowid order), else the first difference."""
    ta, tb = _tables(a), _tables(b)
    if ta != tb:
        return f"tables differ ({', '.join(sorted(set(ta) ^ set(tb)))})"
    for t in ta:
        q = f'SELECT * FROM "{t}" ORDER BY rowid'
        try:
            ra, rb = a.execute(q).fetchall(), b.execute(q).fetchall()
        except SQL_ERRORS:  # a WITHOUT ROWID table
            q = f'SELECT * FROM "{t}" ORDER BY 1'
            ra, rb = a.execute(q).fetchall(), b.execute(q).fetchall()
        if ra != rb:
            return f"table {t} differs ({len(ra)} rows, {len(rb)} in the copy)"
    return None


def _encrypted_copy(plain: Path, target: Path, key) -> None:
    """``target``: an SQLCipher copy of the plain file ``plain`` made with ``key`` (sqlcipher_export), checked
    row by row against it; the application id and schema version are carried over."""
    import sqlcipher3

    con = sqlcipher3.connect(str(plain))
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute(f"ATTACH DATABASE ? AS enc KEY \"{key.pragma}\"", (str(target),))
        con.execute("SELECT sqlcipher_export('enc')")
        con.execute(f"PRAGMA enc.application_id = {int(app_id)}")
        con.execute(f"PRAGMA enc.user_version = {int(version)}")
        con.commit()
        con.execute("DETACH DATABASE enc")
    finally:
        con.close()
    from . import cipher

    a, b = sqlite3.connect(f"file:{plain}?mode=ro", uri=True), cipher.connect(target, key=key)
    try:
        problem = _same_rows(a, b)
        if problem is None and b.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problem = "the encrypted copy fails its integrity check"
    finally:
        a.close()
        b.close()
    if problem:
        raise DatabaseError(f"The encrypted copy of {plain.name} does not match it: {problem}. Nothing was changed.")


def encrypt_existing(path: str | Path, passphrase: str) -> str:
    """Encrypt a plain database in place (issue 16 item 5); returns the recovery key (shown once).

    In order, each step only after the one before has succeeded: a verified backup of the plain file; a
    new data key and its key file; an encrypted copy, checked row by row against the plain file; the
    plain file replaced by it; then every plain backup in the backups folder encrypted the same way, its
    plain copy removed. A kill at any point leaves either the plain database (the key file of an
    unfinished run is replaced by the next) or the encrypted one with its key file."""
    from . import cipher

    path = local_path(path)
    if not cipher.available():
        raise DatabaseError("This installation has no SQLCipher (the Python package sqlcipher3); it cannot "
                            "encrypt a database.")
    if not path.exists() or path.stat().st_size == 0:
        raise DatabaseError(f"There is no database at {shown(path)} to encrypt.")
    with open(path, "rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise DatabaseError(f"{shown(path)} is already encrypted (or not a database): nothing was changed.")
    problem = cipher.passphrase_problem(passphrase)
    if problem:
        raise DatabaseError(problem)
    con = sqlite3.connect(path)
    try:  # everything in the main file: nothing left in a -wal to miss
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    stale = cipher.key_file(path)
    if stale.exists():  # an earlier run that did not finish: the file is still plain
        stale.unlink()
    check_file(path)
    backup = backup_sqlite(path, "pre-encryption", keep=BACKUPS_KEPT + 1, required=True)
    check_backup(backup)
    key, recovery = cipher.new_key(path, passphrase)
    part = path.with_name(f".{path.name}.encrypting")
    _remove_with_companions(part)
    try:
        _encrypted_copy(path, part, key)
        fd = os.open(part, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(part, 0o600)
        for companion in ("-wal", "-shm"):
            try:
                path.with_name(path.name + companion).unlink()
            except FileNotFoundError:
                pass
        os.replace(part, path)
    except BaseException:
        _remove_with_companions(part)
        if not path.exists() or open(path, "rb").read(16) == SQLITE_MAGIC:
            cipher.key_file(path).unlink(missing_ok=True)
        raise
    for old in list_backups(path):
        if cipher.is_encrypted(old):
            continue
        tmp = old.with_name(f".{old.name}.encrypting")
        _remove_with_companions(tmp)
        _encrypted_copy(old, tmp, key)
        cipher.copy_key_file(path, old)
        os.replace(tmp, old)
    log.info("encrypted %s (and its backups)", path.name)
    return recovery
