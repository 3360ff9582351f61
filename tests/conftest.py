"""Shared fixtures: real SQLite files in tmp_path, real PostgreSQL databases on a throw-away server, and real
`quotetool` subprocesses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIRST_SEED = SEEDS / "000_4df69229d299b9a4.txt"
SECOND_SEED = SEEDS / "002_e0dc290022d93635.txt"


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120,
            input: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a child process, as a user would."""
    inherited = {k: v for k, v in os.environ.items() if k != "QUOTETOOL_DB"}  # tests name their database
    full_env = {**inherited, "QUOTETOOL_ANNOTATOR": "tester", **(env or {})}
    return subprocess.run([sys.executable, "-m", "quotetool", *args], cwd=cwd, env=full_env, text=True,
                          capture_output=True, timeout=timeout, input=input)


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """The seed articles in a folder of the test's own."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "quotes.db"


@pytest.fixture
def db(db_path: Path):
    from quotetool.store import Database

    database = Database.open(str(db_path))
    yield database
    database.close()


# --- both backends -----------------------------------------------------------------------------------------

PG_URL_ENV = "QUOTETOOL_TEST_PG_URL"  # a server URL (its maintenance database); .ci/run sets it
BACKENDS = ("sqlite", "postgresql")


def _server_connect(server_url: str):
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    return psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                           dbname=url.database or "postgres", autocommit=True, connect_timeout=5)


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The URL of a reachable PostgreSQL server, or the test is skipped with the reason."""
    server_url = os.environ.get(PG_URL_ENV)
    if not server_url:
        pytest.skip(f"no PostgreSQL server: {PG_URL_ENV} is not set (bash .ci/run starts one, see .ci/pg_server.sh)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("no PostgreSQL driver: pip install 'quotetool[postgres]'")
    try:
        _server_connect(server_url).close()
    except Exception as exc:
        pytest.skip(f"the PostgreSQL server at {PG_URL_ENV} cannot be reached: {exc}")
    return server_url


@pytest.fixture
def pg_database(pg_server: str) -> Iterator[str]:
    """A fresh, empty database on the server (dropped afterwards): its URL."""
    from sqlalchemy.engine import make_url

    name = f"qt_test_{uuid.uuid4().hex[:12]}"
    with _server_connect(pg_server) as conn:
        conn.execute(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
    try:
        yield make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    finally:
        with _server_connect(pg_server) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=BACKENDS)
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """What --db names: an SQLite file in tmp_path, or a fresh PostgreSQL database (skipped, with the reason,
    where no server can be reached)."""
    if request.param == "sqlite":
        return str(tmp_path / "quotes.db")
    return request.getfixturevalue("pg_database")


@pytest.fixture
def any_db(db_target: str):
    """An open database on each backend."""
    from quotetool.store import Database

    database = Database.open(db_target)
    yield database
    database.close()


def raw_rows(target: str, sql: str) -> list[tuple]:
    """Rows of plain SQL on the database ``target`` names, read outside quotetool (SQLite file or server)."""
    if "://" not in target:
        import sqlite3

        with sqlite3.connect(target) as conn:
            return conn.execute(sql).fetchall()
    from sqlalchemy.engine import make_url

    with _server_connect(make_url(target).render_as_string(hide_password=False)) as conn:
        return conn.execute(sql).fetchall()


def assert_one_sentence_error(result: subprocess.CompletedProcess[str]) -> str:
    """A user error: non-zero status, no traceback, one line on stderr that ends a sentence."""
    assert result.returncode != 0, result
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].rstrip().endswith("."), lines[0]
    return lines[0]
