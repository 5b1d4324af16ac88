"""Dashboard figures over 50,000 reviews: the facts, summarise() by every grouping, the error themes.

Target (the dashboard issue): the figures in under 100 ms. Run:
    .venv/bin/python benchmarks/bench_dashboard.py                       # 50,000 reviews, median of 5
    .venv/bin/python benchmarks/bench_dashboard.py --cache ~/.cache/qpp-bench   # keep the database for next time
    .venv/bin/python benchmarks/bench_dashboard.py --reviews 5000 --rounds 3    # quicker
The demo database (15 units, a year of reviews, 10% in progress) is built once, in chunks of 5,000 reviews
(about 2 minutes per 10,000 on 2 cores, not timed) into the --cache folder, or a temporary one removed at the
end. Timed, each a median of --rounds:
    review facts       Store.review_facts(): the SQL behind every figure, all reviews
    summarise by X     statistics.summarise(facts, [X]) for no grouping and each of GROUPINGS, facts in memory
                       (what `qpp-reviewer summary` and the PDF report do after review_facts(); for information)
    dashboard refresh  what the dashboard page does before painting: Store.band_tally() (the reviews grouped
                       by day, status and band in SQL) + statistics.count_by_month() (overall and per month)
    coverage           coverage.coverage_figures(store) by month and by quarter: the reviews grouped by unit,
                       product, stream and month in SQL, against a population of 50 cases per review
    time spent         timespent.time_figures(store): one or two work sessions per review, summed per review
                       and reviewer in SQL, medians by unit, product and reviewer
    error themes       themes.error_themes(store): grouped SQL over every finding (the dashboard counts
                       these in a background thread after painting)
Prints a table, then one line "RESULT {json}" for benchmarks/run_all.py.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = 100.0
TODAY = date(2025, 11, 1)
EXTRA_UNITS = ["Belfast", "Bristol", "Cardiff", "Croydon", "Leeds", "Manchester"]
CHUNK = 5_000


def build(path: Path, reviews: int, seed: int) -> float:
    """A demo database of ``reviews`` reviews, made in chunks (one transaction each) to bound memory."""
    from qpp_reviewer.demo import fill_demo
    from qpp_reviewer.storage.store import Store

    t0 = time.perf_counter()
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    store = Store.open(partial)
    for u in EXTRA_UNITS:
        store.add_unit(u)
    done = 0
    while done < reviews:
        n = min(CHUNK, reviews - done)
        fill_demo(store, n, seed=seed * 1000 + done // CHUNK, today=TODAY)
        done += n
        print(f"  built {done:,} / {reviews:,} reviews ({time.perf_counter() - t0:.0f} s)", flush=True)
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return time.perf_counter() - t0


def fill_coverage(store, facts) -> None:
    """A population of 50 times the reviews per unit, product and month, and one or two work sessions on
    every review (issue 20's coverage and time figures), written straight to the tables."""
    import random
    import uuid
    from datetime import datetime, timedelta

    from qpp_reviewer.periods import month_key
    from qpp_reviewer.storage.worktime import WorkSessionRow

    counts: dict = {}
    for f in facts:
        if f.product.value in ("decision", "interview"):
            k = (f.unit, f.product.value, month_key(f.product_date))
            counts[k] = counts.get(k, 0) + 50
    store.coverage.set_population(counts, "bench-population.csv", by="bench")
    rng = random.Random(7)
    rows = []
    for f in facts:
        for _ in range(rng.choice((1, 1, 2))):
            start = datetime(f.product_date.year, f.product_date.month, f.product_date.day, 9) + timedelta(days=3)
            rows.append(dict(id=str(uuid.uuid4()), review_id=f.id, reviewer=f.reviewer, started_at=start,
                             active_seconds=rng.randint(300, 7200), updated_at=start))
    with store._session.begin() as s:
        s.execute(WorkSessionRow.__table__.insert(), rows)


def timed(fn, rounds: int) -> tuple[list[float], object]:
    out, result = [], None
    for _ in range(rounds):
        t0 = time.perf_counter()
        result = fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reviews", type=int, default=50_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cache", metavar="DIR", help="keep the demo database here and reuse it next time")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="qpp-bench-dashboard-"))
    cache = Path(args.cache).expanduser() if args.cache else tmp
    cache.mkdir(parents=True, exist_ok=True)
    os.environ["QPP_DATA_DIR"] = str(tmp / "data")
    db = cache / f"dashboard-{args.reviews}-seed{args.seed}.sqlite3"
    try:
        built_s = None
        if not db.exists():
            print(f"Building {args.reviews:,} demo reviews in {db} (once; not timed) ...", flush=True)
            built_s = build(db, args.reviews, args.seed)

        from qpp_reviewer.statistics import GROUPINGS, summarise
        from qpp_reviewer.storage.store import Store
        from qpp_reviewer.themes import error_themes

        from qpp_reviewer.statistics import count_by_month

        store = Store.open(db)
        n = store.count_reviews()
        assert n == args.reviews, f"{db} holds {n} reviews, not {args.reviews}: delete it"
        store.review_facts()  # warm the file cache and SQLAlchemy's statement cache, as a running app has

        facts_t, facts = timed(store.review_facts, args.rounds)
        by_t = {}
        for by in ((), *((g,) for g in GROUPINGS)):
            by_t[by[0] if by else "(none)"], _ = timed(lambda: summarise(facts, by), args.rounds)
        all_t, _ = timed(lambda: [summarise(facts, by) for by in ((), *((g,) for g in GROUPINGS))], args.rounds)
        refresh_t, _ = timed(lambda: count_by_month(store.band_tally()), args.rounds)
        themes_t, themes = timed(lambda: error_themes(store), args.rounds)
        from qpp_reviewer.appeals import outcome_figures

        if not store.appeals.count():  # outcomes for one decision in five (not timed; kept in a cached database)
            import random
            from datetime import date

            from qpp_reviewer.storage.store import ReviewFilter

            rng = random.Random(3)
            refs = [f.id for f in facts if f.product.value == "decision"]
            cases = {r.id: r.case_reference for r in store.list_reviews(ReviewFilter(ids=refs[::5]))}
            rows = [dict(case_reference=ref, outcome=rng.choice(("allowed", "dismissed", "dismissed",
                                                                 "withdrawn_paru", "granted")),
                         outcome_date=date(2025, 11, 1), reason="", row=i + 2)
                    for i, ref in enumerate(sorted(set(cases.values())))]
            store.appeals.add(rows, "bench-outcomes.csv", "0" * 64, "bench")
        outcomes_t, outcomes = timed(lambda: outcome_figures(store), args.rounds)
        from qpp_reviewer.coverage import coverage_figures
        from qpp_reviewer.timespent import time_figures

        if not store.coverage.population():  # not timed; kept in a cached database
            fill_coverage(store, facts)
        coverage_t, coverage = timed(lambda: coverage_figures(store, today=TODAY), args.rounds)
        quarter_t, _ = timed(lambda: coverage_figures(store, by="quarter", today=TODAY), args.rounds)
        time_t, spent = timed(lambda: time_figures(store), args.rounds)
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    med = statistics.median
    worst_by = max(by_t, key=lambda k: med(by_t[k]))
    complete = sum(1 for f in facts if f.status.value == "complete")
    print(f"Dashboard figures: {n:,} demo reviews ({complete:,} complete), median of {args.rounds}"
          + (f" (database built in {built_s:.0f} s, not timed)" if built_s else ""))
    print(f"| {'step':52} | {'median':>10} | {'worst':>10} | target")
    print(f"|{'-' * 54}|{'-' * 12}|{'-' * 12}|-------")

    def row(name: str, ms: list[float], target: bool = False) -> None:
        verdict = f"< {TARGET_MS:.0f} ms: {'PASS' if med(ms) < TARGET_MS else 'MISS'}" if target else ""
        print(f"| {name:52} | {med(ms):7.1f} ms | {max(ms):7.1f} ms | {verdict}")

    row("review facts (SQL), all reviews", facts_t)
    for k, ms in by_t.items():
        row(f"summarise(facts, by {k})", ms)  # the summary command's and the PDF's grouping, not the dashboard's
    row(f"summarise by all {len(by_t)} groupings, one after another", all_t)
    row("dashboard refresh: band_tally() + count_by_month()", refresh_t, target=True)
    row(f"error themes, error_themes(store) ({len(themes)} criteria)", themes_t)
    row(f"appeal outcomes, outcome_figures ({outcomes.total.n:,} decisions)", outcomes_t, target=True)
    row(f"coverage, coverage_figures by month ({len(coverage.rows):,} unit-months)", coverage_t, target=True)
    row("coverage, coverage_figures by quarter", quarter_t, target=True)
    row(f"time spent, time_figures ({spent.sessions:,} sessions)", time_t, target=True)
    result = {
        "reviews": n, "rounds": args.rounds,
        "facts_ms": med(facts_t), "summarise_ms": {k: med(v) for k, v in by_t.items()},
        "summarise_worst_grouping": worst_by, "summarise_worst_ms": med(by_t[worst_by]),
        "summarise_all_ms": med(all_t), "refresh_ms": med(refresh_t) if refresh_t else None,
        "themes_ms": med(themes_t), "outcomes_ms": med(outcomes_t), "coverage_ms": med(coverage_t),
        "coverage_quarter_ms": med(quarter_t), "time_ms": med(time_t), "target_ms": TARGET_MS,
    }
    print("RESULT " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
