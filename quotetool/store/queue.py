"""Read queries for the review UI: the filtered queue of quotes, neighbours of a quote, progress counts.

Plain SQL on the driver's connection: the queue may hold 100,000 rows and the UI loads it in a
worker thread, so rows are fetched as tuples, not ORM objects. Nothing here writes. The SQL is the same on
SQLite and PostgreSQL (whose migration creates ``qt_fold`` and ``instr`` as SQL functions).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter

from quotetool.detect import fold
from quotetool.queue_order import DEFAULT_ORDER, UNRATED, QueueOrder
from quotetool.store import review_terms, search
from quotetool.store.database import Database

SNIPPET_CHARS = 160  # the queue shows one line per quote; more would only cost memory


class QueueRow(list):
    """One line of the queue: [id, document_id, start, end, status, kind, origin, speaker, snippet, notes,
    confidence].

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
    confidence = property(itemgetter(10))  # the detector's; None for a quote added by hand

    @property
    def key(self) -> tuple[int, int, int]:
        """The place in the document order: by document, then position in the text (queue_order.order_key
        gives it in any order)."""
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
       CASE WHEN q.flag IS NULL THEN 0 ELSE 1 END + CASE WHEN q.comment IS NULL THEN 0 ELSE 2 END, q.confidence
FROM quote q LEFT JOIN speaker s ON s.id = q.speaker_id
WHERE q.status != 'deleted' {where}
ORDER BY {order}
"""
# The sort columns of each order on the quote table (``{a}``: its alias and a dot), as queue_order.order_key
# sorts in Python (a quote without a confidence sorts as UNRATED). With ``neighbour``'s row-value
# comparison they page through the queue in either order.
_ORDER_COLUMNS: dict[QueueOrder, tuple[str, ...]] = {
    "document": ("{a}document_id", "{a}start", "{a}id"),
    "uncertain": (f"coalesce({{a}}confidence, {UNRATED})", "{a}document_id", "{a}start", "{a}id"),
}


def _order_columns(order: QueueOrder, alias: str = "", suffix: str = "") -> str:
    """The sort columns of ``order``, comma-separated, each followed by ``suffix`` (" DESC")."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(column.format(a=prefix) + suffix for column in _ORDER_COLUMNS[order])


_IN_TEXT = (
    f"(instr(qt_fold(q.text), ?) > 0 OR instr(qt_fold(q.speaker_mention), ?) > 0 OR {review_terms.COMMENT_TEXT_SQL})"
)
_SPEAKERS_NAMED = "SELECT id FROM speaker WHERE instr(qt_fold(name), ?) > 0"


def _text_condition(conn, text: str) -> tuple[str, list[object]]:
    """Free words: the folded words as one piece in the quote's text, mention or comment, or in the speaker's
    name. Where the search index (store/search.py) can answer, only the quotes it finds and those of the speakers
    so named (read first: a few ids, which the planner can count on) are checked; else every quote is."""
    folded = fold(text)
    index = search.candidates(conn, text)
    if index is None:
        return f"({_IN_TEXT} OR q.speaker_id IN ({_SPEAKERS_NAMED}))", [folded] * 4
    found, found_args = index
    speakers = ",".join(str(int(r[0])) for r in conn.execute(_SPEAKERS_NAMED, (folded,)))
    if not speakers:
        return f"(q.id IN ({found}) AND {_IN_TEXT})", [*found_args, *[folded] * 3]
    narrowed = f"q.id IN ({found} UNION SELECT id FROM quote WHERE speaker_id IN ({speakers}))"
    return f"({narrowed} AND ({_IN_TEXT} OR q.speaker_id IN ({speakers})))", [*found_args, *[folded] * 3]


def _where(conn, flt: QueueFilter) -> tuple[str, list[object]]:
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
        where.append(  # (from the speakers to their quotes: a scan of quote would fold every row's name)
            "q.speaker_id IN (SELECT id FROM speaker WHERE instr(qt_fold(name), ?) > 0 "
            "UNION SELECT speaker_id FROM speaker_alias WHERE instr(qt_fold(alias), ?) > 0)"
        )
        args.extend([fold(flt.speaker)] * 2)
    if flt.text:
        text_sql, text_args = _text_condition(conn, flt.text)
        where.append(text_sql)
        args.extend(text_args)
    terms, term_args = review_terms.conditions(reviewed=flt.reviewed, flag=flt.flag, comment=flt.comment)
    where.extend(terms)
    args.extend(term_args)
    return "".join(f" AND {w}" for w in where), args


