"""Hostile and broken workbooks, encrypted exports, no network, private logs, fuzzing.

Every bad input must be refused whole with a clear message, leave the collation
database byte-for-byte unchanged, and cost bounded time and memory.
"""

import io
import os
import random
import resource
import socket
import subprocess
import sys
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from qpp_reviewer.cli import main
from qpp_reviewer.demo import fill_demo
from qpp_reviewer.exchange.collate import MAX_UNCOMPRESSED, collate
from qpp_reviewer.exchange.export import export_workbook, select_reviews
from qpp_reviewer.storage.store import Store

from .workbooks import column, read_sheets, write_sheets

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    folder = tmp_path_factory.mktemp("good")
    store = Store.open(folder / "laptop.sqlite3")
    fill_demo(store, 25, seed=21, today=date(2025, 11, 1))
    ids, label = select_reviews(store)
    export_workbook(store, ids, folder / "good.xlsx", label)
    store.close()
    return folder / "good.xlsx"


def file_bytes(path: Path) -> list[str]:
    """The database's content, the run log aside: every collation run records itself (issue 15)."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return [line for line in con.iterdump() if not line.startswith(('INSERT INTO "collation_run"',
                                                                      'INSERT INTO "collation_note"'))]
    finally:
        con.close()


def rezip(src: Path, dst: Path, change: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if change and item.filename in change:
                data = change[item.filename]
            zout.writestr(item, data)
        names = set(zin.namelist())
        for name, data in {**{k: v for k, v in (change or {}).items() if k not in names}, **(add or {})}.items():
            zout.writestr(name, data)
    return dst


def sheet_part(path: Path, sheet: str) -> str:
    from qpp_reviewer.exchange.collate import _sheet_files

    with zipfile.ZipFile(path) as z:
        return next(k for k, v in _sheet_files(z).items() if v == sheet)


def corpus(good: Path, d: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, a phrase the refusal must contain)."""
    out = {}
    raw = good.read_bytes()

    def put(name, data, phrase):
        p = d / f"{name}.xlsx"
        p.write_bytes(data)
        out[name] = (p, phrase)

    put("not_a_zip", b"%PDF-1.4 this is not a workbook\n" * 50, "not a complete .xlsx workbook")
    put("truncated_zip", raw[: len(raw) // 2], "not a complete .xlsx workbook")
    put("empty_file", b"", "not a complete .xlsx workbook")
    # zip bomb: one part of zeros that unpacks 1000x
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 * 1024 * 1024))
    put("zip_bomb", bomb.getvalue(), "zip bomb")
    # many-part bomb: over the total unpacked limit without a big ratio per part
    big = io.BytesIO()
    with zipfile.ZipFile(big, "w", zipfile.ZIP_STORED) as z:
        info = zipfile.ZipInfo("xl/big.bin")
        z.writestr(info, b"")
    data = bytearray(big.getvalue())
    put("lying_sizes", bytes(data), "")  # central directory says 0 bytes: harmless, but not a workbook
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;">'
                      % ((i + 1,) + (i if i else 0,) * 10) for i in range(9))
           + b']><sst>&lol9;</sst>')
    out["entity_bomb"] = (rezip(good, d / "entity_bomb.xlsx", change={"xl/sharedStrings.xml": lol}), "DTD")
    # a formula where text is expected
    reviews_part = sheet_part(good, "Findings")
    with zipfile.ZipFile(good) as z:
        xml = z.read(reviews_part)
    i = xml.index(b"<c r=\"B2\"")
    j = xml.index(b"</c>", i) + 4
    formula = b'<c r="B2" t="str"><f>HYPERLINK("http://example.invalid","x")</f><v>x</v></c>'
    out["formula_cell"] = (rezip(good, d / "formula_cell.xlsx", change={reviews_part: xml[:i] + formula + xml[j:]}),
                           "holds a formula in cell B2")

    sheets = read_sheets(good)

    def variant(name, fn, phrase, resign=True):
        s = read_sheets(good)
        fn(s)
        out[name] = (write_sheets(d / f"{name}.xlsx", s, resign_checksum=resign), phrase)

    def setcell(sheet, col, value, row=1):
        return lambda s: s[sheet][row].__setitem__(column(s, sheet, col), value)

    def about(key, value):
        return lambda s: [r.__setitem__(1, value) for r in s["About"] if r[0] == key]

    variant("wrong_format_version", about("format_version", 7), "reads formats 2 and 4")
    variant("not_our_format", about("format", "Timesheet"), "expected 'QPP Reviewer exchange workbook'")
    variant("missing_sheet", lambda s: s.pop("Findings"), "missing sheet(s): Findings")
    variant("missing_column", lambda s: [r.pop(column(sheets, "Reviews", "stream")) for r in s["Reviews"]],
            "missing column(s) stream")
    variant("extra_column", lambda s: [r.append("x") for r in s["Criteria"]], "unknown column(s)")
    variant("wrong_type_int", setcell("Reviews", "minor", "several"), "is not a whole number")
    variant("wrong_type_date", setcell("Reviews", "product_date", "last Tuesday"), "is not a date")
    variant("unknown_severity", setcell("Findings", "severity", "apocalyptic"), "'apocalyptic' is not allowed")
    variant("duplicate_review", lambda s: s["Reviews"].append(list(s["Reviews"][2])), "appears twice")
    variant("orphan_finding", setcell("Findings", "review_id", "00000000-0000-4000-8000-000000000000"),
            "is not a review in the Reviews sheet")
    variant("unknown_criterion", setcell("Findings", "criterion_id", "42.42"), "is not a criterion")
    variant("tampered_checksum", setcell("Findings", "comment", "changed quietly"), "does not match the content",
            resign=False)
    variant("future_date", setcell("Reviews", "product_date", "2999-01-01"), "is in the future")
    variant("name_not_reference", setcell("Reviews", "case_reference", "Mr A N Other"), "no spaces")
    variant("complete_with_gaps", lambda s: s.__setitem__("Findings", s["Findings"][:1] + s["Findings"][3:]),
            "have no finding")
    variant("bool_as_text", setcell("Reviews", "reviewer", True), "true/false value")
    variant("enormous_cell", setcell("Findings", "comment", "x" * 40000), "more than the 10,000 an exchange workbook holds there")
    variant("row_count_mismatch", about("rows_reviews", 999), "About says 999")
    variant("template_rewritten", setcell("Criteria", "question", "A different question?"),
            "differs from the one with the same id and version")
    return out


