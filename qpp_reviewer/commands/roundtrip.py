"""`qpp-reviewer state …` and `qpp-reviewer query …`: what flows back from the centre (docs/round-trips.md).

At the centre a quality lead sets the state of collated reviews, raises queries, writes a queries
workbook for each reviewer and closes the answered queries. On a laptop the reviewer imports that
workbook, lists and answers the queries, and exports the reviews again (the answers travel with them).
"""

from __future__ import annotations

STATE_NAMES = {"received": "received", "has-issues": "has_issues", "has_issues": "has_issues",
               "approved": "approved"}


def add_parser(sub) -> None:
    st = sub.add_parser("state", help="at the centre: review states of collated reviews (received, has issues, "
                                      "approved)")
    st.add_argument("--db", metavar="URL", dest="sub_db", help="the central database")
    ssub = st.add_subparsers(dest="state_command", metavar="ACTION")
    st.set_defaults(handler=run_state_summary)
    sm = ssub.add_parser("summary", help="per collated workbook: received, with issues, approved (the default)")
    sm.add_argument("--db", metavar="URL", dest="sub_db", help="the central database")
    sm.set_defaults(handler=run_state_summary)
    ss = ssub.add_parser("set", help="set the state of one or more reviews")
    ss.add_argument("--db", metavar="URL", dest="sub_db", help="the central database")
    ss.add_argument("state", choices=("received", "has-issues", "approved"))
    ss.add_argument("review_ids", nargs="+", metavar="REVIEW_ID")
    ss.add_argument("--reason", default="", help="what the issue is, or why a state goes back (required then)")
    ss.set_defaults(handler=run_state_set)

    q = sub.add_parser("query", help="queries on reviews, between the centre and the reviewer")
    q.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    qsub = q.add_subparsers(dest="query_command", metavar="ACTION")
    q.set_defaults(handler=run_list)
    ls = qsub.add_parser("list", help="the queries (the default): open ones unless --all")
    ls.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    ls.add_argument("--all", action="store_true", help="answered and closed ones too")
    ls.add_argument("--reviewer", metavar="NAME", help="only the reviews of this reviewer")
    ls.set_defaults(handler=run_list)
    r = qsub.add_parser("raise", help="at the centre: a query on a collated review, or on one finding")
    r.add_argument("--db", metavar="URL", dest="sub_db", help="the central database")
    r.add_argument("review_id", metavar="REVIEW_ID")
    r.add_argument("text", metavar="TEXT", help="the question for the reviewer")
    r.add_argument("--criterion", metavar="ID", help="the criterion whose finding it is about (e.g. 9.2)")
    r.set_defaults(handler=run_raise)
    a = qsub.add_parser("answer", help="on the laptop: answer a query (it reaches the centre with the next export)")
    a.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    a.add_argument("query_id", metavar="QUERY_ID", help="as `query list` shows it (its first 8 characters do)")
    a.add_argument("text", metavar="TEXT")
    a.set_defaults(handler=run_answer)
    c = qsub.add_parser("close", help="at the centre: close a query (a note is needed if it was not answered)")
    c.add_argument("--db", metavar="URL", dest="sub_db", help="the central database")
    c.add_argument("query_id", metavar="QUERY_ID")
    c.add_argument("--note", default="", help="why it is closed, or a word of thanks")
    c.set_defaults(handler=run_close)
    e = qsub.add_parser("export", help="at the centre: the queries workbook for one reviewer (their queries and "
                                       "review states), signed")
    e.add_argument("--db", metavar="URL", dest="sub_db", help="the central database")
    e.add_argument("--reviewer", required=True, metavar="NAME")
    e.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    e.set_defaults(handler=run_export)
    i = qsub.add_parser("import", help="on the laptop: import a queries workbook from the centre (all or nothing)")
    i.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")
    i.add_argument("file", metavar="FILE.xlsx")
    i.set_defaults(handler=run_import)


def _who(args) -> str:
    from ..cli import actor

    return actor(args)


