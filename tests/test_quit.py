"""Quitting (issue 21 item 4): Ctrl+Q ends the process at once, and nothing typed is lost.

The program runs as a person starts it (``qpp-reviewer --as AB --db FILE``, in its own process, the way
the installed command ends: qpp_reviewer.cli.main() with the command line's arguments); the keys go to
``QApplication.focusWidget()`` whatever that is at the moment. After the process has ended, the database
is opened again and read.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from qpp_reviewer.domain import Severity
from qpp_reviewer.storage.store import Store

from .helpers import header

ROOT = Path(__file__).resolve().parent.parent

# The person's side: once the reviews are listed, Return opens the selected review, M marks its first
# criterion as a minor error (the comment then has the keyboard), the comment is typed, then Ctrl+Q.
CHILD = r"""
import sys
from qpp_reviewer.qt import main_window

attach = main_window.MainWindow.attach


def attached(self, store):
    attach(self, store)
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    def focus():
        w = QApplication.focusWidget()
        assert w is not None, "nothing has the keyboard"
        return w

    def steps():
        QApplication.setActiveWindow(self)
        self.list_page.ui.table.setFocus()  # where a click on the list puts the keyboard
        QTest.keyClick(focus(), Qt.Key_Return)
        QTest.keyClick(focus(), Qt.Key_M)
        print("TYPING_IN", type(focus()).__name__, flush=True)
        QTest.keyClicks(focus(), COMMENT)
        QTest.keyClick(focus(), Qt.Key_Q, Qt.ControlModifier)
        print("QUIT", self.isVisible(), flush=True)

    QTimer.singleShot(100, steps)


main_window.MainWindow.attach = attached
COMMENT = sys.argv[2]
sys.argv = ["qpp-reviewer", "--as", "AB", "--db", sys.argv[1]]
from qpp_reviewer.cli import main

sys.exit(main())
"""


def _quit_after_typing(tmp_path, db: Path, comment: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QPP_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", CHILD, str(db), comment], capture_output=True, text=True,
                          env=env, timeout=120, cwd=ROOT)


def test_the_last_comment_typed_before_ctrl_q_is_saved_and_the_database_closed(tmp_path):
    db = tmp_path / "reviews.sqlite3"
    s = Store.open(db)
    rid = s.create_review(header())
    first = s.get_review(rid).criteria[0].id
    s.close()
    comment = "Dose not checked against the chart; typed just before quitting"
    out = _quit_after_typing(tmp_path, db, comment)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "TYPING_IN QPlainTextEdit" in out.stdout, out.stdout + out.stderr
    assert "QUIT False" in out.stdout  # Ctrl+Q closed the window; the process then ended by itself
    # closed cleanly: the lock given back, the write-ahead log folded back into the file
    assert not db.with_name(db.name + ".lock").exists()
    assert not db.with_name(db.name + "-wal").exists()
    again = Store.open(db)
    try:
        finding = again.get_review(rid).findings[first]
        assert (finding.severity, finding.comment) == (Severity.MINOR, comment)
    finally:
        again.close()
