"""Modal dialogs for edits: speaker (with completion), kind, export, and a yes/no confirmation.

Speaker names and aliases come from articles: options are built from ``Content`` objects,
never from markup strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Checkbox, Input, Label, OptionList
from textual.widgets.option_list import Option

from quotetool.detect import fold
from quotetool.tui.guard import guarded
from quotetool.tui.sanitize import one_line

KINDS = ("direct", "indirect", "mixed")
MAX_MATCHES = 50  # options shown under the speaker field; typing narrows them


def speaker_matches(names: list[tuple[str, str]], typed: str, limit: int = MAX_MATCHES) -> list[tuple[str, str]]:
    """(shown, canonical) pairs matching ``typed``: prefix matches first, then other substrings."""
    key = fold(typed.strip())
    if not key:
        return names[:limit]
    prefix, inner = [], []
    for shown, canonical in names:
        f = fold(shown)
        if f.startswith(key) or any(part.startswith(key) for part in f.split()):
            prefix.append((shown, canonical))
        elif key in f:
            inner.append((shown, canonical))
        if len(prefix) >= limit:
            break
    return (prefix + inner)[:limit]


class SpeakerModal(ModalScreen[str | None]):
    """Choose the speaker: a known name or alias (completed as you type) or a new name.

    Dismisses with the name to store, "" to clear the speaker, or None when cancelled.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "focus_matches", "Matches", show=False),
    ]

    def __init__(self, names: list[tuple[str, str]], current: str | None, *, title: str = "Speaker") -> None:
        super().__init__()
        self.names = names
        self.current = current or ""
        self.title_text = title

    def compose(self) -> ComposeResult:
        shown = [shown for shown, _ in self.names]
        with Vertical(id="dialog", classes="speaker-dialog"):
            yield Label(Content(self.title_text), id="dialog-title")
            yield Input(value=one_line(self.current), placeholder="Name of the speaker",
                        suggester=SuggestFromList(shown, case_sensitive=False), id="speaker-input")
            yield OptionList(id="speaker-matches")
            yield Label(Content("Enter: use the name · ↓: pick from the list · → completes · "
                                "empty: no speaker · Esc: cancel"), classes="hint")

    AUTO_FOCUS = "#speaker-input"

    def on_mount(self) -> None:
        self._fill(self.current)

    def _fill(self, typed: str) -> None:
        options = self.query_one("#speaker-matches", OptionList)
        options.clear_options()
        for shown, canonical in speaker_matches(self.names, typed):
            label = one_line(shown) if shown == canonical else f"{one_line(shown)}  → {one_line(canonical)}"
            options.add_option(Option(Content(label), id=None))
        self._matches = speaker_matches(self.names, typed)

    @guarded
    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @guarded
    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(" ".join(event.value.split()))

    @guarded
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self._matches[event.option_index][1])

    @guarded
    def action_focus_matches(self) -> None:
        options = self.query_one("#speaker-matches", OptionList)
        if options.option_count:
            options.focus()
            if options.highlighted is None:
                options.highlighted = 0

    def action_cancel(self) -> None:
        self.dismiss(None)


class KindModal(ModalScreen[str | None]):
    """One key picks the kind: d direct, i indirect, m mixed."""

    BINDINGS = [
        Binding("d", "pick('direct')", "direct"),
        Binding("i", "pick('indirect')", "indirect"),
        Binding("m", "pick('mixed')", "mixed"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, current: str | None, *, title: str = "Kind of quote") -> None:
        super().__init__()
        self.current = current
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="kind-dialog"):
            yield Label(Content(self.title_text), id="dialog-title")
            yield OptionList(*[Option(Content(f"{k[0]}  {k}"), id=k) for k in KINDS], id="kind-options")
            yield Label(Content("d / i / m, or ↑↓ and Enter · Esc: cancel"), classes="hint")

    def on_mount(self) -> None:
        options = self.query_one("#kind-options", OptionList)
        options.highlighted = KINDS.index(self.current) if self.current in KINDS else 0
        options.focus()

    @guarded
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_pick(self, kind: str) -> None:
        self.dismiss(kind)

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    path: str
    all_statuses: bool
    excel: bool


class ExportModal(ModalScreen[ExportRequest | None]):
    """Where to write the CSV, and which quotes."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, default_path: Path) -> None:
        super().__init__()
        self.default_path = default_path

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="export-dialog"):
            yield Label(Content("Export verified quotes"), id="dialog-title")
            yield Input(value=str(self.default_path), id="export-path")
            yield Checkbox(Content("All quotes (not only accepted ones)"), id="export-all")
            yield Checkbox(Content("For Excel (';', BOM, formulas neutralised)"), id="export-excel")
            yield Label(Content("Enter: export · Tab: options · Esc: cancel"), classes="hint")

    @guarded
    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        path = event.value.strip()
        if path:
            self.dismiss(ExportRequest(path, self.query_one("#export-all", Checkbox).value,
                                       self.query_one("#export-excel", Checkbox).value))

    def action_cancel(self) -> None:
        self.dismiss(None)
