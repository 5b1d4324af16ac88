"""``qpp-reviewer report``: PDF feedback sheets and batch or period reports.

    qpp-reviewer report feedback --db PATH --review ID -o FILE.pdf [--reply-workbook FILE.xlsx [--days N]]
    qpp-reviewer report batch --db URL [--batch NAME | --from DATE --to DATE] [--unit UNIT]
                              [--product P] [--stream S] [--title TEXT] -o FILE.pdf
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def add_parser(sub) -> None:
    r = sub.add_parser("report", help="write a PDF: a review's feedback sheet, or a batch or period report")
    r.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    rsub = r.add_subparsers(dest="report_command", metavar="KIND", required=True)

    # --db may come after "report" or after its kind; SUPPRESS keeps the kind's parser from
    # overwriting a --db given before it.
    f = rsub.add_parser("feedback", help="the feedback sheet of one review, for the decision maker")
    f.add_argument("--db", metavar="PATH", dest="sub_db", default=argparse.SUPPRESS, help="database file")
    f.add_argument("--review", required=True, metavar="ID",
                   help="the review's id (or its case reference, if only one review has it)")
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    f.add_argument("--reply-workbook", metavar="FILE.xlsx",
                   help="also write the decision maker's reply workbook (accept or dispute each finding) and "
                        "record the feedback as issued today; see `qpp-reviewer reply`")
    f.add_argument("--days", type=int, default=None, metavar="N",
                   help="with --reply-workbook: the reply window in working days (default 10)")
    f.set_defaults(handler=run_feedback)

    b = rsub.add_parser("batch", help="band distribution, target, breakdowns, error themes and trend of a "
                                      "batch or period")
    b.add_argument("--db", metavar="URL", dest="sub_db", default=argparse.SUPPRESS,
                   help="SQLite path or SQLAlchemy URL")
    b.add_argument("--batch", metavar="NAME_OR_ID", help="the reviews of one batch")
    b.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                   help="interviews and decisions dated on or after this day")
    b.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="... and on or before this day")
    b.add_argument("--unit", metavar="UNIT", help="one decision-making unit")
    b.add_argument("--product", metavar="P", help="interview or decision (default: both)")
    b.add_argument("--stream", metavar="S", help="routine, spoe, secondary, thematic or external (default: all)")
    b.add_argument("--title", metavar="TEXT", help="the report's title")
    b.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    b.set_defaults(handler=run_batch)


def parse_day(text: str, option: str) -> date:
    """A YYYY-MM-DD date, or ValueError with a message a person can act on."""
    t = (text or "").strip()
    if not _DATE.match(t):
        raise ValueError(f"{option} '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2025-10-31")
    try:
        return date.fromisoformat(t)
    except ValueError:
        raise ValueError(f"{option} '{text}' is not a real date (check the month and day)") from None


def parse_period(date_from: str | None, date_to: str | None) -> tuple[date | None, date | None]:
    """--from/--to as days (either may be absent), or ValueError: not a date, or from after to."""
    start = parse_day(date_from, "--from") if date_from else None
    end = parse_day(date_to, "--to") if date_to else None
    if start and end and start > end:
        raise ValueError(f"--from {start} is after --to {end}; give the earlier day first")
    return start, end


def _count(k: int, noun: str) -> str:
    return f"{k:,} {noun}" + ("" if k == 1 else "s")


def _output(args) -> Path:
    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        raise ValueError(f"{out} should end in .pdf")
    if not out.parent.is_dir():
        raise ValueError(f"the folder {out.parent} does not exist")
    return out


def _find_review(store, text: str) -> str:
    from sqlalchemy import select

    from ..storage.models import ReviewRow
    from ..storage.store import ReviewError

    text = (text or "").strip()
    with store._session() as s:
        if s.get(ReviewRow, text) is not None:
            return text
        ids = list(s.scalars(select(ReviewRow.id).where(ReviewRow.case_reference == text)))
    if len(ids) == 1:
        return ids[0]
    if ids:
        raise ReviewError(f"{len(ids)} reviews have the case reference '{text}'; give the review id, one of: "
                          + ", ".join(ids))
    raise ReviewError(f"There is no review with id or case reference '{text}'.")


def run_feedback(args) -> int:
    from ..cli import fail, open_store
    from ..reports import feedback_pdf
    from ..storage.store import ReviewError

    from ..exchange.reply_book import ReplyBookError, write_reply_workbook

    reply_book = getattr(args, "reply_workbook", None)
    try:
        out = _output(args)
        if reply_book:
            book = Path(reply_book)
            if book.suffix.lower() != ".xlsx":
                raise ValueError(f"{book} should end in .xlsx")
            if not book.parent.is_dir():
                raise ValueError(f"the folder {book.parent} does not exist")
        elif getattr(args, "days", None) is not None:
            raise ValueError("--days is the reply window of --reply-workbook; give both")
    except ValueError as exc:
        return fail(str(exc))
    store = open_store(args, lock=bool(reply_book))
    written = None
    try:
        rid = _find_review(store, args.review)
        if reply_book:  # checked first: an incomplete review gets neither file
            review = store.get_review(rid, viewer="")
            if review.status.value != "complete":
                raise ReviewError(f"Review of {review.header.case_reference} is not complete: its feedback cannot "
                                  "be issued yet, and no reply workbook was written.")
        result = feedback_pdf(store, rid, out)
        if reply_book:
            written = write_reply_workbook(store, rid, reply_book, days=args.days)
            status = store.replies.state(rid)
    except (ReviewError, ReplyBookError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {out}: {exc.strerror or exc}. Nothing was written under that name.")
    finally:
        store.close()
    print(f"Wrote the feedback sheet ({_count(result.pages, 'page')}) to {out}")
    if written is not None:
        print(f"Wrote the reply workbook ({_count(written.rows - 1, 'finding')} and the review as a whole) to "
              f"{written.path}; the reply is due by {status.deadline.isoformat()} ({status.label})")
    return 0


def _unit(store, name: str) -> str:
    from sqlalchemy import select

    from ..storage.models import UnitRow
    from ..storage.store import ReviewError

    with store._session() as s:
        names = list(s.scalars(select(UnitRow.name).order_by(UnitRow.name)))
    for n in names:
        if n.lower() == " ".join(name.split()).lower():
            return n
    raise ReviewError(f"There is no unit called '{name}'. Units: {', '.join(names)}")


def run_batch(args) -> int:
    from ..cli import fail, open_store
    from ..domain import Product, Stream
    from ..reports import batch_pdf
    from ..storage.store import ReviewError, ReviewFilter

    try:
        out = _output(args)
        flt = ReviewFilter()
        flt.date_from, flt.date_to = parse_period(args.date_from, args.date_to)
        if args.product:
            flt.product = Product.parse(args.product)
        if args.stream:
            flt.stream = Stream.parse(args.stream)
    except ValueError as exc:
        return fail(str(exc))
    store = open_store(args)
    try:
        if args.batch:
            flt.batch_id = store.find_batch(args.batch).id
        if args.unit:
            flt.unit = _unit(store, args.unit)
        if not store.review_facts(flt):
            return fail("no review matches that selection; nothing was written")
        result = batch_pdf(store, flt, out, title=args.title)
    except ReviewError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {out}: {exc.strerror or exc}. Nothing was written under that name.")
    finally:
        store.close()
    print(f"Wrote the report on {_count(result.reviews, 'review')} ({_count(result.pages, 'page')}) to {out}")
    return 0

