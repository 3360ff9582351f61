"""A footer that shows only the keys that fit whole, in the order of the bindings (the palette key always)."""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

PALETTE = "-command-palette"


def _width(key: FooterKey) -> int:
    """Cells a compact footer key takes: key, space, description, and one cell of margin."""
    shown = f"{key.key_display} {key.description}" if key.description else key.key_display
    return cell_len(shown) + 1


class FittingFooter(Footer):
    """Textual's footer cuts the last keys that do not fit (a key without its word, or half a word);
    this one leaves them out: they are on the help screen (?) and in the palette."""

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        width = self.size.width or self.app.size.width
        room = width - sum(_width(w) for w in widgets if isinstance(w, FooterKey) and w.has_class(PALETTE))
        for widget in widgets:
            if isinstance(widget, FooterKey) and not widget.has_class(PALETTE):
                room -= _width(widget)
                if room < 0:
                    continue
            yield widget

    def on_resize(self, event: events.Resize) -> None:
        self.refresh(recompose=True)  # another width: other keys fit
