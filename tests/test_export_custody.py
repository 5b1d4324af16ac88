"""Issue 15 item 7: the plaintext of an encrypted export never touches the disk outside the app's
private folder, a plain export's .part file is 0600, and what a killed export left is removed at the
next start."""

import io
import json
import os
import stat
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from qpp_reviewer.domain import Severity
from qpp_reviewer.exchange import custody
from qpp_reviewer.exchange.export import export_workbook
from qpp_reviewer.exchange.protect import decrypt_to_bytes, is_encrypted
from qpp_reviewer.paths import data_dir, private_tmp_dir
from qpp_reviewer.storage.store import Store

from .helpers import header

ROOT = Path(__file__).resolve().parent.parent
MARKER = "CUSTODY-MARKER-5d1e"


def _store_with_marker(path: Path, reviews: int = 3) -> tuple[Store, list[str]]:
    store = Store.open(path)
    ids = []
    for n in range(reviews):
        rid = store.create_review(header(case_reference=f"L{n:07d}/001"))
        for c in store.get_review(rid).criteria[:3]:
            store.set_finding(rid, c.id, Severity.MINOR)
            store.set_comment(rid, c.id, f"{MARKER} {n} {c.id}")
        ids.append(rid)
    return store, ids


_WRITES: list[str] | None = None


def _audit(event, args):
    if _WRITES is None:
        return
    if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        path, mode, flags = args[0], args[1], args[2]
        writing = (mode is not None and any(ch in str(mode) for ch in "wax+")) or (
            mode is None and isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))
        if writing:
            _WRITES.append(os.fsdecode(path))


sys.addaudithook(_audit)


def _writes_during(fn):
    global _WRITES
    _WRITES = []
    try:
        fn()
        return list(_WRITES)
    finally:
        _WRITES = None


def _holds_marker(path: Path) -> bool:
    data = path.read_bytes()
    if MARKER.encode() in data:
        return True
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            return any(MARKER.encode() in z.read(n) for n in z.namelist())
    return False


def test_an_encrypted_export_writes_only_ciphertext_outside_the_private_folder(tmp_path, monkeypatch):
    tmpdir = tmp_path / "TMPDIR"
    tmpdir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    (tmp_path / "db").mkdir()
    store, ids = _store_with_marker(tmp_path / "db" / "a.sqlite3")
    target = tmp_path / "out" / "protected.xlsx"
    target.parent.mkdir()
    private = data_dir().resolve()
    written = _writes_during(lambda: export_workbook(store, ids, target, "all", password="s3cret"))
    store.close()
    outside = [w for w in written if not Path(w).resolve().is_relative_to(private)]
    # the one file written outside the private folder is the .part beside the target, renamed onto it
    assert len(outside) == 1, outside
    part = Path(outside[0])
    assert part.parent == target.parent and part.name.startswith(".qpp-export-") and part.name.endswith(".part")
    assert any(Path(w).resolve().is_relative_to(private_tmp_dir().resolve()) for w in written)  # the sheets
    assert is_encrypted(target) and not _holds_marker(target)
    with zipfile.ZipFile(io.BytesIO(decrypt_to_bytes(target, "s3cret", 1 << 30))) as z:  # the text is in it
        assert any(MARKER.encode() in z.read(n) for n in z.namelist())
    assert list(tmpdir.iterdir()) == []
    assert sorted(p.name for p in target.parent.iterdir()) == ["protected.xlsx"]
    assert list(private_tmp_dir().iterdir()) == []  # the scratch folder is emptied when done
    assert stat.S_IMODE(private_tmp_dir().stat().st_mode) == 0o700
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_plain_export_writes_its_part_file_0600_and_removes_it_when_it_fails(tmp_path, monkeypatch):
    tmpdir = tmp_path / "TMPDIR"
    tmpdir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    store, ids = _store_with_marker(tmp_path / "a.sqlite3", reviews=1)
    out = tmp_path / "out"
    out.mkdir()
    seen = {}

    def failing_commit(self):
        seen["mode"] = stat.S_IMODE(self.part.stat().st_mode)
        seen["part"] = self.part
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(custody.ExportCustody, "commit", failing_commit)
    with pytest.raises(OSError):
        export_workbook(store, ids, out / "plain.xlsx", "all")
    store.close()
    assert seen["mode"] == 0o600 and seen["part"].parent == out
    assert list(out.iterdir()) == [] and list(tmpdir.iterdir()) == []
    assert list(private_tmp_dir().iterdir()) == []


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def _fake_export(folder_name: str, part: Path) -> Path:
    f = private_tmp_dir() / folder_name
    f.mkdir()
    (f / "record.json").write_text(json.dumps({"part": str(part), "target": str(part.with_name("t.xlsx"))}))
    (f / "sheet1.xml").write_text(f"<c>{MARKER}</c>")
    part.write_bytes(b"half a workbook")
    return f


