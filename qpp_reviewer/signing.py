"""Reviewer keys: who exported a workbook, proven by a signature the centre can check.

An exchange workbook's checksum says the file was not changed by accident; anyone who knows the
documented rules can recompute it after changing a band. A signature cannot be recomputed without
the reviewer's private key. So each reviewer profile has an Ed25519 key pair (``cryptography``, a
well-kept library; Ed25519 keys and signatures are small, fast and have no parameters to get
wrong), made on first use and kept in the per-user data folder, readable by the user alone, and
encrypted with a passphrase when one is given.

The public key reaches the centre in an **enrolment file** (small JSON, self-signed so that a
damaged or edited file is refused). A quality lead imports it after confirming its fingerprint
with the reviewer over the phone or in person; the fingerprint is the SHA-256 of the raw public
key, shown as eight groups of four hex digits (the first 128 bits), which a person can read out.

The centre's registry (``storage/keys.py``) holds the enrolled keys per reviewer, with revocation.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .messages import translate

ENROLMENT_FORMAT = "qpp-reviewer-enrolment"
ENROLMENT_VERSION = 1
MAX_ENROLMENT_BYTES = 64 * 1024


class SigningError(Exception):
    """A key or an enrolment file that cannot be used; the message says what is wrong and what to do."""


def keys_dir() -> Path:
    """The folder of this user's private keys: inside the per-user data folder, mode 0700."""
    from .paths import data_dir

    path = data_dir() / "keys"
    path.mkdir(mode=0o700, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def _slug(name: str) -> str:
    """A file name for a reviewer's key: readable, and one per name whatever its case or spacing."""
    name = " ".join((name or "").split()).casefold()
    if not name:
        raise SigningError(translate("core", "A key belongs to a reviewer: give the reviewer's name or initials."))
    readable = re.sub(r"[^a-z0-9]+", "-", name).strip("-")[:40] or "reviewer"
    return f"{readable}-{hashlib.sha256(name.encode()).hexdigest()[:12]}"


def fingerprint(public_key: bytes) -> str:
    """What a person reads out to confirm a key: 8 groups of 4 hex digits of its SHA-256."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except Exception as exc:  # binascii.Error, UnicodeEncodeError
        raise SigningError(translate("core", "The {what} is not valid base64 text.").format(what=what)) from exc


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """True if ``signature`` is ``public_key``'s signature of ``data``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if len(public_key) != 32 or len(signature) != 64:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
        return True
    except InvalidSignature:
        return False


@dataclass
class ReviewerKey:
    """A reviewer's key pair, loaded for signing."""

    reviewer: str
    _private: object
    path: Path

    @property
    def public_key(self) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return self._private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, data: bytes) -> bytes:
        return self._private.sign(data)


def key_path(reviewer: str) -> Path:
    return keys_dir() / f"{_slug(reviewer)}.pem"


def has_key(reviewer: str) -> bool:
    return key_path(reviewer).is_file()


