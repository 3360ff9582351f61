"""False positives and spans that run too far, found in the precision round 15 (read on SpkAtt train, fixed as
classes): each class with sentences of our own."""

from __future__ import annotations

from .detect_helpers import find

# -- "…, die Polizei sprach von 3.000": a speaker with a speech verb of its own ends the statement before -----------


def test_a_frame_statement_ends_before_another_speaker_with_a_speech_verb() -> None:
    text = (
        "Am Samstag demonstrierten in Bonn nach Angaben der Veranstalter rund 5.000 Menschen gegen den Neubau, "
        "die Polizei sprach von 3.000 Teilnehmern."
    )
    p = find(text, "rund 5.000 Menschen")
    assert p.speaker == "Veranstalter"
    assert p.quote.endswith("gegen den Neubau")
    text = "Laut Polizei kamen rund 3.000 Menschen, die Veranstalter sprachen von 5.000 Teilnehmern."
    p = find(text, "3.000 Menschen")
    assert (p.speaker, p.quote) == ("Polizei", "kamen rund 3.000 Menschen")


def test_a_statement_goes_on_over_a_clause_without_a_speech_verb() -> None:
    text = "Laut Polizei kamen rund 3.000 Menschen, die Veranstalter waren zufrieden."
    assert find(text, "3.000 Menschen").quote == "kamen rund 3.000 Menschen, die Veranstalter waren zufrieden"
