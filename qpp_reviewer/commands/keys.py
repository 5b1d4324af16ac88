"""`qpp-reviewer key …`: a reviewer's signing key on the laptop, and the centre's registry of keys.

On the laptop: ``key show`` prints the fingerprint to read out, ``key enrolment`` writes the file
that takes the public key to the centre. At the centre: ``key enrol FILE --fingerprint "…"`` (the
fingerprint the reviewer read out, so that a swapped file is caught), ``key list``, ``key revoke``.
"""

from __future__ import annotations

import getpass
import os


def add_parser(sub) -> None:
    k = sub.add_parser("key", help="reviewer signing keys: show, write the enrolment file, enrol, list, revoke")
    ksub = k.add_subparsers(dest="key_command", required=True, metavar="ACTION")
    show = ksub.add_parser("show", help="this reviewer's key fingerprint (made on first use)")
    show.add_argument("--as", dest="reviewer", metavar="NAME", help="the reviewer (default: your login name)")
    show.set_defaults(handler=run_show)
    out = ksub.add_parser("enrolment", help="write this reviewer's enrolment file for the centre")
    out.add_argument("--as", dest="reviewer", metavar="NAME", help="the reviewer (default: your login name)")
    out.add_argument("-o", "--output", required=True, metavar="FILE", help="the enrolment file to write (.json)")
    out.set_defaults(handler=run_enrolment)
    en = ksub.add_parser("enrol", help="at the centre: enrol a reviewer's key from their enrolment file")
    en.add_argument("--db", metavar="URL", dest="sub_db", help="the central database")
    en.add_argument("file", metavar="ENROLMENT_FILE")
    en.add_argument("--fingerprint", required=True, metavar="FP",
                    help="the fingerprint the reviewer read out to you (spaces optional)")
    en.add_argument("--by", default="", metavar="NAME", help="who enrols it (default: your login name)")
    en.set_defaults(handler=run_enrol)
    ls = ksub.add_parser("list", help="at the centre: the enrolled keys, revoked ones marked")
    ls.add_argument("--db", metavar="URL", dest="sub_db", help="the central database")
    ls.set_defaults(handler=run_list)
    rv = ksub.add_parser("revoke", help="at the centre: revoke a key; workbooks it signs are refused from now on")
    rv.add_argument("--db", metavar="URL", dest="sub_db", help="the central database")
    rv.add_argument("fingerprint", metavar="FINGERPRINT")
    rv.add_argument("--reason", required=True, help="why (recorded in the audit trail)")
    rv.add_argument("--by", default="", metavar="NAME", help="who revokes it (default: your login name)")
    rv.set_defaults(handler=run_revoke)


def _key(args):
    from .. import signing

    name = args.reviewer or getpass.getuser()
    return signing.load_or_create(name, os.environ.get("QPP_KEY_PASSPHRASE") or None)


def run_show(args) -> int:
    from .. import signing
    from ..cli import fail

    try:
        key = _key(args)
    except signing.SigningError as exc:
        return fail(str(exc))
    print(f"{key.reviewer}: {key.fingerprint}")
    return 0


def run_enrolment(args) -> int:
    from .. import signing
    from ..cli import fail

    try:
        key = _key(args)
        path = signing.write_enrolment(key, args.output)
    except signing.SigningError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"could not write {args.output}: {exc.strerror or exc}. Nothing was written.")
    print(f"Wrote {path} for {key.reviewer}. Give it to the centre and read out the fingerprint:\n"
          f"  {key.fingerprint}")
    return 0


def run_enrol(args) -> int:
    from .. import signing
    from ..cli import fail, open_store
    from ..storage.store import ReviewError

    try:
        enrolment = signing.read_enrolment(args.file)
    except signing.SigningError as exc:
        return fail(str(exc))
    store = open_store(args)
    try:
        enrolled = store.keys.enrol(enrolment.reviewer, enrolment.public_key, args.by or getpass.getuser(),
                                    confirmed_fingerprint=args.fingerprint)
    except ReviewError as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(f"Enrolled the key of {enrolled.reviewer}: {enrolled.fingerprint}")
    return 0


def run_list(args) -> int:
    from ..cli import open_store

    store = open_store(args)
    try:
        keys = store.keys.all()
    finally:
        store.close()
    if not keys:
        print("No keys are enrolled yet.")
        return 0
    for k in keys:
        state = (f"REVOKED {k.revoked_at:%Y-%m-%d} by {k.revoked_by}: {k.revoke_reason}" if not k.active
                 else f"enrolled {k.enrolled_at:%Y-%m-%d} by {k.enrolled_by}"
                 + (" (at a collation)" if k.how == "at_collation" else ""))
        print(f"{k.reviewer:20}  {k.fingerprint}  {state}")
    return 0


def run_revoke(args) -> int:
    from ..cli import fail, open_store
    from ..storage.store import ReviewError

    store = open_store(args)
    try:
        k = store.keys.revoke(args.fingerprint, args.by or getpass.getuser(), args.reason)
    except ReviewError as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(f"Revoked the key of {k.reviewer}: {k.fingerprint}")
    return 0
