"""The Speakers screen: the registry across the database and the proposed merges, with the editor's keys.

Opened with S from the review screen (and from the command palette). Every action is one store call, logged and
undone by u like a quote decision. Names come from articles: shown as Text, never markup.
"""

from __future__ import annotations

import asyncio
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Input, Label, Static

from quotetool.errors import QuotetoolError
from quotetool.store import Database, undo_and_look_back
from quotetool.store.registry import (
    MergeEntry,
    SpeakerEntry,
    accept_merge,
    delete_speaker,
    list_merges,
    list_speakers,
    propose,
    reject_merge,
    rename_speaker,
    set_external_id,
    split_alias,
)
from quotetool.tui.sanitize import one_line


class TextPrompt(ModalScreen[str | None]):
    """One line of text (a name, an alias, an external id); Enter gives it, Escape None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    TextPrompt { align: center middle; }
    TextPrompt > Vertical { width: 70; height: auto; border: round $accent; padding: 0 1; background: $surface; }
    """

    def __init__(self, question: str, value: str = "") -> None:
        super().__init__()
        self.question, self.value = question, value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(one_line(self.question)))
            yield Input(value=self.value, id="prompt")

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


def _cell(text: str | None, limit: int = 40) -> Text:
    value = one_line(text or "")
    return Text(value if len(value) <= limit else value[: limit - 1] + "…")


