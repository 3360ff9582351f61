"""Opening the annotation database: the only module that makes engines and sessions.

A database is an SQLite file in WAL mode with foreign keys on and a busy timeout. Write
transactions begin IMMEDIATE, so they take the write lock up front and wait for it (rather
than failing half-way when a second editor writes at the same time).

Or, for a team, a database on a PostgreSQL server (``postgresql+psycopg://user@host/db``), with the same
guarantees; its engine, schema check and errors live in postgres.py.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from quotetool.errors import DatabaseError, DatabaseLocked
from quotetool.store import deferred, migrations, search

# SQLAlchemy (and the ORM, SQLModel, pydantic) is loaded at the first read() or write(), not by opening an SQLite
# file: raw() and the review UI's first screen need only sqlite3 (tests/test_startup.py).
if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine
    from sqlmodel import Session

_ORM_LOCK = threading.RLock()
_orm_loaded = False

DEFAULT_PATH = Path("db") / "quotes.db"
ENV_DB = "QUOTETOOL_DB"
ENV_BUSY_TIMEOUT = "QUOTETOOL_BUSY_TIMEOUT_MS"  # how long a writer waits for another's lock
DEFAULT_BUSY_TIMEOUT_MS = 10_000
MAX_BUSY_TIMEOUT_MS = 2**31 - 1  # about 24.8 days
_SQLITE_HEADER = b"SQLite format 3\x00"


def load_sqlalchemy() -> None:
    """Load SQLAlchemy, its ORM and SQLite dialect, SQLModel and pydantic, one thread at a time.

    Whatever loads them lazily calls this first (read(), write(), quotetool.store's stand-ins, the review UI's
    workers): their modules import each other in cycles, and a second thread importing them at the same moment
    can be handed a half-initialised module (an ImportError).
    """
    global _orm_loaded
    if _orm_loaded:
        return
    with _ORM_LOCK:
        if not _orm_loaded:
            import sqlalchemy.dialects.sqlite
            import sqlalchemy.orm  # noqa: F401
            import sqlmodel  # noqa: F401

            _orm_loaded = True


def now() -> str:
    """Timestamps are ISO 8601 strings in UTC: sortable, readable in exports, free of local time."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def busy_timeout() -> tuple[int, str | None]:
    """The busy timeout in ms from $QUOTETOOL_BUSY_TIMEOUT_MS, and a warning when its value was not usable.

    A bad value does not stop anyone working (as a bad keymap file does not): the default is used and said so.
    """
    raw = os.environ.get(ENV_BUSY_TIMEOUT, "").strip()
    if not raw:
        return DEFAULT_BUSY_TIMEOUT_MS, None
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_BUSY_TIMEOUT_MS:  # SQLite keeps it in a C int: more would wrap round to no wait
        return DEFAULT_BUSY_TIMEOUT_MS, (
            f"{ENV_BUSY_TIMEOUT}={raw!r} is not a whole number of milliseconds from 0 to {MAX_BUSY_TIMEOUT_MS}; "
            f"waiting the default {DEFAULT_BUSY_TIMEOUT_MS} ms for a busy database instead."
        )
    return value, None


def postgresql_url(target: str | None) -> URL | None:
    """The server URL when --db / $QUOTETOOL_DB names a PostgreSQL database, else None."""
    target = target or os.environ.get(ENV_DB) or None
    if target is None or not target.lower().startswith(("postgresql", "postgres:")):
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(target)
    except ArgumentError as exc:
        raise DatabaseError("The PostgreSQL URL is not valid; write postgresql+psycopg://user@host/database.") from exc
    if not url.database:
        raise DatabaseError("The PostgreSQL URL names no database; write postgresql+psycopg://user@host/database.")
    return url


