#!/usr/bin/env bash
# CI helper for the PostgreSQL adapter tests, Debian's way: install the `postgresql` package if
# it is missing, make sure its cluster exists and runs (initdb runs as the postgres user, via
# pg_createcluster), create a test role and database, and print the connection string on stdout.
# `.ci/postgres.sh stop` stops the cluster again if this script installed or started it. Exit 1
# (with the reason on stderr) when any step fails: the caller then runs the tests without
# MARSAD_TEST_PG and the PostgreSQL suite skips.
set -uo pipefail

say() { echo "ci: postgres: $*" >&2; }

ROLE=marsad
DB=marsad_test
PASSWORD=marsad-ci

# the newest installed major version; Debian's packages put their binaries here
version() { ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1; }

install() {
  if dpkg -s postgresql >/dev/null 2>&1 && [ -n "$(version)" ]; then return 0; fi
  say "installing the postgresql package"
  local log
  log="$(mktemp)"
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq postgresql; } >"$log" 2>&1; then
    tail -n 5 "$log" >&2
    return 1
  fi
  INSTALLED=1
}
INSTALLED=0

# a cluster this script started is stopped by `stop`; one that was already running is left alone
STARTED="${TMPDIR:-/tmp}/marsad-ci-postgres-started"

start() {
  local v="$1"
  # the package's postinst creates the cluster; a machine that lost it gets a new one
  if ! pg_lsclusters -h 2>/dev/null | awk -v v="$v" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
    say "creating cluster $v/main"
    pg_createcluster "$v" main >&2 || return 1
  fi
  if ! pg_lsclusters -h | awk -v v="$v" '$1 == v && $2 == "main" && $4 == "online" { up = 1 } END { exit !up }'; then
    say "starting cluster $v/main"
    pg_ctlcluster "$v" main start >&2 || return 1
    echo "$v" >"$STARTED"
  fi
}

port() { pg_lsclusters -h | awk -v v="$1" '$1 == v && $2 == "main" { print $3 }'; }

as_postgres() { su postgres -c "psql -p $1 -X -q -v ON_ERROR_STOP=1 -d postgres" >&2; }

create_role_and_db() {
  as_postgres "$1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE $DB OWNER $ROLE' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB')
\gexec
SQL
}

if [ "${1:-}" = stop ]; then
  if [ -f "$STARTED" ]; then
    v="$(cat "$STARTED")"
    rm -f "$STARTED"
    say "stopping cluster $v/main"
    pg_ctlcluster "$v" main stop >&2
  fi
  exit 0
fi

install || { say "installing postgresql failed"; exit 1; }
v="$(version)"
[ -n "$v" ] || { say "no PostgreSQL server binaries under /usr/lib/postgresql"; exit 1; }
start "$v" || { say "could not start cluster $v/main"; exit 1; }
# the package's postinst may have started the cluster itself: it is ours to stop all the same
[ "$INSTALLED" = 1 ] && echo "$v" >"$STARTED"
p="$(port "$v")"
create_role_and_db "$p" || { say "could not create role $ROLE and database $DB"; exit 1; }
say "PostgreSQL $v on port $p, database $DB"
echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$p/$DB"
