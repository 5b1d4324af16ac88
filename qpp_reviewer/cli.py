"""Command line: no command opens the app; named commands run headless."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__


def _window_parser(add_help: bool = True) -> argparse.ArgumentParser:
    """The options of the window start alone: no command modules imported (start-up time)."""
    p = argparse.ArgumentParser(
        prog="qpp-reviewer", add_help=add_help,
        description="Quality review of asylum interviews and decisions. "
        "With no command, opens the application window.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--db", metavar="PATH", help="database file (default: reviews.sqlite3 in "
                   "your per-user data folder)")
    p.add_argument("--as", dest="actor", metavar="NAME",
                   help="who is working (skips the question at start; recorded on every change)")
    return p


def _window_args(argv: list[str] | None) -> argparse.Namespace | None:
    """The parsed options when the command line only starts the window, else None (a command, --help,
    or anything the window's options do not account for goes to the full parser and its messages)."""
    argv = sys.argv[1:] if argv is None else argv
    if any(a in ("-h", "--help") for a in argv):
        return None
    parser = _window_parser(add_help=False)
    parser.error = lambda message: (_ for _ in ()).throw(ValueError(message))  # noqa: E731 (no exit here)
    try:
        args, rest = parser.parse_known_args(argv)
    except ValueError:
        return None
    if rest:
        return None
    args.command = None
    return args


def _parser() -> argparse.ArgumentParser:
    p = _window_parser()
    sub = p.add_subparsers(dest="command", metavar="COMMAND", title="headless commands")

    d = sub.add_parser("demo", help="fill a database with realistic synthetic reviews")
    d.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    d.add_argument("--reviews", type=int, default=200, metavar="N", help="how many (default 200)")
    d.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")

    ls = sub.add_parser("list", help="list the reviews in a database")
    ls.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")

    b = sub.add_parser("batch", help="create, fill, sign off and list batches of reviews")
    b.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    bsub = b.add_subparsers(dest="batch_command", metavar="ACTION", required=True)
    bsub.add_parser("list", help="batches with their band distribution")
    bc = bsub.add_parser("create", help="a new, empty batch")
    bc.add_argument("name")
    bc.add_argument("--description", default="")
    ba = bsub.add_parser("add", help="put reviews in a batch")
    ba.add_argument("name", help="batch name or id")
    ba.add_argument("review_ids", nargs="*", metavar="REVIEW_ID")
    ba.add_argument("--complete", action="store_true", help="every complete review not in a batch yet")
    br = bsub.add_parser("remove", help="take reviews out of their (unsigned) batch")
    br.add_argument("review_ids", nargs="+", metavar="REVIEW_ID")
    bd = bsub.add_parser("delete", help="delete an unsigned batch (its reviews stay, outside any batch)")
    bd.add_argument("name", help="batch name or id")
    bs = bsub.add_parser("sign-off", help="sign a batch off (every review must be complete)")
    bs.add_argument("name", help="batch name or id")
    bs.add_argument("--by", required=True, help="who signs it off")

    e = sub.add_parser("export", help="write reviews to an exchange workbook (.xlsx)")
    e.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    which = e.add_mutually_exclusive_group(required=True)
    which.add_argument("--batch", metavar="NAME_OR_ID", help="the reviews of one batch")
    which.add_argument("--all", action="store_true", help="every review in the database")
    e.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    e.add_argument("--by", metavar="WHO", help="who exports (default: your login name)")
    e.add_argument("--encrypt", action="store_true",
                   help="protect the workbook with a password (asked for, or from QPP_PASSWORD)")

    c = sub.add_parser("collate", help="import exchange workbooks into a collation database")
    c.add_argument("--db", metavar="URL", dest="sub_db",
                   help="SQLite path or SQLAlchemy URL (e.g. postgresql+psycopg://user@host/db)")
    c.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    c.add_argument("--ask-password", action="store_true",
                   help="ask for the password of each protected workbook (else QPP_PASSWORD is used)")
    c.add_argument("--trust-new-signers", action="store_true",
                   help="enrol on the spot the key of a signer the centre has not seen (confirm its "
                        "fingerprint with the reviewer first); off by default")
    c.add_argument("--accept-unsigned", action="store_true",
                   help="accept unsigned workbooks (format 2, from older installs); each is reported")

    sm = sub.add_parser("summary", help="band distribution in the shape of the published tables")
    sm.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    sm.add_argument("--by", default="", metavar="FIELDS",
                    help="comma-separated groupings: unit, product, stream, reviewer, batch, and one "
                         "period: month (or 'period'), quarter, fy (financial year April-March, "
                         "e.g. 2025-26), rolling12 (12-month blocks ending with --to's month, "
                         "e.g. Nov 2024-Oct 2025); periods are by the product date")
    sm.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                    help="reviews of products dated on or after this day")
    sm.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD",
                    help="... and on or before this day (also the end of the last rolling12 block)")
    sm.add_argument("--state", choices=("approved", "has-issues", "received"),
                    help="only collated reviews in this state at the centre (e.g. approved); the table says so")
    sm.add_argument("--outcomes", action="store_true",
                    help="appeal and PARU outcomes against the bands instead (see `outcomes import`)")
    sm.add_argument("--coverage", action="store_true",
                    help="coverage against the sampling targets instead, per unit and period (--by month or "
                         "quarter; see `coverage`)")
    sm.add_argument("--time", action="store_true",
                    help="time spent (active time on reviews) by unit, product and reviewer instead")
    sm.add_argument("--disputes", action="store_true",
                    help="decision makers' disputes of feedback and their arbitration, by criterion, reviewer and "
                         "unit, instead (see `qpp-reviewer reply`)")
    sm.add_argument("--format", choices=("table", "csv", "xlsx"), default="table")
    sm.add_argument("-o", "--output", metavar="FILE", help="write to a file (needed for xlsx)")

    from . import commands

    for module in commands.modules():
        module.add_parser(sub)
    return p


