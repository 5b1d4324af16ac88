"""Sampling: population files, allocation, reproducible draws, the calculator, the stored record."""

import csv
import random
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from qpp_reviewer.cli import main
from qpp_reviewer.domain import Outcome, Product, ReviewStatus, Severity, Stream
from qpp_reviewer.sampling import (
    ALGORITHM,
    PopulationCase,
    SampleSpec,
    SamplingError,
    allocate,
    case_key,
    column_letter,
    draw_sample,
    margin_of_error,
    read_population,
    sample_size,
    target_size,
    z_value,
)
from qpp_reviewer.storage import samples
from qpp_reviewer.storage.store import ReviewError, Store

from .helpers import header

UNITS = ["Glasgow", "Liverpool", "London", "Solihull", "Stoke"]
TODAY = date(2025, 12, 1)


def population_rows(n=300, seed=0, units=UNITS, weights=(50, 20, 15, 10, 5)):
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        product = "decision" if i % 3 else "interview"
        rows.append({
            "Case Ref": f"L{1000000 + i}/001",
            "DMU": rng.choices(units, weights=weights)[0],
            "Type": product,
            "Decision": rng.choice(["grant", "refusal", "withdrawal"]) if product == "decision" else "",
            "Date of decision": date(2025, 1 + i % 10, 1 + i % 28).strftime("%d/%m/%Y"),
        })
    return rows


def write_csv(path, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=delimiter)
        w.writeheader()
        w.writerows(rows)
    return path


def cases(n=300, seed=0):
    out = []
    for i, r in enumerate(population_rows(n, seed), 2):
        out.append(PopulationCase(i, r["Case Ref"], r["DMU"], Product(r["Type"]),
                                  Outcome(r["Decision"]) if r["Decision"] else None, date(2025, 1, 1)))
    return out


# -- reading the population ---------------------------------------------------------------------------


def test_csv_population_with_header_variants_and_any_delimiter(tmp_path):
    rows = population_rows(40)
    for delimiter in (",", ";", "\t"):
        path = write_csv(tmp_path / "cases.csv", rows, delimiter)
        pop = read_population(path, units=[u.upper() for u in UNITS], today=TODAY)
        assert pop.ok, pop.errors
        assert pop.size == 40 and pop.rows_read == 40
        assert pop.mapping["case_reference"] == 'A "Case Ref"' and pop.mapping["unit"] == 'B "DMU"'
        assert pop.mapping["outcome"] == 'D "Decision"' and pop.mapping["product_date"] == 'E "Date of decision"'
        first = pop.cases[0]
        assert first.row == 2 and first.product is Product.INTERVIEW and first.outcome is None
        assert first.unit.isupper()  # matched to the known unit's spelling
        assert pop.cases[1].product_date == date(2025, 2, 2)
        assert len(pop.sha256) == 64 and "Case Ref" in pop.preview()


