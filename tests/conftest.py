"""Shared fixtures: real SQLite files in tmp_path, real PostgreSQL databases on a throw-away server, and real
`quotetool` subprocesses."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIRST_SEED = SEEDS / "000_4df69229d299b9a4.txt"
SECOND_SEED = SEEDS / "002_e0dc290022d93635.txt"

# The Ctrl-C tests send SIGINT to the processes they start, as a terminal would. Tests run as a background job
# start with SIGINT ignored, which every child inherits, so the interrupt would never come: a handler of our own
# here (a handled signal is reset for a child) lets each child's Python install its usual one.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


def run_cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a child process, as a user would."""
    inherited = {k: v for k, v in os.environ.items() if k != "QUOTETOOL_DB"}  # tests name their database
    full_env = {**inherited, "QUOTETOOL_ANNOTATOR": "tester", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "quotetool", *args],
        cwd=cwd,
        env=full_env,
        text=True,
        capture_output=True,
        timeout=timeout,
        input=input,
    )


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
    return psycopg.connect(
        host=url.host,
        port=url.port,
        user=url.username,
        password=url.password,
        dbname=url.database or "postgres",
        autocommit=True,
        connect_timeout=5,
    )


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


class PgTemplates:
    """Databases built once per test session (per xdist worker) and copied for each test: ``CREATE DATABASE …
    TEMPLATE`` copies the files, a fraction of a second, where building (the schema, an import with the
    detector) takes seconds. Every copy and template is dropped at the end."""

    def __init__(self, server_url: str) -> None:
        self.server_url = server_url
        self._built: dict[str, str] = {}  # key -> template database name

    def url(self, name: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(self.server_url).set(database=name).render_as_string(hide_password=False)

    def copy(self, key: str, build: Callable[[str], None]) -> str:
        """A new database (its name) holding what ``build(url)`` stored in the template ``key``."""
        if key not in self._built:
            template = self._create(f"qt_tpl_{uuid.uuid4().hex[:12]}", "template0")
            try:
                build(self.url(template))  # (it must close every connection: a template is copied only unused)
            except BaseException:
                self.drop(template)
                raise
            self._built[key] = template
        return self._create(f"qt_test_{uuid.uuid4().hex[:12]}", self._built[key])

    def _create(self, name: str, template: str) -> str:
        with _server_connect(self.server_url) as conn:
            conn.execute(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE {template}")
        return name

    def drop(self, name: str) -> None:
        with _server_connect(self.server_url) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def drop_templates(self) -> None:
        for name in self._built.values():
            self.drop(name)
        self._built.clear()


@pytest.fixture(scope="session")
def pg_templates(pg_server: str) -> Iterator[PgTemplates]:
    templates = PgTemplates(pg_server)
    yield templates
    templates.drop_templates()


@pytest.fixture
def pg_copy(pg_templates: PgTemplates) -> Iterator[Callable[[str, Callable[[str], None]], str]]:
    """``pg_copy(key, build)``: the URL of a fresh database copied from the session's template ``key`` (built
    by ``build(url)`` the first time it is asked for); dropped after the test."""
    made: list[str] = []

    def copy(key: str, build: Callable[[str], None]) -> str:
        made.append(pg_templates.copy(key, build))
        return pg_templates.url(made[-1])

    yield copy
    for name in made:
        pg_templates.drop(name)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "both_backends: the test's databases (the backend fixture, built_db) are made on SQLite and on "
        "PostgreSQL in turn; unmarked tests use SQLite",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.get_closest_marker("both_backends") is None:
        return
    if "backend" not in metafunc.fixturenames:  # it would silently run on SQLite only
        raise pytest.UsageError(f"{metafunc.definition.nodeid} is marked both_backends but opens no built_db")
    metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The backend of the test's built_db databases: "sqlite", or each in turn for a test marked both_backends."""
    return getattr(request, "param", "sqlite")


def _build_on(url: str, build: Callable) -> None:
    from quotetool.store import Database

    database = Database.open(url)
    try:
        build(database)
    finally:
        database.close()


@pytest.fixture
def built_db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable]:
    """``built_db(name, build)``: an open Database on the test's backend holding what ``build(db)`` stored. An
    SQLite file in tmp_path is built for the test; on PostgreSQL, ``name`` names a template built once per
    session, which each test gets a copy of (so ``build`` must store the same whatever test asks first)."""
    from quotetool.store import Database

    opened: list[Database] = []

    def make(name: str, build: Callable) -> Database:
        if backend == "sqlite":
            database = Database.open(str(tmp_path / f"{name}.db"))
            opened.append(database)
            build(database)
        else:
            url = request.getfixturevalue("pg_copy")(name, lambda url: _build_on(url, build))
            database = Database.open(url)
            opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()


def target_of(db) -> str:
    """What --db names for an open Database: its file, or its server URL (with the password, for a second
    connection in a test)."""
    if db.server is None:
        return str(db.path)
    return db.server.render_as_string(hide_password=False)


def open_copy(db):
    """A second Database on the same file or server database: another editor's connection."""
    from quotetool.store import Database

    return Database.open(target_of(db))


def hold_write_lock(db):
    """Another program's connection holding the write lock of ``db``: SQLite's (BEGIN IMMEDIATE), or the
    PostgreSQL advisory lock every quotetool writer takes first. End it with ``release_write_lock``."""
    if db.dialect == "sqlite":
        import sqlite3

        holder = sqlite3.connect(db.path, isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN IMMEDIATE")
        return holder
    import psycopg
    from sqlalchemy.engine import make_url

    from quotetool.store.postgres import WRITE_LOCK_SQL

    url = make_url(target_of(db))
    holder = psycopg.connect(
        host=url.host, port=url.port, user=url.username, password=url.password, dbname=url.database
    )
    holder.execute(WRITE_LOCK_SQL)  # (in a transaction, which the lock lasts for)
    return holder


def release_write_lock(holder) -> None:
    """End the holder's transaction, which releases the lock, and close it."""
    holder.rollback()
    holder.close()


@pytest.fixture(params=BACKENDS)
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """What --db names: an SQLite file in tmp_path, or a fresh PostgreSQL database (skipped, with the reason,
    where no server can be reached)."""
    if request.param == "sqlite":
        return str(tmp_path / "quotes.db")
    if "any_db" in request.fixturenames:  # opened (so given the schema) before the test begins: copy a template
        return request.getfixturevalue("pg_copy")("schema", lambda url: _build_on(url, lambda _db: None))
    return request.getfixturevalue("pg_database")


@pytest.fixture
def any_db(db_target: str):
    """An open database on each backend."""
    from quotetool.store import Database

    database = Database.open(db_target)
    yield database
    database.close()


@contextmanager
def read_only_target(target: str) -> Iterator[str]:
    """What --db names for a user who may only read the database ``target`` names: the file made read-only
    (SQLite), or the URL of a role with SELECT rights only (PostgreSQL), for as long as the block runs."""
    if "://" not in target:
        os.chmod(target, 0o444)
        try:
            yield target
        finally:
            os.chmod(target, 0o644)
        return
    from sqlalchemy.engine import make_url

    url = make_url(target)
    role, password = f"qt_reader_{uuid.uuid4().hex[:12]}", uuid.uuid4().hex
    with _server_connect(target) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        conn.execute(f"GRANT CONNECT ON DATABASE {url.database} TO {role}")
        conn.execute(f"GRANT USAGE ON SCHEMA public TO {role}")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    try:
        yield url.set(username=role, password=password).render_as_string(hide_password=False)
    finally:
        with _server_connect(target) as conn:
            conn.execute(f"DROP OWNED BY {role}")  # (its rights in this database)
            conn.execute(f"DROP ROLE {role}")


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
