"""How long the PDF reports take: a 2,000-review period report and a feedback sheet.

Target (the reports issue): a 2,000-review period report "in seconds". Run:
    .venv/bin/python benchmarks/bench_reports.py            # 2,000 reviews, 5 rounds
    .venv/bin/python benchmarks/bench_reports.py --reviews 10000 --rounds 3
Fills a temporary SQLite database with demo reviews over 15 units (not timed), then times
the whole batch_pdf() call (reading the facts, summarise(), the error-theme queries, layout,
the atomic write) for the full year, and its parts; and feedback_pdf() on the review with the
most errors. Prints medians and the worst round.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from qpp_reviewer.demo import fill_demo  # noqa: E402
from qpp_reviewer.domain import ReviewStatus  # noqa: E402
from qpp_reviewer.reports import batch_pdf, feedback_pdf  # noqa: E402
from qpp_reviewer.reports.batch import batch_report_data, batch_story  # noqa: E402
from qpp_reviewer.reports.common import utc_now  # noqa: E402
from qpp_reviewer.statistics import summarise  # noqa: E402
from qpp_reviewer.storage.models import ReviewRow  # noqa: E402
from qpp_reviewer.storage.store import ReviewFilter, Store  # noqa: E402
from qpp_reviewer.themes import error_themes  # noqa: E402

TODAY = date(2025, 11, 1)
EXTRA_UNITS = ["Belfast", "Bristol", "Cardiff", "Croydon", "Leeds", "Manchester"]
TARGET_S = 5.0  # "in seconds": we hold ourselves to five


def timed(fn, rounds: int) -> tuple[list[float], object]:
    out, result = [], None
    for _ in range(rounds):
        t0 = time.perf_counter()
        result = fn()
        out.append(time.perf_counter() - t0)
    return out, result


def row(name: str, samples: list[float], note: str = "") -> str:
    ms = [s * 1000 for s in samples]
    return f"| {name:48} | {statistics.median(ms):9.1f} ms | {max(ms):9.1f} ms | {note}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reviews", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["QPP_DATA_DIR"] = str(tmp)
        store = Store.open(tmp / "bench.sqlite3")
        for u in EXTRA_UNITS:
            store.add_unit(u)
        t0 = time.perf_counter()
        fill_demo(store, args.reviews, seed=1, today=TODAY)
        fill_s = time.perf_counter() - t0
        flt = ReviewFilter(date_from=date(2024, 11, 1), date_to=date(2025, 10, 31))

        facts_t, facts = timed(lambda: store.review_facts(flt), args.rounds)
        summ_t, _ = timed(lambda: [summarise(facts, by) for by in ((), ("product",), ("unit",), ("stream",),
                                                                    ("month",))], args.rounds)
        themes_t, themes = timed(lambda: error_themes(store, flt), args.rounds)
        data = batch_report_data(store, flt)
        layout_t, _ = timed(lambda: batch_story(data, "Bench", utc_now()), args.rounds)
        report_t, result = timed(lambda: batch_pdf(store, flt, tmp / "period.pdf", title="Period report"),
                                 args.rounds)

        with store._session() as s:  # the complete review with the most errors: the longest sheet
            worst = s.scalar(select(ReviewRow.id).where(ReviewRow.status == ReviewStatus.COMPLETE.value)
                             .order_by((ReviewRow.n_minor + ReviewRow.n_significant + ReviewRow.n_fail).desc(),
                                       ReviewRow.id).limit(1))
        fb_t, fb = timed(lambda: feedback_pdf(store, worst, tmp / "feedback.pdf"), args.rounds)
        size_kb = (tmp / "period.pdf").stat().st_size / 1024
        store.close()

    print(f"PDF reports: {args.reviews:,} demo reviews over 15 units (filled in {fill_s:.1f} s, not timed), "
          f"{args.rounds} rounds")
    print(f"| {'step':48} | {'median':>12} | {'worst':>12} |")
    print(f"|{'-' * 50}|{'-' * 14}|{'-' * 14}|")
    print(row("review facts for the year (SQL)", facts_t, f"{len(facts):,} reviews"))
    print(row("summarise(): all, product, unit, stream, month", summ_t))
    print(row("error themes (grouped SQL)", themes_t, f"{len(themes)} criteria with errors"))
    print(row("building the story (tables, charts)", layout_t))
    print(row("whole period report, batch_pdf()", report_t,
              f"{result.pages} pages, {size_kb:.0f} KB; target < {TARGET_S:.0f} s: "
              f"{'PASS' if statistics.median(report_t) < TARGET_S else 'MISS'}"))
    print(row("feedback sheet, feedback_pdf()", fb_t, f"{fb.pages} pages"))


if __name__ == "__main__":
    main()
