"""Alembic environment: the engine is handed in by qpp_reviewer.storage.db."""

from alembic import context

from qpp_reviewer.storage.db import APPLICATION_ID
from qpp_reviewer.storage import audit  # noqa: F401  (its table is on Base too)
from qpp_reviewer.storage import revisions  # noqa: F401  (and theirs)
from qpp_reviewer.storage import identity  # noqa: F401  (and theirs)
from qpp_reviewer.storage import appeals, queries, replies, states  # noqa: F401  (and theirs)
from qpp_reviewer.storage import coverage, worktime  # noqa: F401  (and theirs)
from qpp_reviewer.storage.models import Base

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things in place
        transactional_ddl=True,  # a failed migration leaves the previous schema intact
    )
    with context.begin_transaction():
        context.run_migrations()
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration broke {len(broken)} foreign key(s): {broken[:3]}")
    connection.commit()
