"""The exchange workbook's Time sheet (format 4, issue 20 item 4): active time per work session travels
with the reviews, in the checksum; a format 3 workbook (no Time sheet) still collates."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from qpp_reviewer.exchange.collate import collate
from qpp_reviewer.exchange.export import export_workbook, select_reviews
from qpp_reviewer.exchange.format import FORMAT_VERSION, READ_VERSIONS
from qpp_reviewer.storage.store import Store

from .test_exchange import complete_review
from .workbooks import column, read_sheets, write_sheets


@pytest.fixture
def laptop(tmp_path):
    s = Store.open(tmp_path / "laptop.sqlite3")
    s.actor = "AB"
    yield s
    s.close()


@pytest.fixture
def central(tmp_path):
    s = Store.open(tmp_path / "central.sqlite3")
    yield s
    s.close()


def _export(store, path):
    ids, label = select_reviews(store)
    export_workbook(store, ids, path, label, exported_by="tester")
    return path


def test_sessions_travel_in_the_time_sheet_and_collate_once(laptop, central, tmp_path):
    assert (FORMAT_VERSION, READ_VERSIONS) == (4, (2, 3, 4))
    a = complete_review(laptop)
    b = complete_review(laptop, case_reference="L7654321/001")
    laptop.worktime.record("11111111-1111-4111-8111-111111111111", a, "AB", datetime(2026, 11, 2, 9, 0, 5), 1500)
    laptop.worktime.record("22222222-2222-4222-8222-222222222222", a, "AB", datetime(2026, 11, 3, 9, 0), 300)
    path = _export(laptop, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    rows = [list(r) for r in wb["Time"].iter_rows(values_only=True)]
    about = dict((r[0], r[1]) for r in wb["About"].iter_rows(values_only=True))
    assert rows[0] == ["session_id", "review_id", "reviewer", "started_at", "active_seconds"]
    assert rows[1:] == [["11111111-1111-4111-8111-111111111111", a, "AB", datetime(2026, 11, 2, 9, 0, 5), 1500],
                        ["22222222-2222-4222-8222-222222222222", a, "AB", datetime(2026, 11, 3, 9, 0), 300]]
    assert about["rows_time"] == 2 and about["format_version"] == 4
    report = collate(central, [path])
    assert report.rejected == 0, report.text()
    assert central.worktime.seconds(a) == 1800 and central.worktime.seconds(b) == 0
    collate(central, [path])  # again: nothing added
    assert len(central.worktime.sessions()) == 2
    # later, the same session counted on: the larger count is kept
    laptop.worktime.record("22222222-2222-4222-8222-222222222222", a, "AB", datetime(2026, 11, 3, 9, 0), 900)
    collate(central, [_export(laptop, tmp_path / "later.xlsx")])
    assert central.worktime.seconds(a) == 2400


def test_an_empty_time_sheet_is_its_header_and_a_changed_one_breaks_the_checksum(laptop, central, tmp_path):
    rid = complete_review(laptop)
    empty = _export(laptop, tmp_path / "empty.xlsx")
    assert read_sheets(empty)["Time"] == [["session_id", "review_id", "reviewer", "started_at", "active_seconds"]]
    laptop.worktime.record("33333333-3333-4333-8333-333333333333", rid, "AB", datetime(2026, 11, 2, 9), 600)
    path = _export(laptop, tmp_path / "out.xlsx")
    sheets = read_sheets(path)
    sheets["Time"][1][column(sheets, "Time", "active_seconds")] = 60000
    changed = write_sheets(tmp_path / "changed.xlsx", sheets, resign_checksum=False)
    report = collate(central, [changed])
    assert report.rejected == 1 and "checksum_sha256" in report.text()
    # a row naming a review not in the file, re-checksummed and re-signed: refused whole, with the row named
    sheets = read_sheets(path)
    sheets["Time"][1][column(sheets, "Time", "review_id")] = "00000000-0000-4000-8000-000000000000"
    report = collate(central, [write_sheets(tmp_path / "bad.xlsx", sheets)])
    assert report.rejected == 1 and "is not a review in the Reviews sheet" in report.text()
    sheets = read_sheets(path)
    del sheets["Time"]
    report = collate(central, [write_sheets(tmp_path / "nosheet.xlsx", sheets)])
    assert report.rejected == 1 and "missing sheet Time" in report.text()
    assert central.count_reviews() == 0


def test_a_format_3_workbook_without_a_time_sheet_still_collates(laptop, central, tmp_path):
    rid = complete_review(laptop)
    laptop.worktime.record("44444444-4444-4444-8444-444444444444", rid, "AB", datetime(2026, 11, 2, 9), 600)
    sheets = read_sheets(_export(laptop, tmp_path / "out.xlsx"))
    del sheets["Time"]
    sheets["About"] = [r for r in sheets["About"] if r[0] != "rows_time"]
    for r in sheets["About"]:
        if r[0] == "format_version":
            r[1] = 3
    report = collate(central, [write_sheets(tmp_path / "v3.xlsx", sheets)])
    assert report.rejected == 0, report.text()
    assert central.count_reviews() == 1 and central.worktime.sessions() == []
