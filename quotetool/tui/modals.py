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

from quotetool.detect import fold, name_key
from quotetool.tui.guard import guarded
from quotetool.tui.sanitize import one_line

KINDS = ("direct", "indirect", "mixed")
MAX_MATCHES = 50  # options shown under the speaker field; typing narrows them


@dataclass(frozen=True, slots=True)
class SpeakerMatch:
    shown: str  # a stored name or alias
    canonical: str  # the speaker it names
    same_person: bool = False  # another spelling of what was typed: the same folded key (name_key)

    @property
    def label(self) -> str:
        label = (
            one_line(self.shown)
            if self.shown == self.canonical
            else (f"{one_line(self.shown)}  → {one_line(self.canonical)}")
        )
        return f"{label}  (same person?)" if self.same_person else label


@dataclass(frozen=True, slots=True)
class _Entry:
    shown: str
    canonical: str
    folded: str
    parts: tuple[str, ...]  # the folded words
    key: str


class SpeakerIndex:
    """The known names and aliases with their folded forms and keys, computed once per dialog."""

    def __init__(self, names: list[tuple[str, str]]) -> None:
        self.entries = [
            _Entry(shown, canonical, f, tuple(f.split()), name_key(shown))
            for shown, canonical in names
            for f in (fold(shown),)
        ]
        self.by_key: dict[str, list[_Entry]] = {}
        for entry in self.entries:
            if entry.key:
                self.by_key.setdefault(entry.key, []).append(entry)
        for kin in self.by_key.values():
            kin.sort(key=lambda e: e.shown != e.canonical)  # a speaker's own name before its aliases


def speaker_matches(index: SpeakerIndex, typed: str, limit: int = MAX_MATCHES) -> list[SpeakerMatch]:
    """Known names matching ``typed``: other spellings of the same person first (same ``name_key``,
    e.g. "No Kwang-chol" for "No Kwang Chol"), then prefix matches, then other substrings.

    Nothing is merged here: the editor picks a match, or Enter keeps the typed name as a new speaker.
    """
    typed = " ".join(typed.split())
    folded = fold(typed)
    if not folded:
        return [SpeakerMatch(e.shown, e.canonical) for e in index.entries[:limit]]
    key = name_key(typed)
    kin = index.by_key.get(key, [])
    seen = {e.canonical for e in kin if e.folded == folded}  # the speaker stored as typed is no "other spelling"
    same: list[SpeakerMatch] = []
    for e in kin:  # (a speaker's own name before its aliases: sorted once, in the index)
        if e.canonical not in seen:
            seen.add(e.canonical)
            same.append(SpeakerMatch(e.shown, e.canonical, same_person=True))
    listed = {(m.shown, m.canonical) for m in same}
    prefix: list[SpeakerMatch] = []
    inner: list[SpeakerMatch] = []
    spelled: list[SpeakerMatch] = []  # the key starts alike (while typing "No Kwang C" for "No Kwang-chol")
    for e in index.entries:
        if (e.shown, e.canonical) in listed:
            continue
        if e.folded.startswith(folded) or any(part.startswith(folded) for part in e.parts):
            prefix.append(SpeakerMatch(e.shown, e.canonical))
        elif folded in e.folded:
            inner.append(SpeakerMatch(e.shown, e.canonical))
        elif key and e.key.startswith(key):
            spelled.append(SpeakerMatch(e.shown, e.canonical))
        if len(prefix) >= limit:
            break
    found = {m.canonical for m in same + prefix + inner}
    spelled = [m for m in spelled if m.canonical not in found]  # a speaker already listed by another spelling
    return (same + prefix + spelled + inner)[:limit]


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
        self.index = SpeakerIndex(names)
        self.current = current or ""
        self.title_text = title
        self._matches: list[SpeakerMatch] = []

    def compose(self) -> ComposeResult:
        shown = [shown for shown, _ in self.names]
        with Vertical(id="dialog", classes="speaker-dialog"):
            yield Label(Content(self.title_text), id="dialog-title")
            yield Input(
                value=one_line(self.current),
                placeholder="Name of the speaker",
                suggester=SuggestFromList(shown, case_sensitive=False),
                id="speaker-input",
            )
            yield OptionList(id="speaker-matches")
            yield Label(Content(self.HINT), classes="hint", id="speaker-hint")

    AUTO_FOCUS = "#speaker-input"
    HINT = "Enter: use the name · ↓: pick from the list · → completes · empty: no speaker · Esc: cancel"

    def on_mount(self) -> None:
        self._fill(self.current)

    def _fill(self, typed: str) -> None:
        options = self.query_one("#speaker-matches", OptionList)
        self._matches = speaker_matches(self.index, typed)
        options.set_options(Option(Content(match.label)) for match in self._matches)  # (one refresh, not one each)
        same = [m for m in self._matches if m.same_person]
        hint = self.HINT
        if same:
            name = " ".join(typed.split())
            folded = fold(name)
            stored = any(fold(m.shown) == folded for m in self._matches if not m.same_person)
            hint = (
                f"{one_line(same[0].canonical)} may be the same person: ↓ Enter picks it; Enter alone "
                f"{'uses' if stored else 'adds'} {one_line(name)}{'' if stored else ' as a new speaker'}"
                " · Esc: cancel"
            )
        self.query_one("#speaker-hint", Label).update(Content(hint))

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
        self.dismiss(self._matches[event.option_index].canonical)

    @guarded
    def action_focus_matches(self) -> None:
        options = self.query_one("#speaker-matches", OptionList)
        if options.option_count:
            # At once, not via Widget.focus (a callback later): an Enter already queued behind ↓ (fast
            # typing, tmux) must reach the list, not submit the typed name as a new speaker.
            self.set_focus(options)
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
            self.dismiss(
                ExportRequest(
                    path, self.query_one("#export-all", Checkbox).value, self.query_one("#export-excel", Checkbox).value
                )
            )

    def action_cancel(self) -> None:
        self.dismiss(None)
