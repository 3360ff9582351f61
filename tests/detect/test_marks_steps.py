"""Pairing quotation marks (detect.marks), step by step: the context of a mark, its classification per mark
family, closing on the stack, a paragraph's top-level pairs, and a quotation running on into the next
paragraph; then pair_quotes on whole texts of our own."""

from __future__ import annotations

import pytest

from quotetool.detect import marks as m
from quotetool.detect.marks import QuoteSpan, pair_quotes

LOW = [("low", 0)]  # a German „ is open
HIGH = [("high", 0)]  # an English “ is open
STRAIGHT = [("straight", 0)]  # a " is open
NONE: list[tuple[str, int]] = []


def _quoted(text: str) -> list[str]:
    return [text[s.inner_start : s.inner_end] for s in pair_quotes(text)]


# --- the context of a mark


def test_a_mark_opens_after_space_bracket_dash_or_colon_before_a_non_space() -> None:
    for before in (" ", "(", "–", ":", "\u00a0"):
        assert m._opens(before, "W"), before
    assert not m._opens("r", "W")  # inside a word
    assert not m._opens(" ", " ")  # a mark standing alone


def test_a_mark_closes_after_a_non_space_before_space_punctuation_or_a_non_letter() -> None:
    for after in (" ", ",", ".", "!", ")", "–", "“"):
        assert m._closes("t", after), after
    assert not m._closes(" ", ",")  # after a space
    assert not m._closes("t", "a")  # inside a word
    assert not m._closes("t", "7")


# --- classification, one family of marks at a time


def test_classify_sends_each_mark_to_its_family() -> None:
    assert m._classify("„", NONE, False, False, "a", "a") == "low"  # a low mark always opens
    assert m._classify("“", LOW, False, True, "t", ",") == "close"
    assert m._classify("”", HIGH, False, True, "t", ",") == "close"
    assert m._classify('"', STRAIGHT, False, True, "t", ",") == "close"
    assert m._classify("»", NONE, True, False, " ", "W") == "raquo"
    assert m._classify("«", [("raquo", 0)], False, True, "t", ",") == "close"
    assert m._classify("‚", LOW, True, False, " ", "W") == "s_low"
    assert m._classify("x", LOW, True, True, " ", " ") is None  # not a mark of any family


def test_left_double_closes_a_german_quotation_and_pairs_english_ones() -> None:
    assert m._left_double(LOW, opens=True, closes=True) == "close"  # „…“
    assert m._left_double(STRAIGHT, opens=False, closes=True) == "close"  # "…“
    assert m._left_double(HIGH, opens=True, closes=False) == "high"  # “ … “nested”
    assert m._left_double(HIGH, opens=False, closes=True) == "close"  # “…“
    assert m._left_double(NONE, opens=True, closes=False) == "high"
    assert m._left_double(NONE, opens=False, closes=True) is None  # a stray closer


def test_right_double_closes_any_double_quotation_unless_it_can_only_open() -> None:
    assert m._right_double(LOW, opens=False, closes=True) == "close"
    assert m._right_double(HIGH, opens=True, closes=False) == "high"  # nested opener
    assert m._right_double(NONE, opens=True, closes=False) == "high"  # ”…”
    assert m._right_double(NONE, opens=False, closes=True) is None
    assert m._right_double([("s_low", 0)], opens=False, closes=True) is None  # no double quotation open


def test_straight_double_pairs_with_itself_and_closes_others_only_where_it_cannot_open() -> None:
    assert m._straight_double(STRAIGHT, opens=True, closes=False) == "close"
    assert m._straight_double(LOW, opens=False, closes=True) == "close"  # „…"
    assert m._straight_double(LOW, opens=True, closes=False) == "straight"  # „… "nested"
    assert m._straight_double(LOW, opens=True, closes=True) == "straight"
    assert m._straight_double(NONE, opens=False, closes=True) is None


def test_guillemets_pair_both_ways() -> None:
    assert m._right_guillemet([("laquo", 0)], opens=False) == "close"  # «…»
    assert m._right_guillemet(NONE, opens=True) == "raquo"  # »…«
    assert m._right_guillemet(NONE, opens=False) is None
    assert m._left_guillemet([("raquo", 0)], before="t") == "close"  # »…«
    assert m._left_guillemet(NONE, before=" ") == "laquo"  # «…» and « … »
    assert m._left_guillemet(NONE, before="t") is None
    assert m._left_guillemet([("laquo", 0)], before=" ") is None  # no « inside another «