def test_the_next_start_removes_a_dead_exports_leftovers_and_keeps_a_running_one(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dead = _fake_export(f"export-{_dead_pid()}-12345-aaaa", out / ".qpp-export-aaaa.xlsx.part")
    me = os.getpid()
    live = _fake_export(f"export-{me}-{custody._start_time(me) or 0}-bbbb", out / ".qpp-export-bbbb.xlsx.part")
    # a pid reused by a new process: same pid, another start time, so the export it named is dead
    reused = _fake_export(f"export-{me}-1-cccc", out / ".qpp-export-cccc.xlsx.part")
    # a record naming a file that is not an export's .part is never followed
    odd = private_tmp_dir() / f"export-{_dead_pid()}-1-dddd"
    odd.mkdir()
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me")
    (odd / "record.json").write_text(json.dumps({"part": str(victim)}))
    removed = custody.clean_leftovers()
    assert not dead.exists() and not (out / ".qpp-export-aaaa.xlsx.part").exists()
    assert not reused.exists() and not (out / ".qpp-export-cccc.xlsx.part").exists()
    assert live.exists() and (out / ".qpp-export-bbbb.xlsx.part").exists()
    assert not odd.exists() and victim.read_text() == "keep me"
    assert out / ".qpp-export-aaaa.xlsx.part" in removed


def _leftovers(work: Path) -> list[str]:
    found = [f"scratch {p.name}" for p in (work / "data" / "private-tmp").iterdir()]
    found += [f"TMPDIR {p.name}" for p in (work / "tmp").iterdir()]
    found += [f"out {p.name}" for p in (work / "out_enc").iterdir() if p.name.endswith(".part")]
    return found


@pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL")
def test_thirty_killed_encrypted_exports_leave_no_plaintext_and_the_next_start_cleans_up(tmp_path):
    """``export --encrypt`` (the CLI's main, in a forked child with TMPDIR set to a test folder) killed
    with SIGKILL at 30 random moments: no file anywhere under the test's folder but the private data
    folder, the database and the fixtures holds the marker text (checked after every kill, before any
    clean-up, zip members decompressed); then the app's start removes everything the kills left."""
    work = tmp_path / "w"
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "kill_stress.py"), "--kinds", "export-encrypted", "--kills", "30",
         "--work", str(work), "--source-reviews", "15", "--leave", "--seed", "3", "--json"],
        capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert "Traceback" not in run.stderr, run.stderr
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert figures["kills_total"] == 30
    assert figures["failures_total"] == 0, figures["examples"]
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import kill_stress as ks
    finally:
        sys.path.remove(str(ROOT / "tools"))
    d = {name: work / name for name in ("data", "tmp", "db", "in", "out_plain", "out_enc", "logs")}
    assert ks.plaintext_outside(work, d) == []  # all 30 kills' leftovers together, still there
    for p in work.rglob("*"):
        if p.is_file() and (p.is_relative_to(d["out_enc"]) or p.is_relative_to(d["tmp"])):
            assert not ks.holds_marker(p), p
    left = _leftovers(work)
    assert left, "no kill left anything: the test proves nothing"
    # the next start: the window's opening of its database
    env = dict(os.environ, QPP_DATA_DIR=str(d["data"]), TMPDIR=str(d["tmp"]), QT_QPA_PLATFORM="offscreen")
    start = subprocess.run(
        [sys.executable, "-c", "import sys; from qpp_reviewer.qt.app import open_for_app; "
         "open_for_app(sys.argv[1]).close()", str(d["db"] / "source.sqlite3")],
        capture_output=True, text=True, timeout=60, cwd=ROOT, env=env)
    assert start.returncode == 0, start.stderr
    assert _leftovers(work) == [], left


def test_a_command_that_opens_a_database_cleans_a_dead_exports_leftovers(tmp_path):
    from qpp_reviewer import cli

    out = tmp_path / "out"
    out.mkdir()
    Store.open(tmp_path / "a.sqlite3").close()
    dead = _fake_export(f"export-{_dead_pid()}-12345-eeee", out / ".qpp-export-eeee.xlsx.part")
    assert cli.main(["list", "--db", str(tmp_path / "a.sqlite3")]) == 0
    assert not dead.exists() and list(out.iterdir()) == []


def test_the_next_export_cleans_a_dead_exports_leftovers(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    store, ids = _store_with_marker(tmp_path / "a.sqlite3", reviews=1)
    dead = _fake_export(f"export-{_dead_pid()}-12345-ffff", out / ".qpp-export-ffff.xlsx.part")
    export_workbook(store, ids, tmp_path / "elsewhere.xlsx", "all")
    store.close()
    assert not dead.exists() and list(out.iterdir()) == []
