#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests and print the line
# that tells the tests where it is:
#
#     eval "$(.ci/start_postgres.sh)"      # exports SAGT_TEST_POSTGRES_URL
#
# Installs PostgreSQL with apt-get if its binaries are missing (run as root),
# creates a cluster in a temporary directory owned by the postgres user,
# listens on 127.0.0.1:5432 (or the next free port), and creates the user
# sagt (password sagt, may create databases) and the database sagt_test.
# Everything but the export line goes to stderr. Stop it with:
#     runuser -u postgres -- pg_ctl -D "$SAGT_PG_DATA" stop
set -euo pipefail

log() { echo "start_postgres: $*" >&2; }

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; fi
  done | sort -V | tail -n 1
}

BIN="$(find_bin || true)"
if [ -z "$BIN" ]; then
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    BIN="$(dirname "$(readlink -f "$(command -v initdb)")")"
  else
    log "installing postgresql with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    BIN="$(find_bin)"
  fi
fi
[ -n "$BIN" ] || { log "no initdb/pg_ctl found after install"; exit 1; }
log "using $BIN"

as_postgres() {
  if [ "$(id -u)" = "0" ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

PORT="${SAGT_PG_PORT:-5432}"
while ! port_free "$PORT"; do PORT=$((PORT + 1)); done

DATA="$(mktemp -d /tmp/sagt-pg.XXXXXX)"
if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$DATA"; fi
chmod 700 "$DATA"

as_postgres "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1 \
  || as_postgres "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C >/dev/null
# Tests do not need durability; this makes them several times faster.
cat >>"$DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DATA'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
CONF
as_postgres "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start >&2

PSQL="$BIN/psql"; [ -x "$PSQL" ] || PSQL="$(command -v psql)"
as_postgres "$PSQL" -h "$DATA" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -q -d postgres \
  -c "CREATE ROLE sagt LOGIN PASSWORD 'sagt' CREATEDB" \
  -c "CREATE DATABASE sagt_test OWNER sagt" >&2

log "PostgreSQL running on 127.0.0.1:$PORT, data in $DATA"
echo "export SAGT_PG_DATA=$DATA"
echo "export SAGT_TEST_POSTGRES_URL=postgresql+psycopg://sagt:sagt@127.0.0.1:$PORT/sagt_test"
