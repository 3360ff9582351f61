"""An introduction before a colon is not part of the statement, and names its holder when it can."""

from __future__ import annotations

import pytest

from quotetool.detect import detect

CASES = [
    (
        "Kritik kommt vom Personalrat: Die Pläne seien nicht abgestimmt.",
        "Die Pläne seien nicht abgestimmt",
        "Personalrat",
    ),
    (
        "Kritik kam auch von der Opposition: Der Entwurf gehe an der Wirklichkeit vorbei.",
        "Der Entwurf gehe an der Wirklichkeit vorbei",
        "Opposition",
    ),
    (
        "Lob gab es vom Bürgermeister: Die Feuerwehr habe hervorragend gearbeitet.",
        "Die Feuerwehr habe hervorragend gearbeitet",
        "Bürgermeister",
    ),
    (
        "Die Polizei hat eine klare Botschaft: Niemand solle das Gebiet betreten.",
        "Niemand solle das Gebiet betreten",
        "Polizei",
    ),
    ("Widerspruch kommt von den Grünen: „Das ist ein Rückschritt.“", "Das ist ein Rückschritt.", "Grünen"),
    (
        "Kritik kommt vom Verbraucherverband: Die Erhoehung sei ueberzogen.",
        "Die Erhoehung sei ueberzogen",
        "Verbraucherverband",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), CASES)
def test_the_introduction_names_the_holder_and_stays_outside(text: str, quote: str, speaker: str) -> None:
    (p,) = detect(text)
    assert p.quote == quote
    assert p.speaker == speaker


def test_an_introduction_without_a_holder_is_still_left_out() -> None:
    text = "Die Ministerin Ute Kern sprach vor dem Landtag. Ihr Fazit: Die Lage sei unter Kontrolle."
    (p,) = detect(text)
    assert p.quote == "Die Lage sei unter Kontrolle"
    assert p.speaker == "Ute Kern"
