"""The selection logic without a screen: sentences, clauses, word and character edges, paragraph limits."""

from __future__ import annotations

import pytest

from quotetool.tui import selection as sel
from quotetool.tui import spans

TEXT = (
    "Der Rat tagte am Montag.\n"
    "Er sagte, dass die Lage ernst sei. „Wir kommen“, sagte sie – und ging.\n"
    "Neuer Absatz hier."
)
P2 = TEXT.index("Er sagte")


def shown(s: sel.Selection) -> str:
    return TEXT[slice(*s.span)]


def test_the_sentence_under_the_cursor():
    assert shown(sel.sentence_at(TEXT, TEXT.index("Lage"))) == "Er sagte, dass die Lage ernst sei."
    assert shown(sel.sentence_at(TEXT, TEXT.index("kommen"))) == "„Wir kommen“, sagte sie – und ging."
    assert shown(sel.sentence_at(TEXT, 3)) == "Der Rat tagte am Montag."


def test_clauses_shrink_from_the_start_after_o():
    s = sel.sentence_at(TEXT, P2).swapped()
    assert not s.at_end
    s = sel.shrink(TEXT, s, "clause")
    assert shown(s) == "dass die Lage ernst sei."
    s = sel.shrink(TEXT, s, "clause")
    assert shown(s) == "die Lage ernst sei."
    with pytest.raises(spans.SpanError, match="cannot shrink"):
        sel.shrink(TEXT, s, "clause")
    assert shown(sel.grow(TEXT, s, "clause")) == "dass die Lage ernst sei."


def test_clauses_and_sentences_grow_and_shrink_at_the_end():
    s = sel.sentence_at(TEXT, P2)
    s = sel.grow(TEXT, s, "clause")
    assert shown(s) == "Er sagte, dass die Lage ernst sei. „Wir kommen“"
    s = sel.grow(TEXT, s, "clause")
    assert shown(s).endswith("„Wir kommen“, sagte sie")
    s = sel.shrink(TEXT, s, "sentence")
    assert shown(s) == "Er sagte, dass die Lage ernst sei."
    s = sel.grow(TEXT, s, "sentence")
    assert shown(s).endswith("und ging.")
    with pytest.raises(spans.SpanError, match="last sentence of its paragraph"):
        sel.grow(TEXT, s, "sentence")  # the next paragraph is not taken
    with pytest.raises(spans.SpanError, match="last clause of its paragraph"):
        sel.grow(TEXT, s, "clause")


def test_growing_at_the_start_stops_at_the_paragraph():
    s = sel.sentence_at(TEXT, P2).swapped()
    with pytest.raises(spans.SpanError, match="first sentence of its paragraph"):
        sel.grow(TEXT, s, "sentence")


def test_word_edges_never_cross_a_paragraph_break():
    start, end = P2, P2 + 2  # "Er"
    with pytest.raises(spans.SpanError, match="paragraph"):
        spans.move_start_left(TEXT, start, end)
    last = TEXT.index("ging") + 4
    with pytest.raises(spans.SpanError, match="paragraph"):
        spans.move_end_right(TEXT, TEXT.index("und"), last)
    assert spans.move_end_right(TEXT, start, end) == (start, TEXT.index("sagte") + 5)


def test_character_edges_take_in_and_leave_out_punctuation_and_marks():
    wir = TEXT.index("Wir")
    kommen_end = TEXT.index("kommen") + 6
    assert spans.char_start_left(TEXT, wir, kommen_end) == (wir - 1, kommen_end)  # takes in „
    assert spans.char_end_right(TEXT, wir, kommen_end) == (wir, kommen_end + 1)  # takes in “
    sei_end = TEXT.index("sei.") + 4
    assert spans.char_end_left(TEXT, P2, sei_end) == (P2, sei_end - 1)  # ends before the full stop
    assert spans.char_start_right(TEXT, P2, sei_end) == (P2 + 1, sei_end)
    # spaces are passed: the edge rests on a character, never on white space
    assert spans.char_end_right(TEXT, P2, P2 + 9) == (P2, P2 + 11)  # "Er sagte," + " d"
    with pytest.raises(spans.SpanError, match="paragraph"):
        spans.char_start_left(TEXT, P2, P2 + 2)
    with pytest.raises(spans.SpanError, match="paragraph"):
        spans.char_end_right(TEXT, P2, TEXT.index("ging.") + 5)
    with pytest.raises(spans.SpanError, match="at least one character"):
        spans.char_end_left(TEXT, P2, P2 + 1)


def test_a_selections_edges_move_like_a_quotes():
    s = sel.sentence_at(TEXT, P2)
    s = sel.move_edge(TEXT, s, "end", -1, "char")
    assert shown(s) == "Er sagte, dass die Lage ernst sei"
    s = sel.move_edge(TEXT, s, "start", 1, "word")
    assert shown(s) == "sagte, dass die Lage ernst sei"
    assert not s.at_end
    s = sel.move_edge(TEXT, s, "end", -1, "word")
    assert shown(s) == "sagte, dass die Lage ernst" and s.at_end


def test_the_cursor_steps_by_token_and_stops_at_the_paragraph():
    c = sel.cursor_at(TEXT, P2)
    assert shown(c) == "Er"
    right = sel.step(TEXT, c, 1, extend=True)
    assert shown(right) == "Er sagte"
    assert sel.step(TEXT, c, -1, extend=False) == c  # "Montag." is in the paragraph before


def test_next_miss_and_find_wrap_around():
    covered = [(TEXT.index("Wir"), TEXT.index("kommen") + 6)]
    assert TEXT[slice(*sel.next_miss(TEXT, covered, 0))] == "Er sagte, dass die Lage ernst sei."
    after = TEXT.index("ernst")
    assert TEXT[slice(*sel.next_miss(TEXT, covered, after))] == "Er sagte, dass die Lage ernst sei."  # from the top
    assert sel.next_miss(TEXT, [(0, len(TEXT))], 0) is None
    assert sel.find(TEXT, "SAGTE", 0) == TEXT.index("sagte")
    assert sel.find(TEXT, "sagte", TEXT.index("sagte")) == TEXT.index("sagte sie")
    assert sel.find(TEXT, "sagte", TEXT.index("sagte sie")) == TEXT.index("sagte")  # from the top again
    assert sel.find(TEXT, "sagte", TEXT.index("sagte sie"), backwards=True) == TEXT.index("sagte")
    assert sel.find(TEXT, "Kuchen", 0) is None
