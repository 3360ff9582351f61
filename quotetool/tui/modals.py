"""Modal dialogs for edits: kind, comment, flag and export (the speaker dialog is speaker_dialog.py).

Text from people (a comment) is shown as ``Content``, never as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, OptionList
from textual.widgets.option_list import Option

from quotetool.tui.guard import guarded
from quotetool.tui.sanitize import one_line

KINDS = ("direct", "indirect", "mixed")


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


class CommentModal(ModalScreen[str | None]):
    """A one-line note on the quote: Enter saves it (an empty line removes the note), Esc cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    AUTO_FOCUS = "#comment-input"

    def __init__(self, current: str | None, *, title: str = "Comment") -> None:
        super().__init__()
        self.current = current or ""
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="comment-dialog"):
            yield Label(Content(self.title_text), id="dialog-title")
            yield Input(value=one_line(self.current), placeholder="A note on this quote", id="comment-input")
            yield Label(Content("Enter saves · an empty line removes the comment · Esc cancels"), classes="hint")

    @guarded
    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


NO_FLAG = ""
FLAG_KEYS = {"second-opinion": "s", "check-source": "c"}  # one key each; n takes the flag off


def _flag_key(flag: str) -> str:
    return FLAG_KEYS.get(flag, "·") if flag else "n"


class FlagModal(ModalScreen[str | None]):
    """One key picks the flag (s second-opinion, c check-source) or n none. Dismisses with the flag, ""
    for none, or None when cancelled."""

    BINDINGS = [
        *(Binding(key, f"pick('{flag}')", flag) for flag, key in FLAG_KEYS.items()),
        Binding("n", "pick('')", "no flag"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, flags: tuple[str, ...], current: str | None) -> None:
        super().__init__()
        self.flags = (*flags, NO_FLAG)
        self.current = current or NO_FLAG

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="flag-dialog"):
            yield Label(Content("Flag of the quote"), id="dialog-title")
            yield OptionList(
                *[
                    Option(Content(f"{FLAG_KEYS.get(f, 'n' if not f else '·')}  {f or 'no flag'}"), id=f or "none")
                    for f in self.flags
                ],
                id="flag-options",
            )
            yield Label(Content("s / c / n, or ↑↓ and Enter · Esc: cancel"), classes="hint")

    def on_mount(self) -> None:
        options = self.query_one("#flag-options", OptionList)
        options.highlighted = self.flags.index(self.current) if self.current in self.flags else 0
        options.focus()

    @guarded
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.flags[event.option_index])

    def action_pick(self, flag: str) -> None:
        self.dismiss(flag)

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
            self.dismiss(
                ExportRequest(
                    path, self.query_one("#export-all", Checkbox).value, self.query_one("#export-excel", Checkbox).value
                )
            )

    def action_cancel(self) -> None:
        self.dismiss(None)
