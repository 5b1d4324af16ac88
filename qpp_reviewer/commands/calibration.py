"""`qpp-reviewer calibration …`: reviewers calibrated against a reference answer (issue 18 items 5, 7, 8).

    qpp-reviewer calibration list
    qpp-reviewer calibration mark REVIEW --round NAME [--date YYYY-MM-DD]     (a quality lead, --as NAME)
    qpp-reviewer calibration unmark REVIEW                                     (a quality lead)
    qpp-reviewer calibration reference CASE [--set C=SEVERITY[:COMMENT] ...] [--judgement J]   (a quality lead)
    qpp-reviewer calibration start CASE [--reviewer NAME]
    qpp-reviewer calibration result CASE
    qpp-reviewer calibration report [--out FILE.pdf]                           (a quality lead)

REVIEW and CASE: a review id, or a case reference (for CASE, that of a calibration case). The reference
starts from the case's own findings; each --set changes one criterion's finding.
"""

from __future__ import annotations


def _db(p) -> None:
    p.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL")


def add_parser(sub) -> None:
    c = sub.add_parser("calibration", help="calibration cases, reference answers and the calibration report")
    _db(c)
    csub = c.add_subparsers(dest="calibration_command", metavar="ACTION", required=True)
    ls = csub.add_parser("list", help="the calibration rounds and their cases")
    _db(ls)
    ls.set_defaults(handler=run_list)
    m = csub.add_parser("mark", help="mark a review as a calibration case, in a round (a quality lead)")
    _db(m)
    m.add_argument("review", metavar="REVIEW")
    m.add_argument("--round", required=True, metavar="NAME", dest="round_name")
    m.add_argument("--date", metavar="YYYY-MM-DD", help="the day of a new round (default: today)")
    m.set_defaults(handler=run_mark)
    u = csub.add_parser("unmark", help="take a case with no reference or calibration review out of calibration")
    _db(u)
    u.add_argument("review", metavar="REVIEW")
    u.set_defaults(handler=run_unmark)
    r = csub.add_parser("reference", help="record a calibration case's reference answer (a quality lead)")
    _db(r)
    r.add_argument("case", metavar="CASE")
    r.add_argument("--set", action="append", default=[], metavar="C=SEVERITY[:COMMENT]", dest="changes",
                   help="the reference's finding on criterion C (no_error, minor, significant, fail, "
                        "not_applicable), with a comment for an error")
    r.add_argument("--judgement", choices=("probably_correct", "probably_wrong"),
                   help="the judgement of the outcome a fail error needs")
    r.set_defaults(handler=run_reference)
    s = csub.add_parser("start", help="start a blind calibration review of a case")
    _db(s)
    s.add_argument("case", metavar="CASE")
    s.add_argument("--reviewer", metavar="NAME", help="whose review (default: --as or the login name)")
    s.set_defaults(handler=run_start)
    rs = csub.add_parser("result", help="each reviewer's distance from the reference on one case")
    _db(rs)
    rs.add_argument("case", metavar="CASE")
    rs.set_defaults(handler=run_result)
    rp = csub.add_parser("report", help="the calibration report: criteria, reviewers and the trend across rounds")
    _db(rp)
    rp.add_argument("--out", "-o", metavar="FILE.pdf", dest="output", help="write the PDF (default: text here)")
    rp.set_defaults(handler=run_report)


def find_case(store, text: str, marked: bool = True) -> str:
    """A review id from an id or a case reference; with ``marked``, a case reference names a calibration case."""
    from ..storage.store import ReviewError
    from .report import _find_review

    text = (text or "").strip()
    if marked:
        cases = [c for c in store.calibration.cases() if text in (c.review_id, c.case_reference)]
        if len(cases) == 1:
            return cases[0].review_id
        if len(cases) > 1:
            raise ReviewError(f"{len(cases)} calibration cases have the case reference '{text}'; give the review "
                              "id, one of: " + ", ".join(c.review_id for c in cases))
    return _find_review(store, text)


def _run(args, action, lock: bool = True) -> int:
    from ..cli import fail, open_store
    from ..storage.store import ReviewError

    store = open_store(args, lock=lock)
    try:
        message = action(store)
    except (ReviewError, ValueError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {getattr(args, 'output', '')}: {exc.strerror or exc}. Nothing was written "
                    "under that name.")
    finally:
        store.close()
    if message:
        print(message)
    return 0


def run_list(args) -> int:
    def act(store):
        cases = store.calibration.cases()
        if not store.calibration.rounds():
            return "No calibration round yet: qpp-reviewer calibration mark REVIEW --round NAME"
        lines = []
        for rnd in store.calibration.rounds():
            lines.append(f"{rnd.name} ({rnd.held_on.isoformat()}): {rnd.cases} case{'' if rnd.cases == 1 else 's'}")
            for c in (c for c in cases if c.round.id == rnd.id):
                ref = "reference recorded" if c.reference_id else "no reference yet"
                lines.append(f"  {c.case_reference:<16} {ref:<20} {c.complete_answers} of {len(c.answers)} "
                             f"calibration reviews complete  {c.review_id}")
        return "\n".join(lines)

    return _run(args, act, lock=False)