def test_xlsx_population_with_date_cells_and_numeric_references(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([])  # a blank line above the header is skipped
    ws.append(["CASE REFERENCE", "Unit", "Product", "Outcome", "Decision date", "DM ref", "Notes"])
    ws.append([12345678, "glasgow", "Decisions", "Refused", date(2025, 3, 4), "DM4411", "x"])
    ws.append(["L2/001", "Stoke", "interview", None, "2025-03-05", None, None])
    wb.save(tmp_path / "cases.xlsx")
    pop = read_population(tmp_path / "cases.xlsx", units=UNITS, today=TODAY)
    assert pop.ok, pop.errors
    a, b = pop.cases
    assert (a.row, a.case_reference, a.unit, a.product, a.outcome, a.product_date, a.decision_maker) == (
        3, "12345678", "Glasgow", Product.DECISION, Outcome.REFUSAL, date(2025, 3, 4), "DM4411")
    assert b.product is Product.INTERVIEW and b.decision_maker is None
    assert pop.ignored_columns == ['G "Notes"']


def test_bad_rows_are_each_named_by_row_and_column(tmp_path):
    rows = [
        ["Case reference", "Unit", "Product", "Outcome", "Date"],
        ["L1/001", "Glasgow", "decision", "refusal", "2025-01-02"],  # fine
        ["", "Glasgow", "decision", "refusal", "2025-01-02"],
        ["John Smith", "Glasgow", "decision", "refusal", "2025-01-02"],
        ["L4/001", "Glasgw", "decision", "refusal", "2025-01-02"],
        ["L5/001", "Glasgow", "assurance", "refusal", "2025-01-02"],
        ["L6/001", "Glasgow", "decision", "maybe", "2025-01-02"],
        ["L7/001", "Glasgow", "interview", "grant", "2025-01-02"],
        ["L8/001", "Glasgow", "decision", "", "2025-01-02"],
        ["L9/001", "Glasgow", "decision", "grant", "31/02/2025"],
        ["L10/001", "Glasgow", "decision", "grant", "2030-01-01"],
        ["l1/001", "Glasgow", "decision", "grant", "2025-01-02"],  # the same case as row 2
        ["", "", "", "", ""],  # blank: skipped
    ]
    path = tmp_path / "bad.csv"
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    pop = read_population(path, units=UNITS, today=TODAY)
    text = "\n".join(pop.errors)
    expected = [
        'row 3, column A "Case reference": the case reference is empty',
        "row 4, column A \"Case reference\": 'John Smith' is not a case reference",
        "row 5, column B \"Unit\": 'Glasgw' is not a known unit",
        "row 6, column C \"Product\": 'assurance' is not a product of casework",
        "row 7, column D \"Outcome\": 'maybe' is not an outcome",
        'row 8, column D "Outcome": an interview has no outcome',
        'row 9, column D "Outcome": a decision needs its outcome',
        "row 10, column E \"Date\": '31/02/2025' is not a date",
        'row 11, column E "Date": 2030-01-01 is in the future',
        'row 12, column A "Case reference": l1/001 (decision) is also on row 2',
    ]
    for e in expected:
        assert e in text, f"{e!r} not in:\n{text}"
    assert len(pop.errors) == len(expected)
    assert [c.row for c in pop.cases] == [2]
    with pytest.raises(SamplingError, match="cannot be used as a population"):
        pop.check()
    assert "problems:" in pop.preview()


def test_header_problems(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("Reference,Case number,Team,Date\nL1/001,L1/002,Glasgow,2025-01-01\n")
    errors = read_population(path, today=TODAY).errors
    assert any('row 1, column B "Case number": a second column for the case reference' in e for e in errors)
    assert any("row 1: no column for the product" in e for e in errors)
    # a list of decisions with no product or outcome column
    path.write_text("Reference,Team,Date\nL1/001,Glasgow,2025-01-01\n")
    errors = read_population(path, default_product=Product.DECISION, today=TODAY).errors
    assert errors == ["row 1: the file has no outcome column, but 1 row is a decision, which needs one (rows 2)"]
    path.write_text("")
    assert "the file is empty" in read_population(path).errors[0]
    with pytest.raises(SamplingError, match="not assurance"):
        read_population(path, default_product=Product.ASSURANCE)
    (tmp_path / "x.pdf").write_text("x")
    with pytest.raises(SamplingError, match="give a .csv or .xlsx"):
        read_population(tmp_path / "x.pdf")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(SamplingError, match="not a readable spreadsheet"):
        read_population(tmp_path / "broken.xlsx")


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


# -- allocation and size --------------------------------------------------------------------------------------


def test_target_size_rounds_the_rate_up_exactly():
    assert target_size(SampleSpec(seed=1, rate=0.02), 3040) == 61  # 60.8
    assert target_size(SampleSpec(seed=1, rate=0.02), 50) == 1
    assert target_size(SampleSpec(seed=1, rate=0.07), 100) == 7  # 0.07 * 100 is 7.000000000000001 in floats
    assert target_size(SampleSpec(seed=1, size=12), 5000) == 12


def test_allocation_examples():
    assert allocate({"A": 500, "B": 300, "C": 200}, 10) == {"A": 5, "B": 3, "C": 2}
    assert allocate({"A": 1000, "B": 50, "C": 10}, 30, minimum=5) == {"A": 20, "B": 5, "C": 5}
    # minimums need more than asked: the sample grows; a stratum smaller than the minimum gives all it has
    assert allocate({"A": 2, "B": 1000, "C": 50}, 10, minimum=5) == {"A": 2, "B": 5, "C": 5}
    assert allocate({"A": 0, "B": 3}, 2, minimum=5) == {"A": 0, "B": 3}
    assert allocate({"A": 5, "B": 5}, 100) == {"A": 5, "B": 5}


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text("ABCDEFGH", min_size=1, max_size=2), st.integers(0, 400), min_size=1, max_size=8),
       st.integers(0, 600), st.integers(0, 12))
