"""`qpp-reviewer documents …` and `qpp-reviewer evidence …`: a review's case documents and its findings' evidence (issue 19).

    qpp-reviewer documents attach REVIEW FILE [--keep-copy]
    qpp-reviewer documents list REVIEW
    qpp-reviewer documents check REVIEW [--look-in FOLDER ...]     (moved or changed files)
    qpp-reviewer documents detach REVIEW DOCUMENT
    qpp-reviewer evidence add REVIEW CRITERION --document SHA|NAME --page N --quote TEXT [--box X0,Y0,X1,Y1]
    qpp-reviewer evidence list REVIEW [--criterion C]
    qpp-reviewer evidence remove EVIDENCE_ID

REVIEW is a review id or a case reference; DOCUMENT a document's file name or (the start of) its SHA-256.
When the document is at hand, ``evidence add`` finds the quote on the page and keeps its position.
"""

from __future__ import annotations


def _db(p, inner: bool = True) -> None:
    import argparse

    # given before or after the action; an action's own --db, when absent, leaves the command's standing
    p.add_argument("--db", metavar="URL", dest="sub_db", help="SQLite path or SQLAlchemy URL",
                   **({"default": argparse.SUPPRESS} if inner else {}))


def add_parser(sub) -> None:
    d = sub.add_parser("documents", help="the case documents of a review: attach, list, check, detach")
    _db(d, inner=False)
    dsub = d.add_subparsers(dest="documents_command", metavar="ACTION", required=True)
    a = dsub.add_parser("attach", help="attach a PDF or plain-text file to a review (its hash, pages and place)")
    _db(a)
    a.add_argument("review", metavar="REVIEW", help="review id or case reference")
    a.add_argument("file", metavar="FILE")
    a.add_argument("--keep-copy", action="store_true",
                   help="also keep a copy inside the database (encrypted with it when it is encrypted)")
    a.set_defaults(handler=run_attach)
    ls = dsub.add_parser("list", help="the documents attached to a review")
    _db(ls)
    ls.add_argument("review", metavar="REVIEW")
    ls.set_defaults(handler=run_list)
    c = dsub.add_parser("check", help="find each document again: moved (found by its hash), changed, missing")
    _db(c)
    c.add_argument("review", metavar="REVIEW")
    c.add_argument("--look-in", action="append", default=[], metavar="FOLDER",
                   help="another folder to look for moved files in (repeatable)")
    c.set_defaults(handler=run_check)
    x = dsub.add_parser("detach", help="detach a document no evidence points at")
    _db(x)
    x.add_argument("review", metavar="REVIEW")
    x.add_argument("document", metavar="DOCUMENT", help="file name or SHA-256 (its start is enough)")
    x.set_defaults(handler=run_detach)

    e = sub.add_parser("evidence", help="the passages of the case documents that findings point at")
    _db(e, inner=False)
    esub = e.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    ea = esub.add_parser("add", help="attach a passage of a document to a finding")
    _db(ea)
    ea.add_argument("review", metavar="REVIEW")
    ea.add_argument("criterion", metavar="CRITERION", help="the criterion id, e.g. 2.3")
    ea.add_argument("--document", required=True, metavar="SHA|NAME")
    ea.add_argument("--page", required=True, metavar="N", help="the page, counted from 1")
    ea.add_argument("--quote", default="", metavar="TEXT", help="the passage as it reads on the page")
    ea.add_argument("--box", metavar="X0,Y0,X1,Y1",
                    help="a box on the page in points from its top-left corner (a scanned page)")
    ea.set_defaults(handler=run_add)
    el = esub.add_parser("list", help="a review's evidence, finding by finding")
    _db(el)
    el.add_argument("review", metavar="REVIEW")
    el.add_argument("--criterion", metavar="C")
    el.set_defaults(handler=run_evidence_list)
    er = esub.add_parser("remove", help="remove one evidence item (its id, from evidence list)")
    _db(er)
    er.add_argument("evidence_id", metavar="EVIDENCE_ID")
    er.set_defaults(handler=run_remove)


def _with_store(args, action, lock: bool = True) -> int:
    from ..cli import fail, open_store
    from ..documents import DocumentProblem
    from ..storage.store import ReviewError

    store = open_store(args, lock=lock)
    try:
        return action(store)
    except (ReviewError, DocumentProblem) as exc:
        return fail(str(exc))
    finally:
        store.close()


def _review(store, text):
    from .report import _find_review

    return _find_review(store, text)


def run_attach(args) -> int:
    from ..cli import actor

    def act(store):
        rid = _review(store, args.review)
        doc = store.documents.attach(rid, args.file, by=actor(args), keep_copy=args.keep_copy)
        pages = "1 page" if doc.page_count == 1 else f"{doc.page_count} pages"
        print(f"Attached {doc.name} ({pages}, SHA-256 {doc.sha256})"
              + (", a copy kept in the database" if doc.has_copy else "") + ".")
        return 0

    return _with_store(args, act)


