"""Classes of missed quotes and false positives found in recall round 12 (detector version 12): one test (at
least) per class, each with sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find

# -- a passive call to come forward is the report's own appeal, nobody's statement ------------------------------


def test_passive_call_for_witnesses_is_no_statement() -> None:
    assert detect("Zeugen werden gebeten, sich unter der Telefonnummer 0341 966-0 bei der Kripo zu melden.") == []
    assert detect("Wer etwas beobachtet hat, wird aufgefordert, sich an die nächste Polizeiwache zu wenden.") == []


def test_appeal_with_a_speaker_or_other_content_stays() -> None:
    p = find("Die Polizei bittet Zeugen, sich unter der Nummer 110 zu melden.", "110")
    assert p.speaker == "Polizei"
    p = find("Die Pendler wurden von der Bahn gebeten, sich auf Verspätungen einzustellen.", "Verspätungen")
    assert p.speaker == "Bahn"
    assert [p.quote for p in detect("Die Anwohner wurden aufgefordert, ihre Fenster geschlossen zu halten.")] == [
        "ihre Fenster geschlossen zu halten"
    ]
