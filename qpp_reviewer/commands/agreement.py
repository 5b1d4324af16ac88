"""`qpp-reviewer agreement`: how far first and second reviewers agree."""

from __future__ import annotations


def add_parser(sub) -> None:
    p = sub.add_parser("agreement",
                       help="agreement between first and second reviews (%%, Cohen's kappa, Gwet's AC1)")
    p.add_argument("--db", metavar="URL", dest="sub_db", help="database file or SQLAlchemy URL")
    p.add_argument("--by", default="pair", choices=("pair", "unit", "month", "all"))
    p.add_argument("--weights", default="linear", choices=("linear", "quadratic"),
                   help="weighting of the kappa and of AC2 for ordered bands and severities")
    p.add_argument("--criteria", action="store_true", help="also list agreement per criterion")
    p.set_defaults(handler=run)


def _fmt(x, pct=False) -> str:
    if x is None:
        return "—"
    return f"{x:.0f}%" if pct else f"{x:.2f}"


def run(args) -> int:
    import textwrap

    from ..agreement import INTERVAL_NOTE, PARADOX_NOTE, agreement_report, format_estimate, review_pairs
    from ..cli import open_store

    store = open_store(args)
    try:
        reports = agreement_report(review_pairs(store), args.by, args.weights)
    finally:
        store.close()
    if not reports:
        print("No completed second reviews yet.")
        return 0
    print(f"{'group':28} {'pairs':>5}  {'on':8} {'agree':>5}  {'kappa (95% CI)':22} {'w.kappa':>7}  "
          f"{'AC1 (95% CI)':22} {'AC2':>5}")
    for r in reports:
        for i, (on, a) in enumerate((("band", r.band), ("findings", r.severities))):
            group, pairs = (r.group[:28], f"{r.band.pairs:5}") if i == 0 else ("", " " * 5)
            print(f"{group:28} {pairs}  {on:8} {_fmt(a.percent, True):>5}  {format_estimate(a.kappa_estimate):22} "
                  f"{_fmt(a.weighted_kappa):>7}  {format_estimate(a.ac1):22} {_fmt(a.ac2.value):>5}")
        if args.criteria:
            for label, a in r.per_criterion.items():
                print(f"    {label[:50]:50} {a.pairs:4} pairs  {_fmt(a.percent, True):>5}  "
                      f"kappa {_fmt(a.kappa)}  AC1 {format_estimate(a.ac1)}")
    print(f"Pairs: review pairs; 'findings' counts each criterion both reviewers assessed. "
          f"Weights: {args.weights}; '—' where a coefficient is undefined (no variation).")
    print(textwrap.fill(PARADOX_NOTE, 110))
    print(textwrap.fill(INTERVAL_NOTE, 110))
    return 0
