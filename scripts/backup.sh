#!/usr/bin/env bash
# Backs up the portal's database with pg_dump in the custom format (compressed; restore with scripts/restore.sh).
#
#   scripts/backup.sh [--embedded [DATA_DIR]] [FILE]
#
# --embedded   the embedded PostgreSQL of `./mvnw spring-boot:run` while the portal runs (DATA_DIR defaults to
#              ./data/postgres; its port is read from postmaster.pid), as the user postgres, database postgres
# otherwise    the server given by the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass,
#              PGDATABASE), e.g. the production database as its owner
# FILE         defaults to backups/portal-<date>-<time>.dump
#
# The dump holds all rows (run it as the owner of the tables or a superuser: row-level security would refuse a
# partial dump), the policies and the grants to portal_app, not the roles themselves.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [ "${1:-}" = "--embedded" ]; then
  shift
  data_dir="./data/postgres"
  if [ -n "${1:-}" ] && [ -d "$1" ]; then data_dir="$1"; shift; fi
  [ -f "$data_dir/postmaster.pid" ] || { echo "No running embedded PostgreSQL in $data_dir (start the portal first)" >&2; exit 1; }
  export PGHOST=localhost PGPORT="$(sed -n 4p "$data_dir/postmaster.pid")" PGUSER=postgres PGDATABASE=postgres
fi

file="${1:-backups/portal-$(date +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$file")"
bin="$("$here/pg-client.sh")"
"$bin/pg_dump" --format=custom --no-password --file="$file.partial"
mv "$file.partial" "$file"
echo "$file"
