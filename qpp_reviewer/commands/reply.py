"""`qpp-reviewer reply …`: the decision maker's reply to a review's feedback, and arbitration (issue 18 items 1-3).

    qpp-reviewer reply list [--today YYYY-MM-DD]
    qpp-reviewer reply import FILE.xlsx [--review ID] [--today YYYY-MM-DD]
    qpp-reviewer reply issue --review ID [--days N]
    qpp-reviewer reply record --review ID [--accept C ...] [--dispute C REASON ...] [--accept-rest]
                              [--whole accept|dispute [--whole-reason TEXT]]   (typed in with the decision maker)
    qpp-reviewer reply window --review ID --days N           (a quality lead)
    qpp-reviewer reply refer --review ID --to NAME
    qpp-reviewer reply arbitrate --review ID [--criterion C] --decision uphold|overturn|amend
                                 [--severity S [--comment TEXT]] --reason TEXT   (a tech spec or quality lead, --as NAME)

The reply workbook itself is written with the feedback sheet:
``qpp-reviewer report feedback --review ID -o FILE.pdf --reply-workbook FILE.xlsx``.
"""

from __future__ import annotations


def _db(p) -> None:
    p.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")


def add_parser(sub) -> None:
    r = sub.add_parser("reply", help="decision makers' replies to feedback: list, import a reply workbook, "
                                     "issue, the reply window, arbitration")
    _db(r)
    rsub = r.add_subparsers(dest="reply_command", metavar="ACTION", required=True)
    ls = rsub.add_parser("list", help="every review whose feedback was issued: its reply state and window")
    _db(ls)
    ls.add_argument("--today", metavar="YYYY-MM-DD", help="the day to count the window from (default: today)")
    ls.set_defaults(handler=run_list)
    i = rsub.add_parser("import", help="record the reply a decision maker filled in a reply workbook (whole or "
                                       "not at all; importing it again changes nothing)")
    _db(i)
    i.add_argument("file", metavar="FILE.xlsx")
    i.add_argument("--review", metavar="ID", help="refuse the workbook unless it is the reply on this review")
    i.add_argument("--today", metavar="YYYY-MM-DD", help="the day the reply arrived (default: today)")
    i.set_defaults(handler=run_import)
    s = rsub.add_parser("issue", help="record that a complete review's feedback went to the decision maker")
    _db(s)
    s.add_argument("--review", required=True, metavar="ID")
    s.add_argument("--days", type=int, default=10, metavar="N", help="the reply window in working days (default 10)")
    s.add_argument("--today", metavar="YYYY-MM-DD", help="the day of issue (default: today)")
    s.set_defaults(handler=run_issue)
    t = rsub.add_parser("record", help="type in the decision maker's reply (every finding accepted or disputed)")
    _db(t)
    t.add_argument("--review", required=True, metavar="ID")
    t.add_argument("--accept", action="append", default=[], metavar="C", help="accept the finding on criterion C")
    t.add_argument("--dispute", action="append", nargs=2, default=[], metavar=("C", "REASON"),
                   help="dispute the finding on criterion C, with the reason")
    t.add_argument("--accept-rest", action="store_true", help="accept every finding not named")
    t.add_argument("--whole", choices=("accept", "dispute"), help="the reply on the review as a whole")
    t.add_argument("--whole-reason", default="", metavar="TEXT", help="its reason (needed for a dispute)")
    t.add_argument("--today", metavar="YYYY-MM-DD", help="the day of the reply (default: today)")
    t.set_defaults(handler=run_record)
    w = rsub.add_parser("window", help="a quality lead sets the reply window of a review's feedback")
    _db(w)
    w.add_argument("--review", required=True, metavar="ID")
    w.add_argument("--days", type=int, required=True, metavar="N")
    w.set_defaults(handler=run_window)
    f = rsub.add_parser("refer", help="send a review's disputes to an arbitrator")
    _db(f)
    f.add_argument("--review", required=True, metavar="ID")
    f.add_argument("--to", required=True, metavar="NAME", dest="arbitrator")
    f.set_defaults(handler=run_refer)
    a = rsub.add_parser("arbitrate", help="uphold, overturn or amend a disputed finding, with a reason")
    _db(a)
    a.add_argument("--review", required=True, metavar="ID")
    a.add_argument("--criterion", metavar="C", help="the disputed finding (none: the review as a whole)")
    a.add_argument("--decision", required=True, choices=("uphold", "overturn", "amend"))
    a.add_argument("--severity", metavar="S", help="amend: the new severity (no_error, minor, significant, fail)")
    a.add_argument("--reason", required=True, metavar="TEXT")
    a.add_argument("--comment", metavar="TEXT", help="amend: the finding's new comment (default: it keeps its own)")
    a.set_defaults(handler=run_arbitrate)


