"""Free-text search of the queue through a full-text index: SQLite FTS5, PostgreSQL's tsvector with GIN.

What the index holds: per quote one folded body (``qt_fold`` of the quote's text, the speaker's mention and the
comment, lines apart), in words. On SQLite the FTS5 table ``quote_search`` (contentless, rowid = quote.id, kept
in sync by triggers, migration step 7); on PostgreSQL the GIN expression index ``ix_quote_search`` on
``to_tsvector('simple', BODY)``, which PostgreSQL keeps in sync itself.

How a search uses it: every word typed is looked up as a word prefix (``klima`` finds Klimaschutz), all words
must occur (AND), and the rows found are then checked with the queue's own condition (the folded words as one
piece in the text, the mention or the comment, as the queue matched before the index). So results are what the
scan found, except a piece found only inside a word (``schutz`` in Klimaschutz), which the index cannot see. A
speaker's name is matched as before (any part of it), through the small speaker table and ix_quote_speaker.

Where there is no index (SQLite built without FTS5, a file made by such a build, or a search with no word in
it) the queue scans as before, with the same results.

The configuration is ``simple``, not ``german``: German stemming and stop words would make results differ from
SQLite's (FTS5 has no German stemmer), drop words such as "nicht" from a search, and join unlike words by a
common stem; prefix matching already covers endings (Klimaschutz, Klimaschutzes).
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import regex

from quotetool.detect import fold

FTS_TABLE = "quote_search"
# The folded body of a quote (new.* or old.* in SQLite's triggers, q.* in a query): one call of qt_fold.
BODY = "qt_fold({p}.text || char(10) || coalesce({p}.speaker_mention, '') || char(10) || coalesce({p}.comment, ''))"
PG_BODY = (
    "to_tsvector('simple'::regconfig, qt_fold({p}.text || E'\\n' || coalesce({p}.speaker_mention, '') "
    "|| E'\\n' || coalesce({p}.comment, '')))"
)
_WORD = regex.compile(r"[\p{L}\p{N}\p{Co}]+")  # what FTS5's unicode61 and PostgreSQL's parser take as words
_COMBINING_BELOW = 0x20000  # every code point with a combining class lies below (tests check it)


@cache
def _dropped() -> dict[int, None]:
    return {cp: None for cp in range(_COMBINING_BELOW) if unicodedata.combining(chr(cp))}


def fold_sql(value: str | float | None) -> str:
    """``qt_fold`` for SQLite: quotetool.detect.fold (same result, tests compare), faster for the triggers that
    fold every stored quote's text. None (an SQL NULL) folds to ''."""
    if value is None:
        return ""
    if not isinstance(value, str):  # (a number: SQLite's columns take any type)
        value = str(value)
    if value.isascii():
        return value.lower()  # (NFKD leaves ASCII as it is; casefold is lower there)
    return unicodedata.normalize("NFKD", value).translate(_dropped()).casefold().replace("ß", "ss")


class _Bulk(threading.local):
    depth = 0  # > 0 while this thread stores a batch whose quotes are indexed at its end (bulk_insert)


_BULK = _Bulk()


def _index_each_row() -> int:
    """``qt_index_rows()``, the insert trigger's condition: 0 while this thread stores a batch (bulk_insert)."""
    return 0 if _BULK.depth else 1


def register(conn: Any) -> None:
    """Give an sqlite3 connection ``qt_fold`` (German case and accent folding, which SQLite's ASCII-only LIKE
    cannot do), which the queue's SQL and the search index's triggers call, and ``qt_index_rows``, the insert
    trigger's condition. PostgreSQL has its fold in the schema."""
    if isinstance(conn, sqlite3.Connection):
        _watch_interrupts()
        conn.create_function("qt_fold", 1, fold_sql, deterministic=True)
        conn.create_function("qt_index_rows", 0, _index_each_row)


