"""Selecting a missed quote, without a screen: the cursor, the selection, and how keys change them.

A selection is two tokens, the anchor (where it began) and the caret (the end that keys move); it
covers both and everything between. Sentences come from the detector's splitter and clauses end at
commas, colons, semicolons, dashes and before "dass"/"ob". Nothing here crosses a line break: a
selection stays in its paragraph. Every function is pure; the article view (article_select.py) calls
them and paints the result. Scans look at a bounded stretch around the selection.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from quotetool.tui import spans
from quotetool.tui.spans import SpanError

WINDOW = 6_000  # characters on either side of the selection in which sentences are looked for
_CLAUSE_MARK = regex.compile(r"[,;:](?!\d)|(?<=\s)[–—-](?=\s)|\b(?:dass|ob)\b", regex.IGNORECASE)

_MARKS = ",;:–—-"
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Selection:
    anchor: Span  # the token where the selection began
    caret: Span  # the token the cursor is on: the end that keys move

    @property
    def span(self) -> Span:
        return min(self.anchor[0], self.caret[0]), max(self.anchor[1], self.caret[1])

    @property
    def at_end(self) -> bool:
        """Is the caret the selection's end (not its start)?"""
        return self.caret[0] >= self.anchor[0]

    def swapped(self) -> Selection:
        """The caret at the other end of the selection."""
        return Selection(self.caret, self.anchor)


def of_span(start: int, end: int, *, at_end: bool = True) -> Selection:
    """A selection of ``text[start:end]`` with the caret at its end (or start)."""
    first, last = (start, min(end, start + 1)), (max(start, end - 1), end)
    return Selection(first, last) if at_end else Selection(last, first)


def cursor_at(text: str, pos: int) -> Selection | None:
    """A cursor (a one-token selection) on the token at ``pos`` or the next one."""
    word = spans.word_at(text, pos)
    return Selection(word, word) if word is not None else None


def paragraph_at(text: str, pos: int) -> Span:
    """The line (paragraph) that holds offset ``pos``, without its line break."""
    pos = max(0, min(pos, len(text)))
    nl = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if nl < 0 else nl


def step(text: str, sel: Selection, direction: int, *, extend: bool) -> Selection:
    """The caret one token left or right; with ``extend`` the anchor stays (the selection grows or shrinks)."""
    caret = sel.caret
    if direction > 0:
        word = spans.word_at(text, caret[1])
    else:
        s = spans.prev_token_start(text, caret[0])
        word = (s, spans.token_end(text, s)) if s is not None else None
    if word is None or spans.crosses(text, caret[0], word[0]):
        return sel  # at the paragraph's edge: the caret stays
    return Selection(sel.anchor if extend else word, word)


def _sentences_near(text: str, start: int, end: int) -> list[Span]:
    """Sentences of the paragraph(s) around ``text[start:end]``, within WINDOW characters."""
    from quotetool.detect.misses import sentence_spans  # (the detector's lexicon: not loaded at start-up)

    ps, _ = paragraph_at(text, start)
    _, pe = paragraph_at(text, max(start, end - 1))
    return sentence_spans(text, max(ps, start - WINDOW), min(pe, end + WINDOW))


def sentence_at(text: str, pos: int) -> Selection | None:
    """The sentence holding ``pos`` (or the next one in its paragraph), selected with the caret at its end."""
    found = _sentences_near(text, pos, pos + 1)
    for s, e in found:
        if e > pos:
            return of_span(s, e)
    return of_span(*found[-1]) if found else None


