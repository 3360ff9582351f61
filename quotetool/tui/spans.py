"""Moving a quote's start and end by a word or a character: pure functions on the article text and offsets.

A token is a word (a run of letters/digits, joined by inner hyphens or apostrophes, so
"russisch-koreanische" and "geht's" are one) or a single punctuation character. The caret moves by
tokens; a quote's edges move by words (landing on words, never on punctuation or a quotation mark) or
by characters (which takes in or leaves out a full stop or a closing quotation mark). No move crosses a
line break: a quote's edge stays in its paragraph. Scans look only at the characters next to the offset
(and the punctuation between two words), so they cost the same in a 20 MB article as in a short one.
"""

from __future__ import annotations

_JOINERS = "-'’"  # inside a word: Nord-Korea, geht's
QUOTE_MARKS_OPEN = "„‚\"'«»‹›“‘"
QUOTE_MARKS_CLOSE = "“‘\"'»«›‹”’"


class SpanError(ValueError):
    """A move that cannot be made; the message is one sentence for the status line."""


def _wordy(c: str) -> bool:
    return c.isalnum() or c == "_"


def _in_word(text: str, i: int) -> bool:
    """Is text[i] part of a word (a letter, or a joiner between two letters)?"""
    c = text[i]
    if _wordy(c):
        return True
    return c in _JOINERS and 0 < i < len(text) - 1 and _wordy(text[i - 1]) and _wordy(text[i + 1])


def token_end(text: str, i: int) -> int:
    """End of the token that starts at (or contains) ``i``; ``i`` must not be whitespace."""
    if not _in_word(text, i):
        return i + 1
    n = len(text)
    while i < n and _in_word(text, i):
        i += 1
    return i


def token_start(text: str, i: int) -> int:
    """Start of the token that contains ``i``; ``i`` must not be whitespace."""
    if not _in_word(text, i):
        return i
    while i > 0 and _in_word(text, i - 1):
        i -= 1
    return i


def prev_token_start(text: str, pos: int) -> int | None:
    """The start of the last token that begins before ``pos``; None at the start of the text."""
    i = min(pos, len(text)) - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0:
        return None
    return token_start(text, i)


def prev_word_start(text: str, pos: int) -> int | None:
    """The start of the last word (letters/digits, not punctuation) that begins before ``pos``."""
    i = min(pos, len(text)) - 1
    while i >= 0 and not _wordy(text[i]):
        i -= 1
    return token_start(text, i) if i >= 0 else None


def next_word_start(text: str, pos: int) -> int | None:
    """The start of the first word that begins after ``pos`` (the rest of a word ``pos`` cuts is passed)."""
    i, n = max(pos, 0), len(text)
    while i < n and _in_word(text, i):
        i += 1
    while i < n and not _wordy(text[i]):
        i += 1
    return i if i < n else None


def prev_word_end(text: str, pos: int) -> int | None:
    """The end of the last word that ends before ``pos`` (a word ``pos`` ends or cuts is passed)."""
    i = min(pos, len(text)) - 1
    while i >= 0 and _in_word(text, i):
        i -= 1
    while i >= 0 and not _wordy(text[i]):
        i -= 1
    return i + 1 if i >= 0 else None


def next_word_end(text: str, pos: int) -> int | None:
    """The end of the first word that ends after ``pos``."""
    i, n = max(pos, 0), len(text)
    while i < n and not _wordy(text[i]):
        i += 1
    return token_end(text, i) if i < n else None


# Word moves land on words only: the moved edge is always a letter or digit, never a space, a
# punctuation mark or a quotation mark (quote spans exclude the marks). Punctuation and marks
# between words are passed over, so `[` in front of „die takes the word before the mark.


class _Limit:
    """Messages for an edge that cannot move, by edge and direction."""

    FIRST = "The start is at the first word of its paragraph; a span does not cross a paragraph break."
    LAST = "The end is at the last word of its paragraph; a span does not cross a paragraph break."
    KEEP = "A quote keeps at least one word; its {edge} cannot move further {way}."


def crosses(text: str, a: int, b: int) -> bool:
    """Does the stretch between two offsets hold a line break (a paragraph break)?"""
    return "\n" in text[min(a, b) : max(a, b)]


def move_start_left(text: str, start: int, end: int) -> tuple[int, int]:
    """Take one more word in front of the quote (within its paragraph)."""
    s = prev_word_start(text, start)
    if s is None or crosses(text, s, start):
        raise SpanError(_Limit.FIRST)
    return s, end


