"""Periods as published (issue 20 item 5): month, quarter, financial year, rolling 12 months."""
from datetime import date

import pytest

from qpp_reviewer import periods
from qpp_reviewer.cli import main
from qpp_reviewer.domain import Product, QualityBand, ReviewStatus, Stream
from qpp_reviewer.statistics import ReviewFacts, count_by_period, summarise


def test_period_labels_and_bounds():
    assert periods.key(date(2025, 3, 31), "fy") == "2024-25" and periods.key(date(2025, 4, 1), "fy") == "2025-26"
    assert periods.key(date(2025, 11, 1), "quarter") == "2025-Q4"
    assert periods.key(date(2025, 2, 9), "period") == "2025-02"
    anchor = date(2025, 10, 31)
    assert periods.key(date(2024, 11, 1), "rolling12", anchor) == "Nov 2024\u2013Oct 2025"
    assert periods.key(date(2024, 10, 31), "rolling12", anchor) == "Nov 2023\u2013Oct 2024"
    assert periods.bounds("2024-25", "fy") == (date(2024, 4, 1), date(2025, 3, 31))
    assert periods.bounds("2024-02", "month") == (date(2024, 2, 1), date(2024, 2, 29))
    with pytest.raises(ValueError, match="not a period"):
        periods.key(date(2025, 1, 1), "week")


def _annex(counts, start: date, months: int = 12):
    """The published counts spread over the period's months, one review per fact."""
    out = []
    for band, n in zip(QualityBand, counts):
        for i in range(n):
            m = start.month - 1 + i % months
            out.append(ReviewFacts(f"{start}{band.value}{i}", "London", Product.DECISION, Stream.ROUTINE,
                                   date(start.year + m // 12, m % 12 + 1, 1 + i % 28), "AB", None,
                                   ReviewStatus.COMPLETE, band))
    return out


def test_annex_c_tables_come_out_by_rolling12_and_fy():
    rolling = _annex((1174, 456, 687, 537, 186), date(2024, 11, 1))
    fy = _annex((1195, 381, 698, 585, 210), date(2024, 4, 1))
    facts = rolling + fy  # overlapping periods: Nov 2024-Mar 2025 is in both
    rows = dict(summarise(rolling, ["rolling12"], anchor=date(2025, 10, 31)))
    c = rows[("Nov 2024\u2013Oct 2025",)]
    assert [c.counts[b] for b in QualityBand] == [1174, 456, 687, 537, 186]
    assert (c.satisfactory, c.pct(c.satisfactory)) == (1630, 54)
    c = dict(summarise(fy, ["fy"]))[("2024-25",)]
    assert [c.counts[b] for b in QualityBand] == [1195, 381, 698, 585, 210]
    assert (c.satisfactory, c.pct(c.satisfactory)) == (1576, 51)
    # the database-grouped path gives the same per period
    tally = [(f.product_date, f.status, f.band, 1) for f in facts]
    for by in ("fy", "quarter", "rolling12", "month"):
        assert ({k: c.counts for k, c in count_by_period(tally, by, date(2025, 10, 31))[1]}
                == {k: c.counts for k, c in summarise(facts, [by], anchor=date(2025, 10, 31))[:-1]})


@pytest.mark.parametrize("argv, phrase", [
    (["--from", "2025-13-01"], "not a real date"),
    (["--from", "2025-10-01", "--to", "2025-01-01"], "is after --to"),
    (["--by", "week"], "quarter, fy, rolling12"),
])
def test_summary_bad_period_input(tmp_path, capsys, argv, phrase):
    assert main(["summary", "--db", str(tmp_path / "x.sqlite3")] + argv) == 2
    err = capsys.readouterr().err
    assert phrase in err and "Traceback" not in err
