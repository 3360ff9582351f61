"""The queue of quotes: a line-API ScrollView that paints only the visible rows of up to 100,000+.

Rows are the review model's ``QueueRows``, loaded by a worker; a decision updates a row in the
model and the view paints the visible lines again. Speaker names and snippets come from articles,
so they are shown as plain display-safe text, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from quotetool.queue_order import DEFAULT_ORDER, QueueOrder
from quotetool.store.queue import NOTE_COMMENT, NOTE_FLAG, QueueRow
from quotetool.tui.guard import guarded
from quotetool.tui.model import QueueRows
from quotetool.tui.sanitize import one_line

STATUS_MARK = {"proposed": "•", "accepted": "✓", "rejected": "✗"}
KIND_SHORT = {"direct": "dir", "indirect": "ind", "mixed": "mix"}


def note_mark(notes: int) -> str:
    """One cell for what editors noted on a quote: ⚑ flagged (with or without a comment), ✎ a comment."""
    return "⚑" if notes & NOTE_FLAG else "✎" if notes & NOTE_COMMENT else " "


def confidence_cell(order: QueueOrder, confidence: float | None) -> str:
    """The confidence column, shown when the queue is ordered by it: ``0.42 ``, ``   - `` for none."""
    if order != "uncertain":
        return ""
    return f"{confidence:4.2f} " if confidence is not None else "   - "


class QueueView(ScrollView, can_focus=True):
    """Every quote that passes the filter, one per line; the cursor row is the quote on screen."""

    COMPONENT_CLASSES = {
        "queue--cursor",
        "queue--proposed",
        "queue--accepted",
        "queue--rejected",
        "queue--manual",
        "queue--empty",
    }

    BINDINGS = [
        Binding("up", "cursor(-1)", "Previous", show=False),
        Binding("down", "cursor(1)", "Next", show=False),
        Binding("pageup", "cursor_page(-1)", "Page up", show=False),
        Binding("pagedown", "cursor_page(1)", "Page down", show=False),
        Binding("home", "cursor_to(0)", "First", show=False),
        Binding("end", "cursor_to(-1)", "Last", show=False),
    ]

    class Chosen(Message):
        """The editor moved the queue cursor to a quote."""

        def __init__(self, quote_id: int) -> None:
            super().__init__()
            self.quote_id = quote_id

    def __init__(
        self,
        rows: QueueRows,
        *,
        id: str | None = None,
        fetch_snippets: Callable[[list[int]], dict[int, str]] | None = None,
    ) -> None:
        super().__init__(id=id)
        self.data = rows  # the model's rows: the model changes them, ``sync`` shows them
        self.fetch_snippets = fetch_snippets
        self.cursor = -1
        self._style_cache: dict[str, Style] = {}
        self.empty_message = "Loading the queue…"

    # --- data --------------------------------------------------------------------------------

    @property
    def rows(self) -> list[QueueRow]:
        return self.data.rows

    @property
    def loaded(self) -> bool:
        return self.data.loaded

    def row(self, quote_id: int) -> QueueRow | None:
        return self.data.row(quote_id)

    @property
    def current_id(self) -> int | None:
        return self.rows[self.cursor].id if 0 <= self.cursor < len(self.rows) else None

    def sync(self, current_id: int | None) -> None:
        """Show the rows as the model has them now, the cursor on ``current_id`` (no message: the screen
        already shows it). Only the visible lines are painted again."""
        found = self.data.position(current_id)
        self.cursor = -1 if found is None else found
        self.refresh()
        if self.virtual_size.height != len(self.rows):
            self.virtual_size = Size(self.size.width, len(self.rows))
            self.call_after_refresh(self.scroll_to_cursor)  # (the new size is laid out first)
        else:
            self.scroll_to_cursor()

    # --- painting ----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        try:
            return self._render_line(y)
        except Exception:  # a line that cannot be painted must not take the editor's session down
            return Strip([Segment("(this line could not be shown)")])

    def _render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width or self.size.width
        base = self._style_cache.get("") or self._style_cache.setdefault("", self.rich_style)
        if not self.rows:
            if y == 0:
                text = self.empty_message
                return Strip([Segment(text, base + self._style("empty"))]).crop_extend(0, width, base)
            return Strip.blank(width, base)
        if index >= len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[index]
        if row[8] is None:
            self._fill_snippets(index)
        style = base + self._style(row.status if row.status in STATUS_MARK else "proposed")
        if index == self.cursor:
            style = style + self._style("cursor")
        text = ("▶" if index == self.cursor else " ") + self.format_row(row, width - 1)
        return Strip([Segment(text, style)]).crop_extend(0, width, style)

    def _fill_snippets(self, index: int) -> None:
        """Fetch the snippets of every row on screen at once (rows are loaded without them)."""
        height = max(1, self.scrollable_content_region.height or self.size.height or 1)
        top = int(self.scroll_y)
        if not top <= index < top + height:  # (never more than a screenful, wherever the row is)
            top = index
        wanted = [r for r in self.rows[top : top + height] if r[8] is None]
        try:
            found = self.fetch_snippets([r[0] for r in wanted]) if self.fetch_snippets else {}
        except Exception:  # painting must never fail; the rows show without text until the next paint
            return
        for r in wanted:
            r[8] = found.get(r[0], "")

    def _style(self, name: str) -> Style:
        style = self._style_cache.get(name)
        if style is None:
            style = self._style_cache[name] = self.get_component_rich_style(f"queue--{name}", partial=True)
        return style

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._style_cache.clear()

    def format_row(self, row: QueueRow, width: int) -> str:
        speaker_w = max(8, min(22, width // 5))
        mark = STATUS_MARK.get(row.status, "?")
        manual = "+" if row.origin == "manual" else " "
        speaker = one_line(row.speaker or "—", speaker_w)
        kind = KIND_SHORT.get(row.kind, row.kind[:3])
        conf = confidence_cell(self.data.order, row.confidence)
        head = f"{mark}{manual}{note_mark(row.notes)}{row.document_id:>5} {conf}{kind} {speaker:<{speaker_w}} "
        rest = max(0, width - len(head))
        return head + one_line(row.snippet or "", rest)

    @staticmethod
    def header(width: int, order: QueueOrder = DEFAULT_ORDER) -> str:
        speaker_w = max(8, min(22, width // 5))
        conf = "conf " if order == "uncertain" else ""
        return f"{'':4}{'doc':>5} {conf}{'kd':<3} {'speaker':<{speaker_w}} quote"

    def scroll_to_cursor(self) -> None:
        if self.cursor < 0:
            return
        height = max(1, self.scrollable_content_region.height or self.size.height or 1)
        y = int(self.scroll_y)
        if self.cursor < y:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= y + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    @guarded
    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows))
        self.scroll_to_cursor()

    # --- keys and mouse ----------------------------------------------------------------------

    def _choose(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(len(self.rows) - 1, index))
        self.post_message(self.Chosen(self.rows[index].id))

    @guarded
    def action_cursor(self, step: int) -> None:
        self._choose((self.cursor if self.cursor >= 0 else 0) + step if self.cursor >= 0 else 0)

    @guarded
    def action_cursor_page(self, step: int) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        self._choose(max(0, self.cursor) + step * height)

    @guarded
    def action_cursor_to(self, index: int) -> None:
        self._choose(index if index >= 0 else len(self.rows) - 1)

    @guarded
    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = int(self.scroll_y) + offset.y
        if 0 <= index < len(self.rows):
            self._choose(index)
