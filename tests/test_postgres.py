"""Collation into a central PostgreSQL server (CI starts one on the loopback address).

Set QPP_TEST_POSTGRES_URL (packaging/start-test-postgres.sh prints one) to run these;
.ci/run always does.
"""

import os
import uuid
from datetime import date

import pytest
import sqlalchemy as sa

from qpp_reviewer.cli import main
from qpp_reviewer.demo import fill_demo
from qpp_reviewer.exchange.collate import collate
from qpp_reviewer.exchange.export import export_workbook, select_reviews
from qpp_reviewer.storage.store import Store

from .workbooks import column, read_sheets, write_sheets

URL = os.environ.get("QPP_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="QPP_TEST_POSTGRES_URL not set (CI sets it)")


@pytest.fixture
def pg_url():
    name = f"qpp_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(URL).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as c:
        c.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
    admin.dispose()


def test_collation_into_postgres_matches_sqlite(tmp_path, pg_url, capsys):
    laptop = Store.open(tmp_path / "laptop.sqlite3")
    fill_demo(laptop, 80, seed=11, today=date(2025, 11, 1))
    ids, label = select_reviews(laptop)
    export_workbook(laptop, ids, tmp_path / "a.xlsx", label)

    assert main(["collate", "--db", pg_url, str(tmp_path / "a.xlsx")]) == 0
    assert "80 added" in capsys.readouterr().out
    central = Store.open(pg_url)
    assert central.engine.dialect.name == "postgresql"
    assert {r.id: r.band for r in central.list_reviews()} == {r.id: r.band for r in laptop.list_reviews()}
    rid = ids[0]
    assert central.get_review(rid).findings.keys() == {k for k, f in laptop.get_review(rid).findings.items()
                                                       if f.severity or f.comment}
    # again: a no-op; a tampered copy: rejected with nothing written
    assert collate(central, [tmp_path / "a.xlsx"]).unchanged == 80
    sheets = read_sheets(tmp_path / "a.xlsx")
    sheets["Findings"][1][column(sheets, "Findings", "severity")] = "dreadful"
    write_sheets(tmp_path / "bad.xlsx", sheets)
    report = collate(central, [tmp_path / "bad.xlsx"])
    assert report.rejected == 1 and central.count_reviews() == 80

    assert main(["summary", "--db", pg_url, "--by", "product"]) == 0
    pg_summary = capsys.readouterr().out
    assert main(["summary", "--db", laptop.location, "--by", "product"]) == 0
    assert capsys.readouterr().out == pg_summary
    central.close()
    laptop.close()
