"""The review app: one key per decision, every decision stored the moment it is made.

Flow: a decision key calls one store function (one short transaction, in a thread so the screen
keeps drawing while SQLite waits for a lock), then updates one queue row and the article marks
and moves to the next undecided proposal. Store errors are ``QuotetoolError`` sentences shown in
the status line; nothing a store call raises ends the app.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import os
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input
from textual.worker import Worker, WorkerState

from quotetool.errors import QuotetoolError, StaleQuote
from quotetool.store import (
    Database,
    DocumentView,
    QuoteView,
    accept,
    add_quote,
    delete_quote,
    document_quotes,
    get_document,
    get_quote,
    reject,
    set_kind,
    set_span,
    set_speaker,
    speaker_names,
    undo_and_look_back,
)
from quotetool.store import queue as q
from quotetool.tui import spans
from quotetool.tui.article_view import ArticleView
from quotetool.tui.detail_panel import DetailPanel
from quotetool.tui.filters import FilterError, describe_filter, parse_filter
from quotetool.tui.guard import guarded
from quotetool.tui.help_screen import LONG, HelpScreen
from quotetool.tui.modals import ExportModal, ExportRequest, KindModal, SpeakerModal
from quotetool.tui.plain_text import PlainText, StatusLine
from quotetool.tui.queue_view import QueueView
from quotetool.tui.sanitize import one_line

ENV_KEYMAP = "QUOTETOOL_KEYMAP"  # a TOML file of `binding-id = "key"`; default ~/.config/quotetool/keys.toml
ENV_THEME = "QUOTETOOL_THEME"  # "light" or "dark" (default)
ENV_DEBUG = "QUOTETOOL_DEBUG"  # show tracebacks (as the CLI does)
DARK, LIGHT = "textual-dark", "textual-light"


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    doc: DocumentView
    quotes: list[QuoteView]
    position: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Reloaded:
    """What ctrl+r read: the quote to show (None: the article's first) and its article (None: no articles)."""
    quote: QuoteView | None
    document: LoadedDocument | None


def _keymap_path() -> Path:
    if os.environ.get(ENV_KEYMAP):
        return Path(os.environ[ENV_KEYMAP])
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "quotetool" / "keys.toml"


def load_keymap(path: Path) -> tuple[dict[str, str], str | None]:
    """The user's key overrides, and a sentence if the file could not be used."""
    if not path.is_file():
        return {}, None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, f"The keymap {path} was not used: {exc}."
    keys = data.get("keys", data)
    return {str(k): str(v) for k, v in keys.items() if isinstance(v, str)}, None


class QuotetoolApp(App[None]):
    """Review proposals of the detector: accept, reject, correct, add, undo, export."""

    CSS_PATH = "quotetool.tcss"
    TITLE = "quotetool"

    BINDINGS = [
        Binding("a", "accept", "Accept", id="accept"),
        Binding("x", "reject", "Reject", id="reject"),
        Binding("space", "skip", "Skip", id="skip"),
        Binding("u", "undo", "Undo", id="undo"),
        Binding("s", "speaker", "Speaker", id="speaker"),
        Binding("k", "kind", "Kind", id="kind"),
        Binding("question_mark", "help", "Help", id="help"),  # before `m`: fully in the footer at 80 columns
        Binding("m", "add_quote", "Add quote", id="add_quote"),
        Binding("q", "quit", "Quit", id="quit"),
        Binding("n", "step(1)", "Next", id="next"),
        Binding("p", "step(-1)", "Previous", id="previous"),
        Binding("g", "next_undecided", "Next open", id="next_undecided"),
        Binding("left_square_bracket", "span('start', -1)", "Start ←", id="span.start_left"),
        Binding("right_square_bracket", "span('start', 1)", "Start →", id="span.start_right"),
        Binding("left_curly_bracket", "span('end', -1)", "End ←", id="span.end_left"),
        Binding("right_curly_bracket", "span('end', 1)", "End →", id="span.end_right"),
        Binding("d", "delete", "Delete added", id="delete"),
        Binding("greater_than_sign", "article(1)", "Next article", id="next_article"),
        Binding("less_than_sign", "article(-1)", "Prev. article", id="previous_article"),
        Binding("slash", "filter", "Filter", id="filter"),
        Binding("e", "export", "Export", id="export"),
        Binding("t", "toggle_theme", "Theme", id="theme"),
        Binding("ctrl+r", "reload", "Reload", id="reload"),
    ]

    # Actions that change or move the review; all are off while a missed quote is being selected.
    _REVIEW_ACTIONS = frozenset({
        "accept", "reject", "skip", "undo", "speaker", "kind", "add_quote", "step", "next_undecided", "span",
        "delete", "article", "filter", "export", "reload",
    })

    def __init__(self, db: Database, *, annotator: str, keymap: dict[str, str] | None = None,
                 theme: str | None = None) -> None:
        super().__init__()
        self.db = db
        self.annotator = annotator
        self.current: QuoteView | None = None
        self.doc: DocumentView | None = None
        self.doc_quotes: list[QuoteView] = []
        self.doc_position: tuple[int, int] = (0, 0)
        self.overall: q.Progress | None = None
        self.queue_filter = q.QueueFilter()
        self._changed_while_loading: dict[int, q.QueueRow | None] | None = None  # None: no load running
        self._reloading = False  # ctrl+r is reading in a worker: review actions wait for it
        self._keymap_request = keymap
        self._keymap_problem: str | None = None
        chosen = theme or os.environ.get(ENV_THEME, "")
        self.theme = LIGHT if chosen.lower() == "light" else DARK

    # --- layout --------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield PlainText(id="topbar")
        with Horizontal(id="main"):
            yield ArticleView(id="article")
            yield DetailPanel(id="detail")
        with Vertical(id="queue-box"):
            yield PlainText(id="queue-header")
            yield QueueView(id="queue", fetch_snippets=functools.partial(q.snippets, self.db))
        yield Input(placeholder="status:proposed kind:direct doc:3 speaker:name words   (Enter applies, Esc closes)",
                    id="filter")
        yield StatusLine(id="status")
        yield Footer(compact=True)

    @property
    def article(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def queue(self) -> QueueView:
        return self.query_one("#queue", QueueView)

    @property
    def detail(self) -> DetailPanel:
        return self.query_one("#detail", DetailPanel)

    @guarded
    def on_mount(self) -> None:
        keymap = self._keymap_request
        if keymap is None:
            keymap, self._keymap_problem = load_keymap(_keymap_path())
        if keymap:
            self.set_keymap(keymap)
        self.query_one("#filter", Input).display = False
        self.detail.border_title = Content("Quote")
        self._show_first()
        self.queue.focus()
        self.set_status(self._keymap_problem or f"Reviewing as {self.annotator}. Press ? for keys.",
                        error=bool(self._keymap_problem))
        self.reload_queue(self.queue_filter)

    @guarded
    def on_resize(self) -> None:
        self._paint_queue_header()

    # --- status and progress -------------------------------------------------------------------

    def set_status(self, message: str, *, error: bool = False) -> None:
        status = self.query_one("#status", StatusLine)
        status.set_class(error, "-error")
        status.update(Text(one_line(message)))

    def _moved_on(self) -> None:
        """The editor went to another quote or article: the last message is about something else now."""
        self.set_status("")

    def report_error(self, exc: BaseException) -> None:
        if isinstance(exc, QuotetoolError):
            self.set_status(str(exc), error=True)
        else:
            self.set_status(f"Something went wrong ({type(exc).__name__}: {exc}); every decision made so far "
                            "is saved.", error=True)
        self.log.error(repr(exc))

    def _fatal_error(self) -> None:
        """Last line of defence (an error outside every guarded handler): one sentence, not a traceback."""
        if os.environ.get(ENV_DEBUG):
            super()._fatal_error()
            return
        exc = self._exception
        self._exit_renderables.append(Text(
            f"quotetool: internal error ({type(exc).__name__}: {exc}). Every decision made so far is saved; "
            f"set {ENV_DEBUG}=1 to see the traceback and please report it."))
        self._close_messages_no_wait()

    def _paint_topbar(self) -> None:
        here = [x for x in self.doc_quotes if x.status != "deleted"]
        done = sum(x.status in ("accepted", "rejected") for x in here)
        bar = Text(no_wrap=True, overflow="ellipsis")
        if self.doc is not None:
            pos, count = self.doc_position
            bar.append(f"Article {pos} of {count}", style="bold")
            bar.append(f" · {done}/{len(here)} decided here")
        else:
            bar.append("No article", style="bold")
        bar.append(" · overall ")
        if self.overall is not None:
            bar.append(f"{self.overall.decided}/{self.overall.total}", style="bold")
            bar.append(" decided")
        else:
            bar.append("counting…")
        if self.queue_filter.active:
            bar.append(f" · filter {one_line(describe_filter(self.queue_filter), 40)}")
        bar.append(f" · {one_line(self.annotator, 20)}", style="dim")
        self.query_one("#topbar", PlainText).update(bar)

    def _paint_queue_header(self) -> None:
        width = self.queue.scrollable_content_region.width or self.size.width
        rows = len(self.queue.rows)
        header = QueueView.header(width)
        count = f" {rows:,} in queue" if self.queue.loaded else " loading…"
        self.query_one("#queue-header", PlainText).update(Text(header[: max(0, width - len(count))].ljust(
            max(0, width - len(count))) + count, no_wrap=True, overflow="crop"))

    def _bump_overall(self, old: str | None, new: str | None) -> None:
        """Keep the overall count without a query: a status change moves it by at most one."""
        if self.overall is None:
            return
        decided = {"accepted", "rejected"}
        live = {"proposed", "accepted", "rejected"}
        self.overall = q.Progress(self.overall.decided + (new in decided) - (old in decided),
                                  self.overall.total + (new in live) - (old in live))

    # --- showing quotes ------------------------------------------------------------------------

    def _first_place(self) -> tuple[QuoteView | None, int | None]:
        """Where review starts: the first undecided quote, else the first quote, else the first article
        (reads only; safe in a thread)."""
        first = q.first_quote(self.db, undecided=True) or q.first_quote(self.db, undecided=False)
        quote = get_quote(self.db, first) if first is not None else None
        if quote is not None:
            return quote, quote.document_id
        ids = q.document_ids(self.db)
        return None, (ids[0] if ids else None)

    def _show_first(self) -> None:
        quote, document_id = self._first_place()
        if quote is not None:
            self.show_quote(quote)
        elif document_id is not None:
            self.show_document(document_id)
        else:
            self._show_empty()

    def _show_empty(self) -> None:
        self.detail.show(None)
        self._paint_topbar()
        self.set_status("There are no articles yet; import some with `quotetool import PATH` or "
                        "`quotetool annotate PATH`.")

    def read_document(self, document_id: int) -> LoadedDocument:
        """An article, its quotes and its position among the articles (reads only; safe in a thread)."""
        doc = get_document(self.db, document_id)
        if doc is None:
            raise QuotetoolError(f"There is no article {document_id}.")
        return LoadedDocument(doc, document_quotes(self.db, document_id), q.document_position(self.db, document_id))

    def show_document(self, document_id: int, quote: QuoteView | None = None) -> None:
        """Load an article and its quotes; show ``quote`` (or its first undecided/first quote)."""
        self.show_loaded(self.read_document(document_id), quote)

    def show_loaded(self, loaded: LoadedDocument, quote: QuoteView | None = None) -> None:
        """Show an article read by ``read_document``, with ``quote`` (or its first undecided/first quote)."""
        doc = loaded.doc
        self.doc = doc
        self.doc_quotes = list(loaded.quotes)
        self.doc_position = loaded.position
        self.article.border_title = Content(one_line(doc.title or doc.origin, 200))
        if quote is None and self.doc_quotes:
            quote = next((x for x in self.doc_quotes if x.status == "proposed"), self.doc_quotes[0])
        self.current = quote
        self.article.show(doc.id, doc.text, self.doc_quotes, quote)
        self._after_move(quote)

    def show_quote(self, quote: QuoteView, *, stale: bool = False) -> None:
        if quote.status == "deleted":
            self._forget(quote)
            return
        if self.doc is None or quote.document_id != self.doc.id:
            self.show_document(quote.document_id, quote)
            return
        self._remember(quote)
        self.current = quote
        self.article.show(self.doc.id, self.doc.text, self.doc_quotes, quote)
        self._after_move(quote, stale=stale)

    def _after_move(self, quote: QuoteView | None, *, stale: bool = False) -> None:
        self.detail.show(quote, stale=stale)
        if quote is None and self.doc is not None:
            self.detail.update(Text("No quotes in this article yet. Select a missed quote with m; > and < "
                                    "move between articles."))
        self.queue.select(quote.id if quote else None)
        self._paint_topbar()
        self._paint_queue_header()

    def _remember(self, quote: QuoteView) -> None:
        """Put a fresh snapshot of a quote into the article's list (replace, insert, or drop if deleted)."""
        if self.doc is None or quote.document_id != self.doc.id:
            return
        rest = [x for x in self.doc_quotes if x.id != quote.id]
        if quote.status != "deleted":
            rest.append(quote)
            rest.sort(key=lambda x: (x.start, x.id))
        self.doc_quotes = rest

    def _forget(self, quote: QuoteView) -> None:
        """A quote left the review (deleted): drop it everywhere and show the next one."""
        self._remember(quote)
        following = self._neighbour(quote, forward=True, undecided=False) or self._neighbour(
            quote, forward=False, undecided=False)
        self.queue.remove_row(quote.id)
        if following is not None and self.doc is not None and following.document_id == self.doc.id:
            self.show_quote(following)
        elif self.doc is not None and quote.document_id == self.doc.id:
            self.current = None
            self.article.show(self.doc.id, self.doc.text, self.doc_quotes, None)
            self._after_move(None)
        elif following is not None:
            self.show_quote(following)

    def _note_change(self, quote: QuoteView) -> None:
        """A queue being loaded in a worker misses this change: replay it when the rows arrive."""
        if self._changed_while_loading is not None:
            self._changed_while_loading[quote.id] = None if quote.status == "deleted" else q.row_of(quote)

    def _stored(self, old: QuoteView | None, new: QuoteView) -> None:
        """Bring the screen up to date with a quote the store just returned: one row, the marks, the counts."""
        self._note_change(new)
        self._bump_overall(old.status if old else None, new.status)
        self._remember(new)
        if new.status == "deleted":
            self.queue.remove_row(new.id)
        elif self.queue.row(new.id) is not None:
            self.queue.update_row(q.row_of(new))
        elif self.queue.loaded and not self.queue_filter.active:
            self.queue.insert_row(q.row_of(new))

    def _neighbour(self, quote: QuoteView | q.QueueRow, *, forward: bool, undecided: bool) -> QuoteView | None:
        key = (quote.document_id, quote.start, quote.id)
        if self.queue.loaded:
            row = self.queue.neighbour(key, forward=forward, undecided=undecided, wrap=undecided)
            found = row.id if row else None
        else:  # the queue is still loading: ask the database
            found = q.neighbour(self.db, key, forward=forward, undecided=undecided)
            if found is None and undecided:
                found = q.first_quote(self.db, undecided=True)
                found = None if found == quote.id else found
        return get_quote(self.db, found) if found is not None else None

    # --- calling the store ---------------------------------------------------------------------

    async def _store(self, fn: Callable[..., QuoteView], *args: Any, **kwargs: Any) -> QuoteView | None:
        """One store call in a thread; a QuotetoolError becomes the status line, a stale quote is reloaded."""
        try:
            return await asyncio.to_thread(fn, self.db, *args, **kwargs)
        except StaleQuote as exc:
            self.set_status(str(exc), error=True)
            fresh = get_quote(self.db, exc.quote_id)
            if fresh is not None:
                self._refresh_from_store(fresh)
                if self.doc is not None and fresh.document_id == self.doc.id:
                    self.show_quote(fresh, stale=True)
                    self.set_status(str(exc), error=True)
            return None
        except QuotetoolError as exc:
            self.set_status(str(exc), error=True)
            return None

    def _need_current(self) -> QuoteView | None:
        if self.current is None:
            self.set_status("There is no quote on screen to decide on.", error=True)
        return self.current

    async def _decide(self, fn: Callable[..., QuoteView], verb: str, *args: Any, advance: bool = True,
                      describe: Callable[[QuoteView], str] | None = None, **kwargs: Any) -> QuoteView | None:
        """Store a decision on the quote on screen and say so (``describe`` words the message instead of
        "<verb> quote N.")."""
        quote = self._need_current()
        if quote is None:
            return None
        result = await self._store(fn, quote.id, *args, annotator=self.annotator, version=quote.version, **kwargs)
        if result is None:
            return None
        self._stored(quote, result)
        message = describe(result) if describe is not None else f"{verb} quote {result.id}."
        if advance:
            following = self._neighbour(result, forward=True, undecided=True)
            if following is not None:
                self.show_quote(following)
            else:
                self.show_quote(result)
                message += " Every proposal in the queue is decided."
        else:
            self.show_quote(result)
        self.set_status(message)
        return result

    # --- decisions -----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action not in self._REVIEW_ACTIONS or not self.is_mounted:
            return True
        if self._selecting():
            return False  # hidden from the footer: the selection's own keys are shown
        return None if self._reloading else True  # dimmed for the moment ctrl+r reads

    def _selecting(self) -> bool:
        try:
            return self.article.selecting
        except Exception:
            return False

    @guarded
    async def action_accept(self) -> None:
        await self._decide(accept, "Accepted")

    @guarded
    async def action_reject(self) -> None:
        await self._decide(reject, "Rejected")

    @guarded
    def action_skip(self) -> None:
        quote = self._need_current()
        if quote is None:
            return
        following = self._neighbour(quote, forward=True, undecided=True)
        if following is None:
            self.set_status("No other undecided proposal in the queue.")
            return
        self.show_quote(following)
        self.set_status(f"Skipped quote {quote.id}.")

    @guarded
    def action_next_undecided(self) -> None:
        start = self.current
        if start is None:
            found = q.first_quote(self.db, undecided=True)
            following = get_quote(self.db, found) if found is not None else None
        else:
            following = self._neighbour(start, forward=True, undecided=True)
        if following is None:
            self.set_status("No undecided proposal left in the queue.")
            return
        self.show_quote(following)
        self._moved_on()

    @guarded
    def action_step(self, step: int) -> None:
        quote = self.current
        if quote is None:
            self.action_next_undecided()
            return
        following = self._neighbour(quote, forward=step > 0, undecided=False)
        if following is None:
            self.set_status("This is the last quote in the queue." if step > 0 else "This is the first quote.")
            return
        self.show_quote(following)
        self._moved_on()

    @guarded
    def action_article(self, step: int) -> None:
        current = self.doc.id if self.doc else 0
        ids = q.document_ids(self.db)
        if not ids:
            return
        later = [i for i in ids if (i > current if step > 0 else i < current)]
        if not later:
            self.set_status("This is the last article." if step > 0 else "This is the first article.")
            return
        self.show_document(later[0] if step > 0 else later[-1])
        self._moved_on()

    @guarded
    async def action_undo(self) -> None:
        try:
            restored, undone, more = await asyncio.to_thread(
                undo_and_look_back, self.db, annotator=self.annotator)
        except StaleQuote as exc:
            self.set_status(str(exc), error=True)
            fresh = get_quote(self.db, exc.quote_id)
            if fresh is not None:
                self._refresh_from_store(fresh)
                self.show_quote(fresh, stale=True)
            return
        except QuotetoolError as exc:
            self.set_status(str(exc), error=True)
            return
        self._refresh_from_store(restored)
        if restored.status == "deleted":
            self._forget(restored)
        else:
            self.show_quote(restored)
        what = {"add": "the added quote is gone", "delete": "the quote is back"}.get(
            undone, f"quote {restored.id} is {restored.status}")
        self.set_status(f"Undone your {undone} on quote {restored.id}: {what}. "
                        + ("u undoes more." if more else "Nothing more to undo."))

    def _refresh_from_store(self, fresh: QuoteView) -> None:
        """After undo or a stale reload: the quote's old status is whatever the screen had."""
        old_row = self.queue.row(fresh.id)
        old_status = old_row.status if old_row else next(
            (x.status for x in self.doc_quotes if x.id == fresh.id), "deleted")
        self._note_change(fresh)
        self._bump_overall(old_status, fresh.status)
        self._remember(fresh)
        if fresh.status == "deleted":
            self.queue.remove_row(fresh.id)
        elif old_row is not None:
            self.queue.update_row(q.row_of(fresh))
        elif self.queue.loaded:
            self.queue.insert_row(q.row_of(fresh))

    @guarded
    async def action_span(self, edge: str, step: int) -> None:
        quote = self._need_current()
        if quote is None or self.doc is None:
            return
        move = {("start", -1): spans.move_start_left, ("start", 1): spans.move_start_right,
                ("end", -1): spans.move_end_left, ("end", 1): spans.move_end_right}[(edge, step)]
        try:
            start, end = move(self.doc.text, quote.start, quote.end)
        except spans.SpanError as exc:
            self.set_status(str(exc), error=True)
            return
        await self._decide(set_span, "Moved the span of", start, end, advance=False, describe=lambda r: (
            f"Moved the {edge} of quote {r.id}: now {spans.summary(r.text, r.start, r.end)}."))

    @guarded
    def action_speaker(self) -> None:
        quote = self._need_current()
        if quote is None:
            return
        names = speaker_names(self.db)

        @guarded
        async def chosen(self: QuotetoolApp, name: str | None) -> None:
            if name is None:
                self.set_status("Speaker unchanged.")
                return
            await self._decide(set_speaker, "Changed the speaker of", name or None, advance=False,
                               describe=lambda r: f"Speaker of quote {r.id}: {one_line(r.speaker or 'none')}.")

        self.push_screen(SpeakerModal(names, quote.speaker), functools.partial(chosen, self))

    @guarded
    def action_kind(self) -> None:
        quote = self._need_current()
        if quote is None:
            return

        @guarded
        async def chosen(self: QuotetoolApp, kind: str | None) -> None:
            if kind is None:
                self.set_status("Kind unchanged.")
                return
            await self._decide(set_kind, f"Set kind {kind} on", kind, advance=False)

        self.push_screen(KindModal(quote.kind), functools.partial(chosen, self))

    @guarded
    def action_add_quote(self) -> None:
        if self.doc is None:
            self.set_status("There is no article on screen.", error=True)
            return
        near = self.current.end if self.current is not None else None
        self.article.begin_selection(near)
        self.set_status("Select the missed quote: ←/→ move a word, shift extends, ↑/↓ lines, "
                        "Enter uses it, Esc cancels.")
        self.refresh_bindings()

    @guarded
    def on_article_view_selection_cancelled(self, event: ArticleView.SelectionCancelled) -> None:
        self.refresh_bindings()
        self.queue.focus()
        self.set_status("No quote added.")

    @guarded
    def on_article_view_selection_finished(self, event: ArticleView.SelectionFinished) -> None:
        self.refresh_bindings()
        self.queue.focus()
        doc = self.doc
        if doc is None:
            return
        span = spans.trim_selection(doc.text, event.start, event.end)
        if span is None:
            self.set_status("The selection holds no text; no quote added.", error=True)
            return
        start, end = span
        guess = "direct" if spans.looks_direct(doc.text, start, end) else "indirect"

        @guarded
        def kind_chosen(self: QuotetoolApp, kind: str | None) -> None:
            if kind is None:
                self.set_status("No quote added.")
                return
            self.push_screen(SpeakerModal(speaker_names(self.db), None, title="Speaker of the new quote"),
                             functools.partial(speaker_chosen, self, kind))

        @guarded
        async def speaker_chosen(self: QuotetoolApp, kind: str, name: str | None) -> None:
            if name is None:
                self.set_status("No quote added.")
                return
            try:
                added = await asyncio.to_thread(add_quote, self.db, doc.id, start, end, kind=kind,
                                                speaker=name or None, annotator=self.annotator)
            except QuotetoolError as exc:
                self.set_status(str(exc), error=True)
                return
            self._stored(None, added)
            self.show_quote(added)
            self.set_status(f"Added quote {added.id} ({kind}, {one_line(added.speaker or 'no speaker')}).")

        self.push_screen(KindModal(guess, title="Kind of the new quote"), functools.partial(kind_chosen, self))

    @guarded
    async def action_delete(self) -> None:
        quote = self._need_current()
        if quote is None:
            return
        if quote.origin != "manual":
            self.set_status("Only quotes added by hand can be deleted; reject a proposal instead (x).", error=True)
            return
        result = await self._store(delete_quote, quote.id, annotator=self.annotator, version=quote.version)
        if result is None:
            return
        self._note_change(result)
        self._bump_overall(quote.status, result.status)
        self._forget(result)
        self.set_status(f"Deleted quote {quote.id} (u brings it back).")

    # --- queue, filter, export, help -----------------------------------------------------------

    def reload_queue(self, flt: q.QueueFilter, *, announce: bool = False) -> None:
        """Load the queue in a worker; decisions made meanwhile are replayed onto the loaded rows.
        ``announce``: the filter comes from the filter line, so the status line says what the queue shows."""
        self._changed_while_loading = {}
        self.queue.loaded = False
        self.load_queue(flt, announce)

    @work(thread=True, exclusive=True, group="queue", exit_on_error=False)
    def load_queue(self, flt: q.QueueFilter, announce: bool
                   ) -> tuple[q.QueueFilter, list[q.QueueRow], q.Progress, bool]:
        rows = q.load_queue(self.db, flt)
        return flt, rows, q.progress(self.db), announce

    @guarded
    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "reload":
            if event.state in (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED):
                self._reloaded(event)
        elif worker.group == "queue":
            if event.state == WorkerState.SUCCESS and worker.result is not None:
                flt, rows, overall, announce = worker.result
                self.queue_filter, self.overall = flt, overall
                self.queue.empty_message = ("No quotes match the filter; / changes it." if flt.active else
                                            "No quotes yet: m adds one from the article.")
                self.queue.set_rows(rows, self.current.id if self.current else None)
                changed, self._changed_while_loading = self._changed_while_loading or {}, None
                for quote_id, row in changed.items():
                    if row is None:
                        self.queue.remove_row(quote_id)
                    elif self.queue.row(quote_id) is not None:
                        self.queue.update_row(row)
                    elif not flt.active:
                        self.queue.insert_row(row)
                if changed:
                    self.overall = q.progress(self.db)  # the worker's count may predate those decisions
                self.queue.select(self.current.id if self.current else None)
                gc.freeze()  # 100,000 long-lived rows: keep them out of every later garbage collection
                if flt.active and rows and self.queue.row(self.current.id if self.current else -1) is None:
                    first = get_quote(self.db, rows[0].id)  # the quote on screen is filtered out: show the first
                    if first is not None:
                        self.show_quote(first)
                self._paint_queue_header()
                self._paint_topbar()
                if flt.active:
                    one = len(rows) == 1
                    self.set_status(f"{len(rows):,} quote{'' if one else 's'} match{'es' if one else ''} the filter "
                                    f"{describe_filter(flt)}; / changes it, an empty filter shows all.")
                elif announce:
                    self.set_status(f"No filter: all {len(rows):,} quotes are in the queue.")
            elif event.state == WorkerState.ERROR:
                self.report_error(worker.error or RuntimeError("the queue could not be loaded"))
                self.queue.empty_message = "The queue could not be loaded."
                self.queue.refresh()
        elif worker.group == "export":
            if event.state == WorkerState.SUCCESS:
                self.set_status(str(worker.result))
            elif event.state == WorkerState.ERROR:
                self.report_error(worker.error or RuntimeError("the export failed"))

    @guarded
    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.display = True
        box.value = describe_filter(self.queue_filter)
        box.focus()

    @guarded
    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "filter":
            return
        event.stop()
        try:
            flt = parse_filter(event.value)
        except FilterError as exc:
            self.set_status(str(exc), error=True)
            return
        event.input.display = False
        self.queue.focus()
        self.queue.empty_message = "Filtering…"
        self.reload_queue(flt, announce=True)

    @guarded
    def on_key(self, event: Any) -> None:
        box = self.query_one("#filter", Input)
        if event.key == "escape" and box.display and box.has_focus:
            box.display = False
            self.queue.focus()
            event.stop()
            # after an error (e.g. "'bogus' is not a status") that filter was not applied
            if self.query_one("#status", StatusLine).has_class("-error"):
                self.set_status(f"The filter is unchanged ({describe_filter(self.queue_filter) or 'none'}).")

    @guarded
    def on_queue_view_chosen(self, event: QueueView.Chosen) -> None:
        self._go_to(event.quote_id)

    @guarded
    def on_article_view_quote_clicked(self, event: ArticleView.QuoteClicked) -> None:
        self._go_to(event.quote_id)

    def _go_to(self, quote_id: int) -> None:
        quote = get_quote(self.db, quote_id)
        if quote is not None:
            self.show_quote(quote)
            self._moved_on()

    @guarded
    def action_export(self) -> None:
        default = self.db.path.with_suffix(".csv")

        @guarded
        def chosen(self: QuotetoolApp, request: ExportRequest | None) -> None:
            if request is None:
                self.set_status("Nothing exported.")
                return
            self.set_status(f"Exporting to {request.path}…")
            self.run_worker(functools.partial(self._export, request), thread=True, group="export",
                            exit_on_error=False)

        self.push_screen(ExportModal(default), functools.partial(chosen, self))

    def _export(self, request: ExportRequest) -> str:
        from quotetool.export import export_to, summary
        from quotetool.store import EXPORT_COLUMNS, iter_export_rows

        statuses = ("accepted", "proposed", "rejected") if request.all_statuses else ("accepted",)
        path = str(Path(request.path).expanduser())
        count = export_to(path, EXPORT_COLUMNS, iter_export_rows(self.db, statuses), fmt="csv", excel=request.excel)
        return summary(count, statuses, path) + "."

    def mapped_bindings(self, screen: Screen | None = None) -> list[tuple[Binding, str]]:
        """The app's bindings in the order of ``BINDINGS``, each as bound now (keymap applied) with its keys.

        Textual moves a rebound key to the end of its bindings map and keeps the class binding as it
        was; this reads the keys from the screen's active bindings, by binding id, in the declared order.
        A binding that lost its key to a clash in the keymap is left out.
        """
        screen = screen or self.screen_stack[0]
        bound: dict[str, list[Binding]] = {}
        for active in screen.active_bindings.values():
            if active.node is self and active.binding.id:
                bound.setdefault(active.binding.id, []).append(active.binding)
        out: list[tuple[Binding, str]] = []
        for declared in self.BINDINGS:
            assert isinstance(declared, Binding)
            now = bound.get(declared.id or "", [])
            if now:
                out.append((now[0], " ".join(self.get_key_display(b) for b in now)))
        return out

    def help_keys(self) -> list[tuple[str, str]]:
        """(key, description [id]) of every binding of the review screen, as currently mapped."""
        out: list[tuple[str, str]] = []
        for binding, keys in self.mapped_bindings():
            if binding.description and binding.show:
                text = LONG.get(binding.id or "", binding.description)
                suffix = f" [{binding.id}]" if binding.id else ""
                out.append((keys, f"{text}{suffix}"))
        return out

    @guarded
    def action_reload(self) -> None:
        """Show what other editors changed: the quote on screen, its article, the queue and the counts.

        The reads run in a worker; review keys wait until it is done, so no decision made meanwhile is
        painted over by what was read before it.
        """
        self._reloading = True
        self.refresh_bindings()
        self.set_status("Reloading…")
        self.read_reload(self.current.id if self.current else None, self.doc.id if self.doc else None)
        self.reload_queue(self.queue_filter)

    @work(thread=True, exclusive=True, group="reload", exit_on_error=False)
    def read_reload(self, quote_id: int | None, document_id: int | None) -> Reloaded:
        fresh = get_quote(self.db, quote_id) if quote_id is not None else None
        if fresh is not None and fresh.status == "deleted":
            fresh = None
        if fresh is None and (quote_id is not None or document_id is None):
            # The quote on screen is gone (or nothing was shown): start over where review starts, in the
            # article on screen if no quote is left
            fresh, first_document = self._first_place()
            if fresh is not None or document_id is None:
                document_id = first_document
        elif fresh is not None:
            document_id = fresh.document_id
        return Reloaded(fresh, self.read_document(document_id) if document_id is not None else None)

    def _reloaded(self, event: Worker.StateChanged) -> None:
        self._reloading = False
        self.refresh_bindings()
        if event.state == WorkerState.ERROR:
            self.report_error(event.worker.error or RuntimeError("the reload failed"))
            return
        if event.state == WorkerState.CANCELLED:
            return
        result: Reloaded = event.worker.result
        if result.document is None:  # (the worker found no article at all)
            self.doc, self.current, self.doc_quotes = None, None, []
            self._show_empty()
            return
        self.show_loaded(result.document, result.quote)
        self.set_status("Reloaded from the database.")

    @guarded
    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.help_keys()))

    @guarded
    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme == DARK else DARK

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if screen is not self.screen_stack[0]:
            return
        for binding, key in self.mapped_bindings(screen):
            if binding.action in {"quit"}:
                continue
            yield SystemCommand(f"{binding.description} ({key})", f"Same as the key {key}",
                                functools.partial(self.run_action, binding.action))
