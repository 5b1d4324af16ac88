"""Password-protected workbooks: standard Office (ECMA-376 agile) encryption.

msoffcrypto-tool writes and reads the same encryption Excel and LibreOffice
use, so a protected export opens there with its password; we write no crypto
of our own.
"""

from __future__ import annotations

import io
from pathlib import Path

from ..messages import translate

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted OOXML lives in an OLE container


class PasswordError(ValueError):
    """Missing or wrong password; the message says which and what to do."""


def is_encrypted(path: str | Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(8) == OLE_MAGIC


def encrypt_file(src: str | Path, dst: str | Path, password: str) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    if not password:
        raise PasswordError(translate("core", "An empty password protects nothing; choose one."))
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        OOXMLFile(fin).encrypt(password, fout)


def encrypt_bytes(data: bytes | memoryview, password: str) -> bytes:
    """``data`` (a whole .xlsx) encrypted, in memory: no plaintext file is written."""
    from msoffcrypto.format.ooxml import OOXMLFile

    if not password:
        raise PasswordError(translate("core", "An empty password protects nothing; choose one."))
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


def decrypt_to_bytes(path: str | Path, password: str | None, max_bytes: int) -> bytes:
    import msoffcrypto
    from msoffcrypto.exceptions import DecryptionError, FileFormatError, InvalidKeyError

    name = Path(path).name
    if not password:
        raise PasswordError(translate("core", "{file} is password-protected: give its password to collate it.").format(
            file=name))
    try:
        with open(path, "rb") as fh:
            office = msoffcrypto.OfficeFile(fh)
            office.load_key(password=password)
            out = io.BytesIO()
            office.decrypt(out)
    except InvalidKeyError as exc:
        raise PasswordError(translate("core", "{file}: the password is wrong. Check it with the person who exported "
                                             "it.").format(file=name)) from exc
    except (DecryptionError, FileFormatError, ValueError, OSError) as exc:
        raise PasswordError(translate("core", "{file} is protected in a way that cannot be read ({detail}).").format(
            file=name, detail=str(exc))) from exc
    data = out.getvalue()
    if len(data) > max_bytes:
        raise PasswordError(translate("core", "{file} is larger than an exchange workbook may be once decrypted.").format(
            file=name))
    return data
