"""The review model: the queue, the article on screen, the current quote and the filter.

Pure: no screen and no database. The screen reads the store (in workers or short calls) and hands
what it read to the model; the model decides what the editor is looking at. Its rules:

- A stored quote is applied by its version: an older snapshot than one already applied changes
  nothing, so a read that started before a decision never paints over it.
- The current quote is always a live quote of the article on screen that the queue lists (with a
  filter: a row of the filtered queue). When nothing qualifies there is no current quote, and with
  no current quote there is nothing to decide on: decision keys have no quote to act on.
- The queue has an order (queue_order): by article, or least confident first. Next/previous and the
  next undecided quote follow the queue's order, across articles; the article on screen always shows
  its quotes in the order of its text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import chain

from quotetool.queue_order import DEFAULT_ORDER, Key, QueueOrder, order_key
from quotetool.store import DocumentView, QuoteView, ReviewMark
from quotetool.store.queue import Progress, QueueFilter, QueueRow, row_of
from quotetool.tui.filters import describe_filter

DECIDED = frozenset({"accepted", "rejected"})
LIVE = frozenset({"proposed", "accepted", "rejected"})


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    """An article as read from the store, with its quotes, its position among the articles and its revision."""

    doc: DocumentView
    quotes: list[QuoteView]
    position: tuple[int, int]
    revision: int | None = None


class QueueRows:
    """The rows of the (filtered) queue in the queue's order, found by quote id.

    With a million rows nothing a decision does may walk them: a row is found by id in a dict, its position
    by bisection on its order key (computed for the ~20 rows bisection looks at, not kept for every row),
    and a row that moves is deleted and inserted in the list (a memmove, not a rebuilt index).
    """

    def __init__(self, order: QueueOrder = DEFAULT_ORDER) -> None:
        self.rows: list[QueueRow] = []
        self.order: QueueOrder = order
        self._by_id: dict[int, QueueRow] = {}
        self.loaded = False

    def __len__(self) -> int:
        return len(self.rows)

    def __contains__(self, quote_id: object) -> bool:
        return quote_id in self._by_id

    def key(self, quote: QuoteView | QueueRow) -> Key:
        """A quote's place in this queue's order."""
        return order_key(quote, self.order)

    def set(
        self, rows: list[QueueRow], order: QueueOrder | None = None, by_id: dict[int, QueueRow] | None = None
    ) -> None:
        """The rows as the store loaded them, sorted in ``order`` (None: the order stays); ``by_id``: the same
        rows by quote id, if the loading worker built it already."""
        self.rows = rows
        if order is not None:
            self.order = order
        self._by_id = by_id if by_id is not None and len(by_id) == len(rows) else {r[0]: r for r in rows}
        self.loaded = True

    def row(self, quote_id: int | None) -> QueueRow | None:
        return self._by_id.get(quote_id) if quote_id is not None else None

    def position(self, quote_id: int | None) -> int | None:
        """Where the queue lists a quote (None: it does not), by bisection."""
        row = self.row(quote_id)
        if row is None:
            return None
        i = self._bisect(self.key(row))
        return i if i < len(self.rows) and self.rows[i] is row else self.rows.index(row)  # (index: never, if sorted)

    def _bisect(self, key: Key, *, right: bool = False) -> int:
        find = bisect.bisect_right if right else bisect.bisect_left
        return find(self.rows, key, key=self.key)

    def put(self, new: QueueRow) -> None:
        """Replace a row in place, move it if its position changed, or insert it."""
        old = self._by_id.get(new.id)
        key = self.key(new)
        if old is not None and self.key(old) == key:
            old[:] = new
            return
        if old is not None:
            self.remove(new.id)
        self.rows.insert(self._bisect(key), new)
        self._by_id[new.id] = new

    def remove(self, quote_id: int) -> None:
        i = self.position(quote_id)
        if i is not None:
            del self.rows[i]
            del self._by_id[quote_id]

    def neighbour(self, key: Key, *, forward: bool, undecided: bool) -> int | None:
        """The id of the row after/before queue position ``key`` (which need not be in the queue);
        looking for an undecided row wraps around."""
        n = len(self.rows)
        if forward:
            start = self._bisect(key, right=True)
            order: Iterable[int] = range(start, n)
            if undecided:
                order = chain(order, range(0, min(start, n)))
        else:
            start = self._bisect(key) - 1
            order = range(start, -1, -1)
            if undecided:
                order = chain(order, range(n - 1, start, -1))
        for i in order:
            row = self.rows[i]
            if (not undecided or row.status == "proposed") and self.key(row) != key:
                return row.id
        return None


class ReviewModel:
    """What the editor is looking at; every change arrives as a stored quote or a loaded article/queue."""

    def __init__(self, order: QueueOrder = DEFAULT_ORDER) -> None:
        self.queue = QueueRows(order)
        self.filter = QueueFilter()
        self.overall: Progress | None = None
        self.articles: Progress | None = None  # articles marked reviewed, of all articles
        self.counts_unsure = False  # a change of unknown old status: the screen recounts
        self.writes = 0  # store calls under way (a decision is written in a thread while messages go on)
        self._loaded_while_writing = False  # a queue load's count may already hold a write whose result is to come
        self.applied = 0  # stored quotes taken in so far (a recount started before the last one is stale)
        self.doc: DocumentView | None = None
        self.doc_quotes: list[QuoteView] = []
        self.position: tuple[int, int] = (0, 0)
        self.revision: int | None = None
        self._current: QuoteView | None = None
        self._known: dict[int, QuoteView] = {}  # the newest stored state applied, by quote id
        self._pending: dict[int, QuoteView] | None = None  # applied while a queue load runs

    @property
    def current(self) -> QuoteView | None:
        """The quote on screen: the only quote a decision can be made on."""
        return self._current

    @property
    def order(self) -> QueueOrder:
        """The queue's order, as loaded (a new order takes effect with the queue loaded in it)."""
        return self.queue.order

    # --- what is listed ---------------------------------------------------------------------------

    def listed(self, quote: QuoteView) -> bool:
        """Whether the queue lists ``quote``: every live quote, or with a filter, the filtered rows."""
        if quote.status not in LIVE:
            return False
        return quote.id in self.queue if self.filter.active else True

    def nothing_to_decide(self) -> str:
        """Why there is no current quote, in one sentence (the detail panel and the refused keys say it)."""
        if self.doc is None:
            return "There is no article to review yet."
        if self.filter.active and not any(self.listed(x) for x in self.doc_quotes):
            if not self.queue.rows:
                return (
                    f"There is no quote on screen to decide on: no quote matches the filter "
                    f"{describe_filter(self.filter)}; / changes it."
                )
            return (
                "There is no quote on screen to decide on: no quote of this article matches the filter; "
                "n, g or the queue show one."
            )
        if not self.doc_quotes:
            return "There is no quote on screen to decide on; m adds one from the article."
        return "There is no quote on screen to decide on; n or g shows one."

    def fresh(self, quote: QuoteView) -> QuoteView:
        """The newer of ``quote`` and the state already applied (by version)."""
        known = self._known.get(quote.id)
        return known if known is not None and known.version > quote.version else quote

    # --- the article and the current quote ---------------------------------------------------------

    def show_document(
        self, loaded: LoadedDocument, *, prefer: int | None = None, near: int | None = None
    ) -> QuoteView | None:
        """Show an article; the current quote is ``prefer`` if it is listed, else the listed quote nearest
        to offset ``near``, else the article's first undecided, else its first listed quote, else none."""
        self.doc = loaded.doc
        self.position = loaded.position
        self.revision = loaded.revision
        fresh = (self.fresh(x) for x in loaded.quotes)
        self.doc_quotes = sorted((x for x in fresh if x.status in LIVE), key=lambda x: (x.start, x.id))
        listed = [x for x in self.doc_quotes if self.listed(x)]
        chosen = next((x for x in listed if x.id == prefer), None)
        if chosen is None and near is not None and listed:
            chosen = min(listed, key=lambda x: (abs(x.start - near), x.start))
        if chosen is None and listed:
            chosen = next((x for x in listed if x.status == "proposed"), listed[0])
        self._current = chosen
        return chosen

    def reselect(self) -> QuoteView | None:
        """Without a current quote: the article's first listed undecided (else first listed) quote."""
        if self._current is None:
            listed = [x for x in self.doc_quotes if self.listed(x)]
            self._current = next((x for x in listed if x.status == "proposed"), listed[0] if listed else None)
        return self._current

    def show(self, quote: QuoteView) -> bool:
        """Make ``quote`` (of the article on screen) the current quote; False if the queue does not list it."""
        quote = self.apply(quote)
        if self.doc is None or quote.document_id != self.doc.id or not self.listed(quote):
            return False
        self._current = quote
        return True

    def clear(self) -> None:
        """No article at all."""
        self.doc, self.doc_quotes, self._current, self.revision = None, [], None, None

    # --- stored quotes ---------------------------------------------------------------------------------

    def apply(self, quote: QuoteView, *, matches: bool = False, new: bool = False) -> QuoteView:
        """Take in a stored state of a quote and return the newest state known.

        ``matches``: the store says the quote passes the active filter (only then does a quote the
        filtered queue does not list join it). ``new``: the quote did not exist before (an added quote).
        """
        known = self._known.get(quote.id)
        if known is not None and known.version > quote.version:
            return known
        old = None if new else self._status_seen(quote.id, known)
        self.applied += 1
        self._known[quote.id] = quote
        if self._pending is not None:
            self._pending[quote.id] = quote
        if old != "":
            self._count(old, quote.status)
        else:
            self.counts_unsure = True
        if self._loaded_while_writing and not self.writes:
            self._loaded_while_writing = False
            self.counts_unsure = True  # the load may have counted this change already: count again
        self._put_in_article(quote)
        self._put_in_queue(quote, matches=matches)
        if self._current is not None and self._current.id == quote.id:
            self._current = quote if self.listed(quote) else None
        return quote

    def _status_seen(self, quote_id: int, known: QuoteView | None) -> str | None:
        """The status the screen last had for a quote; "" when it never saw it."""
        if known is not None:
            return known.status
        row = self.queue.row(quote_id)
        if row is not None:
            return row.status
        return next((x.status for x in self.doc_quotes if x.id == quote_id), "")

    def _count(self, old: str | None, new: str) -> None:
        """A status change moves the overall counts by at most one: no query needed."""
        if self.overall is not None:
            self.overall = Progress(
                self.overall.decided + (new in DECIDED) - (old in DECIDED),
                self.overall.total + (new in LIVE) - (old in LIVE),
            )

    def _put_in_article(self, quote: QuoteView) -> None:
        if self.doc is None or quote.document_id != self.doc.id:
            return
        rest = [x for x in self.doc_quotes if x.id != quote.id]
        if quote.status in LIVE:
            bisect.insort(rest, quote, key=lambda x: (x.start, x.id))
        self.doc_quotes = rest

    def _put_in_queue(self, quote: QuoteView, *, matches: bool) -> None:
        if quote.status not in LIVE:
            self.queue.remove(quote.id)
        elif quote.id in self.queue or (self.queue.loaded and (matches or not self.filter.active)):
            self.queue.put(row_of(quote))

    # --- articles marked reviewed ------------------------------------------------------------------------

    def apply_mark(self, mark: ReviewMark) -> bool:
        """Take in an article's reviewed mark as stored. True when the count of reviewed articles is known
        after it; False when the mark is of an article not on screen (its old mark unknown: recount)."""
        doc = self.doc
        if doc is None or doc.id != mark.document_id:
            return False
        was = doc.reviewed_at is not None
        self.doc = replace(doc, reviewed_by=mark.reviewed_by, reviewed_at=mark.reviewed_at)
        if self.articles is not None:
            self.articles = Progress(self.articles.decided + mark.reviewed - was, self.articles.total)
        return True

    # --- loading the queue ----------------------------------------------------------------------------------

    def begin_load(self) -> None:
        """A queue load starts in a worker: quotes applied meanwhile are replayed onto its rows."""
        self._pending = {}
        self.queue.loaded = False

    def queue_loaded(
        self,
        flt: QueueFilter,
        rows: list[QueueRow],
        overall: Progress,
        articles: Progress | None = None,
        *,
        order: QueueOrder | None = None,
        by_id: dict[int, QueueRow] | None = None,
    ) -> QuoteView | None:
        """The loaded queue replaces the rows; returns the current quote (None if the queue does not list it).
        ``articles``: articles marked reviewed, of all; ``order``: the order the rows were loaded in (None:
        the queue's order so far); ``by_id``: the rows by quote id, if already built."""
        self.filter = flt
        self.queue.set(rows, order, by_id)
        self.overall = overall
        if self.writes:  # a decision committed before the count was read is counted again when its result comes
            self._loaded_while_writing = True
        if articles is not None:
            self.articles = articles
        pending, self._pending = self._pending or {}, None
        for quote in pending.values():
            self._put_in_queue(quote, matches=False)
        if pending:
            self.counts_unsure = True  # the count may predate those decisions
        if self._current is not None and not self.listed(self._current):
            self._current = None
        return self._current

    def neighbour(self, quote: QuoteView, *, forward: bool, undecided: bool) -> int | None:
        """The next/previous quote in the loaded queue, in its order (undecided: wrapping around)."""
        return self.queue.neighbour(self.queue.key(quote), forward=forward, undecided=undecided)
