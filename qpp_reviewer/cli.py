"""Command line: no command opens the app; named commands run headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="qpp-reviewer",
        description="Quality review of asylum interviews and decisions. "
        "With no command, opens the application window.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--db", metavar="PATH", help="database file (default: reviews.sqlite3 in "
                   "your per-user data folder)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", title="headless commands")

    d = sub.add_parser("demo", help="fill a database with realistic synthetic reviews")
    d.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    d.add_argument("--reviews", type=int, default=200, metavar="N", help="how many (default 200)")
    d.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")

    ls = sub.add_parser("list", help="list the reviews in a database")
    ls.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    return p


def _db(args) -> str:
    from .paths import default_db_path

    return getattr(args, "sub_db", None) or args.db or str(default_db_path())


def _open_store(args):
    from .storage.db import DatabaseError
    from .storage.store import Store

    try:
        return Store.open(_db(args))
    except DatabaseError as exc:
        print(f"qpp-reviewer: {exc}", file=sys.stderr)
        raise SystemExit(2)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from .qt.app import run

        return run(_db(args))
    if args.command == "demo":
        if args.reviews < 1:
            print("qpp-reviewer: --reviews must be 1 or more", file=sys.stderr)
            return 2
        from .demo import fill_demo

        store = _open_store(args)
        counts = fill_demo(store, args.reviews, args.seed)
        total = sum(counts.values())
        print(f"Added {total} reviews to {store.location}:")
        for band in sorted(counts):
            print(f"  {band:5} {counts[band]:6}")
        store.close()
        return 0
    if args.command == "list":
        store = _open_store(args)
        rows = store.list_reviews()
        print(f"{'case reference':16} {'unit':24} {'product':9} {'band':4} {'status':11} reviewer")
        for r in rows:
            print(f"{r.case_reference:16} {r.unit[:24]:24} {r.product.value:9} "
                  f"{r.band.value if r.band else '-':4} {r.status.value:11} {r.reviewer}")
        print(f"{len(rows)} reviews")
        store.close()
        return 0
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