def db_location(args) -> str:
    """The database a command works on: --db after the command, before it, or the default."""
    return _db(args)


def open_store(args, lock: bool = False, create: bool = False):
    """Open the command's database; ``lock`` for commands that write.

    ``create`` only for a command whose purpose is to make a database (demo, collate): any other
    command on a path with no database says so and exits 2, and no file is made.
    """
    return _open_store(args, lock, create)


def fail(message: str) -> int:
    return _fail(message)


def actor(args) -> str:
    """Who runs the command, recorded on every change it makes: --as NAME, else the login name."""
    name = " ".join((getattr(args, "actor", None) or "").split())
    if name:
        return name
    import getpass

    try:
        return getpass.getuser() or "unknown"
    except Exception:  # no login name (a container with no passwd entry): say so, do not crash
        return "unknown"


def _db(args) -> str:
    from .paths import default_db_path

    return getattr(args, "sub_db", None) or getattr(args, "db", None) or str(default_db_path())


def _open_store(args, lock: bool = False, create: bool = False):
    from .storage.db import DatabaseError
    from .storage.lock import DatabaseInUse
    from .storage.store import Store

    notice = None
    try:
        notice = _unlock_or_create(_db(args), create)
        store = Store.open(_db(args), lock=lock, create=create)
    except (DatabaseError, DatabaseInUse) as exc:
        # a database made or updated on a disk with no room left: say so, as any command does
        print(f"qpp-reviewer: {disk_full_message(exc, _db(args)) or exc}", file=sys.stderr)
        raise SystemExit(2)
    except OSError as exc:  # the lock file or the database's folder cannot be written or named
        from .storage.db import shown

        print(f"qpp-reviewer: cannot open {shown(_db(args))}: {exc.strerror or exc.__class__.__name__}.",
              file=sys.stderr)
        raise SystemExit(2)
    if notice:
        print(f"qpp-reviewer: {notice}", file=sys.stderr)
    store.actor = actor(args)  # every change the command makes is audited under this name
    from .exchange.custody import clean_leftovers

    clean_leftovers()  # what a killed export left (its .part, its private scratch), as the app's start does
    return store


