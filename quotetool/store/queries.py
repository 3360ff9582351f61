"""Read-only queries: statistics, the quotes of a document, and the streamed export rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from sqlmodel import col, func, select

from quotetool.store.database import Database
from quotetool.store.models import Document, Quote, Speaker, Status
from quotetool.store.views import QuoteView, Stats

EXPORT_COLUMNS = (
    "quote_id", "document_id", "document_title", "source_url", "quote", "kind", "speaker",
    "speaker_mention", "cue", "start", "end", "annotator", "verified_at", "status", "origin",
    "rule", "confidence",
)

_EXPORT_SQL = """
SELECT q.id, q.document_id, d.title, d.source_url, q.text, q.kind, s.name, q.speaker_mention, q.cue,
       q.start, q."end", q.annotator, CASE WHEN q.status = 'proposed' THEN NULL ELSE q.decided_at END,
       q.status, q.origin, q.rule, q.confidence
FROM quote q
JOIN document d ON d.id = q.document_id
LEFT JOIN speaker s ON s.id = q.speaker_id
WHERE +q.status IN ({marks})
ORDER BY q.document_id, q.start, q.id
"""
# verified_at: only a quote someone accepted or rejected was verified; an edited proposal keeps its annotator.
# "+q.status": read in the order of ix_quote_document (document_id, start, rowid), so rows stream as they are
# found; through ix_quote_status SQLite would sort every row in a temporary file first.


def stats(db: Database, *, top: int = 10) -> Stats:
    with db.read() as session:
        documents = session.exec(select(func.count()).select_from(Document)).one()
        by_status = dict(session.exec(select(Quote.status, func.count()).group_by(Quote.status)).all())
        by_kind = dict(session.exec(
            select(Quote.kind, func.count()).where(Quote.status != Status.DELETED).group_by(Quote.kind)
        ).all())
        n = func.count().label("n")
        speakers = session.exec(
            select(Speaker.name, n).join(Quote, col(Quote.speaker_id) == col(Speaker.id))
            .where(Quote.status == Status.ACCEPTED).group_by(col(Speaker.id)).order_by(n.desc(), Speaker.name)
            .limit(top)
        ).all()
    by_status.pop(Status.DELETED.value, None)
    return Stats(documents=documents, quotes_by_status=by_status, quotes_by_kind=by_kind,
                 top_speakers=[(name, count) for name, count in speakers])


def document_quotes(db: Database, document_id: int) -> list[QuoteView]:
    """Every live quote of a document in text order (deleted manual quotes left out)."""
    with db.read() as session:
        rows = session.exec(
            select(Quote, Speaker.name).outerjoin(Speaker, col(Speaker.id) == col(Quote.speaker_id))
            .where(Quote.document_id == document_id, Quote.status != Status.DELETED)
            .order_by(col(Quote.start), col(Quote.id))
        ).all()
        return [QuoteView.of(q, name) for q, name in rows]


def get_quote(db: Database, quote_id: int) -> QuoteView | None:
    with db.read() as session:
        row = session.exec(
            select(Quote, Speaker.name).outerjoin(Speaker, col(Speaker.id) == col(Quote.speaker_id))
            .where(Quote.id == quote_id)
        ).first()
        return QuoteView.of(*row) if row else None


def iter_export_rows(db: Database, statuses: Iterable[str]) -> Iterator[tuple]:
    """Rows in EXPORT_COLUMNS order, streamed from one read snapshot: memory stays flat at any size."""
    wanted = list(dict.fromkeys(statuses))
    with db.raw() as conn:
        conn.execute("BEGIN")  # one snapshot, so a concurrent edit cannot tear the export
        try:
            cursor = conn.execute(_EXPORT_SQL.format(marks=",".join("?" * len(wanted))), wanted)
            while batch := cursor.fetchmany(1000):
                yield from batch
        except BaseException:
            _end_read(conn, quietly=True)  # the error that stopped the export is the one to report
            raise
        _end_read(conn, quietly=False)


def _end_read(conn: sqlite3.Connection, *, quietly: bool) -> None:
    """End a read transaction. SQLite may already have ended it (it rolls back on an I/O error or a
    full disk), and nothing was written, so it is rolled back, and only when it is still open."""
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        if not quietly:
            raise