def load_queue(
    db: Database,
    flt: QueueFilter | None = None,
    order: QueueOrder = DEFAULT_ORDER,
    *,
    share_strings: bool = False,
    between_batches: Callable[[], object] | None = None,
) -> list[QueueRow]:
    """Every live quote that passes ``flt``, in ``order`` (queue_order.order_key).

    ``share_strings``: rows with the same status, kind, origin or speaker share one string object for it, made
    as the rows are read, in batches (the driver makes a new string for every row: 230 of a row's 540 bytes,
    460 MB of 2,000,000 rows). ``between_batches`` (with ``share_strings``) is called after each batch: a
    worker that reads a big queue lets the screen's thread run there.
    """
    with db.raw() as conn:
        where, args = _where(conn, flt or QueueFilter())
        sql = _ROW_SQL.format(where=where, order=_order_columns(order, "q"))
        if not share_strings:
            return list(map(QueueRow, conn.execute(sql, args)))
        cursor = conn.execute(sql, args)
        rows: list[QueueRow] = []
        shared: dict[object, object] = {}
        share = shared.setdefault  # (all in C, in batches short enough to let the screen's thread in between)
        while batch := cursor.fetchmany(2_000):
            columns: list[Iterable[object]] = list(zip(*batch, strict=True))
            for k in (4, 5, 6, 7):  # status, kind, origin, speaker (None stays None)
                columns[k] = map(share, columns[k], columns[k])
            rows.extend(map(QueueRow, zip(*columns, strict=True)))
            if between_batches is not None:
                between_batches()
        return rows


@contextmanager
def kept_open(db: Database) -> Iterator[None]:
    """One idle connection to an SQLite file held while a review screen is open.

    Every store call opens a connection and closes it afterwards (NullPool). When the closed connection is the
    last one to the file, SQLite checkpoints the write-ahead log into the database and deletes it: after every
    decision, with its fsyncs (on a 1.2 GB database a decision's store call took 37 ms instead of 14, and
    each read after it opened the log again). An idle connection that has read once keeps the log; it holds
    no lock that stops a writer or a checkpoint by another connection. Nothing to do on PostgreSQL.
    """
    if db.dialect != "sqlite" or db.readonly:
        yield
        return
    with db.raw() as conn:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # (a read opens the log's index)
        yield


def matches(db: Database, flt: QueueFilter, quote_id: int) -> bool:
    """Whether the live quote ``quote_id`` passes ``flt`` (for a quote that joins a filtered queue)."""
    with db.raw() as conn:
        where, args = _where(conn, flt)
        found = conn.execute(_ROW_SQL.format(where=where + " AND q.id = ?", order="q.id"), [*args, quote_id]).fetchone()
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
            quote.confidence,
        )
    )


def first_quote(db: Database, *, undecided: bool = True, order: QueueOrder = DEFAULT_ORDER) -> int | None:
    """The id of the first (undecided) quote in ``order``, for a fast first screen."""
    status = "= 'proposed'" if undecided else "!= 'deleted'"
    with db.raw() as conn:
        row = conn.execute(
            f"SELECT id FROM quote WHERE status {status} ORDER BY {_order_columns(order)} LIMIT 1"
        ).fetchone()
    return row[0] if row else None


def neighbour(
    db: Database,
    key: Sequence[float],
    *,
    forward: bool = True,
    undecided: bool = False,
    order: QueueOrder = DEFAULT_ORDER,
) -> int | None:
    """The quote after (or before) the queue position ``key`` (queue_order.order_key in ``order``), without
    wrapping."""
    op, direction = (">", "") if forward else ("<", " DESC")
    status = "= 'proposed'" if undecided else "!= 'deleted'"
    columns = _ORDER_COLUMNS[order]
    if len(key) != len(columns):
        raise ValueError(f"a place in the {order} order has {len(columns)} parts, not {len(key)}")
    # The bound on the first column alone says nothing new, but lets SQLite seek in an index of the order
    # (it does not seek by a row value over an expression: 100,000 quotes were scanned at every step).
    sql = (
        f"SELECT id FROM quote WHERE status {status} AND {columns[0].format(a='')} {op}= ? "
        f"AND ({_order_columns(order)}) {op} ({', '.join('?' * len(key))}) "
        f"ORDER BY {_order_columns(order, suffix=direction)} LIMIT 1"
    )
    with db.raw() as conn:
        row = conn.execute(sql, (key[0], *key)).fetchone()
    return row[0] if row else None


def progress(db: Database, document_id: int | None = None) -> Progress:
    """Decided (accepted or rejected) and live quotes, overall or in one document."""
    sql = (
        "SELECT coalesce(sum(CASE WHEN status IN ('accepted', 'rejected') THEN 1 ELSE 0 END), 0), count(*) "
        "FROM quote WHERE status != 'deleted'"
    )
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


def adjacent_document(db: Database, document_id: int, *, forward: bool = True) -> int | None:
    """The id of the article after (or before) ``document_id`` by id, without reading every id."""
    op, direction = (">", "") if forward else ("<", " DESC")
    with db.raw() as conn:
        row = conn.execute(
            f"SELECT id FROM document WHERE id {op} ? ORDER BY id{direction} LIMIT 1", (document_id,)
        ).fetchone()
    return row[0] if row else None


def document_ids(db: Database) -> list[int]:
    with db.raw() as conn:
        return [r[0] for r in conn.execute("SELECT id FROM document ORDER BY id")]
