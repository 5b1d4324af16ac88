"""PDF reports: the feedback sheet, the batch or period report, error themes, the report command.

Text is read back with poppler's pdftotext (Debian package poppler-utils); tests that need it
are skipped only where the binary is missing.
"""

import re
import shutil
import subprocess
from datetime import date

import pytest

from qpp_reviewer.cli import main
from qpp_reviewer.demo import fill_demo
from qpp_reviewer.domain import OutcomeJudgement, Product, QualityBand, ReviewStatus, Severity, Stream
from qpp_reviewer.reports import ReportCancelled, batch_pdf, feedback_pdf
from qpp_reviewer.reports.common import MARGIN, NO_NAMES, PAGE
from qpp_reviewer.statistics import ReviewFacts, count_by_month, summarise, wilson
from qpp_reviewer.storage.store import ReviewError, ReviewFilter, Store
from qpp_reviewer.themes import error_themes, themes_for_facts

from .helpers import header

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (poppler-utils) is not installed")
EXTRA_UNITS = ["Belfast", "Bristol", "Cardiff", "Croydon", "Leeds", "Manchester"]  # 9 default + 6 = 15
TODAY = date(2025, 11, 1)
LONG_COMMENT = " ".join(f"Point {i}: the account of the journey was not explored and the follow-up questions "
                        "that the guidance expects were not asked." for i in range(1, 41))
HOSTILE = "<b>&amp; =cmd|' /C calc'!A0 <i>unclosed & \"quoted\" </font> \u00e9\u00e8 \u2014 Zo\u00eb"
UNBROKEN = "x" * 400


