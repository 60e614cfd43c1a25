#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into a new database on the same or another server.
#
#   scripts/restore.sh [--embedded [DATA_DIR]] DATABASE FILE
#
# --embedded   the embedded PostgreSQL of `./mvnw spring-boot:run` while the portal runs (see backup.sh)
# otherwise    the server given by PGHOST, PGPORT, PGUSER, PGPASSWORD (a user allowed to create databases)
# DATABASE     a database that does not exist yet; it is created, owned by the restoring user
#
# The role portal_app, which the portal works as, is created on the server if it is missing; the policies and
# grants come from the dump. Point the portal at the restored database (spring.datasource.url) to use it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [ "${1:-}" = "--embedded" ]; then
  shift
  data_dir="./data/postgres"
  if [ $# -gt 2 ]; then data_dir="$1"; shift; fi
  [ -f "$data_dir/postmaster.pid" ] || { echo "No running embedded PostgreSQL in $data_dir (start the portal first)" >&2; exit 1; }
  export PGHOST=localhost PGPORT="$(sed -n 4p "$data_dir/postmaster.pid")" PGUSER=postgres
fi
[ $# -eq 2 ] || { echo "usage: $0 [--embedded [DATA_DIR]] DATABASE FILE" >&2; exit 2; }
database="$1"
file="$2"
[ -f "$file" ] || { echo "No backup file $file" >&2; exit 1; }
[[ "$database" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || { echo "Database name: lower-case letters, digits, _" >&2; exit 2; }

bin="$("$here/pg-client.sh")"
"$bin/psql" --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --dbname=postgres <<SQL
do \$\$
begin
    if not exists (select from pg_roles where rolname = 'portal_app') then
        create role portal_app nologin;
    end if;
end
\$\$;
create database "$database";
SQL
"$bin/pg_restore" --no-password --exit-on-error --no-owner --dbname="$database" "$file"
echo "Restored $file into database $database"
