"""Fixtures: a fresh database per test, on SQLite (a temporary file) and on PostgreSQL.

PostgreSQL comes from ``SAGT_TEST_POSTGRES_URL`` (CI sets it; see
``.ci/start_postgres.sh``). Without it the tests start a throwaway server
with that script when ``initdb``/``pg_ctl`` are installed, and otherwise skip
the PostgreSQL variants, saying why. Each test gets its own schema, so tests
never see each other's rows.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "svt-putin-scholz.txt"
if not SEED.exists():
    SEED = Path("/work/shared/seed/svt-putin-scholz.txt")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    url = os.environ.get("SAGT_TEST_POSTGRES_URL")
    if url:
        yield url
        return
    have_bins = glob.glob("/usr/lib/postgresql/*/bin/initdb") or (shutil.which("initdb") and shutil.which("pg_ctl"))
    if not have_bins:
        pytest.skip("PostgreSQL tests need SAGT_TEST_POSTGRES_URL or initdb/pg_ctl installed (apt-get install postgresql); see .ci/start_postgres.sh")
    env = dict(os.environ, SAGT_PG_PORT=str(_free_port()))
    proc = subprocess.run(["bash", str(ROOT / ".ci" / "start_postgres.sh")], capture_output=True, text=True, env=env, timeout=180)
    if proc.returncode != 0:
        pytest.skip(f"could not start a throwaway PostgreSQL server: {proc.stderr.strip()[-500:]}")
    values = dict(line.removeprefix("export ").split("=", 1) for line in proc.stdout.splitlines() if line.startswith("export "))
    data = values["SAGT_PG_DATA"]
    try:
        yield values["SAGT_TEST_POSTGRES_URL"]
    finally:
        bindir = os.path.dirname(sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))[-1]) if glob.glob("/usr/lib/postgresql/*/bin/pg_ctl") else ""
        pg_ctl = os.path.join(bindir, "pg_ctl") if bindir else "pg_ctl"
        cmd = [pg_ctl, "-D", data, "-m", "immediate", "stop"]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--"] + cmd
        subprocess.run(cmd, capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


def _pg_schema_url(server_url: str) -> Iterator[str]:
    from sqlalchemy import create_engine, text

    from sagt.store.db import resolve_url

    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(resolve_url(server_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in server_url else "?"
    try:
        yield f"{server_url}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: an SQLite file or a PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
    else:
        server = request.getfixturevalue("postgres_server")
        yield from _pg_schema_url(server)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "store.db")


@pytest.fixture
def store(db_url: str) -> Iterator["object"]:
    from sagt.store import open_store

    s = open_store(db_url)
    try:
        yield s
    finally:
        s.close()


def run_sagt(*args: str, timeout: float = 300, **kw: object) -> subprocess.CompletedProcess[str]:
    """Run the ``sagt`` command line in a fresh interpreter, as a user would."""
    return subprocess.run([sys.executable, "-m", "sagt.cli", *args], capture_output=True, text=True, timeout=timeout, **kw)  # type: ignore[call-overload]


def popen_sagt(*args: str, **kw: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "sagt.cli", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)  # type: ignore[call-overload]
