"""The standalone bundle (packaging/qpp-reviewer.spec), when one has been built.

Skipped unless dist/qpp-reviewer/ exists (bash packaging/build-bundle.sh), or QPP_BUNDLE names the
executable elsewhere, and skipped too when a source file is newer than the bundle (rebuild it);
QPP_REQUIRE_BUNDLE=1 (CI, which builds it just before) makes a missing bundle a failure and never skips.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXE = "qpp-reviewer.exe" if sys.platform == "win32" else "qpp-reviewer"
BUNDLE_EXE = Path(os.environ.get("QPP_BUNDLE") or ROOT / "dist" / "qpp-reviewer" / EXE)
INTERNAL = BUNDLE_EXE.parent / "_internal"



def _newest_source() -> tuple[float, Path | None]:
    """The most recently changed file the bundle is built from."""
    newest, which = 0.0, None
    paths = [*(ROOT / "qpp_reviewer").rglob("*"), *(ROOT / "resources").rglob("*"),
             ROOT / "packaging" / "qpp-reviewer.spec", ROOT / "packaging" / "bundle_entry.py"]
    for p in paths:
        if p.is_file() and "__pycache__" not in p.parts and p.stat().st_mtime > newest:
            newest, which = p.stat().st_mtime, p
    return newest, which


REQUIRED = os.environ.get("QPP_REQUIRE_BUNDLE") == "1"
if not BUNDLE_EXE.exists():
    if REQUIRED:
        raise RuntimeError(f"QPP_REQUIRE_BUNDLE=1 but there is no bundle at {BUNDLE_EXE}")
    pytest.skip(f"no bundle at {BUNDLE_EXE} (bash packaging/build-bundle.sh builds it)", allow_module_level=True)
_newest, _changed = _newest_source()
if not REQUIRED and _newest > BUNDLE_EXE.stat().st_mtime:
    pytest.skip(f"the bundle is older than {_changed.relative_to(ROOT)}: rebuild it (bash packaging/build-bundle.sh)",
                allow_module_level=True)


@pytest.mark.skipif(sys.platform == "win32" or shutil.which("bash") is None, reason="check-bundle.sh is bash")
def test_bundle_runs_headless_commands_and_opens_the_window():
    r = subprocess.run(["bash", str(ROOT / "packaging" / "check-bundle.sh"), str(BUNDLE_EXE)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "all checks passed" in r.stdout


def _files(pattern: str) -> list[str]:
    return sorted(p.name for p in INTERNAL.glob(pattern))


def test_bundle_holds_resources_and_migrations_as_files():
    res = INTERNAL / "resources"
    assert (res / "style.qss").is_file()
    for tpl in (ROOT / "resources" / "checklists").iterdir():
        assert (res / "checklists" / tpl.name).is_file(), tpl.name
    mig = INTERNAL / "qpp_reviewer" / "storage" / "migrations"
    assert (mig / "env.py").is_file() and (mig / "script.py.mako").is_file()
    ours = sorted(p.name for p in (ROOT / "qpp_reviewer" / "storage" / "migrations" / "versions").glob("*.py"))
    assert sorted(p.name for p in (mig / "versions").glob("*.py")) == ours, "rebuild the bundle: migrations changed"


def _qt_modules_imported_by_the_app() -> list[str]:
    used = set()
    for path in (ROOT / "qpp_reviewer").rglob("*.py"):
        used.update(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return sorted(used)


def test_bundle_is_trimmed_to_the_qt_the_app_uses():
    qt = INTERNAL / "PySide6"
    bindings = sorted(p.name.split(".")[0] for p in qt.iterdir() if p.name.startswith("Qt") and p.is_file())
    assert bindings == _qt_modules_imported_by_the_app()
    assert "QtTest" not in bindings and "QtNetwork" not in bindings
    libs = " ".join(p.name for p in INTERNAL.rglob("*Qt6*"))
    for unwanted in ("Qml", "Quick", "Network", "Svg", "Pdf", "WebEngine", "Multimedia", "3D", "Test",
                     "OpenGL", "Wayland", "EglFS"):
        assert f"Qt6{unwanted}" not in libs, unwanted
    langs = {p.stem.removeprefix("qpp_reviewer_") for p in (ROOT / "resources" / "translations").glob("*.qm")}
    translations = qt / "Qt" / "translations"
    shipped = {p.name for p in translations.iterdir()} if translations.exists() else set()
    assert shipped == {f"qtbase_{lang}.qm" for lang in langs}, shipped
    assert not (qt / "Qt" / "qml").exists()
    plugins = qt / "Qt" / "plugins"
    kinds = sorted(p.name for p in plugins.iterdir())
    assert set(kinds) <= {"platforms", "platforminputcontexts", "xcbglintegrations", "styles"}, kinds
    platforms = {p.name.split(".")[0].removeprefix("lib") for p in (plugins / "platforms").iterdir()}
    assert "qoffscreen" in platforms and platforms <= {"qoffscreen", "qminimal", "qxcb", "qwindows", "qcocoa"}
    assert not list(INTERNAL.rglob("psycopg*")), "psycopg is optional and left out"
