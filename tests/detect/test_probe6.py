"""Classes of errors found by reading the detector's output on German news texts written for the purpose (police,
court, sport, agency copy with and without umlauts, local politics, interviews, science): one test (at least) per
class, each with sentences of our own."""

from __future__ import annotations

from .detect_helpers import find, quotes

# -- ›…‹ as the quotation marks of a text: a sentence ends before ›, as before » or „ --------------------------------


def test_single_guillemets_open_a_sentence_of_their_own() -> None:
    text = (
        "Nach dem Rennen zeigte sich Fahrer Luca Bertolini enttäuscht. ›Das Auto war nicht schnell genug‹, sagte "
        "der Italiener. ›Wir müssen jetzt hart arbeiten.‹"
    )
    first = find(text, "nicht schnell genug")
    assert first.quote == "Das Auto war nicht schnell genug"
    assert first.speaker == "Luca Bertolini"
    assert find(text, "hart arbeiten").speaker == "Luca Bertolini"
    assert "enttäuscht" not in " ".join(quotes(text))