def move_start_right(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the quote's first word (or the punctuation in front of it)."""
    s = next_word_start(text, start)
    if s is None or s >= end:
        raise SpanError(_Limit.KEEP.format(edge="start", way="right"))
    if crosses(text, start, s):
        raise SpanError("The start is at the last word of its paragraph; a span does not cross a paragraph break.")
    return s, end


def move_end_left(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the quote's last word (or the punctuation after it)."""
    e = prev_word_end(text, end)
    if e is None or e <= start:
        raise SpanError(_Limit.KEEP.format(edge="end", way="left"))
    if crosses(text, e, end):
        raise SpanError("The end is at the first word of its paragraph; a span does not cross a paragraph break.")
    return start, e


def move_end_right(text: str, start: int, end: int) -> tuple[int, int]:
    """Take one more word after the quote (within its paragraph)."""
    e = next_word_end(text, end)
    if e is None or crosses(text, end, e):
        raise SpanError(_Limit.LAST)
    return start, e


# Character moves: one character at a time, passing spaces, so an edge can take in or leave out a full
# stop, a comma or a quotation mark; an edge never rests on white space and never crosses a line break.

_SPACE = " \t\u00a0\u2009\u202f"


def char_start_left(text: str, start: int, end: int) -> tuple[int, int]:
    """Take the character in front of the quote (spaces passed)."""
    s = start - 1
    while s >= 0 and text[s] in _SPACE:
        s -= 1
    if s < 0 or text[s] == "\n":
        raise SpanError("The start is at the beginning of its paragraph; a span does not cross a paragraph break.")
    return s, end


def char_start_right(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the quote's first character (and spaces after it)."""
    s = start + 1
    while s < end and text[s].isspace():
        s += 1
    if s >= end:
        raise SpanError("A quote keeps at least one character; its start cannot move further right.")
    return s, end


def char_end_left(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the quote's last character (and spaces before it)."""
    e = end - 1
    while e > start and text[e - 1].isspace():
        e -= 1
    if e <= start:
        raise SpanError("A quote keeps at least one character; its end cannot move further left.")
    return start, e


def char_end_right(text: str, start: int, end: int) -> tuple[int, int]:
    """Take the character after the quote (spaces passed)."""
    e = end
    while e < len(text) and text[e] in _SPACE:
        e += 1
    if e >= len(text) or text[e] == "\n":
        raise SpanError("The end is at the end of its paragraph; a span does not cross a paragraph break.")
    return start, e + 1


MOVES = {
    ("start", -1, "word"): move_start_left,
    ("start", 1, "word"): move_start_right,
    ("end", -1, "word"): move_end_left,
    ("end", 1, "word"): move_end_right,
    ("start", -1, "char"): char_start_left,
    ("start", 1, "char"): char_start_right,
    ("end", -1, "char"): char_end_left,
    ("end", 1, "char"): char_end_right,
}


def move_edge(text: str, start: int, end: int, edge: str, step: int, unit: str = "word") -> tuple[int, int]:
    """Move a span's ``edge`` ("start"/"end") by one ``unit`` ("word"/"char") left (-1) or right (1)."""
    return MOVES[(edge, 1 if step > 0 else -1, unit)](text, start, end)


def summary(quoted: str, start: int, end: int, words: int = 2) -> str:
    """A span in brief for the status line: its offsets and the first and last words of its text."""
    found = quoted.split()
    shown = (
        " ".join(found) if len(found) <= 2 * words + 1 else (" ".join(found[:words]) + " … " + " ".join(found[-words:]))
    )
    return f"{start}–{end} ({shown})"


def word_at(text: str, pos: int) -> tuple[int, int] | None:
    """The token at ``pos``, or the next one after whitespace; None past the last token."""
    n = len(text)
    i = max(0, min(pos, n))
    while i < n and text[i].isspace():
        i += 1
    if i >= n:
        return None
    s = token_start(text, i)
    return s, token_end(text, s)


def trim_selection(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A selection made into a quote: outer whitespace and outer quotation marks dropped."""
    start, end = max(0, start), min(len(text), end)
    for _ in range(2):  # whitespace, marks, whitespace inside the marks
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and text[start] in QUOTE_MARKS_OPEN:
            start += 1
        if end > start and text[end - 1] in QUOTE_MARKS_CLOSE:
            end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def looks_direct(text: str, start: int, end: int) -> bool:
    """Does the span sit between quotation marks (so its kind is most likely 'direct')?"""
    before = text[max(0, start - 2) : start].strip()
    after = text[end : end + 2].strip()
    return bool(before) and before[-1] in QUOTE_MARKS_OPEN and bool(after) and after[0] in QUOTE_MARKS_CLOSE
