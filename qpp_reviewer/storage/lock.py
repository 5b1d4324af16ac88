"""One writer per database file: a lock file beside it, held with an operating-system lock.

Two app instances writing the same SQLite file would each keep their own idea of an open review;
the second is told the file is in use instead.

How (and why this way). The lock is the kernel's, not the file's existence: the owner opens
``<db>.lock`` and holds an exclusive ``fcntl.flock`` on it (``msvcrt.locking`` on Windows) for as
long as it has the database open. The kernel drops that lock the instant the process ends, however
it ends (SIGKILL, a crash, power off on a local disk), so there is no "stale lock" to detect and
nothing to race for: an earlier design created the file with O_EXCL and, when its pid looked dead,
deleted it and created it again, and two processes doing that at once both "won" (19 of 200 times).
Here, taking over after a crash is just getting the kernel lock on the file that is there.

The one race left is a holder that releases (it deletes the file, then closes it) while another
process has the old file open and is waiting to lock it: that process then holds a lock on a file
that no longer has the name. So after locking, the owner checks that the path still names the very
file it locked (same device and inode) and, if not, starts again. Only the holder ever deletes the
file, and only while holding it.

The file's content (JSON: host, pid, since, purpose) only says who holds the lock, for the message
a second program shows; it never decides anything, so any content (empty, not JSON, a list, a
huge pid) is simply "unknown". One exception: if the content names another computer, the file is
on a shared folder and that computer's lock may not be visible here (network file systems do not
all pass locks on), so it is refused with its name and the documented way to take over when that
computer is gone: ``qpp-reviewer unlock --db PATH``.
"""

from __future__ import annotations

import atexit
import errno
import json
import os
import socket
import time
from pathlib import Path

if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt

    _REGION = 1 << 30  # lock a byte far beyond the content, which others must still read

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _REGION, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _REGION, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        os.lseek(fd, 0, os.SEEK_SET)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass


class DatabaseInUse(Exception):
    """Another running program has the database open for writing (or the lock cannot be taken)."""


def _shown(path: Path) -> str:
    text = str(path)
    return text if len(text) <= 120 else f"{text[:60]}…{text[-60:]}"


def _since(value) -> str:
    try:
        return time.strftime("%d %b %Y %H:%M", time.localtime(float(value)))
    except (TypeError, ValueError, OverflowError, OSError):
        return "an unknown time"


def _text(value, limit: int = 80) -> str | None:
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        return None
    text = "".join(ch for ch in str(value) if ch.isprintable())[:limit]
    return text or None


