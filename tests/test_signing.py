"""Issue 16 items 1-2: reviewer keys, enrolment files, the centre's registry with revocation."""

from __future__ import annotations

import json
import os
import stat

import pytest

from qpp_reviewer import signing
from qpp_reviewer.storage.store import ReviewError, Store


@pytest.fixture
def central(tmp_path):
    s = Store.open(tmp_path / "central.sqlite3")
    yield s
    s.close()


def test_a_key_is_made_on_first_use_private_to_the_user_and_the_same_afterwards():
    key = signing.load_or_create("Alex Brown")
    assert stat.S_IMODE(os.stat(key.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(key.path.parent).st_mode) == 0o700
    again = signing.load_or_create("  alex   BROWN ")  # the same reviewer however typed
    assert again.public_key == key.public_key and len(key.public_key) == 32
    other = signing.load_or_create("CD")
    assert other.public_key != key.public_key
    fp = key.fingerprint
    assert len(fp.split(" ")) == 8 and all(len(g) == 4 for g in fp.split(" "))
    assert not list(key.path.parent.glob("*.new"))  # nothing half-written left


def test_a_key_with_a_passphrase_opens_only_with_it():
    key = signing.load_or_create("EF", passphrase="correct horse battery")
    assert b"ENCRYPTED" in key.path.read_bytes()
    assert signing.load_or_create("EF", passphrase="correct horse battery").public_key == key.public_key
    with pytest.raises(signing.SigningError, match="wrong passphrase"):
        signing.load_or_create("EF", passphrase="wrong")
    with pytest.raises(signing.SigningError, match="protected by a passphrase"):
        signing.load_or_create("EF")


def test_enrolment_file_round_trip_and_confirmation(central, tmp_path):
    key = signing.load_or_create("AB")
    path = signing.write_enrolment(key, tmp_path / "ab.qpp-key.json")
    doc = json.loads(path.read_text())
    assert doc["fingerprint"] == key.fingerprint and "PRIVATE" not in path.read_text()
    with pytest.raises(ReviewError, match="is not this key's"):
        central.keys.enrol_file(path, by="QL", confirmed_fingerprint="0000 0000 0000 0000 0000 0000 0000 0000")
    assert central.keys.all() == []
    enrolled = central.keys.enrol_file(path, by="QL", confirmed_fingerprint=key.fingerprint.lower())
    assert enrolled.reviewer == "AB" and enrolled.active and enrolled.enrolled_by == "QL"
    assert central.keys.find(key.public_key) == enrolled
    assert central.keys.enrol_file(path, by="QL") == enrolled  # again: nothing new
    check = central.verify_audit()
    assert check.ok


@pytest.mark.parametrize("damage, message", [
    (lambda d: d.__setitem__("reviewer", "Mallory"), "signature does not match"),
    (lambda d: d.__setitem__("public_key", signing.b64(b"x" * 32)), "signature does not match"),
    (lambda d: d.__setitem__("signature", "!!"), "not valid base64"),
    (lambda d: d.__setitem__("version", 9), "version 9"),
    (lambda d: d.__setitem__("format", "something"), "not a QPP Reviewer enrolment file"),
    (lambda d: d.__setitem__("fingerprint", "AAAA"), "fingerprint written in it"),
    (lambda d: d.pop("reviewer"), "reviewer's name is missing"),
])
def test_a_damaged_or_edited_enrolment_file_is_refused(tmp_path, damage, message):
    key = signing.load_or_create("AB")
    path = signing.write_enrolment(key, tmp_path / "ab.json")
    doc = json.loads(path.read_text())
    damage(doc)
    path.write_text(json.dumps(doc))
    with pytest.raises(signing.SigningError, match=message):
        signing.read_enrolment(path)


def test_not_an_enrolment_file_at_all(tmp_path):
    (tmp_path / "x.json").write_bytes(b"\x89PNG\r\n")
    with pytest.raises(signing.SigningError, match="not JSON"):
        signing.read_enrolment(tmp_path / "x.json")
    with pytest.raises(signing.SigningError, match="There is no file"):
        signing.read_enrolment(tmp_path / "missing.json")
    (tmp_path / "big.json").write_bytes(b" " * (signing.MAX_ENROLMENT_BYTES + 1))
    with pytest.raises(signing.SigningError, match="too large"):
        signing.read_enrolment(tmp_path / "big.json")


def test_revocation_is_audited_and_final(central, tmp_path):
    key = signing.load_or_create("AB")
    central.keys.enrol("AB", key.public_key, by="QL")
    with pytest.raises(ReviewError, match="at least a few words"):
        central.keys.revoke(key.fingerprint, by="QL", reason="no")
    revoked = central.keys.revoke(key.fingerprint, by="QL", reason="laptop reported stolen")
    assert not revoked.active and revoked.revoke_reason == "laptop reported stolen"
    with pytest.raises(ReviewError, match="was revoked"):
        central.keys.enrol("AB", key.public_key, by="QL")
    with pytest.raises(ReviewError, match="No enrolled key has the fingerprint"):
        central.keys.revoke("1234 5678", by="QL", reason="typed wrongly here")
    with pytest.raises(ReviewError, match="already enrolled for AB"):
        other = Store.open(tmp_path / "other.sqlite3")
        try:
            other.keys.enrol("AB", key.public_key, by="QL")
            other.keys.enrol("CD", key.public_key, by="QL")
        finally:
            other.close()
    assert central.verify_audit().ok


def test_an_about_sheet_signature_covers_every_value():
    key = signing.load_or_create("AB")
    about = {"format": "qpp-exchange", "format_version": 3, "checksum_sha256": "ab" * 32, "exported_by": "AB"}
    signed = signing.sign_about(key, about)
    check = signing.check_about(signed)
    assert check.signed and check.valid and check.signer == "AB" and check.fingerprint == key.fingerprint
    for field, value in (("checksum_sha256", "cd" * 32), ("exported_by", "CD"), ("signer", "CD")):
        forged = dict(signed, **{field: value})
        bad = signing.check_about(forged)
        assert bad.signed and not bad.valid and "does not verify" in bad.problem
    # a forger who signs with their own key is caught by the registry, not here: the check says who signed
    mallory = signing.load_or_create("Mallory")
    forged = signing.sign_about(mallory, dict(about, signer="AB"))
    assert signing.check_about(forged).fingerprint == mallory.fingerprint
    assert not signing.check_about(about).signed


def test_migration_0006_matches_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from qpp_reviewer.storage.models import Base

    store = Store.open(tmp_path / "m.sqlite3")
    with store.engine.connect() as con:
        diffs = compare_metadata(MigrationContext.configure(con), Base.metadata)
    store.close()
    assert [d for d in diffs if "enrolled_key" in repr(d)] == []
