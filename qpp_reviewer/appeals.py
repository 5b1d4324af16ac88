"""Appeal and PARU outcomes against quality scores (issue 20 items 1-2).

The inspection found that appeal outcomes stopped flowing back to decision-making units, and that
74% of refusals withdrawn by the Pre Appeals Review Unit in 2024 were due to an incorrect or partly
flawed decision. Here a case list of outcomes is read (CSV or .xlsx, columns found by name as the
sampling import finds them), and the figures set the outcomes of reviewed decisions beside their
QS bands: the share overturned by band and by satisfactory / unsatisfactory, with 95% Wilson
intervals, which criteria's errors come before an overturn, and the QS1/QS2 decisions later
overturned, listed for a second look.

*Overturned* means the appeal was allowed, the Home Office withdrew the decision before the hearing
(PARU), or protection was granted on reconsideration. Caveat, stated with every figure: only
decisions that were both reviewed and appealed are counted, so the shares describe that selection,
not all decisions; a refusal that was not appealed has no outcome here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from .domain import Product, QualityBand, ReviewStatus, Severity
from .messages import translate
from .sampling import (MAX_FILE_BYTES, SamplingError, _cell_text, _Errors, _norm_header, _parse_date,
                       _read_rows, _REFERENCE, column_letter)
from .statistics import wilson
from .storage.appeals import (ALLOWED, DISMISSED, GRANTED, OTHER, OUTCOME_LABELS, OUTCOMES, OVERTURNED,
                              WITHDRAWN, AppealOutcomeRow, ImportResult, current_outcomes_query)

METHOD = translate("core", "Overturned: appeal allowed, withdrawn by the Home Office before the hearing (PARU), or "
                            "granted on reconsideration. Counted: complete, counted reviews of decisions whose case "
                            "has a known outcome (its latest), matched by case reference; a case reference with "
                            "several such reviews is left out. 95% intervals: Wilson. Caveat: only decisions that "
                            "were reviewed and appealed are counted, so these shares describe that selection, not "
                            "every decision.")
OUTCOME_TEXTS = {ALLOWED: translate("core", "appeal allowed"), DISMISSED: translate("core", "appeal dismissed"),
                 WITHDRAWN: translate("core", "withdrawn by the Home Office before the hearing (PARU)"),
                 GRANTED: translate("core", "granted on reconsideration"), OTHER: translate("core", "other")}
SATISFACTORY = translate("core", "satisfactory (QS1+QS2)")
UNSATISFACTORY = translate("core", "unsatisfactory (QS3-QS5)")

HEADERS = {
    "case_reference": ("case reference", "case ref", "case reference number", "case no", "case number", "case id",
                       "reference", "ref", "case", "ho reference", "home office reference"),
    "outcome": ("outcome", "appeal outcome", "result", "appeal result", "determination", "outcome of appeal",
                "paru outcome", "decision"),
    "outcome_date": ("date", "outcome date", "date of outcome", "hearing date", "determination date",
                     "promulgation date", "date promulgated", "withdrawal date", "decision date"),
    "reason": ("reason", "reason category", "category", "reason for withdrawal", "paru reason", "ground",
               "grounds"),
}
LABELS = {"case_reference": "case reference", "outcome": "outcome", "outcome_date": "date", "reason": "reason"}
_LOOKUP = {_norm_header(v): f for f, variants in HEADERS.items() for v in variants}
_OUTCOME_WORDS = {
    "allowed": ALLOWED, "appeal allowed": ALLOWED, "allow": ALLOWED,
    "dismissed": DISMISSED, "appeal dismissed": DISMISSED, "dismiss": DISMISSED,
    "withdrawn": WITHDRAWN, "withdrawn paru": WITHDRAWN, "paru": WITHDRAWN, "paru withdrawal": WITHDRAWN,
    "withdrawn by the home office": WITHDRAWN, "withdrawn by home office": WITHDRAWN, "ho withdrawn": WITHDRAWN,
    "home office withdrawal": WITHDRAWN, "withdrawn by the home office before the hearing": WITHDRAWN,
    "withdrawn by the home office before hearing paru": WITHDRAWN, "withdrawn_paru": WITHDRAWN,
    "granted": GRANTED, "granted on reconsideration": GRANTED, "reconsidered granted": GRANTED,
    "reconsideration grant": GRANTED, "grant on reconsideration": GRANTED,
    "other": OTHER,
}


class OutcomesError(SamplingError):
    """An outcomes file that cannot be imported; the message lists what is wrong, by row and column."""


@dataclass
class OutcomeList:
    file_name: str
    sha256: str
    rows: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)


def read_outcomes(path: str | Path, today: date | None = None) -> OutcomeList:
    """Every row of an outcomes file, or the problems that stop it being imported (``errors``)."""
    path = Path(path)
    today = today or date.today()
    try:
        size = path.stat().st_size
        data = path.read_bytes()
    except OSError as exc:
        raise OutcomesError(translate("core", "Cannot read {path}: {reason}.").format(
            path=str(path), reason=str(exc.strerror or exc))) from exc
    if size > MAX_FILE_BYTES:
        raise OutcomesError(translate("core", "{file} is larger than {mb} MB; split it.").format(
            file=path.name, mb=MAX_FILE_BYTES // 2**20))
    out = OutcomeList(path.name, hashlib.sha256(data).hexdigest())
    rows = _read_rows(path)
    errors = _Errors()
    out.errors = errors
    header_index = next((i for i, r in enumerate(rows) if any(_cell_text(v) for v in r)), None)
    if header_index is None:
        errors.add("the file is empty: it needs a header row (Case reference, Outcome, Date, Reason) and one "
                   "row per case")
        return out
    columns: dict[str, int] = {}
    for i, h in enumerate(rows[header_index]):
        name = _cell_text(h)
        f = _LOOKUP.get(_norm_header(name)) if name else None
        if f is None:
            continue
        if f in columns:
            errors.add(f"row {header_index + 1}, column {column_letter(i)} \"{name}\": a second column for the "
                       f"{LABELS[f]}; rename or delete one of them")
        columns[f] = i
        out.mapping[f] = f'{column_letter(i)} "{name}"'
    for f in ("case_reference", "outcome", "outcome_date"):
        if f not in columns:
            examples = ", ".join(f'"{v.title()}"' for v in HEADERS[f][:3])
            errors.add(f"row {header_index + 1}: no column for the {LABELS[f]} (name one {examples}, in any "
                       "letter case)")
    if errors:
        return out
    seen: dict[tuple, int] = {}
    for index in range(header_index + 1, len(rows)):
        raw = rows[index]
        n = index + 1
        if not any(_cell_text(v) for v in raw):
            continue

        def cell(f: str):
            i = columns.get(f)
            return raw[i] if i is not None and i < len(raw) else None

        def bad(f: str, message: str) -> None:
            errors.add(f"row {n}, column {out.mapping[f]}: {message}")

        ref = _cell_text(cell("case_reference"))
        if not ref:
            bad("case_reference", "the case reference is empty")
        elif not _REFERENCE.match(ref) or not any(ch.isdigit() for ch in ref):
            bad("case_reference", f"'{ref[:70]}' is not a case reference (letters, digits and / . _ - only, "
                "2 to 64 characters, with digits, e.g. L1234567/001)")
        text = _cell_text(cell("outcome"))
        outcome = _OUTCOME_WORDS.get(_norm_header(text))
        if not text:
            bad("outcome", "the outcome is empty")
        elif outcome is None:
            bad("outcome", f"'{text[:60]}' is not an outcome; use allowed, dismissed, withdrawn (PARU), granted "
                "on reconsideration or other")
        raw_date = cell("outcome_date")
        d = _parse_date(raw_date)
        if not _cell_text(raw_date):
            bad("outcome_date", "the date is empty")
        elif d is None:
            bad("outcome_date", f"'{_cell_text(raw_date)[:40]}' is not a date (use 15/10/2026, 15 Oct 2026 or "
                "2026-10-15)")
        elif d > today:
            bad("outcome_date", f"{d:%d %b %Y} is in the future")
        elif d.year < 2000:
            bad("outcome_date", f"{d:%d %b %Y} is before 2000")
        reason = _cell_text(cell("reason")) if "reason" in columns else ""
        if len(reason) > 200:
            bad("reason", "a reason category is at most 200 characters")
        if ref and outcome and d:
            key = (ref.upper(), outcome, d)
            if key in seen:
                continue  # the same outcome listed twice in one file: one outcome
            seen[key] = n
            out.rows.append(dict(case_reference=ref, outcome=outcome, outcome_date=d, reason=reason, row=n))
    return out


def import_outcomes(store, path: str | Path, by: str | None = None, today: date | None = None) -> ImportResult:
    """Read and keep an outcomes file, whole or not at all (OutcomesError lists every problem)."""
    lst = read_outcomes(path, today)
    if lst.errors:
        raise OutcomesError(translate("core", "{file} was not imported (nothing was changed):").format(
            file=lst.file_name) + "\n" + "\n".join(f"  - {e}" for e in lst.errors))
    if not lst.rows:
        raise OutcomesError(translate("core", "{file} has no outcome rows under its header.").format(
            file=lst.file_name))
    return store.appeals.add(lst.rows, lst.file_name, lst.sha256, by or store.actor or "unknown")


# -- figures ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Share:
    """Of ``n`` reviewed decisions with a known outcome, ``overturned`` were overturned."""

    label: object  # a band ("QS1") or a core message (satisfactory / unsatisfactory)
    n: int
    overturned: int

    @property
    def pct(self) -> float | None:
        return 100 * self.overturned / self.n if self.n else None

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson(self.overturned, self.n)


@dataclass(frozen=True)
class CriterionOverturns:
    template_id: str
    criterion_id: str
    title: str
    with_error: int  # decisions with a significant or fail error on the criterion and a known outcome
    overturned: int
    review_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class SecondLook:
    review_id: str
    case_reference: str
    band: str
    outcome: str
    outcome_date: date


@dataclass
class OutcomeFigures:
    by_band: list[Share]
    by_verdict: list[Share]  # satisfactory (QS1+QS2), unsatisfactory
    total: Share
    criteria: list[CriterionOverturns]
    second_look: list[SecondLook]
    ambiguous: list[str]
    outcomes: dict[str, int]  # how many matched decisions have each outcome
    matched: list[tuple] = field(default_factory=list)  # (review id, case reference, band, outcome, date)
    method: object = METHOD  # a core message (English by str(), the window's language by i18n.text)

    def ids(self, bands: tuple[str, ...] | None = None, overturned: bool | None = None) -> list[str]:
        """The reviews behind a figure: of ``bands`` (all if None), overturned or not (either if None)."""
        over = set(OVERTURNED)
        return [r[0] for r in self.matched if (bands is None or r[2] in bands)
                and (overturned is None or (r[3] in over) == overturned)]


def _matched(store, flt):
    """(review id, case reference, band, outcome, date) of the selection's counted complete decision reviews
    whose case has a known current outcome, and the case references left out as ambiguous."""
    from .storage.models import ReviewRow
    from .storage.store import ReviewFilter, Store

    cur = current_outcomes_query()
    q = (select(ReviewRow.id, ReviewRow.case_reference, ReviewRow.band, cur.c.outcome, cur.c.outcome_date)
         .join(cur, func.upper(ReviewRow.case_reference) == cur.c.case_key)
         .where(ReviewRow.product == Product.DECISION.value, ReviewRow.status == ReviewStatus.COMPLETE.value,
                ReviewRow.band.is_not(None), *Store.counted(store.actor)))
    q = Store._apply_filter(q, flt or ReviewFilter())
    with store._session() as s:
        rows = s.execute(q).all()
    per_case: dict[str, list] = {}
    for r in rows:
        per_case.setdefault(r[1].upper(), []).append(r)
    ambiguous = sorted(rs[0][1] for rs in per_case.values() if len(rs) > 1)
    return [rs[0] for rs in per_case.values() if len(rs) == 1], ambiguous


def outcome_figures(store, flt=None) -> OutcomeFigures:
    """Every figure of appeal outcomes for the reviews ``flt`` selects (the dashboard's, the PDF's, summary's)."""
    from .storage.models import FindingRow, ReviewRow

    rows, ambiguous = _matched(store, flt)
    over = set(OVERTURNED)
    by_band = []
    for b in QualityBand:
        sel = [r for r in rows if r[2] == b.value]
        by_band.append(Share(b.value, len(sel), sum(1 for r in sel if r[3] in over)))
    sat = [r for r in rows if r[2] in (QualityBand.QS1.value, QualityBand.QS2.value)]
    unsat = [r for r in rows if r[2] not in (QualityBand.QS1.value, QualityBand.QS2.value)]
    by_verdict = [Share(SATISFACTORY, len(sat), sum(1 for r in sat if r[3] in over)),
                  Share(UNSATISFACTORY, len(unsat), sum(1 for r in unsat if r[3] in over))]
    total = Share("all", len(rows), sum(1 for r in rows if r[3] in over))
    outcomes = {o: sum(1 for r in rows if r[3] == o) for o in OUTCOMES}
    second = sorted((SecondLook(r[0], r[1], r[2], r[3], r[4]) for r in sat if r[3] in over),
                    key=lambda x: (x.outcome_date, x.case_reference))
    # criteria: significant or fail errors on the matched decisions, with their outcomes
    ids = {r[0]: r[3] for r in rows}
    counts: dict[tuple[str, str], list[int]] = {}
    id_list = list(ids)
    with store._session() as s:
        for i in range(0, len(id_list), 500):
            for rid, tid, cid in s.execute(
                    select(FindingRow.review_id, ReviewRow.template_id, FindingRow.criterion_id)
                    .join(ReviewRow, ReviewRow.id == FindingRow.review_id)
                    .where(FindingRow.review_id.in_(id_list[i:i + 500]),
                           FindingRow.severity.in_([Severity.SIGNIFICANT.value, Severity.FAIL.value]))):
                c = counts.setdefault((tid, cid), [0, 0, []])
                c[0] += 1
                c[1] += ids[rid] in over
                c[2].append(rid)
    titles = {}
    for (tid, cid) in counts:
        try:
            t = next(t for t in store.templates() if t.id == tid)
            titles[(tid, cid)] = next((c.title for c in t.criteria if c.id == cid), "")
        except StopIteration:
            titles[(tid, cid)] = ""
    criteria = sorted((CriterionOverturns(tid, cid, titles[(tid, cid)], n, o, tuple(rids))
                       for (tid, cid), (n, o, rids) in counts.items()),
                      key=lambda c: (-c.overturned, -c.with_error, c.template_id, c.criterion_id))
    return OutcomeFigures(by_band, by_verdict, total, criteria, second, ambiguous, outcomes, list(rows))


def _pct(share: Share) -> str:
    if not share.n:
        return "—"
    lo, hi = share.interval
    return f"{share.pct:.0f}% ({100 * lo:.0f}–{100 * hi:.0f}%)"


def figures_text(f: OutcomeFigures) -> str:
    """The figures as plain text tables, for `qpp-reviewer summary --outcomes` and a PDF's section."""
    lines = [f"Appeal and PARU outcomes of reviewed decisions: {f.total.n} with a known outcome, "
             f"{f.total.overturned} overturned ({_pct(f.total)})", ""]
    lines.append(f"{'Band':26} {'decisions':>9} {'overturned':>10}  share (95% interval)")
    for s in f.by_band + f.by_verdict:
        lines.append(f"{str(s.label):26} {s.n:9} {s.overturned:10}  {_pct(s)}")
    lines += ["", "Outcomes: " + ", ".join(f"{OUTCOME_LABELS[o]} {n}" for o, n in f.outcomes.items() if n), ""]
    lines.append("Criteria whose significant or fail errors came before an overturn (counts shown: small "
                 "numbers are small)")
    lines.append(f"{'criterion':10} {'with error':>10} {'overturned':>10}  title")
    for c in f.criteria[:20]:
        lines.append(f"{c.criterion_id:10} {c.with_error:10} {c.overturned:10}  {c.title}")
    if not f.criteria:
        lines.append("(none)")
    lines += ["", f"Decisions scored QS1 or QS2 that were later overturned ({len(f.second_look)}): for a second look"]
    for x in f.second_look:
        lines.append(f"  {x.case_reference}  {x.band}  {OUTCOME_LABELS[x.outcome]}, {x.outcome_date:%d %b %Y}")
    if f.ambiguous:
        lines += ["", f"Left out as ambiguous (several reviewed decisions of the case): {', '.join(f.ambiguous)}"]
    lines += ["", "Method: " + str(f.method)]
    return "\n".join(lines) + "\n"


__all__ = ["AppealOutcomeRow", "OutcomeFigures", "OutcomesError", "figures_text", "import_outcomes",
           "outcome_figures", "read_outcomes", "ALLOWED", "DISMISSED", "GRANTED", "OTHER", "WITHDRAWN"]