def _stops(text: str, sel: Selection, unit: str) -> tuple[list[int], list[int]]:
    """Where a selection may start and end: at sentences, and with ``unit`` "clause" at clause marks too."""
    start, end = sel.span
    starts: list[int] = []
    ends: list[int] = []
    for s, e in _sentences_near(text, start, end):
        starts.append(s)
        ends.append(e)
        if unit != "clause":
            continue
        for m in _CLAUSE_MARK.finditer(text, s, e):
            a, b = m.span()
            before = a  # a clause ends before the mark (spaces left out), unless a mark stands there (", dass")
            while before > s and text[before - 1].isspace():
                before -= 1
            if before > s and text[before - 1] not in _MARKS:
                ends.append(before)
            if m.group()[0].isalpha():
                starts.append(a)  # dass/ob: a clause starts at the word, and after it
            while b < e and text[b].isspace():
                b += 1
            if b < e:
                starts.append(b)
    return sorted(set(starts)), sorted(set(ends))


def grow(text: str, sel: Selection, unit: str) -> Selection:
    """The caret's end one clause or sentence further out (the end later, or the start earlier)."""
    start, end = sel.span
    starts, ends = _stops(text, sel, unit)
    if sel.at_end:
        later = [e for e in ends if e > end and not spans.crosses(text, end, e)]
        if not later:
            raise SpanError(f"The selection already reaches the last {unit} of its paragraph.")
        return of_span(start, later[0])
    earlier = [s for s in starts if s < start and not spans.crosses(text, s, start)]
    if not earlier:
        raise SpanError(f"The selection already starts at the first {unit} of its paragraph.")
    return of_span(earlier[-1], end, at_end=False)


def shrink(text: str, sel: Selection, unit: str) -> Selection:
    """The caret's end one clause or sentence further in; a selection keeps at least one."""
    start, end = sel.span
    starts, ends = _stops(text, sel, unit)
    if sel.at_end:
        inner = [e for e in ends if start < e < end and text[start:e].strip()]
        if not inner:
            raise SpanError(f"The selection is one {unit}; it cannot shrink further (o moves the caret to its start).")
        return of_span(start, inner[-1])
    inner = [s for s in starts if start < s < end and text[s:end].strip()]
    if not inner:
        raise SpanError(f"The selection is one {unit}; it cannot shrink further (o moves the caret to its end).")
    return of_span(inner[0], end, at_end=False)


def move_edge(text: str, sel: Selection, edge: str, direction: int, unit: str) -> Selection:
    """The selection's start or end moved by a word or a character (as `[` `]` `{` `}` move a quote's)."""
    start, end = spans.move_edge(text, *sel.span, edge, direction, unit)
    return of_span(start, end, at_end=edge == "end")


def next_miss(text: str, covered: list[Span], after: int, lo: int = 0, hi: int | None = None) -> Span | None:
    """The first likely miss (see quotetool.detect.misses) that starts after ``after``, from the top again
    when there is none after it; only ``text[lo:hi]`` is looked at."""
    from quotetool.detect.misses import likely_misses  # (the detector's lexicon: not loaded at start-up)

    hi = len(text) if hi is None else hi
    ahead = likely_misses(text, covered, spans_start(text, after, lo), hi)
    found = [m for m in ahead if m[0] > after]
    if found:
        return found[0]
    before = likely_misses(text, covered, lo, min(hi, paragraph_at(text, after)[1]))
    return before[0] if before else None


def spans_start(text: str, pos: int, lo: int) -> int:
    """The start of the paragraph of ``pos`` (not before ``lo``): where a scan for sentences begins."""
    return max(lo, paragraph_at(text, pos)[0])


def find(
    text: str, term: str, after: int, *, backwards: bool = False, lo: int = 0, hi: int | None = None
) -> int | None:
    """The offset of the next (or previous) match of ``term`` (any case), from the other end again when there
    is none; None when the text (between ``lo`` and ``hi``) does not hold it."""
    if not term:
        return None
    hi = len(text) if hi is None else hi
    if backwards:
        pattern = regex.compile(regex.escape(term), regex.IGNORECASE | regex.REVERSE)
        m = pattern.search(text, lo, max(lo, after)) or pattern.search(text, lo, hi)
    else:
        pattern = regex.compile(regex.escape(term), regex.IGNORECASE)
        m = pattern.search(text, min(hi, after + 1), hi) or pattern.search(text, lo, hi)
    return m.start() if m is not None else None
