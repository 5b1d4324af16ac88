"""One limit for typed text (issue 15 item 4): enforced at save, at export and at collation,
so that every export collates and every text up to the limit comes back as it was saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from qpp_reviewer.domain import MAX_TEXT, Severity, text_problem
from qpp_reviewer.exchange.collate import collate
from qpp_reviewer.exchange.export import export_workbook
from qpp_reviewer.storage.models import FindingRow
from qpp_reviewer.storage.store import ReviewError, Store, clean_text

from .helpers import header
from .workbooks import column, read_sheets, write_sheets

ROOT = Path(__file__).resolve().parent.parent


def _saved_comment(store: Store, rid: str, cid: str) -> str:
    return store.get_review(rid).findings[cid].comment


def test_the_limit_is_ten_thousand_and_the_message_says_what_to_do():
    assert MAX_TEXT == 10_000
    assert text_problem("x" * MAX_TEXT) is None
    msg = text_problem("x" * (MAX_TEXT + 1))
    assert "10,000" in msg and "10,001" in msg and "Shorten" in msg


def test_store_refuses_a_comment_over_the_limit_and_keeps_the_old_one(tmp_path):
    store = Store.open(tmp_path / "a.sqlite3")
    rid = store.create_review(header())
    cid = store.get_review(rid).criteria[0].id
    store.set_comment(rid, cid, "kept")
    with pytest.raises(ReviewError, match="at most 10,000 characters; this one has 40,000"):
        store.set_comment(rid, cid, "y" * 40_000)
    assert _saved_comment(store, rid, cid) == "kept"
    store.set_comment(rid, cid, "z" * MAX_TEXT)  # exactly the limit is fine
    assert len(_saved_comment(store, rid, cid)) == MAX_TEXT
    store.close()


def test_store_refuses_a_reopening_reason_over_the_limit(tmp_path):
    store = Store.open(tmp_path / "a.sqlite3")
    rid = store.create_review(header())
    review = store.get_review(rid)
    for c in review.criteria:
        store.set_finding(rid, c.id, Severity.NO_ERROR)
    store.complete_review(rid)
    with pytest.raises(ReviewError, match="The reason for reopening is at most 10,000"):
        store.reopen_review(rid, "because " * 2000)
    assert store.get_review(rid).status.value == "complete"
    store.close()


def test_a_40000_character_comment_already_stored_is_refused_at_export_not_written(tmp_path):
    """A database from before the limit: the export says which comment is too long and writes nothing."""
    store = Store.open(tmp_path / "a.sqlite3")
    rid = store.create_review(header())
    cid = store.get_review(rid).criteria[0].id
    store.set_comment(rid, cid, "short")
    with store._session.begin() as s:  # as an older version could have saved it
        s.query(FindingRow).filter_by(review_id=rid, criterion_id=cid).update({"comment": "w" * 40_000})
    with pytest.raises(ReviewError, match=f"criterion {cid} of review {rid} is 40,000 characters"):
        export_workbook(store, [rid], tmp_path / "out.xlsx")
    # (userdata is the app's data folder of the test, where the export's scratch folder was)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("a.sqlite3") and p.name != "userdata") == []
    store.close()


def test_collation_refuses_a_cell_over_the_limit_naming_sheet_row_and_column(tmp_path):
    store = Store.open(tmp_path / "a.sqlite3")
    rid = store.create_review(header())
    cid = store.get_review(rid).criteria[0].id
    store.set_comment(rid, cid, "short")
    export_workbook(store, [rid], tmp_path / "good.xlsx")
    store.close()
    sheets = read_sheets(tmp_path / "good.xlsx")
    col = column(sheets, "Findings", "comment")
    row = next(i for i, r in enumerate(sheets["Findings"]) if r[col] == "short")
    sheets["Findings"][row][col] = "v" * (MAX_TEXT + 1)
    write_sheets(tmp_path / "long.xlsx", sheets)  # re-signed: only the length is wrong
    sheets["Findings"][row][col] = "v" * 40_000  # a spreadsheet cell cuts this at 32,767
    write_sheets(tmp_path / "cut.xlsx", sheets)
    central = Store.open(tmp_path / "central.sqlite3")
    report = collate(central, [tmp_path / "long.xlsx", tmp_path / "cut.xlsx"])
    long_, cut = report.files
    assert long_.errors == [f"Findings, row {row + 1}, column comment: is 10,001 characters, more than the 10,000 "
                            "an exchange workbook holds there. Was the workbook edited by hand? Ask for a fresh export."]
    assert "32,767 characters, more than the 10,000" in cut.errors[0] and "cut short" in cut.errors[0]
    assert central.count_reviews() == 0
    central.close()


def test_a_long_template_text_is_refused_at_collation_too(tmp_path):
    """Not only comments: any text cell near a spreadsheet cell's size is refused, never read cut short."""
    store = Store.open(tmp_path / "a.sqlite3")
    rid = store.create_review(header())
    export_workbook(store, [rid], tmp_path / "good.xlsx")
    store.close()
    sheets = read_sheets(tmp_path / "good.xlsx")
    sheets["Criteria"][1][column(sheets, "Criteria", "guidance")] = "g" * 33_000
    write_sheets(tmp_path / "bad.xlsx", sheets)
    central = Store.open(tmp_path / "central.sqlite3")
    (fr,) = collate(central, [tmp_path / "bad.xlsx"]).files
    assert fr.errors and fr.errors[0].startswith("Criteria, row 2, column guidance: is 32,767 characters")
    central.close()


# Any text a person can type: every code point but surrogates (which no text can hold), the control
# characters included (clean_text keeps tab and line feed, turns CR into LF and drops the rest).
_CHAR = st.characters(blacklist_categories=("Cs",))
_TEXT = st.one_of(
    st.text(_CHAR, max_size=300),
    # long texts, up to the limit exactly, from a repeated random piece (building 10,000 random
    # characters one by one would make each example slow)
    st.builds(lambda piece, n: (piece * n)[:MAX_TEXT], st.text(_CHAR, min_size=1, max_size=80),
              st.integers(1, MAX_TEXT)),
)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    folder = tmp_path_factory.mktemp("limit")
    laptop = Store.open(folder / "laptop.sqlite3")
    central = Store.open(folder / "central.sqlite3")
    yield folder, laptop, central
    laptop.close()
    central.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=_TEXT)
@example(text="   ")
@example(text="\n\t\n")
@example(text="\r\n\r")
@example(text="  leading and trailing  ")
@example(text="\uffff\ufffe\x00\x1f\x7f")
@example(text="=1+1")
@example(text="#N/A")
@example(text="_x0041_ and _x000D_")
@example(text="\U0001F600" * MAX_TEXT)
@example(text="\u00e9" * (MAX_TEXT - 1) + "\n")
def test_any_text_up_to_the_limit_round_trips_export_and_collation(stores, text):
    folder, laptop, central = stores
    rid = laptop.create_review(header())
    cid = laptop.get_review(rid).criteria[0].id
    laptop.set_comment(rid, cid, text)
    saved = _saved_comment(laptop, rid, cid)
    assert saved == clean_text(text) and len(saved) <= MAX_TEXT
    out = folder / "one.xlsx"
    export_workbook(laptop, [rid], out)
    report = collate(central, [out])
    (fr,) = report.files
    assert not fr.errors, fr.errors
    assert fr.added == 1
    assert _saved_comment(central, rid, cid) == saved