def test_every_hostile_workbook_is_refused_and_changes_nothing(good, tmp_path):
    bad = corpus(good, tmp_path)
    central = Store.open(tmp_path / "central.sqlite3")
    collate(central, [good])  # the database already holds data worth protecting
    central.close()
    before = file_bytes(tmp_path / "central.sqlite3")
    central = Store.open(tmp_path / "central.sqlite3")
    tried = 0
    for name, (path, phrase) in bad.items():
        started = time.monotonic()
        report = collate(central, [path])
        tried += 1
        assert report.rejected == 1 and report.added == 0, (name, report.text())
        assert phrase in report.text(), (name, report.text())
        assert time.monotonic() - started < 10, name
    central.close()
    assert file_bytes(tmp_path / "central.sqlite3") == before
    assert tried >= 25
    print(f"{tried} hostile workbooks refused; database unchanged")


def test_an_enormous_workbook_is_refused_before_parsing(good, tmp_path, monkeypatch):
    import qpp_reviewer.exchange.collate as c

    monkeypatch.setattr(c, "MAX_UNCOMPRESSED", 200_000)  # the real limit, scaled to a small file
    central = Store.open(tmp_path / "c.sqlite3")
    report = collate(central, [good])
    assert report.rejected == 1 and "refused before reading" in report.text()
    assert MAX_UNCOMPRESSED >= 100 * 1024 * 1024
    central.close()


