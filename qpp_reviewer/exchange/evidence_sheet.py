"""The exchange workbook's Evidence sheet (format 4) at collation: checked as a whole, then stored.

Every row must belong to a finding of a review in the same workbook (its review id in the Reviews
sheet, its criterion a row of the Findings sheet for that review), name a document by its SHA-256
(64 hexadecimal digits) and a name, give a page (a whole number from 1), a quote within the comment
limit (domain.MAX_TEXT, the Column's max_len) and a position that is a JSON list of rectangles
(storage.case_documents.parse_rects); a row without a quote needs a position. One bad row refuses
the workbook, as a bad finding does. Workbooks of formats 2 and 3 have no Evidence sheet: their
reviews arrive with no evidence.
"""

from __future__ import annotations

import re

from ..storage.case_documents import MAX_NAME, clean_quote, parse_rects, rects_json

SHA256 = re.compile(r"^[0-9a-f]{64}$")


def check(data: dict, reviews: dict, about: dict, errors) -> None:
    """Add an error for each bad Evidence row; attach the good ones to their review as r["_evidence"]."""
    rows = data.get("Evidence", [])
    stated = about.get("rows_evidence")
    if isinstance(stated, (int, float)) and not isinstance(stated, bool) and int(stated) != len(rows):
        errors.add("Evidence", None, None, f"has {len(rows)} rows; About says {int(stated)}")
    for r in reviews.values():
        r["_evidence"] = []
    for e in rows:
        n = e["_row"]
        review = reviews.get(e["review_id"])
        if review is None:
            errors.add("Evidence", n, "review_id", f"{e['review_id']} is not a review in the Reviews sheet")
            continue
        if e["criterion_id"] not in review.get("_findings", {}):
            errors.add("Evidence", n, "criterion_id", f"review {e['review_id']} has no finding on "
                       f"'{e['criterion_id']}' in the Findings sheet: evidence belongs to a finding")
            continue
        sha = (e["document_sha256"] or "").strip()
        if not SHA256.match(sha):
            errors.add("Evidence", n, "document_sha256", "is not a SHA-256 (64 hexadecimal digits, lower case)")
            continue
        name = (e["document_name"] or "").strip()
        if not name or len(name) > MAX_NAME:
            errors.add("Evidence", n, "document_name", f"needs the document's file name (1 to {MAX_NAME} characters)")
            continue
        page = e["page"]
        if isinstance(page, bool) or not isinstance(page, int) or page < 1:
            errors.add("Evidence", n, "page", f"is {page!r}; a page is a whole number from 1")
            continue
        rects = parse_rects(e["position"])
        if rects is None:
            errors.add("Evidence", n, "position", "is not a list of rectangles [[x0, y0, x1, y1], ...] in page "
                       "points, each number 0 or more")
            continue
        quote = clean_quote(e["quote"])
        if not quote and not rects:
            errors.add("Evidence", n, "quote", "is empty and the row has no position: evidence needs one or the other")
            continue
        review["_evidence"].append(dict(
            criterion_id=e["criterion_id"], document_sha256=sha, document_name=name, page=page, quote=quote,
            rects=rects_json(rects), created_at=e["created_at"], created_by=(e["created_by"] or "")[:100]))


def store_evidence(s, reviews: dict, rids) -> None:
    """The evidence of the reviews ``rids`` (added or revised by this workbook) becomes the workbook's."""
    from ..storage.case_documents import replace_evidence

    for rid in rids:
        replace_evidence(s, rid, reviews[rid].get("_evidence", []))
