"""Sampling commands: draw a sample into a batch, size a sample, check a recorded draw.

    qpp-reviewer sample --db PATH --population FILE (--rate 0.02 | --size N) [--by unit]
                        [--min-per-unit K] [--seed S] --batch NAME
    qpp-reviewer sample-size --share 0.54 --margin 0.05 [--confidence 0.95] [--population N]
    qpp-reviewer sample-size --sample 340 [--share 0.54] [--population N]     (the margin it gives)
    qpp-reviewer sample-verify ROUND_ID --population FILE --db PATH
    qpp-reviewer sample-rounds --db PATH [--cases]
"""

from __future__ import annotations

import getpass
import sys


def _proportion(text: str) -> float:
    """0.02, 2% or .02; a bare number above 1 is refused (is 5 meant as 5% or 0.05?)."""
    import argparse

    t = (text or "").strip()
    try:
        value = float(t[:-1]) / 100 if t.endswith("%") else float(t)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number (give e.g. 0.05 or 5%)") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a proportion between 0 and 1 (give e.g. 0.05 or 5%)")
    return value


def _whole(text: str) -> int:
    import argparse

    try:
        value = int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is negative")
    return value


def add_parser(sub) -> None:
    from ..domain import Stream
    from ..sampling import ROUTINE_RATE, SAMPLED_PRODUCTS

    s = sub.add_parser("sample", help="draw a reproducible sample of cases from a case list into a batch",
                       description="Reads a case list (CSV or .xlsx: case reference, unit, product, outcome, "
                       "date; columns found by their names), leaves out cases already reviewed or sampled, "
                       "draws a reproducible random sample and puts it in a batch as pending reviews. "
                       "The record of the draw (file checksum, method, seed, strata) is stored.")
    s.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    s.add_argument("--population", required=True, metavar="FILE", help="the case list (.csv or .xlsx)")
    size = s.add_mutually_exclusive_group()
    size.add_argument("--rate", type=_proportion, metavar="RATE",
                      help=f"share of the cases to draw, e.g. 0.02 or 2%% (default {ROUTINE_RATE:g}, the routine "
                      "sampling rate); rounded up")
    size.add_argument("--size", type=_whole, metavar="N", help="number of cases to draw")
    s.add_argument("--by", default="", metavar="FIELDS",
                   help="stratify: 'unit' (or 'unit,product'), with proportional allocation")
    s.add_argument("--min-per-unit", type=_whole, default=0, metavar="K",
                   help="with --by: at least K cases per stratum (all it has, if fewer)")
    s.add_argument("--seed", type=_whole, metavar="S", help="random seed (default: a new one, printed and recorded)")
    s.add_argument("--batch", required=True, metavar="NAME",
                   help="batch to put the cases in (created if there is none of that name)")
    s.add_argument("--product", choices=[p.value for p in SAMPLED_PRODUCTS],
                   help="the product of every case, when the file has no product column")
    s.add_argument("--stream", choices=[x.value for x in Stream], default=Stream.ROUTINE.value,
                   help="review stream of the reviews started from the sample (default routine)")
    s.add_argument("--drawn-by", metavar="WHO", help="who draws the sample (default: your login name)")
    s.add_argument("--dry-run", action="store_true", help="show the file and the draw; store nothing")
    s.set_defaults(handler=run_sample)

    z = sub.add_parser("sample-size", help="sample size for a share and margin (or the margin of a sample)",
                       description="n0 = z² p(1-p) / e², with the finite population correction "
                       "n = n0 / (1 + (n0 - 1) / N) when the population is given; rounded up.")
    z.add_argument("--share", type=_proportion, default=0.5, metavar="P",
                   help="expected share, e.g. 0.54 or 54%% satisfactory (default 0.5, the most cautious)")
    z.add_argument("--margin", type=_proportion, metavar="E", help="margin, e.g. 0.05 or 5%% for ±5 points")
    z.add_argument("--confidence", type=_proportion, default=0.95, metavar="C", help="default 0.95")
    z.add_argument("--population", type=_whole, metavar="N", help="number of cases sampled from, if known")
    z.add_argument("--sample", type=_whole, metavar="N", help="instead: the margin a sample of N gives")
    z.set_defaults(handler=run_sample_size)

    v = sub.add_parser("sample-verify", help="redraw a recorded sample from its file and check the same cases "
                       "come out")
    v.add_argument("round_id", metavar="ROUND_ID", help="the sampling round's id (or its first characters)")
    v.add_argument("--population", required=True, metavar="FILE", help="the case list it was drawn from")
    v.add_argument("--product", choices=[p.value for p in SAMPLED_PRODUCTS],
                   help="the product of every case (default: as given when the sample was drawn)")
    v.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    v.set_defaults(handler=run_sample_verify)

    r = sub.add_parser("sample-rounds", help="the recorded sampling rounds")
    r.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    r.add_argument("--cases", action="store_true", help="list each round's cases and their status")
    r.set_defaults(handler=run_sample_rounds)


