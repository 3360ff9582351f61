"""The article pane: a line-API ScrollView that wraps and paints only what is on screen.

The article text is untrusted. It is never parsed as markup: each visible line becomes Rich
``Segment``s of display-safe text (see sanitize.py), styled by offsets into the stored text.
Very large articles are shown as a window of text around the current quote, so a 20 MB article
costs what a 200 KB one does; a notice line says what is outside the window.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from quotetool.tui.article_layout import MARK_KINDS, MARK_RANK, Line, Mark, marks_for, wrap
from quotetool.tui.article_select import SELECTION_BINDINGS, SelectionMixin
from quotetool.tui.guard import guarded
from quotetool.tui.sanitize import display

WINDOW_CHARS = 100_000  # text shown on either side of the current quote in a very large article


class ArticleView(SelectionMixin, ScrollView, can_focus=True):
    """The current article with its quotes marked; a caret and selection for adding a missed quote."""

    COMPONENT_CLASSES = {
        "article--proposed",
        "article--accepted",
        "article--rejected",
        "article--current",
        "article--cue",
        "article--mention",
        "article--selection",
        "article--caret",
        "article--control",
        "article--notice",
    }

    BINDINGS = SELECTION_BINDINGS
    DEFAULT_CSS = "ArticleView > .article--caret { text-style: reverse; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = ""
        self.document_id: int | None = None
        self._lo = self._hi = 0  # the window of the text that is laid out
        self._shown = ""  # display(text[lo:hi])
        self._lines: list[Line] = []
        self._line_starts: list[int] = []
        self._wrapped_width = -1
        self._marks: list[Mark] = []
        self._current: tuple[int, int] | None = None
        self._strips: dict[int, Strip] = {}
        self._style_cache: tuple[Style, dict[int, Style], Style, Style] | None = None

    # --- content ---------------------------------------------------------------------------

    def show(self, document_id: int, text: str, quotes: Sequence, current) -> None:
        """Show an article with its quotes; ``current`` (a QuoteView or None) is highlighted and scrolled to."""
        new_doc = document_id != self.document_id or text is not self.text
        self.document_id, self.text = document_id, text
        self._current = (current.start, current.end) if current is not None else None
        relaid = False
        if new_doc or not self._window_holds(self._current):
            self._layout_window()
            relaid = True
        self.set_marks(quotes, current.id if current is not None else None, full=relaid)
        if current is None and new_doc:
            self.scroll_to(y=0, animate=False, immediate=True)  # a new article without quotes: from its start
        else:
            self.scroll_to_current(animate=False, only_if_hidden=not relaid)

    def set_marks(self, quotes: Sequence, current_id: int | None, *, full: bool = True) -> None:
        """Mark the quotes; unless ``full``, only the lines whose marks changed are painted again."""
        marks = sorted(marks_for(quotes, current_id), key=lambda m: (m.start, MARK_RANK[m.kind]))
        changed = set(self._marks).symmetric_difference(marks)
        self._marks = marks
        self._mark_starts = [m.start for m in marks]
        self._max_mark_len = max((m.end - m.start for m in marks), default=0)
        if full or not self._lines:
            self._strips.clear()
            self.refresh()
            return
        lines: set[int] = set()
        for m in changed:  # a decision changes one or two quotes: repaint their lines, not the pane
            lines.update(range(self.line_of(m.start), self.line_of(max(m.start, m.end - 1)) + 1))
        for index in lines:
            self._strips.pop(index, None)
            self.refresh_line(index)

    def _window_holds(self, span: tuple[int, int] | None) -> bool:
        if span is None:
            return True
        return self._lo <= span[0] and span[1] <= self._hi

    def _layout_window(self) -> None:
        n = len(self.text)
        if n <= 2 * WINDOW_CHARS or self._current is None:
            lo, hi = 0, min(n, 2 * WINDOW_CHARS) if n > 2 * WINDOW_CHARS else n
        else:
            s, e = self._current
            lo, hi = max(0, s - WINDOW_CHARS), min(n, e + WINDOW_CHARS)
            lo = self._snap(lo, backwards=True)
            hi = self._snap(hi, backwards=False)
        self._lo, self._hi = lo, hi
        self._shown = display(self.text[lo:hi])
        self._wrapped_width = -1
        self._rewrap()

    def _snap(self, pos: int, *, backwards: bool) -> int:
        """Move a window edge to a line (or at least a word) boundary close by."""
        if backwards:
            nl = self.text.rfind("\n", max(0, pos - 2000), pos)
            if nl != -1:
                return nl + 1
            sp = self.text.rfind(" ", max(0, pos - 200), pos)
            return sp + 1 if sp != -1 else pos
        nl = self.text.find("\n", pos, pos + 2000)
        if nl != -1:
            return nl
        sp = self.text.find(" ", pos, pos + 200)
        return sp if sp != -1 else pos

    def _rewrap(self) -> None:
        width = max(1, self.scrollable_content_region.width or self.size.width or 80)
        if width == self._wrapped_width:
            return
        self._wrapped_width = width
        lines = wrap(self._shown, self._lo, width)
        if self._lo > 0:
            lines.insert(0, Line(-1, -1, f"⋯ {self._lo:,} characters before this part of a very large article"))
        if self._hi < len(self.text):
            lines.append(Line(-1, -1, f"⋯ {len(self.text) - self._hi:,} characters after this part"))
        self._lines = lines
        self._line_starts = [
            ln.start if ln.start >= 0 else (self._lo if i == 0 else self._hi) for i, ln in enumerate(lines)
        ]
        self._strips.clear()
        self.virtual_size = Size(width, len(lines))
        self.refresh()

    @guarded
    def on_resize(self, event: events.Resize) -> None:
        if self.text or self._lines:
            self._rewrap()
            self.scroll_to_current(animate=False, only_if_hidden=True)

    # --- geometry ----------------------------------------------------------------------------

    def line_of(self, offset: int) -> int:
        """The wrapped line that shows stored-text ``offset``."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        while i > 0 and self._lines[i].start < 0:
            i -= 1
        return max(0, i)

    def scroll_to_current(self, *, animate: bool = False, only_if_hidden: bool = False) -> None:
        if self._current is None or not self._lines:
            return
        top, bottom = self.line_of(self._current[0]), self.line_of(max(self._current[0], self._current[1] - 1))
        self.scroll_to_lines(top, bottom, animate=animate, only_if_hidden=only_if_hidden)

    def scroll_to_lines(self, top: int, bottom: int, *, animate: bool = False, only_if_hidden: bool = True) -> None:
        height = max(1, self.scrollable_content_region.height or self.size.height or 1)
        y = int(self.scroll_y)
        if only_if_hidden and y <= top and bottom < y + height:
            return
        span = bottom - top + 1
        # A quote longer than the pane shows its beginning; a shorter one sits a third of the way down.
        target = top if span >= height else max(0, top - max(1, (height - span) // 3))
        self.scroll_to(y=target, animate=animate, immediate=True)

    # --- painting ----------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._style_cache = None  # theme or focus changed: styles are looked up again
        self._strips.clear()

    def _styles(self) -> tuple[Style, dict[int, Style], Style, Style]:
        """(base, style by mark rank, control overlay, notice), looked up once per style change."""
        if self._style_cache is None:
            base = self.rich_style
            self._style_cache = (
                base,
                {k: base + self._style(kind) for k, kind in enumerate(MARK_KINDS)},
                self._style("control"),
                base + self._style("notice"),
            )
        return self._style_cache

    def render_line(self, y: int) -> Strip:
        try:
            return self._render_line(y)
        except Exception:  # a line that cannot be painted must not take the editor's session down
            return Strip([Segment("(this line could not be shown)")])

    def _render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width or self.size.width
        base = self._styles()[0]
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._strips.get(index)
        if strip is None:
            strip = self._paint(self._lines[index], base)
            if len(self._strips) > 512:
                self._strips.clear()
            self._strips[index] = strip
        return strip.crop_extend(0, width, base)

    def _style(self, kind: str) -> Style:
        return self.get_component_rich_style(f"article--{kind}", partial=True)

    def _paint(self, line: Line, base: Style) -> Strip:
        _, styles, ctl_style, notice = self._styles()
        if line.start < 0:
            return Strip([Segment(line.notice, notice)])
        ls, le = line.start, line.end
        shown = self._shown[ls - self._lo : le - self._lo]
        original = self.text[ls:le]
        n = len(shown)
        if not n:
            return Strip([])
        rank = [-1] * n  # the highest mark kind on each character
        for m in self._overlapping(ls, le):
            k = MARK_RANK[m.kind]
            for i in range(max(m.start, ls) - ls, min(m.end, le) - ls):
                if k > rank[i]:
                    rank[i] = k
        if self.selecting:
            for (s, e), kind in ((self.selection_span(), "selection"), (self._sel.caret, "caret")):
                for i in range(max(s, ls) - ls, min(e, le) - ls):
                    rank[i] = MARK_RANK[kind]
        control = (
            [a != b and b not in "\t" for a, b in zip(shown, original, strict=True)] if shown != original else None
        )
        segments: list[Segment] = []
        run_start = 0
        for i in range(1, n + 1):
            if i == n or rank[i] != rank[run_start] or (control and control[i] != control[run_start]):
                style = styles.get(rank[run_start], base)
                if control and control[run_start]:
                    style = style + ctl_style
                segments.append(Segment(shown[run_start:i], style))
                run_start = i
        return Strip(segments)

    def _overlapping(self, ls: int, le: int) -> list[Mark]:
        # Marks are sorted by start; one can begin at most _max_mark_len before the line.
        lo = bisect.bisect_left(self._mark_starts, ls - self._max_mark_len)
        hi = bisect.bisect_left(self._mark_starts, le)
        return [m for m in self._marks[lo:hi] if m.end > ls and m.start < le]