def pdftotext(path, *opts) -> str:
    return subprocess.run(["pdftotext", *opts, str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def body(text: str) -> str:
    """pdftotext's text without the page furniture (running header, footer), so text split
    over a page break reads on."""
    keep = []
    for page in text.split("\f"):
        lines = page.splitlines()
        if keep and lines:
            lines = lines[1:]  # the running header of pages after the first
        keep += [ln for ln in lines if not (re.fullmatch(r"Page \d+ of \d+", ln.strip())
                                            or ln.startswith("QPP Reviewer ") or ln.strip() == NO_NAMES)]
    return "\n".join(keep)


def words_outside_margins(path) -> list[str]:
    """Words whose box leaves the printable area (what an overflowing table or line would do)."""
    html = pdftotext(path, "-bbox")
    left, right = MARGIN - 1, PAGE[0] - MARGIN + 1
    out = []
    for x0, x1, word in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
                                   html):
        if float(x0) < left or float(x1) > right:
            out.append(word)
    return out


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """300 demo reviews over 15 units, dated in the year to 1 Nov 2025."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    s = Store.open(path)
    for u in EXTRA_UNITS:
        s.add_unit(u)
    fill_demo(s, 300, seed=11, today=TODAY)
    yield s
    s.close()


@pytest.fixture(scope="module")
def demo_report(demo, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "all.pdf"
    result = batch_pdf(demo, None, out, title="Period report")
    return result


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "r.sqlite3")
    yield s
    s.close()


def reviewed(store, minor=(), significant=(), fail=(), judgement=None, complete=True, **over):
    """A review with the given {index: comment} errors; every other criterion 'no error'."""
    rid = store.create_review(header(**over))
    crit = store.get_review(rid).criteria
    for c in crit:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    for sev, errors in ((Severity.MINOR, minor), (Severity.SIGNIFICANT, significant), (Severity.FAIL, fail)):
        for i, comment in dict(errors).items():
            store.set_finding(rid, crit[i].id, sev)
            store.set_comment(rid, crit[i].id, comment)
    store.set_finding(rid, crit[-1].id, Severity.NOT_APPLICABLE)
    if judgement:
        store.set_outcome_judgement(rid, judgement)
    if complete:
        store.complete_review(rid)
    return rid


# -- feedback sheet -------------------------------------------------------------------------------------------
@needs_poppler
def test_feedback_sheet_has_the_band_errors_guidance_and_comments(store, tmp_path):
    rid = reviewed(store, minor={1: LONG_COMMENT, 2: UNBROKEN}, significant={3: HOSTILE},
                   fail={4: "Wrong standard of proof applied throughout."},
                   judgement=OutcomeJudgement.PROBABLY_CORRECT, case_reference="L7654321/002")
    review = store.get_review(rid)
    result = feedback_pdf(store, rid, tmp_path / "fb.pdf")
    assert result.pages >= 2
    raw = pdftotext(tmp_path / "fb.pdf")
    assert "Page 1 of" in raw and NO_NAMES in raw
    text = body(raw)
    f = flat(text)
    assert "L7654321/002" in f and "Glasgow" in f and "DM4411" in f and "03 Oct 2025" in f
    band = store.score_of(review)
    assert band.band is QualityBand.QS4
    assert flat(band.reason) in f and "Unsatisfactory but outcome correct" in f
    assert "Outcome probably correct" in f
    for i, comment in ((1, LONG_COMMENT), (3, HOSTILE), (4, "Wrong standard of proof applied throughout.")):
        c = review.criteria[i]
        assert flat(comment) in f, comment[:40]  # hostile markup printed as typed, not interpreted
        assert flat(c.label) in f
        first_guidance_line = c.guidance.strip().splitlines()[0]
        assert flat(first_guidance_line) in f
    assert "x" * 60 in text.replace("\n", "")  # the unbroken word is there, split over lines
    # severity order: the fail first, then the significant, then the minors
    assert f.index(review.criteria[4].label) < f.index(review.criteria[3].label) < f.index(review.criteria[1].label)
    assert "Fail \u2014 this error's severity" in f and "Significant \u2014 this error's severity" in f
    # the long comment wraps over many lines, and nothing leaves the page
    lines = [ln for ln in text.splitlines() if "the account of the journey" in ln]
    assert len(lines) >= 10
    assert words_outside_margins(tmp_path / "fb.pdf") == []
    done_well = [c for c in review.criteria if review.findings[c.id].severity is Severity.NO_ERROR]
    assert f"Criteria done well ({len(done_well)})" in f and flat(done_well[0].label) in f
    assert "Reviewed by AB" in f and "no applicant names" in f


@needs_poppler
def test_feedback_sheet_of_a_draft_and_of_a_clean_review(store, tmp_path):
    draft = store.create_review(header(case_reference="D1111111/001"))
    feedback_pdf(store, draft, tmp_path / "draft.pdf")
    f = flat(pdftotext(tmp_path / "draft.pdf"))
    assert "DRAFT" in f and "Not answered yet" in f and "Errors found (0)" in f
    clean = reviewed(store, case_reference="C2222222/001", product=Product.INTERVIEW, outcome=None)
    feedback_pdf(store, clean, tmp_path / "clean.pdf")
    f = flat(pdftotext(tmp_path / "clean.pdf"))
    assert "QS1 \u2014 no errors in" in f and "No errors were found" in f and "Interview date" in f


def test_feedback_sheet_unknown_review_and_cancel_leave_nothing(store, tmp_path):
    with pytest.raises(ReviewError):
        feedback_pdf(store, "no-such-id", tmp_path / "x.pdf")
    rid = reviewed(store)
    with pytest.raises(ReportCancelled):
        feedback_pdf(store, rid, tmp_path / "x.pdf", cancelled=lambda: True)
    assert list(tmp_path.glob("*.pdf*")) == []
    seen = []
    feedback_pdf(store, rid, tmp_path / "x.pdf", progress=lambda d, t, text="": seen.append((d, t)))
    assert seen[-1] == (2, 2) and (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".qpp-report-")] == []


# -- batch or period report: one source of figures ---------------------------------------------------------------
def _unit_line(layout: str, unit: str) -> str:
    """The row of a unit in the 'By unit' table (a long name may wrap onto the next line)."""
    part = layout[layout.index("By unit"):layout.index("By review stream")]
    first = unit.split()[0]
    return next(ln for ln in part.splitlines() if re.match(rf"\s*{re.escape(first)}\b.*\(\d+%\)", ln))


@needs_poppler
def test_batch_report_figures_are_summarise_and_the_summary_command(demo, demo_report, capsys):
    layout = pdftotext(demo_report.path, "-layout")
    f = flat(layout)
    facts = demo.review_facts()
    overall = summarise(facts)[-1][1]
    assert demo_report.reviews == len(facts) == 300
    assert (f"Satisfactory (QS1+QS2): {overall.satisfactory:,} of {overall.total:,} "
            f"({overall.pct(overall.satisfactory)}%)") in f
    lo, hi = overall.satisfactory_interval()
    assert f"{lo * 100:.1f}\u2013{hi * 100:.1f}%" in f
    assert f"{overall.excluded} excluded" in f
    assert re.search(rf"All selected .*{overall.total} {overall.satisfactory} \({overall.pct(overall.satisfactory)}%\) "
                     rf"{lo * 100:.1f}\u2013{hi * 100:.1f} Not met", f)

    # every unit's row: the same cells as summarise, and as `qpp-reviewer summary --by unit`
    assert main(["summary", "--db", demo.location, "--by", "unit"]) == 0
    cli = capsys.readouterr().out.splitlines()
    for key, c in summarise(facts, ["unit"])[:-1]:
        line = _unit_line(layout, key[0])
        cells = re.findall(r"[\d,]+ \(\d+%\)", line)
        expected = [f"{c.counts[b]:,} ({c.pct(c.counts[b])}%)" for b in QualityBand]
        expected.append(f"{c.satisfactory:,} ({c.pct(c.satisfactory)}%)")
        assert cells == expected, key
        cli_line = next(ln for ln in cli if ln.startswith(key[0] + " "))
        cli_cells = re.findall(r"[\d,]+ \(\d+%\)", cli_line)
        assert cli_cells[:6] == expected  # QS1..QS5 and Satisf. in the CLI's order

    # the published-shape tables per product agree with summarise by product
    for key, c in summarise(facts, ["product"])[:-1]:
        assert f"{key[0]}s: quality scores" in f
        assert re.search(rf"QS1\s+{c.counts[QualityBand.QS1]}\s+{c.pct(c.counts[QualityBand.QS1])}%\s+"
                         rf"{c.satisfactory}\s+{c.pct(c.satisfactory)}% Satisfactory", layout), key


@needs_poppler
def test_fifteen_units_fit_the_page(demo, demo_report):
    layout = pdftotext(demo_report.path, "-layout")
    units = demo.units()
    assert len(units) == 15
    part = layout[layout.index("By unit"):layout.index("By review stream")]
    for u in units:  # a long name may wrap in its cell, but every word is on the page
        assert _unit_line(layout, u) and all(w in part for w in u.split())
    assert words_outside_margins(demo_report.path) == []


@needs_poppler
def test_batch_report_shows_themes_trend_method_and_no_case_data(demo, demo_report):
    f = flat(pdftotext(demo_report.path))
    themes = error_themes(demo)
    top = themes[0]
    assert "Error themes" in f and flat(top.label) in f
    assert re.search(rf"{re.escape(top.label)} .*?{top.minor} {top.significant} {top.fail} {top.errors} "
                     rf"{top.assessed} {top.error_pct}%", f)
    assert "Trend by month" in f and "Nov 2024" in f and "Oct 2025" in f
    assert "Method" in f and "Wilson" in f and "rounded half up" in f and "excluded" in f
    assert "Page 1 of" in f and "Case references only \u2014 no applicant names" in f
    # an aggregate report carries no case references, staff references or comments
    refs = [r.case_reference for r in demo.list_reviews()]
    assert not any(r in f for r in refs)
    assert not re.search(r"DM\d{4}", f)
    assert "Material fact not explored" not in f


@needs_poppler
def test_published_figures_round_as_the_inspection_tables(store, tmp_path):
    facts = []
    for product, counts in ((Product.DECISION, (1174, 456, 687, 537, 186)),
                            (Product.INTERVIEW, (1003, 633, 607, 199, 124))):
        for band, k in zip(QualityBand, counts):
            facts += [ReviewFacts(f"{product.value}{band.value}{i}", "London", product, Stream.ROUTINE,
                                  date(2025, 1, 1), "AB", None, ReviewStatus.COMPLETE, band) for i in range(k)]
    batch_pdf(store, facts, tmp_path / "published.pdf")
    layout = pdftotext(tmp_path / "published.pdf", "-layout")
    decisions = layout[layout.index("Decisions: quality scores"):layout.index("Interviews: quality scores")]
    rows = [ln.split() for ln in decisions.splitlines() if re.match(r"\s*QS\d", ln)]
    assert [r[:3] for r in rows] == [["QS1", "1,174", "39%"], ["QS2", "456", "15%"], ["QS3", "687", "23%"],
                                     ["QS4", "537", "18%"], ["QS5", "186", "6%"]]
    assert "1,630" in decisions and "54% Satisfactory" in decisions and "1,224" in decisions
    interviews = layout[layout.index("Interviews: quality scores"):]
    assert "1,636" in interviews and "64% Satisfactory" in interviews
    f = flat(layout)
    lo, hi = wilson(1630, 3040)
    assert (f"Decision 1,174 (39%) 456 (15%) 687 (23%) 537 (18%) 186 (6%) 3,040 1,630 (54%) "
            f"{lo * 100:.1f}\u2013{hi * 100:.1f} Not met") in f
    assert "Interview 1,003 (39%) 633 (25%) 607 (24%) 199 (8%) 124 (5%) 2,566 1,636 (64%)" in f


# -- selections, cancel, empty --------------------------------------------------------------------------------
@needs_poppler
def test_period_and_unit_selection(demo, tmp_path):
    flt = ReviewFilter(unit="Glasgow", date_from=date(2025, 1, 1), date_to=date(2025, 6, 30))
    batch_pdf(demo, flt, tmp_path / "p.pdf")
    f = flat(pdftotext(tmp_path / "p.pdf"))
    c = summarise(demo.review_facts(flt))[-1][1]
    assert "1 Jan 2025 to 30 Jun 2025" in f and "Unit: Glasgow" in f
    assert f"Satisfactory (QS1+QS2): {c.satisfactory:,} of {c.total:,} ({c.pct(c.satisfactory)}%)" in f
    assert "Nov 2024" not in f  # the trend covers the period only


@needs_poppler
def test_empty_selection_and_cancel(store, tmp_path):
    batch_pdf(store, None, tmp_path / "empty.pdf")
    assert "No complete review matches" in flat(pdftotext(tmp_path / "empty.pdf"))
    reviewed(store)
    calls = iter([False, False, False, True])
    with pytest.raises(ReportCancelled):
        batch_pdf(store, None, tmp_path / "c.pdf", cancelled=lambda: next(calls, True))
    assert not (tmp_path / "c.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".qpp-report-")] == []


# -- error themes -------------------------------------------------------------------------------------------------
def test_error_themes_count_reviews_per_criterion_and_severity(demo):
    expected: dict = {}
    flt = ReviewFilter(unit="London")
    for r in demo.list_reviews(flt):
        if r.status is not ReviewStatus.COMPLETE or r.band is None:
            continue
        review = demo.get_review(r.id)
        for cid, finding in review.findings.items():
            d = expected.setdefault((review.template.id, cid), {s: 0 for s in Severity})
            d[finding.severity] += 1
    themes = error_themes(demo, flt, include_clean=True)
    got = {(t.template_id, t.criterion_id): t for t in themes}
    assert set(got) == set(expected)
    for key, d in expected.items():
        t = got[key]
        assert (t.minor, t.significant, t.fail) == (d[Severity.MINOR], d[Severity.SIGNIFICANT], d[Severity.FAIL])
        assert t.assessed == sum(d.values()) - d[Severity.NOT_APPLICABLE]
    ordered = [t for t in themes if t.errors]
    assert [t.serious for t in ordered] == sorted((t.serious for t in ordered), reverse=True)
    assert {(t.template_id, t.criterion_id) for t in themes_for_facts(demo, demo.review_facts(flt))} == \
        {(t.template_id, t.criterion_id) for t in ordered}


@pytest.mark.parametrize("flt", [
    ReviewFilter(), ReviewFilter(unit="London"), ReviewFilter(product=Product.DECISION),
    ReviewFilter(date_from=date(2025, 3, 10), date_to=date(2025, 6, 20)), ReviewFilter(text="/00"),
], ids=["all", "unit", "product", "period", "case reference"])
def test_dashboard_counts_from_grouped_sql_equal_summarise(demo, flt):
    """The dashboard counts Store.band_tally's groups, not every review: the same figures as
    summarise() over review_facts(), and the same reviews behind each figure."""
    facts = demo.review_facts(flt)
    by_month = summarise(facts, ["month"])
    overall, months = count_by_month(demo.band_tally(flt))
    assert (overall.counts, overall.excluded) == (by_month[-1][1].counts, by_month[-1][1].excluded)
    assert [(k, m.counts, m.excluded) for k, m in months] == [(k, m.counts, m.excluded) for k, m in by_month[:-1]]
    counted = {f.id for f in facts if f.status is ReviewStatus.COMPLETE and f.band is not None}
    assert set(demo.figure_ids(flt)) == counted and len(demo.figure_ids(flt)) == overall.total
    assert set(demo.figure_ids(flt, counted=False)) == {f.id for f in facts} - counted
    qs3 = demo.figure_ids(flt, bands=(QualityBand.QS3,))
    assert set(qs3) == {f.id for f in facts if f.id in counted and f.band is QualityBand.QS3}


# -- the report command -----------------------------------------------------------------------------------------
def test_report_command(demo, tmp_path, capsys):
    db = demo.location
    rid = next(r.id for r in demo.list_reviews() if r.status is ReviewStatus.COMPLETE)
    assert main(["report", "feedback", "--db", db, "--review", rid, "-o", str(tmp_path / "fb.pdf")]) == 0
    assert "Wrote the feedback sheet" in capsys.readouterr().out
    assert (tmp_path / "fb.pdf").read_bytes().startswith(b"%PDF")
    assert main(["report", "--db", db, "batch", "--from", "2025-01-01", "--to", "2025-03-31", "--unit", "glasgow",
                 "--product", "decision", "-o", str(tmp_path / "q1.pdf")]) == 0
    assert "Wrote the report on" in capsys.readouterr().out
    ref = next(r.case_reference for r in demo.list_reviews() if r.id == rid)
    assert main(["report", "feedback", "--db", db, "--review", ref, "-o", str(tmp_path / "by-ref.pdf")]) == 0
    name = "<b>Sample & =cmd|' /C calc'!A0"  # a hostile batch name is printed, not interpreted
    assert main(["batch", "--db", db, "create", name]) == 0
    assert main(["batch", "--db", db, "add", name, rid]) == 0
    assert main(["report", "batch", "--db", db, "--batch", name.upper(), "--title", "Q3 <i>sample</i>",
                 "-o", str(tmp_path / "b.pdf")]) == 0
    assert "Wrote the report on 1 review (" in capsys.readouterr().out
    if shutil.which("pdftotext"):
        f = flat(pdftotext(tmp_path / "b.pdf"))
        assert f"Batch '{name}' (not signed off)" in f and "Q3 <i>sample</i>" in f


@pytest.mark.parametrize("argv, message", [
    (["feedback", "--review", "nope"], "There is no review with id or case reference 'nope'"),
    (["batch", "--batch", "No such batch"], "There is no batch called 'No such batch'"),
    (["batch", "--from", "31/10/2025"], "write it as YYYY-MM-DD"),
    (["batch", "--to", "2025-02-30"], "not a real date"),
    (["batch", "--from", "2025-03-01", "--to", "2025-02-01"], "is after --to"),
    (["batch", "--unit", "Atlantis"], "There is no unit called 'Atlantis'"),
    (["batch", "--product", "letter"], "not a valid Product"),
    (["batch", "--from", "2030-01-01"], "no review matches"),
])
def test_report_command_errors(demo, tmp_path, capsys, argv, message):
    out = tmp_path / "x.pdf"
    kind, *rest = argv
    assert main(["report", kind, "--db", demo.location, *rest, "-o", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_report_command_output_checks(demo, tmp_path, capsys):
    assert main(["report", "batch", "--db", demo.location, "-o", str(tmp_path / "x.txt")]) == 2
    assert "should end in .pdf" in capsys.readouterr().err
    assert main(["report", "batch", "--db", demo.location, "-o", str(tmp_path / "nope" / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err


@needs_poppler
def test_feedback_sheet_keeps_the_quality_teams_working_to_itself(store, tmp_path):
    """Issue 14 item 7: the decision maker's sheet cites no developer document and shows no reopen reason
    or batch step, only when the review was started and completed."""
    rid = reviewed(store, minor={1: "Date of the screening interview not recorded."})
    store.reopen_review(rid, "Second reviewer CD disagreed on 4.2; internal calibration")
    store.complete_review(rid)
    feedback_pdf(store, rid, tmp_path / "fb.pdf")
    f = flat(body(pdftotext(tmp_path / "fb.pdf")))
    assert "docs/scoring.md" not in f and ".md" not in f
    assert "internal calibration" not in f and "Reopened" not in f
    assert "Review started" in f and "Completed" in f
    assert "scoring rules" in f
