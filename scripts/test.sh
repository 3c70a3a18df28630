#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: installs what the tests need
# (Python packages in .venv; as root also Debian's PostgreSQL, Java for Spark
# and Chromium for the browser tests), starts a throwaway PostgreSQL server,
# runs pytest. Usage: bash scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

# --- system packages (Debian), only where missing and only as root ----------
need=()
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    for attempt in 1 2 3; do
      if apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; then
        break
      fi
      echo "warning: apt-get failed (attempt $attempt)" >&2
      sleep 10
    done
  else
    echo "warning: missing ${need[*]}; tests that need them will be skipped" >&2
  fi
fi

# --- Python environment --------------------------------------------------------
if [ ! -x .venv/bin/python ]; then
  log "creating .venv"
  python3 -m venv .venv
fi
log "installing sagt and test dependencies"
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'

# --- services ------------------------------------------------------------------
if [ -z "${SAGT_TEST_POSTGRES_URL:-}" ] && [ -f .ci/start_postgres.sh ]; then
  log "starting PostgreSQL"
  eval "$(bash .ci/start_postgres.sh)"
  export SAGT_TEST_POSTGRES_URL
fi

# --- tests -----------------------------------------------------------------------
log "running tests"
exec .venv/bin/python -m pytest -q "$@"
