"""A third round of the small steps the detector's long functions were split into, each called alone on a
phrase, a token list or a sentence of our own making."""

from __future__ import annotations

from quotetool.detect import speakers as sp
from quotetool.detect.tokens import Tok


def _caps(text: str) -> list[Tok]:
    """One token per space-separated word of ``text``, with its offsets."""
    toks: list[Tok] = []
    at = 0
    for word in text.split(" "):
        toks.append(Tok(at, at + len(word), word, word.lower()))
        at += len(word) + 1
    return toks


# --- speakers._pre_head ---------------------------------------------------------------------------------


def test_determiner_or_owner_reads_an_article_or_a_saxon_genitive() -> None:
    toks = _caps("der neue Bürgermeister")
    assert sp._determiner_or_owner(toks, 0, len(toks)) == ("der", "", 1)
    toks = _caps("Kramers langjähriger Sprecher Ulf Bode")
    assert sp._determiner_or_owner(toks, 0, len(toks)) == ("", sp._stem("Kramers"), 1)
    toks = _caps("Weitere Einzelheiten nannte")
    assert sp._determiner_or_owner(toks, 0, len(toks)) == ("", "", 0)


def test_may_open_extended_attribute_after_the_determiner() -> None:
    toks = _caps("der am Montag gewählte Präsident Ole Brandt")
    assert sp._may_open_extended_attribute(toks, 1, len(toks))
    assert not sp._may_open_extended_attribute(toks, 1, 3)  # no room for a participle and a noun
    toks = _caps("der neue Bürgermeister")
    assert not sp._may_open_extended_attribute(toks, 1, len(toks))


def test_adjectives_before_head_collect_stems_an_age_and_an_adverb_after_a_determiner() -> None:
    toks = _caps("die 52-jährige Lehrerin")
    assert sp._adjectives_before_head(toks, 0, 1, len(toks), True) == (2, [sp._stem("52-jährige")], 52)
    toks = _caps("der sehr erfahrene Richter")
    assert sp._adjectives_before_head(toks, 0, 1, len(toks), True) == (3, ["sehr", sp._stem("erfahrene")], None)
    # a quantifier capitalised first in the sentence is passed over, but is no modifier
    toks = _caps("Weitere Einzelheiten nannte")
    assert sp._adjectives_before_head(toks, 0, 0, len(toks), False) == (1, [], None)


def test_pre_head_joins_the_steps() -> None:
    toks = _caps("der am Montag gewählte Präsident Ole Brandt")
    assert sp._pre_head(toks, 0, len(toks)) == ("der", 4, True, [sp._stem("gewählte")], None)
    toks = _caps("Kramers langjähriger Sprecher Ulf Bode")
    assert sp._pre_head(toks, 0, len(toks)) == ("", 2, False, [sp._stem("Kramers"), sp._stem("langjähriger")], None)
