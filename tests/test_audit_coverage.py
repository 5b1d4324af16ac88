"""Every change of stored data is audited, with who (and why where a reason is asked); the chain still
verifies with entries that belong to no review (units, batches) and entries of deleted reviews."""

from __future__ import annotations

import pytest

from qpp_reviewer.cli import main
from qpp_reviewer.storage.audit import AuditEntryRow
from qpp_reviewer.storage.store import Store

from .helpers import header


def _trail(store: Store) -> list[AuditEntryRow]:
    from sqlalchemy import select

    with store._session() as s:
        return list(s.scalars(select(AuditEntryRow).order_by(AuditEntryRow.seq)))


@pytest.fixture
def store(tmp_path):
    st = Store.open(tmp_path / "r.sqlite3")
    yield st
    st.close()


def test_units_batches_and_deletion_are_audited_with_who_and_why(store):
    store.add_unit("Leeds Asylum", by="Quality Lead")
    rid = store.create_review(header(reviewer="AB"))
    other = store.create_review(header(case_reference="L7654321/002", reviewer="AB"))
    bid = store.create_batch("October", by="CD")
    other_bid = store.create_batch("November", by="CD")
    assert store.add_to_batch(bid, [rid, other], by="CD") == 2
    assert store.add_to_batch(other_bid, [rid], by="EF") == 1  # moved from October
    assert store.remove_from_batch([rid, "no-such-review"], by="EF") == 1
    store.delete_batch(bid, by="GH")
    store.delete_review(rid, by="AB", reason="entered against the wrong case")

    got = [(e.action, e.actor, e.review_id, e.old, e.new) for e in _trail(store) if e.action != "created"]
    assert got == [
        ("unit_added", "Quality Lead", None, "", "Leeds Asylum"),
        ("batch_created", "CD", None, "", "October"),
        ("batch_created", "CD", None, "", "November"),
        ("batch_added", "CD", rid, "", "October"),
        ("batch_added", "CD", other, "", "October"),
        ("batch_added", "EF", rid, "October", "November"),
        ("batch_removed", "EF", rid, "November", ""),
        ("batch_removed", "GH", other, "October", ""),
        ("batch_deleted", "GH", None, "October", ""),
        ("deleted", "AB", rid, "L1234567/001 decision", "entered against the wrong case"),
    ]
    assert store.verify_audit().ok, store.verify_audit().problem
    # the deleted review's trail is kept and readable by its id
    assert [e.action for e in store.history(rid)][-1] == "deleted"


def test_a_retired_unit_brought_back_is_audited_and_the_actor_is_the_default_who(store):
    store.actor = "Quality Lead"
    from sqlalchemy import update

    from qpp_reviewer.storage.models import UnitRow

    store.add_unit("Cardiff")
    with store._session.begin() as s:
        s.execute(update(UnitRow).where(UnitRow.name == "Cardiff").values(active=False))
    store.add_unit("cardiff")
    assert [(e.action, e.actor, e.new) for e in _trail(store)] == [
        ("unit_added", "Quality Lead", "Cardiff"), ("unit_restored", "Quality Lead", "Cardiff")]
    assert store.verify_audit().ok


def test_a_refused_change_writes_no_entry(store):
    from qpp_reviewer.storage.store import ReviewError

    bid = store.create_batch("October", by="CD")
    before = len(_trail(store))
    with pytest.raises(ReviewError):
        store.add_unit("Glasgow", by="X")  # already in the list
    with pytest.raises(ReviewError):
        store.add_to_batch(bid, ["no-such-review"], by="X")
    with pytest.raises(ReviewError):
        store.delete_review("no-such-review", by="X", reason="r")
    assert len(_trail(store)) == before


def test_cli_batch_commands_audit_under_the_as_name(tmp_path, capsys):
    db = str(tmp_path / "r.sqlite3")
    st = Store.open(db)
    rid = st.create_review(header())
    st.close()
    assert main(["--as", "Dana Lead", "batch", "--db", db, "create", "Q4"]) == 0
    assert main(["--as", "Dana Lead", "batch", "--db", db, "add", "Q4", rid]) == 0
    assert main(["--as", "Eli", "batch", "--db", db, "remove", rid]) == 0
    assert "Took 1 review(s)" in capsys.readouterr().out
    assert main(["--as", "Eli", "batch", "--db", db, "delete", "Q4"]) == 0
    st = Store.open(db)
    try:
        got = [(e.action, e.actor) for e in _trail(st) if e.action.startswith("batch")]
        assert got == [("batch_created", "Dana Lead"), ("batch_added", "Dana Lead"), ("batch_removed", "Eli"),
                       ("batch_deleted", "Eli")]
    finally:
        st.close()
    capsys.readouterr()
    assert main(["verify", "--db", db]) == 0
    assert "Audit trail intact" in capsys.readouterr().out
    assert main(["history", "--db", db, "--all"]) == 0
    out = capsys.readouterr().out
    assert "(no review)" in out and "batch_deleted" in out and "Dana Lead" in out
    assert main(["history", "--db", db]) == 2  # neither an id nor --all: told what to give
    assert "--all" in capsys.readouterr().err


