"""What the review screen reads from the store; plain functions of the database, safe in worker threads."""

from __future__ import annotations

from dataclasses import dataclass

from quotetool.errors import QuotetoolError
from quotetool.queue_order import DEFAULT_ORDER, QueueOrder
from quotetool.store import Database, QuoteView, document_quotes, get_document, get_quote
from quotetool.store import queue as q
from quotetool.tui.model import LoadedDocument


@dataclass(frozen=True, slots=True)
class QueueRead:
    """A loaded queue: the filter and order it was loaded with, its rows and the overall counts."""

    flt: q.QueueFilter
    rows: list[q.QueueRow]
    overall: q.Progress
    articles: q.Progress | None = None  # articles marked reviewed, of all articles
    order: QueueOrder = DEFAULT_ORDER


@dataclass(frozen=True, slots=True)
class ReloadRead:
    """What a reload read: the queue, and the article to show (None: there are no articles)."""

    queue: QueueRead
    document: LoadedDocument | None


def read_document(db: Database, document_id: int) -> LoadedDocument:
    """An article, its quotes, its position among the articles and its revision."""
    doc = get_document(db, document_id)
    if doc is None:
        raise QuotetoolError(f"There is no article {document_id}.")
    revision = q.document_revision(db, document_id)
    return LoadedDocument(doc, document_quotes(db, document_id), q.document_position(db, document_id), revision)


def first_place(db: Database, order: QueueOrder = DEFAULT_ORDER) -> tuple[QuoteView | None, int | None]:
    """Where review starts: the first undecided quote in ``order``, else the first quote, else the first
    article."""
    first = q.first_quote(db, undecided=True, order=order) or q.first_quote(db, undecided=False, order=order)
    quote = get_quote(db, first) if first is not None else None
    if quote is not None:
        return quote, quote.document_id
    return None, q.adjacent_document(db, 0)


def read_queue(db: Database, flt: q.QueueFilter, order: QueueOrder = DEFAULT_ORDER) -> QueueRead:
    return QueueRead(flt, q.load_queue(db, flt, order), q.progress(db), q.reviewed_articles(db), order)


def read_reload(
    db: Database,
    flt: q.QueueFilter,
    quote_id: int | None,
    document_id: int | None,
    order: QueueOrder = DEFAULT_ORDER,
) -> ReloadRead:
    """The queue and the article to show again: the quote's article, else the article that was on screen,
    else where review starts."""
    fresh = get_quote(db, quote_id) if quote_id is not None else None
    if fresh is not None and fresh.status != "deleted":
        document_id = fresh.document_id
    elif document_id is None or get_document(db, document_id) is None:
        document_id = first_place(db, order)[1]
    queue = read_queue(db, flt, order)
    return ReloadRead(queue, read_document(db, document_id) if document_id is not None else None)
