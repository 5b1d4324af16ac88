"""Export and collation of exchange workbooks, each beside the raw library doing the same rows.

Targets (the exchange issue):
    export of 10,000 reviews (about 30 findings each)   <= 1.2 x the raw write, peak memory < 300 MB
    collation of 100 workbooks of 100 reviews each       <= 2 x the raw read + insert
The raw baselines, timed in the same run on the same rows:
    export    openpyxl Workbook(write_only=True) appending exactly the cells of our exported file (read back
              with python-calamine beforehand, outside the timing), then saving;
    collation python-calamine reading the Reviews and Findings sheets of the same files (to_python()), and
              inserting those rows with plain SQLAlchemy Core executemany into one table per sheet with the
              same columns, one transaction per file, with the app's pragmas (WAL, synchronous=FULL).
Run:
    .venv/bin/python benchmarks/bench_exchange.py            # full size, median of 3 runs (about 10-15 min)
    .venv/bin/python benchmarks/bench_exchange.py --quick    # 1,000 reviews, 10 workbooks, 1 run
    .venv/bin/python benchmarks/bench_exchange.py --quick --profile   # also cProfile our side, top functions
    .venv/bin/python benchmarks/bench_exchange.py --only export --runs 5 --no-reference   # one side, 5 runs
Every measurement runs in its own child process (this script with --child MODE), so time and peak memory
(VmHWM, reset just before the timed part) are per task; the raw export's peak includes its input cells, which
it holds in memory. QPP_DATA_DIR and every file live in a temporary folder removed at the end (--keep DIR
keeps them). Prints the table (task, ours, raw, ratio, target, peak MB, PASS/MISS) and, beside the team's
reference figures for this kind of machine, the same reference tasks measured here (--no-reference skips).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXPORT_TIME_TARGET = 1.2  # x the raw write
EXPORT_MEMORY_TARGET_MB = 300
COLLATE_TIME_TARGET = 2.0  # x the raw read + insert
PASSPHRASE = "bench passphrase for the encrypted runs"

# The team's reference figures for this kind of machine (seconds).
REF_ROWS, REF_COLS, REF_SQLITE_ROWS = 30_000, 12, 300_000
REFERENCE = [
    ("read_calamine", f"read {REF_ROWS:,} finding rows x {REF_COLS} cols .xlsx: python-calamine", 0.50),
    ("read_openpyxl", "  same file: openpyxl read_only", 9.2),
    ("write_openpyxl", f"write {REF_ROWS:,} x {REF_COLS}: openpyxl write_only", 7.4),
    ("write_xlsxwriter", "  same rows: xlsxwriter constant_memory", 4.0),
    ("sqlite", f"{REF_SQLITE_ROWS:,} rows into SQLite, executemany, one transaction", 2.0),
]


# -- child side ---------------------------------------------------------------------------------------------
def _reset_peak() -> bool:
    """Start VmHWM afresh (Linux >= 4.0), so the peak is the timed part's, not the set-up's."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _result(**kw) -> None:
    print("RESULT " + json.dumps(kw, default=str), flush=True)


def _profiled(fn, enabled: bool):
    """Run fn(), under cProfile if asked (the time then includes profiling overhead)."""
    if not enabled:
        return fn()
    import cProfile
    import pstats

    prof = cProfile.Profile()
    out = prof.runcall(fn)
    stats = pstats.Stats(prof, stream=sys.stderr)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(35)
    return out


def child_prepare(work: Path, reviews: int, workbooks: int, per_workbook: int) -> None:
    from qpp_reviewer.demo import fill_demo
    from qpp_reviewer.exchange.export import export_workbook, select_reviews
    from qpp_reviewer.storage.store import Store

    t0 = time.perf_counter()
    store = Store.open(work / "source.sqlite3")
    fill_demo(store, max(reviews, workbooks * per_workbook), seed=1)
    t_fill = time.perf_counter() - t0
    ids, _label = select_reviews(store)
    folder = work / "workbooks"
    folder.mkdir()
    findings = 0
    t0 = time.perf_counter()
    for i in range(workbooks):
        chunk = ids[i * per_workbook:(i + 1) * per_workbook]
        res = export_workbook(store, chunk, folder / f"wb-{i:03d}.xlsx", f"bench part {i + 1}", exported_by="bench")
        findings += res.findings
    store.close()
    t_books = time.perf_counter() - t0
    from qpp_reviewer.storage.db import encrypt_existing

    t0 = time.perf_counter()  # the same reviews in an encrypted database, for the encrypted runs
    shutil.copyfile(work / "source.sqlite3", work / "source-enc.sqlite3")
    encrypt_existing(work / "source-enc.sqlite3", PASSPHRASE)
    t_enc = time.perf_counter() - t0
    t0 = time.perf_counter()
    revised = _prepare_revisions(work, ids[:workbooks * per_workbook], workbooks, per_workbook)
    _result(fill_s=t_fill, workbooks_s=t_books, collation_findings=findings, encrypt_s=t_enc,
            revisions_s=time.perf_counter() - t0, revised=revised)