def test_reading_a_zip_bomb_stays_small(good, tmp_path):
    """Peak memory of a collation of the bomb, in a fresh process."""
    d = tmp_path / "bomb"
    d.mkdir()
    path, _ = corpus(good, d)["zip_bomb"]
    code = (
        "import resource, sys; from qpp_reviewer.storage.store import Store; "
        "from qpp_reviewer.exchange.collate import collate; "
        f"s = Store.open({str(tmp_path / 'b.sqlite3')!r}); r = collate(s, [{str(path)!r}]); "
        "assert r.rejected == 1; "
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the (large) test process
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert int(out.stdout.strip()) < 250 * 1024  # KiB: no 50 MB inflation on top of the interpreter


# -- encrypted exports -------------------------------------------------------------------

def test_password_protected_export_and_collation(tmp_path, monkeypatch, capsys):
    laptop = Store.open(tmp_path / "l.sqlite3")
    fill_demo(laptop, 8, seed=2, today=date(2025, 11, 1))
    laptop.close()
    monkeypatch.setenv("QPP_PASSWORD", "correct horse battery")
    assert main(["export", "--db", str(tmp_path / "l.sqlite3"), "--all", "--encrypt", "-o",
                 str(tmp_path / "p.xlsx")]) == 0
    raw = (tmp_path / "p.xlsx").read_bytes()
    assert raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and b"review_id" not in raw
    import msoffcrypto

    office = msoffcrypto.OfficeFile(io.BytesIO(raw))
    assert office.is_encrypted()
    # wrong password: clear error, nothing imported
    monkeypatch.setenv("QPP_PASSWORD", "wrong")
    assert main(["collate", "--db", str(tmp_path / "c.sqlite3"), str(tmp_path / "p.xlsx")]) == 1
    assert "the password is wrong" in capsys.readouterr().out
    monkeypatch.delenv("QPP_PASSWORD")
    central = Store.open(tmp_path / "c2.sqlite3")
    report = collate(central, [tmp_path / "p.xlsx"])
    assert report.rejected == 1 and "is password-protected" in report.text()
    report = collate(central, [tmp_path / "p.xlsx"], passwords={str(tmp_path / "p.xlsx"): "correct horse battery"})
    assert report.added == 8
    central.close()


# -- no network ----------------------------------------------------------------------------

GUARD = """
import sys
def guard(event, args):
    if event in ("socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
                 "urllib.Request", "http.client.connect"):
        raise SystemExit(f"NETWORK ATTEMPT: {event} {args!r}")
sys.addaudithook(guard)
sys.argv = ["qpp-reviewer"] + sys.argv[1:]
from qpp_reviewer.cli import main
raise SystemExit(main())
"""


def test_commands_never_touch_the_network(tmp_path):
    db = str(tmp_path / "n.sqlite3")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QPP_PASSWORD="pw")

    def run(*args):
        r = subprocess.run([sys.executable, "-c", GUARD, *args], capture_output=True, text=True, env=env, cwd=ROOT)
        assert "NETWORK ATTEMPT" not in r.stdout + r.stderr, (args, r.stdout, r.stderr)
        assert r.returncode in (0, 1), (args, r.stderr)
        return r

    run("demo", "--db", db, "--reviews", "20")
    run("list", "--db", db)
    run("batch", "--db", db, "create", "B")
    run("export", "--db", db, "--all", "-o", str(tmp_path / "n.xlsx"))
    run("export", "--db", db, "--all", "--encrypt", "-o", str(tmp_path / "p.xlsx"))
    run("collate", "--db", str(tmp_path / "c.sqlite3"), str(tmp_path / "n.xlsx"), str(tmp_path / "p.xlsx"))
    run("summary", "--db", db, "--by", "unit", "--format", "xlsx", "-o", str(tmp_path / "s.xlsx"))
    run("restore", "--db", db)


