"""The article pane's cursor and selection (adding a missed quote), its search line and the mouse.

The logic is pure (selection.py); this mixin holds the state, binds the keys, scrolls to the cursor
and paints through the article view. Keys of the selection: ←/→ a word, shift extends, ↑/↓ a line,
s the sentence, + / - a clause more or less, ) / ( a sentence more or less (at the caret's end; o
switches ends), [ ] { } and ctrl+arrows move the start and end by a word or a character, / searches,
n / N the next / previous match, M the next likely miss, Enter uses the selection, Esc cancels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len, get_character_cell_size
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input

from quotetool.tui import selection, spans
from quotetool.tui.guard import guarded

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView
    from textual.strip import Strip

    from quotetool.tui.article_layout import Line, Mark

    class _ArticleViewBase(ScrollView):
        """What the mixin uses of the article view, for the type checker (at run time it is ``object``)."""

        text: str
        _lo: int
        _hi: int
        _shown: str
        _lines: list[Line]
        _strips: dict[int, Strip]

        def line_of(self, offset: int) -> int: ...

        def scroll_to_lines(
            self, top: int, bottom: int, *, animate: bool = False, only_if_hidden: bool = True
        ) -> None: ...

        def _overlapping(self, ls: int, le: int) -> list[Mark]: ...

else:
    _ArticleViewBase = object

_ = cell_len  # (re-exported for the article view)


def _edge_bindings() -> list[Binding]:
    """[ ] { } by a word, ctrl+←/→ (start) and ctrl+shift+←/→ (end) by a character; the ids are the review
    screen's, so a keymap entry moves a quote's edges and a selection's alike."""
    keys = (
        ("left_square_bracket", "start", -1, "word", "span.start_left"),
        ("right_square_bracket", "start", 1, "word", "span.start_right"),
        ("left_curly_bracket", "end", -1, "word", "span.end_left"),
        ("right_curly_bracket", "end", 1, "word", "span.end_right"),
        ("ctrl+left", "start", -1, "char", "span.start_left_char"),
        ("ctrl+right", "start", 1, "char", "span.start_right_char"),
        ("ctrl+shift+left", "end", -1, "char", "span.end_left_char"),
        ("ctrl+shift+right", "end", 1, "char", "span.end_right_char"),
    )
    return [Binding(k, f"edge('{e}', {d}, '{u}')", "Edge", id=i, show=False) for k, e, d, u, i in keys]


SELECTION_BINDINGS: list[BindingType] = [
    Binding("left", "caret(-1, False)", "Word ←", show=False),
    Binding("right", "caret(1, False)", "Word →", show=False),
    Binding("shift+left", "caret(-1, True)", "Extend ←", show=False),
    Binding("shift+right", "caret(1, True)", "Extend →", show=False),
    Binding("up", "caret_line(-1, False)", "Line ↑", show=False),
    Binding("down", "caret_line(1, False)", "Line ↓", show=False),
    Binding("shift+up", "caret_line(-1, True)", "Extend ↑", show=False),
    Binding("shift+down", "caret_line(1, True)", "Extend ↓", show=False),
    # the footer while selecting shows these three and the screen's help; the rest are on the help screen
    Binding("enter", "finish_selection", "Use selection", id="selection.confirm"),
    Binding("escape", "cancel_selection", "Cancel", id="selection.cancel"),
    Binding("s", "sentence", "Sentence", id="selection.sentence"),
    Binding("plus", "resize(1, 'clause')", "Clause+", id="selection.grow_clause", show=False),
    Binding("minus", "resize(-1, 'clause')", "Clause-", id="selection.shrink_clause", show=False),
    Binding("right_parenthesis", "resize(1, 'sentence')", "Sentence+", id="selection.grow_sentence", show=False),
    Binding("left_parenthesis", "resize(-1, 'sentence')", "Sentence-", id="selection.shrink_sentence", show=False),
    Binding("o", "other_end", "Other end", id="selection.other_end", show=False),
    Binding("slash", "find", "Find", id="selection.find", show=False),
    Binding("n", "find_again(False)", "Next match", id="selection.find_next", show=False),
    Binding("N", "find_again(True)", "Prev. match", id="selection.find_previous", show=False),
    *_edge_bindings(),
]
SELECTION_ACTIONS = frozenset(
    {"finish_selection", "cancel_selection", "sentence", "resize", "other_end", "find", "find_again", "edge"}
)


