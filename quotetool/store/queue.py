"""Read queries for the review UI: the filtered queue of quotes, neighbours of a quote, progress counts.

Plain SQL on the driver's connection: the queue may hold 100,000 rows and the UI loads it in a
worker thread, so rows are fetched as tuples, not ORM objects. Nothing here writes. The SQL is the same on
SQLite and PostgreSQL (whose migration creates ``qt_fold`` and ``instr`` as SQL functions).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from quotetool.detect import fold
from quotetool.store import review_terms
from quotetool.store.database import Database

SNIPPET_CHARS = 160  # the queue shows one line per quote; more would only cost memory


class QueueRow(list):
    """One line of the queue: [id, document_id, start, end, status, kind, origin, speaker, snippet, notes].

    A list (built straight from the SQLite tuple, which is what makes 100,000 rows load fast) that
    a decision updates in place. ``snippet`` is None until the row is first shown: the queue
    fetches the snippets of the visible rows only.
    """

    __slots__ = ()

    id = property(itemgetter(0))
    document_id = property(itemgetter(1))
    start = property(itemgetter(2))
    end = property(itemgetter(3))
    status = property(itemgetter(4))
    kind = property(itemgetter(5))
    origin = property(itemgetter(6))
    speaker = property(itemgetter(7))
    snippet = property(itemgetter(8))
    notes = property(itemgetter(9))  # NOTE_FLAG | NOTE_COMMENT: what the queue marks

    @property
    def key(self) -> tuple[int, int, int]:
        """The queue's order: by document, then position in the text."""
        return (self[1], self[2], self[0])

    def __repr__(self) -> str:
        return f"QueueRow({self[0]}, doc={self[1]}, {self[2]}-{self[3]}, {self[4]})"


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the queue shows; empty fields do not filter. Text and speaker match case-insensitively."""

    statuses: tuple[str, ...] = ()
    kind: str | None = None
    document_id: int | None = None
    speaker: str | None = None  # part of the canonical name or of an alias
    text: str | None = None  # part of the quote, the speaker's name, the mention or the comment
    reviewed: bool | None = None  # the article is (not) marked reviewed (review_terms)
    flag: str | None = None  # a models.Flag, "any" or "none"
    comment: str | None = None  # words in the comment, "*" for any comment

    @property
    def active(self) -> bool:
        return bool(
            self.statuses
            or self.kind
            or self.document_id is not None
            or self.speaker
            or self.text
            or self.reviewed is not None
            or self.flag
            or self.comment
        )


@dataclass(frozen=True, slots=True)
class Progress:
    decided: int
    total: int


NOTE_FLAG, NOTE_COMMENT = 1, 2
_ROW_SQL = """
SELECT q.id, q.document_id, q.start, q."end", q.status, q.kind, q.origin, s.name, NULL,
       CASE WHEN q.flag IS NULL THEN 0 ELSE 1 END + CASE WHEN q.comment IS NULL THEN 0 ELSE 2 END
FROM quote q LEFT JOIN speaker s ON s.id = q.speaker_id
WHERE q.status != 'deleted' {where}
ORDER BY q.document_id, q.start, q.id
"""


def _fold_sql(value: str | None) -> str:
    return fold(value) if value else ""


def _connect_functions(conn) -> None:
    # German case folding (Ä/ä, ß/ss) that SQLite's ASCII-only LIKE cannot do (PostgreSQL's is in the schema).
    if isinstance(conn, sqlite3.Connection):
        conn.create_function("qt_fold", 1, _fold_sql, deterministic=True)


def _where(flt: QueueFilter) -> tuple[str, list[object]]:
    """The SQL conditions of a filter (after the live-quote condition) and their arguments."""
    where: list[str] = []
    args: list[object] = []
    if flt.statuses:
        where.append(f"q.status IN ({','.join('?' * len(flt.statuses))})")
        args.extend(flt.statuses)
    if flt.kind:
        where.append("q.kind = ?")
        args.append(flt.kind)
    if flt.document_id is not None:
        where.append("q.document_id = ?")
        args.append(flt.document_id)
    if flt.speaker:
        where.append(
            "(instr(qt_fold(s.name), ?) > 0 OR EXISTS (SELECT 1 FROM speaker_alias a "
            "WHERE a.speaker_id = q.speaker_id AND instr(qt_fold(a.alias), ?) > 0))"
        )
        args.extend([fold(flt.speaker)] * 2)
    if flt.text:
        where.append(
            "(instr(qt_fold(q.text), ?) > 0 OR instr(qt_fold(s.name), ?) > 0 "
            f"OR instr(qt_fold(q.speaker_mention), ?) > 0 OR {review_terms.COMMENT_TEXT_SQL})"
        )
        args.extend([fold(flt.text)] * 4)
    terms, term_args = review_terms.conditions(reviewed=flt.reviewed, flag=flt.flag, comment=flt.comment)
    where.extend(terms)
    args.extend(term_args)
    return "".join(f" AND {w}" for w in where), args


def load_queue(db: Database, flt: QueueFilter | None = None) -> list[QueueRow]:
    """Every live quote that passes ``flt``, in queue order (document, then start)."""
    where, args = _where(flt or QueueFilter())
    with db.raw() as conn:
        _connect_functions(conn)
        return list(map(QueueRow, conn.execute(_ROW_SQL.format(where=where), args)))


def matches(db: Database, flt: QueueFilter, quote_id: int) -> bool:
    """Whether the live quote ``quote_id`` passes ``flt`` (for a quote that joins a filtered queue)."""
    where, args = _where(flt)
    with db.raw() as conn:
        _connect_functions(conn)
        found = conn.execute(_ROW_SQL.format(where=where + " AND q.id = ?"), [*args, quote_id]).fetchone()
    return found is not None


def document_revision(db: Database, document_id: int) -> int | None:
    """The article's change counter (bumped whenever its proposals are replaced); None if it is gone."""
    with db.raw() as conn:
        row = conn.execute("SELECT revision FROM document WHERE id = ?", (document_id,)).fetchone()
    return row[0] if row else None