def test_allocation_sums_to_the_size_and_respects_minimums(sizes, n, minimum):
    alloc = allocate(sizes, n, minimum)
    total = sum(sizes.values())
    floors = {h: min(minimum, s) for h, s in sizes.items()}
    assert sum(alloc.values()) == min(max(n, sum(floors.values())), total)
    for h, s in sizes.items():
        assert floors[h] <= alloc[h] <= s
    if minimum == 0 and n <= total and total:
        for h, s in sizes.items():  # proportional: within one of the exact share
            assert abs(alloc[h] - n * s / total) < 1


# -- drawing ----------------------------------------------------------------------------------------------------


def test_same_seed_same_sample_in_any_row_order_and_another_seed_differs():
    population = cases(300)
    spec = SampleSpec(seed=42, size=30, by=("unit",), min_per_stratum=2)
    a = draw_sample(population, spec)
    shuffled = list(population)
    random.Random(9).shuffle(shuffled)
    b = draw_sample(shuffled, spec)
    c = draw_sample(population, SampleSpec(seed=43, size=30, by=("unit",), min_per_stratum=2))
    assert a.keys == b.keys and a.size == 30
    assert a.keys != c.keys


def test_the_algorithm_is_pinned():
    """A recorded draw must redraw the same for ever: changing the algorithm needs a new ALGORITHM name."""
    population = [PopulationCase(i + 2, f"D{i:04d}/1", UNITS[i % 5], Product.DECISION, Outcome.GRANT,
                                 date(2025, 1, 1)) for i in range(200)]
    assert ALGORITHM == "qpp-sample-1"
    simple = draw_sample(population, SampleSpec(seed=2025, size=5))
    assert [c.case_reference for c in simple.drawn] == PINNED_SIMPLE
    stratified = draw_sample(population, SampleSpec(seed=2025, size=6, by=("unit",), min_per_stratum=1))
    assert [c.case_reference for c in stratified.drawn] == PINNED_STRATIFIED


PINNED_SIMPLE = ["D0004/1", "D0037/1", "D0096/1", "D0111/1", "D0129/1"]
PINNED_STRATIFIED = ["D0003/1", "D0032/1", "D0096/1", "D0110/1", "D0130/1", "D0194/1"]


def test_stratified_draw_follows_the_allocation():
    population = cases(300)
    sample = draw_sample(population, SampleSpec(seed=7, rate=0.1, by=("unit",), min_per_stratum=3))
    by_unit = {}
    for c in sample.drawn:
        by_unit[c.unit] = by_unit.get(c.unit, 0) + 1
    assert {s.key: s.sample for s in sample.strata} == by_unit
    assert min(by_unit.values()) >= 3 and set(by_unit) == set(UNITS)
    assert sum(s.population for s in sample.strata) == 300
    assert "stratified random (by unit)" in sample.text() and "Stoke" in sample.text()


def test_minimums_raise_the_sample_and_say_so():
    sample = draw_sample(cases(300), SampleSpec(seed=1, size=5, by=("unit",), min_per_stratum=2))
    assert sample.size == 10 and sample.target == 5
    assert any("raises the sample from 5 to 10" in n for n in sample.notes)


def test_reviewed_cases_are_excluded():
    population = cases(60)
    excluded = {c.key: "already reviewed" for c in population[::2]}
    sample = draw_sample(population, SampleSpec(seed=3, size=30), excluded)
    assert not set(sample.keys) & set(excluded)
    assert sample.size == 30 and sample.eligible == 30 and len(sample.excluded) == 30
    with pytest.raises(SamplingError, match="only 30 of the 60 cases can be drawn"):
        draw_sample(population, SampleSpec(seed=3, size=31), excluded)
    everything = {c.key: "already reviewed" for c in population}
    with pytest.raises(SamplingError, match="None of the 60 cases"):
        draw_sample(population, SampleSpec(seed=3, rate=0.02), everything)


