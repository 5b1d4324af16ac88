"""`qpp-reviewer outcomes import FILE` and `qpp-reviewer outcomes`: appeal and PARU outcomes against the
QS bands of reviewed decisions (issue 20; qpp_reviewer/appeals.py)."""

from __future__ import annotations


def add_parser(sub) -> None:
    o = sub.add_parser("outcomes", help="appeal and PARU outcomes of reviewed decisions: import a case list, "
                                        "and the share overturned by QS band")
    o.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    osub = o.add_subparsers(dest="outcomes_command", metavar="ACTION")
    o.set_defaults(handler=run_figures)
    f = osub.add_parser("figures", help="the figures (the default): overturned by band, by criterion, QS1/QS2 "
                                        "decisions overturned")
    f.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    f.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="decisions dated on or after this day")
    f.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="... and on or before this day")
    f.add_argument("--unit", metavar="NAME", help="one unit only")
    f.set_defaults(handler=run_figures)
    i = osub.add_parser("import", help="import a case list of outcomes (CSV or .xlsx: case reference, outcome, "
                                       "date, reason), whole or not at all; importing it again changes nothing")
    i.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    i.add_argument("file", metavar="FILE")
    i.set_defaults(handler=run_import)


def run_import(args) -> int:
    from ..appeals import OutcomesError, import_outcomes
    from ..cli import actor, fail, open_store

    store = open_store(args, lock=True)
    try:
        result = import_outcomes(store, args.file, by=actor(args))
    except OutcomesError as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(result.text())
    return 0


def run_figures(args) -> int:
    from ..appeals import figures_text, outcome_figures
    from ..cli import fail, open_store
    from ..storage.store import ReviewFilter
    from .report import parse_period

    flt = ReviewFilter(unit=getattr(args, "unit", None))
    try:
        flt.date_from, flt.date_to = parse_period(getattr(args, "date_from", None), getattr(args, "date_to", None))
    except ValueError as exc:
        return fail(str(exc))
    store = open_store(args)
    try:
        if not store.appeals.count():
            print("No outcomes imported yet: qpp-reviewer outcomes import FILE.csv")
            return 0
        print(figures_text(outcome_figures(store, flt)), end="")
    finally:
        store.close()
    return 0