def snippets(db: Database, ids: Sequence[int]) -> dict[int, str]:
    """The beginning of each quote's text, for the rows the queue is about to show."""
    if not ids:
        return {}
    out: dict[int, str] = {}
    with db.raw() as conn:
        for i in range(0, len(ids), 500):  # SQLite limits the number of parameters
            chunk = list(ids[i : i + 500])
            sql = f"SELECT id, substr(text, 1, {SNIPPET_CHARS}) FROM quote WHERE id IN ({','.join('?' * len(chunk))})"
            out.update(conn.execute(sql, chunk).fetchall())
    return out


def row_of(quote) -> QueueRow:
    """The queue row of a QuoteView the store just returned (saves a query after each decision)."""
    return QueueRow(
        (
            quote.id,
            quote.document_id,
            quote.start,
            quote.end,
            quote.status,
            quote.kind,
            quote.origin,
            quote.speaker,
            quote.text[:SNIPPET_CHARS],
            (quote.flag is not None) + NOTE_COMMENT * (quote.comment is not None),
        )
    )


def first_quote(db: Database, *, undecided: bool = True) -> int | None:
    """The id of the first (undecided) quote in queue order, for a fast first screen."""
    status = "= 'proposed'" if undecided else "!= 'deleted'"
    with db.raw() as conn:
        row = conn.execute(
            f"SELECT id FROM quote WHERE status {status} ORDER BY document_id, start, id LIMIT 1"
        ).fetchone()
    return row[0] if row else None


def neighbour(db: Database, key: Sequence[int], *, forward: bool = True, undecided: bool = False) -> int | None:
    """The quote after (or before) the queue position ``key`` = (document_id, start, id), without wrapping."""
    op, order = (">", "ASC") if forward else ("<", "DESC")
    status = "= 'proposed'" if undecided else "!= 'deleted'"
    sql = (
        f"SELECT id FROM quote WHERE status {status} AND (document_id, start, id) {op} (?, ?, ?) "
        f"ORDER BY document_id {order}, start {order}, id {order} LIMIT 1"
    )
    with db.raw() as conn:
        row = conn.execute(sql, tuple(key)).fetchone()
    return row[0] if row else None


def progress(db: Database, document_id: int | None = None) -> Progress:
    """Decided (accepted or rejected) and live quotes, overall or in one document."""
    sql = ("SELECT coalesce(sum(CASE WHEN status IN ('accepted', 'rejected') THEN 1 ELSE 0 END), 0), count(*) "
           "FROM quote WHERE status != 'deleted'")
    args: tuple = ()
    if document_id is not None:
        sql += " AND document_id = ?"
        args = (document_id,)
    with db.raw() as conn:
        decided, total = conn.execute(sql, args).fetchone()
    return Progress(decided, total)


def reviewed_articles(db: Database) -> Progress:
    """Articles marked reviewed, of all articles (``Progress(reviewed, articles)``), for the progress bar."""
    with db.raw() as conn:
        reviewed, total = conn.execute("SELECT count(reviewed_at), count(*) FROM document").fetchone()
    return Progress(reviewed, total)


def document_position(db: Database, document_id: int) -> tuple[int, int]:
    """(1-based position of the document by id, number of documents), for 'article 3 of 5,000'."""
    with db.raw() as conn:
        before = conn.execute("SELECT count(*) FROM document WHERE id <= ?", (document_id,)).fetchone()[0]
        total = conn.execute("SELECT count(*) FROM document").fetchone()[0]
    return before, total


def document_ids(db: Database) -> list[int]:
    with db.raw() as conn:
        return [r[0] for r in conn.execute("SELECT id FROM document ORDER BY id")]
