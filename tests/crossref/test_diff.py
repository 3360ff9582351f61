"""The word-level difference shown in the "also reported by" panel."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotetool.crossref import word_diff


def test_replaced_words_are_a_delete_then_an_insert() -> None:
    a = "Wir freuen uns auf eine enge und effektive Zusammenarbeit mit unseren polnischen Nachbarn."
    b = "Wir erwarten eine enge und fruchtbare Zusammenarbeit mit unseren Nachbarn"
    assert word_diff(a, b) == [
        ("equal", "Wir"),
        ("delete", "freuen uns auf"),
        ("insert", "erwarten"),
        ("equal", "eine enge und"),
        ("delete", "effektive"),
        ("insert", "fruchtbare"),
        ("equal", "Zusammenarbeit mit unseren"),
        ("delete", "polnischen"),
        ("equal", "Nachbarn."),
    ]


def test_case_umlaut_spelling_and_punctuation_are_not_differences() -> None:
    assert word_diff("„Die Brücke wird gebaut“, sagte er.", "die Brücke wird gebaut, sagte er") == [
        ("equal", "„Die Brücke wird gebaut“, sagte er.")
    ]


def test_identical_and_empty() -> None:
    assert word_diff("", "") == []
    assert word_diff("", "neu hier") == [("insert", "neu hier")]
    assert word_diff("nur alt", "") == [("delete", "nur alt")]


_words = st.lists(st.sampled_from(["die", "Stadt", "baut", "nie", "niemals", "Brücke", "neu", "…", "[…]"]), max_size=12)


@given(_words, _words)
def test_segments_rebuild_both_wordings(a: list[str], b: list[str]) -> None:
    segments = word_diff(" ".join(a), " ".join(b))
    left = " ".join(text for op, text in segments if op != "insert").split()
    right = [w for op, text in segments if op != "delete" for w in text.split()]
    assert left == a
    assert [w.casefold() for w in right] == [w.casefold() for w in b]