def _today(args):
    from .report import parse_day

    return parse_day(args.today, "--today") if getattr(args, "today", None) else None


def run_list(args) -> int:
    from ..cli import fail, open_store

    try:
        today = _today(args)
    except ValueError as exc:
        return fail(str(exc))
    store = open_store(args)
    try:
        rows = store.replies.all(today=today)
    finally:
        store.close()
    if not rows:
        print("No feedback has been issued yet: qpp-reviewer report feedback --review ID -o FILE.pdf "
              "--reply-workbook FILE.xlsx")
        return 0
    print(f"{'case':<16} {'state':<40} {'issued':<10} {'reply by':<10} disputes  review")
    for st in rows:
        disputes = f"{st.open_disputes} open / {st.disputes}" if st.disputes else "-"
        print(f"{st.case_reference:<16} {st.label:<40} {st.issued_on.isoformat():<10} {st.deadline.isoformat():<10} "
              f"{disputes:<9} {st.review_id}")
    return 0


def run_import(args) -> int:
    from ..cli import actor, fail, open_store
    from ..exchange.reply_book import ReplyBookError, import_reply_workbook
    from .report import _find_review
    from ..storage.store import ReviewError

    try:
        today = _today(args)
    except ValueError as exc:
        return fail(str(exc))
    store = open_store(args, lock=True)
    try:
        rid = _find_review(store, args.review) if args.review else None
        result = import_reply_workbook(store, args.file, by=actor(args), review_id=rid, today=today)
        st = store.replies.state(result.review_id, today=today)
    except (ReplyBookError, ReviewError) as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(result.text())
    print(f"{result.case_reference}: {st.label}")
    return 0


def _run(args, action) -> int:
    from ..cli import fail, open_store
    from ..storage.store import ReviewError
    from .report import _find_review

    try:
        today = _today(args)
    except ValueError as exc:
        return fail(str(exc))
    store = open_store(args, lock=True)
    try:
        rid = _find_review(store, args.review)
        message = action(store, rid, today)
        st = store.replies.state(rid, today=today)
    except ReviewError as exc:
        return fail(str(exc))
    finally:
        store.close()
    if message:
        print(message)
    print(f"{st.case_reference}: {st.label} (issued {st.issued_on}, reply by {st.deadline})")
    return 0


def run_issue(args) -> int:
    return _run(args, lambda store, rid, today: store.replies.issue_feedback(rid, days=args.days, today=today) and None)


def run_window(args) -> int:
    return _run(args, lambda store, rid, today: store.replies.set_window(rid, args.days))


def run_refer(args) -> int:
    return _run(args, lambda store, rid, today: store.replies.refer(rid, args.arbitrator))


def run_arbitrate(args) -> int:
    from ..domain import Severity
    from ..storage.store import ReviewError

    def act(store, rid, today):
        severity = None
        if args.severity:
            try:
                severity = Severity.parse(args.severity)
            except ValueError as exc:
                raise ReviewError(str(exc)) from None
        result = store.replies.arbitrate(rid, args.criterion, args.decision, args.reason, severity=severity,
                                          comment=getattr(args, "comment", None))
        if result is None:
            return f"The finding stands ({args.decision}); the review did not change."
        return f"The review was re-scored: {result.reason}"

    return _run(args, act)


def run_record(args) -> int:
    def act(store, rid, today):
        answers: dict = {c: ("accept", "") for c in args.accept}
        answers.update({c: ("dispute", reason) for c, reason in args.dispute})
        if args.accept_rest:
            for cid, *_ in store.replies.findings(rid):
                answers.setdefault(cid, ("accept", ""))
        if args.whole:
            answers[None] = (args.whole, args.whole_reason)
        n = store.replies.reply(rid, answers, today=today, source="typed (command line)")
        return f"Recorded the reply ({n} answers changed)." if n else "The same reply is already recorded."

    return _run(args, act)