class SearchLine(ModalScreen[str | None]):
    """One line at the bottom for a word to find in the article: Enter finds it, Esc closes."""

    DEFAULT_CSS = """
    SearchLine { align: left bottom; background: $background 0%; }
    SearchLine > Input { width: 100%; height: 3; margin: 0 0 1 0; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, term: str) -> None:
        super().__init__()
        self.term = term

    def compose(self) -> ComposeResult:
        yield Input(self.term, placeholder="find in the article (Enter: next match, Esc: close)", id="find")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class SelectionMixin(_ArticleViewBase):
    """Cursor, selection, search and mouse for the article view."""

    class QuoteClicked(Message):
        """A quote in the article was clicked."""

        def __init__(self, quote_id: int) -> None:
            super().__init__()
            self.quote_id = quote_id

    class SelectionFinished(Message):
        """The editor confirmed a selection (stored-text offsets, end exclusive)."""

        def __init__(self, start: int, end: int) -> None:
            super().__init__()
            self.start = start
            self.end = end

    class SelectionCancelled(Message):
        pass

    class Said(Message):
        """A sentence for the status line (``error`` for a move that could not be made)."""

        def __init__(self, text: str, error: bool = False) -> None:
            super().__init__()
            self.text = text
            self.error = error

    selecting = False
    _sel = selection.Selection((0, 1), (0, 1))
    _drag_from: int | None = None
    _term = ""

    def selection_span(self) -> tuple[int, int]:
        return self._sel.span

    @property
    def caret_span(self) -> tuple[int, int] | None:
        return self._sel.caret if self.selecting else None

    def _top_offset(self) -> int:
        top = self._lines[min(len(self._lines) - 1, int(self.scroll_y))]
        return top.start if top.start >= 0 else self._lo

    def begin_selection(self, near: int | None = None) -> None:
        """Selection mode with the cursor on the word at ``near`` (the current quote) if it is on screen,
        else on the first word of the top visible line."""
        if not self._lines:
            return
        if near is None or not (self._lo <= near < self._hi) or not self._visible(near):
            near = self._top_offset()
        cursor = selection.cursor_at(self.text, near) or selection.Selection((near, near + 1), (near, near + 1))
        self.selecting = True
        self._place(cursor)
        self.refresh_bindings()
        self.focus()

    def _visible(self, offset: int) -> bool:
        line = self.line_of(offset)
        y = int(self.scroll_y)
        return y <= line < y + max(1, self.scrollable_content_region.height or 1)

    def end_selection(self) -> None:
        self.selecting = False
        self._drag_from = None
        self._strips.clear()
        self.refresh()
        self.refresh_bindings()

    def _clamp(self, word: tuple[int, int]) -> tuple[int, int]:
        s = min(max(word[0], self._lo), max(self._lo, self._hi - 1))
        return s, max(s + 1, min(word[1], self._hi))

    def _place(self, sel: selection.Selection) -> None:
        """Show ``sel`` (kept inside the laid-out window) and scroll its caret into view."""
        self._sel = selection.Selection(self._clamp(sel.anchor), self._clamp(sel.caret))
        self._strips.clear()
        start, end = self._sel.span
        caret = self._sel.caret
        top, bottom = self.line_of(min(start, caret[0])), self.line_of(max(caret[0], min(end - 1, caret[1])))
        if bottom - top > 10:
            top = bottom = self.line_of(caret[0])
        self.scroll_to_lines(top, bottom, only_if_hidden=True)
        self.refresh()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in SELECTION_ACTIONS:
            return self.selecting  # False: the keys fall through to the review screen
        return True

    def _try(self, make) -> None:
        """Apply a pure change of the selection; a move that cannot be made says why."""
        try:
            self._place(make())
        except spans.SpanError as exc:
            self.post_message(self.Said(str(exc), error=True))

    @guarded
    def action_caret(self, step: int, extend: bool) -> None:
        if not self.selecting:  # outside selection mode the arrows scroll, as in any pane
            self.scroll_relative(x=step * 4, animate=False)
            return
        self._place(selection.step(self.text, self._sel, step, extend=extend))

    @guarded
    def action_caret_line(self, step: int, extend: bool) -> None:
        if not self.selecting:
            self.scroll_relative(y=step, animate=False)
            return
        caret = self._sel.caret
        line = self.line_of(caret[0])
        target = line + step
        if not (0 <= target < len(self._lines)) or self._lines[target].start < 0:
            return
        column = cell_len(self._shown[self._lines[line].start - self._lo : caret[0] - self._lo])
        word = spans.word_at(self.text, self._offset_at(target, column))
        if word is not None:
            self._place(selection.Selection(self._sel.anchor if extend else word, word))

    @guarded
    def action_sentence(self) -> None:
        found = selection.sentence_at(self.text, self._sel.caret[0])
        if found is not None:
            self._place(found)

    @guarded
    def action_resize(self, direction: int, unit: str) -> None:
        change = selection.grow if direction > 0 else selection.shrink
        self._try(lambda: change(self.text, self._sel, unit))

    @guarded
    def action_other_end(self) -> None:
        self._place(self._sel.swapped())

    @guarded
    def action_edge(self, edge: str, direction: int, unit: str) -> None:
        self._try(lambda: selection.move_edge(self.text, self._sel, edge, direction, unit))

    @guarded
    def action_finish_selection(self) -> None:
        s, e = self.selection_span()
        self.end_selection()
        self.post_message(self.SelectionFinished(s, e))

    @guarded
    def action_cancel_selection(self) -> None:
        self.end_selection()
        self.post_message(self.SelectionCancelled())

    # --- jumping: the next likely miss, a search ------------------------------------------------------

    def jump_to_miss(self, covered: list[tuple[int, int]]) -> str:
        """Select the next likely miss after the cursor (from the top of the pane when not selecting);
        the sentence for the status line."""
        if not self._lines:
            return "There is no article on screen."
        after = self._sel.span[0] if self.selecting else self._top_offset() - 1
        found = selection.next_miss(self.text, covered, after, self._lo, self._hi)
        if found is None:
            return "No likely miss: every sentence with a Konjunktiv, a quotation or a speech verb has a quote."
        if not self.selecting:
            self.selecting = True
            self.refresh_bindings()
            self.focus()
        self._place(selection.of_span(*found))
        wrapped = " (from the top again)" if found[0] <= after else ""
        return (
            f"A likely miss{wrapped}: Enter adds it (kind, then speaker); s + - ( ) o [ ] {{ }} adjust, "
            "M the next one, Esc cancels."
        )

    def find_in_article(self) -> None:
        if not self.selecting:
            self.begin_selection()
        self._ask_term()

    @guarded
    def action_find(self) -> None:
        self._ask_term()

    @work(exclusive=True, group="find", exit_on_error=False)
    async def _ask_term(self) -> None:
        term = await self.app.push_screen_wait(SearchLine(self._term))
        self.focus()
        if term:
            self._term = term
            self.action_find_again(False)

    @guarded
    def action_find_again(self, backwards: bool) -> None:
        if not self._term:
            self.post_message(self.Said("Nothing to find yet: / opens the search line.", error=True))
            return
        pos = selection.find(self.text, self._term, self._sel.caret[0], backwards=backwards, lo=self._lo, hi=self._hi)
        if pos is None:
            self.post_message(self.Said(f"“{self._term}” is not in this article.", error=True))
            return
        end = min(self._hi, pos + len(self._term))
        self._place(selection.Selection((pos, end), (pos, end)))
        self.post_message(self.Said(f"Found “{self._term}”: n / N the next / previous, s the sentence."))

    # --- mouse -------------------------------------------------------------------------------

    def _offset_at(self, line_index: int, column: int) -> int:
        """The stored-text offset under cell ``column`` of wrapped line ``line_index``."""
        line = self._lines[line_index]
        if line.start < 0:
            return self._lo if line_index == 0 else max(self._lo, self._hi - 1)
        used = 0
        for i in range(line.start, line.end):
            used += get_character_cell_size(self._shown[i - self._lo])
            if used > column:
                return i
        return max(line.start, line.end - 1) if line.end > line.start else line.start

    def _offset_at_event(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        index = int(self.scroll_y) + offset.y
        if not (0 <= index < len(self._lines)):
            return None
        return self._offset_at(index, offset.x + int(self.scroll_x))

    @guarded
    def on_mouse_down(self, event: events.MouseDown) -> None:
        pos = self._offset_at_event(event)
        if pos is None:
            return
        self._drag_from = pos
        self.capture_mouse()

    @guarded
    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._drag_from is None or not event.button:
            return
        pos = self._offset_at_event(event)
        if pos is None:
            return
        if not self.selecting and pos != self._drag_from:
            self.begin_selection(self._drag_from)
        if self.selecting:
            anchor = spans.word_at(self.text, self._drag_from) or (pos, pos + 1)
            caret = spans.word_at(self.text, spans.token_start(self.text, pos) if not self.text[pos].isspace() else pos)
            if caret is not None:
                self._place(selection.Selection(anchor, caret))

    @guarded
    def on_mouse_up(self, event: events.MouseUp) -> None:
        self.release_mouse()
        start, self._drag_from = self._drag_from, None
        if start is None or self.selecting:
            return
        hit = [m for m in self._overlapping(start, start + 1) if m.quote_id is not None]
        if hit:
            self.post_message(self.QuoteClicked(hit[-1].quote_id or 0))
