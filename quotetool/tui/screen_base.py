"""The review screen's base: it owns the widgets, paints the review model, and moves through the queue.

Reads that may take a while (the queue, a reload, the article's revision) run in thread workers
that post typed messages (messages.py). Decisions and their dialogs are added in screen.py.
"""

from __future__ import annotations

import functools
import gc
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input
from textual.worker import get_current_worker

from quotetool.errors import QuotetoolError
from quotetool.queue_order import DEFAULT_ORDER, ORDER_LABELS, QueueOrder, next_order
from quotetool.store import Database, QuoteView, get_quote
from quotetool.store import queue as q
from quotetool.tui import reads
from quotetool.tui.article_view import ArticleView
from quotetool.tui.bars import topbar_text
from quotetool.tui.detail_panel import DetailPanel
from quotetool.tui.filters import FilterError, describe_filter, parse_filter
from quotetool.tui.footer import FittingFooter
from quotetool.tui.guard import guarded
from quotetool.tui.keys import REVIEW_ACTIONS, REVIEW_BINDINGS
from quotetool.tui.messages import ArticleChanged, Exported, QueueLoaded, Recounted, Reloaded, WorkFailed
from quotetool.tui.model import ReviewModel
from quotetool.tui.plain_text import PlainText, StatusLine
from quotetool.tui.queue_view import QueueView
from quotetool.tui.sanitize import one_line

POLL_SECONDS = 1.0  # how often the screen asks whether the article's proposals were replaced (redetect)


