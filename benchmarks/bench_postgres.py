"""A national central database on PostgreSQL: collation into it, and the dashboard figures over 500,000 reviews.

Targets (issue 21 item 5):
    collation of W workbooks of 100 reviews into PostgreSQL   <= 1.3 x the raw read + insert into the same server
    each dashboard figure over 500,000 reviews in PostgreSQL  <= 300 ms
The raw collation baseline, timed in the same run on the same files: python-calamine reading the Reviews and
Findings sheets (to_python()) and plain SQLAlchemy Core executemany inserting those rows into one table per
sheet with the same columns, one transaction per file, on the same server.
The figures are those the dashboard shows (see benchmarks/bench_dashboard.py), through the same Store
methods, each a median of --rounds after one warm-up:
    dashboard refresh  Store.band_tally() + statistics.count_by_month()
    error themes       themes.error_themes(store)
    appeal outcomes    appeals.outcome_figures(store) (none imported here: the grouped SQL over every review)
    review facts       Store.review_facts(): one row per review for the PDFs and `summary` (for information;
                       its own target is on the laptop's 50,000 reviews)
Run (a server: --url, or QPP_TEST_POSTGRES_URL, or one started with packaging/start-test-postgres.sh as root):
    .venv/bin/python benchmarks/bench_postgres.py                      # 500,000 reviews, 100 workbooks
    .venv/bin/python benchmarks/bench_postgres.py --quick              # 50,000 reviews, 10 workbooks, 3 rounds
    .venv/bin/python benchmarks/bench_postgres.py --keep               # keep the figures database for next time
The 500,000 reviews are 5,000 demo reviews (15 units, a year; about 30 findings each) copied into the server and
then repeated there in SQL with new ids (so the figures' sizes are real, their values a multiple of the seed's);
building them takes a few minutes and is not timed. The database is dropped at the end unless --keep.
Prints a table (task, ours, baseline, ratio or target, PASS/FAIL) and one line "RESULT {json}" for run_all.py.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COLLATION_TARGET = 1.3  # x raw
FIGURE_TARGET_MS = 300.0
TODAY = date(2025, 11, 1)
SEED_REVIEWS = 5_000


def server_url(given: str | None) -> str:
    url = given or os.environ.get("QPP_TEST_POSTGRES_URL")
    if url:
        return url
    script = ROOT / "packaging" / "start-test-postgres.sh"
    print("Starting a throwaway PostgreSQL server (packaging/start-test-postgres.sh) ...", flush=True)
    return subprocess.run(["bash", str(script)], check=True, capture_output=True, text=True).stdout.strip()


def database(admin_url: str, name: str, fresh: bool) -> str:
    import sqlalchemy as sa

    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        exists = c.exec_driver_sql("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).first()
        if exists and fresh:
            c.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        if fresh or not exists:
            c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return sa.engine.make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop(admin_url: str, name: str) -> None:
    import sqlalchemy as sa

    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def timed(fn, rounds: int) -> float:
    fn()  # warm-up: the server's buffers and SQLAlchemy's statement cache, as a running centre has
    out = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return statistics.median(out)


# -- collation ------------------------------------------------------------------------------------
def workbooks(work: Path, count: int, per: int) -> list[Path]:
    from qpp_reviewer.demo import fill_demo
    from qpp_reviewer.exchange.export import export_workbook
    from qpp_reviewer.storage.store import Store

    laptop = Store.open(work / "laptop.sqlite3")
    fill_demo(laptop, count * per, seed=7, today=TODAY)
    ids = [r.id for r in laptop.list_reviews()]
    paths = []
    for i in range(count):
        p = work / f"wb-{i:03d}.xlsx"
        export_workbook(laptop, ids[i * per:(i + 1) * per], p, f"bench {i}", exported_by="AB")
        paths.append(p)
    laptop.close()
    return paths


def collate_ours(url: str, paths: list[Path]) -> float:
    from qpp_reviewer.exchange.collate import SignaturePolicy, collate
    from qpp_reviewer.storage.store import Store

    central = Store.open(url)
    t0 = time.perf_counter()
    report = collate(central, paths, signatures=SignaturePolicy(trust_new_signers=True))
    seconds = time.perf_counter() - t0
    added = central.count_reviews()
    central.close()
    assert added == len(paths) * 100 or not report, f"collation added {added} reviews"
    return seconds


def collate_raw(url: str, paths: list[Path]) -> float:
    from python_calamine import CalamineWorkbook
    from sqlalchemy import Column, Date, DateTime, Integer, MetaData, String, Table, create_engine

    from qpp_reviewer.exchange.format import DATE, DATETIME, INT, SHEETS

    kinds = {DATE: Date, DATETIME: DateTime, INT: Integer}
    md = MetaData()
    tables = {
        sheet: Table(
            f"raw_{sheet.lower()}", md,
            *(Column(c.name, kinds.get(c.kind, String),
                     primary_key=(sheet == "Reviews" and c.name == "review_id")
                     or (sheet == "Findings" and c.name in ("review_id", "criterion_id")))
              for c in SHEETS[sheet]),
        )
        for sheet in ("Reviews", "Findings")
    }
    engine = create_engine(url)
    md.create_all(engine)
    t0 = time.perf_counter()
    for path in paths:
        wb = CalamineWorkbook.from_path(str(path))
        data = {}
        for sheet in ("Reviews", "Findings"):
            rows = wb.get_sheet_by_name(sheet).to_python()
            header = rows[0]
            data[sheet] = [dict(zip(header, (None if v == "" else v for v in row))) for row in rows[1:]]
        with engine.begin() as conn:
            for sheet, rows in data.items():
                if rows:
                    conn.execute(tables[sheet].insert(), rows)
    seconds = time.perf_counter() - t0
    engine.dispose()
    return seconds


# -- the figures database -------------------------------------------------------------------------
def fill(url: str, reviews: int, work: Path) -> None:
    """``reviews`` reviews in the server: the seed's demo reviews copied in, then repeated in SQL."""
    import sqlalchemy as sa

    from qpp_reviewer.demo import fill_demo
    from qpp_reviewer.storage.models import FindingRow, ReviewRow, UnitRow
    from qpp_reviewer.storage.store import Store

    seed_db = work / "seed.sqlite3"
    laptop = Store.open(seed_db)
    for u in ("Belfast", "Bristol", "Cardiff", "Croydon", "Leeds", "Manchester"):
        laptop.add_unit(u)
    fill_demo(laptop, SEED_REVIEWS, seed=1, today=TODAY)
    laptop.close()
    central = Store.open(url)  # the schema, through the migrations, and the installed templates
    central.close()
    src = sa.create_engine(f"sqlite:///{seed_db}")
    dst = sa.create_engine(url)
    review, finding, unit = ReviewRow.__table__, FindingRow.__table__, UnitRow.__table__
    with src.connect() as s, dst.begin() as d:
        have = {r.name: r.id for r in d.execute(sa.select(unit.c.name, unit.c.id))}
        ids = {}
        for r in s.execute(sa.select(unit.c.name, unit.c.id)):
            if r.name not in have:
                have[r.name] = d.execute(unit.insert().values(name=r.name).returning(unit.c.id)).scalar_one()
            ids[r.id] = have[r.name]
        rows = [dict(r._mapping) for r in s.execute(sa.select(review))]
        for r in rows:
            r["unit_id"] = ids[r["unit_id"]]
        d.execute(review.insert(), rows)
        for chunk in range(0, 10**9, 50_000):
            batch = [dict(r._mapping) for r in s.execute(sa.select(finding).limit(50_000).offset(chunk))]
            if not batch:
                break
            d.execute(finding.insert(), batch)
    src.dispose()
    rcols = [c.name for c in review.columns]
    fcols = [c.name for c in finding.columns]
    new = "left({c}, 28) || lpad(CAST(:k AS text), 8, '0')"
    rsel = ", ".join(new.format(c="id") if c == "id" else (
        f"CASE WHEN {c} IS NULL THEN NULL ELSE {new.format(c=c)} END" if c in ("parent_review_id", "superseded_by")
        else c) for c in rcols)
    fsel = ", ".join(new.format(c=c) if c in ("id", "review_id") else c for c in fcols)
    copies = max(0, reviews // SEED_REVIEWS - 1)
    with dst.begin() as d:  # the copies are made from the seed's reviews alone
        d.execute(sa.text("CREATE TABLE bench_seed AS SELECT id FROM review"))
    t0 = time.perf_counter()
    for k in range(1, copies + 1):
        with dst.begin() as d:
            d.execute(sa.text(f"INSERT INTO review ({', '.join(rcols)}) SELECT {rsel} FROM review "
                              f"WHERE id IN (SELECT id FROM bench_seed)"), {"k": k})
            d.execute(sa.text(f"INSERT INTO finding ({', '.join(fcols)}) SELECT {fsel} FROM finding "
                              f"WHERE review_id IN (SELECT id FROM bench_seed)"), {"k": k})
        print(f"  {SEED_REVIEWS * (k + 1):,} / {reviews:,} reviews ({time.perf_counter() - t0:.0f} s)", flush=True)
    with dst.begin() as d:
        d.execute(sa.text("DROP TABLE bench_seed"))
    with dst.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.exec_driver_sql("VACUUM ANALYZE")
    dst.dispose()


def figures(url: str, rounds: int) -> dict[str, float]:
    from qpp_reviewer.appeals import outcome_figures
    from qpp_reviewer.statistics import count_by_month
    from qpp_reviewer.storage.store import Store
    from qpp_reviewer.themes import error_themes

    store = Store.open(url)
    out = {
        "reviews": store.count_reviews(),
        "dashboard refresh": timed(lambda: count_by_month(store.band_tally()), rounds),
        "error themes": timed(lambda: error_themes(store), rounds),
        "appeal outcomes": timed(lambda: outcome_figures(store), rounds),
        "review facts": timed(store.review_facts, max(1, rounds // 2)),
    }
    store.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", help="an SQLAlchemy URL of a PostgreSQL server whose user may create databases")
    ap.add_argument("--quick", action="store_true", help="50,000 reviews, 10 workbooks, 3 rounds")
    ap.add_argument("--reviews", type=int, help="reviews for the figures (default 500,000; quick 50,000)")
    ap.add_argument("--workbooks", type=int, help="workbooks of 100 reviews to collate (default 100; quick 10)")
    ap.add_argument("--rounds", type=int, help="timed rounds per figure; the median is shown (default 5; quick 3)")
    ap.add_argument("--keep", action="store_true", help="keep the figures database and reuse it next time")
    args = ap.parse_args()
    reviews = args.reviews or (50_000 if args.quick else 500_000)
    count = args.workbooks or (10 if args.quick else 100)
    rounds = args.rounds or (3 if args.quick else 5)
    admin = server_url(args.url)
    work = Path(tempfile.mkdtemp(prefix="qpp-bench-pg-"))
    os.environ["QPP_DATA_DIR"] = str(work / "data")
    rows = []
    try:
        print(f"Writing {count} workbooks of 100 reviews (not timed) ...", flush=True)
        paths = workbooks(work, count, 100)
        ours = collate_ours(database(admin, "qpp_bench_collate", fresh=True), paths)
        raw = collate_raw(database(admin, "qpp_bench_collate_raw", fresh=True), paths)
        drop(admin, "qpp_bench_collate")
        drop(admin, "qpp_bench_collate_raw")
        ratio = ours / raw
        rows.append((f"collation of {count} x 100 reviews into PostgreSQL", f"{ours:.2f} s", f"{raw:.2f} s",
                     f"{ratio:.2f}x (<= {COLLATION_TARGET}x)", ratio <= COLLATION_TARGET))
        name = f"qpp_bench_figures_{reviews}"
        url = database(admin, name, fresh=False)
        import sqlalchemy as sa

        probe = sa.create_engine(url)
        with probe.connect() as c:
            have = c.exec_driver_sql("SELECT to_regclass('review') IS NOT NULL").scalar() and c.exec_driver_sql(
                "SELECT count(*) FROM review").scalar()
        probe.dispose()
        if have != reviews:
            url = database(admin, name, fresh=True)
            print(f"Building {reviews:,} reviews in PostgreSQL (once with --keep; not timed) ...", flush=True)
            fill(url, reviews, work)
        got = figures(url, rounds)
        n = got.pop("reviews")
        for task, ms in got.items():
            target = FIGURE_TARGET_MS if task != "review facts" else None
            rows.append((f"{task} over {n:,} reviews", f"{ms:.0f} ms", "", f"<= {target:.0f} ms" if target else
                         "(information)", ms <= target if target else None))
        if not args.keep:
            drop(admin, name)
    finally:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    print(f"\nPostgreSQL {admin.rsplit('@', 1)[-1]}, {date.today().isoformat()}, "
          f"{os.cpu_count()} cores: `python benchmarks/bench_postgres.py{' --quick' if args.quick else ''}`")
    w = max(len(r[0]) for r in rows)
    print(f"{'task':<{w}}  {'ours':>9}  {'raw':>9}  {'ratio / target':<20} result")
    for task, a, b, t, ok in rows:
        print(f"{task:<{w}}  {a:>9}  {b:>9}  {t:<20} {'' if ok is None else 'PASS' if ok else 'FAIL'}")
    print("RESULT " + json.dumps({"rows": [{"task": r[0], "ours": r[1], "raw": r[2], "target": r[3],
                                            "pass": r[4]} for r in rows]}))


if __name__ == "__main__":
    main()
