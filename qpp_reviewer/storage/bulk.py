"""Inserting many rows at once, at the driver's speed.

SQLAlchemy Core's executemany builds and type-processes a parameter set per
row; for the tens of thousands of findings a collation inserts, that cost
more than the database's own work. Here the statement is compiled once by
SQLAlchemy for the connection's dialect and the values are bound with the
columns' own bind processors, so what is stored is exactly what Core would
store, on SQLite and PostgreSQL alike; only the per-row machinery is skipped.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table


def insert_many(con: Connection, table: Table, rows: list[dict]) -> None:
    """INSERT every row (dicts with the same keys) in one DBAPI executemany."""
    if not rows:
        return
    keys = list(rows[0])
    compiled = table.insert().compile(dialect=con.dialect, column_keys=keys)
    # the dialect's own implementation of each type (SQLite's DATETIME, not the generic DateTime), as Core uses
    procs = [(k, table.c[k].type.dialect_impl(con.dialect).bind_processor(con.dialect)) for k in keys]
    order = list(compiled.positiontup) if compiled.positional else keys
    if sorted(order) != sorted(keys):  # a default or an expression SQLAlchemy would add: use Core itself
        con.execute(table.insert(), rows)
        return
    if compiled.positional:
        index = {k: i for i, k in enumerate(keys)}
        slots = [index[k] for k in order]
        params: list = []
        for row in rows:
            values = [p(row[k]) if p else row[k] for k, p in procs]
            params.append(tuple(values[i] for i in slots))
    else:
        params = [{k: (p(row[k]) if p else row[k]) for k, p in procs} for row in rows]
    con.exec_driver_sql(compiled.string, params)
