"""The database encrypted at rest (issue 16 item 5): SQLCipher, a data key, and its key file.

A stolen laptop, a copied database or a backup must show nothing to ``sqlite3``. An encrypted
database is an SQLCipher file (AES-256, every page, its WAL too) opened with a random 256-bit
**data key** given to SQLCipher as a raw key (no second key derivation on every open). The data key
is kept beside the database in its **key file** ``<database>.qppkey``, wrapped twice:

* by the passphrase, through scrypt (n=2^15, r=8, p=1: about 0.1 s and 32 MB per try) and AES-GCM;
* by a **recovery key** (20 random bytes, shown once as 8 groups of 4 characters) in the same way.

So changing the passphrase rewrites a few hundred bytes, never the database, and every backup (made
with the same data key, a copy of the key file beside it) opens with the current passphrase. A lost
passphrase and a lost recovery key lose the data: there is no other copy of the data key. A lost key
file loses it too: the backups folder holds copies.

Unlocking puts the data key in this process's memory (``unlock``), under the key id the key file
names; every connection the app makes to that database or its backups (storage.db) takes it from
there. A file with no key file beside it is a plain SQLite file.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .db import DatabaseError

SUFFIX = ".qppkey"
FORMAT = "qpp-reviewer-database-key"
SCRYPT = {"n": 2 ** 15, "r": 8, "p": 1}
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed back
MIN_PASSPHRASE = 10
_unlocked: dict[str, bytes] = {}  # key id -> data key, for this process


class CipherError(DatabaseError):
    """What stops an encrypted database from opening, said for the person at the keyboard."""


class NeedsPassphrase(CipherError):
    """The database is encrypted and its key has not been unlocked in this process."""


class WrongPassphrase(CipherError):
    pass


def available() -> bool:
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def key_file(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + SUFFIX)


def is_encrypted(path: str | Path) -> bool:
    return key_file(path).exists()


@dataclass(frozen=True)
class DataKey:
    key_id: str
    key: bytes

    @property
    def pragma(self) -> str:
        """The key as SQLCipher's raw-key literal (used inside ``PRAGMA key = "…"``)."""
        return f"x'{self.key.hex()}'"


def passphrase_problem(passphrase: str) -> str | None:
    if len(passphrase or "") < MIN_PASSPHRASE:
        return (f"A passphrase needs at least {MIN_PASSPHRASE} characters; a few words are easier to remember "
                "than a short password.")
    return None


def _derive(secret: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, **SCRYPT).derive(secret.encode("utf-8"))


def _wrap(secret: str, key: bytes, key_id: str) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_derive(secret, salt)).encrypt(nonce, key, key_id.encode())
    b = lambda x: base64.b64encode(x).decode()  # noqa: E731
    return {"kdf": "scrypt", **SCRYPT, "salt": b(salt), "nonce": b(nonce), "sealed": b(sealed)}


