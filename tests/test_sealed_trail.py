"""The audit trail cannot be rewritten by someone holding only the file (issue 16 item 4).

The hash chain alone is unkeyed: deleting its newest entries, or re-hashing it by the documented
rules, leaves a chain that verifies. Signed checkpoints of its head (storage/seal.py), written at
export, at close and every 100 entries, make both show in ``verify_audit``."""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path

from qpp_reviewer.domain import Severity
from qpp_reviewer.exchange.export import export_workbook
from qpp_reviewer.storage import audit, seal
from qpp_reviewer.storage.store import Store

from tests.helpers import header


def _reviewed(path: Path) -> Store:
    store = Store.open(path)
    store.actor = "AB"
    rid = store.create_review(header(case_reference="S1234567/001"))
    for c in store.get_review(rid).criteria[:6]:
        store.set_finding(rid, c.id, Severity.MINOR)
    return store


def _closed(tmp_path: Path) -> Path:
    path = tmp_path / "laptop.sqlite3"
    _reviewed(path).close()  # close seals the head
    return path


def _shut(store: Store) -> None:
    """Let go of the file without the close's own checkpoint (which would seal what is there)."""
    store.engine.dispose()
    if store._lock is not None:
        store._lock.release()


def _verify(path: Path):
    store = Store.open(path)
    try:
        return store.verify_audit()
    finally:
        _shut(store)


def test_an_intact_trail_verifies_with_its_checkpoints(tmp_path):
    path = _closed(tmp_path)
    result = _verify(path)
    assert result.ok, result.problem
    assert "1 checkpoint matches" in result.problem
    with sqlite3.connect(path) as db:
        reason, signer, sig = db.execute("SELECT reason, signer, signature FROM audit_checkpoint").fetchone()
    assert (reason, signer) == ("close", "AB") and sig


def test_deleting_the_newest_entries_is_detected(tmp_path):
    path = _closed(tmp_path)
    with sqlite3.connect(path) as db:
        top = db.execute("SELECT max(seq) FROM audit_entry").fetchone()[0]
        db.execute("DELETE FROM audit_entry WHERE seq > ?", (top - 3,))
    # the chain alone still verifies: the remaining entries link up
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT seq, at, actor, review_id, action, field, old, new, payload_sha256, prev_hash, "
                          "hash FROM audit_entry ORDER BY seq").fetchall()
    dicts = [dict(zip(("seq", "at", "actor", "review_id", "action", "field", "old", "new", "payload_sha256",
                       "prev_hash", "hash"), r)) for r in rows]
    result = _verify(path)
    assert not result.ok
    assert f"entries {top - 2}–{top} were deleted" in result.problem
    assert len(dicts) == top - 3


def test_a_chain_rehashed_by_the_documented_rules_is_detected(tmp_path):
    path = _closed(tmp_path)
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT seq, at, actor, review_id, action, field, old, new FROM audit_entry "
                          "ORDER BY seq").fetchall()
        prev = audit.GENESIS
        from datetime import datetime

        for seq, at, actor, rid, action, field, old, new in rows:
            if action == "finding":
                new = "no_error"  # rewrite history: every finding was "no error"
            digest = audit.payload_digest(seq, datetime.fromisoformat(at), actor, rid, action, field, old or "",
                                          new or "")
            h = audit.link_hash(prev, digest)
            db.execute("UPDATE audit_entry SET new=?, payload_sha256=?, prev_hash=?, hash=? WHERE seq=?",
                       (new, digest, prev, h, seq))
            prev = h
    result = _verify(path)
    assert not result.ok
    assert "was rewritten" in result.problem, result.problem


def test_a_forged_checkpoint_is_detected(tmp_path):
    path = _closed(tmp_path)
    with sqlite3.connect(path) as db:
        sig = base64.b64decode(db.execute("SELECT signature FROM audit_checkpoint").fetchone()[0])
        forged = bytes([sig[0] ^ 1]) + sig[1:]
        db.execute("UPDATE audit_checkpoint SET signature=?", (base64.b64encode(forged).decode(),))
    result = _verify(path)
    assert not result.ok and "does not verify" in result.problem


