"""A short run of tools/kill_stress.py (the full run is 1,000 kills): every kind of work killed
with SIGKILL at random moments loses nothing acknowledged and leaves no plaintext or stray file."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL")


def test_twenty_kills_across_save_export_and_collation_lose_nothing(tmp_path):
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "kill_stress.py"), "--kills", "20", "--work", str(tmp_path / "w"),
         "--source-reviews", "20", "--input-reviews", "8", "--seed", "7", "--json"],
        capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert "Traceback" not in out.stderr, out.stderr
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    assert figures["failures_total"] == 0, figures["examples"]
    assert out.returncode == 0
    assert figures["kills_total"] == 20
    assert set(figures["kills"]) == {"save", "export-plain", "export-encrypted", "collate"}
    assert figures["acknowledged_comments"] > 0  # the save kills did check something


def test_the_checks_see_plaintext_and_strays(tmp_path):
    """The stress's own checks find a planted marker (also inside a zip) and a leftover .part file."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import kill_stress as ks
    finally:
        sys.path.remove(str(ROOT / "tools"))
    import zipfile

    raw = tmp_path / "sheet.xml"
    raw.write_text(f"<c>{ks.MARKER}</c>")
    zipped = tmp_path / "book.xlsx.part"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", "x" * 5000 + ks.MARKER)
    cut = tmp_path / "cut.part"
    cut.write_bytes(zipped.read_bytes()[:-40])  # a half-written zip: no central directory
    clean = tmp_path / "clean.bin"
    clean.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    assert [ks.holds_marker(p) for p in (raw, zipped, cut, clean)] == [True, True, True, False]
    d = {name: tmp_path / name for name in ("data", "tmp", "db", "in", "out_plain", "out_enc", "logs")}
    for p in d.values():
        p.mkdir()
    (d["out_enc"] / ".qpp-export-0123.xlsx.part").write_bytes(b"x")
    (d["db"] / "save.sqlite3.lock").write_bytes(b"")
    assert len(ks.strays(d)) == 2
