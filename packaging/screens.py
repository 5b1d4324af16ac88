"""Screenshots of every window, tab and dialog (tests/layout_tour.py) at 1280x800, in English and French.

Run on a real X display with a window manager, e.g.:
    Xvfb :91 -screen 0 1300x840x24 & DISPLAY=:91 openbox & DISPLAY=:91 .venv/bin/python packaging/screens.py OUT
Each screen is written to OUT/<lang>-<name>.png (the whole X screen, as a person sees it, via ImageMagick's
import, or Qt's grab of the root window when ImageMagick is missing); the texts the layout check finds cut
are printed.
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qpp_reviewer.qt import i18n  # noqa: E402
from qpp_reviewer.qt.app import make_application  # noqa: E402
from qpp_reviewer.qt.main_window import MainWindow  # noqa: E402
from tests.layout_tour import SIZE, clipped, demo_store, settle, tour  # noqa: E402


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    for lang in sys.argv[2:] or ("en", "fr"):
        i18n.install(app, lang)
        tmp = Path(tempfile.mkdtemp())
        store = demo_store(tmp / "demo.sqlite3")
        w = MainWindow(store)
        w.resize(SIZE)
        w.move(0, 0)
        w.show()
        settle(800)
        for name, widget in tour(w, store, tmp):
            widget.raise_()
            widget.activateWindow()
            settle(700)
            path = out / f"{lang}-{name}.png"
            if shutil.which("import"):
                subprocess.run(["import", "-window", "root", str(path)], check=True)
            else:  # no ImageMagick: the whole X screen through Qt (the window manager's frames included)
                app.primaryScreen().grabWindow(0).save(str(path))
            cut = clipped(widget)
            print(path.name, w.size().width(), "cut:" if cut else "ok", *cut[:5], sep="\n  " if cut else " ")
        w.close()
        store.close()
    i18n.install(app, "en")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "screens"))
