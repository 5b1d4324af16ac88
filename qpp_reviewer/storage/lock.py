"""One writer per database file: a lock file beside it.

Two app instances writing the same SQLite file would each keep their own idea
of an open review; the second is told the file is in use instead. The lock
holds the owner's host and process id, so a lock left by a crashed process on
this machine is recognised as stale and taken over.
"""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path


class DatabaseInUse(Exception):
    """Another running program has the database open for writing."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class DatabaseLock:
    def __init__(self, db_path: str | Path):
        self.db_path = Path(db_path)
        self.path = self.db_path.with_name(self.db_path.name + ".lock")
        self._held = False

    def _owner(self) -> dict | None:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def acquire(self, purpose: str = "QPP Reviewer") -> "DatabaseLock":
        me = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time(), "purpose": purpose}
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                owner = self._owner()
                if owner is None:
                    # being written this instant, or damaged: look again shortly
                    time.sleep(0.05)
                    owner = self._owner()
                    if owner is None:
                        self._break()
                        continue
                if owner.get("host") == me["host"] and not _alive(int(owner.get("pid", 0))):
                    self._break()  # left behind by a process that has died
                    continue
                since = time.strftime("%d %b %Y %H:%M", time.localtime(owner.get("since", 0)))
                raise DatabaseInUse(
                    f"{self.db_path.name} is in use by {owner.get('purpose', 'another program')} "
                    f"(process {owner.get('pid')} on {owner.get('host')}, since {since}). Close it there "
                    "first, or open another database."
                )
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(me, fh)
            self._held = True
            return self
        raise DatabaseInUse(f"Could not take the lock {self.path}; try again.")

    def _break(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass

    def release(self) -> None:
        if self._held:
            owner = self._owner()
            if owner is not None and owner.get("pid") == os.getpid():
                self._break()
            self._held = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