def _unwrap(secret: str, wrapped: dict, key_id: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    try:
        salt, nonce, sealed = (base64.b64decode(wrapped[k]) for k in ("salt", "nonce", "sealed"))
        derived = Scrypt(salt=salt, length=32, n=int(wrapped["n"]), r=int(wrapped["r"]),
                         p=int(wrapped["p"])).derive(secret.encode("utf-8"))
        return AESGCM(derived).decrypt(nonce, sealed, key_id.encode())
    except InvalidTag:
        return None
    except (KeyError, ValueError, TypeError) as exc:
        raise CipherError(f"The key file is damaged ({exc}). Restore it from the backups folder "
                          "(each backup has a copy).") from exc


def _normal_recovery(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def _read(path: Path) -> dict:
    kf = key_file(path)
    try:
        data = json.loads(kf.read_text("utf-8"))
    except FileNotFoundError:
        raise CipherError(f"{kf.name} is missing: without it the encrypted database {path.name} cannot be opened. "
                          "Copy it back from the backups folder (each backup has one).") from None
    except (OSError, ValueError) as exc:
        raise CipherError(f"{kf.name} cannot be read ({exc}). Copy it back from the backups folder.") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not data.get("key_id"):
        raise CipherError(f"{kf.name} is not a QPP Reviewer key file.")
    return data


def _write(path: Path, data: dict) -> None:
    """Atomically, readable by the user alone."""
    kf = key_file(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{kf.name}.", suffix=".part", dir=kf.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, kf)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def new_key(path: str | Path, passphrase: str) -> tuple[DataKey, str]:
    """Make a data key for the database at ``path``, write its key file and unlock it. Returns the key
    and the recovery key (shown once; it is not stored)."""
    problem = passphrase_problem(passphrase)
    if problem:
        raise CipherError(problem)
    key = DataKey(secrets.token_hex(8), os.urandom(32))
    recovery = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(32))
    _write(Path(path), {"format": FORMAT, "version": 1, "key_id": key.key_id, "cipher": "sqlcipher4-raw-key",
                        "passphrase": _wrap(passphrase, key.key, key.key_id),
                        "recovery": _wrap(recovery, key.key, key.key_id)})
    _unlocked[key.key_id] = key.key
    return key, "-".join(recovery[i:i + 4] for i in range(0, 32, 4))


def unlock(path: str | Path, passphrase: str | None = None, recovery: str | None = None) -> DataKey:
    """The database's data key, from its passphrase or its recovery key; kept for this process."""
    data = _read(Path(path))
    kid = data["key_id"]
    if recovery is not None:
        key = _unwrap(_normal_recovery(recovery), data.get("recovery") or {}, kid)
        if key is None:
            raise WrongPassphrase("That recovery key does not open this database. Check it against the printed "
                                  "copy (letters and digits; dashes and spaces do not matter).")
    else:
        key = _unwrap(passphrase or "", data.get("passphrase") or {}, kid)
        if key is None:
            raise WrongPassphrase("Wrong passphrase: the database was not opened and nothing was changed.")
    _unlocked[kid] = key
    return DataKey(kid, key)


def key_for(path: str | Path) -> DataKey | None:
    """The unlocked key of an encrypted file (a database or a backup, by its key file); None for a plain
    file; NeedsPassphrase when it is encrypted and not unlocked here."""
    path = Path(path)
    if not key_file(path).exists():
        return None
    kid = _read(path)["key_id"]
    if kid not in _unlocked:
        raise NeedsPassphrase(f"{path.name} is encrypted: give its passphrase to open it"
                              " (QPP_PASSPHRASE for a command).")
    return DataKey(kid, _unlocked[kid])


def forget() -> None:
    """Drop every unlocked key from this process (tests; locking the app)."""
    _unlocked.clear()


def set_passphrase(path: str | Path, key: DataKey, passphrase: str, extra: list[Path] = ()) -> None:
    """A new passphrase for the database's key, in its key file and each backup's (``extra``)."""
    problem = passphrase_problem(passphrase)
    if problem:
        raise CipherError(problem)
    for target in (Path(path), *extra):
        try:
            data = _read(target)
        except CipherError:
            continue
        if data["key_id"] != key.key_id:
            continue
        data["passphrase"] = _wrap(passphrase, key.key, key.key_id)
        _write(target, data)


def copy_key_file(src: Path, dst: Path) -> None:
    """The key file of ``src`` beside ``dst`` (a backup of it)."""
    _write(dst, _read(src))


def connect(path: str | Path, uri: str | None = None, key: DataKey | None = None, **kw):
    """A DB-API connection to ``path``: sqlcipher3 with the data key for an encrypted file, sqlite3 otherwise.
    ``uri``: open this ``file:`` URI instead (read-only modes)."""
    key = key if key is not None else key_for(path)
    target = uri if uri is not None else str(path)
    if key is None:
        return sqlite3.connect(target, uri=uri is not None, **kw)
    import sqlcipher3

    con = sqlcipher3.connect(target, uri=uri is not None, **kw)
    keyed(con, key)
    return con


def keyed(con, key: DataKey) -> None:
    cur = con.cursor()
    try:
        cur.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not SQLCipher's log line
    except Exception:
        pass
    cur.execute(f'PRAGMA key = "{key.pragma}"')
    cur.execute("PRAGMA temp_store = MEMORY")  # sorts and temporary tables never reach the disk
    cur.close()
