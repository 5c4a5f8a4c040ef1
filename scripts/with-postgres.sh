#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster (Debian's newest installed) on 127.0.0.1:
#   scripts/with-postgres.sh npm run test:server
# The cluster lives in a temporary folder, owned by the `postgres` user (initdb refuses root),
# on a free port; DATABASE_URL points at it. It is stopped and removed afterwards, and the
# script exits with the command's exit code.
set -euo pipefail

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
[ "$#" -gt 0 ] || { echo "usage: $0 command [args...]" >&2; exit 2; }

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

DIR="$(mktemp -d /tmp/tenantkit-pg.XXXXXX)"
chmod 755 "$DIR"
[ "$(id -u)" -eq 0 ] && chown postgres "$DIR"
PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

cleanup() {
  as_postgres "$PG_BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT INT TERM

as_postgres "$PG_BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
# Settings in the cluster's own file, so that a plain `pg_ctl start` (a test that stops the database
# and starts it again, server/test/db-outage.test.ts) brings it back on the same port.
as_postgres tee -a "$DIR/data/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DIR'
fsync = off
CONF
as_postgres "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/postgres.log" -w start >/dev/null

export DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
# For tests that stop and start the cluster: its data folder (log in ../postgres.log) and pg_ctl's folder.
export PGDATA="$DIR/data" PG_BIN
echo "PostgreSQL 15 on 127.0.0.1:$PORT (temporary, in $DIR)" >&2

set +e
"$@"
status=$?
set -e
exit "$status"