def run_state_summary(args) -> int:
    from ..cli import open_store

    store = open_store(args)
    try:
        rows = store.states.by_workbook()
    finally:
        store.close()
    if not rows:
        print("No collated review is in this database.")
        return 0
    width = max(len("workbook"), *(len(w.file_name) for w in rows))
    print(f"{'workbook':{width}}  {'reviews':>7}  {'received':>8}  {'has issues':>10}  {'approved':>8}")
    for w in rows:
        print(f"{w.file_name:{width}}  {w.total:7}  {w.received:8}  {w.has_issues:10}  {w.approved:8}")
    total = [sum(getattr(w, k) for w in rows) for k in ("total", "received", "has_issues", "approved")]
    print(f"{'all':{width}}  {total[0]:7}  {total[1]:8}  {total[2]:10}  {total[3]:8}")
    return 0


def run_state_set(args) -> int:
    from ..cli import fail, open_store
    from ..storage.store import ReviewError

    store = open_store(args, lock=True)
    store.actor = _who(args)
    try:
        n = store.states.set(args.review_ids, STATE_NAMES[args.state], args.reason)
    except ReviewError as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(f"{n} review(s) now {args.state.replace('-', ' ')}; {len(args.review_ids) - n} already were.")
    return 0


def _print(queries, refs: dict[str, str]) -> None:
    for q in queries:
        print(f"{q.id[:8]}  {q.status:8}  {refs.get(q.review_id, q.review_id)}  {q.criterion_id or 'review':6}  "
              f"{q.raised_by}: {q.text}")
        if q.answer:
            print(f"{'':10}answer ({q.answered_by}): {q.answer}")
        if q.close_note:
            print(f"{'':10}closed ({q.closed_by}): {q.close_note}")


def run_list(args) -> int:
    from ..cli import open_store
    from ..storage.store import ReviewFilter

    store = open_store(args)
    try:
        queries = store.queries.all(status=None if getattr(args, "all", False) else "open",
                                    reviewer=getattr(args, "reviewer", None))
        refs = {r.id: r.case_reference for r in store.list_reviews(ReviewFilter(ids=[q.review_id for q in queries]))} \
            if queries else {}
    finally:
        store.close()
    if not queries:
        print("No open query." if not getattr(args, "all", False) else "No query.")
        return 0
    _print(queries, refs)
    print(f"{len(queries)} quer{'y' if len(queries) == 1 else 'ies'}.")
    return 0


def run_raise(args) -> int:
    from ..cli import fail, open_store
    from ..storage.store import ReviewError

    store = open_store(args, lock=True)
    store.actor = _who(args)
    try:
        q = store.queries.raise_query(args.review_id, args.text, criterion_id=args.criterion)
    except ReviewError as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(f"Query {q.id[:8]} raised on {q.about}. Send it with: qpp-reviewer query export --reviewer NAME -o FILE.xlsx")
    return 0


def run_answer(args) -> int:
    from ..cli import fail, open_store
    from ..storage.store import ReviewError

    store = open_store(args, lock=True)
    store.actor = _who(args)
    try:
        q = store.queries.answer(args.query_id, args.text)
    except ReviewError as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(f"Query {q.id[:8]} answered. Export the review again to send the answer to the centre.")
    return 0


def run_close(args) -> int:
    from ..cli import fail, open_store
    from ..storage.store import ReviewError

    store = open_store(args, lock=True)
    store.actor = _who(args)
    try:
        q = store.queries.close(args.query_id, note=args.note)
    except ReviewError as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(f"Query {q.id[:8]} closed.")
    return 0


def run_export(args) -> int:
    from pathlib import Path

    from ..cli import fail, open_store
    from ..exchange.queries_book import QueriesBookError, write_queries_workbook

    out = Path(args.output)
    if out.suffix.lower() != ".xlsx":
        return fail(f"{args.output}: a queries workbook is an .xlsx file; give a name ending in .xlsx.")
    store = open_store(args, lock=True)
    store.actor = _who(args)
    try:
        res = write_queries_workbook(store, args.reviewer, out)
    except QueriesBookError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {out}: {exc.strerror or exc}. Nothing was written under that name.")
    finally:
        store.close()
    print(f"Wrote {out}: {res.queries} queries and {res.states} review states for {args.reviewer}.")
    return 0


def run_import(args) -> int:
    from ..cli import fail, open_store
    from ..exchange.queries_book import QueriesBookError, import_queries_workbook

    store = open_store(args, lock=True)
    store.actor = _who(args)
    try:
        res = import_queries_workbook(store, args.file)
    except QueriesBookError as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(res.text())
    return 0
