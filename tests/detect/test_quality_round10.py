"""Classes of errors found in quality round 3, second pass (detector version 10): one test (at least) per
class, each with sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find

# -- Konjunktiv forms that are also adjectives or pronouns ("reiche", "weise") ------------------------------


def test_ambiguous_konjunktiv_after_a_singular_subject_marks_reported_speech() -> None:
    p = find("Der Kämmerer sagte, das Budget reiche nicht bis zum Herbst.", "das Budget")
    assert p.quote == "das Budget reiche nicht bis zum Herbst"
    assert p.speaker == "Kämmerer"
    p = find("Die Reederei erklärte, sie weise jede Verantwortung zurück.", "jede Verantwortung")
    assert p.quote == "sie weise jede Verantwortung zurück"


def test_ambiguous_konjunktiv_forms_before_a_noun_or_after_polite_sie_stay_adjectives() -> None:
    assert detect("Der Fonds fördert reiche und arme Gemeinden gleichermaßen.") == []
    assert detect("Die Bank verteilt auf diese Weise mehr Kredite an kleine Firmen.") == []
    assert detect("Nennen Sie bitte Ihren Namen und Ihre Anschrift.") == []
