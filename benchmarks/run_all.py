"""Every performance figure of the project in one command, as one table.

    .venv/bin/python benchmarks/run_all.py            # full sizes: about 25-30 minutes on 2 cores (exchange: 5 runs)
    .venv/bin/python benchmarks/run_all.py --quick    # smaller sizes: about 3 minutes
    .venv/bin/python benchmarks/run_all.py --only startup dashboard
    .venv/bin/python benchmarks/run_all.py --write-readme   # and put the table into README.md

Runs each benchmark script in turn, in its own process, showing its output as it goes, then prints one
Markdown table (figure, ours, baseline, ratio or target, PASS/MISS), one row per target, ready for the
README (--write-readme puts it there, with the date, the machine and the command):
    dashboard  bench_dashboard.py   the dashboard's figures over 50,000 reviews (target < 100 ms each, the
                                    error themes included; review_facts() and summarise() < 300 ms); the
                                    database is built once into --cache (default build/bench-cache/)
    startup    bench_startup.py     cold start to the first frame of the main window, beside a bare PySide6
                                    window in the same run (target <= 1.5x); ready (database open, list
                                    painted) <= 2x, and <= 3x on the dashboard's 50,000-review database when
                                    --cache holds it; Ctrl+Q to the process's end <= 0.3 s; the bundle's start
                                    too, when dist/qpp-reviewer/ has been built (packaging/build-bundle.sh)
    band       bench_band_update.py key press -> band repainted on a 60-criterion checklist (target < 16 ms)
    exchange   bench_exchange.py    export of 10,000 reviews beside openpyxl's raw write (<= 1.2x), collation of
                                    100 workbooks beside python-calamine + SQLAlchemy Core (<= 2x)
    reports    bench_reports.py     the PDF period report of 2,000 reviews (target: in seconds, held to < 5 s)
    documents  bench_documents.py   a 300-page PDF: open to the first page rendered, page change, search of every
                                    page, beside PDFium alone in the same run (<= 1.3x; first page < 300 ms)
    pane       bench_document_pane.py  the same in the review window's document pane, painted, beside PDFium
                                    drawing into a bare widget (<= 1.3x; first page < 300 ms)
--quick: startup 3 runs; dashboard 5,000 reviews, 3 rounds; exchange --quick (1,000 reviews, 10 workbooks);
reports 1 round; documents 3 rounds. Exit status 0 when every benchmark ran (PASS or MISS), 1 when one failed to run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ORDER = ("dashboard", "startup", "band", "exchange", "reports", "documents", "pane")  # the dashboard's database first: startup uses it
BIG_REVIEWS = 50_000  # the dashboard benchmark's full-size database, also timed by startup when it exists
README = ROOT / "README.md"
TABLE_START, TABLE_END = "<!-- run_all.py table: written by benchmarks/run_all.py --write-readme -->", \
    "<!-- end of the run_all.py table -->"


def commands(quick: bool, cache: Path) -> dict[str, list[str]]:
    py = [sys.executable]
    exe = ROOT / "dist" / "qpp-reviewer" / ("qpp-reviewer.exe" if sys.platform == "win32" else "qpp-reviewer")
    bundle = ["--bundle", str(exe)] if exe.exists() else []
    big_db = cache / f"dashboard-{BIG_REVIEWS}-seed1.sqlite3"  # bench_dashboard.py's name for it
    big = ["--big-db", str(big_db)] if big_db.exists() else []
    return {
        "startup": py + [str(HERE / "bench_startup.py")] + (["--runs", "3"] if quick else []) + bundle + big,
        "band": py + [str(HERE / "bench_band_update.py")],
        "dashboard": py + [str(HERE / "bench_dashboard.py"), "--cache", str(cache)]
        + (["--reviews", "5000", "--rounds", "3"] if quick else []),
        "exchange": py + [str(HERE / "bench_exchange.py"), "--no-reference"] + (["--quick"] if quick else ["--runs", "5"]),
        "reports": py + [str(HERE / "bench_reports.py")] + (["--rounds", "1"] if quick else []),
        "documents": py + [str(HERE / "bench_documents.py")] + (["--rounds", "3"] if quick else []),
        "pane": py + [str(HERE / "bench_document_pane.py")] + (["--rounds", "3"] if quick else []),
    }


def run(name: str, cmd: list[str]) -> tuple[str, float, int]:
    print(f"\n=== {name}: {' '.join(Path(c).name if i < 2 else c for i, c in enumerate(cmd))}", flush=True)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = []
    for line in proc.stdout:
        sys.stdout.write(line)
        out.append(line)
    proc.wait()
    return "".join(out), time.perf_counter() - t0, proc.returncode


def _result_json(text: str) -> dict:
    lines = [ln for ln in text.splitlines() if ln.startswith("RESULT ")]
    if not lines:
        raise ValueError("no RESULT line")
    return json.loads(lines[-1][len("RESULT "):])


def _search(pattern: str, text: str) -> re.Match:
    m = re.search(pattern, text, re.MULTILINE)
    if not m:
        raise ValueError(f"output not understood (looked for {pattern!r})")
    return m


def verdict(ok: bool) -> str:
    return "PASS" if ok else "**MISS**"


# Each parser turns a benchmark's output into table rows: (figure, ours, baseline, ratio/target, result).
def rows_startup(text: str) -> list[tuple]:
    r = _result_json(text)
    return [
        ("Cold start to first window, its frame shown while the database opens (fresh process, median of "
         f"{r['runs']}; {r['reviews']}-review database, {r['platform']})",
         f"{r['app_s']:.2f} s", f"bare PySide6 window {r['bare_s']:.2f} s",
         f"{r['ratio']:.2f}x / <= {r['target_ratio']}x", verdict(r["ratio"] <= r["target_ratio"])),
    ] + ([
        ("↳ the median of each round's own ratio (app and bare started back to back)", "", "",
         f"{r['paired_ratio']:.2f}x", "info"),
        ("↳ CPU time to the first frame (less sensitive to other load on the machine)", f"{r['app_cpu_s']:.2f} s",
         f"bare PySide6 window {r['bare_cpu_s']:.2f} s", f"{r['cpu_ratio']:.2f}x", "info"),
    ] if "paired_ratio" in r else []) + [
        ("↳ the same against a bare window with a menu and a label", f"{r['app_s']:.2f} s",
         f"bare window with text {r['text_s']:.2f} s", f"{r['text_ratio']:.2f}x", "info"),
    ] + ([
        ("Ready: the window painted again with the database open and the review list filled "
         f"({r['reviews']}-review database)", f"{r['app_ready_s']:.2f} s", f"bare PySide6 window {r['bare_s']:.2f} s",
         f"{r['ready_ratio']:.2f}x / <= {r['target_ready_ratio']}x", verdict(r["ready_ratio"] <= r["target_ready_ratio"])),
    ] if "target_ready_ratio" in r else [
        ("↳ ready: the window painted again with the database open and the review list filled",
         f"{r['app_ready_s']:.2f} s", f"bare PySide6 window {r['bare_s']:.2f} s", f"{r['ready_ratio']:.2f}x", "info"),
    ]) + ([
        ("Ready on the 50,000-review benchmark database (the list reads its first page only)",
         f"{r['big_ready_s']:.2f} s", f"bare PySide6 window {r['bare_s']:.2f} s",
         f"{r['big_ready_ratio']:.2f}x / <= {r['target_big_ready_ratio']}x",
         verdict(r["big_ready_ratio"] <= r["target_big_ready_ratio"])),
    ] if "big_ready_s" in r else [
        ("Ready on the 50,000-review benchmark database", "", "", "<= 3x",
         "not run (build it first: bench_dashboard.py --cache)"),
    ]) + ([
        ("Quit: Ctrl+Q to the process's end, the dashboard shown before (the last comment saved: tests/test_quit.py)",
         f"{r['quit_s']:.3f} s", f"bare PySide6 window {r['bare_quit_s']:.3f} s", f"<= {r['target_quit_s']} s",
         verdict(r["quit_s"] <= r["target_quit_s"])),
    ] if "quit_s" in r else []) + ([
        ("↳ ready on an encrypted database, the passphrase typed at once (its key derivation counted)",
         f"{r['enc_ready_s']:.2f} s", f"bare PySide6 window {r['bare_s']:.2f} s", f"{r['enc_ready_ratio']:.2f}x", "info"),
    ] if "enc_ready_s" in r else []) + [
        ("↳ peak memory when ready", f"{r['app_peak_mib']:.0f} MiB",
         f"bare window {r['bare_peak_mib']:.0f} MiB", f"{r['app_peak_mib'] / r['bare_peak_mib']:.2f}x", "info"),
    ] + ([
        ("↳ the same from the standalone bundle (dist/qpp-reviewer)", f"{r['bundle_s']:.2f} s",
         f"bare PySide6 window {r['bare_s']:.2f} s", f"{r['bundle_ratio']:.2f}x / <= {r['target_ratio']}x",
         verdict(r["bundle_ratio"] <= r["target_ratio"])),
    ] if "bundle_s" in r else [])


def rows_band(text: str) -> list[tuple]:
    ms = r"median\s+([\d.]+) ms\s+p95\s+([\d.]+) ms"
    m = _search(rf"key press -> (?:band repainted|new band painted)\s+{ms}", text)
    save = _search(rf"store save \(commit, fsync\)\s+{ms}", text)
    med, p95 = float(m.group(1)), float(m.group(2))
    rows = [
        ("Band update after a finding, 60-criterion checklist (key press -> new band painted, median)",
         f"{med:.1f} ms (p95 {p95:.1f})", "", "< 16 ms", verdict(med < 16)),
    ]
    saved = re.search(rf"key press -> finding saved\s+{ms}", text)
    if saved:  # the save is no longer on the key press's path: shown apart
        rows.append(("↳ key press -> finding saved", f"{float(saved.group(1)):.1f} ms (p95 {float(saved.group(2)):.1f})",
                     "", "", "info"))
    rows.append(("↳ one committed save alone (SQLite, synchronous=FULL)",
                 f"{float(save.group(1)):.1f} ms (p95 {float(save.group(2)):.1f})", "", "", "info"))
    return rows


def rows_dashboard(text: str) -> list[tuple]:
    r = _result_json(text)
    n, t = r["reviews"], r["target_ms"]
    out = []
    if r.get("refresh_ms") is not None:
        out.append((f"Dashboard figures over {n:,} reviews: refresh (band_tally() + count_by_month())",
                    f"{r['refresh_ms']:.0f} ms", "", f"< {t:.0f} ms", verdict(r["refresh_ms"] < t)))
    facts_target = r.get("facts_target_ms", 300.0)
    out += [
        (f"review_facts() over {n:,} reviews, every review loaded (the PDF report and CLI summary's input)",
         f"{r['facts_ms']:.0f} ms", "", f"< {facts_target:.0f} ms", verdict(r["facts_ms"] < facts_target)),
        (f"summarise() of loaded facts (summary command, PDF) by one grouping, slowest "
         f"({r['summarise_worst_grouping']})", f"{r['summarise_worst_ms']:.0f} ms",
         f"no grouping {r['summarise_ms']['(none)']:.0f} ms", f"< {facts_target:.0f} ms",
         verdict(r["summarise_worst_ms"] < facts_target)),
        (f"↳ summarise() by each of its {len(r['summarise_ms'])} groupings (none included), one after another", f"{r['summarise_all_ms']:.0f} ms", "", "",
         "info"),
        (f"Error themes over {n:,} reviews (error_themes(), counted in a worker thread after painting; the "
         "page says 'Counting the error themes…' meanwhile)", f"{r['themes_ms']:.0f} ms", "", f"< {t:.0f} ms",
         verdict(r["themes_ms"] < t)),
    ]
    if r.get("outcomes_ms") is not None:
        out.append((f"Appeal outcome figures over {n:,} reviews (outcome_figures())", f"{r['outcomes_ms']:.0f} ms",
                    "", f"< {t:.0f} ms", verdict(r["outcomes_ms"] < t)))
    return out


def rows_exchange(text: str) -> list[tuple]:
    num = r"([\d.]+|n/a)"
    ex = _search(rf"^(export [\d,]+ reviews, [\d,]+ findings)\s+{num}\s+{num}\s+([\d.]+)x\s+<= ([\d.]+)x raw\s+"
                 r"(\S+) / (\S+)\s+(PASS|MISS)", text)
    mem = _search(r"^\s+export peak memory \(ours\)\s+< (\d+) MB\s+(\d+)\s+(PASS|MISS)", text)
    co = _search(rf"^(collate \d+ workbooks x \d+ reviews \([\d,]+ findings\))\s+{num}\s+{num}\s+([\d.]+)x\s+"
                 r"<= ([\d.]+)x raw\s+(\S+) / (\S+)\s+(PASS|MISS)", text)
    runs = _search(r"median of (\d+) run", text).group(1)
    return [
        (f"Export: {ex.group(1)} (times: median of {runs}; ratio: median of the {runs} back-to-back ratios)",
         f"{ex.group(2)} s",
         f"raw openpyxl write_only {ex.group(3)} s", f"{ex.group(4)}x / <= {ex.group(5)}x",
         verdict(ex.group(8) == "PASS")),
        ("↳ export peak memory", f"{mem.group(2)} MB", f"raw {ex.group(7)} MB", f"< {mem.group(1)} MB",
         verdict(mem.group(3) == "PASS")),
        (f"Collation: {co.group(1)} (times: median of {runs}; ratio: median of the {runs} back-to-back ratios)",
         f"{co.group(2)} s",
         f"raw calamine + SQLAlchemy Core {co.group(3)} s", f"{co.group(4)}x / <= {co.group(5)}x",
         verdict(co.group(8) == "PASS")),
    ]


def rows_reports(text: str) -> list[tuple]:
    head = _search(r"PDF reports: ([\d,]+) demo reviews .*?, (\d+) rounds", text)
    m = _search(r"\| whole period report, batch_pdf\(\)\s+\|\s+([\d.]+) ms \|\s+([\d.]+) ms \| (\d+) pages.*?"
                r"target < (\d+) s", text)
    fb = _search(r"\| feedback sheet, feedback_pdf\(\)\s+\|\s+([\d.]+) ms", text)
    secs, target = float(m.group(1)) / 1000, float(m.group(4))
    return [
        (f"PDF period report of {head.group(1)} reviews ({m.group(3)} pages; median of {head.group(2)})",
         f"{secs:.2f} s", "", f"< {target:.0f} s (\"in seconds\")", verdict(secs < target)),
        ("↳ PDF feedback sheet of one review", f"{float(fb.group(1)) / 1000:.2f} s", "", "", "info"),
    ]


def rows_documents(text: str) -> list[tuple]:
    r = _result_json(text)
    t = r["target_ratio"]
    return [
        (f"Case document of {r['pages']} pages: open to the first page rendered ({r['scale'] * 72:.0f} dpi, median "
         f"of {r['rounds']})", f"{r['first_ms']:.0f} ms", f"PDFium alone {r['first_raw_ms']:.0f} ms",
         f"{r['first_ratio']:.2f}x / <= {t}x, < {r['target_first_ms']} ms",
         verdict(r["first_ratio"] <= t and r["first_ms"] < r["target_first_ms"])),
        ("↳ page change (a page not shown before)", f"{r['change_ms']:.0f} ms",
         f"PDFium alone {r['change_raw_ms']:.0f} ms", f"{r['change_ratio']:.2f}x / <= {t}x",
         verdict(r["change_ratio"] <= t)),
        (f"↳ search of all {r['pages']} pages ({r['hits']} hits, their rectangles)", f"{r['search_ms']:.0f} ms",
         f"PDFium alone {r['search_raw_ms']:.0f} ms", f"{r['search_ratio']:.2f}x / <= {t}x",
         verdict(r["search_ratio"] <= t)),
    ]


def rows_pane(text: str) -> list[tuple]:
    r = _result_json(text)
    names = {"first": "Document pane: open to the first page painted (300 pages, fit width)",
             "page": "↳ page change painted", "search": "↳ search of every page, hits marked"}
    return [(names[k], f"{r[k]['ours_ms']:.0f} ms", f"PDFium into a bare widget {r[k]['raw_ms']:.0f} ms",
             f"{r[k]['ratio']:.2f}x / <= 1.3x" + (", < 300 ms" if k == "first" else ""), verdict(r[k]["ok"]))
            for k in ("first", "page", "search")]


PARSERS = {"startup": rows_startup, "band": rows_band, "dashboard": rows_dashboard, "exchange": rows_exchange,
           "reports": rows_reports, "documents": rows_documents, "pane": rows_pane}


def machine() -> str:
    try:
        import PySide6

        qt = f"PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "no PySide6"
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average at the start {os.getloadavg()[0]:.1f}"
    return (f"{date.today().isoformat()}, {os.cpu_count()} cores, {platform.system()} {platform.machine()}, "
            f"Python {platform.python_version()}, {qt}{load}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes (about 3 minutes)")
    ap.add_argument("--only", nargs="+", choices=ORDER, metavar="NAME", help=f"some of: {', '.join(ORDER)}")
    ap.add_argument("--write-readme", action="store_true",
                    help="put the table (with the date, the machine and the command) into README.md, in place of "
                         "the one there")
    ap.add_argument("--cache", default=str(ROOT / "build" / "bench-cache"),
                    help="where the dashboard's demo database is kept between runs (default build/bench-cache)")
    args = ap.parse_args()
    about = machine()
    cmds = commands(args.quick, Path(args.cache))
    rows, failed, times = [], [], {}
    started = time.perf_counter()
    for name in args.only or ORDER:
        text, secs, code = run(name, cmds[name])
        times[name] = secs
        try:
            if code != 0:
                raise ValueError(f"exit status {code}")
            rows += PARSERS[name](text)
        except ValueError as exc:
            failed.append(name)
            rows.append((f"{name}: did not run ({exc})", "", "", "", "**ERROR**"))

    head = ("figure", "ours", "baseline (same run)", "ratio / target", "result")
    print()
    print(f"All benchmarks{' (--quick sizes)' if args.quick else ''}: {about}; "
          f"{time.perf_counter() - started:.0f} s in all ("
          + ", ".join(f"{k} {v:.0f} s" for k, v in times.items()) + ")")
    print()
    table = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    table += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    print("\n".join(table))
    verdicts = [r[-1] for r in rows]
    tally = (f"{verdicts.count('PASS')} PASS, {verdicts.count('**MISS**')} MISS"
             + (f", {len(failed)} failed to run: {', '.join(failed)}" if failed else ""))
    print(f"\n{tally}")
    if args.write_readme:
        command = " ".join(["benchmarks/run_all.py"] + [a for a in sys.argv[1:] if a != "--write-readme"])
        write_readme(about, command, table, tally)
    return 1 if failed else 0


def write_readme(about: str, command: str, table: list[str], tally: str) -> None:
    """Replace the table between TABLE_START and TABLE_END in README.md with this run's."""
    text = README.read_text(encoding="utf-8")
    if TABLE_START not in text or TABLE_END not in text:
        raise SystemExit(f"README.md has no {TABLE_START!r} … {TABLE_END!r} block to replace")
    before, rest = text.split(TABLE_START, 1)
    _old, after = rest.split(TABLE_END, 1)
    block = "\n".join([TABLE_START, "", f"{about}; `{command}`:", "",
                       *table, "", tally + ".", "", TABLE_END])
    README.write_text(before + block + after, encoding="utf-8")
    print(f"README.md: table written ({len(table) - 2} rows)")


if __name__ == "__main__":
    sys.exit(main())
