"""'Also reported by': the other outlets' wordings of the current quote's statement, with a word-level difference.

Rendered as Text with styles (the words come from articles: never markup). The members are read in a worker
after the quote is shown (one indexed query), so the decision keys never wait for it.
"""

from __future__ import annotations

from rich.text import Text

from quotetool.crossref import word_diff
from quotetool.store.statements import StatementMember
from quotetool.tui.sanitize import one_line

_STYLES = {"equal": "", "delete": "strike red", "insert": "bold green"}


def render(current_id: int, members: list[StatementMember]) -> Text:
    """The section for the detail panel; empty when the quote is a statement of its own."""
    out = Text()
    me = next((m for m in members if m.quote_id == current_id), None)
    others = [m for m in members if m.quote_id != current_id]
    if me is None or not others:
        return out
    out.append(f"\nAlso reported by {len(others)}", style="bold")
    out.append("  (A accepts all · O gives all this speaker)\n", style="dim")
    for m in others:
        out.append(one_line(m.source), style="bold")
        if m.published:
            out.append(f" {one_line(m.published)}", style="dim")
        out.append(f" · #{m.quote_id} {m.status}\n", style="dim")
        for n, (op, words) in enumerate(word_diff(me.text, m.text)):
            out.append(" " if n else "")
            out.append(one_line(words), style=_STYLES[op])
        out.append("\n")
    return out
