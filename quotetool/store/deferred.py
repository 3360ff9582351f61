"""A large import into a small database builds four of the quote table's indexes once, at its end, instead of
keeping them in step with every insert: sorting the rows once costs far less than 1.7 million inserts at random
places of four b-trees, and their pages written again to the WAL at every batch (100,000 articles, 1.67 million
proposals, the writer alone on a shared machine: 131 s of CPU, 42 of them in the kernel, before; 77 s, 9 in the
kernel, with these indexes deferred and built at the end). The indexes deferred (``DEFERRED``) are those only
the review UI and ``stats`` read; the import's own lookups (an article's quotes, documents by content hash) and
the search index stay.

How it stays safe:

- An importer drops the indexes only while it holds an exclusive lock (``flock``) on a file beside the database
  (``ImportLock``: ``<db>-import.lock``), which the system releases when the process ends, however it ends. It
  creates them again at its end (also after Ctrl-C), then lets the lock go and removes the file.
- Whoever opens the database and finds one of them missing (``repair``) tries that lock. Got it: the importer that
  dropped them is gone (killed, a power loss), so the indexes are created now, before anything reads. Not got it: an
  import is under way and will build them when it ends; the opener is told so in a sentence (the queue is slower
  until then, its results the same).
- Creating an index changes no row: a database without them holds every article and quote it held with them.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

try:
    import fcntl
except ImportError:  # (not on Windows: there an import keeps its indexes in step)
    fcntl = None  # type: ignore[assignment]

# The indexes an import may defer, as migration step 7 made them (tests compare): the queue's order and progress,
# the queue ordered by confidence, and what `stats` counts.
DEFERRED = {
    "ix_quote_speaker": "CREATE INDEX IF NOT EXISTS ix_quote_speaker ON quote (speaker_id)",
    "ix_quote_status_order": "CREATE INDEX IF NOT EXISTS ix_quote_status_order ON quote "
    "(status, document_id, start, id)",
    "ix_quote_status_kind": "CREATE INDEX IF NOT EXISTS ix_quote_status_kind ON quote (status, kind, speaker_id)",
    "ix_quote_status_confidence": "CREATE INDEX IF NOT EXISTS ix_quote_status_confidence ON quote "
    "(status, (coalesce(confidence, 2.0)), document_id, start, id)",
}
FROM_VERSION = 7  # the schema versions (from this one on) whose quote table has them


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + "-import.lock")


class ImportLock:
    """The lock an importer holds while it has indexes dropped; None of it where the system has no flock."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path(database)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock if no one holds it; False when someone does (or no lock file can be made)."""
        if fcntl is None or self._fd is not None:
            return self._fd is not None
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError:
                return False
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return False
            try:
                mine = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                mine = False
            if mine:
                self._fd = fd
                return True
            os.close(fd)  # its holder removed the file between our open and our lock: lock the file there now

    def release(self) -> None:
        """Remove the file, then let the lock go (one who opened the old file sees it gone, and takes a new one)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        os.close(self._fd)
        self._fd = None


def missing(conn: sqlite3.Connection) -> list[str]:
    """The deferrable indexes the database lacks (none below schema version 7, which has none of them)."""
    if conn.execute("PRAGMA user_version").fetchone()[0] < FROM_VERSION:
        return []
    marks = ", ".join("?" * len(DEFERRED))
    found = {r[0] for r in conn.execute(f"SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ({marks})",
                                        list(DEFERRED))}  # fmt: skip
    return [name for name in DEFERRED if name not in found]


def drop(conn: sqlite3.Connection) -> None:
    """Drop the deferrable indexes, in one write transaction (the caller holds the ImportLock)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name in DEFERRED:
            conn.execute(f"DROP INDEX IF EXISTS {name}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def build(conn: sqlite3.Connection) -> None:
    """Create the missing deferrable indexes, each in a write transaction of its own (an editor's decision gets in
    between two), sorting with a helper thread per further core."""
    threads = min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 8)
    conn.execute(f"PRAGMA threads = {threads - 1}")
    try:
        for name in missing(conn):
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute(DEFERRED[name])
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    finally:
        conn.execute("PRAGMA threads = 0")


def repair(conn: sqlite3.Connection, database: Path, *, writable: bool) -> str | None:
    """At opening: create the indexes a killed import left out; a sentence when they are missing and stay so."""
    if not missing(conn):
        return None
    lock = ImportLock(database)
    if writable and lock.acquire():
        try:
            build(conn)
        finally:
            lock.release()
        return None
    if writable and lock_path(database).exists():
        return (
            f"An import into {database} is under way and builds some of its indexes when it ends; until then the "
            "queue and statistics take longer (with the same results)."
        )
    return (
        f"{database} lacks some of its indexes (an import was stopped before it built them); the queue and "
        "statistics take longer until the database is opened once for writing."
    )