def resolve_target(target: str | None) -> tuple[Path, bool]:
    """The database file for --db / $QUOTETOOL_DB / the default; True when it is the default."""
    target = target or os.environ.get(ENV_DB) or None
    if target is None:
        return DEFAULT_PATH, True
    if "://" in target:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(target)
        except ArgumentError as exc:
            raise DatabaseError(f"{target!r} is neither a file path nor a valid database URL.") from exc
        if url.get_backend_name() != "sqlite":
            raise DatabaseError(
                f"Only SQLite and PostgreSQL databases are supported, not "
                f"{url.get_backend_name()} ({url.render_as_string(hide_password=True)})."
            )
        if url.host or url.username or url.password or url.port:
            raise DatabaseError(
                f"{target!r} names a host, but SQLite opens local files only: write sqlite:///relative/path.db "
                "or sqlite:////absolute/path.db."
            )
        if not url.database or url.database == ":memory:":
            raise DatabaseError("An in-memory database would lose every decision; give a file path.")
        return Path(url.database), False
    return Path(target), False


@dataclass(frozen=True, slots=True)
class Upgrade:
    """Opening the database upgraded its schema; the file as it was is kept at ``backup``."""

    from_version: int
    to_version: int
    backup: Path | None  # None on PostgreSQL: the server's own backups (pg_dump) keep it


