"""The sentences around a quote, found with the detector's sentence splitter (German abbreviations such as
"Dr." or "z. B." do not end a sentence, and a quotation is never split). Pure functions: no database.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from quotetool.detect.marks import QuoteSpan, pair_quotes, paragraphs
from quotetool.detect.sentences import (
    _BOUNDARY,
    _CLOSING_MARKS,
    _END_MARKS,
    MAX_SENTENCE_CHARS,
    _is_abbreviation,
    split_sentences,
)

# Every character a match of the splitter's _BOUNDARY can consume (its look-ahead aside): punctuation, then
# closing marks. A scan for boundaries may begin after any other character and finds what a scan from the
# paragraph's start finds from there on, since no match can run across that character. Read from the splitter's
# own marks, so that none is missing here (the single guillemets ›‹ were).
_IN_BOUNDARY = frozenset(_END_MARKS + _CLOSING_MARKS)
_FIRST_STEP = 256  # characters searched back for a sentence's start before the step doubles
_LOCAL_LOOKUPS = 3  # spans of one text looked up on their own; from the next one on, the text is split whole


class Sentences:
    """The sentences of one text, for many look-ups (an export asks for every quote of an article).

    Gives what splitting the whole text with ``split_sentences`` gives. For the first few spans asked for
    (an export of accepted quotes often has one or two in a long article) it finds only the sentence ends
    next to the span: the splitter's boundary pattern and its rules (abbreviations, ordinals, a boundary
    inside a quotation does not count) are applied from the span's start backwards and from its end
    forwards, within its paragraphs; the quotations are paired once per text, when first needed. From
    the next span on, or when a sentence is longer than MAX_SENTENCE_CHARS (the splitter cuts those into
    pieces), the text is split whole, once.
    """

    __slots__ = ("_contexts", "_found", "_pends", "_pstarts", "_quote_ends", "_quotes", "_split", "_split_ends", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        paras = paragraphs(text)
        self._pstarts = [s for s, _ in paras]
        self._pends = [e for _, e in paras]
        self._quotes: list[QuoteSpan] | None = None
        self._quote_ends: list[int] = []
        self._split: list[tuple[int, int]] | None = None  # the whole text's sentences, once split
        self._split_ends: list[int] = []
        self._found: dict[tuple[int, int], tuple[int, int]] = {}  # spans asked for before (a repeated quote)
        self._contexts: dict[tuple[int, int], str] = {}

    def around(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of the sentence or sentences that hold ``text[start:end]``; the span itself when none does."""
        key = (start, end)
        found = self._found.get(key)
        if found is None:
            if self._split is None and len(self._found) < _LOCAL_LOOKUPS:
                found = self._around(start, end)
            else:  # many quotes in one text: one split of it is cheaper than a search around each
                found = self._split_around(start, end)
            self._found[key] = found
        return found

    def context(self, start: int, end: int) -> str:
        """``text[around(start, end)]``, kept for the next quote with the same span."""
        key = (start, end)
        found = self._contexts.get(key)
        if found is None:
            s, e = self.around(start, end)
            found = self._contexts[key] = self.text[s:e]
        return found

    def _around(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self._split_around(start, end)  # (no quote is empty: only for a caller's odd question)
        first = bisect_right(self._pends, start)  # the first paragraph that ends after the span starts
        if first == len(self._pends):
            return start, end
        pstart = self._pstarts[first]
        first_start = pstart if start < pstart else self._sentence_start(start, pstart)
        if first_start >= end:
            return start, end  # only white space around the span: nothing better to give
        last = bisect_left(self._pstarts, end) - 1  # the last paragraph that starts before the span ends
        lstart, lend = self._pstarts[last], self._pends[last]
        blank = min(end, len(self.text))
        while blank > lstart and self.text[blank - 1].isspace():
            blank -= 1
        last_end = self._next_end(blank - 1, lstart, lend)  # the first end whose next sentence starts at `end`
        if last_end - first_start > MAX_SENTENCE_CHARS and self._too_long(start, first_start, last_end, lstart):
            return self._split_around(start, end)
        return min(start, first_start), max(end, last_end)

    def _sentence_start(self, pos: int, pstart: int) -> int:
        """Where the sentence holding ``pos`` starts (after the last sentence end at or before it)."""
        text = self.text
        previous = self._previous_end(pos, pstart)
        if previous is None:
            return pstart
        while text[previous].isspace():  # (a paragraph ends in a letter or a mark: this stops in it)
            previous += 1
        return previous

    def _too_long(self, start: int, first_start: int, last_end: int, lstart: int) -> bool:
        """Whether the first or the last sentence is long enough for the splitter to cut it."""
        first_end = self._next_end(max(start, first_start), first_start, self._pends[bisect_right(self._pends, start)])
        last_start = self._sentence_start(last_end - 1, lstart)
        return first_end - first_start > MAX_SENTENCE_CHARS or last_end - last_start > MAX_SENTENCE_CHARS

    def _next_end(self, pos: int, pstart: int, pend: int) -> int:
        """The first sentence end after ``pos`` in the paragraph [pstart, pend); ``pend`` when none is."""
        for m in _BOUNDARY.finditer(self.text, self._safe(max(pos, pstart), pstart), pend):
            if m.end() > pos and self._ends_sentence(m.start(), m.end()):
                return m.end()
        return pend

    def _previous_end(self, pos: int, pstart: int) -> int | None:
        """The last sentence end at or before ``pos`` in the paragraph starting at ``pstart``; None when none is.

        Searched back in growing steps; each step scans forwards (as the splitter does) from a place where
        no boundary can begin inside a match, up to where the step before began.
        """
        pend = self._pends[bisect_right(self._pstarts, pstart) - 1]
        limit, step = pos, _FIRST_STEP
        while True:
            lo = self._safe(max(pstart, limit - step), pstart)
            ends = []
            for m in _BOUNDARY.finditer(self.text, lo, pend):
                if m.end() > limit:
                    break
                ends.append((m.start(), m.end()))
            for a, b in reversed(ends):
                if self._ends_sentence(a, b):
                    return b
            if lo == pstart:
                return None
            limit, step = lo, step * 2

    def _safe(self, pos: int, pstart: int) -> int:
        """``pos``, or the place before it where a run of boundary characters begins."""
        text = self.text
        while pos > pstart and text[pos - 1] in _IN_BOUNDARY:
            pos -= 1
        return pos

    def _ends_sentence(self, a: int, b: int) -> bool:
        """Whether the boundary match text[a:b] ends a sentence, by the splitter's rules."""
        if self._quotes is None:
            self._quotes = pair_quotes(self.text, _paras(self._pstarts, self._pends))
            self._quote_ends = [q.end for q in self._quotes]
        i = bisect_right(self._quote_ends, b)  # the first quotation that ends after b
        if i < len(self._quotes) and self._quotes[i].open < b:
            return False  # inside a quotation
        return not (b - a == 1 and _is_abbreviation(self.text, a))

    def _split_around(self, start: int, end: int) -> tuple[int, int]:
        """As ``around``, from the whole text's split (made once)."""
        if self._split is None:
            paras = _paras(self._pstarts, self._pends)
            quotes = self._quotes if self._quotes is not None else pair_quotes(self.text, paras)
            self._split = [(s.start, s.end) for s in split_sentences(self.text, paras, quotes)]
            self._split_ends = [e for _, e in self._split]
        spans = self._split
        first = bisect_right(self._split_ends, start)  # the first sentence that ends after the span starts
        last = first
        while last + 1 < len(spans) and spans[last + 1][0] < end:
            last += 1
        if first >= len(spans) or spans[first][0] >= end:
            return start, end
        return min(start, spans[first][0]), max(end, spans[last][1])


def _paras(starts: list[int], ends: list[int]) -> list[tuple[int, int]]:
    return list(zip(starts, ends, strict=True))


def context(text: str, start: int, end: int) -> str:
    """The sentence or sentences of ``text`` that hold ``text[start:end]``."""
    line_start, line_end = _lines(text, start, max(start, end - 1))
    s, e = Sentences(text[line_start:line_end]).around(start - line_start, end - line_start)
    return text[line_start + s : line_start + e]


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The offsets of the sentence holding ``pos`` (only its line is split: a decision stays fast on a long article)."""
    line_start, line_end = _lines(text, pos, pos)
    s, e = Sentences(text[line_start:line_end]).around(pos - line_start, pos - line_start + 1)
    return line_start + s, line_start + e


def same_sentence(text: str, a: int, b: int) -> bool:
    """Whether the offsets ``a`` and ``b`` lie in one sentence of ``text``."""
    return sentence_at(text, a) == sentence_at(text, b)


def _lines(text: str, first: int, last: int) -> tuple[int, int]:
    """The lines (paragraphs, for the splitter) from the one holding ``first`` to the one holding ``last``."""
    start = text.rfind("\n", 0, first) + 1
    end = text.find("\n", last)
    return start, len(text) if end < 0 else end
