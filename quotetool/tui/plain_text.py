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