class Database:
    """An open annotation database. Use ``read()`` for queries and ``write()`` for changes."""

    def __init__(
        self,
        path: Path,
        engine: Engine | None = None,
        *,
        readonly: bool,
        warnings: tuple[str, ...] = (),
        upgrade: Upgrade | None = None,
        server: URL | None = None,
        connect: Callable[[], sqlite3.Connection] | None = None,
    ) -> None:
        """``engine``, or for an SQLite file ``connect`` (a new connection, pragmas set), from which raw()
        connects and the engine is made at the first read() or write()."""
        if engine is None and connect is None:
            raise ValueError("a Database needs an engine or, for an SQLite file, a connect function")
        self.path = path  # the file; on PostgreSQL the database's name (an export is named after it)
        self.server = server  # the URL of a PostgreSQL database, None for an SQLite file
        self.dialect = "postgresql" if server is not None else "sqlite"
        self.name = _display(server) if server is not None else str(path)  # shown in messages
        self.readonly = readonly
        self.warnings = warnings  # sentences for the user that did not stop the database from opening
        self.upgrade = upgrade  # set when opening upgraded the schema: the user should be told
        self._connect = connect
        self._engines_lock = threading.Lock()
        self._engines: tuple[Engine, Engine, Engine] | None = None  # read, write, base
        if engine is not None:
            self._engines = self._engines_of(engine)

    def _engines_of(self, engine: Engine) -> tuple[Engine, Engine, Engine]:
        # Same pool and events; only the BEGIN differs (see _begin below, postgres.make_engine).
        write = engine.execution_options(quotetool_begin="IMMEDIATE")
        if self.server is not None:  # one snapshot for a read session's whole life, as in SQLite
            return engine.execution_options(isolation_level="REPEATABLE READ"), write, engine
        return engine, write, engine

    def _made(self) -> tuple[Engine, Engine, Engine]:
        """The engines, made (and SQLAlchemy loaded) at the first use; worker threads may ask at once."""
        if self._engines is None:
            load_sqlalchemy()
            with self._engines_lock:
                if self._engines is None:
                    assert self._connect is not None
                    self._engines = self._engines_of(_make_engine(self._connect))
        return self._engines

    @property
    def _engine(self) -> Engine:
        return self._made()[0]

    @property
    def _write_engine(self) -> Engine:
        return self._made()[1]

    @classmethod
    def open(cls, target: str | None = None, *, readonly: bool = False) -> Database:
        """Open (creating or upgrading as needed) the database; raises DatabaseError with one sentence.

        ``readonly`` opens for reading only. The file is not changed, with one exception: an older schema
        is upgraded (after a backup copy, see ``upgrade``) when the file is writable, and refused in a
        sentence when it is not. A file that no one can write is opened immutable, so that not even
        -wal/-shm files are made beside it (SQLite would give them the file's read-only mode, and they
        would block writing once the file is writable again).
        """
        url = postgresql_url(target)
        if url is not None:
            return cls._open_postgresql(url, readonly=readonly)
        path, is_default = resolve_target(target)
        timeout, timeout_warning = busy_timeout()
        exists = _check_path(path, create_parent=is_default and not readonly)
        if readonly and not exists:
            raise DatabaseError(f"There is no database at {path}; import articles first.")
        writable = exists and os.access(path, os.W_OK)
        if exists and not readonly and not writable:
            raise DatabaseError(f"The database {path} is read-only; make it writable or choose another file.")
        if not readonly:
            mode = "rw"
            _refuse_read_only_companions(path)
        else:
            unchangeable = (not writable and _unchangeable(path)) or _in_unchangeable_folder(path)
            mode = "immutable" if unchangeable else "ro"
        with _translated(path):
            upgrade, index_warning = _prepare(path, mode=mode, writable=writable, timeout=timeout)
        return cls(
            path,
            readonly=readonly,
            warnings=tuple(w for w in (timeout_warning, index_warning) if w),
            upgrade=upgrade,
            connect=functools.partial(_connect, path, mode=mode, timeout=timeout),
        )

    @classmethod
    def _open_postgresql(cls, url: URL, *, readonly: bool) -> Database:
        from quotetool.store import postgres

        timeout, timeout_warning = busy_timeout()
        name = postgres.display(url)
        engine = postgres.make_engine(url, timeout_ms=timeout)
        try:
            with _translated_postgresql(name, url):
                upgraded = postgres.prepare(engine, name, readonly=readonly)
        except BaseException:
            engine.dispose()
            raise
        upgrade = Upgrade(*upgraded, backup=None) if upgraded else None
        return cls(
            Path(url.database or "quotes"),
            engine,
            readonly=readonly,
            warnings=(timeout_warning,) if timeout_warning else (),
            upgrade=upgrade,
            server=url,
        )

    def _translated(self):
        if self.server is not None:
            return _translated_postgresql(self.name, self.server)
        return _translated(self.path)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; its snapshot is consistent for its whole life."""
        load_sqlalchemy()
        from sqlmodel import Session

        with self._translated(), Session(self._engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One short write transaction: BEGIN IMMEDIATE, commit on success, roll back on any error."""
        if self.readonly:
            raise DatabaseError(f"The database {self.path} was opened read-only.")
        load_sqlalchemy()
        from sqlmodel import Session

        with self._translated(), Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def raw(self) -> Iterator[Any]:
        """The driver's connection under a pooled connection, for plain SQL with ``?`` placeholders: the
        sqlite3 connection itself, or on PostgreSQL a postgres.RawConnection that takes the same calls."""
        if self._connect is not None:  # SQLite: a connection of its own, closed afterwards (as the engine's pool does)
            with self._translated():
                sqlite = self._connect()
                try:
                    yield sqlite
                finally:
                    sqlite.close()
            return
        from quotetool.store import postgres

        with self._translated(), self._engine.connect() as conn:
            driver = conn.connection.driver_connection
            if self.server is None:
                yield driver
                return
            with postgres.autocommit(driver):  # as SQLite's driver connection: each statement commits
                yield postgres.RawConnection(driver)

    @contextmanager
    def snapshot(self) -> Iterator[Snapshot]:
        """One read transaction for plain SQL that must see one state, such as a long export."""
        with self.raw() as conn:
            if self.server is not None:
                conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                try:
                    yield Snapshot(conn, postgresql=True)
                finally:
                    conn.end()
                return
            conn.execute("BEGIN")  # one snapshot, so a concurrent edit cannot tear an export
            try:
                yield Snapshot(conn, postgresql=False)
            except BaseException:
                _end_read(conn, quietly=True)  # the error that stopped the reading is the one to report
                raise
            _end_read(conn, quietly=False)

    def integrity_check(self) -> str:
        """SQLite's integrity check; on PostgreSQL the server keeps its own, and "ok" is returned."""
        if self.server is not None:
            return "ok"
        with self.raw() as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0]

    def close(self) -> None:
        if self._engines is not None:
            self._engines[2].dispose()