def load_or_create(reviewer: str, passphrase: str | None = None) -> ReviewerKey:
    """The reviewer's key, made on first use (written 0600 from its first byte, then renamed into
    place, so a crash leaves no half key). With ``passphrase`` the private key is encrypted with it
    (PKCS#8, the library's best available encryption) and the same passphrase opens it later."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = key_path(reviewer)
    secret = passphrase.encode("utf-8") if passphrase else None
    if path.is_file():
        try:
            data = path.read_bytes()
            private = serialization.load_pem_private_key(data, password=secret)
        except TypeError as exc:  # encrypted and no passphrase, or a passphrase for a plain key
            raise SigningError((translate("core", "The key of {reviewer} is protected by a passphrase: give it "
                                                  "(QPP_KEY_PASSPHRASE on the command line).") if secret is None else
                                translate("core", "The key of {reviewer} has no passphrase; do not give one."))
                               .format(reviewer=reviewer)) from exc
        except ValueError as exc:
            raise SigningError(translate("core", "The key of {reviewer} could not be opened: wrong passphrase, or "
                                                 "the file {file} is damaged. Try again, or make a new key and enrol "
                                                 "it again at the centre.").format(
                reviewer=reviewer, file=path.name)) from exc
        if not isinstance(private, Ed25519PrivateKey):
            raise SigningError(translate("core", "{file} is not an Ed25519 reviewer key.").format(file=path.name))
        return ReviewerKey(reviewer, private, path)
    private = Ed25519PrivateKey.generate()
    encryption = (serialization.BestAvailableEncryption(secret) if secret else serialization.NoEncryption())
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return ReviewerKey(reviewer, private, path)


# -- enrolment files ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Enrolment:
    """A reviewer's public key as it travels to the centre."""

    reviewer: str
    public_key: bytes
    created_at: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def _enrolment_body(reviewer: str, public_key: bytes, created_at: str) -> bytes:
    return json.dumps({"format": ENROLMENT_FORMAT, "version": ENROLMENT_VERSION, "reviewer": reviewer,
                       "public_key": b64(public_key), "created_at": created_at},
                      sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_enrolment(key: ReviewerKey, path: str | Path) -> Path:
    """The enrolment file of ``key``: its reviewer, public key and fingerprint, signed by the key itself."""
    created = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    body = _enrolment_body(key.reviewer, key.public_key, created)
    doc = json.loads(body)
    doc["fingerprint"] = key.fingerprint
    doc["signature"] = b64(key.sign(body))
    path = Path(path)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def read_enrolment(path: str | Path) -> Enrolment:
    """An enrolment file, checked whole: its form, its key and its own signature."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_ENROLMENT_BYTES:
            raise SigningError(translate("core", "{file} is too large to be an enrolment file (at most 64 KB).").format(
                file=path.name))
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SigningError(translate("core", "There is no file {path}. Check the path of the enrolment file.").format(
            path=str(path))) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SigningError(translate("core", "{file} is not an enrolment file (it is not JSON text). Ask the "
                                             "reviewer to export it again from QPP Reviewer (Help ▸ About, or "
                                             "`qpp-reviewer key enrolment`).").format(file=path.name)) from exc
    except OSError as exc:
        raise SigningError(translate("core", "{file} cannot be read: {reason}.").format(
            file=path.name, reason=str(exc.strerror or exc))) from exc
    if not isinstance(doc, dict) or doc.get("format") != ENROLMENT_FORMAT:
        raise SigningError(translate("core", "{file} is not a QPP Reviewer enrolment file.").format(file=path.name))
    if doc.get("version") != ENROLMENT_VERSION:
        raise SigningError(translate("core", "{file} is enrolment format version {version}; this version of QPP "
                                             "Reviewer reads version {supported}. Update the app at the centre.").format(
            file=path.name, version=repr(doc.get("version")), supported=ENROLMENT_VERSION))
    reviewer, created = doc.get("reviewer"), doc.get("created_at")
    if not isinstance(reviewer, str) or not reviewer.strip() or len(reviewer) > 100:
        raise SigningError(translate("core", "{file}: the reviewer's name is missing or longer than 100 characters.").format(
            file=path.name))
    if not isinstance(created, str) or len(created) > 40:
        raise SigningError(translate("core", "{file}: the date it was made is missing.").format(file=path.name))
    public = unb64(str(doc.get("public_key", "")), translate("core", "public key"))
    signature = unb64(str(doc.get("signature", "")), translate("core", "signature"))
    body = _enrolment_body(reviewer, public, created)
    if not verify(public, signature, body):
        raise SigningError(translate("core", "{file}: its signature does not match its content (it was changed or "
                                             "damaged after it was made). Ask the reviewer for a fresh enrolment "
                                             "file.").format(file=path.name))
    given = doc.get("fingerprint")
    if given is not None and given != fingerprint(public):
        raise SigningError(translate("core", "{file}: the fingerprint written in it is not its key's. Ask for a fresh "
                                             "file.").format(file=path.name))
    return Enrolment(" ".join(reviewer.split()), public, created)


# -- signed workbooks -----------------------------------------------------------------------------
SIGNED_ABOUT_KEYS = ("signer", "signer_public_key", "signature")


def about_message(about: dict) -> bytes:
    """What a workbook's signature covers: every About value but the signature itself (the checksum of
    every sheet among them), as canonical JSON."""
    def text(v) -> str:  # one form whichever program wrote or read the cell: 12, 12.0 and "12" alike
        if v is None:
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v).strip() if isinstance(v, (int, float)) else str(v)

    covered = {str(k).strip(): text(v) for k, v in about.items() if str(k).strip() != "signature"}
    return json.dumps(covered, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def sign_about(key: ReviewerKey, about: dict) -> dict:
    """``about`` with the signer, their public key and the signature added."""
    signed = dict(about)
    signed["signer"] = key.reviewer
    signed["signer_public_key"] = b64(key.public_key)
    signed.pop("signature", None)
    signed["signature"] = b64(key.sign(about_message(signed)))
    return signed


@dataclass(frozen=True)
class SignatureCheck:
    signed: bool
    valid: bool
    signer: str
    public_key: bytes
    problem: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key) if self.public_key else ""


def check_about(about: dict) -> SignatureCheck:
    """Does the About sheet's signature verify (whoever the signer is: the registry says whether they count)?"""
    sig, pub, signer = about.get("signature"), about.get("signer_public_key"), about.get("signer")
    if not sig and not pub:
        return SignatureCheck(False, False, "", b"", "the workbook is not signed")
    try:
        public = unb64(str(pub or ""), "signer's public key")
        signature = unb64(str(sig or ""), "signature")
    except SigningError as exc:
        return SignatureCheck(True, False, str(signer or ""), b"", str(exc))
    if not verify(public, signature, about_message(about)):
        return SignatureCheck(True, False, str(signer or ""), public,
                              "its signature does not verify: the workbook was changed after it was signed")
    return SignatureCheck(True, True, str(signer or ""), public)