def test_bad_requests():
    for spec, message in (
        (SampleSpec(seed=1), "either a sampling rate or a sample size"),
        (SampleSpec(seed=1, rate=0.02, size=3), "not both"),
        (SampleSpec(seed=1, rate=1.5), "between 0 and 1"),
        (SampleSpec(seed=-1, size=3), "seed"),
        (SampleSpec(seed=1, size=3, by=("colour",)), "Stratify by"),
        (SampleSpec(seed=1, size=3, min_per_stratum=2), "needs a stratified draw"),
    ):
        with pytest.raises(SamplingError, match=message):
            spec.check()
    assert case_key(" l1/001 ", "decision") == ("L1/001", "decision")


# -- the calculator -------------------------------------------------------------------------------------------


def test_sample_size_calculator_against_hand_computed_values():
    assert z_value(0.95) == pytest.approx(1.959964, abs=1e-6)
    # p = 0.5, e = 0.05, 95%: n0 = 1.959964² × 0.25 / 0.0025 = 384.146 -> 385
    r = sample_size(0.5, 0.05)
    assert r.n0 == pytest.approx(384.146, abs=1e-3) and r.n == 385
    # with N = 3040: 384.146 / (1 + 383.146 / 3040) = 341.15 -> 342 (rounded up: 341 misses the margin)
    r = sample_size(0.5, 0.05, population=3040)
    assert r.n_exact == pytest.approx(341.15, abs=0.01) and r.n == 342
    assert margin_of_error(341, 0.5, population=3040) > 0.05 >= margin_of_error(342, 0.5, population=3040)
    # 54% satisfactory (the 2025 published figure), ±5 points: 381.69 -> 382; with N = 3040: 339.21 -> 340
    assert sample_size(0.54, 0.05).n == 382
    assert sample_size(0.54, 0.05, population=3040).n == 340
    # 99%: z = 2.5758, n0 = 663.49 -> 664
    assert sample_size(0.5, 0.05, confidence=0.99).n == 664
    assert sample_size(0.5, 0.05, population=100).n == 80  # 384.146 / 4.8035 = 79.97
    assert sample_size(0.5, 0.01, population=10).n == 10
    assert "n0 = z² p(1-p) / e²" in sample_size(0.54, 0.05, population=3040).text()


def test_margin_is_the_inverse_of_the_size():
    for p, e, N in ((0.5, 0.05, None), (0.54, 0.03, 3040), (0.8, 0.1, 500)):
        r = sample_size(p, e, population=N)
        assert margin_of_error(r.n, p, population=N) <= e < margin_of_error(r.n - 1, p, population=N)
    assert margin_of_error(100, 0.5) == pytest.approx(0.098, abs=1e-3)
    assert margin_of_error(3040, 0.5, population=3040) == 0


def test_calculator_refuses_nonsense():
    for call in (lambda: sample_size(0, 0.05), lambda: sample_size(0.5, 0), lambda: sample_size(0.5, 0.05, 1.2),
                 lambda: sample_size(0.5, 0.05, population=0), lambda: margin_of_error(0, 0.5),
                 lambda: margin_of_error(50, 0.5, population=10)):
        with pytest.raises(SamplingError):
            call()


# -- the stored record -----------------------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "s.sqlite3")
    yield s
    s.close()


def _population_file(tmp_path, n=200, name="cases.csv"):
    rows = population_rows(n)
    for r in rows:
        r["DM"] = "DM4411"
    return write_csv(tmp_path / name, rows)


