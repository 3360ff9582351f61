"""The sentences around a quote, found with the detector's sentence splitter (German abbreviations such as
"Dr." or "z. B." do not end a sentence, and a quotation is never split). Pure functions: no database.
"""

from __future__ import annotations

from bisect import bisect_right

from quotetool.detect.marks import pair_quotes, paragraphs
from quotetool.detect.sentences import split_sentences


class Sentences:
    """The sentences of one text, split once, for many look-ups (an export asks for every quote of an article)."""

    __slots__ = ("_ends", "_spans", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        paras = paragraphs(text)
        self._spans = [(s.start, s.end) for s in split_sentences(text, paras, pair_quotes(text, paras))]
        self._ends = [end for _, end in self._spans]

    def around(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of the sentence or sentences that hold ``text[start:end]``; the span itself when none does."""
        first = bisect_right(self._ends, start)  # the first sentence that ends after the span starts
        last = first
        while last + 1 < len(self._spans) and self._spans[last + 1][0] < end:
            last += 1
        if first >= len(self._spans) or self._spans[first][0] >= end:
            return start, end  # only white space around the span: nothing better to give
        return min(start, self._spans[first][0]), max(end, self._spans[last][1])

    def context(self, start: int, end: int) -> str:
        s, e = self.around(start, end)
        return self.text[s:e]


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
