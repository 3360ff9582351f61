"""``sentences.boundaries`` finds exactly what ``_BOUNDARY.finditer`` finds (the regex stays the definition)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotetool.detect.sentences import _BOUNDARY, boundaries

# the characters the pattern looks at, in every combination, with letters and white space of other kinds
PIECES = [*".!?…“”\"»«‘’')]„‚([–—- \t\n\u00a0\u2009\x1c\x1f", "Der", "die", "3", "Ä", "ß", "É", "x", "٣", "Ⅳ"]
marked = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def finditer(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in _BOUNDARY.finditer(text, lo, hi)]


@settings(max_examples=400, deadline=None)
@given(marked, st.integers(0, 40), st.integers(0, 40))
def test_the_same_spans_as_the_regex_in_any_range(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    assert boundaries(text, lo, hi) == finditer(text, lo, hi)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_the_same_spans_as_the_regex_on_any_text(text: str) -> None:
    assert boundaries(text, 0, len(text)) == finditer(text, 0, len(text))


def test_runs_of_marks_closing_marks_and_what_may_follow() -> None:
    text = "Er kam. Sie ging?! „Ja.“ Dann… 3 Leute (ok.) [x]. – Gut.\u00a0Ende...nein. Und. ja"
    assert boundaries(text, 0, len(text)) == finditer(text, 0, len(text))
    assert [text[a:b] for a, b in boundaries(text, 0, len(text))] == [".", "?!", ".“", "…", ".)", ".", ".", "."]


def test_the_end_of_the_range_hides_what_follows() -> None:
    text = "Er kam. Sie ging."
    assert boundaries(text, 0, 8) == [] == finditer(text, 0, 8)  # (the next sentence's capital lies past it)
    assert boundaries(text, 0, 9) == [(6, 7)] == finditer(text, 0, 9)


def test_every_pair_of_characters_after_a_mark() -> None:
    """White space as the regex engine reads it (not ``str.isspace``: "\\x1c" is no space to it), then every
    character that may or may not open a sentence."""
    singles = [p for p in PIECES if len(p) == 1]
    for first in singles:
        for second in singles:
            for text in (f"Wort.{first}{second}x", f"Wort.“{first}{first}{second}", f"Wort?!{first}{second}"):
                assert boundaries(text, 0, len(text)) == finditer(text, 0, len(text)), repr(text)