def run_list(args) -> int:
    def act(store):
        rid = _review(store, args.review)
        docs = store.documents.list(rid)
        if not docs:
            print("No document is attached to this review: qpp-reviewer documents attach REVIEW FILE")
            return 0
        counts: dict[str, int] = {}
        for e in store.documents.evidence(rid):
            counts[e.document_sha256] = counts.get(e.document_sha256, 0) + 1
        for d in docs:
            n = counts.get(d.sha256, 0)
            print(f"{d.name}  {d.page_count} p.  {d.kind}  sha256 {d.sha256[:16]}…  "
                  f"{'1 evidence item' if n == 1 else f'{n} evidence items'}"
                  f"{'  copy kept' if d.has_copy else ''}\n    from {d.origin}")
        return 0

    return _with_store(args, act, lock=False)


def run_check(args) -> int:
    from ..storage.case_documents import FOUND

    def act(store):
        rid = _review(store, args.review)
        located = store.documents.check(rid, args.look_in)
        if not located:
            print("No document is attached to this review.")
            return 0
        bad = 0
        for loc in located:
            if loc.state == FOUND:
                print(f"{loc.document.name}: where it was attached ({loc.path}).")
            else:
                print(f"{loc.document.name}: {loc.state}. {loc.message}")
            bad += not loc.available or loc.changed_at_origin
        return 1 if bad else 0

    return _with_store(args, act, lock=False)


def run_detach(args) -> int:
    from ..cli import actor

    def act(store):
        rid = _review(store, args.review)
        doc = store.documents.get(rid, args.document)
        store.documents.detach(rid, doc.sha256, by=actor(args))
        print(f"Detached {doc.name}.")
        return 0

    return _with_store(args, act)


def _page(text) -> int:
    from ..storage.store import ReviewError

    try:
        page = int(str(text).strip())
    except ValueError:
        raise ReviewError(f"--page {text!r} is not a page number; give a whole number from 1.") from None
    if page < 1:
        raise ReviewError(f"--page {page} is not a page; pages are counted from 1.")
    return page


def _box(text):
    from ..storage.store import ReviewError

    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise ReviewError(f"--box {text!r} is not a box; give four numbers X0,Y0,X1,Y1 in points from the "
                          "page's top-left corner, e.g. 72,100,300,160.")
    x0, y0, x1, y1 = values
    return [min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)]


def run_add(args) -> int:
    from ..cli import actor
    from ..storage.store import ReviewError

    def act(store):
        rid = _review(store, args.review)
        page = _page(args.page)
        rects = [_box(args.box)] if args.box else []
        doc = store.documents.get(rid, args.document)
        quote = " ".join((args.quote or "").split())
        note = ""
        if quote and not rects:
            rects, quote, note = _find_on_page(store, doc, page, quote)
        if not quote and not rects:
            raise ReviewError("Give the passage: --quote TEXT (as it reads on the page), or --box X0,Y0,X1,Y1 "
                              "on a scanned page.")
        item = store.documents.add_evidence(rid, args.criterion, doc.sha256, page, quote, rects, by=actor(args))
        print(f"Evidence {item.id} on {args.criterion}: {doc.name} {item.short}{note}")
        return 0

    return _with_store(args, act)


def _find_on_page(store, doc, page: int, quote: str):
    """(rects, quote as on the page, note): the quote looked up on its page when the document is at hand."""
    from ..documents import DocumentProblem
    from ..storage.store import ReviewError

    located = store.documents.locate(doc)
    if not located.available:
        return [], quote, f" (position not recorded: {located.message})"
    try:
        with located.open(store) as opened:
            if page > opened.page_count:
                return [], quote, ""  # the store says which pages there are
            hits = opened.search(quote, pages=[page - 1])
            if hits:
                return [list(r) for r in hits[0].rects], " ".join(hits[0].text.split()), ""
            if not opened.has_text_layer:
                return [], quote, " (the document has no text layer: position not recorded)"
            elsewhere = sorted({h.page + 1 for h in opened.search(quote)})
    except DocumentProblem as problem:
        return [], quote, f" (position not recorded: {problem})"
    where = (f" It is on page{'s' if len(elsewhere) > 1 else ''} {', '.join(map(str, elsewhere[:10]))}."
             if elsewhere else " Check the words as they read on the page.")
    raise ReviewError(f"'{quote[:80]}' is not on page {page} of {doc.name}.{where}")


def run_evidence_list(args) -> int:
    def act(store):
        rid = _review(store, args.review)
        items = store.documents.evidence(rid, args.criterion)
        if not items:
            print("No evidence on this review yet: qpp-reviewer evidence add REVIEW CRITERION --document NAME "
                  "--page N --quote TEXT")
            return 0
        for e in items:
            print(f"{e.criterion_id:<6} {e.document_name} {e.short}  ({e.created_by}, id {e.id})")
        return 0

    return _with_store(args, act, lock=False)


def run_remove(args) -> int:
    from ..cli import actor

    def act(store):
        store.documents.remove_evidence(args.evidence_id.strip(), by=actor(args))
        print(f"Removed evidence {args.evidence_id.strip()}.")
        return 0

    return _with_store(args, act)
