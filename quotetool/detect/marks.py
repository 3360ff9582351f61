"""Pairing quotation marks into quoted spans: „…“ „…” »…« «…» "…" “…”, with nested ‚…‘ '…' inside.

Pairing is done paragraph by paragraph with a small stack, in one left-to-right pass. A mark that
cannot be paired is ignored; a quote left open at the end of a paragraph only counts when the next
paragraph opens a quote again (the convention for a quotation running over several paragraphs), and
no quote may run longer than ``MAX_QUOTE_CHARS``: a stray mark never swallows the rest of a document.
"""

from __future__ import annotations

from typing import Final, NamedTuple

MAX_QUOTE_CHARS: Final = 2500  # longer "quotes" are unbalanced marks, not speech

_MARKS: Final = "„“”\"»«‚‘’'›‹"
_OPEN_CONTEXT: Final = set(" \t\n([{/–—-:;,…") | {"\u00a0"}  # a mark after these (or at the start) opens
_CLOSE_AFTER: Final = set(" \t\n)]}.,;:!?…–—-/") | {"\u00a0"}  # a mark before these (or at the end) closes

# Stack entries are (kind, position); kinds that pair: low „ or high “ ” or straight " or guillemets.
# (a quotation in single marks outside any other, ‚…‘ or ›…‹, as headlines write them, is one of its own: "t_")
_DOUBLE: Final = frozenset({"low", "high", "straight", "raquo", "laquo", "t_low", "t_raquo"})
# the closing single mark of each quotation that single marks open outside any other
_TOP_SINGLE_CLOSERS: Final = {"‘": "t_low", "‹": "t_raquo"}
_SINGLE: Final = frozenset({"s_low", "s_high", "s_straight", "s_raquo", "s_laquo"})


