"""`qpp-reviewer coverage`: coverage against the sampling targets (issue 20 item 3; qpp_reviewer/coverage.py):
the population imported from a case list or entered, the targets a quality lead sets, and the figures."""

from __future__ import annotations

from datetime import date


def add_parser(sub) -> None:
    c = sub.add_parser("coverage", help="coverage against the sampling targets: population, reviews done by "
                                        "stream, rate against target, units overdue for secondary assurance")
    c.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    csub = c.add_subparsers(dest="coverage_command", metavar="ACTION")
    c.set_defaults(handler=run_figures, by="month", date_from=None, date_to=None, unit=None)
    f = csub.add_parser("figures", help="the figures (the default), per unit and month or quarter")
    f.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    f.add_argument("--by", default="month", choices=("month", "quarter", "fy", "rolling12"))
    f.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="products dated on or after this day")
    f.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="... and on or before this day")
    f.add_argument("--unit", metavar="NAME", help="one unit only")
    f.set_defaults(handler=run_figures)
    i = csub.add_parser("import", help="count a case list (CSV or .xlsx, read as `sample` reads it) per unit, "
                                       "product and month as the population; replaces those months' counts")
    i.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--product", choices=("decision", "interview"),
                   help="the product of every row, for a list with no product column")
    i.set_defaults(handler=run_import)
    e = csub.add_parser("enter", help="enter the population of one unit, product and month by hand")
    e.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    e.add_argument("--unit", required=True, metavar="NAME")
    e.add_argument("--product", required=True, choices=("decision", "interview"))
    e.add_argument("--month", required=True, metavar="YYYY-MM")
    e.add_argument("--count", required=True, type=int, metavar="N", help="decisions or interviews made")
    e.set_defaults(handler=run_enter)
    t = csub.add_parser("targets", help="show the targets, or set them (a quality lead): --decisions 2%% "
                                        "--interviews 2%% --secondary-months 2")
    t.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    t.add_argument("--decisions", metavar="RATE", help="routine sampling of decisions, e.g. 2%% or 0.02")
    t.add_argument("--interviews", metavar="RATE", help="routine sampling of interviews, e.g. 2%%")
    t.add_argument("--secondary-months", type=int, metavar="N",
                   help="first-line secondary assurance due in each unit at least every N months")
    t.set_defaults(handler=run_targets)


def _rate(text: str) -> float:
    t = text.strip().rstrip("%").strip()
    try:
        v = float(t)
    except ValueError:
        raise ValueError(f"'{text}' is not a rate; write it as 2% or 0.02") from None
    return v / 100 if text.strip().endswith("%") or v > 1 else v


def run_figures(args) -> int:
    from ..cli import fail, open_store
    from ..coverage import coverage_figures, coverage_text
    from ..storage.store import ReviewFilter
    from .report import parse_period

    flt = ReviewFilter(unit=getattr(args, "unit", None))
    try:
        flt.date_from, flt.date_to = parse_period(getattr(args, "date_from", None), getattr(args, "date_to", None))
    except ValueError as exc:
        return fail(str(exc))
    store = open_store(args)
    try:
        print(coverage_text(coverage_figures(store, flt, by=getattr(args, "by", "month"))), end="")
    finally:
        store.close()
    return 0


def run_import(args) -> int:
    from ..cli import actor, fail, open_store
    from ..coverage import import_population
    from ..domain import Product
    from ..storage.coverage import CoverageError

    store = open_store(args, lock=True)
    try:
        counts = import_population(store, args.file, by=actor(args),
                                   default_product=Product(args.product) if args.product else None,
                                   today=date.today())
    except CoverageError as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(f"{args.file}: the population of {len(counts)} unit-product-months, {sum(counts.values()):,} cases:")
    for (unit, product, month), n in sorted(counts.items()):
        print(f"  {month}  {unit}  {product}: {n:,}")
    return 0


def run_enter(args) -> int:
    from ..cli import actor, fail, open_store
    from ..storage.coverage import CoverageError

    store = open_store(args, lock=True)
    try:
        store.coverage.set_population({(args.unit, args.product, args.month): args.count}, "entered",
                                      by=actor(args))
    except CoverageError as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(f"{args.month} {args.unit}: {args.count:,} {args.product}s made")
    return 0


def run_targets(args) -> int:
    from ..cli import actor, fail, open_store
    from ..storage.coverage import DECISION_RATE, INTERVIEW_RATE, SECONDARY_MONTHS, CoverageError

    changes = []
    try:
        if args.decisions is not None:
            changes.append((DECISION_RATE, _rate(args.decisions)))
        if args.interviews is not None:
            changes.append((INTERVIEW_RATE, _rate(args.interviews)))
    except ValueError as exc:
        return fail(str(exc))
    if args.secondary_months is not None:
        changes.append((SECONDARY_MONTHS, args.secondary_months))
    store = open_store(args, lock=bool(changes))
    try:
        for name, value in changes:
            store.coverage.set_target(name, value, by=actor(args))
        t = store.coverage.targets()
    except CoverageError as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(f"Routine sampling: {100 * t.decision_rate:g}% of decisions, {100 * t.interview_rate:g}% of interviews; "
          f"first-line secondary assurance every {t.secondary_months} months per unit")
    return 0
