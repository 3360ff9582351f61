"""Classes of errors found by reading the detector's output on German news texts written for the purpose (sport,
politics, police, business, court, science, local news, agency copy, interviews): one test (at least) per class,
each with sentences of our own."""

from __future__ import annotations

from .detect_helpers import find, quotes

# -- "gab … zu bedenken", "gab … zu verstehen", "gab … zu Protokoll", "schob … nach": cues read like particle verbs --


def test_geben_with_zu_and_a_particle_word_is_a_speech_cue() -> None:
    text = (
        "Der Physiker Henrik Sandvoss von der TU Nordstadt hält die Studie für vielversprechend. "
        "„Im Labor funktioniert vieles, was im großen Maßstab scheitert“, gab Sandvoss zu bedenken."
    )
    assert find(text, "Im Labor").speaker == "Henrik Sandvoss"
    text = "Die Kassiererin Jana Pohl wurde als Zeugin gehört. Sie gab zu Protokoll, der Mann habe eine Maske getragen."
    p = find(text, "Maske")
    assert p.quote == "der Mann habe eine Maske getragen"
    assert p.speaker == "Jana Pohl"
    text = "Der Trainer gab seinem Kapitän zu verstehen, dass er am Samstag in Grünstadt nicht spielen werde."
    assert find(text, "nicht spielen").speaker == "Trainer"
    text = "Die Ministerin Karla Hein hatte zu bedenken gegeben, dass die Mittel knapp seien."
    assert find(text, "Mittel knapp").speaker == "Karla Hein"


def test_schob_nach_closes_a_statement_like_fuegte_hinzu() -> None:
    text = "Trainerin Petra Holm war zufrieden. „Das war erst der Anfang“, schob die 41-Jährige nach."
    assert find(text, "erst der Anfang").speaker == "Petra Holm"


def test_zu_verstehen_in_an_infinitive_after_a_comma_is_no_cue() -> None:
    assert quotes("Der Kapitän gab den Ball ab, um das Spiel besser zu verstehen.") == []
