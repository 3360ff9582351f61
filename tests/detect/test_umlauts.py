"""German written without umlauts and ß (agency feeds, archives) is read as well as with them."""

from __future__ import annotations

import pytest

from quotetool.detect import Kind, detect
from quotetool.detect.tokens import umlaut_free

from .detect_helpers import find

SENTENCES = [
    # (text with umlauts, the quote, the speaker)
    (
        "Die Gebühren seien seit Jahren zu niedrig, erklärte Kämmerin Jana Vöhringer.",
        "Die Gebühren seien seit Jahren zu niedrig",
        "Jana Vöhringer",
    ),
    (
        "„Wir müssen jetzt handeln“, äußerte sich Bürgermeister Jürgen Kühne.",
        "Wir müssen jetzt handeln",
        "Jürgen Kühne",
    ),
    (
        "Der Landrat Björn Schäfer warnte am Montag. Er fügte hinzu, die Straße werde erst im Mai fertig.",
        "die Straße werde erst im Mai fertig",
        "Björn Schäfer",
    ),
    (
        "Jörg Müller ist Sprecher der Bürgerinitiative. Man habe über tausend Unterschriften gesammelt, sagte Müller.",
        "Man habe über tausend Unterschriften gesammelt",
        "Jörg Müller",
    ),
    (
        "Die Grünen äußerten, dass die Planung rechtswidrig gewesen wäre.",
        "die Planung rechtswidrig gewesen wäre",
        "Grünen",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), SENTENCES)
def test_read_the_same_with_and_without_umlauts(text: str, quote: str, speaker: str) -> None:
    with_umlauts = find(text, quote)
    assert with_umlauts.quote == quote and with_umlauts.speaker == speaker
    plain = umlaut_free(text)
    p = find(plain, umlaut_free(quote))
    # the same quote and speaker, with offsets into the text as given (which is longer than with umlauts)
    assert p.quote == umlaut_free(quote) == plain[p.start : p.end]
    assert p.speaker == umlaut_free(speaker)
    assert p.rule == with_umlauts.rule and p.kind is with_umlauts.kind


def test_agency_copy_without_umlauts() -> None:
    text = (
        "Die Kosten fuer Strom seien stark gestiegen, erklaerte der Geschaeftsfuehrer der Stadtwerke, Uwe Roessler. "
        "Er fuegte hinzu, die Kunden wuerden rechtzeitig informiert."
    )
    found = detect(text)
    assert [p.quote for p in found] == [
        "Die Kosten fuer Strom seien stark gestiegen",
        "die Kunden wuerden rechtzeitig informiert",
    ]
    assert all(p.speaker == "Uwe Roessler" and p.kind is Kind.INDIRECT for p in found)
    assert found[0].cue == "erklaerte" and text[found[0].cue_start : found[0].cue_end] == "erklaerte"
