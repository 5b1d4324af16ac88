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


# -- signed workbooks at collation (issue 16 item 3) --------------------------------------------------
from qpp_reviewer.domain import Severity  # noqa: E402
from qpp_reviewer.exchange.collate import SignaturePolicy, collate  # noqa: E402
from qpp_reviewer.exchange.export import export_workbook  # noqa: E402

from .helpers import header  # noqa: E402
from .workbooks import read_sheets, resign, write_sheets  # noqa: E402

STRICT = SignaturePolicy()


def _export(tmp_path, name="AB", band_error=True, **kw):
    laptop = Store.open(tmp_path / f"laptop-{name}.sqlite3")
    rid = laptop.create_review(header(reviewer=name))
    crit = laptop.get_review(rid).criteria
    for c in crit:
        laptop.set_finding(rid, c.id, Severity.NO_ERROR)
    if band_error:
        ordinary = next(c for c in crit if c.special_policy is None)
        laptop.set_finding(rid, ordinary.id, Severity.SIGNIFICANT)
        laptop.set_comment(rid, ordinary.id, "material fact missed")
    laptop.complete_review(rid)
    out = tmp_path / f"{name}.xlsx"
    export_workbook(laptop, [rid], out, exported_by=name, **kw)
    laptop.close()
    return out, rid


def _about(sheets):
    return {r[0]: r[1] for r in sheets["About"] if r and r[0]}


def _set_about(sheets, key, value):
    for r in sheets["About"]:
        if r and r[0] == key:
            r[1] = value


def test_an_unseen_signer_is_refused_with_the_fingerprint_unless_enrolled_on_the_spot(central, tmp_path):
    out, rid = _export(tmp_path)
    key = signing.load_or_create("AB")
    (fr,) = collate(central, [out], signatures=STRICT).files
    assert fr.rejected and key.fingerprint in fr.errors[0] and "has not enrolled" in fr.errors[0]
    assert central.count_reviews() == 0 and central.keys.all() == []
    (fr,) = collate(central, [out], signatures=SignaturePolicy(trust_new_signers=True)).files
    assert not fr.rejected and fr.added == 1 and fr.signer == "AB"
    (enrolled,) = central.keys.all()
    assert enrolled.how == "at_collation" and enrolled.fingerprint == key.fingerprint
    # from now on the default (strict) policy accepts AB's workbooks
    (tmp_path / "more").mkdir()
    out2, rid2 = _export(tmp_path / "more")
    (fr,) = collate(central, [out2], signatures=STRICT).files
    assert not fr.rejected, fr.errors


def test_a_workbook_edited_and_rechecksummed_without_the_key_is_refused(central, tmp_path):
    """The probe's forgery: a significant error turned into QS1 and the checksum recomputed."""
    out, rid = _export(tmp_path)
    central.keys.enrol("AB", signing.load_or_create("AB").public_key, by="QL")
    sheets = read_sheets(out)
    cols = sheets["Findings"][0]
    for row in sheets["Findings"][1:]:
        if row[cols.index("severity")] == "significant":
            row[cols.index("severity")] = "no_error"
            row[cols.index("comment")] = None
    rcols = sheets["Reviews"][0]
    sheets["Reviews"][1][rcols.index("band")] = "QS1"
    resign(sheets, sign=False)  # the forger has no key: only the checksum is redone
    write_sheets(tmp_path / "forged.xlsx", sheets, resign_checksum=False)
    (fr,) = collate(central, [tmp_path / "forged.xlsx"], signatures=STRICT).files
    assert fr.rejected and any("does not verify" in e for e in fr.errors), fr.errors
    assert central.count_reviews() == 0


def test_a_forger_signing_with_their_own_key_in_the_reviewers_name_is_refused(central, tmp_path):
    out, rid = _export(tmp_path)
    central.keys.enrol("AB", signing.load_or_create("AB").public_key, by="QL")
    sheets = read_sheets(out)
    mallory = signing.load_or_create("Mallory")
    about = _about(sheets)
    signed = signing.sign_about(mallory, about)
    signed["signer"] = "AB"
    signed["signature"] = signing.b64(mallory.sign(signing.about_message(signed)))
    for k in signing.SIGNED_ABOUT_KEYS:
        _set_about(sheets, k, signed[k])
    write_sheets(tmp_path / "mallory.xlsx", sheets, resign_checksum=False)
    (fr,) = collate(central, [tmp_path / "mallory.xlsx"], signatures=STRICT).files
    assert fr.rejected and mallory.fingerprint in fr.errors[0] and "has not enrolled" in fr.errors[0]


def test_a_revoked_key_is_refused_and_a_wrong_signer_name_too(central, tmp_path):
    out, rid = _export(tmp_path)
    key = signing.load_or_create("AB")
    central.keys.enrol("AB", key.public_key, by="QL")
    central.keys.revoke(key.fingerprint, by="QL", reason="laptop reported stolen")
    (fr,) = collate(central, [out], signatures=STRICT).files
    assert fr.rejected and "revoked" in fr.errors[0] and "laptop reported stolen" in fr.errors[0]
    other = Store.open(tmp_path / "other-central.sqlite3")
    other.keys.enrol("Alex Brown", key.public_key, by="QL")
    (fr,) = collate(other, [out], signatures=STRICT).files
    assert fr.rejected and "enrolled for Alex Brown" in fr.errors[0]
    other.close()