def test_a_checkpoint_signed_by_an_unknown_key_is_detected(tmp_path):
    """An attacker rewrites the chain and signs a new checkpoint with a key of their own."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from qpp_reviewer.signing import ReviewerKey, b64

    path = _closed(tmp_path)
    store = Store.open(path)
    stranger = ReviewerKey("AB", Ed25519PrivateKey.generate(), tmp_path / "stranger.key")
    with store._session.begin() as s:
        s.query(audit.AuditCheckpointRow).delete()
        seal.checkpoint(s, "AB", "close", key=stranger)
    _shut(store)
    assert b64(stranger.public_key)
    result = _verify(path)
    assert not result.ok and "neither this machine's key" in result.problem


def test_export_and_every_hundred_entries_seal_the_head(tmp_path):
    store = _reviewed(tmp_path / "laptop.sqlite3")
    rid = store.review_ids()[0]
    crit = store.get_review(rid).criteria
    for i in range(seal.EVERY):
        store.set_comment(rid, crit[i % len(crit)].id, f"note {i}")
    export_workbook(store, [rid], tmp_path / "out.xlsx", "all", exported_by="AB")
    with sqlite3.connect(tmp_path / "laptop.sqlite3") as db:
        reasons = [r for (r,) in db.execute("SELECT reason FROM audit_checkpoint ORDER BY seq")]
    assert reasons[:-1] == ["every"] * (len(reasons) - 1) and reasons[-1] == "export"
    result = store.verify_audit()
    assert result.ok and "not sealed yet" not in result.problem, result.problem
    store.close()


# -- replay: the tables against the trail ----------------------------------------------------------

def _sub(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).mkdir()
    return tmp_path / name


def _edit(path: Path, sql: str, *args) -> None:
    with sqlite3.connect(path) as db:
        assert db.execute(sql, args).rowcount >= 1


def test_a_finding_edited_in_the_table_is_detected(tmp_path):
    path = _closed(tmp_path)
    _edit(path, "UPDATE finding SET severity='no_error' WHERE severity='minor' AND criterion_id="
                "(SELECT min(criterion_id) FROM finding WHERE severity='minor')")
    result = _verify(path)
    assert not result.ok
    assert "in the tables, but its trail says 'minor'" in result.problem and "S1234567/001" in result.problem


def test_a_comment_status_or_band_edited_in_the_table_is_detected(tmp_path):
    path = _closed(tmp_path)
    with sqlite3.connect(path) as db:
        cid = db.execute("SELECT criterion_id FROM finding WHERE severity='minor' LIMIT 1").fetchone()[0]
    _edit(path, "UPDATE finding SET comment='Looked fine.' WHERE criterion_id=?", cid)
    assert f"the comment on criterion {cid}" in _verify(path).problem

    path = _closed(_sub(tmp_path, "b"))
    _edit(path, "UPDATE review SET status='complete'")
    assert "is 'complete' in the tables, but its trail leaves it 'in_progress'" in _verify(path).problem

    path = _closed(_sub(tmp_path, "c"))
    _edit(path, "UPDATE review SET band='QS1'")
    result = _verify(path)
    assert "has band QS1 in the tables, but its findings give" in result.problem, result.problem


def test_a_review_added_or_removed_outside_the_app_is_detected(tmp_path):
    path = _closed(tmp_path)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("DELETE FROM review")
    assert "is missing from the tables, and the trail has no entry deleting it" in _verify(path).problem

    path = _closed(_sub(tmp_path, "b"))
    with sqlite3.connect(path) as db:
        cols = [r[1] for r in db.execute("PRAGMA table_info(review)")]
        row = dict(zip(cols, db.execute("SELECT * FROM review").fetchone()))
        row["id"], row["case_reference"] = "00000000-0000-4000-8000-000000000001", "X9999999/001"
        row["created_at"] = "2099-01-01 00:00:00.000000"
        db.execute(f"INSERT INTO review ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                   [row[c] for c in cols])
    result = _verify(path)
    assert "X9999999/001" in result.problem and "no entry in the trail" in result.problem


def test_reviews_changed_through_the_app_replay_clean(tmp_path):
    """Every path a review takes in the app (findings, comments, judgement, complete, reopen, delete,
    second review) leaves tables the replay agrees with."""
    store = _reviewed(tmp_path / "laptop.sqlite3")
    rid = store.review_ids()[0]
    crit = store.get_review(rid).criteria
    for c in crit:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    store.set_finding(rid, crit[2].id, Severity.MINOR)
    store.set_comment(rid, crit[2].id, "Service date missing.")
    store.complete_review(rid)
    store.reopen_review(rid, "The decision maker replied with the service date.")
    store.set_finding(rid, crit[2].id, Severity.NO_ERROR)
    store.set_comment(rid, crit[2].id, "")
    store.complete_review(rid)
    other = store.create_review(header(case_reference="S7654321/001"))
    store.set_finding(other, crit[0].id, Severity.MINOR)
    store.delete_review(other, reason="Opened on the wrong case.")
    result = store.verify_audit()
    assert result.ok, result.problem
    assert "1 review replayed from the trail matches the tables" in result.problem
    store.close()