def _prepare_revisions(work: Path, ids: list[str], workbooks: int, per_workbook: int) -> int:
    """Workbooks of which half the reviews are later revisions of reviews the centre already holds (issue 17).

    The first half of each workbook's reviews are exported as they are ("rev-base-*.xlsx") and collated into
    "central-base.sqlite3"; then each of them is changed on the laptop (a complete review reopened, a comment
    added, completed again; an in-progress one just gets the comment), and "rev-*.xlsx" hold those revisions
    beside the second half, which the centre has not seen. Returns how many reviews were revised."""
    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.exchange.export import export_workbook
    from qpp_reviewer.signing import load_or_create
    from qpp_reviewer.storage.store import Store

    half = per_workbook // 2
    chunks = [ids[i * per_workbook:(i + 1) * per_workbook] for i in range(workbooks)]
    store = Store.open(work / "source.sqlite3")
    store.actor = "bench"
    folder = work / "revisions"
    folder.mkdir()
    for i, chunk in enumerate(chunks):
        export_workbook(store, chunk[:half], folder / f"rev-base-{i:03d}.xlsx", f"bench base {i + 1}",
                        exported_by="bench")
    central = Store.open(work / "central-base.sqlite3")
    central.keys.enrol("bench", load_or_create("bench").public_key, by="bench")
    report = collate(central, sorted(folder.glob("rev-base-*.xlsx")))
    assert report.rejected == 0 and report.added == workbooks * half, report.text()
    central.close()
    n = 0
    for chunk in chunks:
        for rid in chunk[:half]:
            review = store.get_review(rid)
            complete = review.status.value == "complete"
            if complete:
                store.reopen_review(rid, "bench: a revision after the centre's query")
            store.set_comment(rid, review.criteria[0].id, "Revised after the centre's query.")
            if complete:
                store.complete_review(rid)
            n += 1
    for i, chunk in enumerate(chunks):
        export_workbook(store, chunk, folder / f"rev-{i:03d}.xlsx", f"bench revisions {i + 1}", exported_by="bench")
    store.close()
    return n



def _open(path: Path, encrypted: bool, new: bool = False):
    """The store at ``path``; an encrypted one is unlocked (or, when ``new``, keyed) first, outside the timing."""
    from qpp_reviewer.storage import cipher
    from qpp_reviewer.storage.store import Store

    if encrypted:
        if new:
            cipher.new_key(path, PASSPHRASE)
        else:
            cipher.unlock(path, PASSPHRASE)
    return Store.open(path)


def child_export(work: Path, run: int, profile: bool, encrypted: bool = False) -> None:
    from qpp_reviewer.exchange.export import export_workbook, select_reviews

    store = _open(work / ("source-enc.sqlite3" if encrypted else "source.sqlite3"), encrypted)
    out = work / (f"export-enc-{run}.xlsx" if encrypted else f"export-ours-{run}.xlsx")
    reset = _reset_peak()
    split = {}

    def task():
        t0 = time.perf_counter()
        ids, label = select_reviews(store)
        split["select_s"] = time.perf_counter() - t0
        return export_workbook(store, ids, out, label, exported_by="bench")

    c0 = time.process_time()
    t0 = time.perf_counter()
    res = _profiled(task, profile)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    peak = _peak_mb()
    store.close()
    _result(seconds=seconds, cpu_s=cpu, peak_mb=peak, peak_reset=reset, reviews=res.reviews, findings=res.findings,
            criteria=res.criteria, bytes=out.stat().st_size, **split)


