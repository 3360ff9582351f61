"""Wrong speakers by class (round 17), each with sentences of our own: a fronted object taken for the subject, a
second predicate after a quoted phrase that shares the sentence's subject."""

from __future__ import annotations

from .detect_helpers import find

# -- a thing or people in the plural before a singular verb are its object: the subject follows the verb ----------


def test_a_fronted_thing_before_a_singular_verb_is_the_object() -> None:
    text = "Die Forderungen der Gewerkschaft nannte Firmenchef Karl Brandt „unbezahlbar“."
    assert find(text, "unbezahlbar").speaker == "Karl Brandt"


def test_fronted_people_in_the_plural_before_a_singular_verb_are_the_object() -> None:
    text = "Die Kritiker, die vor dem Rathaus protestierten, nannte Bürgermeisterin Anja Lenz „schlecht informiert“."
    assert find(text, "schlecht informiert").speaker == "Anja Lenz"
    text = "Die Spieler, die am Samstag verloren hatten, kritisierte der Trainer als „zu passiv“."
    assert find(text, "zu passiv").speaker == "Trainer"


def test_people_in_the_plural_before_a_plural_verb_stay_the_subject() -> None:
    text = "Die Anwohner, die seit Wochen protestieren, beschrieben den Lärm als „unerträglich“."
    assert find(text, "unerträglich").speaker == "Anwohner"
    text = "Die Sprecherin der Stadtwerke nannte den Ausfall „bedauerlich“."
    assert find(text, "bedauerlich").speaker == "Sprecherin der Stadtwerke"
