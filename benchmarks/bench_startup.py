"""Cold start to the first frame: QPP Reviewer's main window beside a bare PySide6 window, same run.

Target (the packaging issue): the app's start within 1.5 x a bare QMainWindow's. Run:
    .venv/bin/python benchmarks/bench_startup.py               # median of 5 each, after one warm-up each
    .venv/bin/python benchmarks/bench_startup.py --runs 9 --reviews 2000
    .venv/bin/python benchmarks/bench_startup.py --platform xcb # on a real (or Xvfb) screen
    .venv/bin/python benchmarks/bench_startup.py --bundle dist/qpp-reviewer/qpp-reviewer   # and the bundle
Each start is a fresh Python process (this script with --child), the two kinds taking turns:
    bare  import PySide6, QApplication, a 1280 x 800 QMainWindow (the app's default size), show();
    text  the same with a File menu and a QLabel: the cost of a menu and some text (Qt's font set-up), for comparison;
          (built so as not to create PySide6's Qt namespace, ~50 ms, which the app's frame avoids too)
    app   qpp_reviewer.cli.main(["--as", "bench", "--db", DB]) exactly as `qpp-reviewer --as bench --db DB`
          runs: logging, opening the demo database (lock, rolling backup, migration check), the main window
          with its review list (--as names who is working, so no dialog asks; left out if the app has no --as);
    bundle (with --bundle EXE) the standalone bundle's executable, `EXE --db DB`, frozen by PyInstaller
          (packaging/bundle_entry.py watches for the first frame the same way).
The first frame is the first Paint event of the window (an event filter on the window alone, for every
kind), then a QTimer.singleShot(0) so that the painting and the flush to the screen's backing store are done. The app shows its frame before it opens the database
(qpp_reviewer.qt.app.run); "ready" is the first frame painted after MainWindow.attach(store), with the
review list filled — both are printed, the target applies to the first frame. At that moment the child prints its figures and exits
(os._exit: the time to close is not part of the start). Figures:
    parent   wall time from just before the child is spawned to the child's line arriving on the pipe:
             interpreter start, imports, window, first frame (what the table shows);
    child    the child's own perf_counter() at the first frame, less the parent's just before spawning
             (CLOCK_MONOTONIC on Linux, QueryPerformanceCounter on Windows: both system-wide);
    python   from the child's first line of Python to the first frame (without the interpreter's start);
    peak     the child's peak resident memory at the first frame (VmHWM; ru_maxrss elsewhere), MiB;
    cpu      the child's CPU time (user + system, all threads) at the first frame: less sensitive than the
             wall time to other work on a shared machine, printed beside the ratio.
The ratio is the medians' (app / bare); the median of each round's own app / bare is printed beside it.
"Cold" means a new process each time; the operating system's file cache is warm, and Python's bytecode
cache written (the warm-up runs see to that, for both kinds alike; PYTHONDONTWRITEBYTECODE is dropped). The team's reference for a bare PySide6 window: 0.26 s, 47 MiB.
Prints a table, then one line "RESULT {json}" for benchmarks/run_all.py.
"""

from __future__ import annotations

import time

T_SCRIPT = time.perf_counter()  # noqa: E402  (the child's first line of Python)

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5
TARGET_READY_RATIO = 2.0  # issue 21: ready (database open, review list painted) within 2 x a bare window
TARGET_BIG_READY_RATIO = 3.0  # issue 21: ready on the 50,000-review benchmark database
TARGET_QUIT_S = 0.3  # issue 21: Ctrl+Q to the process's end
REFERENCE_BARE_S, REFERENCE_BARE_MIB = 0.26, 47
PASSPHRASE = "bench passphrase for the encrypted start"
UNLOCK_S = 0.0  # the child's time deriving the data key from the passphrase (encrypted start only)


# -- child side ---------------------------------------------------------------------------------------------
def _peak_mib() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    except ImportError:
        return float("nan")


def _line(tag: str, window) -> None:
    now = time.perf_counter()
    print(f"{tag} " + json.dumps({
        "child_s": now - float(os.environ["QPP_BENCH_SPAWN"]),
        "python_s": now - T_SCRIPT,
        "cpu_s": time.process_time(),  # the process's CPU time (all threads) since it started
        "peak_mib": _peak_mib(),
        "title": window.windowTitle(),
        "unlock_s": UNLOCK_S,
    }), flush=True)