def _sheets_from_file(path: Path) -> list[tuple[str, list[list]]]:
    """Every sheet's cells as our export wrote them: ints as ints, empty cells as None."""
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    sheets = []
    for name in wb.sheet_names:
        rows = []
        for raw in wb.get_sheet_by_name(name).to_python(skip_empty_area=False):
            row = [None if v == "" else int(v) if isinstance(v, float) and v.is_integer() else v for v in raw]
            while row and row[-1] is None:
                row.pop()
            rows.append(row)
        sheets.append((name, rows))
    return sheets


def child_export_raw(work: Path, run: int) -> None:
    from openpyxl import Workbook

    sheets = _sheets_from_file(work / f"export-ours-{run}.xlsx")  # outside the timing
    cells = sum(sum(1 for v in row if v is not None) for _n, rows in sheets for row in rows)
    out = work / f"export-raw-{run}.xlsx"
    reset = _reset_peak()
    c0 = time.process_time()
    t0 = time.perf_counter()
    wb = Workbook(write_only=True)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(out)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    _result(seconds=seconds, cpu_s=cpu, peak_mb=_peak_mb(), peak_reset=reset, cells=cells,
            rows={n: len(r) - 1 for n, r in sheets}, bytes=out.stat().st_size)


def _workbook_paths(work: Path) -> list[Path]:
    return sorted((work / "workbooks").glob("wb-*.xlsx"))


def _revision_paths(work: Path) -> list[Path]:
    return sorted((work / "revisions").glob("rev-[0-9]*.xlsx"))


def child_collate(work: Path, run: int, profile: bool, encrypted: bool = False, revisions: bool = False) -> None:
    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.signing import load_or_create
    from qpp_reviewer.storage.store import Store

    if revisions:  # the centre already holds half the reviews: a copy of it, outside the timing
        target = work / f"collate-rev-{run}.sqlite3"
        shutil.copyfile(work / "central-base.sqlite3", target)
        store = Store.open(target)
    else:  # a new collation database, outside the timing
        store = _open(work / (f"collate-enc-{run}.sqlite3" if encrypted else f"collate-ours-{run}.sqlite3"),
                      encrypted, new=True)
        # the centre has enrolled the exporting reviewer's key, so every signature is checked and accepted
        store.keys.enrol("bench", load_or_create("bench").public_key, by="bench")
    paths = _revision_paths(work) if revisions else _workbook_paths(work)
    reset = _reset_peak()
    c0 = time.process_time()
    t0 = time.perf_counter()
    report = _profiled(lambda: collate(store, paths), profile)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    peak = _peak_mb()
    from sqlalchemy import func, select

    from qpp_reviewer.storage.models import FindingRow

    with store._session() as s:
        findings = s.scalar(select(func.count()).select_from(FindingRow))
    store.close()
    _result(seconds=seconds, cpu_s=cpu, peak_mb=peak, peak_reset=reset, files=len(paths), added=report.added,
            rejected=report.rejected, conflicts=report.conflicts, discrepancies=report.discrepancies,
            findings=findings, revised=report.revised)


def child_collate_raw(work: Path, run: int, revisions: bool = False) -> None:
    from python_calamine import CalamineWorkbook
    from sqlalchemy import Column, Date, DateTime, Integer, MetaData, String, Table, create_engine, event

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
    name = f"collate-rawrev-{run}.sqlite3" if revisions else f"collate-raw-{run}.sqlite3"
    engine = create_engine(f"sqlite:///{work / name}")

    @event.listens_for(engine, "connect")
    def _pragmas(con, _rec):  # the same durability as the app's database
        cur = con.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    md.create_all(engine)
    paths = _revision_paths(work) if revisions else _workbook_paths(work)
    reset = _reset_peak()
    counts = {"Reviews": 0, "Findings": 0}
    c0 = time.process_time()
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
                counts[sheet] += len(rows)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    peak = _peak_mb()
    engine.dispose()
    _result(seconds=seconds, cpu_s=cpu, peak_mb=peak, peak_reset=reset, files=len(paths), reviews=counts["Reviews"],
            findings=counts["Findings"])