def unlock_database(path):
    """The data key of an encrypted database: QPP_PASSPHRASE, else typed at a terminal (three tries);
    DatabaseError when neither gives it. A wrong passphrase changes nothing."""
    import os

    from .storage import cipher

    given = os.environ.get("QPP_PASSPHRASE")
    if given:
        return cipher.unlock(path, given)
    if not sys.stdin.isatty():
        raise cipher.NeedsPassphrase(f"{path.name} is encrypted: set QPP_PASSPHRASE, or run the command at a "
                                     "terminal to type the passphrase.")
    import getpass

    for attempt in range(3):
        try:
            return cipher.unlock(path, getpass.getpass(f"Passphrase of {path.name}: "))
        except cipher.WrongPassphrase as exc:
            if attempt == 2:
                raise
            print(exc, file=sys.stderr)


def _unlock_or_create(db: str, create: bool) -> str | None:
    """Before a command opens a local database: unlock it when it is encrypted; when the command makes a
    new one, encrypt it with QPP_PASSPHRASE if set, else make it plain and return a notice saying so."""
    import os

    from .storage import cipher
    from .storage.db import local_path

    if "://" in db:
        return None  # PostgreSQL: the server's own controls apply
    path = local_path(db)
    if cipher.is_encrypted(path):
        unlock_database(path)
        return None
    if create and (not path.exists() or path.stat().st_size == 0):
        given = os.environ.get("QPP_PASSPHRASE")
        if given and cipher.available():
            _key, recovery = cipher.new_key(path, given)
            return (f"{path.name} is encrypted with QPP_PASSPHRASE. Recovery key (printed once, stored nowhere; "
                    f"keep it apart from this computer): {recovery}")
        return (f"{path.name} was created UNENCRYPTED (no QPP_PASSPHRASE): anyone with the file can read it. "
                "'qpp-reviewer db encrypt' encrypts it.")
    return None


DEMO_MAX = 100_000  # demo data: about ten minutes of filling; more is a typo (10**15 never ends)


def _option_name(dest: str) -> str:
    return {"sub_db": "--db", "db": "--db", "actor": "--as", "paths": "FILE_OR_FOLDER",
            "review_ids": "REVIEW_ID"}.get(dest, dest if dest in ("name", "file", "backup") else
                                            "--" + dest.replace("_", "-"))


def argument_problem(args) -> str | None:
    """A message for an argument no command can use: bytes that are not UTF-8, an empty --db.

    On Linux a command line is bytes; Python hands undecodable ones over as lone surrogates, which no
    database, workbook or PDF can hold (a batch name or --by made of them once wrote a workbook no
    spreadsheet could open). Refused here, before anything is opened, naming the argument.
    """
    for dest, value in vars(args).items():
        if dest in ("handler", "func"):
            continue
        for text in value if isinstance(value, list) else [value]:
            if not isinstance(text, str):
                continue
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                if len(shown) > 60:
                    shown = shown[:57] + "..."
                return (f"{_option_name(dest)} '{shown}' is not valid text: it holds bytes that are not UTF-8 "
                        "(shown as \ufffd). Type it again in a UTF-8 terminal"
                        + (", or rename the file." if dest in ("db", "sub_db", "output", "paths", "file")
                           else "."))
    for dest in ("sub_db", "db"):
        if getattr(args, dest, None) == "" or (isinstance(getattr(args, dest, None), str)
                                                and not getattr(args, dest).strip()):
            return "--db is empty; give the path of a database file (or leave --db out for the default one)."
    return None


def _on_sigterm(signum, _frame) -> None:
    """SIGTERM (a shutdown, kill PID) ends a command as Ctrl+C does: finally blocks close the store,
    and the database's lock file is released, not left behind.

    A signal that lands while Python runs a finaliser (a garbage-collected connection's clean-up)
    has its exception printed and dropped there, and the command would go on. So it is raised
    again every two seconds (SIGALRM, where there is one) until the command has ended."""
    import signal

    sys.unraisablehook = _quiet_unraisable  # a drop in a finaliser is not printed as a traceback either
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, lambda _s, _f: (signal.alarm(2), _raise_exit(128 + signum)))
        signal.alarm(2)
    raise SystemExit(128 + signum)