class ReviewScreenBase(Screen[None]):
    """The article, the current quote's details, the queue, the status line and the keys."""

    BINDINGS = REVIEW_BINDINGS
    # Classes for the stylesheet: a wide or tall terminal gives the detail panel and the queue more room.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (40, "-tall")]
    REVIEW_ACTIONS = REVIEW_ACTIONS

    def __init__(
        self, db: Database, *, annotator: str, notice: str | None = None, order: QueueOrder = DEFAULT_ORDER
    ) -> None:
        super().__init__()
        self.db = db
        self.annotator = annotator
        self.model = ReviewModel(order)
        self.wanted_order: QueueOrder = order  # the order asked for; the model's is the one loaded
        self._notice = notice  # a sentence for the status line at the start (a keymap problem)
        self._load_gate = reads.LoadGate()  # a queue worker waits while the screen answers a key
        self._kept = q.kept_open(db)  # an idle connection for the screen's life (see kept_open)
        self._kept_entered = False

    # --- layout --------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield PlainText(id="topbar")
        with Horizontal(id="main"):
            yield ArticleView(id="article")
            yield DetailPanel(id="detail")
        with Vertical(id="queue-box"):
            yield PlainText(id="queue-header")
            yield QueueView(self.model.queue, id="queue", fetch_snippets=functools.partial(q.snippets, self.db))
        yield Input(
            placeholder="status:proposed kind:direct doc:3 speaker:name words   (Enter applies, Esc closes)",
            id="filter",
        )
        yield StatusLine(id="status")
        yield FittingFooter(compact=True)

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
        self._kept.__enter__()
        self._kept_entered = True
        self.query_one("#filter", Input).display = False
        self.detail.border_title = Content("Quote")
        self.show_first()
        self.queue.focus()
        if self.model.doc is not None:
            self.set_status(
                self._notice or f"Reviewing as {self.annotator}. Press ? for keys.", error=bool(self._notice)
            )
        self.reload_queue(self.model.filter)
        self.set_interval(POLL_SECONDS, self.check_revision)

    def on_unmount(self) -> None:
        if self._kept_entered:
            self._kept_entered = False
            self._kept.__exit__(None, None, None)

    @guarded
    def on_resize(self) -> None:
        self.paint_queue_header()

    # --- status and painting -----------------------------------------------------------------------

    def set_status(self, message: str, *, error: bool = False) -> None:
        status = self.query_one("#status", StatusLine)
        status.set_class(error, "-error")
        status.update(Text(one_line(message)))

    def report_error(self, exc: BaseException) -> None:
        if isinstance(exc, QuotetoolError):
            self.set_status(str(exc), error=True)
        else:
            self.set_status(
                f"Something went wrong ({type(exc).__name__}: {exc}); every decision made so far is saved.", error=True
            )
        self.log.error(repr(exc))

    def paint(self, *, stale: bool = False) -> None:
        """Show the model: the article with its marks, the current quote's details, the queue's cursor."""
        model = self.model
        current = model.current
        if model.doc is not None:
            self.article.border_title = Content(one_line(model.doc.title or model.doc.origin, 200))
            self.article.show(model.doc.id, model.doc.text, model.doc_quotes, current)
        if current is not None:
            self.detail.show(current, stale=stale)
        else:
            self.detail.update(Text(model.nothing_to_decide(), style="italic"))
        self.queue.sync(current.id if current else None)
        self.paint_topbar()
        self.paint_queue_header()
        # Again once laid out: rows that now overflow the queue bring its scrollbar, which narrows the rows
        # (the header's columns are those of the rows).
        self.call_after_refresh(self._repaint_queue_header)
        self.call_after_refresh(self._load_gate.release)  # (a queue worker waits until the screen is painted)

    def paint_topbar(self) -> None:
        self.query_one("#topbar", PlainText).update(topbar_text(self.model, self.annotator))

    def _repaint_queue_header(self) -> None:
        if self.is_mounted and self.is_attached:  # (not while the app closes)
            self.paint_queue_header()

    def paint_queue_header(self) -> None:
        width = self.queue.scrollable_content_region.width or self.size.width
        order = self.model.order
        count = f" {len(self.queue.rows):,} in queue" if self.queue.loaded else " loading…"
        if order != DEFAULT_ORDER:  # the usual order goes without saying
            count += f", {ORDER_LABELS[order]}"
        room = max(0, width - len(count))
        self.query_one("#queue-header", PlainText).update(
            Text(QueueView.header(width, order)[:room].ljust(room) + count, no_wrap=True, overflow="crop")
        )

    # --- moving through the review -----------------------------------------------------------------

    def show_first(self) -> None:
        quote, document_id = reads.first_place(self.db, self.model.order)
        if document_id is None:
            self.model.clear()
            self.paint()
            self.set_status(
                "There are no articles yet; import some with `quotetool import PATH` or `quotetool annotate PATH`."
            )
        else:
            self.show_document(document_id, quote.id if quote else None)

    def show_document(self, document_id: int, prefer: int | None = None) -> None:
        self.model.show_document(reads.read_document(self.db, document_id), prefer=prefer)
        self.paint()

    def go(self, quote: QuoteView, *, stale: bool = False) -> bool:
        """Show ``quote`` (loading its article if needed); False if the queue does not list it."""
        if self.model.doc is None or quote.document_id != self.model.doc.id:
            self.model.show_document(reads.read_document(self.db, quote.document_id), prefer=quote.id)
        shown = self.model.show(quote)
        self.paint(stale=stale)
        return shown

    def show_quote(self, quote: QuoteView) -> bool:
        """Show a quote; says so if the filter hides it."""
        if self.go(quote):
            return True
        self.set_status(f"Quote {quote.id} is not in the filtered queue; / changes the filter.")
        return False

    def neighbour(self, quote: QuoteView, *, forward: bool, undecided: bool) -> QuoteView | None:
        """The next/previous (undecided) quote in the queue's order; from the store while the queue loads."""
        model = self.model
        if model.queue.loaded:
            found = model.neighbour(quote, forward=forward, undecided=undecided)
        else:
            key = model.queue.key(quote)
            found = q.neighbour(self.db, key, forward=forward, undecided=undecided, order=model.order)
            if found is None and undecided:
                found = q.first_quote(self.db, undecided=True, order=model.order)
                found = None if found == quote.id else found
        return get_quote(self.db, found) if found is not None else None

    @guarded
    def action_next_undecided(self) -> None:
        start = self.model.current
        if start is None:
            row = next((r for r in self.model.queue.rows if r.status == "proposed"), None)
            found = row.id if row is not None else None
            if not self.model.queue.loaded:
                found = q.first_quote(self.db, undecided=True, order=self.model.order)
            following = get_quote(self.db, found) if found is not None else None
        else:
            following = self.neighbour(start, forward=True, undecided=True)
        if following is None:
            self.set_status("No undecided proposal left in the queue.")
            return
        self.go(following)
        self.set_status("")

    @guarded
    def action_step(self, step: int) -> None:
        quote = self.model.current
        if quote is None:
            self.action_next_undecided()
            return
        following = self.neighbour(quote, forward=step > 0, undecided=False)
        if following is None:
            self.set_status("This is the last quote in the queue." if step > 0 else "This is the first quote.")
            return
        self.go(following)
        self.set_status("")

    @guarded
    def action_article(self, step: int) -> None:
        current = self.model.doc.id if self.model.doc else 0
        found = q.adjacent_document(self.db, current, forward=step > 0)  # (one indexed row, not every id)
        if found is None:
            self.set_status("This is the last article." if step > 0 else "This is the first article.")
            return
        self.show_document(found)
        self.set_status("")

    @on(QueueView.Chosen)
    @on(ArticleView.QuoteClicked)
    @guarded
    def quote_chosen(self, event: QueueView.Chosen | ArticleView.QuoteClicked) -> None:
        quote = get_quote(self.db, event.quote_id)
        if quote is not None and self.show_quote(quote):
            self.set_status("")

    # --- the queue and the filter -------------------------------------------------------------------

    def reload_queue(self, flt: q.QueueFilter, *, announce: bool = False) -> None:
        """Load the queue in a worker, in the order asked for; quotes stored meanwhile are replayed onto the
        loaded rows."""
        self.model.begin_load()
        self.load_queue(flt, self.wanted_order, announce)

    @work(thread=True, exclusive=True, group="queue")
    def load_queue(self, flt: q.QueueFilter, order: QueueOrder, announce: bool) -> None:
        try:
            read = reads.read_queue(self.db, flt, order, self._load_gate.wait)
        except Exception as exc:
            self.post_message(WorkFailed("queue", exc))
            return
        if not get_current_worker().is_cancelled:  # (a newer load replaced this one)
            self.post_message(QueueLoaded(read, announce))

    @on(QueueLoaded)
    @guarded
    def queue_loaded(self, message: QueueLoaded) -> None:
        read = message.read
        flt, rows = read.flt, read.rows
        self.queue.empty_message = (
            "No quotes match the filter; / changes it." if flt.active else "No quotes yet: m adds one from the article."
        )
        reordered = read.order != self.model.order
        self._take_queue(read)
        if self.model.current is None and rows:
            first = get_quote(self.db, rows[0].id)  # nothing of the article on screen is listed: the first row
            if first is not None:
                self.go(first)
        said = self._order_sentence(read.order) + " " if reordered else ""
        if flt.active:
            one = len(rows) == 1
            self.set_status(
                f"{said}{len(rows):,} quote{'' if one else 's'} match{'es' if one else ''} the filter "
                f"{describe_filter(flt)}; / changes it, an empty filter shows all."
            )
        elif message.announce:
            self.set_status(f"{said}No filter: all {len(rows):,} quotes are in the queue.")
        elif reordered:
            self.set_status(said.strip())

    @staticmethod
    def _order_sentence(order: QueueOrder) -> str:
        """What the queue's order is now, and how to use it (after the editor switched it)."""
        if order == "uncertain":
            return "Queue least confident first: n, p and g follow it; o switches back."
        return "Queue by article and position in the text; o orders it least confident first."

    def _take_queue(self, read: reads.QueueRead) -> None:
        self.model.queue_loaded(read.flt, read.rows, read.overall, read.articles, order=read.order, by_id=read.by_id)
        self.model.reselect()
        if self.model.counts_unsure:  # (a count of 2,000,000 quotes takes a quarter second: not on this thread)
            self.model.counts_unsure = False
            self.recount(self.model.applied)
        gc.freeze()  # 100,000 long-lived rows: keep them out of every later garbage collection
        self.paint()

    @work(thread=True, exclusive=True, group="recount")
    def recount(self, applied: int) -> None:
        try:
            overall = q.progress(self.db)
        except Exception as exc:
            self.post_message(WorkFailed("recount", exc))
            return
        self.post_message(Recounted(overall, applied))

    @on(Recounted)
    @guarded
    def recounted(self, message: Recounted) -> None:
        if message.applied != self.model.applied:  # a decision was taken in meanwhile: it may not be counted
            self.recount(self.model.applied)
            return
        self.model.overall = message.overall
        self.paint_topbar()

    @on(WorkFailed)
    def work_failed(self, message: WorkFailed) -> None:
        self.report_error(message.error)
        if message.what == "queue":
            self.queue.empty_message = "The queue could not be loaded."
            self.queue.refresh()

    @guarded
    def action_order(self) -> None:
        """Switch the queue's order (by article / least confident first); the quote on screen stays."""
        self.wanted_order = next_order(self.wanted_order)
        self.set_status(f"Ordering the queue {ORDER_LABELS[self.wanted_order]}…")
        self.reload_queue(self.model.filter)

    @guarded
    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.display = True
        box.value = describe_filter(self.model.filter)
        # At once, not via Widget.focus (a callback later): words typed right after `/` (fast typing, tmux)
        # must reach the filter line, not act as keys (`q` would quit).
        self.set_focus(box)

    @on(Input.Submitted, "#filter")
    @guarded
    def filter_submitted(self, event: Input.Submitted) -> None:
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
        self._load_gate.hold()  # released once painted
        box = self.query_one("#filter", Input)
        if event.key == "escape" and box.display and box.has_focus:
            box.display = False
            self.queue.focus()
            event.stop()
            # after an error (e.g. "'bogus' is not a status") that filter was not applied
            if self.query_one("#status", StatusLine).has_class("-error"):
                self.set_status(f"The filter is unchanged ({describe_filter(self.model.filter) or 'none'}).")

    # --- reloading: ctrl+r, and by itself when the article's proposals were replaced ----------------------

    @guarded
    def action_reload(self) -> None:
        """Show what other editors changed: the quote on screen, its article, the queue and the counts."""
        self.set_status("Reloading…")
        self.start_reload(changed=False)

    def start_reload(self, *, changed: bool) -> None:
        current, doc = self.model.current, self.model.doc
        place = (current.id, current.start) if current is not None else (None, None)
        self.model.begin_load()
        self.read_reload(self.model.filter, place, doc.id if doc else None, changed, self.wanted_order)

    @work(thread=True, exclusive=True, group="reload")
    def read_reload(
        self,
        flt: q.QueueFilter,
        place: tuple[int | None, int | None],
        document_id: int | None,
        changed: bool,
        order: QueueOrder,
    ) -> None:
        try:
            read = reads.read_reload(self.db, flt, place[0], document_id, order, self._load_gate.wait)
        except Exception as exc:
            self.post_message(WorkFailed("reload", exc))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(Reloaded(read, place, changed))

    @on(Reloaded)
    @guarded
    def reloaded(self, message: Reloaded) -> None:
        read = message.read
        if read.document is None:  # there are no articles (any more)
            self.model.clear()
            self._take_queue(read.queue)
            return
        prefer, near = message.place
        self.model.show_document(read.document, prefer=prefer, near=near)
        self._take_queue(read.queue)
        if not message.changed:
            self.set_status("Reloaded from the database.")
            return
        current = self.model.current
        where = f"you are at quote {current.id}" if current is not None else "no quote of it is in the queue"
        kept = " (the same quote)" if current is not None and current.id == prefer else ""
        self.set_status(
            f"The detector's proposals for this article were replaced (redetect); it was reloaded and {where}{kept}."
        )

    def check_revision(self) -> None:
        """Ask the store (in a worker) whether the article on screen got new proposals."""
        doc = self.model.doc
        if doc is not None and self.is_mounted:
            self.read_revision(doc.id, self.model.revision)

    @work(thread=True, exclusive=True, group="revision")
    def read_revision(self, document_id: int, known: int | None) -> None:
        try:
            revision = q.document_revision(self.db, document_id)
        except Exception:  # (a moment the file cannot be read: the next poll asks again)
            return
        if revision != known:
            self.post_message(ArticleChanged(document_id, revision))

    @on(ArticleChanged)
    @guarded
    def article_changed(self, message: ArticleChanged) -> None:
        doc = self.model.doc
        if doc is None or doc.id != message.document_id or message.revision == self.model.revision:
            return
        self.model.revision = message.revision  # (asked once: the reload reads the article again)
        self.start_reload(changed=True)

    @on(Exported)
    def exported(self, message: Exported) -> None:
        self.set_status(message.summary)
