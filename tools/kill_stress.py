"""SIGKILL stress: kill saves, exports (plain and encrypted) and collations at random moments.

    .venv/bin/python tools/kill_stress.py --kills 1000 --workers 2

Every kill is of a real process: this program imports the app once, then forks one child per
kill, which runs the work (the child is the process killed, with its own pid, lock and scratch
folder). Kinds, in turn:

  save              a Store with the lock creates reviews and saves findings and comments, printing an
                    acknowledgement line after each committed save;
  export-plain      ``qpp-reviewer export --all -o out_plain/…`` (the CLI's main, in the child);
  export-encrypted  the same with ``--encrypt`` (QPP_PASSWORD), to out_enc/;
  collate           ``collate()`` of four workbooks (two encrypted) into a fresh central database,
                    acknowledging each file once the next one starts (each file is its own transaction).

The delay before each kill is random, up to a little more than the work takes when not killed.
After each kill it checks:

  * no file holding the comments' marker text exists outside the private data folder (QPP_DATA_DIR)
    except the databases, the collation inputs and the plain exports' own files: TMPDIR, out_enc/
    (the .part files too) and every other file are read, zip members decompressed;
  * the database opens (taking over the dead child's lock), passes ``verify`` (the audit hash chain)
    and holds everything acknowledged before the kill (each collated file whole or not at all);
  * after the next start (custody.clean_leftovers(), which the window's start and exports run, and
    the checker's open and close of the database): no .part file, nothing in the private scratch
    folder, nothing in TMPDIR, no -journal/-wal/.lock file beside a closed database, no 0-byte file;
  * an export that finished wrote a whole workbook (a zip, or an encrypted OLE file).

It prints the figures (kills per kind, failures by check) and exits 1 if any check failed.
``--json`` prints them as JSON on the last line. Linux/POSIX only (fork, SIGKILL).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import time
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MARKER = "QPPMARKER-7f3a9c"
PASSWORD = "kill-stress-pw"
KINDS = ("save", "export-plain", "export-encrypted", "collate")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# -- set-up -------------------------------------------------------------------------------------

def setup_environment(work: Path) -> dict[str, Path]:
    """Folders, and the environment every child inherits (set before the app is imported)."""
    d = {name: work / name for name in ("data", "tmp", "db", "in", "out_plain", "out_enc", "logs")}
    for p in d.values():
        p.mkdir(parents=True, exist_ok=True)
    os.environ["QPP_DATA_DIR"] = str(d["data"])
    os.environ["TMPDIR"] = str(d["tmp"])
    os.environ["QPP_PASSWORD"] = PASSWORD
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tempfile.tempdir = None  # read TMPDIR again
    assert tempfile.gettempdir() == str(d["tmp"]), tempfile.gettempdir()
    return d


def plant_markers(db: Path) -> int:
    """Put the marker in every comment of a (demo) database, as typed text would be."""
    import sqlite3

    con = sqlite3.connect(db)
    with con:
        n = con.execute("UPDATE finding SET comment = comment || ' ' || ? WHERE comment != ''",
                        (MARKER,)).rowcount
    con.close()
    return n


def build_fixtures(d: dict[str, Path], source_reviews: int, input_reviews: int, kinds=KINDS) -> dict:
    from qpp_reviewer.demo import fill_demo
    from qpp_reviewer.exchange.export import export_workbook
    from qpp_reviewer.storage.store import Store

    source = d["db"] / "source.sqlite3"
    store = Store.open(source, create=True)
    fill_demo(store, source_reviews, seed=11)
    store.close()
    assert plant_markers(source) > 0

    inputs: dict[str, set[str]] = {}
    for i in range(4 if "collate" in kinds else 0):
        p = d["db"] / f"laptop{i}.sqlite3"
        store = Store.open(p, create=True)
        fill_demo(store, input_reviews, seed=100 + i)
        store.close()
        plant_markers(p)
        store = Store.open(p)
        ids = store.review_ids()
        target = d["in"] / f"laptop{i}.xlsx"
        export_workbook(store, ids, target, f"laptop {i}", exported_by="stress",
                        password=PASSWORD if i % 2 else None)
        store.close()
        inputs[str(target)] = set(ids)
    empty = d["db"] / "central-empty.sqlite3"
    Store.open(empty, create=True).close()
    # Everything a child runs is imported here, before the first fork: a child then reads no module
    # from disk, so an edit of the source tree during a long run cannot mix two versions in one child.
    from qpp_reviewer import cli
    from qpp_reviewer.exchange.collate import collate

    cli._parser()  # imports every command's module
    if inputs:
        warm = d["db"] / "warm-up.sqlite3"
        store = Store.open(warm, create=True)
        collate(store, list(inputs)[:2], passwords=lambda p: PASSWORD)
        store.close()
        for p in d["db"].glob("warm-up.sqlite3*"):
            p.unlink()
    save = d["db"] / "save.sqlite3"
    Store.open(save, create=True).close()
    return {"source": source, "inputs": inputs, "central_empty": empty, "save": save}


# -- children -------------------------------------------------------------------------------------

def _header(n: int):
    from qpp_reviewer.domain import Outcome, Product, ReviewHeader, Stream

    return ReviewHeader(case_reference=f"K{n:07d}/001", unit="Glasgow", product=Product.DECISION,
                        outcome=Outcome.REFUSAL, product_date=date(2025, 10, 3), decision_maker="DM4411",
                        stream=Stream.ROUTINE, reviewer="KS")


def child_save(db: Path, ack, seq_start: int) -> None:
    from qpp_reviewer.domain import Severity
    from qpp_reviewer.storage.store import Store

    store = Store.open(db, lock=True)
    store.actor = "stress"
    n = seq_start
    while True:
        rid = store.create_review(_header(n))
        ack.write(f"R {rid}\n")
        ack.flush()
        for c in store.get_review(rid).criteria[:6]:
            store.set_finding(rid, c.id, Severity.MINOR)
            text = f"{MARKER} save {n} {c.id}"
            store.set_comment(rid, c.id, text)
            ack.write(f"C {rid} {c.id} {text}\n")
            ack.flush()
        n += 1


def child_export(source: Path, target: Path, encrypt: bool) -> int:
    from qpp_reviewer import cli

    argv = ["export", "--db", str(source), "--all", "-o", str(target), "--by", "stress"]
    if encrypt:
        argv.append("--encrypt")
    return cli.main(argv)


def child_collate(central: Path, files: list[str], ack) -> None:
    from qpp_reviewer.exchange.collate import collate
    from qpp_reviewer.storage.store import Store

    store = Store.open(central, lock=True, create=True)
    store.actor = "stress"

    def progress(i, n, name):
        if i > 0:  # file i-1 is committed: the next one is starting
            ack.write(f"F {files[i - 1]}\n")
            ack.flush()

    extra = {}
    try:  # signed workbooks: this run's own exports are signed by keys the centre may not have enrolled
        from qpp_reviewer.exchange.collate import SignaturePolicy

        extra["signatures"] = SignaturePolicy(trust_new_signers=True, accept_unsigned=True)
    except ImportError:
        pass
    collate(store, files, progress=progress, passwords=lambda p: PASSWORD, **extra)
    ack.write(f"F {files[-1]}\n")
    ack.flush()
    store.close()


def run_child(kind: str, job: dict, log: Path, delay: float | None,
              when=None) -> tuple[bool, list[str], int]:
    """Fork a child doing ``job``; SIGKILL it after ``delay`` s (None: let it finish). With ``when``
    (a callable), the delay counts from the first moment ``when()`` is true, so that a kill can be
    aimed at a phase of the work (an export's scratch files on disk) whatever the machine's speed.
    Returns (killed, acknowledgement lines, exit status)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into the caller
        code = 0
        try:
            os.close(r)
            random.seed()
            fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.dup2(fd, 2)
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            ack = os.fdopen(w, "w", buffering=1)
            if kind == "save":
                child_save(job["db"], ack, job["seq"])
            elif kind in ("export-plain", "export-encrypted"):
                code = child_export(job["source"], job["target"], kind == "export-encrypted")
            elif kind == "collate":
                child_collate(job["central"], job["files"], ack)
        except BaseException:  # noqa: BLE001 - reported through the child's stderr log
            import traceback

            traceback.print_exc()
            code = 70
        finally:
            try:
                sys.stderr.flush()
            except Exception:
                pass
            os._exit(code)
    os.close(w)
    os.set_blocking(r, False)
    chunks: list[bytes] = []
    killed = False
    start = time.monotonic() if when is None else None
    status = 0
    while True:
        try:
            while True:
                b = os.read(r, 65536)
                if not b:
                    break
                chunks.append(b)
        except BlockingIOError:
            pass
        done, st = os.waitpid(pid, os.WNOHANG)
        if done:
            status = st
            break
        if start is None and when():
            start = time.monotonic()
        if delay is not None and start is not None and time.monotonic() - start >= delay:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            killed = True
            break
        time.sleep(0.002)
    try:
        while True:
            b = os.read(r, 65536)
            if not b:
                break
            chunks.append(b)
    except BlockingIOError:
        pass
    os.close(r)
    lines = b"".join(chunks).decode("utf-8", "replace").splitlines()
    if delay is not None and not killed and os.WIFSIGNALED(status):
        killed = True
    complete = lines if not lines or b"".join(chunks).endswith(b"\n") else lines[:-1]  # a cut last line is no ack
    return killed, complete, status


# -- checks ---------------------------------------------------------------------------------------

def holds_marker(path: Path) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if MARKER.encode() in data:
        return True
    if data[:2] == b"PK":
        try:
            import io

            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for info in z.infolist():
                    try:
                        if MARKER.encode() in z.read(info):
                            return True
                    except Exception:
                        continue
        except Exception:
            # a cut zip: its members may still be readable one by one; a raw deflate scan is enough
            import zlib

            pos = 0
            while (pos := data.find(b"PK\x03\x04", pos)) != -1:
                try:
                    name_len = int.from_bytes(data[pos + 26:pos + 28], "little")
                    extra = int.from_bytes(data[pos + 28:pos + 30], "little")
                    start = pos + 30 + name_len + extra
                    out = zlib.decompressobj(-15).decompress(data[start:start + 50_000_000])
                    if MARKER.encode() in out:
                        return True
                except Exception:
                    pass
                pos += 4
    return False


def _allowed_plaintext(path: Path, d: dict[str, Path]) -> bool:
    """Files that may hold user text by design: databases (and their -wal/-shm), the collation
    inputs, and the plain exports' own files (the user asked for a plain workbook there)."""
    if path.is_relative_to(d["data"]) or path.is_relative_to(d["in"]) or path.is_relative_to(d["logs"]):
        return True  # (the private folder; the inputs; the children's stderr, checked for tracebacks)
    if path.parent == d["db"] and ".sqlite3" in path.name:
        return True
    if path.parent == d["out_plain"]:
        return True
    return False


def plaintext_outside(work: Path, d: dict[str, Path]) -> list[Path]:
    hits = []
    for p in work.rglob("*"):
        if p.is_file() and not _allowed_plaintext(p, d) and holds_marker(p):
            hits.append(p)
    return hits


def strays(d: dict[str, Path]) -> list[str]:
    """What must not be left once the next start has cleaned and the database was closed."""
    out = []
    scratch = d["data"] / "private-tmp"
    if scratch.exists():
        out += [f"scratch: {p.name}" for p in scratch.iterdir()]
    out += [f"TMPDIR: {p.name}" for p in d["tmp"].iterdir()]
    for folder in (d["out_plain"], d["out_enc"], d["db"]):
        for p in folder.iterdir():
            if p.name.endswith(".part") or p.name.startswith(".qpp-export-"):
                out.append(f"{folder.name}: {p.name}")
            elif p.name.endswith(("-journal", "-wal", ".lock")):
                out.append(f"{folder.name}: {p.name}")
            elif p.is_file() and p.stat().st_size == 0:
                out.append(f"{folder.name}: {p.name} (0 bytes)")
    return out


class Stress:
    def __init__(self, work: Path, seed: int, source_reviews: int = 60, input_reviews: int = 25,
                 kinds: tuple[str, ...] = KINDS, verbose: bool = False, leave: bool = False):
        self.work = work
        self.leave = leave
        self.rng = random.Random(seed)
        self.d = setup_environment(work)
        self.kinds = kinds
        self.verbose = verbose
        self.fx = build_fixtures(self.d, source_reviews, input_reviews, kinds)
        self.kills: Counter = Counter()
        self.finished: Counter = Counter()  # the child ended before its kill came
        self.failures: Counter = Counter()
        self.examples: dict[str, str] = {}
        self.seen: Counter = Counter()  # leftovers seen right after a kill (then cleaned)
        self.acked_reviews: set[str] = set()
        self.acked_comments: dict[tuple[str, str], str] = {}
        self.seq = 0
        self.n = 0
        self.importable: set[str] | None = None
        self.duration = {k: self._measure(k) for k in kinds}

    # one unkilled run of each kind: how long the work takes, and proof that it works
    def _measure(self, kind: str) -> float:
        if kind == "save":
            return 0.6
        job = self._job(kind)
        t = time.monotonic()
        killed, lines, status = run_child(kind, job, self.d["logs"] / "children.log", None)
        took = time.monotonic() - t
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) not in (0, 1):
            raise SystemExit(f"{kind}: an unkilled run failed (status {status}); see {self.d['logs']}")
        self._after(kind, job, killed=False, lines=lines)
        return took

    def _job(self, kind: str) -> dict:
        self.n += 1
        if kind == "save":
            self.seq += 10_000
            return {"db": self.fx["save"], "seq": self.seq}
        if kind == "export-plain":
            return {"source": self.fx["source"], "target": self.d["out_plain"] / f"plain-{self.n}.xlsx"}
        if kind == "export-encrypted":
            return {"source": self.fx["source"], "target": self.d["out_enc"] / f"enc-{self.n}.xlsx"}
        central = self.d["db"] / f"central-{self.n}.sqlite3"
        shutil.copyfile(self.fx["central_empty"], central)
        files = list(self.fx["inputs"])
        self.rng.shuffle(files)
        return {"central": central, "files": files}

    def fail(self, check: str, detail: str) -> None:
        self.failures[check] += 1
        self.examples.setdefault(check, detail)
        if self.verbose:
            print(f"  FAIL {check}: {detail}", flush=True)

    def one(self, kind: str, aim: bool = False) -> None:
        """One child of ``kind``, killed at a random moment; ``aim``: (an export) killed as soon as its
        scratch files are on disk, so that the kill surely leaves something for the next start."""
        job = self._job(kind)
        t = self.duration[kind]
        # a third of the kills late in the work, where the workbook is assembled, encrypted and written:
        # for an export, aimed at the time its scratch files are on disk (timed from their appearance,
        # so that a slower or faster machine still kills inside that window)
        when = None
        if self.rng.random() < 0.35 or aim:
            if kind.startswith("export"):
                scratch = self.d["data"] / "private-tmp"
                when = lambda: scratch.exists() and any(scratch.iterdir())  # noqa: E731
                delay = 0.0 if aim else self.rng.uniform(0.0, 0.15 * t)
            else:
                delay = self.rng.uniform(0.6 * t, 1.1 * t)
        else:
            delay = self.rng.uniform(0.0, 1.1 * t)
        killed, lines, status = run_child(kind, job, self.d["logs"] / "children.log", delay, when)
        if killed:
            self.kills[kind] += 1
        else:
            self.finished[kind] += 1
            if not os.WIFEXITED(status) or os.WEXITSTATUS(status) not in (0, 1):
                self.fail("child failed", f"{kind} exit status {status}")
        self._after(kind, job, killed, lines)

    def _after(self, kind: str, job: dict, killed: bool, lines: list[str]) -> None:
        from qpp_reviewer.exchange.custody import clean_leftovers
        from qpp_reviewer.storage.store import Store

        d = self.d
        # 1. right after the kill, before anything cleans: no plaintext outside the private folder
        for p in plaintext_outside(self.work, d):
            self.fail("plaintext outside the private folder", f"{kind}: {p.relative_to(self.work)}")
            p.unlink()
        for folder in (d["out_plain"], d["out_enc"]):
            self.seen[".part after kill"] += sum(1 for p in folder.iterdir() if p.name.endswith(".part"))
        scratch = d["data"] / "private-tmp"
        self.seen["scratch folders after kill"] += sum(1 for _ in scratch.iterdir()) if scratch.exists() else 0
        for p in d["db"].glob("*.lock"):
            if p.stat().st_size == 0:
                self.seen["0-byte lock after kill"] += 1

        # 2. the database opens (taking over the dead child's lock), verifies, holds what was acknowledged
        if kind == "save":
            for line in lines:
                tag, _, rest = line.partition(" ")
                if tag == "R":
                    self.acked_reviews.add(rest)
                elif tag == "C":
                    rid, cid, text = rest.split(" ", 2)
                    self.acked_comments[(rid, cid)] = text
            self._check_db(job["db"], kind)
        elif kind == "collate":
            acked = {line[2:] for line in lines if line.startswith("F ")}
            self._check_central(job["central"], acked)
        else:
            self._check_db(job["source"], kind, read_only=True)

        if self.leave:  # what the kills left stays for a real start to clean (tests/test_export_custody.py)
            return
        # 3. the next start cleans what a killed export left
        clean_leftovers()
        for s in strays(d):
            self.fail("stray file after the next start", f"{kind}: {s}")
        target = job.get("target")
        if target is not None and target.exists():
            head = target.read_bytes()[:8]
            if kind == "export-encrypted" and head != OLE_MAGIC:
                self.fail("finished export not whole", f"{target.name} is not an encrypted workbook")
            if kind == "export-plain":
                try:
                    with zipfile.ZipFile(target) as z:
                        if z.testzip() is not None:
                            raise zipfile.BadZipFile("bad member")
                except zipfile.BadZipFile as exc:
                    self.fail("finished export not whole", f"{target.name}: {exc}")
            target.unlink()
        if kind == "collate":
            for p in d["db"].glob(job["central"].name + "*"):
                p.unlink()
        # the other scratch state must not grow without bound
        for p in d["tmp"].iterdir():
            shutil.rmtree(p) if p.is_dir() else p.unlink()

    def _check_db(self, db: Path, kind: str, read_only: bool = False) -> None:
        from qpp_reviewer.storage.store import Store

        try:
            store = Store.open(db, lock=not read_only, create=False)
        except Exception as exc:  # noqa: BLE001
            self.fail("database does not open", f"{kind}: {exc.__class__.__name__}: {exc}")
            return
        try:
            v = store.verify_audit()
            if not v.ok:
                self.fail("verify fails", f"{kind}: entry {v.broken_at}: {v.problem}")
            if kind == "save":
                have = set(store.review_ids())
                lost = self.acked_reviews - have
                if lost:
                    self.fail("acknowledged review lost", f"{len(lost)} e.g. {sorted(lost)[0]}")
                for (rid, cid), text in self._sample_comments():
                    comment = self._comment(store, rid, cid)
                    if comment != text:
                        self.fail("acknowledged comment lost", f"{rid} {cid}: {comment!r} != {text!r}")
        finally:
            store.close()

    def _sample_comments(self):
        items = list(self.acked_comments.items())
        # every comment acknowledged since the last check, and a sample of older ones
        recent = items[-8:]
        older = self.rng.sample(items[:-8], min(12, max(0, len(items) - 8)))
        return recent + older

    @staticmethod
    def _comment(store, rid: str, cid: str):
        from sqlalchemy import select

        from qpp_reviewer.storage.models import FindingRow

        with store._session() as s:
            return s.scalar(select(FindingRow.comment).where(FindingRow.review_id == rid,
                                                             FindingRow.criterion_id == cid))

    def _check_central(self, central: Path, acked: set[str]) -> None:
        from qpp_reviewer.storage.store import Store

        try:
            store = Store.open(central, lock=True, create=False)
        except Exception as exc:  # noqa: BLE001
            self.fail("database does not open", f"collate: {exc.__class__.__name__}: {exc}")
            return
        try:
            v = store.verify_audit()
            if not v.ok:
                self.fail("verify fails", f"collate: entry {v.broken_at}: {v.problem}")
            have = set(store.review_ids())
            if self.importable is None:  # the unkilled run: which files collate at all
                self.importable = {f for f, ids in self.fx["inputs"].items() if ids <= have}
                if not self.importable:
                    self.fail("collation imports nothing", "no input file was collated by the unkilled run")
            for f, ids in self.fx["inputs"].items():
                got = len(ids & have)
                if f in acked and f in self.importable and got != len(ids):
                    self.fail("acknowledged collation lost", f"{Path(f).name}: {got} of {len(ids)} reviews")
                elif got not in (0, len(ids)):
                    self.fail("collated file not whole", f"{Path(f).name}: {got} of {len(ids)} reviews")
        finally:
            store.close()

    def run(self, kills: int, deadline: float | None = None) -> None:
        i = 0
        while sum(self.kills.values()) < kills:
            if deadline is not None and time.monotonic() > deadline:
                break
            kind = self.kinds[i % len(self.kinds)]
            i += 1
            # with --leave, what stays is what the last kill left (an export cleans a dead one's
            # leftovers): the last kill is aimed, so that the next start has something to clean
            last = self.leave and sum(self.kills.values()) == kills - 1
            self.one(kind, aim=last and kind.startswith("export"))
            if self.verbose and i % 50 == 0:
                print(f"  {i} runs, {sum(self.kills.values())} kills, {sum(self.failures.values())} failures",
                      flush=True)
        self.tracebacks = (self.d["logs"] / "children.log").read_text("utf-8", "replace").count("Traceback") \
            if (self.d["logs"] / "children.log").exists() else 0
        if self.tracebacks:
            self.fail("traceback in a child", (self.d["logs"] / "children.log").read_text()[-2000:])

    def figures(self) -> dict:
        return {
            "kills": dict(self.kills), "kills_total": sum(self.kills.values()),
            "finished_before_kill": dict(self.finished),
            "failures": dict(self.failures), "failures_total": sum(self.failures.values()),
            "examples": self.examples, "seen_after_kill_then_cleaned": dict(self.seen),
            "acknowledged_reviews": len(self.acked_reviews), "acknowledged_comments": len(self.acked_comments),
            "unkilled_seconds": {k: round(v, 3) for k, v in self.duration.items()},
        }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=1000, help="kills in all (shared among the workers)")
    ap.add_argument("--workers", type=int, default=1, help="stress processes in parallel, each in its own folder")
    ap.add_argument("--work", type=Path, help="working folder (default: a new temporary one, removed after)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated: " + ", ".join(KINDS))
    ap.add_argument("--source-reviews", type=int, default=60, help="reviews in the exported database")
    ap.add_argument("--input-reviews", type=int, default=25, help="reviews in each collated workbook")
    ap.add_argument("--seconds", type=float, help="stop after this long even if fewer kills were done")
    ap.add_argument("--leave", action="store_true",
                    help="do not clean after each kill (plaintext is still checked): leave what the kills left "
                         "for a real start to clean; the working folder is kept")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON on the last line")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        ap.error(f"unknown kind(s): {', '.join(bad)}")
    work = args.work or Path(tempfile.mkdtemp(prefix="qpp-kill-stress-"))
    start = time.monotonic()
    if args.workers > 1:
        import subprocess

        procs = []
        share = [args.kills // args.workers + (1 if i < args.kills % args.workers else 0) for i in range(args.workers)]
        for i in range(args.workers):
            cmd = [sys.executable, __file__, "--kills", str(share[i]), "--work", str(work / f"w{i}"),
                   "--seed", str(args.seed + i), "--kinds", ",".join(kinds), "--json",
                   "--source-reviews", str(args.source_reviews), "--input-reviews", str(args.input_reviews)]
            if args.seconds:
                cmd += ["--seconds", str(args.seconds)]
            procs.append(subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True))
        figs = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
        total = {"kills": Counter(), "finished_before_kill": Counter(), "failures": Counter(),
                 "seen_after_kill_then_cleaned": Counter(), "examples": {}}
        for f in figs:
            for key in ("kills", "finished_before_kill", "failures", "seen_after_kill_then_cleaned"):
                total[key].update(f[key])
            for k, v in f["examples"].items():
                total["examples"].setdefault(k, v)
        result = {k: dict(v) if isinstance(v, Counter) else v for k, v in total.items()}
        result["kills_total"] = sum(total["kills"].values())
        result["failures_total"] = sum(total["failures"].values())
        result["acknowledged_reviews"] = sum(f["acknowledged_reviews"] for f in figs)
        result["acknowledged_comments"] = sum(f["acknowledged_comments"] for f in figs)
        result["unkilled_seconds"] = figs[0]["unkilled_seconds"]
    else:
        deadline = start + args.seconds if args.seconds else None
        stress = Stress(work, args.seed, args.source_reviews, args.input_reviews, kinds, args.verbose, args.leave)
        stress.run(args.kills, deadline)
        result = stress.figures()
    result["seconds"] = round(time.monotonic() - start, 1)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"SIGKILL stress: {result['kills_total']} kills in {result['seconds']} s")
        for k in kinds:
            print(f"  {k:17} {result['kills'].get(k, 0):5} kills  "
                  f"({result['finished_before_kill'].get(k, 0)} runs finished before their kill)")
        print(f"  acknowledged before a kill: {result['acknowledged_reviews']} reviews, "
              f"{result['acknowledged_comments']} comments (all checked present: see failures)")
        print(f"  left by a kill, removed at the next start: {result['seen_after_kill_then_cleaned']}")
        print(f"  failures: {result['failures_total']}")
        for k, v in result["failures"].items():
            print(f"    {k}: {v}   e.g. {result['examples'].get(k, '')[:300]}")
    return 1 if result["failures_total"] else 0


if __name__ == "__main__":
    sys.exit(main())