def test_cli_login_name_is_recorded_when_no_as_is_given(tmp_path, monkeypatch):
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "loginname")
    db = str(tmp_path / "r.sqlite3")
    Store.open(db).close()  # 'batch' makes no database (issue 15 item 9)
    assert main(["batch", "--db", db, "create", "Q4"]) == 0
    st = Store.open(db)
    try:
        assert [(e.action, e.actor) for e in _trail(st)] == [("batch_created", "loginname")]
    finally:
        st.close()


def test_a_trail_with_unit_batch_and_deleted_review_entries_exports_and_collates(tmp_path):
    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.exchange.export import export_workbook, select_reviews

    st = Store.open(tmp_path / "laptop.sqlite3")
    st.actor = "AB"
    st.add_unit("Leeds Asylum")
    gone = st.create_review(header(case_reference="L1111111/001"))
    kept = st.create_review(header(case_reference="L2222222/001", unit="Leeds Asylum"))
    bid = st.create_batch("October", by="AB")
    st.add_to_batch(bid, [gone, kept])
    st.delete_review(gone, reason="duplicate")
    st.delete_batch(bid)
    ids, label = select_reviews(st, batch=None)
    out = tmp_path / "x.xlsx"
    export_workbook(st, ids, out, label, exported_by="AB")
    st.close()
    central = Store.open(tmp_path / "central.sqlite3")
    try:
        report = collate(central, [out])
        assert not report.rejected, report.text()
        assert central.verify_audit().ok
    finally:
        central.close()


def test_history_window_shows_batch_moves_of_a_review(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from qpp_reviewer.qt.app import make_application
    from qpp_reviewer.qt.main_window import MainWindow

    make_application()
    st = Store.open(tmp_path / "r.sqlite3")
    st.actor = "CD"
    rid = st.create_review(header())
    bid = st.create_batch("October", by="CD")
    st.add_to_batch(bid, [rid])
    st.delete_batch(bid)
    w = MainWindow(st)
    qtbot.addWidget(w)
    w.show()
    try:
        w.ui.tabs.setCurrentWidget(w.list_page)
        w.list_page.ui.table.setFocus()
        w.list_page.ui.table.selectRow(0)
        w.ui.actionHistory.trigger()
        dialog = w.last_history_dialog
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog or dialog.isVisible(), timeout=3000)
        table = dialog.table
        rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
        whats = [r[3] for r in rows]
        assert whats == ["Review created", "Added to a batch", "Removed from a batch"]
        assert rows[1][2] == "CD" and rows[1][6] == "October" and rows[2][5] == "October"
        dialog.reject()
    finally:
        w.close()
        st.close()


def test_history_names_every_action_a_review_s_trail_can_hold(tmp_path):
    """Review ▸ History shows what happened in words: a second review's request, a collation's import or
    revision, a kept copy, a demo review (it showed "second requested" / "parent", the trail's codes)."""
    import re
    from pathlib import Path
    from types import SimpleNamespace

    from qpp_reviewer.qt.app import make_application
    from qpp_reviewer.qt.history import _actions, describe

    make_application()
    root = Path(__file__).resolve().parent.parent / "qpp_reviewer"
    written = set()
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        written |= set(re.findall(r'_audit\(s, row, "([a-z_]+)"', text))
        written |= {f"{k}_requested" for k in ("second", "assurance")} if '"{kind}_requested"' in text.replace(
            'f"{kind}_requested"', '"{kind}_requested"') else set()
        written |= set(re.findall(r'"collation", [a-z_\[\]"]+, "([a-z_]+)", "(?:file|revision)"', text))
        written |= set(re.findall(r'"(demo_created|conflict_resolved)"', text))
    review_level = written - {"batch_created", "batch_deleted", "unit_added", "unit_restored"}
    assert {"second_requested", "assurance_requested", "imported", "revised", "demo_created"} <= review_level
    assert sorted(review_level - set(_actions())) == []
    entry = SimpleNamespace(action="second_requested", field="parent", old=None, new="de7f313f")
    what, about, _before, after = describe(entry, {})
    assert (what, about, after) == ("Second review requested", "Of the review", "de7f313f")