def cursor_of(session: Session) -> Any:
    """A cursor on the write session's own connection (inside its transaction), for plain SQL with ``?``
    placeholders: SQLite's own, or a postgres.Cursor that takes the same calls."""
    connection: Any = session.connection().connection.driver_connection
    if isinstance(connection, sqlite3.Connection):
        return connection.cursor()
    from quotetool.store import postgres

    return postgres.Cursor(connection.cursor())


class Snapshot:
    """Plain SQL (``?`` placeholders) in one read transaction: ``execute`` for a few rows, ``rows`` to stream
    many in batches (SQLite's cursor; a server-side cursor on PostgreSQL)."""

    def __init__(self, conn: Any, *, postgresql: bool) -> None:
        self._conn = conn
        self._postgresql = postgresql

    def execute(self, sql: str, args: Sequence[object] = ()) -> Any:
        return self._conn.execute(sql, args)

    def rows(self, sql: str, args: Sequence[object], *, batch: int = 1000) -> Iterator[list[tuple]]:
        if self._postgresql:
            yield from self._conn.stream(sql, args, batch)
            return
        cursor = self._conn.execute(sql, args)
        while rows := cursor.fetchmany(batch):
            yield rows


def _end_read(conn: sqlite3.Connection, *, quietly: bool) -> None:
    """End a read transaction. SQLite may already have ended it (it rolls back on an I/O error or a
    full disk), and nothing was written, so it is rolled back, and only when it is still open."""
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        if not quietly:
            raise


def _check_path(path: Path, *, create_parent: bool) -> bool:
    """Fail early, in a sentence, on paths SQLite would reject with 'unable to open database file'."""
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    parent = path.parent  # (Path("q.db").parent is Path("."))
    if not parent.is_dir():
        if create_parent:
            parent.mkdir(parents=True, exist_ok=True)
        else:
            raise DatabaseError(f"Cannot open the database {path}: the folder {parent} does not exist.")
    if not path.exists() or path.stat().st_size == 0:
        return False  # SQLite takes an empty file for a new database
    try:
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"Cannot read the database {path}: {exc.strerror or exc}.") from exc
    if header != _SQLITE_HEADER:
        raise DatabaseError(f"{path} is not a quotetool database (it is not an SQLite file at all).")
    return True