def run_mark(args) -> int:
    def act(store):
        from .report import parse_day

        held_on = parse_day(args.date, "--date") if args.date else None
        case = store.calibration.mark(find_case(store, args.review, marked=False), args.round_name,
                                      held_on=held_on)
        return (f"{case.case_reference} is a calibration case in {case.round.name} "
                f"({case.round.held_on.isoformat()}); it is no longer counted in QS figures.")

    return _run(args, act)


def run_unmark(args) -> int:
    def act(store):
        rid = find_case(store, args.review)
        store.calibration.unmark(rid)
        return "The review is no longer a calibration case; it counts in QS figures again."

    return _run(args, act)


def parse_change(text: str):
    """'C=SEVERITY[:COMMENT]' as (criterion, Severity, comment), or ValueError with what to write."""
    from ..domain import Severity

    crit, eq, rest = (text or "").partition("=")
    sev, _colon, comment = rest.partition(":")
    if not eq or not crit.strip() or not sev.strip():
        raise ValueError(f"--set '{text}' is not C=SEVERITY[:COMMENT], e.g. --set 'D3=minor:Credibility not "
                         "explained'")
    try:
        severity = Severity.parse(sev.strip())
    except ValueError:
        raise ValueError(f"--set '{text}': '{sev.strip()}' is not a severity; use no_error, minor, significant, "
                         "fail or not_applicable") from None
    return crit.strip(), severity, comment.strip()


def run_reference(args) -> int:
    def act(store):
        from ..domain import OutcomeJudgement

        changes = {}
        for text in args.changes:
            cid, sev, comment = parse_change(text)
            changes[cid] = (sev, comment)
        rid = find_case(store, args.case)
        judgement = OutcomeJudgement.parse(args.judgement) if args.judgement else None
        ref = store.calibration.record_reference(rid, changes, outcome_judgement=judgement)
        review = store.get_review(ref, viewer="")
        return (f"Recorded the reference answer of {review.header.case_reference}: {store.score_of(review).reason} "
                f"(reference {ref}).")

    return _run(args, act)


def run_start(args) -> int:
    def act(store):
        rid = store.calibration.start(find_case(store, args.case), args.reviewer or store.actor)
        return (f"Calibration review {rid} is open for {store.get_review(rid, viewer='').header.reviewer}: the "
                "reference and the other answers stay hidden until it is complete.")

    return _run(args, act)


def _est(e) -> str:
    from ..agreement import format_estimate

    return format_estimate(e)


def run_result(args) -> int:
    def act(store):
        res = store.calibration.result(find_case(store, args.case))
        ref = res.reference_band.value if res.reference_band else "no band"
        lines = [f"{res.case.case_reference} ({res.case.round.name}): reference {ref}; group Fleiss' kappa "
                 f"{_est(res.fleiss)}, AC1 {_est(res.ac1)}"]
        if not res.reviewers:
            lines.append("No complete calibration review yet.")
        for rr in res.reviewers:
            apart = ", ".join(f"{cd.criterion.id} {cd.reference.value if cd.reference else '-'}→"
                              f"{cd.answer.value if cd.answer else '-'}"
                              + (f" ({cd.distance} step{'' if cd.distance == 1 else 's'})" if cd.distance else "")
                              for cd in rr.criteria if not cd.match) or "every finding matches"
            band = rr.band.value if rr.band else "no band"
            steps = "" if rr.band_distance in (None, 0) else f", {rr.band_distance} band step" + (
                "" if rr.band_distance == 1 else "s") + " apart"
            lines.append(f"  {rr.reviewer:<20} {band}{steps}; {rr.matched} of {len(rr.criteria)} findings match; "
                         f"{apart}")
        return "\n".join(lines)

    return _run(args, act, lock=False)


def run_report(args) -> int:
    from pathlib import Path

    from ..cli import fail

    if args.output:
        from .report import _output

        try:
            _output(args)
        except ValueError as exc:
            return fail(str(exc))

    def act(store):
        import textwrap

        if args.output:
            from ..reports.calibration import calibration_pdf

            result = calibration_pdf(store, Path(args.output))
            return f"Wrote the calibration report ({result.pages} page{'' if result.pages == 1 else 's'}) to " \
                   f"{args.output}"
        from ..agreement import PARADOX_NOTE

        rep = store.calibration.report()
        lines = ["Rounds (the group's agreement):"]
        for r in rep.rounds:
            lines.append(f"  {r.round.name:<28} {r.round.held_on.isoformat()}  {r.cases} cases, {r.reviewers} "
                         f"reviewers  Fleiss' kappa {_est(r.fleiss)}  AC1 {_est(r.ac1)}")
        lines.append("Reviewers against the reference (findings; trend by round):")
        for t in rep.reviewers:
            a = t.findings
            trend = "; ".join(f"{rnd.name} {agr.percent:.0f}%" for rnd, agr, _c, _b in t.by_round
                              if agr.percent is not None)
            lines.append(f"  {t.reviewer:<20} {t.cases} cases  {a.agreed} of {a.pairs} findings match  kappa "
                         f"{_est(a.kappa_estimate)}  AC1 {_est(a.ac1)}  bands {t.band_matched} of {t.cases}  [{trend}]")
        lines.append("Criteria (answers matching the reference):")
        for c in rep.criteria:
            lines.append(f"  {c.label[:60]:<60} {c.matched} of {c.answers}")
        lines.append(textwrap.fill(PARADOX_NOTE, 110))
        return "\n".join(lines)

    return _run(args, act, lock=False)
