"""Read-only queries: statistics, the quotes of a document, and the streamed export rows."""

from __future__ import annotations

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
       q.start, q."end", q.annotator, q.decided_at, q.status, q.origin, q.rule, q.confidence
FROM quote q
JOIN document d ON d.id = q.document_id
LEFT JOIN speaker s ON s.id = q.speaker_id
WHERE q.status IN ({marks})
ORDER BY q.document_id, q.start, q.id
"""


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
        cursor = conn.execute("BEGIN")  # one snapshot, so a concurrent edit cannot tear the export
        try:
            cursor = conn.execute(_EXPORT_SQL.format(marks=",".join("?" * len(wanted))), wanted)
            while batch := cursor.fetchmany(1000):
                yield from batch
        finally:
            conn.execute("COMMIT")