def test_single_marks_count_only_inside_a_double_quotation_and_not_between_letters() -> None:
    # outside any quotation only ‚ and › open (a quotation of their own: "Scholz: ‚Wir stehen zusammen‘")
    assert m._single("‚", NONE, True, False, " ", "W") == "t_low"
    assert m._single("'", NONE, True, False, " ", "W") is None
    assert m._single("‘", NONE, True, False, " ", "W") is None
    assert m._single("'", LOW, False, False, "t", "s") is None  # geht's
    assert m._single("’", LOW, False, False, "O", "N") is None  # O’Neill
    assert m._single("‚", LOW, True, False, " ", "W") == "s_low"
    assert m._single("‘", [*LOW, ("s_low", 5)], False, True, "t", " ") == "close"
    assert m._single("‘", LOW, True, False, " ", "W") == "s_high"
    assert m._single("‘", LOW, False, True, "t", " ") is None
    assert m._single("’", [*LOW, ("s_high", 5)], False, True, "t", " ") == "close"
    assert m._single("’", [*LOW, ("s_low", 5)], True, False, " ", "W") is None  # where only an opener can be
    assert m._single("'", LOW, True, False, " ", "W") == "s_straight"
    assert m._single("’", LOW, True, False, " ", "W") is None  # ’ never opens
    assert m._single("'", [*LOW, ("s_straight", 5)], False, True, "t", ".") == "close"
    assert m._single("›", [*LOW, ("s_laquo", 5)], False, True, "t", " ") == "close"
    assert m._single("›", LOW, True, False, " ", "W") == "s_raquo"
    assert m._single("‹", [*LOW, ("s_raquo", 5)], False, True, "t", " ") == "close"
    assert m._single("‹", LOW, True, False, " ", "W") == "s_laquo"
    assert m._single("‹", LOW, False, True, "t", " ") is None


def test_nested_marks_by_the_innermost_opener() -> None:
    assert m._nested("‚", "low", opens=False, closes=False) == "s_low"  # ‚ always opens
    assert m._nested("‘", "s_high", opens=False, closes=True) == "close"
    assert m._nested("’", "s_straight", opens=False, closes=True) == "close"
    assert m._nested("’", "s_straight", opens=True, closes=False) is None
    assert m._nested("'", "high", opens=True, closes=False) == "s_straight"
    assert m._nested("›", "s_laquo", opens=True, closes=False) == "close"
    assert m._nested("‹", "low", opens=False, closes=True) is None
    assert m._nested("x", "low", opens=True, closes=True) is None


def test_has_and_in_double_look_at_the_whole_stack() -> None:
    stack = [("low", 0), ("s_low", 4)]
    assert m._has(stack, ("low", "high")) and not m._has(stack, ("straight",))
    assert m._in_double(stack) and not m._in_double([("s_low", 4)]) and not m._in_double(NONE)


# --- the stack


def test_close_pops_to_the_innermost_opener_of_its_family_and_records_double_pairs() -> None:
    stack = [("low", 0), ("s_low", 5), ("straight", 9)]
    pairs: list[tuple[int, int]] = []
    m._close(stack, pairs, 12, double=False)  # ‘ closes the ‚ and the " opened inside it
    assert stack == [("low", 0)] and pairs == []
    m._close(stack, pairs, 20, double=True)
    assert stack == [] and pairs == [(0, 20)]
    stack = [("low", 3)]
    m._close(stack, pairs, 4, double=True)  # „“: an empty quotation is no pair
    assert stack == [] and pairs == [(0, 20)]
    m._close(stack, pairs, 30, double=True)  # nothing open: nothing happens
    assert pairs == [(0, 20)]


def test_pair_marks_pairs_one_paragraph_and_leaves_the_unclosed_on_the_stack() -> None:
    text = "„Wir sagen ‚Nein‘“, hieß es. „Offen\nNächster Absatz „zu“."
    marks = m.mark_positions(text)
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    end = text.index("\n")
    mi = m._pair_marks(text, marks, 0, 0, end, stack, pairs)
    assert mi == 5  # „ ‚ ‘ “ „ of the first paragraph
    assert pairs == [(0, 17)]
    assert stack == [("low", text.index("„Offen"))]


