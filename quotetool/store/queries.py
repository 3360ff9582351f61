"""Read-only queries: statistics, a document and its quotes, and the streamed export rows.

A document and its quotes are read in plain SQL (no ORM): they are what the review UI's first screen shows,
and its start loads no SQLAlchemy (tests/test_startup.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any

from quotetool.store.context import Sentences
from quotetool.store.database import Database
from quotetool.store.enums import Status
from quotetool.store.views import Corrections, DocumentView, QuoteView, Stats

EXPORT_COLUMNS = (
    "quote_id",
    "document_id",
    "document_title",
    "source_url",
    "quote",
    "kind",
    "speaker",
    "speaker_mention",
    "cue",
    "start",
    "end",
    "annotator",
    "verified_at",
    "status",
    "origin",
    "rule",
    "confidence",
    "context",
    "parts",
    "corrected",
    "detector_speaker",
    "detector_start",
    "detector_end",
    "detector_kind",
    "outlet",
    "published",
    "reviewed",
    "comment",
    "flag",
    "speaker_id",
    "speaker_aliases",
    "speaker_external_id",
    "statement_id",
    "statement_size",
)
PART_SEPARATOR = " […] "  # between the parts of a split quote, in `quote` and in a CSV's `parts`

# True when the editor changed the detector's span, speaker or kind ({ne}: NULL-safe, per dialect).
_CORRECTED = (
    '(q.start {ne} q.detector_start OR q."end" {ne} q.detector_end OR q.kind {ne} q.detector_kind '
    "OR s.name {ne} q.detector_speaker)"
)
_NULL_SAFE_NE = {"sqlite": "IS NOT", "postgresql": "IS DISTINCT FROM"}  # (SQLite knows the latter only from 3.39)


def _corrected(db: Database) -> str:
    return _CORRECTED.format(ne=_NULL_SAFE_NE[db.dialect])


_EXPORT_SQL = """
SELECT q.id, q.document_id, q.text, q.kind, q.speaker_id, q.speaker_mention, q.cue, q.start, q."end", q.annotator,
       CASE WHEN q.status = 'proposed' THEN NULL ELSE q.decided_at END, q.status, q.origin, q.rule, q.confidence,
       q.parts, q.detector_speaker, q.detector_start, q.detector_end, q.detector_kind, q.comment, q.flag
FROM quote q{join}
WHERE {plus}q.status IN ({marks}){reviewed}
ORDER BY q.document_id, q.start, q.id
"""
# verified_at: only a quote someone accepted or rejected was verified; an edited proposal keeps its annotator.
# "+q.status": read in the order of ix_quote_document (document_id, start, rowid), so rows stream as they are
# found; through ix_quote_status SQLite would sort every row in a temporary file first. (PostgreSQL has no
# unary plus on text, and its planner needs no such hint.) The article's columns are read once per article
# and the speakers' once per export (_Article), not joined to every row: a third of the query's time.
_EXPORT_COUNT_SQL = "SELECT count(*) FROM quote q{join} WHERE q.status IN ({marks}){reviewed}"
_REVIEWED_JOIN = " JOIN document d ON d.id = q.document_id"
_REVIEWED = " AND d.reviewed_at IS NOT NULL"
_ARTICLE_SQL = "SELECT text, title, source_url, outlet, published, reviewed_at IS NOT NULL FROM document WHERE id = ?"

# Both groupings of stats from one read: per (rule, annotator), summed per rule and per annotator in Python.
_CORRECTIONS_BOTH_SQL = """
SELECT coalesce(q.rule, '(none)'), coalesce(q.annotator, '(none)'),
       coalesce(sum(CASE WHEN q.status = 'accepted' AND NOT {corrected} THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN q.status = 'accepted' AND {corrected} THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN q.status = 'rejected' THEN 1 ELSE 0 END), 0)
