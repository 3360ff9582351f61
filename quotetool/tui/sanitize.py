"""Display-safe text for the UI: the helpers live in quotetool.safe_text (the CLI needs them without textual)."""

from quotetool.safe_text import display, is_unsafe, one_line, stand_in

__all__ = ["display", "is_unsafe", "one_line", "stand_in"]