class DatabaseLock:
    def __init__(self, db_path: str | Path):
        self.db_path = Path(db_path)
        self.path = self.db_path.with_name(self.db_path.name + ".lock")
        self._fd: int | None = None

    @property
    def _held(self) -> bool:
        return self._fd is not None

    # -- reading who holds it ------------------------------------------------------------------------
    @staticmethod
    def _record(fd: int) -> dict:
        """The holder's record, whatever the file holds: a dict of known, printable fields, maybe empty."""
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            raw = os.read(fd, 4096)
            data = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError, RecursionError):
            return {}
        if not isinstance(data, dict):
            return {}
        out = {k: _text(data.get(k)) for k in ("host", "pid", "purpose")}
        out["since"] = _since(data.get("since"))
        return {k: v for k, v in out.items() if v is not None}

    def _owner(self) -> dict | None:
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return None
        try:
            return self._record(fd) or None
        finally:
            os.close(fd)

    def _who(self, owner: dict) -> str:
        what = owner.get("purpose", "another QPP Reviewer")
        where = []
        if owner.get("pid"):
            where.append(f"process {owner['pid']}")
        if owner.get("host"):
            where.append(f"on {owner['host']}")
        return f"{what}" + (f" ({' '.join(where)}, since {owner.get('since', 'an unknown time')})" if where else "")

    # -- taking and giving back ----------------------------------------------------------------------
    def acquire(self, purpose: str = "QPP Reviewer", take_over: bool = False) -> "DatabaseLock":
        """Hold the lock, or DatabaseInUse saying who has it and what to do.

        ``take_over``: the documented way to take a lock whose record names another computer that is
        gone (``qpp-reviewer unlock``); a lock another running program holds is never taken.
        """
        if self._fd is not None:
            return self
        me = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time(), "purpose": purpose}
        for _attempt in range(100):
            fd = self._open()
            try:
                if not _try_lock(fd):
                    owner = self._record(fd)
                    raise DatabaseInUse(
                        f"{self.db_path.name} is in use by {self._who(owner)}. Close it there first (the other "
                        "window or command), or open another database. The lock goes the moment that "
                        "program ends, even if it crashed."
                    )
                if not self._still_named(fd):
                    _unlock(fd)
                    continue  # its holder released it and deleted the file meanwhile: take the new one
                owner = self._record(fd)
                host = owner.get("host")
                if host and host != me["host"] and not take_over:
                    _unlock(fd)
                    raise DatabaseInUse(
                        f"{self.db_path.name} is in use by {self._who(owner)}, another computer, as far as "
                        f"this one can tell (the lock file {_shown(self.path)} says so). Close QPP Reviewer "
                        f"there first. If that computer is no longer running it (switched off, crashed), "
                        f"take the database over with: qpp-reviewer unlock --db {_shown(self.db_path)}"
                    )
                self._write(fd, me)
            except BaseException:
                os.close(fd)
                raise
            self._fd = fd
            atexit.register(self.release)
            return self
        raise DatabaseInUse(f"Could not take the lock {_shown(self.path)}: it changes hands too fast; try again.")

    def _open(self) -> int:
        folder = self.path.parent
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except IsADirectoryError:
            raise DatabaseInUse(
                f"{_shown(self.path)} is a folder, where QPP Reviewer keeps the database's lock file. "
                "Move that folder away (nothing of the database is in it), then try again.") from None
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise DatabaseInUse(
                    f"the database folder is read-only: {_shown(folder)} (the lock file cannot be made there). "
                    "Copy the database to a folder you can write to, or open it from there.") from None
            if exc.errno == errno.ENOSPC:
                raise DatabaseInUse(self._full()) from None
            if exc.errno == errno.ELOOP:
                raise DatabaseInUse(f"{_shown(self.path)} is a symbolic link, not QPP Reviewer's lock file. "
                                    "Remove it, then try again.") from None
            if exc.errno == errno.ENAMETOOLONG:
                raise DatabaseInUse(f"Cannot use {_shown(self.db_path)} as a database path (the file name is too "
                                    "long). Check the --db path.") from None
            if exc.errno == errno.ENOENT:
                raise DatabaseInUse(f"The folder {_shown(folder)} does not exist. Check the --db path.") from None
            raise DatabaseInUse(f"Cannot make the lock file {_shown(self.path)}: {exc.strerror}.") from None

    def _full(self) -> str:
        try:
            size = self.db_path.stat().st_size
        except OSError:
            size = 0
        need = max(10, -(-2 * size // 2**20))
        return (f"the disk is full: free {need} MB on the disk of {_shown(self.path.parent)} and try again "
                "(nothing can be saved there now; nothing was changed).")

    def _still_named(self, fd: int) -> bool:
        try:
            mine, there = os.fstat(fd), os.stat(self.path, follow_symlinks=False)
        except OSError:
            return False
        return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)

    def _write(self, fd: int, me: dict) -> None:
        data = json.dumps(me).encode("utf-8")
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)
            os.fsync(fd)
        except OSError as exc:
            # a record that cannot be written leaves no empty lock file behind: give it back at once
            self._delete_and_unlock(fd)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DatabaseInUse(self._full()) from None
            raise DatabaseInUse(f"Cannot write the lock file {_shown(self.path)}: {exc.strerror}.") from None

    def _delete_and_unlock(self, fd: int) -> None:
        if self._still_named(fd):
            try:
                os.unlink(self.path)  # while holding it: a waiter then finds the name gone and starts again
            except OSError:
                pass  # Windows: someone else has it open; the next owner reuses it
        _unlock(fd)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            self._delete_and_unlock(fd)
        finally:
            os.close(fd)
            try:
                atexit.unregister(self.release)
            except Exception:  # pragma: no cover
                pass

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
