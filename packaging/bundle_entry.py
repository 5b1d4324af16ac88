"""Entry point of the PyInstaller bundle (packaging/qpp-reviewer.spec).

The same executable opens the window when run with no command and runs a headless
command otherwise, exactly like ``qpp-reviewer`` installed with pip (qpp_reviewer.cli).

Three environment variables exist for packaging/check-bundle.sh and benchmarks/bench_startup.py, and
change nothing otherwise:
  QPP_AUTOCLOSE_MS=N    close the main window N ms after it is shown, as File > Quit does
                        (a headless run then proves the window opened, painted and closed cleanly);
  QPP_BUNDLE_SELFTEST=1 print, as JSON, where the bundle finds its resources, migrations, Qt plugins and
                        Qt translations, and exit;
  QPP_BENCH_SPAWN=T     (T: the parent's time.perf_counter() just before starting this process) print
                        "FRAME {json}" when the main window has painted its first frame, "READY {json}" when
                        it has painted with the database open, and exit at once.
"""

import time

T_SCRIPT = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402


def _peak_mib() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _report_first_frame(spawned: float) -> None:
    """As benchmarks/bench_startup.py does for the unfrozen app: FRAME at the window's first Paint (then one
    turn of the loop), READY at its first Paint once the database is attached; then exit."""
    import json

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from qpp_reviewer.qt import app as app_module
    from qpp_reviewer.qt import main_window

    after_first_frame, attach = app_module.after_first_frame, main_window.MainWindow.attach

    def line(tag: str, window) -> None:
        now = time.perf_counter()
        print(f"{tag} " + json.dumps({"child_s": now - spawned, "python_s": now - T_SCRIPT,
                                      "peak_mib": _peak_mib(), "title": window.windowTitle(),
                                      "cpu_s": time.process_time()}), flush=True)

    def after_paint(window, then, children: bool = False) -> None:
        """As bench_startup._watch_next_frame: the window alone for the first frame (an application-wide
        Python filter would slow the start it measures), any widget in it for READY."""
        target = QApplication.instance() if children else window

        class NextPaint(QObject):
            seen = False

            def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
                if not self.seen and event.type() == QEvent.Type.Paint and obj.isWidgetType() \
                        and obj.window() is window:
                    self.seen = True
                    target.removeEventFilter(self)
                    QTimer.singleShot(0, then)
                return False

        window._bench_paint = NextPaint()
        target.installEventFilter(window._bench_paint)

    def frame(window) -> None:
        line("FRAME", window)
        if window.store is not None:
            line("READY", window)
            os._exit(0)

    def watched(widget, fn, *args, **kwargs):
        after_first_frame(widget, fn, *args, **kwargs)
        after_paint(widget, lambda: frame(widget))  # installed last, so called before the app's own filter

    def attached(self, store):
        attach(self, store)
        after_paint(self, lambda: (line("READY", self), os._exit(0)), children=True)

    app_module.after_first_frame = watched
    main_window.MainWindow.attach = attached


def _autoclose(ms: int) -> None:
    from PySide6.QtCore import QTimer

    from qpp_reviewer.qt import main_window

    shown = main_window.MainWindow.show

    def show_then_close(self):
        shown(self)
        QTimer.singleShot(ms, self.close)

    main_window.MainWindow.show = show_then_close


def _selftest() -> int:
    import json
    from pathlib import Path

    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtWidgets import QApplication

    from qpp_reviewer.paths import resources_dir
    from qpp_reviewer.storage.db import MIGRATIONS

    app = QApplication(sys.argv[:1])
    res = resources_dir()
    qt_tr = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    langs = sorted(p.stem.removeprefix("qpp_reviewer_") for p in (res / "translations").glob("*.qm"))
    report = {
        "frozen": bool(getattr(sys, "frozen", False)),
        "resources": str(res),
        "style": (res / "style.qss").is_file(),
        "checklists": sorted(p.name for p in (res / "checklists").iterdir()),
        "migrations": str(MIGRATIONS),
        "migration_versions": sorted(p.name for p in (MIGRATIONS / "versions").glob("*.py")),
        "plugins": QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath),
        "platform": app.platformName(),
        "qt_translations": qt_tr,
        "qtbase_loaded": {lang: QTranslator().load(f"qtbase_{lang}", qt_tr) for lang in langs},
        "app_translations_loaded": {lang: QTranslator().load(str(res / "translations" / f"qpp_reviewer_{lang}.qm"))
                                    for lang in langs},
        "inside_bundle": str(Path(sys.executable).resolve().parent),
    }
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    if os.environ.get("QPP_BUNDLE_SELFTEST") == "1":
        sys.exit(_selftest())
    if os.environ.get("QPP_BENCH_SPAWN"):
        _report_first_frame(float(os.environ["QPP_BENCH_SPAWN"]))
    if os.environ.get("QPP_AUTOCLOSE_MS", "").isdigit():
        _autoclose(int(os.environ["QPP_AUTOCLOSE_MS"]))
    from qpp_reviewer.cli import main

    sys.exit(main())