def child_reference(work: Path) -> None:
    """The reference tasks at the reference sizes, so this machine can be set beside the team's."""
    import random
    import sqlite3
    import uuid
    from datetime import datetime, timedelta

    from openpyxl import Workbook, load_workbook
    from python_calamine import CalamineWorkbook

    rng = random.Random(7)
    base = datetime(2026, 1, 5, 9, 30)
    severities = ["no_error", "minor", "significant", "fail", "not_applicable"]
    comments = ["", "Minor omission; did not affect the consideration.",
                "Material fact not explored despite clear indicators in the claim."]
    header = ["review_id", "criterion_id", "section", "severity", "comment", "updated_at", "case_reference",
              "unit", "product", "reviewer", "band", "position"]
    rows = []
    for i in range(REF_ROWS):
        rows.append([
            str(uuid.UUID(int=rng.getrandbits(128), version=4)), f"{i % 9 + 1}.{i % 4 + 1}",
            f"{i % 9 + 1} Section title {i % 9 + 1}", rng.choice(severities), rng.choice(comments),
            base + timedelta(minutes=i), f"N{rng.randint(1000000, 9999999)}/001", "Glasgow", "decision",
            rng.choice(["AB", "CD", "EF"]), rng.choice(["QS1", "QS2", "QS3", "QS4", "QS5"]), i % 30,
        ])
    out = {}
    path = work / "reference.xlsx"

    t0 = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Findings")
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    out["write_openpyxl"] = time.perf_counter() - t0

    try:
        import xlsxwriter
    except ImportError:
        out["write_xlsxwriter"] = None
    else:
        t0 = time.perf_counter()
        xb = xlsxwriter.Workbook(str(work / "reference-xlsxwriter.xlsx"), {"constant_memory": True})
        xs = xb.add_worksheet("Findings")
        dt = xb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        xs.write_row(0, 0, header)
        for r, row in enumerate(rows, 1):
            xs.write_row(r, 0, row[:5])
            xs.write_datetime(r, 5, row[5], dt)
            xs.write_row(r, 6, row[6:])
        xb.close()
        out["write_xlsxwriter"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    got = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Findings").to_python()
    out["read_calamine"] = time.perf_counter() - t0
    assert len(got) == REF_ROWS + 1

    t0 = time.perf_counter()
    rb = load_workbook(path, read_only=True)
    n = sum(1 for _ in rb["Findings"].iter_rows(values_only=True))
    rb.close()
    out["read_openpyxl"] = time.perf_counter() - t0
    assert n == REF_ROWS + 1

    findings = [(str(uuid.UUID(int=rng.getrandbits(128), version=4)), r[0], r[1], r[3], r[4],
                 r[5].isoformat(sep=" ")) for r in rows] * (REF_SQLITE_ROWS // REF_ROWS)
    con = sqlite3.connect(work / "reference.sqlite3", isolation_level=None)
    con.execute("CREATE TABLE finding (id TEXT PRIMARY KEY, review_id TEXT, criterion_id TEXT, "
                "severity TEXT, comment TEXT, updated_at TEXT)")
    t0 = time.perf_counter()
    con.execute("BEGIN")
    con.executemany("INSERT INTO finding VALUES (?, ?, ?, ?, ?, ?)",
                    [(f"{i:08d}-{r[0][9:]}", *r[1:]) for i, r in enumerate(findings)])
    con.execute("COMMIT")
    out["sqlite"] = time.perf_counter() - t0
    con.close()
    _result(**out)


# -- parent side --------------------------------------------------------------------------------------------
def run_child(mode: str, work: Path, *extra: str) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--work", str(work), *extra]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        sys.stdout.write(proc.stdout)
        raise SystemExit(f"child '{mode}' failed (exit {proc.returncode})")
    return json.loads(lines[-1][len("RESULT "):])


def _fmt_s(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1,000 reviews, 10 workbooks, 1 run")
    ap.add_argument("--runs", type=int, help="runs per measurement; the median is shown (default 3, quick 1)")
    ap.add_argument("--reviews", type=int, help="reviews to export (default 10,000, quick 1,000)")
    ap.add_argument("--workbooks", type=int, help="workbooks to collate (default 100, quick 10)")
    ap.add_argument("--per-workbook", type=int, default=100, help="reviews per workbook (default 100)")
    ap.add_argument("--only", choices=("export", "collate"), help="measure only the export or only the collation")
    ap.add_argument("--no-reference", action="store_true", help="skip measuring the reference tasks")
    ap.add_argument("--no-encrypted", action="store_true", help="skip the runs on encrypted databases")
    ap.add_argument("--profile", action="store_true", help="also run our export and collation once under "
                    "cProfile and print the top functions (to stderr)")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR (must not exist) and keep the files")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--work", help=argparse.SUPPRESS)
    ap.add_argument("--run", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        work = Path(args.work)
        if args.child == "prepare":
            child_prepare(work, args.reviews, args.workbooks, args.per_workbook)
        elif args.child == "export":
            child_export(work, args.run, args.profile)
        elif args.child == "export_raw":
            child_export_raw(work, args.run)
        elif args.child == "collate":
            child_collate(work, args.run, args.profile)
        elif args.child == "export_enc":
            child_export(work, args.run, args.profile, encrypted=True)
        elif args.child == "collate_enc":
            child_collate(work, args.run, args.profile, encrypted=True)
        elif args.child == "collate_rev":
            child_collate(work, args.run, args.profile, revisions=True)
        elif args.child == "collate_rev_raw":
            child_collate_raw(work, args.run, revisions=True)
        elif args.child == "collate_raw":
            child_collate_raw(work, args.run)
        elif args.child == "reference":
            child_reference(work)
        else:
            raise SystemExit(f"unknown mode {args.child}")
        return

    runs = args.runs or (1 if args.quick else 3)
    n_reviews = args.reviews or (1_000 if args.quick else 10_000)
    n_books = args.workbooks or (10 if args.quick else 100)
    per_book = args.per_workbook

    if args.keep:
        work = Path(args.keep)
        work.mkdir(parents=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="qpp-bench-exchange-"))
    os.environ["QPP_DATA_DIR"] = str(work / "data")
    started = time.perf_counter()
    try:
        print(f"Preparing {max(n_reviews, n_books * per_book):,} demo reviews and {n_books} workbooks of "
              f"{per_book} reviews ...", flush=True)
        prep = run_child("prepare", work, "--reviews", str(n_reviews), "--workbooks", str(n_books),
                         "--per-workbook", str(per_book))
        print(f"  (demo data {prep['fill_s']:.1f} s, workbooks {prep['workbooks_s']:.1f} s, encrypted copy "
              f"{prep['encrypt_s']:.1f} s, {prep['revised']:,} revisions {prep['revisions_s']:.1f} s)", flush=True)

        all_modes = ("export", "export_enc", "export_raw", "collate", "collate_enc", "collate_raw", "collate_rev",
                     "collate_rev_raw")
        res: dict[str, list[dict]] = {k: [] for k in (*all_modes, "ref")}
        modes = [m for m in all_modes if (args.only is None or m.startswith(args.only))
                 and not (args.no_encrypted and m.endswith("_enc"))]
        for run in range(runs):
            for mode in modes:
                r = run_child(mode, work, "--run", str(run))
                res[mode].append(r)
                print(f"  run {run + 1}/{runs} {mode:<12} {r['seconds']:8.2f} s  peak {r['peak_mb']:6.0f} MB",
                      flush=True)
            for f in work.glob(f"*-{run}.*"):
                f.unlink()  # export files and collation databases of this run
            if not args.no_reference:
                r = run_child("reference", work)
                res["ref"].append(r)
                for f in work.glob("reference*"):
                    f.unlink()
                print(f"  run {run + 1}/{runs} reference    " + "  ".join(
                    f"{k} {_fmt_s(v)}" for k, v in r.items()), flush=True)
        if args.profile:
            for mode in [m for m in ("export", "collate") if m in modes]:
                print(f"  profiling {mode} (cProfile output on stderr) ...", flush=True)
                run_child(mode, work, "--run", "99", "--profile")
                for f in work.glob("*-99.*"):
                    f.unlink()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    def med(mode: str, key: str = "seconds") -> float:
        return statistics.median(r[key] for r in res[mode])

    def peak(mode: str) -> float:
        return max(r["peak_mb"] for r in res[mode])

    def paired(mode: str, raw: str | None = None) -> tuple[float, list[float]]:
        """Each run's ours / raw, the two measured back to back, and their median: steadier than
        the ratio of the medians when the machine's load drifts between runs."""
        raw = raw or ("collate_rev_raw" if mode == "collate_rev" else mode.split("_")[0] + "_raw")
        ratios = [a["seconds"] / b["seconds"] for a, b in zip(res[mode], res[raw])]
        return statistics.median(ratios), ratios

    def cpu(mode: str) -> str:
        """ours / raw in CPU time (the process's user + system time over the timed part, medians): less
        sensitive than wall time to other work on a shared machine; wall time also counts waits on the disk."""
        ours_cpu, raw_cpu = med(mode, "cpu_s"), med(mode + "_raw", "cpu_s")
        return f"CPU time {ours_cpu:.2f} s vs {raw_cpu:.2f} s = {ours_cpu / raw_cpu:.2f}x"

    ok = {True: "PASS", False: "MISS"}
    rows = []
    ex = exr = co = cor = None
    if res["export"]:
        ex, exr = res["export"][0], res["export_raw"][0]
        assert ex["findings"] == exr["rows"]["Findings"] and ex["reviews"] == exr["rows"]["Reviews"], (ex, exr)
        t_ex, t_exr = med("export"), med("export_raw")
        r_ex, runs_ex = paired("export")
        rows += [
            (f"export {ex['reviews']:,} reviews, {ex['findings']:,} findings", _fmt_s(t_ex), _fmt_s(t_exr),
             f"{r_ex:.2f}x", f"<= {EXPORT_TIME_TARGET}x raw", f"{peak('export'):.0f} / {peak('export_raw'):.0f}",
             ok[r_ex <= EXPORT_TIME_TARGET]),
            ("  export peak memory (ours)", "", "", "", f"< {EXPORT_MEMORY_TARGET_MB} MB", f"{peak('export'):.0f}",
             ok[peak("export") < EXPORT_MEMORY_TARGET_MB]),
        ]
        if res["export_enc"]:
            r_exe, _ = paired("export_enc")
            rows.append(("  same, from an encrypted database", _fmt_s(med("export_enc")), _fmt_s(t_exr),
                         f"{r_exe:.2f}x", f"<= {EXPORT_TIME_TARGET}x raw",
                         f"{peak('export_enc'):.0f} / {peak('export_raw'):.0f}", ok[r_exe <= EXPORT_TIME_TARGET]))
    if res["collate"]:
        co, cor = res["collate"][0], res["collate_raw"][0]
        assert co["added"] == cor["reviews"] == n_books * per_book and co["rejected"] == 0, (co, cor)
        assert co["findings"] == cor["findings"] == prep["collation_findings"], (co, cor, prep)
        t_co, t_cor = med("collate"), med("collate_raw")
        r_co, runs_co = paired("collate")
        rows.append(
            (f"collate {co['files']} workbooks x {per_book} reviews ({co['findings']:,} findings)", _fmt_s(t_co),
             _fmt_s(t_cor), f"{r_co:.2f}x", f"<= {COLLATE_TIME_TARGET:g}x raw",
             f"{peak('collate'):.0f} / {peak('collate_raw'):.0f}", ok[r_co <= COLLATE_TIME_TARGET]))
        if res["collate_enc"]:
            ce = res["collate_enc"][0]
            assert ce["added"] == co["added"] and ce["findings"] == co["findings"] and ce["rejected"] == 0, (ce, co)
            r_coe, _ = paired("collate_enc")
            rows.append(("  same, into an encrypted database", _fmt_s(med("collate_enc")), _fmt_s(t_cor),
                         f"{r_coe:.2f}x", f"<= {COLLATE_TIME_TARGET:g}x raw",
                         f"{peak('collate_enc'):.0f} / {peak('collate_raw'):.0f}", ok[r_coe <= COLLATE_TIME_TARGET]))
    head = ("task", "ours (s)", "raw (s)", "ratio", "target", "peak MB ours/raw", "result")
    widths = [max(len(str(r[i])) for r in (head, *rows)) for i in range(len(head))]

    def line(cells) -> str:
        return "  ".join(str(c).ljust(w) if i in (0, 4) else str(c).rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths)))

    print()
    print(f"Exchange workbooks: median of {runs} run(s), each side in its own process "
          f"(total {time.perf_counter() - started:.0f} s)")
    print(line(head))
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r))
    print("  ratio = median over runs of ours / raw, the two measured back to back in each run "
          "(times: medians)")
    if ex is not None:
        print(f"  export runs: {', '.join(f'{r:.2f}x' for r in runs_ex)}; ratio of the medians {t_ex / t_exr:.2f}x; "
              f"{cpu('export')}")
        print(f"  findings per exported review: {ex['findings'] / ex['reviews']:.1f} (demo data: checklists of 27 "
              "and 30 criteria, some not applying to the outcome, 10% of reviews in progress)")
        print(f"  ours export: select_reviews {med('export', 'select_s'):.2f} s of it; file "
              f"{ex['bytes'] / 1e6:.1f} MB (raw {exr['bytes'] / 1e6:.1f} MB, {exr['cells']:,} cells)")
    if co is not None:
        print(f"  collation runs: {', '.join(f'{r:.2f}x' for r in runs_co)}; ratio of the medians "
              f"{t_co / t_cor:.2f}x; {cpu('collate')}")
    if res["collate_rev"]:
        cr, crr = res["collate_rev"][0], res["collate_rev_raw"][0]
        assert cr["rejected"] == 0 and cr["revised"] == prep["revised"] and cr["added"] == crr["reviews"] - cr["revised"], \
            (cr, crr, prep)
        r_rev, runs_rev = paired("collate_rev")
        print(f"  collation with revisions: {cr['files']} workbooks x {per_book} reviews, {cr['revised']:,} of them "
              f"later revisions of reviews the centre holds, {cr['added']:,} new: ours {med('collate_rev'):.2f} s, "
              f"raw {med('collate_rev_raw'):.2f} s = {r_rev:.2f}x (runs {', '.join(f'{r:.2f}x' for r in runs_rev)}; "
              f"target <= {COLLATE_TIME_TARGET:g}x: {ok[r_rev <= COLLATE_TIME_TARGET]})")
    for kind in ("export", "collate"):
        if res[kind] and res[kind + "_enc"]:
            r_enc, runs_enc = paired(kind + "_enc", kind)
            print(f"  {kind}: encrypted / plain database {r_enc:.2f}x (runs {', '.join(f'{r:.2f}x' for r in runs_enc)})")
    print("  every workbook is signed at export (Ed25519 over the checksum and the About sheet) and its signature "
          "verified at collation, in the plain and the encrypted runs alike; the encrypted runs use SQLCipher "
          "with the data key unlocked before the timing")
    print("  raw export = openpyxl write_only, same cells; raw collation = python-calamine to_python + "
          "SQLAlchemy Core executemany, one transaction per file, WAL + synchronous=FULL")
    if co is not None and (co["discrepancies"] or co["conflicts"]):
        print(f"  collation reported {co['discrepancies']} band discrepancies, {co['conflicts']} conflicts")
    if not all(r.get("peak_reset", True) for m in ("export", "collate") for r in res[m]):
        print("  (peak memory counted from process start: /proc/self/clear_refs was not writable)")

    if res["ref"]:
        print()
        print("Reference figures (the team's, for this kind of machine) beside this machine, same tasks and sizes")
        rw = max(len(label) for _k, label, _v in REFERENCE)
        print(f"{'task'.ljust(rw)}  {'team (s)':>8}  {'here (s)':>8}  {'here/team':>9}")
        print(f"{'-' * rw}  {'-' * 8}  {'-' * 8}  {'-' * 9}")
        for key, label, team in REFERENCE:
            vals = [r[key] for r in res["ref"] if r[key] is not None]
            here = statistics.median(vals) if vals else None
            note = f"{here / team:8.2f}x" if here is not None else "  (not installed)"
            print(f"{label.ljust(rw)}  {team:8.2f}  {_fmt_s(here):>8}  {note}")
        ref_cells = REF_ROWS * REF_COLS
        if ex is not None:
            print(f"  at the team's openpyxl write_only rate ({ref_cells:,} cells in 7.4 s), the export's "
                  f"{exr['cells']:,} cells would take {7.4 * exr['cells'] / ref_cells:.1f} s; "
                  f"here raw took {t_exr:.1f} s and ours {t_ex:.1f} s")
        if co is not None:
            estimate = (0.50 * (cor["reviews"] * 26 + cor["findings"] * 6) / ref_cells
                        + 2.0 * (cor["reviews"] + cor["findings"]) / REF_SQLITE_ROWS)
            print(f"  at the team's rates (calamine 0.50 s per {ref_cells:,} cells, SQLite 2 s per "
                  f"{REF_SQLITE_ROWS:,} rows), the collation's {cor['reviews']:,} reviews + {cor['findings']:,} "
                  f"findings would take about {estimate:.1f} s to read and insert; here raw took {t_cor:.1f} s "
                  f"and ours {t_co:.1f} s")

if __name__ == "__main__":
    main()