class SpeakersScreen(Screen[None]):
    """Speakers (name, quotes, outlets, aliases, external id) above the proposed merges."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("tab", "switch", "Speakers/Merges", show=False),
        Binding("m", "merge", "Merge"),
        Binding("x", "keep_apart", "Keep apart"),
        Binding("r", "rename", "Rename"),
        Binding("l", "split", "Split alias"),
        Binding("i", "external_id", "External id"),
        Binding("D", "delete", "Delete unused"),
        Binding("u", "undo", "Undo"),
        Binding("P", "propose", "Propose"),
    ]
    DEFAULT_CSS = """
    SpeakersScreen DataTable { border: round $panel; }
    SpeakersScreen DataTable:focus { border: round $accent; }
    SpeakersScreen #speakers { height: 2fr; }
    SpeakersScreen #merges { height: 1fr; }
    SpeakersScreen #speakers-status { height: 1; background: $boost; }
    """

    def __init__(self, db: Database, *, annotator: str) -> None:
        super().__init__()
        self.db, self.annotator = db, annotator
        self.speakers: list[SpeakerEntry] = []
        self.merges: list[MergeEntry] = []

    def compose(self) -> ComposeResult:
        speakers: DataTable[str] = DataTable(id="speakers", cursor_type="row", zebra_stripes=True)
        speakers.add_columns("id", "name", "quotes", "outlets", "aliases", "ext. id")
        speakers.border_title = "Speakers"
        yield speakers
        merges: DataTable[str] = DataTable(id="merges", cursor_type="row")
        merges.add_columns("merge", "into", "rule", "score", "spellings")
        merges.border_title = "Proposed merges"
        yield merges
        yield Static(id="speakers-status")

    def on_mount(self) -> None:
        self.refresh_lists()
        self.set_status("m merge · x keep apart · r rename · l split alias · i external id · D delete · u undo")

    def set_status(self, message: str, *, error: bool = False) -> None:
        self.query_one("#speakers-status", Static).update(Text(one_line(message), style="bold red" if error else ""))

    def refresh_lists(self) -> None:
        self.speakers, self.merges = list_speakers(self.db), list_merges(self.db)
        table = self.query_one("#speakers", DataTable)
        row = table.cursor_row
        table.clear()
        for e in self.speakers:
            table.add_row(
                str(e.id),
                _cell(e.name),
                str(e.quotes),
                _cell(", ".join(e.outlets), 30),
                _cell("; ".join(e.aliases), 50),
                _cell(e.external_id, 12),
                key=str(e.id),
            )
        table.move_cursor(row=min(row, max(0, len(self.speakers) - 1)))
        merges = self.query_one("#merges", DataTable)
        merges.clear()
        for m in self.merges:
            merges.add_row(
                _cell(f"{m.merge_name} ({m.merge_id})"),
                _cell(f"{m.keep_name} ({m.keep_id})"),
                m.rule,
                f"{m.score:.2f}",
                _cell(" / ".join(m.spellings), 50),
                key=str(m.id),
            )
        merges.border_title = f"Proposed merges: {len(self.merges)}"

    def _speaker(self) -> SpeakerEntry | None:
        table = self.query_one("#speakers", DataTable)
        return self.speakers[table.cursor_row] if self.speakers and table.cursor_row < len(self.speakers) else None

    def _merge(self) -> MergeEntry | None:
        table = self.query_one("#merges", DataTable)
        return self.merges[table.cursor_row] if self.merges and table.cursor_row < len(self.merges) else None

    async def _do(self, call: Any, *args: Any, done: str, **kwargs: Any) -> None:
        try:
            result = await asyncio.to_thread(call, self.db, *args, annotator=self.annotator, **kwargs)
        except QuotetoolError as exc:
            self.set_status(str(exc), error=True)
            return
        self.refresh_lists()
        self.set_status(done.format(result=result))

    def action_switch(self) -> None:
        target = "#merges" if self.focused and self.focused.id == "speakers" else "#speakers"
        self.query_one(target, DataTable).focus()

    async def action_merge(self) -> None:
        m = self._merge()
        if m is None:
            self.set_status("No merge is proposed (P proposes again).", error=True)
            return
        await self._do(accept_merge, m.id, done=f"Merged {m.merge_name} into {m.keep_name} (u undoes it).")

    async def action_keep_apart(self) -> None:
        m = self._merge()
        if m is None:
            self.set_status("No merge is proposed.", error=True)
            return
        await self._do(reject_merge, m.id, done=f"Kept {m.merge_name} and {m.keep_name} apart.")

    async def action_delete(self) -> None:
        s = self._speaker()
        if s is not None:
            await self._do(delete_speaker, s.id, done=f"Deleted speaker {s.name} (u brings it back).")

    async def action_undo(self) -> None:
        try:
            undone = await asyncio.to_thread(undo_and_look_back, self.db, annotator=self.annotator)
        except QuotetoolError as exc:
            self.set_status(str(exc), error=True)
            return
        self.refresh_lists()
        self.set_status(f"Undone your {undone.action}." + (" u undoes more." if undone.more else ""))

    async def action_propose(self) -> None:
        count = await asyncio.to_thread(propose, self.db)
        self.refresh_lists()
        self.set_status(f"{count} merges proposed.")

    @work(exclusive=True, group="speakers-dialog", exit_on_error=False)
    async def action_rename(self) -> None:
        s = self._speaker()
        if s is None:
            return
        name = await self.app.push_screen_wait(TextPrompt(f"New name for {s.name}:", s.name))
        if name:
            await self._do(rename_speaker, s.id, name, done="Renamed to {result.name}.")

    @work(exclusive=True, group="speakers-dialog", exit_on_error=False)
    async def action_split(self) -> None:
        s = self._speaker()
        if s is None:
            return
        if not s.aliases:
            self.set_status(f"{s.name} has no alias to split off.", error=True)
            return
        alias = await self.app.push_screen_wait(TextPrompt(f"Alias of {s.name} to split off:", s.aliases[0]))
        if alias:
            await self._do(split_alias, s.id, alias, done="{result.name} is a speaker of its own now.")

    @work(exclusive=True, group="speakers-dialog", exit_on_error=False)
    async def action_external_id(self) -> None:
        s = self._speaker()
        if s is None:
            return
        value = await self.app.push_screen_wait(
            TextPrompt(f"External id of {s.name} (a Wikidata QID such as Q42; empty removes it):", s.external_id or "")
        )
        if value is not None:
            await self._do(set_external_id, s.id, value, done="External id: {result.external_id}.")
