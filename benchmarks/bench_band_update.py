"""How long from a finding key press to the new band on screen, on a 60-criterion checklist.

Target (issue 2): within one frame at 60 Hz, 16.7 ms. Run:
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_band_update.py
Prints the pure scoring time, the store's save (one committed SQLite transaction,
synchronous=FULL) and the whole key press -> repainted band, as medians and 95th percentiles,
on a plain database and, beside it in the same run, on an encrypted one (SQLCipher, issue 16).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qpp_reviewer.domain import ChecklistTemplate, Criterion, Product, Severity  # noqa: E402
from qpp_reviewer.scoring import score  # noqa: E402
from qpp_reviewer.storage.store import Store  # noqa: E402

N_CRITERIA = 60
ROUNDS = 200


def template60() -> ChecklistTemplate:
    crit = tuple(
        Criterion(id=f"{i // 6 + 1}.{i % 6 + 1}", section_id=str(i // 6 + 1), section_title=f"Section {i // 6 + 1}",
                  title=f"Criterion {i}", question="Q?", guidance="Minor: a\nSignificant: b\nFail: c",
                  special_policy=None, applies_to=None, position=i)
        for i in range(N_CRITERIA)
    )
    return ChecklistTemplate("bench-60", 99, Product.INTERVIEW, "Bench", "", crit)


def stats(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    return f"median {statistics.median(ms):7.3f} ms   p95 {ms[int(len(ms) * 0.95) - 1]:7.3f} ms"


def measure(app, tpl, tmp: Path, encrypted: bool) -> dict:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
    from PySide6.QtTest import QTest

    from qpp_reviewer.domain import Product as P
    from qpp_reviewer.qt.review_editor import ReviewEditor
    from qpp_reviewer.storage import cipher
    from tests.helpers import header

    path = tmp / ("encrypted.sqlite3" if encrypted else "plain.sqlite3")
    if encrypted:
        cipher.new_key(path, "benchmark passphrase")
    store = Store.open(path, templates=[tpl])
    rid = store.create_review(header(product=P.INTERVIEW, outcome=None))
    crit = store.get_review(rid).criteria
    assert len(crit) == N_CRITERIA
    t_store = []
    for i in range(ROUNDS):  # each call changes the finding: a real save every time
        t0 = time.perf_counter()
        store.set_finding(rid, crit[i % N_CRITERIA].id, Severity.MINOR if i // N_CRITERIA % 2 == 0 else
                          Severity.NO_ERROR)
        t_store.append(time.perf_counter() - t0)

    editor = ReviewEditor(store, rid)
    editor.resize(1280, 800)
    editor.show()
    app.processEvents()

    class PaintClock(QObject):
        """Time of the band label's first paint after the key press."""
        painted_at = None

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Paint and self.painted_at is None:
                self.painted_at = time.perf_counter()
            return False

    clock = PaintClock()
    editor.ui.bandLabel.installEventFilter(clock)
    t_ui, t_saved = [], []
    keys = [Qt.Key_1, Qt.Key_5]  # no error / not applicable: no comment needed, moves on
    for i in range(ROUNDS):
        editor.ui.criteriaView.setCurrentIndex(editor._criterion_index(crit[i % N_CRITERIA].id))
        app.processEvents()
        clock.painted_at = None
        t0 = time.perf_counter()
        QTest.keyClick(editor.ui.criteriaView, keys[i % 2])
        t1 = time.perf_counter()
        if clock.painted_at is None:  # not painted within the handler: the next frame paints it
            editor.ui.bandLabel.repaint()
        t_ui.append((clock.painted_at or time.perf_counter()) - t0)
        t_saved.append(t1 - t0)
    editor.close()
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    del editor
    store.close()
    return {"store": t_store, "ui": t_ui, "saved": t_saved}


def main() -> None:
    from qpp_reviewer.qt.app import make_application

    app = make_application()
    tpl = template60()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QPP_DATA_DIR"] = tmp
        crit = tpl.criteria
        findings = {c.id: Severity.NO_ERROR for c in crit}
        t_score = []
        for i in range(ROUNDS):
            findings[crit[i % N_CRITERIA].id] = Severity.MINOR if i % 2 else Severity.NO_ERROR
            t0 = time.perf_counter()
            score(crit, findings)
            t_score.append(time.perf_counter() - t0)
        plain = measure(app, tpl, Path(tmp), encrypted=False)
        enc = measure(app, tpl, Path(tmp), encrypted=True)

    print(f"Band update on a {N_CRITERIA}-criterion checklist, {ROUNDS} rounds each")
    print(f"  scoring function alone          {stats(t_score)}")
    for name, m in (("plain database", plain), ("encrypted (SQLCipher)", enc)):
        print(f"  {name}:")
        print(f"    store save (commit, fsync)    {stats(m['store'])}")
        print(f"    key press -> new band painted {stats(m['ui'])}")
        print(f"    key press -> finding saved    {stats(m['saved'])}")
    ratio = statistics.median(enc["ui"]) / statistics.median(plain["ui"])
    print(f"  encrypted / plain, key press -> band: {ratio:.2f}x")
    print("  target: one frame at 60 Hz      16.667 ms")


if __name__ == "__main__":
    main()