def _quiet_unraisable(unraisable) -> None:
    """After SIGTERM: the SystemExit a finaliser swallowed is raised again (above), so it is not printed as
    "Exception ignored …" with a traceback; anything else is reported as Python would."""
    if isinstance(unraisable.exc_value, (SystemExit, KeyboardInterrupt)):
        return
    sys.__unraisablehook__(unraisable)


def _raise_exit(code: int) -> None:
    raise SystemExit(code)


def main(argv: list[str] | None = None) -> int:
    args = _window_args(argv) or _parser().parse_args(argv)
    problem = argument_problem(args)
    if problem:
        return _fail(problem)
    if args.command is None:
        args.from_command_line = argv is None
        return _run(args)
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return _run(args)
    before = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _run(args)
    except Exception as exc:
        message = disk_full_message(exc, _db(args) if args.command != "collate" or "://" not in _db(args) else None)
        if message is None:
            raise
        return _fail(message)
    finally:
        signal.signal(signal.SIGTERM, before)
        if hasattr(signal, "SIGALRM"):
            signal.alarm(0)  # the command has ended: no SIGTERM to raise again


def disk_full_message(exc: BaseException, db: str | None) -> str | None:
    """'the disk is full: free N MB …' for an exception that means no space (else None).

    SQLite says "database or disk is full" (SQLITE_FULL), the OS says ENOSPC/EDQUOT; neither the
    statement nor its row values are shown. What was committed before stays: SQLite rolls the failed
    transaction back; committed pages may sit in the -wal file until there is room to checkpoint them.
    """
    import errno

    seen = exc
    full = False
    io_error = False
    for _ in range(5):
        if seen is None:
            break
        if isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT):
            full = True
            break
        if "disk is full" in str(getattr(seen, "args", [""])[0] if getattr(seen, "args", None) else "") \
                or getattr(seen, "sqlite_errorcode", None) == 13:
            full = True
            break
        io_error = io_error or "disk I/O error" in str(getattr(seen, "args", [""])[0] if getattr(seen, "args", None)
                                                    else "")
        seen = getattr(seen, "orig", None) or seen.__cause__ or seen.__context__
    import shutil

    where = Path(db).expanduser().resolve().parent if db and "://" not in db else Path.cwd()
    if not full and io_error:
        # SQLite says "disk I/O error" when not even its -shm file fits: full, if the disk is (nearly) so
        try:
            full = shutil.disk_usage(where).free < 2**20
        except OSError:
            pass
    if not full:
        return None
    size = 0
    if db and "://" not in db:
        for suffix in ("", "-wal"):
            try:
                size += Path(db + suffix).expanduser().stat().st_size
            except OSError:
                pass
    try:
        free = shutil.disk_usage(where).free
    except OSError:
        free = 0
    need = max(10, -(-(size * 2 - free) // 2**20))
    return (f"the disk is full: free {need} MB on the disk of {_shown(where)} ({free // 2**20} MB free now) and "
            "run the command again. What was saved before is kept; the change that did not fit was not saved"
            + (" (the saved changes wait in the database's -wal file and are written into it when there is room)."
               if db and "://" not in db and _size(Path(str(db) + "-wal")) > 0 else "."))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _run(args) -> int:
    if getattr(args, "handler", None) is not None:
        return args.handler(args)
    if args.command is None:
        from .qt.app import run

        # the program itself (argv from the command line, not a caller's list) ends at once on Quit
        return run(_db(args), actor=args.actor, exit_process=getattr(args, "from_command_line", False))
    if args.command == "demo":
        if args.reviews < 1:
            print("qpp-reviewer: --reviews must be 1 or more", file=sys.stderr)
            return 2
        if args.reviews > DEMO_MAX:
            return _fail(f"--reviews {args.reviews:,} is too many for demo data: give at most {DEMO_MAX:,}. "
                         "Nothing was created.")
        from .demo import fill_demo

        store = _open_store(args, lock=True, create=True)  # demo makes a database on purpose
        try:
            counts = fill_demo(store, args.reviews, args.seed)
        finally:
            store.close()
        total = sum(counts.values())
        print(f"Added {total} reviews to {store.location}:")
        for band in sorted(counts):
            print(f"  {band:5} {counts[band]:6}")
        return 0
    if args.command == "list":
        store = _open_store(args)
        try:
            rows = store.list_reviews()
        finally:
            store.close()
        print(f"{'case reference':16} {'unit':24} {'product':9} {'band':4} {'status':11} reviewer")
        for r in rows:
            print(f"{r.case_reference:16} {r.unit[:24]:24} {r.product.value:9} "
                  f"{r.band.value if r.band else '-':4} {r.status.value:11} {r.reviewer}")
        print(f"{len(rows)} reviews")
        return 0
    if args.command == "batch":
        return _batch(args)
    if args.command == "export":
        return _export(args)
    if args.command == "collate":
        return _collate(args)
    if args.command == "summary":
        return _summary(args)
    return 2


def _password(prompt: str, confirm: bool = False) -> str | None:
    """From QPP_PASSWORD, or asked at the terminal; never from the command line (ps shows it)."""
    if os.environ.get("QPP_PASSWORD"):
        return os.environ["QPP_PASSWORD"]
    if not sys.stdin.isatty():
        return None
    import getpass

    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        print("qpp-reviewer: the two passwords differ", file=sys.stderr)
        return None
    return first


def _fail(message: str) -> int:
    print(f"qpp-reviewer: {message}", file=sys.stderr)
    return 2


def _batch(args) -> int:
    from .storage.store import ReviewError, ReviewFilter

    store = _open_store(args, lock=True)
    try:
        if args.batch_command == "list":
            for b in store.batches():
                bands = " ".join(f"{k}:{v}" for k, v in sorted(b.bands.items())) or "-"
                state = f"signed off by {b.signed_off_by}" if b.signed_off else "open"
                print(f"{b.name}  [{b.id}]  {b.reviews} reviews, {b.complete} complete  {bands}  {state}")
        elif args.batch_command == "create":
            bid = store.create_batch(args.name, args.description, by=store.actor)
            print(f"Created batch '{args.name}' [{bid}]")
        elif args.batch_command == "add":
            batch = store.find_batch(args.name)
            ids = list(args.review_ids)
            if args.complete:
                from .domain import ReviewStatus

                ids += [r.id for r in store.list_reviews(ReviewFilter(status=ReviewStatus.COMPLETE))
                        if r.batch is None]
            n = store.add_to_batch(batch.id, ids, by=store.actor)
            print(f"Added {n} review(s) to '{batch.name}'")
        elif args.batch_command == "remove":
            known = set(store.review_ids())
            unknown = [i for i in args.review_ids if i not in known]
            if unknown:
                return _fail(f"there is no review with id {unknown[0]}"
                             + (f" (nor {len(unknown) - 1} more of those given)" if len(unknown) > 1 else "")
                             + "; nothing was changed. 'qpp-reviewer list' shows the reviews.")
            n = store.remove_from_batch(list(args.review_ids), by=store.actor)
            print(f"Took {n} review(s) out of their batch")
        elif args.batch_command == "delete":
            batch = store.find_batch(args.name)
            store.delete_batch(batch.id, by=store.actor)
            print(f"Deleted batch '{batch.name}'; its {batch.reviews} review(s) are kept, outside any batch")
        elif args.batch_command == "sign-off":
            batch = store.find_batch(args.name)
            store.sign_off_batch(batch.id, args.by)
            print(f"Batch '{batch.name}' signed off by {args.by}")
    except ReviewError as exc:
        return _fail(str(exc))
    finally:
        store.close()
    return 0


def _export(args) -> int:
    from .exchange.export import export_workbook, select_reviews
    from .storage.store import ReviewError

    out = Path(args.output)
    if out.suffix.lower() != ".xlsx":
        return _fail(f"{out} should end in .xlsx")
    password = None
    if args.encrypt:
        password = _password("Password for the workbook: ", confirm=True)
        if not password:
            return _fail("--encrypt needs a password: set QPP_PASSWORD or run in a terminal to be asked")
    store = _open_store(args)
    try:
        ids, label = select_reviews(store, batch=args.batch)
        result = export_workbook(store, ids, out, label, exported_by=args.by, password=password)
    except ReviewError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"cannot write {out}: {exc.strerror or exc}. Nothing was written under that name.")
    finally:
        store.close()
    print(f"Wrote {result.reviews} reviews, {result.findings} findings to {out} (sha256 {result.checksum[:16]}…)")
    return 0


def _collate(args) -> int:
    from .exchange.collate import collate, expand_paths

    missing = [a for a in args.paths if not os.path.lexists(a)]
    if missing:  # a mistyped name: refused before a central database is made or a run recorded
        return _fail(f"{_shown(missing[0])} does not exist; nothing was collated. Check the name"
                     + (f" (and {len(missing) - 1} more)." if len(missing) > 1 else "."))
    files = expand_paths(args.paths)
    if not files:
        return _fail("no .xlsx workbooks found in " + ", ".join(args.paths))
    def password_for(path):
        if args.ask_password:
            return _password(f"Password for {path.name}: ")
        return os.environ.get("QPP_PASSWORD")

    store = _open_store(args, lock=True, create=True)  # collating into a new central file makes it
    try:
        from .exchange.collate import SignaturePolicy

        chosen = args.accept_unsigned or args.trust_new_signers
        report = collate(store, files, passwords=password_for,
                         signatures=SignaturePolicy(accept_unsigned=args.accept_unsigned,
                                                    trust_new_signers=args.trust_new_signers) if chosen else None)
    finally:
        store.close()
    print(report.text())
    return 1 if report.rejected else 0


def _coverage_or_time(store, args, flt, by) -> str | int:
    try:
        if args.coverage:
            from .coverage import coverage_figures, coverage_text

            periods = [b for b in by if b in ("month", "quarter", "fy", "rolling12")]
            if [b for b in by if b not in periods] or len(periods) > 1:
                return _fail("summary --coverage is per unit and one period: --by month, quarter, fy or rolling12")
            return coverage_text(coverage_figures(store, flt, by=periods[0] if periods else "month"))
        from .timespent import time_figures, time_text

        return time_text(time_figures(store, flt))
    finally:
        store.close()


def _text_out(out: Path | None, text: str) -> int:
    """A figures table as text: into ``out`` when given (a message, not a traceback, when it cannot be
    written), else on standard output."""
    if out is None:
        print(text, end="")
        return 0
    try:
        _write_text(out, text)
    except OSError as exc:
        return _fail(f"cannot write {_shown(out)}: {exc.strerror or exc}. Nothing was written under that name.")
    return 0


def _summary(args) -> int:
    from .commands.report import parse_period
    from .statistics import ROW_COLUMNS, check_groupings, summarise
    from .storage.store import ReviewFilter

    by = [b.strip() for b in args.by.split(",") if b.strip()]
    try:
        by = check_groupings(by)
        flt = ReviewFilter(state=(args.state or "").replace("-", "_") or None)
        flt.date_from, flt.date_to = parse_period(args.date_from, args.date_to)
    except ValueError as exc:
        return _fail(str(exc))
    out = Path(args.output) if args.output else None
    if args.outcomes and getattr(args, "disputes", False):
        return _fail("--outcomes and --disputes are two different tables: give one of them")
    if args.format == "xlsx" and not out:
        return _fail("--format xlsx needs -o FILE.xlsx")
    if out is not None:
        problem = _output_problem(out, ".xlsx" if args.format == "xlsx" else None)
        if problem:
            return _fail(problem)
    store = _open_store(args)
    if args.coverage or args.time:  # the same selection's coverage against targets, or time spent (issue 20)
        text = _coverage_or_time(store, args, flt, by)
        if isinstance(text, int):
            return text
        return _text_out(out, text)
    if args.outcomes or getattr(args, "disputes", False):
        # the same selection: its decisions' appeal outcomes (issue 20), or the disputes of its feedback (issue 18)
        if args.outcomes:
            from .appeals import figures_text, outcome_figures as figures
        else:
            from .disputes import dispute_figures as figures, figures_text

        try:
            text = figures_text(figures(store, flt))
        finally:
            store.close()
        return _text_out(out, text)
    try:
        rows = summarise(store.review_facts(flt), by, anchor=flt.date_to)
    except ValueError as exc:
        return _fail(str(exc))
    finally:
        store.close()
    names = {"fy": "Financial year", "rolling12": "Rolling 12 months"}
    header = [names.get(b, b.capitalize()) for b in by] or ["Group"]
    table = [header + list(ROW_COLUMNS)]
    for key, counts in rows:
        table.append(list(key) + list(counts.row().values()))
    if args.format == "xlsx":
        from .exchange.tables import write_table_xlsx

        try:
            write_table_xlsx(out, "Summary", table)
        except OSError as exc:
            return _fail(f"cannot write {_shown(out)}: {exc.strerror or exc}. Nothing was written under that name.")
        print(f"Wrote {len(table) - 1} rows to {args.output}")
        return 0
    if args.format == "csv":
        from .exchange.tables import table_csv

        text = table_csv(table)  # fields that a spreadsheet would run are quote-prefixed
    else:
        text = _text_table(table, by)
        # which reviews the figures count: all that count, or only those the centre approved (issue 17)
        text = (f"Reviews counted: only those {args.state.replace('-', ' ')} at the centre\n" if args.state
                else "Reviews counted: every review that counts, whatever its state at the centre\n") + text
    if out is not None:
        try:
            _write_text(out, text)
        except OSError as exc:
            return _fail(f"cannot write {_shown(out)}: {exc.strerror or exc}. Nothing was written under that name.")
    else:
        print(text, end="")
    return 0


def _shown(path) -> str:
    from .storage.db import shown

    return shown(path)


def _output_problem(out: Path, suffix: str | None) -> str | None:
    """Why ``out`` cannot be written, before any work is done; None when it can be tried."""
    if suffix and out.suffix.lower() != suffix:
        return f"{_shown(out)} should end in {suffix}"
    try:
        if out.is_dir():
            return f"{_shown(out)} is a folder; give a file name (e.g. {_shown(out / ('summary' + (suffix or '.txt')))})."
        if not out.parent.is_dir():
            return (f"the folder {_shown(out.parent)} does not exist; create it first or write elsewhere. "
                    "Nothing was written.")
    except OSError as exc:  # a name too long for the file system, a loop of links
        return f"cannot write {_shown(out)}: {exc.strerror or exc}. Nothing was written."
    return None


def _write_text(out: Path, text: str) -> None:
    """Whole or not at all: a temporary file beside the target, renamed over it."""
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=".qpp-", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, out)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _text_table(table: list[list], by: list[str]) -> str:
    """The published layout: number and percentage side by side per band."""
    header, *rows = table
    g = len(by) or 1
    cols = header[:g] + ["QS1", "QS2", "QS3", "QS4", "QS5", "Total", "Satisf.", "Unsat. correct",
                         "Unsat. wrong", "Excl."]
    out_rows = []
    for r in rows:
        vals = dict(zip(header, r))
        cells = r[:g]
        for b in ("QS1", "QS2", "QS3", "QS4", "QS5"):
            cells.append(f"{vals[b]:,} ({vals[b + ' %']}%)")
        cells.append(f"{vals['Total']:,}")
        cells.append(f"{vals['Satisfactory']:,} ({vals['Satisfactory %']}%)")
        cells.append(f"{vals['Unsatisfactory, outcome correct']:,} ({vals['Unsatisfactory, outcome correct %']}%)")
        cells.append(f"{vals['Unsatisfactory, outcome wrong']:,} ({vals['Unsatisfactory, outcome wrong %']}%)")
        cells.append(f"{vals['Excluded (not complete)']:,}")
        out_rows.append([str(c) for c in cells])
    widths = [max(len(str(x)) for x in col) for col in zip(cols, *out_rows)]
    lines = ["  ".join(str(c).ljust(w) if i < g else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
             for row in [cols] + out_rows]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
