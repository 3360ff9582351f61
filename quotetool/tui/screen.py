"""The review screen: decisions on the current quote, each one short store call, and the dialogs leading to one.

A decision key calls one store function (one short transaction, in a thread so the screen keeps
drawing while SQLite waits for a lock); the stored quote goes to the model, and the screen moves
on. Store errors are sentences in the status line; nothing a store call raises ends the app.
Dialog chains are workers that await each dialog (``push_screen_wait``).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual import on, work
from textual.binding import Binding
from textual.screen import Screen

from quotetool.errors import QuotetoolError
from quotetool.store import (
    QuoteView,
    accept,
    add_quote,
    delete_quote,
    load_orm,
    reject,
    set_kind,
    set_span,
)
from quotetool.tui import spans
from quotetool.tui.article_view import ArticleView
from quotetool.tui.guard import guarded
from quotetool.tui.help_screen import LONG, HelpScreen
from quotetool.tui.messages import Exported, WorkFailed
from quotetool.tui.modals import ExportModal, ExportRequest, KindModal
from quotetool.tui.sanitize import one_line
from quotetool.tui.screen_decide import on_current
from quotetool.tui.screen_notes import NotesScreen


class ReviewScreen(NotesScreen):
    """Review proposals of the detector: accept, reject, correct, add, undo, export."""

    # --- decisions ---------------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action not in self.REVIEW_ACTIONS or not self.is_mounted:
            return True
        try:
            return not self.article.selecting  # hidden from the footer: the selection's own keys are shown
        except Exception:
            return True

    @guarded
    @on_current
    async def action_accept(self, quote: QuoteView) -> None:
        await self._decide(quote, accept, "Accepted")

    @guarded
    @on_current
    async def action_reject(self, quote: QuoteView) -> None:
        await self._decide(quote, reject, "Rejected")

    @guarded
    @on_current
    async def action_skip(self, quote: QuoteView) -> None:
        following = self.neighbour(quote, forward=True, undecided=True)
        if following is None:
            self.set_status("No other undecided proposal in the queue.")
            return
        self.go(following)
        self.set_status(f"Skipped quote {quote.id}.")

    @guarded
    @on_current
    async def action_span(self, quote: QuoteView, edge: str, step: int, unit: str = "word") -> None:
        text = self.model.doc.text if self.model.doc is not None else ""
        try:
            start, end = spans.move_edge(text, quote.start, quote.end, edge, step, unit)
        except spans.SpanError as exc:
            self.set_status(str(exc), error=True)
            return
        await self._decide(
            quote,
            set_span,
            "Moved the span of",
            start,
            end,
            advance=False,
            describe=lambda r: f"Moved the {edge} of quote {r.id}: now {spans.summary(r.text, r.start, r.end)}.",
        )

    @guarded
    @on_current
    async def action_delete(self, quote: QuoteView) -> None:
        if quote.origin != "manual":
            self.set_status("Only quotes added by hand can be deleted; reject a proposal instead (x).", error=True)
            return
        result = await self._store(delete_quote, quote.id, annotator=self.annotator, version=quote.version)
        if result is not None:
            self._left(self.model.apply(result))
            self.set_status(f"Deleted quote {quote.id} (u brings it back).")

    # --- across articles (issue 12): the Speakers screen, and a verdict for the whole statement ------------

    def action_speakers(self) -> None:
        load_orm()  # (one thread at a time: the app may be loading the ORM in a worker)
        from quotetool.tui.speakers_screen import SpeakersScreen

        self.app.push_screen(SpeakersScreen(self.db, annotator=self.annotator), lambda _: self.reload_after_speakers())

    def reload_after_speakers(self) -> None:
        current = self.model.current
        if current is not None:
            self._show_fresh(current.id)

    @guarded
    @on_current
    async def action_statement(self, quote: QuoteView, what: str) -> None:
        load_orm()  # (one thread at a time: the app may be loading the ORM in a worker)
        from quotetool.store.statements import apply_to_statement

        try:
            changed = await asyncio.to_thread(apply_to_statement, self.db, quote.id, what, annotator=self.annotator)
        except QuotetoolError as exc:
            self.set_status(str(exc), error=True)
            return
        for changed_quote in changed:
            self.model.apply(changed_quote)
        self.paint()
        verb = "Accepted" if what == "accept" else "Gave this quote's speaker to"
        self.set_status(f"{verb} {len(changed)} quotes of the statement (u undoes them together).")

    # --- dialogs: each chain is a worker awaiting its dialogs ----------------------------------------------

    @guarded
    @on_current
    async def action_kind(self, quote: QuoteView) -> None:
        self.choose_kind(quote)

    @work(exclusive=True, group="dialog", exit_on_error=False)
    @guarded
    async def choose_kind(self, quote: QuoteView) -> None:
        kind = await self.app.push_screen_wait(KindModal(quote.kind))
        if kind is None:
            self.set_status("Kind unchanged.")
            return
        await self._decide(quote, set_kind, f"Set kind {kind} on", kind, advance=False)

    @guarded
    def action_add_quote(self) -> None:
        if self.model.doc is None:
            self.set_status("There is no article on screen.", error=True)
            return
        current = self.model.current
        self.article.begin_selection(current.start if current is not None else None)
        self.set_status(
            "Select the missed quote: ←/→ a word (shift extends), s the sentence, + - ( ) clauses and sentences, "
            "M the next likely miss, / find, Enter uses it, Esc cancels."
        )
        self.refresh_bindings()

    @guarded
    def action_next_miss(self) -> None:
        """Select the next sentence with a sign of speech that no quote covers (M, also while selecting)."""
        if self.model.doc is None:
            self.set_status("There is no article on screen.", error=True)
            return
        covered = [(q.start, q.end) for q in self.model.doc_quotes if q.status != "deleted"]
        self.set_status(self.article.jump_to_miss(covered))
        self.refresh_bindings()

    @guarded
    def action_find(self) -> None:
        if self.model.doc is None:
            self.set_status("There is no article on screen.", error=True)
            return
        self.article.find_in_article()
        self.refresh_bindings()

    @on(ArticleView.Said)
    def article_said(self, event: ArticleView.Said) -> None:
        self.set_status(event.text, error=event.error)

    @on(ArticleView.SelectionCancelled)
    @guarded
    def selection_cancelled(self, event: ArticleView.SelectionCancelled) -> None:
        self.refresh_bindings()
        self.queue.focus()
        self.set_status("No quote added.")

    @on(ArticleView.SelectionFinished)
    @guarded
    def selection_finished(self, event: ArticleView.SelectionFinished) -> None:
        self.refresh_bindings()
        self.queue.focus()
        doc = self.model.doc
        if doc is None:
            return
        span = spans.trim_selection(doc.text, event.start, event.end)
        if span is None:
            self.set_status("The selection holds no text; no quote added.", error=True)
            return
        guess = "direct" if spans.looks_direct(doc.text, *span) else "indirect"
        self.add_missed(doc.id, span, guess)

    @work(exclusive=True, group="dialog", exit_on_error=False)
    @guarded
    async def add_missed(self, document_id: int, span: tuple[int, int], guess: str) -> None:
        kind = await self.app.push_screen_wait(KindModal(guess, title="Kind of the new quote"))
        if kind is None:
            self.set_status("No quote added.")
            return
        who = await self.app.push_screen_wait(self.speaker_modal(None, document_id, title="Speaker of the new quote"))
        if who is None:
            self.set_status("No quote added.")
            return
        try:
            added = await asyncio.to_thread(
                add_quote,
                self.db,
                document_id,
                *span,
                kind=kind,
                speaker=who.name or None,
                annotator=self.annotator,
                mention=who.mention,
            )
        except QuotetoolError as exc:
            self.set_status(str(exc), error=True)
            return
        added = self.model.apply(added, matches=await self._matches(added), new=True)
        message = f"Added quote {added.id} ({kind}, {one_line(added.speaker or 'no speaker')})."
        if self.model.listed(added):
            self.go(added)
        else:
            message += " It does not match the filter, so it is not listed."
            self.paint()
        self.set_status(message)

    @guarded
    def action_export(self) -> None:
        self.choose_export()

    @work(exclusive=True, group="dialog", exit_on_error=False)
    @guarded
    async def choose_export(self) -> None:
        request = await self.app.push_screen_wait(ExportModal(self.db.path.with_suffix(".csv")))
        if request is None:
            self.set_status("Nothing exported.")
            return
        self.set_status(f"Exporting to {request.path}…")
        self.export(request)

    @work(thread=True, group="export")
    def export(self, request: ExportRequest) -> None:
        from quotetool.export import export_to, summary
        from quotetool.store import EXPORT_COLUMNS, iter_export_rows

        statuses = ("accepted", "proposed", "rejected") if request.all_statuses else ("accepted",)
        path = str(Path(request.path).expanduser())
        try:
            count = export_to(path, EXPORT_COLUMNS, iter_export_rows(self.db, statuses), fmt="csv", excel=request.excel)
        except Exception as exc:
            self.post_message(WorkFailed("export", exc))
            return
        self.post_message(Exported(summary(count, statuses, path) + "."))

    # --- help, theme, the keys as bound now -------------------------------------------------------------

    @guarded
    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.help_keys()))

    @guarded
    def action_toggle_theme(self) -> None:
        self.app.theme = "textual-light" if self.app.theme == "textual-dark" else "textual-dark"

    def mapped_bindings(self, screen: Screen | None = None) -> list[tuple[Binding, str]]:
        """The review bindings in the order of ``BINDINGS``, each as bound now (keymap applied) with its keys.

        Textual moves a rebound key to the end of its bindings map and keeps the class binding as it
        was; this reads the keys from the screen's active bindings, by binding id, in the declared order.
        A binding that lost its key to a clash in the keymap is left out.
        """
        bound: dict[str, list[Binding]] = {}
        for active in self.active_bindings.values():
            if active.node is self and active.binding.id:
                bound.setdefault(active.binding.id, []).append(active.binding)
        out: list[tuple[Binding, str]] = []
        for declared in self.BINDINGS:
            assert isinstance(declared, Binding)
            now = bound.get(declared.id or "", [])
            if now:
                out.append((now[0], " ".join(self.app.get_key_display(b) for b in now)))
        return out

    def help_keys(self) -> list[tuple[str, str]]:
        """(key, description [id]) of every binding of the review screen, as currently mapped."""
        out: list[tuple[str, str]] = []
        for binding, keys in self.mapped_bindings():
            if binding.description and binding.show:
                text = LONG.get(binding.id or "", binding.description)
                out.append((keys, f"{text} [{binding.id}]" if binding.id else text))
        return out
