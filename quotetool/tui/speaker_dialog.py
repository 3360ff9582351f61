"""The speaker dialog: the article's people and organisations with their mentions, known names and aliases.

Typing filters the list and completes: the first name that starts with what is typed (or a word of it)
is highlighted, and the highlighted row is what Enter saves; what is typed is saved alone only when no
row is highlighted (↑ above the first row). The line "Enter saves: …" always says which. Another spelling
of the typed name (the same folded key) is offered but never highlighted by itself: merging two people
is the editor's choice. Names and mentions come from articles: rows are ``Content``, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, OptionList
from textual.widgets.option_list import Option

from quotetool.detect import fold
from quotetool.store import Mention, Person
from quotetool.tui.guard import guarded
from quotetool.tui.sanitize import one_line
from quotetool.tui.speaker_match import SpeakerIndex, speaker_matches, starts_a_word


@dataclass(frozen=True, slots=True)
class SpeakerChoice:
    """What the dialog saves: ``name`` ("" for no speaker), the ``mention`` chosen in the article (offsets),
    and ``every``: for every quote of this quote's mention in the article."""

    name: str
    mention: tuple[int, int] | None = None
    every: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the list: the name to store, the mention it brings, the text shown, and whether it
    completes what is typed (then it may be highlighted by itself)."""

    name: str
    mention: tuple[int, int] | None
    label: str
    completes: bool


@dataclass(frozen=True, slots=True)
class EveryQuote:
    """The choice of giving the speaker to every quote of a mention in the article."""

    mention: str
    quotes: int  # live quotes of the article with that mention, this one included


def person_rows(people: list[Person], text: str, index: SpeakerIndex, typed: str, here: int | None) -> list[Row]:
    """A row per place the article names each person (or one without a place), filtered by ``typed``.
    ``here``: the start of the quote's own mention, marked "this quote"."""
    folded = fold(" ".join(typed.split()))
    rows: list[Row] = []
    seen: dict[str, int] = {}  # a label shown n times: the n-th gets "#n" (a name twice in one paragraph)
    for person in people:
        spellings = [person.name, *(e.shown for e in index.entries if e.canonical == person.name)]
        placed = _outermost([m for m in person.mentions if m.start is not None and m.end is not None])
        mentions: list[Mention | None] = [*placed] if placed else [None]
        for m in mentions:
            words = [*spellings, m.text] if m is not None else spellings
            completes = any(starts_a_word(fold(w), folded) for w in words)
            if folded and not completes and not any(folded in fold(w) for w in words):
                continue
            label = one_line(person.name, 40)
            mention = None
            if m is not None:
                assert m.start is not None and m.end is not None
                mention = (m.start, m.end)
                shown = "" if m.text == person.name else f"  „{one_line(m.text, 40)}“"
                where = "this quote" if m.start == here else f"¶{text.count(chr(10) + chr(10), 0, m.start) + 1}"
                label = f"{label}{shown}  ({where})"
                seen[label] = seen.get(label, 0) + 1
                label = label if seen[label] == 1 else f"{label[:-1]} #{seen[label]})"
            rows.append(Row(person.name, mention, label, bool(folded) and completes))
    return rows


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """The mentions not inside a longer one ("Jana Beispiel" in "Bürgermeisterin Jana Beispiel")."""
    spans = [(m.start or 0, m.end or 0) for m in mentions]
    return [
        m
        for m, (s, e) in zip(mentions, spans, strict=True)
        if not any(os <= s and e <= oe and (os, oe) != (s, e) for os, oe in spans)
    ]


def known_rows(index: SpeakerIndex, typed: str, skip: set[str]) -> list[Row]:
    """Known names and aliases matching ``typed`` whose speaker is not among ``skip`` (listed with the article)."""
    folded = fold(" ".join(typed.split()))
    rows = []
    for match in speaker_matches(index, typed):
        if match.canonical in skip:
            continue
        completes = bool(folded) and not match.same_person and starts_a_word(fold(match.shown), folded)
        rows.append(Row(match.canonical, None, match.label, completes))
    return rows


