"""The log file: rotated, readable by the user alone, ids and error kinds only.

Code that logs passes ids (review, batch, file names), never a comment, a
reason or a case detail: the log is not protected like the database is.

Exceptions are the way user text would slip in unasked: SQLAlchemy's message
carries the statement's parameters (a comment being saved), a driver's message
may quote a row's values (PostgreSQL's DETAIL), a KeyError or ValueError shows
the value it choked on. So the file's formatter never writes an exception's
message: it writes each exception's kind, the code's frames, and for a database
error the driver's error name and the statement without its parameters
(:func:`describe`). An exception passed as a log argument is described the same way.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler

from .paths import log_dir

# Exceptions whose message comes from the code, not from data: kept, as they say what broke.
_CODE_MESSAGES = (TypeError, AttributeError, NameError, ImportError, NotImplementedError, RecursionError,
                  IndexError, ZeroDivisionError, AssertionError)
_STATEMENT_CHARS = 300


def _kind(exc: BaseException) -> str:
    t = type(exc)
    return t.__name__ if t.__module__ in ("builtins", "__main__") else f"{t.__module__}.{t.__qualname__}"


def _driver_error(orig: BaseException) -> str:
    """The driver's error kind and name: sqlite3's SQLITE_FULL, PostgreSQL's SQLSTATE; never its text."""
    parts = [_kind(orig)]
    name = getattr(orig, "sqlite_errorname", None)
    if name:
        parts.append(name)
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if state:
        parts.append(f"SQLSTATE {state}")
    return " ".join(parts)


def describe(exc: BaseException) -> str:
    """One line about an exception that holds no user text: its kind and, where safe, what kind of failure."""
    try:
        from sqlalchemy.exc import StatementError
    except ImportError:  # pragma: no cover - SQLAlchemy is a dependency
        StatementError = ()  # noqa: N806
    if StatementError and isinstance(exc, StatementError):
        detail = _driver_error(exc.orig) if exc.orig is not None else "no driver error"
        statement = " ".join((exc.statement or "").split())
        if len(statement) > _STATEMENT_CHARS:
            statement = statement[:_STATEMENT_CHARS] + "…"
        return f"{_kind(exc)} ({detail}) in statement: {statement} [parameters not logged]"
    if isinstance(exc, OSError):
        code = errno.errorcode.get(exc.errno, str(exc.errno)) if exc.errno is not None else "no errno"
        name = os.path.basename(str(exc.filename)) if exc.filename else ""
        return f"{_kind(exc)} {code}" + (f" ({exc.strerror})" if exc.strerror else "") + (
            f" on file {name}" if name else "")
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):  # a database error wrapped some other way
        return f"{_kind(exc)} ({_driver_error(orig)})"
    if isinstance(exc, _CODE_MESSAGES):
        return f"{_kind(exc)}: {exc}"
    name = getattr(exc, "sqlite_errorname", None)
    if name:
        return f"{_kind(exc)} {name}"
    return f"{_kind(exc)} (message not logged: it may hold user text)"


def format_exception(exc: BaseException) -> str:
    """A traceback with every exception of the chain described by :func:`describe`, never its message."""
    lines: list[str] = []
    seen: set[int] = set()
    chain: list[tuple[BaseException, str]] = []
    cur, how = exc, ""
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        chain.append((cur, how))
        if cur.__cause__ is not None:
            cur, how = cur.__cause__, "It was raised from:"
        elif cur.__context__ is not None and not cur.__suppress_context__:
            cur, how = cur.__context__, "It was raised while handling:"
        else:
            cur = None
    for e, how in chain:  # innermost (the error raised) first, then what it came from
        if how:
            lines.append(how)
        lines.append("Traceback (most recent call last):")
        lines.extend(x.rstrip("\n") for x in traceback.format_tb(e.__traceback__))
        lines.append(describe(e))
    return "\n".join(lines)


class SafeFormatter(logging.Formatter):
    """Formats records for the log file with no user text from exceptions."""

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        exc = ei[1] if ei else None
        return format_exception(exc) if exc is not None else ""

    def format(self, record: logging.LogRecord) -> str:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            if any(isinstance(a, BaseException) for a in args):
                record.args = tuple(describe(a) if isinstance(a, BaseException) else a for a in args)
        record.exc_text = None  # never reuse a text another formatter made with the message in it
        return super().format(record)


class PrivateRotatingFileHandler(RotatingFileHandler):
    def _open(self):
        # created 0600 from the start: a log is never readable by others, not even for an instant
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.close(fd)
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


def _excepthook(exc_type, exc, tb):
    """An exception nobody caught (in a Qt slot, say): logged and shown described, never with its message."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    logging.getLogger("qpp_reviewer").error("uncaught exception", exc_info=(exc_type, exc, tb))
    print("qpp-reviewer: internal error: " + describe(exc), file=sys.stderr)


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(isinstance(h, PrivateRotatingFileHandler) for h in root.handlers):
        return
    handler = PrivateRotatingFileHandler(log_dir() / "qpp-reviewer.log", maxBytes=1_000_000, backupCount=3,
                                         encoding="utf-8")
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    if sys.excepthook is sys.__excepthook__:  # not over a hook someone else installed (a debugger, pytest-qt)
        sys.excepthook = _excepthook
