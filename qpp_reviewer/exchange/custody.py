"""What an export writes before it is complete, and who cleans it up after a crash.

An export builds its sheets in files inside the app's private scratch folder
(``paths.private_tmp_dir()``, mode 0700, inside the per-user data folder), never in the
system's TMPDIR: openpyxl's write-only sheets are streamed to files, and by default it puts
them there with names nobody cleans up after a kill. The finished workbook is assembled in
memory; an encrypted one is encrypted in memory too, so the only file written beside the
target is ``.qpp-export-<token>.xlsx.part`` (mode 0600) holding the ciphertext (or, for a plain
export, the workbook the user asked for), renamed onto the target once complete.

Each export in progress is a folder ``export-<pid>-<start>-<token>`` in the scratch folder, with a
record naming the ``.part`` file it is writing (the record is written before the ``.part`` file
exists). ``clean_leftovers()`` runs at every start (the window's, and every command that opens a
database) and at the start of every export and collation: it removes the folders of exports whose
process has ended, and the ``.part`` files they recorded, wherever they are. A running export (another
window or command) is left alone.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sys
from functools import lru_cache
from pathlib import Path

PART_PREFIX = ".qpp-export-"
PART_SUFFIX = ".xlsx.part"
FOLDER_PREFIX = "export-"
RECORD = "record.json"


def _start_time(pid: int) -> str:
    """When process ``pid`` started, as the kernel counts it ("" where that cannot be read): with the pid,
    it tells a live export from a new process that was given a dead one's pid."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read().decode("ascii", "replace")
        return stat[stat.rindex(")") + 2:].split()[19]
    except (OSError, ValueError, IndexError):
        return ""


def _alive(pid: int, started: str) -> bool:
    if pid == os.getpid():
        return started == _start_time(pid)
    if sys.platform.startswith("linux"):
        now = _start_time(pid)
        return bool(now) and now == started
    if os.name == "nt":  # os.kill(pid, 0) would end the process on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _scratch() -> Path:
    from ..paths import private_tmp_dir

    return private_tmp_dir()


def _is_part_name(path: Path) -> bool:
    return path.name.startswith(PART_PREFIX) and path.name.endswith(".part")


class ExportCustody:
    """The scratch folder and ``.part`` file of one export; ``discard()`` removes whatever is left."""

    def __init__(self, target: Path):
        self.target = Path(target)
        token = secrets.token_hex(8)
        pid = os.getpid()
        self.folder = _scratch() / f"{FOLDER_PREFIX}{pid}-{_start_time(pid) or 0}-{token}"
        os.mkdir(self.folder, 0o700)
        self.part = self.target.parent / f"{PART_PREFIX}{token}{PART_SUFFIX}"
        self._sheets = 0
        # The record first, the .part file after: a kill in between leaves a record of nothing.
        record = self.folder / (RECORD + ".new")
        with open(record, "w", encoding="utf-8") as fh:
            json.dump({"part": str(self.part.absolute()), "target": str(self.target.absolute())}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(record, self.folder / RECORD)

    def sheet_file(self) -> str:
        self._sheets += 1
        return str(self.folder / f"sheet{self._sheets}.xml")

    def write_part(self, data: bytes | None = None, save=None) -> None:
        """Write the ``.part`` file (mode 0600 from its creation): ``data``, or what ``save(fh)`` writes."""
        fd = os.open(self.part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            if data is not None:
                fh.write(data)
            else:
                save(fh)
            fh.flush()
            os.fsync(fh.fileno())

    def commit(self) -> None:
        os.replace(self.part, self.target)

    def discard(self) -> None:
        """Remove the ``.part`` file (when not renamed) and then the scratch folder."""
        try:
            os.unlink(self.part)
        except OSError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


@lru_cache(maxsize=None)
def _sheet_class():
    """The sheet class, made on first use: the window's start cleans leftovers without importing openpyxl."""
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet
    from openpyxl.worksheet._writer import WorksheetWriter

    class PrivateSheetWriter(WorksheetWriter):
        def cleanup(self):
            try:
                os.remove(self.out)
            except OSError:
                pass

    class PrivateWriteOnlySheet(WriteOnlyWorksheet):
        """A write-only sheet streamed to a file in the export's scratch folder, not TMPDIR (openpyxl's
        own writer would make a NamedTemporaryFile there, and only an orderly exit removes it)."""

        def __init__(self, parent, title, out: str):
            super().__init__(parent, title)
            self._private_out = out

        def _get_writer(self):
            if self._writer is None:
                self._writer = PrivateSheetWriter(self, self._private_out)
                self._writer.write_top()

    return PrivateWriteOnlySheet


def create_sheet(wb, title: str, custody: ExportCustody):
    """``wb.create_sheet(title)`` for a write-only workbook, its rows kept in ``custody``'s folder."""
    ws = _sheet_class()(wb, title, custody.sheet_file())
    wb._add_sheet(ws)
    return ws


def clean_leftovers() -> list[Path]:
    """Remove what exports that did not finish left behind (their process has ended): their scratch
    folders and the ``.part`` files they recorded. Returns what was removed; never raises."""
    removed: list[Path] = []
    try:
        entries = list(_scratch().iterdir())
    except Exception:
        return removed
    for entry in entries:
        try:
            name = entry.name
            if name.startswith(FOLDER_PREFIX) and entry.is_dir() and not entry.is_symlink():
                try:
                    pid_text, started, _token = name[len(FOLDER_PREFIX):].split("-", 2)
                    pid = int(pid_text)
                except ValueError:
                    pid, started = -1, ""
                if pid > 0 and _alive(pid, "" if started == "0" else started):
                    continue
                try:
                    part = Path(json.loads((entry / RECORD).read_text(encoding="utf-8"))["part"])
                except (OSError, ValueError, KeyError, TypeError):
                    part = None
                if part is not None and _is_part_name(part):
                    try:
                        part.unlink()
                        removed.append(part)
                    except OSError:
                        pass
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry)
            elif name.startswith("openpyxl.") and entry.is_file():  # a sheet file of an older version
                entry.unlink()
                removed.append(entry)
        except Exception:
            continue
    return removed