class SpeakerModal(ModalScreen[SpeakerChoice | None]):
    """Choose the speaker: a person of the article at one of its mentions, a known name or alias, or a new name.

    Dismisses with a SpeakerChoice, or None when cancelled.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next", show=False, priority=True),
        Binding("up", "move(-1)", "Previous", show=False, priority=True),
        Binding("ctrl+t", "toggle_every", "Every quote of the mention", show=False, priority=True),
    ]
    AUTO_FOCUS = "#speaker-input"
    HINT = "↑↓ choose · ↑ on the first row: the name as typed · Esc cancels"

    def __init__(
        self,
        names: list[tuple[str, str]],
        current: str | None,
        *,
        title: str = "Speaker",
        people: list[Person] | None = None,
        text: str = "",
        here: int | None = None,
        every: EveryQuote | None = None,
    ) -> None:
        super().__init__()
        self.index = SpeakerIndex(names)
        self.people = people or []
        self.text = text
        self.here = here
        self.every = every
        self.current = current or ""
        self.title_text = title
        self.rows: list[Row] = []
        self._edited = False

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="speaker-dialog"):
            yield Label(Content(self.title_text), id="dialog-title")
            yield Input(value=one_line(self.current), placeholder="Name of the speaker", id="speaker-input")
            yield OptionList(id="speaker-matches")
            yield Label(Content(""), id="speaker-saves")
            if self.every is not None:
                yield Checkbox(
                    Content(f"ctrl+t: every quote of „{one_line(self.every.mention, 30)}“ here ({self.every.quotes})"),
                    id="speaker-every",
                )
            yield Label(Content(self.HINT), classes="hint", id="speaker-hint")

    def on_mount(self) -> None:
        self._fill("", opening=True)

    @property
    def options(self) -> OptionList:
        return self.query_one("#speaker-matches", OptionList)

    @property
    def typed(self) -> str:
        return " ".join(self.query_one("#speaker-input", Input).value.split())

    def _fill(self, typed: str, *, opening: bool = False) -> None:
        people = person_rows(self.people, self.text, self.index, typed, self.here)
        listed = {r.name for r in people}
        self.rows = people + known_rows(self.index, typed, listed)
        options = self.options
        options.set_options(Option(Content(row.label)) for row in self.rows)  # (one refresh, not one each)
        if opening:
            mine = (i for i, r in enumerate(self.rows) if r.mention is not None and r.mention[0] == self.here)
            options.highlighted = next(mine, None)
        else:
            options.highlighted = next((i for i, r in enumerate(self.rows) if r.completes), None)
        self._show_saves()

    def chosen(self) -> SpeakerChoice:
        """What Enter saves now: the highlighted row, else the typed name."""
        every = self.every is not None and self.query_one("#speaker-every", Checkbox).value
        i = self.options.highlighted
        if i is not None and 0 <= i < len(self.rows):
            return SpeakerChoice(self.rows[i].name, self.rows[i].mention, every)
        return SpeakerChoice(self.typed, None, every)

    def _show_saves(self) -> None:
        choice = self.chosen()
        if not choice.name:
            saves = "no speaker"
        elif choice.mention is not None:
            saves = f"{one_line(choice.name, 40)} at „{one_line(self.text[slice(*choice.mention)], 30)}“"
        elif self.options.highlighted is not None:
            saves = one_line(choice.name, 40)
        else:
            known = any(fold(e.shown) == fold(choice.name) for e in self.index.entries)
            saves = f"{one_line(choice.name, 40)} (as typed{'' if known else ', a new speaker'})"
        if choice.every and self.every is not None:
            saves += f" for all {self.every.quotes} quotes"
        self.query_one("#speaker-saves", Label).update(Content(f"Enter saves: {saves}"))
        self._show_same_person()

    def _show_same_person(self) -> None:
        same = [self.rows[i] for i in range(len(self.rows)) if "(same person?)" in self.rows[i].label]
        hint = self.HINT
        if same and self.options.highlighted is None:
            hint = f"{one_line(same[0].name)} may be the same person: ↓ picks it · Esc cancels"
        self.query_one("#speaker-hint", Label).update(Content(hint))

    @guarded
    def on_input_changed(self, event: Input.Changed) -> None:
        if not self._edited and event.value == one_line(self.current):
            return  # the name the dialog opened with: the whole list stays
        self._edited = True
        self._fill(event.value)

    @guarded
    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_saves()

    @guarded
    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(self.chosen())

    @guarded
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # (a click on a row, or Enter in the list after a click)
        row = self.rows[event.option_index]
        every = self.every is not None and self.query_one("#speaker-every", Checkbox).value
        self.dismiss(SpeakerChoice(row.name, row.mention, every))

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        self._show_saves()

    @guarded
    def action_move(self, step: int) -> None:
        """↓/↑ move the highlight; ↑ on the first row leaves the list: Enter then saves the typed name."""
        options = self.options
        count = options.option_count
        if not count:
            return
        now = options.highlighted
        if now is None:
            options.highlighted = 0 if step > 0 else None
        elif now + step < 0:
            options.highlighted = None
        else:
            options.highlighted = min(count - 1, now + step)
        self._show_saves()

    def action_toggle_every(self) -> None:
        if self.every is not None:
            box = self.query_one("#speaker-every", Checkbox)
            box.value = not box.value

    def action_cancel(self) -> None:
        self.dismiss(None)