# Ctrl-C inside a function that SQLite calls back (qt_fold runs for every quote an import indexes) raises the
# KeyboardInterrupt in that function, and the sqlite3 module turns it into "user-defined function raised
# exception": an import stopped by Ctrl-C would end as a database error (exit 1, a misleading sentence) instead
# of as an interruption. The module hands such exceptions to sys.unraisablehook when callback tracebacks are on;
# the hook below notes a KeyboardInterrupt there, and interrupted_in_function() lets the store raise it again.
_CALLBACKS = (fold_sql, _index_each_row)
_INTERRUPTED = threading.Event()
_WATCHING: list[bool] = []


def _watch_interrupts() -> None:
    if _WATCHING:
        return
    _WATCHING.append(True)
    sqlite3.enable_callback_tracebacks(True)
    previous = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
            _INTERRUPTED.set()
        elif unraisable.object not in _CALLBACKS:  # (ours end in the store's one-sentence error instead)
            previous(unraisable)

    sys.unraisablehook = hook


def interrupted_in_function(exc: BaseException) -> bool:
    """Whether the SQLite error ``exc`` is a Ctrl-C that arrived inside one of our SQL functions (noted once:
    asking clears it)."""
    if "user-defined function raised exception" not in str(exc) or not _INTERRUPTED.is_set():
        return False
    _INTERRUPTED.clear()
    return True


@contextmanager
def bulk_insert(cursor: Any) -> Iterator[None]:
    """Quotes inserted inside go into the search index together at the end, in one statement, instead of one
    by one from the insert trigger (in the same transaction: 13 µs a quote instead of 65; the import's writer
    stores millions). Only this thread's inserts wait; on PostgreSQL, or without the index, it does nothing."""
    conn = getattr(cursor, "connection", None)
    if (
        not isinstance(conn, sqlite3.Connection)
        or not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'quote_search_insert'").fetchone()
    ):
        yield
        return
    before = conn.execute("SELECT coalesce(max(id), 0) FROM quote").fetchone()[0]
    _BULK.depth += 1
    try:
        yield
    finally:
        _BULK.depth -= 1
    conn.execute(
        f"INSERT INTO {FTS_TABLE} (rowid, body) SELECT id, {BODY.format(p='quote')} FROM quote WHERE id > ?", (before,)
    )


def words(text: str) -> list[str]:
    """The folded words of a search, in order, each once."""
    return list(dict.fromkeys(_WORD.findall(fold(text))))


def fts5_available(conn: sqlite3.Connection) -> bool:
    """Whether this SQLite has FTS5 compiled in (or loaded)."""
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.quotetool_fts5_probe USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    conn.execute("DROP TABLE temp.quotetool_fts5_probe")
    return True


def has_index(conn: Any) -> bool:
    """Whether the database has the search index and this SQLite can read it (always True on PostgreSQL,
    whose query is correct with or without the index)."""
    if not isinstance(conn, sqlite3.Connection):
        return True
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)).fetchone()
    return found is not None and _fts5_here(conn)


_FTS5: list[bool] = []  # whether this process's SQLite has FTS5, once known


def _fts5_here(conn: sqlite3.Connection) -> bool:
    if not _FTS5:
        _FTS5.append(fts5_available(conn))
    return _FTS5[0]


def candidates(conn: Any, text: str) -> tuple[str, list[object]] | None:
    """A query of quote ids that the index answers: every quote whose text, mention or comment holds each word
    of ``text`` as the start of a word (and maybe others); None when the index cannot help (no index, no word)."""
    found = words(text)
    if not found or not has_index(conn):
        return None
    if isinstance(conn, sqlite3.Connection):
        match = " AND ".join(f'"{w}"*' for w in found)  # (words hold letters and digits only: no quoting issue)
        return f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", [match]
    query = " & ".join(f"'{w}':*" for w in found)
    return f"SELECT id FROM quote WHERE {PG_BODY.format(p='quote')} @@ to_tsquery('simple'::regconfig, ?)", [query]
