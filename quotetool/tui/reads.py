"""What the review screen reads from the store; plain functions of the database, safe in worker threads."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

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
    by_id: dict[int, q.QueueRow] = field(default_factory=dict)  # the rows by quote id, built in the worker


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


class LoadGate:
    """Keeps a worker that reads a big queue out of the way while the screen answers a key.

    The worker builds rows in Python with the GIL held; the screen's thread got it back only every switch
    interval (5 ms), so a decision made while 2,000,000 rows loaded waited a second or more. The screen
    holds the gate when a key arrives and releases it once the screen is painted; the worker waits at the gate
    between batches of rows (a hold without a release ends by itself after ``HOLD_SECONDS``).
    """

    HOLD_SECONDS = 0.5

    def __init__(self) -> None:
        self._until = 0.0

    def hold(self) -> None:
        self._until = time.monotonic() + self.HOLD_SECONDS

    def release(self) -> None:
        self._until = 0.0

    @property
    def held(self) -> bool:
        return time.monotonic() < self._until

    def wait(self) -> None:
        """In the worker: return once the screen does not hold the gate."""
        while self.held:
            time.sleep(0.002)


_gc_lock = threading.Lock()
_gc_state = {"pausers": 0, "was_enabled": True}


@contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic garbage collection while a worker builds a big queue.

    A million new rows set off full collections, each walking every object (seconds at 2,000,000 rows) with
    the GIL held: the screen stood still in the middle of the editor's decisions. The rows hold no cycles;
    whatever the screen leaves meanwhile is collected afterwards. Nested and concurrent uses are counted:
    collection resumes (if it was on) when the last one ends.
    """
    with _gc_lock:
        _gc_state["pausers"] += 1
        if _gc_state["pausers"] == 1:
            _gc_state["was_enabled"] = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_state["pausers"] -= 1
            if _gc_state["pausers"] == 0 and _gc_state["was_enabled"]:
                gc.enable()


def read_queue(
    db: Database,
    flt: q.QueueFilter,
    order: QueueOrder = DEFAULT_ORDER,
    between_batches: Callable[[], object] | None = None,
) -> QueueRead:
    """The queue, its rows by id and the counts; built without garbage collection, then frozen (kept out of
    every later collection), so neither the load nor later decisions walk the rows. ``between_batches``: called
    after each batch of rows (the screen's thread runs there)."""
    with gc_paused():
        rows = q.load_queue(db, flt, order, share_strings=True, between_batches=between_batches)
        read = QueueRead(flt, rows, q.progress(db), q.reviewed_articles(db), order, {r[0]: r for r in rows})
        gc.freeze()
    return read


def read_reload(
    db: Database,
    flt: q.QueueFilter,
    quote_id: int | None,
    document_id: int | None,
    order: QueueOrder = DEFAULT_ORDER,
    between_batches: Callable[[], object] | None = None,
) -> ReloadRead:
    """The queue and the article to show again: the quote's article, else the article that was on screen,
    else where review starts."""
    fresh = get_quote(db, quote_id) if quote_id is not None else None
    if fresh is not None and fresh.status != "deleted":
        document_id = fresh.document_id
    elif document_id is None or get_document(db, document_id) is None:
        document_id = first_place(db, order)[1]
    queue = read_queue(db, flt, order, between_batches)
    return ReloadRead(queue, read_document(db, document_id) if document_id is not None else None)