def _watch_next_frame(window, then, children: bool = False) -> None:
    """Call ``then`` once ``window`` has painted (with ``children``: or any widget in it), and the loop has
    turned once (the paint is then finished and flushed).

    The first frame is watched on the window alone: a filter on the whole application runs Python for
    every event of every widget (hundreds while a window with menus, tool bar and tabs is laid out:
    ~50 ms for the app's window, a few for a bare one), which would time the harness, not the start.
    Children count for READY only, when just a page may repaint; that filter is installed after the
    first frame."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class NextPaint(QObject):
        seen = False

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if not self.seen and event.type() == QEvent.Type.Paint and obj.isWidgetType() \
                    and obj.window() is window:
                self.seen = True
                (QApplication.instance() if children else window).removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False

    f = NextPaint()
    (QApplication.instance() if children else window).installEventFilter(f)
    window._bench_paint = f  # keep it alive


def _watch_first_frame(window, ready_too: bool = False) -> None:
    """Print FRAME at the window's first frame; then READY when the window has painted with its
    database attached (ready_too), else at once; then exit."""
    def frame() -> None:
        _line("FRAME", window)
        if not ready_too or getattr(window, "store", None) is not None:
            _line("READY", window)
            os._exit(0)

    _watch_next_frame(window, frame)


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    w.setWindowTitle("bare")
    w.resize(1280, 800)
    _watch_first_frame(w)
    w.show()
    app.exec()


def child_text() -> None:
    """The bare window with a menu and a line of text: what showing any text at all costs
    (Qt initialises its font database at the first text laid out: a few milliseconds here)."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    w.setWindowTitle("bare with text")
    w.resize(1280, 800)
    quit_action = QAction(w)  # not addAction("&Quit"): its overloads make PySide6 build the Qt namespace
    quit_action.setText("&Quit")
    w.menuBar().addMenu("&File").addAction(quit_action)
    w.setCentralWidget(QLabel("Opening reviews.sqlite3…"))
    _watch_first_frame(w)
    w.show()
    app.exec()


def child_app(db: str, actor: list[str], encrypted: bool = False) -> None:
    sys.path.insert(0, str(ROOT))
    # Hook where the start waits for its first frame, and attach(); everything else is the real start-up.
    from qpp_reviewer.qt import app as app_module
    from qpp_reviewer.qt import main_window

    if encrypted:  # the passphrase typed at once: the prompt's wait is left out, the key derivation is not
        from qpp_reviewer.qt import passphrase

        prepare = passphrase.prepare

        def typed(path, parent=None):
            global UNLOCK_S
            from qpp_reviewer.storage import cipher

            t0 = time.perf_counter()
            cipher.unlock(path, PASSPHRASE)
            UNLOCK_S = time.perf_counter() - t0
            return prepare(path, parent)

        passphrase.prepare = typed

    after_first_frame, attach = app_module.after_first_frame, main_window.MainWindow.attach

    def watched(widget, fn, *args, **kwargs):
        after_first_frame(widget, fn, *args, **kwargs)
        # installed after the app's own filter on the window, so called before it: FRAME is printed
        # before the app goes on to open the database
        _watch_first_frame(widget, ready_too=True)

    def attached(self, store):  # the frame came first; ready = the first paint with the database's reviews
        attach(self, store)
        _watch_next_frame(self, lambda: (_line("READY", self), os._exit(0)), children=True)

    app_module.after_first_frame = watched
    main_window.MainWindow.attach = attached
    from qpp_reviewer.cli import main

    sys.exit(main(actor + ["--db", db]))


