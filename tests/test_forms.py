"""The compiled forms in qpp_reviewer/qt/forms match the Designer files in ui/."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_compiled_forms_are_up_to_date(tmp_path):
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "packaging" / "compile_forms.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    fresh = mod.main(tmp_path)
    assert fresh, "no forms in ui/"
    for path in fresh:
        committed = ROOT / "qpp_reviewer" / "qt" / "forms" / path.name
        assert committed.exists(), f"{path.name} not compiled: run python packaging/compile_forms.py"
        assert committed.read_text() == path.read_text(), (
            f"{path.name} is out of date: run python packaging/compile_forms.py"
        )


def test_core_imports_without_qt():
    """The core must work on a machine (or in a process) with no Qt at all."""
    import subprocess

    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import qpp_reviewer.scoring, qpp_reviewer.storage.store, qpp_reviewer.demo, qpp_reviewer.cli\n"
        "assert not any(m.startswith('PySide6.') for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_exchange_format_doc_names_every_column():
    from qpp_reviewer.exchange.format import ABOUT_KEYS, SHEETS

    doc = (ROOT / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    for sheet, columns in SHEETS.items():
        for col in columns:
            assert f"`{col.name}`" in doc, f"{sheet}.{col.name} is not documented"
    for key in ABOUT_KEYS:
        assert f"`{key}`" in doc