def test_unsigned_format_2_files_only_where_the_centre_accepts_them(central, tmp_path):
    out, rid = _export(tmp_path)
    sheets = read_sheets(out)
    sheets["About"] = [r for r in sheets["About"] if not (r and r[0] in signing.SIGNED_ABOUT_KEYS)]
    # a format 2 (or 3) workbook has no Time sheet (format 4)
    del sheets["Time"]
    sheets["About"] = [r for r in sheets["About"] if not (r and r[0] == "rows_time")]
    _set_about(sheets, "format_version", 2)
    write_sheets(tmp_path / "v2.xlsx", sheets)
    (fr,) = collate(central, [tmp_path / "v2.xlsx"], signatures=STRICT).files
    assert fr.rejected and "older QPP Reviewer" in fr.errors[0] and "--accept-unsigned" in fr.errors[0]
    report = collate(central, [tmp_path / "v2.xlsx"], signatures=SignaturePolicy(accept_unsigned=True))
    (fr,) = report.files
    assert not fr.rejected and fr.added == 1 and fr.unsigned_accepted
    assert "unsigned" in report.text()
    # a version 3 file without its signature is never accepted
    _set_about(sheets, "format_version", 3)
    write_sheets(tmp_path / "v3-unsigned.xlsx", sheets)
    (fr,) = collate(central, [tmp_path / "v3-unsigned.xlsx"], signatures=SignaturePolicy(accept_unsigned=True)).files
    assert fr.rejected and "always signed" in fr.errors[0]


def test_an_encrypted_export_is_signed_too(central, tmp_path):
    out, rid = _export(tmp_path, password="s3cret-pass")
    central.keys.enrol("AB", signing.load_or_create("AB").public_key, by="QL")
    (fr,) = collate(central, [out], passwords={str(out): "s3cret-pass"}, signatures=STRICT).files
    assert not fr.rejected and fr.signer == "AB", fr.errors


def test_the_command_line_enrols_lists_revokes_and_collates_by_policy(tmp_path, capsys):
    from qpp_reviewer.cli import main

    out, rid = _export(tmp_path)
    central = str(tmp_path / "c.sqlite3")
    assert main(["key", "show", "--as", "AB"]) == 0
    fp = capsys.readouterr().out.split(": ", 1)[1].strip()
    assert main(["key", "enrolment", "--as", "AB", "-o", str(tmp_path / "ab.json")]) == 0
    assert fp in capsys.readouterr().out
    # an unseen signer: refused by default, with the fingerprint
    assert main(["collate", "--db", central, str(out)]) == 1
    assert fp in capsys.readouterr().out
    assert main(["key", "enrol", "--db", central, str(tmp_path / "ab.json"), "--fingerprint", "0000"]) != 0
    assert "is not this key's" in capsys.readouterr().err
    assert main(["key", "enrol", "--db", central, str(tmp_path / "ab.json"), "--fingerprint", fp.replace(" ", "")]) == 0
    capsys.readouterr()
    assert main(["collate", "--db", central, str(out)]) == 0
    assert "signed by AB" in capsys.readouterr().out
    assert main(["key", "list", "--db", central]) == 0
    assert fp in capsys.readouterr().out
    assert main(["key", "revoke", "--db", central, fp, "--reason", "left the team"]) == 0
    capsys.readouterr()
    out2, _ = _export(tmp_path / "again" if (tmp_path / "again").mkdir() is None else tmp_path)
    assert main(["collate", "--db", central, str(out2)]) == 1
    assert "revoked" in capsys.readouterr().out
    # --trust-new-signers enrols a new reviewer's key on the spot
    out3, _ = _export(tmp_path, name="CD")
    assert main(["collate", "--db", central, "--trust-new-signers", str(out3)]) == 0
    assert "enrolled at this collation" in capsys.readouterr().out


@pytest.mark.parametrize("confirm", [True, False])
def test_the_window_asks_to_enrol_an_unseen_signer_showing_the_fingerprint(qtbot, tmp_path, monkeypatch, confirm):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from qpp_reviewer.qt.app import make_application
    from qpp_reviewer.qt.main_window import MainWindow

    out, rid = _export(tmp_path)
    fp = signing.load_or_create("AB").fingerprint
    make_application()
    asked, boxes = [], []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(out)], ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (
        asked.append(a[2]), QMessageBox.Yes if confirm else QMessageBox.No)[1])
    monkeypatch.setattr(QMessageBox, "about", lambda *a, **k: boxes.append(a[2]))
    store = Store.open(tmp_path / "central.sqlite3")
    store.actor = "QL"
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.ui.actionCollate.trigger()
    qtbot.waitUntil(lambda: getattr(w, "last_collation_box", None) is not None, timeout=20000)
    assert len(asked) == 1 and fp in asked[0] and "signed by AB" in asked[0]
    if confirm:
        assert store.count_reviews() == 1 and [k.fingerprint for k in store.keys.all()] == [fp]
        assert "1 added" in w.last_collation_box.text().replace("1 workbook read", "")
    else:
        assert store.count_reviews() == 0 and store.keys.all() == []
        assert "has not enrolled" in w.last_collation_box.detailedText()
    w.last_collation_box.close()
    # Help ▸ About shows the person's own fingerprint, to read out
    w.ui.actionAbout.trigger()
    assert signing.load_or_create("QL").fingerprint in boxes[-1]
    w.close()
    store.close()
