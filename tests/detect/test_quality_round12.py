"""Wrong speakers found in the quality round 12 (read on SpkAtt train, fixed as classes): each class with
sentences of our own."""

from __future__ import annotations

from .detect_helpers import find

# -- the finite verb after a subject is no part of the source before "zufolge" ---------------------------------


def test_the_verb_before_a_source_with_zufolge_is_not_part_of_it() -> None:
    text = "Die Aufständischen kontrollieren eigenen Angaben zufolge inzwischen den Flughafen."
    p = find(text, "den Flughafen")
    assert p.speaker_mention == "eigenen Angaben"
    text = "Sie verdienen Gewerkschaftsangaben zufolge kaum mehr als den Mindestlohn."
    assert find(text, "Mindestlohn").speaker == "Gewerkschaftsangaben"
    text = "Auch die Mieten steigen jüngsten Marktberichten zufolge im Herbst weiter."
    assert find(text, "im Herbst").speaker_mention == "jüngsten Marktberichten"


def test_a_source_before_zufolge_keeps_its_quantifier_and_its_genitive() -> None:
    text = "Im Vorstand lehnte die Chefin einigen Teilnehmern zufolge jede weitere Kandidatur ab."
    assert find(text, "weitere Kandidatur").speaker_mention == "einigen Teilnehmern"
    text = "Berichten mehrerer Lokalzeitungen zufolge soll das Werk im Frühjahr schließen."
    assert find(text, "im Frühjahr").speaker_mention == "Berichten mehrerer Lokalzeitungen"
    text = "Dem Bürgermeister nahestehenden Kreisen zufolge will er im Mai zurücktreten."
    assert find(text, "im Mai").speaker == "Kreisen"
