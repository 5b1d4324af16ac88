"""Issue 15 "Done when": a bad-input corpus (CLI arguments, hostile and broken workbooks, lock files,
missing files, wrong types) of over 100 cases, run in-process through ``qpp_reviewer.cli.main``.

Every case ends with a clear message and a non-zero exit (or, for collation, the file's refusal with
its reason, the run going on) and never a traceback. Cases that crash today in code another helper
owns are marked xfail(strict=True) with the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

import pytest

from qpp_reviewer.cli import main
from qpp_reviewer.demo import fill_demo
from qpp_reviewer.exchange.export import export_workbook, select_reviews
from qpp_reviewer.storage.store import Store

from .helpers import header
from .test_hostile import corpus, rezip, sheet_part
from .workbooks import column, read_sheets, write_sheets


@dataclass
class World:
    root: Path
    db: Path  # a database with reviews, a batch "B1" (open) and "SIGNED" (signed off)
    good: Path  # an exchange workbook exported from it
    enc: Path  # the same, encrypted with "pw"
    review: str
    hostile: dict = field(default_factory=dict)  # name -> (workbook, phrase) from test_hostile.corpus


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    root = tmp_path_factory.mktemp("corpus")
    db = root / "good.sqlite3"
    store = Store.open(db)
    store.actor = "tester"
    fill_demo(store, 5, seed=5, today=date(2025, 11, 1))
    ids = store.review_ids()
    bid = store.create_batch("B1", by="tester")
    store.add_to_batch(bid, ids[:2], by="tester")
    rid = store.create_review(header(case_reference="L7654321/001"))
    store.add_to_batch(store.create_batch("OPEN", by="tester"), [rid], by="tester")  # not complete
    ids2, label = select_reviews(store)
    export_workbook(store, ids2, root / "good.xlsx", label)
    export_workbook(store, ids2, root / "enc.xlsx", label, password="pw")
    store.close()
    Store.open(root / "central-empty.sqlite3").close()  # copied for each collation case: migrations once
    hostile_dir = root / "hostile"
    hostile_dir.mkdir()
    w = World(root, db, root / "good.xlsx", root / "enc.xlsx", rid)
    w.hostile = corpus(w.good, hostile_dir)
    return w


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def run(argv: list[str], capsys, env: dict | None = None, monkeypatch=None) -> Run:
    if env and monkeypatch is not None:
        for k, v in env.items():
            if v is None:
                monkeypatch.delenv(k, raising=False)
            else:
                monkeypatch.setenv(k, v)
    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    out, err = capsys.readouterr()
    return Run(code, out, err)


# -- the cases ----------------------------------------------------------------------------------
# Each builds its argv in a fresh folder ``d`` holding a copy of the world's database (db.sqlite3)
# and may prepare files there. kind "fail": non-zero exit, a message naming the problem (``phrase``);
# "refuse": collation refuses the file (exit 1) with ``phrase``; "lock": a lock file's contents that
# a writing command must handle: taken over (exit 0) when stale, else refused with a message.

@dataclass
class Case:
    argv: Callable[[Path, World], list[str]]
    kind: str = "fail"
    phrase: str = ""
    env: dict | None = None
    xfail: str | None = None


def _db(d: Path) -> str:
    return str(d / "db.sqlite3")


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.write_bytes if isinstance(data, bytes) else path.write_text)(data)
    return path


def _sqlite_other_app(p: Path) -> Path:
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    return p


CASES: dict[str, Case] = {}


def case(name: str, argv, kind: str = "fail", phrase: str = "", env=None, xfail=None) -> None:
    assert name not in CASES, name
    CASES[name] = Case(argv, kind, phrase, env, xfail)


# 1. command-line arguments
case("no_such_command", lambda d, w: ["frobnicate"], phrase="invalid choice")
case("unknown_option", lambda d, w: ["list", "--colour", "red"], phrase="unrecognized arguments")
case("export_no_output", lambda d, w: ["export", "--db", _db(d), "--all"], phrase="-o/--output")
case("export_no_selection", lambda d, w: ["export", "--db", _db(d), "-o", str(d / "x.xlsx")], phrase="--batch")
case("export_both_selections", lambda d, w: ["export", "--db", _db(d), "--all", "--batch", "B1", "-o",
                                             str(d / "x.xlsx")], phrase="not allowed with")
case("export_not_xlsx", lambda d, w: ["export", "--db", _db(d), "--all", "-o", str(d / "x.txt")], phrase=".xlsx")
case("export_folder_missing", lambda d, w: ["export", "--db", _db(d), "--all", "-o", str(d / "nodir" / "x.xlsx")],
     phrase="does not exist")
case("export_no_such_batch", lambda d, w: ["export", "--db", _db(d), "--batch", "NOPE", "-o", str(d / "x.xlsx")],
     phrase="NOPE")
case("export_encrypt_no_password", lambda d, w: ["export", "--db", _db(d), "--all", "--encrypt", "-o",
                                                 str(d / "x.xlsx")], phrase="needs a password",
     env={"QPP_PASSWORD": None})
case("export_output_is_folder", lambda d, w: ["export", "--db", _db(d), "--all", "-o",
                                              str(_mkdir(d / "out.xlsx"))], phrase="out.xlsx")
case("batch_no_action", lambda d, w: ["batch", "--db", _db(d)], phrase="required")
case("batch_add_no_such", lambda d, w: ["batch", "--db", _db(d), "add", "NOPE", "x"], phrase="NOPE")
case("batch_add_no_such_review", lambda d, w: ["batch", "--db", _db(d), "add", "B1", "not-a-review-id"],
     phrase="not-a-review-id")
case("batch_signoff_no_by", lambda d, w: ["batch", "--db", _db(d), "sign-off", "B1"], phrase="--by")
case("batch_signoff_no_such", lambda d, w: ["batch", "--db", _db(d), "sign-off", "NOPE", "--by", "X"],
     phrase="NOPE")
case("batch_signoff_incomplete", lambda d, w: ["batch", "--db", _db(d), "sign-off", "OPEN", "--by", "X"],
     phrase="complete")
case("batch_create_duplicate", lambda d, w: ["batch", "--db", _db(d), "create", "B1"], phrase="B1")
case("batch_create_blank", lambda d, w: ["batch", "--db", _db(d), "create", "   "], phrase="name")
case("batch_remove_no_such", lambda d, w: ["batch", "--db", _db(d), "remove", "not-a-review-id"],
     phrase="not-a-review-id")
case("batch_delete_no_such", lambda d, w: ["batch", "--db", _db(d), "delete", "NOPE"], phrase="NOPE")
case("demo_reviews_text", lambda d, w: ["demo", "--db", str(d / "n.sqlite3"), "--reviews", "many"],
     phrase="invalid int")
case("demo_reviews_zero", lambda d, w: ["demo", "--db", str(d / "n.sqlite3"), "--reviews", "0"], phrase="1 or more")
case("demo_reviews_negative", lambda d, w: ["demo", "--db", str(d / "n.sqlite3"), "--reviews", "-5"],
     phrase="1 or more")
case("demo_reviews_huge", lambda d, w: ["demo", "--db", str(d / "n.sqlite3"), "--reviews", str(10 ** 15)],
     phrase="too many")
case("demo_seed_text", lambda d, w: ["demo", "--db", str(d / "n.sqlite3"), "--seed", "abc"], phrase="invalid int")
case("summary_bad_format", lambda d, w: ["summary", "--db", _db(d), "--format", "pdf"], phrase="invalid choice")
case("summary_bad_by", lambda d, w: ["summary", "--db", _db(d), "--by", "colour"], phrase="colour")
case("summary_bad_by_among_good", lambda d, w: ["summary", "--db", _db(d), "--by", "unit,nonsense"],
     phrase="nonsense")
case("summary_xlsx_no_output", lambda d, w: ["summary", "--db", _db(d), "--format", "xlsx"], phrase="-o FILE.xlsx")
case("summary_output_no_folder", lambda d, w: ["summary", "--db", _db(d), "-o", str(d / "nodir" / "s.txt")],
     phrase="nodir")
case("summary_xlsx_output_no_folder", lambda d, w: ["summary", "--db", _db(d), "--format", "xlsx", "-o",
                                                    str(d / "nodir" / "s.xlsx")], phrase="nodir")
case("history_neither", lambda d, w: ["history", "--db", _db(d)], phrase="review's id")
case("history_both", lambda d, w: ["history", "--db", _db(d), "some-id", "--all"], phrase="not both")
case("history_no_such_review", lambda d, w: ["history", "--db", _db(d), "not-a-review-id"], phrase="not-a-review-id")
case("agreement_bad_by", lambda d, w: ["agreement", "--db", _db(d), "--by", "colour"], phrase="invalid choice")
case("agreement_bad_weights", lambda d, w: ["agreement", "--db", _db(d), "--weights", "cubic"],
     phrase="invalid choice")
case("report_feedback_no_review", lambda d, w: ["report", "--db", _db(d), "feedback", "-o", str(d / "f.pdf")],
     phrase="--review")
case("report_feedback_no_such_review", lambda d, w: ["report", "--db", _db(d), "feedback", "--review", "nope",
                                                     "-o", str(d / "f.pdf")], phrase="nope")
case("report_batch_bad_date", lambda d, w: ["report", "--db", _db(d), "batch", "--from", "yesterday", "-o",
                                            str(d / "r.pdf")], phrase="yesterday")
case("report_batch_bad_product", lambda d, w: ["report", "--db", _db(d), "batch", "--product", "essay", "-o",
                                               str(d / "r.pdf")], phrase="essay")
case("report_batch_no_such_batch", lambda d, w: ["report", "--db", _db(d), "batch", "--batch", "NOPE", "-o",
                                                 str(d / "r.pdf")], phrase="NOPE")
case("report_output_no_folder", lambda d, w: ["report", "--db", _db(d), "batch", "-o", str(d / "nodir" / "r.pdf")],
     phrase="nodir")
case("template_export_bad_version", lambda d, w: ["template", "export", "x", "one", "-o", str(d / "t.xlsx")],
     phrase="invalid int")
case("template_export_no_such", lambda d, w: ["template", "export", "nope", "1", "-o", str(d / "t.xlsx"),
                                              "--db", _db(d)], phrase="nope")
case("template_diff_no_such", lambda d, w: ["template", "diff", "nope", "1", "2", "--db", _db(d)], phrase="nope")
case("template_import_missing", lambda d, w: ["template", "import", str(d / "missing.xlsx"), "--db", _db(d)],
     phrase="missing.xlsx")
case("template_import_not_xlsx", lambda d, w: ["template", "import", str(_write(d / "t.xlsx", b"not a zip")),
                                               "--db", _db(d)], phrase="t.xlsx")
case("template_import_exchange_workbook", lambda d, w: ["template", "import", str(w.good), "--db", _db(d)],
     phrase="good.xlsx")
case("sample_size_bad_share", lambda d, w: ["sample-size", "--share", "lots"], phrase="lots")
case("sample_size_share_over_one", lambda d, w: ["sample-size", "--share", "1.5"], phrase="1.5")
case("sample_size_negative_population", lambda d, w: ["sample-size", "--population", "-3"], phrase="-3")
case("sample_missing_population", lambda d, w: ["sample", "--db", _db(d), "--population", str(d / "none.csv"),
                                                "--size", "3", "--batch", "S"], phrase="none.csv")
case("sample_garbage_population", lambda d, w: ["sample", "--db", _db(d), "--population",
                                                str(_write(d / "p.csv", b"\x00\xff\xfe garbage\n\x00\x00")),
                                                "--size", "3", "--batch", "S"], phrase="p.csv")
case("sample_population_is_folder", lambda d, w: ["sample", "--db", _db(d), "--population", str(_mkdir(d / "p.csv")),
                                                  "--size", "3", "--batch", "S"], phrase="p.csv")
case("sample_bad_rate", lambda d, w: ["sample", "--db", _db(d), "--population", "x.csv", "--rate", "half",
                                      "--batch", "S"], phrase="half")
case("sample_verify_no_round", lambda d, w: ["sample-verify", "nope", "--population",
                                             str(_write(d / "p.csv", "case_reference\nL1/001\n")), "--db", _db(d)],
     phrase="nope")
case("restore_no_such_backup", lambda d, w: ["restore", "--db", _db(d), str(d / "nope.sqlite3")], phrase="nope")
case("restore_backup_is_garbage", lambda d, w: ["restore", "--db", _db(d), str(_write(d / "b.sqlite3",
                                                                                     b"garbage" * 100))],
     phrase="b.sqlite3")
case("invalid_utf8_batch_name", lambda d, w: ["batch", "--db", _db(d), "create", b"B\xff\xfe".decode(
    "utf-8", "surrogateescape")], phrase="not valid text")
case("invalid_utf8_by", lambda d, w: ["export", "--db", _db(d), "--all", "-o", str(d / "x.xlsx"), "--by",
                                      b"\xc3(".decode("utf-8", "surrogateescape")], phrase="not valid text")
case("empty_db_option", lambda d, w: ["list", "--db", ""], phrase="--db")

# 2. missing files, wrong types of file
for cmd in (["list"], ["verify"], ["summary"], ["agreement"], ["history", "--all"], ["sample-rounds"]):
    tag = cmd[0].replace("-", "_")
    case(f"{tag}_missing_db", lambda d, w, cmd=cmd: cmd + ["--db", str(d / "typo.sqlite3")], phrase="typo.sqlite3")
    case(f"{tag}_db_is_text", lambda d, w, cmd=cmd: cmd + ["--db", str(_write(d / "notes.sqlite3",
                                                                                "my notes\n" * 50))],
         phrase="notes.sqlite3")
case("list_db_is_folder", lambda d, w: ["list", "--db", str(_mkdir(d / "folder.sqlite3"))], phrase="folder.sqlite3")
case("list_db_is_workbook", lambda d, w: ["list", "--db", str(w.good)], phrase="good.xlsx")
case("list_db_zero_bytes", lambda d, w: ["list", "--db", str(_write(d / "zero.sqlite3", b""))], phrase="zero.sqlite3")
case("list_db_other_app", lambda d, w: ["list", "--db", str(_sqlite_other_app(d / "photos.sqlite3"))],
     phrase="photos.sqlite3")
case("list_db_truncated", lambda d, w: ["list", "--db", str(_write(d / "cut.sqlite3",
                                                                    w.db.read_bytes()[:3000]))], phrase="cut.sqlite3")
case("list_db_random_bytes", lambda d, w: ["list", "--db", str(_write(d / "rnd.sqlite3", os.urandom(8192)))],
     phrase="rnd.sqlite3")
case("list_db_header_only", lambda d, w: ["list", "--db", str(_write(d / "hdr.sqlite3",
                                                                      b"SQLite format 3\x00" + b"\x00" * 84))],
     phrase="hdr.sqlite3")
case("list_db_in_missing_folder", lambda d, w: ["list", "--db", str(d / "nodir" / "r.sqlite3")], phrase="r.sqlite3")
case("list_db_path_too_long", lambda d, w: ["list", "--db", str(d / ("x" * 5000))], phrase="")
case("batch_create_db_is_folder", lambda d, w: ["batch", "--db", str(_mkdir(d / "f.sqlite3")), "create", "X"],
     phrase="f.sqlite3")
case("export_db_is_text", lambda d, w: ["export", "--db", str(_write(d / "t.sqlite3", "text\n" * 100)), "--all",
                                        "-o", str(d / "x.xlsx")], phrase="t.sqlite3")
case("collate_no_such_path", lambda d, w: ["collate", "--db", str(d / "c.sqlite3"), str(d / "nope.xlsx")],
     phrase="nope.xlsx")
case("collate_empty_folder", lambda d, w: ["collate", "--db", str(d / "c.sqlite3"), str(_mkdir(d / "empty"))],
     phrase="no .xlsx")
case("collate_into_text_file", lambda d, w: ["collate", "--db", str(_write(d / "c.sqlite3", "text\n" * 99)),
                                             str(w.good)], phrase="c.sqlite3")

# 3. workbooks collation must refuse, one by one (the run goes on and records itself)
HOSTILE = ["not_a_zip", "truncated_zip", "empty_file", "zip_bomb", "entity_bomb", "formula_cell",
           "wrong_format_version", "not_our_format", "missing_sheet", "missing_column", "extra_column",
           "wrong_type_int", "wrong_type_date", "unknown_severity", "duplicate_review", "orphan_finding",
           "unknown_criterion", "tampered_checksum", "future_date", "name_not_reference", "complete_with_gaps",
           "bool_as_text", "enormous_cell", "row_count_mismatch", "template_rewritten", "lying_sizes"]
for name in HOSTILE:
    case(f"collate_hostile_{name}", lambda d, w, name=name: ["collate", "--db", str(d / "c.sqlite3"),
                                                             str(w.hostile[name][0])], kind="refuse",
         phrase=f"@hostile:{name}")


def _extra_part(name: str, data: bytes = b"x") -> Callable[[Path, World], list[str]]:
    return lambda d, w: ["collate", "--db", str(d / "c.sqlite3"), str(rezip(w.good, d / "extra.xlsx",
                                                                            add={name: data}))]


case("collate_macro_project", _extra_part("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0macro"), kind="refuse",
     phrase="vbaProject.bin")
case("collate_dotdot_entry", _extra_part("../../evil.txt"), kind="refuse", phrase="evil.txt")
case("collate_absolute_entry", _extra_part("/etc/evil.txt"), kind="refuse", phrase="evil.txt")
case("collate_unknown_part", _extra_part("xl/embeddings/oleObject1.bin"), kind="refuse", phrase="oleObject1.bin")


def _drop_part(d: Path, w: World) -> list[str]:
    part = sheet_part(w.good, "Findings")
    with zipfile.ZipFile(w.good) as zin, zipfile.ZipFile(d / "nopart.xlsx", "w") as zout:
        for item in zin.infolist():
            if item.filename != part:
                zout.writestr(item, zin.read(item.filename))
    return ["collate", "--db", str(d / "c.sqlite3"), str(d / "nopart.xlsx")]


def _bad_xml(d: Path, w: World) -> list[str]:
    part = sheet_part(w.good, "Reviews")
    rezip(w.good, d / "badxml.xlsx", change={part: b"<worksheet><sheetData><row><c>unclosed"})
    return ["collate", "--db", str(d / "c.sqlite3"), str(d / "badxml.xlsx")]


_SHEETS: dict[Path, dict] = {}


def _sheet_edit(fn, resign: bool = True):
    def build(d: Path, w: World) -> list[str]:
        import copy

        if w.good not in _SHEETS:
            _SHEETS[w.good] = read_sheets(w.good)
        s = copy.deepcopy(_SHEETS[w.good])
        fn(s)
        write_sheets(d / "edited.xlsx", s, resign_checksum=resign)
        return ["collate", "--db", str(d / "c.sqlite3"), str(d / "edited.xlsx")]
    return build


def _cell(sheet: str, col: str, value, row: int = 1):
    return lambda s: s[sheet][row].__setitem__(column(s, sheet, col), value)


case("collate_missing_sheet_part", _drop_part, kind="refuse", phrase="nopart.xlsx")
case("collate_malformed_sheet_xml", _bad_xml, kind="refuse", phrase="badxml.xlsx")
case("collate_encrypted_no_password", lambda d, w: ["collate", "--db", str(d / "c.sqlite3"), str(w.enc)],
     kind="refuse", phrase="password", env={"QPP_PASSWORD": None})
case("collate_encrypted_wrong_password", lambda d, w: ["collate", "--db", str(d / "c.sqlite3"), str(w.enc)],
     kind="refuse", phrase="password is wrong", env={"QPP_PASSWORD": "not-it"})
case("collate_fake_encrypted", lambda d, w: ["collate", "--db", str(d / "c.sqlite3"),
                                             str(_write(d / "ole.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" +
                                                        os.urandom(4000)))],
     kind="refuse", phrase="ole.xlsx", env={"QPP_PASSWORD": "pw"})
case("collate_broken_symlink", lambda d, w: ["collate", "--db", str(d / "c.sqlite3"), str(_symlink(d / "gone.xlsx")),
                                             str(w.good)], kind="refuse", phrase="gone.xlsx")
case("collate_csv_given", lambda d, w: ["collate", "--db", str(d / "c.sqlite3"),
                                        str(_write(d / "r.csv", "a,b\n1,2\n")), str(w.good)],
     kind="refuse", phrase="r.csv")
case("collate_negative_count", _sheet_edit(_cell("Reviews", "minor", -3)), kind="refuse", phrase="minor")
case("collate_huge_number", _sheet_edit(_cell("Reviews", "minor", 10 ** 30)), kind="refuse", phrase="edited.xlsx")
case("collate_huge_version", _sheet_edit(_cell("Reviews", "template_version", 2 ** 70)), kind="refuse",
     phrase="edited.xlsx")
case("collate_negative_position", _sheet_edit(_cell("Criteria", "position", -1)), kind="refuse", phrase="position")
case("collate_float_count", _sheet_edit(_cell("Reviews", "minor", 1.5)), kind="refuse", phrase="minor")
case("collate_bad_product", _sheet_edit(_cell("Reviews", "product", "essay")), kind="refuse", phrase="essay")
case("collate_bad_band", _sheet_edit(_cell("Reviews", "band", "QS9")), kind="refuse", phrase="QS9")
case("collate_blank_review_id", _sheet_edit(_cell("Reviews", "review_id", None)), kind="refuse", phrase="review_id")
case("collate_date_as_number", _sheet_edit(_cell("Reviews", "product_date", 45000)), kind="refuse",
     phrase="product_date")
case("collate_blank_product_date", _sheet_edit(_cell("Reviews", "product_date", None)), kind="refuse",
     phrase="product_date")
case("collate_header_renamed", _sheet_edit(lambda s: s["Findings"][0].__setitem__(0, "rid")), kind="refuse",
     phrase="review_id")
case("collate_reviews_empty", _sheet_edit(lambda s: s.__setitem__("Reviews", s["Reviews"][:1])), kind="refuse",
     phrase="edited.xlsx")
case("collate_about_blank", _sheet_edit(lambda s: s.__setitem__("About", [["format", None]])), kind="refuse",
     phrase="edited.xlsx")


# 4. lock files beside the database (a writing command: batch create)
def _locked(contents: bytes | None, folder: bool = False):
    def build(d: Path, w: World) -> list[str]:
        lock = d / "db.sqlite3.lock"
        if folder:
            lock.mkdir()
        elif contents is not None:
            lock.write_bytes(contents)
        return ["batch", "--db", _db(d), "create", "LOCKTEST"]
    return build


import socket as _socket  # noqa: E402

_HOST = _socket.gethostname()
case("lock_empty", _locked(b""), kind="lock")
case("lock_garbage_bytes", _locked(b"\x00\xff\xfe\x01garbage"), kind="lock")
case("lock_not_json", _locked(b"pid=123"), kind="lock")
case("lock_json_list", _locked(b"[1, 2, 3]"), kind="lock")
case("lock_json_string", _locked(b'"locked"'), kind="lock")
case("lock_pid_text", _locked(json.dumps({"pid": "abc", "host": _HOST}).encode()), kind="lock")
case("lock_pid_huge", _locked(json.dumps({"pid": 10 ** 30, "host": _HOST}).encode()), kind="lock")
case("lock_pid_negative", _locked(json.dumps({"pid": -1, "host": _HOST}).encode()), kind="lock")
case("lock_pid_null", _locked(json.dumps({"pid": None, "host": _HOST, "since": "yesterday"}).encode()), kind="lock")
case("lock_since_text", _locked(json.dumps({"pid": 1, "host": _HOST, "since": "yesterday"}).encode()), kind="lock")
case("lock_record_of_live_process", _locked(json.dumps({"pid": 1, "host": _HOST, "since": 0}).encode()),
     kind="lock")  # a record only: nobody holds the lock, so it is taken over
case("lock_held_by_another_store", _locked(None), kind="held")
case("lock_other_host", _locked(json.dumps({"pid": 4242, "host": "elsewhere.example", "since": 0}).encode()),
     kind="lock")
case("lock_is_folder", _locked(None, folder=True), kind="lock")


def _symlink(p: Path) -> Path:
    p.symlink_to(p.with_name("not-there.xlsx"))
    return p


def _mkdir(p: Path) -> Path:
    p.mkdir(parents=True, exist_ok=True)
    return p


def test_the_corpus_is_big_enough():
    assert len(CASES) >= 100, len(CASES)


# Cases that crashed in code another helper owns were marked here with pytest.mark.xfail(strict=True)
# (batch remove of an unknown id, six lock-file contents); all are fixed on main now.
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=XFAIL[n])) if n in XFAIL else n for n in CASES])
def test_bad_input_gets_a_clear_message_never_a_traceback(name, world, tmp_path, capsys, monkeypatch):
    c = CASES[name]
    d = tmp_path / "case"
    d.mkdir()
    shutil.copyfile(world.db, d / "db.sqlite3")
    shutil.copyfile(world.root / "central-empty.sqlite3", d / "c.sqlite3")
    monkeypatch.chdir(d)
    monkeypatch.setenv("QPP_PASSWORD", "pw")
    holder = Store.open(d / "db.sqlite3", lock=True) if c.kind == "held" else None  # another program's lock
    try:
        argv = c.argv(d, world)
        r = run(argv, capsys, c.env, monkeypatch)
    except Exception as exc:  # a crash: shown as the test's failure, with its kind
        raise AssertionError(f"{name}: {exc.__class__.__name__} escaped main(): {exc!r}"[:2000]) from exc
    finally:
        if holder is not None:
            holder.close()
    assert "Traceback" not in r.text, r.text[-3000:]
    phrase = c.phrase
    if phrase.startswith("@hostile:"):
        phrase = world.hostile[phrase.split(":", 1)[1]][1]
    if c.kind in ("lock", "held"):
        lock = d / "db.sqlite3.lock"
        if r.code == 0:  # a stale or unreadable lock taken over: the batch was made, no lock left
            assert "Created batch 'LOCKTEST'" in r.out
            assert not lock.exists() or lock.is_dir() is False and lock.stat().st_size > 0
        else:
            assert r.code == 2 and r.err.startswith("qpp-reviewer:"), r.text
            assert len(r.err.strip()) > 30  # a sentence, not a code
        if name in ("lock_held_by_another_store", "lock_other_host"):
            assert r.code != 0, "a lock held by a live process or another machine must be respected"
        return
    assert r.code != 0, f"exit 0 for bad input {name}: {r.text[-1000:]}"
    message = r.err if c.kind == "fail" else r.text
    assert message.strip(), "no message at all"
    if c.kind == "refuse":
        assert r.code == 1, r.text
        assert "reject" in r.text.lower() or "refus" in r.text.lower(), r.text[-2000:]
    else:
        assert "qpp-reviewer" in r.err or "usage:" in r.err, r.err
    if phrase:
        assert phrase.lower() in message.lower(), f"{phrase!r} not in: {message[-1500:]}"


def test_a_refused_file_does_not_stop_the_run(world, tmp_path, capsys, monkeypatch):
    """Hostile files among good ones: each refused with its reason, the good one still collated, the run
    recorded as finished."""
    from qpp_reviewer.exchange.collate import count_runs

    monkeypatch.setenv("QPP_PASSWORD", "pw")
    files = [str(world.hostile[n][0]) for n in ("not_a_zip", "zip_bomb", "formula_cell", "tampered_checksum")]
    r = run(["collate", "--db", str(tmp_path / "c.sqlite3"), *files, str(world.good)], capsys)
    assert "Traceback" not in r.text and r.code == 1
    store = Store.open(tmp_path / "c.sqlite3")
    try:
        assert len(store.review_ids()) == 6
        assert count_runs(store) == 1
    finally:
        store.close()
