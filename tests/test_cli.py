"""The command line: help, demo data, listing, bad arguments."""

import subprocess
import sys

import pytest

from qpp_reviewer.cli import main
from qpp_reviewer.domain import QualityBand, ReviewStatus
from qpp_reviewer.scoring import score
from qpp_reviewer.storage.store import Store


def test_help_lists_headless_commands(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "demo" in out and "list" in out and "--db" in out


def test_python_dash_m_behaves_the_same():
    out = subprocess.run([sys.executable, "-m", "qpp_reviewer", "--help"], capture_output=True, text=True,
                         check=True).stdout
    assert "headless commands" in out


def test_demo_fills_a_database_with_consistent_reviews(tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--reviews", "300", "--seed", "7"]) == 0
    assert "Added 300 reviews" in capsys.readouterr().out
    store = Store.open(db)
    rows = store.list_reviews()
    assert len(rows) == 300
    bands = [r.band for r in rows if r.status is ReviewStatus.COMPLETE]
    share = {b: bands.count(b) / len(bands) for b in QualityBand}
    assert 0.25 < share[QualityBand.QS1] < 0.55 and share[QualityBand.QS5] < 0.15
    for r in rows[:40]:  # every stored band is the scoring function's
        review = store.get_review(r.id)
        assert r.band is store.score_of(review).band
        if r.status is ReviewStatus.COMPLETE:
            assert store.completion_problems(review) == []
    store.close()


def test_demo_is_reproducible_from_its_seed(tmp_path):
    bands = []
    for name in ("a", "b"):
        db = tmp_path / f"{name}.sqlite3"
        main(["demo", "--db", str(db), "--reviews", "40", "--seed", "3"])
        store = Store.open(db)
        bands.append(sorted((r.id, r.band) for r in store.list_reviews()))
        store.close()
    assert bands[0] == bands[1]


def test_list_and_bad_database(tmp_path, capsys):
    db = tmp_path / "x.sqlite3"
    main(["demo", "--db", str(db), "--reviews", "5"])
    capsys.readouterr()
    assert main(["list", "--db", str(db)]) == 0
    assert "5 reviews" in capsys.readouterr().out
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("hello" * 100)
    with pytest.raises(SystemExit) as exit_:
        main(["list", "--db", str(junk)])
    assert exit_.value.code == 2
    assert "not a QPP Reviewer database" in capsys.readouterr().err
    assert main(["demo", "--db", str(db), "--reviews", "0"]) == 2


def test_window_start_is_parsed_without_the_commands_and_anything_else_by_the_full_parser():
    """Starting the window parses only its options (no command module is imported then); a command,
    --help or a mistake goes to the full parser, with its messages."""
    from qpp_reviewer.cli import _window_args

    args = _window_args(["--db", "x.sqlite3", "--as", "AB"])
    assert (args.db, args.actor, args.command) == ("x.sqlite3", "AB", None)
    assert _window_args([]).db is None
    for argv in (["list"], ["--db", "x.sqlite3", "list"], ["--help"], ["--db"], ["--bogus"], ["-h"]):
        assert _window_args(argv) is None, argv
