#!/usr/bin/env bash
# The server suite on the embedded PGlite, then again on a real PostgreSQL when Debian's
# server is installed (.ci/run installs it), so both storage engines keep one behaviour.
set -euo pipefail
cd "$(dirname "$0")/.."

suite=(node --import tsx --test --test-concurrency=1 server/test/*.test.ts)

echo "== server suite on PGlite"
DATABASE_URL= "${suite[@]}"

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "== server suite on PostgreSQL"
  scripts/with-postgres.sh "${suite[@]}"
else
  echo "== server suite on PostgreSQL: skipped (install Debian's postgresql to run it)"
fi
