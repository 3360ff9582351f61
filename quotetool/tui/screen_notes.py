"""The review screen's corrections and notes: the speaker (for one quote, or every quote of its mention in
the article), a comment, a flag, and the article's reviewed mark. Dialog chains are workers awaiting
their dialog (``push_screen_wait``); each decision is one store call."""

from __future__ import annotations

import asyncio

from textual import work

from quotetool.errors import QuotetoolError
from quotetool.store import (
    Flag,
    QuoteView,
    article_people,
    mark_reviewed,
    set_comment,
    set_flag,
    set_speaker,
    set_speaker_for_mention,
    speaker_names,
    unmark_reviewed,
)
from quotetool.tui.guard import guarded
from quotetool.tui.modals import CommentModal, FlagModal
from quotetool.tui.sanitize import one_line
from quotetool.tui.screen_decide import DecidingScreen, on_current
from quotetool.tui.speaker_dialog import EveryQuote, SpeakerChoice, SpeakerModal

_CONFIRMED = ("proposed", "accepted")  # the quotes set_speaker_for_mention changes besides the one acted on


class NotesScreen(DecidingScreen):
    """Speaker, comment, flag and reviewed mark."""

    # --- the speaker ----------------------------------------------------------------------------------

    @guarded
    @on_current
    async def action_speaker(self, quote: QuoteView) -> None:
        self.choose_speaker(quote)

    def speaker_modal(self, quote: QuoteView | None, document_id: int, *, title: str) -> SpeakerModal:
        """The speaker dialog for ``quote`` (None: a quote being added) of article ``document_id``."""
        doc = self.model.doc
        text = doc.text if doc is not None and doc.id == document_id else ""
        every = None
        if quote is not None and quote.speaker_mention:
            same = [
                x
                for x in self.model.doc_quotes
                if x.speaker_mention == quote.speaker_mention and (x.status in _CONFIRMED or x.id == quote.id)
            ]
            every = EveryQuote(quote.speaker_mention, len(same)) if len(same) > 1 else None
        return SpeakerModal(
            speaker_names(self.db),
            quote.speaker if quote is not None else None,
            title=title,
            people=article_people(self.db, document_id) if text else [],
            text=text,
            here=quote.mention_start if quote is not None else None,
            every=every,
        )

    @work(exclusive=True, group="dialog", exit_on_error=False)
    @guarded
    async def choose_speaker(self, quote: QuoteView) -> None:
        modal = self.speaker_modal(quote, quote.document_id, title=f"Speaker of quote {quote.id}")
        choice = await self.app.push_screen_wait(modal)
        if choice is None:
            self.set_status("Speaker unchanged.")
            return
        if choice.every:
            await self._speaker_everywhere(quote, choice)
            return
        await self._decide(
            quote,
            set_speaker,
            "Changed the speaker of",
            choice.name or None,
            advance=False,
            describe=lambda r: f"Speaker of quote {r.id}: {one_line(r.speaker or 'none')}.",
            mention=choice.mention,
        )

    async def _speaker_everywhere(self, quote: QuoteView, choice: SpeakerChoice) -> None:
        """The speaker for every quote of the article with this quote's mention: one step, one undo."""
        changed = await self._store(
            set_speaker_for_mention, quote.id, choice.name or None, annotator=self.annotator, version=quote.version
        )
        if changed is None:
            return
        applied = [self.model.apply(x, matches=await self._matches(x)) for x in changed]
        self.go(applied[0])
        who = one_line(applied[0].speaker or "no speaker", 40)
        self.set_status(
            f"Speaker of {len(applied)} quotes of „{one_line(quote.speaker_mention or '', 30)}“ in this article: "
            f"{who} (u takes them all back)."
        )

    # --- comment and flag -----------------------------------------------------------------------------

    @guarded
    @on_current
    async def action_comment(self, quote: QuoteView) -> None:
        self.write_comment(quote)

    @work(exclusive=True, group="dialog", exit_on_error=False)
    @guarded
    async def write_comment(self, quote: QuoteView) -> None:
        text = await self.app.push_screen_wait(CommentModal(quote.comment, title=f"Comment on quote {quote.id}"))
        if text is None:
            self.set_status("Comment unchanged.")
            return
        await self._decide(
            quote,
            set_comment,
            "Commented",
            text or None,
            advance=False,
            describe=lambda r: (
                f"Comment on quote {r.id}: {one_line(r.comment, 60)}" if r.comment else f"No comment on quote {r.id}."
            ),
        )

    @guarded
    @on_current
    async def action_flag(self, quote: QuoteView) -> None:
        self.choose_flag(quote)

    @work(exclusive=True, group="dialog", exit_on_error=False)
    @guarded
    async def choose_flag(self, quote: QuoteView) -> None:
        flag = await self.app.push_screen_wait(FlagModal(tuple(f.value for f in Flag), quote.flag))
        if flag is None:
            self.set_status("Flag unchanged.")
            return
        await self._decide(
            quote,
            set_flag,
            "Flagged",
            flag or None,
            advance=False,
            describe=lambda r: f"Quote {r.id} flagged {r.flag}." if r.flag else f"Quote {r.id} has no flag.",
        )

    # --- the article's reviewed mark ------------------------------------------------------------------

    @guarded
    async def action_reviewed(self) -> None:
        """Mark the article on screen reviewed (read to its end, misses added), or take the mark back."""
        doc = self.model.doc
        if doc is None:
            self.set_status("There is no article on screen to mark reviewed.", error=True)
            return
        marking = doc.reviewed_at is None
        try:
            mark = await asyncio.to_thread(
                mark_reviewed if marking else unmark_reviewed, self.db, doc.id, annotator=self.annotator
            )
        except QuotetoolError as exc:
            self.set_status(str(exc), error=True)
            return
        if not self.model.apply_mark(mark):  # (another article is on screen by now)
            return
        self.paint_topbar()
        by = one_line(mark.reviewed_by or "someone", 30)
        if marking and mark.reviewed_by != self.annotator:
            self.set_status(f"This article was already marked reviewed by {by}.")
        elif mark.reviewed:
            self.set_status(f"This article is marked reviewed by {by} (u takes it back, R unmarks it).")
        else:
            self.set_status("This article is no longer marked reviewed (u takes that back).")