def test_record_is_stored_and_the_redraw_verifies(store, tmp_path):
    path = _population_file(tmp_path)
    store.create_review(header(case_reference="L1000001/001", unit="Liverpool", product=Product.DECISION))
    spec = SampleSpec(seed=11, rate=0.05, by=("unit",), min_per_stratum=1)
    round_id, population, sample = samples.draw_into_batch(store, path, spec, "Routine Oct 2025", by="QL")
    assert ("L1000001/001", "decision") not in sample.keys  # already reviewed
    record = samples.sampling_round(store, round_id[:8])
    assert record.population_file == "cases.csv" and record.population_size == 200
    assert record.population_sha256 == population.sha256 and record.seed == 11 and record.rate == 0.05
    assert record.excluded == [["L1000001/001", "decision", "already reviewed"]]
    assert record.strata == [s.as_dict() for s in sample.strata] and record.created_by == "QL"
    assert [c.case_reference for c in record.cases] == [c.case_reference for c in sample.drawn]
    assert all(c.pending for c in record.cases) and record.batch_name == "Routine Oct 2025"
    assert "seed:         11" in record.text()
    assert samples.pending_in_batch(store, record.batch_id) == sample.size

    # reviews done since do not change the check: the recorded exclusions are used
    samples.start_review(store, record.cases[0].id, reviewer="AB")
    result = samples.verify_round(store, round_id, path)
    assert result.ok, result.text()
    assert "is the recorded file" in result.text() and "VERIFIED" in result.text()

    # the same cases in another order (another file) still verify, by the case-list digest
    rows = list(csv.reader(open(path)))
    head, body = rows[0], rows[1:]
    body.reverse()
    with open(tmp_path / "resorted.csv", "w", newline="") as fh:
        csv.writer(fh).writerows([head] + body)
    result = samples.verify_round(store, round_id, tmp_path / "resorted.csv")
    assert result.ok and "lists exactly the same cases" in result.text()

    # a changed file does not
    changed = [head] + rows[1:-1]
    with open(tmp_path / "changed.csv", "w", newline="") as fh:
        csv.writer(fh).writerows(changed)
    result = samples.verify_round(store, round_id, tmp_path / "changed.csv")
    assert not result.ok and "NOT the recorded population" in result.text()


def test_a_product_given_for_the_whole_file_is_recorded_and_used_again(store, tmp_path):
    path = tmp_path / "decisions.csv"
    path.write_text("Reference,Team,Outcome,Date\n" + "".join(
        f"D{i}/1,Stoke,refusal,2025-02-{1 + i % 28:02d}\n" for i in range(50)))
    rid, pop, _s = samples.draw_into_batch(store, path, SampleSpec(seed=8, size=4), "Decisions",
                                           default_product=Product.DECISION)
    record = samples.sampling_round(store, rid)
    assert record.columns["product"] == "(no column; every row: decision)"
    assert record.columns["case_reference"] == 'A "Reference"' and "product <- (no column" in record.text()
    assert samples.verify_round(store, rid, path).ok


def test_a_second_round_leaves_out_the_first_rounds_cases(store, tmp_path):
    path = _population_file(tmp_path, 40)
    _rid, _p, first = samples.draw_into_batch(store, path, SampleSpec(seed=1, size=20), "Round 1")
    _rid, _p, second = samples.draw_into_batch(store, path, SampleSpec(seed=1, size=20), "Round 2")
    assert not set(first.keys) & set(second.keys)
    assert all(why.startswith("already sampled (batch 'Round 1')") for _c, why in second.excluded)
    with pytest.raises(SamplingError, match="None of the 40"):
        samples.draw_into_batch(store, path, SampleSpec(seed=1, size=1), "Round 3")
    # deleting a batch abandons its sample: the record stays, the cases can be drawn again
    store.delete_batch(store.find_batch("Round 1").id)
    record = [r for r in samples.sampling_rounds(store) if r.batch_name == "Round 1"][0]
    assert record.batch_id is None and "(batch since deleted)" in record.text() and len(record.cases) == 20
    _rid, _p, third = samples.draw_into_batch(store, path, SampleSpec(seed=1, size=20), "Round 3")
    assert set(third.keys) == set(first.keys)