def child_quit(db: str, actor: list[str], bare: bool = False) -> None:
    """Quit by Ctrl+Q once ready: print "QUIT <perf_counter>" just before the key press; the parent times
    from there to the process's end. The app runs as the installed command does (qpp_reviewer.cli.main()
    reading sys.argv), with the dashboard shown first (its page, charts and threads torn down too) and
    the review list back in front; the bare window quits through a Ctrl+Q QAction calling close()."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow

    def press_quit(window) -> None:
        from PySide6.QtCore import Qt

        target = QApplication.focusWidget() or window
        print("QUIT " + repr(time.perf_counter()), flush=True)
        QTest.keyClick(target, Qt.Key_Q, Qt.ControlModifier)

    if bare:
        app = QApplication(sys.argv[:1])
        w = QMainWindow()
        w.resize(1280, 800)
        quit_action = QAction(w)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(w.close)
        w.addAction(quit_action)
        w.show()
        QTimer.singleShot(300, lambda: press_quit(w))
        sys.exit(app.exec())
    sys.path.insert(0, str(ROOT))
    from qpp_reviewer.qt import main_window

    attach = main_window.MainWindow.attach

    def attached(self, store):
        attach(self, store)

        def dashboard_then_list() -> None:
            self.ui.actionShowDashboard.trigger()
            QTimer.singleShot(300, lambda: (self.ui.actionShowList.trigger(),
                                            QTimer.singleShot(100, lambda: press_quit(self))))

        QTimer.singleShot(100, dashboard_then_list)

    main_window.MainWindow.attach = attached
    from qpp_reviewer.cli import main

    sys.argv = [sys.argv[0], *actor, "--db", db]
    sys.exit(main())


def time_quit(kind: str, db: Path, env: dict, actor: list[str]) -> float:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--db", str(db), *actor]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    watchdog = threading.Timer(120, proc.kill)
    watchdog.start()
    pressed = None
    try:
        for line in proc.stdout:
            if line.startswith("QUIT "):
                pressed = float(line.split()[1])
        proc.wait()
        ended = time.perf_counter()
        err = proc.stderr.read()
    finally:
        watchdog.cancel()
    if pressed is None or proc.returncode != 0:
        raise SystemExit(f"the {kind} child did not quit normally (exit {proc.returncode}):\n{err}")
    return ended - pressed


# -- parent side --------------------------------------------------------------------------------------------
def start(kind: str, db: Path, env: dict, actor: list[str], bundle: str | None = None) -> dict:
    if kind == "bundle":  # packaging/bundle_entry.py reports the first frame when QPP_BENCH_SPAWN is set
        cmd = [bundle, *actor, "--db", str(db)]
    else:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--db", str(db), *actor]
    t0 = time.perf_counter()
    env = dict(env, QPP_BENCH_SPAWN=repr(t0))
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    watchdog = threading.Timer(120, proc.kill)  # e.g. a dialog waiting for an answer before the window
    watchdog.start()
    frame = None
    try:
        for line in proc.stdout:
            if line.startswith("FRAME "):
                parent_s = time.perf_counter() - t0
                frame = json.loads(line[len("FRAME "):])
                frame["parent_s"] = parent_s
            elif line.startswith("READY ") and frame is not None:
                ready = json.loads(line[len("READY "):])
                frame |= {"ready_parent_s": time.perf_counter() - t0, "ready_child_s": ready["child_s"],
                          "ready_peak_mib": ready["peak_mib"], "title": ready["title"],
                          "unlock_s": ready.get("unlock_s", 0.0)}
                break
        _out, err = proc.communicate()
        if frame is not None and "ready_parent_s" not in frame:  # a start with no separate READY line
            frame |= {"ready_parent_s": frame["parent_s"], "ready_child_s": frame["child_s"],
                      "ready_peak_mib": frame["peak_mib"]}
    finally:
        watchdog.cancel()
    if frame is None:
        raise SystemExit(f"the {kind} child showed no frame within 120 s (exit {proc.returncode}):\n{err}")
    return frame


def actor_args(env: dict) -> list[str]:
    """``--as bench`` when the app asks who is working before its window (qpp_reviewer.qt.people) and
    takes the answer from the command line, so that no dialog waits for one."""
    out = subprocess.run([sys.executable, "-m", "qpp_reviewer", "--help"], cwd=ROOT, env=env,
                         capture_output=True, text=True).stdout
    return ["--as", "bench"] if re.search(r"--as\b", out) else []


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="starts of each kind, after one warm-up (default 5)")
    ap.add_argument("--reviews", type=int, default=200, help="reviews in the demo database (default 200)")
    ap.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                    help="Qt platform plugin for the children (default offscreen)")
    ap.add_argument("--bundle", metavar="EXE", help="also time the standalone bundle's executable "
                    "(e.g. dist/qpp-reviewer/qpp-reviewer, from packaging/build-bundle.sh)")
    ap.add_argument("--big-db", metavar="PATH", help="also time ready on this (large) database, e.g. the "
                    "dashboard benchmark's 50,000 reviews (copied first; target <= 3x a bare window)")
    ap.add_argument("--child", choices=("bare", "text", "app", "app_enc", "quit", "bare_quit"), help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--as", dest="actor", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child == "bare":
        return child_bare()
    if args.child == "text":
        return child_text()
    if args.child in ("quit", "bare_quit"):
        return child_quit(args.db, ["--as", args.actor] if args.actor else [], bare=args.child == "bare_quit")
    if args.child in ("app", "app_enc"):
        return child_app(args.db, ["--as", args.actor] if args.actor else [], encrypted=args.child == "app_enc")

    tmp = Path(tempfile.mkdtemp(prefix="qpp-bench-startup-"))
    try:
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, QPP_DATA_DIR=str(tmp / "data"),
                   XDG_CONFIG_HOME=str(tmp / "config"))  # no settings of the user's (window geometry, ...)
        # An installed app starts from compiled bytecode: let the warm-up runs write it (__pycache__/ is
        # gitignored) even where PYTHONDONTWRITEBYTECODE is set, or every start would compile ~700 modules.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db = tmp / "demo.sqlite3"
        subprocess.run([sys.executable, "-m", "qpp_reviewer", "demo", "--db", str(db), "--reviews",
                        str(args.reviews)], check=True, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        enc_db = tmp / "demo-encrypted.sqlite3"  # the same reviews, encrypted at rest
        shutil.copyfile(db, enc_db)
        subprocess.run([sys.executable, "-m", "qpp_reviewer", "db", "encrypt", "--db", str(enc_db)], check=True,
                       cwd=ROOT, env=dict(env, QPP_NEW_PASSPHRASE=PASSPHRASE), stdout=subprocess.DEVNULL)
        kinds = ("bare", "text", "app", "app_enc", "bundle") if args.bundle else ("bare", "text", "app", "app_enc")
        big = tmp / "big.sqlite3"
        if args.big_db:
            shutil.copyfile(args.big_db, big)
            # as a person's database is after its last clean close: migrated, its start-up backup made, its
            # write-ahead log folded in (the children end with os._exit at READY, which would leave a log)
            subprocess.run([sys.executable, "-c", "import sys; from qpp_reviewer.storage.store import Store; "
                            "Store.open(sys.argv[1], lock=True, backup_on_open=True).close()", str(big)],
                           check=True, cwd=ROOT, env=env)
            kinds += ("app_big",)
        results: dict[str, list[dict]] = {k: [] for k in kinds}
        actor = actor_args(env)
        for i in range(args.runs + 1):
            for kind in kinds:
                r = start("app" if kind == "app_big" else kind,
                          {"app_enc": enc_db, "app_big": big}.get(kind, db), env, actor, args.bundle)
                if i:  # the first of each kind warms the file cache and is not counted
                    results[kind].append(r)
                for name in ("demo.sqlite3.lock", "demo-encrypted.sqlite3.lock", "big.sqlite3.lock"):
                    (tmp / name).unlink(missing_ok=True)  # left by os._exit; taken over anyway
        app_title = results["app"][0]["title"]
        quits: dict[str, list[float]] = {"bare_quit": [], "quit": []}
        for i in range(args.runs + 1):
            for kind in quits:
                q = time_quit(kind, db, env, actor)
                if i:
                    quits[kind].append(q)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def med(kind: str, key: str) -> float:
        return statistics.median(r[key] for r in results[kind])

    bare, ours = med("bare", "parent_s"), med("app", "parent_s")
    ratio = ours / bare
    # each round starts bare, text, app (and bundle) back to back: the median of the rounds' own
    # ratios is steadier than the ratio of the medians when the machine's load drifts
    paired = statistics.median(a["parent_s"] / b["parent_s"] for a, b in zip(results["app"], results["bare"]))
    cpu_ratio = med("app", "cpu_s") / med("bare", "cpu_s")
    ready = med("app", "ready_parent_s")
    print(f"Cold start ({args.platform}), median of {args.runs} fresh processes each, demo database of "
          f"{args.reviews} reviews; window '{app_title}'")
    print("  first frame: the window painted (the app's frame says 'Opening <file>…' while the database opens);")
    print("  ready: painted with the database open and the review list filled (the bare window: its first frame)")
    print(f"| {'start':34} | {'frame':>8} | {'ready':>8} | {'child':>8} | {'python':>8} | {'peak':>8} |")
    print(f"|{'-' * 36}|{'-' * 10}|{'-' * 10}|{'-' * 10}|{'-' * 10}|{'-' * 10}|")
    labels = {"bare": "bare PySide6 QMainWindow", "text": "  the same with a menu and a label",
              "app": "QPP Reviewer main window",
              "app_enc": "  the same, encrypted database",
              "bundle": "the same, from the bundle",
              "app_big": "  the same, 50,000-review database" if args.big_db else ""}
    for kind in kinds:
        label = labels[kind]
        print(f"| {label:34} | {med(kind, 'parent_s'):6.3f} s | {med(kind, 'ready_parent_s'):6.3f} s | "
              f"{med(kind, 'child_s'):6.3f} s | {med(kind, 'python_s'):6.3f} s | "
              f"{med(kind, 'ready_peak_mib'):4.0f} MiB |")
    print(f"| {'team reference, bare window':34} | {REFERENCE_BARE_S:6.3f} s | {'':8} | {'':8} | {'':8} | "
          f"{REFERENCE_BARE_MIB:4.0f} MiB |")
    text = med("text", "parent_s")
    print(f"ratio app / bare, first frame: {ratio:.2f}x (target <= {TARGET_RATIO}x: "
          f"{'PASS' if ratio <= TARGET_RATIO else 'MISS'}); median of the rounds' own ratios {paired:.2f}x; "
          f"CPU time to the first frame {med('app', 'cpu_s'):.3f} s vs {med('bare', 'cpu_s'):.3f} s = {cpu_ratio:.2f}x; "
          f"app / bare with text: {ours / text:.2f}x; "
          f"ready / bare: {ready / bare:.2f}x; encrypted database: ready / bare "
          f"{med('app_enc', 'ready_parent_s') / bare:.2f}x with the passphrase typed at once (the prompt's wait left "
          f"out; deriving the key from it, {med('app_enc', 'unlock_s') * 1000:.0f} ms, counted)"
          + (f"; bundle / bare: {med('bundle', 'parent_s') / bare:.2f}x frame, "
             f"{med('bundle', 'ready_parent_s') / bare:.2f}x ready" if args.bundle else ""))
    quit_s, bare_quit_s = statistics.median(quits["quit"]), statistics.median(quits["bare_quit"])
    print(f"quit: Ctrl+Q to the process's end {quit_s:.3f} s (after the dashboard was shown; target <= "
          f"{TARGET_QUIT_S} s: {'PASS' if quit_s <= TARGET_QUIT_S else 'MISS'}); a bare window: {bare_quit_s:.3f} s")
    print("all runs (parent, frame / ready, s): " + "; ".join(
        f"{k} {[(round(r['parent_s'], 3), round(r['ready_parent_s'], 3)) for r in results[k]]}" for k in kinds))
    extra = {}
    if args.big_db:
        big_ready = med("app_big", "ready_parent_s")
        print(f"ready on {Path(args.big_db).name}: {big_ready:.3f} s = {big_ready / bare:.2f}x a bare window "
              f"(target <= {TARGET_BIG_READY_RATIO}x: {'PASS' if big_ready / bare <= TARGET_BIG_READY_RATIO else 'MISS'})")
        extra |= {"big_ready_s": big_ready, "big_ready_ratio": big_ready / bare,
                  "target_big_ready_ratio": TARGET_BIG_READY_RATIO}
    if args.bundle:
        extra = {"bundle_s": med("bundle", "parent_s"), "bundle_ratio": med("bundle", "parent_s") / bare,
                 "bundle_ready_s": med("bundle", "ready_parent_s"),
                 "bundle_child_s": med("bundle", "child_s"), "bundle_peak_mib": med("bundle", "ready_peak_mib")}
    print("RESULT " + json.dumps(extra | {
        "platform": args.platform, "runs": args.runs, "reviews": args.reviews,
        "bare_s": bare, "app_s": ours, "ratio": ratio, "target_ratio": TARGET_RATIO, "paired_ratio": paired,
        "cpu_ratio": cpu_ratio, "bare_cpu_s": med("bare", "cpu_s"), "app_cpu_s": med("app", "cpu_s"),
        "app_ready_s": ready, "ready_ratio": ready / bare, "target_ready_ratio": TARGET_READY_RATIO,
        "quit_s": quit_s, "bare_quit_s": bare_quit_s, "target_quit_s": TARGET_QUIT_S,
        "enc_ready_s": med("app_enc", "ready_parent_s"), "enc_ready_ratio": med("app_enc", "ready_parent_s") / bare,
        "enc_unlock_s": med("app_enc", "unlock_s"), "text_s": text, "text_ratio": ours / text,
        "bare_child_s": med("bare", "child_s"), "app_child_s": med("app", "child_s"),
        "bare_python_s": med("bare", "python_s"), "app_python_s": med("app", "python_s"),
        "bare_peak_mib": med("bare", "peak_mib"), "app_peak_mib": med("app", "ready_peak_mib"),
    }), flush=True)


if __name__ == "__main__":
    main()