FROM quote q LEFT JOIN speaker s ON s.id = q.speaker_id
WHERE q.origin = 'detector' AND q.status IN ('accepted', 'rejected')
GROUP BY 1, 2
"""


def stats(db: Database, *, top: int = 10) -> Stats:
    from sqlmodel import col, func, select

    from quotetool.store.models import Document, Quote, Speaker

    with db.read() as session:
        documents = session.exec(select(func.count()).select_from(Document)).one()
        # quotes by status and kind in one read of ix_quote_status_kind, in its order (no sort of 2,000,000 rows)
        by_status: dict[str, int] = {}
        by_kind: dict[str, int] = {}
        for status, kind, count in session.exec(
            select(Quote.status, Quote.kind, func.count()).group_by(Quote.status, Quote.kind)
        ).all():
            by_status[status] = by_status.get(status, 0) + count
            if status != Status.DELETED:
                by_kind[kind] = by_kind.get(kind, 0) + count
        n = func.count().label("n")
        speakers = session.exec(
            select(Speaker.name, n)
            .join(Quote, col(Quote.speaker_id) == col(Speaker.id))
            .where(Quote.status == Status.ACCEPTED)
            .group_by(col(Speaker.id))
            .order_by(n.desc(), Speaker.name)
            .limit(top)
        ).all()
    by_status.pop(Status.DELETED.value, None)
    by_rule, by_annotator = _corrections_by_rule_and_annotator(db)
    return Stats(
        documents=documents,
        quotes_by_status=by_status,
        quotes_by_kind=by_kind,
        top_speakers=[(name, count) for name, count in speakers],
        by_rule=by_rule,
        by_annotator=by_annotator,
    )


def corrections(db: Database, by: str) -> list[Corrections]:
    """Decided detector proposals per rule (``by="rule"``) or per annotator (who made the last decision):
    accepted unchanged, accepted after a correction of span, speaker or kind, and rejected."""
    return _corrections_by_rule_and_annotator(db)[{"rule": 0, "annotator": 1}[by]]


def _corrections_by_rule_and_annotator(db: Database) -> tuple[list[Corrections], list[Corrections]]:
    """corrections(db, "rule") and corrections(db, "annotator") from one read of the decided proposals (each
    read looks up every decided quote's row: on 600,000 decided quotes that is seconds)."""
    sql = _CORRECTIONS_BOTH_SQL.format(corrected=_corrected(db))
    sums: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
    with db.raw() as conn:
        rows = conn.execute(sql).fetchall()
    for rule, annotator, *counts in rows:
        for table, key in zip(sums, (rule, annotator), strict=True):
            total = table.setdefault(key, [0, 0, 0])
            for i, count in enumerate(counts):
                total[i] += count
    return tuple([Corrections(key, *table[key]) for key in sorted(table)] for table in sums)  # type: ignore[return-value]


# QuoteView's fields in their order, the speaker's canonical name in its place (parts is JSON, read by _quote_view)
_QUOTE_VIEW_SQL = """
SELECT q.id, q.document_id, q.start, q."end", q.text, q.kind, q.status, q.origin, q.version, q.speaker_id, s.name,
       q.speaker_mention, q.mention_start, q.mention_end, q.cue, q.cue_start, q.cue_end, q.parts, q.rule,
       q.confidence, q.annotator, q.decided_at, q.comment, q.flag, q.detector_speaker, q.detector_start,
       q.detector_end, q.detector_kind, q.learned
FROM quote q LEFT JOIN speaker s ON s.id = q.speaker_id
"""
_PARTS = 17  # the position of q.parts in _QUOTE_VIEW_SQL
_DOCUMENT_VIEW_SQL = (
    "SELECT id, title, source_url, origin, text, imported_at, outlet, published, reviewed_by, reviewed_at "
    "FROM document WHERE id = ?"
)


def _quote_view(row: Sequence[Any]) -> QuoteView:
    values: list[Any] = list(row)
    parts = values[_PARTS]
    values[_PARTS] = tuple(tuple(p) for p in json.loads(parts)) if parts else ()
    return QuoteView(*values)


def document_quotes(db: Database, document_id: int) -> list[QuoteView]:
    """Every live quote of a document in text order (deleted manual quotes left out)."""
    sql = f"{_QUOTE_VIEW_SQL} WHERE q.document_id = ? AND q.status <> ? ORDER BY q.start, q.id"
    with db.raw() as conn:
        rows = conn.execute(sql, (document_id, Status.DELETED.value)).fetchall()
    return [_quote_view(row) for row in rows]


def get_quote(db: Database, quote_id: int) -> QuoteView | None:
    with db.raw() as conn:
        row = conn.execute(f"{_QUOTE_VIEW_SQL} WHERE q.id = ?", (quote_id,)).fetchone()
    return _quote_view(row) if row is not None else None


def get_document(db: Database, document_id: int) -> DocumentView | None:
    with db.raw() as conn:
        row = conn.execute(_DOCUMENT_VIEW_SQL, (document_id,)).fetchone()
    return DocumentView(*row) if row is not None else None


def iter_export_rows(db: Database, statuses: Iterable[str], *, reviewed_only: bool = False,
                     total: Callable[[int], object] | None = None) -> Generator[tuple, None, None]:  # fmt: skip
    """Rows in EXPORT_COLUMNS order, streamed from one read snapshot: memory stays flat at any size.

    ``reviewed_only``: only quotes of articles marked reviewed. ``parts`` is a list of {start, end, text} (one
    part for a quote in one piece); ``quote`` is the parts' text joined by PART_SEPARATOR, so a split quote
    no longer holds the cue between its parts. ``total``, when given, is told how many rows will come
    (counted in the same snapshot) before the first is read.
    """
    with ExportReader(db, statuses, reviewed_only=reviewed_only) as reader:
        if total is not None:
            total(reader.total)
        yield from reader.rows()


class ExportReader:
    """The export's one read snapshot (a concurrent edit cannot tear the export), opened by ``with``: ``total``
    rows, read as export rows (``rows``) or as raw batches that ``build_export_rows`` turns into export rows in
    another process (``jobs``)."""

    def __init__(self, db: Database, statuses: Iterable[str], *, reviewed_only: bool = False) -> None:
        wanted = list(dict.fromkeys(statuses))
        marks = ",".join("?" * len(wanted))
        join, reviewed = (_REVIEWED_JOIN, _REVIEWED) if reviewed_only else ("", "")
        self._sql = _EXPORT_SQL.format(marks=marks, join=join, reviewed=reviewed,
                                       plus="+" if db.dialect == "sqlite" else "")  # fmt: skip
        self._count_sql = _EXPORT_COUNT_SQL.format(marks=marks, join=join, reviewed=reviewed)
        self._db, self._wanted = db, wanted
        self._opened: Any = None
        self.total = 0

    def __enter__(self) -> ExportReader:
        self._opened = self._db.snapshot()
        self._snapshot = self._opened.__enter__()
        try:
            if self._db.dialect == "sqlite":  # one pass in index order: a page is seldom read twice
                self._snapshot.execute(f"PRAGMA cache_size = -{_EXPORT_CACHE_KIB}")
            self.total = self._snapshot.execute(self._count_sql, self._wanted).fetchone()[0]
            self._article = _Article(self._snapshot)  # (reads the speakers, aliases and statements first)
        except BaseException as exc:
            self._opened.__exit__(type(exc), exc, exc.__traceback__)
            raise
        return self

    def __exit__(self, *exc: Any) -> bool | None:
        return self._opened.__exit__(*exc)

    def rows(self) -> Iterator[tuple]:
        rows = self._article.rows
        for batch in self._snapshot.rows(self._sql, self._wanted):
            yield from rows(batch)

    def jobs(self, size: int = 2000) -> Iterator[tuple[ExportJob, int]]:
        """Batches of ``size`` raw rows, each with what ``build_export_rows`` needs besides (its articles, speakers
        and statements), and its number of raw rows."""
        article = self._article
        for batch in self._snapshot.rows(self._sql, self._wanted, batch=size):
            yield article.job(batch), len(batch)


# a batch of _EXPORT_SQL rows; doc id -> (text, title, source_url, outlet, published, reviewed) or None;
# speaker id -> (name, external id, aliases); quote id -> (statement id, size) for quotes in a statement
ExportJob = tuple[list[tuple], dict[int, tuple | None], dict[int, tuple], dict[int, tuple[int, int]]]


def build_export_rows(job: ExportJob) -> list[tuple]:
    """The export rows of a job of ``ExportReader.jobs``: what ``ExportReader.rows`` gives for its raw rows, with
    no database (for a worker process)."""
    batch, articles, speakers, statements = job
    read: dict[int, tuple[Sentences, tuple | None]] = {}

    def article(doc_id: int) -> tuple[Sentences, tuple | None]:
        found = read.get(doc_id)
        if found is None:
            columns = articles.get(doc_id)
            found = (Sentences(""), None) if columns is None else (Sentences(columns[0]), columns[1:])
            read[doc_id] = found
        return found

    return _export_rows(batch, article, speakers, statements, _no_speaker)


def _no_speaker(_speaker_id: int) -> tuple[None, None, list[str]]:
    return None, None, []


class _Article:
    """The export's current article: its text, columns and sentences, read once for all its quotes (rows come
    in document order), and the speakers, in the export's snapshot."""

    def __init__(self, conn) -> None:
        from quotetool.store.registry import alias_map
        from quotetool.store.statements import statement_map

        self._conn = conn
        self._id: int | None = None
        self._sentences = Sentences("")
        self._document: tuple | None = None  # title, source_url, outlet, published, reviewed
        self._aliases = alias_map(conn)  # speakers and quotes in statements: one query each, read up front
        # speaker id -> the row's speaker columns: name, external id, aliases (one look-up per row)
        self._speakers = {sid: (name, external, self._aliases.get(sid, [])) for sid, name, external in
                          conn.execute("SELECT id, name, external_id FROM speaker")}  # fmt: skip
        self._statements = statement_map(conn)

    def _read(self, doc_id: int) -> None:
        found = self._conn.execute(_ARTICLE_SQL, (doc_id,)).fetchone()
        self._id = doc_id
        self._sentences = Sentences(found[0] if found else "")
        self._document = (*found[1:5], bool(found[5])) if found else None

    def _unknown(self, speaker_id: int) -> tuple[None, None, list[str]]:
        """The speaker columns of a quote whose speaker row is missing."""
        return None, None, self._aliases.get(speaker_id, [])

    def _current(self, doc_id: int) -> tuple[Sentences, tuple | None]:
        if doc_id != self._id:
            self._read(doc_id)
        return self._sentences, self._document

    def rows(self, batch: list[tuple]) -> list[tuple]:
        """The export rows of a batch of _EXPORT_SQL rows."""
        return _export_rows(batch, self._current, self._speakers, self._statements, self._unknown)

    def job(self, batch: list[tuple]) -> ExportJob:
        """The batch with its articles' text and columns, its speakers' columns and its quotes' statements."""
        doc_ids = list(dict.fromkeys(map(_DOC_ID, batch)))
        articles: dict[int, tuple | None] = dict.fromkeys(doc_ids)
        for start in range(0, len(doc_ids), _ARTICLES_AT_ONCE):
            some = doc_ids[start : start + _ARTICLES_AT_ONCE]
            sql = _ARTICLES_SQL.format(marks=",".join("?" * len(some)))
            for doc_id, text, title, url, outlet, published, reviewed in self._conn.execute(sql, some):
                articles[doc_id] = (text, title, url, outlet, published, bool(reviewed))
        speakers: dict[int, tuple] = {}
        for speaker_id in set(map(_SPEAKER_ID, batch)):
            if speaker_id is not None:
                speakers[speaker_id] = self._speakers.get(speaker_id) or self._unknown(speaker_id)
        known = self._statements
        statements = {raw[0]: known[raw[0]] for raw in batch if raw[0] in known} if known else {}
        return batch, articles, speakers, statements


_EXPORT_CACHE_KIB = 8192  # SQLite's page cache for an export's connection (the database's default is 64 MiB)
_DOC_ID, _SPEAKER_ID = itemgetter(1), itemgetter(4)  # in an _EXPORT_SQL row
_ARTICLES_AT_ONCE = 500  # (SQLite allows 32,766 parameters; older builds 999)
_ARTICLES_SQL = (
    "SELECT id, text, title, source_url, outlet, published, reviewed_at IS NOT NULL FROM document WHERE id IN ({marks})"
)


def _export_rows(
    batch: list[tuple],
    article: Callable[[int], tuple[Sentences, tuple | None]],
    speakers: dict[int, tuple],
    statements: dict[int, tuple[int, int]],
    unknown: Callable[[int], tuple],
) -> list[tuple]:
    """The export rows of a batch of _EXPORT_SQL rows: the article's and the speaker's columns, context and
    parts added, ``quote`` without inner cues; a quote without its article is left out (as an inner join).
    One loop per batch, with the article's columns in locals: this runs for every exported quote.
    ``article(doc_id)`` gives an article's sentences and columns (None when it is missing)."""
    out: list[tuple] = []
    doc = document = None
    for raw in batch:
        (quote_id, doc_id, quote, kind, speaker_id, mention, cue, start, end, annotator, decided_at, status,
         origin, rule, confidence, parts_json, d_speaker, d_start, d_end, d_kind, comment, flag) = raw  # fmt: skip
        if doc_id != doc:
            doc = doc_id
            sentences, document = article(doc_id)
            if document is not None:
                title, url, outlet, published, reviewed = document
        if document is None:
            continue
        if parts_json:
            text = sentences.text
            parts = [{"start": s, "end": e, "text": text[s:e]} for s, e in json.loads(parts_json)]
            quote = PART_SEPARATOR.join(p["text"] for p in parts)
        else:
            parts = [{"start": start, "end": end, "text": quote}]
        if speaker_id is None:
            speaker = external_id = aliases = None
        else:
            speaker, external_id, aliases = speakers.get(speaker_id) or unknown(speaker_id)
        # corrected: whether the editor changed the detector's span, speaker or kind
        corrected = (start != d_start or end != d_end or kind != d_kind or speaker != d_speaker
                     ) if origin == "detector" else None  # fmt: skip
        statement, size = statements.get(quote_id) or (quote_id, 1)
        out.append((quote_id, doc_id, title, url, quote, kind, speaker, mention, cue, start, end, annotator,
                    decided_at, status, origin, rule, confidence, sentences.context(start, end), parts, corrected,
                    d_speaker, d_start, d_end, d_kind, outlet, published, reviewed, comment, flag, speaker_id,
                    aliases, external_id, statement, size))  # fmt: skip
    return out