def test_the_window_never_touches_the_network(tmp_path):
    code = GUARD.replace("from qpp_reviewer.cli import main\nraise SystemExit(main())", f"""
from datetime import date
from PySide6.QtCore import QTimer
from qpp_reviewer.qt.app import make_application, open_for_app
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.demo import fill_demo
app = make_application()
from qpp_reviewer.storage.store import Store
Store.open({str(tmp_path / 'w.sqlite3')!r}).close()  # an existing database: no first-start passphrase dialog
store = open_for_app({str(tmp_path / 'w.sqlite3')!r})
fill_demo(store, 10, seed=1, today=date(2025, 11, 1))
w = MainWindow(store); w.show()
w.open_review(store.list_reviews()[0].id)
w.ui.tabs.setCurrentIndex(1)
QTimer.singleShot(300, w.close)
app.exec()
print("window ok")
""")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QPP_DATA_DIR=str(tmp_path / "data"))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert "NETWORK ATTEMPT" not in r.stdout + r.stderr, r.stderr
    assert "window ok" in r.stdout, r.stderr


# -- logs --------------------------------------------------------------------------------

def test_logs_are_private_and_hold_no_comments(tmp_path, monkeypatch):
    monkeypatch.setenv("QPP_DATA_DIR", str(tmp_path / "data"))
    import logging

    from qpp_reviewer.logs import setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging()
    try:
        store = Store.open(tmp_path / "data" / "r.sqlite3", backup_on_open=True)
        fill_demo(store, 5, seed=1, today=date(2025, 11, 1))
        rid = store.list_reviews()[0].id
        crit = store.get_review(rid).criteria[0].id
        store.reopen_review(rid, "Secret reason mentioning a claimant", by="AB")
        store.set_comment(rid, crit, "Claimant said something private")
        Store.open(tmp_path / "data" / "r.sqlite3", backup_on_open=True).close()
        logging.getLogger("qpp_reviewer").info("review %s reopened", rid)
        store.close()
        for h in root.handlers:
            h.flush()
        log = next((tmp_path / "data" / "logs").glob("*.log"))
        assert log.stat().st_mode & 0o077 == 0
        text = log.read_text()
        assert rid in text
        assert "private" not in text and "Secret" not in text
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()


# -- fuzzing -------------------------------------------------------------------------------

MUTATIONS = ["none", "cell", "drop_row", "dup_row", "swap_cols", "blank", "type"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=st.data())
def test_fuzzed_workbooks_are_imported_exactly_or_rejected_whole(good, tmp_path_factory, data):
    d = tmp_path_factory.mktemp("fuzz")
    sheets = read_sheets(good)
    kind = data.draw(st.sampled_from(MUTATIONS))
    sheet = data.draw(st.sampled_from(["Reviews", "Findings", "Criteria"]))
    rows = sheets[sheet]
    r = data.draw(st.integers(1, len(rows) - 1))
    c = data.draw(st.integers(0, len(rows[0]) - 1))
    if kind == "cell":
        rows[r][c] = data.draw(st.one_of(st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
                                         st.integers(-5, 99), st.none(),
                                         st.sampled_from(["QS9", "fail", "minor", "=1+1", "2025-13-40"])))
    elif kind == "drop_row":
        del rows[r]
    elif kind == "dup_row":
        rows.append(list(rows[r]))
    elif kind == "swap_cols":
        for row in rows:
            row[0], row[c] = row[c], row[0]
    elif kind == "blank":
        rows[r] = [None] * len(rows[r])
    elif kind == "type":
        rows[r][c] = data.draw(st.sampled_from([True, 3.25, date(2020, 1, 1)]))
    resign = data.draw(st.booleans()) or kind == "none"
    path = write_sheets(d / "f.xlsx", sheets, resign_checksum=resign)
    store = Store.open(d / "c.sqlite3")
    before = [tuple(x) for x in store.engine.connect().exec_driver_sql("SELECT id FROM review").fetchall()]
    report = collate(store, [path])
    after_ids = {r.id for r in store.list_reviews()}
    if report.rejected:
        assert after_ids == {x[0] for x in before}
    else:
        # exactly what the file holds: every review row's id, each once
        in_file = {row[0] for row in read_sheets(path)["Reviews"][1:] if row and row[0]}
        assert after_ids == in_file
        assert report.added == len(in_file)
        for rid in list(in_file)[:5]:
            review = store.get_review(rid)
            assert store.list_reviews(__import__("qpp_reviewer").storage.store.ReviewFilter(ids=[rid]))[0].band \
                == store.score_of(review).band
    store.close()