class QuoteSpan(NamedTuple):
    """A top-level quotation: ``text[open]`` is the opening mark, ``text[close]`` the closing one.

    ``closed`` is False for a paragraph of a multi-paragraph quotation that runs on without a closing
    mark; then ``close`` is the end of the paragraph's text (exclusive) and no mark stands there.
    """

    open: int
    close: int
    closed: bool = True

    @property
    def inner_start(self) -> int:
        return self.open + 1

    @property
    def inner_end(self) -> int:
        return self.close

    @property
    def end(self) -> int:
        """The offset just after the closing mark (or the paragraph text)."""
        return self.close + 1 if self.closed else self.close


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of a text (a line break ends a paragraph in news dumps), blank lines dropped."""
    out = []
    start = 0
    n = len(text)
    while start <= n:
        nl = text.find("\n", start)
        end = n if nl < 0 else nl
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
        if nl < 0:
            break
        start = nl + 1
    return out


def mark_positions(text: str) -> list[int]:
    """Offsets of every quotation mark and apostrophe in the text, ascending."""
    # one str.find loop per mark: marks are rare, and a C-level search beats a regex scan eightfold
    out: list[int] = []
    for ch in _MARKS:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def pair_quotes(text: str, paras: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """Top-level quoted spans of a text, in order, never overlapping."""
    if paras is None:
        paras = paragraphs(text)
    spans: list[QuoteSpan] = []
    n_paras = len(paras)
    # every mark's position first (mark_positions), then only the paragraphs that have any (most have none)
    marks = mark_positions(text)
    n_marks = len(marks)
    mi = 0
    carry: _Carry | None = None
    for pi, (pstart, pend) in enumerate(paras):
        while mi < n_marks and marks[mi] < pstart:
            mi += 1
        if mi == n_marks:
            break  # no marks left: no more quotations
        if marks[mi] >= pend:
            carry = None
            continue
        stack: list[tuple[str, int]] = [] if carry is None else [(carry.kind, carry.pos)]
        pairs: list[tuple[int, int]] = []  # every double pair, nested ones too
        mi = _pair_marks(text, marks, mi, pstart, pend, stack, pairs)
        last_end = _add_top_level(spans, pairs, carry)
        carry = None
        # a quotation running on into the next paragraph: one that opens with a quotation mark again, or
        # one whose paragraph closes it (then its opener is carried into that paragraph's pairing)
        opener = _unclosed_opener(stack, pstart, last_end)
        if opener is not None and pi + 1 < n_paras:
            nstart = paras[pi + 1][0]
            how = _run_on(text, opener[1], pend, nstart)
            if how == _REOPENED:
                spans.append(QuoteSpan(opener[1], pend, closed=False))
            elif how == _CARRIED:
                carry = _Carry(opener[0], nstart - 1, opener[1], pend)
    return spans


class _Carry(NamedTuple):
    """A quotation left open at a paragraph's end whose next paragraph closes it without opening again (a line
    break inside a quotation): its opener goes into the next paragraph's stack at the position just before that
    paragraph (``kind``, ``pos``); ``open`` and ``para_end`` are where it stood."""

    kind: str
    pos: int
    open: int
    para_end: int


_REOPENED: Final = "reopened"
_CARRIED: Final = "carried"
_REOPENING: Final = '„"»«“'  # a paragraph starting with one of these opens a quotation again


def _add_top_level(spans: list[QuoteSpan], pairs: list[tuple[int, int]], carry: _Carry | None) -> int:
    """Add a paragraph's top-level pairs to ``spans``, after the first part of a quotation carried into it when
    its first pair closes that one; the end of the last pair added, or -1. Openers never closed were stray:
    the pairs they enclosed stand on their own."""
    pairs.sort()
    last_end = -1
    if carry is not None and pairs and pairs[0][0] == carry.pos:
        # the previous paragraph's open quotation ends here: its first part runs to that paragraph's end,
        # its second part starts at this paragraph (``open`` is the white space before it, no mark)
        spans.append(QuoteSpan(carry.open, carry.para_end, closed=False))
    for start, close in pairs:
        if start > last_end:
            spans.append(QuoteSpan(start, close))
            last_end = close
    return last_end


def _unclosed_opener(stack: list[tuple[str, int]], pstart: int, last_end: int) -> tuple[str, int] | None:
    """The first double opener of this paragraph left on the stack after its last top-level pair, or None."""
    for entry in stack:
        if entry[0] in _DOUBLE and entry[1] > last_end and entry[1] >= pstart:
            return entry
    return None


def _run_on(text: str, start: int, pend: int, nstart: int) -> str:
    """How a quotation opened at ``start`` and still open at its paragraph's end ``pend`` goes on in the next
    paragraph, which starts at ``nstart``: _REOPENED when that paragraph opens with a quotation mark again (the
    convention for a quotation running over several paragraphs), _CARRIED when it starts near enough for the
    quotation to close there (a line break inside a quotation), "" when the opener was a stray mark."""
    if pend - start > MAX_QUOTE_CHARS or pend <= start + 1:
        return ""
    if text[nstart] in _REOPENING:
        return _REOPENED
    if nstart - start <= MAX_QUOTE_CHARS // 2:
        return _CARRIED
    return ""


def _pair_marks(
    text: str,
    marks: list[int],
    mi: int,
    pstart: int,
    pend: int,
    stack: list[tuple[str, int]],
    pairs: list[tuple[int, int]],
) -> int:
    """Pair the marks of one paragraph (from ``marks[mi]``) on ``stack`` into ``pairs``; the index after them."""
    n_marks = len(marks)
    while mi < n_marks and marks[mi] < pend:
        pos = marks[mi]
        mi += 1
        ch = text[pos]
        if stack and pos - stack[0][1] > MAX_QUOTE_CHARS:
            stack.clear()  # an opener this far back was a stray mark
        before = text[pos - 1] if pos > pstart else " "
        after = text[pos + 1] if pos + 1 < pend else " "
        kind = _classify(ch, stack, _opens(before, after), _closes(before, after), before, after)
        if kind == "close":
            _close(stack, pairs, pos, double=ch not in "‚‘’'›‹" or _closes_top_single(ch, stack))
        elif kind is not None:
            stack.append((kind, pos))
    return mi


def _opens(before: str, after: str) -> bool:
    """A mark between these characters can open a quotation: after a space, a bracket or a dash (or at the start
    of the paragraph), before something that is not a space."""
    return before in _OPEN_CONTEXT and not after.isspace()


def _closes(before: str, after: str) -> bool:
    """A mark between these characters can close a quotation: after something that is not a space, before a
    space, punctuation or anything else that is not a letter or digit (or at the end of the paragraph)."""
    return not before.isspace() and (after in _CLOSE_AFTER or not after.isalnum())


def _classify(ch: str, stack: list[tuple[str, int]], opens: bool, closes: bool, before: str, after: str) -> str | None:
    """'close', a stack kind to push, or None to ignore the mark."""
    if ch == "„":
        return "low"
    if ch == "“":
        return _left_double(stack, opens, closes)
    if ch == "”":
        return _right_double(stack, opens, closes)
    if ch == '"':
        # (a straight mark between spaces, or a space and the paragraph's end, opens nothing: it may close)
        return _straight_double(stack, opens, closes or (not opens and before.isspace()))
    if ch == "»":
        return _right_guillemet(stack, opens)
    if ch == "«":
        return _left_guillemet(stack, before)
    return _single(ch, stack, opens, closes, before, after)


def _left_double(stack: list[tuple[str, int]], opens: bool, closes: bool) -> str | None:
    """“ closes a German „…“ (or a "…“); after an English “ it opens a nested one or closes; else it opens."""
    if _has(stack, ("low", "straight")):
        return "close"
    if _has(stack, ("high",)):
        return "high" if opens and not closes else "close"
    return "high" if opens else None


def _right_double(stack: list[tuple[str, int]], opens: bool, closes: bool) -> str | None:
    """” closes any open double quotation unless it stands where only an opener can; else it opens (”…”)."""
    if _in_double(stack):
        return "high" if opens and not closes else "close"
    return "high" if opens else None


def _straight_double(stack: list[tuple[str, int]], opens: bool, closes: bool) -> str | None:
    """A straight " closes an open "…", and a „…" or “…" where it can only close (also after a space when it cannot
    open: "„… schlafen. "" at the end of a paragraph); else it opens."""
    if _has(stack, ("straight",)):
        return "close"
    if _has(stack, ("low", "high")) and closes and not opens:
        return "close"
    return "straight" if opens else None


def _right_guillemet(stack: list[tuple[str, int]], opens: bool) -> str | None:
    """» closes a «…» and opens a »…«."""
    if _has(stack, ("laquo",)):
        return "close"
    return "raquo" if opens else None


def _left_guillemet(stack: list[tuple[str, int]], before: str) -> str | None:
    """« closes a »…«; «…» and the French « … » with spaces inside open after a space (not inside another «)."""
    if _has(stack, ("raquo",)):
        return "close"
    return "laquo" if before in _OPEN_CONTEXT and not _has(stack, ("laquo",)) else None


def _single(ch: str, stack: list[tuple[str, int]], opens: bool, closes: bool, before: str, after: str) -> str | None:
    """Single marks matter only inside a double quotation (nested quotes): ‚…‘ '…' ›…‹ ‹…›; apostrophes between
    letters (geht's, O'Neill) and single marks outside any quotation are ignored."""
    if before.isalnum() and after.isalnum():
        return None
    if _closes_top_single(ch, stack) and closes:
        return "close"
    if not _in_double(stack):
        # "Scholz: ‚Wir stehen zusammen‘": ‚ and › open a quotation of their own outside any other
        return ("t_low" if ch == "‚" else "t_raquo" if ch == "›" else None) if opens else None
    return _nested(ch, stack[-1][0], opens, closes)


def _closes_top_single(ch: str, stack: list[tuple[str, int]]) -> bool:
    """The mark closes a quotation that single marks opened outside any other (‚…‘, ›…‹), the innermost open."""
    kind = _TOP_SINGLE_CLOSERS.get(ch)
    return kind is not None and bool(stack) and stack[-1][0] == kind


def _nested(ch: str, top: str, opens: bool, closes: bool) -> str | None:
    """A single mark inside a double quotation, by the kind of the innermost opener ``top``: ‚ opens, ‘ closes
    a ‚ or ‘, ’ and ' close a ‚ ‘ or ' unless they stand where only an opener can, › and ‹ pair both ways."""
    if ch == "‚":
        return "s_low"
    if ch == "‘":
        if top in ("s_low", "s_high"):
            return "close"
        return "s_high" if opens else None
    if ch in "’'":
        if top in ("s_low", "s_high", "s_straight") and not (opens and not closes):
            return "close"
        return "s_straight" if ch == "'" and opens else None
    if ch == "›":
        return "close" if top == "s_laquo" else ("s_raquo" if opens else None)
    if ch == "‹":
        return "close" if top == "s_raquo" else ("s_laquo" if opens else None)
    return None


def _has(stack: list[tuple[str, int]], kinds: tuple[str, ...]) -> bool:
    """Whether an opener of one of these kinds is on the stack."""
    return any(k in kinds for k, _ in stack)


def _in_double(stack: list[tuple[str, int]]) -> bool:
    """Whether a double quotation is open: single marks inside it are nested quotes."""
    return any(k in _DOUBLE for k, _ in stack)


def _close(stack: list[tuple[str, int]], pairs: list[tuple[int, int]], pos: int, *, double: bool) -> None:
    """Pop to the innermost opener of the mark's family; a double pair is recorded."""
    family = _DOUBLE if double else _SINGLE
    for i in range(len(stack) - 1, -1, -1):
        if stack[i][0] in family:
            start = stack[i][1]
            del stack[i:]
            if double and pos > start + 1:
                pairs.append((start, pos))
            return
