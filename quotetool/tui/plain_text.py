"""A widget that shows one ``rich.text.Text`` and repaints without a layout pass.

``Static.update`` re-lays out the whole screen (its size may depend on its content); the bars
and the detail panel have sizes fixed by the stylesheet, so a repaint is all a change needs,
which keeps the decision hot path short. Text objects only: nothing here parses markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


class PlainText(Widget):
    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._text = Text()

    def update(self, text: Text) -> None:
        if text != self._text:
            self._text = text
            self.refresh()

    @property
    def text(self) -> Text:
        return self._text

    def render(self) -> Text:
        return self._text


class StatusLine(PlainText):
    """The status line: as many rows as its sentence needs (``height: auto`` and a ``max-height`` in the
    stylesheet), so a long sentence wraps instead of being cut. A layout pass happens only when the
    number of rows changes; a new message of the same height is a repaint, as for ``PlainText``.
    """

    def update(self, text: Text) -> None:
        if text == self._text:
            return
        before = self._rows(self._text)
        self._text = text
        self.refresh(layout=self._rows(text) != before)

    def _rows(self, text: Text) -> int:
        if not self.is_mounted:
            return 1
        width = self.content_region.width or max(1, self.app.size.width - 2)
        return len(text.wrap(self.app.console, max(1, width))) if text.plain else 1
