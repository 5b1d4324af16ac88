"""`qpp-reviewer agreement`: how far first and second reviewers agree."""

from __future__ import annotations


def add_parser(sub) -> None:
    p = sub.add_parser("agreement", help="agreement between first and second reviews (%%, Cohen's kappa)")
    p.add_argument("--db", metavar="URL", dest="sub_db", help="database file or SQLAlchemy URL")
    p.add_argument("--by", default="pair", choices=("pair", "unit", "month", "all"))
    p.add_argument("--weights", default="linear", choices=("linear", "quadratic"),
                   help="weighting of the kappa for ordered bands and severities")
    p.add_argument("--criteria", action="store_true", help="also list agreement per criterion")
    p.set_defaults(handler=run)


def _fmt(x, pct=False) -> str:
    if x is None:
        return "—"
    return f"{x:.0f}%" if pct else f"{x:.2f}"


def run(args) -> int:
    from ..agreement import agreement_report, review_pairs
    from ..cli import open_store

    store = open_store(args)
    try:
        reports = agreement_report(review_pairs(store), args.by, args.weights)
    finally:
        store.close()
    if not reports:
        print("No completed second reviews yet.")
        return 0
    print(f"{'group':28} {'pairs':>5}  {'band agree':>10} {'kappa':>6} {'w.kappa':>7}   "
          f"{'finding agree':>13} {'kappa':>6} {'w.kappa':>7}")
    for r in reports:
        print(f"{r.group[:28]:28} {r.band.pairs:5}  {_fmt(r.band.percent, True):>10} {_fmt(r.band.kappa):>6} "
              f"{_fmt(r.band.weighted_kappa):>7}   {_fmt(r.severities.percent, True):>13} "
              f"{_fmt(r.severities.kappa):>6} {_fmt(r.severities.weighted_kappa):>7}")
        if args.criteria:
            for label, a in r.per_criterion.items():
                print(f"    {label[:50]:50} {a.pairs:4} pairs  {_fmt(a.percent, True):>5}  kappa {_fmt(a.kappa)}")
    print(f"Kappa weights: {args.weights}; '—' where kappa is undefined (no variation).")
    return 0
