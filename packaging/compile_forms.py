"""Compile the Qt Designer forms in ui/ into qpp_reviewer/qt/forms/.

Run after editing a form:  python packaging/compile_forms.py
The compiled modules are committed so the app runs from a plain checkout;
tests/test_forms.py fails when one is out of date.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
TARGET = ROOT / "qpp_reviewer" / "qt" / "forms"


def uic() -> str:
    exe = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not exe:
        raise SystemExit("pyside6-uic not found; install PySide6-Essentials")
    return exe


def only_used_imports(text: str) -> str:
    """Keep, in uic's ``from PySide6.X import (...)`` lists, only the names the form uses.

    uic imports twenty-odd classes per module whatever the form holds; PySide6 creates a
    class's Python type when it is first imported, so the unused ones cost the main
    window's form about 40 ms of every start.
    """
    tree = ast.parse(text)
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    lines: list[str | None] = list(text.splitlines())
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            names = [a.name for a in node.names if a.name in used]
            start, end = node.lineno - 1, node.end_lineno - 1
            lines[start:end + 1] = [f"from {node.module} import {', '.join(names)}" if names else None] + \
                [None] * (end - start)
    return "\n".join(ln for ln in lines if ln is not None)


_SHORTCUT = re.compile(r"^(\s+)([\w.]+)\.setShortcut\((u?\"[^\"]*\")\)$", re.MULTILINE)


def shortcuts_by_property(text: str) -> str:
    """``x.setShortcut(u"Ctrl+N")`` becomes ``x.setProperty("shortcut", u"Ctrl+N")``.

    The same key sequence, parsed by Qt from the same text; but PySide6's overload resolution
    for setShortcut() creates the Python enums of the whole ``Qt`` namespace, about 50 ms of
    every start before the window's first frame, where the meta-object property costs nothing.
    """
    return _SHORTCUT.sub(r'\1\2.setProperty("shortcut", \3)', text)


def compile_form(form: Path, out: Path) -> None:
    subprocess.run([uic(), "--no-autoconnection", str(form), "-o", str(out)], check=True)
    # uic stamps its own version line; keep the output stable across Qt patch releases
    text = out.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("## Created by: Qt User Interface Compiler")]
    out.write_text(only_used_imports(shortcuts_by_property("\n".join(lines))) + "\n", encoding="utf-8")


def main(target: Path = TARGET) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for form in sorted(FORMS.glob("*.ui")):
        out = target / f"ui_{form.stem}.py"
        compile_form(form, out)
        written.append(out)
    return written


if __name__ == "__main__":
    for path in main():
        print(path.relative_to(ROOT))