def _open(args, write: bool):
    from ..cli import open_store

    return open_store(args, lock=write)  # the lock file: one writing program at a time


def run_sample(args) -> int:
    from ..cli import fail
    from ..domain import Product, Stream
    from ..sampling import ROUTINE_RATE, SampleSpec, SamplingError, draw_sample, new_seed
    from ..storage.samples import excluded_cases, read_store_population, record_sample, sampling_round
    from ..storage.store import ReviewError

    by = tuple(f.strip().lower() for f in args.by.split(",") if f.strip())
    rate = args.rate if args.size is None else None
    if rate is None and args.size is None:
        rate = ROUTINE_RATE
    seed = args.seed if args.seed is not None else new_seed()
    spec = SampleSpec(seed=seed, rate=rate, size=args.size, by=by, min_per_stratum=args.min_per_unit)
    try:
        spec.check()
    except SamplingError as exc:
        return fail(str(exc))
    store = _open(args, write=not args.dry_run)
    try:
        product = Product(args.product) if args.product else None
        population = read_store_population(store, args.population, product)
        print(population.preview(rows=5))
        if not population.ok:
            return fail(f"{population.file_name} has {len(population.errors)} problem(s) (listed above); "
                        "nothing was drawn. Correct the file and run the command again.")
        population.check()
        sample = draw_sample(population.cases, spec, excluded_cases(store))
        print()
        print(sample.text())
        print(f"Drawn ({sample.size}):")
        for c in sample.drawn:
            print(f"  {c.case_reference:16} {c.unit[:24]:24} {c.product.value:9} "
                  f"{c.outcome.value if c.outcome else '-':10} {c.product_date.isoformat()}  (row {c.row})")
        if args.dry_run:
            print("Dry run: nothing was stored.")
            return 0
        who = args.drawn_by or getpass.getuser()
        round_id = record_sample(store, population, sample, args.batch, who, Stream(args.stream))
        print()
        print(sampling_round(store, round_id).text())
        print(f"To check it later: qpp-reviewer sample-verify {round_id[:8]} --population {args.population}")
    except (SamplingError, ReviewError) as exc:
        return fail(str(exc))
    finally:
        store.close()
    return 0


def run_sample_size(args) -> int:
    from ..cli import fail
    from ..sampling import SamplingError, margin_of_error, sample_size

    try:
        if args.sample is not None:
            if args.margin is not None:
                return fail("give either --margin (to get the sample size) or --sample (to get the margin)")
            e = margin_of_error(args.sample, args.share, args.confidence, args.population)
            pop = f" from a population of {args.population:,}" if args.population else ""
            print(f"A sample of {args.sample:,}{pop} estimates a share of about {args.share:.0%} within "
                  f"±{e * 100:.2f} percentage points at {args.confidence:.0%} confidence.")
            return 0
        if args.margin is None:
            return fail("give --margin (e.g. 0.05 for ±5 points), or --sample N for the margin of a sample")
        print(sample_size(args.share, args.margin, args.confidence, args.population).text())
    except SamplingError as exc:
        return fail(str(exc))
    return 0


def run_sample_verify(args) -> int:
    from ..cli import fail
    from ..domain import Product
    from ..storage.samples import verify_round
    from ..storage.store import ReviewError

    store = _open(args, write=False)
    try:
        result = verify_round(store, args.round_id, args.population,
                              Product(args.product) if args.product else None)
    except ReviewError as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(result.text())
    return 0 if result.ok else 1


def run_sample_rounds(args) -> int:
    from ..storage.samples import sampling_rounds

    store = _open(args, write=False)
    try:
        rounds = sampling_rounds(store)
    finally:
        store.close()
    if not rounds:
        print("No sampling rounds yet: draw one with qpp-reviewer sample.")
    for i, r in enumerate(rounds):
        if i:
            print()
        print(r.text())
        if args.cases:
            for c in r.cases:
                print(f"    {c.case_reference:16} {c.unit[:24]:24} {c.product.value:9} {c.status:11}"
                      + (f" {c.review_id}" if c.review_id else "") + (f" ({c.skip_reason})" if c.skip_reason else ""))
    sys.stdout.flush()
    return 0
