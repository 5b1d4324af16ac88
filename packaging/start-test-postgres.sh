#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on the loopback address for the collation tests,
# and print the SQLAlchemy URL to use. Needs Debian's postgresql package; run as root.
# Usage: export QPP_TEST_POSTGRES_URL="$(bash packaging/start-test-postgres.sh)"
set -euo pipefail
PORT="${QPP_TEST_POSTGRES_PORT:-54329}"
# take the first free port from there (a server left by an earlier run keeps its own)
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$PGBIN" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
DATA="$(mktemp -d /tmp/qpp-test-pg.XXXXXX)"
chown postgres "$DATA"
su postgres -s /bin/sh -c "'$PGBIN/initdb' -D '$DATA' -A trust -U postgres >/dev/null"
su postgres -s /bin/sh -c "'$PGBIN/pg_ctl' -D '$DATA' -l '$DATA/server.log' \
  -o \"-c listen_addresses=127.0.0.1 -p $PORT -k '$DATA' -c fsync=off\" -w start >/dev/null"
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