def _unchangeable(path: Path) -> bool:
    """True when no one can change the file while we read it, so SQLite may treat it as immutable.

    We cannot write it (the caller checked); no one else can either when the file has no write bit
    at all, when it is on a read-only mount, or when we are root, who writes whatever modes allow.
    A -wal file with content holds committed changes that an immutable reader would not see.
    """
    wal = _companion(path, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    if not path.stat().st_mode & 0o222:
        return True
    if hasattr(os, "statvfs") and os.statvfs(path).f_flag & os.ST_RDONLY:
        return True
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _in_unchangeable_folder(path: Path) -> bool:
    """True when the database (writable or not) lies in a folder that no one can write and SQLite has no
    -shm file there to read it with: it could not make one, and no one can change the database either,
    since every writer needs the same companion files beside it. So it is read as immutable."""
    folder = path.parent
    if os.access(folder, os.W_OK | os.X_OK) or _companion(path, "-shm").exists():
        return False
    wal = _companion(path, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False  # committed changes that an immutable reader would not see
    if not folder.stat().st_mode & 0o222:
        return True
    return hasattr(os, "statvfs") and bool(os.statvfs(folder).f_flag & os.ST_RDONLY)


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _refuse_read_only_companions(path: Path) -> None:
    """SQLite cannot write through a read-only -wal or -shm file: name that file, not just the database."""
    companions = (_companion(path, "-wal"), _companion(path, "-shm"))
    stuck = [c for c in companions if c.exists() and not os.access(c, os.W_OK)]
    if stuck:
        one = len(stuck) == 1
        raise DatabaseError(
            f"The database {path} cannot be written because {' and '.join(str(c) for c in stuck)} beside it "
            f"{'is' if one else 'are'} read-only; make {'it' if one else 'them'} writable too."
        )


def _prepare(path: Path, *, mode: str, writable: bool, timeout: int) -> tuple[Upgrade | None, str | None]:
    """Check the file's identity and version, and upgrade an older schema (after a backup copy); then create the
    indexes a killed import left out (deferred.repair). Returns the upgrade and a sentence for the user, if any.

    Mode "rw" also switches to WAL and creates the schema of a new file. A reading command upgrades
    too, when the file can be written: an old database should not be unreadable until something
    writes to it. The upgrade then runs on a connection of its own, and reading goes on read-only.
    """
    conn = _connect(path, mode=mode, timeout=timeout)
    try:
        version = _version(conn, path)
        if mode != "rw":
            if version == migrations.CURRENT_VERSION and not (writable and deferred.missing(conn)):
                return None, deferred.repair(conn, path, writable=False)
            if version == 0:
                raise DatabaseError(f"{path} holds no quotetool data yet; import articles first.")
            if not writable:
                raise DatabaseError(
                    f"{path} has an older schema (version {version}) and cannot be upgraded because it is "
                    "read-only; make it writable and run the command again."
                )
            _refuse_read_only_companions(path)
            conn.close()
            conn = _connect(path, mode="rw", timeout=timeout)
            version = _version(conn, path)
        upgrading = 0 < version < migrations.CURRENT_VERSION
        if upgrading:
            _refuse_read_only_folder(path, version)
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        backup = _backup_before_upgrade(conn, path, version) if upgrading else None
        found, to = migrations.upgrade(conn)
        warning = deferred.repair(conn, path, writable=True)
        return (Upgrade(found, to, backup) if 0 < found < to else None), warning
    finally:
        conn.close()


def _version(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of a quotetool database; refuses other programs' files and newer versions."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = migrations.user_tables(conn)
    if app_id != migrations.APPLICATION_ID and (tables or version):
        raise DatabaseError(f"{path} is an SQLite database of another program, not a quotetool database.")
    if version > migrations.CURRENT_VERSION:
        raise DatabaseError(
            f"{path} was written by a newer quotetool (schema version {version}; this one knows up to "
            f"{migrations.CURRENT_VERSION}). Upgrade quotetool to open it."
        )
    missing = [t for t in _FIRST_TABLES if t not in tables]
    if version and missing:  # marked as ours, with data, but its tables are gone: nothing is made or switched
        raise DatabaseError(
            f"{path} is marked as a quotetool database (schema version {version}) but lacks its tables "
            f"({', '.join(missing)}); it is damaged or was emptied by another program, and was left as it was."
        )
    return version


# Every schema version has the tables of the first one.
_FIRST_TABLES = ("document", "speaker", "speaker_alias", "quote", "decision")


def _refuse_read_only_folder(path: Path, version: int) -> None:
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseError(
            f"{path} has an older schema (version {version}) and cannot be upgraded because its folder "
            f"{folder} is read-only (the upgrade first keeps a copy of the file there)."
        )


def _backup_before_upgrade(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Years of annotations are worth a copy: keep the pre-upgrade file beside the database."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    conn.execute("VACUUM INTO ?", (str(backup),))
    return backup


_URI_PARAMETERS = {"rw": "", "ro": "?mode=ro", "immutable": "?mode=ro&immutable=1"}


def _connect(path: Path, *, mode: str, timeout: int) -> sqlite3.Connection:
    """Every connection, ours and the engine's: autocommit driver (we issue BEGIN), pragmas set.

    ``mode``: "rw" (read and write, creating the file), "ro" (read only), "immutable" (read only, no
    locks and no -wal/-shm files; only for a file that no one can change while we read it).
    """
    uri = "file:" + quote(str(path.absolute())) + _URI_PARAMETERS[mode]
    conn = sqlite3.connect(uri, uri=True, timeout=timeout / 1000, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {timeout}")
    conn.execute("PRAGMA foreign_keys = ON")
    # 64 MiB of page cache (SQLite's default is 2 MiB): an import keeps seven indexes of quote in step, and a
    # 1 GB database missed the cache at every insert (100,000 articles: the writer's CPU 180 s -> 164 s)
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA synchronous = FULL")  # an acknowledged decision survives even a power loss
    search.register(conn)  # qt_fold, which the search index's triggers and the queue's SQL call
    return conn


def _make_engine(connect: Callable[[], sqlite3.Connection]) -> Engine:
    from sqlalchemy import event
    from sqlalchemy.pool import NullPool
    from sqlmodel import create_engine

    # NullPool: a connection per session, closed afterwards; nothing holds the file between decisions.
    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        mode = conn.get_execution_options().get("quotetool_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextmanager
def _translated_postgresql(name: str, url: URL) -> Iterator[None]:
    """Turn the PostgreSQL driver's errors into one sentence naming the database."""
    from sqlalchemy.exc import DBAPIError

    from quotetool.store import postgres

    try:
        yield
    except DBAPIError as exc:
        raise postgres.sentence(name, url, exc.orig or exc) from exc
    except Exception as exc:
        if type(exc).__module__.split(".")[0] != "psycopg":  # (plain SQL through RawConnection)
            raise
        raise postgres.sentence(name, url, exc) from exc


@contextmanager
def _translated(path: Path) -> Iterator[None]:
    """Turn SQLite's errors into one sentence naming the file; a Ctrl-C that SQLite reported as an error of one
    of our SQL functions is a KeyboardInterrupt again."""
    try:
        yield
    except _dbapi_error() as exc:
        raise _sentence_or_interrupt(path, getattr(exc, "orig", None) or exc) from exc
    except sqlite3.Error as exc:
        raise _sentence_or_interrupt(path, exc) from exc


def _sentence_or_interrupt(path: Path, exc: BaseException) -> BaseException:
    if search.interrupted_in_function(exc):
        return KeyboardInterrupt()
    return _sentence(path, exc)


def _dbapi_error() -> tuple[type[BaseException], ...]:
    """SQLAlchemy's DBAPIError, once SQLAlchemy is loaded; nothing can raise it before."""
    loaded = sys.modules.get("sqlalchemy.exc")
    return (loaded.DBAPIError,) if loaded is not None else ()


def _display(url: URL) -> str:
    from quotetool.store import postgres

    return postgres.display(url)


def _sentence(path: Path, exc: BaseException) -> DatabaseError:
    msg = str(exc).lower()
    if "locked" in msg or "busy" in msg:
        return DatabaseLocked(
            f"The database {path} is locked by another program; nothing was changed. Try again when it has finished."
        )
    if "readonly" in msg or "read-only" in msg:
        return DatabaseError(f"The database {path} is read-only; nothing was changed.")
    if "not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        return DatabaseError(f"{path} is not a usable quotetool database ({exc}).")
    if "unable to open" in msg:
        return DatabaseError(f"Cannot open the database {path}: check that the folder exists and is writable.")
    if "disk is full" in msg:
        return DatabaseError(f"Cannot write the database {path}: {exc}. Nothing was changed.")
    if "disk i/o" in msg:  # (reading too: SQLite's temporary files, a file size limit, a failing disk)
        return DatabaseError(
            f"The database {path} could not be read or written: {exc} (a full disk, a file size limit or a "
            "failing device can cause this). Nothing was changed."
        )
    return DatabaseError(f"The database {path} reported an error: {exc}.")
