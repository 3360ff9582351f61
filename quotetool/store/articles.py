"""Articles marked reviewed: read to their end and checked for missed quotes.

Marking and unmarking are decisions like a quote's: one short transaction each, logged (a decision that
names the document instead of a quote) and undone by ``review.undo`` in order with quote decisions.
A reviewed article that ``redetect`` gives proposals it did not have is no longer reviewed.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from quotetool.errors import InvalidEdit
from quotetool.store.database import Database, now
from quotetool.store.models import Action, Document, Quote, Status
from quotetool.store.review import apply_to_document
from quotetool.store.views import DocumentProgress, ReviewMark

REDETECT_ANNOTATOR = "redetect"  # who the log names when re-detection takes a reviewed mark away


def mark_reviewed(db: Database, document_id: int, *, annotator: str) -> ReviewMark:
    """Mark the article reviewed by ``annotator`` now; an article already marked keeps its mark (not logged)."""
    with db.write() as session:
        doc = _document(session, document_id)
        if doc.reviewed_at is None:
            apply_to_document(
                session, doc, {"reviewed_by": annotator, "reviewed_at": now()}, Action.REVIEWED, annotator
            )
        return _mark(doc)


def unmark_reviewed(db: Database, document_id: int, *, annotator: str) -> ReviewMark:
    """Take the reviewed mark away (the article needs another look); an unmarked article stays as it is."""
    with db.write() as session:
        doc = _document(session, document_id)
        apply_to_document(session, doc, {"reviewed_by": None, "reviewed_at": None}, Action.UNREVIEWED, annotator)
        return _mark(doc)


def review_mark(db: Database, document_id: int) -> ReviewMark:
    with db.read() as session:
        return _mark(_document(session, document_id))


def document_progress(db: Database, document_ids: list[int] | None = None) -> list[DocumentProgress]:
    """Per article (all, or those of ``document_ids``, in id order): quotes decided and live, and whether it
    is marked reviewed."""
    sql = """
    SELECT d.id, d.title, coalesce(sum(CASE WHEN q.status IN ('accepted', 'rejected') THEN 1 ELSE 0 END), 0),
           count(q.id),
           d.reviewed_by, d.reviewed_at
    FROM document d LEFT JOIN quote q ON q.document_id = d.id AND q.status != 'deleted'
    {where}
    GROUP BY d.id ORDER BY d.id
    """
    args: list[int] = []
    where = ""
    if document_ids is not None:
        if not document_ids:
            return []
        where = f"WHERE d.id IN ({','.join('?' * len(document_ids))})"
        args = list(document_ids)
    with db.raw() as conn:
        return [DocumentProgress(*row) for row in conn.execute(sql.format(where=where), args)]


def live_spans(session: Session, document_id: int) -> set[tuple[int, int]]:
    """The spans of an article's live quotes: what ``redetect`` compares before and after."""
    rows = session.exec(
        select(Quote.start, Quote.end).where(Quote.document_id == document_id, col(Quote.status) != Status.DELETED)
    )
    return set(rows.all())


def unmark_if_new_proposals(session: Session, document_id: int, before: set[tuple[int, int]]) -> bool:
    """In ``redetect``'s transaction: take the reviewed mark away when the article now has a quote at a span
    it did not have (proposals replaced one for one by the same ones are nothing new). True when it did."""
    doc = _document(session, document_id)
    if doc.reviewed_at is None or not (live_spans(session, document_id) - before):
        return False
    return apply_to_document(
        session, doc, {"reviewed_by": None, "reviewed_at": None}, Action.UNREVIEWED, REDETECT_ANNOTATOR
    )


def _document(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise InvalidEdit(f"There is no document {document_id}.")
    return doc


def _mark(doc: Document) -> ReviewMark:
    assert doc.id is not None
    return ReviewMark(doc.id, doc.reviewed_by, doc.reviewed_at)
