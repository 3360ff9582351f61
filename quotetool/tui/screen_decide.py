"""The review screen's decisions on the current quote: one short store call each, in a thread, the stored
quote applied to the model; and undo, which restores quotes or an article's reviewed mark."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from typing import Any

from quotetool.errors import QuotetoolError, StaleQuote
from quotetool.store import QuoteView, ReviewMark, get_quote, undo_and_look_back
from quotetool.store import queue as q
from quotetool.tui.filters import describe_filter
from quotetool.tui.guard import guarded
from quotetool.tui.sanitize import one_line
from quotetool.tui.screen_base import ReviewScreenBase


def on_current(method: Callable[..., Any]) -> Callable[..., Any]:
    """An action on the quote on screen, which it receives from the model. Without one there is nothing
    to act on: the status line says why, and nothing is stored."""

    @functools.wraps(method)
    async def run(self: DecidingScreen, *args: Any) -> Any:
        quote = self.model.current
        if quote is None:
            self.set_status(f"{self.model.nothing_to_decide()} Nothing was stored.", error=True)
            return None
        return await method(self, quote, *args)

    return run


class DecidingScreen(ReviewScreenBase):
    """Calls the store for decisions and shows what it stored; undo."""

    # --- calling the store -------------------------------------------------------------------------

    async def _store(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """One store call in a thread; a QuotetoolError becomes the status line, a stale quote is shown fresh.
        Counted as under way (model.writes) until it returns; after its caller has taken in the result, the
        counts are read again if the model is unsure of them (a queue load finished meanwhile)."""
        self.model.writes += 1
        try:
            return await asyncio.to_thread(fn, self.db, *args, **kwargs)
        except StaleQuote as exc:
            self.set_status(str(exc), error=True)
            self._show_fresh(exc.quote_id)
        except QuotetoolError as exc:
            self.set_status(str(exc), error=True)
            self.check_revision()  # "There is no quote N": the article's proposals may have been replaced
        finally:
            self.model.writes -= 1
            self.call_next(self._recount_if_unsure)
        return None

    def _recount_if_unsure(self) -> None:
        if self.model.counts_unsure and self.model.queue.loaded:
            self.model.counts_unsure = False
            self.recount(self.model.applied)

    def _show_fresh(self, quote_id: int) -> None:
        """Another editor changed the quote: show it as stored now."""
        fresh = get_quote(self.db, quote_id)
        if fresh is None:
            return
        fresh = self.model.apply(fresh)
        doc = self.model.doc
        stale = doc is not None and fresh.document_id == doc.id and self.model.show(fresh)
        self.paint(stale=stale)

    async def _matches(self, quote: QuoteView) -> bool:
        """Whether a quote the filtered queue does not list passes its filter (asked of the store)."""
        model = self.model
        if not model.filter.active or quote.id in model.queue or quote.status == "deleted":
            return False
        return await asyncio.to_thread(q.matches, self.db, model.filter, quote.id)

    async def _decide(
        self,
        quote: QuoteView,
        fn: Callable[..., QuoteView],
        verb: str,
        *args: Any,
        advance: bool = True,
        describe: Callable[[QuoteView], str] | None = None,
        **extra: Any,
    ) -> None:
        """Store a decision on ``quote`` and say so (``describe`` words the message instead of "<verb> quote N.");
        ``extra``: more keyword arguments of ``fn``."""
        result = await self._store(fn, quote.id, *args, annotator=self.annotator, version=quote.version, **extra)
        if result is None:
            return
        result = self.model.apply(result)
        message = describe(result) if describe is not None else f"{verb} quote {result.id}."
        following = self.neighbour(result, forward=True, undecided=True) if advance else None
        if advance and following is None:
            message += " Every proposal in the queue is decided."
        self.go(following or result)
        self.set_status(message)

    def _left(self, quote: QuoteView) -> None:
        """A quote left the review (deleted): show its neighbour, preferably in the same article."""
        following = self.neighbour(quote, forward=True, undecided=False) or self.neighbour(
            quote, forward=False, undecided=False
        )
        doc = self.model.doc
        if following is not None and (doc is None or following.document_id == doc.id or quote.document_id != doc.id):
            self.go(following)
        else:
            self.paint()

    # --- undo ----------------------------------------------------------------------------------------------

    @guarded
    async def action_undo(self) -> None:
        """Undo acts on the log, not on the quote on screen: it works with an empty queue too."""
        try:
            undone = await asyncio.to_thread(undo_and_look_back, self.db, annotator=self.annotator)
        except StaleQuote as exc:
            self.set_status(str(exc), error=True)
            self._show_fresh(exc.quote_id)
            return
        except QuotetoolError as exc:  # (also StaleDocument: someone marked the article again)
            self.set_status(str(exc), error=True)
            return
        more = "u undoes more." if undone.more else "Nothing more to undo."
        if undone.quote is None:
            self._undone_document(undone.action, undone.document, more)
            return
        restored = [self.model.apply(x, matches=await self._matches(x)) for x in undone.quotes or (undone.quote,)]
        first = restored[0]
        what = {"add": "the added quote is gone", "delete": "the quote is back"}.get(
            undone.action, f"quote {first.id} is {first.status}"
        )
        hidden = ""
        if first.status == "deleted":
            self._left(first)
        elif self.model.listed(first):
            self.go(first)
        else:
            hidden = f" It does not match the filter {describe_filter(self.model.filter)}, so it is not listed."
            self.paint()
        if len(restored) > 1:
            what = f"{len(restored)} quotes of its article are as before"
        self.set_status(f"Undone your {undone.action} on quote {first.id}: {what}.{hidden} {more}")

    def _undone_document(self, action: str, mark: ReviewMark | None, more: str) -> None:
        """An undone document action (marked reviewed): the article shows its mark as restored."""
        if mark is None:
            self.set_status(f"Undone your {action}. {more}")
            return
        if not self.model.apply_mark(mark):  # another article: show it, counted again
            self.model.articles = q.reviewed_articles(self.db)
            self.show_document(mark.document_id)
        self.paint_topbar()
        state = f"reviewed by {one_line(mark.reviewed_by or 'someone', 30)}" if mark.reviewed else "not reviewed"
        self.set_status(f"Undone your {action} mark: this article is {state}. {more}")
