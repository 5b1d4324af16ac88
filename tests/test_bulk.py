"""storage.bulk.insert_many stores exactly what SQLAlchemy Core would."""

import os
from datetime import date, datetime

import pytest
from sqlalchemy import Column, Date, DateTime, Integer, MetaData, String, Table, Text, create_engine, select

from qpp_reviewer.storage.bulk import insert_many

ROWS = [
    dict(id="a", n=3, day=date(2025, 10, 3), at=datetime(2025, 10, 3, 9, 5, 7, 120), note="x\ny", empty=None),
    dict(id="b", n=None, day=date(1999, 1, 1), at=datetime(2025, 1, 1), note="", empty=None),
    dict(id="c", n=-7, day=None, at=None, note="=1+2 'quoted' %s %(x)s", empty="é"),
]


def tables(md):
    cols = lambda: [Column("id", String(10), primary_key=True), Column("n", Integer), Column("day", Date),  # noqa: E731
                    Column("at", DateTime), Column("note", Text), Column("empty", String(5))]
    return Table("core", md, *cols()), Table("bulk", md, *cols())


def stored(con, table):
    return [tuple(r) for r in con.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")]


def check(engine):
    md = MetaData()
    core, bulk = tables(md)
    md.create_all(engine)
    try:
        with engine.begin() as con:
            con.execute(core.insert(), ROWS)
            insert_many(con, bulk, ROWS)
        with engine.connect() as con:
            assert stored(con, "bulk") == stored(con, "core")  # the same text in the database
            got = [tuple(r) for r in con.execute(select(bulk).order_by(bulk.c.id))]
            assert got == [tuple(r.values()) for r in ROWS]  # and the same values read back
    finally:
        md.drop_all(engine)


def test_same_rows_as_core_on_sqlite(tmp_path):
    check(create_engine(f"sqlite:///{tmp_path / 'b.sqlite3'}"))


@pytest.mark.skipif(not os.environ.get("QPP_TEST_POSTGRES_URL"), reason="no PostgreSQL server (QPP_TEST_POSTGRES_URL)")
def test_same_rows_as_core_on_postgresql():
    check(create_engine(os.environ["QPP_TEST_POSTGRES_URL"]))


def test_no_rows_is_no_statement(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    md = MetaData()
    _core, bulk = tables(md)
    md.create_all(engine)
    with engine.begin() as con:
        insert_many(con, bulk, [])
        assert stored(con, "bulk") == []
