"""Brands written with a lower-case first letter and a capital further inside ("easyJet", "zooVia", "myTaxi"):
names wherever the capital stands, so they head a speaker phrase and are never read as adjectives."""

from __future__ import annotations

import pytest

from quotetool.detect.speakers import is_nounlike
from quotetool.detect.tokens import tokenize

from .detect_helpers import find


@pytest.mark.parametrize("word", ["eTrade", "easyJet", "zooVia", "travelNet", "myTaxi"])
def test_a_capital_anywhere_after_the_first_letter_makes_a_name(word: str) -> None:
    assert is_nounlike(tokenize(word, 0, len(word), [])[0])


@pytest.mark.parametrize("word", ["erklärte", "ehemalige", "mit", "ver-", "x2Go"])
def test_lower_case_words_stay_no_names(word: str) -> None:
    assert not is_nounlike(tokenize(word, 0, len(word), [])[0])


def test_the_brand_after_its_role_noun_speaks() -> None:
    text = "Die Fluggesellschaft easyJet erklärte, die Flüge nach Faro würden am Montag wieder aufgenommen."
    p = find(text, "Flüge nach Faro")
    assert p.speaker == "easyJet"
    assert p.speaker_mention == "Die Fluggesellschaft easyJet"


def test_the_brand_first_in_the_sentence_speaks() -> None:
    text = "travelNet kündigte an, die Gebühren für Stornierungen würden im Herbst sinken."
    assert find(text, "Gebühren für Stornierungen").speaker == "travelNet"


def test_the_brand_is_not_given_the_speaker_before_it() -> None:
    text = (
        "Ein Sprecher der Bahn sagte, man prüfe die Vorwürfe. "
        "Der Versandhändler zooVia teilte mit, die Preise für Tierfutter blieben stabil."
    )
    p = find(text, "Preise für Tierfutter")
    assert p.speaker == "zooVia"