def test_a_far_away_opener_is_dropped_as_a_stray_mark() -> None:
    text = "„" + "Wort " * (m.MAX_QUOTE_CHARS // 5 + 1) + "„kurz“"
    assert _quoted(text) == ["kurz"]


# --- a paragraph's top-level pairs and a quotation running on


def test_add_top_level_keeps_outer_pairs_only() -> None:
    spans: list[QuoteSpan] = []
    last = m._add_top_level(spans, [(10, 20), (0, 30), (40, 45)], None)
    assert spans == [QuoteSpan(0, 30), QuoteSpan(40, 45)] and last == 45
    assert m._add_top_level(spans, [], None) == -1


def test_add_top_level_ends_a_carried_quotation_first() -> None:
    carry = m._Carry("low", 49, 3, 40)
    spans: list[QuoteSpan] = []
    m._add_top_level(spans, [(49, 60), (70, 80)], carry)
    assert spans == [QuoteSpan(3, 40, closed=False), QuoteSpan(49, 60), QuoteSpan(70, 80)]
    spans = []
    m._add_top_level(spans, [(55, 60)], carry)  # the first pair is not the carried one: it stays open
    assert spans == [QuoteSpan(55, 60)]


def test_unclosed_opener_is_the_first_double_opener_after_the_last_pair_in_this_paragraph() -> None:
    stack = [("low", 9), ("s_low", 25), ("high", 30), ("low", 35)]
    assert m._unclosed_opener(stack, 10, 20) == ("high", 30)  # 9 is before the paragraph (a carried one)
    assert m._unclosed_opener(stack, 0, 32) == ("low", 35)
    assert m._unclosed_opener([("s_low", 25)], 0, -1) is None
    assert m._unclosed_opener([], 0, -1) is None


def test_run_on_decides_how_an_open_quotation_goes_on() -> None:
    text = "„Der erste Teil\n„Der zweite Teil“\nDer dritte Teil“"
    first_end = text.index("\n")
    second = first_end + 1
    third = text.index("\n", second) + 1
    assert m._run_on(text, 0, first_end, second) == m._REOPENED
    assert m._run_on(text, 0, first_end, third) == m._CARRIED
    assert m._run_on(text, 0, 1, second) == ""  # nothing after the mark
    assert m._run_on(text, 0, m.MAX_QUOTE_CHARS + 1, second) == ""  # too long for a quotation
    far = "„Der erste Teil" + "\n" * (m.MAX_QUOTE_CHARS // 2) + "weiter“"
    assert m._run_on(far, 0, first_end, far.index("weiter")) == ""  # its close too far away
    assert pair_quotes(far) == []


# --- whole texts


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("„Das ist gut“, sagte sie.", ["Das ist gut"]),
        ("Er sagte: »Wir kommen«, und ging.", ["Wir kommen"]),
        ("Sie rief «Halt!» und lief.", ["Halt!"]),
        ('Er sagte: "Morgen", dann nichts.', ["Morgen"]),
        ("“Ja”, sagte er.", ["Ja"]),
        ("„Er nannte es ‚Unsinn‘“, sagte sie.", ["Er nannte es ‚Unsinn‘"]),
        ("„Wie geht's?“, fragte O'Neill.", ["Wie geht's?"]),
        ('Der Preis stieg um 5 " und „dann“ fiel er.', ["dann"]),
        ("„Offen und nie geschlossen, sagte er.", []),
        ("„“ und „x“", ["x"]),
    ],
)
def test_pair_quotes_on_sentences(text: str, quoted: list[str]) -> None:
    assert _quoted(text) == quoted


def test_a_quotation_over_two_paragraphs_reopened_with_a_mark() -> None:
    text = "„Wir haben lange gewartet.\n„Jetzt geht es los“, sagte sie."
    spans = pair_quotes(text)
    assert spans == [QuoteSpan(0, text.index("\n"), closed=False), QuoteSpan(text.index("\n") + 1, text.index("“"))]


def test_a_line_break_inside_a_quotation_is_carried_over() -> None:
    text = "„Wir haben lange\ngewartet“, sagte sie."
    nl = text.index("\n")
    assert pair_quotes(text) == [QuoteSpan(0, nl, closed=False), QuoteSpan(nl, text.index("“"))]


def test_an_open_quotation_before_a_paragraph_without_marks_is_dropped() -> None:
    text = "„Wir haben lange\ngewartet, sagte sie.\nDann „ging“ sie."
    assert pair_quotes(text) == [QuoteSpan(text.index("„ging"), text.index("“"))]
