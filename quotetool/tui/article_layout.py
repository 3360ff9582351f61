"""The article's layout, without a screen: quote marks and word wrapping by display cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex
from rich.cells import cell_len, get_character_cell_size

_WORD = regex.compile(r"\S+\s*|\s+")

# Mark kinds, lowest priority first: a later kind paints over an earlier one.
MARK_KINDS = ("proposed", "accepted", "rejected", "current", "cue", "mention", "selection", "caret")
MARK_RANK = {kind: rank for rank, kind in enumerate(MARK_KINDS)}


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # one of MARK_KINDS
    quote_id: int | None = None


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset into the stored text; -1 for a notice line
    end: int
    notice: str = ""


def marks_for(quotes: Sequence, current_id: int | None) -> list[Mark]:
    """The marks of an article: every quote by status, the current one with its mention and cue."""
    out: list[Mark] = []
    for q in quotes:
        if q.status == "deleted":
            continue
        pieces = q.parts or ((q.start, q.end),)
        if q.id == current_id:
            out.extend(Mark(s, e, "current", q.id) for s, e in pieces)
            if q.cue_start is not None and q.cue_end is not None:
                out.append(Mark(q.cue_start, q.cue_end, "cue", q.id))
            if q.mention_start is not None and q.mention_end is not None:
                out.append(Mark(q.mention_start, q.mention_end, "mention", q.id))
        else:
            out.extend(Mark(s, e, q.status, q.id) for s, e in pieces)
    return out


def wrap(shown: str, offset: int, width: int) -> list[Line]:
    """Wrap ``shown`` (display text starting at stored offset ``offset``) into lines of ``width`` cells."""
    width = max(1, width)
    lines: list[Line] = []
    pos, n = 0, len(shown)
    while pos <= n:
        nl = shown.find("\n", pos)
        para_end = n if nl == -1 else nl
        _wrap_paragraph(shown, pos, para_end, width, offset, lines)
        if nl == -1:
            break
        pos = nl + 1
    return lines


def _wrap_paragraph(shown: str, start: int, end: int, width: int, offset: int, out: list[Line]) -> None:
    if start == end:
        out.append(Line(offset + start, offset + end))
        return
    line_start, used = start, 0
    for m in _WORD.finditer(shown, start, end):
        word = m.group()
        bare = word.rstrip()
        w = cell_len(bare)
        if used and used + w > width:  # the word does not fit: break before it
            out.append(Line(offset + line_start, offset + m.start()))
            line_start, used = m.start(), 0
        if w > width:  # longer than a line: cut it into pieces of `width` cells
            for j, ch in enumerate(bare, m.start()):
                cw = get_character_cell_size(ch)
                if used + cw > width and used:
                    out.append(Line(offset + line_start, offset + j))
                    line_start, used = j, 0
                used += cw
        else:
            used += w
        used += len(word) - len(bare)  # trailing spaces hang past the edge but count for the next word
    out.append(Line(offset + line_start, offset + end))
