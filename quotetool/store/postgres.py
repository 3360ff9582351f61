"""A PostgreSQL server as the annotation database, for a team: engine, schema check and upgrade, errors.

Only database.py uses this module. The guarantees are SQLite's: every write transaction first takes one
advisory lock (WRITE_LOCK_SQL), so writers wait for each other (up to the busy timeout, as PostgreSQL's
``lock_timeout``) instead of failing half-way, and one lock cannot deadlock; read sessions run in REPEATABLE
READ, so their snapshot is consistent for their whole life, as an SQLite read transaction's is; the schema
comes from the same migration steps (migrations.Step.postgresql), upgraded in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine
from sqlmodel import create_engine

from quotetool.errors import DatabaseError, DatabaseLocked
from quotetool.store import migrations

WRITE_LOCK_SQL = f"SELECT pg_advisory_xact_lock({migrations.WRITE_LOCK_KEY})"
DRIVER_HINT = "pip install 'quotetool[postgres]'"
_QMARK = re.compile(r"\?")


def display(url: URL) -> str:
    """The URL as the user may see it: without the password."""
    return url._replace(password=None).render_as_string(hide_password=False)


def make_engine(url: URL, *, timeout_ms: int) -> Engine:
    """An engine on the server; raises DatabaseError when the driver (the extra) is not installed."""
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername != "postgresql+psycopg":
        raise DatabaseError(
            f"quotetool talks to PostgreSQL through psycopg only: write postgresql+psycopg://… "
            f"instead of {url.drivername}://…."
        )
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise DatabaseError(f"PostgreSQL needs its driver, which is not installed: {DRIVER_HINT}.") from exc
    engine = create_engine(
        url,
        pool_pre_ping=True,  # a server restarted between two decisions costs a reconnect, not an error
        pool_size=2,
        connect_args={
            "connect_timeout": 10,
            "application_name": "quotetool",
            "options": f"-c lock_timeout={timeout_ms} -c client_encoding=UTF8",
        },
    )

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        if conn.get_execution_options().get("quotetool_begin") == "IMMEDIATE":
            conn.exec_driver_sql(WRITE_LOCK_SQL)

    return engine


def prepare(engine: Engine, name: str, *, readonly: bool) -> tuple[int, int] | None:
    """Check that the database is ours and not newer, and create or upgrade its schema; (from, to) when it
    upgraded an existing schema."""
    with engine.connect() as sa_conn:
        conn: Any = sa_conn.connection.driver_connection
        encoding = conn.execute("SHOW server_encoding").fetchone()[0]
        if encoding.upper() not in ("UTF8", "UTF-8"):
            raise DatabaseError(
                f"The database {name} uses the encoding {encoding}; quotetool needs UTF8 "
                "(createdb -E UTF8 -T template0)."
            )
        version = migrations.postgresql_version(conn)
        if version is None and migrations.postgresql_tables(conn):
            raise DatabaseError(f"{name} holds tables of another program, not a quotetool database.")
        version = version or 0
        if version > migrations.CURRENT_VERSION:
            raise DatabaseError(
                f"{name} was written by a newer quotetool (schema version {version}; this one knows up to "
                f"{migrations.CURRENT_VERSION}). Upgrade quotetool to open it."
            )
        if version == migrations.CURRENT_VERSION:
            return None
        if readonly and version == 0:
            raise DatabaseError(f"{name} holds no quotetool data yet; import articles first.")
        found, to = migrations.upgrade(conn)
        conn.commit()
    return (found, to) if 0 < found < to else None


@contextmanager
def autocommit(conn: Any) -> Iterator[None]:
    """The pooled psycopg connection in autocommit mode for a while, then back as the pool wants it."""
    conn.rollback()  # (the pool's ping may have begun a transaction)
    conn.autocommit = True
    try:
        yield
    finally:
        if conn.info.transaction_status != 0:  # a BEGIN of ours left open by an error: end it
            conn.execute("ROLLBACK")
        conn.autocommit = False


class RawConnection:
    """The psycopg connection under a pooled one, with the sqlite3 calls the store's plain SQL uses:
    ``execute(sql, args)`` with ``?`` placeholders (the store's SQL holds no other question mark or %)."""

    def __init__(self, conn: Any) -> None:
        self.connection = conn

    def execute(self, sql: str, args: Sequence[object] | None = None) -> Any:
        if args is None:
            return self.connection.execute(sql)
        return self.connection.execute(_format(sql), list(args))

    def end(self) -> None:
        """End the transaction begun with an explicit BEGIN, if it is still open (nothing was written)."""
        if self.connection.info.transaction_status != 0:
            self.connection.execute("ROLLBACK")

    def stream(self, sql: str, args: Sequence[object], batch: int) -> Iterator[list[tuple]]:
        """Rows in batches through a server-side cursor: memory stays flat however many rows there are."""
        with self.connection.cursor(name="quotetool_stream") as cursor:
            cursor.itersize = batch
            cursor.execute(_format(sql), list(args))
            while rows := cursor.fetchmany(batch):
                yield rows


class Cursor:
    """A psycopg cursor with the sqlite3 cursor's calls that the import's batched inserts use: ``?``
    placeholders, ``executemany`` (pipelined by psycopg), and ``lastrowid`` after an INSERT (from RETURNING)."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor
        self.lastrowid: int | None = None

    def execute(self, sql: str, args: Sequence[object] = ()) -> Cursor:
        returning = sql.lstrip().upper().startswith("INSERT")
        self._cursor.execute(_format(sql + (" RETURNING id" if returning else "")), list(args))
        if returning:
            self.lastrowid = self._cursor.fetchone()[0]
        return self

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        if rows:
            self._cursor.executemany(_format(sql), [list(r) for r in rows])

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)


def _format(sql: str) -> str:
    """The store's ``?`` placeholders as psycopg's ``%s`` (its SQL holds no other question mark)."""
    return _QMARK.sub("%s", sql.replace("%", "%%"))


def sentence(name: str, url: URL, exc: BaseException) -> DatabaseError:
    """Turn the driver's error into one sentence naming the database (never its password)."""
    msg = " ".join(str(exc).split())
    low = msg.lower()
    sqlstate = getattr(exc, "sqlstate", None)
    server = f"{url.host or 'localhost'}:{url.port or 5432}"
    if sqlstate in ("55P03", "40P01", "40001") or "lock timeout" in low:
        return DatabaseLocked(
            f"The database {name} is busy with another writer; nothing was changed. Try again when it has finished."
        )
    if "password authentication failed" in low or "no password supplied" in low:
        return DatabaseError(
            f"The PostgreSQL server at {server} refused the password of the user "
            f"{url.username or '(none)'}; check the password in the URL or in ~/.pgpass."
        )
    if sqlstate == "3D000" or ("database" in low and "does not exist" in low):
        return DatabaseError(
            f"There is no database {url.database} on the PostgreSQL server at {server}; "
            f"create it first (createdb -E UTF8 {url.database})."
        )
    if "role" in low and "does not exist" in low:
        return DatabaseError(f"The PostgreSQL server at {server} knows no user {url.username}; create the role first.")
    if (
        "connection refused" in low
        or "could not connect" in low
        or "timeout expired" in low
        or "no route to host" in low
        or "name or service not known" in low
        or "server closed" in low
    ):
        return DatabaseError(
            f"Cannot reach the PostgreSQL server at {server}; check that it is running and "
            "that host and port are right."
        )
    if sqlstate == "42501" or "permission denied" in low:
        return DatabaseError(
            f"The user {url.username} may not do this in the database {name} ({msg}); "
            "ask the database's owner for the rights."
        )
    if "append-only" in low:
        return DatabaseError(f"The database {name} refused the change: the decision log is append-only.")
    return DatabaseError(f"The database {name} reported an error: {msg.rstrip('.')}.")