def test_reviews_start_from_sampled_cases_with_the_header_filled_in(store, tmp_path):
    path = _population_file(tmp_path, 30)
    rid, _p, _s = samples.draw_into_batch(store, path, SampleSpec(seed=5, size=3), "Sample", stream=Stream.THEMATIC)
    first, second, third = samples.sampling_round(store, rid).cases
    h = samples.sampled_header(store, first.id, reviewer="AB")
    assert (h.case_reference, h.unit, h.product, h.outcome, h.decision_maker, h.stream) == (
        first.case_reference, first.unit, first.product, first.outcome, "DM4411", Stream.THEMATIC)

    review_id = samples.start_review(store, first.id, reviewer="AB")
    review = store.get_review(review_id)
    assert review.header.case_reference == first.case_reference
    batch = store.find_batch("Sample")
    assert [r.id for r in store.list_reviews() if r.batch == "Sample"] == [review_id]
    with pytest.raises(ReviewError, match="already has its review"):
        samples.start_review(store, first.id, reviewer="AB")

    # sign-off waits for every sampled case: reviewed, or skipped with a reason
    with pytest.raises(ReviewError, match="2 sampled case"):
        store.sign_off_batch(batch.id, "QL")
    samples.skip_sampled_case(store, second.id, "File cannot be found", by="QL")
    with pytest.raises(ReviewError, match="at least a few words"):
        samples.skip_sampled_case(store, third.id, "no", by="QL")
    other = store.create_review(header(case_reference=third.case_reference, unit=third.unit, product=third.product,
                                       outcome=third.outcome))
    with pytest.raises(ReviewError, match="already exists"):
        samples.start_review(store, third.id, reviewer="AB")
    samples.link_review(store, third.id, other)
    statuses = {c.case_reference: c.status for c in samples.sampled_cases(store, batch.id)}
    assert statuses == {first.case_reference: "in_progress", second.case_reference: "skipped",
                        third.case_reference: "in_progress"}
    assert samples.sampled_cases(store, pending_only=True) == []

    # deleting a started review puts the case back to pending
    store.delete_review(review_id)
    assert [c.case_reference for c in samples.sampled_cases(store, pending_only=True)] == [first.case_reference]


def test_a_signed_off_batch_takes_no_sample(store, tmp_path):
    path = _population_file(tmp_path, 30)
    rid = store.create_review(header(case_reference="X1/001"))
    bid = store.create_batch("Closed")
    store.add_to_batch(bid, [rid])
    review = store.get_review(rid)
    for c in review.criteria:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    store.complete_review(rid)
    store.sign_off_batch(bid, "QL")
    with pytest.raises(ReviewError, match="signed off"):
        samples.draw_into_batch(store, path, SampleSpec(seed=1, size=2), "closed")
    assert samples.sampling_rounds(store) == []
    assert store.get_review(rid).status is ReviewStatus.COMPLETE


def test_migration_0003_matches_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from qpp_reviewer.storage.models import Base

    store = Store.open(tmp_path / "m.sqlite3")
    with store.engine.connect() as con:
        diffs = compare_metadata(MigrationContext.configure(con), Base.metadata)
    store.close()
    mine = [d for d in diffs if "sampl" in repr(d)]
    assert mine == []


# -- the command line -----------------------------------------------------------------------------------------


def test_sample_commands(tmp_path, capsys):
    db = str(tmp_path / "c.sqlite3")
    Store.open(db).close()  # commands other than demo and collate make no database (issue 15 item 9)
    path = str(_population_file(tmp_path, 120))
    assert main(["sample", "--db", db, "--population", path, "--size", "10", "--by", "unit", "--min-per-unit", "1",
                 "--seed", "99", "--batch", "CLI sample", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Dry run" in out and "Drawn (10)" in out
    assert main(["sample", "--db", db, "--population", path, "--rate", "5%", "--seed", "99",
                 "--batch", "CLI sample", "--drawn-by", "QL"]) == 0
    out = capsys.readouterr().out
    assert "Sampling round" in out and "seed:         99" in out and "sample:       6 cases" in out
    round_id = out.split("sample-verify ")[1].split()[0]
    assert main(["sample-verify", round_id, "--population", path, "--db", db]) == 0
    assert "VERIFIED" in capsys.readouterr().out
    assert main(["sample-rounds", "--db", db, "--cases"]) == 0
    assert "pending" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("Case reference,Unit,Product,Outcome,Date\nL1/001,Nowhere,decision,grant,2025-01-01\n")
    assert main(["sample", "--db", db, "--population", str(bad), "--batch", "B"]) == 2
    assert "'Nowhere' is not a known unit" in capsys.readouterr().out

    assert main(["sample-size", "--share", "0.54", "--margin", "0.05", "--population", "3040"]) == 0
    assert "Sample size: 340" in capsys.readouterr().out
    assert main(["sample-size", "--share", "50%", "--margin", "5%"]) == 0
    assert "Sample size: 385" in capsys.readouterr().out
    assert main(["sample-size", "--sample", "342", "--population", "3040"]) == 0
    assert "±4.99 percentage points" in capsys.readouterr().out
